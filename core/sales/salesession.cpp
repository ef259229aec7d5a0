// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesession.h"

#include "core/catalog/seatselector.h"
#include "core/sales/cpf.h"
#include "core/sales/orderpricing.h"
#include "core/sales/salesauthority.h"
#include "core/store/database.h"
#include "core/store/storesettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSaleSession, "marquee.sale")

namespace {
QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

SaleSession::SaleSession(const Database &database, SalesAuthority &authority,
                         PaymentProvider &payments, QObject *parent)
    : QObject(parent), m_database(database), m_authority(authority), m_payments(payments),
      m_catalog(database)
{
    m_catalog.setClock([this] { return m_authority.now().toMSecsSinceEpoch(); });
    m_types = m_catalog.ticketTypes();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SaleSession::onTick);
    m_cashCheck.setInterval(kCashCheckMs);
    connect(&m_cashCheck, &QTimer::timeout, this, &SaleSession::confirmCash);
    startNewSale();
}

SaleSession::~SaleSession()
{
    // Closing the program mid-sale must not keep seats from everyone else.
    // Seats whose card may have been charged stay held: the payment sweep settles them.
    if (!m_selection.isEmpty() && !m_paying && !hasUnconfirmedPayment())
        m_authority.release(m_holdToken, {});
}

void SaleSession::startNewSale()
{
    m_holdToken = newKey();
    m_orderKey.clear();
    m_orderSignature.clear();
    m_order.reset();
    m_unconfirmedCard.reset();
    m_unsettledCharge.reset();
    m_unconfirmedCash.reset();
    m_cashCheck.stop();
    m_selection.clear();
    m_typeBySeat.clear();
    m_holdExpiresAt = {};
    m_cpf.clear();
    m_email.clear();
    m_tick.stop();
}

bool SaleSession::openScreening(int screeningId)
{
    if (m_screening && m_screening->id == screeningId) {
        refreshSeatStates();
        return true;
    }
    // Seats being paid for, or paid and not yet confirmed, are never let go here.
    if (m_paying || hasUnconfirmedPayment())
        return false;
    const auto screening = m_catalog.screening(screeningId);
    if (!screening)
        return false;
    if (!m_selection.isEmpty()) {
        m_authority.release(m_holdToken, {});
        m_selection.clear();
        m_typeBySeat.clear();
        m_holdExpiresAt = {};
        m_tick.stop();
    }
    // A pending order belongs to the old screening.
    if (m_order)
        m_authority.cancelOrder(m_order->id, false);
    m_order.reset();
    m_orderKey.clear();
    m_screening = screening;
    m_layout = m_catalog.roomLayout(screening->roomId);
    m_states = currentSeatStates();
    Q_EMIT screeningChanged();
    Q_EMIT selectionChanged();
    Q_EMIT seatStatesChanged();
    Q_EMIT totalsChanged();
    return true;
}

QHash<int, SeatState> SaleSession::currentSeatStates()
{
    const SeatScope scope = m_authority.seatScope();
    m_catalog.setLeaseToken(scope.leaseToken);
    m_catalog.setOnlyLeasedSeatsFree(scope.onlyLeased);
    return m_catalog.seatStates(m_screening->id, m_holdToken);
}

void SaleSession::refreshSeatStates()
{
    if (!m_screening)
        return;
    auto states = currentSeatStates();
    if (states == m_states)
        return;
    m_states = std::move(states);
    if (const auto s = m_catalog.screening(m_screening->id))
        m_screening = s;
    Q_EMIT seatStatesChanged();
}

