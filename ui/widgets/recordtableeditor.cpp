// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recordtableeditor.h"

#include "models/recordtablemodel.h"
#include "widgets/recorddelegate.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fallback::ui {

namespace {
constexpr int RefusalShownMs = 8000;
}

RecordTableEditor::RecordTableEditor(
    RecordTableModel *model, bool readOnly, QWidget *parent, QSortFilterProxyModel *proxy)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy ? proxy : new QSortFilterProxyModel(this))
    , m_readOnly(readOnly)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterRole(RecordTableModel::SearchTextRole);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_caption = new QLabel(this);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->hide();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setMaximumWidth(m_filter->fontMetrics().averageCharWidth() * 36);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button's icon comes from the style's icon lookup, which
        // costs milliseconds at start-up; it is only needed once there is text.
        if (!text.isEmpty() && !m_filter->isClearButtonEnabled()) {
            m_filter->setClearButtonEnabled(true);
        }
        m_proxy->setFilterFixedString(text);
        updateDragAndDrop();
    });

    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false); // Tab goes on to the next control; arrows move in the table
    m_view->setModel(m_proxy);
    auto *delegate = new RecordDelegate(m_view);
    m_view->setItemDelegate(delegate);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusalMessage"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { color: #a00000; }"));
    m_refusal->hide();
    m_refusalTimer = new QTimer(this);
    m_refusalTimer->setSingleShot(true);
    m_refusalTimer->setInterval(RefusalShownMs);
    connect(m_refusalTimer, &QTimer::timeout, m_refusal, &QLabel::hide);
    connect(delegate, &RecordDelegate::refused, this, &RecordTableEditor::showRefusal);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->hide(); // row numbers mean nothing here; the order is the stored order
    m_view->setAlternatingRowColors(true);
    // Header clicks sort ascending, descending, then back to the stored order.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->setSortingEnabled(true);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);

    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_upButton = new QToolButton(this);
    m_upButton->setObjectName(QStringLiteral("moveUpButton"));
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton = new QToolButton(this);
    m_downButton->setObjectName(QStringLiteral("moveDownButton"));
    m_downButton->setArrowType(Qt::DownArrow);
    m_upButton->setVisible(m_model->isOrderable());
    m_downButton->setVisible(m_model->isOrderable());
    connect(m_addButton, &QPushButton::clicked, this, &RecordTableEditor::addRecord);
    connect(m_removeButton, &QPushButton::clicked, this, &RecordTableEditor::removeSelected);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveSelected(1); });

    // Insert adds, Delete removes, Alt+Up/Down move, while the table has focus.
    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(m_view);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addShortcut(QKeySequence(Qt::Key_Insert), [this] { addRecord(); });
    addShortcut(QKeySequence::Delete, [this] { removeSelected(); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    addShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        if (m_filter->isVisible()) {
            m_filter->setFocus(Qt::ShortcutFocusReason);
            m_filter->selectAll();
        }
    });
    addAction(findAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption);
    buttons->addStretch();
    buttons->addWidget(m_filter);
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_refusal);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTableEditor::updateButtons);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            Q_EMIT currentRecordChanged(m_model->idAt(m_proxy->mapToSource(current).row()));
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::updateButtons);
    // A table that shows another parent's records (another group's members)
    // is sized to its new contents.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableEditor::setInitialColumnWidths);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordTableEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordTableEditor::updateButtons);
    connect(
        m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &RecordTableEditor::updateDragAndDrop);
    setInitialColumnWidths();
    retranslateUi();
    updateButtons();
    updateDragAndDrop();
}

void RecordTableEditor::setInitialColumnWidths()
{
    // Short fields are sized to what the first rows hold; long texts are not
    // measured (that would lay out all their text before the first paint) and
    // take the remaining width instead.
    m_view->horizontalHeader()->setResizeContentsPrecision(20);
    const int widest = m_view->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const auto kind
            = RecordTableModel::FieldKind(m_model->index(0, column).data(RecordTableModel::FieldKindRole).toInt());
        if (kind != RecordTableModel::FieldKind::LongText) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
        }
    }
}

void RecordTableEditor::showRefusal(const QString &message)
{
    m_refusal->setText(message);
    m_refusal->show();
    m_refusalTimer->start();
}

