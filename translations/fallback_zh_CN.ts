<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fallback::AudienceChannelModel</name>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>号码或地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n channel(s)</source>
        <translation>
            <numerusform>删除 %n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主用</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>备用%1</translation>
    </message>
    <message>
        <source>Give the number, group or address this audience is reached at over this channel.</source>
        <translation>请填写经此渠道联系该通报对象的号码、群组或地址。</translation>
    </message>
    <message>
        <source>The first channel is used first; the others, in their order, when it is down. Move a channel with Alt+Up and Alt+Down.</source>
        <translation>优先使用第一个渠道；其中断时按顺序使用其余渠道。用 Alt+↑ 和 Alt+↓ 调整顺序。</translation>
    </message>
</context>
<context>
    <name>fallback::AudienceModel</name>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通信渠道</translation>
    </message>
    <message>
        <source>Updates every (min)</source>
        <translation>通报间隔（分钟）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New audience</source>
        <translation>新通报对象</translation>
    </message>
    <message>
        <source>Add audience</source>
        <translation>添加通报对象</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n audience(s)</source>
        <translation>
            <numerusform>删除 %n 个通报对象</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, no backup</source>
        <translation>%1，无备用</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <comment>primary channel, then the backup channels</comment>
        <translation>%1，其次%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Leave empty to send updates as often as the declared warning level says.</source>
        <translation>留空则按所发布预警级别规定的间隔通报。</translation>
    </message>
    <message>
        <source>Give this audience a backup channel for when the primary one is down.</source>
        <translation>请为该通报对象添加备用渠道，以备主用渠道中断。</translation>
    </message>
    <message>
        <source>Give the minutes between two updates (at least 1), or leave it empty to follow the warning level.</source>
        <translation>请填写两次通报之间的分钟数（至少 1），或留空以按预警级别执行。</translation>
    </message>
    <message>
        <source>By warning level</source>
        <translation>按预警级别</translation>
    </message>
</context>
<context>
    <name>fallback::BringBack</name>
    <message>
        <source>%1 is not an offline copy of a team plan; &quot;fallback team upload&quot; makes a plan file a team plan.</source>
        <translation>%1 不是团队预案的离线副本；要把预案文件变为团队预案，请使用“fallback team upload”。</translation>
    </message>
</context>
<context>
    <name>fallback::BuiltInContent</name>
    <message>
        <source>The plan already has every built-in message template.</source>
        <translation>预案中已有全部内置通报模板。</translation>
    </message>
    <message>
        <source>Add built-in communications plan</source>
        <translation>添加内置通信保障方案</translation>
    </message>
    <message>
        <source>The built-in communications plan could not be added.</source>
        <translation>无法添加内置通信保障方案。</translation>
    </message>
    <message numerus="yes">
        <source>%n message template(s)</source>
        <translation>
            <numerusform>%n 个通报模板</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 and %2 with their channels; fill in their numbers and addresses.</source>
        <translation>已添加%1和%2及其通信渠道；请填写号码和地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n 个通报对象</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加%1。</translation>
    </message>
    <message>
        <source>The plan already has every built-in role card.</source>
        <translation>预案中已有全部内置应急处置卡。</translation>
    </message>
    <message>
        <source>Add built-in role cards</source>
        <translation>添加内置应急处置卡</translation>
    </message>
    <message>
        <source>The built-in role cards could not be added.</source>
        <translation>无法添加内置应急处置卡。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n role card(s); check the group that holds each.</source>
        <translation>
            <numerusform>已添加 %n 张应急处置卡；请核对每张卡的持卡小组。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistItemModel</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Offset from start</source>
        <translation>时间偏移</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist item(s)</source>
        <translation>
            <numerusform>删除 %n 个检查项</numerusform>
        </translation>
    </message>
    <message>
        <source>When the upgrade window starts</source>
        <translation>升级时间窗口开始时</translation>
    </message>
    <message>
        <source>%1 before the upgrade window starts</source>
        <translation>升级时间窗口开始前 %1</translation>
    </message>
    <message>
        <source>%1 after the upgrade window starts</source>
        <translation>升级时间窗口开始后 %1</translation>
    </message>
    <message>
        <source>Move checklist item to %1</source>
        <translation>将检查项移至%1阶段</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days, short</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours, short</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes, short</comment>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistOperations</name>
    <message>
        <source>Copy of %1</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate checklist template</source>
        <translation>复制检查单模板</translation>
    </message>
    <message>
        <source>Create checklist from template</source>
        <translation>根据模板创建检查单</translation>
    </message>
    <message>
        <source>Replace checklist from template</source>
        <translation>根据模板替换检查单</translation>
    </message>
    <message>
        <source>Remove the upgrade&apos;s checklist</source>
        <translation>删除该升级的检查单</translation>
    </message>
    <message>
        <source>The window cannot end (%1) before it starts (%2).</source>
        <translation>时间窗口的结束时间（%1）不能早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>Change upgrade window</source>
        <translation>修改升级时间窗口</translation>
    </message>
</context>
<context>
    <name>fallback::ChecklistTemplateModel</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New checklist template</source>
        <translation>新检查单模板</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>添加检查单模板</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist template(s)</source>
        <translation>
            <numerusform>删除 %n 个检查单模板</numerusform>
        </translation>
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
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Before the next upgrade: nothing to fix.</source>
        <translation>下次升级前：没有需要处理的问题。</translation>
    </message>
    <message numerus="yes">
        <source>Before the next upgrade, %n thing(s) to fix:</source>
        <translation>
            <numerusform>下次升级前，有 %n 项需要处理：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>section: finding</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Say where to write the contacts with -o FILE.</source>
        <translation>请使用 -o FILE 指定联系人的输出文件。</translation>
    </message>
    <message>
        <source>Name the file .csv or .vcf, or choose the format with --format csv|vcf.</source>
        <translation>请将文件扩展名设为 .csv 或 .vcf，或使用 --format csv|vcf 指定格式。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; choose csv or vcf.</source>
        <translation>未知格式“%1”，请选择 csv 或 vcf。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation>未知语言“%1”，请选择 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Say where to write the calendar with -o FILE.</source>
        <translation>请使用 -o FILE 指定日历的输出文件。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Say whom the message is for with --audience NAME.</source>
        <translation>请用 --audience NAME 指定通报对象。</translation>
    </message>
    <message>
        <source>Unknown or missing channel &quot;%1&quot;; choose one of: %2.</source>
        <translation>渠道“%1”未知或未指定；请选择：%2。</translation>
    </message>
    <message>
        <source>Unknown message language &quot;%1&quot;; choose zh_CN or en.</source>
        <translation>通报语言“%1”未知；请选择 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown occasion &quot;%1&quot;; choose one of: %2.</source>
        <translation>通报时机“%1”未知；请选择：%2。</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; is not a record number.</source>
        <translation>运行“%1”不是记录编号。</translation>
    </message>
    <message>
        <source>The plan has no run yet; a message is filled from a run.</source>
        <translation>预案中还没有运行记录；通报内容需根据运行记录填写。</translation>
    </message>
    <message>
        <source>The plan has no run %1.</source>
        <translation>预案中没有运行 %1。</translation>
    </message>
    <message>
        <source>The plan has no audiences; add them under Communications.</source>
        <translation>预案中没有通报对象；请在“通信保障”中添加。</translation>
    </message>
    <message>
        <source>The plan has no audience &quot;%1&quot;; its audiences are: %2.</source>
        <translation>预案中没有通报对象“%1”；现有通报对象为：%2。</translation>
    </message>
    <message>
        <source>Name the plan of the team database with --plan NAME.</source>
        <translation>请使用 --plan NAME 指定团队数据库中的预案。</translation>
    </message>
    <message>
        <source>--plan names a plan of a team database; &quot;%1&quot; is a file.</source>
        <translation>--plan 用于指定团队数据库中的预案，而“%1”是一个文件。</translation>
    </message>
    <message>
        <source>%1: the plan is sound (format version %2).</source>
        <translation>%1：预案完好（格式版本 %2）。</translation>
    </message>
    <message>
        <source>fallback: warning: the connection to %1 is not encrypted; set sslmode=verify-full to protect the plan and your password.</source>
        <translation>fallback：警告：与 %1 的连接未加密；请设置 sslmode=verify-full 以保护预案和您的密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection string (for example &quot;postgresql://editor@db.example.com/plans&quot; or &quot;host=db dbname=plans&quot;).</source>
        <translation>“%1”不是 PostgreSQL 连接字符串（例如“postgresql://editor@db.example.com/plans”或“host=db dbname=plans”）。</translation>
    </message>
    <message>
        <source>The team database %1 is ready (format version %2). Grant %3 to those who edit plans and %4 to those who only read them.</source>
        <translation>团队数据库 %1 已就绪（格式版本 %2）。请将数据库角色 %3 授予编辑预案的人员，将 %4 授予只查看预案的人员。</translation>
    </message>
    <message>
        <source>%1 is not a team database yet; run &quot;fallback team init&quot; first.</source>
        <translation>%1 还不是团队数据库；请先运行“fallback team init”。</translation>
    </message>
    <message>
        <source>The team database %1 holds no plans.</source>
        <translation>团队数据库 %1 中没有预案。</translation>
    </message>
    <message>
        <source>uploaded %1 by %2</source>
        <translation>由 %2 于 %1 上传</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 as the team plan &quot;%3&quot;.</source>
        <translation>已将 %1 上传到 %2，作为团队预案“%3”。</translation>
    </message>
    <message>
        <source>Say where to write the offline copy with -o FILE.</source>
        <translation>请使用 -o FILE 指定离线副本的输出文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; it was not overwritten.</source>
        <translation>“%1”已存在，未覆盖该文件。</translation>
    </message>
    <message>
        <source>Wrote the offline copy of %1 to %2.</source>
        <translation>已将 %1 的离线副本写入 %2。</translation>
    </message>
    <message>
        <source>--keep takes &quot;server&quot; or &quot;offline&quot;, not &quot;%1&quot;.</source>
        <translation>--keep 的取值为“server”或“offline”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Bringing %1 back into %2 would change: %3.</source>
        <translation>将 %1 合并回 %2 将会：%3。</translation>
    </message>
    <message>
        <source>Brought %1 back into %2: %3.</source>
        <translation>已将 %1 合并回 %2：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on both sides:</source>
        <translation>
            <numerusform>%n 处两边都有修改：</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  fallback [PLAN...]                       open each plan in a window (default: your own plan)
  fallback new PLAN [--template zh_CN|en] [--sample]
                                           create a plan from the built-in template (--sample: the
                                           worked example plan, with a run, its review and a drill)
  fallback check PLAN                      check the file; non-zero exit on problems
  fallback export-json PLAN [-o FILE]      write the whole plan as JSON (standard output without -o)
  fallback import-json FILE PLAN           create PLAN from a JSON export
  fallback import-contacts PLAN FILE       add the people of a CSV or vCard file to the plan
  fallback export-contacts PLAN -o FILE [--format csv|vcf] [--lang zh_CN|en]
                                           write the plan&apos;s contacts as CSV or vCard
  fallback export-ics PLAN -o FILE         write the upgrade windows, duty shifts and drills as an
                                           iCalendar file
  fallback message PLAN [--run N] --audience NAME --channel sms|im|email|phone [--lang zh_CN|en]
                  [--occasion start|level|update|stop|rollback|restored|ended]
                                           print the status message for an audience, filled from the
                                           run (the newest without --run); Fallback sends nothing
  fallback report PLAN --kind KIND [--id N] --format pdf|html|odt|docx [--lang zh_CN|en]
                  [--page-size a4|letter] -o OUT
                                           write a report; KIND is plan, review, roster, checklist,
                                           drill, communications, role-cards or duty-roster (review,
                                           checklist, drill, duty-roster: the newest without --id)

Team mode: wherever a command takes PLAN, a PostgreSQL connection string (a URI or libpq&apos;s
&quot;keyword=value&quot; words) with --plan NAME names a plan of a team database instead.
  fallback team init CONNINFO              set up a team database, or bring it up to date
  fallback team list CONNINFO              list its plans
  fallback team upload PLANFILE CONNINFO [--name NAME]
                                           make a plan file a team plan (the name: its title)
  fallback team download CONNINFO --plan NAME -o FILE
                                           write a team plan to a plan file, to work offline
  fallback team bring-back FILE [CONNINFO] [--keep server|offline] [--dry-run]
                                           merge an offline copy back into its team plan; changes
                                           made on both sides are listed (exit status 3) and keep
                                           the server&apos;s values unless --keep offline
  fallback --version | --help</source>
        <translation>用法：
  fallback [PLAN...]                       在各自的窗口中打开每个预案（默认：我的预案）
  fallback new PLAN [--template zh_CN|en] [--sample]
                                           根据内置模板创建预案（--sample：创建完整的
                                           示例预案，附带一次运行及其事后总结和一次演练）
  fallback check PLAN                      检查文件；发现问题时以非零状态码退出
  fallback export-json PLAN [-o FILE]      将整个预案导出为 JSON（未指定 -o 时输出到标准输出）
  fallback import-json FILE PLAN           根据 JSON 导出文件创建 PLAN
  fallback import-contacts PLAN FILE       将 CSV 或 vCard 文件中的人员添加到预案
  fallback export-contacts PLAN -o FILE [--format csv|vcf] [--lang zh_CN|en]
                                           将预案中的联系人导出为 CSV 或 vCard 文件
  fallback export-ics PLAN -o FILE         将升级时间窗口、值班班次和演练导出为
                                           iCalendar 文件
  fallback message PLAN [--run N] --audience NAME --channel sms|im|email|phone [--lang zh_CN|en]
                  [--occasion start|level|update|stop|rollback|restored|ended]
                                           根据运行记录输出给通报对象的通报内容（未指定
                                           --run 时取最新的运行）；Fallback 本身不发送任何内容
  fallback report PLAN --kind KIND [--id N] --format pdf|html|odt|docx [--lang zh_CN|en]
                  [--page-size a4|letter] -o OUT
                                           生成报告；KIND 为 plan、review、roster、checklist、
                                           drill、communications、role-cards 或 duty-roster（事后
                                           总结、检查单、演练、值班表：未指定 --id 时取最新的一份）

团队模式：凡是命令接受 PLAN 之处，均可改用 PostgreSQL 连接字符串（URI 或 libpq 的
“keyword=value”形式）加上 --plan NAME，以指定团队数据库中的预案。
  fallback team init CONNINFO              建立团队数据库，或将其升级到当前格式版本
  fallback team list CONNINFO              列出团队数据库中的预案
  fallback team upload PLANFILE CONNINFO [--name NAME]
                                           将预案文件上传为团队预案（未指定 --name 时
                                           以预案标题为名称）
  fallback team download CONNINFO --plan NAME -o FILE
                                           将团队预案下载为预案文件（离线副本），以便离线工作
  fallback team bring-back FILE [CONNINFO] [--keep server|offline] [--dry-run]
                                           将离线副本合并回其团队预案；两边都改过的内容会
                                           逐条列出（退出状态 3），未指定 --keep offline 时
                                           保留服务器上的值
  fallback --version | --help</translation>
    </message>
</context>
<context>
    <name>fallback::ConnectionInfo</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection: %2</source>
        <translation>“%1”不是有效的 PostgreSQL 连接：%2</translation>
    </message>
    <message>
        <source>The connection setting &quot;%1&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on; put it in a libpq service file instead.</source>
        <translation>连接设置“%1”的值中含有分号，Qt 的 PostgreSQL 驱动无法传递该值；请改为将其写入 libpq 服务文件。</translation>
    </message>
    <message>
        <source>local server</source>
        <translation>本地服务器</translation>
    </message>
</context>
<context>
    <name>fallback::ContactFields</name>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>所属小组</translation>
    </message>
    <message>
        <source>Role in the group</source>
        <translation>组内角色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Backup person</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Identifier (UID)</source>
        <translation>唯一标识（UID）</translation>
    </message>
</context>
<context>
    <name>fallback::ContactFile</name>
    <message>
        <source>The contact file &quot;%1&quot; does not exist.</source>
        <translation>联系人文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot read the contact file &quot;%1&quot;: %2</source>
        <translation>无法读取联系人文件“%1”：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a contact list.</source>
        <translation>“%1”文件过大，不是联系人列表。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no contact card.</source>
        <translation>“%1”中没有联系人名片。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a text file; contacts can be imported from CSV or vCard files.</source>
        <translation>“%1”不是文本文件；联系人只能从 CSV 或 vCard 文件导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vCard file: it does not begin with BEGIN:VCARD.</source>
        <translation>“%1”不是 vCard 文件：文件开头不是 BEGIN:VCARD。</translation>
    </message>
    <message>
        <source>No column of &quot;%1&quot; is headed with a name field; the header row needs a column such as &quot;姓名&quot; or &quot;Name&quot;.</source>
        <translation>“%1”中没有以姓名为标题的列；标题行中需要有“姓名”或“Name”等列。</translation>
    </message>
</context>
<context>
    <name>fallback::ContactImport</name>
    <message>
        <source>skipped: the row has no name</source>
        <translation>已跳过：该行没有姓名</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not understood and was left empty</source>
        <translation>无法识别日期“%1”，已留空</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is not understood; imported as a member</source>
        <translation>无法识别角色“%1”，已按成员导入</translation>
    </message>
    <message>
        <source>not imported: %1 is already in the plan</source>
        <translation>未导入：预案中已有 %1</translation>
    </message>
    <message>
        <source>not imported: %1 is already in the plan; added to %2</source>
        <translation>未导入：预案中已有 %1；已将其加入 %2</translation>
    </message>
    <message>
        <source>not imported: %1 is already on line %2</source>
        <translation>未导入：第 %2 行已有 %1</translation>
    </message>
    <message>
        <source>not imported: %1 is already on line %2; added to %3</source>
        <translation>未导入：第 %2 行已有 %1；已将其加入 %3</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contact(s)</source>
        <translation>
            <numerusform>导入 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts could not be added to the plan.</source>
        <translation>无法将联系人添加到预案。</translation>
    </message>
    <message>
        <source>imported %1, skipped %2, duplicates %3</source>
        <translation>已导入 %1 个联系人，跳过 %2 行，重复 %3 行</translation>
    </message>
    <message>
        <source>the identifier is longer than %1 characters; the contact was given a new one</source>
        <translation>唯一标识超过%1个字符，已为该联系人重新生成</translation>
    </message>
    <message>
        <source>the backup person &quot;%1&quot; names more than one contact; left empty</source>
        <translation>备岗人员“%1”对应多名联系人，未填写</translation>
    </message>
    <message>
        <source>the backup person &quot;%1&quot; is neither in the plan nor in the file; left empty</source>
        <translation>备岗人员“%1”既不在预案中也不在文件中，未填写</translation>
    </message>
    <message>
        <source>a contact cannot be their own backup; the backup was left empty</source>
        <translation>联系人不能担任自己的备岗人员，备岗人员未填写</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a phone number and was left empty</source>
        <translation>%1“%2”不是电话号码，已留空</translation>
    </message>
    <message>
        <source>mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>the e-mail address &quot;%1&quot; is not an address and was left empty</source>
        <translation>电子邮箱“%1”不是有效的地址，已留空</translation>
    </message>
</context>
<context>
    <name>fallback::DesktopRecentFiles</name>
    <message>
        <source>The desktop&apos;s list of recent files cannot be read: %1</source>
        <translation>无法读取桌面的最近文件列表：%1</translation>
    </message>
    <message>
        <source>The desktop&apos;s list of recent files (%1) is damaged; it was left as it is.</source>
        <translation>桌面的最近文件列表（%1）已损坏，未作改动。</translation>
    </message>
    <message>
        <source>The desktop&apos;s list of recent files cannot be written: %1</source>
        <translation>无法写入桌面的最近文件列表：%1</translation>
    </message>
</context>
<context>
    <name>fallback::DrillActionModel</name>
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
        <source>Add drill action</source>
        <translation>添加后续改进措施</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n drill action(s)</source>
        <translation>
            <numerusform>删除 %n 项演练改进措施</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::DrillModel</name>
    <message>
        <source>Not yet</source>
        <comment>drill result</comment>
        <translation>尚未开展</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Add drill</source>
        <translation>添加演练</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n drill(s)</source>
        <translation>
            <numerusform>删除 %n 次演练</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the custom scenario: its description names the drill.</source>
        <translation>请描述自定义场景：场景说明即为该演练的名称。</translation>
    </message>
</context>
<context>
    <name>fallback::DrillRunModel</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级名称</translation>
    </message>
    <message>
        <source>Add rehearsal run</source>
        <translation>添加演练运行</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rehearsal run(s)</source>
        <translation>
            <numerusform>删除 %n 条演练运行记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::DutyRoster</name>
    <message>
        <source>a shift without a group</source>
        <translation>未指定小组的班次</translation>
    </message>
    <message>
        <source>A shift of %1 has no one on duty or no start and end.</source>
        <translation>%1的一个班次没有值班人员或没有起止时间。</translation>
    </message>
    <message>
        <source>%1 has nobody on duty from %2 to %3.</source>
        <translation>%1在 %2 至 %3 无人值班。</translation>
    </message>
    <message>
        <source>%1 is on two shifts at once: %2 and %3 from %4.</source>
        <translation>%1自 %4 起同时排在两个班次：%2和%3。</translation>
    </message>
    <message>
        <source>%1 is on duty for %2 hours at a stretch from %3; the plan allows %n.</source>
        <translation>%1自 %3 起连续值班 %2 小时；预案规定最长 %n 小时。</translation>
    </message>
</context>
<context>
    <name>fallback::DutyShiftModel</name>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>添加班次</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>删除 %n 个班次</numerusform>
        </translation>
    </message>
    <message>
        <source>A shift ends after it starts; the old time is kept.</source>
        <translation>班次的结束时间须晚于开始时间；已保留原时间。</translation>
    </message>
    <message>
        <source>The backup is someone other than the person on duty; the old value is kept.</source>
        <translation>备岗人员须与值班人员不同；已保留原值。</translation>
    </message>
</context>
<context>
    <name>fallback::GroupMemberModel</name>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>向小组添加成员</translation>
    </message>
    <message>
        <source>Add contact to group</source>
        <translation>将联系人加入小组</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n membership(s)</source>
        <translation>
            <numerusform>解除 %n 项小组成员关系</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ICalendarExport</name>
    <message>
        <source>Version: %1 → %2</source>
        <translation>版本：%1 → %2</translation>
    </message>
    <message>
        <source>To version: %1</source>
        <translation>目标版本：%1</translation>
    </message>
    <message>
        <source>From version: %1</source>
        <translation>原版本：%1</translation>
    </message>
    <message>
        <source>Systems: %1</source>
        <translation>涉及系统：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of systems</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>影响范围：%1</translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation>通知对象：%1</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>演练：%1</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>演练场景：%1</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>参与人员：%1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Upgrade: %1</source>
        <translation>升级：%1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <comment>upgrades, drills, file</comment>
        <translation>已将 %1和 %2写入 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s)</source>
        <translation>
            <numerusform>%n 项升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s)</source>
        <translation>
            <numerusform>%n 次演练</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade(s) without a window left out.</source>
        <translation>
            <numerusform>%n 个升级未设置时间窗口，未导出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) without a date left out.</source>
        <translation>
            <numerusform>%n 次演练因没有日期未导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>On duty: %1</source>
        <translation>值班：%1</translation>
    </message>
    <message>
        <source>On duty: %1, %2</source>
        <translation>值班：%1，%2</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备岗：%1</translation>
    </message>
    <message>
        <source>Backup: %1, %2</source>
        <translation>备岗：%1，%2</translation>
    </message>
    <message>
        <source>Wrote %1, %2 and %3 to %4.</source>
        <comment>upgrades, duty shifts, drills, file</comment>
        <translation>已将%1、%2和%3写入 %4。</translation>
    </message>
    <message numerus="yes">
        <source>%n duty shift(s)</source>
        <translation>
            <numerusform>%n 个值班班次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::LinkChecklistModel</name>
    <message>
        <source>Tick %1</source>
        <translation>勾选 %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>取消勾选 %1</translation>
    </message>
