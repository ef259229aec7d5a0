// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodedecoder.h"

#include <ZXing/ReadBarcode.h>

QList<QString> QrCodeDecoder::decodeLuminance(const uchar *data, int width, int height,
                                              int bytesPerLine, bool tryHarder)
{
    const ZXing::ImageView view(data, width, height, ZXing::ImageFormat::Lum, bytesPerLine);
    auto hints = ZXing::DecodeHints()
                     .setFormats(ZXing::BarcodeFormat::QRCode)
                     .setTryHarder(tryHarder)
                     .setTryRotate(tryHarder);
    auto results = ZXing::ReadBarcodes(view, hints);
    if (results.empty()) {
        // The default (local average) binarizer loses codes whose light and dark differ by
        // less than about 1.6 times, however far apart their levels: a dim phone screen, a
        // washed-out print. One image-wide threshold reads those, at the price of a second
        // pass over frames that hold no code.
        hints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
        results = ZXing::ReadBarcodes(view, hints);
    }
    QList<QString> texts;
    for (const auto &result : results) {
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
