#include "eventmarkdialog.h"

#include "evidenceclass.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // a handle or a file name as written, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EventMarkDialog::EventMarkDialog(const QString &event, bool lookup, const QString &note,
                                 QWidget *parent)
    : QDialog(parent), m_note(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Mark the event"));
    setObjectName(QStringLiteral("eventMarkDialog"));
    auto *layout = new QVBoxLayout(this);
    QLabel *eventLabel = wrappedLabel(event, this);
    QFont bold = eventLabel->font();
    bold.setBold(true);
    eventLabel->setFont(bold);
    layout->addWidget(eventLabel);
    if (lookup) {
        QLabel *caveat = wrappedLabel(EvidenceClassText::lookupCaveat(), this);
        QFont italic = caveat->font();
        italic.setItalic(true);
        caveat->setFont(italic);
        layout->addWidget(caveat);
    }
    QLabel *prompt = wrappedLabel(
        tr("Your note: why it matters, what it is set against. The mark and its note are "
           "yours, kept in the case with your name and the time and listed in reports; "
           "they change no event."),
        this);
    prompt->setBuddy(m_note);
    layout->addWidget(prompt);
    m_note->setAccessibleName(tr("Your note"));
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark"));
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Mark the event with this note (Ctrl+Return)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return writes a new line of the note; Ctrl+Return marks.
    auto *accept = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(accept, &QShortcut::activated, this, &QDialog::accept);
    resize(560, 320);
}

QString EventMarkDialog::note() const
{
    return m_note->toPlainText();
}

std::optional<QString> EventMarkDialog::ask(QWidget *parent, const QString &event, bool lookup,
                                            const QString &note)
{
    EventMarkDialog dialog(event, lookup, note, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}