bool SaleSession::setSelection(const QList<int> &seatIds)
{
    if (!m_screening || m_paying || hasUnconfirmedPayment())
        return false;
    QList<int> wanted;
    for (const int id : seatIds) {
        if (!wanted.contains(id))
            wanted << id;
    }
    // A wheelchair space comes with its companion seat, when one is free.
    for (const int id : QList<int>(wanted)) {
        const Seat *seat = m_layout.seat(id);
        if (!seat || seat->kind != SeatKind::Wheelchair || m_selection.contains(id))
            continue;
        const QList<int> companions = SeatSelector::companionsOf(m_layout, id);
        const bool hasOne = std::any_of(companions.cbegin(), companions.cend(),
                                        [&](int c) { return wanted.contains(c); });
        if (hasOne)
            continue;
        for (const int c : companions) {
            if (m_states.value(c, SeatState::Free) == SeatState::Free) {
                wanted << c;
                break;
            }
        }
    }
    if (StoreSettings(m_database).strandedSeatPolicy() == QLatin1String("forbid")) {
        if (!SeatSelector::strandedSeats(m_layout, m_states, wanted).isEmpty()) {
            Q_EMIT errorOccurred(SaleError(
                SaleError::SeatUnavailable,
                QCoreApplication::translate("SaleError",
                                            "This choice leaves a single seat alone between "
                                            "taken seats. Move the selection by one seat.")));
            return false;
        }
    }
    QList<int> dropped;
    for (const int id : std::as_const(m_selection)) {
        if (!wanted.contains(id))
            dropped << id;
    }
    QList<int> added;
    for (const int id : std::as_const(wanted)) {
        if (!m_selection.contains(id))
            added << id;
    }
    if (!added.isEmpty()) {
        const auto grant = m_authority.hold(m_screening->id, added, m_holdToken);
        if (!grant) {
            refreshSeatStates();
            Q_EMIT errorOccurred(grant.error());
            return false;
        }
        m_holdExpiresAt = grant->expiresAt;
    }
    if (!dropped.isEmpty())
        m_authority.release(m_holdToken, dropped);

    m_selection.clear();
    for (const Seat &s : m_layout.seats()) { // keep map order
        if (wanted.contains(s.id))
            m_selection << s.id;
    }
    for (const int id : dropped)
        m_typeBySeat.remove(id);
    if (m_selection.isEmpty()) {
        m_holdExpiresAt = {};
        m_tick.stop();
    } else if (!m_tick.isActive()) {
        m_tick.start();
    }
    refreshSeatStates();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    Q_EMIT holdTick(holdSecondsLeft());
    return true;
}

bool SaleSession::toggleSeat(int seatId)
{
    QList<int> next = m_selection;
    if (next.contains(seatId))
        next.removeAll(seatId);
    else
        next << seatId;
    return setSelection(next);
}

bool SaleSession::selectBestAvailable(int count)
{
    if (!m_screening)
        return false;
    // Our own holds count as free: they are what we are replacing.
    QHash<int, SeatState> others = m_states;
    for (const int id : std::as_const(m_selection))
        others.remove(id);
    const QList<int> best = SeatSelector::bestAvailable(m_layout, others, count);
    if (best.isEmpty()) {
        Q_EMIT errorOccurred(
            SaleError(SaleError::SeatTaken,
                      QCoreApplication::translate("SaleError",
                                                  "There are no %1 seats together left in this "
                                                  "screening. Pick seats one by one or try another "
                                                  "screening.")
                          .arg(count)));
        return false;
    }
    return setSelection(best);
}

QList<int> SaleSession::strandedSeats() const
{
    QHash<int, SeatState> others = m_states;
    for (const int id : m_selection)
        others.remove(id);
    return SeatSelector::strandedSeats(m_layout, others, m_selection);
}

int SaleSession::holdSecondsLeft() const
{
    if (!m_holdExpiresAt.isValid())
        return 0;
    return int(std::max<qint64>(
        0, (m_holdExpiresAt.toMSecsSinceEpoch() - m_authority.now().toMSecsSinceEpoch() + 999) /
               1000));
}

void SaleSession::onTick()
{
    // The authority decides once the payment answers; a card charged or perhaps charged keeps
    // its seats, expired hold or not, until that charge is settled.
    if (m_paying || hasUnconfirmedPayment())
        return;
    const int left = holdSecondsLeft();
    Q_EMIT holdTick(left);
    if (left > 0 || m_selection.isEmpty()) {
        refreshSeatStates();
        return;
    }
    if (m_order)
        m_authority.cancelOrder(m_order->id, true);
    else
        m_authority.release(m_holdToken, {});
    m_selection.clear();
    m_holdExpiresAt = {};
    m_tick.stop();
    m_order.reset();
    m_orderKey.clear();
    refreshSeatStates();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    Q_EMIT holdExpired(SaleError::holdExpired().message());
}

int SaleSession::ticketTypeOf(int seatId) const
{
    const int fallback = m_types.isEmpty() ? 0 : m_types.first().id;
    return m_typeBySeat.value(seatId, fallback);
}

