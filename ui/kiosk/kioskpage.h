// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/kiosk/kioskpagecontext.h"
#include "ui/kiosk/kioskwindow.h"

#include <QWidget>

#include <functional>

class QDate;
class QLabel;
class QPushButton;
class QVBoxLayout;
class SaleError;
struct Screening;

// One step of the kiosk: a heading, what the step shows, and usually Back and a way on. The
// page does not move between steps itself; it asks the window, which knows where Back leads
// and what may be left while a card is read.
class KioskPage : public QWidget
{
    Q_OBJECT
public:
    KioskPage(const KioskPageContext &context, QWidget *parent);

    // A button a finger can hit, without a focus frame (fingers have no focus to move).
    static QPushButton *bigButton(const QString &text, const char *name, QWidget *parent);
    // A card is being read, or was charged and the store has not confirmed the sale: the sale
    // cannot be left or changed until the outcome.
    static bool saleLocked(const SaleSession &sale);
    // "Today", "Tomorrow" or "Wed 25/11".
    static QString dayName(const QDate &day);
    static QString whenText(const Screening &screening);

Q_SIGNALS:
    void stepWanted(KioskWindow::Step step);
    void backWanted();
    void startOverWanted();
    // What the page shows changed with the person's choice: build it again.
    void rebuildWanted();
    void errorRaised(const SaleError &error);
    void screeningChosen(int screeningId);

protected:
    // Puts the heading on the page; the rest of the page goes in the layout returned.
    QVBoxLayout *setUpPage(const QString &title);
    QPushButton *bigButton(const QString &text, const char *name)
    {
        return bigButton(text, name, this);
    }
    // Back, and a button on when `next` is given. With `holdClock`, the time the seats are
    // held for sits between them.
    QWidget *navigation(const QString &nextText = {}, bool nextEnabled = false,
                        const char *nextName = "", std::function<void()> next = {},
                        QLabel **holdClock = nullptr);
    // The film's poster on a tile `rows` finger-heights tall.
    void setPoster(QPushButton *button, const Screening &film, int rows);
    // A screening to touch; by default it opens that screening's seats.
    QPushButton *screeningButton(const Screening &screening, bool withTitle,
                                 std::function<void()> onTap = {});
    int touchTarget() const;
    bool portrait() const { return m_context.portrait; }
    bool largeText() const { return m_context.largeText; }
    SaleSession &sale() const { return m_context.sale; }
    CatalogRepository &catalog() const { return m_context.catalog; }
    KioskVisit &visit() const { return m_context.visit; }

private:
    KioskPageContext m_context;
};
