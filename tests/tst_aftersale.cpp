// SPDX-License-Identifier: GPL-3.0-or-later
// What follows a sale, without a window: the e-mail queued, the tickets printed to a PDF
// folder or refused by a printer that is not there, a drawer that cannot open.
#include "core/aftersale/aftersale.h"
#include "core/catalog/catalogrepository.h"
#include "core/mail/mailqueue.h"
#include "core/store/storesettings.h"
#include "salehelpers.h"
#include "testdatabase.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace TestHelpers;

namespace {
TicketDocument::Content soldTickets(TestDatabase &t, const QString &email)
{
    const Screening screening = freshScreening(*t.database);
    const auto sale = sellFullPrice(*t.database, *t.authority, screening.id, 2);
    if (!sale)
        return {};
    TicketDocument::Content content = TicketDocument::contentOf(
        *sale, screening, CatalogRepository(*t.database).ticketTypes(), t.identity.name());
    content.receipt.order.email = email;
    return content;
}
} // namespace

class TestAfterSale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailIsQueuedAndTicketsFiledAsPdf()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, QStringLiteral("ana@example.com"));
        QCOMPARE(tickets.receipt.tickets.size(), 2);
        QTemporaryDir folder;
        AfterSale after(*t.database);
        QSignalSpy queued(&after, &AfterSale::mailQueued);
        QSignalSpy printed(&after, &AfterSale::printed);
        after.fulfil(tickets, {false, QStringLiteral("pdf:") + folder.path()});
        // Queued at once, in the store's own queue, for the mail thread to send.
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued.at(0).at(0).toLongLong() > 0);
        QCOMPARE(queued.at(0).at(1).toString(), QStringLiteral("ana@example.com"));
        QCOMPARE(MailQueue(*t.database).pendingCount(), 1);
        // Printed on a worker thread: the file is there when it says so.
        QVERIFY(printed.wait(10000));
        QCOMPARE(printed.at(0).at(0).toInt(), tickets.receipt.order.id);
        QCOMPARE(printed.at(0).at(1).toString(), QString());
        const QString pdf =
            QDir(folder.path())
                .filePath(QStringLiteral("tickets-%1.pdf").arg(tickets.receipt.order.id));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // A sale without an address sends nothing; a printer nobody can reach says why.
    void noMailWithoutAnAddressAndAMissingPrinterSaysSo()
    {
        TestDatabase t;
        const auto tickets = soldTickets(t, QString());
        AfterSale after(*t.database);
        QSignalSpy queued(&after, &AfterSale::mailQueued);
        QSignalSpy printed(&after, &AfterSale::printed);
        after.setPrintJob([](const TicketDocument &, const QString &printer) -> QString {
            return QStringLiteral("no printer called ") + printer;
        });
        after.fulfil(tickets, {false, QStringLiteral("Sala de espera")});
        QVERIFY(printed.wait(10000));
        QCOMPARE(printed.at(0).at(1).toString(),
                 QStringLiteral("no printer called Sala de espera"));
        QCOMPARE(queued.size(), 0);
        QCOMPARE(MailQueue(*t.database).pendingCount(), 0);
    }

    // Tried: a cash sale at a counter whose drawer device cannot be opened. The sale stands;
    // the cashier is told the drawer did not open.
    void aDrawerThatCannotOpenIsReported()
    {
        TestDatabase t;
        QVERIFY(StoreSettings(*t.database)
                    .setValue(QStringLiteral("cash_drawer"), QStringLiteral("/nonexistent/lp0")));
        const auto tickets = soldTickets(t, QString());
        AfterSale after(*t.database);
        QSignalSpy failed(&after, &AfterSale::drawerFailed);
        after.fulfil(tickets, {true, QString()});
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        // Not for a card sale.
        after.fulfil(tickets, {false, QString()});
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_MAIN(TestAfterSale)
#include "tst_aftersale.moc"
