// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fallback {
class RecordTableModel;
}

namespace fallback::ui {

/// A table of records with Add and Remove buttons; cells are edited in place.
class RecordTableEditor final : public QWidget
{
    Q_OBJECT
public:
    RecordTableEditor(RecordTableModel *model, bool readOnly, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setCaption(const QString &caption);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRecord();
    void removeSelected();
    void updateButtons();
    void setInitialColumnWidths();
    void retranslateUi();

    RecordTableModel *m_model;
    bool m_readOnly;
    QLabel *m_caption = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace fallback::ui
