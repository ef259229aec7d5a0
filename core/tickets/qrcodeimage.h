// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

// Renders text as a QR code with libqrencode: one pixel per module plus a quiet zone of four,
// black on white, for scaling with Qt::FastTransformation (never smoothed).
class QrCodeImage
{
public:
    // A null image when the text does not fit a QR code.
    static QImage render(const QString &text, int quietZone = 4);
    // The same, scaled so each module is modulePixels wide.
    static QImage render(const QString &text, int modulePixels, int quietZone);
};
