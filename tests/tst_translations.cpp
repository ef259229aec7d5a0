// SPDX-License-Identifier: GPL-3.0-or-later
// Every string a user can see has a Portuguese translation, and the build embeds it.
#include "core/sales/saleerror.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void portugueseIsComplete()
    {
        QFile ts(QStringLiteral(MARQUEE_TS_DIR "/marquee_pt_BR.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }

    void embeddedCatalogueTranslatesAtRunTime()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("pt_BR")), QStringLiteral("marquee"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QString message = SaleError::invalidCpf().message();
        QVERIFY2(message.contains(QStringLiteral("CPF")) &&
                     !message.contains(QStringLiteral("not valid")),
                 qPrintable(message));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(SaleError::invalidCpf().message().contains(QStringLiteral("not valid")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
