// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyboardwedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

KeyboardWedge::KeyboardWedge(QWidget *window) : QObject(window), m_window(window)
{
    m_endOfBurst.setSingleShot(true);
    m_endOfBurst.setInterval(kEndOfBurstMs);
    connect(&m_endOfBurst, &QTimer::timeout, this, &KeyboardWedge::flush);
    qApp->installEventFilter(this);
}

void KeyboardWedge::flush()
{
    m_endOfBurst.stop();
    const QString code = m_buffer.trimmed();
    m_buffer.clear();
    if (code.size() >= kMinimumLength)
        Q_EMIT codeScanned(code);
}

bool KeyboardWedge::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window || !m_window->isActiveWindow())
        return false;
    if (m_excluded && (widget == m_excluded || m_excluded->isAncestorOf(widget)))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (m_buffer.isEmpty())
            return false;
        flush();
        return true;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    if (!m_sinceLastKey.isValid() || m_sinceLastKey.elapsed() > kMaxGapMs)
        m_buffer.clear();
    m_sinceLastKey.start();
    m_buffer += text;
    m_endOfBurst.start();
    return true;
}
