<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fallback::AtomicFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>fallback::CommandLine</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation>未知模板“%1”，请从以下模板中选择：%2。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>在 %1 中发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is sound (format version %2).</source>
        <translation>%1：文件完好（格式版本 %2）。</translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation>导出文件会覆盖预案文件本身。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>No display is available for the window; the commands listed by &quot;fallback --help&quot; work without one.</source>
        <translation>没有可用的图形显示环境，无法打开窗口；“fallback --help”列出的命令无需图形显示环境即可运行。</translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;. Run &quot;fallback --help&quot; for the list.</source>
        <translation>未知命令或选项“%1”。运行“fallback --help”查看可用命令列表。</translation>
    </message>
    <message>
        <source>Unknown or missing report kind &quot;%1&quot;; choose one of: %2.</source>
        <translation>报告类型“%1”未知或未指定，请从以下类型中选择：%2。</translation>
    </message>
    <message>
        <source>Unknown or missing format &quot;%1&quot;; choose one of: %2.</source>
        <translation>输出格式“%1”未知或未指定，请从以下格式中选择：%2。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a record number.</source>
        <translation>编号“%1”不是有效的记录编号。</translation>
    </message>
    <message>
        <source>Unknown report language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation>未知报告语言“%1”，请选择 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown page size &quot;%1&quot;; choose a4 or letter.</source>
        <translation>未知纸张尺寸“%1”，请选择 a4 或 letter。</translation>
    </message>
    <message>
        <source>Say where to write the report with -o FILE.</source>
        <translation>请使用 -o FILE 指定报告的输出文件。</translation>
    </message>
    <message>
        <source>The report would overwrite the plan itself.</source>
        <translation>报告文件会覆盖预案文件本身。</translation>
    </message>
    <message>
        <source>Usage:
  fallback [PLAN]                          open the plan in the window (default: your own plan)
  fallback new PLAN [--template zh_CN|en]  create a plan from the built-in template
  fallback check PLAN                      check the file; non-zero exit on problems
  fallback export-json PLAN [-o FILE]      write the whole plan as JSON (standard output without -o)
  fallback import-json FILE PLAN           create PLAN from a JSON export
  fallback report PLAN --kind plan|review|roster|checklist|drill [--id N]
                  --format pdf|html|odt [--lang zh_CN|en] [--page-size a4|letter] -o OUT
                                           write a report (review, checklist, drill: the newest without --id)
  fallback --version | --help</source>
        <translation>用法：
  fallback [PLAN]                          在窗口中打开预案（默认打开我的预案）
  fallback new PLAN [--template zh_CN|en]  根据内置模板创建预案
  fallback check PLAN                      检查预案文件；发现问题时以非零状态退出
  fallback export-json PLAN [-o FILE]      将整个预案导出为 JSON（未指定 -o 时输出到标准输出）
  fallback import-json FILE PLAN           根据 JSON 导出文件创建预案 PLAN
  fallback report PLAN --kind plan|review|roster|checklist|drill [--id N]
                  --format pdf|html|odt [--lang zh_CN|en] [--page-size a4|letter] -o OUT
                                           生成报告（review、checklist、drill 未指定 --id 时取最新一条记录）
  fallback --version | --help</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
</context>
<context>
    <name>fallback::Migrator</name>
    <message>
        <source>The plan could not be upgraded to format version %1: %2</source>
        <translation>无法将预案升级到格式版本 %1：%2</translation>
    </message>
    <message>
        <source>the step could not be applied</source>
        <translation>升级步骤执行失败</translation>
    </message>
