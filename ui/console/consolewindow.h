// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/auditlog.h"
#include "core/people/user.h"

#include <QDialog>

#include <functional>
#include <optional>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class SettingsModel;
class TerminalsModel;
class UsersModel;

// The manager's console: the business settings, the users, the terminals, and (with a server)
// what to look into, one tab each. Managers change settings; administrators also manage users
// and terminals; each change is checked by core/admin and audited. Every table filters as you
// type and sorts by any column.
class ConsoleWindow final : public QDialog
{
    Q_OBJECT
public:
    enum Tab { SettingsTab, UsersTab, TerminalsTab, ProblemsTab };

    // store: where settings, users and terminals live (the server when there is one);
    // problemsServer: the server whose problems report to show, or null.
    ConsoleWindow(const Database &store, const Database *problemsServer, const User &user,
                  const Actor &actor, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *settingsView() const { return m_settingsView; }
    QTableView *usersView() const { return m_usersView; }
    QTableView *terminalsView() const { return m_terminalsView; }
    QLineEdit *settingsFilter() const { return m_settingsFilter; }
    QLabel *messageLabel() const { return m_message; }
    SettingsModel *settings() const { return m_settings; }
    UsersModel *users() const { return m_users; }
    TerminalsModel *terminals() const { return m_terminals; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *readmitButton() const { return m_readmit; }
    QPushButton *addUserButton() const { return m_addUser; }
    QPushButton *deactivateButton() const { return m_deactivate; }

    // Tests and scripts: skip the confirmation questions.
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    // After a change was saved (for tests: the hashing runs off the screen's thread).
    void saved();

private:
    QWidget *buildSettingsTab();
    QWidget *buildUsersTab();
    QWidget *buildTerminalsTab();
    void say(const std::optional<QString> &refusal, const QString &done);
    std::optional<int> selectedRow(QTableView *view, QSortFilterProxyModel *proxy) const;
    // Hashes off the screen's thread, then hands the hash over.
    void hashThen(const QString &secret, std::function<void(const std::optional<QString> &)> then);
    void chooseKioskPrinter();
    void setKioskPin();
    void sendTestMail();
    void addUser();
    void toggleActive();
    void changeRole();
    void resetPassword();
    void resetPin();
    void setRevoked(bool revoked);
    void updateButtons();

    const Database &m_store;
    User m_user;
    Actor m_actor;
    QTabWidget *m_tabs;
    QLabel *m_message;
    SettingsModel *m_settings;
    UsersModel *m_users;
    TerminalsModel *m_terminals;
    QSortFilterProxyModel *m_settingsProxy;
    QSortFilterProxyModel *m_usersProxy;
    QSortFilterProxyModel *m_terminalsProxy;
    QTableView *m_settingsView = nullptr;
    QTableView *m_usersView = nullptr;
    QTableView *m_terminalsView = nullptr;
    QLineEdit *m_settingsFilter = nullptr;
    QPushButton *m_addUser = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_readmit = nullptr;
    bool m_interactive = true;
};
