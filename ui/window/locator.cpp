// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/locator.h"

#include "plan/plansearchmodel.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {

/// A hit as two lines: what the record is called, then its section and
/// where it belongs, quieter, with the section's icon before both.
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString title = item.text;
        item.text.clear();
        item.icon = QIcon();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background, selection, focus

        const Section section = Section(index.data(PlanSearchModel::SectionRole).toInt());
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 4;
        const int iconSize = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, item.widget);
        const QRect area = item.rect.adjusted(margin, 2, -margin, -2);
        const bool selected = item.state & QStyle::State_Selected;
        Icons::section(section).paint(painter,
            QRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize), Qt::AlignCenter,
            selected ? QIcon::Selected : QIcon::Normal);

        const QRect text = area.adjusted(iconSize + margin, 0, 0, 0);
        const int line = item.fontMetrics.lineSpacing();
        painter->save();
        painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            item.fontMetrics.elidedText(title, Qt::ElideRight, text.width()));
        QString where = SectionNames::title(section);
        if (const QString detail = index.data(PlanSearchModel::DetailRole).toString(); !detail.isEmpty()) {
            where += QStringLiteral(" \u00b7 ") + detail;
        }
        painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            item.fontMetrics.elidedText(where, Qt::ElideRight, text.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.fontMetrics.averageCharWidth() * 40, rowHeight(option.fontMetrics)};
    }

    /// Two lines and a little air.
    static int rowHeight(const QFontMetrics &metrics) { return metrics.lineSpacing() * 2 + 6; }
};

/// Rows that fit before the list scrolls.
constexpr int VisibleRows = 9;

} // namespace

Locator::Locator(const PlanDocument *document, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("locator"));
    setFrameShape(QFrame::StyledPanel);
    m_model = new PlanSearchModel(document, this);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("locatorEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(Icons::named(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("locatorResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setFocusPolicy(Qt::NoFocus); // typing goes on in the field; Up and Down reach the list
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMinimumHeight(HitDelegate::rowHeight(fontMetrics()) * VisibleRows);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("locatorStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::textChanged, this, &Locator::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { choose(m_view->currentIndex()); });
    connect(m_view, &QListView::clicked, this, &Locator::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0) {
            m_view->setCurrentIndex(m_model->index(0));
        }
        updateStatus();
    });
    retranslateUi();
}

void Locator::popup(QWidget *window)
{
    // Over the top of the window, as wide as a long name and its section.
    const int width = qBound(std::min(420, window->width()), window->width() * 3 / 5, 760);
    resize(width, sizeHint().height());
    move(window->mapToGlobal(QPoint((window->width() - width) / 2, 0)));
    m_model->refresh(); // the plan may have changed since the last search
    show();
    raise();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->selectAll();
}

void Locator::search()
{
    m_model->setQuery(m_edit->text());
}

void Locator::choose(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const SearchHit hit = m_model->hitAt(index.row());
    hide();
    Q_EMIT recordChosen(hit.section, hit.table, hit.id);
}

QString Locator::statusText() const
{
    return m_status->text();
}

void Locator::updateStatus()
{
    const QString query = m_edit->text().trimmed();
    const int total = m_model->totalCount();
    if (query.isEmpty()) {
        m_status->setText(tr("Type a name, a phone number or any words: contacts, groups, risks, checklist items, "
                             "upgrades, runs, reviews and drills are searched. Enter opens the record."));
    } else if (total == 0) {
        m_status->setText(tr("Nothing in the plan holds \u201c%1\u201d.").arg(query));
    } else if (total > m_model->rowCount()) {
        m_status->setText(
            tr("%n records match; the first %1 are shown. Type more words to narrow them.", nullptr, total)
                .arg(m_model->rowCount()));
    } else {
        m_status->setText(tr("%n records match.", nullptr, total));
    }
}

bool Locator::eventFilter(QObject *watched, QEvent *event)
{
    // Keys that move through the list, while the field keeps the focus.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_view, event);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void Locator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->invalidate(); // its statuses and phases in the new language
        if (isVisible()) {
            m_model->refresh();
        }
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void Locator::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in the plan"));
    m_edit->setAccessibleName(tr("Find in the plan"));
    m_view->setAccessibleName(tr("Records found"));
    updateStatus();
}

} // namespace fallback::ui
