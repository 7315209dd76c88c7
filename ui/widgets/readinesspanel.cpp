// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/readinesspanel.h"

#include "document/plandocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

using Kind = ReadinessFinding::Kind;

namespace {
constexpr int SectionRole = Qt::UserRole;
constexpr int TableRole = Qt::UserRole + 1;
constexpr int RecordRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;

/// Typing pauses shorter than this are one change.
constexpr int DebounceMs = 100;
/// Rows the list shows before it scrolls; the rest of the page stays in view.
constexpr int VisibleRows = 8;

QColor colourOf(Kind kind)
{
    switch (kind) {
    case Kind::PlanWithoutTitle:
    case Kind::RiskWithoutContingency:
        return QColor(0xc2, 0x30, 0x30); // red: the plan has no answer to a likely, harmful event
    case Kind::GroupWithoutLead:
    case Kind::LeadWithoutBackup:
        return QColor(0xd9, 0x82, 0x2b); // orange: nobody to call
    case Kind::ContactNotVerified:
        return QColor(0xc9, 0xa1, 0x00); // amber: somebody to call, maybe at a stale number
    case Kind::ResourceNotReady:
        return QColor(0x7e, 0x57, 0xc2); // violet
    case Kind::AudienceWithoutBackup:
    case Kind::ChannelWithoutAddress:
    case Kind::DutyRosterProblem:
        return QColor(0xd9, 0x82, 0x2b); // orange: nobody told, or no way to tell them
    case Kind::TemplateItemsWithoutOwner:
    case Kind::UpgradeItemsWithoutOwner:
        return QColor(0x2b, 0x6c, 0xb0); // blue
    case Kind::ReviewActionOverdue:
    case Kind::DrillActionOverdue:
    case Kind::DrillWithoutResult:
        return QColor(0x00, 0x80, 0x70); // teal: follow-up from the last review or drill
    }
    return Qt::gray;
}
} // namespace

ReadinessPanel::ReadinessPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("readinessPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("readinessTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("readinessCount"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("readinessEmpty"));
    m_empty->setEnabled(false);
    m_empty->hide();

    // A one-column tree rather than a list view: its column takes the width
    // of the panel, so a long finding is elided instead of scrolling sideways.
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("readinessList"));
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // thousands of findings on a large plan
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->hide();

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addStretch(1);
    heading->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReadinessPanel::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReadinessPanel::activate);
    connect(document, &PlanDocument::recordChanged, this, &ReadinessPanel::planChanged);
    connect(document, &PlanDocument::recordInserted, this, &ReadinessPanel::planChanged);
    connect(document, &PlanDocument::recordRemoved, this, &ReadinessPanel::planChanged);
    connect(document, &PlanDocument::headerChanged, this, &ReadinessPanel::planChanged);
    retranslateUi();
}

void ReadinessPanel::setReferenceDate(QDate date)
{
    m_referenceDate = date;
    planChanged();
}

void ReadinessPanel::planChanged()
{
    m_stale = true;
    // Hidden behind another section, the panel catches up when shown again
    // rather than reading the plan after every edit made there.
    if (m_painted && isVisible()) {
        m_timer->start(DebounceMs);
    }
}

void ReadinessPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_painted && m_stale) {
        m_timer->start(0);
    }
}

void ReadinessPanel::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The first findings are read once the window has painted: a large plan
    // must not delay the first sight of it.
    if (!m_painted) {
        m_painted = true;
        m_timer->start(0);
    }
}

void ReadinessPanel::refresh()
{
    m_timer->stop();
    const QDate today = m_referenceDate.isValid() ? m_referenceDate : QDate::currentDate();
    m_findings = Readiness(m_document->database()).findings(today);
    m_computed = true;
    m_stale = false;
    fillList();
}

void ReadinessPanel::fillList()
{
    // Keep the place in the list: fixing one finding should not send the
    // user back to the top of a long list.
    QString currentTable;
    qint64 currentRecord = 0;
    int currentKind = -1;
    QTreeWidgetItem *current = m_list->currentItem();
    if (current) {
        currentTable = current->data(0, TableRole).toString();
        currentRecord = current->data(0, RecordRole).toLongLong();
        currentKind = current->data(0, KindRole).toInt();
    }
    const int currentRow = current ? m_list->indexOfTopLevelItem(current) : -1;
    const int scroll = m_list->verticalScrollBar()->value();

    QList<QTreeWidgetItem *> items;
    items.reserve(m_findings.size());
    int restoreRow = -1;
    for (const ReadinessFinding &finding : std::as_const(m_findings)) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, iconFor(finding.kind));
        item->setText(0, finding.text);
        item->setData(0, SectionRole, int(finding.section));
        item->setData(0, TableRole, finding.table);
        item->setData(0, RecordRole, finding.recordId);
        item->setData(0, KindRole, int(finding.kind));
        item->setToolTip(0,
            tr("%1\nDouble-click or press Enter to go to %2.").arg(finding.text, SectionNames::title(finding.section)));
        if (restoreRow < 0 && int(finding.kind) == currentKind && finding.table == currentTable
            && finding.recordId == currentRecord) {
            restoreRow = int(items.size());
        }
        items << item;
    }
    if (restoreRow < 0 && currentRow >= 0 && !items.isEmpty()) {
        restoreRow = std::min(currentRow, int(items.size()) - 1); // the finding was fixed: its neighbour
    }

    m_list->setUpdatesEnabled(false);
    m_list->clear();
    m_list->addTopLevelItems(items);
    if (restoreRow >= 0) {
        m_list->setCurrentItem(m_list->topLevelItem(restoreRow));
    }
    m_list->verticalScrollBar()->setValue(scroll);
    m_list->setUpdatesEnabled(true);

    // As tall as its findings, up to VisibleRows of them; then it scrolls.
    if (!items.isEmpty()) {
        const int rows = std::min(int(items.size()), VisibleRows);
        m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth());
    }
    const bool empty = m_findings.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    retranslateUi();
}

void ReadinessPanel::activate(QTreeWidgetItem *item)
{
    if (item) {
        Q_EMIT findingActivated(Section(item->data(0, SectionRole).toInt()), item->data(0, TableRole).toString(),
            item->data(0, RecordRole).toLongLong());
    }
}

QIcon ReadinessPanel::iconFor(Kind kind)
{
    if (const auto cached = m_icons.constFind(int(kind)); cached != m_icons.constEnd()) {
        return *cached;
    }
    const int size = fontMetrics().height() * 2 / 3;
    const qreal ratio = devicePixelRatioF();
    QPixmap dot(QSize(size, size) * ratio);
    dot.setDevicePixelRatio(ratio);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(kind));
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    }
    const QIcon icon(dot);
    m_icons.insert(int(kind), icon);
    return icon;
}

void ReadinessPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings are sentences in the interface language: read them again.
        planChanged();
    }
    QWidget::changeEvent(event);
}

void ReadinessPanel::retranslateUi()
{
    m_title->setText(tr("Before the next upgrade"));
    m_empty->setText(tr("Nothing to fix."));
    if (!m_computed) {
        m_count->setText(tr("Checking…"));
    } else {
        m_count->setText(m_findings.isEmpty() ? QString() : tr("%n thing(s) to fix", nullptr, int(m_findings.size())));
    }
    m_list->setAccessibleName(m_title->text());
}

} // namespace fallback::ui
