// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ticketdocument.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

class Database;
class MailSender;

// What follows a completed sale, for the counter and the kiosk alike: the cash drawer opens
// for cash, the tickets are queued for e-mail when the customer gave an address (one short
// local write; the mail thread renders and sends them), and they are printed when the
// terminal has a ticket printer. Every effect runs off the screen's thread or in one short
// write, and says how it went by a signal; the sale is recorded before any of it.
class AfterSale final : public QObject
{
    Q_OBJECT
public:
    // Prints one sale's tickets on the named printer, on a worker thread: the reason it did
    // not, or empty. Printing to a system printer needs Qt's print support, which is the UI's.
    using PrintJob = std::function<QString(const TicketDocument &document, const QString &printer)>;

    struct Effects
    {
        bool openDrawer = false; // a cash sale at a terminal with a drawer
        QString printer;         // empty: no printing; "pdf:FOLDER" files a PDF there
    };

    explicit AfterSale(const Database &local, QObject *parent = nullptr);

    // Sends the queued mail at once; without one it waits in the queue until one runs.
    void setMailSender(MailSender *sender);
    bool hasMailSender() const { return !m_mailSender.isNull(); }
    void setPrintJob(PrintJob job) { m_printJob = std::move(job); }

    // Starts the effects of a sale whose tickets these are.
    void fulfil(const TicketDocument::Content &tickets, const Effects &effects);
    // Queues the tickets of a sale again, to its address or another one (mailQueued or
    // mailNotQueued says how it went). Every call is one more mail.
    void resend(TicketDocument::Content tickets, const QString &recipient);

    // Writes the tickets as a PDF in the folder of a "pdf:FOLDER" printer, or prints them with
    // the print job. Blocking: for a worker thread.
    static QString print(const TicketDocument::Content &tickets, const QString &printer,
                         const PrintJob &job);

Q_SIGNALS:
    void drawerFailed(const QString &reason);
    // The mail is in the queue (id), or could not be put there (the tickets are still sold).
    void mailQueued(qint64 id, const QString &recipient);
    void mailNotQueued(const QString &recipient, const QString &reason);
    // From the mail sender, for any mail of this terminal's queue.
    void mailDelivered(qint64 id, const QString &recipient);
    void mailFailed(qint64 id, const QString &recipient, const QString &reason);
    void printing(int orderId);
    // error empty: printed.
    void printed(int orderId, const QString &error);

private:
    const Database &m_local;
    QPointer<MailSender> m_mailSender;
    PrintJob m_printJob;
};
