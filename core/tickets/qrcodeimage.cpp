// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeimage.h"

#include <qrencode.h>

#include <memory>

QImage QrCodeImage::render(const QString &text, int quietZone)
{
    const QByteArray utf8 = text.toUtf8();
    // Ticket codes are Base45, all in the alphanumeric set: libqrencode then packs them at
    // 5.5 bits a character.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int size = code->width + 2 * quietZone;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        uchar *line = image.scanLine(y + quietZone);
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                line[x + quietZone] = 0;
        }
    }
    return image;
}

QImage QrCodeImage::render(const QString &text, int modulePixels, int quietZone)
{
    const QImage base = render(text, quietZone);
    if (base.isNull())
        return base;
    return base.scaled(base.width() * modulePixels, base.height() * modulePixels,
                       Qt::IgnoreAspectRatio, Qt::FastTransformation);
}
