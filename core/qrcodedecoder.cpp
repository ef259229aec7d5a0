// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodedecoder.h"

#include <ZXing/ReadBarcode.h>

QList<QString> QrCodeDecoder::decodeLuminance(const uchar *data, int width, int height,
                                              int bytesPerLine, bool tryHarder)
{
    const ZXing::ImageView view(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(tryHarder)
                           .setTryRotate(tryHarder);
    QList<QString> texts;
    for (const auto &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        // Raw bytes: text() guesses a charset, and ticket codes are ASCII anyway.
        const auto &bytes = result.bytes();
        texts << QString::fromUtf8(reinterpret_cast<const char *>(bytes.data()),
                                   qsizetype(bytes.size()));
    }
    return texts;
}

QList<QString> QrCodeDecoder::decode(const QImage &image, bool tryHarder)
{
    const QImage gray = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    return decodeLuminance(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()),
                           tryHarder);
}
