// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contact import and export as a user sees them: who lands in the plan with
// which numbers, in which groups, what is reported, and what undo does.
#include "document/plandocument.h"
#include "interchange/contactexport.h"
#include "interchange/contactfile.h"
#include "interchange/contactimport.h"
#include "interchange/csvreader.h"
#include "interchange/planjsonimport.h"
#include "interchange/textdecoding.h"
#include "interchange/vcardreader.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;

namespace {

QString contactFixture(const QString &name)
{
    return testDataPath(QStringLiteral("contacts/") + name);
}

/// One contact as the plan stores it, with its groups and roles ("技术支持组=lead").
struct Contact
{
    QString name, department, jobTitle, phoneOffice, phoneMobile, email, verifiedOn, note;
    QStringList groups;

    friend bool operator==(const Contact &a, const Contact &b)
    {
        return a.name == b.name && a.department == b.department && a.jobTitle == b.jobTitle
            && a.phoneOffice == b.phoneOffice && a.phoneMobile == b.phoneMobile && a.email == b.email
            && a.verifiedOn == b.verifiedOn && a.note == b.note && a.groups == b.groups;
    }
};

QList<Contact> contactsOf(const QSqlDatabase &db)
{
    QList<Contact> contacts;
    QSqlQuery query = execQuery(db,
        QStringLiteral("SELECT id, name, department, job_title, phone_office, phone_mobile, email, "
                       "coalesce(verified_on, ''), note FROM member ORDER BY name, phone_mobile, id"));
    while (query.next()) {
        Contact c {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
            query.value(8).toString(), {}};
        QSqlQuery groups = execQuery(db,
            QStringLiteral(
                "SELECT g.name || '=' || gm.role FROM group_member gm JOIN org_group g ON g.id = gm.group_id "
                "WHERE gm.member_id = ? ORDER BY g.name"),
            {query.value(0)});
        while (groups.next()) {
            c.groups << groups.value(0).toString();
        }
        contacts << c;
    }
    return contacts;
}

/// Per contact, by name: "name | family | given | backup's name | uid", what
/// makes the same person in another program and stands in for them.
QStringList identitiesOf(const QSqlDatabase &db)
{
    QStringList identities;
    QSqlQuery query = execQuery(db,
        QStringLiteral("SELECT m.name || ' | ' || m.family_name || ' | ' || m.given_name || ' | ' "
                       "|| coalesce(b.name, '') || ' | ' || m.uid FROM member m "
                       "LEFT JOIN member b ON b.id = m.backup_member_id ORDER BY m.name, m.phone_mobile, m.id"));
    while (query.next()) {
        identities << query.value(0).toString();
    }
    return identities;
}

Contact contactNamed(const QSqlDatabase &db, const QString &name)
{
    for (const Contact &c : contactsOf(db)) {
        if (c.name == name) {
            return c;
        }
    }
    return {};
}

QList<int> linesOf(const ContactImportPlan &plan, ContactImportIssue::Kind kind)
{
    QList<int> lines;
    for (const ContactImportIssue &issue : plan.issues) {
        if (issue.kind == kind) {
            lines << issue.line;
        }
    }
    return lines;
}

int count(const QSqlDatabase &db, const QString &table)
{
    return queryValue(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
}

} // namespace

Q_DECLARE_METATYPE(ContactField)
Q_DECLARE_METATYPE(ContactExport::Format)
Q_DECLARE_METATYPE(Contact)

namespace QTest {
template<> char *toString(const Contact &c)
{
    return qstrdup(QStringList {c.name, c.department, c.jobTitle, c.phoneOffice, c.phoneMobile, c.email, c.verifiedOn,
        c.note, c.groups.join(QLatin1Char('|'))}
                       .join(QLatin1String(" / "))
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestContactImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_plans = 0;

    std::unique_ptr<PlanDocument> newPlan(const QString &templateName = QStringLiteral("zh_CN"))
    {
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.fallback").arg(++m_plans));
        if (!PlanJsonImport::createFromTemplate(templateName, path).isEmpty()) {
            return nullptr;
        }
        return test::openDocument(path, PlanFile::Access::ReadWrite, nullptr);
    }

    /// Reads, maps automatically and imports \a file, as the command line does.
    ContactImportPlan import(PlanDocument &document, const QString &file, QString *encoding = nullptr)
    {
        QString error;
        const std::optional<ContactTable> table = ContactFile::read(file, &error);
        if (!table) {
            qWarning() << error;
            return {};
        }
        if (encoding) {
            *encoding = table->encoding;
        }
        const ContactImportPlan plan = ContactImport::prepare(document, *table, table->mapping);
        if (!ContactImport::apply(document, plan, &error)) {
            qWarning() << error;
        }
        return plan;
    }

private Q_SLOTS:
    void csvRecordsKeepQuotedSeparatorsAndTheirLines()
    {
        const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,\"\",\r\n");
        const QList<CsvRecord> records = csvreader::read(text, QLatin1Char(','));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(1).fields,
            (QStringList {QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(2).fields, (QStringList {QStringLiteral("last"), QString(), QString()}));

        // Old Mac line ends, a blank line, and Excel's separator line.
        const CsvDocument mac = csvreader::read(QStringLiteral("sep=;\ra;b\r\rc;\"d\rd\"\re;f"));
        QCOMPARE(mac.separator, QLatin1Char(';'));
        QCOMPARE(mac.records.size(), 4);
        QCOMPARE(mac.records.at(0).line, 2);
        QVERIFY(mac.records.at(1).isBlank());
        QCOMPARE(mac.records.at(2).fields.at(1), QStringLiteral("d\nd"));
        QCOMPARE(mac.records.at(3).line, 6);
    }

    void separatorIsDetected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QStringLiteral("Name,Mobile\nA,1\n") << QChar(u',');
        QTest::newRow("semicolon with commas in values")
            << QStringLiteral("Name;Note\n\"Chen, Hao\";a, b, c\nWu;x\n") << QChar(u';');
        QTest::newRow("tab") << QStringLiteral("姓名\t手机\t备注\n张三\t1\t有,逗号\n") << QChar(u'\t');
        QTest::newRow("title row above the header")
            << QStringLiteral("通讯录\n姓名;手机;部门\n甲;1;IT\n乙;2;IT\n") << QChar(u';');
    }

    void separatorIsDetected()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(csvreader::detectSeparator(text), separator);
    }