void SaleSession::setTicketType(int seatId, int ticketTypeId)
{
    if (ticketTypeOf(seatId) == ticketTypeId || m_paying)
        return;
    m_typeBySeat.insert(seatId, ticketTypeId);
    Q_EMIT totalsChanged();
}

qint64 SaleSession::priceOf(int seatId) const
{
    return priceOf(seatId, ticketTypeOf(seatId));
}

qint64 SaleSession::priceOf(int seatId, int typeId) const
{
    if (!m_screening)
        return 0;
    int percent = 100;
    for (const TicketType &t : m_types) {
        if (t.id == typeId)
            percent = t.percent;
    }
    return OrderPricing::seatPrice(m_layout, seatId, m_screening->priceCents, percent);
}

qint64 SaleSession::totalCents() const
{
    qint64 total = 0;
    for (const int id : m_selection)
        total += priceOf(id);
    return total;
}

int SaleSession::meiaSelected() const
{
    return int(std::count_if(m_selection.cbegin(), m_selection.cend(), [this](int seatId) {
        return OrderPricing::isMeia(ticketTypeOf(seatId), m_types);
    }));
}

int SaleSession::meiaRemaining() const
{
    if (!m_screening)
        return 0;
    return std::max(0,
                    m_screening->meiaCap() - m_catalog.meiaSold(m_screening->id) - meiaSelected());
}

void SaleSession::setCustomer(const QString &cpf, const QString &email)
{
    if (m_cpf == cpf && m_email == email)
        return;
    m_cpf = cpf;
    m_email = email;
    Q_EMIT totalsChanged();
}

bool SaleSession::isMailAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return address.match(text.trimmed()).hasMatch();
}

SaleError SaleSession::validate() const
{
    if (m_selection.isEmpty())
        return SaleError(SaleError::NoSeats,
                         QCoreApplication::translate("SaleError",
                                                     "No seats are selected. Pick seats on the "
                                                     "map first."));
    if (!m_cpf.trimmed().isEmpty() && !Cpf::isValid(m_cpf))
        return SaleError::invalidCpf();
    if (!m_email.trimmed().isEmpty() && !isMailAddress(m_email))
        return SaleError(SaleError::InvalidEmail,
                         QCoreApplication::translate("SaleError",
                                                     "This e-mail address does not look "
                                                     "right. Check it with the customer, or "
                                                     "leave it empty."));
    if (meiaRemaining() < 0 ||
        (m_screening && meiaSelected() > 0 &&
         m_catalog.meiaSold(m_screening->id) + meiaSelected() > m_screening->meiaCap())) {
        const int cap = m_screening->meiaCap();
        return SaleError::meiaCap(cap, std::max(0, cap - m_catalog.meiaSold(m_screening->id)));
    }
    const QString digits = Cpf::digitsOf(m_cpf);
    if (!digits.isEmpty() && m_screening) {
        const int limit = StoreSettings(m_database).maxTicketsPerCpf();
        const int already = m_catalog.ticketsForCpf(m_screening->id, digits);
        if (already + m_selection.size() > limit)
            return SaleError::cpfLimit(limit, std::max(0, limit - already));
    }
    return {};
}

QString SaleSession::orderSignature() const
{
    QStringList parts{QString::number(m_screening ? m_screening->id : 0), Cpf::digitsOf(m_cpf),
                      m_email.trimmed()};
    for (const int id : m_selection)
        parts << QStringLiteral("%1:%2").arg(id).arg(ticketTypeOf(id));
    return parts.join(QLatin1Char('|'));
}

std::optional<Order> SaleSession::ensureOrder(SaleError &error)
{
    error = validate();
    if (error.isError())
        return std::nullopt;
    const QString signature = orderSignature();
    if (m_order && m_orderSignature == signature)
        return m_order;
    if (m_order) // the cashier changed the sale after a failed payment: that order is void
        m_authority.cancelOrder(m_order->id, false);
    m_order.reset();
    // A retry of the same sale reuses its key, so the store makes one order of it.
    if (m_orderKey.isEmpty() || m_orderSignature != signature) {
        m_orderKey = newKey();
        m_orderSignature = signature;
    }
    OrderRequest request;
    request.idempotencyKey = m_orderKey;
    request.screeningId = m_screening->id;
    request.holdToken = m_holdToken;
    request.userId = m_userId;
    for (const int id : std::as_const(m_selection))
        request.lines.append(OrderLine{id, ticketTypeOf(id), 0});
    request.cpf = Cpf::digitsOf(m_cpf);
    request.email = m_email.trimmed();
    const auto placed = m_authority.placeOrder(request);
    if (!placed) {
        error = placed.error();
        m_order.reset();
        return std::nullopt;
    }
    m_order = placed.value();
    return m_order;
}

