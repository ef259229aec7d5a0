// SPDX-License-Identifier: GPL-3.0-or-later
#include "refundslipdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

RefundSlipDialog::RefundSlipDialog(RefundSlip::Content content, QWidget *parent)
    : QDialog(parent), m_slip(std::move(content)), m_text(new QLabel(this)),
      m_status(new QLabel(this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_open(new QPushButton(tr("&Open PDF"), this)),
      m_save(new QPushButton(tr("&Save PDF…"), this))
{
    setObjectName(QStringLiteral("refundSlip"));
    setWindowTitle(tr("Refund slip — order %1").arg(m_slip.content().orderId));
    QStringList html;
    for (const QString &line : m_slip.lines()) {
        const int tab = line.indexOf(QLatin1Char('\t'));
        html << (tab < 0 ? line.toHtmlEscaped()
                         : QStringLiteral("%1 <b>%2</b>")
                               .arg(line.left(tab).toHtmlEscaped(), line.mid(tab + 1)));
    }
    m_text->setText(html.join(QStringLiteral("<br>")));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_print, &QPushButton::clicked, this, &RefundSlipDialog::print);
    connect(m_open, &QPushButton::clicked, this, &RefundSlipDialog::openPdf);
    connect(m_save, &QPushButton::clicked, this, &RefundSlipDialog::savePdf);
    m_open->setEnabled(false);
    m_save->setEnabled(false);

    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/slips");
    QDir().mkpath(dir);
    m_pdfPath = dir + QStringLiteral("/refund-%1.pdf").arg(m_slip.content().refundId);
    m_status->setText(tr("Preparing the PDF…"));
    connect(&m_pdfWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_pdfWatcher.result();
        if (!error.isEmpty()) {
            m_status->setText(
                tr("The PDF could not be made: %1. Printing still works.").arg(error));
            return;
        }
        m_pdfReady = true;
        m_status->setText(tr("PDF ready."));
        m_open->setEnabled(true);
        m_save->setEnabled(true);
        Q_EMIT pdfReady(m_pdfPath);
    });
    m_pdfWatcher.setFuture(
        QtConcurrent::run([slip = m_slip, path = m_pdfPath] { return slip.writePdf(path); }));
}

RefundSlipDialog::~RefundSlipDialog()
{
    m_pdfWatcher.waitForFinished();
}

void RefundSlipDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_slip.paint(&printer))
        m_status->setText(tr("The printer could not be used. Check it and try again."));
}

void RefundSlipDialog::openPdf()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_pdfPath)))
        m_status->setText(tr("No PDF viewer is installed; the file is %1.")
                              .arg(QDir::toNativeSeparators(m_pdfPath)));
}

void RefundSlipDialog::savePdf()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/marquee-refund-%1.pdf").arg(m_slip.content().refundId);
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save the slip"), suggested, tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target);
    if (QFile::copy(m_pdfPath, target))
        m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(target)));
    else
        m_status->setText(tr("Could not save to %1: choose another folder.")
                              .arg(QDir::toNativeSeparators(target)));
}
