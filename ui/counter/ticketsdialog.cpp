// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketsdialog.h"

#include "core/catalog/money.h"
#include "core/tickets/qrcodeimage.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

TicketsDialog::TicketsDialog(TicketDocument::Content content, QWidget *parent)
    : QDialog(parent), m_content(std::move(content)), m_pdfStatus(new QLabel(this)),
      m_pdfProgress(new QProgressBar(this)), m_open(new QPushButton(tr("&Open PDF"), this)),
      m_save(new QPushButton(tr("&Save PDF…"), this)), m_print(new QPushButton(tr("&Print…"), this))
{
    const SaleReceipt &receipt = m_content.receipt;
    const bool copy = !m_content.copyNote.isEmpty();
    setWindowTitle(copy ? tr("Copy — order %1").arg(receipt.order.id)
                        : tr("Sale complete — order %1").arg(receipt.order.id));
    auto *layout = new QVBoxLayout(this);

    auto *headline = new QLabel(this);
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    headline->setFont(big);
    headline->setObjectName(QStringLiteral("headline"));
    if (copy)
        headline->setText(m_content.copyNote);
    else if (receipt.method == PaymentMethod::Cash && receipt.changeCents > 0)
        headline->setText(tr("Change to give: %1").arg(Money::format(receipt.changeCents)));
    else if (receipt.method == PaymentMethod::Cash)
        headline->setText(tr("Paid in cash, no change"));
    else
        headline->setText(tr("Card payment approved"));
    layout->addWidget(headline);
    layout->addWidget(new QLabel(tr("%n ticket(s) · total %1", nullptr, int(receipt.tickets.size()))
                                     .arg(Money::format(receipt.order.totalCents)),
                                 this));

    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    const QLocale locale;
    int row = 0;
    for (const IssuedTicket &t : receipt.tickets) {
        auto *qr = new QLabel(list);
        qr->setPixmap(QPixmap::fromImage(QrCodeImage::render(t.code, 3, 2)));
        qr->setAccessibleName(tr("QR code of seat %1").arg(t.seatLabel()));
        QString text = QStringLiteral("<b>%1</b><br>%2 · %3<br>%4 — %5")
                           .arg(m_content.screening.filmTitle.toHtmlEscaped(),
                                locale.toString(m_content.screening.startsAt(),
                                                QStringLiteral("ddd dd/MM HH:mm")),
                                m_content.screening.roomName.toHtmlEscaped(),
                                tr("Row %1, seat %2").arg(t.seatRow).arg(t.seatNumber),
                                m_content.ticketTypeNames.value(t.ticketTypeId).toHtmlEscaped()) +
                       QStringLiteral("<br>") + Money::format(t.priceCents);
        if (m_content.ticketTypeIsMeia.value(t.ticketTypeId))
            text += QStringLiteral("<br><i>") + tr("Meia-entrada: document checked at the door") +
                    QStringLiteral("</i>");
        auto *label = new QLabel(text, list);
        label->setTextFormat(Qt::RichText);
        grid->addWidget(qr, row, 0);
        grid->addWidget(label, row, 1, Qt::AlignTop);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(list);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(460, 320);
    layout->addWidget(scroll, 1);

    m_pdfProgress->setRange(0, 0); // busy
    m_pdfProgress->setMaximumHeight(12);
    m_pdfProgress->setTextVisible(false);
    auto *pdfRow = new QHBoxLayout;
    pdfRow->addWidget(m_pdfStatus, 1);
    pdfRow->addWidget(m_pdfProgress);
    layout->addLayout(pdfRow);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    QPushButton *next =
        buttons->addButton(copy ? tr("&Close") : tr("&Next sale"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    next->setObjectName(QStringLiteral("nextSale"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_open, &QPushButton::clicked, this, &TicketsDialog::openPdf);
    connect(m_save, &QPushButton::clicked, this, &TicketsDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &TicketsDialog::print);
    m_open->setEnabled(false);
    m_save->setEnabled(false);

    // The PDF is made on a worker thread: the cashier can hand over the change meanwhile.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/tickets");
    QDir().mkpath(dir);
    m_pdfPath = copy ? dir + QStringLiteral("/order-%1-copy-%2.pdf")
                                 .arg(receipt.order.id)
                                 .arg(QDateTime::currentMSecsSinceEpoch())
                     : dir + QStringLiteral("/order-%1.pdf").arg(receipt.order.id);
    m_pdfStatus->setText(tr("Preparing the PDF…"));
    connect(&m_pdfWatcher, &QFutureWatcher<QString>::finished, this, &TicketsDialog::onPdfFinished);
    m_pdfWatcher.setFuture(QtConcurrent::run([content = m_content, path = m_pdfPath] {
        return TicketDocument(content).writePdf(path);
    }));
}

TicketsDialog::~TicketsDialog()
{
    m_pdfWatcher.waitForFinished();
}

void TicketsDialog::onPdfFinished()
{
    m_pdfProgress->hide();
    const QString error = m_pdfWatcher.result();
    if (!error.isEmpty()) {
        m_pdfStatus->setText(tr("The PDF could not be made: %1. Printing still works.").arg(error));
        return;
    }
    m_pdfReady = true;
    m_pdfStatus->setText(tr("PDF ready."));
    m_open->setEnabled(true);
    m_save->setEnabled(true);
    Q_EMIT pdfReady(m_pdfPath);
}

void TicketsDialog::savePdf()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/marquee-order-%1.pdf").arg(m_content.receipt.order.id);
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save tickets"), suggested, tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (QFile::copy(m_pdfPath, target))
        m_pdfStatus->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)));
    else
        m_pdfStatus->setText(tr("Could not save to %1: choose another folder.")
                                 .arg(QDir::toNativeSeparators(target)));
}

void TicketsDialog::openPdf()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_pdfPath)))
        m_pdfStatus->setText(tr("No PDF viewer is installed; the file is %1.")
                                 .arg(QDir::toNativeSeparators(m_pdfPath)));
}

void TicketsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setDocName(tr("Tickets — order %1").arg(m_content.receipt.order.id));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!TicketDocument(m_content).paint(&printer))
        m_pdfStatus->setText(tr("The printer could not be used. Check it and try again."));
}
