// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/drillspage.h"

#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "drill/drillactionmodel.h"
#include "drill/drillmodel.h"
#include "drill/drillrunmodel.h"
#include "widgets/recorddatebinding.h"
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
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

namespace {
const QString DrillTable = QStringLiteral("drill");
const QString DrillActionTable = QStringLiteral("drill_action");
const QString RunTable = QStringLiteral("run");
const QString DrillColumn = QStringLiteral("drill_id");
const QString ScenarioColumn = QStringLiteral("scenario");
const QString ScenarioTextColumn = QStringLiteral("scenario_text");
const QString ResultColumn = QStringLiteral("result");
const QString CustomScenario = QStringLiteral("custom");

// Labels of the form rows, in order; their texts are set in retranslateUi().
enum FormRow { DateRow, ScenarioRow, ScenarioTextRow, ParticipantsRow, ResultRow, FindingsRow, FormRowCount };
enum Tab { DetailsTab, ActionsTab, RunsTab };
} // namespace

DrillsPage::DrillsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_drillModel = new DrillModel(document, this);
    m_drills = new RecordTableEditor(m_drillModel, document->isReadOnly(), this);
    m_drills->setObjectName(QStringLiteral("drillEditor"));
    // The list says when, what and how it went; the rest is in the form beside it.
    QTableView *list = m_drills->view();
    for (int column : {DrillModel::ScenarioTextColumn, DrillModel::ParticipantsColumn, DrillModel::FindingsColumn}) {
        list->setColumnHidden(column, true);
    }
    list->horizontalHeader()->setStretchLastSection(false);
    list->horizontalHeader()->setSectionResizeMode(DrillModel::ScenarioColumn, QHeaderView::Stretch);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("drillTabs"));
    m_tabs->addTab(buildDetails(), QString());

    m_actionModel = new DrillActionModel(document, this);
    m_actions = new RecordTableEditor(m_actionModel, document->isReadOnly(), this);
    m_actions->setObjectName(QStringLiteral("drillActionEditor"));
    m_actions->view()->horizontalHeader()->setStretchLastSection(false);
    m_actions->view()->horizontalHeader()->setSectionResizeMode(DrillActionModel::TextColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_actions, QString());
    m_tabs->addTab(buildRuns(), QString());

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("noDrillLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_drills);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_drills, &RecordTableEditor::currentRecordChanged, this, &DrillsPage::showDrill);
    connect(document, &PlanDocument::recordChanged, this, &DrillsPage::onRecordChanged);
    connect(document, &PlanDocument::recordRemoved, this, [this](const QString &table, qint64 id) {
        if (table == DrillTable && id == m_drillId) {
            showDrill(0); // until the list picks another one
        }
    });
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {m_actionModel, m_runModel}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &DrillsPage::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DrillsPage::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &DrillsPage::updateCounts);
    }

    retranslateUi();
    if (!m_drills->selectFirstRecord()) {
        showDrill(0);
    }
}

