// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/rolecardspage.h"

#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "duty/dutyroster.h"
#include "duty/dutyshiftmodel.h"
#include "duty/rolecardcontactmodel.h"
#include "duty/rolecardmodel.h"
#include "plan/builtincontent.h"
#include "widgets/recordtableeditor.h"
#include "widgets/recordtextbinding.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
const QString CardTable = QStringLiteral("role_card");
constexpr int TextLines = 3;
constexpr int MaxHoursLimit = 72;
} // namespace

RoleCardsPage::RoleCardsPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("roleCardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCards(), QString());
    m_tabs->addTab(buildRoster(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // The roster's problems follow every edit of it, of its upgrade and of its people.
    auto *problemTimer = new QTimer(this);
    problemTimer->setSingleShot(true);
    problemTimer->setInterval(0);
    connect(problemTimer, &QTimer::timeout, this, &RoleCardsPage::updateProblems);
    const auto onChange = [this, problemTimer](const QString &table) {
        if (table == QLatin1String("upgrade")) {
            fillUpgrades();
        }
        if (table == QLatin1String("duty_shift") || table == QLatin1String("upgrade")
            || table == QLatin1String("member") || table == QLatin1String("org_group")
            || table == QLatin1String("plan")) {
            problemTimer->start();
        }
    };
    connect(document, &PlanDocument::recordChanged, this, onChange);
    connect(document, &PlanDocument::recordInserted, this, onChange);
    connect(document, &PlanDocument::recordRemoved, this, onChange);
    connect(document, &PlanDocument::headerChanged, this, [this, problemTimer](PlanField field) {
        if (field == PlanField::DutyMaxHours) {
            const QSignalBlocker blocker(m_maxHours);
            m_maxHours->setValue(m_document->header(PlanField::DutyMaxHours).toInt());
            problemTimer->start();
        }
    });
    connect(document, &PlanDocument::bulkChangeFinished, this, [this] {
        fillUpgrades();
        updateProblems();
    });

    retranslateUi();
    fillUpgrades();
    m_cards->selectFirstRecord();
}

QWidget *RoleCardsPage::buildCards()
{
    const bool readOnly = m_document->isReadOnly();
    m_cards = new RecordTableEditor(new RoleCardModel(m_document, this), readOnly, this);
    m_cards->setObjectName(QStringLiteral("roleCardsEditor"));

    auto *form = new QWidget(this);
    auto *formLayout = new QFormLayout(form);
    // Labels above their fields: the card's texts get the pane's whole width.
    formLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const QString &column : RoleCardModel::textColumns()) {
        auto *edit = new QPlainTextEdit(form);
        edit->setObjectName(QStringLiteral("%1Edit").arg(column));
        edit->setTabChangesFocus(true);
        edit->setReadOnly(readOnly);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * TextLines);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (TextLines + 3));
        auto *label = new QLabel(form);
        label->setBuddy(edit);
        formLayout->addRow(label, edit);
        m_textLabels << label;
        m_textEdits << edit;
        m_textBindings << new RecordTextBinding(m_document, CardTable, column, edit);
    }
    m_contactModel = new RoleCardContactModel(m_document, this);
    m_contacts = new RecordTableEditor(m_contactModel, readOnly, form);
    m_contacts->setObjectName(QStringLiteral("roleCardContactsEditor"));
    m_contacts->setFilterVisible(false);
    m_contacts->setMinimumHeight(m_contacts->fontMetrics().lineSpacing() * 8);
    formLayout->addRow(m_contacts);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("roleCardScroll"));
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus, and it scrolls to them
    m_scroll = scroll;

    m_builtInButton = new QPushButton(this);
    m_builtInButton->setObjectName(QStringLiteral("builtInCardsButton"));
    m_builtInButton->setEnabled(!readOnly);
    connect(m_builtInButton, &QPushButton::clicked, this, [this] {
        const BuiltInContent::Outcome outcome = BuiltInContent::addRoleCards(m_document);
        if (outcome.added) {
            Q_EMIT message(outcome.message);
        } else {
            Q_EMIT problem(outcome.message);
        }
    });
    auto *cardsPane = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cardsPane);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(m_cards, 1);
    cardsLayout->addWidget(m_builtInButton, 0, Qt::AlignLeft);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(cardsPane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(m_cards, &RecordTableEditor::currentRecordChanged, this, &RoleCardsPage::showCard);
    showCard(0);
    return splitter;
}

