// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/catalogassistant.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

// The kiosk's assistant with, optionally, a language model behind it: an OpenAI-compatible
// chat-completions endpoint (a setting; none by default), given the coming screenings, prices
// and seats left as facts, and told to answer only from them. Whenever the endpoint is not set,
// does not answer in time, or fails, the built-in CatalogAssistant answers instead, so the
// person at the kiosk always gets a reply. Asynchronous: the UI never waits on the network.
class ChatAssistant final : public QObject
{
    Q_OBJECT

public:
    struct Endpoint
    {
        QUrl url; // e.g. http://localhost:8080/v1/chat/completions
        QString apiKey;
        QString model;
        int timeoutMs = 6000;
    };

    ChatAssistant(const CatalogRepository &catalog, std::function<QDateTime()> now = {},
                  QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint) { m_endpoint = endpoint; }
    // One question; answered() comes once, from the endpoint or from the built-in answers.
    void ask(const QString &question);

    // What the model is told about the cinema: the next two days' screenings, prices, seats.
    QString catalogueFacts() const;

Q_SIGNALS:
    void answered(const QString &question, const CatalogAssistant::Answer &answer, bool fromModel);

private:
    const CatalogRepository &m_catalog;
    std::function<QDateTime()> m_now;
    CatalogAssistant m_builtIn;
    Endpoint m_endpoint;
    QNetworkAccessManager m_network;
};
