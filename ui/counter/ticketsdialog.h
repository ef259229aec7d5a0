// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/ticketdocument.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QProgressBar;
class QPushButton;

// The end of a sale: the change to hand back, the tickets with their QR codes on screen, and
// the PDF (made on a worker thread as soon as the dialog opens) to open, save or print. A
// copy of an earlier sale (a reprint, a reissued ticket: content.copyNote) shows the same,
// headed by what it is.
class TicketsDialog final : public QDialog
{
    Q_OBJECT
public:
    TicketsDialog(TicketDocument::Content content, QWidget *parent = nullptr);
    ~TicketsDialog() override;

    // Where the PDF is (being) written.
    QString pdfPath() const { return m_pdfPath; }
    bool isPdfReady() const { return m_pdfReady; }

Q_SIGNALS:
    void pdfReady(const QString &path);

private:
    void onPdfFinished();
    void savePdf();
    void openPdf();
    void print();

    TicketDocument::Content m_content;
    QString m_pdfPath;
    bool m_pdfReady = false;
    QFutureWatcher<QString> m_pdfWatcher;
    QLabel *m_pdfStatus;
    QProgressBar *m_pdfProgress;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_print;
};