QWidget *RoleCardsPage::buildRoster()
{
    auto *pane = new QWidget(this);
    m_upgrade = new QComboBox(pane);
    m_upgrade->setObjectName(QStringLiteral("rosterUpgradeCombo"));
    m_upgrade->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_upgrade->setMinimumContentsLength(24);
    m_upgradeLabel = new QLabel(pane);
    m_upgradeLabel->setBuddy(m_upgrade);
    m_maxHours = new QSpinBox(pane);
    m_maxHours->setObjectName(QStringLiteral("dutyMaxHoursSpin"));
    m_maxHours->setRange(1, MaxHoursLimit);
    m_maxHours->setValue(m_document->header(PlanField::DutyMaxHours).toInt());
    m_maxHours->setReadOnly(m_document->isReadOnly());
    m_maxHoursLabel = new QLabel(pane);
    m_maxHoursLabel->setBuddy(m_maxHours);
    connect(m_maxHours, &QSpinBox::editingFinished, this, [this] {
        if (m_maxHours->value() != m_document->header(PlanField::DutyMaxHours).toInt()) {
            m_document->setHeader(PlanField::DutyMaxHours, m_maxHours->value());
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_upgradeLabel);
    top->addWidget(m_upgrade, 1);
    top->addSpacing(12);
    top->addWidget(m_maxHoursLabel);
    top->addWidget(m_maxHours);

    m_shiftModel = new DutyShiftModel(m_document, this);
    m_shifts = new RecordTableEditor(m_shiftModel, m_document->isReadOnly(), pane);
    m_shifts->setObjectName(QStringLiteral("dutyShiftsEditor"));
    m_problems = new QLabel(pane);
    m_problems->setObjectName(QStringLiteral("rosterProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(pane);
    layout->addLayout(top);
    layout->addWidget(m_shifts, 1);
    layout->addWidget(m_problems);
    connect(m_upgrade, &QComboBox::currentIndexChanged, this, &RoleCardsPage::showUpgrade);
    return pane;
}

void RoleCardsPage::showCard(qint64 id)
{
    for (RecordTextBinding *binding : std::as_const(m_textBindings)) {
        binding->setRecord(id);
    }
    m_contactModel->setRoleCardId(id);
    m_contacts->setEnabled(id != 0);
}

qint64 RoleCardsPage::currentUpgrade() const
{
    return m_upgrade->currentData().toLongLong();
}

void RoleCardsPage::fillUpgrades()
{
    const qint64 current = currentUpgrade();
    {
        const QSignalBlocker blocker(m_upgrade);
        m_upgrade->clear();
        for (const auto &[id, name] : PlanContentReader(m_document->database()).upgradeNames()) {
            m_upgrade->addItem(name.isEmpty() ? tr("Upgrade %1").arg(id) : name, id);
        }
        m_upgrade->setCurrentIndex(qMax(0, m_upgrade->findData(current)));
    }
    showUpgrade();
}

void RoleCardsPage::showUpgrade()
{
    m_shiftModel->setUpgradeId(currentUpgrade());
    m_shifts->setEnabled(currentUpgrade() != 0);
    updateProblems();
}

void RoleCardsPage::updateProblems()
{
    if (currentUpgrade() == 0) {
        m_problems->setText(tr("The plan has no upgrade yet: a duty roster covers an upgrade's window."));
        return;
    }
    const DutyRoster roster(m_document->database(), currentUpgrade());
    QStringList lines;
    for (const DutyProblem &problem : roster.problems()) {
        lines << QStringLiteral("\u2022 ") + problem.text;
    }
    if (roster.shifts().isEmpty()) {
        m_problems->setText(tr("No shifts yet. Add one per group and period; the first starts with the upgrade's "
                               "window, the next one after the selected shift."));
    } else if (lines.isEmpty()) {
        m_problems->setText(tr("Every group on the roster is covered for the whole window, nobody is on two shifts "
                               "at once and nobody is on duty longer than %n hour(s) at a stretch.",
            nullptr, roster.maxHours()));
    } else {
        m_problems->setText(lines.join(QLatin1Char('\n')));
    }
    m_problems->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("QLabel { color: #a15c00; }"));
}

bool RoleCardsPage::selectRecord(const QString &table, qint64 id)
{
    if (table == CardTable) {
        m_tabs->setCurrentIndex(CardsTab);
        return m_cards->selectRecord(id);
    }
    if (table == QLatin1String("role_card_contact")) {
        const QVariant card = m_document->store().value(table, id, QStringLiteral("role_card_id"));
        m_tabs->setCurrentIndex(CardsTab);
        return !card.isNull() && m_cards->selectRecord(card.toLongLong()) && m_contacts->selectRecord(id);
    }
    if (table == QLatin1String("duty_shift")) {
        const QVariant upgrade = m_document->store().value(table, id, QStringLiteral("upgrade_id"));
        const int index = m_upgrade->findData(upgrade);
        if (index < 0) {
            return false;
        }
        m_tabs->setCurrentIndex(RosterTab);
        m_upgrade->setCurrentIndex(index);
        return m_shifts->selectRecord(id);
    }
    return false;
}

void RoleCardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RoleCardsPage::retranslateUi()
{
    m_tabs->setTabText(CardsTab, tr("Role cards"));
    m_tabs->setTabText(RosterTab, tr("Duty roster"));
    m_tabs->setAccessibleName(tr("Role cards and duty"));
    m_scroll->setAccessibleName(tr("Role card"));
    m_cards->setCaption(tr("Key posts"));
    m_builtInButton->setText(tr("Add &Built-in Cards"));
    m_builtInButton->setToolTip(tr("Adds the built-in cards of the key posts the plan lacks; one step to undo."));
    const QStringList labels = {tr("&Duties:"), tr("First steps &before the upgrade:"),
        tr("First steps d&uring the upgrade:"), tr("First steps &after the upgrade:"), tr("First steps in &recovery:"),
        tr("Decisions this post may &take:")};
    for (qsizetype i = 0; i < m_textLabels.size(); ++i) {
        m_textLabels.at(i)->setText(labels.value(i));
        m_textEdits.at(i)->setAccessibleName(
            QString(labels.value(i)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_contacts->setCaption(tr("Whom to call, in order"));
    m_upgradeLabel->setText(tr("&Upgrade:"));
    m_maxHoursLabel->setText(tr("&Longest duty (hours):"));
    m_maxHours->setToolTip(tr("Nobody should be on duty longer than this at a stretch; the roster says who is."));
    m_shifts->setCaption(tr("Shifts, on the plan's clock"));
    updateProblems();
}

} // namespace fallback::ui
