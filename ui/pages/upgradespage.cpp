// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/upgradespage.h"

#include "console/runconsole.h"
#include "console/startrundialog.h"
#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "models/linkchecklistmodel.h"
#include "run/runsession.h"
#include "upgrade/checklistitemmodel.h"
#include "upgrade/checklistoperations.h"
#include "upgrade/upgrademodel.h"
#include "widgets/checklistitemdelegate.h"
#include "widgets/recordlinebinding.h"
#include "widgets/recordtableeditor.h"
#include "widgets/recordtextbinding.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

std::function<bool(const QString &text)> UpgradesPage::replaceChecklistHook;

namespace {
const QString UpgradeTable = QStringLiteral("upgrade");
const QString UpgradeItemTable = QStringLiteral("upgrade_item");
const QString TemplateTable = QStringLiteral("checklist_template");
const QString StatusColumn = QStringLiteral("status");
const QString TemplateColumn = QStringLiteral("template_id");
const QString StartColumn = QStringLiteral("window_start");
const QString EndColumn = QStringLiteral("window_end");

// Labels of the form rows, in order; their texts are set in retranslateUi().
enum FormRow {
    NameRow,
    StatusRow,
    VersionRow,
    WindowRow,
    SystemsRow,
    ImpactRow,
    NotifyRow,
    RollbackRow,
    GoCriteriaRow,
    FormRowCount
};

// A window edit shows the plan's wall clock, whatever this machine's zone: its
// fields are the plan's date and time, held in UTC so that no daylight saving
// change of this machine can shift or refuse them.

/// The earliest time a window edit can show; it stands for "not set".
/// The length of a window whose checklist plans none: an hour.
constexpr qint64 DefaultWindowMinutes = 60;

QDateTime unsetTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
}

/// \a time as a window edit shows it: the plan's date and time.
QDateTime wallClock(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime shown = time.toTimeZone(zone);
    return QDateTime(shown.date(), shown.time(), QTimeZone::utc());
}

/// The moment a window edit names on the plan's clock; invalid when it is not set.
QDateTime chosenTime(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    const QDateTime shown = edit->dateTime();
    return shown == unsetTime() ? QDateTime() : QDateTime(shown.date(), shown.time(), zone);
}

void markInvalid(QWidget *edit, bool invalid)
{
    edit->setStyleSheet(invalid ? QStringLiteral("QDateTimeEdit { border: 2px solid #c00000; }") : QString());
}
} // namespace

UpgradesPage::UpgradesPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_upgradeModel = new UpgradeModel(document, this);
    m_upgrades = new RecordTableEditor(m_upgradeModel, document->isReadOnly(), this);
    m_upgrades->setObjectName(QStringLiteral("upgradeEditor"));
    // The list names the upgrades; the details are in the form beside it.
    QTableView *list = m_upgrades->view();
    for (int column = UpgradeModel::WindowEndColumn; column < UpgradeModel::ColumnCount; ++column) {
        list->setColumnHidden(column, true);
    }
    list->horizontalHeader()->setStretchLastSection(false);
    list->horizontalHeader()->setSectionResizeMode(UpgradeModel::NameColumn, QHeaderView::Stretch);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("upgradeTabs"));
    m_tabs->addTab(buildDetails(), QString());
    m_tabs->addTab(buildChecklist(), QString());
    m_startRunButton = new QPushButton(m_tabs);
    m_startRunButton->setObjectName(QStringLiteral("startRunButton"));
    connect(m_startRunButton, &QPushButton::clicked, this, &UpgradesPage::startRun);
    m_tabs->setCornerWidget(m_startRunButton, Qt::TopRightCorner);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_tabs);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_upgrades);
    splitter->addWidget(m_stack);
    // Half each: the list needs room for the names, and the form lays out
    // its labels above the fields when it is narrow.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_upgrades, &RecordTableEditor::currentRecordChanged, this, &UpgradesPage::showUpgrade);
    connect(document, &PlanDocument::recordChanged, this, &UpgradesPage::onRecordChanged);
    connect(document, &PlanDocument::recordInserted, this, [this](const QString &table) {
        if (table == TemplateTable) {
            refreshTemplates();
        }
    });
    connect(document, &PlanDocument::recordRemoved, this, [this](const QString &table, qint64 id) {
        if (table == TemplateTable) {
            refreshTemplates();
        } else if (table == UpgradeTable && id == m_upgradeId) {
            showUpgrade(0); // until the list picks another one
        }
    });
    // A checklist made or undone arrives one row at a time; the caption follows once.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_itemModel, signal, this, [this] {
            if (!m_controlsQueued) {
                m_controlsQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_controlsQueued = false;
                    updateChecklistControls();
                });
            }
        });
    }
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &UpgradesPage::updateChecklistControls);

    retranslateUi();
    refreshTemplates();
    if (!m_upgrades->selectFirstRecord()) {
        showUpgrade(0);
    }
}

