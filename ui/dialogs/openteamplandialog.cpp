// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/openteamplandialog.h"

#include "plan/teamdirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {

const QString RecentKey = QStringLiteral("team/recentConnections");
constexpr int RecentCount = 8;

} // namespace

OpenTeamPlanDialog::OpenTeamPlanDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Plan"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_connection = new QComboBox(this);
    m_connection->setObjectName(QStringLiteral("connectionEdit"));
    m_connection->setEditable(true);
    m_connection->setInsertPolicy(QComboBox::NoInsert);
    m_connection->addItems(recentConnections());
    m_connection->setMinimumContentsLength(40);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_connection->lineEdit()->setPlaceholderText(QStringLiteral("postgresql://editor@db.example.com/plans"));
    m_connection->setToolTip(
        tr("A PostgreSQL connection URI, or libpq's \"keyword=value\" words: several hosts for failover "
           "(target_session_attrs=read-write), sslmode=verify-full for TLS, service=NAME for a service file."));
    form->addRow(tr("&Team database:"), m_connection);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_password->setToolTip(tr("Used for this session only; Fallback never writes it down. To connect without "
                              "typing it, keep it in ~/.pgpass or a libpq service file."));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    auto *connectRow = new QHBoxLayout;
    connectRow->addStretch();
    connectRow->addWidget(m_connect);
    layout->addLayout(connectRow);

    m_security = new QLabel(this);
    m_security->setObjectName(QStringLiteral("securityLabel"));
    m_security->setWordWrap(true);
    m_security->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_security);

    auto *plansLabel = new QLabel(tr("P&lans:"), this);
    m_plans = new QListWidget(this);
    m_plans->setObjectName(QStringLiteral("planList"));
    m_plans->setAccessibleName(tr("Plans"));
    plansLabel->setBuddy(m_plans);
    layout->addWidget(plansLabel);
    layout->addWidget(m_plans, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(m_connect, &QPushButton::clicked, this, &OpenTeamPlanDialog::connectToServer);
    connect(m_connection, &QComboBox::currentTextChanged, this, [this] {
        // Another server: the plans listed are no longer its.
        m_connected.clear();
        m_plans->clear();
        m_security->clear();
        updateOpenButton();
    });
    connect(m_plans, &QListWidget::currentRowChanged, this, &OpenTeamPlanDialog::updateOpenButton);
    connect(m_plans, &QListWidget::itemActivated, this, &OpenTeamPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenTeamPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOpenButton();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 80), fontMetrics().height() * 24);
}

QStringList OpenTeamPlanDialog::recentConnections()
{
    return QSettings().value(RecentKey).toStringList();
}

QString OpenTeamPlanDialog::planName() const
{
    const QListWidgetItem *item = m_plans->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void OpenTeamPlanDialog::updateOpenButton()
{
    // Enter connects first, and opens the chosen plan once the plans are listed.
    m_open->setEnabled(!m_connected.isEmpty() && !planName().isEmpty());
    m_open->setDefault(m_open->isEnabled());
    m_connect->setDefault(!m_open->isEnabled());
}

bool OpenTeamPlanDialog::connectToServer()
{
    m_connected.clear();
    m_plans->clear();
    const QString typed = m_connection->currentText().trimmed();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<TeamDirectory> directory = TeamDirectory::read(typed, m_password->text(), &error);
    QApplication::restoreOverrideCursor();
    if (!directory) {
        m_security->setText(error);
        m_security->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
        updateOpenButton();
        return false;
    }
    m_connected = directory->connection;
    switch (directory->transport) {
    case TeamDirectory::Transport::Encrypted:
        m_security->setText(tr("Connected to %1; the connection is encrypted (TLS).").arg(directory->server));
        m_security->setStyleSheet(QString());
        break;
    case TeamDirectory::Transport::ThisComputer:
        m_security->setText(
            tr("Connected to %1 on this computer; nothing travels over the network.").arg(directory->server));
        m_security->setStyleSheet(QString());
        break;
    case TeamDirectory::Transport::PlainText:
        m_security->setText(tr("Connected to %1, but the connection is NOT encrypted: the plan and your password "
                               "travel over the network as plain text. Ask the administrator for TLS and add "
                               "sslmode=verify-full.")
                                .arg(directory->server));
        m_security->setStyleSheet(QStringLiteral("QLabel { color: #8a5300; font-weight: bold; }"));
        break;
    }
    for (const TeamPlanEntry &plan : directory->plans) {
        auto *item = new QListWidgetItem(plan.name, m_plans);
        item->setData(Qt::UserRole, plan.name);
        item->setToolTip(
            tr("Uploaded %1 by %2")
                .arg(QLocale().toString(plan.createdAt.toLocalTime(), QLocale::ShortFormat), plan.createdBy));
    }
    if (directory->plans.isEmpty()) {
        m_security->setText(m_security->text() + QLatin1Char(' ')
            + tr("It holds no plans yet: \"fallback team upload\" makes a plan file a team plan."));
    } else {
        m_plans->setCurrentRow(0);
        m_plans->setFocus();
    }
    // The connection is remembered as typed, without the password.
    QStringList recent = recentConnections();
    recent.removeAll(typed);
    recent.prepend(typed);
    QSettings().setValue(RecentKey, QStringList(recent.mid(0, RecentCount)));
    updateOpenButton();
    return true;
}

void OpenTeamPlanDialog::accept()
{
    if (m_connected.isEmpty()) {
        connectToServer();
        return;
    }
    if (!planName().isEmpty()) {
        QDialog::accept();
    }
}

} // namespace fallback::ui
