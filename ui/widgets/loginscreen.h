// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QWidget>

class Authenticator;
class Database;
class QLabel;
class QLineEdit;
class QPushButton;

// Where a terminal's person logs in: a login and one field for the password or, digits only,
// the quick-switch PIN. The check runs off the screen's thread; a refusal says why and keeps
// the login typed. Only people whose role may do this terminal's job (act) get in.
class LoginScreen final : public QWidget
{
    Q_OBJECT
public:
    LoginScreen(const Database &store, User::Act act, QWidget *parent = nullptr);
    ~LoginScreen() override;

    // The terminal's name, shown above the fields.
    void setPlace(const QString &place);
    // A line above the fields: why the screen is locked, whose sales wait.
    void setNotice(const QString &notice);
    // Empties the secret (and the refusal), focuses the first empty field.
    void clear();

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *secretField() const { return m_secret; }
    QLabel *refusalLabel() const { return m_refusal; }
    QPushButton *logInButton() const { return m_button; }
    bool isChecking() const;

Q_SIGNALS:
    void loggedIn(const User &user);
    void refused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void submit();
    void refuse(const QString &reason);

    User::Act m_act;
    Authenticator *m_authenticator;
    QLabel *m_title;
    QLabel *m_place;
    QLabel *m_notice;
    QLabel *m_loginLabel;
    QLabel *m_secretLabel;
    QLineEdit *m_login;
    QLineEdit *m_secret;
    QPushButton *m_button;
    QLabel *m_refusal;
    QLabel *m_hint;
};
