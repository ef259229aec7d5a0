// SPDX-License-Identifier: GPL-3.0-or-later
// marquee-faultcounter: one real counter, headless, for bench/fault-recovery.sh. It runs the
// counter's own stack (TerminalStack: local copy, ServerLink, the failover chain of sales
// authorities) on seat leases and sells for T seconds, online and offline alike, as a cashier
// would: it picks seats it sees free in its local copy (offline, only its leased seats), holds,
// orders and takes cash. A step that fails because the server is gone is tried again with the
// same keys every 200 ms; a sale stuck on such a step is set aside (the next customer is
// served, offline if the link says so) and finished, or cancelled, once the server answers.
// When the link was lost, it sells past T until it has sold on the server again and for 5 s
// more (15 s past T at most), so that its recovery is seen. After selling it waits up to 30 s
// for its outbox to drain. Meanwhile, from a connection of its own, it reads the age of its
// heartbeat (terminals.last_seen_at against the server's clock) every second.
//
//   marquee-faultcounter --uri URI [--monitor-uri URI] --local FILE --seconds T
//       [--lease-seats 8] [--receipts FILE] [--heartbeats FILE]
//
// Standard output: "READY <ms>" once online with leases taken, "link <ms> <state> <detail>"
// for each change of the link, "outbox <ms> <pending>", then a summary. Times are ms since
// the epoch. --receipts gets one line per acknowledged sale, as marquee-loadgen --events
// writes them (client, ms, order key, payment key, tickets, online|offline); --heartbeats one
// line per second (ms, age in ms, or "-" when the server could not be asked, and why).
#include "bencherrors.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/seatselector.h"
#include "core/store/database.h"
#include "core/sync/outbox.h"
#include "core/sync/serverlink.h"
#include "core/terminal/terminalstack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

