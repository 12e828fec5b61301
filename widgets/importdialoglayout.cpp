// ImportDialog's widgets laid out: the settings' form (file, format, zone, date order, the
// rows offered only when a file asks for them), the column mapping with its profile buttons,
// and the preview with the legend and caveat beside its records and the problems found.
#include "importdialog.h"

#include "accessiblenames.h"
#include "columnmappingwidget.h"
#include "evidenceclassdelegate.h"
#include "evidencelegendwidget.h"
#include "regionnames.h"
#include "sourcereading.h"
#include "tableactions.h"
#include "timestampparser.h"
#include "timezonecombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

void ImportDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addLayout(buildSettings());
    // The mapping's form above the preview and its problems, the handle between them the
    // analyst's to drag: a laptop's screen shows three or four rows of the form by default.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("mappingSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildMapping());
    auto *preview = new QWidget(split);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    buildPreview(previewLayout);
    split->addWidget(preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    // Within the screen's room (a laptop's 768 pixels), which a window manager does not always keep.
    const QSize room = screen()->availableGeometry().size();
    resize(qMin(1100, room.width()), qMin(800, room.height()));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::acceptIfValid);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileBox, &QComboBox::currentIndexChanged, this, &ImportDialog::showFile);
    for (QComboBox *box : {m_format, static_cast<QComboBox *>(m_zone), m_dateOrder,
                           m_timestampFormat, m_numberRegion, m_decimalMark})
        connect(box, &QComboBox::currentIndexChanged, this, [this]() {
            refreshMapping();
            startPreview();
        });
    connect(m_mapping, &ColumnMappingWidget::changed, this, &ImportDialog::startPreview);
    connect(m_continued, &QCheckBox::toggled, this, &ImportDialog::startPreview);
    connect(m_subscriber, &QLineEdit::editingFinished, this, &ImportDialog::startPreview);
}

