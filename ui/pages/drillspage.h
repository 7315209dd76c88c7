// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace fallback {
class DrillActionModel;
class DrillModel;
class DrillRunModel;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class RecordDateBinding;
class RecordTableEditor;
class RecordTextBinding;

/// The drills of the plan (应急演练): a list, newest first, and for the
/// selected drill its record (date, scenario, description, participants,
/// result, findings), its follow-up actions and the rehearsal runs held for
/// it, which are listed here and started elsewhere.
class DrillsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DrillsPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows a drill (table drill), one of its follow-up actions
    /// (drill_action) or one of its rehearsal runs (run); false when there is
    /// no such record or it belongs to no drill.
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    qint64 currentDrill() const { return m_drillId; }
    RecordTableEditor *drillEditor() const { return m_drills; }
    RecordTableEditor *actionEditor() const { return m_actions; }
    QTableView *runView() const { return m_runs; }

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDetails();
    QWidget *buildRuns();
    void showDrill(qint64 id);
    void onRecordChanged(const QString &table, qint64 id, const QString &column);
    void showChoices();
    void chooseValue(int column, const QVariant &value);
    void updateScenarioHint();
    void updateCounts();
    void fillChoices();
    void retranslateUi();

    PlanDocument *m_document;
    DrillModel *m_drillModel = nullptr;
    DrillActionModel *m_actionModel = nullptr;
    DrillRunModel *m_runModel = nullptr;
    qint64 m_drillId = 0;

    RecordTableEditor *m_drills = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_formLabels;
    QLineEdit *m_dateEdit = nullptr;
    RecordDateBinding *m_dateBinding = nullptr;
    QLabel *m_dateProblem = nullptr;
    QComboBox *m_scenarioCombo = nullptr;
    QPlainTextEdit *m_scenarioTextEdit = nullptr;
    QLabel *m_scenarioHint = nullptr;
    QComboBox *m_resultCombo = nullptr;
    QList<RecordTextBinding *> m_textBindings;
    RecordTableEditor *m_actions = nullptr;
    QLabel *m_runsCaption = nullptr;
    QLabel *m_noRuns = nullptr;
    QTableView *m_runs = nullptr;
};

} // namespace fallback::ui
