// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QPushButton;

// Keys on the screen for a totem with no keyboard: digits for a CPF or a PIN, or letters,
// digits and the signs of an e-mail address. Every key is a finger-sized button; it types into
// the line edit it is given, which keeps its own validation.
class OnScreenKeyboard final : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Digits, Email, Text };

    explicit OnScreenKeyboard(Layout layout, QWidget *parent = nullptr);

    void setLayout(Layout layout);
    Layout keyLayout() const { return m_layout; }
    void setTarget(QLineEdit *target) { m_target = target; }
    QLineEdit *target() const { return m_target; }
    // The key that types this text ("7", "@", ".com"), or the erase key for "\b".
    QPushButton *key(const QString &text) const;

Q_SIGNALS:
    // Enter on a text keyboard.
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void type(const QString &text);

    Layout m_layout;
    QPointer<QLineEdit> m_target;
    QGridLayout *m_grid;
    QList<QPushButton *> m_keys;
};
