// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/refundslip.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;

// The slip of a refund, for the customer: what the page says on screen, and its PDF (made on
// a worker thread as soon as the dialog opens) to print, open or save.
class RefundSlipDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RefundSlipDialog(RefundSlip::Content content, QWidget *parent = nullptr);
    ~RefundSlipDialog() override;

    QString pdfPath() const { return m_pdfPath; }
    bool isPdfReady() const { return m_pdfReady; }
    QLabel *slipText() const { return m_text; }

Q_SIGNALS:
    void pdfReady(const QString &path);

private:
    void print();
    void savePdf();
    void openPdf();

    RefundSlip m_slip;
    QString m_pdfPath;
    bool m_pdfReady = false;
    QFutureWatcher<QString> m_pdfWatcher;
    QLabel *m_text;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_open;
    QPushButton *m_save;
};
