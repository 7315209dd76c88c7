// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reviewspage.h"

#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "review/reviewactionmodel.h"
#include "review/reviewfacts.h"
#include "review/reviewmodel.h"
#include "review/reviewworkflow.h"
#include "run/runeventmodel.h"
#include "run/runlistmodel.h"
#include "widgets/recorddatebinding.h"
#include "widgets/recordlinebinding.h"
#include "widgets/recordtableeditor.h"
#include "widgets/recordtextbinding.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

namespace {
const QString ReviewTable = QStringLiteral("review");
const QString RunTables[]
    = {QStringLiteral("run"), QStringLiteral("run_item"), QStringLiteral("run_event"), QStringLiteral("run_milestone")};

// The rows of the review's form, in order; their labels are set in retranslateUi().
enum FormRow {
    TitleRow,
    SummaryRow,
    UsersRow,
    SystemsRow,
    MinutesRow,
    RootCauseRow,
    FactorsRow,
    WentWellRow,
    WentBadlyRow,
    LessonsRow,
    CommendationsRow,
    ReviewerRow,
    ReviewedOnRow,
    ApproverRow,
    ApprovedOnRow,
    FormRowCount
};
enum Tab { RecordTab, ActionsTab, FactsTab };
enum PhaseColumn { PhaseNameColumn, ItemsColumn, DoneColumn, FailedColumn, SkippedColumn, PlannedColumn, ActualColumn };

QString minutesText(const std::optional<qint64> &minutes)
{
    if (!minutes) {
        return QStringLiteral("—");
    }
    if (*minutes < 60) {
        return ReviewsPage::tr("%1 min").arg(*minutes);
    }
    return ReviewsPage::tr("%1 h %2 min").arg(*minutes / 60).arg(*minutes % 60);
}
} // namespace

ReviewsPage::ReviewsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_reviewModel = new ReviewModel(document, this);
    m_reviews = new RecordTableEditor(m_reviewModel, document->isReadOnly(), this);
    m_reviews->setObjectName(QStringLiteral("reviewEditor"));
    m_reviews->view()->horizontalHeader()->setStretchLastSection(false);
    m_reviews->view()->horizontalHeader()->setSectionResizeMode(ReviewModel::TitleColumn, QHeaderView::Stretch);

    // A review starts from the run it looks back on.
    m_runList = new RunListModel(document, this);
    m_runLabel = new QLabel(this);
    m_runCombo = new QComboBox(this);
    m_runCombo->setObjectName(QStringLiteral("reviewRunCombo"));
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runLabel->setBuddy(m_runCombo);
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("createReviewButton"));
    connect(m_createButton, &QPushButton::clicked, this, &ReviewsPage::createFromChosenRun);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runLabel);
    runRow->addWidget(m_runCombo, 1);
    runRow->addWidget(m_createButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(runRow);
    leftLayout->addWidget(m_reviews, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(buildRecord(), QString());
    m_actionModel = new ReviewActionModel(document, this);
    m_actions = new RecordTableEditor(m_actionModel, document->isReadOnly(), this);
    m_actions->setObjectName(QStringLiteral("reviewActionEditor"));
    m_actions->view()->horizontalHeader()->setStretchLastSection(false);
    m_actions->view()->horizontalHeader()->setSectionResizeMode(ReviewActionModel::TextColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_actions, QString());
    m_tabs->addTab(buildFacts(), QString());

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_reviews, &RecordTableEditor::currentRecordChanged, this, &ReviewsPage::showReview);
    connect(document, &PlanDocument::recordChanged, this, [this](const QString &table, qint64 id, const QString &) {
        if (table == ReviewTable && id == m_reviewId) {
            updateState();
        } else if (std::find(std::begin(RunTables), std::end(RunTables), table) != std::end(RunTables)) {
            factsChanged();
        }
    });
    const auto onInsertedOrRemoved = [this](const QString &table, qint64 id) {
        if (table == ReviewTable && id == m_reviewId) {
            showReview(0); // until the list picks another one
        } else if (std::find(std::begin(RunTables), std::end(RunTables), table) != std::end(RunTables)) {
            factsChanged();
        }
    };
    connect(document, &PlanDocument::recordRemoved, this, onInsertedOrRemoved);
    connect(document, &PlanDocument::recordInserted, this, [this](const QString &table, qint64) {
        if (std::find(std::begin(RunTables), std::end(RunTables), table) != std::end(RunTables)) {
            factsChanged();
        }
    });
    connect(m_runList, &QAbstractItemModel::rowsInserted, this, &ReviewsPage::fillRuns);
    connect(m_runList, &QAbstractItemModel::rowsRemoved, this, &ReviewsPage::fillRuns);
    connect(m_runList, &QAbstractItemModel::modelReset, this, &ReviewsPage::fillRuns);
    connect(m_actionModel, &QAbstractItemModel::rowsInserted, this, &ReviewsPage::updateState);
    connect(m_actionModel, &QAbstractItemModel::rowsRemoved, this, &ReviewsPage::updateState);
    connect(m_actionModel, &QAbstractItemModel::modelReset, this, &ReviewsPage::updateState);

    retranslateUi();
    if (!m_reviews->selectFirstRecord()) {
        showReview(0);
    }
}