</context>
<context>
    <name>fallback::MeasureModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>新措施</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n measure(s)</source>
        <translation>
            <numerusform>删除 %n 项措施</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::MemberModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Office phone</source>
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
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>删除 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>These contact details were never verified.</source>
        <translation>此联系人的联系方式从未核实。</translation>
    </message>
    <message numerus="yes">
        <source>These contact details were last verified more than %n day(s) ago.</source>
        <translation>
            <numerusform>此联系人的联系方式已超过 %n 天未核实。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the groups of a contact</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group and the contact&apos;s role in it</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>A contact needs a name; the old one is kept.</source>
        <translation>联系人必须有姓名，已保留原姓名。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address like name@example.com; the old value is kept.</source>
        <translation>“%1”不是形如 name@example.com 的电子邮箱地址，已保留原值。</translation>
    </message>
    <message>
        <source>A contact cannot be their own backup; the old value is kept.</source>
        <translation>联系人不能担任自己的备岗人员，已保留原值。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, +, spaces, hyphens and parentheses, and write an extension as in 010-6552 1234 ext. 12; the old value is kept.</source>
        <translation>“%1”不是电话号码：请使用数字、+、空格、连字符和括号，分机号可写作 010-6552 1234 转 12；已保留原值。</translation>
    </message>
</context>
<context>
    <name>fallback::MergeDescription</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>%1, %2: %3 offline, %4 on the server (changed by %5).</source>
        <translation>%1，%2：离线副本中为%3，服务器上为%4（由 %5 修改）。</translation>
    </message>
    <message>
        <source>%1 was changed offline and removed on the server.</source>
        <translation>%1 在离线副本中被修改，而在服务器上已被删除。</translation>
    </message>
    <message>
        <source>%1 was removed offline, and changed or added to on the server (by %2).</source>
        <translation>%1 在离线副本中被删除，而在服务器上被修改或新增了下属记录（由 %2）。</translation>
    </message>
    <message>
        <source>%1, %2: names a record that was removed on the server.</source>
        <translation>%1，%2：引用的记录在服务器上已被删除。</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>未采用</translation>
    </message>
    <message>
        <source>took the offline value</source>
        <translation>采用离线副本的值</translation>
    </message>
    <message>
        <source>kept the server&apos;s value</source>
        <translation>保留服务器上的值</translation>
    </message>
    <message>
        <source>put back as changed offline</source>
        <translation>按离线副本中的修改恢复</translation>
    </message>
    <message>
        <source>left removed</source>
        <translation>保持删除</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>kept as on the server</source>
        <translation>保留服务器上的记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>新增 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>修改 %n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::MessageComposer</name>
    <message>
        <source>the upgrade&apos;s name</source>
        <translation>升级名称</translation>
    </message>
    <message>
        <source>from which version to which</source>
        <translation>从哪个版本升级到哪个版本</translation>
    </message>
    <message>
        <source>the systems it upgrades</source>
        <translation>升级涉及的系统</translation>
    </message>
    <message>
        <source>the warning level declared</source>
        <translation>已发布的预警级别</translation>
    </message>
    <message>
        <source>the state of the run</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>the time now</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <source>when the run started</source>
        <translation>运行开始时间</translation>
    </message>
    <message>
        <source>the latest decision or failure and why</source>
        <translation>最近的决策或失败及其原因</translation>
    </message>
    <message>
        <source>the upgrade&apos;s impact on the business</source>
        <translation>升级对业务的影响</translation>
    </message>
    <message>
        <source>what is being done: the next open step, or the rollback plan while rolling back</source>
        <translation>正在进行的处置：下一个未完成的步骤，回退时为回退方案</translation>
    </message>
    <message>
        <source>when the next update will come</source>
        <translation>下次通报时间</translation>
    </message>
    <message>
        <source>whom to call: the sending group&apos;s lead and phone</source>
        <translation>联系人：发送方小组的组长及电话</translation>
    </message>
    <message>
        <source>the group that sends the update</source>
        <translation>发送通报的小组</translation>
    </message>
    <message>
        <source>the audience&apos;s name</source>
        <translation>通报对象名称</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>预案标题</translation>
    </message>
    <message>
        <source>the organisation the plan belongs to</source>
        <translation>预案所属单位</translation>
    </message>
    <message>
        <source>no warning level declared</source>
        <translation>未发布预警</translation>
    </message>
    <message>
        <source>as soon as there is news</source>
        <translation>视情况而定</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The plan has no message template for %1 in %2. Add one under Communications.</source>
        <translation>预案中没有%2的%1通报模板。请在“通信保障”中添加。</translation>
    </message>
    <message>
        <source>The message template could not be read.</source>
        <translation>无法读取通报模板。</translation>
    </message>
</context>
<context>
    <name>fallback::MessageLength</name>
    <message>
        <source>%1 of %2 characters: one SMS.</source>
        <translation>%1/%2 个字符：一条短信。</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters: %n SMS parts of %2; some phones show them out of order or as separate messages.</source>
        <translation>
            <numerusform>%1 个字符：分为 %n 条短信，每条 %2 个字符；部分手机可能乱序或分开显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters: longer than one instant message takes (about %2 bytes); shorten it or send it in two.</source>
        <translation>%1 个字符：超过一条即时消息的长度上限（约 %2 字节）；请精简或分两条发送。</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 个字符。</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) to read aloud.</source>
        <translation>
            <numerusform>朗读约需 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep a phone script short enough to be heard out.</source>
        <translation>电话口径应简短，确保对方能听完。</translation>
    </message>
</context>
<context>
    <name>fallback::MessageTemplateModel</name>
    <message>
        <source>Occasion</source>
        <translation>通报时机</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Subject (email)</source>
        <translation>主题（邮件）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>通报内容</translation>
    </message>
    <message>
        <source>{upgrade}: </source>
        <translation>{upgrade}：</translation>
    </message>
    <message>
        <source>Add message template</source>
        <translation>添加通报模板</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message template(s)</source>
        <translation>
            <numerusform>删除 %n 个通报模板</numerusform>
        </translation>
    </message>
    <message>
        <source>Every audience</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>占位符：</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; the old text is kept. Placeholders: %2</source>
        <translation>{%1} 不是占位符；已保留原文。可用占位符：%2</translation>
    </message>
</context>
<context>
    <name>fallback::Migrator</name>
    <message>
        <source>the step to format version %1 could not be applied</source>
        <translation>无法完成升级到格式版本 %1 的步骤</translation>
    </message>
    <message>
        <source>a record of &quot;%1&quot; would refer to a missing record of &quot;%2&quot;</source>
        <translation>“%1”中的记录将引用“%2”中不存在的记录</translation>
    </message>
</context>
<context>
    <name>fallback::OfflineCopy</name>
    <message>
        <source>The offline copy could not be written: %1</source>
        <translation>无法写入离线副本：%1</translation>
    </message>
    <message>
        <source>The offline copy could not be marked as brought back: %1</source>
        <translation>无法在离线副本中标记为已合并回：%1</translation>
    </message>
