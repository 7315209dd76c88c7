// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace fallback {
class LinkChecklistModel;
class PlanDocument;
class WarningLevelModel;
} // namespace fallback

namespace fallback::ui {

class RecordTableEditor;

/// The warning levels (预警分级): criteria, who activates the response, how
/// fast, and which groups are notified at the selected level.
class WarningLevelsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WarningLevelsPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    RecordTableEditor *levelsEditor() const { return m_levels; }
    QListView *notifiedGroupsView() const { return m_groupsView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentLevelChanged(qint64 id);
    void retranslateUi();

    WarningLevelModel *m_model;
    LinkChecklistModel *m_groups;
    RecordTableEditor *m_levels = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QListView *m_groupsView = nullptr;
};

} // namespace fallback::ui
