// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QTranslator &marqueeTranslator()
{
    static QTranslator translator;
    return translator;
}
QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}
} // namespace

void InterfaceLanguage::apply(const QLocale &locale)
{
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&marqueeTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    if (marqueeTranslator().load(locale, QStringLiteral("marquee"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&marqueeTranslator());
    if (qtTranslator().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
}

QLocale InterfaceLanguage::current()
{
    return QLocale();
}