</context>
<context>
    <name>fallback::OfflineMerge</name>
    <message>
        <source>The plan is not an offline copy of a team plan; there is nothing to bring back.</source>
        <translation>该预案不是团队预案的离线副本，没有可合并回的内容。</translation>
    </message>
    <message>
        <source>This offline copy was brought back on %1; bringing it back again would add what was added offline a second time. Take a new offline copy to go on working offline.</source>
        <translation>该离线副本已于 %1 合并回；再次合并会把离线时新增的内容重复添加一次。如需继续离线工作，请重新获取一份离线副本。</translation>
    </message>
    <message>
        <source>The team plan &quot;%1&quot; on %2 is not the one this copy was taken from (it was removed and uploaded again since); the copy cannot be merged into it.</source>
        <translation>%2 上的团队预案“%1”已不是获取此副本时的那一份（其间曾被删除后重新上传），无法将副本合并进去。</translation>
    </message>
    <message>
        <source>The offline copy was taken at format version %1 and the copy or the team plan has been upgraded since; it cannot be merged by field. Open both and carry the changes over.</source>
        <translation>离线副本获取时的格式版本为 %1，此后副本或团队预案已升级，无法逐字段合并。请同时打开两者，手动转移修改。</translation>
    </message>
    <message>
        <source>The team database was set up by an older version of Fallback; run &quot;fallback team init&quot; once to bring it up to date.</source>
        <translation>该团队数据库由较旧版本的 Fallback 建立；请运行一次“fallback team init”将其升级。</translation>
    </message>
    <message>
        <source>This offline copy was brought back on %1 by %2; bringing it back again would add what was added offline a second time.</source>
        <translation>该离线副本已于 %1 由 %2 合并回；再次合并会把离线时新增的内容重复添加一次。</translation>
    </message>
    <message>
        <source>The offline copy could not be brought back: %1</source>
        <translation>无法合并回离线副本：%1</translation>
    </message>
    <message>
        <source>The offline copy could not be brought back; nothing was changed: %1</source>
        <translation>无法合并回离线副本，未做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>fallback::OrgGroupTreeModel</name>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新小组</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加小组</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>移动小组</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>删除小组“%1”</translation>
    </message>
</context>
<context>
    <name>fallback::OutputFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>未指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>磁盘或文件夹为只读</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the file is too large for the disk</source>
        <translation>文件超出了磁盘允许的大小</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>the program reading it stopped before everything was written</source>
        <translation>读取它的程序在写完之前就已停止</translation>
    </message>
    <message>
        <source>the write was not completed</source>
        <translation>写入未能完成</translation>
    </message>
</context>
<context>
    <name>fallback::PlanCopy</name>
    <message>
        <source>The plan could not be copied: %1</source>
        <translation>无法复制预案：%1</translation>
    </message>
</context>
<context>
    <name>fallback::PlanDocument</name>
    <message>
        <source>The change was not saved. %1</source>
        <translation>更改未保存。%1</translation>
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
    <message>
        <source>the lock file could not be written</source>
        <translation>无法写入锁文件</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be upgraded to format version %2: %3</source>
        <translation>无法将预案“%1”升级到格式版本 %2：%3</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; could not be created: %2</source>
        <translation>无法创建预案“%1”：%2</translation>
    </message>
    <message>
        <source>The plan can only be read here: its lock file, which keeps a second window from changing it at the same time, could not be made beside it (%1).</source>
        <translation>此处只能以只读方式打开预案：无法在预案旁创建锁文件（%1），而锁文件用于防止另一个窗口同时修改预案。</translation>
    </message>
    <message>
        <source>no SQLite connection</source>
        <translation>没有 SQLite 连接</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; was written by an older version of Fallback and could not be read: %2</source>
        <translation>预案“%1”由旧版 Fallback 写入，无法读取：%2</translation>
    </message>
    <message>
        <source>The plan was written by an older version of Fallback and can only be read here: it is shown as this version reads it, and the file itself is upgraded when it is next opened for editing.</source>
        <translation>此预案由旧版 Fallback 写入，在这里只能查看：显示的是本版本读取的内容，文件本身将在下次以编辑方式打开时升级。</translation>
    </message>
    <message>
        <source>Your database role may read this team plan but not change it, so it can only be read here.</source>
        <translation>您的数据库角色可以读取此团队预案，但不能修改，因此此处只能以只读方式打开。</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>无法写入副本：%1</translation>
    </message>
    <message>
        <source>The connection to %1 is lost. Fallback connects again by itself; until then the plan shows what it held and cannot be changed.</source>
        <translation>与 %1 的连接已断开。Fallback 会自动重新连接；在此之前，预案显示断开前的内容，且不能修改。</translation>
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
    <message>
        <source>The file was exported from a plan of a newer format (version %1) by a newer version of Fallback; this version reads plans up to format version %2.</source>
        <translation>该文件由较新版本的 Fallback 从较新格式（版本 %1）的预案导出；当前版本最高只能读取格式版本 %2 的预案。</translation>
    </message>
</context>
<context>
    <name>fallback::PlanSearch</name>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>应急处置卡</translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation>值班班次</translation>
    </message>
</context>
<context>
    <name>fallback::Readiness</name>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot; has no lead.</source>
        <translation>小组“%1”未指定组长。</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;: its lead %2 has no backup person.</source>
        <translation>小组“%1”：组长 %2 没有备岗人员。</translation>
    </message>
    <message>
        <source>Contact %1 was never verified.</source>
        <translation>联系人 %1 的联系方式从未核实。</translation>
    </message>
    <message>
        <source>Contact %1 has a verification date that is not a date: %2.</source>
        <translation>联系人 %1 的核实日期不是有效日期：%2。</translation>
    </message>
    <message>
        <source>Contact %1 was last verified on %2 (more than %3 days ago).</source>
        <translation>联系人 %1 最近一次核实是在 %2（已超过 %3 天）。</translation>
    </message>
    <message>
        <source>Critical risk &quot;%1&quot; (score %2) has no contingency.</source>
        <translation>极高风险“%1”（风险值 %2）尚未制定应急处置措施。</translation>
    </message>
    <message>
        <source>High risk &quot;%1&quot; (score %2) has no contingency.</source>
        <translation>高风险“%1”（风险值 %2）尚未制定应急处置措施。</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot; is not ready.</source>
        <translation>应急资源“%1”未就绪。</translation>
    </message>
    <message numerus="yes">
        <source>Checklist template &quot;%1&quot;: %n item(s) without an owner.</source>
        <translation>
            <numerusform>检查单模板“%1”：有 %n 个检查项未指定责任人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade &quot;%1&quot;: %n checklist item(s) without an owner.</source>
        <translation>
            <numerusform>升级“%1”：检查单中有 %n 个检查项未指定责任人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; of review &quot;%2&quot; was due on %3.</source>
        <translation>事后总结“%2”的改进措施“%1”已逾期（完成期限：%3）。</translation>
    </message>
    <message>
        <source>Action &quot;%1&quot; of the drill &quot;%2&quot; (%3) was due on %4.</source>
        <translation>演练“%2”（%3）的后续改进措施“%1”已逾期（完成期限：%4）。</translation>
    </message>
    <message>
        <source>The drill &quot;%1&quot; of %2 has no recorded result.</source>
        <translation>演练“%1”（%2）尚未记录演练结果。</translation>
    </message>
    <message>
        <source>The plan has no title: the printed plan and its exports are headed by it.</source>
        <translation>预案没有标题：打印的预案及其导出文件均以标题作为页眉。</translation>
    </message>
    <message>
        <source>Audience &quot;%1&quot; has no channel to reach it.</source>
        <translation>通报对象“%1”没有任何联系渠道。</translation>
    </message>
    <message>
        <source>Audience &quot;%1&quot; has no backup channel for when %2 is down.</source>
        <translation>通报对象“%1”没有备用渠道，%2中断时无法联系。</translation>
    </message>
    <message>
        <source>The %1 channel to &quot;%2&quot; has no number or address.</source>
        <translation>通报对象“%2”的%1渠道未填写号码或地址。</translation>
    </message>
    <message>
        <source>Duty roster of &quot;%1&quot;: %2</source>
        <translation>“%1”的值班表：%2</translation>
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
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>a record has %1 values for %2 fields</source>
        <translation>记录中有 %1 个值，但字段有 %2 个</translation>
    </message>
    <message>
        <source>%1 changed this field in the meantime, to &quot;%2&quot;; yours was not saved, so that theirs is not lost.</source>
        <translation>%1 已先行将此字段改为“%2”；您的更改未保存，以免覆盖对方的更改。</translation>
    </message>
</context>
<context>
    <name>fallback::RecordTableModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>Move %n row(s)</source>
        <translation>
            <numerusform>移动 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>A record cannot refer to itself; the old value is kept.</source>
        <translation>记录不能引用自身，已保留原值。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>the heading of a column that must be filled in</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required: %1 cannot be left empty.</source>
        <translation>必填：%1不能为空。</translation>
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
    <name>fallback::ResourceModel</name>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新资源</translation>
    </message>
    <message>
        <source>Add resource</source>
        <translation>添加资源</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n resource(s)</source>
        <translation>
            <numerusform>删除 %n 项资源</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>fallback::ReviewActionModel</name>
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
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>Add improvement action</source>
        <translation>添加改进措施</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n improvement action(s)</source>
        <translation>
            <numerusform>删除 %n 项改进措施</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ReviewModel</name>
    <message>
        <source>Review</source>
        <translation>事后总结</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新事后总结</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>添加事后总结</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n review(s)</source>
        <translation>
            <numerusform>删除 %n 份事后总结</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ReviewWorkflow</name>
    <message>
        <source>The run no longer exists.</source>
        <translation>该运行记录已不存在。</translation>
    </message>
    <message>
        <source>Run of %1 (%2), started %3; outcome: %4.</source>
        <translation>%1（%2运行）于 %3 开始，运行结果：%4。</translation>
    </message>
    <message>
        <source>Highest warning level declared: %1.</source>
        <translation>已发布的最高预警级别：%1。</translation>
    </message>
    <message>
        <source>Failed: %1%2</source>
        <translation>失败：%1%2</translation>
    </message>
    <message>
        <source>Find and remove the cause of the failed step “%1”</source>
        <translation>查明并消除失败步骤“%1”的原因</translation>
    </message>
    <message>
        <source>Skipped: %1%2</source>
        <translation>已跳过：%1%2</translation>
    </message>
    <message>
        <source>Review of %1, %2</source>
        <translation>%1 事后总结（%2）</translation>
    </message>
    <message>
        <source>Create review</source>
        <translation>创建事后总结</translation>
    </message>
    <message>
        <source>The review could not be created.</source>
        <translation>无法创建事后总结。</translation>
    </message>
    <message>
        <source>Only a draft can be submitted for review.</source>
        <translation>只有草稿才能提交审核。</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>提交事后总结</translation>
    </message>
    <message>
        <source>The review could not be changed.</source>
        <translation>无法修改事后总结。</translation>
    </message>
    <message>
        <source>Only a review in review can be approved: submit it first.</source>
        <translation>只有审核中的事后总结才能批准：请先提交审核。</translation>
    </message>
    <message>
        <source>Name the reviewer before approving.</source>
        <translation>批准前请填写评审人。</translation>
    </message>
    <message>
        <source>Name the approver before approving.</source>
        <translation>请先填写审批人，再批准。</translation>
    </message>
    <message>
        <source>Approve review</source>
        <translation>批准事后总结</translation>
    </message>
    <message>
        <source>Only an approved review can be reopened.</source>
        <translation>只有已批准的事后总结才能重新打开。</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>重新打开事后总结</translation>
    </message>
</context>
<context>
    <name>fallback::RevisionComparison</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>编制单位</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
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
        <source>Interpretation</source>
        <translation>解释权</translation>
    </message>
    <message>
        <source>Precedence of law</source>
        <translation>法律效力</translation>
    </message>
    <message>
        <source>Supplementary provisions</source>
        <translation>附则</translation>
    </message>
    <message>
        <source>Medium risk from score</source>
        <translation>中风险起始分值</translation>
    </message>
    <message>
        <source>High risk from score</source>
        <translation>高风险起始分值</translation>
    </message>
    <message>
        <source>Critical risk from score</source>
        <translation>极高风险起始分值</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别序号</translation>
    </message>
    <message>
        <source>Parent group</source>
        <translation>上级小组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查单模板</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>事后总结</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Run item</source>
        <translation>运行检查项</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
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
        <source>Duty</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>办公电话</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Who is notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Who activates the response</source>
        <translation>响应启动人</translation>
    </message>
    <message>
        <source>Response time (minutes)</source>
        <translation>响应时限（分钟）</translation>
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
        <source>Criticality</source>
        <translation>重要程度</translation>
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
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Offset (minutes)</source>
        <translation>时间偏移（分钟）</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Version from</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>Version to</source>
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
        <source>Who is told in advance</source>
        <translation>提前通知对象</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>回退方案</translation>
    </message>
    <message>
        <source>Go criteria</source>
        <translation>实施/中止判定标准</translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>演练场景</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>场景说明</translation>
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
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time first recorded</source>
        <translation>原始记录时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Ticked at</source>
        <translation>勾选时间</translation>
    </message>
    <message>
        <source>Ticked by</source>
        <translation>勾选人</translation>
    </message>
    <message>
        <source>Edited by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
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
        <source>Impact (minutes)</source>
        <translation>影响时长（分钟）</translation>
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
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表彰与奖励</translation>
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
        <source>Due on</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>验证人</translation>
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
        <source>Addressed by revision</source>
        <translation>纳入的修订版本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Place in the call order</source>
        <translation>呼叫顺序</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>第 %2 字节处：%1</translation>
    </message>
    <message>
        <source>it is not a copy of a Fallback plan</source>
        <translation>不是 Fallback 预案的副本</translation>
    </message>
    <message>
        <source>its section &quot;%1&quot; is not a list of records</source>
        <translation>其“%1”部分不是记录列表</translation>
    </message>
    <message>
        <source>a record of its section &quot;%1&quot; is not an object</source>
        <translation>其“%1”部分中有一条记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>A copy of the plan cannot be read: %1.</source>
        <translation>无法读取预案副本：%1。</translation>
    </message>
    <message>
        <source>The plan cannot be read: %1.</source>
        <translation>无法读取预案：%1。</translation>
    </message>
    <message>
        <source>The revision to compare is no longer in the plan.</source>
        <translation>要比较的修订已不在预案中。</translation>
    </message>
    <message>
        <source>Revision %1 was recorded without a copy of the plan, so there is nothing to compare it with.</source>
        <translation>修订版本 %1 记录时未保存预案副本，无法进行比较。</translation>
    </message>
    <message>
        <source>The copy of the plan kept with revision %1 is damaged (%2); it cannot be compared.</source>
        <translation>修订版本 %1 保存的预案副本已损坏（%2），无法比较。</translation>
    </message>
    <message>
        <source>Plan header</source>
        <translation>总则</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编制依据</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <source>Notified group</source>
        <translation>通知小组</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>应急资源</translation>
    </message>
    <message>
        <source>Template item</source>
        <translation>模板检查项</translation>
    </message>
    <message>
        <source>Upgraded system</source>
        <translation>升级涉及的系统</translation>
    </message>
    <message>
        <source>Run event</source>
        <translation>运行事件</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>关键时间点</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>事后总结改进措施</translation>
    </message>
    <message>
        <source>Drill action</source>
        <translation>演练改进措施</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Issuing and lifting warnings</source>
        <translation>预警发布、调整和解除</translation>
    </message>
    <message>
        <source>Review, commendation and reward</source>
        <translation>事后总结、表彰和奖励</translation>
    </message>
    <message>
        <source>Updates every (minutes)</source>
        <translation>通报间隔（分钟）</translation>
    </message>
    <message>
        <source>Longest duty (hours)</source>
        <translation>最长连续值班（小时）</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>号码或地址</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>通报时机</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>应急处置卡</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>First steps before the upgrade</source>
        <translation>升级前首要步骤</translation>
    </message>
    <message>
        <source>First steps during the upgrade</source>
        <translation>升级中首要步骤</translation>
    </message>
    <message>
        <source>First steps after the upgrade</source>
        <translation>升级后首要步骤</translation>
    </message>
    <message>
        <source>First steps in recovery</source>
        <translation>恢复阶段首要步骤</translation>
    </message>
    <message>
        <source>Decisions this role may take</source>
        <translation>本岗位可作的决策</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>通报内容</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2上的%1</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>通报模板</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Duty shift</source>
        <translation>值班班次</translation>
    </message>
