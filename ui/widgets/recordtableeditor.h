// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace fallback {
class RecordTableModel;
}

namespace fallback::ui {

/// A table of records with a filter box, Add and Remove buttons, sortable
/// columns and, for records with a stored order, drag and drop and Alt+Up /
/// Alt+Down to reorder. Cells are edited in place.
class RecordTableEditor final : public QWidget
{
    Q_OBJECT
public:
    /// \a proxy filters and sorts the rows; a plain one when nullptr.
    RecordTableEditor(
        RecordTableModel *model, bool readOnly, QWidget *parent = nullptr, QSortFilterProxyModel *proxy = nullptr);

    QTableView *view() const { return m_view; }
    RecordTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Says why a typed value was refused, for a few seconds.
    QLabel *refusalLabel() const { return m_refusal; }
    /// Shows \a message in the refusal label (for delegates of single columns).
    void showRefusal(const QString &message);
    void setCaption(const QString &caption);
    /// What a screen reader calls the table and its filter, for a table
    /// without a caption (setCaption() sets both).
    void setAccessibleTitle(const QString &title);
    void setFilterVisible(bool visible);
    /// Selects the record and shows it; false when it is not in the table.
    bool selectRecord(qint64 id);
    /// Selects the first row as shown; false when the table is empty.
    bool selectFirstRecord();
    /// The record ids of the selected rows, in table order.
    QList<qint64> selectedIds() const;

Q_SIGNALS:
    /// The current record changed (0 when there is none).
    void currentRecordChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRecord();
    void removeSelected();
    void moveSelected(int delta);
    QList<int> selectedSourceRows() const;
    void updateButtons();
    void updateDragAndDrop();
    void setInitialColumnWidths();
    void retranslateUi();

    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_readOnly;
    QLabel *m_caption = nullptr;
    QString m_title;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QLabel *m_refusal = nullptr;
    QTimer *m_refusalTimer = nullptr;
};

} // namespace fallback::ui
