// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ticketdocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

class Database;

// The terminal's queue of e-mails to send (schema 7's mail_queue, in its own SQLite file).
// The counter adds a row when a sale completes, in one short transaction, and goes on; the
// mail worker (MailSender) renders and sends each row on its own thread, and records here how
// it went. Every call uses the calling thread's connection to the store.
class MailQueue
{
    Q_DECLARE_TR_FUNCTIONS(MailQueue)
public:
    enum class Status { Pending, Sent, Failed };

    struct Entry
    {
        qint64 id = 0;
        qint64 createdAtMs = 0;
        QString recipient;
        QString language; // "pt_BR" or "en"
        QString subject;
        QString body;
        QString attachmentName;
        QJsonObject content; // TicketDocument::contentToJson
        int attempts = 0;
        qint64 nextAttemptAtMs = 0;
        QString lastError;
        Status status = Status::Pending;
        qint64 sentAtMs = 0;
        QByteArray pdf; // empty until the first attempt made it
    };

    explicit MailQueue(const Database &database) : m_database(database) {}

    // Queues the sale's tickets for the customer: the subject, the body and the attachment's
    // name are written now, in the interface's current language (the customer's, at the
    // moment of the sale); the PDF is made when the mail is sent. Returns an error message,
    // or nothing (and the row's id in *id when asked). An order already queued is not queued
    // again: the sale and the outbox's replay of it may both ask.
    std::optional<QString> enqueueTickets(const TicketDocument::Content &content,
                                          const QString &recipient, qint64 *id = nullptr);

    // The same for a sale completed away from the screen that would have queued it (the
    // outbox's replay, the card payment sweep): its screening comes from this store's copy of
    // the catalogue. Nothing to do without an e-mail address.
    std::optional<QString> enqueueReceipt(const SaleReceipt &receipt, const QString &terminalName);

    std::optional<Entry> entry(qint64 id) const;
    // Pending rows whose next attempt is due at nowMs, oldest first.
    QList<Entry> due(qint64 nowMs, int limit = 20) const;
    int pendingCount() const;
    // When the earliest pending row is next due; nothing when none is pending.
    std::optional<qint64> nextAttemptAt() const;

    // Takes a due row for one send: nobody else sends it before untilMs. False when another
    // sender (another program on the same file) took it first.
    bool claim(qint64 id, qint64 nowMs, qint64 untilMs);
    // The PDF as first made, so a retry sends the same one, in the sale's language.
    bool keepPdf(qint64 id, const QByteArray &pdf);
    bool markSent(qint64 id, qint64 nowMs);
    // A failure that may pass: counted, and tried again at retryAtMs.
    bool scheduleRetry(qint64 id, const QString &error, qint64 retryAtMs);
    // Given up: kept with the reason for a person to see, never tried again.
    bool markFailed(qint64 id, const QString &reason);

    // The language code kept with a row for a locale: Portuguese is "pt_BR", anything else
    // the English the sources are written in.
    static QString languageCode(const QLocale &locale);
    static QString statusCode(Status status);

private:
    const Database &m_database;
};