void SaleSession::setPaying(bool paying)
{
    if (m_paying == paying)
        return;
    m_paying = paying;
    Q_EMIT payingChanged(paying);
}

void SaleSession::payCash(qint64 tenderedCents)
{
    if (m_paying)
        return;
    if (m_unconfirmedCash) {
        confirmCash(); // the same payment, never a second one
        return;
    }
    if (hasUnconfirmedPayment()) {
        // The card paid, or may have: taking cash as well would charge the customer twice.
        Q_EMIT errorOccurred(m_unsettledCharge ? unsettledChargeError()
                                               : unconfirmedCardError(SaleError::Storage));
        return;
    }
    SaleError error;
    const auto order = ensureOrder(error);
    if (!order) {
        Q_EMIT errorOccurred(error);
        return;
    }
    PaymentCompletion completion;
    completion.orderId = order->id;
    completion.paymentKey = newKey();
    completion.method = PaymentMethod::Cash;
    completion.tenderedCents = tenderedCents;
    completion.userId = m_userId;
    const SaleError failed = finishPayment(completion);
    if (failed.code() == SaleError::CommitUnknown ||
        failed.code() == SaleError::ServerUnreachable) {
        // The payment is in this terminal's journal and goes to the server when it answers:
        // the sale is not over until the store says so.
        m_unconfirmedCash = completion;
        m_cashCheck.start();
        Q_EMIT errorOccurred(unconfirmedCashError());
    } else if (failed.isError()) {
        Q_EMIT errorOccurred(failed);
    }
}

void SaleSession::confirmCash()
{
    if (!m_unconfirmedCash || m_paying)
        return;
    const PaymentCompletion completion = *m_unconfirmedCash;
    const bool asked = !m_cashCheck.isActive();
    m_cashCheck.stop();
    const SaleError failed = finishPayment(completion);
    if (!failed.isError())
        return; // tickets issued: saleCompleted was emitted and a new sale begun
    if (failed.code() == SaleError::CommitUnknown ||
        failed.code() == SaleError::ServerUnreachable) {
        m_cashCheck.start();
        if (asked) // the cashier pressed Cash: say again that it is still being checked
            Q_EMIT errorOccurred(unconfirmedCashError());
        return;
    }
    // The store answered no (the order was cancelled, a seat went to someone else): the cash
    // goes back to the customer.
    m_unconfirmedCash.reset();
    Q_EMIT errorOccurred(
        SaleError(failed.code(),
                  QCoreApplication::translate("SaleError", "The server answered: this sale was not "
                                                           "recorded, so give the customer's cash "
                                                           "back. %1")
                      .arg(failed.message()),
                  failed.seatIds()));
}

SaleError SaleSession::unconfirmedCashError()
{
    return SaleError(SaleError::CommitUnknown,
                     QCoreApplication::translate(
                         "SaleError", "Checking with the server… Its answer to this cash sale "
                                      "was lost, so it is not known yet whether the sale was "
                                      "saved. Keep the cash and do not sell these seats "
                                      "again: the same sale is asked again by itself every "
                                      "few seconds (Cash, F9, asks at once), and the tickets "
                                      "appear as soon as the server answers."));
}

