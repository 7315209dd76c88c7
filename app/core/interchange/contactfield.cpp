// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/contactfield.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

namespace fallback {

namespace {

struct FieldNames
{
    ContactField field;
    const char *key;
    const char *english; ///< header of an English export
    const char *chinese; ///< header of a Chinese export
    /// Other spellings, already normalised (see normalised()).
    QList<const char *> aliases;
};

// Header spellings met in real rosters; the first two of each are what our export writes.
const QList<FieldNames> &fieldNames()
{
    static const QList<FieldNames> names = {
        {ContactField::Name, "name", "Name", "姓名",
            {"name", "fullname", "displayname", "contact", "contactname", "姓名", "名字", "联系人", "人员", "人员姓名",
                "成员姓名"}},
        {ContactField::FamilyName, "family_name", "Family name", "姓",
            {"familyname", "surname", "lastname", "姓", "姓氏"}},
        {ContactField::GivenName, "given_name", "Given name", "名", {"givenname", "firstname", "forename", "名"}},
        {ContactField::Department, "department", "Department", "部门",
            {"department", "dept", "部门", "所在部门", "所属部门", "部门名称", "单位", "所在单位", "工作单位"}},
        {ContactField::JobTitle, "job_title", "Job title", "职务",
            {"jobtitle", "title", "position", "职务", "职位", "岗位", "职称"}},
        {ContactField::PhoneMobile, "phone_mobile", "Mobile", "手机",
            {"phonemobile", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "cellular", "手机", "手机号",
                "手机号码", "移动电话", "移动电话号码", "联系电话", "手机电话"}},
        {ContactField::PhoneOffice, "phone_office", "Office phone", "办公电话",
            {"phoneoffice", "office", "officephone", "phone", "phonenumber", "telephone", "tel", "workphone",
                "businessphone", "办公电话", "座机", "座机号码", "电话", "电话号码", "办公室电话", "工作电话",
                "固定电话", "固话"}},
        {ContactField::Email, "email", "Email", "邮箱",
            {"email", "emailaddress", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "电子邮件地址"}},
        {ContactField::Group, "group", "Group", "所属小组",
            {"group", "groups", "team", "teams", "所属小组", "小组", "组", "组别", "分组", "所属组", "应急小组",
                "工作组", "小组名称"}},
        {ContactField::Role, "role", "Role", "角色", {"role", "roles", "角色", "组内角色", "小组角色"}},
        {ContactField::Backup, "backup", "Backup", "备岗人员",
            {"backup", "backupperson", "standin", "substitute", "备岗人员", "备岗", "备岗人", "b岗", "ab岗", "替补人员",
                "替岗人员", "后备人员"}},
        {ContactField::VerifiedOn, "verified_on", "Verified", "核实日期",
            {"verifiedon", "verified", "lastverified", "verificationdate", "核实日期", "核实时间", "最后核实",
                "最近核实", "核实", "确认日期"}},
        {ContactField::Note, "note", "Note", "备注",
            {"note", "notes", "remark", "remarks", "comment", "comments", "备注", "说明", "附注"}},
        {ContactField::Uid, "uid", "UID", "UID", {"uid", "uuid", "contactid", "唯一标识"}},
    };
    return names;
}

const FieldNames *namesOf(ContactField field)
{
    for (const FieldNames &names : fieldNames()) {
        if (names.field == field) {
            return &names;
        }
    }
    return nullptr;
}

/// Lower case without white space, punctuation or a remark in brackets:
/// "E-mail", "e mail" and "Email (work)" all become "email"; "姓 名" becomes "姓名".
QString normalised(QStringView text)
{
    QString result;
    int bracketDepth = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u'（' || u == u'[' || u == u'【') {
            ++bracketDepth;
            continue;
        }
        if (u == u')' || u == u'）' || u == u']' || u == u'】') {
            bracketDepth = qMax(0, bracketDepth - 1);
            continue;
        }
        if (bracketDepth > 0 || c.isSpace() || c.isPunct() || c.isSymbol()) {
            continue;
        }
        result += c.toCaseFolded();
    }
    return result;
}

} // namespace

const QList<ContactField> &ContactFields::all()
{
    static const QList<ContactField> fields = [] {
        QList<ContactField> list;
        for (const FieldNames &names : fieldNames()) {
            list << names.field;
        }
        return list;
    }();
    return fields;
}

QString ContactFields::key(ContactField field)
{
    const FieldNames *names = namesOf(field);
    return names ? QString::fromLatin1(names->key) : QString();
}

