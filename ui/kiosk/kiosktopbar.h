// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The bar on every screen: the hidden corner that leads to the administrator PIN, the name,
// whether the server is out of reach, and the language, large-text and help buttons.
class KioskTopBar final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskTopBar(QWidget *parent);

    // Taps on it count towards the administrator PIN (see KioskAdminLock).
    QWidget *adminCorner() const { return m_adminCorner; }
    void setLargeText(bool on);
    // Offline, only this totem's leased seats can be sold: the bar says so.
    void setOffline(bool offline);
    void retranslate();

Q_SIGNALS:
    void languageClicked();
    void largeTextClicked();
    void helpClicked();

private:
    QWidget *m_adminCorner;
    QLabel *m_brand;
    QLabel *m_linkStatus;
    QPushButton *m_language;
    QPushButton *m_contrast;
    QPushButton *m_help;
};