void SaleSession::payCard(const QString &cardNumber)
{
    if (m_paying)
        return;
    if (m_unconfirmedCash) { // a card now could charge a customer whose cash was recorded
        Q_EMIT errorOccurred(unconfirmedCashError());
        return;
    }
    if (m_unsettledCharge) {
        settleUnknownCharge();
        return;
    }
    if (m_unconfirmedCard) {
        // Already charged: only the store's confirmation is missing. Same key, no new charge.
        const PaymentCompletion completion = *m_unconfirmedCard;
        const SaleError failed = finishPayment(completion);
        if (failed.isUnanswered() || failed.code() == SaleError::LocalStore) {
            Q_EMIT errorOccurred(unconfirmedCardError(failed.code()));
        } else {
            m_unconfirmedCard.reset();
            if (failed.isError()) {
                Q_EMIT errorOccurred(failed);
                m_payments.refund({completion.providerReference, m_unconfirmedAmountCents,
                                   QStringLiteral("refund:") + completion.providerReference},
                                  this, [this, completion](bool ok, const QString &) {
                                      if (ok)
                                          m_authority.recordRefund(completion.paymentKey,
                                                                   completion.providerReference);
                                  });
            }
        }
        return;
    }
    SaleError error;
    const auto order = ensureOrder(error);
    if (!order) {
        Q_EMIT errorOccurred(error);
        return;
    }
    const QString paymentKey = newKey();
    const auto begun = m_authority.beginCardPayment(order->id, paymentKey);
    if (!begun) {
        refreshSeatStates();
        Q_EMIT errorOccurred(begun.error());
        return;
    }
    setPaying(true);
    ChargeRequest request;
    request.idempotencyKey = paymentKey;
    request.amountCents = order->totalCents;
    request.cardNumber = cardNumber;
    request.description = QStringLiteral("Marquee order %1").arg(order->id);
    const int orderId = order->id;
    const qint64 amount = order->totalCents;
    m_payments.charge(request, this, [this, paymentKey, orderId, amount](const ChargeResult &r) {
        setPaying(false);
        if (r.status == ChargeResult::Status::Unknown) {
            // The card may have been charged: no decline is recorded and nothing is released
            // until the provider says what happened to this key.
            m_unsettledCharge = UnsettledCharge{orderId, paymentKey, amount};
            Q_EMIT errorOccurred(unsettledChargeError());
            return;
        }
        if (!r.approved()) {
            m_authority.recordDecline(paymentKey, r.declineCode);
            Q_EMIT errorOccurred(SaleError::declined(r.reasonText()));
            return;
        }
        onCardApproved(orderId, paymentKey, amount, r.reference);
    });
}

void SaleSession::settleUnknownCharge()
{
    const UnsettledCharge charge = *m_unsettledCharge;
    setPaying(true);
    m_payments.lookup(
        charge.paymentKey, charge.amountCents, this, [this, charge](const ChargeResult &r) {
            setPaying(false);
            if (r.status == ChargeResult::Status::Unknown) {
                Q_EMIT errorOccurred(unsettledChargeError());
                return;
            }
            m_unsettledCharge.reset();
            if (!r.approved()) {
                m_authority.recordDecline(charge.paymentKey, r.declineCode);
                Q_EMIT errorOccurred(SaleError::declined(r.reasonText()));
                return;
            }
            if (r.refundedCents >= charge.amountCents) {
                // Given back meanwhile (by the payment sweep, or by hand): no tickets for it.
                m_authority.recordRefund(charge.paymentKey, r.reference);
                ChargeResult givenBack;
                givenBack.declineCode = QStringLiteral("refunded");
                Q_EMIT errorOccurred(SaleError::declined(givenBack.reasonText()));
                return;
            }
            onCardApproved(charge.orderId, charge.paymentKey, charge.amountCents, r.reference);
        });
}

void SaleSession::onCardApproved(int orderId, const QString &paymentKey, qint64 amountCents,
                                 const QString &reference)
{
    PaymentCompletion completion;
    completion.orderId = orderId;
    completion.paymentKey = paymentKey;
    completion.method = PaymentMethod::Card;
    completion.providerReference = reference;
    completion.userId = m_userId;
    const SaleError failed = finishPayment(completion);
    if (failed.isUnanswered() || failed.code() == SaleError::LocalStore) {
        // The store did not answer: the sale may well be committed. Never refund on a
        // guess — keep the approved charge and confirm it with the same key later.
        m_unconfirmedCard = completion;
        m_unconfirmedAmountCents = amountCents;
        Q_EMIT errorOccurred(unconfirmedCardError(failed.code()));
        return;
    }
    if (failed.isError()) {
        Q_EMIT errorOccurred(failed);
        // The store answered no (seat taken meanwhile, limit reached): nothing was sold,
        // so the money goes back at once. A refund that fails stays owed (refund_due) and
        // the payment sweep asks again.
        m_payments.refund({reference, amountCents, QStringLiteral("refund:") + reference}, this,
                          [this, paymentKey, reference](bool ok, const QString &) {
                              if (ok)
                                  m_authority.recordRefund(paymentKey, reference);
                              else
                                  qCWarning(lcSaleSession)
                                      << "refund failed for payment" << paymentKey;
                          });
    }
}