QFormLayout *ImportDialog::buildSettings()
{
    auto *form = new QFormLayout;
    m_settingsForm = form;
    fillFileBox();
    form->addRow(tr("Preview of:"), m_fileBox);
    m_fileBox->setObjectName(QStringLiteral("fileBox"));
    m_shownFile = m_files.value(0);
    buildFileRows(form);
    m_format->setObjectName(QStringLiteral("formatBox"));
    m_format->addItem(tr("Recognise from the headers"), QStringLiteral("auto"));
    for (const TableFormat &format : TableFormat::builtIn())
        m_format->addItem(format.shownTitle(), format.id);
    m_format->addItem(tr("Column mapping (profile)…"), MappingId);
    form->addRow(tr("Format:"), m_format);
    m_zone->setObjectName(QStringLiteral("zoneBox"));
    form->addRow(tr("Zone of unmarked times:"), m_zone);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderBox"));
    m_dateOrder->addItem(tr("Settle from the data (ask if it cannot)"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (25/03/2016)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (03/25/2016)"), int(DateOrder::MonthFirst));
    form->addRow(tr("Dates like 03/04/2016:"), m_dateOrder);
    buildDecimalMarkRow(form);
    buildNumberRegionRow(form);
    buildTimestampFormatRow(form);
    m_continued->setObjectName(QStringLiteral("continuedWorksheets"));
    m_continued->setText(tr("Read as continued: each going on from the records of the worksheet before it, by their "
                            "header row"));
    m_continued->setToolTip(tr("Offered for a worksheet whose first row fills the columns of the records before it, "
                               "as an export past Excel's row limit that does not repeat the header row. The workbook "
                               "cannot say whether it goes on from them: you decide, and each source records it."));
    form->addRow(tr("Worksheets without a header row:"), m_continued);
    form->setRowVisible(m_continued, false);
    m_subscriber->setObjectName(QStringLiteral("subscriberEdit"));
    m_subscriber->setPlaceholderText(tr("the number or address the return is for"));
    m_subscriber->setToolTip(tr("These records are written from one subscriber's side (the other party and the "
                                "direction), and the file names the subscriber nowhere. Declare whose records they "
                                "are, as the return's cover letter or name says: each source records that you did."));
    form->addRow(tr("Subscriber of the records:"), m_subscriber);
    form->setRowVisible(m_subscriber, false);
    AccessibleNames::nameFieldsByLabels(form);
    return form;
}

void ImportDialog::buildNumberRegionRow(QFormLayout *form)
{
    // A German carrier's "0171 2345678" in a case of US returns is no US number: read as the
    // case's region reads it, the person it is stood apart from their "+49 171 2345678".
    m_numberRegion->setObjectName(QStringLiteral("numberRegionBox"));
    m_numberRegion->addItem(tr("As the case's region: %1").arg(SourceReading::regionName(m_region)), QString());
    // By name, as a person looks for a country; typing its first letters finds it.
    for (const auto &[name, code] : RegionNames::byName()) {
        if (code != m_region)
            m_numberRegion->addItem(name, code);
    }
    m_numberRegion->setToolTip(tr("The country whose numbers the file writes without a country code (\"0171 2345678\"), "
                                  "where it is not the case's: they are read as its numbers, and the source records that "
                                  "you declared it."));
    form->addRow(tr("Numbers without a country code:"), m_numberRegion);
}

void ImportDialog::buildDecimalMarkRow(QFormLayout *form)
{
    // Offered where a duration like "1.234" was met: 1234 seconds with a German carrier's
    // thousands dot, 1.234 with a decimal point. The data settles it where it can.
    m_decimalMark->setObjectName(QStringLiteral("decimalMarkBox"));
    m_decimalMark->addItem(tr("Settle from the data (ask if it cannot)"),
                           int(DecimalMark::Unknown));
    m_decimalMark->addItem(tr("Decimal comma, dots part thousands (1.234 is 1234)"),
                           int(DecimalMark::Comma));
    m_decimalMark->addItem(tr("Decimal point, commas part thousands (1.234 is 1.234)"),
                           int(DecimalMark::Point));
    m_decimalMark->setToolTip(
        tr("How the file writes a duration's fraction, where a duration such as 1.234 or 1,234 "
           "could be read either way and no other duration in it settles which: you declare it, "
           "and the source records that you did."));
    form->addRow(tr("Durations like 1.234:"), m_decimalMark);
    form->setRowVisible(m_decimalMark, false);
}

void ImportDialog::buildTimestampFormatRow(QFormLayout *form)
{
    // Offered where times were rejected as counts no text shape tells (a worksheet's dates saved
    // as numbers, seconds since 1970): the file's format is kept, so its records still meet the
    // same records read from the workbook as delivered.
    m_timestampFormat->setObjectName(QStringLiteral("timestampFormatBox"));
    m_timestampFormat->addItem(tr("As the format reads them"), QString());
    for (const QString &format : TimestampParser::declarableFormats()) {
        QString words = TimestampParser::formatWords(format);
        words[0] = words[0].toUpper(); // an item of its own, not words within a sentence
        m_timestampFormat->addItem(tr("%1 (%2)").arg(words, format), format);
    }
    m_timestampFormat->setToolTip(tr("A count the file writes its times as, which no text shape tells: you declare it, "
                                     "and each source records that you did."));
    form->addRow(tr("Times written as:"), m_timestampFormat);
    form->setRowVisible(m_timestampFormat, false);
}

QWidget *ImportDialog::buildMapping()
{
    auto *mappingGroup = new QGroupBox(tr("Column mapping"), this);
    auto *mappingLayout = new QVBoxLayout(mappingGroup);
    auto *scroll = new QScrollArea(mappingGroup);
    scroll->setAccessibleName(mappingGroup->title());
    scroll->setWidget(m_mapping);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(5 * fontMetrics().height() + 40); // four of its rows, a fifth begun
    // The form's whole height is no claim on the dialog's: it shares the room with the preview
    // (which had two rows left) and scrolls.
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    mappingLayout->addWidget(scroll);
    auto *profileButtons = new QHBoxLayout;
    auto *load = new QPushButton(tr("Load profile…"), mappingGroup);
    auto *save = new QPushButton(tr("Save profile…"), mappingGroup);
    profileButtons->addWidget(load);
    profileButtons->addWidget(save);
    profileButtons->addStretch();
    mappingLayout->addLayout(profileButtons);
    connect(load, &QPushButton::clicked, this, &ImportDialog::loadProfile);
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveProfile);
    m_mappingBox = mappingGroup;
    return mappingGroup;
}

void ImportDialog::buildPreview(QVBoxLayout *layout)
{
    // Names and cells of the evidence shown as written: never read as markup (PlainMessageBox).
    for (QLabel *label : {m_notice, m_recognition, m_previewCaption})
        label->setTextFormat(Qt::PlainText);
    m_recognition->setWordWrap(true);
    m_recognition->setObjectName(QStringLiteral("recognition"));
    layout->addWidget(m_recognition);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setAccessibleName(tr("Preview"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setItemDelegateForColumn(1, new EvidenceClassDelegate(this));
    m_previewView->verticalHeader()->hide();
    // The rows as they will be stored, copied with their headings (to ask about one, say).
    new TableActions(m_previewView, QStringLiteral("preview"), QString(),
                     TableActions::Lookups::Shown, TableActions::Offer::WholeTable);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setWordWrap(false); // a record on one line, as in the file; whole in its tooltip
    m_previewCaption->setObjectName(QStringLiteral("previewCaption"));
    showRowsAsWritten({});
    layout->addWidget(m_previewCaption);
    // The preview shows lookups beside communications: the legend and the caveat stand by it,
    // as in every view that does (product.md). Above it, across its width: a column beside it
    // was taller than a 900-pixel screen leaves the dialog once the mapping is shown, and the
    // mapping's buttons were drawn over its form; the table had its columns cut at "Client IP".
    layout->addWidget(new EvidenceLegendWidget(this, Qt::Horizontal));
    layout->addWidget(m_previewView, 2);
    m_errors->setObjectName(QStringLiteral("previewErrors"));
    m_errors->setAccessibleName(tr("Problems found in the preview"));
    // A problem is a sentence naming file, line and reason, often longer than the dialog is
    // wide: wrapped, so it is read whole without scrolling sideways.
    m_errors->setWordWrap(true);
    m_errors->setResizeMode(QListView::Adjust);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_errors->setMinimumHeight(3 * fontMetrics().lineSpacing()); // two problems in sight; the rest scroll
    layout->addWidget(new QLabel(tr("Problems found:"), this));
    layout->addWidget(m_errors, 1);
}
