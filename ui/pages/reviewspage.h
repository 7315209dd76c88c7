// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace fallback {
class PlanDocument;
class ReviewActionModel;
class ReviewModel;
class RunEventModel;
class RunListModel;
} // namespace fallback

namespace fallback::ui {

class RecordDateBinding;
class RecordLineBinding;
class RecordTableEditor;
class RecordTextBinding;

/// Post-incident reviews (事后复盘, DOMAIN.md section 8): the list, newest
/// first; a review made from a run with what the run already tells; its
/// record, its improvement actions and the facts of its run (times to
/// detect, stop and restore, planned against actual time per phase, the
/// timeline). Submit, approve and reopen move it along; an approved review
/// is read-only until it is reopened.
class ReviewsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewsPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows a review (table review) or one of its actions (review_action).
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    qint64 currentReview() const { return m_reviewId; }
    RecordTableEditor *reviewEditor() const { return m_reviews; }
    RecordTableEditor *actionEditor() const { return m_actions; }

    /// Makes a review of the run chosen in the run list; its id, 0 when refused.
    qint64 createFromChosenRun();
    bool submit();
    bool approve();
    bool reopen();

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildRecord();
    QWidget *buildFacts();
    void showReview(qint64 id);
    void updateState();
    void updateFacts();
    void factsChanged();
    void fillRuns();
    void storeImpactMinutes();
    /// Says how a step of the workflow went; when it was refused for want of
    /// a name, the first empty field of \a neededColumns takes the focus.
    void report(bool ok, const QString &error, const QString &done, const QStringList &neededColumns = {});
    void retranslateUi();

    PlanDocument *m_document;
    ReviewModel *m_reviewModel = nullptr;
    ReviewActionModel *m_actionModel = nullptr;
    RunListModel *m_runList = nullptr;
    RunEventModel *m_eventModel = nullptr;
    qint64 m_reviewId = 0;
    bool m_factsStale = false; ///< the run changed while the page was hidden

    RecordTableEditor *m_reviews = nullptr;
    QComboBox *m_runCombo = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_runLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_lockLabel = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_formLabels;
    QList<RecordLineBinding *> m_lineBindings;
    QList<RecordTextBinding *> m_textBindings;
    QList<QLineEdit *> m_lineEdits;
    QList<QPlainTextEdit *> m_textEdits;
    QSpinBox *m_minutesSpin = nullptr;
    QLineEdit *m_reviewedOnEdit = nullptr;
    RecordDateBinding *m_reviewedOnBinding = nullptr;
    QLabel *m_approvedOnLabel = nullptr;

    RecordTableEditor *m_actions = nullptr;

    QLabel *m_factsLabel = nullptr;
    QTableWidget *m_phaseTable = nullptr;
    QTableView *m_timeline = nullptr;
};

} // namespace fallback::ui