SaleError SaleSession::unsettledChargeError()
{
    return SaleError(SaleError::PaymentUnknown,
                     QCoreApplication::translate(
                         "SaleError", "The card reader's answer was lost, so we do not know yet "
                                      "whether the card was charged. Do not charge again: press "
                                      "Card (F10) to ask the bank again. If the bank stays out "
                                      "of reach, Marquee can be closed: the sale is kept and "
                                      "settled when it starts again (tickets, or the money "
                                      "back)."));
}

SaleError SaleSession::unconfirmedCardError(SaleError::Code code)
{
    return SaleError(code, QCoreApplication::translate(
                               "SaleError", "The card was approved, but the store did not "
                                            "confirm the sale. Do not charge again: press Card "
                                            "(F10) to confirm it once the store answers."));
}

void SaleSession::payByExchange(ExchangeRequest request)
{
    if (m_paying || hasUnconfirmedPayment())
        return; // money for these seats is being taken another way
    SaleError error;
    const auto order = ensureOrder(error);
    if (!order) {
        Q_EMIT errorOccurred(error);
        return;
    }
    request.newOrderId = order->id;
    if (request.userId == 0)
        request.userId = m_userId;
    setPaying(true);
    const auto made = m_authority.exchangeTickets(request);
    setPaying(false);
    refreshSeatStates();
    if (!made) {
        Q_EMIT errorOccurred(made.error());
        return;
    }
    m_lastReceipt = made->receipt;
    startNewSale();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    Q_EMIT exchangeCompleted(made.value());
}

SaleError SaleSession::finishPayment(const PaymentCompletion &completion)
{
    auto receipt = m_authority.completePayment(completion);
    // A storage failure (a dropped connection, a busy file) is retried with the same payment
    // key, which can never make a second sale: money already taken should become tickets,
    // not a refund, whenever the store can still be reached.
    for (int attempt = 1; !receipt && receipt.error().code() == SaleError::Storage && attempt < 3;
         ++attempt)
        receipt = m_authority.completePayment(completion);
    if (!receipt) {
        refreshSeatStates();
        return receipt.error(); // the caller says it: what to tell depends on the money
    }
    m_lastReceipt = receipt.value();
    startNewSale();
    refreshSeatStates();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    Q_EMIT saleCompleted(receipt.value());
    return {};
}

bool SaleSession::setAside()
{
    if (m_paying || !m_unsettledCharge)
        return false;
    qCInfo(lcSaleSession) << "sale set aside with its card payment" << m_unsettledCharge->paymentKey
                          << "unsettled; the payment sweep settles it";
    startNewSale(); // nothing released: the seats may be paid for
    refreshSeatStates();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    return true;
}

void SaleSession::cancelSale()
{
    if (m_paying)
        return;
    if (m_unsettledCharge) {
        Q_EMIT errorOccurred(unsettledChargeError());
        return;
    }
    if (m_unconfirmedCash) {
        Q_EMIT errorOccurred(unconfirmedCashError());
        return;
    }
    if (m_unconfirmedCard) {
        Q_EMIT errorOccurred(SaleError(
            SaleError::OrderNotPending,
            QCoreApplication::translate("SaleError",
                                        "This sale's card payment was approved and is waiting "
                                        "for the store's confirmation; it cannot be cancelled. "
                                        "Press Card (F10) to confirm it.")));
        return;
    }
    // If the store cannot release the seats now, keep the sale as it is and say so: starting
    // a new one would lose the token that can release them.
    const SaleResult<bool> released = m_order ? m_authority.cancelOrder(m_order->id)
                                      : !m_selection.isEmpty()
                                          ? m_authority.release(m_holdToken, {})
                                          : SaleResult<bool>(true);
    if (!released) {
        Q_EMIT errorOccurred(released.error());
        return;
    }
    startNewSale();
    refreshSeatStates();
    Q_EMIT selectionChanged();
    Q_EMIT totalsChanged();
    Q_EMIT saleCancelled();
}
