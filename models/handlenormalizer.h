#pragma once

#include <QString>

#include <optional>

/// @brief What kind of identifier a handle is. Withheld: the record's words for a party whose
/// number caller ID did not give ("Anonymous", "Private", "Rufnummer unterdrückt"): the records
/// that say so may come from as many people as there are records, so they are never one party.
/// Masked: a number or address with characters hidden ("+49171*****12", "202-555-XXXX",
/// "j***@example.com") or a redaction's word for a whole party ("[REDACTED]"), as redacted
/// returns and leaked samples write them: two people may be written alike, so never one party either.
enum class HandleKind { Phone, Email, Other, Withheld, Masked };

QString handleKindKey(HandleKind kind);

/// @brief How far a phone number could be checked; anything but Valid is kept as typed.
enum class HandleCheck { Valid, PossibleNotValid, NotAPhoneNumber };

QString handleCheckKey(HandleCheck check);

struct NormalizedHandle
{
    QString normalized;
    HandleKind kind = HandleKind::Other;
    HandleCheck check = HandleCheck::NotAPhoneNumber;
    /// Characters not part of the handle were left out: marks no one sees (a zero-width space, a
    /// direction mark), Excel's apostrophe that keeps a cell's text as typed, or quotes around it.
    bool strayLeftOut = false;
    bool isEmpty() const { return normalized.isEmpty(); }
};

/// @brief Turns a raw handle into the form used for matching: E.164, lower-case e-mail, or
/// the trimmed text. A per-call service code dialled before a number is not part of it; an
/// extension is ("+12025550147;ext=12", RFC 3966's form: the line behind a switchboard is not
/// the switchboard's number). Thread-safe (libphonenumber's util is a thread-safe singleton).
class HandleNormalizer final
{
public:
    /// @param region ISO 3166 two-letter region used for national phone numbers ("US").
    explicit HandleNormalizer(const QString &region = QStringLiteral("US"));
    /// @brief The rules' version, in each source's importer version: raised whenever a spelling
    /// is read otherwise than before (1: numbers' extensions kept, RFC 3966's way; 2: marks no one
    /// sees and Excel's text apostrophe left out; 3: quotes around a whole number or address;
    /// 4: quotes around any whole handle, a name's too, and Excel's apostrophe before a short code).
    static constexpr int RulesVersion = 4;

    NormalizedHandle normalize(QStringView raw) const;
    QString region() const { return m_region; }

    static bool isKnownRegion(const QString &region);
    /// @brief The regions (ISO 3166 codes) whose numbers can be read, in code order.
    static QStringList knownRegions();
    /// @brief Whether @p text is the words a record writes for a party whose number was
    /// withheld or not given ("Anonymous", "PRIVATE_NUMBER", "Numéro masqué",
    /// "sip:anonymous@anonymous.invalid"), in any case, in brackets or not.
    static bool saysNumberWithheld(QStringView text);
    /// @brief Whether @p text is a number or address with characters hidden ("+49171*****12",
    /// "(202) 555-XXXX", "j•••@example.com") or a redaction's word for a whole party
    /// ("[REDACTED]", "geschwärzt", "███"); a service code dialled ("#31#…") is not.
    static bool saysPartMasked(QStringView text);
    /// @brief @p raw with every mark no one sees named as its code point ("⟨U+200B⟩+1312…"), so a
    /// note can show a spelling that looks like another.
    static QString withUnseenShown(QStringView raw);
    /// @brief The digits of a whole number written with a decimal part of zeros ("2025550143.0"),
    /// as a number column read as decimals is written back; empty for any other text.
    static QString wholeNumberWrittenAsDecimal(const QString &text);
    /// @brief A long number as a spreadsheet writes it in scientific notation ("4.47701E+11"):
    /// its digits where it holds them all ("4.47700900123E+11" → "447700900123"); empty with
    /// @p lost set where digits were rounded away; nullopt where @p text is no such number.
    static std::optional<QString> expandScientific(QStringView text, bool *lost);
    /// @brief The E.164 number @p raw is with a "+" before it, where @p raw is digits only, is no
    /// valid number of the region, and is valid so ("447700900461" → "+447700900461"): Excel
    /// drops a number's "+" when it opens a CSV file. Empty otherwise. It is never used to
    /// normalise (a country code added is a guess that could join two people): only to say so.
    QString withLostPlus(QStringView raw) const;
    /// @brief Whether @p raw is written as most of the world dials from within a country: a "0"
    /// before its digits, a trunk prefix ("0171 2345678", "(030) 1234567") or "00" before a
    /// country code ("0049 171 2345678"). Read in a region that dials otherwise, it is no number
    /// of that region.
    static bool writtenAsDialled(QStringView raw);

private:
    /// @brief What a pair of quotes around the whole of @p text holds, trimmed ("\"a@b.org\"",
    /// "“+1 202 555 0143”"); empty where @p text is not so quoted, or holds one of the pair's
    /// quotes within (two values, each in its own).
    static QString withinQuotes(const QString &text);
    NormalizedHandle normalizeVisible(const QString &text) const;
    NormalizedHandle normalizePhone(const QString &text) const;
    /// @brief A valid number followed by its extension ("(202) 555-0147 ext. 12", "… x12",
    /// "…;ext=12") as "+12025550147;ext=12"; nullopt for any other text.
    std::optional<NormalizedHandle> numberWithExtension(const QString &text) const;
    /// @brief The number after a per-call service code ("*67 202-555-0143"), or empty.
    QString numberAfterServiceCode(const QString &text) const;

    QString m_region;
    bool m_northAmerican = false; ///< the region dials *67 and *82
};
