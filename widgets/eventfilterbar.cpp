#include "eventfilterbar.h"
#include "sourcechoices.h"

#include "elidedlabel.h"
#include "instantedit.h"
#include "middleelidedcombobox.h"
#include "timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTimer>

EventFilterBar::EventFilterBar(QWidget *parent)
    : QWidget(parent), m_handle(new QLineEdit(this)), m_side(new QComboBox(this)),
      m_other(new QLineEdit(this)), m_class(new QComboBox(this)), m_subtype(new QLineEdit(this)),
      m_useFrom(new QCheckBox(tr("From"), this)), m_from(new InstantEdit(this)),
      m_useTo(new QCheckBox(tr("to"), this)), m_to(new InstantEdit(this)),
      m_zone(new ElidedLabel(this)), m_ip(new QLineEdit(this)),
      m_source(new MiddleElidedComboBox(this)),
      m_duplicates(new QCheckBox(tr("with duplicates"), this)), m_text(new QLineEdit(this)),
      m_marked(new QCheckBox(tr("Marked only"), this)), m_chosenRow(new QWidget(this)),
      m_chosenLabel(new QLabel(m_chosenRow)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("eventFilterBar"));
    setUpEditors();
    QPushButton *clear = layOut();
    connectEditors();
    connect(clear, &QPushButton::clicked, this, &EventFilterBar::clear);
    setDisplayZone(QTimeZone::utc());
}

