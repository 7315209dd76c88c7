// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/vocabulary.h"

#include <array>

namespace fallback {

namespace {
struct Entry
{
    const char *value;
    const char *label;
};

QList<Entry> makeEntries(Vocabulary::Kind kind)
{
    using Kind = Vocabulary::Kind;
    switch (kind) {
    case Kind::SystemType:
        return {{"os", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Operating system")},
            {"database", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Database")},
            {"application", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Application software")},
            {"network", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Network")},
            {"other", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Other")}};
    case Kind::Criticality:
        return {{"low", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Low")},
            {"medium", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Medium")},
            {"high", QT_TRANSLATE_NOOP("fallback::Vocabulary", "High")},
            {"critical", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Critical")}};
    case Kind::ReferenceKind:
        return {{"law", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Law")},
            {"regulation", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Regulation")},
            {"standard", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Industry standard")},
            {"company", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Company document")},
            {"other", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Other")}};
    case Kind::MemberRole:
        return {{"lead", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Lead")},
            {"deputy", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Deputy")},
            {"member", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Member")}};
    case Kind::RiskStatus:
        return {{"open", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Open")},
            {"mitigated", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Mitigated")},
            {"accepted", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Accepted")},
            {"closed", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Closed")}};
    case Kind::MeasureType:
        return {{"technical", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Technical")},
            {"business", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Business")},
            {"personnel", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Personnel")},
            {"funds", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Funds")},
            {"equipment", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Equipment")},
            {"technology", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Technology")},
            {"recovery", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Recovery")}};
    case Kind::ResourceType:
        return {{"personnel", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Personnel")},
            {"funds", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Funds")},
            {"equipment", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Equipment")},
            {"technology", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Technology")}};
    case Kind::Phase:
        return {{"before", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Before")},
            {"during", QT_TRANSLATE_NOOP("fallback::Vocabulary", "During")},
            {"after", QT_TRANSLATE_NOOP("fallback::Vocabulary", "After")},
            {"recovery", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Recovery")}};
    case Kind::UpgradeStatus:
        return {{"planned", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Planned")},
            {"in_progress", QT_TRANSLATE_NOOP("fallback::Vocabulary", "In progress")},
            {"completed", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Completed")},
            {"stopped", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Stopped")},
            {"rolled_back", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Rolled back")},
            {"cancelled", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Cancelled")}};
    case Kind::RunKind:
        return {{"live", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Live")},
            {"rehearsal", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Rehearsal")}};
    case Kind::RunStatus:
        return {{"running", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Running")},
            {"stopped", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Stopped")},
            {"rolled_back", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Rolled back")},
            {"completed", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Completed")},
            {"abandoned", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Abandoned")}};
    case Kind::ReviewStatus:
        return {{"draft", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Draft")},
            {"in_review", QT_TRANSLATE_NOOP("fallback::Vocabulary", "In review")},
            {"approved", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Approved")}};
    case Kind::DrillScenario:
        return {{"crash", QT_TRANSLATE_NOOP("fallback::Vocabulary", "System crash")},
            {"data_loss", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Data loss")},
            {"incompatibility", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Incompatibility")},
            {"custom", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Custom")}};
    case Kind::DrillResult:
        return {{"pass", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Pass")},
            {"partial", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Partial")},
            {"fail", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Fail")}};
    case Kind::ActionStatus:
        return {{"open", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Open")},
            {"in_progress", QT_TRANSLATE_NOOP("fallback::Vocabulary", "In progress")},
            {"done", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Done")},
            {"verified", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Verified")},
            {"dropped", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Dropped")}};
    case Kind::ItemStatus:
        return {{"open", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Open")},
            {"done", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Done")},
            {"skipped", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Skipped")},
            {"failed", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Failed")}};
    case Kind::RunEventKind:
        return {{"note", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Note")},
            {"tick", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Checklist")},
            {"decision", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Decision")},
            {"level", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Warning level")},
            {"update", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Update sent")}};
    case Kind::RunDecision:
        return {{"level", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Warning level declared")},
            {"stop", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Upgrade stopped")},
            {"rollback", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Rollback started")},
            {"restored", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Service restored")},
            {"ended", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Emergency ended")}};
    case Kind::MilestoneKind:
        return {{"occurred", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Problem occurred")},
            {"detected", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Problem detected")},
            {"reported", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Reported to the emergency group")},
            {"stopped", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Upgrade stopped")},
            {"restored", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Service restored")},
            {"ended", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Emergency ended")}};
    case Kind::Channel:
        return {{"sms", QT_TRANSLATE_NOOP("fallback::Vocabulary", "SMS")},
            {"im", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Instant messaging")},
            {"email", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Email")},
            {"phone", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Phone")},
            {"phone_bridge", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Phone bridge")},
            {"satellite", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Satellite phone")},
            {"radio", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Radio")},
            {"in_person", QT_TRANSLATE_NOOP("fallback::Vocabulary", "In person")}};
    case Kind::MessageChannel:
        return {{"sms", QT_TRANSLATE_NOOP("fallback::Vocabulary", "SMS")},
            {"im", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Instant messaging")},
            {"email", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Email")},
            {"phone", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Phone script")}};
    case Kind::MessageOccasion:
        return {{"start", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Response started")},
            {"level", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Warning level changed")},
            {"update", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Regular update")},
            {"stop", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Upgrade stopped")},
            {"rollback", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Rollback started")},
            {"restored", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Service restored")},
            {"ended", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Emergency ended")}};
    case Kind::MessageLanguage:
        return {{"zh_CN", QT_TRANSLATE_NOOP("fallback::Vocabulary", "Chinese")},
            {"en", QT_TRANSLATE_NOOP("fallback::Vocabulary", "English")}};
    }
    return {};
}

// Labels are looked up for every painted cell: the lists are built once.
const QList<Entry> &entries(Vocabulary::Kind kind)
{
    constexpr int KindCount = int(Vocabulary::Kind::MessageLanguage) + 1;
    static const std::array<QList<Entry>, KindCount> all = [] {
        std::array<QList<Entry>, KindCount> lists;
        for (int k = 0; k < KindCount; ++k) {
            lists[k] = makeEntries(Vocabulary::Kind(k));
        }
        return lists;
    }();
    return all.at(int(kind));
}
} // namespace

QStringList Vocabulary::values(Kind kind)
{
    QStringList result;
    for (const Entry &entry : entries(kind)) {
        result << QString::fromLatin1(entry.value);
    }
    return result;
}

const char *Vocabulary::sourceLabel(Kind kind, const QString &value)
{
    for (const Entry &entry : entries(kind)) {
        if (value == QLatin1String(entry.value)) {
            return entry.label;
        }
    }
    return nullptr;
}

QString Vocabulary::label(Kind kind, const QString &value)
{
    const char *source = sourceLabel(kind, value);
    return source ? tr(source) : value;
}

} // namespace fallback
