// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// The fields of a new user, as the first administrator's dialog and the console's both ask
// them: login, name, the role (unless fixed), the password twice, an optional PIN, and a line
// that says what is wrong, checked by UserDirectory's rules.
class UserForm final : public QWidget
{
    Q_OBJECT
public:
    // role: the role every user of this form gets (no role field); nothing to ask for it.
    explicit UserForm(std::optional<User::Role> role, QWidget *parent = nullptr);

    QString login() const;
    QString name() const;
    User::Role role() const;
    QString password() const;
    QString pin() const;
    // Shows and returns why the typed user cannot be added; nothing when it can.
    std::optional<QString> check();
    void setProblem(const QString &problem);

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleField() const { return m_role; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *problemLabel() const { return m_problem; }

private:
    std::optional<User::Role> m_fixedRole;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_pin;
    QLabel *m_problem;
};