    void encodingIsDetected()
    {
        const QString name = QStringLiteral("龚䶮,陈思远");
        QCOMPARE(textdecoding::decode(name.toUtf8()).encoding, QStringLiteral("UTF-8"));
        QCOMPARE(textdecoding::decode(QByteArray("\xEF\xBB\xBF") + name.toUtf8()).text, name);
        QStringEncoder gb18030("GB18030");
        QVERIFY2(gb18030.isValid(), "this Qt has no GB18030 codec (built without ICU?)");
        const DecodedText gb = textdecoding::decode(gb18030.encode(name));
        QCOMPARE(gb.encoding, QStringLiteral("GB18030"));
        QCOMPARE(gb.text, name);
        QVERIFY(gb.isText);
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QCOMPARE(textdecoding::decode(utf16.encode(name)).text, name);
        QVERIFY(!textdecoding::decode(fileBytes(contactFixture(QStringLiteral("binary.csv")))).isText);
        QVERIFY(!textdecoding::isValidUtf8("\xE5\xBC")); // cut off in the middle of a character
        QVERIFY(!textdecoding::isValidUtf8("\xC0\xAF")); // overlong
    }

    void headersAreMappedAutomatically_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<ContactField>("field");
        const QList<QPair<const char *, ContactField>> cases = {{"姓名", ContactField::Name},
            {"姓 名", ContactField::Name}, {"Full name", ContactField::Name}, {" NAME ", ContactField::Name},
            {"手机", ContactField::PhoneMobile}, {"手机号", ContactField::PhoneMobile},
            {"移动电话", ContactField::PhoneMobile}, {"Mobile", ContactField::PhoneMobile},
            {"cell", ContactField::PhoneMobile}, {"办公电话", ContactField::PhoneOffice},
            {"座机", ContactField::PhoneOffice}, {"电话", ContactField::PhoneOffice},
            {"Office", ContactField::PhoneOffice}, {"Phone", ContactField::PhoneOffice},
            {"Work phone", ContactField::PhoneOffice}, {"邮箱", ContactField::Email}, {"电子邮件", ContactField::Email},
            {"E-mail", ContactField::Email}, {"email", ContactField::Email}, {"部门", ContactField::Department},
            {"Department", ContactField::Department}, {"职务", ContactField::JobTitle},
            {"职位", ContactField::JobTitle}, {"Job title", ContactField::JobTitle}, {"Title", ContactField::JobTitle},
            {"所属小组", ContactField::Group}, {"小组", ContactField::Group}, {"组", ContactField::Group},
            {"Group", ContactField::Group}, {"Team", ContactField::Group}, {"角色", ContactField::Role},
            {"Role", ContactField::Role}, {"备注", ContactField::Note}, {"Note", ContactField::Note},
            {"核实日期", ContactField::VerifiedOn}, {"Verified", ContactField::VerifiedOn},
            {"手机（必填）", ContactField::PhoneMobile}, {"生日", ContactField::Ignored}, {"", ContactField::Ignored}};
        for (const auto &[header, field] : cases) {
            QTest::newRow(*header ? header : "empty") << QString::fromUtf8(header) << field;
        }
    }

