// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Camera frames that look photographed, made with QPainter and QImage only, to test and time
// the gate's QR decoding without a camera: a desk-and-hand background, a paper ticket or a
// phone screen carrying the code, seen at an angle, blurred, noisy, dim or with glare.
// Deterministic: the same arguments and seed always give the same frame. Header-only so the
// tests and the benchmarks share one recipe.

#include <QColor>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QTransform>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace CameraFrames {

// What the camera sees. The defaults are the clean baseline: a sharp, flat, well-lit paper
// ticket facing the camera, code 4 px a module, somewhere in the frame.
struct Conditions
{
    // Size of one QR module in frame pixels before any tilt. With `qr` rendered at one pixel a
    // module and a quiet zone of 4, the code (quiet zone included) is (modules + 8) × this wide;
    // ticket codes (113-128 characters) are versions 5 and 6, 37 or 41 modules, so 4 px makes
    // a code 180-200 px wide and 2 px one of 90-100 px.
    double modulePixels = 4.0;
    // Each frame scales modulePixels by a random factor in [1 - sizeJitter, 1 + sizeJitter].
    double sizeJitter = 0.1;
    // In-plane rotation of the code in degrees (clockwise, as the frame shows it), plus a
    // random amount in ±rotationJitter.
    double rotationDegrees = 0.0;
    double rotationJitter = 3.0;
    // Perspective: the ticket's plane turned this many degrees away from facing the camera,
    // about an axis in a random direction, seen by a pinhole camera two code widths away, so the
    // far edge is shorter than the near one (QTransform::quadToQuad over the projected
    // corners). 0 is flat; 20–35 is a moderately tilted hand.
    double tiltDegrees = 0.0;
    // Box blur radius in pixels, applied `blurPasses` times horizontally and vertically to the
    // whole frame (three passes approximate a Gaussian of sigma ≈ sqrt(passes · r · (r + 1) / 3):
    // 1 px → 1.4, 2 px → 2.4). Out-of-focus or moving camera. 0 is sharp.
    int blurRadius = 0;
    int blurPasses = 3;
    // Sensor noise: every pixel gets a uniform random offset in ±noise gray levels, the same on
    // all three channels so it is ±noise in the luminance too. Added after the blur.
    int noise = 0;
    // The code's dark modules and its light background (paper or screen) in gray levels, 0–255.
    // 90 and 160 is a faded print in dim light.
    int darkLevel = 20;
    int lightLevel = 235;
    // A phone showing the code instead of paper: a dark bezel around a slightly bluish screen,
    // the code dark on the lit screen (not inverted).
    bool phoneScreen = false;
    // A soft bright elliptical highlight (a lamp reflected on the glass or glossy paper) over a
    // random part of the code, this opaque at its centre (0 none, 1 pure white there) and this
    // wide relative to the code.
    double glare = 0.0;
    double glareSize = 0.5;
    // Uneven light: one side of the frame darker than the other by this fraction.
    double lightFalloff = 0.0;
};

namespace detail {

inline double uniform(QRandomGenerator &random, double low, double high)
{
    return low + (high - low) * random.generateDouble();
}

inline int clampLevel(int v)
{
    return std::clamp(v, 0, 255);
}

// Box blur of an RGB32 image in place, one axis at a time, with edge pixels repeated.
inline void boxBlur(QImage &image, int radius, int passes)
{
    if (radius <= 0 || passes <= 0)
        return;
    const int w = image.width();
    const int h = image.height();
    const int window = 2 * radius + 1;
    std::vector<QRgb> line(size_t(std::max(w, h)));
    auto blurLine = [&](auto pixelAt, int length) {
        for (int i = 0; i < length; ++i)
            line[size_t(i)] = *pixelAt(i);
        int r = 0, g = 0, b = 0;
        for (int k = -radius; k <= radius; ++k) {
            const QRgb p = line[size_t(std::clamp(k, 0, length - 1))];
            r += qRed(p);
            g += qGreen(p);
            b += qBlue(p);
        }
        for (int i = 0; i < length; ++i) {
            *pixelAt(i) = qRgb(r / window, g / window, b / window);
            const QRgb out = line[size_t(std::clamp(i - radius, 0, length - 1))];
            const QRgb in = line[size_t(std::clamp(i + radius + 1, 0, length - 1))];
            r += qRed(in) - qRed(out);
            g += qGreen(in) - qGreen(out);
            b += qBlue(in) - qBlue(out);
        }
    };
    for (int pass = 0; pass < passes; ++pass) {
        for (int y = 0; y < h; ++y) {
            auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
            blurLine([row](int x) { return row + x; }, w);
        }
        for (int x = 0; x < w; ++x) {
            blurLine([&image, x](int y) { return reinterpret_cast<QRgb *>(image.scanLine(y)) + x; },
                     h);
        }
    }
}

inline void addNoise(QImage &image, int amplitude, QRandomGenerator &random)
{
    if (amplitude <= 0)
        return;
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int d = random.bounded(-amplitude, amplitude + 1);
            const QRgb p = row[x];
            row[x] =
                qRgb(clampLevel(qRed(p) + d), clampLevel(qGreen(p) + d), clampLevel(qBlue(p) + d));
        }
    }
}

