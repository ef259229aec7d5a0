// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskstillthere.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

KioskStillThere::KioskStillThere(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stillThere"));
    setAttribute(Qt::WA_StyledBackground);
    auto *still = new QVBoxLayout(this);
    still->addStretch(1);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("title"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    still->addWidget(m_text);
    m_stillHere = new QPushButton(this);
    m_stillHere->setObjectName(QStringLiteral("stillHere"));
    m_stillHere->setFocusPolicy(Qt::NoFocus);
    still->addWidget(m_stillHere, 0, Qt::AlignHCenter);
    still->addStretch(1);
    hide();
    connect(m_stillHere, &QPushButton::clicked, this, &KioskStillThere::stillHere);
}

void KioskStillThere::ask(int seconds)
{
    setSecondsLeft(seconds);
    m_stillHere->setText(tr("I'm still here"));
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void KioskStillThere::setSecondsLeft(int seconds)
{
    m_text->setText(tr("Are you still there?") + QLatin1Char('\n') +
                    tr("Starting over in %n second(s).", nullptr, seconds));
}