</context>
<context>
    <name>fallback::PlanFile</name>
    <message>
        <source>The plan &quot;%1&quot; does not exist.</source>
        <translation>预案“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>“%1”不是文件。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be read: permission denied.</source>
        <translation>无法读取预案“%1”：权限不足。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty; it is not a Fallback plan.</source>
        <translation>“%1”是空文件，不是 Fallback 预案。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Fallback plan.</source>
        <translation>“%1”不是 Fallback 预案。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged: the file is shorter than its contents require (it may have been copied incompletely).</source>
        <translation>预案“%1”已损坏：文件长度小于其内容所需的长度（可能未完整复制）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database of another program, not a Fallback plan.</source>
        <translation>“%1”是其他程序的数据库，不是 Fallback 预案。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be opened: %2</source>
        <translation>无法打开预案“%1”：%2</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; is damaged (%2). Open a backup copy instead.</source>
        <translation>预案“%1”已损坏（%2）。请改为打开备份副本。</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was written by an older version of Fallback and must be upgraded, but it can only be read here.</source>
        <translation>预案“%1”由旧版 Fallback 创建，需要先升级格式，但当前只能以只读方式访问，因此无法升级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation>“%1”已存在，未覆盖该文件。</translation>
    </message>
    <message>
        <source>The plan was opened read-only.</source>
        <translation>预案已以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan file is write-protected, so it can only be read.</source>
        <translation>预案文件受写保护，只能以只读方式打开。</translation>
    </message>
    <message>
        <source>The folder of the plan is write-protected, so the plan can only be read.</source>
        <translation>预案所在的文件夹受写保护，只能以只读方式打开预案。</translation>
    </message>
    <message>
        <source>The plan lies on a read-only medium, so it can only be read.</source>
        <translation>预案位于只读介质上，只能以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan is open for editing in another Fallback window, so it can only be read here.</source>
        <translation>预案正在另一个 Fallback 窗口中编辑，此处只能以只读方式打开。</translation>
    </message>
    <message>
        <source>The plan was written by a newer version of Fallback (format %1); this version can read it but will not change it.</source>
        <translation>预案由较新版本的 Fallback 创建（格式 %1）；当前版本可以读取，但不会修改该预案。</translation>
    </message>
    <message>
        <source>A copy cannot replace the plan it is made from.</source>
        <translation>副本不能替换其来源预案。</translation>
    </message>
    <message>
        <source>Cannot write to &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>无法写入副本“%1”：%2</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written.</source>
        <translation>无法写入副本“%1”。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; holds a change that was interrupted (a crash or power cut); open it for editing once so that the change is rolled back.</source>
        <translation>预案“%1”中有一次被中断的修改（程序崩溃或断电）；请以可编辑方式打开一次，以便回滚该修改。</translation>
    </message>
</context>
<context>
    <name>fallback::PlanIntegrity</name>
    <message>
        <source>Storage damage: %1</source>
        <translation>存储损坏：%1</translation>
    </message>
    <message>
        <source>Record %1 of &quot;%2&quot; refers to a missing record of &quot;%3&quot;.</source>
        <translation>“%2”中的记录 %1 引用了“%3”中不存在的记录。</translation>
    </message>
    <message>
        <source>The table &quot;%1&quot; is missing.</source>
        <translation>缺少数据表“%1”。</translation>
    </message>
    <message>
        <source>The plan uses format version %1; this version of Fallback writes version %2.</source>
        <translation>预案使用格式版本 %1；当前版本的 Fallback 写入格式版本 %2。</translation>
    </message>
</context>
<context>
    <name>fallback::PlanJsonImport</name>
    <message>
        <source>The file contains an unknown section &quot;%1&quot;.</source>
        <translation>文件包含未知部分“%1”。</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; is not a list of records.</source>
        <translation>部分“%1”不是记录列表。</translation>
    </message>
    <message>
        <source>A record in section &quot;%1&quot; refers to a record of &quot;%2&quot; that the file does not contain.</source>
        <translation>部分“%1”中的一条记录引用了“%2”中的记录，但文件中没有该记录。</translation>
    </message>
    <message>
        <source>The plan could not be written: %1</source>
        <translation>无法写入预案：%1</translation>
    </message>
    <message>
        <source>record %1 of section &quot;%2&quot;</source>
        <translation>部分“%2”的第 %1 条记录</translation>
    </message>
    <message>
        <source>The %1 is not an object.</source>
        <translation>%1不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The %1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1包含未知字段“%2”。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the %2 has a value of the wrong type.</source>
        <translation>%2的字段“%1”值类型错误。</translation>
    </message>
    <message>
        <source>The %1 is not valid: %2</source>
        <translation>%1无效：%2</translation>
    </message>
    <message>
        <source>The file is not a Fallback plan export.</source>
        <translation>该文件不是 Fallback 预案导出文件。</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses.</source>
        <translation>该文件未注明所用的格式版本。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of Fallback (format version %1); this version reads up to %2.</source>
        <translation>该文件由较新版本的 Fallback 写入（格式版本 %1）；当前版本最高只能读取格式版本 %2。</translation>
    </message>
    <message>
        <source>The file has an invalid format version.</source>
        <translation>该文件的格式版本无效。</translation>
    </message>
    <message>
        <source>The file holds no plan data.</source>
        <translation>该文件不包含预案数据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation>“%1”已存在，未覆盖该文件。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>该文件不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>“%1”所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;.</source>
        <translation>无法创建“%1”。</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; choose one of: %2.</source>
        <translation>未知模板“%1”，请从以下模板中选择：%2。</translation>
    </message>
    <message>
        <source>The built-in template &quot;%1&quot; is missing from this build.</source>
        <translation>当前程序中缺少内置模板“%1”。</translation>
    </message>
