// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recordkey.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <initializer_list>
#include <memory>
#include <utility>

namespace fallback {
class PlanDocument;
class RunSession;
} // namespace fallback

namespace fallback::samplegen {

/// The worked example plan, told as it happened: a retailer fills in the
/// built-in template, publishes revision 1.0, upgrades its order database,
/// rolls the upgrade back, reviews it, holds a drill and publishes 1.1. Each
/// step is made the way the app makes it (PlanDocument edits, the run
/// console's RunSession with a clock set to the story's time, the revision
/// publisher's copies of the plan), so the sample holds what the app itself
/// would have written. The same facts in English and Chinese.
class SampleStory final
{
public:
    /// \a document is a plan freshly created from the template of \a language ("en" or "zh_CN").
    SampleStory(PlanDocument *document, const QString &language);
    ~SampleStory();
    SampleStory(const SampleStory &) = delete;
    SampleStory &operator=(const SampleStory &) = delete;

    /// Tells the whole story; returns an empty string, or what could not be done.
    QString tell();

private:
    enum Person {
        ChenJianguo = 1,
        HuangLi,
        WangLei,
        ZhaoQiang,
        SunHao,
        MaJun,
        LinTao,
        LiuYang,
        GuoPeng,
        ZhengHui,
        TangYan,
        ZhouMin,
        WuFang,
        LuoYing,
        JiangWei,
        QianBo, ///< the vendor's engineer in 1.0; Tian Yu takes the record over in 1.1
        HeXin,
        YangFan,
        TianYu,
    };
    using Fields = std::initializer_list<std::pair<const char *, QVariant>>;

    // Steps of the story, in the order they happened.
    void fillInHeader();
    void fillInSystemsAndReferences();
    void fillInOrganisation();
    void fillInRisksMeasuresAndResources();
    void planTheUpgrade();
    void publishFirstEdition();
    void runTheUpgrade();
    void reviewTheRun();
    void holdTheDrill();
    void reviseThePlan();
    void publishSecondEdition();
    void closeTheActions();

    QString t(const char *english, const char *chinese) const;
    QString name(Person person) const;
    /// Gives \a id the family and given name of \a person, as an imported card would.
    void nameParts(qint64 id, Person person);
    qint64 add(const QString &table, Fields fields);
    void change(const QString &table, qint64 id, Fields fields);
    /// Sets the console's clock to \a beijingTime ("yyyy-MM-dd HH:mm:ss", UTC+8) and its operator to \a actor.
    void at(const char *beijingTime, Person actor);
    qint64 runItem(const char *phase, int position) const;
    void require(bool done, const QString &what) const;
    void requireSession(bool done) const;

    PlanDocument *m_document;
    bool m_chinese;
    QDateTime m_now;
    std::unique_ptr<RunSession> m_session;
    qint64 m_upgradeId = 0;
    qint64 m_liveRunId = 0;
    qint64 m_reviewId = 0;
    qint64 m_drillId = 0;
    QList<qint64> m_reviewActions;
    QList<qint64> m_drillActions;
};

} // namespace fallback::samplegen