QWidget *DrillsPage::buildDetails()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    m_form = new QFormLayout;
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1); // spare height below the form, not between its rows
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int row = 0; row < FormRowCount; ++row) {
        m_formLabels << new QLabel(content);
    }
    const auto text = [this](const char *name, const QString &column, int lines) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 3));
        m_textBindings << new RecordTextBinding(m_document, DrillTable, column, edit);
        return edit;
    };
    const auto redNote = [](const char *name) {
        auto *label = new QLabel;
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
        label->hide();
        return label;
    };

    // The date: typed as YYYY-MM-DD; anything else is refused beneath it.
    m_dateEdit = new QLineEdit;
    m_dateEdit->setObjectName(QStringLiteral("drillDateEdit"));
    m_dateEdit->setMaximumWidth(m_dateEdit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) * 2);
    m_dateBinding = new RecordDateBinding(m_document, DrillTable, QStringLiteral("scheduled_on"), m_dateEdit);
    m_dateProblem = redNote("dateProblemLabel");
    connect(m_dateBinding, &RecordDateBinding::rejected, this, [this](const QString &text) {
        m_dateProblem->setText(text);
        m_dateProblem->show();
        Q_EMIT problem(text);
    });
    connect(m_dateEdit, &QLineEdit::textEdited, m_dateProblem, &QLabel::hide);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch();
    auto *dateColumn = new QVBoxLayout;
    dateColumn->addLayout(dateRow);
    dateColumn->addWidget(m_dateProblem);
    m_form->addRow(m_formLabels.at(DateRow), dateColumn);

    m_scenarioCombo = new QComboBox;
    m_scenarioCombo->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_scenarioCombo, &QComboBox::activated, this,
        [this] { chooseValue(DrillModel::ScenarioColumn, m_scenarioCombo->currentData()); });
    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenarioCombo);
    scenarioRow->addStretch();
    m_form->addRow(m_formLabels.at(ScenarioRow), scenarioRow);

    m_scenarioTextEdit = text("scenarioTextEdit", ScenarioTextColumn, 4);
    m_scenarioHint = redNote("scenarioHintLabel");
    connect(m_scenarioTextEdit, &QPlainTextEdit::textChanged, this, &DrillsPage::updateScenarioHint);
    auto *scenarioTextColumn = new QVBoxLayout;
    scenarioTextColumn->addWidget(m_scenarioTextEdit);
    scenarioTextColumn->addWidget(m_scenarioHint);
    m_form->addRow(m_formLabels.at(ScenarioTextRow), scenarioTextColumn);

    m_form->addRow(m_formLabels.at(ParticipantsRow), text("participantsEdit", QStringLiteral("participants"), 2));

    m_resultCombo = new QComboBox;
    m_resultCombo->setObjectName(QStringLiteral("resultCombo"));
    m_resultCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_resultCombo, &QComboBox::activated, this,
        [this] { chooseValue(DrillModel::ResultColumn, m_resultCombo->currentData()); });
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultCombo);
    resultRow->addStretch();
    m_form->addRow(m_formLabels.at(ResultRow), resultRow);

    m_form->addRow(m_formLabels.at(FindingsRow), text("findingsEdit", QStringLiteral("findings"), 6));

    m_formLabels.at(DateRow)->setBuddy(m_dateEdit);
    m_formLabels.at(ScenarioRow)->setBuddy(m_scenarioCombo);
    m_formLabels.at(ScenarioTextRow)->setBuddy(m_scenarioTextEdit);
    m_formLabels.at(ResultRow)->setBuddy(m_resultCombo);
    for (int row : {ParticipantsRow, FindingsRow}) {
        m_formLabels.at(row)->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    }

    auto *scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, and the area scrolls to them
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *DrillsPage::buildRuns()
{
    auto *page = new QWidget;
    m_runModel = new DrillRunModel(m_document, this);
    m_runsCaption = new QLabel(page);
    m_runsCaption->setWordWrap(true);
    m_noRuns = new QLabel(page);
    m_noRuns->setObjectName(QStringLiteral("noRunsLabel"));
    m_noRuns->setAlignment(Qt::AlignCenter);
    m_noRuns->setWordWrap(true);
    m_runs = new QTableView(page);
    m_runs->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_runs->setObjectName(QStringLiteral("rehearsalRunView"));
    m_runs->setModel(m_runModel);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->setAlternatingRowColors(true);
    m_runs->setWordWrap(false);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_runsCaption);
    layout->addWidget(m_runs, 1);
    layout->addWidget(m_noRuns, 1);
    return page;
}

void DrillsPage::showDrill(qint64 id)
{
    if (id != m_drillId || id == 0) {
        m_drillId = id;
        m_dateBinding->setRecord(id);
        for (RecordTextBinding *binding : std::as_const(m_textBindings)) {
            binding->setRecord(id);
        }
        m_actions->filterEdit()->clear();
        m_actionModel->setDrillId(id);
        m_runModel->setDrillId(id);
        m_dateProblem->hide();
    }
    m_stack->setCurrentWidget(id != 0 ? static_cast<QWidget *>(m_tabs) : m_emptyLabel);
    const bool editable = id != 0 && !m_document->isReadOnly();
    m_scenarioCombo->setEnabled(editable);
    m_resultCombo->setEnabled(editable);
    showChoices();
    updateCounts();
}

void DrillsPage::onRecordChanged(const QString &table, qint64 id, const QString &column)
{
    if (table != DrillTable || id != m_drillId) {
        return;
    }
    if (column == ScenarioColumn || column == ResultColumn) {
        showChoices();
    } else if (column == QLatin1String("scheduled_on")) {
        m_dateProblem->hide();
    }
}

void DrillsPage::showChoices()
{
    const QVariantMap record = m_drillId != 0 ? m_document->store().record(DrillTable, m_drillId) : QVariantMap();
    m_scenarioCombo->setCurrentIndex(m_scenarioCombo->findData(record.value(ScenarioColumn).toString()));
    // No result is the first entry, whose data is no value at all.
    const QVariant result = record.value(ResultColumn);
    m_resultCombo->setCurrentIndex(
        record.isEmpty() ? -1 : (result.isNull() ? 0 : m_resultCombo->findData(result.toString())));
    updateScenarioHint();
}

void DrillsPage::chooseValue(int column, const QVariant &value)
{
    const int row = m_drillModel->rowOf(m_drillId);
    if (row < 0 || !m_drillModel->setData(m_drillModel->index(row, column), value)) {
        showChoices(); // refused or unchanged: show what the plan holds
    }
}

void DrillsPage::updateScenarioHint()
{
    // A custom drill is named by its description; without one, nothing says what it rehearses.
    const bool wanting = m_drillId != 0 && m_scenarioCombo->currentData().toString() == CustomScenario
        && m_scenarioTextEdit->toPlainText().trimmed().isEmpty();
    m_scenarioHint->setVisible(wanting);
}

