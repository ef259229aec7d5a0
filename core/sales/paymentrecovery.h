// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class SaleSession;

// When nobody is there to press a key, a payment in doubt must sort itself out: a charge the
// store did not confirm, or a card whose outcome the bank did not give, is asked about again
// every few seconds, and a bank that stays out of reach for too long gets the sale set aside
// (seats held, payment pending) so the next person can be served. The payment sweep settles
// such a sale later. It decides; what to tell the person is the screen's business.
class PaymentRecovery final : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        NotInDoubt, // no payment in doubt: the error is the person's to hear
        Retrying,   // the payment is unconfirmed and will be asked about again
        SetAside,   // the bank stayed away: the sale was set aside, a fresh one started
    };
    Q_ENUM(Verdict)

    explicit PaymentRecovery(SaleSession &sale, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PaymentRecovery)

    // How long an unknown card outcome is asked about before the sale is set aside.
    void setPatienceMs(int ms) { m_patienceMs = ms; }
    int patienceMs() const { return m_patienceMs; }
    void setRetryIntervalMs(int ms) { m_retryIntervalMs = ms; }
    // How long the current card outcome has been unknown, or -1 while it is known.
    qint64 unknownForMs() const { return m_unknownSince.isValid() ? m_unknownSince.elapsed() : -1; }

    // Call with each error the session reports, before telling anyone: it starts or resets the
    // bank's clock, sets the sale aside once patience runs out, and schedules the next ask.
    Verdict onSaleError();

Q_SIGNALS:
    // Time to ask again about the payment in doubt: SaleSession::payCard with the same card
    // confirms or looks it up, never charging again.
    void retryConfirmation();

private:
    SaleSession &m_sale;
    QTimer m_retry;
    QElapsedTimer m_unknownSince;
    int m_patienceMs = 3 * 60 * 1000;
    int m_retryIntervalMs = 3000;
};
