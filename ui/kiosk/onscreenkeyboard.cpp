// SPDX-License-Identifier: GPL-3.0-or-later
#include "onscreenkeyboard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {
const QString kErase = QStringLiteral("\b");
const QString kEnter = QStringLiteral("\n");
} // namespace

OnScreenKeyboard::OnScreenKeyboard(Layout layout, QWidget *parent)
    : QWidget(parent), m_layout(layout), m_grid(new QGridLayout(this))
{
    m_grid->setSpacing(8);
    m_grid->setContentsMargins(0, 0, 0, 0);
    setObjectName(QStringLiteral("keyboard"));
    rebuild();
}

void OnScreenKeyboard::setLayout(Layout layout)
{
    if (layout == m_layout)
        return;
    m_layout = layout;
    rebuild();
}

QPushButton *OnScreenKeyboard::key(const QString &text) const
{
    for (QPushButton *k : m_keys) {
        if (k->property("keyText").toString() == text)
            return k;
    }
    return nullptr;
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::rebuild()
{
    qDeleteAll(m_keys);
    m_keys.clear();
    // Rows of (text typed, columns spanned). The erase key is everywhere, Enter only where a
    // question is typed.
    QList<QList<QPair<QString, int>>> rows;
    const auto row = [](const QString &keys) {
        QList<QPair<QString, int>> r;
        for (const QChar c : keys)
            r.append({QString(c), 1});
        return r;
    };
    if (m_layout == Layout::Digits) {
        rows = {row(QStringLiteral("123")),
                row(QStringLiteral("456")),
                row(QStringLiteral("789")),
                {{QString(), 1}, {QStringLiteral("0"), 1}, {kErase, 1}}};
    } else {
        rows = {row(QStringLiteral("1234567890")), row(QStringLiteral("qwertyuiop")),
                row(QStringLiteral("asdfghjkl")), row(QStringLiteral("zxcvbnm"))};
        if (m_layout == Layout::Email) {
            rows[2].append({QStringLiteral("@"), 1});
            rows[3].append({QStringLiteral("."), 1});
            rows[3].append({QStringLiteral("-"), 1});
            rows[3].append({QStringLiteral("_"), 1});
            rows.append({{QStringLiteral(".com"), 2},
                         {QStringLiteral(".com.br"), 3},
                         {QStringLiteral("@gmail.com"), 3},
                         {kErase, 2}});
        } else {
            rows[3].append({QStringLiteral("?"), 1});
            rows[3].append({kErase, 2});
            rows.append({{QStringLiteral(" "), 7}, {kEnter, 3}});
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        int column = 0;
        for (const auto &[text, span] : rows[r]) {
            if (text.isEmpty()) {
                column += span;
                continue;
            }
            QString label = text;
            if (text == kErase)
                label = tr("⌫ Erase");
            else if (text == kEnter)
                label = tr("Ask");
            else if (text == QLatin1String(" "))
                label = tr("space");
            auto *button = new QPushButton(label, this);
            button->setProperty("keyText", text);
            button->setFocusPolicy(Qt::NoFocus); // the field keeps its cursor
            button->setAutoRepeat(text == kErase);
            if (text == kErase)
                button->setAccessibleName(tr("Erase"));
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            connect(button, &QPushButton::clicked, this, [this, text] { type(text); });
            m_grid->addWidget(button, r, column, 1, span);
            m_keys.append(button);
            column += span;
        }
    }
}

void OnScreenKeyboard::type(const QString &text)
{
    if (text == kEnter) {
        Q_EMIT submitted();
        return;
    }
    if (!m_target)
        return;
    if (text == kErase)
        m_target->backspace();
    else
        m_target->insert(text);
}
