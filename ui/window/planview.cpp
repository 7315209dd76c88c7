// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/planview.h"

#include "console/runconsole.h"
#include "document/plandocument.h"
#include "models/scopesystemmodel.h"
#include "pages/checklistspage.h"
#include "pages/communicationspage.h"
#include "pages/contactspage.h"
#include "pages/drillspage.h"
#include "pages/measurespage.h"
#include "pages/organisationpage.h"
#include "pages/overviewpage.h"
#include "pages/planheaderpage.h"
#include "pages/reviewspage.h"
#include "pages/revisionspage.h"
#include "pages/riskpage.h"
#include "pages/rolecardspage.h"
#include "pages/runspage.h"
#include "pages/upgradespage.h"
#include "pages/warninglevelspage.h"
#include "plan/sectionsummary.h"
#include "run/runsession.h"
#include "widgets/icons.h"
#include "widgets/messagebar.h"
#include "widgets/recordtableeditor.h"
#include "window/locator.h"
#include "window/sectionlistdelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
/// Edits that come in a burst (typing, an import) are counted once after it.
constexpr int StateRefreshMs = 300;
} // namespace

PlanView::PlanView(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3d3000; }"));
    m_banner->setVisible(document->isReadOnly());
    // A team plan whose connection is lost reads as read-only until it is back, and says so here.
    const auto showReadOnly = [this] {
        m_banner->setText(m_document->file().readOnlyMessage());
        m_banner->setVisible(m_document->isReadOnly());
    };
    connect(document, &PlanDocument::connectionLost, this, showReadOnly);
    connect(document, &PlanDocument::connectionRestored, this, showReadOnly);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setItemDelegate(new SectionListDelegate(m_sections));
    for (Section section : SectionNames::all()) {
        auto *item = new QListWidgetItem(Icons::section(section), QString(), m_sections);
        item->setData(Qt::UserRole, int(section));
    }
    m_pages = new QStackedWidget(this);
    // Messages stand above the page they are about, where the eye is.
    m_messageBar = new MessageBar(this);
    auto *pageArea = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pageArea);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_messageBar);
    pageLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(pageArea);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_messageBar->hide(); // it spoke of the page left
            m_pages->setCurrentWidget(pageFor(SectionNames::all().at(row)));
        }
    });
    // The section list is as wide as its longest name in the language shown
    // (see retranslateUi()), never scrolled sideways; the page takes the rest.
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setTextElideMode(Qt::ElideNone);
    // What each section holds, beside its name; counted again shortly after the plan changes.
    m_stateTimer = new QTimer(this);
    m_stateTimer->setSingleShot(true);
    m_stateTimer->setInterval(StateRefreshMs);
    connect(m_stateTimer, &QTimer::timeout, this, &PlanView::updateSectionStates);
    connect(document, &PlanDocument::recordInserted, m_stateTimer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::recordRemoved, m_stateTimer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::recordChanged, m_stateTimer, qOverload<>(&QTimer::start));
    connect(document, &PlanDocument::headerChanged, m_stateTimer, qOverload<>(&QTimer::start));
    retranslateUi(); // names and states, counted once
    splitter->setSizes({m_sections->minimumWidth(), 10000});
    m_sections->setCurrentRow(0);
}