// What the camera adds to the scene, in this order: uneven light, lens blur, sensor noise.
inline void applyCamera(QImage &frame, const Conditions &c, QRandomGenerator &random)
{
    if (c.lightFalloff > 0) {
        const double angle = uniform(random, 0, 2 * M_PI);
        const QPointF mid(frame.width() / 2.0, frame.height() / 2.0);
        const QPointF d(std::cos(angle) * frame.width() / 2, std::sin(angle) * frame.height() / 2);
        QLinearGradient shade(mid - d, mid + d);
        shade.setColorAt(0, QColor(0, 0, 0, 0));
        shade.setColorAt(1, QColor(0, 0, 0, int(255 * std::clamp(c.lightFalloff, 0.0, 1.0))));
        QPainter p(&frame);
        p.fillRect(frame.rect(), shade);
    }
    boxBlur(frame, c.blurRadius, c.blurPasses);
    addNoise(frame, c.noise, random);
}

// Where an object-plane point (frame pixels, origin at the code's centre) lands after the
// ticket is turned tiltDegrees about an axis at tiltDirection and seen from `distance` away.
inline QPointF project(QPointF p, double tiltDegrees, double tiltDirection, double distance)
{
    const QTransform toAxis = QTransform().rotate(-tiltDirection);
    const QPointF q = toAxis.map(p);
    const double t = qDegreesToRadians(tiltDegrees);
    const double depth = distance + q.y() * std::sin(t);
    const QPointF projected(q.x() * distance / depth, q.y() * std::cos(t) * distance / depth);
    return toAxis.inverted().map(projected);
}