</context>
<context>
    <name>fallback::RecordStore</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>未知记录类型</translation>
    </message>
</context>
<context>
    <name>fallback::ReferenceModel</name>
    <message>
        <source>Reference</source>
        <translation>依据名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New reference</source>
        <translation>新编制依据</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>添加编制依据</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n reference(s)</source>
        <translation>
            <numerusform>删除 %n 项编制依据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ScopeSystemModel</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>新系统</translation>
    </message>
    <message>
        <source>Add system</source>
        <translation>添加系统</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n system(s)</source>
        <translation>
            <numerusform>删除 %n 个系统</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::SectionNames</name>
    <message>
        <source>Plan</source>
        <translation>总则</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation>预警分级</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Measures and resources</source>
        <translation>应急措施与资源</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>检查单</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>执行记录</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>事后总结</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订记录</translation>
    </message>
</context>
<context>
    <name>fallback::SectionOverviewModel</name>
    <message>
        <source>Emergency organisation</source>
        <translation>应急组织机构</translation>
    </message>
    <message>
        <source>Contact roster</source>
        <translation>应急通讯录</translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation>预警分级</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险清单</translation>
    </message>
    <message>
        <source>Emergency measures</source>
        <translation>应急措施</translation>
    </message>
    <message>
        <source>Resource inventory</source>
        <translation>应急资源清单</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>检查单模板</translation>
    </message>
    <message>
        <source>Planned upgrades</source>
        <translation>升级计划</translation>
    </message>
    <message>
        <source>Upgrade runs</source>
        <translation>升级执行记录</translation>
    </message>
    <message>
        <source>Post-incident reviews</source>
        <translation>事后总结</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>上级小组</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>所属小组</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>响应启动人</translation>
    </message>
    <message>
        <source>Response (min)</source>
        <translation>响应时限（分钟）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>应急处置</translation>
    </message>
    <message>
        <source>Owner group</source>
        <translation>责任小组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查单</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Offset (min)</source>
        <translation>时间偏移（分钟）</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级名称</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>窗口开始</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>窗口结束</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>总结报告</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>修订内容</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>fallback::SetPlanFieldCommand</name>
    <message>
        <source>Edit plan header</source>
        <translation>编辑总则</translation>
    </message>
</context>
<context>
    <name>fallback::SetRecordValueCommand</name>
    <message>
        <source>Edit field</source>
        <translation>编辑字段</translation>
    </message>
</context>
<context>
    <name>fallback::Vocabulary</name>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Application software</source>
        <translation>应用软件</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Industry standard</source>
        <translation>行业标准</translation>
    </message>
    <message>
        <source>Company document</source>
        <translation>公司文件</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>副组长</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术措施</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务措施</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员保障</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金保障</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备保障</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术保障</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>事前</translation>
    </message>
    <message>
        <source>During</source>
        <translation>事中</translation>
    </message>
    <message>
        <source>After</source>
        <translation>事后</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回退</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>预演</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>System crash</source>
        <translation>系统崩溃</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>数据丢失</translation>
    </message>
    <message>
        <source>Incompatibility</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>fallback::report::ChecklistReport</name>
    <message>
        <source>Upgrade checklist</source>
        <translation>升级检查单</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>计划时间窗口</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>涉及系统</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>回退方案</translation>
    </message>
    <message>
        <source>Go/no-go criteria</source>
        <translation>实施/中止判定标准</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <source>Time done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>fallback::report::DrillReport</name>
    <message>
        <source>Drill report</source>
        <translation>应急演练报告</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练概况</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>场景说明</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>演练结果</translation>
    </message>
    <message>
        <source>Not yet held</source>
        <translation>尚未开展</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Rehearsal runs</source>
        <translation>预演执行记录</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <source>Items done</source>
        <translation>完成项数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续改进措施</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Drill lead</source>
        <translation>演练负责人</translation>
    </message>
