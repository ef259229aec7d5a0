// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosktopbar.h"

#include "ui/kiosk/kioskpage.h"
#include "ui/widgets/interfacelanguage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

KioskTopBar::KioskTopBar(QWidget *parent) : QWidget(parent)
{
    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    m_adminCorner = new QWidget(this);
    m_adminCorner->setObjectName(QStringLiteral("adminCorner"));
    top->addWidget(m_adminCorner);
    m_brand = new QLabel(this);
    m_brand->setObjectName(QStringLiteral("brand"));
    top->addWidget(m_brand);
    top->addStretch(1);
    m_linkStatus = new QLabel(this);
    m_linkStatus->hide();
    top->addWidget(m_linkStatus);
    m_language = KioskPage::bigButton(QString(), "language", this);
    connect(m_language, &QPushButton::clicked, this, &KioskTopBar::languageClicked);
    top->addWidget(m_language);
    m_contrast = KioskPage::bigButton(QString(), "contrast", this);
    m_contrast->setCheckable(true);
    connect(m_contrast, &QPushButton::clicked, this, &KioskTopBar::largeTextClicked);
    top->addWidget(m_contrast);
    m_help = KioskPage::bigButton(QStringLiteral("?"), "help", this);
    connect(m_help, &QPushButton::clicked, this, &KioskTopBar::helpClicked);
    top->addWidget(m_help);
}

void KioskTopBar::setLargeText(bool on)
{
    m_contrast->setChecked(on);
}

void KioskTopBar::setOffline(bool offline)
{
    m_linkStatus->setVisible(offline);
}

void KioskTopBar::retranslate()
{
    m_brand->setText(tr("Marquee"));
    // The button names the other language, in that language, so its speakers find it.
    m_language->setText(InterfaceLanguage::isPortuguese() ? QStringLiteral("English")
                                                          : QStringLiteral("Português"));
    m_language->setAccessibleName(tr("Change language"));
    m_contrast->setText(tr("Aa Large text"));
    m_help->setAccessibleName(tr("Help: ask a question"));
    m_linkStatus->setText(tr("Offline: some seats cannot be sold here now"));
}