QWidget *UpgradesPage::buildDetails()
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    m_form = new QFormLayout;
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1); // spare height below the form, not between its rows
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // On a narrow screen a label goes above its field rather than the form
    // scrolling sideways and cutting the text off (1024 px wide).
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int row = 0; row < FormRowCount; ++row) {
        m_formLabels << new QLabel(content);
    }
    const auto line = [this](const char *name, const QString &column) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        m_lineBindings << new RecordLineBinding(m_document, UpgradeTable, column, edit);
        return edit;
    };
    const auto text = [this](const char *name, const QString &column) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 7);
        m_textBindings << new RecordTextBinding(m_document, UpgradeTable, column, edit);
        return edit;
    };

    m_form->addRow(m_formLabels.at(NameRow), line("upgradeNameEdit", QStringLiteral("name")));

    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_statusCombo, &QComboBox::activated, this, [this] {
        if (m_upgradeId != 0) {
            m_document->setRecordValue(UpgradeTable, m_upgradeId, StatusColumn, m_statusCombo->currentData());
        }
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusCombo);
    statusRow->addStretch();
    m_form->addRow(m_formLabels.at(StatusRow), statusRow);

    auto *versions = new QHBoxLayout;
    QLineEdit *versionFrom = line("versionFromEdit", QStringLiteral("version_from"));
    versions->addWidget(versionFrom, 1);
    versions->addWidget(new QLabel(QStringLiteral("\u2192")));
    m_versionTo = line("versionToEdit", QStringLiteral("version_to"));
    versions->addWidget(m_versionTo, 1);
    m_form->addRow(m_formLabels.at(VersionRow), versions);

    // The window: the plan's clock in the editors, UTC in the plan.
    const auto timeEdit = [this](const char *name) {
        auto *edit = new QDateTimeEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setMinimumDateTime(unsetTime());
        edit->setDateTime(unsetTime());
        connect(edit, &QDateTimeEdit::editingFinished, this, [this, edit] { commitWindow(edit); });
        edit->installEventFilter(this); // an unset time is filled in when the edit is entered
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, edit] {
            markInvalid(edit, false);
            m_prefilled.remove(edit); // changed by the user: theirs now
        });
        // A date picked in the calendar is a finished edit; typed ones finish on Return or focus out.
        QCalendarWidget *calendar = edit->calendarWidget();
        calendar->installEventFilter(this);
        // A date picked, or Return pressed, takes even the time offered (see prefillWindowTime()).
        const auto take = [this, edit] {
            m_prefilled.remove(edit);
            commitWindow(edit);
        };
        connect(calendar, &QCalendarWidget::clicked, this, take);
        connect(calendar, &QCalendarWidget::activated, this, take);
        return edit;
    };
    const auto clearButton = [this](const char *name, QDateTimeEdit *edit) {
        auto *button = new QToolButton;
        button->setObjectName(QLatin1String(name));
        button->setText(QStringLiteral("\u00d7"));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, edit] { clearWindowTime(edit); });
        return button;
    };
    m_startEdit = timeEdit("windowStartEdit");
    m_endEdit = timeEdit("windowEndEdit");
    m_clearStart = clearButton("clearStartButton", m_startEdit);
    m_clearEnd = clearButton("clearEndButton", m_endEdit);
    // The length, typed as the checklist's durations are ("2 h 30 min", "150"): it moves the end.
    m_windowDuration = new QLineEdit;
    m_windowDuration->setObjectName(QStringLiteral("windowDurationEdit"));
    m_windowDuration->setMaximumWidth(
        m_windowDuration->fontMetrics().horizontalAdvance(QStringLiteral("00 h 00 min")) * 2);
    connect(m_windowDuration, &QLineEdit::editingFinished, this, &UpgradesPage::commitWindowDuration);
    auto *window = new QHBoxLayout;
    window->setSpacing(2);
    window->addWidget(m_startEdit);
    window->addWidget(m_clearStart);
    window->addSpacing(6);
    window->addWidget(new QLabel(QStringLiteral("\u2013")));
    window->addSpacing(6);
    window->addWidget(m_endEdit);
    window->addWidget(m_clearEnd);
    window->addSpacing(8);
    window->addWidget(m_windowDuration);
    window->addStretch();
    m_windowProblem = new QLabel;
    m_windowProblem->setObjectName(QStringLiteral("windowProblemLabel"));
    m_windowProblem->setWordWrap(true);
    m_windowProblem->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    m_windowProblem->hide();
    auto *windowColumn = new QVBoxLayout;
    windowColumn->addLayout(window);
    windowColumn->addWidget(m_windowProblem);
    m_form->addRow(m_formLabels.at(WindowRow), windowColumn);

    m_systemModel = new LinkChecklistModel(m_document,
        {QStringLiteral("upgrade_system"), QStringLiteral("upgrade_id"), QStringLiteral("system_id"),
            QStringLiteral("scope_system"), QStringLiteral("name")},
        this);
    m_systems = new QListView;
    m_systems->setObjectName(QStringLiteral("systemList"));
    m_systems->setModel(m_systemModel);
    m_systems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto fitSystems = [this] {
        const int rows = std::clamp(m_systemModel->rowCount(), 2, 8);
        m_systems->setFixedHeight(m_systems->sizeHintForRow(0) * rows + 2 * m_systems->frameWidth() + 8);
    };
    connect(m_systemModel, &QAbstractItemModel::modelReset, this, fitSystems);
    m_form->addRow(m_formLabels.at(SystemsRow), m_systems);

    m_form->addRow(m_formLabels.at(ImpactRow), text("impactEdit", QStringLiteral("impact")));
    m_form->addRow(m_formLabels.at(NotifyRow), text("notifyEdit", QStringLiteral("notify")));
    m_form->addRow(m_formLabels.at(RollbackRow), text("rollbackPlanEdit", QStringLiteral("rollback_plan")));
    m_form->addRow(m_formLabels.at(GoCriteriaRow), text("goCriteriaEdit", QStringLiteral("go_criteria")));
    for (int row = 0; row < FormRowCount; ++row) {
        if (QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget()) {
            m_formLabels.at(row)->setBuddy(field);
        }
    }
    m_formLabels.at(StatusRow)->setBuddy(m_statusCombo);
    m_formLabels.at(VersionRow)->setBuddy(versionFrom);
    m_formLabels.at(WindowRow)->setBuddy(m_startEdit);
    fitSystems();

    auto *scroll = new QScrollArea;
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus, and the area scrolls to them
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget *UpgradesPage::buildChecklist()
{
    auto *page = new QWidget;
    m_templateLabel = new QLabel(page);
    m_templateCombo = new QComboBox(page);
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_templateLabel->setBuddy(m_templateCombo);
    connect(m_templateCombo, &QComboBox::activated, this, [this] {
        if (m_upgradeId != 0) {
            m_document->setRecordValue(UpgradeTable, m_upgradeId, TemplateColumn, m_templateCombo->currentData());
        }
        updateChecklistControls();
    });
    m_createButton = new QPushButton(page);
    m_createButton->setObjectName(QStringLiteral("createChecklistButton"));
    connect(m_createButton, &QPushButton::clicked, this, &UpgradesPage::createChecklist);

    m_itemModel = new ChecklistItemModel(m_document, ChecklistItemModel::Owner::Upgrade, this);
    m_items = new RecordTableEditor(m_itemModel, m_document->isReadOnly(), page);
    m_items->setObjectName(QStringLiteral("upgradeItemEditor"));
    ChecklistItemDelegate::install(m_items);

    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateLabel);
    templateRow->addWidget(m_templateCombo);
    templateRow->addWidget(m_createButton);
    templateRow->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(templateRow);
    layout->addWidget(m_items, 1);
    return page;
}