void EventFilterBar::setUpEditors()
{
    m_handle->setPlaceholderText(tr("handle, any spelling"));
    m_handle->setAccessibleName(tr("Handle"));
    m_side->setAccessibleName(tr("Side of the handle"));
    m_handle->setObjectName(QStringLiteral("filterHandle"));
    m_side->addItem(tr("either side"), int(EventFilter::HandleSide::Either));
    m_side->addItem(tr("as initiator"), int(EventFilter::HandleSide::Initiator));
    m_side->addItem(tr("as counterpart"), int(EventFilter::HandleSide::Counterpart));
    m_other->setPlaceholderText(tr("with handle (other side)"));
    m_other->setAccessibleName(tr("With handle on the other side"));
    m_other->setObjectName(QStringLiteral("filterOther"));
    m_other->setToolTip(tr("Only the events between the handle and this one: the other handle on the other side"));
    m_class->setObjectName(QStringLiteral("filterClass"));
    m_class->setAccessibleName(tr("Evidence class"));
    m_class->addItem(tr("all classes"), QString());
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection})
        m_class->addItem(EvidenceClassText::label(cls), evidenceClassKey(cls));
    m_subtype->setPlaceholderText(tr("subtype"));
    m_subtype->setAccessibleName(tr("Subtype"));
    m_subtype->setObjectName(QStringLiteral("filterSubtype"));
    // As the table shows it ("SMS", "iMessage query") or as exports write it ("sms"), any case.
    m_subtype->setToolTip(tr("The subtype as the events table shows it (SMS, iMessage query, …) "
                             "or as an export writes it (sms, imessage-query), in any case"));
    auto *subtypes = new QCompleter(m_subtype);
    subtypes->setModel(new QStringListModel(subtypes));
    subtypes->setCaseSensitivity(Qt::CaseInsensitive);
    m_subtype->setCompleter(subtypes);
    offerSubtypes(EvidenceClassText::knownSubtypeLabels()); // until the case's own are read
    m_ip->setPlaceholderText(tr("client IP"));
    m_ip->setAccessibleName(tr("Client IP"));
    m_ip->setObjectName(QStringLiteral("filterIp"));
    m_source->addItem(tr("all sources"), QVariant());
    m_text->setPlaceholderText(tr("text in the raw record"));
    m_text->setAccessibleName(tr("Text in the raw record"));
    m_text->setToolTip(tr("Only the events whose record as written (its line in the source) holds "
                          "this text, capitals and small letters as typed"));
    m_source->setAccessibleName(tr("Source"));
    // As wide as a short name, not the longest (a return's page): the other filters keep room.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(12);
    m_source->setToolTip(tr("Only the events stored from this source, or from every source of this "
                            "file (a return's pages, a workbook's worksheets). A record a later "
                            "source repeats is the earlier source's event: its link is under "
                            "Sources, Duplicate, and \"with duplicates\" lists it here too."));
    m_duplicates->setObjectName(QStringLiteral("filterDuplicates"));
    m_duplicates->setAccessibleName(tr("With the chosen source's duplicates"));
    m_duplicates->setEnabled(false); // until a source is chosen
    m_duplicates->setToolTip(tr("Also the events first stored from another source that the chosen "
                                "source held again (its duplicates): each listed once, with the "
                                "source and line it was first stored from, so that the table shows "
                                "every record the source held"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_marked->setObjectName(QStringLiteral("filterMarked"));
    m_marked->setToolTip(tr("Only the events you marked (Ctrl+M in the events table)"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_from->setAccessibleName(tr("From (time)"));
    m_to->setAccessibleName(tr("To (time)"));
    for (InstantEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    // A handle or an address is typed whole: room for one, however narrow the window.
    for (QLineEdit *edit : {m_handle, m_ip})
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("+12025550143")));
    // A subtype is a word or two; its field, the narrowest, keeps room for what it asks for.
    m_subtype->setMinimumWidth(
        fontMetrics().horizontalAdvance(m_subtype->placeholderText() + QStringLiteral("MM")));
}

QPushButton *EventFilterBar::layOut()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(QStringLiteral("clearFilters"));
    grid->addWidget(new QLabel(tr("Handle:"), this), 0, 0);
    grid->addWidget(m_handle, 0, 1);
    grid->addWidget(m_side, 0, 2);
    grid->addWidget(m_other, 0, 3);
    grid->addWidget(m_class, 0, 4);
    grid->addWidget(m_subtype, 0, 5);
    grid->addWidget(m_useFrom, 1, 0);
    grid->addWidget(m_from, 1, 1, 1, 2);
    auto *to = new QHBoxLayout; // the "to" box beside its editor, however wide the column above
    to->addWidget(m_useTo);
    to->addWidget(m_to, 1);
    m_zone->setObjectName(QStringLiteral("filterZone"));
    to->addWidget(m_zone);
    grid->addLayout(to, 1, 3, 1, 3);
    grid->addWidget(new QLabel(tr("IP:"), this), 2, 0);
    grid->addWidget(m_ip, 2, 1);
    auto *source = new QHBoxLayout; // the source and whether its duplicates are listed too
    source->addWidget(m_source, 1);
    source->addWidget(m_duplicates);
    grid->addLayout(source, 2, 2, 1, 2);
    grid->addWidget(m_text, 2, 4, 1, 2);
    // Under the button rather than beside the text: in its own column it held the filters, and
    // so the middle of the window, some 70 px wider than their other rows need.
    grid->addWidget(clear, 0, 6, 2, 1);
    grid->addWidget(m_marked, 2, 6);
    addChosenRow(grid, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(4, 1);
    grid->setColumnStretch(5, 1);
    return clear;
}

void EventFilterBar::addChosenRow(QGridLayout *grid, int row)
{
    // A chart's figure chosen: which events the table is limited to, and the way back.
    auto *chosen = new QHBoxLayout(m_chosenRow);
    chosen->setContentsMargins(0, 0, 0, 0);
    m_chosenLabel->setObjectName(QStringLiteral("filterChosen"));
    m_chosenLabel->setTextFormat(Qt::PlainText); // a figure's handles as written, never markup
    m_chosenLabel->setWordWrap(true);
    auto *forget = new QPushButton(tr("Show them all again"), m_chosenRow);
    chosen->addWidget(m_chosenLabel, 1);
    chosen->addWidget(forget);
    grid->addWidget(m_chosenRow, row, 0, 1, 7);
    m_chosenRow->setVisible(false);
    connect(forget, &QPushButton::clicked, this, [this]() {
        forgetChosen();
        applyNow();
    });
}

void EventFilterBar::connectEditors()
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, [this]() { emit filterChanged(filter()); });
    for (QLineEdit *edit : {m_handle, m_other, m_subtype, m_ip, m_text})
        connect(edit, &QLineEdit::textChanged, this, &EventFilterBar::emitSoon);
    for (QComboBox *box : {m_side, m_class, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &EventFilterBar::emitSoon);
    for (QCheckBox *box : {m_useFrom, m_useTo, m_marked, m_duplicates})
        connect(box, &QCheckBox::toggled, this, &EventFilterBar::emitSoon);
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this]() { m_duplicates->setEnabled(!SourceChoices::chosen(m_source).isEmpty()); });
    for (InstantEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &EventFilterBar::emitSoon);
}

