// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revision/revisionpublisher.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// Revisions > Publish Revision: version, date, author, what changed and
/// approver, filled in with suggestions, and the review and drill actions
/// still open to tick as addressed by this revision. Publish records the
/// revision with a copy of the plan as one step to undo.
class PublishRevisionDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PublishRevisionDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows the dialog and publishes when the user agrees; the new
    /// revision's id, 0 when nothing was published.
    static qint64 publishRevision(PlanDocument *document, QWidget *parent);

    /// What the form holds, the ticked actions included.
    RevisionDraft draft() const;
    /// Publishes what the form holds and closes the dialog; when the form
    /// cannot be published, says why in the dialog and returns false.
    bool publish();
    /// The revision that publish() recorded; 0 before.
    qint64 publishedRevision() const { return m_published; }

    QLineEdit *versionEdit() const { return m_version; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *approverEdit() const { return m_approver; }
    /// One checkable row per open action; Qt::UserRole holds its table, +1 its id.
    QTreeWidget *actionList() const { return m_actions; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *publishButton() const { return m_publishButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillActions();

    PlanDocument *m_document;
    RevisionPublisher m_publisher;
    QList<OpenAction> m_openActions;
    qint64 m_published = 0;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_authorLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_approverLabel = nullptr;
    QLineEdit *m_version = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_approver = nullptr;
    QLabel *m_actionsLabel = nullptr;
    QTreeWidget *m_actions = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_publishButton = nullptr;
};

} // namespace fallback::ui
