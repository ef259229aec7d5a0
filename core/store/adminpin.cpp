// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminpin.h"

#include "core/store/storesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <sodium.h>

namespace {
const QString kKey = QStringLiteral("kiosk_admin_pin_hash");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

QString AdminPin::settingKey()
{
    return kKey;
}

std::optional<QString> AdminPin::problem(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,12}$"));
    if (!digits.match(pin).hasMatch())
        return QCoreApplication::translate("AdminPin", "The PIN must be 4 to 12 digits.");
    return std::nullopt;
}

std::optional<QString> AdminPin::set(const QString &pin)
{
    if (auto bad = problem(pin))
        return bad;
    if (!sodiumReady())
        return QStringLiteral("libsodium could not start");
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = pin.toUtf8();
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return QStringLiteral("out of memory hashing the PIN");
    if (!StoreSettings(m_database).setValue(kKey, QString::fromLatin1(hash)))
        return QCoreApplication::translate("AdminPin", "The PIN could not be saved.");
    return std::nullopt;
}

bool AdminPin::isSet() const
{
    return !StoreSettings(m_database).value(kKey).isEmpty();
}

bool AdminPin::verify(const QString &pin) const
{
    const QByteArray hash = StoreSettings(m_database).value(kKey).toLatin1();
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}
