// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

// A USB handheld scanner that "types" the code it reads, as a keyboard does. This filter
// catches that burst of keys wherever the focus is in the window (nothing needs to be
// focused), and hands over the code when the scanner sends Enter, or, for scanners set up
// without a final Enter, when the burst stops. Keys typed at human speed, or into the manual
// entry field, are left alone.
class KeyboardWedge final : public QObject
{
    Q_OBJECT

public:
    // Listens to key presses for window and its children while it is the active window.
    explicit KeyboardWedge(QWidget *window);

    // A field whose keys are its own (manual entry).
    void setExcludedWidget(QWidget *widget) { m_excluded = widget; }

    // A burst this short is not a code (a key pressed by mistake).
    static constexpr int kMinimumLength = 8;
    // Silence after which a burst without Enter counts as complete.
    static constexpr int kEndOfBurstMs = 120;
    // A gap longer than this between two keys starts a new burst.
    static constexpr int kMaxGapMs = 250;

Q_SIGNALS:
    void codeScanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void flush();

    QWidget *m_window;
    QPointer<QWidget> m_excluded;
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
    QTimer m_endOfBurst;
};