QWidget *ReviewsPage::buildRecord()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_submitButton = new QPushButton(content);
    m_submitButton->setObjectName(QStringLiteral("submitReviewButton"));
    m_approveButton = new QPushButton(content);
    m_approveButton->setObjectName(QStringLiteral("approveReviewButton"));
    m_reopenButton = new QPushButton(content);
    m_reopenButton->setObjectName(QStringLiteral("reopenReviewButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &ReviewsPage::submit);
    connect(m_approveButton, &QPushButton::clicked, this, &ReviewsPage::approve);
    connect(m_reopenButton, &QPushButton::clicked, this, &ReviewsPage::reopen);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel);
    statusRow->addStretch();
    statusRow->addWidget(m_submitButton);
    statusRow->addWidget(m_approveButton);
    statusRow->addWidget(m_reopenButton);
    contentLayout->addLayout(statusRow);
    m_lockLabel = new QLabel(content);
    m_lockLabel->setObjectName(QStringLiteral("reviewLockLabel"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->setStyleSheet(QStringLiteral("QLabel { background: #e8f1e4; padding: 4px; }"));
    contentLayout->addWidget(m_lockLabel);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1);
    for (int row = 0; row < FormRowCount; ++row) {
        m_formLabels << new QLabel(content);
    }
    const auto line = [this](const QString &column) {
        auto *edit = new QLineEdit;
        edit->setObjectName(column + QStringLiteral("Edit"));
        m_lineBindings << new RecordLineBinding(m_document, ReviewTable, column, edit);
        m_lineEdits << edit;
        return edit;
    };
    const auto text = [this](const QString &column, int lines) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(column + QStringLiteral("Edit"));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 4));
        m_textBindings << new RecordTextBinding(m_document, ReviewTable, column, edit);
        m_textEdits << edit;
        return edit;
    };
    m_form->addRow(m_formLabels.at(TitleRow), line(QStringLiteral("title")));
    m_form->addRow(m_formLabels.at(SummaryRow), text(QStringLiteral("summary"), 3));
    m_form->addRow(m_formLabels.at(UsersRow), line(QStringLiteral("impact_users")));
    m_form->addRow(m_formLabels.at(SystemsRow), line(QStringLiteral("impact_systems")));
    // Minutes, or none known: the spin box's lowest value stands for none.
    m_minutesSpin = new QSpinBox;
    m_minutesSpin->setObjectName(QStringLiteral("impactMinutesSpin"));
    m_minutesSpin->setRange(-1, 100000);
    m_minutesSpin->setKeyboardTracking(false);
    connect(m_minutesSpin, &QSpinBox::editingFinished, this, &ReviewsPage::storeImpactMinutes);
    connect(m_minutesSpin, &QSpinBox::valueChanged, this, &ReviewsPage::storeImpactMinutes);
    auto *minutesRow = new QHBoxLayout;
    minutesRow->addWidget(m_minutesSpin);
    minutesRow->addStretch();
    m_form->addRow(m_formLabels.at(MinutesRow), minutesRow);
    m_form->addRow(m_formLabels.at(RootCauseRow), text(QStringLiteral("root_cause"), 3));
    m_form->addRow(m_formLabels.at(FactorsRow), text(QStringLiteral("contributing_factors"), 3));
    m_form->addRow(m_formLabels.at(WentWellRow), text(QStringLiteral("went_well"), 3));
    m_form->addRow(m_formLabels.at(WentBadlyRow), text(QStringLiteral("went_badly"), 3));
    m_form->addRow(m_formLabels.at(LessonsRow), text(QStringLiteral("lessons"), 3));
    m_form->addRow(m_formLabels.at(CommendationsRow), text(QStringLiteral("commendations"), 2));
    m_form->addRow(m_formLabels.at(ReviewerRow), line(QStringLiteral("reviewer")));
    m_reviewedOnEdit = new QLineEdit;
    m_reviewedOnEdit->setObjectName(QStringLiteral("reviewedOnEdit"));
    m_reviewedOnEdit->setMaximumWidth(
        m_reviewedOnEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_reviewedOnBinding
        = new RecordDateBinding(m_document, ReviewTable, QStringLiteral("reviewed_on"), m_reviewedOnEdit);
    connect(m_reviewedOnBinding, &RecordDateBinding::rejected, this, &ReviewsPage::problem);
    auto *reviewedRow = new QHBoxLayout;
    reviewedRow->addWidget(m_reviewedOnEdit);
    reviewedRow->addStretch();
    m_form->addRow(m_formLabels.at(ReviewedOnRow), reviewedRow);
    m_form->addRow(m_formLabels.at(ApproverRow), line(QStringLiteral("approver")));
    m_approvedOnLabel = new QLabel;
    m_approvedOnLabel->setObjectName(QStringLiteral("approvedOnLabel"));
    m_form->addRow(m_formLabels.at(ApprovedOnRow), m_approvedOnLabel);
    for (int row = 0; row < m_formLabels.size(); ++row) {
        if (QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget()) {
            m_formLabels.at(row)->setBuddy(field); // also what a screen reader calls the field
        }
    }
    m_formLabels.at(MinutesRow)->setBuddy(m_minutesSpin);
    m_formLabels.at(ReviewedOnRow)->setBuddy(m_reviewedOnEdit);

    auto *scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, and the area scrolls to them
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *ReviewsPage::buildFacts()
{
    auto *page = new QWidget;
    m_factsLabel = new QLabel(page);
    m_factsLabel->setObjectName(QStringLiteral("reviewFactsLabel"));
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextFormat(Qt::PlainText);
    m_phaseTable = new QTableWidget(0, 7, page);
    m_phaseTable->setObjectName(QStringLiteral("phaseTable"));
    m_phaseTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_phaseTable->verticalHeader()->hide();
    m_phaseTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_phaseTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_phaseTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_eventModel = new RunEventModel(m_document, 0, this);
    m_timeline = new QTableView(page);
    m_timeline->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_timeline->setObjectName(QStringLiteral("reviewTimeline"));
    m_timeline->setModel(m_eventModel);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->verticalHeader()->hide();
    m_timeline->setWordWrap(false);
    m_timeline->horizontalHeader()->setStretchLastSection(false);
    m_timeline->horizontalHeader()->setSectionResizeMode(RunEventModel::TextColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_factsLabel);
    layout->addWidget(m_phaseTable);
    layout->addWidget(m_timeline, 1);
    return page;
}

bool ReviewsPage::selectRecord(const QString &table, qint64 id)
{
    qint64 review = 0;
    if (table == ReviewTable) {
        review = id;
    } else if (table == QLatin1String("review_action")) {
        review = m_document->store().value(table, id, QStringLiteral("review_id")).toLongLong();
    }
    if (review == 0 || !m_reviews->selectRecord(review)) {
        return false;
    }
    if (table == QLatin1String("review_action")) {
        m_tabs->setCurrentIndex(ActionsTab);
        m_actions->selectRecord(id);
    }
    return true;
}

void ReviewsPage::showReview(qint64 id)
{
    m_reviewId = id;
    for (RecordLineBinding *binding : std::as_const(m_lineBindings)) {
        binding->setRecord(id);
    }
    for (RecordTextBinding *binding : std::as_const(m_textBindings)) {
        binding->setRecord(id);
    }
    m_reviewedOnBinding->setRecord(id);
    m_actionModel->setReviewId(id);
    m_stack->setCurrentWidget(id != 0 ? static_cast<QWidget *>(m_tabs) : m_emptyLabel);
    updateState();
    updateFacts();
}

void ReviewsPage::updateState()
{
    const QVariantMap review = m_reviewId != 0 ? m_document->store().record(ReviewTable, m_reviewId) : QVariantMap();
    const QString status = review.value(QStringLiteral("status")).toString();
    const bool approved = status == QLatin1String("approved");
    const bool writable = m_reviewId != 0 && !m_document->isReadOnly();
    const bool editable = writable && !approved;
    m_statusLabel->setText(tr("Status: %1").arg(Vocabulary::label(Vocabulary::Kind::ReviewStatus, status)));
    m_submitButton->setVisible(status == QLatin1String("draft"));
    m_approveButton->setVisible(status == QLatin1String("in_review"));
    m_reopenButton->setVisible(approved);
    for (QPushButton *button : {m_submitButton, m_approveButton, m_reopenButton}) {
        button->setEnabled(writable);
    }
    m_lockLabel->setVisible(approved);
    m_lockLabel->setText(tr("Approved on %1 by %2. Reopen the review to change it.")
                             .arg(review.value(QStringLiteral("approved_on")).toString(),
                                 review.value(QStringLiteral("approver")).toString()));
    for (QLineEdit *edit : std::as_const(m_lineEdits)) {
        edit->setReadOnly(!editable);
    }
    for (QPlainTextEdit *edit : std::as_const(m_textEdits)) {
        edit->setReadOnly(!editable);
    }
    m_reviewedOnEdit->setReadOnly(!editable);
    m_minutesSpin->setEnabled(editable);
    {
        const QSignalBlocker blocker(m_minutesSpin);
        const QVariant minutes = review.value(QStringLiteral("impact_minutes"));
        m_minutesSpin->setValue(minutes.isNull() ? -1 : minutes.toInt());
    }
    m_approvedOnLabel->setText(review.value(QStringLiteral("approved_on")).toString());
    m_tabs->setTabText(ActionsTab, tr("Improvement actions (%n)", nullptr, m_actionModel->rowCount()));
}

void ReviewsPage::factsChanged()
{
    // A live run changes many times a minute; the facts are read again only
    // while someone can see them.
    if (isVisible()) {
        updateFacts();
    } else {
        m_factsStale = true;
    }
}

void ReviewsPage::showEvent(QShowEvent *event)
{
    if (m_factsStale) {
        updateFacts();
    }
    QWidget::showEvent(event);
}

void ReviewsPage::updateFacts()
{
    m_factsStale = false;
    const qint64 runId = m_reviewId != 0
        ? m_document->store().value(ReviewTable, m_reviewId, QStringLiteral("run_id")).toLongLong()
        : 0;
    m_eventModel->setRunId(runId);
    m_phaseTable->setRowCount(0);
    if (runId == 0) {
        m_factsLabel->setText(tr("This review is not linked to a recorded run."));
        m_phaseTable->hide();
        m_timeline->hide();
        return;
    }
    const ReviewFacts facts = ReviewFacts::of(PlanContentReader(m_document->database()).run(runId));
    m_factsLabel->setText(tr("Time to detect: %1 · to stop: %2 · to restore service: %3")
                              .arg(minutesText(facts.minutesToDetect), minutesText(facts.minutesToStop),
                                  minutesText(facts.minutesToRestore)));
    m_phaseTable->show();
    m_timeline->show();
    for (const ReviewFacts::Phase &phase : facts.phases) {
        const int row = m_phaseTable->rowCount();
        m_phaseTable->insertRow(row);
        const QStringList cells {Vocabulary::label(Vocabulary::Kind::Phase, phase.phase), QString::number(phase.items),
            QString::number(phase.done), QString::number(phase.failed), QString::number(phase.skipped),
            minutesText(phase.plannedMinutes), minutesText(phase.actualMinutes)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == FailedColumn && phase.failed > 0) {
                item->setForeground(QColor(0xC0, 0x00, 0x00));
            }
            m_phaseTable->setItem(row, column, item);
        }
    }
    m_phaseTable->resizeRowsToContents();
}

