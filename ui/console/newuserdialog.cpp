// SPDX-License-Identifier: GPL-3.0-or-later
#include "newuserdialog.h"

#include "core/people/userdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

NewUserDialog::NewUserDialog(QWidget *parent)
    : QDialog(parent), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_pin(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("New user"));
    for (const User::Role role :
         {User::Role::Cashier, User::Role::Door, User::Role::Manager, User::Role::Admin})
        m_role->addItem(User::roleTitle(role), int(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("optional, 4 to 8 digits"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("R&ole:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    form->addRow(tr("P&IN:"), m_pin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString NewUserDialog::login() const
{
    return m_login->text().trimmed().toLower();
}
QString NewUserDialog::name() const
{
    return m_name->text().trimmed();
}
User::Role NewUserDialog::role() const
{
    return User::Role(m_role->currentData().toInt());
}
QString NewUserDialog::password() const
{
    return m_password->text();
}
QString NewUserDialog::pin() const
{
    return m_pin->text().trimmed();
}

void NewUserDialog::accept()
{
    if (auto problem = UserDirectory::newUserProblem(login(), name(), password(), pin())) {
        m_problem->setText(*problem);
        return;
    }
    if (password() != m_repeat->text()) {
        m_problem->setText(tr("The two passwords differ."));
        return;
    }
    QDialog::accept();
}
