// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingdefinition.h"

#include <QUrl>

namespace {
SettingDefinition number(const char *key, const QString &group, const QString &title,
                         const QString &about, int minimum, int maximum, int fallback)
{
    return {QString::fromLatin1(key),        group,   title,   about,
            SettingDefinition::Kind::Number, minimum, maximum, {},
            QString::number(fallback)};
}
SettingDefinition text(const char *key, const QString &group, const QString &title,
                       const QString &about,
                       SettingDefinition::Kind kind = SettingDefinition::Kind::Text)
{
    return {QString::fromLatin1(key), group, title, about, kind, 0, 0, {}, QString()};
}
} // namespace

QList<SettingDefinition> SettingDefinition::all()
{
    const QString selling = tr("Selling");
    const QString counter = tr("Counter");
    const QString gate = tr("Gate");
    const QString copies = tr("Server and copies");
    const QString mail = tr("E-mail");
    const QString kiosk = tr("Kiosk");
    const QString cards = tr("Cards");
    return {
        number("hold_minutes", selling, tr("Seats held for (minutes)"),
               tr("How long chosen seats stay held while the customer decides; never more than "
                  "the hard maximum."),
               1, 120, 15),
        number("hold_max_minutes", selling, tr("Hard maximum of a hold (minutes)"),
               tr("No hold lasts longer, whatever else is set."), 1, 120, 30),
        number("meia_cap_percent", selling, tr("Meia-entrada share (%)"),
               tr("The share of a screening's seats that may be sold as meia-entrada; a "
                  "screening can override it."),
               0, 100, 40),
        number("max_tickets_per_cpf", selling, tr("Tickets per CPF and screening"),
               tr("The most tickets one CPF may buy for one screening."), 1, 100, 10),
        number("max_seats_per_sale", selling, tr("Seats per sale"),
               tr("The most seats one sale may hold."), 1, 100, 20),
        number("refund_after_start_minutes", selling, tr("Refunds after the start (minutes)"),
               tr("How long after a screening begins a cashier may still give its tickets "
                  "back; later, a manager's PIN is needed."),
               0, 600, 0),
        number("refund_limit_cents", selling, tr("Refund a cashier gives alone (cents)"),
               tr("Above this amount, or for a sale of an earlier day, a refund needs a "
                  "manager's PIN."),
               0, 10000000, 20000),
        SettingDefinition{QStringLiteral("stranded_seat_policy"),
                          selling,
                          tr("A single seat left alone"),
                          tr("warn: the cashier is told; forbid: such a choice is refused."),
                          Kind::Choice,
                          0,
                          0,
                          {QStringLiteral("warn"), QStringLiteral("forbid")},
                          QStringLiteral("warn")},
        number("counter_lock_minutes", counter, tr("Lock the counter after (minutes)"),
               tr("Without input for this long the counter locks itself; 0 never."), 0, 240, 5),
        text("cash_drawer", counter, tr("Cash drawer device"),
             tr("The device of the printer that opens the cash drawer, such as /dev/usb/lp0.")),
        number("gate_opens_minutes_before", gate, tr("Doors open (minutes before)"),
               tr("How early before a screening its tickets are let in."), 0, 600, 60),
        number("gate_closes_minutes_after", gate, tr("Doors close (minutes after)"),
               tr("How late after a screening starts its tickets are still let in."), 0, 600, 30),
        number("lease_return_minutes", copies, tr("Leases return (minutes before)"),
               tr("How long before a screening the seats leased to terminals go back to the "
                  "server."),
               0, 1440, 60),
        number("replica_days", copies, tr("Days kept in each copy"),
               tr("How many days ahead each terminal keeps in its local copy."), 1, 60, 7),
        text("smtp_url", mail, tr("SMTP server"),
             tr("Where tickets are e-mailed from, such as smtps://mail.example.com:465."),
             Kind::Url),
        text("smtp_from", mail, tr("Sender address"), tr("The address tickets come from.")),
        text("smtp_user", mail, tr("SMTP user"), tr("The login at the SMTP server.")),
        text("smtp_password", mail, tr("SMTP password"), tr("Kept in the store as typed."),
             Kind::Secret),
        number("kiosk_idle_seconds", kiosk, tr("Kiosk idle time (seconds)"),
               tr("After this long untouched the kiosk asks whether someone is still there."), 15,
               600, 60),
        text("kiosk_printer", kiosk, tr("Kiosk printer"),
             tr("The system printer the kiosk prints tickets on.")),
        text("assistant_url", kiosk, tr("Assistant address"),
             tr("The chat service of the kiosk's assistant."), Kind::Url),
        text("assistant_key", kiosk, tr("Assistant key"), tr("Its API key."), Kind::Secret),
        text("assistant_model", kiosk, tr("Assistant model"), tr("The model it asks.")),
        text("stripe_key", cards, tr("Stripe secret key"),
             tr("For card readers through Stripe Terminal."), Kind::Secret),
        text("stripe_currency", cards, tr("Card currency"),
             tr("The currency Stripe charges in, such as brl.")),
        text("stripe_url", cards, tr("Stripe address"), tr("Stripe's API, or a test server."),
             Kind::Url),
    };
}

std::optional<SettingDefinition> SettingDefinition::find(const QString &key)
{
    for (const SettingDefinition &d : all()) {
        if (d.key == key)
            return d;
    }
    return std::nullopt;
}

std::optional<QString>
SettingDefinition::problem(const QString &key, const QString &value,
                           const std::function<QString(const QString &)> &current)
{
    const auto d = find(key);
    if (!d)
        return tr("There is no setting %1.").arg(key);
    const QString v = value.trimmed();
    switch (d->kind) {
    case Kind::Number: {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < d->minimum || n > d->maximum)
            return tr("%1 is a whole number from %2 to %3.")
                .arg(d->title)
                .arg(d->minimum)
                .arg(d->maximum);
        const auto other = [&](const char *name) {
            const QString text = current(QString::fromLatin1(name));
            return text.isEmpty() ? find(QString::fromLatin1(name))->fallback.toInt()
                                  : text.toInt();
        };
        if (key == QLatin1String("hold_minutes") && n > other("hold_max_minutes"))
            return tr("A hold cannot be longer than the hard maximum, %n minute(s).", nullptr,
                      other("hold_max_minutes"));
        if (key == QLatin1String("hold_max_minutes") && n < other("hold_minutes"))
            return tr("The hard maximum cannot be shorter than the hold itself, %n minute(s).",
                      nullptr, other("hold_minutes"));
        return std::nullopt;
    }
    case Kind::Choice:
        if (!d->choices.contains(v))
            return tr("%1 is one of: %2.").arg(d->title, d->choices.join(QStringLiteral(", ")));
        return std::nullopt;
    case Kind::Url: {
        if (v.isEmpty())
            return std::nullopt; // not set
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return tr("%1 is an address such as %2.")
                .arg(d->title, key == QLatin1String("smtp_url")
                                   ? QStringLiteral("smtps://mail.example.com:465")
                                   : QStringLiteral("https://api.example.com"));
        if (key == QLatin1String("smtp_url") && url.scheme() != QLatin1String("smtp") &&
            url.scheme() != QLatin1String("smtps"))
            return tr("An SMTP server's address starts with smtp:// or smtps://.");
        return std::nullopt;
    }
    case Kind::Text:
    case Kind::Secret:
        return std::nullopt;
    }
    return std::nullopt;
}