void DrillsPage::updateCounts()
{
    m_tabs->setTabText(ActionsTab, tr("Follow-up actions (%n)", nullptr, m_actionModel->rowCount()));
    m_tabs->setTabText(RunsTab, tr("Rehearsal runs (%n)", nullptr, m_runModel->rowCount()));
    const bool noRuns = m_runModel->rowCount() == 0;
    m_runs->setVisible(!noRuns);
    m_noRuns->setVisible(noRuns);
    m_actions->setEnabled(m_drillId != 0);
}

void DrillsPage::fillChoices()
{
    const QSignalBlocker scenarioBlocker(m_scenarioCombo);
    const QSignalBlocker resultBlocker(m_resultCombo);
    m_scenarioCombo->clear();
    for (const QString &scenario : Vocabulary::values(Vocabulary::Kind::DrillScenario)) {
        m_scenarioCombo->addItem(Vocabulary::label(Vocabulary::Kind::DrillScenario, scenario), scenario);
    }
    m_resultCombo->clear();
    m_resultCombo->addItem(DrillModel::resultLabel(QVariant()), QVariant());
    for (const QString &result : Vocabulary::values(Vocabulary::Kind::DrillResult)) {
        m_resultCombo->addItem(DrillModel::resultLabel(result), result);
    }
    showChoices();
}

bool DrillsPage::selectRecord(const QString &table, qint64 id)
{
    if (table == DrillTable) {
        if (!m_drills->selectRecord(id)) {
            return false;
        }
        m_tabs->setCurrentIndex(DetailsTab);
        return true;
    }
    if (table != DrillActionTable && table != RunTable) {
        return false;
    }
    const QVariant drill = m_document->store().value(table, id, DrillColumn);
    if (drill.isNull() || !m_drills->selectRecord(drill.toLongLong())) {
        return false;
    }
    if (table == DrillActionTable) {
        m_tabs->setCurrentIndex(ActionsTab);
        return m_actions->selectRecord(id);
    }
    m_tabs->setCurrentIndex(RunsTab);
    const int row = m_runModel->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_runs->selectRow(row);
    m_runs->scrollTo(m_runModel->index(row, 0));
    m_runs->setFocus(Qt::OtherFocusReason);
    return true;
}

void DrillsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DrillsPage::retranslateUi()
{
    m_drills->setCaption(tr("Drills"));
    m_tabs->setAccessibleName(tr("Drill"));
    // The list's short columns as wide as what they show in this language.
    QTableView *list = m_drills->view();
    const QFontMetrics metrics = list->fontMetrics();
    const auto widest
        = [&metrics](int width, const QString &text) { return std::max(width, metrics.horizontalAdvance(text)); };
    int dateWidth = widest(metrics.horizontalAdvance(QStringLiteral("0000-00-00")),
        m_drillModel->headerData(DrillModel::ScheduledOnColumn, Qt::Horizontal).toString());
    list->setColumnWidth(DrillModel::ScheduledOnColumn, dateWidth + 24);
    int resultWidth = widest(metrics.horizontalAdvance(DrillModel::resultLabel(QVariant())),
        m_drillModel->headerData(DrillModel::ResultColumn, Qt::Horizontal).toString());
    for (const QString &result : Vocabulary::values(Vocabulary::Kind::DrillResult)) {
        resultWidth = widest(resultWidth, DrillModel::resultLabel(result));
    }
    list->setColumnWidth(DrillModel::ResultColumn, resultWidth + 24);

    m_emptyLabel->setText(tr("No drill selected. Add one to record when it is held, the scenario it rehearses, who "
                             "takes part, how it went, what it found and what is to be done about it."));
    m_tabs->setTabText(DetailsTab, tr("Details"));
    m_formLabels.at(DateRow)->setText(tr("Da&te:"));
    m_formLabels.at(ScenarioRow)->setText(tr("&Scenario:"));
    m_formLabels.at(ScenarioTextRow)->setText(tr("&Description:"));
    m_formLabels.at(ParticipantsRow)->setText(tr("Parti&cipants:"));
    m_formLabels.at(ResultRow)->setText(tr("Res&ult:"));
    m_formLabels.at(FindingsRow)->setText(tr("Fi&ndings:"));
    m_dateEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateEdit->setToolTip(tr("The day the drill is held, as YYYY-MM-DD"));
    m_scenarioTextEdit->setPlaceholderText(
        tr("What the drill rehearses: what fails, when, and what the team is to do about it"));
    m_scenarioHint->setText(tr("A custom scenario needs a description: it says what the drill rehearses and names "
                               "the drill in the list."));
    m_runsCaption->setText(tr("Rehearsal runs held for this drill; they are started and recorded in the run console."));
    m_noRuns->setText(tr("No rehearsal run has been held for this drill."));
    fillChoices();
    updateCounts();
}

} // namespace fallback::ui