QWidget *PlanView::pageFor(Section section)
{
    if (QWidget *page = m_pageOf.value(section)) {
        return page;
    }
    // Pages are built when first shown: start-up builds only the first one.
    QWidget *page = nullptr;
    switch (section) {
    case Section::Plan:
        m_headerPage = new PlanHeaderPage(m_document, m_pages);
        connect(m_headerPage, &PlanHeaderPage::message, this, &PlanView::showInformation);
        connect(m_headerPage, &PlanHeaderPage::problem, this, &PlanView::showProblem);
        connect(m_headerPage, &PlanHeaderPage::findingActivated, this, &PlanView::showRecord);
        page = m_headerPage;
        break;
    case Section::Scope: {
        auto *editor
            = new RecordTableEditor(new ScopeSystemModel(m_document, m_pages), m_document->isReadOnly(), m_pages);
        editor->setCaption(tr("Systems whose upgrades this plan covers"));
        page = editor;
        break;
    }
    case Section::Organisation:
        page = new OrganisationPage(m_document, m_pages);
        break;
    case Section::Contacts: {
        auto *contacts = new ContactsPage(m_document, m_pages);
        connect(contacts, &ContactsPage::importRequested, this, &PlanView::importContactsRequested);
        connect(contacts, &ContactsPage::exportRequested, this, &PlanView::exportContactsRequested);
        page = contacts;
        break;
    }
    case Section::WarningLevels:
        page = new WarningLevelsPage(m_document, m_pages);
        break;
    case Section::Risks: {
        auto *risks = new RiskPage(m_document, m_pages);
        connect(risks, &RiskPage::message, this, &PlanView::showInformation);
        connect(risks, &RiskPage::problem, this, &PlanView::showProblem);
        page = risks;
        break;
    }
    case Section::Measures:
        page = new MeasuresPage(m_document, m_pages);
        break;
    case Section::Communications: {
        auto *communications = new CommunicationsPage(m_document, m_pages);
        connect(communications, &CommunicationsPage::message, this, &PlanView::showInformation);
        connect(communications, &CommunicationsPage::problem, this, &PlanView::showProblem);
        page = communications;
        break;
    }
    case Section::RoleCards: {
        auto *cards = new RoleCardsPage(m_document, m_pages);
        connect(cards, &RoleCardsPage::message, this, &PlanView::showInformation);
        connect(cards, &RoleCardsPage::problem, this, &PlanView::showProblem);
        page = cards;
        break;
    }
    case Section::Checklists: {
        auto *checklists = new ChecklistsPage(m_document, m_pages);
        connect(checklists, &ChecklistsPage::message, this, &PlanView::showInformation);
        connect(checklists, &ChecklistsPage::problem, this, &PlanView::showProblem);
        page = checklists;
        break;
    }
    case Section::Upgrades: {
        auto *upgrades = new UpgradesPage(m_document, m_pages);
        connect(upgrades, &UpgradesPage::message, this, &PlanView::showInformation);
        connect(upgrades, &UpgradesPage::problem, this, &PlanView::showProblem);
        connect(upgrades, &UpgradesPage::runConsoleRequested, this, &PlanView::openRunConsole);
        page = upgrades;
        break;
    }
    case Section::Drills: {
        auto *drills = new DrillsPage(m_document, m_pages);
        connect(drills, &DrillsPage::message, this, &PlanView::showInformation);
        connect(drills, &DrillsPage::problem, this, &PlanView::showProblem);
        page = drills;
        break;
    }
    case Section::Reviews: {
        auto *reviews = new ReviewsPage(m_document, m_pages);
        connect(reviews, &ReviewsPage::message, this, &PlanView::showInformation);
        connect(reviews, &ReviewsPage::problem, this, &PlanView::showProblem);
        page = reviews;
        break;
    }
    case Section::Revisions: {
        auto *revisions = new RevisionsPage(m_document, m_pages);
        connect(revisions, &RevisionsPage::recordActivated, this, &PlanView::showRecord);
        page = revisions;
        break;
    }
    case Section::Runs: {
        auto *runs = new RunsPage(m_document, m_pages);
        connect(runs, &RunsPage::openConsoleRequested, this, [this](qint64 runId) { openRunConsole(runId); });
        page = runs;
        break;
    }
    default:
        page = new OverviewPage(m_document, section, m_pages);
        break;
    }
    page->setObjectName(QStringLiteral("page%1").arg(int(section)));
    m_pages->addWidget(page);
    m_pageOf.insert(section, page);
    return page;
}

void PlanView::updateSectionStates()
{
    const QHash<Section, SectionState> states = SectionSummary(m_document->database()).states();
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        const SectionState state = states.value(Section(item->data(Qt::UserRole).toInt()));
        item->setData(SectionListDelegate::StateRole, state.text);
        item->setData(SectionListDelegate::AttentionRole, state.attention);
    }
    updateSectionListWidth();
}

void PlanView::updateSectionListWidth()
{
    const int scrollBar = m_sections->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_sections);
    m_sections->setMinimumWidth(
        m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + scrollBar + m_sections->spacing() * 2 + 8);
}

void PlanView::showInformation(const QString &text)
{
    m_messageBar->showMessage(text, MessageBar::Kind::Information);
}

void PlanView::showProblem(const QString &text)
{
    m_messageBar->showMessage(text, MessageBar::Kind::Problem);
}

void PlanView::showSection(Section section)
{
    m_sections->setCurrentRow(int(SectionNames::all().indexOf(section)));
}

bool PlanView::showRecord(Section section, const QString &table, qint64 recordId)
{
    showSection(section);
    // Pages opt in by declaring the method; pages without it just show the
    // section. Looked up by name so that no page needs a common base class.
    QWidget *page = pageFor(section);
    if (page->metaObject()->indexOfMethod("selectRecord(QString,qint64)") < 0) {
        // A page that is one table of records (the scope) selects its own.
        auto *editor = qobject_cast<RecordTableEditor *>(page);
        return editor && editor->model()->table() == table && editor->selectRecord(recordId);
    }
    bool selected = false;
    QMetaObject::invokeMethod(page, "selectRecord", Qt::DirectConnection, Q_RETURN_ARG(bool, selected),
        Q_ARG(QString, table), Q_ARG(qint64, recordId));
    return selected;
}

