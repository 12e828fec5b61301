#include "columnmappingwidget.h"

#include "accessiblenames.h"
#include "headermatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>

namespace {
const QList<Field> MappableFields{Field::Timestamp,    Field::Date,           Field::Time,
                                  Field::TimeZone,     Field::Initiator,      Field::Counterpart,
                                  Field::LocalParty,   Field::RemoteParty,    Field::Direction,
                                  Field::LocalPartyIp, Field::LocalPartyPort, Field::ClientIp,
                                  Field::ClientPort,   Field::DeviceCount,    Field::Duration,
                                  Field::CallType,     Field::CallId,         Field::RecordId};
}

ColumnMappingWidget::ColumnMappingWidget(QWidget *parent)
    : QWidget(parent), m_class(new QComboBox(this)), m_subtype(new QLineEdit(this)), m_timeFormat(new QLineEdit(this)),
      m_byPosition(new QCheckBox(this))
{
    auto *form = new QFormLayout(this);
    m_class->setObjectName(QStringLiteral("mappingClass"));
    m_class->addItem(tr("— choose the evidence class —"), QString());
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection})
        m_class->addItem(EvidenceClassText::label(cls), evidenceClassKey(cls));
    form->addRow(tr("Evidence class:"), m_class);
    m_subtype->setObjectName(QStringLiteral("mappingSubtype"));
    m_subtype->setPlaceholderText(tr("e.g. %1").arg(subtypeExamples(std::nullopt)));
    m_subtype->setCompleter(new QCompleter({u"call"_qs, u"sms"_qs, u"message"_qs, u"imessage-query"_qs,
                                            u"facetime-invitation"_qs, u"login"_qs},
                                           m_subtype));
    m_subtype->setToolTip(tr("The kind of record within its class, stored with every event of the file (a call type "
                             "column, where one is mapped, names each row's own)."));
    form->addRow(tr("Subtype:"), m_subtype);
    m_timeFormat->setPlaceholderText(tr("optional, e.g. dd.MM.yyyy HH:mm, or unix / unix-ms / excel"));
    m_timeFormat->setToolTip(
        tr("Empty: LookupLens reads the common shapes itself. Otherwise Qt's letters: dd day, MM month (MMM "
           "its English short name), yyyy year, or yy for two digits (00–68 as 2000–2068, 69–99 as 1969–1999), "
           "HH hour (h with AP for a 12-hour clock), mm minute, ss second, zzz milliseconds, t a zone written in "
           "the time (an offset, UTC, a zone's name, or an abbreviation read through the declared zone), other "
           "text in single quotes. Or a count: unix, unix-ms, excel, excel-1904."));
    form->addRow(tr("Timestamp format:"), m_timeFormat);
    m_byPosition->setObjectName(QStringLiteral("mappingByPosition"));
    m_byPosition->setText(tr("The file has no header row: every row is a record, its columns named by number"));
    form->addRow(m_byPosition);
    for (Field field : MappableFields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_") + TableFormat::fieldKey(field));
        m_columns.insert(field, combo);
        QString label = TableFormat::fieldName(field);
        label[0] = label[0].toUpper();
        combo->setToolTip(fieldHint(field));
        form->addRow(label + u':', combo);
        guardFromWheel(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::changed);
        if (field == Field::Duration)
            form->addRow(tr("Duration counted in:"), makeDurationUnitBox());
    }
    AccessibleNames::nameFieldsByLabels(form);
    guardFromWheel(m_class);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this]() {
        m_subtype->setPlaceholderText(tr("e.g. %1").arg(subtypeExamples(evidenceClassFromKey(m_class->currentData().toString()))));
        emit changed();
    });
    connect(m_byPosition, &QCheckBox::toggled, this, [this]() {
        fillColumnBoxes(m_width, false); // the same columns chosen, now named the other way
        emit changed();
    });
    connect(m_subtype, &QLineEdit::editingFinished, this, &ColumnMappingWidget::changed);
    connect(m_timeFormat, &QLineEdit::editingFinished, this, &ColumnMappingWidget::changed);
}

QComboBox *ColumnMappingWidget::makeDurationUnitBox()
{
    // A provider's cover letter may say what a header does not ("Dauer" in minutes).
    m_durationUnit = new QComboBox(this);
    m_durationUnit->setObjectName(QStringLiteral("mappingDurationUnit"));
    m_durationUnit->addItem(tr("as its header says (“Duration (min)”), else seconds"), QString());
    for (const DurationUnit unit : Durations::all()) {
        QString words = Durations::words(unit);
        words[0] = words[0].toUpper();
        m_durationUnit->addItem(words, Durations::key(unit));
    }
    guardFromWheel(m_durationUnit);
    connect(m_durationUnit, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::changed);
    return m_durationUnit;
}