void EventFilterBar::emitSoon()
{
    m_timer->start();
}

void EventFilterBar::setSources(const QList<SourceRow> &sources)
{
    SourceChoices::fill(m_source, sources);
    m_sourceRows = sources;
    // Filled quietly: a choice the new list lacks is "all sources" again, with nothing to add.
    m_duplicates->setEnabled(!SourceChoices::chosen(m_source).isEmpty());
}

void EventFilterBar::setDisplayZone(const QTimeZone &zone)
{
    for (InstantEdit *edit : {m_from, m_to})
        edit->setZone(zone);
    m_zone->setText(TimeFormat::zoneLabel(zone));
    m_zone->setToolTip(tr("The times from and to are in the display zone, %1; each editor's tooltip gives its time in UTC")
                           .arg(TimeFormat::zoneLabel(zone)));
}

void EventFilterBar::setHandleText(const QString &text)
{
    m_handle->setText(text);
    m_other->clear(); // another handle chosen: a pair or a chart's events shown before no longer apply
    forgetChosen();
    applyNow();
}

void EventFilterBar::setIpText(const QString &text)
{
    m_ip->setText(text);
    forgetChosen();
    applyNow();
}

void EventFilterBar::setTimeRangeDefaults(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_firstMs = fromMs;
    m_lastMs = toMs;
    for (auto [box, edit, ms] : {std::tuple{m_useFrom, m_from, fromMs}, std::tuple{m_useTo, m_to, toMs}}) {
        if (box->isChecked() || !ms)
            continue;
        const QSignalBlocker blocker(edit);
        edit->setInstant(*ms);
    }
}

void EventFilterBar::setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_useFrom->setChecked(fromMs.has_value());
    m_useTo->setChecked(toMs.has_value());
    m_timer->stop();
    if (fromMs)
        m_from->setInstant(*fromMs);
    if (toMs)
        m_to->setInstant(*toMs);
}

qint64 EventFilterBar::resolved(const QString &handle) const
{
    return m_checks.resolveHandle ? m_checks.resolveHandle(handle).value_or(-1) : -1;
}

EventFilter EventFilterBar::filter() const
{
    EventFilter f;
    const QString handle = m_handle->text().trimmed();
    if (!handle.isEmpty()) {
        // An unknown handle matches nothing rather than being silently ignored.
        f.handleId = resolved(handle);
        f.side = static_cast<EventFilter::HandleSide>(m_side->currentData().toInt());
        if (const QString other = m_other->text().trimmed(); !other.isEmpty())
            f.otherHandleId = resolved(other);
    }
    f.evidenceClass = evidenceClassFromKey(m_class->currentData().toString());
    f.subtype = subtypeMeant();
    if (m_useFrom->isChecked())
        f.fromMs = m_from->instant();
    if (m_useTo->isChecked())
        f.toMs = m_to->instant();
    f.clientIp = m_ip->text().trimmed();
    f.sourceIds = SourceChoices::chosen(m_source);
    f.withDuplicates = !f.sourceIds.isEmpty() && m_duplicates->isChecked();
    f.rawText = m_text->text();
    f.markedOnly = m_marked->isChecked();
    f.chosenIds = m_chosenIds;
    return f;
}

