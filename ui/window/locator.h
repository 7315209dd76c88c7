// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;

namespace fallback {
class PlanDocument;
class PlanSearchModel;
} // namespace fallback

namespace fallback::ui {

/// Search across the plan (Ctrl+K), like Qt Creator's locator: a field over
/// the top of the window and the records that hold what is typed, best
/// first. Up and Down move through them while typing goes on, Enter opens
/// the record in its section, Escape closes.
class Locator final : public QFrame
{
    Q_OBJECT
public:
    explicit Locator(const PlanDocument *document, QWidget *parent);

    /// Shows the locator over the top of \a window, the last text selected.
    void popup(QWidget *window);

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultView() const { return m_view; }
    /// What is said under the list: how many records match, or how to search.
    QString statusText() const;

Q_SIGNALS:
    /// The user chose a record to open.
    void recordChosen(fallback::Section section, const QString &table, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void choose(const QModelIndex &index);
    void updateStatus();
    void retranslateUi();

    PlanSearchModel *m_model = nullptr;
    QLineEdit *m_edit = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace fallback::ui
