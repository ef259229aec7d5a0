// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>

// Finds QR codes in an image with ZXing-C++. The only file that includes ZXing: the Debian
// version (1.4) differs from newer ones, and this keeps that in one place.
class QrCodeDecoder
{
public:
    // The texts of the QR codes in a grayscale (luminance) buffer.
    static QList<QString> decodeLuminance(const uchar *data, int width, int height,
                                          int bytesPerLine, bool tryHarder = false);
    static QList<QString> decode(const QImage &image, bool tryHarder = false);
};