</context>
<context>
    <name>fallback::report::Figures</name>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>fallback::report::PagedRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>fallback::report::PlanReport</name>
    <message>
        <source>Program Upgrade Emergency Plan</source>
        <translation>程序升级应急预案</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布单位</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>General provisions</source>
        <translation>总则</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>编制依据</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>依据名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organisation and duties</source>
        <translation>组织机构及职责</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Warning levels</source>
        <translation>预警分级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Activated by</source>
        <translation>响应启动人</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Each risk is scored as likelihood × impact (1–5 each). Bands: low below %1, medium from %1, high from %2, critical from %3.</source>
        <translation>各项风险的风险值按“可能性 × 影响程度”计算（两项均按 1–5 分评定）。风险等级划分：低于 %1 为低，%1 及以上为中，%2 及以上为高，%3 及以上为关键。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>L</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>I</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Preventive measure</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>应急处置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Response process and checklists</source>
        <translation>应急响应流程及检查单</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>T%1 min</source>
        <translation>T%1 分钟</translation>
    </message>
    <message>
        <source>Measures and resources</source>
        <translation>应急措施与保障</translation>
    </message>
    <message>
        <source>Resource inventory</source>
        <translation>应急资源清单</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最近检查日期</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <source>Recovery and rebuilding</source>
        <translation>恢复重建</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Not yet held</source>
        <translation>尚未开展</translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修订内容</translation>
    </message>
    <message>
        <source>Supplementary provisions</source>
        <translation>附则</translation>
    </message>
    <message>
        <source>Appendix: contact roster</source>
        <translation>附录：应急通讯录</translation>
    </message>
</context>
<context>
    <name>fallback::report::ReportBuilder</name>
    <message>
        <source>Nothing is recorded in this section.</source>
        <translation>本节暂无记录。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>fallback::report::ReportExporter</name>
    <message>
        <source>The plan has no review with id %1.</source>
        <translation>预案中没有编号为 %1 的事后总结报告。</translation>
    </message>
    <message>
        <source>The plan has no review yet.</source>
        <translation>预案中尚无事后总结报告。</translation>
    </message>
    <message>
        <source>The plan has no upgrade with id %1.</source>
        <translation>预案中没有编号为 %1 的升级计划。</translation>
    </message>
    <message>
        <source>The plan has no upgrade yet.</source>
        <translation>预案中尚无升级计划。</translation>
    </message>
    <message>
        <source>The plan has no drill with id %1.</source>
        <translation>预案中没有编号为 %1 的应急演练。</translation>
    </message>
    <message>
        <source>The plan has no drill yet.</source>
        <translation>预案中尚无应急演练。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告生成已取消。</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be produced.</source>
        <translation>无法生成 OpenDocument 文件。</translation>
    </message>
</context>
<context>
    <name>fallback::report::ReviewReport</name>
    <message>
        <source>Post-incident review</source>
        <translation>事后总结报告</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级名称</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>涉及系统</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Planned window</source>
        <translation>计划时间窗口</translation>
    </message>
    <message>
        <source>Actual run</source>
        <translation>实际执行时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>执行结果</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>This review is not linked to a recorded run.</source>
        <translation>本报告未关联升级执行记录。</translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation>概述及影响</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>受影响用户</translation>
    </message>
    <message>
        <source>Systems affected</source>
        <translation>受影响系统</translation>
    </message>
    <message>
        <source>Duration of impact</source>
        <translation>影响时长</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Key times</source>
        <translation>关键时间点</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>原始记录时间</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>发生</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Warning level: %1</source>
        <translation>预警级别：%1</translation>
    </message>
    <message>
        <source>Checklist as run</source>
        <translation>检查单执行情况</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>促成因素</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>做得好的方面</translation>
    </message>
    <message>
        <source>What went badly</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表彰与奖励</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
