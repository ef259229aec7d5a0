// SPDX-License-Identifier: GPL-3.0-or-later
#include "posterart.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace {
const QColor kBackdrops[] = {QColor(0x7b, 0x2d, 0x26), QColor(0x28, 0x53, 0x6b),
                             QColor(0x4b, 0x3f, 0x72), QColor(0x1f, 0x6f, 0x50),
                             QColor(0x8a, 0x5a, 0x00), QColor(0x5c, 0x3c, 0x5c),
                             QColor(0x2f, 0x48, 0x58), QColor(0x6b, 0x42, 0x26)};
} // namespace

QColor PosterArt::ratingColour(const QString &rating)
{
    if (rating == QLatin1String("L"))
        return QColor(0x0c, 0x94, 0x47);
    if (rating == QLatin1String("10"))
        return QColor(0x0f, 0x7d, 0xc2);
    if (rating == QLatin1String("12"))
        return QColor(0xf8, 0xc4, 0x11);
    if (rating == QLatin1String("14"))
        return QColor(0xe6, 0x78, 0x24);
    if (rating == QLatin1String("16"))
        return QColor(0xdb, 0x28, 0x27);
    return QColor(0x1d, 0x18, 0x15);
}

QImage PosterArt::render(const Screening &film, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame(QPointF(0, 0), QSizeF(size));
    const QColor base = kBackdrops[film.filmId % int(std::size(kBackdrops))];
    QLinearGradient backdrop(frame.topLeft(), frame.bottomRight());
    backdrop.setColorAt(0, base.lighter(150));
    backdrop.setColorAt(1, base.darker(160));
    QPainterPath card;
    card.addRoundedRect(frame, 8, 8);
    p.fillPath(card, backdrop);

    // The title, as large as fits in the upper part.
    const QRectF titleBox = frame.adjusted(size.width() * 0.08, size.height() * 0.1,
                                           -size.width() * 0.08, -size.height() * 0.3);
    QFont font = p.font();
    font.setBold(true);
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WordWrap);
    for (int px = int(size.height() * 0.16); px >= 8; --px) {
        font.setPixelSize(px);
        p.setFont(font);
        const QRectF needed =
            p.boundingRect(titleBox, Qt::AlignLeft | Qt::TextWordWrap, film.filmTitle);
        if (needed.height() <= titleBox.height() && needed.width() <= titleBox.width())
            break;
    }
    p.setPen(Qt::white);
    p.drawText(titleBox, film.filmTitle, wrap);

    // The age rating badge, bottom left, as on the real posters.
    const qreal side = std::max<qreal>(14, size.width() * 0.24);
    const QRectF badge(frame.left() + size.width() * 0.08,
                       frame.bottom() - side - size.height() * 0.06, side, side);
    p.setPen(Qt::NoPen);
    p.setBrush(ratingColour(film.rating));
    p.drawRoundedRect(badge, 4, 4);
    font.setPixelSize(int(side * 0.55));
    p.setFont(font);
    p.setPen(film.rating == QLatin1String("12") ? Qt::black : Qt::white);
    p.drawText(badge, Qt::AlignCenter, film.rating.isEmpty() ? QStringLiteral("?") : film.rating);
    return image;
}
