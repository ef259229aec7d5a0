// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <optional>

class StoreSettings;

// Sends one message (a plain-text body and one attachment) to an SMTP server through libcurl,
// which speaks SMTP, STARTTLS/SMTPS, MIME and base64 for us. Blocking, for as long as the
// server takes (bounded by the timeouts): call it from a worker thread, never the UI's.
// One instance may be used from one thread at a time.
class SmtpMailer
{
    Q_DECLARE_TR_FUNCTIONS(SmtpMailer)
public:
    // The store's settings smtp_url (smtp://host:port, or smtps:// for TLS from the start;
    // smtp:// upgrades with STARTTLS when the server offers it), smtp_from ("Name <address>" or
    // an address), and the optional smtp_user / smtp_password.
    struct Settings
    {
        QString url;
        QString from;
        QString user;
        QString password;

        static Settings fromStore(const StoreSettings &store);
        bool isComplete() const { return !url.isEmpty() && !from.isEmpty(); }
    };

    struct Message
    {
        QString to;
        QString subject;
        QString body;
        QByteArray attachment;
        QString attachmentName;
        QString attachmentType = QStringLiteral("application/pdf");
    };

    struct Error
    {
        QString message; // translated, with the server's own answer when there was one
        // The server refused this message for good (a 5xx answer such as an unknown
        // recipient): sending it again would get the same answer. Anything else — no
        // connection, a timeout, a 4xx "try later" — may work on a later attempt.
        bool permanent = false;
        int smtpCode = 0; // the server's last reply code, 0 when it never answered
    };

    explicit SmtpMailer(Settings settings);

    // Gives up after this long without a connection, or this long for the whole message.
    void setTimeouts(int connectSeconds, int totalSeconds);
    // While *flag is true a send in progress stops within about a second (when the program
    // quits); the flag must outlive the mailer.
    void setCancelFlag(const std::atomic<bool> *flag) { m_cancel = flag; }

    std::optional<Error> send(const Message &message) const;

    // The bare address of "Name <address>" or of an address.
    static QString addressOf(const QString &mailbox);
    // A header value as RFC 2047 encoded words (=?UTF-8?B?…?=), each at most 75 characters and
    // never splitting a character, so any language survives any mail server.
    static QByteArray encodedWords(const QString &text);

private:
    Settings m_settings;
    int m_connectSeconds = 15;
    int m_totalSeconds = 120;
    const std::atomic<bool> *m_cancel = nullptr;
};
