// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace fallback::ui {

/// File > Open Team Plan: where the team database is (a connection string
/// as libpq takes it, the last ones offered again), a password for this
/// session only, whether the connection is encrypted, and the plans there
/// to choose from. Fallback writes no password down: for every session,
/// ~/.pgpass or a libpq service file keeps it.
class OpenTeamPlanDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OpenTeamPlanDialog(QWidget *parent = nullptr);

    /// Connects to the server the form names and lists its plans; false
    /// with the reason shown in the dialog when it cannot.
    bool connectToServer();
    /// The connection to open the chosen plan with (the password included,
    /// in memory only); empty before connectToServer() succeeded.
    QString connection() const { return m_connected; }
    /// The chosen plan; empty when none is chosen.
    QString planName() const;

    QComboBox *connectionEdit() const { return m_connection; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *securityLabel() const { return m_security; }
    QListWidget *planList() const { return m_plans; }
    QPushButton *openButton() const { return m_open; }

    /// The connections opened last, newest first, without passwords.
    static QStringList recentConnections();

    void accept() override;

private:
    void updateOpenButton();

    QComboBox *m_connection = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_security = nullptr;
    QListWidget *m_plans = nullptr;
    QPushButton *m_open = nullptr;
    QString m_connected;
};

} // namespace fallback::ui
