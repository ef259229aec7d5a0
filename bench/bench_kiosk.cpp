// SPDX-License-Identifier: GPL-3.0-or-later
// How long the kiosk takes to show each step: the page made, laid out and painted (grab()),
// at 1280×800, on the demo cinema (4 rooms, 129 screenings a week) and on a 20-times busier
// one (2,580 screenings a week, as a large multiplex). Baseline in the same run: painting the
// attract page again without making it.
//   QT_QPA_PLATFORM=offscreen build/bench/bench_kiosk
#include "core/demo/demodata.h"
#include "core/payments/simulatedcardterminal.h"
#include "core/sales/salesession.h"
#include "core/sales/sqlsalesauthority.h"
#include "core/store/database.h"
#include "core/store/terminalidentity.h"
#include "latency.h"
#include "ui/kiosk/kioskwindow.h"

#include <QApplication>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::optional<TerminalIdentity> identity;
    std::unique_ptr<SqlSalesAuthority> authority;

    bool open(int copies)
    {
        database = std::make_unique<Database>(dir.filePath(QStringLiteral("kiosk.sqlite")));
        if (database->open() || DemoData::populate(*database, QDate::currentDate()))
            return false;
        identity = TerminalIdentity::loadOrCreate(*database, QStringLiteral("Totem"),
                                                  QStringLiteral("kiosk"));
        if (!identity)
            return false;
        // More screenings in the same rooms, a few minutes apart: a busier programme.
        QSqlQuery q(database->connection());
        for (int copy = 1; copy < copies; ++copy) {
            if (!q.exec(QStringLiteral(
                            "INSERT INTO screenings (film_id, room_id, starts_at, local_date, "
                            "price_cents, meia_cap_percent, seat_count, sold_count) "
                            "SELECT film_id, room_id, starts_at + %1, local_date, price_cents, "
                            "meia_cap_percent, seat_count, 0 FROM screenings WHERE id <= 129")
                            .arg(copy * 60000)))
                return false;
        }
        authority = std::make_unique<SqlSalesAuthority>(*database, *identity);
        return true;
    }
};

void measure(const QString &label, int copies)
{
    Store store;
    if (!store.open(copies)) {
        std::printf("could not make the %s store\n", qPrintable(label));
        return;
    }
    SimulatedCardTerminal card(0);
    KioskWindow kiosk(*store.database, *store.authority, card, *store.identity);
    kiosk.resize(1280, 800);
    kiosk.show();
    QApplication::processEvents();
    const auto shown = [&kiosk](KioskWindow::Step step) {
        kiosk.showStep(step);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return kiosk.grab();
    };
    const int samples = 41;
    // The baseline: the attract page, already made, painted again.
    reportLatency(label + QStringLiteral(": paint only (baseline)"), samples,
                  [&kiosk] { return kiosk.grab(); });
    reportLatency(label + QStringLiteral(": attract"), samples,
                  [&] { shown(KioskWindow::Step::Attract); });
    reportLatency(label + QStringLiteral(": films"), samples,
                  [&] { shown(KioskWindow::Step::Films); });
    // A film's times: the film of the first tile.
    for (QPushButton *b : kiosk.findChildren<QPushButton *>(QStringLiteral("film"))) {
        if (b->isVisible()) {
            b->click();
            break;
        }
    }
    reportLatency(label + QStringLiteral(": a film's times"), samples,
                  [&] { shown(KioskWindow::Step::Screenings); });
    kiosk.showStep(KioskWindow::Step::Attract);
    for (QPushButton *b : kiosk.findChildren<QPushButton *>(QStringLiteral("screening"))) {
        if (b->isVisible()) {
            b->click();
            break;
        }
    }
    kiosk.sale().selectBestAvailable(2);
    reportLatency(label + QStringLiteral(": seats (map)"), samples,
                  [&] { shown(KioskWindow::Step::Seats); });
    reportLatency(label + QStringLiteral(": ticket types"), samples,
                  [&] { shown(KioskWindow::Step::Types); });
    reportLatency(label + QStringLiteral(": details (keypad)"), samples,
                  [&] { shown(KioskWindow::Step::Details); });
    reportLatency(label + QStringLiteral(": payment"), samples,
                  [&] { shown(KioskWindow::Step::Payment); });
    reportLatency(label + QStringLiteral(": help (keyboard)"), samples,
                  [&] { shown(KioskWindow::Step::Help); });
    kiosk.startOver();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    measure(QStringLiteral("demo, 129 a week"), 1);
    measure(QStringLiteral("multiplex, 2,580 a week"), 20);
    return 0;
}
