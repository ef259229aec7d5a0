// SPDX-License-Identifier: GPL-3.0-or-later
#include "aftersale.h"

#include "core/mail/mailqueue.h"
#include "core/mail/mailsender.h"
#include "core/payments/cashdrawer.h"

#include <QDir>
#include <QFutureWatcher>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

AfterSale::AfterSale(const Database &local, QObject *parent) : QObject(parent), m_local(local) {}

void AfterSale::setMailSender(MailSender *sender)
{
    if (m_mailSender)
        disconnect(m_mailSender, nullptr, this, nullptr);
    m_mailSender = sender;
    if (!sender)
        return;
    connect(sender, &MailSender::delivered, this, &AfterSale::mailDelivered);
    connect(sender, &MailSender::failed, this, &AfterSale::mailFailed);
}

void AfterSale::fulfil(const TicketDocument::Content &tickets, const Effects &effects)
{
    if (effects.openDrawer) {
        const CashDrawer drawer = CashDrawer::fromSettings(m_local);
        if (drawer.isConfigured())
            drawer.open(this, [this](const std::optional<QString> &error) {
                if (error)
                    Q_EMIT drawerFailed(*error);
            });
    }
    const QString recipient = tickets.receipt.order.email;
    if (!recipient.isEmpty()) {
        qint64 id = 0;
        if (const auto error = MailQueue(m_local).enqueueTickets(tickets, recipient, &id)) {
            Q_EMIT mailNotQueued(recipient, *error);
        } else {
            Q_EMIT mailQueued(id, recipient);
            if (m_mailSender)
                m_mailSender->wake();
        }
    }
    if (!effects.printer.isEmpty()) {
        const int orderId = tickets.receipt.order.id;
        Q_EMIT printing(orderId);
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, orderId] {
            Q_EMIT printed(orderId, watcher->result());
            watcher->deleteLater();
        });
        // Paging and printing take seconds: never on the screen's thread.
        watcher->setFuture(
            QtConcurrent::run(&AfterSale::print, tickets, effects.printer, m_printJob));
    }
}

void AfterSale::resend(TicketDocument::Content tickets, const QString &recipient)
{
    // The queue sends one mail per sale key: a resend is a mail of its own.
    tickets.receipt.order.idempotencyKey =
        QStringLiteral("resend:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 id = 0;
    if (const auto error = MailQueue(m_local).enqueueTickets(tickets, recipient, &id)) {
        Q_EMIT mailNotQueued(recipient, *error);
        return;
    }
    Q_EMIT mailQueued(id, recipient);
    if (m_mailSender)
        m_mailSender->wake();
}

QString AfterSale::print(const TicketDocument::Content &tickets, const QString &printer,
                         const PrintJob &job)
{
    const TicketDocument document(tickets);
    // "pdf:FOLDER" files each sale's tickets there instead (a shared folder a print server
    // watches, or a test).
    if (printer.startsWith(QLatin1String("pdf:"))) {
        const QString path =
            QDir(printer.mid(4))
                .filePath(QStringLiteral("tickets-%1.pdf").arg(tickets.receipt.order.id));
        return document.writePdf(path);
    }
    if (!job)
        return QCoreApplication::translate("AfterSale", "this terminal cannot print to %1")
            .arg(printer);
    return job(document, printer);
}