</context>
<context>
    <name>fallback::RevisionModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>修订内容</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>New revision</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Add revision record</source>
        <translation>添加修订记录</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n revision record(s)</source>
        <translation>
            <numerusform>删除 %n 条修订记录</numerusform>
        </translation>
    </message>
    <message>
        <source>No copy of the plan was kept with this revision; it cannot be compared.</source>
        <translation>此修订未保存预案副本，无法比较。</translation>
    </message>
</context>
<context>
    <name>fallback::RevisionPublisher</name>
    <message>
        <source>Review: %1</source>
        <translation>事后总结：%1</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>演练：%1</translation>
    </message>
    <message>
        <source>Drill of %1: %2</source>
        <translation>%1 演练：%2</translation>
    </message>
    <message>
        <source>Give the revision a version, such as %1.</source>
        <translation>请为本次修订填写版本号，例如 %1。</translation>
    </message>
    <message>
        <source>Version %1 has already been published; give this revision another version.</source>
        <translation>版本 %1 已发布，请为本次修订指定其他版本号。</translation>
    </message>
    <message>
        <source>Give the date on which the revision is published.</source>
        <translation>请填写修订的发布日期。</translation>
    </message>
    <message>
        <source>An action to link is no longer in the plan or already belongs to a revision.</source>
        <translation>要关联的措施已不在预案中，或已归属于其他修订。</translation>
    </message>
    <message>
        <source>Publish revision %1</source>
        <translation>发布修订 %1</translation>
    </message>
    <message>
        <source>The revision could not be saved.</source>
        <translation>无法保存修订记录。</translation>
    </message>
    <message>
        <source>The revision could not be saved: %1</source>
        <translation>无法保存修订：%1</translation>
    </message>
</context>
<context>
    <name>fallback::RiskBands</name>
    <message>
        <source>Change risk bands</source>
        <translation>修改风险等级划分</translation>
    </message>
    <message>
        <source>Each band must start above the one before: medium from %1, high from %2 and critical from %3 are not in rising order between %4 and %5.</source>
        <translation>每个等级的起始分值必须高于前一个等级：中（%1 起）、高（%2 起）、极高（%3 起）未在 %4 至 %5 之间依次递增。</translation>
    </message>
</context>
<context>
    <name>fallback::RiskCategoryModel</name>
    <message>
        <source>Compatibility risk</source>
        <translation>兼容性风险</translation>
    </message>
    <message>
        <source>Data security risk</source>
        <translation>数据安全风险</translation>
    </message>
    <message>
        <source>System stability risk</source>
        <translation>系统稳定性风险</translation>
    </message>
    <message>
        <source>Human operation risk</source>
        <translation>人员操作风险</translation>
    </message>
    <message>
        <source>Technical risk</source>
        <translation>技术风险</translation>
    </message>
    <message>
        <source>Business risk</source>
        <translation>业务风险</translation>
    </message>
    <message>
        <source>Personnel risk</source>
        <translation>人员风险</translation>
    </message>
    <message>
        <source>Add the usual risk categories</source>
        <translation>添加常用风险类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <source>Add risk category</source>
        <translation>添加风险类别</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk categor(ies)</source>
        <translation>
            <numerusform>删除 %n 个风险类别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RiskModel</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
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
        <source>Band</source>
        <translation>风险等级</translation>
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
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n risk(s)</source>
        <translation>
            <numerusform>删除 %n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2 = %3: %4</source>
        <translation>可能性 %1 × 影响程度 %2 = %3：%4</translation>
    </message>
</context>
<context>
    <name>fallback::RoleCardContactModel</name>
    <message>
        <source>Call</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时联系</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Add whom to call</source>
        <translation>添加联系人</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from the card</source>
        <translation>
            <numerusform>从处置卡删除 %n 个联系人</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose whom to call; to take the line off the card, remove it.</source>
        <translation>请选择联系人；如不再需要此行，请将其删除。</translation>
    </message>
</context>
<context>
    <name>fallback::RoleCardModel</name>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Held by its</source>
        <translation>由组内何人担任</translation>
    </message>
    <message>
        <source>Held now by</source>
        <translation>现由</translation>
    </message>
    <message>
        <source>New role card</source>
        <translation>新处置卡</translation>
    </message>
    <message>
        <source>Add role card</source>
        <translation>添加处置卡</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n role card(s)</source>
        <translation>
            <numerusform>删除 %n 张处置卡</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody: choose the group</source>
        <translation>无：请选择小组</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nobody in that role yet</source>
        <translation>该角色暂无人员</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>fallback::RosterModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Group / contact</source>
        <translation>小组 / 联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
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
</context>
<context>
    <name>fallback::RunEventModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Log event</source>
        <translation>记录事件</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n event(s)</source>
        <translation>
            <numerusform>删除 %n 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RunItemModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n checklist item(s)</source>
        <translation>
            <numerusform>删除 %n 个检查项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::RunListModel</name>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n run(s)</source>
        <translation>
            <numerusform>删除 %n 条运行记录</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>fallback::RunSession</name>
    <message>
        <source>There is no such upgrade to run.</source>
        <translation>要运行的升级不存在。</translation>
    </message>
    <message>
        <source>A run is either live or a rehearsal.</source>
        <translation>运行只能是正式运行或演练运行。</translation>
    </message>
    <message>
        <source>Only a rehearsal belongs to a drill.</source>
        <translation>只有演练运行才能关联到演练。</translation>
    </message>
    <message>
        <source>There is no such drill.</source>
        <translation>该演练不存在。</translation>
    </message>
    <message>
        <source>Say who is starting the run.</source>
        <translation>请填写启动本次运行的人员。</translation>
    </message>
    <message>
        <source>“%1” already has a run in progress, started %2. Open its console, or end it before starting another one.</source>
        <translation>“%1”已有一次运行正在进行（开始于 %2）。请打开其运行控制台，或先结束该运行再开始新的运行。</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>运行开始</translation>
    </message>
    <message>
        <source>Start run of “%1”</source>
        <translation>开始运行“%1”</translation>
    </message>
    <message>
        <source>The run could not be started.</source>
        <translation>无法开始运行。</translation>
    </message>
    <message>
        <source>This run no longer exists.</source>
        <translation>该运行记录已不存在。</translation>
    </message>
    <message>
        <source>Say who is operating the console first.</source>
        <translation>请先填写控制台的操作人。</translation>
    </message>
    <message>
        <source>The emergency was ended at %1; the run can no longer change.</source>
        <translation>应急已于 %1 结束，本次运行不能再修改。</translation>
    </message>
    <message>
        <source>Tick checklist item</source>
        <translation>勾选检查项</translation>
    </message>
    <message>
        <source>Reopen checklist item</source>
        <translation>重新打开检查项</translation>
    </message>
    <message>
        <source>Say why the item failed: the review needs the reason.</source>
        <translation>请说明检查项失败的原因：事后总结需要用到。</translation>
    </message>
    <message>
        <source>Mark checklist item failed</source>
        <translation>将检查项标记为失败</translation>
    </message>
    <message>
        <source>Say why the item is skipped: the review needs the reason.</source>
        <translation>请说明跳过该项的原因：事后总结时需要用到。</translation>
    </message>
    <message>
        <source>Skip checklist item</source>
        <translation>跳过检查项</translation>
    </message>
    <message>
        <source>This run has no such checklist item.</source>
        <translation>本次运行中没有该检查项。</translation>
    </message>
    <message>
        <source>The item is already %1.</source>
        <translation>该项已处于“%1”状态。</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>已重新打开：%1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存更改。</translation>
    </message>
    <message>
        <source>Type what happened before logging it.</source>
        <translation>请先输入发生的情况，再进行记录。</translation>
    </message>
    <message>
        <source>Log event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation>无法保存事件。</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>无法保存该决策。</translation>
    </message>
    <message>
        <source>Say why the warning level changes.</source>
        <translation>请说明预警级别变更的原因。</translation>
    </message>
    <message>
        <source>The plan has no such warning level.</source>
        <translation>预案中没有该预警级别。</translation>
    </message>
    <message>
        <source>No warning level is declared.</source>
        <translation>当前没有已发布的预警级别。</translation>
    </message>
    <message>
        <source>“%1” is already the declared level.</source>
        <translation>当前已发布的预警级别就是“%1”。</translation>
    </message>
    <message>
        <source>Warning level declared: %1</source>
        <translation>已发布预警级别：%1</translation>
    </message>
    <message>
        <source>Warning lifted</source>
        <translation>预警已解除</translation>
    </message>
    <message>
        <source>Declare warning level</source>
        <translation>发布预警级别</translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>Say why the upgrade stops.</source>
        <translation>请说明停止升级的原因。</translation>
    </message>
    <message>
        <source>The upgrade is not running: it is %1.</source>
        <translation>升级不在进行中：当前状态为“%1”。</translation>
    </message>
    <message>
        <source>STOP: the upgrade is stopped</source>
        <translation>停止：升级已停止</translation>
    </message>
    <message>
        <source>Stop the upgrade</source>
        <translation>停止升级</translation>
    </message>
    <message>
        <source>Say why the upgrade is rolled back.</source>
        <translation>请说明回退升级的原因。</translation>
    </message>
    <message>
        <source>The rollback has already started.</source>
        <translation>回退已经开始。</translation>
    </message>
    <message>
        <source>Rollback started</source>
        <translation>开始回退</translation>
    </message>
    <message>
        <source>Start rollback</source>
        <translation>开始回退</translation>
    </message>
    <message>
        <source>Say how the service was found restored.</source>
        <translation>请说明如何确认服务已恢复。</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>服务恢复</translation>
    </message>
    <message>
        <source>Say why the emergency is over.</source>
        <translation>请说明结束应急的原因。</translation>
    </message>
    <message>
        <source>Emergency ended</source>
        <translation>应急结束</translation>
    </message>
    <message>
        <source>End the emergency</source>
        <translation>结束应急</translation>
    </message>
    <message>
        <source>There is no such milestone.</source>
        <translation>没有这个关键时间点。</translation>
    </message>
    <message>
        <source>“%1” is already recorded at %2; edit it to change the time.</source>
        <translation>“%1”已于 %2 记录；如需更改时间，请编辑该记录。</translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation>%1 晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <source>The milestone could not be saved.</source>
        <translation>无法保存该关键时间点。</translation>
    </message>
    <message>
        <source>That is not a time.</source>
        <translation>这不是有效的时间。</translation>
    </message>
    <message>
        <source>“%1” is already recorded at %2.</source>
        <translation>“%1”已于 %2 记录。</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 由 %2 改为 %3</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”的时间</translation>
    </message>
    <message>
        <source>Nothing done in this console is left to take back.</source>
        <translation>本控制台中已没有可撤回的操作。</translation>
    </message>
    <message>
        <source>“%1” cannot be taken back: it was changed since.</source>
        <translation>无法撤回“%1”：此后它已被修改。</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Take back “%1”</source>
        <translation>撤回“%1”</translation>
    </message>
    <message>
        <source>The plan has no such audience.</source>
        <translation>预案中没有该通报对象。</translation>
    </message>
    <message>
        <source>“%1” is not a channel of the communications plan.</source>
        <translation>“%1”不是通信保障方案中的渠道。</translation>
    </message>
    <message>
        <source>The message is empty: write what was sent.</source>
        <translation>通报内容为空：请填写所发送的内容。</translation>
    </message>
    <message>
        <source>Update sent to %1 via %2</source>
        <translation>已向%1发送通报（%2）</translation>
    </message>
    <message>
        <source>Log update sent to %1</source>
        <translation>登记向%1发送的通报</translation>
    </message>
    <message>
        <source>The update could not be saved.</source>
        <translation>无法保存通报记录。</translation>
    </message>
</context>
<context>
    <name>fallback::SamplePlan</name>
    <message>
        <source>There is no sample plan in &quot;%1&quot;; choose one of: %2.</source>
        <translation>没有“%1”语言的示例预案，请从以下选项中选择：%2。</translation>
    </message>
    <message>
        <source>The sample plan &quot;%1&quot; is missing from this build.</source>
        <translation>当前程序中缺少示例预案“%1”。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; already holds %2 copies of the sample plan; remove some of them.</source>
        <translation>文件夹“%1”中已有 %2 份示例预案副本，请删除其中一些。</translation>
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
        <translation>运行记录</translation>
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
    <message>
        <source>Communications</source>
        <translation>通信保障</translation>
    </message>
    <message>
        <source>Role cards and duty</source>
        <translation>处置卡与值班</translation>
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
        <translation>升级运行记录</translation>
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
    <name>fallback::SectionSummary</name>
    <message numerus="yes">
        <source>%1 · %n high</source>
        <comment>risks, of which n high or critical</comment>
        <translation>
            <numerusform>%1 · %n 项高</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <comment>upgrades</comment>
        <translation>
            <numerusform>%n 项进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <comment>runs</comment>
        <translation>
            <numerusform>%n 次进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not approved</source>
        <comment>reviews</comment>
        <translation>
            <numerusform>%n 份未批准</numerusform>
        </translation>
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
    <name>fallback::StorageError</name>
    <message>
        <source>a record it refers to does not exist</source>
        <translation>其引用的记录不存在</translation>
    </message>
    <message>
        <source>a record with the same key already exists</source>
        <translation>已存在键值相同的记录</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>缺少必填的值</translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation>有值超出了允许的范围</translation>
    </message>
    <message>
        <source>the change breaks a rule of the plan</source>
        <translation>该更改违反了预案的规则</translation>
    </message>
    <message>
        <source>the plan file or its folder is read-only</source>
        <translation>预案文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>the plan file is damaged</source>
        <translation>预案文件已损坏</translation>
    </message>
    <message>
        <source>another program is using the plan file</source>
        <translation>另一个程序正在使用该预案文件</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>有值过大</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>有值的类型不正确</translation>
    </message>
    <message>
        <source>the database could not carry out the change</source>
        <translation>数据库无法完成该更改</translation>
    </message>
    <message>
        <source>your database role may read this plan but not change it</source>
        <translation>您的数据库角色可以读取此预案，但不能更改</translation>
    </message>
    <message>
        <source>the server accepts no changes at the moment (it is a standby)</source>
        <translation>服务器当前不接受更改（它是备用服务器）</translation>
    </message>
    <message>
        <source>the server has no space left on its disk</source>
        <translation>服务器磁盘空间已满</translation>
    </message>
    <message>
        <source>another change got in the way; try again</source>
        <translation>另一项更改与之冲突；请重试</translation>
    </message>
    <message>
        <source>the connection to the team database was lost</source>
        <translation>与团队数据库的连接已断开</translation>
    </message>
