// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskdetailspage.h"

#include "core/sales/salesession.h"
#include "ui/kiosk/kioskvisit.h"
#include "ui/kiosk/onscreenkeyboard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

KioskDetailsPage::KioskDetailsPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Your details (optional)"));
    auto *form = new QGridLayout;
    form->setSpacing(12);
    auto *cpf = new QLineEdit(visit().cpfTyped, this);
    cpf->setObjectName(QStringLiteral("cpf"));
    cpf->setPlaceholderText(tr("000.000.000-00"));
    cpf->setInputMethodHints(Qt::ImhDigitsOnly);
    cpf->setMaxLength(14);
    auto *email = new QLineEdit(visit().emailTyped, this);
    email->setObjectName(QStringLiteral("email"));
    email->setPlaceholderText(tr("name@example.com"));
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    form->addWidget(new QLabel(tr("CPF, for the receipt"), this), 0, 0);
    form->addWidget(cpf, 0, 1);
    form->addWidget(new QLabel(tr("E-mail, to get the tickets"), this), 1, 0);
    form->addWidget(email, 1, 1);
    form->setColumnStretch(1, 1);
    v->addLayout(form);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Digits, this);
    keyboard->setTarget(cpf);
    v->addWidget(keyboard);
    v->addStretch(1);
    // Touching a field brings its keys: digits for the CPF, letters for the e-mail.
    cpf->installEventFilter(this);
    email->installEventFilter(this);
    cpf->setProperty("keyboardLayout", int(OnScreenKeyboard::Layout::Digits));
    email->setProperty("keyboardLayout", int(OnScreenKeyboard::Layout::Email));
    connect(cpf, &QLineEdit::textChanged, this, [this](const QString &t) { visit().cpfTyped = t; });
    connect(email, &QLineEdit::textChanged, this,
            [this](const QString &t) { visit().emailTyped = t; });
    keyboard->setTarget(cpf);
    keyboard->setLayout(OnScreenKeyboard::Layout::Digits);
    cpf->setFocus(Qt::MouseFocusReason);
    v->addWidget(navigation(tr("Continue"), true, "continue", [this] {
        sale().setCustomer(visit().cpfTyped, visit().emailTyped.trimmed());
        if (const SaleError error = sale().validate(); error.isError()) {
            Q_EMIT errorRaised(error);
            return;
        }
        Q_EMIT stepWanted(KioskWindow::Step::Payment);
    }));
}

bool KioskDetailsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (auto *field = qobject_cast<QLineEdit *>(watched)) {
            const QVariant layout = field->property("keyboardLayout");
            if (layout.isValid()) {
                if (auto *keyboard = field->parentWidget()->findChild<OnScreenKeyboard *>()) {
                    keyboard->setTarget(field);
                    keyboard->setLayout(OnScreenKeyboard::Layout(layout.toInt()));
                }
            }
        }
    }
    return KioskPage::eventFilter(watched, event);
}
