#include "columnmappingwidget.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>

namespace {
const QList<Field> MappableFields{Field::Timestamp, Field::Date,       Field::Time,        Field::Initiator,
                                  Field::Counterpart, Field::LocalParty, Field::RemoteParty, Field::Direction,
                                  Field::ClientIp,  Field::ClientPort,  Field::DeviceCount, Field::Duration,
                                  Field::CallType,  Field::CallId,      Field::RecordId};
}

ColumnMappingWidget::ColumnMappingWidget(QWidget *parent)
    : QWidget(parent), m_class(new QComboBox(this)), m_subtype(new QLineEdit(this)), m_timeFormat(new QLineEdit(this))
{
    auto *form = new QFormLayout(this);
    m_class->setObjectName(QStringLiteral("mappingClass"));
    m_class->addItem(tr("— choose the evidence class —"), QString());
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection})
        m_class->addItem(EvidenceClassText::label(cls), evidenceClassKey(cls));
    form->addRow(tr("Evidence class:"), m_class);
    m_subtype->setObjectName(QStringLiteral("mappingSubtype"));
    m_subtype->setPlaceholderText(tr("e.g. call, sms, message, imessage-query"));
    m_subtype->setCompleter(new QCompleter({u"call"_qs, u"sms"_qs, u"message"_qs, u"imessage-query"_qs,
                                            u"facetime-invitation"_qs, u"login"_qs},
                                           m_subtype));
    form->addRow(tr("Subtype:"), m_subtype);
    m_timeFormat->setPlaceholderText(tr("optional, e.g. dd.MM.yyyy HH:mm, or unix / unix-ms"));
    form->addRow(tr("Timestamp format:"), m_timeFormat);
    for (Field field : MappableFields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping_") + TableFormat::fieldKey(field));
        m_columns.insert(field, combo);
        QString label = TableFormat::fieldName(field);
        label[0] = label[0].toUpper();
        form->addRow(label + u':', combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::changed);
    }
    connect(m_class, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::changed);
    connect(m_subtype, &QLineEdit::editingFinished, this, &ColumnMappingWidget::changed);
    connect(m_timeFormat, &QLineEdit::editingFinished, this, &ColumnMappingWidget::changed);
}

void ColumnMappingWidget::setColumns(const QStringList &header)
{
    m_header = header;
    for (QComboBox *combo : std::as_const(m_columns)) {
        const QString previous = combo->currentText();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(tr("(not in this file)"), -1);
        for (int i = 0; i < header.size(); ++i) {
            if (!header.at(i).trimmed().isEmpty())
                combo->addItem(header.at(i).trimmed(), i);
        }
        combo->setCurrentIndex(qMax(0, combo->findText(previous)));
        combo->blockSignals(false);
    }
}

void ColumnMappingWidget::setProfile(const TableFormat &profile)
{
    m_class->setCurrentIndex(qMax(0, m_class->findData(evidenceClassKey(profile.evidenceClass))));
    m_subtype->setText(profile.subtype);
    m_timeFormat->setText(profile.timestampFormat);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QStringList names = profile.synonyms.value(it.key());
        int index = 0;
        for (int i = 1; i < it.value()->count(); ++i) {
            if (names.contains(HeaderMatcher::normalizeHeader(it.value()->itemText(i))))
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
        *error = tr("Name a subtype (for example call, sms or message).");
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
    format.analystProfile = true;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value()->currentData().toInt() >= 0)
            format.synonyms[it.key()] = {HeaderMatcher::normalizeHeader(it.value()->currentText())};
    }
    if (!HeaderMatcher::match(format, m_header)) {
        *error = tr("Map %1.").arg(HeaderMatcher::requirement(format));
        return std::nullopt;
    }
    return format;
}