bool UpgradesPage::eventFilter(QObject *watched, QEvent *event)
{
    // An unset time sits at the edit's minimum, in the year 2000; its
    // calendar opens on this month instead.
    if (watched == m_startEdit || watched == m_endEdit) {
        auto *edit = static_cast<QDateTimeEdit *>(watched);
        if (event->type() == QEvent::FocusIn) {
            prefillWindowTime(edit);
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_prefilled.remove(edit);
            }
        }
    }
    if (event->type() == QEvent::Show) {
        for (QDateTimeEdit *edit : {m_startEdit, m_endEdit}) {
            if (watched == edit->calendarWidget() && !chosenTime(edit, m_document->timeZone()).isValid()) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void UpgradesPage::showUpgrade(qint64 id)
{
    if (id != m_upgradeId || id == 0) {
        m_upgradeId = id;
        for (RecordLineBinding *binding : std::as_const(m_lineBindings)) {
            binding->setRecord(id);
        }
        for (RecordTextBinding *binding : std::as_const(m_textBindings)) {
            binding->setRecord(id);
        }
        m_systemModel->setOwner(id);
        m_items->filterEdit()->clear();
        m_itemModel->setOwnerId(id);
        m_windowProblem->hide();
        markInvalid(m_startEdit, false);
        markInvalid(m_endEdit, false);
    }
    m_stack->setCurrentWidget(id != 0 ? static_cast<QWidget *>(m_tabs) : m_emptyLabel);
    const bool editable = id != 0 && !m_document->isReadOnly();
    for (QWidget *widget : std::initializer_list<QWidget *> {m_statusCombo, m_startEdit, m_endEdit, m_windowDuration,
             m_clearStart, m_clearEnd, m_templateCombo, m_startRunButton}) {
        widget->setEnabled(editable);
    }
    showStatus();
    showWindow();
    showTemplateChoice();
    updateChecklistControls();
}

void UpgradesPage::onRecordChanged(const QString &table, qint64 id, const QString &column)
{
    if (table == TemplateTable) {
        refreshTemplates();
        return;
    }
    if (table != UpgradeTable || id != m_upgradeId) {
        return;
    }
    if (column == QLatin1String("name")) {
        updateChecklistControls(); // the checklist's caption names the upgrade
    } else if (column == StatusColumn) {
        showStatus();
    } else if (column == StartColumn || column == EndColumn) {
        showWindow();
    } else if (column == TemplateColumn) {
        showTemplateChoice();
    }
}

void UpgradesPage::showStatus()
{
    const QString status
        = m_upgradeId != 0 ? m_document->store().value(UpgradeTable, m_upgradeId, StatusColumn).toString() : QString();
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(status));
}

void UpgradesPage::showWindow()
{
    const auto show = [this](QDateTimeEdit *edit, const QString &column) {
        const QDateTime time = m_upgradeId != 0
            ? UpgradeModel::windowTime(m_document->store().value(UpgradeTable, m_upgradeId, column))
            : QDateTime();
        const QSignalBlocker blocker(edit);
        edit->setDateTime(time.isValid() ? wallClock(time, m_document->timeZone()) : unsetTime());
    };
    show(m_startEdit, StartColumn);
    show(m_endEdit, EndColumn);
    const QDateTime start = chosenTime(m_startEdit, m_document->timeZone());
    const QDateTime end = chosenTime(m_endEdit, m_document->timeZone());
    m_windowDuration->setText(
        start.isValid() && end.isValid() ? ChecklistItemModel::durationText(start.secsTo(end) / 60) : QString());
}

qint64 UpgradesPage::defaultWindowMinutes() const
{
    const qint64 planned = ChecklistOperations::plannedWindowMinutes(m_document, m_upgradeId);
    return planned > 0 ? planned : DefaultWindowMinutes;
}

void UpgradesPage::prefillWindowTime(QDateTimeEdit *edit)
{
    // An unset time cannot be typed into (it shows "Not set"): offer one to
    // change, which is stored only when the edit is finished.
    if (m_upgradeId == 0 || m_document->isReadOnly() || chosenTime(edit, m_document->timeZone()).isValid()) {
        return;
    }
    const QTimeZone zone = m_document->timeZone();
    QDateTime offered;
    const QDateTime start = chosenTime(m_startEdit, zone);
    if (edit == m_endEdit && start.isValid()) {
        offered = start.addSecs(defaultWindowMinutes() * 60);
    } else {
        const QDateTime now = QDateTime::currentDateTime().toTimeZone(zone);
        offered = QDateTime(now.date(), QTime(now.time().hour(), 0), zone).addSecs(3600); // the next full hour
    }
    const QSignalBlocker blocker(edit);
    edit->setDateTime(wallClock(offered, zone));
    m_prefilled.insert(edit);
}

void UpgradesPage::commitWindowDuration()
{
    if (m_upgradeId == 0 || m_document->isReadOnly() || !m_windowDuration->isModified()) {
        return;
    }
    m_windowDuration->setModified(false);
    const QString text = m_windowDuration->text().trimmed();
    const QDateTime start = chosenTime(m_startEdit, m_document->timeZone());
    const std::optional<qint64> minutes = ChecklistItemModel::parseMinutes(text, false);
    QString refusal;
    if (!start.isValid()) {
        refusal = tr("Set the start of the window first; its length then sets the end.");
    } else if (!minutes || *minutes <= 0) {
        refusal = tr("\u201c%1\u201d is not a length of time. Type it as 2 h 30 min, 90 min or 1:30.").arg(text);
    } else if (!ChecklistOperations::setUpgradeWindow(
                   m_document, m_upgradeId, start, start.addSecs(*minutes * 60), &refusal)) {
        refusal = refusal.isEmpty() ? tr("The window could not be changed.") : refusal;
    }
    if (refusal.isEmpty()) {
        m_windowProblem->hide();
        return;
    }
    m_windowProblem->setText(tr("%1 The window stays as it was.").arg(refusal));
    m_windowProblem->show();
    Q_EMIT problem(refusal);
    showWindow();
    m_windowDuration->setFocus();
    m_windowDuration->selectAll();
}

void UpgradesPage::commitWindow(QDateTimeEdit *edited)
{
    if (m_upgradeId == 0 || m_document->isReadOnly()) {
        return;
    }
    if (m_prefilled.remove(edited)) {
        // Only passed through: the time offered was not taken, the field stays unset.
        const QSignalBlocker blocker(edited);
        edited->setDateTime(unsetTime());
        return;
    }
    const QDateTime start = chosenTime(m_startEdit, m_document->timeZone());
    QDateTime end = chosenTime(m_endEdit, m_document->timeZone());
    const auto stored = [this](const QString &column) {
        return UpgradeModel::windowTime(m_document->store().value(UpgradeTable, m_upgradeId, column));
    };
    if (start == stored(StartColumn) && end == stored(EndColumn)) {
        return; // focus left without a change
    }
    if (edited == m_startEdit && start.isValid()) {
        // A new start keeps the window's length; a first start gets the checklist's.
        const QDateTime oldStart = stored(StartColumn);
        const QDateTime oldEnd = stored(EndColumn);
        if (oldStart.isValid() && oldEnd.isValid()) {
            end = start.addSecs(oldStart.secsTo(oldEnd));
        } else if (!end.isValid()) {
            end = start.addSecs(defaultWindowMinutes() * 60);
        }
    }
    QString refusal;
    if (ChecklistOperations::setUpgradeWindow(m_document, m_upgradeId, start, end, &refusal)) {
        m_windowProblem->hide();
        return;
    }
    if (!refusal.isEmpty()) {
        // Refused: the plan keeps the old window and the form shows it again, with the reason.
        m_windowProblem->setText(tr("%1 The window stays as it was.").arg(refusal));
        m_windowProblem->show();
        Q_EMIT problem(refusal);
        showWindow();
        markInvalid(edited, true);
    }
}

void UpgradesPage::clearWindowTime(QDateTimeEdit *edit)
{
    edit->setDateTime(unsetTime());
    commitWindow(edit);
}

void UpgradesPage::refreshTemplates()
{
    const QSignalBlocker blocker(m_templateCombo);
    m_templateCombo->clear();
    m_templateCombo->addItem(tr("(none)"), QVariant());
    for (const QVariantMap &record : m_document->store().records(TemplateTable, {}, {}, QStringLiteral("name"))) {
        m_templateCombo->addItem(record.value(QStringLiteral("name")).toString(), record.value(QStringLiteral("id")));
    }
    showTemplateChoice();
}

void UpgradesPage::showTemplateChoice()
{
    const QVariant chosen
        = m_upgradeId != 0 ? m_document->store().value(UpgradeTable, m_upgradeId, TemplateColumn) : QVariant();
    const QSignalBlocker blocker(m_templateCombo);
    m_templateCombo->setCurrentIndex(chosen.isNull() ? 0 : std::max(0, m_templateCombo->findData(chosen.toLongLong())));
    updateChecklistControls();
}

void UpgradesPage::updateChecklistControls()
{
    const bool haveTemplate = !m_templateCombo->currentData().isNull();
    m_createButton->setEnabled(m_upgradeId != 0 && haveTemplate && !m_document->isReadOnly());
    m_items->setEnabled(m_upgradeId != 0);
    if (m_upgradeId == 0) {
        m_items->setCaption(QString());
        return;
    }
    const QString name = m_document->store().value(UpgradeTable, m_upgradeId, QStringLiteral("name")).toString();
    m_items->setCaption(tr("Checklist of \u201c%1\u201d (%n)", nullptr, m_itemModel->rowCount()).arg(name));
    m_tabs->setTabText(1, tr("Checklist (%n)", nullptr, m_itemModel->rowCount()));
}

bool UpgradesPage::confirmReplace(const QString &text)
{
    if (replaceChecklistHook) {
        return replaceChecklistHook(text);
    }
    return QMessageBox::question(
               this, tr("Replace checklist"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void UpgradesPage::createChecklist()
{
    const QVariant templateId = m_templateCombo->currentData();
    if (m_upgradeId == 0 || templateId.isNull()) {
        return;
    }
    const int templateItems = ChecklistOperations::templateItemCount(m_document, templateId.toLongLong());
    if (templateItems == 0) {
        Q_EMIT problem(tr("The template \u201c%1\u201d has no items to copy.").arg(m_templateCombo->currentText()));
        return;
    }
    if (const int existing = m_itemModel->rowCount(); existing > 0) {
        const QString question = tr("This upgrade already has a checklist of %n item(s).", nullptr, existing)
            + QLatin1Char(' ')
            + tr("Replace it with the %n item(s) of \u201c%1\u201d? Edit > Undo brings the old checklist back.",
                nullptr, templateItems)
                  .arg(m_templateCombo->currentText());
        if (!confirmReplace(question)) {
            return;
        }
    }
    // The copy arrives as one batch; the table reads it once afterwards
    // instead of placing thousands of rows one at a time.
    const qint64 upgrade = m_upgradeId;
    m_itemModel->setOwnerId(0);
    const bool created = ChecklistOperations::instantiateChecklist(m_document, upgrade, templateId.toLongLong());
    m_itemModel->setOwnerId(upgrade);
    if (created) {
        m_tabs->setCurrentIndex(1);
        Q_EMIT message(tr("Checklist created from \u201c%1\u201d with %n item(s).", nullptr, templateItems)
                           .arg(m_templateCombo->currentText()));
    }
}

void UpgradesPage::startRun()
{
    if (m_upgradeId == 0 || m_document->isReadOnly()) {
        return;
    }
    const QString name = m_document->store().value(UpgradeTable, m_upgradeId, QStringLiteral("name")).toString();
    if (const qint64 running = RunSession::unfinishedRunOf(m_document, m_upgradeId); running != 0) {
        // One upgrade, one emergency at a time: its console is where to go.
        Q_EMIT message(tr("\u201c%1\u201d already has a run in progress; here is its console.").arg(name));
        Q_EMIT runConsoleRequested(running, true);
        return;
    }
    const std::optional<StartRunDialog::Choice> choice = StartRunDialog::ask(m_document, m_upgradeId, this);
    if (!choice) {
        return;
    }
    QString refusal;
    const std::unique_ptr<RunSession> session
        = RunSession::start(m_document, m_upgradeId, choice->kind, choice->drillId, choice->operatorName, {}, &refusal);
    if (!session) {
        DialogHooks::warning(this, tr("Run not started"), refusal);
        return;
    }
    RunConsole::rememberOperatorName(choice->operatorName);
    Q_EMIT message(tr("Run of \u201c%1\u201d started.").arg(name));
    Q_EMIT runConsoleRequested(session->runId(), false);
}

bool UpgradesPage::selectRecord(const QString &table, qint64 id)
{
    if (table == UpgradeTable) {
        if (!m_upgrades->selectRecord(id)) {
            return false;
        }
        m_tabs->setCurrentIndex(0);
        return true;
    }
    if (table == UpgradeItemTable) {
        const QVariant owner = m_document->store().value(UpgradeItemTable, id, QStringLiteral("upgrade_id"));
        if (!owner.isValid() || !m_upgrades->selectRecord(owner.toLongLong())) {
            return false;
        }
        m_tabs->setCurrentIndex(1);
        return m_items->selectRecord(id);
    }
    return false;
}

void UpgradesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void UpgradesPage::retranslateUi()
{
    m_upgrades->setCaption(tr("Upgrades"));
    m_tabs->setAccessibleName(tr("Upgrade"));
    m_systems->setAccessibleName(tr("Systems"));
    m_versionTo->setAccessibleName(tr("Version to"));
    m_endEdit->setAccessibleName(tr("End of the planned window"));
    m_windowDuration->setAccessibleName(tr("Length of the planned window"));
    // The list's short columns as wide as what they show in this language.
    QTableView *list = m_upgrades->view();
    int statusWidth = list->fontMetrics().horizontalAdvance(
        m_upgradeModel->headerData(UpgradeModel::StatusColumn, Qt::Horizontal).toString());
    for (const QString &status : Vocabulary::values(Vocabulary::Kind::UpgradeStatus)) {
        statusWidth = std::max(statusWidth,
            list->fontMetrics().horizontalAdvance(Vocabulary::label(Vocabulary::Kind::UpgradeStatus, status)));
    }
    list->setColumnWidth(UpgradeModel::StatusColumn, statusWidth + 24);
    list->setColumnWidth(UpgradeModel::WindowStartColumn,
        std::max(list->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")),
            list->fontMetrics().horizontalAdvance(
                m_upgradeModel->headerData(UpgradeModel::WindowStartColumn, Qt::Horizontal).toString()))
            + 24);
    m_emptyLabel->setText(tr("No upgrade selected. Add one to plan its window, the systems it touches, who is "
                             "notified, how to roll it back and its checklist."));
    m_tabs->setTabText(0, tr("Details"));
    m_formLabels.at(NameRow)->setText(tr("&Name:"));
    m_formLabels.at(StatusRow)->setText(tr("S&tatus:"));
    m_formLabels.at(VersionRow)->setText(tr("&Version from / to:"));
    m_formLabels.at(WindowRow)->setText(tr("Planned &window:"));
    m_formLabels.at(SystemsRow)->setText(tr("S&ystems:"));
    m_formLabels.at(ImpactRow)->setText(tr("&Impact scope:"));
    m_formLabels.at(NotifyRow)->setText(tr("Who must be n&otified:"));
    m_formLabels.at(RollbackRow)->setText(tr("&Rollback plan:"));
    m_formLabels.at(GoCriteriaRow)->setText(tr("&Go/no-go criteria:"));
    m_startEdit->setSpecialValueText(tr("Not set"));
    m_endEdit->setSpecialValueText(tr("Not set"));
    m_startEdit->setToolTip(tr("Planned start of the upgrade window, local time"));
    m_endEdit->setToolTip(tr("Planned end of the upgrade window, local time"));
    m_windowDuration->setPlaceholderText(tr("length"));
    m_windowDuration->setToolTip(tr("Length of the window, for example 2 h 30 min: it sets the end"));
    m_clearStart->setToolTip(tr("Clear the start"));
    m_clearEnd->setToolTip(tr("Clear the end"));
    {
        const QSignalBlocker blocker(m_statusCombo);
        const QVariant current = m_statusCombo->currentData();
        m_statusCombo->clear();
        for (const QString &status : Vocabulary::values(Vocabulary::Kind::UpgradeStatus)) {
            m_statusCombo->addItem(Vocabulary::label(Vocabulary::Kind::UpgradeStatus, status), status);
        }
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(current));
    }
    m_templateLabel->setText(tr("Te&mplate:"));
    m_createButton->setText(tr("&Create checklist from template"));
    m_createButton->setToolTip(tr("Copy the template's items into this upgrade's own checklist"));
    m_startRunButton->setText(tr("Start R&un\u2026"));
    m_startRunButton->setToolTip(tr("Run this upgrade, live or as a rehearsal, from the run console"));
    if (m_templateCombo->count() > 0) {
        m_templateCombo->setItemText(0, tr("(none)"));
    }
    showWindow();
    updateChecklistControls();
}

} // namespace fallback::ui
