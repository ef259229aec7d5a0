// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class UserForm;

// The console's new user: a UserForm with a role, checked before the dialog closes.
class NewUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget *parent = nullptr);

    UserForm *form() const { return m_form; }
    void accept() override;

private:
    UserForm *m_form;
};
