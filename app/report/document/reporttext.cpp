// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/document/reporttext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace fallback::report {

namespace {
QString chineseNumeral(int n)
{
    static const QStringList digits = {QStringLiteral("零"), QStringLiteral("一"), QStringLiteral("二"),
        QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"),
        QStringLiteral("八"), QStringLiteral("九")};
    if (n <= 0) {
        return QString::number(n);
    }
    if (n < 10) {
        return digits.at(n);
    }
    if (n < 100) {
        const int tens = n / 10;
        const int units = n % 10;
        return QString(
            (tens == 1 ? QString() : digits.at(tens)) + QStringLiteral("十") + (units ? digits.at(units) : QString()));
    }
    return QString::number(n);
}
} // namespace

ReportText::ReportText(const QString &language, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_catalogue(language)
{ }

ReportText::~ReportText() = default;

QString ReportText::sectionNumber(int level, int index, int parentIndex) const
{
    if (isChinese()) {
        if (level <= 1) {
            return chineseNumeral(index) + QStringLiteral("、");
        }
        return QStringLiteral("（") + chineseNumeral(index) + QStringLiteral("）");
    }
    return level <= 1 ? QString::number(index) : QStringLiteral("%1.%2").arg(parentIndex).arg(index);
}

QString ReportText::date(const QString &iso) const
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!date.isValid()) {
        return iso;
    }
    return isChinese() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                       : date.toString(QStringLiteral("d MMMM yyyy"));
}

QString ReportText::dateTime(const QString &iso) const
{
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODate);
    if (!moment.isValid()) {
        return iso;
    }
    moment = inZone(moment);
    // Numeric on purpose: the same in both languages and unambiguous on paper.
    return moment.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportText::time(const QString &iso) const
{
    const QDateTime moment = QDateTime::fromString(iso, Qt::ISODate);
    return moment.isValid() ? inZone(moment).toString(QStringLiteral("HH:mm")) : iso;
}

QString ReportText::timeZoneName() const
{
    const QString id = QString::fromUtf8(m_zone.id());
    const QString name = m_zone.displayName(QTimeZone::GenericTime, QTimeZone::LongName,
        QLocale(
            isChinese() ? QLocale::Chinese : QLocale::English, isChinese() ? QLocale::China : QLocale::UnitedKingdom));
    if (name.isEmpty() || name == id) {
        return id;
    }
    return isChinese() ? QStringLiteral("%1（%2）").arg(name, id) : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace fallback::report
