// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket codes: signing (at sale) and verifying (at the gate), Ed25519 through libsodium.
//   build/bench/bench_ticketcode -median 15
#include "core/tickets/ticketcode.h"
#include "latency.h"

#include <QTest>

class BenchTicketCode : public QObject
{
    Q_OBJECT
private:
    QByteArray m_public, m_secret;
    TicketCode::Payload m_payload;

private Q_SLOTS:
    void initTestCase()
    {
        std::tie(m_public, m_secret) = TicketCode::generateKeyPair();
        m_payload = {3, 123456, 4321, 98765, 2, QDateTime::currentDateTimeUtc()};
    }
    void sign()
    {
        QString code;
        reportLatency(QStringLiteral("ticket code sign"), 2000,
                      [&] { code = TicketCode::encode(m_payload, m_secret); });
        QBENCHMARK
        {
            code = TicketCode::encode(m_payload, m_secret);
        }
        QVERIFY(!code.isEmpty());
    }
    void verify()
    {
        const QString code = TicketCode::encode(m_payload, m_secret);
        const TicketCode::KeyLookup keys = [this](quint32) {
            return std::optional<TicketCode::TerminalKey>(TicketCode::TerminalKey{m_public, {}});
        };
        bool valid = false;
        reportLatency(QStringLiteral("ticket code verify"), 2000,
                      [&] { valid = TicketCode::verify(code, keys).isValid(); });
        QBENCHMARK
        {
            valid = TicketCode::verify(code, keys).isValid();
        }
        QVERIFY(valid);
    }
};

QTEST_GUILESS_MAIN(BenchTicketCode)
#include "bench_ticketcode.moc"