QString ColumnMappingWidget::subtypeExamples(std::optional<EvidenceClass> evidenceClass)
{
    // A lookup's subtypes are no call nor message: the example follows the class chosen.
    if (!evidenceClass)
        return tr("call, sms, message, imessage-query");
    switch (*evidenceClass) {
    case EvidenceClass::Lookup: return tr("imessage-query or facetime-invitation");
    case EvidenceClass::Communication: return tr("call, sms or message");
    case EvidenceClass::Connection: return tr("login");
    }
    return {};
}

QString ColumnMappingWidget::fieldHint(Field field)
{
    switch (field) {
    case Field::Timestamp: return tr("Date and time in one column.");
    case Field::Date: return tr("The date, where the time is in a column of its own (read together).");
    case Field::Time: return tr("The time, where the date is in a column of its own (read together).");
    case Field::TimeZone:
        return tr("Each row's zone (a name such as Europe/Berlin, or an offset); a row whose cell is empty is read "
                  "in the zone chosen above.");
    case Field::Initiator: return tr("Who acted: the handle that looked up, called, wrote or connected.");
    case Field::Counterpart: return tr("The other handle: the one looked up, called or written to.");
    case Field::LocalParty:
        return tr("One subscriber's records: the subscriber. With the remote party and the direction, instead of "
                  "initiator and counterpart.");
    case Field::RemoteParty: return tr("One subscriber's records: the other party of each row.");
    case Field::Direction:
        return tr("One subscriber's records: who began each row (outgoing or incoming, MO or MT, abgehend or "
                  "ankommend…).");
    case Field::LocalPartyIp:
        return tr("One subscriber's records: the subscriber's own IP address (a Wi-Fi call's): the client IP of the "
                  "rows it began; the rows it received keep it as written, as their request came from the caller.");
    case Field::LocalPartyPort: return tr("One subscriber's records: the port beside the subscriber's own IP address.");
    case Field::ClientIp: return tr("The IP address the request or connection came from.");
    case Field::ClientPort: return tr("The client's port beside its IP address.");
    case Field::DeviceCount: return tr("How many capable devices answered a lookup.");
    case Field::Duration:
        return tr("A call's length: seconds, h:mm:ss, or with units; the unit below, or the header's "
                  "(“Duration (min)”).");
    case Field::CallType:
        return tr("For communications, what each row is (voice, SMS, MMS, data…): a call or message takes its "
                  "subtype from it, a data session is stored as a connection, a service code (USSD) is "
                  "rejected; the subtype above is kept where it names none of these.");
    case Field::CallId: return tr("The provider's id of a call: rows sharing it are legs of one call, stored as one event.");
    case Field::RecordId:
        return tr("The provider's id of a record, part of what the record is: two rows alike but for their ids are "
                  "two records; one repeated with its id in another return is linked as a duplicate, not counted "
                  "again.");
    }
    return {};
}

QString ColumnMappingWidget::addressMisfitText(TableFormat::AddressMisfit misfit)
{
    switch (misfit) {
    case TableFormat::AddressMisfit::None: return {};
    case TableFormat::AddressMisfit::PortAlone:
        return tr("The local party's port goes beside its IP address: map the local party's IP too.");
    case TableFormat::AddressMisfit::BesideBothParties:
        return tr("The local party's IP is the subscriber's own address, read in one subscriber's records (with the "
                  "remote party and the direction); with an initiator and a counterpart, whose address it is the "
                  "file does not say: map it as the client IP if it is the initiator's, or leave it out (its cells "
                  "are kept with each record).");
    }
    return {};
}

bool ColumnMappingWidget::callTypeMapped() const
{
    return m_columns.value(Field::CallType)->currentData().toInt() >= 0;
}

void ColumnMappingWidget::guardFromWheel(QComboBox *box)
{
    box->setFocusPolicy(Qt::StrongFocus); // a wheel gave it the focus (Qt::WheelFocus), and with it the wheel
    box->installEventFilter(this);
}

