// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fallback {

/// The worked example plan (resources/samples): a retailer's plan with every
/// section filled in, an upgrade that was stopped and rolled back, its
/// approved review, a drill and two published revisions.
class SamplePlan final
{
    Q_DECLARE_TR_FUNCTIONS(fallback::SamplePlan)
public:
    /// The sample of \a language ("en" or "zh_CN") as the JSON interchange
    /// format; empty when this build lacks it.
    static QByteArray json(const QString &language);
    /// Creates \a planPath as the sample of \a language; like every new plan,
    /// an existing file is never overwritten. Returns an empty string or a
    /// translated message.
    static QString create(const QString &language, const QString &planPath);
    /// The sample to open from the user's data folder, beside the default
    /// plan: a copy in which nothing was changed, or else a new copy
    /// (sample.fallback, sample-2.fallback, ...), so that a sample the user
    /// has worked in is kept and the sample opens as shipped. Returns its
    /// path, or an empty string with a translated message in \a error.
    static QString openableCopy(const QString &language, QString *error);

private:
    static bool isUnchanged(const QString &planPath, const QByteArray &sample);
};

} // namespace fallback
