// SPDX-License-Identifier: GPL-3.0-or-later
#include "managerapproval.h"

#include "core/people/authenticator.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ManagerApproval::ManagerApproval(const Database &store, User::Act act, QWidget *parent)
    : QWidget(parent), m_act(act), m_authenticator(new Authenticator(store, this)),
      m_why(new QLabel(this)), m_loginLabel(new QLabel(this)), m_secretLabel(new QLabel(this)),
      m_login(new QLineEdit(this)), m_secret(new QLineEdit(this)), m_button(new QPushButton(this)),
      m_refusal(new QLabel(this))
{
    m_why->setWordWrap(true);
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("managerLogin"));
    m_secret->setObjectName(QStringLiteral("managerSecret"));
    m_button->setObjectName(QStringLiteral("managerAllow"));
    m_loginLabel->setBuddy(m_login);
    m_secretLabel->setBuddy(m_secret);
    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_button);
    form->addRow(m_secretLabel, secretRow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_why);
    layout->addLayout(form);
    layout->addWidget(m_refusal);

    connect(m_login, &QLineEdit::returnPressed, m_secret,
            [this] { m_secret->setFocus(Qt::TabFocusReason); });
    connect(m_secret, &QLineEdit::returnPressed, this, &ManagerApproval::submit);
    connect(m_button, &QPushButton::clicked, this, &ManagerApproval::submit);
    connect(m_authenticator, &Authenticator::finished, this,
            [this](const UserDirectory::LogIn &result) {
                m_button->setEnabled(true);
                m_secret->clear();
                if (!result.user) {
                    m_refusal->setText(result.refusal);
                    m_secret->setFocus(Qt::OtherFocusReason);
                    return;
                }
                if (!result.user->may(m_act)) {
                    m_refusal->setText(result.user->refusal(m_act));
                    m_login->selectAll();
                    m_login->setFocus(Qt::OtherFocusReason);
                    return;
                }
                m_refusal->clear();
                Q_EMIT approved(*result.user);
            });
    retranslate();
    hide();
}

void ManagerApproval::ask(const QString &why)
{
    m_why->setText(why);
    m_refusal->clear();
    show();
    m_login->setFocus(Qt::OtherFocusReason);
}

void ManagerApproval::clear()
{
    m_login->clear();
    m_secret->clear();
    m_refusal->clear();
    hide();
}

bool ManagerApproval::isChecking() const
{
    return m_authenticator->isChecking();
}

void ManagerApproval::submit()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_login->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_secret->text().isEmpty() || m_authenticator->isChecking())
        return;
    m_button->setEnabled(false);
    m_refusal->clear();
    m_authenticator->logIn(m_login->text(), m_secret->text());
}

void ManagerApproval::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ManagerApproval::retranslate()
{
    m_loginLabel->setText(tr("Manager's &login:"));
    m_secretLabel->setText(tr("&PIN or password:"));
    m_button->setText(tr("Allow"));
}
