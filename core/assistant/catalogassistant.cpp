// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogassistant.h"

#include "core/catalog/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {
bool mentions(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        static const QString boundary = QStringLiteral("(^|\\W)%1");
        if (QRegularExpression(boundary.arg(QRegularExpression::escape(QLatin1String(word))))
                .match(folded)
                .hasMatch())
            return true;
    }
    return false;
}

// Words too common to tell films apart.
const QSet<QString> &stopwords()
{
    static const QSet<QString> words = {
        QStringLiteral("the"),  QStringLiteral("and"),   QStringLiteral("for"),
        QStringLiteral("com"),  QStringLiteral("dos"),   QStringLiteral("das"),
        QStringLiteral("uma"),  QStringLiteral("que"),   QStringLiteral("tem"),
        QStringLiteral("para"), QStringLiteral("passa"), QStringLiteral("quando"),
        QStringLiteral("sala"), QStringLiteral("hoje"),  QStringLiteral("what"),
        QStringLiteral("time"), QStringLiteral("does"),  QStringLiteral("play"),
    };
    return words;
}

QStringList significantWords(const QString &folded)
{
    QStringList words;
    for (const QString &w : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() >= 3 && !stopwords().contains(w))
            words << w;
    }
    return words;
}
} // namespace

CatalogAssistant::CatalogAssistant(const CatalogRepository &catalog, std::function<QDateTime()> now)
    : m_catalog(catalog), m_now(std::move(now))
{}

QString CatalogAssistant::folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isLetterOrNumber() || c == QLatin1Char(':') ? c.toLower() : QLatin1Char(' ');
    }
    return out.simplified();
}

QList<CatalogAssistant::Film> CatalogAssistant::filmsMentioned(const QString &question) const
{
    const QDate today = m_now().date();
    const QSet<QString> asked = [&] {
        const QStringList words = significantWords(question);
        return QSet<QString>(words.cbegin(), words.cend());
    }();
    QHash<int, Film> films;
    for (const Screening &s : m_catalog.search(QString(), today, today.addDays(7)))
        films.insert(s.filmId, {s.filmId, s.filmTitle});
    // The films with the most title words in the question; a word or two of a long title is
    // enough ("quando passa Alto Mar?"), as long as no other film matches as well.
    int best = 0;
    QList<Film> found;
    for (const Film &film : std::as_const(films)) {
        int score = 0;
        for (const QString &w : significantWords(folded(film.title)))
            score += asked.contains(w) ? 1 : 0;
        if (score == 0 || score < best)
            continue;
        if (score > best)
            found.clear();
        best = score;
        found << film;
    }
    return found;
}

QDate CatalogAssistant::dayMentioned(const QString &q, bool *said) const
{
    const QDate today = m_now().date();
    *said = true;
    if (mentions(q, {"depois de amanha", "day after tomorrow"}))
        return today.addDays(2);
    if (mentions(q, {"amanha", "tomorrow"}))
        return today.addDays(1);
    if (mentions(q, {"hoje", "today", "tonight", "esta noite", "agora", "now"}))
        return today;
    static const std::pair<const char *, int> weekdays[] = {
        {"segunda", 1},  {"terca", 2},   {"quarta", 3},   {"quinta", 4},  {"sexta", 5},
        {"sabado", 6},   {"domingo", 7}, {"monday", 1},   {"tuesday", 2}, {"wednesday", 3},
        {"thursday", 4}, {"friday", 5},  {"saturday", 6}, {"sunday", 7}};
    for (const auto &[name, weekday] : weekdays) {
        if (mentions(q, {name}))
            return today.addDays((weekday - today.dayOfWeek() + 7) % 7);
    }
    *said = false;
    return today;
}

