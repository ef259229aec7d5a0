// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QWidget>

class Authenticator;
class Database;
class QLabel;
class QLineEdit;
class QPushButton;

// A manager's approval typed in place, while the cashier stays logged in: the manager's login
// and PIN (or password), checked off the screen's thread. Says why it is needed and, when
// refused, why (a wrong PIN, a locked PIN, someone who may not allow this).
class ManagerApproval final : public QWidget
{
    Q_OBJECT
public:
    ManagerApproval(const Database &store, User::Act act, QWidget *parent = nullptr);

    // Shows the box with what needs approving, focus on the login.
    void ask(const QString &why);
    void clear();
    bool isChecking() const;
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *secretField() const { return m_secret; }

Q_SIGNALS:
    void approved(const User &manager);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();

    User::Act m_act;
    Authenticator *m_authenticator;
    QLabel *m_why;
    QLabel *m_loginLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_login;
    QLineEdit *m_secret;
    QPushButton *m_button;
    QLabel *m_refusal;
};
