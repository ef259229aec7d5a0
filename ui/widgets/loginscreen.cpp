// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginscreen.h"

#include "core/people/authenticator.h"

#include <QAccessible>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginScreen::LoginScreen(const Database &store, User::Act act, QWidget *parent)
    : QWidget(parent), m_act(act), m_authenticator(new Authenticator(store, this)),
      m_title(new QLabel(this)), m_place(new QLabel(this)), m_notice(new QLabel(this)),
      m_loginLabel(new QLabel(this)), m_secretLabel(new QLabel(this)), m_login(new QLineEdit(this)),
      m_secret(new QLineEdit(this)), m_button(new QPushButton(this)), m_refusal(new QLabel(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("loginScreen"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_place->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setStyleSheet(QStringLiteral("background: #fff8e1; color: #5d4037; border: 1px "
                                           "solid #ffca28; border-radius: 4px; padding: 8px"));
    m_notice->hide();
    m_login->setObjectName(QStringLiteral("login"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_loginLabel->setBuddy(m_login);
    m_secretLabel->setBuddy(m_secret);
    m_button->setDefault(true);
    m_refusal->setWordWrap(true);
    m_refusal->setObjectName(QStringLiteral("loginRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_secretLabel, m_secret);
    auto *box = new QWidget(this);
    box->setFixedWidth(440);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_title);
    boxLayout->addWidget(m_place);
    boxLayout->addSpacing(16);
    boxLayout->addWidget(m_notice);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_button);
    boxLayout->addWidget(m_refusal);
    boxLayout->addSpacing(8);
    boxLayout->addWidget(m_hint);
    // Centred by stretches, not by alignment: an aligned widget loses its height-for-width, and
    // the wrapped hint would be cut.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(box);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_login, &QLineEdit::returnPressed, this, [this] {
        if (m_secret->text().isEmpty())
            m_secret->setFocus(Qt::TabFocusReason);
        else
            submit();
    });
    connect(m_secret, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_button, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_authenticator, &Authenticator::finished, this,
            [this](const UserDirectory::LogIn &result) {
                m_button->setEnabled(true);
                m_button->setText(tr("Log in"));
                m_secret->clear();
                if (!result.user) {
                    refuse(result.refusal);
                    return;
                }
                if (!result.user->may(m_act)) {
                    refuse(result.user->refusal(m_act));
                    return;
                }
                m_refusal->clear();
                m_login->clear();
                Q_EMIT loggedIn(*result.user);
            });
    retranslate();
}

LoginScreen::~LoginScreen() = default;

bool LoginScreen::isChecking() const
{
    return m_authenticator->isChecking();
}

void LoginScreen::setPlace(const QString &place)
{
    m_place->setText(place);
}

void LoginScreen::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void LoginScreen::clear()
{
    m_secret->clear();
    m_refusal->clear();
    (m_login->text().isEmpty() ? m_login : m_secret)->setFocus(Qt::OtherFocusReason);
}

void LoginScreen::submit()
{
    if (m_authenticator->isChecking())
        return;
    if (m_login->text().trimmed().isEmpty()) {
        m_login->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_secret->text().isEmpty()) {
        m_secret->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_button->setEnabled(false);
    m_refusal->setText(QString());
    m_button->setText(tr("Checking…"));
    m_authenticator->logIn(m_login->text(), m_secret->text());
}

void LoginScreen::refuse(const QString &reason)
{
    m_refusal->setText(reason);
    m_secret->setFocus(Qt::OtherFocusReason);
    if (QAccessible::isActive()) {
        QAccessibleEvent e(m_refusal, QAccessible::Alert);
        QAccessible::updateAccessibility(&e);
    }
    Q_EMIT refused(reason);
}

void LoginScreen::retranslate()
{
    m_title->setText(tr("Marquee"));
    m_loginLabel->setText(tr("&Login:"));
    m_secretLabel->setText(tr("&Password or PIN:"));
    m_button->setText(tr("Log in"));
    m_secret->setAccessibleName(tr("Password or PIN"));
    m_login->setAccessibleName(tr("Login"));
    m_hint->setText(tr("Digits only are your PIN, for a quick switch between cashiers; five wrong "
                       "PINs lock it for a minute, and the password still works."));
}

void LoginScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    clear();
}
