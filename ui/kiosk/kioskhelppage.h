// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpage.h"

#include <QPointer>

class QLineEdit;

// The "?" assistant: the conversation so far, sample questions to touch, and a keyboard to
// type one.
class KioskHelpPage final : public KioskPage
{
    Q_OBJECT
public:
    KioskHelpPage(const KioskPageContext &context, QWidget *parent);

Q_SIGNALS:
    void asked(const QString &question);

private:
    QPointer<QLineEdit> m_question;
};
