// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskadminpage.h"

#include "ui/kiosk/onscreenkeyboard.h"

#include <QLineEdit>
#include <QVBoxLayout>

KioskAdminPage::KioskAdminPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Administrator PIN"));
    auto *pin = new QLineEdit(this);
    pin->setObjectName(QStringLiteral("pin"));
    pin->setEchoMode(QLineEdit::Password);
    v->addWidget(pin);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
    keyboard->setTarget(pin);
    v->addWidget(keyboard);
    v->addStretch(1);
    v->addWidget(navigation(tr("Leave kiosk mode"), true, "unlock",
                            [this, pin] { Q_EMIT unlockWanted(pin->text()); }));
}