void EventFilterBar::offerSubtypes(const QStringList &labels)
{
    QCompleter *completer = m_subtype->completer();
    static_cast<QStringListModel *>(completer->model())->setStringList(labels);
    // Its list as wide as the longest name, not as the narrow field: "iMessage query" whole.
    int widest = 0;
    for (const QString &label : labels)
        widest = qMax(widest, fontMetrics().horizontalAdvance(label));
    completer->popup()->setMinimumWidth(widest + fontMetrics().horizontalAdvance(u"MM"_qs));
}

void EventFilterBar::setCaseSubtypes(const std::optional<QStringList> &subtypes)
{
    m_caseSubtypes = subtypes;
    QStringList labels;
    for (const QString &subtype : subtypes.value_or(QStringList()))
        labels.append(EvidenceClassText::subtypeLabel(subtype));
    labels.removeDuplicates(); // a profile's own "Call" beside the built-in call, shown alike
    labels.sort(Qt::CaseInsensitive);
    offerSubtypes(subtypes ? labels : EvidenceClassText::knownSubtypeLabels());
    // What a subtype typed stands for, and whether the case has it, may differ now.
    if (!m_subtype->text().trimmed().isEmpty())
        emitSoon();
}

QString EventFilterBar::subtypeMeant() const
{
    return EvidenceClassText::subtypeKey(m_subtype->text(), m_caseSubtypes.value_or(QStringList()));
}

QString EventFilterBar::subtypeMissing() const
{
    const QString typed = m_subtype->text().trimmed();
    if (typed.isEmpty() || !m_caseSubtypes || m_caseSubtypes->contains(subtypeMeant()))
        return {};
    if (m_caseSubtypes->isEmpty())
        return tr("no event of subtype \"%1\" in the case").arg(typed);
    // The field's list is then the case's subtypes as the table names them.
    const auto *offered = static_cast<const QStringListModel *>(m_subtype->completer()->model());
    return tr("no event of subtype \"%1\" in the case (its subtypes: %2)")
        .arg(typed, offered->stringList().join(u", "_qs));
}

QStringList EventFilterBar::whyNothingMatches() const
{
    QStringList reasons;
    for (const QLineEdit *edit : {m_handle, m_other}) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty() && (edit == m_handle || !m_handle->text().trimmed().isEmpty()) &&
            resolved(text) < 0)
            reasons.append(tr("no handle \"%1\" in the case").arg(text));
    }
    if (const QString ip = m_ip->text().trimmed();
        !ip.isEmpty() && !(m_checks.hasClientIp && m_checks.hasClientIp(ip)))
        reasons.append(tr("no client IP \"%1\" in the case").arg(ip));
    if (const QString missing = subtypeMissing(); !missing.isEmpty())
        reasons.append(missing);
    // The text as typed, not trimmed: the filter looks for its spaces too.
    if (const QString text = m_text->text();
        !text.isEmpty() && m_checks.textHeldNowhere && m_checks.textHeldNowhere(text))
        reasons.append(tr("no record as written holds \"%1\" (capitals and small letters as typed)")
                           .arg(text));
    if (const QString nothing =
            SourceChoices::nothingStoredText(m_source, m_sourceRows, m_duplicates->isChecked());
        !nothing.isEmpty())
        reasons.append(nothing);
    if (m_marked->isChecked() && !(m_checks.anyMarked && m_checks.anyMarked()))
        reasons.append(tr("no event of the case is marked"));
    if (const QString window = windowHoldsNothing(); !window.isEmpty())
        reasons.append(window);
    return reasons;
}