// The code on its carrier (paper ticket or phone), upright, `scale` pixels a module.
inline QImage carrier(const QImage &qr, int scale, const Conditions &c, QRandomGenerator &random,
                      QRectF *codeRect)
{
    const QImage code = qr.convertToFormat(QImage::Format_Grayscale8)
                            .scaled(qr.width() * scale, qr.height() * scale, Qt::IgnoreAspectRatio,
                                    Qt::FastTransformation);
    const int side = code.width();
    const int margin = int(side * (c.phoneScreen ? 0.08 : uniform(random, 0.06, 0.25)));
    const int bottom = c.phoneScreen ? int(side * 0.45) : int(side * uniform(random, 0.3, 0.7));
    const int bezel = c.phoneScreen ? int(side * 0.07) : 0;
    QImage image(side + 2 * (margin + bezel), side + margin + bottom + 2 * bezel + int(side * 0.3),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const QRectF code0(bezel + margin, bezel + margin + int(side * 0.3), side, side);
    *codeRect = code0;

    const int light = c.lightLevel;
    const int dark = c.darkLevel;
    const QColor lightColor =
        c.phoneScreen
            ? QColor(clampLevel(light - 14), clampLevel(light - 5), clampLevel(light + 12))
            : QColor(clampLevel(light + 3), clampLevel(light), clampLevel(light - 8));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    if (c.phoneScreen) {
        p.setBrush(QColor(24, 24, 28));
        p.drawRoundedRect(QRectF(image.rect()), side * 0.12, side * 0.12);
        p.setBrush(lightColor);
        p.drawRect(QRectF(bezel, bezel, image.width() - 2 * bezel, image.height() - 2 * bezel));
        // A status bar and an app header above the code, as a wallet app shows it.
        p.setBrush(QColor(clampLevel(light - 60), clampLevel(light - 50), clampLevel(light - 20)));
        p.drawRect(QRectF(bezel, bezel, image.width() - 2 * bezel, side * 0.18));
    } else {
        p.setBrush(lightColor);
        p.drawRect(QRectF(image.rect()));
        // Printed text above and below the code (never inside its quiet zone).
        p.setBrush(QColor(dark + (light - dark) / 3, dark + (light - dark) / 3,
                          dark + (light - dark) / 3));
        for (int i = 0; i < 3; ++i) {
            const double y = code0.bottom() + side * (0.08 + 0.09 * i);
            if (y + side * 0.05 < image.height())
                p.drawRect(QRectF(code0.left(), y, side * uniform(random, 0.3, 0.9), side * 0.05));
        }
        p.drawRect(QRectF(code0.left(), side * 0.1, side * uniform(random, 0.4, 0.8), side * 0.09));
    }
    // The code itself: its white becomes the carrier's light colour, its black `dark`.
    QImage tinted(code.size(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < code.height(); ++y) {
        const uchar *in = code.constScanLine(y);
        auto *out = reinterpret_cast<QRgb *>(tinted.scanLine(y));
        for (int x = 0; x < code.width(); ++x) {
            const double f = in[x] / 255.0;
            const int d = c.phoneScreen ? dark + 6 : dark;
            out[x] =
                qRgb(int(d + (lightColor.red() - d) * f), int(d + (lightColor.green() - d) * f),
                     int(d + (lightColor.blue() - d) * f));
        }
    }
    p.drawImage(code0.topLeft(), tinted);
    return image;
}

} // namespace detail

// A frame with no code: a desk (a lit gradient with wood-like streaks), part of a hand and mild
// texture noise, in Format_RGB32. Different seeds give different desks.
inline QImage emptyFrame(QSize frameSize, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage frame(frameSize, QImage::Format_RGB32);
    const int w = frameSize.width();
    const int h = frameSize.height();
    QPainter p(&frame);
    p.setRenderHint(QPainter::Antialiasing);

    const int base = random.bounded(70, 150);
    const QColor deskA(base + 30, base + 15, base - 10);
    const QColor deskB(base - 40, base - 45, base - 50);
    const double angle = detail::uniform(random, 0, 2 * M_PI);
    const QPointF c(w / 2.0, h / 2.0);
    const QPointF d(std::cos(angle) * w * 0.6, std::sin(angle) * h * 0.6);
    QLinearGradient desk(c - d, c + d);
    desk.setColorAt(0, deskA);
    desk.setColorAt(1, deskB);
    p.fillRect(frame.rect(), desk);

    // Wood grain: long faint streaks across the desk.
    const double grain = detail::uniform(random, -0.2, 0.2);
    for (int i = 0; i < 40; ++i) {
        const double y = detail::uniform(random, -0.2 * h, 1.2 * h);
        const int tone = random.bounded(-25, 26);
        p.setPen(QPen(QColor(detail::clampLevel(base + tone), detail::clampLevel(base + tone / 2),
                             detail::clampLevel(base - 30 + tone), random.bounded(20, 70)),
                      detail::uniform(random, 1, 5)));
        p.drawLine(QPointF(-10, y), QPointF(w + 10, y + grain * w));
    }

    // A hand (a soft skin-toned blob with fingers) coming in from an edge.
    const QPointF palm(detail::uniform(random, -0.1, 1.1) * w,
                       (random.bounded(2) ? 1.05 : -0.05) * h);
    QRadialGradient skin(palm, h * 0.35);
    skin.setColorAt(0, QColor(205, 160, 135));
    skin.setColorAt(0.8, QColor(175, 130, 110));
    skin.setColorAt(1, QColor(150, 110, 95, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(skin);
    p.drawEllipse(palm, h * 0.35, h * 0.3);
    for (int f = 0; f < 4; ++f) {
        p.save();
        p.translate(palm);
        p.rotate((palm.y() > h / 2 ? -90 : 90) + (f - 1.5) * 14);
        p.setBrush(QColor(190, 145, 122));
        p.drawRoundedRect(QRectF(h * 0.25, -h * 0.035, h * 0.22, h * 0.07), h * 0.035, h * 0.035);
        p.restore();
    }
    p.end();

    detail::addNoise(frame, 4, random);
    return frame;
}

// `qr` (as QrCodeImage::render(text, 4) gives it: one pixel a module, quiet zone of 4) on a
// ticket or phone placed at a random position in a new frame of frameSize under `c`, in
// Format_RGB32. The whole code is inside the frame when it fits. Decoders take the
// Grayscale8 version, like the Y plane of a camera frame.
inline QImage frameWithCode(const QImage &qr, QSize frameSize, const Conditions &c, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage frame = emptyFrame(frameSize, random.generate());

    const double module =
        c.modulePixels * detail::uniform(random, 1 - c.sizeJitter, 1 + c.sizeJitter);
    const double rotation =
        c.rotationDegrees + detail::uniform(random, -c.rotationJitter, c.rotationJitter);
    const double tiltDirection = detail::uniform(random, 0, 360);

    // Drawn from an image about twice the final size, so the smooth transform antialiases the
    // module edges about as a lens and sensor would.
    const int scale = std::max(2, int(std::ceil(module * 2)));
    QRectF codeRect;
    const QImage object = detail::carrier(qr, scale, c, random, &codeRect);

    // Object pixels → frame pixels relative to the code's centre, then tilt and rotation.
    const double toFrame = module / scale;
    const double codeSide = codeRect.width() * toFrame;
    auto place = [&](QPointF objectPoint) {
        const QPointF p = (objectPoint - codeRect.center()) * toFrame;
        const QPointF tilted = detail::project(p, c.tiltDegrees, tiltDirection, 2.0 * codeSide);
        return QTransform().rotate(rotation).map(tilted);
    };
    const QRectF all(object.rect());
    QPolygonF quad;
    for (const QPointF &corner :
         {all.topLeft(), all.topRight(), all.bottomRight(), all.bottomLeft()})
        quad << place(corner);
    QPolygonF codeQuad;
    for (const QPointF &corner :
         {codeRect.topLeft(), codeRect.topRight(), codeRect.bottomRight(), codeRect.bottomLeft()})
        codeQuad << place(corner);

    // A random spot for the code's centre where all of the code stays in the frame.
    const QRectF bounds = codeQuad.boundingRect();
    auto pick = [&](double low, double high, double size) {
        return low <= high ? detail::uniform(random, low, high) : size / 2;
    };
    const QPointF centre(
        pick(-bounds.left() + 4, frameSize.width() - bounds.right() - 4, frameSize.width()),
        pick(-bounds.top() + 4, frameSize.height() - bounds.bottom() - 4, frameSize.height()));
    quad.translate(centre);
    codeQuad.translate(centre);

    QTransform transform;
    const QPolygonF source{all.topLeft(), all.topRight(), all.bottomRight(), all.bottomLeft()};
    QTransform::quadToQuad(source, quad, transform);
    QPainter p(&frame);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    // A faint shadow under the carrier.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawPolygon(quad.translated(4, 6));
    p.setTransform(transform);
    p.drawImage(QPointF(0, 0), object);
    p.resetTransform();

    if (c.glare > 0) {
        const QRectF code = codeQuad.boundingRect();
        const QPointF spot(code.left() + code.width() * detail::uniform(random, 0.25, 0.75),
                           code.top() + code.height() * detail::uniform(random, 0.25, 0.75));
        const double rx = code.width() * c.glareSize / 2;
        const double ry = rx * detail::uniform(random, 0.45, 0.8);
        p.save();
        p.translate(spot);
        p.rotate(detail::uniform(random, 0, 180));
        p.scale(1, ry / rx);
        QRadialGradient highlight(QPointF(0, 0), rx);
        const int alpha = int(255 * std::clamp(c.glare, 0.0, 1.0));
        // A flat bright core, then a soft edge.
        highlight.setColorAt(0, QColor(255, 255, 255, alpha));
        highlight.setColorAt(0.4, QColor(252, 253, 255, alpha));
        highlight.setColorAt(0.7, QColor(250, 252, 255, alpha / 2));
        highlight.setColorAt(1, QColor(255, 255, 255, 0));
        p.setBrush(highlight);
        p.drawEllipse(QPointF(0, 0), rx, rx);
        p.restore();
    }
    p.end();
    detail::applyCamera(frame, c, random);
    return frame;
}

// The same desk seen under `c`'s camera conditions (lightFalloff, blurRadius, noise; the
// code's knobs do not apply): the frames a gate decodes while nobody shows a ticket.
inline QImage emptyFrame(QSize frameSize, const Conditions &c, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage frame = emptyFrame(frameSize, random.generate());
    detail::applyCamera(frame, c, random);
    return frame;
}

} // namespace CameraFrames