void ReviewsPage::fillRuns()
{
    const QVariant chosen = m_runCombo->currentData();
    m_runCombo->clear();
    // The newest run first: it is the one a review is usually written about.
    QList<QPair<QString, qint64>> runs;
    for (int row = 0; row < m_runList->rowCount(); ++row) {
        const auto cell = [this, row](int column) { return m_runList->index(row, column).data().toString(); };
        // The start first: runs of one upgrade differ in when they were held.
        runs.append({QStringLiteral("%1 — %2 (%3, %4)")
                         .arg(cell(RunListModel::StartedColumn), cell(RunListModel::UpgradeColumn),
                             cell(RunListModel::KindColumn), cell(RunListModel::StatusColumn)),
            m_runList->idAt(row)});
    }
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[text, id] : std::as_const(runs)) {
        m_runCombo->addItem(text, id);
        m_runCombo->setItemData(m_runCombo->count() - 1, text, Qt::ToolTipRole);
    }
    m_runCombo->setCurrentIndex(std::max(0, m_runCombo->findData(chosen)));
    m_createButton->setEnabled(m_runCombo->count() > 0 && !m_document->isReadOnly());
}

qint64 ReviewsPage::createFromChosenRun()
{
    const qint64 run = m_runCombo->currentData().toLongLong();
    if (run == 0) {
        Q_EMIT problem(tr("There is no run to review yet: run an upgrade first."));
        return 0;
    }
    QString error;
    const qint64 review = ReviewWorkflow::createFromRun(*m_document, run, &error);
    if (review == 0) {
        Q_EMIT problem(error);
        return 0;
    }
    m_reviews->selectRecord(review);
    m_tabs->setCurrentIndex(RecordTab);
    Q_EMIT message(tr("Review created from the run; check what was filled in."));
    return review;
}

