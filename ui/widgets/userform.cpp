// SPDX-License-Identifier: GPL-3.0-or-later
#include "userform.h"

#include "core/people/userdirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

UserForm::UserForm(std::optional<User::Role> role, QWidget *parent)
    : QWidget(parent), m_fixedRole(role), m_login(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_pin(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("optional, 4 to 8 digits"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    if (!role) {
        m_role = new QComboBox(this);
        for (const User::Role r :
             {User::Role::Cashier, User::Role::Door, User::Role::Manager, User::Role::Admin})
            m_role->addItem(User::roleTitle(r), int(r));
        form->addRow(tr("R&ole:"), m_role);
    }
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat the password:"), m_repeat);
    form->addRow(tr("P&IN:"), m_pin);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problem);
}

QString UserForm::login() const
{
    return m_login->text().trimmed().toLower();
}

QString UserForm::name() const
{
    return m_name->text().trimmed();
}

User::Role UserForm::role() const
{
    return m_fixedRole ? *m_fixedRole : User::Role(m_role->currentData().toInt());
}

QString UserForm::password() const
{
    return m_password->text();
}

QString UserForm::pin() const
{
    return m_pin->text().trimmed();
}

void UserForm::setProblem(const QString &problem)
{
    m_problem->setText(problem);
}

std::optional<QString> UserForm::check()
{
    std::optional<QString> problem =
        UserDirectory::newUserProblem(login(), name(), password(), pin());
    if (!problem && password() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
        m_repeat->setFocus(Qt::OtherFocusReason);
        m_repeat->selectAll();
    }
    m_problem->setText(problem.value_or(QString()));
    return problem;
}