void PlanView::showLocator()
{
    if (!m_locator) {
        // Built when first asked for, and kept: it remembers the last search.
        m_locator = new Locator(m_document, this);
        connect(m_locator, &Locator::recordChosen, this, &PlanView::showRecord);
    }
    m_locator->popup(window());
}

Section PlanView::currentSection() const
{
    return SectionNames::all().value(m_sections->currentRow(), Section::Plan);
}

report::ReportRequest PlanView::reportOfCurrentPage() const
{
    report::ReportRequest request;
    const Section section = currentSection();
    QWidget *page = m_pageOf.value(section);
    const auto selected = [](qint64 id) { return id != 0 ? std::optional<qint64>(id) : std::nullopt; };
    switch (section) {
    case Section::Organisation:
    case Section::Contacts:
        request.kind = report::ReportKind::Roster;
        break;
    case Section::Communications:
        request.kind = report::ReportKind::Communications;
        break;
    case Section::RoleCards:
        request.kind = report::ReportKind::RoleCards;
        if (auto *cards = qobject_cast<RoleCardsPage *>(page);
            cards && cards->tabs()->currentIndex() == 1 && cards->currentUpgrade() != 0) {
            request.kind = report::ReportKind::DutyRoster;
            request.id = cards->currentUpgrade();
        }
        break;
    case Section::Upgrades:
        if (auto *upgrades = qobject_cast<UpgradesPage *>(page); upgrades && upgrades->currentUpgrade() != 0) {
            request.kind = report::ReportKind::Checklist;
            request.id = upgrades->currentUpgrade();
        }
        break;
    case Section::Runs:
        if (auto *runs = qobject_cast<RunsPage *>(page); runs && runs->currentRun() != 0) {
            request.kind = report::ReportKind::Checklist;
            request.id = selected(m_document->store()
                                      .value(QStringLiteral("run"), runs->currentRun(), QStringLiteral("upgrade_id"))
                                      .toLongLong());
        }
        break;
    case Section::Reviews:
        if (auto *reviews = qobject_cast<ReviewsPage *>(page); reviews && reviews->currentReview() != 0) {
            request.kind = report::ReportKind::Review;
            request.id = reviews->currentReview();
        }
        break;
    case Section::Drills:
        if (auto *drills = qobject_cast<DrillsPage *>(page); drills && drills->currentDrill() != 0) {
            request.kind = report::ReportKind::Drill;
            request.id = drills->currentDrill();
        }
        break;
    default:
        break;
    }
    return request;
}

void PlanView::commitPending()
{
    // An open cell editor commits when it loses focus.
    if (QWidget *focus = QApplication::focusWidget(); focus && isAncestorOf(focus)) {
        focus->clearFocus();
    }
    if (m_headerPage) {
        m_headerPage->commitPending();
    }
}

RunConsole *PlanView::openRunConsole(qint64 runId, bool askOperator)
{
    for (const QPointer<RunConsole> &console : std::as_const(m_consoles)) {
        if (console && console->runId() == runId) {
            console->showNormal();
            console->raise();
            console->activateWindow();
            return console;
        }
    }
    // A window of its own, owned here so that it closes with the plan.
    auto *console = new RunConsole(m_document, runId, this);
    m_consoles.removeAll(nullptr);
    m_consoles.append(console);
    console->show();
    console->raise();
    console->activateWindow();
    if (askOperator && !m_document->isReadOnly()) {
        console->askOperator();
    }
    return console;
}

void PlanView::resumeUnfinishedRuns()
{
    // A second instance reads the plan read-only; the first one has the consoles.
    if (m_document->isReadOnly()) {
        return;
    }
    for (const qint64 runId : RunSession::unfinishedRuns(m_document)) {
        openRunConsole(runId);
    }
}

QList<RunConsole *> PlanView::runConsoles() const
{
    QList<RunConsole *> consoles;
    for (const QPointer<RunConsole> &console : m_consoles) {
        if (console) {
            consoles.append(console);
        }
    }
    return consoles;
}

void PlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlanView::retranslateUi()
{
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        item->setText(SectionNames::title(Section(item->data(Qt::UserRole).toInt())));
    }
    updateSectionStates(); // their words are translated too
    m_banner->setText(m_document->file().readOnlyMessage());
    m_sections->setAccessibleName(tr("Sections"));
}

} // namespace fallback::ui