int CatalogAssistant::hourMentioned(const QString &q) const
{
    // "21h", "21h30", "21:00", "21 horas", "9 pm", "as 9 da noite".
    static const QRegularExpression clock(
        QStringLiteral("(?:^|\\s)(\\d{1,2})(?:\\s*(?:h|:|horas?)\\s*(\\d{2})?|\\s*(am|pm))"));
    static const QRegularExpression bare(
        QStringLiteral("(?:^|\\s)(?:as|at)\\s+(\\d{1,2})(?:\\s|$)"));
    auto match = clock.match(q);
    if (!match.hasMatch())
        match = bare.match(q);
    if (!match.hasMatch())
        return -1;
    int hour = match.captured(1).toInt();
    const bool evening = match.captured(3) == QLatin1String("pm") ||
                         mentions(q, {"da noite", "a noite", "tonight", "evening"});
    // Nobody asks for a film at 9 in the morning: small hours mean the afternoon or evening.
    if (hour < 12 && (evening || hour <= 10))
        hour += 12;
    return hour >= 0 && hour <= 23 ? hour : -1;
}

CatalogAssistant::Answer CatalogAssistant::answer(const QString &question) const
{
    const QString q = folded(question);
    if (q.isEmpty())
        return dontKnow();
    const QList<Film> films = filmsMentioned(q);
    bool daySaid = false;
    const QDate day = dayMentioned(q, &daySaid);
    const int hour = hourMentioned(q);
    const bool meia = mentions(q, {"meia", "half", "student", "estudante"});
    const bool price =
        meia || mentions(q, {"quanto", "preco", "valor", "custa", "how much", "price", "cost"});
    const bool seats = mentions(q, {"lugar", "lugares", "vaga", "assento", "lotad", "esgotad",
                                    "seat", "sold out", "available", "left"});
    const bool soon = mentions(q, {"agora", "now", "em breve", "proxim", "soon", "next"});
    const bool when =
        mentions(q, {"quando", "que horas", "horario", "sessao", "sessoes", "passa", "passando",
                     "when", "what time", "showtime", "playing", "showing", "schedule"});

    if (price)
        return prices(films, meia);
    if (seats)
        return seatsLeft(films, day, hour);
    if (films.size() == 1 && (when || daySaid || !soon))
        return showtimes(films.first(), day);
    // "When does <a film we do not show> play?": words left over that name nothing here.
    static const QSet<QString> known = {
        QStringLiteral("when"),     QStringLiteral("does"),     QStringLiteral("playing"),
        QStringLiteral("showing"),  QStringLiteral("what"),     QStringLiteral("whats"),
        QStringLiteral("passando"), QStringLiteral("esta"),     QStringLiteral("horario"),
        QStringLiteral("sessao"),   QStringLiteral("sessoes"),  QStringLiteral("agora"),
        QStringLiteral("now"),      QStringLiteral("showtime"), QStringLiteral("schedule"),
        QStringLiteral("proximas"), QStringLiteral("proximo"),  QStringLiteral("next"),
        QStringLiteral("soon"),     QStringLiteral("breve"),    QStringLiteral("filmes"),
        QStringLiteral("films"),    QStringLiteral("movies"),   QStringLiteral("cartaz")};
    bool unknownName = false;
    for (const QString &w : significantWords(q))
        unknownName = unknownName || !known.contains(w);
    if (films.isEmpty() && unknownName)
        return dontKnow();
    if (soon || (when && films.isEmpty() && !daySaid))
        return startingSoon();
    if (films.size() > 1) {
        QStringList titles;
        for (const Film &f : films)
            titles << f.title;
        return {true, tr("Which film do you mean: %1?").arg(titles.join(QStringLiteral(", ")))};
    }
    return dontKnow();
}

CatalogAssistant::Answer CatalogAssistant::showtimes(const Film &film, const QDate &day) const
{
    const QLocale locale;
    const auto onDay = [&](const QDate &d) {
        QStringList times;
        for (const Screening &s : m_catalog.search(QString(), d, d)) {
            if (s.filmId == film.id)
                times << tr("%1 (%2)").arg(
                    locale.toString(s.startsAt().time(), QLocale::ShortFormat), s.roomName);
        }
        return times;
    };
    const QStringList times = onDay(day);
    const QString dayText = locale.toString(day, QStringLiteral("dddd d/M"));
    if (!times.isEmpty())
        return {true,
                tr("%1 on %2: %3.").arg(film.title, dayText, times.join(QStringLiteral(", ")))};
    for (int ahead = 1; ahead <= 7; ++ahead) {
        const QStringList later = onDay(day.addDays(ahead));
        if (!later.isEmpty())
            return {true, tr("%1 has no screening on %2. The next ones are on %3: %4.")
                              .arg(film.title, dayText,
                                   locale.toString(day.addDays(ahead), QStringLiteral("dddd d/M")),
                                   later.join(QStringLiteral(", ")))};
    }
    return {true, tr("%1 has no screening in the coming days.").arg(film.title)};
}

