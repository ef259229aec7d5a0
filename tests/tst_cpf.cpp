// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/cpf.h"

#include <QTest>

class TestCpf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validity_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("formatted valid") << "529.982.247-25" << true;
        QTest::newRow("digits only valid") << "52998224725" << true;
        QTest::newRow("another valid, first check digit 0") << "111.444.777-35" << true;
        QTest::newRow("spaces around") << "  529 982 247 25 " << true;
        QTest::newRow("wrong first check digit") << "529.982.247-35" << false;
        QTest::newRow("wrong second check digit") << "529.982.247-26" << false;
        QTest::newRow("all zeros") << "000.000.000-00" << false;
        QTest::newRow("all same digit") << "111.111.111-11" << false;
        QTest::newRow("all nines") << "99999999999" << false;
        QTest::newRow("too short") << "5299822472" << false;
        QTest::newRow("too long") << "529982247255" << false;
        QTest::newRow("letters") << "529.982.247-2A" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٥٢٩٩٨٢٢٤٧٢٥") << false;
    }
    void validity()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(Cpf::isValid(input), valid);
    }
    void formatting()
    {
        QCOMPARE(Cpf::formatted(QStringLiteral("52998224725")), QStringLiteral("529.982.247-25"));
        QCOMPARE(Cpf::formatted(QStringLiteral("529.982.247-25")),
                 QStringLiteral("529.982.247-25"));
        QCOMPARE(Cpf::digitsOf(QStringLiteral("529.982.247-25")), QStringLiteral("52998224725"));
        // Incomplete input stays as typed, so nothing the cashier typed is lost.
        QCOMPARE(Cpf::formatted(QStringLiteral("5299")), QStringLiteral("5299"));
    }
};

QTEST_APPLESS_MAIN(TestCpf)
#include "tst_cpf.moc"