</context>
<context>
    <name>fallback::report::RosterReport</name>
    <message>
        <source>Contact roster and call tree</source>
        <translation>应急通讯录及呼叫树</translation>
    </message>
    <message>
        <source>Call in the order given; when someone cannot be reached, call their backup, then the next person of the group.</source>
        <translation>按所列顺序依次呼叫；无法联系到本人时，呼叫其备岗人员；仍无法联系的，呼叫本组下一人。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>No one is assigned to this group.</source>
        <translation>本组暂未指定成员。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>其他联系人</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Emergency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>事后总结报告</translation>
    </message>
    <message>
        <source>Contact roster and call tree</source>
        <translation>应急通讯录及呼叫树</translation>
    </message>
    <message>
        <source>Upgrade checklist for paper</source>
        <translation>升级检查单（纸质）</translation>
    </message>
    <message>
        <source>Drill report</source>
        <translation>应急演练报告</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML（单个独立文件）</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, Word)</source>
        <translation>OpenDocument 文本（LibreOffice、Word）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;cord:</source>
        <translation>记录(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>事后总结 %1</translation>
    </message>
    <message>
        <source>Upgrade %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>The plan holds nothing of this kind yet.</source>
        <translation>预案中尚无此类记录。</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>正在生成报告...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <source>The report would overwrite the plan itself.</source>
        <translation>报告文件会覆盖预案文件本身。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::MainWindow</name>
    <message>
        <source>Fallback plans (*.fallback);;All files (*)</source>
        <translation>Fallback 预案 (*.fallback);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Plan...</source>
        <translation>新建预案(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Plan...</source>
        <translation>打开预案(&amp;O)...</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>另存副本(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>关闭预案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>&amp;About Fallback</source>
        <translation>关于 Fallback(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 - Fallback</source>
        <translation>%1 - Fallback</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>无法打开预案</translation>
    </message>
    <message>
        <source>Cannot create plan</source>
        <translation>无法创建预案</translation>
    </message>
    <message>
        <source>Cannot create your plan</source>
        <translation>无法创建我的预案</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>所有更改已于 %1 保存</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建预案</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开预案</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>About Fallback</source>
        <translation>关于 Fallback</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fallback %1&lt;/h3&gt;&lt;p&gt;Emergency plans for program upgrades: prepare the plan, run the upgrade from its checklist, review what happened. Everything stays in one file on this computer and works without a network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fallback %1&lt;/h3&gt;&lt;p&gt;程序升级应急预案工具：编制预案，按检查单执行升级，事后总结复盘。所有数据都保存在本机的一个文件中，无需网络即可使用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>下一部分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>上一部分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export Report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>fallback::ui::OverviewPage</name>
    <message>
        <source>Nothing is recorded here yet.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanFieldBinding</name>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD); the effective date stays %2.</source>
        <translation>“%1”不是有效日期（格式应为 YYYY-MM-DD），生效日期仍为 %2。</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanHeaderPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>编制单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>密级(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Scope statement:</source>
        <translation>适用范围说明(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Interpretation:</source>
        <translation>解释权(&amp;I)：</translation>
    </message>
    <message>
        <source>P&amp;recedence of law:</source>
        <translation>法律效力(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;upplementary provisions:</source>
        <translation>附则(&amp;U)：</translation>
    </message>
    <message>
        <source>Basis: laws, standards and documents the plan rests on</source>
        <translation>编制依据：本预案所依据的法律法规、标准和文件</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例：2026-01-31</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanView</name>
    <message>
        <source>Systems whose upgrades this plan covers</source>
        <translation>本预案适用的升级系统</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>添加一行（Insert）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete)</source>
        <translation>删除所选行（Delete）</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ReportPreview</name>
    <message>
        <source>Nothing to print</source>
        <translation>没有可打印的内容</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>fallback::ui::WelcomePage</name>
    <message>
        <source>No plan is open</source>
        <translation>未打开预案</translation>
    </message>
    <message>
        <source>Open your own plan, create a new one from the built-in template, or open a plan file.</source>
        <translation>打开我的预案、根据内置模板新建预案，或打开预案文件。</translation>
    </message>
    <message>
        <source>Open &amp;my plan</source>
        <translation>打开我的预案(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New plan...</source>
        <translation>新建预案(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open plan...</source>
        <translation>打开预案(&amp;O)...</translation>
    </message>
</context>
</TS>