namespace {
constexpr qint64 kRetryPauseMs = 200;
// After selling: how long set-aside sales and the outbox are waited for.
constexpr qint64 kDrainMs = 30'000;
// Past the planned end, how long it may go on selling while it has not sold on the server since
// the link came back, and then for kAfterRecoveryMs more (so its time to recovery and its
// heartbeat after it are measured, not cut off by the end of the run).
constexpr qint64 kExtraSellMs = 15'000;
constexpr qint64 kAfterRecoveryMs = 5'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

using BenchErrors::errorKey;
using BenchErrors::isRetryable;

QString stateName(ServerLink::State state)
{
    switch (state) {
    case ServerLink::State::Connecting:
        return QStringLiteral("connecting");
    case ServerLink::State::Online:
        return QStringLiteral("online");
    case ServerLink::State::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("?");
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The heartbeat's age as the server sees it, every second, on a thread and a connection of
// its own (plain queries, nothing kept prepared), so a stuck sale never delays a sample.
class HeartbeatMonitor
{
public:
    HeartbeatMonitor(QString uri, int terminalId, QString path)
        : m_uri(std::move(uri)), m_terminalId(terminalId), m_path(std::move(path))
    {}
    ~HeartbeatMonitor() { stop(); }

    void start()
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
        m_thread.reset();
    }

private:
    void run()
    {
        QFile out(m_path);
        if (!m_path.isEmpty())
            out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text);
        auto server = Database::server(m_uri);
        bool opened = false;
        qint64 next = nowMs();
        while (!m_stop) {
            QString line;
            if (!opened) {
                const auto error = server->open();
                opened = !error;
                if (error)
                    line = QStringLiteral("%1\t-\t%2").arg(nowMs()).arg(error->simplified());
            }
            if (opened) {
                QSqlQuery q(server->connection());
                if (q.exec(QStringLiteral("SELECT marquee_now_ms() - last_seen_at FROM terminals "
                                          "WHERE id = %1")
                               .arg(m_terminalId)) &&
                    q.next()) {
                    line = QStringLiteral("%1\t%2").arg(nowMs()).arg(q.value(0).toLongLong());
                } else {
                    line = QStringLiteral("%1\t-\t%2")
                               .arg(nowMs())
                               .arg(q.lastError().text().simplified());
                    q = QSqlQuery();
                    server->resetConnection();
                }
            }
            if (out.isOpen()) {
                out.write(line.toUtf8() + '\n');
                out.flush();
            }
            next += 1000;
            while (!m_stop && nowMs() < next)
                QThread::msleep(50);
        }
    }

    QString m_uri;
    int m_terminalId;
    QString m_path;
    std::atomic<bool> m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

class Counter final : public QObject
{
public:
    Counter(TerminalStack &stack, qint64 sellMs, QString receiptsPath)
        : m_stack(stack), m_authority(stack.authority()), m_online(stack.database()),
          m_offline(stack.database()), m_sellMs(sellMs), m_receiptsPath(std::move(receiptsPath))
    {
        m_offline.setLeaseToken(stack.terminal().leaseToken());
        m_offline.setOnlyLeasedSeatsFree(true);
        m_tick.setSingleShot(true);
        connect(&m_tick, &QTimer::timeout, this, &Counter::tick);
    }

    void setLinkOnline(bool online)
    {
        m_linkOnline = online;
        if (!online && m_sellUntil > 0) {
            m_outageSeen = true;
            m_recoveredAtMs = 0;
        }
    }

    void start()
    {
        m_sellUntil = nowMs() + m_sellMs;
        m_tick.start(0);
    }

    int exitCode() const { return m_exitCode; }

private:
    enum class Step { Order, Pay, Release, Cancel };
    struct Sale
    {
        QString token;
        OrderRequest request;
        std::optional<Order> order;
        PaymentCompletion completion;
        Step step = Step::Order;
        qint64 lastTryMs = 0;
    };
    struct Receipt
    {
        qint64 atMs;
        QString orderKey;
        QString paymentKey;
        int tickets;
        bool offline;
    };

    void note(const char *step, const SaleError &e)
    {
        ++m_errors[QLatin1String(step) + QLatin1Char(' ') + errorKey(e)];
    }

    bool selling(qint64 now) const
    {
        if (now < m_sellUntil)
            return true;
        if (!m_outageSeen || now >= m_sellUntil + kExtraSellMs)
            return false;
        return m_recoveredAtMs == 0 || now < m_recoveredAtMs + kAfterRecoveryMs;
    }

    void tick()
    {
        const qint64 now = nowMs();
        // Sales set aside first: each is tried again, same keys, every 200 ms.
        for (qsizetype i = 0; i < m_parked.size();) {
            Sale &sale = m_parked[i];
            if (now - sale.lastTryMs < kRetryPauseMs) {
                ++i;
                continue;
            }
            if (advance(sale)) {
                m_parked.removeAt(i);
            } else if (m_drainUntil > 0 && now > m_drainUntil) {
                ++m_unanswered;
                m_parked.removeAt(i);
            } else {
                ++m_retries;
                ++i;
            }
        }
        if (selling(now)) {
            // After a step the server could not answer, a cashier waits a moment too.
            if (now >= m_pauseUntil)
                sellOne();
            m_tick.start(int(std::clamp<qint64>(m_pauseUntil - nowMs(), 5, kRetryPauseMs)));
            return;
        }
        if (m_drainUntil == 0) {
            m_drainUntil = now + kDrainMs;
            say(QStringLiteral("selling stopped %1 (%2 s past the planned end); %3 steps still "
                               "waiting for the server")
                    .arg(now)
                    .arg((now - m_sellUntil) / 1000.0, 0, 'f', 1)
                    .arg(m_parked.size()));
        }
        const int pending = Outbox::pendingCount(m_stack.database());
        if ((m_parked.isEmpty() && pending == 0) || now > m_drainUntil) {
            finish(pending);
            return;
        }
        m_tick.start(kRetryPauseMs);
    }

    // Runs a set-aside sale's step again; true when the sale is over (sold, or given back).
    bool advance(Sale &sale)
    {
        sale.lastTryMs = nowMs();
        switch (sale.step) {
        case Step::Order: {
            const auto order = m_authority.placeOrder(sale.request);
            if (!order) {
                note("order", order.error());
                if (isRetryable(order.error()))
                    return false;
                ++m_refused;
                sale.step = Step::Release;
                return advance(sale);
            }
            sale.order = *order;
            sale.completion = {order->id,
                               QUuid::createUuid().toString(QUuid::Id128),
                               PaymentMethod::Cash,
                               order->totalCents,
                               {}};
            sale.step = Step::Pay;
            return advance(sale);
        }
        case Step::Pay: {
            const auto receipt = m_authority.completePayment(sale.completion);
            if (!receipt) {
                note("pay", receipt.error());
                if (isRetryable(receipt.error()))
                    return false;
                ++m_refused;
                sale.step = Step::Cancel;
                return advance(sale);
            }
            acknowledge(sale, *receipt);
            return true;
        }
        case Step::Release: {
            // Once: the chain journals a release (a new outbox entry per call) and sends it
            // when the link is back, so asking again would only queue more of them.
            const auto released = m_authority.release(sale.token, {});
            if (!released)
                note("release", released.error());
            return true;
        }
        case Step::Cancel: {
            const auto cancelled = m_authority.cancelOrder(sale.order->id);
            if (!cancelled)
                note("cancel", cancelled.error());
            return cancelled || !isRetryable(cancelled.error());
        }
        }
        return true;
    }

    void acknowledge(const Sale &sale, const SaleReceipt &receipt)
    {
        const bool offline = receipt.order.id < 0;
        m_receipts.append({nowMs(), sale.request.idempotencyKey, sale.completion.paymentKey,
                           int(receipt.tickets.size()), offline});
        ++(offline ? m_offlineSales : m_onlineSales);
        if (!offline && m_outageSeen && m_recoveredAtMs == 0)
            m_recoveredAtMs = nowMs();
    }

    void refreshScreenings()
    {
        if (!m_screenings.isEmpty() && nowMs() - m_screeningsAtMs < 5000)
            return;
        m_screenings.clear();
        for (const Screening &s : m_online.startingAfter(QDateTime::currentDateTime(), 500))
            m_screenings << s.id;
        m_screeningsAtMs = nowMs();
    }

    // Seats for a party in one screening, as the local copy shows them: the best side by side
    // online, any of the leased ones offline.
    QList<int> pickSeats(int screeningId, int party, const QString &token, bool offline)
    {
        const auto screening = m_online.screening(screeningId);
        if (!screening)
            return {};
        const RoomLayout layout = m_online.roomLayout(screening->roomId);
        const CatalogRepository &catalog = offline ? m_offline : m_online;
        const QHash<int, SeatState> states = catalog.seatStates(screeningId, token);
        if (!offline) {
            const QList<int> best = SeatSelector::bestAvailable(layout, states, party);
            if (!best.isEmpty())
                return best;
        }
        QList<int> seats;
        for (const Seat &seat : layout.seats()) {
            if (seat.isSellable() && seat.kind != SeatKind::Wheelchair &&
                states.value(seat.id, SeatState::Free) == SeatState::Free) {
                seats << seat.id;
                if (seats.size() == party)
                    break;
            }
        }
        return seats;
    }

    void sellOne()
    {
        refreshScreenings();
        if (m_screenings.isEmpty())
            return;
        const bool offline = !m_linkOnline;
        Sale sale;
        sale.token = QUuid::createUuid().toString(QUuid::Id128);
        const int party = 1 + m_random.bounded(offline ? 2 : 4);
        int screeningId = 0;
        QList<int> seats;
        for (int attempt = 0; attempt < 10 && seats.isEmpty(); ++attempt) {
            screeningId = m_screenings[m_random.bounded(int(m_screenings.size()))];
            seats = pickSeats(screeningId, party, sale.token, offline);
        }
        if (seats.isEmpty()) {
            ++m_nothingFree;
            return;
        }
        const auto held = m_authority.hold(screeningId, seats, sale.token);
        if (!held) {
            note("hold", held.error());
            if (held.error().code() == SaleError::SeatTaken ||
                held.error().code() == SaleError::SeatUnavailable)
                ++m_conflicts;
            else if (isRetryable(held.error()))
                ++m_unreachable;
            else
                ++m_refused;
            // Nothing is held after a refusal; after a lost answer the hold may be on the
            // server, so it is given back (journaled: sent when the link is back).
            if (isRetryable(held.error())) {
                m_pauseUntil = nowMs() + kRetryPauseMs;
                sale.step = Step::Release;
                if (!advance(sale))
                    m_parked.append(sale);
            }
            return;
        }
        sale.request = {
            QUuid::createUuid().toString(QUuid::Id128), screeningId, sale.token, {}, {}, {}};
        for (const int id : std::as_const(seats))
            sale.request.lines.append({id, 1, 0});
        sale.step = Step::Order;
        if (!advance(sale)) {
            ++m_setAside;
            m_pauseUntil = nowMs() + kRetryPauseMs;
            m_parked.append(sale);
        }
    }

    void finish(int pending)
    {
        m_tick.stop();
        if (!m_receiptsPath.isEmpty()) {
            QFile file(m_receiptsPath);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
                for (const Receipt &r : std::as_const(m_receipts))
                    file.write(
                        QStringLiteral("counter\t%1\t%2\t%3\t%4\t%5\n")
                            .arg(r.atMs)
                            .arg(r.orderKey, r.paymentKey)
                            .arg(r.tickets)
                            .arg(r.offline ? QStringLiteral("offline") : QStringLiteral("online"))
                            .toUtf8());
            } else {
                m_exitCode = 1;
            }
        }
        say(QStringLiteral("counter: %1 sales acknowledged online, %2 offline; %3 conflicts, "
                           "%4 refused, %9 holds the server could not answer, %5 sales set "
                           "aside, %6 retries, %7 never answered, %8 times nothing free")
                .arg(m_onlineSales)
                .arg(m_offlineSales)
                .arg(m_conflicts)
                .arg(m_refused)
                .arg(m_setAside)
                .arg(m_retries)
                .arg(m_unanswered + m_parked.size())
                .arg(m_nothingFree)
                .arg(m_unreachable));
        say(QStringLiteral("counter outbox: %1 pending at the end").arg(pending));
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            say(QStringLiteral("  counter error %1x %2").arg(it.value()).arg(it.key()));
        QCoreApplication::exit(m_exitCode);
    }

    TerminalStack &m_stack;
    SalesAuthority &m_authority;
    CatalogRepository m_online;  // the copy as the server last sent it
    CatalogRepository m_offline; // only this terminal's leased seats free
    qint64 m_sellMs;
    QString m_receiptsPath;
    QTimer m_tick;
    QRandomGenerator m_random{20261123};
    bool m_linkOnline = true;
    qint64 m_sellUntil = 0;
    qint64 m_drainUntil = 0;
    qint64 m_pauseUntil = 0;
    bool m_outageSeen = false;
    qint64 m_recoveredAtMs = 0; // the first sale on the server after the last outage
    QList<int> m_screenings;
    qint64 m_screeningsAtMs = 0;
    QList<Sale> m_parked;
    QList<Receipt> m_receipts;
    QMap<QString, qint64> m_errors;
    qint64 m_onlineSales = 0, m_offlineSales = 0, m_conflicts = 0, m_refused = 0, m_setAside = 0,
           m_retries = 0, m_unanswered = 0, m_nothingFree = 0, m_unreachable = 0;
    int m_exitCode = 0;
};

int leasedSeats(const TerminalStack &stack, Database &local)
{
    QSqlQuery q(local.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM holds WHERE hold_token = ? AND expires_at > ?"));
    q.addBindValue(stack.terminal().leaseToken());
    q.addBindValue(nowMs());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-faultcounter"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("One headless counter for fault benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption uriOption(QStringLiteral("uri"), QStringLiteral("Server (libpq URI)."),
                                       QStringLiteral("URI"));
    const QCommandLineOption monitorOption(
        QStringLiteral("monitor-uri"),
        QStringLiteral("Where the heartbeat's age is read (default: --uri)."),
        QStringLiteral("URI"));
    const QCommandLineOption localOption(QStringLiteral("local"),
                                         QStringLiteral("The counter's local copy (a new file)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long to sell."), QStringLiteral("T"),
                                           QStringLiteral("30"));
    const QCommandLineOption leaseOption(QStringLiteral("lease-seats"),
                                         QStringLiteral("Seats leased per screening."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption receiptsOption(QStringLiteral("receipts"),
                                            QStringLiteral("Acknowledged sales go here."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption heartbeatsOption(QStringLiteral("heartbeats"),
                                              QStringLiteral("Heartbeat ages go here."),
                                              QStringLiteral("FILE"));
    parser.addOptions({uriOption, monitorOption, localOption, secondsOption, leaseOption,
                       receiptsOption, heartbeatsOption});
    parser.process(app);
    const QString uri = parser.value(uriOption);
    const QString monitorUri =
        parser.isSet(monitorOption) ? parser.value(monitorOption) : parser.value(uriOption);
    const int seconds = parser.value(secondsOption).toInt();
    const int leaseSeats = parser.value(leaseOption).toInt();
    if (uri.isEmpty() || parser.value(localOption).isEmpty() || seconds < 1) {
        std::fprintf(stderr, "usage: marquee-faultcounter --uri URI --local FILE [--seconds T] "
                             "[--monitor-uri URI] [--lease-seats N] [--receipts FILE] "
                             "[--heartbeats FILE]\n");
        return 2;
    }

    TerminalStack stack;
    if (const auto error = stack.open({uri, parser.value(localOption), QStringLiteral("counter"),
                                       QStringLiteral("fault counter")})) {
        std::fprintf(stderr, "marquee-faultcounter: %s\n", qPrintable(*error));
        return 1;
    }
    if (!stack.server() || stack.serverError()) {
        std::fprintf(stderr, "marquee-faultcounter: the server does not answer: %s\n",
                     qPrintable(stack.serverError().value_or(QString())));
        return 1;
    }
    const int terminalId = stack.terminal().terminalId();
    {
        // What a manager sets: the seats this counter keeps for itself in every screening.
        QSqlQuery q(stack.server()->connection());
        if (!q.exec(QStringLiteral("UPDATE terminals SET lease_seats = %1 WHERE id = %2")
                        .arg(leaseSeats)
                        .arg(terminalId))) {
            std::fprintf(stderr, "marquee-faultcounter: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
    }
    stack.buildSelling();
    ServerLink *link = stack.link();
    Counter counter(stack, qint64(seconds) * 1000, parser.value(receiptsOption));
    HeartbeatMonitor monitor(monitorUri, terminalId, parser.value(heartbeatsOption));
    QObject::connect(link, &ServerLink::stateChanged, &counter,
                     [&counter](ServerLink::State state, const QDateTime &, const QString &detail) {
                         counter.setLinkOnline(state == ServerLink::State::Online);
                         say(QStringLiteral("link %1 %2 %3")
                                 .arg(nowMs())
                                 .arg(stateName(state), detail.simplified()));
                     });
    QObject::connect(link, &ServerLink::outboxChanged, &counter, [](int pending) {
        say(QStringLiteral("outbox %1 %2").arg(nowMs()).arg(pending));
    });
    QObject::connect(link, &ServerLink::outboxRefused, &counter, [](const QString &what) {
        say(QStringLiteral("outbox-refused %1 %2").arg(nowMs()).arg(what.simplified()));
    });

    // Online and holding leases before the first sale, or it is not the test it claims to be.
    QTimer ready;
    const qint64 readyBy = nowMs() + 30'000;
    QObject::connect(&ready, &QTimer::timeout, &counter, [&] {
        const int leased =
            link->state() == ServerLink::State::Online ? leasedSeats(stack, stack.database()) : 0;
        if (leased > 0) {
            ready.stop();
            say(QStringLiteral("READY %1 terminal %2, %3 seats leased")
                    .arg(nowMs())
                    .arg(terminalId)
                    .arg(leased));
            monitor.start();
            counter.start();
        } else if (nowMs() > readyBy) {
            ready.stop();
            std::fprintf(stderr, "marquee-faultcounter: not online with leases after 30 s\n");
            QCoreApplication::exit(1);
        }
    });
    ready.start(100);
    link->start();
    const int code = app.exec();
    monitor.stop();
    return code;
}