QString EventFilterBar::windowHoldsNothing() const
{
    const std::optional<qint64> from =
        m_useFrom->isChecked() ? std::optional(m_from->instant()) : std::nullopt;
    const std::optional<qint64> to =
        m_useTo->isChecked() ? std::optional(m_to->instant()) : std::nullopt;
    if (from && to && *from > *to)
        return tr("From is after to: no time lies between them");
    // A year mistyped, say: the window is the case's to see, with when its events are.
    if (m_firstMs && m_lastMs && ((from && *from > *m_lastMs) || (to && *to < *m_firstMs)))
        return tr("the case's events run from %1 to %2, outside the window")
            .arg(TimeFormat::cell(*m_firstMs, m_from->zone()),
                 TimeFormat::cell(*m_lastMs, m_from->zone()));
    return {};
}

void EventFilterBar::clear()
{
    m_handle->clear();
    clearAllButHandle();
    applyNow();
}

void EventFilterBar::showCountedEvents(EventFilter::HandleSide side, EvidenceClass evidenceClass)
{
    clearAllButHandle();
    m_side->setCurrentIndex(m_side->findData(int(side)));
    m_class->setCurrentIndex(m_class->findData(evidenceClassKey(evidenceClass)));
    applyNow();
}

void EventFilterBar::showHandleEvents()
{
    clearAllButHandle();
    applyNow();
}

void EventFilterBar::showSourceEvents(const QList<qint64> &sourceIds, bool withDuplicates)
{
    m_handle->clear();
    clearAllButHandle();
    SourceChoices::choose(m_source, sourceIds);
    m_duplicates->setChecked(withDuplicates && !SourceChoices::chosen(m_source).isEmpty());
    applyNow();
}

void EventFilterBar::showIpEvents(const QString &ip, std::optional<EvidenceClass> evidenceClass)
{
    m_handle->clear();
    clearAllButHandle();
    m_ip->setText(ip);
    if (evidenceClass)
        m_class->setCurrentIndex(m_class->findData(evidenceClassKey(*evidenceClass)));
    applyNow();
}

void EventFilterBar::showEventsBetween(const QString &first, const QString &second)
{
    clearAllButHandle();
    m_handle->setText(first);
    m_other->setText(second);
    applyNow();
}

void EventFilterBar::showPairEvents(const QString &initiator, const QString &counterpart,
                                    EvidenceClass evidenceClass, std::optional<qint64> fromMs,
                                    std::optional<qint64> toMs, const QList<qint64> &sourceIds,
                                    bool withDuplicates)
{
    clearAllButHandle();
    m_handle->setText(initiator);
    m_side->setCurrentIndex(m_side->findData(int(EventFilter::HandleSide::Initiator)));
    m_other->setText(counterpart);
    m_class->setCurrentIndex(m_class->findData(evidenceClassKey(evidenceClass)));
    setTimeRange(fromMs, toMs);
    SourceChoices::choose(m_source, sourceIds);
    m_duplicates->setChecked(withDuplicates && !sourceIds.isEmpty());
    applyNow();
}

void EventFilterBar::showChosenEvents(const QList<qint64> &ids, const QString &description)
{
    m_handle->clear();
    clearAllButHandle();
    m_chosenIds = ids;
    m_chosenDescription = description;
    m_chosenLabel->setText(tr("Only the events behind the figure chosen: %1").arg(description));
    m_chosenRow->setVisible(true);
    applyNow();
}

void EventFilterBar::forgetChosen()
{
    m_chosenIds.reset();
    m_chosenRow->setVisible(false);
}

void EventFilterBar::applyNow()
{
    m_timer->stop();
    emit filterChanged(filter());
}

void EventFilterBar::clearAllButHandle()
{
    forgetChosen();
    for (QLineEdit *edit : {m_other, m_subtype, m_ip, m_text})
        edit->clear();
    for (QComboBox *box : {m_side, m_class, m_source})
        box->setCurrentIndex(0);
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_marked->setChecked(false);
    m_duplicates->setChecked(false);
}