</context>
<context>
    <name>fallback::TeamDatabase</name>
    <message>
        <source>Fallback cannot reach a team database here: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Fallback 在本机上无法访问团队数据库：未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>无法连接到团队数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>The team database could not be set up</source>
        <translation>无法建立团队数据库</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer version of Fallback (format %2); this version writes format %3.</source>
        <translation>团队数据库 %1 由较新版本的 Fallback 建立（格式 %2）；当前版本写入的是格式 %3。</translation>
    </message>
    <message>
        <source>The plans could not be brought to format version %1</source>
        <translation>无法将预案升级到格式版本 %1</translation>
    </message>
    <message>
        <source>The team database %1 already has a plan named &quot;%2&quot;.</source>
        <translation>团队数据库 %1 中已有名为“%2”的预案。</translation>
    </message>
    <message>
        <source>The plan could not be added</source>
        <translation>无法添加预案</translation>
    </message>
    <message>
        <source>A team plan needs a name.</source>
        <translation>团队预案必须有名称。</translation>
    </message>
    <message>
        <source>The team database %1 is not set up for this version of Fallback; run &quot;fallback team init&quot; first.</source>
        <translation>团队数据库 %1 尚未为当前版本的 Fallback 建立；请先运行“fallback team init”。</translation>
    </message>
    <message>
        <source>The team database %1 holds no plans.</source>
        <translation>团队数据库 %1 中没有预案。</translation>
    </message>
    <message>
        <source>The team database %1 has no plan named &quot;%2&quot;; it has: %3.</source>
        <translation>团队数据库 %1 中没有名为“%2”的预案；现有预案为：%3。</translation>
    </message>
    <message>
        <source>The team database %1 is at format version %2 and this version of Fallback reads version %3; open it for editing once, or run &quot;fallback team init&quot;, to bring it up to date.</source>
        <translation>团队数据库 %1 的格式版本为 %2，而当前版本的 Fallback 读取的是版本 %3；请以可编辑方式打开一次，或运行“fallback team init”，以将其升级到当前版本。</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be opened</source>
        <translation>无法打开预案“%1”</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>fallback::TeamDirectory</name>
    <message>
        <source>%1 is not a team database yet: an administrator sets it up with &quot;fallback team init&quot;.</source>
        <translation>%1 还不是团队数据库：需由管理员用“fallback team init”建立。</translation>
    </message>
</context>
<context>
    <name>fallback::UpdateScheduleModel</name>
    <message numerus="yes">
        <source>Due at %1: every %n minute(s)</source>
        <translation>
            <numerusform>应于 %1 通报：每 %n 分钟一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>无需通报</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>还有 %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>下次通报</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>上次发送</translation>
    </message>
</context>
<context>
    <name>fallback::UpgradeModel</name>
    <message>
        <source>Upgrade</source>
        <translation>升级名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>From version</source>
        <translation>原版本</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查单模板</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>通知对象</translation>
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
        <source>New upgrade</source>
        <translation>新升级计划</translation>
    </message>
    <message>
        <source>Add upgrade</source>
        <translation>添加升级计划</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n upgrade(s)</source>
        <translation>
            <numerusform>删除 %n 项升级计划</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::VCardReader</name>
    <message>
        <source>Other phone: %1</source>
        <translation>其他电话：%1</translation>
    </message>
    <message>
        <source>Other phone: %1 (%2)</source>
        <translation>其他电话：%1（%2）</translation>
    </message>
    <message>
        <source>Other email: %1</source>
        <translation>其他邮箱：%1</translation>
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
        <translation>极高</translation>
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
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查单</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Warning level declared</source>
        <translation>发布预警级别</translation>
    </message>
    <message>
        <source>Upgrade stopped</source>
        <translation>升级已停止</translation>
    </message>
    <message>
        <source>Rollback started</source>
        <translation>开始回退</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>服务恢复</translation>
    </message>
    <message>
        <source>Emergency ended</source>
        <translation>应急结束</translation>
    </message>
    <message>
        <source>Problem occurred</source>
        <translation>问题发生</translation>
    </message>
    <message>
        <source>Problem detected</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Reported to the emergency group</source>
        <translation>上报应急小组</translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation>已发送通报</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Instant messaging</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone bridge</source>
        <translation>电话会议桥</translation>
    </message>
    <message>
        <source>Satellite phone</source>
        <translation>卫星电话</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>对讲机</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>电话口径</translation>
    </message>
    <message>
        <source>Response started</source>
        <translation>启动响应</translation>
    </message>
    <message>
        <source>Warning level changed</source>
        <translation>预警级别调整</translation>
    </message>
    <message>
        <source>Regular update</source>
        <translation>续报</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>fallback::WarningLevelModel</name>
    <message>
        <source>Rank</source>
        <translation>级别序号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>分级标准</translation>
    </message>
    <message>
        <source>Response activated by</source>
        <translation>响应启动人</translation>
    </message>
    <message>
        <source>Response within (minutes)</source>
        <translation>响应时限（分钟）</translation>
    </message>
    <message>
        <source>Who is notified</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Add warning level</source>
        <translation>添加预警级别</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n warning level(s)</source>
        <translation>
            <numerusform>删除 %n 个预警级别</numerusform>
        </translation>
    </message>
    <message>
        <source>New level</source>
        <translation>新级别</translation>
    </message>
    <message>
        <source>Updates every (minutes)</source>
        <translation>通报间隔（分钟）</translation>
    </message>
    <message>
        <source>While this level is declared, every audience of the communications plan is due a status update this often, unless the audience has its own interval. Empty: no regular updates.</source>
        <translation>发布此级别预警期间，通信保障方案中的每个通报对象均按此间隔接收信息通报，另有规定间隔的对象除外。留空：不定期通报。</translation>
    </message>
    <message>
        <source>Give the minutes between two status updates (at least 1), or leave it empty for none.</source>
        <translation>请填写两次信息通报之间的分钟数（至少 1），或留空表示不定期通报。</translation>
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
    <message>
        <source>No upgrade is planned yet: these are the plan&apos;s checklist templates, to be filled in by hand. Planned times are given from the start of the upgrade window (T).</source>
        <translation>尚未安排升级：以下为本预案的检查单模板，供手工填写。计划时间以升级时间窗口的开始时刻（T）为基准。</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级名称</translation>
    </message>
</context>
<context>
    <name>fallback::report::CommunicationsReport</name>
    <message>
        <source>Communications plan</source>
        <translation>通信保障方案</translation>
    </message>
    <message>
        <source>Who tells whom, how and how often. When a channel is down, use the next one in its row; log every update sent in the run console.</source>
        <translation>由谁、以何种方式、多久向谁通报。某一渠道中断时，改用同一行中的下一个渠道；每条已发送的通报均须在运行控制台登记。</translation>
    </message>
    <message>
        <source>Audiences and channels</source>
        <translation>通报对象与渠道</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Channels, in the order they are tried</source>
        <translation>通信渠道（按使用顺序）</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>通报频次</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>: no number given</source>
        <translation>：未填写号码</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>No backup channel.</source>
        <translation>无备用通信渠道。</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>As the warning level says</source>
        <translation>按预警级别</translation>
    </message>
    <message>
        <source>Updates by warning level</source>
        <translation>各预警级别的通报频次</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>信息通报</translation>
    </message>
    <message>
        <source>No regular updates</source>
        <translation>不定期通报</translation>
    </message>
    <message>
        <source>An audience with an interval of its own keeps it at every level.</source>
        <translation>另有规定间隔的通报对象，在各预警级别下均按其规定间隔通报。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
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
        <translation>预演运行记录</translation>
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
    <name>fallback::report::DutyRosterReport</name>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Upgrade window</source>
        <translation>升级时间窗口</translation>
    </message>
    <message>
        <source>Longest duty at a stretch</source>
        <translation>最长连续值班</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备岗人员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Gaps and clashes</source>
        <translation>空档与冲突</translation>
    </message>
    <message>
        <source>None: every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than allowed.</source>
        <translation>无：值班表中的各小组在整个时间窗口内均有人值班，无人同时排在两个班次，也无人超时值班。</translation>
    </message>
    <message>
        <source>What the roster lacks</source>
        <translation>值班表存在的问题</translation>
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
    <name>fallback::report::FormatLibs</name>
    <message>
        <source>The library that writes PDF outlines and office files is missing or damaged (%1); reinstall Fallback.</source>
        <translation>用于写入 PDF 书签和办公文档的程序库缺失或已损坏（%1），请重新安装 Fallback。</translation>
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
        <translation>各项风险的风险值按“可能性 × 影响程度”计算（两项均按 1–5 分评定）。风险等级划分：低于 %1 为低，%1 及以上为中，%2 及以上为高，%3 及以上为极高。</translation>
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
    <message>
        <source>Review, commendation and reward</source>
        <translation>事后总结、表彰和奖励</translation>
    </message>
    <message>
        <source>Communications during the response</source>
        <translation>通信与信息保障</translation>
    </message>
    <message>
        <source>Status updates go to each audience over its channels in the order given, at the interval set; the role cards of the key posts and the duty roster of each upgrade are printed on their own.</source>
        <translation>信息通报按规定间隔，依所列渠道顺序发送给各通报对象；关键岗位的应急处置卡和各次升级的值班表另行印发。</translation>
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
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>All times are %1.</source>
        <translation>以下时间均为%1。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
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
        <source>The plan has no upgrade and no checklist template yet.</source>
        <translation>预案中尚无升级计划，也没有检查单模板。</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be produced: %1</source>
        <translation>无法生成 OpenDocument 文件：%1</translation>
    </message>
    <message>
        <source>The Word document could not be produced: %1</source>
        <translation>无法生成 Word 文档：%1</translation>
    </message>
    <message>
        <source>The PDF&apos;s bookmarks could not be added: %1</source>
        <translation>无法为 PDF 添加书签：%1</translation>
    </message>
    <message>
        <source>The plan has no upgrade yet.</source>
        <translation>预案中还没有升级。</translation>
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
        <translation>本报告未关联升级运行记录。</translation>
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
    <message>
        <source>Time to detect</source>
        <translation>发现用时</translation>
    </message>
    <message>
        <source>Time to stop</source>
        <translation>停止用时</translation>
    </message>
    <message>
        <source>Time to restore service</source>
        <translation>服务恢复用时</translation>
    </message>
    <message>
        <source>Planned and actual time per phase</source>
        <translation>各阶段计划与实际用时</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>信息通报情况</translation>
    </message>
    <message>
        <source>No status update was logged as sent.</source>
        <translation>未登记任何已发送的信息通报。</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>通报对象</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Every audience was told within its interval.</source>
        <translation>所有通报对象均在规定间隔内收到通报。</translation>
    </message>
    <message>
        <source>Gaps: audiences that heard nothing for longer than their interval.</source>
        <translation>通报空档：超过规定间隔未收到通报的对象。</translation>
    </message>
    <message>
        <source>Last told</source>
        <translation>上次通报</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>实际通报</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未通报</translation>
    </message>
