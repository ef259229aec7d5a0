// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpmailer.h"

#include "core/store/storesettings.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcSmtp, "marquee.smtp")

namespace {
struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

// curl_global_init is not safe to run twice at once, and every handle needs it done first.
void initializeCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (const CURLcode rc = curl_global_init(CURL_GLOBAL_DEFAULT); rc != CURLE_OK)
            qCWarning(lcSmtp) << "curl_global_init failed:" << curl_easy_strerror(rc);
    });
}

// The server's last complaint (a 4xx or 5xx reply), for the error message: curl's own only
// says which command failed, and the QUIT that follows would overwrite a plain "last reply".
int keepLastComplaint(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN && size > 0 && (data[0] == '4' || data[0] == '5'))
        *static_cast<QByteArray *>(user) = QByteArray(data, qsizetype(size)).trimmed();
    return 0;
}

int checkCancelled(void *flag, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic<bool> *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Nothing that could end a header line or an SMTP command, and one @.
bool isUsableAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s<>\",;]+@[^@\\s<>\",;]+$"));
    return pattern.match(address).hasMatch();
}

// RFC 5322 date, always in UTC so no time-zone database is needed.
QByteArray rfc5322Date(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() +
           " +0000";
}

QByteArray fromHeader(const QString &mailbox)
{
    const QString address = SmtpMailer::addressOf(mailbox);
    QString name = mailbox.section(QLatin1Char('<'), 0, 0).trimmed();
    if (!mailbox.contains(QLatin1Char('<')) || name.isEmpty())
        return address.toUtf8();
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2);
    if (isPlainAscii(name) && !name.contains(QLatin1Char('"')) && !name.contains(QLatin1Char('\\')))
        return '"' + name.toLatin1() + "\" <" + address.toUtf8() + '>';
    return SmtpMailer::encodedWords(name) + " <" + address.toUtf8() + '>';
}
} // namespace

SmtpMailer::Settings SmtpMailer::Settings::fromStore(const StoreSettings &store)
{
    return {store.value(QStringLiteral("smtp_url")).trimmed(),
            store.value(QStringLiteral("smtp_from")).trimmed(),
            store.value(QStringLiteral("smtp_user")), store.value(QStringLiteral("smtp_password"))};
}

SmtpMailer::SmtpMailer(Settings settings) : m_settings(std::move(settings))
{
    initializeCurlOnce();
}

void SmtpMailer::setTimeouts(int connectSeconds, int totalSeconds)
{
    m_connectSeconds = connectSeconds;
    m_totalSeconds = totalSeconds;
}

QString SmtpMailer::addressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.lastIndexOf(QLatin1Char('>'));
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

QByteArray SmtpMailer::encodedWords(const QString &text)
{
    // 75 characters a word less "=?UTF-8?B?" and "?=" leave 63 for base64: 45 bytes of UTF-8.
    constexpr qsizetype kBytesPerWord = 45;
    QString flat = text;
    flat.replace(QRegularExpression(QStringLiteral("[\\r\\n\\t]+")), QStringLiteral(" "));
    QByteArrayList words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << QByteArray("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    const QList<uint> codePoints = flat.toUcs4();
    for (const uint cp : codePoints) {
        const QByteArray bytes =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1).toUtf8();
        if (chunk.size() + bytes.size() > kBytesPerWord)
            flush();
        chunk += bytes;
    }
    flush();
    // Readers join adjacent encoded words and drop the space between them.
    return words.join(' ');
}

std::optional<SmtpMailer::Error> SmtpMailer::send(const Message &message) const
{
    if (!m_settings.isComplete())
        return Error{tr("E-mail is not set up: the store needs smtp_url and smtp_from."), false, 0};
    const QString from = addressOf(m_settings.from);
    if (!isUsableAddress(from))
        return Error{tr("The sender address %1 (smtp_from) is not valid.").arg(m_settings.from),
                     false, 0};
    const QString to = message.to.trimmed();
    if (!isUsableAddress(to))
        return Error{tr("%1 is not an e-mail address.").arg(message.to), true, 0};

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Error{tr("The mail library could not start."), false, 0};
    CURL *c = curl.get();

    const QByteArray url = m_settings.url.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    const QByteArray mailFrom = '<' + from.toUtf8() + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients(
        curl_slist_append(nullptr, QByteArray('<' + to.toUtf8() + '>').constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    // smtp:// goes encrypted whenever the server offers STARTTLS; smtps:// always is. With a
    // password to send, encryption is required: a stripped STARTTLS offer must not put it on the
    // wire in the clear.
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     long(m_settings.user.isEmpty() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    // Closed at once after the message, without waiting on the server's answer to QUIT.
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
    // Worker threads: no SIGALRM for name look-up timeouts.
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_connectSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_totalSeconds));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    QByteArray complaint;
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, keepLastComplaint);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &complaint);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds the debug function; prints nothing
    if (m_cancel) {
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, checkCancelled);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, m_cancel);
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    }

    const QString domain = from.section(QLatin1Char('@'), 1);
    const QByteArrayList headerLines{
        "Date: " + rfc5322Date(QDateTime::currentDateTimeUtc()),
        "From: " + fromHeader(m_settings.from),
        "To: <" + to.toUtf8() + '>',
        "Subject: " + encodedWords(message.subject),
        "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' +
            domain.toUtf8() + '>',
    };
    std::unique_ptr<curl_slist, CurlDeleter> headers;
    for (const QByteArray &line : headerLines)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(c));
    // Quoted-printable wants CRLF line ends; a bare LF would be encoded as =0A.
    QString bodyText = message.body;
    bodyText.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    bodyText.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray body = bodyText.toUtf8();
    curl_mimepart *text = curl_mime_addpart(mime.get());
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    if (!message.attachment.isEmpty()) {
        curl_mimepart *file = curl_mime_addpart(mime.get());
        curl_mime_data(file, message.attachment.constData(), size_t(message.attachment.size()));
        curl_mime_type(file, message.attachmentType.toLatin1().constData());
        curl_mime_filename(file, message.attachmentName.toUtf8().constData());
        curl_mime_encoder(file, "base64");
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode rc = curl_easy_perform(c);
    if (rc == CURLE_OK) {
        qCInfo(lcSmtp) << "sent to" << to;
        return std::nullopt;
    }
    long code = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
    Error error;
    error.smtpCode = int(code);
    QString detail = errorBuffer[0] ? QString::fromUtf8(errorBuffer).trimmed()
                                    : QString::fromUtf8(curl_easy_strerror(rc));
    if (!complaint.isEmpty())
        detail = tr("%1 (the server said: %2)").arg(detail, QString::fromUtf8(complaint));
    // Authentication answers (530, 534, 535, 538) are about this terminal's settings, not
    // the message: once someone fixes them, the same message goes through.
    const bool authentication =
        rc == CURLE_LOGIN_DENIED || code == 530 || code == 534 || code == 535 || code == 538;
    error.permanent = code >= 500 && code < 600 && !authentication &&
                      rc != CURLE_ABORTED_BY_CALLBACK && rc != CURLE_OPERATION_TIMEDOUT;
    if (error.permanent)
        error.message = tr("The mail server refused the message: %1").arg(detail);
    else if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
             (rc == CURLE_OPERATION_TIMEDOUT && code == 0))
        error.message = tr("The mail server cannot be reached: %1").arg(detail);
    else
        error.message = tr("The mail could not be sent: %1").arg(detail);
    qCWarning(lcSmtp) << "not sent to" << to << error.message;
    return error;
}