QString ContactFields::label(ContactField field)
{
    switch (field) {
    case ContactField::Ignored:
        return tr("(not imported)");
    case ContactField::Name:
        return tr("Name");
    case ContactField::PhoneMobile:
        return tr("Mobile phone");
    case ContactField::PhoneOffice:
        return tr("Office phone");
    case ContactField::Email:
        return tr("Email");
    case ContactField::Department:
        return tr("Department");
    case ContactField::JobTitle:
        return tr("Job title");
    case ContactField::Group:
        return tr("Group");
    case ContactField::Role:
        return tr("Role in the group");
    case ContactField::Note:
        return tr("Note");
    case ContactField::VerifiedOn:
        return tr("Verified on");
    case ContactField::FamilyName:
        return tr("Family name");
    case ContactField::GivenName:
        return tr("Given name");
    case ContactField::Backup:
        return tr("Backup person");
    case ContactField::Uid:
        return tr("Identifier (UID)");
    }
    return {};
}

QString ContactFields::header(ContactField field, const QString &language)
{
    const FieldNames *names = namesOf(field);
    if (!names) {
        return {};
    }
    return language.startsWith(QLatin1String("zh")) ? QString::fromUtf8(names->chinese)
                                                    : QString::fromLatin1(names->english);
}

ContactField ContactFields::fromHeader(QStringView header)
{
    static const QHash<QString, ContactField> byAlias = [] {
        QHash<QString, ContactField> table;
        for (const FieldNames &names : fieldNames()) {
            for (const char *alias : names.aliases) {
                table.insert(normalised(QString::fromUtf8(alias)), names.field);
            }
            table.insert(normalised(QString::fromLatin1(names.english)), names.field);
            table.insert(normalised(QString::fromUtf8(names.chinese)), names.field);
        }
        return table;
    }();
    const QString key = normalised(header);
    return key.isEmpty() ? ContactField::Ignored : byAlias.value(key, ContactField::Ignored);
}

QString ContactFields::roleFromText(QStringView text)
{
    static const QHash<QString, QString> roles = [] {
        QHash<QString, QString> table;
        for (const char *lead : {"lead", "leader", "head", "chief", "teamlead", "teamleader", "组长", "负责人",
                 "总指挥", "指挥长", "队长", "牵头人", "主任"}) {
            table.insert(normalised(QString::fromUtf8(lead)), QStringLiteral("lead"));
        }
        for (const char *deputy : {"deputy", "deputylead", "deputyleader", "vicelead", "viceleader", "副组长",
                 "副总指挥", "副指挥长", "副队长", "副主任"}) {
            table.insert(normalised(QString::fromUtf8(deputy)), QStringLiteral("deputy"));
        }
        for (const char *member : {"member", "staff", "成员", "组员", "队员"}) {
            table.insert(normalised(QString::fromUtf8(member)), QStringLiteral("member"));
        }
        return table;
    }();
    const QString key = normalised(text);
    return key.isEmpty() ? QStringLiteral("member") : roles.value(key);
}

QString ContactFields::roleText(const QString &role, const QString &language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    if (role == QLatin1String("lead")) {
        return chinese ? QStringLiteral("组长") : QStringLiteral("Lead");
    }
    if (role == QLatin1String("deputy")) {
        return chinese ? QStringLiteral("副组长") : QStringLiteral("Deputy");
    }
    return chinese ? QStringLiteral("成员") : QStringLiteral("Member");
}

QDate ContactFields::dateFromText(QStringView text)
{
    static const QRegularExpression separated(
        QStringLiteral(R"(^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^\s*(\d{4})(\d{2})(\d{2})\s*$)"));
    QRegularExpressionMatch match = separated.match(text.toString());
    if (!match.hasMatch()) {
        match = compact.match(text.toString());
    }
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
}

QString ContactFields::nameFromParts(const QString &family, const QString &given, const QString &additional)
{
    const auto containsHan = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    };
    if (containsHan(family) || containsHan(given)) {
        return family + additional + given; // Chinese names have no spaces and put the family first
    }
    QStringList words;
    for (const QString &word : {given, additional, family}) {
        if (!word.isEmpty()) {
            words << word;
        }
    }
    return words.join(QLatin1Char(' '));
}

QString ContactFields::identifierFromText(QStringView text)
{
    QStringView value = text.trimmed();
    const QLatin1String urn("urn:uuid:");
    if (value.startsWith(urn, Qt::CaseInsensitive)) {
        value = value.mid(urn.size()).trimmed();
    }
    const QUuid uuid(value);
    return uuid.isNull() ? value.toString() : uuid.toString(QUuid::WithoutBraces);
}

QString ContactFields::identifierUri(const QString &uid)
{
    const QUuid uuid(uid);
    return uuid.isNull() ? uid : QLatin1String("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

} // namespace fallback
