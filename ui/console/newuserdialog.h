// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// A new user's login, name, role, password (twice) and optional PIN, checked by the rules of
// UserDirectory before the dialog closes.
class NewUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget *parent = nullptr);

    QString login() const;
    QString name() const;
    User::Role role() const;
    QString password() const;
    QString pin() const;

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleField() const { return m_role; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QLineEdit *pinField() const { return m_pin; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLineEdit *m_pin;
    QLabel *m_problem;
};
