// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/assistant/chatassistant.h"
#include "core/catalog/catalogrepository.h"
#include "core/catalog/screening.h"
#include "core/documents/ticketdocument.h"
#include "core/sales/order.h"
#include "core/sales/saleerror.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class Database;
class IdleWatcher;
class MailSender;
class OnScreenKeyboard;
class PaymentProvider;
class QListWidget;
class QVBoxLayout;
class SaleSession;
class SalesAuthority;
class SeatMapWidget;
class ServerLink;
class TerminalIdentity;

// The self-service totem: a stranger buys tickets by touch alone, from the attract screen to
// the QR codes, in a few taps. Every step has Back; a language button, a large high-contrast
// mode and a "?" assistant are on every screen. Left alone it asks whether anyone is still
// there, then gives every held seat back and starts over. It cannot be closed from the screen
// or the keyboard: leaving takes a hidden gesture (five taps in the top-left corner) and the
// administrator PIN.
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
    void setUnknownCardPatienceMs(int ms) { m_unknownCardPatienceMs = ms; }
    void setIdleTimeouts(int idleMs, int countdownMs);
    void setAssistantEndpoint(const ChatAssistant::Endpoint &endpoint);

    Step step() const { return m_step; }
    SaleSession &sale() { return *m_sale; }
    IdleWatcher &idleWatcher() { return *m_idle; }
    bool largeText() const { return m_largeText; }
    // The smallest side of anything a finger must hit: 12 mm on this screen.
    int touchTarget() const;
    bool isUnlocked() const { return m_unlocked; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void goTo(Step step);
    void rebuild();
    void applyLook();
    void retranslateFrame();
    void showMessage(const QString &text, bool error = true);
    void showError(const SaleError &error);
    QWidget *newPage(const QString &title, QVBoxLayout **layout);
    QWidget *navigation(const QString &nextText, bool nextEnabled, const char *nextName,
                        std::function<void()> next);
    QPushButton *bigButton(const QString &text, const char *name);
    // The film's poster on a tile `rows` finger-heights tall.
    void setPoster(QPushButton *button, const Screening &film, int rows);
    // A screening to touch; by default it opens that screening's seats.
    QPushButton *screeningButton(const Screening &screening, bool withTitle,
                                 std::function<void()> onTap = {});
    // "Today", "Tomorrow" or "Wed 25/11".
    static QString dayName(const QDate &day);
    QString whenText(const Screening &screening) const;
    bool portrait() const { return height() > width(); }

    QWidget *attractPage();
    QWidget *filmsPage();
    QWidget *screeningsPage();
    QWidget *seatsPage();
    QWidget *suggestionsPage();
    QWidget *typesPage();
    QWidget *detailsPage();
    QWidget *paymentPage();
    QWidget *ticketsPage();
    QWidget *helpPage();
    QWidget *adminPage();

    void chooseScreening(int screeningId);
    void choosePartySize(int count);
    void pay();
    void onSaleCompleted(const SaleReceipt &receipt);
    TicketDocument::Content ticketContent() const;
    // Prints the sale's tickets on a worker thread; the tickets step shows how it went.
    void print(const QString &printer);
    void onIdleTimedOut();
    void onAdminCornerTapped();
    void tryUnlock(const QString &pin);
    void toggleLanguage();
    void toggleLargeText();
    void askAssistant(const QString &question);
    void updateHoldClock();
    // A card is being read, or was charged and the store has not confirmed the sale: the sale
    // cannot be left or changed until the outcome.
    bool saleLocked() const;
    void updatePaymentControls();
    // After the person left: asks the store again to let go of seats it would not release.
    void releaseLeftSeats();
    // Says the free seats again in the list, keeping where it was scrolled to.
    void fillSeatList(QListWidget *list);

    const Database &m_database;
    const TerminalIdentity &m_terminal;
    CatalogRepository m_catalog;
    std::unique_ptr<SaleSession> m_sale;
    IdleWatcher *m_idle;
    ChatAssistant *m_assistant;

    Step m_step = Step::Attract;
    Step m_stepBeforeOverlay = Step::Attract;
    int m_filmId = 0;
    QDate m_filmDay; // the day whose times the film's page shows
    int m_partySize = 0;
    bool m_listMode = false;
    bool m_largeText = false;
    bool m_unlocked = false;
    bool m_wasPortrait = false;
    QString m_cardNumber = QStringLiteral("4242 4242 4242 4242");
    std::optional<SaleReceipt> m_receipt;
    std::optional<Screening> m_receiptScreening;
    QString m_printStatus;
    QString m_mailStatus;
    qint64 m_mailId = 0;
    QString m_cpfTyped;
    QString m_emailTyped;
    QList<QPair<QString, QString>> m_conversation; // question, answer
    QLocale m_homeLocale;
    QString m_questionTyped;
    QTimer m_confirmRetry;
    QElapsedTimer m_unknownCardSince;
    int m_unknownCardPatienceMs = 3 * 60 * 1000;
    QTimer m_releaseRetry;

    int m_cornerTaps = 0;
    QElapsedTimer m_cornerClock;
    int m_pinFailures = 0;
    QElapsedTimer m_pinLockClock;

    QWidget *m_topBar;
    QWidget *m_adminCorner;
    QLabel *m_brand;
    QLabel *m_linkStatus;
    QPushButton *m_language;
    QPushButton *m_contrast;
    QPushButton *m_help;
    QVBoxLayout *m_body;
    QPointer<QWidget> m_page;
    QLabel *m_message;
    QWidget *m_stillThere;
    QLabel *m_stillThereText;
    QPushButton *m_stillHere;
    QPointer<SeatMapWidget> m_map;
    QPointer<QLabel> m_holdClock;
    QPointer<QPushButton> m_payButton;
    QPointer<QLabel> m_printLabel;
    QPointer<QLabel> m_mailLabel;
    QPointer<MailSender> m_mailSender;
    QPointer<QLabel> m_chatLog;
    QPointer<QLineEdit> m_question;
    QPointer<QListWidget> m_seatList;
};