void ReviewsPage::report(bool ok, const QString &error, const QString &done, const QStringList &neededColumns)
{
    updateState();
    if (ok) {
        Q_EMIT message(done);
        return;
    }
    Q_EMIT problem(error);
    // The first name the step still needs is typed where the eye now goes.
    for (const QString &column : neededColumns) {
        auto *edit = findChild<QLineEdit *>(column + QStringLiteral("Edit"));
        if (edit && edit->isEnabled() && edit->text().trimmed().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

bool ReviewsPage::submit()
{
    QString error;
    const bool ok = ReviewWorkflow::submit(*m_document, m_reviewId, QDate::currentDate(), &error);
    report(ok, error, tr("The review is in review."));
    return ok;
}

bool ReviewsPage::approve()
{
    for (RecordLineBinding *binding : std::as_const(m_lineBindings)) {
        binding->commit(); // a name just typed counts
    }
    QString error;
    const bool ok = ReviewWorkflow::approve(*m_document, m_reviewId, QDate::currentDate(), &error);
    report(ok, error, tr("The review is approved and now read-only."),
        {QStringLiteral("reviewer"), QStringLiteral("approver")});
    return ok;
}

bool ReviewsPage::reopen()
{
    QString error;
    const bool ok = ReviewWorkflow::reopen(*m_document, m_reviewId, &error);
    report(ok, error, tr("The review is open for changes again."));
    return ok;
}

void ReviewsPage::storeImpactMinutes()
{
    if (m_reviewId == 0 || ReviewWorkflow::isApproved(*m_document, m_reviewId)) {
        return;
    }
    const int minutes = m_minutesSpin->value();
    m_document->setRecordValue(
        ReviewTable, m_reviewId, QStringLiteral("impact_minutes"), minutes < 0 ? QVariant() : QVariant(minutes));
}

void ReviewsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReviewsPage::retranslateUi()
{
    m_runLabel->setText(tr("&Run:"));
    m_tabs->setAccessibleName(tr("Review"));
    m_reviews->setAccessibleTitle(tr("Reviews"));
    m_createButton->setText(tr("Create &Review from Run"));
    m_createButton->setToolTip(tr("A new draft review of the chosen run, with its timeline, times and failed steps "
                                  "filled in"));
    m_emptyLabel->setText(tr("No review yet. After an upgrade or a drill, choose its run above and create a review "
                             "from it."));
    m_tabs->setTabText(RecordTab, tr("Review"));
    m_tabs->setTabText(FactsTab, tr("Run facts"));
    m_submitButton->setText(tr("&Submit for Review"));
    m_approveButton->setText(tr("&Approve"));
    m_reopenButton->setText(tr("Re&open"));
    const QStringList labels {tr("Title:"), tr("Summary:"), tr("Users affected:"), tr("Systems affected:"),
        tr("Duration of impact (min):"), tr("Root cause:"), tr("Contributing factors:"), tr("What went well:"),
        tr("What went badly:"), tr("Lessons:"), tr("Commendations:"), tr("Reviewer:"), tr("Reviewed on:"),
        tr("Approver:"), tr("Approved on:")};
    for (int row = 0; row < FormRowCount; ++row) {
        m_formLabels.at(row)->setText(labels.at(row));
    }
    m_minutesSpin->setSpecialValueText(tr("not known"));
    m_minutesSpin->setSuffix(tr(" min"));
    m_phaseTable->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Items"), tr("Done"), tr("Failed"), tr("Skipped"), tr("Planned"), tr("Actual")});
    fillRuns();
    updateState();
    updateFacts();
}

} // namespace fallback::ui
