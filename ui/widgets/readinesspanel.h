// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"
#include "plan/readiness.h"

#include <QDate>
#include <QHash>
#include <QIcon>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QTimer;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// "Before the next upgrade": the readiness findings of the plan, kept up to
/// date as the plan changes. Activating a finding asks for its record.
class ReadinessPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadinessPanel(PlanDocument *document, QWidget *parent = nullptr);

    /// The day the findings are computed for; today unless set (tests fix it).
    void setReferenceDate(QDate date);
    /// Computes the findings now instead of after the next pause.
    void refresh();
    const QList<ReadinessFinding> &findings() const { return m_findings; }
    /// True once the findings have been computed for the plan as it is.
    bool isUpToDate() const { return m_computed && !m_stale; }

Q_SIGNALS:
    /// The user chose a finding: show \a section and select the record.
    void findingActivated(fallback::Section section, const QString &table, qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void planChanged();
    void activate(QTreeWidgetItem *item);
    void fillList();
    void retranslateUi();
    QIcon iconFor(ReadinessFinding::Kind kind);

    PlanDocument *m_document;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_list = nullptr;
    QTimer *m_timer = nullptr;
    QDate m_referenceDate;
    QList<ReadinessFinding> m_findings;
    QHash<int, QIcon> m_icons; ///< by kind, drawn once
    bool m_painted = false; ///< nothing is computed before the first paint
    bool m_computed = false; ///< the findings have been computed at least once
    bool m_stale = true; ///< the plan changed since they were computed
};

} // namespace fallback::ui
