// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;

namespace fallback {
class DutyShiftModel;
class PlanDocument;
class RoleCardContactModel;
} // namespace fallback

namespace fallback::ui {

class RecordTableEditor;
class RecordTextBinding;

/// Role cards and duty (应急处置卡与值班): the pocket card of each key post
/// (its duties, first steps per phase, the decisions it may take and whom it
/// calls) and the duty roster of an upgrade's window (shifts per group, who is
/// on duty and the backup) with its gaps and clashes.
class RoleCardsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RoleCardsPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    RecordTableEditor *cardsEditor() const { return m_cards; }
    RecordTableEditor *contactsEditor() const { return m_contacts; }
    RecordTableEditor *shiftsEditor() const { return m_shifts; }
    QComboBox *upgradeCombo() const { return m_upgrade; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The upgrade whose roster is shown; 0 when the plan has none.
    qint64 currentUpgrade() const;

Q_SIGNALS:
    void message(const QString &text);
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Tab { CardsTab, RosterTab };
    QWidget *buildCards();
    QWidget *buildRoster();
    void showCard(qint64 id);
    void fillUpgrades();
    void showUpgrade();
    void updateProblems();
    void retranslateUi();

    PlanDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    RecordTableEditor *m_cards = nullptr;
    QPushButton *m_builtInButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<QLabel *> m_textLabels;
    QList<QPlainTextEdit *> m_textEdits;
    QList<RecordTextBinding *> m_textBindings;
    RoleCardContactModel *m_contactModel = nullptr;
    RecordTableEditor *m_contacts = nullptr;
    QLabel *m_upgradeLabel = nullptr;
    QComboBox *m_upgrade = nullptr;
    QLabel *m_maxHoursLabel = nullptr;
    QSpinBox *m_maxHours = nullptr;
    DutyShiftModel *m_shiftModel = nullptr;
    RecordTableEditor *m_shifts = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace fallback::ui