CatalogAssistant::Answer CatalogAssistant::prices(const QList<Film> &films, bool meiaAsked) const
{
    const QDate today = m_now().date();
    qint64 low = -1, high = -1;
    for (const Screening &s : m_catalog.search(QString(), today, today.addDays(7))) {
        if (!films.isEmpty() && std::none_of(films.cbegin(), films.cend(),
                                             [&](const Film &f) { return f.id == s.filmId; }))
            continue;
        low = low < 0 ? s.priceCents : std::min(low, s.priceCents);
        high = std::max(high, s.priceCents);
    }
    if (low < 0)
        return dontKnow();
    int meiaPercent = 50;
    for (const TicketType &t : m_catalog.ticketTypes()) {
        if (t.isMeia)
            meiaPercent = t.percent;
    }
    const auto range = [&](int percent) {
        const qint64 a = Money::ticketPrice(low, 0, percent);
        const qint64 b = Money::ticketPrice(high, 0, percent);
        return a == b ? Money::format(a) : tr("%1 to %2").arg(Money::format(a), Money::format(b));
    };
    const QString about = films.size() == 1 ? films.first().title : tr("a ticket");
    if (meiaAsked)
        return {true, tr("Meia-entrada for %1 costs %2, with a student, teacher or senior "
                         "document shown at the door. Full price is %3.")
                          .arg(about, range(meiaPercent), range(100))};
    return {true, tr("Full price for %1 is %2; meia-entrada is %3.")
                      .arg(about, range(100), range(meiaPercent))};
}

CatalogAssistant::Answer CatalogAssistant::seatsLeft(const QList<Film> &films, const QDate &day,
                                                     int hour) const
{
    const QLocale locale;
    QStringList lines;
    for (const Screening &s : m_catalog.search(QString(), day, day)) {
        if (!films.isEmpty() && std::none_of(films.cbegin(), films.cend(),
                                             [&](const Film &f) { return f.id == s.filmId; }))
            continue;
        const QTime start = s.startsAt().time();
        if (hour >= 0 && std::abs(start.hour() * 60 + start.minute() - hour * 60) > 45)
            continue;
        if (hour < 0 && day == m_now().date() && s.startsAt() < m_now())
            continue;
        lines << (s.seatsLeft() > 0
                      ? tr("%1 at %2 (%3): %n seat(s) left", "", s.seatsLeft())
                            .arg(s.filmTitle, locale.toString(start, QLocale::ShortFormat),
                                 s.roomName)
                      : tr("%1 at %2 (%3): sold out")
                            .arg(s.filmTitle, locale.toString(start, QLocale::ShortFormat),
                                 s.roomName));
    }
    if (lines.isEmpty())
        return {true, hour >= 0 ? tr("Nothing starts around %1 on that day.")
                                      .arg(locale.toString(QTime(hour, 0), QLocale::ShortFormat))
                                : tr("There are no more screenings on that day.")};
    return {true, lines.join(QStringLiteral("; ")) + QLatin1Char('.')};
}

CatalogAssistant::Answer CatalogAssistant::startingSoon() const
{
    const QDateTime now = m_now();
    const QLocale locale;
    QStringList lines;
    for (const Screening &s : m_catalog.search(QString(), now.date(), now.date().addDays(1))) {
        if (s.startsAt() < now || s.startsAt() > now.addSecs(3 * 3600))
            continue;
        lines << tr("%1 at %2 (%3)")
                     .arg(s.filmTitle, locale.toString(s.startsAt().time(), QLocale::ShortFormat),
                          s.roomName);
    }
    if (lines.isEmpty())
        return {true, tr("Nothing starts in the next three hours.")};
    return {true, tr("Starting soon: %1.").arg(lines.join(QStringLiteral("; ")))};
}

CatalogAssistant::Answer CatalogAssistant::dontKnow()
{
    return {false, tr("Sorry, I don't know that. Please ask at the counter: they will be glad "
                      "to help.")};
}