bool ColumnMappingWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget *>(watched)->hasFocus()) {
        event->ignore(); // on to the scroll area around the form
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ColumnMappingWidget::setColumns(const QStringList &header)
{
    m_header = header;
    fillColumnBoxes(int(header.size()), true);
}

void ColumnMappingWidget::fillColumnBoxes(int width, bool byText)
{
    m_width = width;
    for (QComboBox *combo : std::as_const(m_columns)) {
        const QString previousText = combo->currentText();
        const QVariant previousColumn = combo->currentData();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(tr("(not in this file)"), -1);
        for (int i = 0; i < width; ++i) {
            if (const QString text = columnText(i); !text.isEmpty())
                combo->addItem(text, i);
        }
        combo->setCurrentIndex(qMax(0, byText ? combo->findText(previousText) : combo->findData(previousColumn)));
        combo->blockSignals(false);
    }
}

QString ColumnMappingWidget::columnText(int column) const
{
    const QString cell = m_header.value(column).trimmed();
    if (!m_byPosition->isChecked())
        return cell;
    // What the column holds in the file's fullest row, to tell the numbered columns apart.
    const QString sample = cell.size() > 32 ? cell.left(31) + u'…' : cell;
    return sample.isEmpty() ? tr("Column %1").arg(column + 1) : tr("Column %1: %2").arg(column + 1).arg(sample);
}

QStringList ColumnMappingWidget::headerForMatch() const
{
    return m_byPosition->isChecked() ? TableFormat::positionHeader(m_width) : m_header;
}

void ColumnMappingWidget::setProfile(const TableFormat &profile)
{
    m_class->setCurrentIndex(qMax(0, m_class->findData(evidenceClassKey(profile.evidenceClass))));
    m_subtype->setText(profile.subtype);
    m_timeFormat->setText(profile.timestampFormat);
    {
        const QSignalBlocker unit(m_durationUnit);
        m_durationUnit->setCurrentIndex(
            qMax(0, m_durationUnit->findData(profile.durationUnit ? Durations::key(*profile.durationUnit) : QString())));
    }
    {
        const QSignalBlocker numbering(m_byPosition);
        m_byPosition->setChecked(profile.byPosition);
        // A column the profile numbers past the rows peeked at is kept.
        fillColumnBoxes(std::max(int(m_header.size()), profile.numberedWidth()), true);
    }
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QStringList names = profile.synonyms.value(it.key());
        int index = profile.byPosition ? qMax(0, it.value()->findData(profile.position(it.key()))) : 0;
        for (int i = 1; !profile.byPosition && i < it.value()->count(); ++i) {
            if (HeaderMatcher::isOneOf(it.value()->itemText(i), names))
                index = i;
        }
        it.value()->setCurrentIndex(index);
    }
    emit changed();
}

std::optional<TableFormat> ColumnMappingWidget::profile(const std::optional<QTimeZone> &zone, DateOrder order,
                                                        QString *error) const
{
    const auto cls = evidenceClassFromKey(m_class->currentData().toString());
    if (!cls) {
        *error = tr("Choose the evidence class: a lookup is never a communication, so there is no default.");
        return std::nullopt;
    }
    if (!zone) {
        *error = tr("Choose the time zone the provider wrote the times in; there is no default.");
        return std::nullopt;
    }
    if (m_subtype->text().trimmed().isEmpty()) {
        // With a call type column most rows name their own: the one asked for is for the rest.
        *error = cls == EvidenceClass::Communication && callTypeMapped()
                     ? tr("Name a subtype for the rows whose call type names no call, SMS or MMS (for example %1).")
                           .arg(subtypeExamples(*cls))
                     : tr("Name a subtype (for example %1).").arg(subtypeExamples(*cls));
        return std::nullopt;
    }
    TableFormat format;
    format.id = QStringLiteral("profile");
    format.title = tr("Column mapping");
    format.evidenceClass = *cls;
    format.subtype = m_subtype->text().trimmed();
    format.zone = zone;
    format.dateOrder = order;
    format.timestampFormat = m_timeFormat->text().trimmed();
    format.durationUnit = Durations::fromKey(m_durationUnit->currentData().toString());
    format.analystProfile = true;
    format.byPosition = m_byPosition->isChecked();
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            format.synonyms[it.key()] = {HeaderMatcher::normalizeHeader(
                format.byPosition ? TableFormat::positionName(column) : it.value()->currentText())};
    }
    if (!HeaderMatcher::match(format, headerForMatch())) {
        *error = tr("Map %1.").arg(HeaderMatcher::requirement(format));
        return std::nullopt;
    }
    if (const QString misfit = addressMisfitText(format.subscriberAddressMisfit()); !misfit.isEmpty()) {
        *error = misfit;
        return std::nullopt;
    }
    return format;
}
