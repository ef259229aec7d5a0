// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/people/user.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class Database;
class QPushButton;
class UserForm;

// The first start of a store with nobody in it: asks for the first administrator (login,
// name, password twice, an optional PIN) and saves them, hashing off the screen's thread.
// Scripts and installers do the same with marquee --add-user.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(Database &store, QWidget *parent = nullptr);
    ~FirstAdminDialog() override;

    // Once accepted: the administrator saved.
    std::optional<User> administrator() const { return m_saved; }
    UserForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }

private:
    struct Hashes
    {
        std::optional<QString> password;
        std::optional<QString> pin;
    };
    void save();
    void onHashed();

    Database &m_store;
    UserForm *m_form;
    QPushButton *m_save;
    QFutureWatcher<Hashes> m_hashing;
    std::optional<User> m_saved;
};
