// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/startrundialog.h"

#include "console/runconsole.h"
#include "document/plandocument.h"
#include "drill/drillmodel.h"
#include "upgrade/checklistoperations.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fallback::ui {

std::function<std::optional<StartRunDialog::Choice>(qint64 upgradeId)> StartRunDialog::hook;

StartRunDialog::StartRunDialog(PlanDocument *document, qint64 upgradeId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("startRunDialog"));
    const QString name
        = document->store().value(QStringLiteral("upgrade"), upgradeId, QStringLiteral("name")).toString();
    setWindowTitle(tr("Start Run"));

    auto *intro = new QLabel(tr("Run \u201c%1\u201d from its checklist. Everything done in the run console is saved "
                                "as it happens, with the time and the operator's name.")
                                 .arg(name),
        this);
    intro->setWordWrap(true);
    m_live = new QRadioButton(tr("&Live upgrade"), this);
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_rehearsal = new QRadioButton(tr("&Rehearsal"), this);
    m_rehearsal->setObjectName(QStringLiteral("rehearsalButton"));
    m_live->setChecked(true);
    m_drill = new QComboBox(this);
    m_drill->setObjectName(QStringLiteral("drillCombo"));
    m_drill->addItem(tr("(no drill)"), qint64(0));
    for (const QVariantMap &drill :
        document->store().records(QStringLiteral("drill"), {}, {}, QStringLiteral("scheduled_on"))) {
        const QString when = drill.value(QStringLiteral("scheduled_on")).toString();
        const QString what = DrillModel::drillName(drill.value(QStringLiteral("scenario")).toString(),
            drill.value(QStringLiteral("scenario_text")).toString());
        m_drill->addItem(when.isEmpty() ? what : tr("%1, %2").arg(when, what), drill.value(QStringLiteral("id")));
    }
    m_drillLabel = new QLabel(tr("For &drill:"), this);
    m_drillLabel->setBuddy(m_drill);
    m_operator = new QLineEdit(RunConsole::rememberedOperatorName(), this);
    m_operator->setObjectName(QStringLiteral("operatorEdit"));
    auto *operatorLabel = new QLabel(tr("&Operator:"), this);
    operatorLabel->setBuddy(m_operator);

    const int items = ChecklistOperations::upgradeItemCount(document, upgradeId);
    auto *checklist = new QLabel(items > 0
            ? tr("The run starts with the upgrade's %n checklist item(s).", nullptr, items)
            : tr("This upgrade has no checklist yet: the run will have only its log and decisions. Create the "
                 "checklist from a template on the upgrade's Checklist tab first."),
        this);
    checklist->setObjectName(QStringLiteral("checklistLabel"));
    checklist->setWordWrap(true);
    if (items == 0) {
        checklist->setStyleSheet(QStringLiteral("QLabel { color: #9c5700; }"));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_startButton = buttons->button(QDialogButtonBox::Ok);
    m_startButton->setText(tr("&Start Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rehearsal, &QRadioButton::toggled, this, &StartRunDialog::updateControls);
    connect(m_operator, &QLineEdit::textChanged, this, &StartRunDialog::updateControls);

    auto *drillRow = new QFormLayout;
    drillRow->addRow(m_drillLabel, m_drill);
    drillRow->addRow(operatorLabel, m_operator);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_live);
    layout->addWidget(m_rehearsal);
    layout->addLayout(drillRow);
    layout->addWidget(checklist);
    layout->addWidget(buttons);
    updateControls();
}

void StartRunDialog::updateControls()
{
    // Only a rehearsal belongs to a drill.
    m_drill->setEnabled(m_rehearsal->isChecked());
    m_drillLabel->setEnabled(m_rehearsal->isChecked());
    // Every action of the run is logged with a name.
    m_startButton->setEnabled(!m_operator->text().trimmed().isEmpty());
}

StartRunDialog::Choice StartRunDialog::choice() const
{
    const QString name = m_operator->text().trimmed();
    if (m_live->isChecked()) {
        return {QStringLiteral("live"), 0, name};
    }
    return {QStringLiteral("rehearsal"), m_drill->currentData().toLongLong(), name};
}

std::optional<StartRunDialog::Choice> StartRunDialog::ask(PlanDocument *document, qint64 upgradeId, QWidget *parent)
{
    if (hook) {
        return hook(upgradeId);
    }
    StartRunDialog dialog(document, upgradeId, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.choice();
}

} // namespace fallback::ui
