// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fallback {

/// Creates a new plan file from the JSON interchange format. The plan appears
/// at its path only when the whole file was read and checked; a broken or
/// foreign file creates nothing.
class PlanJsonImport final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanJsonImport)
public:
    /// Returns an empty string on success, else a translated message.
    static QString createPlan(const QByteArray &json, const QString &planPath);
    /// Creates \a planPath from a built-in template ("en" or "zh_CN").
    static QString createFromTemplate(const QString &templateName, const QString &planPath);
    /// Names of the built-in templates.
    static QStringList templateNames();
};

} // namespace fallback
