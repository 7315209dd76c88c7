// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace fallback {
class ChecklistItemModel;
class LinkChecklistModel;
class PlanDocument;
class UpgradeModel;
} // namespace fallback

namespace fallback::ui {

class RecordLineBinding;
class RecordTableEditor;
class RecordTextBinding;

/// The upgrades the plan prepares: a list, the selected upgrade's details
/// (versions, planned window, systems, impact, who is notified, rollback plan,
/// go/no-go criteria) and its own checklist, made from a template.
class UpgradesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UpgradesPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows an upgrade (table upgrade) or an item of its checklist
    /// (upgrade_item); false when there is no such record.
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    qint64 currentUpgrade() const { return m_upgradeId; }
    RecordTableEditor *upgradeEditor() const { return m_upgrades; }
    RecordTableEditor *itemEditor() const { return m_items; }

    /// Replaces the question "replace the upgrade's checklist?" in tests;
    /// returns the answer.
    static std::function<bool(const QString &text)> replaceChecklistHook;

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);
    /// The console of run \a runId is to be shown; \a askOperator when
    /// nobody has said yet who operates it.
    void runConsoleRequested(qint64 runId, bool askOperator);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDetails();
    QWidget *buildChecklist();
    void showUpgrade(qint64 id);
    void onRecordChanged(const QString &table, qint64 id, const QString &column);
    void showStatus();
    void showWindow();
    void commitWindow(QDateTimeEdit *edited);
    void commitWindowDuration();
    /// Fills in an unset start (the next full hour) or end (the start and the
    /// planned length) when the user enters it, so that it can be typed into.
    void prefillWindowTime(QDateTimeEdit *edit);
    /// The checklist's planned length of the window, or an hour when it has none.
    qint64 defaultWindowMinutes() const;
    void clearWindowTime(QDateTimeEdit *edit);
    void refreshTemplates();
    void showTemplateChoice();
    void createChecklist();
    void startRun();
    void updateChecklistControls();
    bool confirmReplace(const QString &text);
    void retranslateUi();

    PlanDocument *m_document;
    UpgradeModel *m_upgradeModel = nullptr;
    ChecklistItemModel *m_itemModel = nullptr;
    LinkChecklistModel *m_systemModel = nullptr;
    qint64 m_upgradeId = 0;
    bool m_controlsQueued = false;

    RecordTableEditor *m_upgrades = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_formLabels;
    QList<RecordLineBinding *> m_lineBindings;
    QList<RecordTextBinding *> m_textBindings;
    QComboBox *m_statusCombo = nullptr;
    QDateTimeEdit *m_startEdit = nullptr;
    QDateTimeEdit *m_endEdit = nullptr;
    QToolButton *m_clearStart = nullptr;
    QToolButton *m_clearEnd = nullptr;
    QLabel *m_windowProblem = nullptr;
    QLineEdit *m_windowDuration = nullptr;
    QLineEdit *m_versionTo = nullptr;
    /// Window edits showing a time offered on entering them, not yet taken.
    QSet<QDateTimeEdit *> m_prefilled;
    QListView *m_systems = nullptr;
    QLabel *m_templateLabel = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_startRunButton = nullptr;
    RecordTableEditor *m_items = nullptr;
};

} // namespace fallback::ui