    void headersAreMappedAutomatically()
    {
        QFETCH(QString, header);
        QFETCH(ContactField, field);
        QCOMPARE(ContactFields::fromHeader(header), field);
    }

    void rolesAndDatesAreUnderstood()
    {
        QCOMPARE(ContactFields::roleFromText(QStringLiteral("组长")), QStringLiteral("lead"));
        QCOMPARE(ContactFields::roleFromText(QStringLiteral("副组长")), QStringLiteral("deputy"));
        QCOMPARE(ContactFields::roleFromText(QStringLiteral("成员")), QStringLiteral("member"));
        QCOMPARE(ContactFields::roleFromText(QStringLiteral("Leader")), QStringLiteral("lead"));
        QCOMPARE(ContactFields::roleFromText(QStringLiteral("Deputy")), QStringLiteral("deputy"));
        QCOMPARE(ContactFields::roleFromText(QString()), QStringLiteral("member"));
        QVERIFY(ContactFields::roleFromText(QStringLiteral("顾问")).isEmpty());
        const QDate march(2025, 3, 4);
        for (const char *text :
            {"2025-03-04", "2025/3/4", "2025.3.4", "2025年3月4日", "20250304", "2025-03-04 00:00:00"}) {
            QCOMPARE(ContactFields::dateFromText(QString::fromUtf8(text)), march);
        }
        QVERIFY(!ContactFields::dateFromText(QStringLiteral("下周")).isValid());
        QVERIFY(!ContactFields::dateFromText(QStringLiteral("2025-02-30")).isValid());
    }

    void csvFixturesLandInTheRightFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("imported");
        QTest::addColumn<Contact>("expected");
        QTest::newRow("comma, UTF-8") << QStringLiteral("comma-utf8.csv") << QStringLiteral("zh_CN")
                                      << QStringLiteral("UTF-8") << 4
                                      << Contact {QStringLiteral("李晓梅"), QStringLiteral("信息技术部"),
                                             QStringLiteral("系统工程师"), QStringLiteral("010-65521002"),
                                             QStringLiteral("13800138002"), QStringLiteral("lixm@example.com"),
                                             QStringLiteral("2025-03-02"), QStringLiteral("负责数据库"),
                                             {QStringLiteral("技术支持组=deputy")}};
        QTest::newRow("semicolon, UTF-8 with BOM")
            << QStringLiteral("semicolon-utf8-bom.csv") << QStringLiteral("en") << QStringLiteral("UTF-8 (BOM)") << 3
            << Contact {QStringLiteral("Oliver Grant"), QStringLiteral("Infrastructure"),
                   QStringLiteral("Network engineer"), QStringLiteral("021-58301011"),
                   QStringLiteral("+86 138 0013 8011"), QStringLiteral("oliver.grant@example.com"),
                   QStringLiteral("2025-02-10"), QStringLiteral("Night shift"),
                   {QStringLiteral("Technical support group=lead")}};
        QTest::newRow("tab") << QStringLiteral("tab-utf8.csv") << QStringLiteral("zh_CN") << QStringLiteral("UTF-8")
                             << 3
                             << Contact {QStringLiteral("Grace Lin"), QStringLiteral("QA"), QStringLiteral("Test lead"),
                                    QString(), QStringLiteral("13800138023"), QStringLiteral("grace.lin@example.com"),
                                    QString(), QString(), {QStringLiteral("运维保障组=deputy")}};
        QTest::newRow("GB18030 with a title row")
            << QStringLiteral("gb18030.csv") << QStringLiteral("zh_CN") << QStringLiteral("GB18030") << 3
            << Contact {QStringLiteral("龚䶮"), QStringLiteral("安全部"), QStringLiteral("安全主管"),
                   QStringLiteral("020-83001031"), QStringLiteral("13800138031"), QString(), QString(), QString(),
                   {QStringLiteral("安全保障组=member")}};
        QTest::newRow("quoted fields") << QStringLiteral("quoted.csv") << QStringLiteral("zh_CN")
                                       << QStringLiteral("UTF-8") << 3
                                       << Contact {QStringLiteral("吴 静"), QStringLiteral("运维中心"),
                                              QStringLiteral("值班员"), QString(), QStringLiteral("13800138042"),
                                              QStringLiteral("wuj@example.com"), QString(),
                                              QStringLiteral("备注：\"紧急\"联系\n夜间请拨手机\n勿发邮件"),
                                              {QStringLiteral("技术支持组=member"),
                                                  QStringLiteral("运维保障组=member")}};
    }

    void csvFixturesLandInTheRightFields()
    {
        QFETCH(QString, file);
        QFETCH(QString, templateName);
        QFETCH(QString, encoding);
        QFETCH(int, imported);
        QFETCH(Contact, expected);
        auto document = newPlan(templateName);
        QVERIFY(document);
        QString detected;
        const ContactImportPlan plan = import(*document, contactFixture(file), &detected);
        QCOMPARE(detected, encoding);
        QCOMPARE(plan.newMembers, imported);
        QVERIFY(plan.issues.isEmpty());
        QCOMPARE(count(document->database(), QStringLiteral("member")), imported);
        QCOMPARE(contactNamed(document->database(), expected.name), expected);
    }

    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        auto document = newPlan();
        import(*document, contactFixture(QStringLiteral("quoted.csv")));
        const Contact chen = contactNamed(document->database(), QStringLiteral("Chen, Haoran"));
        QCOMPARE(chen.department, QStringLiteral("R&D, Platform"));
        QCOMPARE(chen.jobTitle, QStringLiteral("Engineer \"on call\""));
        QCOMPARE(chen.phoneOffice, QStringLiteral("010-6552 1041"));
        QCOMPARE(chen.note, QStringLiteral("First line\nsecond line, with comma"));
        // Spaces around a quoted field do not belong to it.
        QCOMPARE(contactNamed(document->database(), QStringLiteral("Tang Wei")).note, QStringLiteral("plain"));
    }

    void groupsAreMatchedByNameOrCreatedAtTheTop()
    {
        auto document = newPlan();
        const QSqlDatabase db = document->database();
        const int groupsBefore = count(db, QStringLiteral("org_group"));
        const ContactImportPlan plan = import(*document, contactFixture(QStringLiteral("comma-utf8.csv")));
        QCOMPARE(plan.newGroups, 1);
        QCOMPARE(count(db, QStringLiteral("org_group")), groupsBefore + 1);
        QCOMPARE(contactNamed(db, QStringLiteral("王建国")).groups, QStringList {QStringLiteral("应急领导小组=lead")});
        // 技术支持组 sits two levels down in the template's tree; it is found there.
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM org_group WHERE name = '技术支持组'")).toInt(), 1);
        QVERIFY(
            queryValue(db, QStringLiteral("SELECT parent_id FROM org_group WHERE name = '新成立的协调小组'")).isNull());
        QCOMPARE(
            contactNamed(db, QStringLiteral("陈思远")).groups, QStringList {QStringLiteral("新成立的协调小组=member")});
        QCOMPARE(contactNamed(db, QStringLiteral("陈思远")).verifiedOn, QStringLiteral("2025-03-04"));
    }

    void skippedAndDuplicateRowsAreReportedWithTheirLines()
    {
        auto document = newPlan();
        const QSqlDatabase db = document->database();
        const ContactImportPlan plan = import(*document, contactFixture(QStringLiteral("skipped-duplicates.csv")));
        QCOMPARE(plan.newMembers, 4);
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Skipped), (QList<int> {3, 10}));
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Duplicate), (QList<int> {4, 9}));
        QCOMPARE(plan.count(ContactImportIssue::Kind::Warning), 0);
        // The repeated 韩梅 (same mobile, written differently) joins the second group instead.
        QCOMPARE(contactNamed(db, QStringLiteral("韩梅")).groups,
            (QStringList {QStringLiteral("技术支持组=member"), QStringLiteral("运维保障组=member")}));
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM member WHERE name = '高远'")).toInt(), 2);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT COUNT(*) FROM member WHERE name = '林小雨'")).toInt(), 1);
        const QString summary = ContactImport::summary(plan);
        QVERIFY2(summary.contains(QLatin1String("4")) && summary.contains(QLatin1String("2")), qPrintable(summary));
    }

    void contactsAlreadyInThePlanAreNotImportedTwice()
    {
        auto document = newPlan();
        import(*document, contactFixture(QStringLiteral("comma-utf8.csv")));
        const int steps = document->undoStack()->count();
        const ContactImportPlan again = import(*document, contactFixture(QStringLiteral("comma-utf8.csv")));
        QCOMPARE(again.newMembers, 0);
        QCOMPARE(linesOf(again, ContactImportIssue::Kind::Duplicate), (QList<int> {2, 3, 4, 5}));
        QVERIFY(again.changesNothing());
        QCOMPARE(document->undoStack()->count(), steps); // nothing to undo for an import that added nothing
        QCOMPARE(count(document->database(), QStringLiteral("member")), 4);
    }

    void unknownValuesAreImportedWithAWarning()
    {
        auto document = newPlan();
        QString error;
        const QByteArray csv = "姓名,角色,核实日期,所属小组\n钱进,顾问,下周一,技术支持组\n";
        const std::optional<ContactTable> table = ContactFile::parse(csv, QStringLiteral("x.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
        QCOMPARE(plan.newMembers, 1);
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Warning), (QList<int> {2, 2}));
        QVERIFY(ContactImport::apply(*document, plan, &error));
        const Contact qian = contactNamed(document->database(), QStringLiteral("钱进"));
        QCOMPARE(qian.groups, QStringList {QStringLiteral("技术支持组=member")});
        QVERIFY(qian.verifiedOn.isEmpty());
    }

    void phoneNumbersAndAddressesAreCheckedAsInTheRoster()
    {
        auto document = newPlan();
        QString error;
        const QByteArray csv = "姓名,手机,办公电话,邮箱\n"
                               "钱进,abc-not-a-phone,010-6552 1234 转 12,not-an-email\n"
                               "孙丽,+86 138 0013 8000,12,sunli@example.com\n";
        const std::optional<ContactTable> table = ContactFile::parse(csv, QStringLiteral("x.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
        QCOMPARE(plan.newMembers, 2);
        // The mobile and the address of line 2 and the office phone of line 3, each said with its line.
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Warning), (QList<int> {2, 2, 3}));
        QStringList messages;
        for (const ContactImportIssue &issue : plan.issues) {
            messages << issue.message;
        }
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("\"abc-not-a-phone\" is not a phone number")),
            qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(ContactImport::apply(*document, plan, &error));
        const QSqlDatabase db = document->database();
        QCOMPARE(queryValue(db,
                     QStringLiteral("SELECT phone_mobile || '|' || phone_office || '|' || email FROM member "
                                    "WHERE name = '钱进'"))
                     .toString(),
            QStringLiteral("|010-6552 1234 转 12|"));
        QCOMPARE(queryValue(db,
                     QStringLiteral("SELECT phone_mobile || '|' || phone_office || '|' || email FROM member "
                                    "WHERE name = '孙丽'"))
                     .toString(),
            QStringLiteral("+86 138 0013 8000||sunli@example.com"));
    }

    void vcardsLandInTheRightFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QList<int>>("skippedLines");
        QTest::addColumn<Contact>("expected");
        QTest::newRow("2.1 quoted-printable")
            << QStringLiteral("vcard21-qp.vcf") << 2 << QList<int> {25}
            << Contact {QStringLiteral("郑海涛"), QStringLiteral("信息技术部"), QStringLiteral("运维工程师"),
                   QStringLiteral("010-65521071"), QStringLiteral("13800138071"), QStringLiteral("zhenght@example.com"),
                   QString(), QStringLiteral("夜间值班\n备用手机见下\nOther phone: 13800138079 (cell)"), {}};
        QTest::newRow("2.1 from the name, home number")
            << QStringLiteral("vcard21-qp.vcf") << 2 << QList<int> {25}
            << Contact {QStringLiteral("Anna Walker"), QStringLiteral("Operations"), QString(),
                   QStringLiteral("0571-88001072"), QStringLiteral("+86 138 0013 8072"),
                   QStringLiteral("anna.walker@example.com"), QString(), QString(), {}};
        QTest::newRow("2.1 GB18030") << QStringLiteral("vcard21-gb18030.vcf") << 2 << QList<int> {}
                                     << Contact {QStringLiteral("冯丽娟"), QStringLiteral("客服中心"),
                                            QStringLiteral("值班主管"), QString(), QStringLiteral("13800138081"),
                                            QString(), QString(), QString(), {}};
        QTest::newRow("2.1 GB18030, untyped numbers")
            << QStringLiteral("vcard21-gb18030.vcf") << 2 << QList<int> {}
            << Contact {QStringLiteral("龚䶮"), QString(), QString(), QStringLiteral("020-83001082"),
                   QStringLiteral("13800138082"), QString(), QString(), QString(), {}};
        QTest::newRow("3.0 folded")
            << QStringLiteral("vcard30-folded.vcf") << 2 << QList<int> {}
            << Contact {QStringLiteral("司马知远"), QStringLiteral("运维中心"), QStringLiteral("值班经理"),
                   QStringLiteral("010-65521091"), QStringLiteral("138-0013-8091"),
                   QStringLiteral("simazy@example.com"), QString(),
                   QStringLiteral("负责数据库切换, 回退方案见附件\n第二行; 分号\nOther phone: 010-88881091 (home)\n"
                                  "Other phone: 010-65521999 (fax)\nOther email: zhiyuan.sima@example.net"),
                   {QStringLiteral("技术支持组=member"), QStringLiteral("运维保障组=member")}};
        QTest::newRow("3.0 folded note") << QStringLiteral("vcard30-folded.vcf") << 2 << QList<int> {}
                                         << Contact {QStringLiteral("Lucas Meyer"), QString(), QString(),
                                                QStringLiteral("+86 21 5830 1092"), QStringLiteral("+86 138 0013 8092"),
                                                QStringLiteral("lucas.meyer@example.com"), QString(),
                                                QStringLiteral("This note is long enough that the writer folded it "
                                                               "over two lines, keeping the space at the fold."),
                                                {QStringLiteral("Vendor support=member")}};
        QTest::newRow("4.0 tel: URIs") << QStringLiteral("vcard40-uri.vcf") << 2 << QList<int> {}
                                       << Contact {QStringLiteral("许嘉宁"), QStringLiteral("安全部"),
                                              QStringLiteral("安全工程师"), QStringLiteral("+86-10-6552-1101 ext. 204"),
                                              QStringLiteral("+86-138-0013-8101"), QStringLiteral("xujn@example.com"),
                                              QStringLiteral("2025-03-05"), QString(),
                                              {QStringLiteral("安全保障组=lead")}};
        QTest::newRow("4.0 untyped tel: URI")
            << QStringLiteral("vcard40-uri.vcf") << 2 << QList<int> {}
            << Contact {QStringLiteral("Sofia Park"), QString(), QString(), QStringLiteral("+86-21-5830-1102"),
                   QStringLiteral("+86-139-0000-8102"), QStringLiteral("sofia.park@example.com"), QString(), QString(),
                   {QStringLiteral("Technical support group=member"), QStringLiteral("Vendor support=member")}};
    }

    void vcardsLandInTheRightFields()
    {
        QFETCH(QString, file);
        QFETCH(int, imported);
        QFETCH(QList<int>, skippedLines);
        QFETCH(Contact, expected);
        auto document = newPlan();
        const ContactImportPlan plan = import(*document, contactFixture(file));
        QCOMPARE(plan.newMembers, imported);
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Skipped), skippedLines);
        QCOMPARE(contactNamed(document->database(), expected.name), expected);
    }

    void oneUndoStepRemovesTheWholeImport()
    {
        auto document = newPlan();
        const QSqlDatabase db = document->database();
        const int groups = count(db, QStringLiteral("org_group"));
        const int steps = document->undoStack()->count();
        const ContactImportPlan plan = import(*document, contactFixture(QStringLiteral("quoted.csv")));
        import(*document, contactFixture(QStringLiteral("comma-utf8.csv")));
        QCOMPARE(document->undoStack()->count(), steps + 2);
        QCOMPARE(count(db, QStringLiteral("member")), 7);

        document->undoStack()->undo();
        QCOMPARE(count(db, QStringLiteral("member")), 3);
        QCOMPARE(count(db, QStringLiteral("org_group")), groups);
        document->undoStack()->undo();
        QCOMPARE(count(db, QStringLiteral("member")), 0);
        QCOMPARE(count(db, QStringLiteral("group_member")), 0);
        document->undoStack()->redo();
        QCOMPARE(count(db, QStringLiteral("member")), plan.newMembers);
        QCOMPARE(contactNamed(db, QStringLiteral("吴 静")).groups.size(), 2);
    }

    void unusableFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << QStringLiteral("no-such-file.csv");
        QTest::newRow("folder") << QString();
        QTest::newRow("empty") << QStringLiteral("empty.csv");
        QTest::newRow("binary") << QStringLiteral("binary.csv");
        QTest::newRow("no name column") << QStringLiteral("no-name-column.csv");
    }

    void unusableFilesChangeNothing()
    {
        QFETCH(QString, file);
        const QString path = file.isEmpty() ? testDataPath(QStringLiteral("contacts")) : contactFixture(file);
        QString error;
        QVERIFY(!ContactFile::read(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    }

    void aVCardWithoutCardsOrAVCardNameWithoutVCardIsRefused()
    {
        QString error;
        QVERIFY(!ContactFile::parse("BEGIN:VCARD-ish text\n", QStringLiteral("x.vcf"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ContactFile::parse("姓名,手机\n张三,1\n", QStringLiteral("x.vcf"), &error));
    }

    void aReadOnlyPlanIsLeftAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("read-only.fallback"));
        QVERIFY(PlanJsonImport::createFromTemplate(QStringLiteral("zh_CN"), path).isEmpty());
        const QByteArray before = fileBytes(path);
        {
            auto document = test::openDocument(path, PlanFile::Access::ReadOnly, nullptr);
            QVERIFY(document);
            QString error;
            const std::optional<ContactTable> table
                = ContactFile::read(contactFixture(QStringLiteral("comma-utf8.csv")), &error);
            const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
            QCOMPARE(plan.newMembers, 4);
            QVERIFY(!ContactImport::apply(*document, plan, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(document->undoStack()->count(), 0);
        }
        QCOMPARE(fileBytes(path), before);
    }

    void exportedFilesImportToTheSameContacts_data()
    {
        QTest::addColumn<ContactExport::Format>("format");
        QTest::addColumn<QString>("language");
        QTest::newRow("csv, Chinese headers") << ContactExport::Format::Csv << QStringLiteral("zh_CN");
        QTest::newRow("csv, English headers") << ContactExport::Format::Csv << QStringLiteral("en");
        QTest::newRow("vcard") << ContactExport::Format::VCard << QStringLiteral("en");
    }

    void exportedFilesImportToTheSameContacts()
    {
        QFETCH(ContactExport::Format, format);
        QFETCH(QString, language);
        auto source = newPlan();
        for (const char *file :
            {"comma-utf8.csv", "quoted.csv", "vcard30-folded.vcf", "vcard40-uri.vcf", "skipped-duplicates.csv"}) {
            import(*source, contactFixture(QString::fromLatin1(file)));
        }
        // What escaping and folding must survive: backslashes, a long line of Chinese, a leading space.
        const QVariantMap tricky {{QStringLiteral("id"), source->nextId(QStringLiteral("member"))},
            {QStringLiteral("name"), QStringLiteral("路径\\测试")},
            {QStringLiteral("phone_mobile"), QStringLiteral("13800138999")},
            {QStringLiteral("note"), QString(QStringLiteral(" C:\\plans\\; a;b,c\r\n") + QString(60, QChar(u'长')))}};
        QVERIFY(source->addRecords({RecordSnapshot::Row {QStringLiteral("member"), tricky}}, QStringLiteral("Add")));
        // Backups: two people standing in for each other, one for a third, and a name entered by hand.
        const auto idOf = [&source](const char *name) {
            return queryValue(
                source->database(), QStringLiteral("SELECT id FROM member WHERE name = ?"), {QString::fromUtf8(name)});
        };
        const auto setBackup = [&](const char *person, const char *backup) {
            QVERIFY(execQuery(source->database(), QStringLiteral("UPDATE member SET backup_member_id = ? WHERE id = ?"),
                {idOf(backup), idOf(person)})
                        .isActive());
        };
        setBackup("司马知远", "Lucas Meyer");
        setBackup("Lucas Meyer", "司马知远");
        setBackup("路径\\测试", "司马知远");
        QVERIFY(execQuery(source->database(),
            QStringLiteral("UPDATE member SET family_name = '路', given_name = '径测试' WHERE name = ?"),
            {QStringLiteral("路径\\测试")})
                    .isActive());
        const QString file
            = m_dir.filePath(format == ContactExport::Format::Csv ? QStringLiteral("out-%1.csv").arg(language)
                                                                  : QStringLiteral("out.vcf"));
        QCOMPARE(ContactExport::exportToFile(source->database(), format, file, language), QString());

        auto target = newPlan();
        const ContactImportPlan plan = import(*target, file);
        QVERIFY(plan.issues.isEmpty());
        QCOMPARE(identitiesOf(target->database()), identitiesOf(source->database()));
        QCOMPARE(count(target->database(), QStringLiteral("member WHERE backup_member_id IS NOT NULL")), 3);
        QList<Contact> expected = contactsOf(source->database());
        for (Contact &c : expected) {
            c.note.replace(QLatin1String("\r\n"), QLatin1String("\n")); // a line break is written as one
            c.note = c.note.trimmed();
        }
        QCOMPARE(contactsOf(target->database()), expected);
    }

    void backupsAndIdentifiersAreResolved()
    {
        auto document = newPlan();
        const QSqlDatabase db = document->database();
        // A roster typed by hand: backups by name, in either order, one of them
        // twice in the file, one missing, one the person themself; 姓 and 名 columns.
        const QByteArray csv = "姓名,姓,名,手机,备岗人员,UID\n"
                               "欧阳娜娜,欧阳,娜娜,13800000001,张伟,\n"
                               "张伟,张,伟,13800000002,欧阳娜娜,urn:uuid:0F3C1A2B-4D5E-4F60-8A7B-9C0D1E2F3A4B\n"
                               "李明,,,13800000003,王芳,\n"
                               "王芳,,,13800000004,王芳,\n"
                               "周强,,,13800000005,李雷,\n"
                               "李雷,,,13800000006,,\n"
                               "李雷,,,13800000007,,\n"
                               ",司马,光,13800000008,urn:uuid:0f3c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b,\n";
        QString error;
        const std::optional<ContactTable> table = ContactFile::parse(csv, QStringLiteral("roster.csv"), &error);
        QVERIFY2(table, qPrintable(error));
        const ContactImportPlan plan = ContactImport::prepare(*document, *table, table->mapping);
        QCOMPARE(plan.newMembers, 8);
        // 王芳 as her own backup (line 5) and the two people called 李雷 (line 6) are said, in file order.
        QCOMPARE(linesOf(plan, ContactImportIssue::Kind::Warning), (QList<int> {5, 6}));
        QVERIFY(ContactImport::apply(*document, plan, &error));
        const auto backupOf = [&db](const char *name) {
            return queryValue(db,
                QStringLiteral("SELECT coalesce(b.name, '') FROM member m LEFT JOIN member b "
                               "ON b.id = m.backup_member_id WHERE m.name = ?"),
                {QString::fromUtf8(name)})
                .toString();
        };
        QCOMPARE(backupOf("欧阳娜娜"), QStringLiteral("张伟"));
        QCOMPARE(backupOf("张伟"), QStringLiteral("欧阳娜娜"));
        QCOMPARE(backupOf("李明"), QStringLiteral("王芳")); // named before her own row
        QCOMPARE(backupOf("王芳"), QString());
        QCOMPARE(backupOf("周强"), QString());
        QCOMPARE(backupOf("司马光"), QStringLiteral("张伟")); // by identifier; the name came from 姓 and 名
        QCOMPARE(queryValue(db, QStringLiteral("SELECT uid FROM member WHERE name = '张伟'")).toString(),
            QStringLiteral("0f3c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
        QCOMPARE(queryValue(db,
                     QStringLiteral("SELECT family_name || '/' || given_name FROM member "
                                    "WHERE name = '欧阳娜娜'"))
                     .toString(),
            QStringLiteral("欧阳/娜娜"));
        QCOMPARE(queryValue(db,
                     QStringLiteral("SELECT family_name || '/' || given_name FROM member "
                                    "WHERE name = '李明'"))
                     .toString(),
            QStringLiteral("/"));
        QCOMPARE(count(db, QStringLiteral("member WHERE uid IS NULL OR uid = ''")), 0);

        // The same identifier again is the same person, even renamed.
        const QByteArray again = "Name,Mobile,UID\nWei Zhang,13911111111,0f3c1a2b-4d5e-4f60-8a7b-9c0d1e2f3a4b\n";
        const std::optional<ContactTable> second = ContactFile::parse(again, QStringLiteral("again.csv"), &error);
        QVERIFY2(second, qPrintable(error));
        const ContactImportPlan repeat = ContactImport::prepare(*document, *second, second->mapping);
        QCOMPARE(repeat.newMembers, 0);
        QCOMPARE(linesOf(repeat, ContactImportIssue::Kind::Duplicate), QList<int> {2});

        // Undo and redo give the same records, identifiers included.
        const QStringList before = identitiesOf(db);
        document->undoStack()->undo();
        QCOMPARE(count(db, QStringLiteral("member WHERE name = '张伟'")), 0);
        document->undoStack()->redo();
        QCOMPARE(identitiesOf(db), before);
    }

    void exportsAreWellFormed()
    {
        auto document = newPlan();
        import(*document, contactFixture(QStringLiteral("vcard30-folded.vcf")));
        import(*document, contactFixture(QStringLiteral("quoted.csv")));
        const QByteArray csv = ContactExport::toCsv(document->database(), QStringLiteral("zh_CN"));
        QVERIFY(csv.startsWith(
            "\xEF\xBB\xBF姓名,姓,名,部门,职务,手机,办公电话,邮箱,所属小组,角色,备岗人员,核实日期,备注,UID\r\n"));
        QVERIFY(csv.contains("\"Chen, Haoran\""));
        QVERIFY(csv.contains("\"Engineer \"\"on call\"\"\""));
        QVERIFY(csv.contains("\"技术支持组; 运维保障组\",\"成员; 成员\""));

        const QByteArray vcf = ContactExport::toVCard(document->database());
        QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(vcf.contains("FN:Chen\\, Haoran\r\n"));
        // N only from the parts a file gave: the card had them, the CSV row not.
        QVERIFY(vcf.contains("N:司马;知远;;;\r\n"));
        QVERIFY(vcf.contains("N:Meyer;Lucas;;;\r\n"));
        QVERIFY(!vcf.contains("\r\nN:Chen"));
        QVERIFY(!vcf.contains("\r\nN:Haoran"));
        // Every card has its contact's identifier.
        QCOMPARE(vcf.count("\r\nUID:urn:uuid:"), vcf.count("BEGIN:VCARD"));
        QVERIFY(vcf.contains("TEL;TYPE=cell:138-0013-8091\r\n"));
        QVERIFY(vcf.contains("TEL;TYPE=work:010-65521091\r\n"));
        QVERIFY(vcf.contains("CATEGORIES:技术支持组,运维保障组\r\n"));
        QVERIFY(vcf.contains("NOTE:First line\\nsecond line\\, with comma\r\n"));
        QVERIFY(!vcf.contains("\r\n\r\n"));
        for (const QByteArray &line : vcf.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
            QVERIFY(textdecoding::isValidUtf8(line)); // no character cut by a fold
        }
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
