// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revision/revisioncomparison.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Revisions > Compare: two versions of the plan side by side, any revision
/// that kept a copy of the plan or the plan as it is now, and what was added,
/// removed, changed (each field before and after) and moved, grouped by
/// section. Stays open beside the plan; with the plan as it is now on one
/// side it follows the edits.
class RevisionComparisonDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RevisionComparisonDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// Compares \a fromRevision with \a toRevision (RevisionComparison::CurrentPlan
    /// for the plan as it is now).
    void compare(qint64 fromRevision, qint64 toRevision);
    qint64 fromRevision() const;
    qint64 toRevision() const;

    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    /// One top-level row per section that differs, a row per record below it
    /// and a row per changed field below that (field, before, after).
    QTreeWidget *differencesTree() const { return m_tree; }
    /// Says that the versions are the same, or why they cannot be compared.
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /// The user asked to see a record that is in the plan now.
    void recordActivated(fallback::Section section, const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void refresh();
    void showDifferences(const QList<SectionDifferences> &sections);
    void onRevisionsChanged(const QString &table);
    void retranslate();

    PlanDocument *m_document;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_followPlan = nullptr;
};

} // namespace fallback::ui