void RecordTableEditor::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    setAccessibleTitle(caption);
}

void RecordTableEditor::setAccessibleTitle(const QString &title)
{
    m_title = title;
    m_view->setAccessibleName(title);
    m_filter->setAccessibleName(title.isEmpty() ? tr("Filter") : tr("Filter: %1").arg(title));
}

void RecordTableEditor::setFilterVisible(bool visible)
{
    m_filter->setVisible(visible);
}

bool RecordTableEditor::selectFirstRecord()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (!first.isValid()) {
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool RecordTableEditor::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hides it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid()) {
        return false;
    }
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<int> RecordTableEditor::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        rows << m_proxy->mapToSource(index).row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> RecordTableEditor::selectedIds() const
{
    QList<qint64> ids;
    for (int row : selectedSourceRows()) {
        ids << m_model->idAt(row);
    }
    return ids;
}

void RecordTableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RecordTableEditor::retranslateUi()
{
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a row (Insert)"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected rows (Delete)"));
    m_upButton->setToolTip(tr("Move the selected rows up (Alt+Up)"));
    m_downButton->setToolTip(tr("Move the selected rows down (Alt+Down)"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_upButton->setAccessibleName(tr("Move up"));
    m_downButton->setAccessibleName(tr("Move down"));
    setAccessibleTitle(m_title);
}

void RecordTableEditor::updateButtons()
{
    const QList<int> selected = selectedSourceRows();
    // An approved review's records, say, stay as they are until it is reopened.
    const bool anyLocked
        = std::any_of(selected.cbegin(), selected.cend(), [this](int row) { return m_model->isRowLocked(row); });
    const bool hasSelection = !selected.isEmpty();
    m_addButton->setEnabled(!m_readOnly && m_model->canAddRecords());
    m_removeButton->setEnabled(!m_readOnly && hasSelection && !anyLocked);
    const bool canMove = !m_readOnly && hasSelection && !anyLocked && m_model->canAddRecords()
        && m_view->horizontalHeader()->sortIndicatorSection() < 0;
    m_upButton->setEnabled(canMove);
    m_downButton->setEnabled(canMove);
}

void RecordTableEditor::updateDragAndDrop()
{
    // Dragging rows changes their stored order, which only makes sense while
    // the table shows that order, all of it.
    const bool enabled = !m_readOnly && m_model->isOrderable() && m_view->horizontalHeader()->sortIndicatorSection() < 0
        && m_filter->text().isEmpty();
    m_view->setDragEnabled(enabled);
    m_view->setAcceptDrops(enabled);
    m_view->setDragDropMode(enabled ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    updateButtons();
}

void RecordTableEditor::addRecord()
{
    if (m_readOnly) {
        return;
    }
    const QModelIndex selected = m_proxy->mapToSource(m_view->currentIndex());
    const QModelIndex source = m_model->appendRecord(selected.isValid() ? selected.row() : -1);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
        m_view->edit(index);
    }
}

void RecordTableEditor::removeSelected()
{
    if (m_readOnly) {
        return;
    }
    m_model->removeRecords(selectedSourceRows());
}

void RecordTableEditor::moveSelected(int delta)
{
    if (m_readOnly || m_view->horizontalHeader()->sortIndicatorSection() >= 0) {
        return;
    }
    const QList<qint64> ids = selectedIds();
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty()) {
        return;
    }
    // With a filter on, "up" means before the previous row that is shown.
    const int edge = delta < 0 ? rows.first() : rows.last();
    const QModelIndex edgeIndex = m_proxy->mapFromSource(m_model->index(edge, 0));
    const QModelIndex neighbour = edgeIndex.siblingAtRow(edgeIndex.row() + delta);
    if (!neighbour.isValid()) {
        return;
    }
    const int neighbourRow = m_proxy->mapToSource(neighbour).row();
    m_model->moveRecords(rows, delta < 0 ? neighbourRow : neighbourRow + 1);
    // Keep the moved rows selected.
    QItemSelection selection;
    for (qint64 id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!ids.isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(
            m_proxy->mapFromSource(m_model->index(m_model->rowOf(ids.first()), 0)), QItemSelectionModel::NoUpdate);
    }
}

} // namespace fallback::ui