</context>
<context>
    <name>fallback::report::RoleCardsReport</name>
    <message>
        <source>Role cards</source>
        <translation>应急处置卡</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>暂无人员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Held by: %1</source>
        <translation>持卡人：%1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Before the upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>During the upgrade</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>After the upgrade</source>
        <translation>升级后</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>恢复阶段</translation>
    </message>
    <message>
        <source>Decisions you may take</source>
        <translation>本岗位可作的决策</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source> (backup %1)</source>
        <translation>（备岗：%1）</translation>
    </message>
    <message>
        <source>Whom to call</source>
        <translation>联系人</translation>
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
    <name>fallback::ui::BringBackDialog</name>
    <message>
        <source>Bring Back to Team Plan</source>
        <translation>合并回团队预案</translation>
    </message>
    <message>
        <source>Nothing was changed in %1 since it was taken; bringing it back only notes that it came back to %2.</source>
        <translation>%1 自获取以来没有任何修改；合并回 %2 只会记下它已合并回。</translation>
    </message>
    <message>
        <source>Bringing %1 back into %2 will make these changes there: %3.</source>
        <translation>将 %1 合并回 %2 将在其中做出以下修改：%3。</translation>
    </message>
    <message>
        <source>Changes made on both sides</source>
        <translation>两边都有的修改</translation>
    </message>
    <message>
        <source>Take offline</source>
        <translation>采用离线值</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线副本</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>服务器上</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were made both offline and on the server. Tick those where the offline copy is right; the others keep what the server holds.</source>
        <translation>
            <numerusform>有 %n 处修改在离线副本和服务器上都做过。请勾选以离线副本为准的项；其余项保留服务器上的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing back happens at once on the server, for everyone who has the plan open; Undo cannot take it back. The offline copy is kept, marked as brought back.</source>
        <translation>合并会立即在服务器上生效，所有打开此预案的人都会看到；无法用“撤销”撤回。离线副本会保留，并标记为已合并回。</translation>
    </message>
    <message>
        <source>&amp;Bring Back</source>
        <translation>合并回(&amp;B)</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ChecklistItemDelegate</name>
    <message>
        <source>−1:30, 2 h, −3 d</source>
        <translation>例：−1:30、2 小时、−3 天</translation>
    </message>
    <message>
        <source>45 min, 1:30</source>
        <translation>例：45 分钟、1:30</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time from the window start. Enter minutes (−30), hours and minutes (−1:30) or units (+2 h, −3 d); the old value is kept.</source>
        <translation>“%1”不是相对于窗口开始的时间。请输入分钟数（−30）、小时和分钟（−1:30）或带单位的时间（+2 小时、−3 天）；已保留原值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration. Enter minutes (45), hours and minutes (1:30) or units (2 h 30 min), at most a year; the old value is kept.</source>
        <translation>“%1”不是有效的时长。请输入分钟数（45）、小时和分钟（1:30）或带单位的时长（2 小时 30 分钟），最长一年；已保留原值。</translation>
    </message>
    <message>
        <source>This value cannot be stored here; the old value is kept.</source>
        <translation>此处无法保存该值；已保留原值。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ChecklistsPage</name>
    <message numerus="yes">
        <source>Template duplicated with its %n item(s).</source>
        <translation>
            <numerusform>已复制模板及其 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项</translation>
    </message>
    <message numerus="yes">
        <source>Items of “%1” (%n)</source>
        <translation>
            <numerusform>“%1”的检查项（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>检查单模板</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected template with all its items</source>
        <translation>复制所选模板及其全部检查项</translation>
    </message>
    <message>
        <source>Items are listed by phase. Drag them, or use Alt+Up and Alt+Down, to change their order; an item moved past the end of its phase joins the next one. Offsets count from the start of the upgrade window: −1 h is an hour before it.</source>
        <translation>检查项按阶段排列。拖动检查项，或按 Alt+Up / Alt+Down，可调整顺序；移过本阶段末尾的检查项归入下一阶段。时间偏移从升级时间窗口开始时起算：−1 小时即开始前一小时。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::CommunicationsPage</name>
    <message>
        <source>Communications plan</source>
        <translation>通信保障方案</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>通报模板</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>通信保障</translation>
    </message>
    <message>
        <source>Who is told, by whom and how often</source>
        <translation>通报对象、发送方及通报频次</translation>
    </message>
    <message>
        <source>Channels, in the order they are tried</source>
        <translation>通信渠道（按使用顺序）</translation>
    </message>
    <message>
        <source>Channels to “%1”, in the order they are tried</source>
        <translation>“%1”的通信渠道（按使用顺序）</translation>
    </message>
    <message>
        <source>Placeholders, filled from the run when an update is composed in the run console: %1</source>
        <translation>占位符（在运行控制台编写通报时根据运行记录填写）：%1</translation>
    </message>
    <message>
        <source>Add &amp;Built-in Templates</source>
        <translation>添加内置模板(&amp;B)</translation>
    </message>
    <message>
        <source>Adds the built-in message templates the plan lacks, and the built-in audiences and channels when it has none; one step to undo.</source>
        <translation>添加预案所缺的内置通报模板；预案中没有通报对象时，同时添加内置通报对象及渠道；可一步撤销。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ComposeUpdateDialog</name>
    <message>
        <source>Compose Update</source>
        <translation>编写通报</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>发送给(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>经由(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>通报时机(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>通报内容(&amp;M)：</translation>
    </message>
    <message>
        <source>Fallback sends nothing itself. Copy the message, send it over the channel that works, then log it: the log records it as sent by %1.</source>
        <translation>Fallback 本身不发送任何内容。请复制通报内容，通过可用的渠道发送，然后登记：日志将记录为由%1发送。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy and &amp;Log as Sent</source>
        <translation>复制并记为已发送(&amp;L)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>The plan has no template for “%1”: the regular update&apos;s is used.</source>
        <translation>预案中没有“%1”的模板：已使用续报模板。</translation>
    </message>
    <message>
        <source>&amp;Refill from Template</source>
        <translation>按模板重新填写(&amp;R)</translation>
    </message>
    <message>
        <source>Your edits are kept. Refill from Template replaces them with the template&apos;s text for what you chose.</source>
        <translation>已保留您的修改。“按模板重新填写”将按所选内容用模板文字替换。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ContactImportDialog</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Choose for each column of the file the field it fills. Rows shown in grey are left out; the list below says why.</source>
        <translation>请为文件的每一列选择要填入的字段。灰色显示的行不会导入，原因见下方列表。</translation>
    </message>
    <message>
        <source>Rows left out or with values not understood:</source>
        <translation>未导入的行及含有无法识别的值的行：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: vCard, %2</source>
        <translation>%1：vCard，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张名片</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: CSV, %2, separated by %3, header on line %4, %5</source>
        <translation>%1：CSV，%2，以%3分隔，标题行为第 %4 行，%5</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Choose the column that holds the names: without names nothing can be imported.</source>
        <translation>请选择包含姓名的列：没有姓名则无法导入任何联系人。</translation>
    </message>
    <message>
        <source>Import adds %1, %2 and %3. Left out: %4 and %5.</source>
        <translation>将导入 %1、%2及%3。不导入：%4、%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n 个新联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group(s)</source>
        <translation>
            <numerusform>%n 个新小组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group membership(s)</source>
        <translation>
            <numerusform>%n 项小组成员关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a name</source>
        <translation>
            <numerusform>%n 行无姓名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n 行重复</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Contacts not imported</source>
        <translation>联系人未导入</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>联系人文件 (*.csv *.txt *.tsv *.vcf *.vcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;vCard for phones and mail programs (*.vcf)</source>
        <translation>CSV（用于电子表格） (*.csv);;vCard（用于手机和邮件程序） (*.vcf)</translation>
    </message>
    <message>
        <source>Contacts not exported</source>
        <translation>联系人未导出</translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation>导出文件会覆盖预案文件本身。</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation>文件各行的预览</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ContactsPage</name>
    <message>
        <source>Select a contact to see the groups they sit in.</source>
        <translation>选择联系人可查看其所属小组。</translation>
    </message>
    <message>
        <source>Groups of %1:</source>
        <translation>%1 所属的小组：</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n contact(s) verified</source>
        <translation>
            <numerusform>将 %n 个联系人标记为已核实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not verified in the last %1 days (highlighted)</source>
        <translation>
            <numerusform>%n 个近 %1 天内未核实（已突出显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark &amp;Verified Today</source>
        <translation>标记为今日已核实(&amp;V)</translation>
    </message>
    <message>
        <source>Record that the selected contacts&apos; details were checked today</source>
        <translation>记录所选联系人的联系方式已于今天核实</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file</source>
        <translation>从 CSV 或 vCard 文件导入联系人</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the roster as CSV or vCard</source>
        <translation>将通讯录导出为 CSV 或 vCard 文件</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>通讯录</translation>
    </message>
    <message>
        <source>Groups of the selected contact</source>
        <translation>所选联系人所在的小组</translation>
    </message>
</context>
<context>
    <name>fallback::ui::DialogHooks</name>
    <message>
        <source>A reason is needed: nothing is recorded without one.</source>
        <translation>必须填写原因：没有原因不会记录任何内容。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::DrillsPage</name>
    <message numerus="yes">
        <source>Follow-up actions (%n)</source>
        <translation>
            <numerusform>后续改进措施（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsal runs (%n)</source>
        <translation>
            <numerusform>演练运行（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>No drill selected. Add one to record when it is held, the scenario it rehearses, who takes part, how it went, what it found and what is to be done about it.</source>
        <translation>未选择演练。添加一次演练，记录演练时间、演练场景、参与人员、演练结果、发现的问题以及后续改进措施。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>演练场景(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>场景说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Parti&amp;cipants:</source>
        <translation>参与人员(&amp;C)：</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>演练结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Fi&amp;ndings:</source>
        <translation>发现的问题(&amp;N)：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例：2026-01-31</translation>
    </message>
    <message>
        <source>The day the drill is held, as YYYY-MM-DD</source>
        <translation>演练日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>What the drill rehearses: what fails, when, and what the team is to do about it</source>
        <translation>演练内容：出现什么故障、何时出现，以及团队应如何处置</translation>
    </message>
    <message>
        <source>A custom scenario needs a description: it says what the drill rehearses and names the drill in the list.</source>
        <translation>自定义场景需要填写场景说明：说明演练的内容，也作为该演练在列表中显示的名称。</translation>
    </message>
    <message>
        <source>Rehearsal runs held for this drill; they are started and recorded in the run console.</source>
        <translation>本演练的演练运行记录；演练运行在运行控制台中开始和记录。</translation>
    </message>
    <message>
        <source>No rehearsal run has been held for this drill.</source>
        <translation>本演练尚无演练运行记录。</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
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
    <message>
        <source>The checklist templates, blank, to fill in by hand</source>
        <translation>检查单模板（空白，供手工填写）</translation>
    </message>
    <message>
        <source>OpenDocument text (LibreOffice, WPS)</source>
        <translation>OpenDocument 文本（LibreOffice、WPS）</translation>
    </message>
    <message>
        <source>Word document (Word, WPS)</source>
        <translation>Word 文档（Word、WPS）</translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation>通信保障方案</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>应急处置卡</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
</context>
<context>
    <name>fallback::ui::HelpWindow</name>
    <message>
        <source>%1 - Help - Fallback</source>
        <translation>%1 - 帮助 - Fallback</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Help topic</source>
        <translation>帮助主题</translation>
    </message>
</context>
<context>
    <name>fallback::ui::Locator</name>
    <message>
        <source>Type a name, a phone number or any words: contacts, groups, risks, checklist items, upgrades, runs, reviews and drills are searched. Enter opens the record.</source>
        <translation>输入姓名、电话号码或任意词语，即可查找联系人、小组、风险、检查项、升级、运行、事后总结和演练。按 Enter 打开该记录。</translation>
    </message>
    <message>
        <source>Nothing in the plan holds “%1”.</source>
        <translation>预案中没有包含“%1”的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n records match; the first %1 are shown. Type more words to narrow them.</source>
        <translation>
            <numerusform>共有 %n 条记录匹配，显示前 %1 条。输入更多词语可缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records match.</source>
        <translation>
            <numerusform>共有 %n 条记录匹配。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in the plan</source>
        <translation>在预案中查找</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>查找结果</translation>
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
    <message>
        <source>&amp;Import Contacts...</source>
        <translation>导入联系人(&amp;I)...</translation>
    </message>
    <message>
        <source>Expor&amp;t Contacts...</source>
        <translation>导出联系人(&amp;T)...</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar...</source>
        <translation>导出日历(&amp;L)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>打开示例预案(&amp;S)</translation>
    </message>
    <message>
        <source>Open a fully worked example plan: an upgrade that was rolled back, its review, a drill and two revisions</source>
        <translation>打开一份完整的示例预案：包含一次已回退的升级及其事后总结、一次演练和两个修订版本</translation>
    </message>
    <message>
        <source>Cannot open the sample plan</source>
        <translation>无法打开示例预案</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>日历未导出</translation>
    </message>
    <message>
        <source>The export would overwrite the plan itself.</source>
        <translation>导出文件会覆盖预案文件本身。</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: action (shortcut)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Find in Plan...</source>
        <translation>在预案中查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Find contacts, groups, risks, checklist items, upgrades, runs, reviews and drills by any text they show</source>
        <translation>按显示的任意文字查找联系人、小组、风险、检查项、升级、运行、事后总结和演练</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <source>Open the user guide at the topic of this page</source>
        <translation>打开用户指南中本页对应的主题</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed in another window; shown here as they are now.</source>
        <translation>
            <numerusform>另一窗口更改了 %n 条记录；此处已显示其最新内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>%1 at %2, since %3</source>
        <translation>%1（%2），自 %3 起</translation>
    </message>
    <message>
        <source>Also open by: %1</source>
        <translation>同时打开此预案的还有：%1</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>已在另一窗口中更改</translation>
    </message>
    <message>
        <source>%1 changed this field to &quot;%2&quot; while you were changing it to &quot;%3&quot;. Their value is kept and shown.

Put yours in its place?</source>
        <translation>在您将此字段改为“%3”的同时，%1 已将其改为“%2”。目前保留并显示对方的值。

是否改用您的值？</translation>
    </message>
    <message>
        <source>Take O&amp;ffline Copy...</source>
        <translation>获取离线副本(&amp;F)...</translation>
    </message>
    <message>
        <source>Write the team plan to a plan file to work in while the network or the server is down</source>
        <translation>将团队预案写入预案文件，以便在网络或服务器中断时继续工作</translation>
    </message>
    <message>
        <source>&amp;Bring Back to Team Plan...</source>
        <translation>合并回团队预案(&amp;B)...</translation>
    </message>
    <message>
        <source>Merge what was done in this offline copy into the team plan it came from</source>
        <translation>将在此离线副本中所做的工作合并回其来源团队预案</translation>
    </message>
    <message>
        <source>%1 (offline copy, brought back)</source>
        <translation>%1（离线副本，已合并回）</translation>
    </message>
    <message>
        <source>%1 (offline copy of %2)</source>
        <translation>%1（%2 的离线副本）</translation>
    </message>
    <message>
        <source>%1-offline-%2</source>
        <translation>%1-离线副本-%2</translation>
    </message>
    <message>
        <source>Take Offline Copy</source>
        <translation>获取离线副本</translation>
    </message>
    <message>
        <source>Offline copy not taken</source>
        <translation>未能获取离线副本</translation>
    </message>
    <message>
        <source>Offline copy saved to %1</source>
        <translation>离线副本已保存到 %1</translation>
    </message>
    <message>
        <source>Offline Copy Taken</source>
        <translation>已获取离线副本</translation>
    </message>
    <message>
        <source>The offline copy of %1 is saved as %2. Open it in a new window, to work in it while the network is down? File &gt; Bring Back to Team Plan merges it back later.</source>
        <translation>%1 的离线副本已保存为 %2。是否在新窗口中打开，以便在网络中断时继续工作？之后可通过“文件 &gt; 合并回团队预案”将其合并回去。</translation>
    </message>
    <message>
        <source>Brought Back</source>
        <translation>已合并回</translation>
    </message>
    <message>
        <source>The offline copy is merged into %1 (%2). Open the team plan in this window?</source>
        <translation>离线副本已合并到 %1（%2）。是否在此窗口中打开团队预案？</translation>
    </message>
    <message>
        <source>Cannot bring back</source>
        <translation>无法合并回</translation>
    </message>
    <message>
        <source>Brought back into %1: %2</source>
        <translation>已合并回 %1：%2</translation>
    </message>
    <message>
        <source>The connection to %1 is lost; connecting again...</source>
        <translation>与 %1 的连接已断开，正在重新连接……</translation>
    </message>
    <message>
        <source>The connection to %1 is lost (%2); connecting again...</source>
        <translation>与 %1 的连接已断开（%2），正在重新连接……</translation>
    </message>
    <message>
        <source>Connected to %1 again; the plan is shown as it is now.</source>
        <translation>已重新连接到 %1；预案显示为当前最新内容。</translation>
    </message>
    <message>
        <source>Open Tea&amp;m Plan...</source>
        <translation>打开团队预案(&amp;M)...</translation>
    </message>
    <message>
        <source>Open a plan that the team keeps on a PostgreSQL server</source>
        <translation>打开团队保存在 PostgreSQL 服务器上的预案</translation>
    </message>
    <message>
        <source>The plan changed on the server; shown here as it is now.</source>
        <translation>服务器上的预案已更改；此处显示为当前最新内容。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::MeasuresPage</name>
    <message>
        <source>Measures: technical, business, personnel and recovery</source>
        <translation>应急措施：技术、业务、人员及恢复</translation>
    </message>
    <message>
        <source>Emergency resources</source>
        <translation>应急资源</translation>
    </message>
</context>
<context>
    <name>fallback::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>fallback::ui::OpenTeamPlanDialog</name>
    <message>
        <source>Open Team Plan</source>
        <translation>打开团队预案</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq&apos;s &quot;keyword=value&quot; words: several hosts for failover (target_session_attrs=read-write), sslmode=verify-full for TLS, service=NAME for a service file.</source>
        <translation>PostgreSQL 连接 URI，或 libpq 的“keyword=value”形式：可写多台主机以便故障切换（target_session_attrs=read-write），用 sslmode=verify-full 启用 TLS，用 service=NAME 引用服务文件。</translation>
    </message>
    <message>
        <source>&amp;Team database:</source>
        <translation>团队数据库(&amp;T)：</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>留空时使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this session only; Fallback never writes it down. To connect without typing it, keep it in ~/.pgpass or a libpq service file.</source>
        <translation>仅用于本次会话，Fallback 不会把它写下来。如不想每次输入，请把它保存在 ~/.pgpass 或 libpq 服务文件中。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;lans:</source>
        <translation>预案(&amp;L)：</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>预案</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Connected to %1; the connection is encrypted (TLS).</source>
        <translation>已连接到 %1；连接已加密（TLS）。</translation>
    </message>
    <message>
        <source>Connected to %1 on this computer; nothing travels over the network.</source>
        <translation>已连接到本机上的 %1；数据不经过网络传输。</translation>
    </message>
    <message>
        <source>Connected to %1, but the connection is NOT encrypted: the plan and your password travel over the network as plain text. Ask the administrator for TLS and add sslmode=verify-full.</source>
        <translation>已连接到 %1，但连接【未加密】：预案和您的密码以明文在网络上传输。请向管理员申请 TLS，并加上 sslmode=verify-full。</translation>
    </message>
    <message>
        <source>Uploaded %1 by %2</source>
        <translation>%1 由 %2 上传</translation>
    </message>
    <message>
        <source>It holds no plans yet: &quot;fallback team upload&quot; makes a plan file a team plan.</source>
        <translation>其中还没有预案：可用“fallback team upload”把预案文件变为团队预案。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::OrganisationPage</name>
    <message>
        <source>No group selected</source>
        <translation>未选择小组</translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot;?</source>
        <translation>删除小组“%1”？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n sub-group(s) will be removed too.</source>
        <translation>
            <numerusform>其下的 %n 个子小组也将被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) will end; the contacts stay in the roster.</source>
        <translation>
            <numerusform>%n 项小组成员关系将被解除，相关联系人仍保留在通讯录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>可通过“编辑 &gt; 撤销”撤销此操作。</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>删除小组</translation>
    </message>
    <message>
        <source>Type or pick the name of a contact from the roster.</source>
        <translation>请输入或从通讯录中选择联系人姓名。</translation>
    </message>
    <message>
        <source>No contact named &quot;%1&quot; can be added to this group.</source>
        <translation>没有可加入本小组的名为“%1”的联系人。</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>添加小组(&amp;G)</translation>
    </message>
    <message>
        <source>Add a group beside the selected one (Insert)</source>
        <translation>在所选小组旁添加同级小组（Insert）</translation>
    </message>
    <message>
        <source>Add &amp;Sub-group</source>
        <translation>添加子小组(&amp;S)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected group (Delete)</source>
        <translation>删除所选小组（Delete）</translation>
    </message>
    <message>
        <source>&amp;Duties of this group:</source>
        <translation>本组职责(&amp;D)：</translation>
    </message>
    <message>
        <source>Members in escalation order (drag, or Alt+Up / Alt+Down, to reorder):</source>
        <translation>成员（按联络顺序排列；拖动或按 Alt+Up / Alt+Down 调整顺序）：</translation>
    </message>
    <message>
        <source>Type a contact&apos;s name</source>
        <translation>输入联系人姓名</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>加入小组</translation>
    </message>
    <message>
        <source>Members in escalation order</source>
        <translation>按联络顺序排列的成员</translation>
    </message>
    <message>
        <source>Contact to add to the group</source>
        <translation>要加入小组的联系人</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>小组</translation>
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
    <message>
        <source>&quot;%1&quot; is not a time zone (for example Asia/Shanghai); the time zone stays %2.</source>
        <translation>“%1”不是时区（例如 Asia/Shanghai），时区仍为%2。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanHeaderPage</name>
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
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Warnings issued and lifted:</source>
        <translation>预警发布与解除(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;After an emergency:</source>
        <translation>事后总结与奖惩(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title: *</source>
        <comment>the asterisk marks a field that must be filled in</comment>
        <translation>标题(&amp;T)： *</translation>
    </message>
    <message>
        <source>Required: it heads every page of the printed plan</source>
        <translation>必填：打印的预案每一页都以它为页眉</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PlanView</name>
    <message>
        <source>Systems whose upgrades this plan covers</source>
        <translation>本预案适用的升级系统</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>预案章节</translation>
    </message>
</context>
<context>
    <name>fallback::ui::PublishRevisionDialog</name>
    <message>
        <source>Publish Revision</source>
        <translation>发布修订</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>发布日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>修订人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>修订内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>审批人(&amp;B)：</translation>
    </message>
    <message>
        <source>What this revision changes in the plan, and why</source>
        <translation>本次修订对预案做了哪些修改，以及修改原因</translation>
    </message>
    <message>
        <source>No action from a review or drill is waiting for a revision.</source>
        <translation>事后总结和演练中没有等待纳入修订的改进措施。</translation>
    </message>
    <message>
        <source>Actions from reviews and drills that are still open: tick those this revision ad&amp;dresses.</source>
        <translation>事后总结和演练中尚未完成的措施：请勾选本次修订所解决的措施(&amp;D)。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
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
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Open actions from reviews and drills</source>
        <translation>事后总结和演练中尚未完成的改进措施</translation>
    </message>
</context>
<context>
    <name>fallback::ui::ReadinessPanel</name>
    <message>
        <source>%1
Double-click or press Enter to go to %2.</source>
        <translation>%1
双击或按 Enter 键转到“%2”。</translation>
    </message>
    <message>
        <source>Before the next upgrade</source>
        <translation>下次升级前</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>没有需要处理的问题。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix</source>
        <translation>
            <numerusform>%n 项待处理</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordDateBinding</name>
    <message>
        <source>“%1” is not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the date stays %2.</source>
        <translation>“%1”不是有效日期。请按 YYYY-MM-DD 格式输入，例如 2026-03-31；日期仍为 %2。</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RecordDelegate</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>例：2026-01-31</translation>
    </message>
    <message>
        <source>#RRGGBB</source>
        <translation>#RRGGBB</translation>
    </message>
    <message>
        <source>Not a date. Enter it as YYYY-MM-DD, for example 2026-03-31; the old value is kept.</source>
        <translation>不是有效日期。请按 YYYY-MM-DD 格式输入，例如 2026-03-31；已保留原值。</translation>
    </message>
    <message>
        <source>Not a whole number from %1 to %2; the old value is kept.</source>
        <translation>不是 %1 至 %2 之间的整数；已保留原值。</translation>
    </message>
    <message>
        <source>Not a whole number; the old value is kept.</source>
        <translation>不是整数；已保留原值。</translation>
    </message>
    <message>
        <source>Not a whole number of zero or more; the old value is kept.</source>
        <translation>不是大于或等于 0 的整数；已保留原值。</translation>
    </message>
    <message>
        <source>Not a number of zero or more; the old value is kept.</source>
        <translation>不是大于或等于 0 的数值；已保留原值。</translation>
    </message>
    <message>
        <source>Not a colour. Enter it as #RRGGBB, for example #d32f2f; the old value is kept.</source>
        <translation>不是有效颜色。请按 #RRGGBB 格式输入，例如 #d32f2f；已保留原值。</translation>
    </message>
    <message>
        <source>This value cannot be stored here; the old value is kept.</source>
        <translation>此处无法保存该值；已保留原值。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>Not a date and time. Enter it as YYYY-MM-DD HH:MM on the plan&apos;s clock, for example 2026-03-31 22:00; the old value is kept.</source>
        <translation>不是有效的日期时间。请按预案时区以 YYYY-MM-DD HH:MM 格式输入，例如 2026-03-31 22:00；已保留原值。</translation>
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
    <message>
        <source>Move the selected rows up (Alt+Up)</source>
        <translation>上移所选行（Alt+Up）</translation>
    </message>
    <message>
        <source>Move the selected rows down (Alt+Down)</source>
        <translation>下移所选行（Alt+Down）</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
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
    <name>fallback::ui::ReviewsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Approved on %1 by %2. Reopen the review to change it.</source>
        <translation>已于 %1 由 %2 批准。如需修改，请重新打开事后总结。</translation>
    </message>
    <message numerus="yes">
        <source>Improvement actions (%n)</source>
        <translation>
            <numerusform>改进措施（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>This review is not linked to a recorded run.</source>
        <translation>此事后总结未关联运行记录。</translation>
    </message>
    <message>
        <source>Time to detect: %1 · to stop: %2 · to restore service: %3</source>
        <translation>发现用时：%1 · 停止用时：%2 · 恢复服务用时：%3</translation>
    </message>
    <message>
        <source>There is no run to review yet: run an upgrade first.</source>
        <translation>尚无可事后总结的运行记录：请先运行一次升级。</translation>
    </message>
    <message>
        <source>Review created from the run; check what was filled in.</source>
        <translation>已根据运行记录创建事后总结，请核对自动填写的内容。</translation>
    </message>
    <message>
        <source>The review is in review.</source>
        <translation>事后总结已提交审核。</translation>
    </message>
    <message>
        <source>The review is approved and now read-only.</source>
        <translation>该事后总结已批准，现为只读。</translation>
    </message>
    <message>
        <source>The review is open for changes again.</source>
        <translation>事后总结已重新打开，可以修改。</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>运行(&amp;R)：</translation>
    </message>
    <message>
        <source>Create &amp;Review from Run</source>
        <translation>从运行记录创建事后总结(&amp;R)</translation>
    </message>
    <message>
        <source>A new draft review of the chosen run, with its timeline, times and failed steps filled in</source>
        <translation>为所选运行新建事后总结草稿，自动填入时间线、关键时间点和失败步骤</translation>
    </message>
    <message>
        <source>No review yet. After an upgrade or a drill, choose its run above and create a review from it.</source>
        <translation>尚无事后总结。升级或演练结束后，请在上方选择对应的运行，并据此创建事后总结。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>事后总结</translation>
    </message>
    <message>
        <source>Run facts</source>
        <translation>运行概况</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概述：</translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation>受影响用户：</translation>
    </message>
    <message>
        <source>Systems affected:</source>
        <translation>受影响系统：</translation>
    </message>
    <message>
        <source>Duration of impact (min):</source>
        <translation>影响时长（分钟）：</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation>促成因素：</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>做得好的方面：</translation>
    </message>
    <message>
        <source>What went badly:</source>
        <translation>存在的不足：</translation>
    </message>
    <message>
        <source>Lessons:</source>
        <translation>经验教训：</translation>
    </message>
    <message>
        <source>Commendations:</source>
        <translation>表彰与奖励：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>评审人：</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>评审日期：</translation>
    </message>
    <message>
        <source>Approver:</source>
        <translation>审批人：</translation>
    </message>
    <message>
        <source>Approved on:</source>
        <translation>批准日期：</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查项数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>事后总结</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RevisionComparisonDialog</name>
    <message>
        <source>Revision %1</source>
        <translation>修订 %1</translation>
    </message>
    <message>
        <source>Revision %1 of %2</source>
        <translation>修订版本 %1（%2）</translation>
    </message>
    <message>
        <source>%1 (no copy of the plan kept)</source>
        <translation>%1（未保存预案副本）</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>当前预案</translation>
    </message>
    <message>
        <source>Choose the two versions of the plan to compare.</source>
        <translation>请选择要比较的两个预案版本。</translation>
    </message>
    <message>
        <source>Choose two different versions of the plan.</source>
        <translation>请选择预案的两个不同版本。</translation>
    </message>
    <message>
        <source>The two versions of the plan are the same.</source>
        <translation>预案的这两个版本相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>更改 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>移动 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Added: %1 “%2”</source>
        <translation>新增：%1“%2”</translation>
    </message>
    <message>
        <source>Removed: %1 “%2”</source>
        <translation>已删除：%1“%2”</translation>
    </message>
    <message>
        <source>Changed: %1 “%2”</source>
        <translation>已更改：%1“%2”</translation>
    </message>
    <message>
        <source>Moved: %1 “%2”</source>
        <translation>移动：%1“%2”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Compare Revisions</source>
        <translation>比较修订</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Double-click a record to show it in the plan</source>
        <translation>双击记录可在预案中显示</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>两个版本之间的差异</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RevisionsPage</name>
    <message numerus="yes">
        <source>Remove revision %1 from the revision record? The copy of the plan kept with it goes too, and the actions it addressed count as open again.</source>
        <translation>
            <numerusform>从修订记录中删除修订版本 %1？随之保存的预案副本也将一并删除，其已落实的措施将重新计为待处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Remove Revision</source>
        <translation>删除修订</translation>
    </message>
    <message>
        <source>What changed between two revisions, or since a revision</source>
        <translation>查看两个修订版本之间或某一修订版本以来的变化</translation>
    </message>
    <message>
        <source>Revisions published here keep a copy of the plan to compare; none has been published yet.</source>
        <translation>在此发布的修订会保存一份预案副本以供比较；目前尚未发布任何修订。</translation>
    </message>
    <message>
        <source>No action from a review or drill is waiting for a revision.</source>
        <translation>没有等待纳入修订的事后总结或演练措施。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) from reviews and drills still open and not addressed by a revision; Publish Revision lists them.</source>
        <translation>
            <numerusform>事后总结和演练中有 %n 项措施仍待处理，尚未纳入修订；“发布修订”会列出这些措施。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision record</source>
        <translation>修订记录</translation>
    </message>
    <message>
        <source>Revise the plan periodically and whenever new risks appear. Each published revision keeps a copy of the plan as it was, so that any two can be compared.</source>
        <translation>请定期修订预案，出现新风险时也应及时修订。每次发布修订都会保存一份当时的预案副本，以便任意两个版本之间进行比较。</translation>
    </message>
    <message>
        <source>&amp;Publish Revision…</source>
        <translation>发布修订(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected revisions from the record</source>
        <translation>从修订记录中删除所选修订版本</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RiskHeatMap</name>
    <message>
        <source>Impact →</source>
        <translation>影响程度 →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2 = %3 (%4): %n risk(s)</source>
        <translation>
            <numerusform>可能性 %1 × 影响程度 %2 = %3（%4）：%n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>风险热力图</translation>
    </message>
    <message>
        <source>The register shows only likelihood %1 × impact %2.</source>
        <translation>风险清单仅显示可能性 %1 × 影响程度 %2 的风险。</translation>
    </message>
    <message>
        <source>Click to show all risks again.</source>
        <translation>单击可重新显示全部风险。</translation>
    </message>
    <message>
        <source>Click to show only these risks.</source>
        <translation>单击可仅显示这些风险。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RiskPage</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The bands stay as they were.</source>
        <translation>风险等级划分保持不变。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was refused. %3</source>
        <translation>%1：“%2”未被接受。%3</translation>
    </message>
    <message>
        <source>Click a cell to list only its risks.</source>
        <translation>单击单元格可仅列出其中的风险。</translation>
    </message>
    <message numerus="yes">
        <source>Listing the %n risk(s) with likelihood %1 and impact %2.</source>
        <translation>
            <numerusform>正在列出可能性为 %1、影响程度为 %2 的 %n 项风险。</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险清单</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>显示全部(&amp;L)</translation>
    </message>
    <message>
        <source>List every risk again</source>
        <translation>重新列出全部风险</translation>
    </message>
    <message>
        <source>Bands by score (likelihood × impact)</source>
        <translation>按风险值分级（可能性 × 影响程度）</translation>
    </message>
    <message>
        <source>&amp;Medium from</source>
        <translation>中风险起始分值(&amp;M)</translation>
    </message>
    <message>
        <source>Hi&amp;gh from</source>
        <translation>高风险起始分值(&amp;G)</translation>
    </message>
    <message>
        <source>Cr&amp;itical from</source>
        <translation>极高风险起始分值(&amp;I)</translation>
    </message>
    <message>
        <source>Risk categories</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Show or hide the list of risk categories</source>
        <translation>显示或隐藏风险类别列表</translation>
    </message>
    <message>
        <source>Add the usual categories</source>
        <translation>添加常用类别</translation>
    </message>
    <message>
        <source>Adds the categories the plan lacks: compatibility, data security, system stability, human operation, technical, business and personnel risk</source>
        <translation>添加预案中尚缺少的类别：兼容性风险、数据安全风险、系统稳定性风险、人员操作风险、技术风险、业务风险和人员风险</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RoleCardsPage</name>
    <message>
        <source>Upgrade %1</source>
        <translation>升级 %1</translation>
    </message>
    <message>
        <source>The plan has no upgrade yet: a duty roster covers an upgrade&apos;s window.</source>
        <translation>预案中还没有升级：值班表覆盖升级的时间窗口。</translation>
    </message>
    <message>
        <source>No shifts yet. Add one per group and period; the first starts with the upgrade&apos;s window, the next one after the selected shift.</source>
        <translation>还没有班次。请按小组和时段逐一添加；第一个班次从升级时间窗口开始，之后的班次接在所选班次之后。</translation>
    </message>
    <message numerus="yes">
        <source>Every group on the roster is covered for the whole window, nobody is on two shifts at once and nobody is on duty longer than %n hour(s) at a stretch.</source>
        <translation>
            <numerusform>值班表中的各小组在整个时间窗口内均有人值班，无人同时排在两个班次，也无人连续值班超过 %n 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>应急处置卡</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Role cards and duty</source>
        <translation>处置卡与值班</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>处置卡</translation>
    </message>
    <message>
        <source>Key posts</source>
        <translation>关键岗位</translation>
    </message>
    <message>
        <source>&amp;Duties:</source>
        <translation>职责(&amp;D)：</translation>
    </message>
    <message>
        <source>First steps &amp;before the upgrade:</source>
        <translation>升级前首要步骤(&amp;B)：</translation>
    </message>
    <message>
        <source>First steps d&amp;uring the upgrade:</source>
        <translation>升级中首要步骤(&amp;U)：</translation>
    </message>
    <message>
        <source>First steps &amp;after the upgrade:</source>
        <translation>升级后首要步骤(&amp;A)：</translation>
    </message>
    <message>
        <source>First steps in &amp;recovery:</source>
        <translation>恢复阶段首要步骤(&amp;R)：</translation>
    </message>
    <message>
        <source>Decisions this post may &amp;take:</source>
        <translation>本岗位可作的决策(&amp;T)：</translation>
    </message>
    <message>
        <source>Whom to call, in order</source>
        <translation>依次联系</translation>
    </message>
    <message>
        <source>&amp;Upgrade:</source>
        <translation>升级(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Longest duty (hours):</source>
        <translation>最长连续值班（小时）(&amp;L)：</translation>
    </message>
    <message>
        <source>Nobody should be on duty longer than this at a stretch; the roster says who is.</source>
        <translation>任何人连续值班不应超过此时长；值班表会指出超时者。</translation>
    </message>
    <message>
        <source>Shifts, on the plan&apos;s clock</source>
        <translation>班次（按预案时区）</translation>
    </message>
    <message>
        <source>Add &amp;Built-in Cards</source>
        <translation>添加内置处置卡(&amp;B)</translation>
    </message>
    <message>
        <source>Adds the built-in cards of the key posts the plan lacks; one step to undo.</source>
        <translation>添加预案所缺的关键岗位内置处置卡；可一步撤销。</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RunConsole</name>
    <message>
        <source>Who is at the console?</source>
        <translation>谁在操作控制台？</translation>
    </message>
    <message>
        <source>Your name, as the run&apos;s log records it:</source>
        <translation>您的姓名（将记录在运行日志中）：</translation>
    </message>
    <message>
        <source>Operator: nobody – click to say who you are</source>
        <translation>操作员：未设置——单击填写您的姓名</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>“%1” is not open: Backspace reopens it.</source>
        <translation>“%1”不处于待处理状态：按 Backspace 可重新打开。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation>已重新打开：%1</translation>
    </message>
    <message>
        <source>Item failed</source>
        <translation>检查项失败</translation>
    </message>
    <message>
        <source>Why did “%1” fail?</source>
        <translation>“%1”失败的原因是什么？</translation>
    </message>
    <message>
        <source>Skip item</source>
        <translation>跳过检查项</translation>
    </message>
    <message>
        <source>Why is “%1” skipped?</source>
        <translation>为什么跳过“%1”？</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Logged at %1.</source>
        <translation>已于 %1 记录。</translation>
    </message>
    <message>
        <source>(The log keeps it with your name.)</source>
        <translation>（日志会连同您的姓名一并记录。）</translation>
    </message>
    <message>
        <source>STOP the upgrade</source>
        <translation>停止升级</translation>
    </message>
    <message>
        <source>Why is the upgrade stopped?</source>
        <translation>为什么停止升级？</translation>
    </message>
    <message>
        <source>STOP recorded. Notify the emergency group now.</source>
        <translation>已记录停止。请立即通知应急小组。</translation>
    </message>
    <message>
        <source>Start rollback</source>
        <translation>开始回退</translation>
    </message>
    <message>
        <source>Why is the upgrade rolled back?</source>
        <translation>为什么回退升级？</translation>
    </message>
    <message>
        <source>Rollback started.</source>
        <translation>已开始回退。</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>服务恢复</translation>
    </message>
    <message>
        <source>How was the service found restored?</source>
        <translation>如何确认服务已恢复？</translation>
    </message>
    <message>
        <source>Service restored recorded.</source>
        <translation>已记录服务恢复。</translation>
    </message>
    <message>
        <source>End the emergency</source>
        <translation>结束应急</translation>
    </message>
    <message>
        <source>Why is the emergency over?</source>
        <translation>为什么结束应急？</translation>
    </message>
    <message>
        <source>The emergency is ended.</source>
        <translation>应急已结束。</translation>
    </message>
    <message>
        <source>Declare warning level</source>
        <translation>发布预警级别</translation>
    </message>
    <message>
        <source>Why is “%1” declared?</source>
        <translation>为什么发布预警级别“%1”？</translation>
    </message>
    <message>
        <source>Lift warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>Why is the warning lifted?</source>
        <translation>解除预警的原因是什么？</translation>
    </message>
    <message>
        <source>Declared: %1</source>
        <translation>已发布预警：%1</translation>
    </message>
    <message>
        <source>Warning lifted.</source>
        <translation>预警已解除。</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>修改“%1”的时间</translation>
    </message>
    <message>
        <source>When was it, in local time (%1)? The first recorded time is kept.</source>
        <translation>发生在什么时间（本地时间，格式为 %1）？原始记录时间将保留。</translation>
    </message>
    <message>
        <source>“%1” is not a time; write it as %2. Nothing was changed.</source>
        <translation>“%1”不是有效时间，请按 %2 格式填写。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 set to %2.</source>
        <translation>“%1”的时间已设为 %2。</translation>
    </message>
    <message>
        <source>Lift the warning</source>
        <translation>解除预警</translation>
    </message>
    <message>
        <source>%1 – rehearsal</source>
        <translation>%1 – 演练运行</translation>
    </message>
    <message>
        <source>%1 – live upgrade</source>
        <translation>%1 – 正式运行</translation>
    </message>
    <message>
        <source>Run console: %1 - Fallback</source>
        <translation>运行控制台：%1 - Fallback</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1，结束于 %2</translation>
    </message>
    <message>
        <source>No warning level</source>
        <translation>无预警</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>Elapsed %1 of %2 planned</source>
        <translation>已用时 %1，计划 %2</translation>
    </message>
    <message>
        <source>No planned window</source>
        <translation>无计划时间窗口</translation>
    </message>
    <message>
        <source>Window opens at %1, in %2</source>
        <translation>时间窗口将于 %1 开始，还有 %2</translation>
    </message>
    <message>
        <source>Window %1–%2: %3 left</source>
        <translation>时间窗口 %1–%2：剩余 %3</translation>
    </message>
    <message>
        <source>Window %1–%2: %3 over</source>
        <translation>时间窗口 %1–%2：已超出 %3</translation>
    </message>
    <message>
        <source>Window opened at %1</source>
        <translation>时间窗口已于 %1 开始</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %1 of %n done</source>
        <translation>
            <numerusform>检查单：已完成 %1 / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is at the console: every action is logged with this name</source>
        <translation>当前操作人：每项操作都会以此姓名记录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Type what happened and press Enter to log it (Ctrl+L)</source>
        <translation>输入发生的情况，按 Enter 键记录（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>Space or Enter marks the current item done, F failed, S skipped</source>
        <translation>按 Space 或 Enter 键将当前项标记为完成，按 F 标记为失败，按 S 标记为跳过</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>关键时间点</translation>
    </message>
    <message>
        <source>Call roster</source>
        <translation>应急通讯录</translation>
    </message>
    <message>
        <source>Search name, group, role or phone</source>
        <translation>搜索姓名、小组、角色或电话</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Declare level</source>
        <translation>发布预警</translation>
    </message>
    <message>
        <source>Declare a warning level of the plan, or lift it</source>
        <translation>发布预案中的预警级别，或解除预警</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the upgrade at once and say why</source>
        <translation>立即停止升级并说明原因</translation>
    </message>
    <message>
        <source>Roll the upgrade back according to its rollback plan</source>
        <translation>按照回退方案回退升级</translation>
    </message>
    <message>
        <source>The service works again</source>
        <translation>服务已恢复正常</translation>
    </message>
    <message>
        <source>End emergency</source>
        <translation>结束应急</translation>
    </message>
    <message>
        <source>Declare the emergency over; the run then takes no more ticks</source>
        <translation>宣布应急结束；之后本次运行不再接受勾选</translation>
    </message>
    <message>
        <source>Log an event</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Record it at the current time</source>
        <translation>按当前时间记录</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Correct the time; the first recorded time is kept</source>
        <translation>更正时间；原始记录时间会保留</translation>
    </message>
    <message numerus="yes">
        <source>%n d %1</source>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency over (was %1)</source>
        <translation>应急已结束（曾为%1）</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>已撤回：%1</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Space or Enter: done · F: failed · S: skipped · Backspace: reopen · Ctrl+Z: take back · Ctrl+L: log an event · F9: side panel · F11: full screen · F1: help</source>
        <translation>Space 或 Enter：完成 · F：失败 · S：跳过 · Backspace：重新打开 · Ctrl+Z：撤回 · Ctrl+L：记录事件 · F9：侧栏 · F11：全屏 · F1：帮助</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <source>%1, first recorded %2, changed by %3</source>
        <translation>%1，原始记录为 %2，由 %3 更改</translation>
    </message>
    <message>
        <source>%1, entered by %2</source>
        <translation>%1，由 %2 填写</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查单</translation>
    </message>
    <message numerus="yes">
        <source>Status updates: %n overdue</source>
        <translation>
            <numerusform>信息通报：%n 项已超时</numerusform>
        </translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>信息通报</translation>
    </message>
    <message>
        <source>The plan has no audiences to tell: add them under Communications.</source>
        <translation>预案中没有通报对象：请在“通信保障”中添加。</translation>
    </message>
    <message>
        <source>Update to %1 logged as sent at %2; the message is on the clipboard.</source>
        <translation>已登记于 %2 向%1发送的通报；通报内容已复制到剪贴板。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(backup %1)</source>
        <translation>（备岗：%1）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;On duty now:&lt;/b&gt; nobody by the duty roster.</source>
        <translation>&lt;b&gt;当前值班：&lt;/b&gt;按值班表当前无人值班。</translation>
    </message>
    <message>
        <source>&lt;b&gt;On duty now:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;当前值班：&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Status updates and call roster</source>
        <translation>信息通报与应急通讯录</translation>
    </message>
    <message>
        <source>Enter on an audience, or Ctrl+U for the one due first: compose its update.</source>
        <translation>在通报对象上按 Enter，或按 Ctrl+U 为最先到期的对象编写通报。</translation>
    </message>
    <message>
        <source>Compose update…</source>
        <translation>编写通报…</translation>
    </message>
    <message>
        <source>Write the status message due to an audience from the plan&apos;s template, copy it and log it as sent</source>
        <translation>根据预案模板编写应向通报对象发送的通报，复制并记为已发送</translation>
    </message>
</context>
<context>
    <name>fallback::ui::RunsPage</name>
    <message>
        <source>Upgrade runs</source>
        <translation>升级运行记录</translation>
    </message>
    <message>
        <source>No upgrade has been run yet. Start a run, live or as a rehearsal, from the Upgrades section with “Start Run…”.</source>
        <translation>尚未运行过任何升级。请在“升级”部分使用“开始运行…”启动正式运行或演练运行。</translation>
    </message>
    <message>
        <source>&amp;Open Console</source>
        <translation>打开控制台(&amp;O)</translation>
    </message>
    <message>
        <source>Open the run console of the selected run (Enter)</source>
        <translation>打开所选运行的运行控制台（Enter）</translation>
    </message>
</context>
<context>
    <name>fallback::ui::StartRunDialog</name>
    <message>
        <source>Start Run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>Run “%1” from its checklist. Everything done in the run console is saved as it happens, with the time and the operator&apos;s name.</source>
        <translation>按检查单运行“%1”。运行控制台中的每项操作都会即时保存，并记录时间和操作人姓名。</translation>
    </message>
    <message>
        <source>&amp;Live upgrade</source>
        <translation>正式升级(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Rehearsal</source>
        <translation>演练运行(&amp;R)</translation>
    </message>
    <message>
        <source>(no drill)</source>
        <translation>（不关联演练）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>For &amp;drill:</source>
        <translation>所属演练(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作人(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>The run starts with the upgrade&apos;s %n checklist item(s).</source>
        <translation>
            <numerusform>运行开始时将包含该升级的 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message>
        <source>This upgrade has no checklist yet: the run will have only its log and decisions. Create the checklist from a template on the upgrade&apos;s Checklist tab first.</source>
        <translation>该升级尚无检查单：运行时将只有日志和决策记录。请先在该升级的“检查单”选项卡中根据模板创建检查单。</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>开始运行(&amp;S)</translation>
    </message>
</context>
<context>
    <name>fallback::ui::UpgradesPage</name>
    <message>
        <source>%1 The window stays as it was.</source>
        <translation>%1时间窗口保持不变。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>Checklist of “%1” (%n)</source>
        <translation>
            <numerusform>“%1”的检查单（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist (%n)</source>
        <translation>
            <numerusform>检查单（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace checklist</source>
        <translation>替换检查单</translation>
    </message>
    <message>
        <source>The template “%1” has no items to copy.</source>
        <translation>模板“%1”中没有可复制的检查项。</translation>
    </message>
    <message numerus="yes">
        <source>This upgrade already has a checklist of %n item(s).</source>
        <translation>
            <numerusform>此升级已有检查单，包含 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace it with the %n item(s) of “%1”? Edit &gt; Undo brings the old checklist back.</source>
        <translation>
            <numerusform>是否替换为“%1”中的 %n 个检查项？可通过“编辑 &gt; 撤销”恢复原检查单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checklist created from “%1” with %n item(s).</source>
        <translation>
            <numerusform>已根据“%1”创建检查单，共 %n 个检查项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>No upgrade selected. Add one to plan its window, the systems it touches, who is notified, how to roll it back and its checklist.</source>
        <translation>未选择升级计划。添加升级计划后，可规划其时间窗口、涉及的系统、通知对象、回退方案及检查单。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Version from / to:</source>
        <translation>原版本 / 目标版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Planned &amp;window:</source>
        <translation>计划时间窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;ystems:</source>
        <translation>涉及系统(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Impact scope:</source>
        <translation>影响范围(&amp;I)：</translation>
    </message>
    <message>
        <source>Who must be n&amp;otified:</source>
        <translation>通知对象(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Rollback plan:</source>
        <translation>回退方案(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Go/no-go criteria:</source>
        <translation>实施/中止判定标准(&amp;G)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Planned start of the upgrade window, local time</source>
        <translation>升级时间窗口的计划开始时间（本地时间）</translation>
    </message>
    <message>
        <source>Planned end of the upgrade window, local time</source>
        <translation>升级时间窗口的计划结束时间（本地时间）</translation>
    </message>
    <message>
        <source>Clear the start</source>
        <translation>清除开始时间</translation>
    </message>
    <message>
        <source>Clear the end</source>
        <translation>清除结束时间</translation>
    </message>
    <message>
        <source>&amp;Create checklist from template</source>
        <translation>根据模板创建检查单(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the template&apos;s items into this upgrade&apos;s own checklist</source>
        <translation>将模板中的检查项复制到此升级自己的检查单中</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>模板(&amp;M)：</translation>
    </message>
    <message>
        <source>“%1” already has a run in progress; here is its console.</source>
        <translation>“%1”已有一次运行正在进行，已为您打开其控制台。</translation>
    </message>
    <message>
        <source>Run not started</source>
        <translation>未能开始运行</translation>
    </message>
    <message>
        <source>Run of “%1” started.</source>
        <translation>已开始运行“%1”。</translation>
    </message>
    <message>
        <source>Start R&amp;un…</source>
        <translation>开始运行(&amp;U)…</translation>
    </message>
    <message>
        <source>Run this upgrade, live or as a rehearsal, from the run console</source>
        <translation>在运行控制台中正式运行或演练运行此升级</translation>
    </message>
    <message>
        <source>Set the start of the window first; its length then sets the end.</source>
        <translation>请先设置时间窗口的开始时间，时长随后决定结束时间。</translation>
    </message>
    <message>
        <source>“%1” is not a length of time. Type it as 2 h 30 min, 90 min or 1:30.</source>
        <translation>“%1”不是时长。请输入如 2 小时 30 分、90 分钟或 1:30。</translation>
    </message>
    <message>
        <source>The window could not be changed.</source>
        <translation>无法修改时间窗口。</translation>
    </message>
    <message>
        <source>length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Length of the window, for example 2 h 30 min: it sets the end</source>
        <translation>时间窗口的时长，例如 2 小时 30 分：它决定结束时间</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>涉及系统</translation>
    </message>
    <message>
        <source>Version to</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>End of the planned window</source>
        <translation>计划时间窗口的结束时间</translation>
    </message>
    <message>
        <source>Length of the planned window</source>
        <translation>计划时间窗口的时长</translation>
    </message>
</context>
<context>
    <name>fallback::ui::WarningLevelsPage</name>
    <message>
        <source>Select a level to choose the groups it notifies.</source>
        <translation>选择一个预警级别，以设置该级别需通知的小组。</translation>
    </message>
    <message>
        <source>Groups notified at %1:</source>
        <translation>“%1”级别需通知的小组：</translation>
    </message>
    <message>
        <source>Warning levels, most severe first</source>
        <translation>预警级别（由高到低排列）</translation>
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
