// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/revisioncomparisondialog.h"
#include "document/section.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fallback {
class PlanDocument;
class RevisionModel;
} // namespace fallback

namespace fallback::ui {

/// The revision record (修订记录): every published revision with its version,
/// date, author, what changed and approver; Publish Revision records a new
/// one with a copy of the plan, Compare shows what changed between two
/// revisions or since one.
class RevisionsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionsPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);

    /// Asks for the new revision in a dialog and publishes it; its id, 0 when none.
    qint64 publishRevision();
    /// Opens (or brings up) the comparison: the selected revisions, or the
    /// selected or latest revision against the plan as it is now.
    RevisionComparisonDialog *compareRevisions();
    /// Removes the selected revisions after asking.
    bool removeSelected();

    QTableView *view() const { return m_view; }
    RevisionModel *model() const { return m_model; }
    /// The comparison window, once opened.
    RevisionComparisonDialog *comparisonDialog() const { return m_comparison; }

Q_SIGNALS:
    /// The user asked to see a record of the plan (from the comparison).
    void recordActivated(fallback::Section section, const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<int> selectedRows() const;
    void updateButtons();
    void updateOpenActions();
    void retranslateUi();

    PlanDocument *m_document;
    RevisionModel *m_model;
    QLabel *m_caption = nullptr;
    QLabel *m_hint = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_openActions = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPointer<RevisionComparisonDialog> m_comparison;
};

} // namespace fallback::ui
