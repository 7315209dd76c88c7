// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplestory.h"

#include "document/plandocument.h"
#include "document/planfield.h"
#include "revision/revisionpublisher.h"
#include "run/runsession.h"
#include "storage/sqlquery.h"
#include "upgrade/checklistoperations.h"

#include <QHash>
#include <QTimeZone>

#include <stdexcept>

namespace fallback::samplegen {

namespace {
// Groups of the built-in templates, by id.
constexpr qint64 LeadershipGroup = 1;
constexpr qint64 CommandGroup = 2;
constexpr qint64 TechnicalGroup = 3;
constexpr qint64 OperationsGroup = 4;
constexpr qint64 BusinessGroup = 5;
constexpr qint64 LiaisonGroup = 6;
constexpr qint64 PublicityGroup = 7;
constexpr qint64 SecurityGroup = 8;
// Warning levels of the templates, by id: 1 is level I (red) ... 4 is level IV (blue).
constexpr qint64 LevelI = 1;
constexpr qint64 LevelII = 2;
constexpr qint64 LevelIII = 3;
constexpr qint64 StandardChecklist = 1;

/// The story happens in Shanghai; the plan stores UTC, as the app does.
QDateTime beijing(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return QDateTime(local.date(), local.time(), QTimeZone(8 * 3600)).toUTC();
}

QVariant date(const char *iso)
{
    return QString::fromLatin1(iso);
}

struct Failure : std::runtime_error
{
    explicit Failure(const QString &what)
        : std::runtime_error(what.toStdString())
    { }
};
} // namespace

SampleStory::SampleStory(PlanDocument *document, const QString &language)
    : m_document(document)
    , m_chinese(language == QLatin1String("zh_CN"))
{ }

SampleStory::~SampleStory() = default;

QString SampleStory::tell()
{
    try {
        fillInHeader();
        fillInSystemsAndReferences();
        fillInOrganisation();
        fillInRisksMeasuresAndResources();
        planTheUpgrade();
        publishFirstEdition();
        runTheUpgrade();
        reviewTheRun();
        holdTheDrill();
        reviseThePlan();
        publishSecondEdition();
        closeTheActions();
    } catch (const Failure &failure) {
        return QString::fromStdString(failure.what());
    }
    return {};
}

QString SampleStory::t(const char *english, const char *chinese) const
{
    return QString::fromUtf8(m_chinese ? chinese : english);
}

QString SampleStory::name(Person person) const
{
    switch (person) {
    case ChenJianguo:
        return t("Chen Jianguo", "陈建国");
    case HuangLi:
        return t("Huang Li", "黄丽");
    case WangLei:
        return t("Wang Lei", "王磊");
    case ZhaoQiang:
        return t("Zhao Qiang", "赵强");
    case SunHao:
        return t("Sun Hao", "孙浩");
    case MaJun:
        return t("Ma Jun", "马俊");
    case LinTao:
        return t("Lin Tao", "林涛");
    case LiuYang:
        return t("Liu Yang", "刘洋");
    case GuoPeng:
        return t("Guo Peng", "郭鹏");
    case ZhengHui:
        return t("Zheng Hui", "郑辉");
    case TangYan:
        return t("Tang Yan", "唐燕");
    case ZhouMin:
        return t("Zhou Min", "周敏");
    case WuFang:
        return t("Wu Fang", "吴芳");
    case LuoYing:
        return t("Luo Ying", "罗颖");
    case JiangWei:
        return t("Jiang Wei", "蒋伟");
    case QianBo:
        return t("Qian Bo", "钱波");
    case HeXin:
        return t("He Xin", "何欣");
    case YangFan:
        return t("Yang Fan", "杨帆");
    case TianYu:
        return t("Tian Yu", "田宇");
    }
    return {};
}

void SampleStory::nameParts(qint64 id, Person person)
{
    // Every person of the story has a family name of one syllable, written
    // first: "Chen Jianguo", 陈建国.
    const QString full = name(person);
    const qsizetype split = m_chinese ? 1 : full.indexOf(QLatin1Char(' '));
    change(
        QStringLiteral("member"), id, {{"family_name", full.left(split)}, {"given_name", full.mid(split).trimmed()}});
}

void SampleStory::require(bool done, const QString &what) const
{
    if (!done) {
        throw Failure(what);
    }
}

void SampleStory::requireSession(bool done) const
{
    require(done,
        QStringLiteral("The run refused a step at %1: %2").arg(m_now.toString(Qt::ISODate), m_session->refusal()));
}

qint64 SampleStory::add(const QString &table, Fields fields)
{
    QVariantMap values;
    for (const auto &[column, value] : fields) {
        values.insert(QString::fromLatin1(column), value);
    }
    const qint64 id = m_document->nextId(table);
    values.insert(QStringLiteral("id"), id);
    require(m_document->addRecords(QList<RecordSnapshot::Row> {{table, values}}, QStringLiteral("Sample")),
        QStringLiteral("Cannot add a record to %1").arg(table));
    return id;
}

void SampleStory::change(const QString &table, qint64 id, Fields fields)
{
    QList<RecordChange> changes;
    for (const auto &[column, value] : fields) {
        changes.append({{table, id}, QString::fromLatin1(column), value});
    }
    require(m_document->setRecordValues(changes, QStringLiteral("Sample")),
        QStringLiteral("Cannot change record %1 of %2").arg(id).arg(table));
}

void SampleStory::at(const char *beijingTime, Person actor)
{
    m_now = beijing(beijingTime);
    m_session->setActor(name(actor));
}

qint64 SampleStory::runItem(const char *phase, int position) const
{
    const qint64 id = queryValue(m_document->database(),
        QStringLiteral("SELECT id FROM run_item WHERE run_id = ? AND phase = ? AND position = ?"),
        {m_session->runId(), QString::fromLatin1(phase), position})
                          .toLongLong();
    require(id != 0, QStringLiteral("The run has no %1 item %2").arg(QString::fromLatin1(phase)).arg(position));
    return id;
}

void SampleStory::fillInHeader()
{
    const QList<std::pair<PlanField, QVariant>> header {
        {PlanField::Title, t("Yunfan Commerce Program Upgrade Emergency Plan", "云帆商贸程序升级应急预案")},
        {PlanField::Organisation, t("Yunfan Commerce Co., Ltd.", "云帆商贸有限公司")},
        {PlanField::Version, QStringLiteral("1.0")},
        {PlanField::EffectiveDate, date("2026-08-24")},
        {PlanField::Purpose,
            t("Yunfan Commerce sells through its web shop, its mini-program and 46 stores, and every one of their "
              "orders passes through the order platform and its database. Upgrading these systems closes security "
              "gaps and keeps them supported, but an upgrade that goes wrong can stop order intake, lose orders or "
              "leave the systems unable to work together. This plan sets out who does what before, during and after "
              "an upgrade, how a failing upgrade is stopped and rolled back, and how the company learns from each "
              "upgrade, so that customers and stores are affected as little as possible.",
                "公司通过网上商城、小程序和46家门店开展销售，所有订单均经由订单平台及其数据库处理。对上述系统进行升级，"
                "可以修补安全漏洞、保持厂商支持，但升级一旦出现问题，可能导致无法接单、订单数据丢失或系统之间互不兼容。"
                "为明确升级前、升级中和升级后各方职责，规定升级失败时停止和回退的办法，并通过每次升级总结经验，"
                "最大限度减少对客户和门店的影响，特制定本预案。")},
        {PlanField::ScopeNote,
            t("This plan applies to upgrades of the systems listed below, which the IT Department runs in data "
              "centre A (Shanghai) and data centre B (Hangzhou): operating systems, databases, application software "
              "and network devices, including version upgrades, patches and configuration changes. Systems that "
              "suppliers host for the company are upgraded under the supplier's own plan; the information liaison "
              "group follows them and keeps the departments informed.",
                "本预案适用于信息技术部在上海A数据中心和杭州B数据中心运维的下列系统的升级工作，包括但不限于操作系统、"
                "数据库、应用软件及网络设备的版本升级、补丁安装和配置变更。由供应商托管的系统，按供应商的预案实施升级，"
                "由信息联络组跟踪并向各部门通报。")},
    };
    for (const auto &[field, value] : header) {
        // The template's own values (its version 1.0) stay as they are.
        require(m_document->header(field) == value || m_document->setHeader(field, value),
            QStringLiteral("Cannot set the header field %1").arg(planFieldColumn(field)));
    }
}

void SampleStory::fillInSystemsAndReferences()
{
    const QString table = QStringLiteral("scope_system");
    change(table, 1,
        {{"name", t("Production servers (Linux)", "生产服务器（Linux）")},
            {"note",
                t("42 servers in data centres A and B, including operating system patches and kernel updates.",
                    "A、B两个数据中心共42台服务器，含操作系统补丁及内核更新。")}});
    change(table, 2,
        {{"name", t("Order database cluster (PostgreSQL)", "订单数据库集群（PostgreSQL）")},
            {"note",
                t("Primary in data centre A, streaming standby in data centre B; orders, payments and stock "
                  "reservations, about 1.2 TB.",
                    "主库位于A数据中心，流复制备库位于B数据中心；存储订单、支付及库存预占数据，约1.2 TB。")}});
    change(table, 3,
        {{"name", t("Order platform", "订单平台")},
            {"note",
                t("Web shop, mini-program, store till back end and the order API.",
                    "网上商城、小程序、门店收银后台及订单接口。")}});
    add(table,
        {{"position", 4}, {"name", t("Warehouse management system", "仓储管理系统")},
            {"type", QStringLiteral("application")}, {"owner", t("Operations assurance group", "运维保障组")},
            {"criticality", QStringLiteral("high")},
            {"note",
                t("Reads new orders from the order database for picking in the Jiaxing and Kunshan warehouses.",
                    "从订单数据库读取新订单，供嘉兴、昆山两个仓库拣货。")}});
    add(table,
        {{"position", 5}, {"name", t("Reporting feed", "报表数据同步")}, {"type", QStringLiteral("database")},
            {"owner", t("Technical support group", "技术支持组")}, {"criticality", QStringLiteral("medium")},
            {"note",
                t("Nightly copy of the orders to the data warehouse for the sales reports.",
                    "每晚将订单数据同步至数据仓库，用于生成销售报表。")}});
    add(table,
        {{"position", 6}, {"name", t("Data centre network and load balancers", "数据中心网络及负载均衡")},
            {"type", QStringLiteral("network")}, {"owner", t("Security assurance group", "安全保障组")},
            {"criticality", QStringLiteral("high")},
            {"note",
                t("Including the 1 Gbit/s link between data centres A and B.", "含A、B数据中心之间的1 Gbit/s专线。")}});

    const QString references = QStringLiteral("reference");
    change(references, 1,
        {{"title",
            t("Cybersecurity Law and Data Security Law of the People's Republic of China",
                "《中华人民共和国网络安全法》《中华人民共和国数据安全法》")}});
    change(references, 2,
        {{"title",
             t("GB/T 20988-2007 Information security technology: Disaster recovery specifications for information "
               "systems",
                 "GB/T 20988—2007《信息安全技术 信息系统灾难恢复规范》")},
            {"note",
                t("Recovery time and recovery point objectives; levels of disaster recovery.",
                    "恢复时间目标、恢复点目标及灾难恢复等级。")}});
    change(references, 3,
        {{"title",
             t("Yunfan Commerce IT change management procedure (YF-IT-005)",
                 "《云帆商贸信息系统变更管理办法》（YF-IT-005）")},
            {"note",
                t("Approval of changes, change windows and the change calendar.", "变更审批、变更窗口及变更日历。")}});
    change(references, 4,
        {{"note",
            t("The IT asset register of June 2026 and the risk assessment in this plan.",
                "2026年6月信息资产台账及本预案风险评估。")}});
}

void SampleStory::fillInOrganisation()
{
    struct Contact
    {
        Person person;
        const char *department[2];
        const char *title[2];
        const char *office;
        const char *email;
        const char *verified;
        Person backup;
        const char *note[2];
    };
    const char *const it[2] = {"IT Department", "信息技术部"};
    const Person none = Person(0);
    // Members take the ids of their Person value: they are the plan's first contacts.
    const Contact contacts[] = {
        {ChenJianguo, {"Executive Office", "总经理办公室"}, {"Vice President", "副总经理"}, "021-5555-0101",
            "chen.jianguo", "2026-08-18", HuangLi,
            {"Approves a rollback that runs past the announced maintenance time.",
                "回退导致超出公告维护时间的，由其批准。"}},
        {HuangLi, {"Operations Centre", "运营中心"}, {"Director of Operations", "运营总监"}, "021-5555-0102",
            "huang.li", "2026-08-18", ChenJianguo, {"", ""}},
        {WangLei, {it[0], it[1]}, {"IT Manager", "经理"}, "021-5555-0201", "wang.lei", "2026-08-19", ZhaoQiang,
            {"Commander during upgrades; keeps this plan up to date.", "升级期间任总指挥，负责本预案的日常维护。"}},
        {ZhaoQiang, {it[0], it[1]}, {"Deputy IT Manager", "副经理"}, "021-5555-0202", "zhao.qiang", "2026-08-19",
            WangLei, {"", ""}},
        {SunHao, {it[0], it[1]}, {"Senior Database Administrator", "高级数据库管理员"}, "021-5555-0211", "sun.hao",
            "2026-08-19", MaJun, {"", ""}},
        {MaJun, {it[0], it[1]}, {"Database Administrator", "数据库管理员"}, "021-5555-0212", "ma.jun", "2026-08-19",
            SunHao, {"", ""}},
        {LinTao, {it[0], it[1]}, {"Developer, order platform", "订单平台开发工程师"}, "021-5555-0221", "lin.tao",
            "2026-08-20", none, {"", ""}},
        {LiuYang, {it[0], it[1]}, {"Systems Engineer", "系统运维工程师"}, "021-5555-0231", "liu.yang", "2026-08-19",
            GuoPeng, {"", ""}},
        {GuoPeng, {it[0], it[1]}, {"Network Engineer", "网络工程师"}, "021-5555-0232", "guo.peng", "2026-08-20",
            LiuYang, {"", ""}},
        {ZhengHui, {"E-commerce Division", "电商事业部"}, {"Manager", "经理"}, "021-5555-0301", "zheng.hui",
            "2026-08-20", TangYan, {"", ""}},
        {TangYan, {"Store Operations", "门店运营部"}, {"Supervisor", "主管"}, "021-5555-0311", "tang.yan", "2026-08-20",
            ZhengHui, {"", ""}},
        {ZhouMin, {"Customer Service Centre", "客户服务中心"}, {"Manager", "经理"}, "021-5555-0401", "zhou.min",
            "2026-08-21", WuFang, {"", ""}},
        {WuFang, {"Customer Service Centre", "客户服务中心"}, {"Shift Leader", "值班组长"}, "021-5555-0402", "wu.fang",
            "2026-08-21", ZhouMin,
            {"At night through the customer service duty line 021-5555-0400.",
                "夜间可拨打客服值班电话021-5555-0400。"}},
        {LuoYing, {"Brand and Communications", "品牌宣传部"}, {"Manager", "经理"}, "021-5555-0501", "luo.ying",
            "2026-03-02", ZhouMin, {"", ""}},
        {JiangWei, {it[0], it[1]}, {"Information Security Engineer", "信息安全工程师"}, "021-5555-0241", "jiang.wei",
            "2026-08-20", ZhaoQiang, {"", ""}},
        {QianBo, {"Hanhai Data Services (database vendor)", "瀚海数据服务有限公司（数据库厂商）"},
            {"Support Engineer", "技术支持工程师"}, "0571-5555-0800", "qian.bo", "2026-08-15", none,
            {"Support under the contract renewed in August 2026; answers within 30 minutes.",
                "按2026年8月续签的技术支持合同提供服务，30分钟内响应。"}},
    };
    const int language = m_chinese ? 1 : 0;
    for (const Contact &contact : contacts) {
        const qint64 id = add(QStringLiteral("member"),
            {{"name", name(contact.person)}, {"department", QString::fromUtf8(contact.department[language])},
                {"job_title", QString::fromUtf8(contact.title[language])},
                {"phone_office", QString::fromLatin1(contact.office)},
                {"phone_mobile", QStringLiteral("138-0000-%1").arg(1000 + int(contact.person))},
                {"email", QString(QString::fromLatin1(contact.email) + QStringLiteral("@example.com"))},
                {"verified_on", date(contact.verified)}, {"note", QString::fromUtf8(contact.note[language])}});
        require(id == contact.person, QStringLiteral("Members must take the ids of their names"));
        nameParts(id, contact.person);
    }
    // Backups are set once everyone is in: a backup may come later in the list.
    for (const Contact &contact : contacts) {
        if (contact.backup != none) {
            change(QStringLiteral("member"), contact.person, {{"backup_member_id", qint64(contact.backup)}});
        }
    }
    const struct
    {
        qint64 group;
        Person member;
        const char *role;
    } memberships[] = {
        {LeadershipGroup, ChenJianguo, "lead"},
        {LeadershipGroup, HuangLi, "deputy"},
        {CommandGroup, WangLei, "lead"},
        {CommandGroup, ZhaoQiang, "deputy"},
        {TechnicalGroup, SunHao, "lead"},
        {TechnicalGroup, MaJun, "deputy"},
        {TechnicalGroup, LinTao, "member"},
        {TechnicalGroup, QianBo, "member"},
        {OperationsGroup, LiuYang, "lead"},
        {OperationsGroup, GuoPeng, "deputy"},
        {BusinessGroup, ZhengHui, "lead"},
        {BusinessGroup, TangYan, "deputy"},
        {LiaisonGroup, ZhouMin, "lead"},
        {LiaisonGroup, WuFang, "deputy"},
        {PublicityGroup, LuoYing, "lead"},
        {SecurityGroup, JiangWei, "lead"},
        {SecurityGroup, ZhaoQiang, "deputy"},
    };
    QHash<qint64, int> order;
    for (const auto &membership : memberships) {
        add(QStringLiteral("group_member"),
            {{"group_id", membership.group}, {"member_id", qint64(membership.member)},
                {"role", QString::fromLatin1(membership.role)}, {"escalation_order", ++order[membership.group]}});
    }
}

void SampleStory::fillInRisksMeasuresAndResources()
{
    const QString risks = QStringLiteral("risk");
    const QList<std::pair<qint64, const char *>> statuses {
        {1, "mitigated"}, {3, "mitigated"}, {4, "mitigated"}, {5, "mitigated"}, {7, "mitigated"}, {8, "accepted"}};
    for (const auto &[id, status] : statuses) {
        change(risks, id, {{"status", QString::fromLatin1(status)}});
    }

    const QString resources = QStringLiteral("resource");
    change(resources, 1,
        {{"location", t("Data centre A, row 3", "A数据中心3排机柜")}, {"last_checked", date("2026-08-20")},
            {"note",
                t("PostgreSQL 14 and 15 installed; used for test restores of the order database.",
                    "已安装PostgreSQL 14和15，用于订单数据库恢复测试。")}});
    change(resources, 2,
        {{"location", t("Data centre B", "B数据中心")}, {"last_checked", date("2026-08-20")},
            {"note",
                t("Holds 14 days of full backups and the WAL archive of the order database.",
                    "保存订单数据库14天的全量备份及WAL归档。")}});
    change(resources, 3,
        {{"last_checked", date("2026-08-20")},
            {"note",
                t("Spare switch and firewall ordered; delivery expected in December 2026.",
                    "备用交换机和防火墙已下单，预计2026年12月到货。")}});
    change(resources, 4,
        {{"quantity", 200000}, {"unit", t("CNY", "元")}, {"last_checked", date("2026-08-10")},
            {"note",
                t("Budget for 2026; drawn on with the leadership group's approval.",
                    "2026年度预算，经应急领导小组批准后使用。")}});
    change(resources, 5,
        {{"quantity", 6}, {"unit", t("people", "人")}, {"last_checked", date("2026-08-19")},
            {"note",
                t("Two database administrators, two systems engineers, two developers.",
                    "数据库管理员、系统运维工程师、开发工程师各2人。")}});
    change(resources, 6,
        {{"ready", 1}, {"last_checked", date("2026-08-15")},
            {"note",
                t("Renewed with Hanhai Data Services until 31 August 2027; 24-hour support, 30-minute response.",
                    "已与瀚海数据服务有限公司续签至2027年8月31日，7×24小时支持，30分钟内响应。")}});
}

void SampleStory::planTheUpgrade()
{
    m_upgradeId = add(QStringLiteral("upgrade"),
        {{"name", t("Order database upgrade to PostgreSQL 15", "订单数据库升级至PostgreSQL 15")},
            {"version_from", QStringLiteral("14.13")}, {"version_to", QStringLiteral("15.8")},
            {"impact",
                t("Order intake closed from 22:00 to 00:30: the web shop and the mini-program show a maintenance "
                  "page, store tills take orders offline and enter them afterwards. Warehouse picking of new orders "
                  "pauses; the sales reports of 13 September are ready about two hours late.",
                    "22:00至次日00:30暂停接单：网上商城和小程序显示维护页面，门店收银转为离线收单、事后补录；"
                    "仓库暂停新订单拣货；9月13日销售报表预计推迟约两小时生成。")},
            {"notify",
                t("Leadership group and all working groups; e-commerce division, store operations, warehouse and "
                  "logistics, customer service (with a reply script for customers); the payment service provider "
                  "three days ahead.",
                    "应急领导小组及各工作组；电商事业部、门店运营部、仓储物流部、客户服务中心（附客户答复口径）；"
                    "提前三天通知支付服务商。")},
            {"rollback_plan",
                t("Plan A (about 45 minutes): pg_upgrade runs in copy mode, so the PostgreSQL 14 data directory stays "
                  "untouched. Stop PostgreSQL 15, start 14 on the primary, point the order platform back at it and "
                  "rebuild the standby. Plan B (about 2 hours): if the old data directory cannot be used, restore the "
                  "full backup taken at 21:00 and the WAL archive onto the spare server. The emergency command "
                  "decides on the rollback and tells the leadership group at once.",
                    "方案A（约45分钟）：pg_upgrade采用复制模式，PostgreSQL 14原数据目录保持不变。停止PostgreSQL 15，"
                    "在主库服务器上启动14，将订单平台切回原库，重建备库。方案B（约2小时）：原数据目录无法使用时，"
                    "在备用服务器上恢复21:00的全量备份及WAL归档。是否回退由应急指挥部决定，并立即报告应急领导小组。")},
            {"go_criteria",
                t("Go only if the full backup of 21:00 has been restored on the spare server, the standby is in "
                  "sync, no severity-1 incident is open, every group lead or deputy has answered the roll call and "
                  "fewer than 50 orders a minute come in. During the window: roll back if the data migration (step "
                  "4) is not finished by 00:30, or if a step fails and cannot be fixed within 20 minutes.",
                    "同时满足以下条件方可实施：21:"
                    "00全量备份已在备用服务器上恢复成功；备库同步正常；无未关闭的一级故障；"
                    "各工作组组长或副组长均已应答点名；订单量低于每分钟50单。窗口期内：第4步数据迁移未能在00:30前完成，"
                    "或任一步骤失败且20分钟内无法修复的，实施回退。")},
            {"template_id", StandardChecklist}, {"status", QStringLiteral("planned")}});
    QString refusal;
    require(ChecklistOperations::setUpgradeWindow(
                m_document, m_upgradeId, beijing("2026-09-12 22:00:00"), beijing("2026-09-13 04:00:00"), &refusal),
        refusal);
    require(ChecklistOperations::instantiateChecklist(m_document, m_upgradeId, StandardChecklist),
        QStringLiteral("Cannot copy the checklist"));
    for (const qint64 system : {2, 3, 4}) {
        add(QStringLiteral("upgrade_system"), {{"upgrade_id", m_upgradeId}, {"system_id", system}});
    }
}

void SampleStory::publishFirstEdition()
{
    RevisionPublisher publisher(m_document);
    RevisionDraft draft;
    draft.version = QStringLiteral("1.0");
    draft.publishedOn = QDate(2026, 8, 24);
    draft.author = name(WangLei);
    draft.approver = name(ChenJianguo);
    draft.summary = t("First edition: emergency organisation and contacts, warning levels, risk assessment, measures "
                      "and resources, the standard checklist and the order database upgrade of 12 September.",
        "首次发布：应急组织机构及联系人、预警分级、风险评估、保障措施及资源、标准检查单，以及9月12日订单数据库升级安排"
        "。");
    QString error;
    require(publisher.publish(draft, &error) != 0, error);
}

void SampleStory::runTheUpgrade()
{
    QString refusal;
    m_now = beijing("2026-09-12 22:00:05");
    m_session = RunSession::start(
        m_document, m_upgradeId, QStringLiteral("live"), 0, name(WangLei), [this] { return m_now; }, &refusal);
    require(m_session != nullptr, refusal);
    m_liveRunId = m_session->runId();

    // The preparations, confirmed one by one at the start of the window.
    const std::pair<const char *, Person> before[]
        = {{"2026-09-12 22:01:10", SunHao}, {"2026-09-12 22:01:40", WangLei}, {"2026-09-12 22:02:15", ZhengHui},
            {"2026-09-12 22:02:50", MaJun}, {"2026-09-12 22:03:20", SunHao}, {"2026-09-12 22:04:05", ZhouMin},
            {"2026-09-12 22:04:40", SunHao}, {"2026-09-12 22:05:30", LiuYang}, {"2026-09-12 22:06:45", WangLei}};
    int position = 0;
    for (const auto &[when, who] : before) {
        at(when, who);
        requireSession(m_session->tick(runItem("before", ++position)));
    }
    at("2026-09-12 22:08:00", WangLei);
    requireSession(m_session->logEvent(t("Roll call: every group lead or deputy is on site or on the phone.",
        "点名完毕：各工作组组长或副组长均已到位或电话在线。")));
    at("2026-09-12 22:10:20", ZhouMin);
    requireSession(m_session->tick(runItem("during", 1)));
    at("2026-09-12 22:12:30", LiuYang);
    requireSession(m_session->logEvent(t("Order intake closed: maintenance page on the web shop and the mini-program, "
                                         "store tills in offline mode.",
        "已暂停接单：网上商城和小程序切换至维护页面，门店收银转为离线模式。")));
    at("2026-09-12 22:26:10", SunHao);
    requireSession(m_session->logEvent(t("PostgreSQL 14 stopped cleanly; pg_upgrade --check passed.",
        "PostgreSQL 14已正常停止，pg_upgrade预检查通过。")));
    at("2026-09-12 22:49:00", SunHao);
    requireSession(m_session->logEvent(t("pg_upgrade finished in 19 minutes; PostgreSQL 15 is running on the primary.",
        "pg_upgrade执行完毕，用时19分钟，主库已运行PostgreSQL 15。")));
    at("2026-09-12 23:04:30", MaJun);
    requireSession(m_session->logEvent(t("Standby in data centre B rebuilt from the new primary and streaming.",
        "B数据中心备库已基于新主库重建，流复制正常。")));
    at("2026-09-12 23:06:15", SunHao);
    requireSession(m_session->logEvent(t("Step 4 of 7 started: the data migration converts 38 million payment records.",
        "开始执行第4步（共7步）：数据迁移，转换3800万条支付记录。")));

    // The problem.
    at("2026-09-12 23:31:05", LiuYang);
    requireSession(m_session->recordMilestone(QStringLiteral("detected")));
    at("2026-09-12 23:31:40", LiuYang);
    requireSession(m_session->logEvent(t("Monitoring alarm: the standby is 14 minutes behind and the WAL volume on the "
                                         "primary is 86% full.",
        "监控告警：备库复制延迟14分钟，主库WAL卷使用率已达86%。")));
    at("2026-09-12 23:33:20", WangLei);
    requireSession(m_session->declareLevel(LevelIII,
        t("Replication lag and WAL usage are rising fast; the upgrade is at risk but still inside its window.",
            "复制延迟和WAL卷使用率快速上升，升级存在失败风险，但仍在窗口期内。")));
    at("2026-09-12 23:34:10", WangLei);
    requireSession(m_session->recordMilestone(QStringLiteral("occurred"), beijing("2026-09-12 23:31:00")));
    at("2026-09-12 23:36:00", WangLei);
    requireSession(m_session->recordMilestone(QStringLiteral("reported")));
    at("2026-09-12 23:36:50", WangLei);
    requireSession(
        m_session->logEvent(t("Chen Jianguo informed by phone; the vendor's support engineer asked to stand by.",
            "已电话报告陈建国；已通知厂商技术支持工程师待命。")));
    at("2026-09-12 23:38:30", SunHao);
    requireSession(
        m_session->logEvent(t("The migration runs as one transaction and cannot be paused; WAL volume at 94%.",
            "数据迁移在单个事务中执行，无法暂停；WAL卷使用率已达94%。")));
    at("2026-09-12 23:44:10", SunHao);
    requireSession(m_session->markFailed(runItem("during", 2),
        t("Step 4 aborted at 23:43: the 200 GB WAL volume is full, because the replication slot of the lagging standby "
          "kept all WAL; the primary refuses writes.",
            "第4步于23:43中断：备库复制滞后，复制槽保留了全部WAL日志，200 GB的WAL卷已写满，主库拒绝写入。")));
    at("2026-09-12 23:45:00", WangLei);
    requireSession(m_session->stop(t("Step 4 failed and the primary refuses writes; going on would put the order data "
                                     "at risk.",
        "第4步失败，主库已拒绝写入，继续操作将危及订单数据安全。")));
    at("2026-09-12 23:46:20", SunHao);
    requireSession(m_session->tick(runItem("during", 4)));
    at("2026-09-12 23:47:30", WangLei);
    requireSession(m_session->declareLevel(LevelII,
        t("The order platform will stay down beyond the announced maintenance, and the rollback needs several groups.",
            "订单平台停止服务时间将超出公告的维护时段，回退需多个工作组协同处置。")));
    at("2026-09-12 23:52:00", WangLei);
    requireSession(m_session->startRollback(
        t("Step 4 cannot finish by 00:30 (go/no-go criterion); rollback plan A approved by Chen Jianguo by phone at "
          "23:50.",
            "第4步无法在00:30前完成，不再满足实施条件；23:50经陈建国电话同意，执行回退方案A。")));

    // The rollback.
    at("2026-09-12 23:58:40", ZhouMin);
    requireSession(m_session->logEvent(t("Stores and customer service told that order intake stays closed until about "
                                         "01:30; reply script for customers sent.",
        "已通知门店和客户服务中心：暂停接单预计延长至01:30左右，客户答复口径已下发。")));
    at("2026-09-13 00:05:10", ZhouMin);
    requireSession(m_session->tick(runItem("during", 5)));
    at("2026-09-13 00:21:30", SunHao);
    requireSession(m_session->logEvent(t("PostgreSQL 15 stopped; PostgreSQL 14 started from the untouched data "
                                         "directory, checksums OK.",
        "已停止PostgreSQL 15，使用原数据目录启动PostgreSQL 14，校验和检查正常。")));
    at("2026-09-13 00:40:00", TangYan);
    requireSession(m_session->logEvent(
        t("Warehouses told that no new orders will arrive before 01:30.", "已通知仓库：01:30前不会有新订单。")));
    at("2026-09-13 00:48:20", SunHao);
    requireSession(m_session->markSkipped(runItem("recovery", 1),
        t("Not needed: the PostgreSQL 14 data directory was never changed; its row counts and checksums match the "
          "backup of 21:00.",
            "无需恢复：PostgreSQL 14原数据目录未被改动，行数及校验和与21:00备份一致。")));
    at("2026-09-13 00:52:10", MaJun);
    requireSession(m_session->logEvent(t("Standby in data centre B rebuilt on PostgreSQL 14 and in sync.",
        "B数据中心备库已按PostgreSQL 14重建，同步正常。")));
    at("2026-09-13 00:53:00", MaJun);
    requireSession(m_session->tick(runItem("recovery", 2)));
    at("2026-09-13 01:10:30", LinTao);
    requireSession(m_session->logEvent(t("Order platform pointed back at PostgreSQL 14; test orders from the web shop "
                                         "and from store 0107 went through.",
        "订单平台已切回PostgreSQL 14，网上商城及0107号门店测试订单均处理成功。")));
    at("2026-09-13 01:15:00", LiuYang);
    requireSession(
        m_session->logEvent(t("Maintenance page removed; order intake open again.", "已撤下维护页面，恢复接单。")));
    at("2026-09-13 01:18:40", LinTao);
    requireSession(m_session->tick(runItem("recovery", 3)));
    at("2026-09-13 01:22:00", WangLei);
    requireSession(m_session->serviceRestored(t("Orders flowing on PostgreSQL 14 since 01:15; the web shop and the "
                                                "stores confirmed by the business coordination group.",
        "01:15起订单在PostgreSQL 14上正常处理，业务协调组已与网上商城及门店确认。")));
    at("2026-09-13 01:25:30", ZhengHui);
    requireSession(m_session->markSkipped(runItem("during", 6),
        t("The upgrade was rolled back; the main functions were checked on PostgreSQL 14 instead (recovery item 3).",
            "升级已回退，改为在PostgreSQL 14上验证主要功能（见恢复阶段第3项）。")));
    at("2026-09-13 01:26:10", LiuYang);
    requireSession(m_session->tick(runItem("during", 3)));
    at("2026-09-13 01:38:00", LuoYing);
    requireSession(m_session->logEvent(t("Recovery notice published on the web shop, the mini-program and in the "
                                         "stores' work group.",
        "恢复通知已在网上商城、小程序及门店工作群发布。")));
    at("2026-09-13 01:40:20", LuoYing);
    requireSession(m_session->tick(runItem("after", 3)));
    at("2026-09-13 02:10:00", LiuYang);
    requireSession(m_session->tick(runItem("after", 1)));
    at("2026-09-13 02:12:30", SunHao);
    requireSession(m_session->markSkipped(runItem("after", 2),
        t("The upgrade did not go ahead; the evaluation moves to the post-incident review.",
            "升级未完成，效果评估转入事后总结。")));
    at("2026-09-13 02:20:00", ChenJianguo);
    requireSession(m_session->tick(runItem("after", 4)));
    at("2026-09-13 02:22:10", WangLei);
    requireSession(m_session->tick(runItem("after", 5)));
    at("2026-09-13 02:23:00", ZhengHui);
    requireSession(m_session->markSkipped(
        runItem("recovery", 4), t("No new version went into production.", "新版本未上线，无需开展培训。")));
    at("2026-09-13 02:25:00", ChenJianguo);
    requireSession(m_session->endEmergency(t("Service stable for an hour on PostgreSQL 14, the standby in sync and no "
                                             "order lost: the leadership group ends the emergency.",
        "系统已在PostgreSQL 14上稳定运行一小时，备库同步正常，订单数据无丢失，应急领导小组宣布应急结束。")));

    // Two days later the graphs show when it really began.
    at("2026-09-14 10:35:00", SunHao);
    requireSession(m_session->editMilestone(QStringLiteral("occurred"), beijing("2026-09-12 23:12:00"), name(SunHao)));
    at("2026-09-14 10:38:30", SunHao);
    requireSession(m_session->logEvent(t("The WAL graphs show the standby falling behind from 23:12, when step 4 began "
                                         "writing in bulk.",
        "WAL监控曲线显示，23:12第4步开始批量写入后，备库即开始滞后。")));
    m_session.reset(); // the run left its upgrade rolled back
}

void SampleStory::reviewTheRun()
{
    m_reviewId = add(QStringLiteral("review"),
        {{"run_id", m_liveRunId},
            {"title",
                t("Order database upgrade of 12 September 2026: rolled back after the WAL volume filled",
                    "2026年9月12日订单数据库升级回退事件总结")},
            {"status", QStringLiteral("approved")},
            {"summary",
                t("The upgrade of the order database from PostgreSQL 14 to 15 began on schedule at 22:00. The version "
                  "upgrade itself succeeded, but the data migration of step 4 filled the primary's WAL volume at 23:43 "
                  "and the primary refused writes. The emergency command stopped the upgrade at 23:45 and rolled back "
                  "to PostgreSQL 14 under plan A. Order intake reopened at 01:15, 45 minutes later than announced. No "
                  "order or payment data was lost.",
                    "订单数据库由PostgreSQL 14升级至15的工作于9月12日22:00按计划开始。版本升级本身顺利完成，"
                    "但第4步数据迁移导致主库WAL卷于23:43写满，主库拒绝写入。应急指挥部于23:45停止升级，"
                    "按方案A回退至PostgreSQL 14。01:15恢复接单，比公告时间推迟45分钟。订单及支付数据无丢失。")},
            {"impact_users",
                t("Customers of the web shop and the mini-program and all 46 stores could not order online from 22:12 "
                  "to 01:15, 45 minutes longer than announced. The stores took 1,306 orders offline and entered them "
                  "by 09:00; customer service answered 212 calls and chats about the outage.",
                    "22:12至次日01:15，网上商城、小程序客户及46家门店无法在线下单，比公告时间多45分钟。"
                    "门店离线收单1306笔，已于当日09:00前补录完毕；客户服务中心就此接听电话和在线咨询212次。")},
            {"impact_systems",
                t("Order database cluster and order platform (down from 22:12 to 01:15); warehouse management system "
                  "(no new orders to pick until 01:30); the sales reports of 13 September were ready at 03:10 "
                  "instead of 01:00.",
                    "订单数据库集群及订单平台（22:12至01:15停止服务）；仓储管理系统（01:30前无新订单可拣货）；"
                    "9月13日销售报表于03:10生成，较平时的01:00推迟约两小时。")},
            {"impact_minutes", 183},
            {"root_cause",
                t("Step 4 converted 38 million payment records in a single transaction and wrote about 180 GB of WAL "
                  "in half an hour. The standby in data centre B, rebuilt only minutes before, could not keep up over "
                  "the 1 Gbit/s link, and its replication slot made the primary keep every WAL segment the standby had "
                  "not yet received. The 200 GB WAL volume filled at 23:43 and PostgreSQL stopped accepting writes.",
                    "第4步在单个事务中转换3800万条支付记录，半小时内产生约180 GB WAL日志。B数据中心备库刚刚重建，"
                    "经1 Gbit/s专线复制跟不上写入速度，而复制槽使主库必须保留备库尚未接收的全部WAL日志。"
                    "23:43，200 GB的WAL卷写满，PostgreSQL停止接受写入。")},
            {"contributing_factors",
                t("The rehearsal in the test environment had no standby, so the growth of the WAL was never seen. The "
                  "WAL volume had a single alarm, at 85%. The standby was rebuilt before the data migration instead of "
                  "after it. The go/no-go criteria set no limit on replication lag or WAL usage.",
                    "测试环境演练时未部署备库，未能发现WAL日志增长问题；WAL卷仅在85%设置了一级告警；"
                    "备库重建安排在数据迁移之前而非之后；实施决策条件中没有复制延迟和WAL卷使用率的量化要求。")},
            {"went_well",
                t("The upgrade was stopped two minutes after the step failed. Rollback plan A worked as written and "
                  "PostgreSQL 14 was back within 35 minutes. Stores and customer service were told within 15 minutes, "
                  "with a reply script for customers. No data was lost, and the log of the run made this review "
                  "straightforward.",
                    "步骤失败后2分钟即停止升级；回退方案A按预案顺利执行，35分钟内恢复PostgreSQL 14；"
                    "15分钟内通知门店和客户服务中心并下发客户答复口径；数据无丢失；执行记录完整，为本次总结提供了依据"
                    "。")},
            {"went_badly",
                t("The problem began 19 minutes before the alarm. The time it occurred was first recorded as the time "
                  "it was detected and had to be corrected from the graphs two days later. The warehouses heard of the "
                  "delay only at 00:40, after their pickers had waited for an hour. Nobody was assigned to watch the "
                  "replication lag during the window.",
                    "问题发生19分钟后才触发告警；问题发生时间最初按发现时间记录，两天后才根据监控曲线更正；"
                    "仓库直到00:40才得知延迟，拣货人员已空等一小时；升级期间无专人盯守复制延迟。")},
            {"lessons",
                t("Rehearse on the production layout, standby included. Migrate large amounts of data in batches. "
                  "Give the go/no-go criteria numbers that can be checked. Name who watches the monitoring, and tell "
                  "the warehouses as early as the stores.",
                    "演练环境应与生产架构一致，包括备库；大批量数据迁移应分批进行；实施决策条件应量化、可核查；"
                    "升级期间应明确监控值守人员；仓库与门店应同步通知。")},
            {"commendations",
                t("Sun Hao and Ma Jun, for a calm and exact rollback in the middle of the night; Zhou Min, for clear "
                  "and timely notices to the stores and to customers.",
                    "孙浩、马俊深夜沉着冷静、准确高效地完成回退操作；周敏及时、清晰地向门店和客户发布通知。特予通报表扬"
                    "。")},
            {"reviewer", name(ZhaoQiang)}, {"reviewed_on", date("2026-09-18")}, {"approver", name(ChenJianguo)},
            {"approved_on", date("2026-09-22")}});

    const struct
    {
        const char *text[2];
        Person owner;
        const char *due;
    } actions[] = {
        {{"Rewrite the step 4 migration to convert the payment records in batches of 50,000, committing after each "
          "batch.",
             "改写第4步数据迁移脚本，按每批5万条分批转换支付记录，每批单独提交。"},
            LinTao, "2026-10-16"},
        {{"Alarm at 60% and at 80% WAL volume usage, and when the standby is more than 5 minutes behind.",
             "增加WAL卷使用率60%、80%两级告警，以及备库复制延迟超过5分钟告警。"},
            LiuYang, "2026-09-30"},
        {{"Put measurable go/no-go limits for database upgrades into the plan, and name a monitoring engineer in the "
          "operations assurance group.",
             "在预案中增加数据库升级实施决策量化标准，并在运维保障组明确监控值守人员。"},
            WangLei, "2026-10-31"},
        {{"Rehearse the second attempt in the staging environment, with a standby in the production layout.",
             "在预生产环境中按生产架构（含备库）演练第二次升级。"},
            SunHao, "2026-10-17"},
        {{"Raise the link between data centres A and B to 10 Gbit/s.", "将A、B数据中心之间的专线带宽提升至10 Gbit/s。"},
            GuoPeng, "2026-12-31"},
    };
    int position = 0;
    for (const auto &action : actions) {
        m_reviewActions << add(QStringLiteral("review_action"),
            {{"review_id", m_reviewId}, {"position", ++position},
                {"text", QString::fromUtf8(action.text[m_chinese ? 1 : 0])}, {"owner", name(action.owner)},
                {"due_on", date(action.due)}, {"status", QStringLiteral("open")}});
    }
    // Work done before the drill.
    const QString table = QStringLiteral("review_action");
    change(table, m_reviewActions.at(1), {{"status", QStringLiteral("done")}});
    change(table, m_reviewActions.at(0), {{"status", QStringLiteral("done")}});
    change(table, m_reviewActions.at(2), {{"status", QStringLiteral("in_progress")}});
    change(table, m_reviewActions.at(4), {{"status", QStringLiteral("in_progress")}});
}

void SampleStory::holdTheDrill()
{
    m_drillId = add(QStringLiteral("drill"),
        {{"scheduled_on", date("2026-10-17")}, {"scenario", QStringLiteral("data_loss")},
            {"scenario_text",
                t("During a rehearsal of the second upgrade attempt in the staging environment, the primary's data "
                  "directory is deleted after the data migration and the standby is declared unavailable. The team "
                  "restores the order database from the nightly full backup and the WAL archive onto the spare "
                  "server, checks its integrity and brings the order platform back.",
                    "在预生产环境演练第二次升级过程中，数据迁移完成后删除主库数据目录，并设定备库不可用。"
                    "演练人员利用每日全量备份及WAL归档在备用服务器上恢复订单数据库，完成完整性校验并恢复订单平台运行"
                    "。")},
            {"participants",
                t("Zhao Qiang (drill lead); Sun Hao, Ma Jun, Lin Tao (technical support); Liu Yang, He Xin "
                  "(operations assurance); Yang Fan (warehouse and logistics); Wu Fang (information liaison); "
                  "observer: "
                  "Huang Li",
                    "赵强（演练总指挥）；孙浩、马俊、林涛（技术支持组）；刘洋、何欣（运维保障组）；杨帆（仓储物流部）；"
                    "吴芳（信息联络组）；观摩：黄丽")}});

    QString refusal;
    m_now = beijing("2026-10-17 09:30:00");
    m_session = RunSession::start(
        m_document, m_upgradeId, QStringLiteral("rehearsal"), m_drillId, name(ZhaoQiang), [this] { return m_now; },
        &refusal);
    require(m_session != nullptr, refusal);
    const QString noUsers
        = t("Staging environment: no department or user is affected.", "预生产环境演练，不涉及业务部门和用户。");
    const char *const times[] = {"2026-10-17 09:31:00", "2026-10-17 09:31:40", "2026-10-17 09:32:10",
        "2026-10-17 09:33:00", "2026-10-17 09:34:00", "2026-10-17 09:34:30", "2026-10-17 09:35:20",
        "2026-10-17 09:36:30", "2026-10-17 09:37:40"};
    for (int position = 1; position <= 9; ++position) {
        const bool skipped = position == 3 || position == 6;
        at(times[position - 1], skipped ? ZhaoQiang : SunHao);
        requireSession(skipped ? m_session->markSkipped(runItem("before", position), noUsers)
                               : m_session->tick(runItem("before", position)));
    }
    at("2026-10-17 09:40:00", WuFang);
    requireSession(m_session->tick(runItem("during", 1)));
    at("2026-10-17 09:41:30", SunHao);
    requireSession(m_session->logEvent(t("Staging cluster in the production layout: PostgreSQL 14 primary and standby, "
                                         "data copied from production on 15 October and masked.",
        "预生产集群按生产架构部署：PostgreSQL 14主库及备库，数据于10月15日从生产环境复制并脱敏。")));
    at("2026-10-17 09:58:20", MaJun);
    requireSession(m_session->logEvent(t("Upgraded to 15; step 4 in batches of 50,000 took 17 minutes, the lag stayed "
                                         "under 20 seconds and the WAL volume peaked at 31%.",
        "已升级至15；第4步按每批5万条执行，用时17分钟，复制延迟始终低于20秒，WAL卷使用率最高31%。")));
    at("2026-10-17 10:02:00", SunHao);
    requireSession(m_session->tick(runItem("during", 2)));
    at("2026-10-17 10:06:00", ZhaoQiang);
    requireSession(m_session->logEvent(t("Drill injection: the data directory of the staging primary deleted, the "
                                         "standby declared unavailable.",
        "演练注入：删除预生产主库数据目录，设定备库不可用。")));
    at("2026-10-17 10:07:10", HeXin);
    requireSession(m_session->recordMilestone(QStringLiteral("detected")));
    at("2026-10-17 10:08:00", ZhaoQiang);
    requireSession(m_session->recordMilestone(QStringLiteral("occurred"), beijing("2026-10-17 10:06:00")));
    at("2026-10-17 10:09:00", ZhaoQiang);
    requireSession(m_session->recordMilestone(QStringLiteral("reported")));
    at("2026-10-17 10:10:00", ZhaoQiang);
    requireSession(m_session->declareLevel(LevelI,
        t("The order database is lost and the order platform is down: level I by its criteria.",
            "订单数据库丢失，订单平台全面中断，符合Ⅰ级预警条件。")));
    at("2026-10-17 10:11:00", ZhaoQiang);
    requireSession(m_session->stop(
        t("The primary's data is gone; no further upgrade step can run.", "主库数据已丢失，无法继续执行升级步骤。")));
    at("2026-10-17 10:12:30", SunHao);
    requireSession(m_session->tick(runItem("during", 4)));
    at("2026-10-17 10:15:00", ZhaoQiang);
    requireSession(m_session->startRollback(t("Plan B: restore the full backup of 02:00 and the WAL archive onto the "
                                              "spare server.",
        "执行方案B：在备用服务器上恢复02:00全量备份及WAL归档。")));
    at("2026-10-17 10:20:00", LiuYang);
    requireSession(m_session->logEvent(t("Restore started on the spare server: the full backup of 02:00 (410 GB), then "
                                         "the WAL archive.",
        "备用服务器开始恢复：先恢复02:00全量备份（410 GB），再回放WAL归档。")));
    at("2026-10-17 10:25:30", SunHao);
    requireSession(m_session->logEvent(t("Vendor engineer Qian Bo's number no longer reaches the support desk; the "
                                         "hotline names Tian Yu as our engineer since 1 October.",
        "厂商工程师钱波的电话已无法联系到技术支持，经热线查询，自10月1日起改由田宇负责我公司。")));
    at("2026-10-17 11:52:00", LiuYang);
    requireSession(
        m_session->logEvent(t("Restore finished after 97 minutes; row counts and checksums compared with the "
                              "copy taken at 10:06.",
            "恢复完成，用时97分钟；已与10:06的数据副本比对行数及校验和。")));
    at("2026-10-17 11:57:00", LiuYang);
    requireSession(m_session->markFailed(runItem("recovery", 1),
        t("The integrity check found 212 test orders of 09:53 to 10:06 missing: the WAL archive is copied only every "
          "15 "
          "minutes.",
            "完整性校验发现09:53至10:06的212笔测试订单缺失：WAL归档每15分钟才同步一次。")));
    at("2026-10-17 12:01:00", MaJun);
    requireSession(m_session->tick(runItem("recovery", 2)));
    at("2026-10-17 12:04:00", YangFan);
    requireSession(m_session->logEvent(t("The warehouse management system was still reading from the lost primary; "
                                         "re-pointed by hand. The checklist has no step for it.",
        "仓储管理系统仍连接已丢失的主库，已手工切换；检查单中缺少此步骤。")));
    at("2026-10-17 12:08:00", LinTao);
    requireSession(m_session->tick(runItem("recovery", 3)));
    at("2026-10-17 12:10:00", ZhaoQiang);
    requireSession(m_session->serviceRestored(t("Order platform and warehouse system work on the restored database; "
                                                "test orders go through.",
        "订单平台和仓储管理系统已在恢复后的数据库上正常运行，测试订单处理成功。")));
    at("2026-10-17 12:11:00", LiuYang);
    requireSession(m_session->tick(runItem("during", 3)));
    at("2026-10-17 12:12:00", WuFang);
    requireSession(m_session->tick(runItem("during", 5)));
    at("2026-10-17 12:20:00", ZhaoQiang);
    requireSession(m_session->endEmergency(t("Drill objectives met: the database was restored and the platform works "
                                             "again; the data loss and the missing checklist step are findings.",
        "演练目标基本达成：数据库已恢复，平台恢复运行；数据丢失及检查单缺项列入演练发现的问题。")));
    m_session.reset();

    change(QStringLiteral("drill"), m_drillId,
        {{"result", QStringLiteral("partial")},
            {"findings",
                t("1. Restoring the order database from backup works; it took 97 minutes, within the 2 hours planned "
                  "but longer than the 90 minutes the business departments accept.\n"
                  "2. 212 test orders (13 minutes) were lost, because the WAL archive is copied only every 15 "
                  "minutes.\n"
                  "3. The recovery checklist has no step to re-point the warehouse management system to the restored "
                  "database.\n"
                  "4. The plan still named the vendor's previous support engineer, whose number no longer reaches the "
                  "support desk.\n"
                  "5. The batch migration and the new alarms from the September review worked: the lag stayed under "
                  "20 seconds.",
                    "1. "
                    "利用备份恢复订单数据库的流程可行，用时97分钟，在计划的2小时以内，但超过业务部门可接受的90分钟。\n"
                    "2. 由于WAL归档每15分钟才同步一次，丢失测试订单212笔（约13分钟的数据）。\n"
                    "3. 恢复阶段检查单缺少将仓储管理系统切换至恢复后数据库的步骤。\n"
                    "4. 预案中登记的仍是厂商原技术支持工程师，其电话已无法联系到技术支持。\n"
                    "5. 9月事后总结提出的分批迁移和新增告警措施有效，复制延迟始终低于20秒。")}});

    const struct
    {
        const char *text[2];
        Person owner;
        const char *due;
        const char *status;
    } actions[] = {
        {{"Copy the WAL archive to data centre B every 60 seconds instead of every 15 minutes.",
             "WAL归档同步至B数据中心的间隔由15分钟缩短为60秒。"},
            SunHao, "2026-10-24", "done"},
        {{"Restore with four parallel processes and time the restore again; the target is under 90 minutes.",
             "采用4个并行进程恢复，并重新测定恢复用时，目标为90分钟以内。"},
            LiuYang, "2026-11-30", "in_progress"},
        {{"Add a recovery step to the standard checklist: re-point the warehouse management system to the restored "
          "database and check its order queue.",
             "在标准检查单恢复阶段增加步骤：将仓储管理系统切换至恢复后的数据库并核对订单队列。"},
            WangLei, "2026-10-31", "open"},
        {{"Replace the vendor's support engineer in the contacts and verify the new number.",
             "更新预案中厂商技术支持工程师的联系方式，并核实新号码。"},
            ZhouMin, "2026-10-24", "in_progress"},
    };
    int position = 0;
    for (const auto &action : actions) {
        m_drillActions << add(QStringLiteral("drill_action"),
            {{"drill_id", m_drillId}, {"position", ++position},
                {"text", QString::fromUtf8(action.text[m_chinese ? 1 : 0])}, {"owner", name(action.owner)},
                {"due_on", date(action.due)}, {"status", QString::fromLatin1(action.status)}});
    }
    // The drill also proved the first review action.
    change(QStringLiteral("review_action"), m_reviewActions.at(0),
        {{"status", QStringLiteral("verified")}, {"verified_by", name(SunHao)}});
    change(QStringLiteral("review_action"), m_reviewActions.at(3), {{"status", QStringLiteral("done")}});
}

void SampleStory::reviseThePlan()
{
    // New people in the organisation, and the vendor's new engineer in the old one's record.
    const qint64 heXin = add(QStringLiteral("member"),
        {{"name", name(HeXin)}, {"department", t("IT Department", "信息技术部")},
            {"job_title", t("Monitoring Engineer", "监控值班工程师")},
            {"phone_office", QStringLiteral("021-5555-0233")}, {"phone_mobile", QStringLiteral("138-0000-1017")},
            {"email", QStringLiteral("he.xin@example.com")}, {"backup_member_id", qint64(LiuYang)},
            {"verified_on", date("2026-10-26")},
            {"note",
                t("Watches the replication lag and the WAL usage throughout every database upgrade.",
                    "数据库升级全程负责盯守复制延迟及WAL卷使用率。")}});
    const qint64 yangFan = add(QStringLiteral("member"),
        {{"name", name(YangFan)}, {"department", t("Warehouse and Logistics", "仓储物流部")},
            {"job_title", t("Dispatch Supervisor", "调度主管")}, {"phone_office", QStringLiteral("0573-5555-0601")},
            {"phone_mobile", QStringLiteral("138-0000-1018")}, {"email", QStringLiteral("yang.fan@example.com")},
            {"backup_member_id", qint64(TangYan)}, {"verified_on", date("2026-10-26")},
            {"note",
                t("Tells the Jiaxing and Kunshan warehouses when the flow of orders stops and resumes.",
                    "负责向嘉兴、昆山仓库通报订单中断和恢复情况。")}});
    require(heXin == HeXin && yangFan == YangFan, QStringLiteral("New members must follow the first ones"));
    nameParts(heXin, HeXin);
    nameParts(yangFan, YangFan);
    add(QStringLiteral("group_member"),
        {{"group_id", OperationsGroup}, {"member_id", heXin}, {"role", QStringLiteral("member")},
            {"escalation_order", 3}});
    add(QStringLiteral("group_member"),
        {{"group_id", BusinessGroup}, {"member_id", yangFan}, {"role", QStringLiteral("member")},
            {"escalation_order", 3}});
    change(QStringLiteral("member"), QianBo,
        {{"name", name(TianYu)}, {"phone_mobile", QStringLiteral("138-0000-1019")},
            {"email", QStringLiteral("tian.yu@example.com")}, {"verified_on", date("2026-10-22")},
            {"note",
                t("Our support engineer at the vendor since 1 October 2026; answers within 30 minutes under the "
                  "contract.",
                    "自2026年10月1日起负责我公司技术支持，按合同30分钟内响应。")}});
    nameParts(QianBo, TianYu);
    for (const Person person : {SunHao, MaJun, LiuYang, ZhouMin, WuFang}) {
        change(QStringLiteral("member"), person, {{"verified_on", date("2026-10-26")}});
    }

    // The data-loss risk re-assessed, and the risk behind the rollback.
    change(QStringLiteral("risk"), 2,
        {{"likelihood", 3},
            {"prevention",
                t("Back up key data in full before the upgrade and verify the backup by a test restore; migrate large "
                  "tables in batches; copy the WAL archive every 60 seconds; rehearse the migration with a standby in "
                  "place.",
                    "升级前对关键数据进行完整备份并通过恢复测试验证；大表分批迁移；WAL归档每60秒同步一次；"
                    "在部署备库的环境中预先演练数据迁移。")}});
    add(QStringLiteral("risk"),
        {{"category_id", 5},
            {"description",
                t("The standby falls behind during a large data migration and the primary's WAL volume fills up.",
                    "大批量数据迁移期间备库复制滞后，导致主库WAL卷写满。")},
            {"cause",
                t("Bulk changes in one transaction; the replication slot keeps all WAL until the standby has it; "
                  "limited bandwidth between the data centres.",
                    "在单个事务内大批量修改数据；复制槽在备库接收前保留全部WAL日志；数据中心间专线带宽有限。")},
            {"likelihood", 3}, {"impact", 4},
            {"prevention",
                t("Migrate in batches; alarms at 60% and 80% WAL usage and at 5 minutes of lag; rebuild the standby "
                  "after the migration; apply the go/no-go limits for database upgrades.",
                    "分批迁移数据；设置WAL卷使用率60%、80%及复制延迟5分钟告警；数据迁移完成后再重建备库；"
                    "执行数据库升级实施决策量化标准。")},
            {"contingency",
                t("Pause the migration between batches; above 80% WAL usage drop the standby's replication slot and "
                  "rebuild the standby afterwards; STOP the upgrade if the primary refuses writes.",
                    "在批次之间暂停迁移；WAL卷使用率超过80%时删除备库复制槽，待迁移完成后重建备库；"
                    "主库拒绝写入时立即停止升级。")},
            {"owner_group_id", TechnicalGroup}, {"status", QStringLiteral("mitigated")}});

    change(QStringLiteral("measure"), 1,
        {{"body",
            t("Key data and system configuration are backed up in full before every upgrade, and each backup is "
              "verified by a test restore. The WAL archive of the order database is copied to data centre B every 60 "
              "seconds.",
                "每次升级前对关键数据和系统配置进行完整备份，并通过恢复测试验证备份有效性。"
                "订单数据库的WAL归档每60秒同步至B数据中心一次。")}});
    add(QStringLiteral("measure"),
        {{"position", 12}, {"type", QStringLiteral("technical")},
            {"title", t("Go/no-go limits for database upgrades", "数据库升级实施决策量化标准")},
            {"body",
                t("A database upgrade goes ahead only when the standby is less than 1 minute behind, the WAL volume is "
                  "less than 50% full and the day's full backup has been restored on the spare server. During the "
                  "window the emergency command stops the upgrade when the lag passes 5 minutes, the WAL volume passes "
                  "80% or a step takes more than one and a half times its rehearsed time.",
                    "数据库升级须同时满足以下条件方可实施：备库复制延迟小于1分钟，WAL卷使用率低于50%，"
                    "当日全量备份已在备用服务器上恢复成功。升级窗口内，复制延迟超过5分钟、WAL卷使用率超过80%"
                    "或任一步骤耗时超过演练用时的1.5倍时，应急指挥部应立即停止升级。")}});

    // The step the drill found missing, before the training of users.
    const qint64 training = queryValue(m_document->database(),
        QStringLiteral("SELECT id FROM checklist_template_item WHERE template_id = ? AND phase = 'recovery' "
                       "AND position = 4"),
        {StandardChecklist})
                                .toLongLong();
    require(training != 0, QStringLiteral("The template has no fourth recovery item"));
    change(QStringLiteral("checklist_template_item"), training, {{"position", 5}});
    add(QStringLiteral("checklist_template_item"),
        {{"template_id", StandardChecklist}, {"phase", QStringLiteral("recovery")}, {"position", 4},
            {"text",
                t("Re-point the warehouse management system to the restored database and check its queue of new "
                  "orders.",
                    "将仓储管理系统切换至恢复后的数据库，并核对新订单队列。")},
            {"responsible", t("Operations assurance group", "运维保障组")}, {"offset_minutes", 390},
            {"duration_minutes", 20}});

    require(m_document->setHeader(PlanField::Version, QStringLiteral("1.1")), QStringLiteral("Cannot set the version"));
    require(m_document->setHeader(PlanField::EffectiveDate, date("2026-10-30")),
        QStringLiteral("Cannot set the effective date"));
    // What the revision takes up is being worked on until it is published.
    change(QStringLiteral("drill_action"), m_drillActions.at(2), {{"status", QStringLiteral("in_progress")}});
}

void SampleStory::publishSecondEdition()
{
    RevisionPublisher publisher(m_document);
    RevisionDraft draft = publisher.suggestedDraft();
    require(draft.version == QLatin1String("1.1"), QStringLiteral("The publisher suggests %1").arg(draft.version));
    draft.publishedOn = QDate(2026, 10, 30);
    draft.summary = t(
        "After the review of the 12 September upgrade and the data-loss drill of 17 October: a monitoring "
        "engineer and the warehouse dispatcher join the organisation, with the vendor's new support "
        "engineer; the data-loss risk re-assessed and a new risk for replication lag; measurable go/no-go "
        "limits for database upgrades; the WAL archive copied every 60 seconds; a recovery step to "
        "re-point the warehouse system.",
        "根据9月12日升级事后总结及10月17日数据丢失演练修订：运维保障组增加监控值守人员，业务协调组增加仓储调度人员，"
        "更新厂商技术支持联系人；重新评估数据丢失风险，新增复制延迟风险；增加数据库升级实施决策量化标准；"
        "WAL归档改为每60秒同步；恢复阶段增加仓储管理系统切换步骤。");
    draft.addressedActions = {{QStringLiteral("review_action"), m_reviewActions.at(2)},
        {QStringLiteral("drill_action"), m_drillActions.at(2)}, {QStringLiteral("drill_action"), m_drillActions.at(3)}};
    QString error;
    require(publisher.publish(draft, &error) != 0, error);
}

void SampleStory::closeTheActions()
{
    change(QStringLiteral("review_action"), m_reviewActions.at(2), {{"status", QStringLiteral("done")}});
    change(QStringLiteral("drill_action"), m_drillActions.at(2), {{"status", QStringLiteral("done")}});
    change(QStringLiteral("drill_action"), m_drillActions.at(3), {{"status", QStringLiteral("done")}});
}

} // namespace fallback::samplegen
