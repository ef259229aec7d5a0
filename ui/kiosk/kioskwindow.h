// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/chatassistant.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/screening.h"
#include "core/documents/ticketdocument.h"
#include "core/sales/order.h"
#include "core/sales/saleerror.h"
#include "ui/kiosk/kiosktheme.h"
#include "ui/kiosk/kioskvisit.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <memory>

class AfterSale;
class Database;
class IdleWatcher;
class KioskAdminLock;
class KioskMessageLine;
class KioskPage;
class KioskStillThere;
class KioskTopBar;
class MailSender;
class PaymentProvider;
class PaymentRecovery;
class QVBoxLayout;
class SaleSession;
class SalesAuthority;
class ServerLink;
class TerminalIdentity;

// The self-service totem: a stranger buys tickets by touch alone, from the attract screen to
// the QR codes, in a few taps. Every step has Back; a language button, a large high-contrast
// mode and a "?" assistant are on every screen. Left alone it asks whether anyone is still
// there, then gives every held seat back and starts over. It cannot be closed from the screen
// or the keyboard: leaving takes a hidden gesture (five taps in the top-left corner) and the
// administrator PIN.
//
// The window is the frame: the top bar, the message line, the "still there?" question and the
// way between the steps; each step is a page of its own (KioskPage), built again whenever the
// language, the text size or the screen's orientation changes.
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    enum class Step {
        Attract,
        Films,
        Screenings,
        Seats,
        Suggestions,
        Types,
        Details,
        Payment,
        Tickets,
        Help,
        Admin
    };
    Q_ENUM(Step)

    KioskWindow(const Database &database, SalesAuthority &authority, PaymentProvider &payments,
                const TerminalIdentity &terminal, QWidget *parent = nullptr);
    ~KioskWindow() override;

    void setServerLink(ServerLink *link);
    // Sends the tickets a customer asked to get by e-mail; without it they wait in the queue.
    void setMailSender(MailSender *sender);
    // What the simulated card reader reads when the person pays (a demo or a test card).
    void setCardNumber(const QString &number) { m_cardNumber = number; }
    // How long the kiosk asks about a card whose outcome nobody knows (the bank out of reach)
    // before it sets the sale aside for the payment sweep and serves the next person.
    void setUnknownCardPatienceMs(int ms);
    void setIdleTimeouts(int idleMs, int countdownMs);
    void setAssistantEndpoint(const ChatAssistant::Endpoint &endpoint);

    Step step() const { return m_step; }
    SaleSession &sale() { return *m_sale; }
    IdleWatcher &idleWatcher() { return *m_idle; }
    bool largeText() const { return m_theme.largeText(); }
    // The smallest side of anything a finger must hit: 12 mm on this screen.
    int touchTarget() const;
    bool isUnlocked() const;
    // The latest message shown to the person (an error, a decline, a hint), or empty.
    QString message() const;

    // Shows a step as it would be reached: for screenshots.
    void showStep(Step step);
    // Starts over: gives back every held seat and shows the attract screen.
    void startOver();

Q_SIGNALS:
    void stepChanged(KioskWindow::Step step);
    // The administrator PIN was right: the program may close.
    void unlocked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void goTo(Step step);
    // Where Back leads from the step shown.
    void goBack();
    void rebuild();
    // Builds the page of the step shown, wired to the frame.
    KioskPage *newPage();
    void applyLook();
    void showMessage(const QString &text, bool error = true);
    void showError(const SaleError &error);
    bool portrait() const { return height() > width(); }

    void chooseScreening(int screeningId);
    void choosePartySize(int count);
    // The same party, in a screening suggested instead: its best seats at once.
    void chooseSuggestion(int screeningId);
    void pay();
    // The tickets step says how the printing and the e-mail of the sale went (AfterSale).
    void onSaleCompleted(const SaleReceipt &receipt);
    void followAfterSale();
    void onIdleTimedOut();
    void tryUnlock(const QString &pin);
    void toggleLanguage();
    void toggleLargeText();
    void askAssistant(const QString &question);
    // A card is being read, or was charged and the store has not confirmed the sale: the sale
    // cannot be left or changed until the outcome.
    bool saleLocked() const;
    void updatePaymentControls();
    // After the person left: asks the store again to let go of seats it would not release.
    void releaseLeftSeats();

    const Database &m_database;
    const TerminalIdentity &m_terminal;
    CatalogRepository m_catalog;
    std::unique_ptr<SaleSession> m_sale;
    PaymentRecovery *m_recovery;
    KioskAdminLock *m_lock;
    IdleWatcher *m_idle;
    ChatAssistant *m_assistant;
    AfterSale *m_afterSale;
    KioskTheme m_theme;

    Step m_step = Step::Attract;
    Step m_stepBeforeOverlay = Step::Attract;
    KioskVisit m_visit;
    bool m_wasPortrait = false;
    QString m_cardNumber = QStringLiteral("4242 4242 4242 4242");
    std::optional<SaleReceipt> m_receipt;
    std::optional<Screening> m_receiptScreening;
    QString m_printStatus;
    QString m_mailStatus;
    qint64 m_mailId = 0;
    QLocale m_homeLocale;
    QTimer m_releaseRetry;

    KioskTopBar *m_topBar;
    QVBoxLayout *m_body;
    QPointer<KioskPage> m_page;
    KioskMessageLine *m_message;
    KioskStillThere *m_stillThere;
    QPointer<QLabel> m_printLabel;
    QPointer<QLabel> m_mailLabel;
};
