// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatassistant.h"

#include "core/catalog/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

ChatAssistant::ChatAssistant(const CatalogRepository &catalog, std::function<QDateTime()> now,
                             QObject *parent)
    : QObject(parent), m_catalog(catalog),
      m_now(now ? std::move(now) : [] { return QDateTime::currentDateTime(); }),
      m_builtIn(catalog, m_now)
{}

QString ChatAssistant::catalogueFacts() const
{
    const QDateTime now = m_now();
    QStringList lines;
    lines << QStringLiteral("Now: %1.").arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm dddd")));
    for (const TicketType &t : m_catalog.ticketTypes())
        lines << QStringLiteral("Ticket type %1 (%2): %3% of the screening's price%4.")
                     .arg(t.nameEn, t.namePt)
                     .arg(t.percent)
                     .arg(t.isMeia ? QStringLiteral(", with a document shown at the door")
                                   : QString());
    for (const Screening &s : m_catalog.search(QString(), now.date(), now.date().addDays(1), 400)) {
        if (s.startsAt() < now)
            continue;
        lines << QStringLiteral("%1 | %2 | %3 | full price %4 | %5 seats left")
                     .arg(s.filmTitle, s.startsAt().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          s.roomName, Money::format(s.priceCents, QLocale::c()))
                     .arg(s.seatsLeft());
    }
    return lines.join(QLatin1Char('\n'));
}

void ChatAssistant::ask(const QString &question)
{
    if (!m_endpoint.url.isValid() || m_endpoint.url.isEmpty()) {
        Q_EMIT answered(question, m_builtIn.answer(question), false);
        return;
    }
    const QString language = QLocale().language() == QLocale::Portuguese
                                 ? QStringLiteral("Brazilian Portuguese")
                                 : QStringLiteral("English");
    const QString system = QStringLiteral("You help customers at a cinema's self-service kiosk. "
                                          "Answer in %1, in one or two short sentences, using "
                                          "only these facts. If they do not answer the "
                                          "question, say you do not know and that the counter "
                                          "will help.\n")
                               .arg(language) +
                           catalogueFacts();
    const QJsonObject body{
        {QStringLiteral("model"), m_endpoint.model},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), question}}}},
    };
    QNetworkRequest request(m_endpoint.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    request.setTransferTimeout(m_endpoint.timeoutMs);
    QNetworkReply *reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, question] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QString content = json.value(QStringLiteral("choices"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toObject()
                                    .value(QStringLiteral("content"))
                                    .toString()
                                    .trimmed();
        if (reply->error() != QNetworkReply::NoError || content.isEmpty()) {
            // Down, slow, or an answer we cannot read: the built-in one, at once.
            Q_EMIT answered(question, m_builtIn.answer(question), false);
            return;
        }
        Q_EMIT answered(question, {true, content}, true);
    });
}
