// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskhelppage.h"

#include "ui/kiosk/kioskvisit.h"
#include "ui/kiosk/onscreenkeyboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTimer>
#include <QVBoxLayout>

KioskHelpPage::KioskHelpPage(const KioskPageContext &context, QWidget *parent)
    : KioskPage(context, parent)
{
    QVBoxLayout *v = setUpPage(tr("Ask me about films, times and prices"));
    auto *log = new QLabel(this);
    log->setObjectName(QStringLiteral("chatLog"));
    log->setWordWrap(true);
    log->setTextFormat(Qt::RichText);
    log->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QString html;
    for (const auto &[question, answer] : std::as_const(visit().conversation)) {
        html +=
            QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(question.toHtmlEscaped(), answer.isEmpty() ? tr("…") : answer.toHtmlEscaped());
    }
    if (html.isEmpty())
        html = tr("Type a question, or touch one of these.").toHtmlEscaped();
    log->setText(html);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(log);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    v->addWidget(scroll, 1);
    // The newest answer in view, once the log has its height.
    QTimer::singleShot(0, scroll, [scroll] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });

    auto *examples = new QHBoxLayout;
    const QStringList samples{tr("What starts soon?"), tr("How much is a meia-entrada?"),
                              tr("Are there seats at 9 pm?")};
    for (const QString &sample : samples) {
        QPushButton *b = bigButton(sample, "example");
        connect(b, &QPushButton::clicked, this, [this, sample] { Q_EMIT asked(sample); });
        examples->addWidget(b);
    }
    v->addLayout(examples);
    m_question = new QLineEdit(visit().questionTyped, this);
    m_question->setObjectName(QStringLiteral("question"));
    m_question->setPlaceholderText(tr("Your question"));
    // An answer arriving says the page again; what is being typed stays.
    connect(m_question, &QLineEdit::textChanged, this,
            [this](const QString &text) { visit().questionTyped = text; });
    v->addWidget(m_question);
    auto *keyboard = new OnScreenKeyboard(OnScreenKeyboard::Layout::Text, this);
    keyboard->setTarget(m_question);
    connect(keyboard, &OnScreenKeyboard::submitted, this, [this] {
        if (m_question)
            Q_EMIT asked(m_question->text());
    });
    connect(m_question, &QLineEdit::returnPressed, this, [this] {
        if (m_question)
            Q_EMIT asked(m_question->text());
    });
    v->addWidget(keyboard);
    auto *hint = new QLabel(tr("For anything else, the staff at the counter will help you."), this);
    hint->setWordWrap(true);
    v->addWidget(hint);
    v->addWidget(navigation());
}
