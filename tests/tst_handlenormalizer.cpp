#include "handlenormalizer.h"

#include <QTest>

class tst_HandleNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void regionMatters();
    void scientificNotation();
    void knownRegions();
    void aPlusExcelDroppedIsSaidNotAdded_data();
    void aPlusExcelDroppedIsSaidNotAdded();
    void marksNoOneSeesAndExcelsApostropheAreLeftOut_data();
    void marksNoOneSeesAndExcelsApostropheAreLeftOut();
    void marksNoOneSeesAreShownByTheirCodePoints();
};

void tst_HandleNormalizer::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("check");

    const QString phone = QStringLiteral("phone");
    const QString email = QStringLiteral("email");
    const QString other = QStringLiteral("other");
    const QString valid = QStringLiteral("valid");
    const QString possible = QStringLiteral("possible-not-valid");
    const QString notPhone = QStringLiteral("not-a-phone-number");

    const QString withheld = QStringLiteral("withheld");
    // Caller ID's words for no number: never a handle two records can share as one party.
    QTest::newRow("withheld anonymous") << "Anonymous" << "Anonymous" << withheld << notPhone;
    QTest::newRow("withheld bracketed") << "<PRIVATE_NUMBER>" << "<PRIVATE_NUMBER>" << withheld << notPhone;
    QTest::newRow("withheld hyphens") << "No-Caller-ID" << "No-Caller-ID" << withheld << notPhone;
    QTest::newRow("withheld hidden") << "Hidden Number" << "Hidden Number" << withheld << notPhone;
    QTest::newRow("withheld German") << "Rufnummer unterdrückt" << "Rufnummer unterdrückt" << withheld << notPhone;
    QTest::newRow("withheld French") << "NUMÉRO MASQUÉ" << "NUMÉRO MASQUÉ" << withheld << notPhone;
    QTest::newRow("withheld tel URI") << "tel:anonymous" << "anonymous" << withheld << notPhone;
    QTest::newRow("withheld SIP") << "sip:anonymous@anonymous.invalid" << "sip:anonymous@anonymous.invalid" << withheld
                                  << notPhone;
    QTest::newRow("withheld SIP address") << "Anonymous@Anonymous.invalid" << "anonymous@anonymous.invalid" << withheld
                                          << notPhone;
    QTest::newRow("a name with the word") << "Private Line Ltd" << "Private Line Ltd" << other << notPhone;
    QTest::newRow("an address named so") << "anonymous@example.com" << "anonymous@example.com" << email << notPhone;
    QTest::newRow("an account named so") << "anonymous123" << "anonymous123" << other << notPhone;
    // Quotes around the words are no part of them (handle rules 4); Excel's apostrophe stays, as
    // before any word.
    QTest::newRow("withheld quoted") << "\"Anonymous\"" << "Anonymous" << withheld << notPhone;
    QTest::newRow("withheld apostrophe") << "'Private" << "'Private" << withheld << notPhone;
    const QString masked = QStringLiteral("masked");
    // Characters hidden by a redaction: two people may be written alike, so never one party.
    // The text stays as typed (an address in lower case, as before they were a kind of their own).
    QTest::newRow("masked stars") << "+49171*****12" << "+49171*****12" << masked << notPhone;
    QTest::newRow("masked X") << "(202) 555-XXXX" << "(202) 555-XXXX" << masked << notPhone;
    QTest::newRow("masked x at end") << "+1 202 555 01xx" << "+1 202 555 01xx" << masked << notPhone;
    QTest::newRow("masked hashes") << "+1202555####" << "+1202555####" << masked << notPhone;
    QTest::newRow("masked bullets") << "+1202\u2022\u2022\u20220143" << "+1202\u2022\u2022\u20220143" << masked << notPhone;
    QTest::newRow("masked wholly") << "***" << "***" << masked << notPhone;
    QTest::newRow("masked cut short") << "+1 202 555..." << "+1 202 555..." << masked << notPhone;
    QTest::newRow("not masked: whole before its dots") << "202-555-0143..." << "+12025550143" << phone << valid;
    QTest::newRow("masked cut at an ellipsis") << "+1202555\u2026" << "+1202555\u2026" << masked << notPhone;
    QTest::newRow("masked blocks") << "\u2588\u2588\u2588\u2588" << "\u2588\u2588\u2588\u2588" << masked << notPhone;
    QTest::newRow("masked address") << "J***@Example.com" << "j***@example.com" << masked << notPhone;
    QTest::newRow("masked domain") << "jo\u2022\u2022@g\u2022\u2022\u2022.com" << "jo\u2022\u2022@g\u2022\u2022\u2022.com" << masked
                                   << notPhone;
    QTest::newRow("redacted") << "[REDACTED]" << "[REDACTED]" << masked << notPhone;
    QTest::newRow("redacted German") << "geschwärzt" << "geschwärzt" << masked << notPhone;
    QTest::newRow("redacted quoted") << "\"<redacted>\"" << "<redacted>" << masked << notPhone;
    // Not hidden: an extension, a service code dialled, an address or account that holds an x or
    // a hash, a name holding the word.
    QTest::newRow("not masked: extension") << "202-555-0147 x12" << "+12025550147;ext=12" << phone << valid;
    QTest::newRow("not masked: forwarding code") << "**21*+4917112345678#" << "**21*+4917112345678#" << other << notPhone;
    QTest::newRow("not masked: service code") << "#31#2025550" << "#31#2025550" << other << notPhone;
    QTest::newRow("not masked: USSD") << "*100#" << "*100#" << other << notPhone;
    QTest::newRow("not masked: address with x") << "xxx@example.com" << "xxx@example.com" << email << notPhone;
    QTest::newRow("not masked: account xxx") << "xxx" << "xxx" << other << notPhone;
    QTest::newRow("not masked: name") << "Redacted Films Ltd" << "Redacted Films Ltd" << other << notPhone;
    QTest::newRow("international") << "+12025550143" << "+12025550143" << phone << valid;
    QTest::newRow("international spaced") << "+1 202 555 0143" << "+12025550143" << phone << valid;
    QTest::newRow("national parentheses") << "(312) 555-0147" << "+13125550147" << phone << valid;
    QTest::newRow("national dashes") << "312-555-0147" << "+13125550147" << phone << valid;
    QTest::newRow("national dots") << "312.555.0147" << "+13125550147" << phone << valid;
    QTest::newRow("national digits") << "3125550147" << "+13125550147" << phone << valid;
    QTest::newRow("toll free") << "1-800-555-0199" << "+18005550199" << phone << valid;
    QTest::newRow("tel uri") << "tel:+13125550147" << "+13125550147" << phone << valid;
    QTest::newRow("TEL uri upper") << "TEL:+1 (312) 555-0147" << "+13125550147" << phone << valid;
    QTest::newRow("uk") << "+44 20 7946 0958" << "+442079460958" << phone << valid;
    QTest::newRow("german trunk zero") << "+49 (0)30 1234567" << "+49301234567" << phone << valid;
    QTest::newRow("surrounding space") << "  +12025550143 \t" << "+12025550143" << phone << valid;
    QTest::newRow("email") << "dana.reyes@example.com" << "dana.reyes@example.com" << email << notPhone;
    QTest::newRow("email case") << "Dana.Reyes@Example.COM" << "dana.reyes@example.com" << email << notPhone;
    QTest::newRow("mailto") << "mailto:Dana.Reyes@example.com" << "dana.reyes@example.com" << email << notPhone;
    QTest::newRow("possible not valid intl") << "+1 200 555 0100" << "+1 200 555 0100" << phone << possible;
    QTest::newRow("possible not valid national") << "200 555 0100" << "200 555 0100" << phone << possible;
    QTest::newRow("possible not valid tel") << "tel:200-555-0100" << "200-555-0100" << phone << possible;
    QTest::newRow("too short") << "911" << "911" << other << notPhone;
    QTest::newRow("foreign exit code under US") << "0049 30 1234567" << "0049 30 1234567" << other << notPhone;
    QTest::newRow("garbage") << "SomeUser42" << "SomeUser42" << other << notPhone;
    QTest::newRow("garbage keeps case") << "#Foo Bar" << "#Foo Bar" << other << notPhone;
    QTest::newRow("tel uri with parameters") << "tel:+1-202-555-0143;phone-context=ims.example.net" << "+12025550143" << phone << valid;
    // An extension is the line behind a switchboard: kept, as RFC 3966 writes it, however written.
    QTest::newRow("tel uri with extension") << "tel:+1-202-555-0143;phone-context=x.example;ext=12" << "+12025550143;ext=12"
                                            << phone << valid;
    QTest::newRow("extension ext.") << "(202) 555-0143 ext. 12" << "+12025550143;ext=12" << phone << valid;
    QTest::newRow("extension x") << "202-555-0143x12" << "+12025550143;ext=12" << phone << valid;
    QTest::newRow("extension, comma") << "+44 20 7946 0958, Extension 3" << "+442079460958;ext=3" << phone << valid;
    QTest::newRow("extension of no valid number") << "200 555 0100 ext 12" << "200 555 0100 ext 12" << other << notPhone;
    QTest::newRow("x of a name") << "box12" << "box12" << other << notPhone;
    QTest::newRow("sip uri of a number") << "sip:+12025550143@ims.example.net;user=phone" << "+12025550143" << phone << valid;
    QTest::newRow("sips uri national") << "SIPS:2025550143@ims.example.net" << "+12025550143" << phone << valid;
    QTest::newRow("sip uri of a name") << "sip:alice@example.net" << "sip:alice@example.net" << other << notPhone;
    QTest::newRow("caller id blocked") << "*67 202-555-0143" << "+12025550143" << phone << valid;
    QTest::newRow("caller id shown") << "*822025550143" << "+12025550143" << phone << valid;
    QTest::newRow("gsm withheld") << "#31#+44 20 7946 0958" << "+442079460958" << phone << valid;
    QTest::newRow("gsm shown") << "*31#3125550147" << "+13125550147" << phone << valid;
    QTest::newRow("code alone") << "*67" << "*67" << other << notPhone;
    QTest::newRow("code before no valid number") << "*67 200 555 0100" << "*67 200 555 0100" << other << notPhone;
    QTest::newRow("other star code") << "*69" << "*69" << other << notPhone;
    QTest::newRow("scientific, every digit") << "1.2025550143E+10" << "+12025550143" << phone << valid;
    QTest::newRow("scientific, digits lost") << "4.47701E+11" << "4.47701E+11" << other << notPhone;
    QTest::newRow("scientific, not whole") << "1.25E+1" << "1.25E+1" << other << notPhone;
    // A number column written back as decimals, as pandas writes one with a gap in it.
    QTest::newRow("decimal point, zero") << "2025550143.0" << "+12025550143" << phone << valid;
    QTest::newRow("decimal comma, zeros") << "2025550143,00" << "+12025550143" << phone << valid;
    QTest::newRow("decimal, a fraction") << "2025550143.5" << "2025550143.5" << other << notPhone;
    QTest::newRow("decimal, no valid number") << "2005550100.0" << "2005550100.0" << other << notPhone;
    // A mail name-addr is its address; a WhatsApp JID its number; digits of another script read as digits.
    QTest::newRow("name-addr") << "Dana Reyes <Dana.Reyes@Example.com>" << "dana.reyes@example.com" << email << notPhone;
    QTest::newRow("address in angles") << "<mailto:dana.reyes@example.com>" << "dana.reyes@example.com" << email << notPhone;
    QTest::newRow("whatsapp jid") << "12025550143@s.whatsapp.net" << "+12025550143" << phone << valid;
    QTest::newRow("whatsapp web jid") << "442079460958@c.us" << "+442079460958" << phone << valid;
    QTest::newRow("whatsapp group, no number") << "120363025246125486@g.us" << "120363025246125486@g.us" << email << notPhone;
    QTest::newRow("jid of no valid number") << "12005550100@s.whatsapp.net" << "12005550100@s.whatsapp.net" << email << notPhone;
    QTest::newRow("fullwidth digits") << "\uFF0B\uFF11\uFF12\uFF10\uFF12\uFF15\uFF15\uFF15\uFF10\uFF11\uFF14\uFF13"
                                      << "+12025550143" << phone << valid;
    QTest::newRow("arabic-indic digits") << "+\u0664\u0664 \u0662\u0660 \u0667\u0669\u0664\u0666 \u0660\u0669\u0665\u0668"
                                         << "+442079460958" << phone << valid;
    QTest::newRow("a name with such digits") << "user\u0661\u0662\u0663" << "user\u0661\u0662\u0663" << other << notPhone;
    QTest::newRow("empty") << "" << "" << other << notPhone;
    QTest::newRow("only scheme") << "tel:" << "" << other << notPhone;
}

void tst_HandleNormalizer::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(QString, kind);
    QFETCH(QString, check);
    const NormalizedHandle result = HandleNormalizer(QStringLiteral("US")).normalize(raw);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(handleKindKey(result.kind), kind);
    QCOMPARE(handleCheckKey(result.check), check);
}

void tst_HandleNormalizer::regionMatters()
{
    // The case's default region decides what a national number means.
    QCOMPARE(HandleNormalizer(QStringLiteral("DE")).normalize(u"030 1234567").normalized,
             QStringLiteral("+49301234567"));
    QCOMPARE(HandleNormalizer(QStringLiteral("DE")).normalize(u"0151 12345678").normalized,
             QStringLiteral("+4915112345678"));
    QCOMPARE(HandleNormalizer(QStringLiteral("DE")).normalize(u"0049 30 1234567").normalized,
             QStringLiteral("+49301234567"));
    QCOMPARE(HandleNormalizer(QStringLiteral("de")).region(), QStringLiteral("DE"));
    // *67 is a North American code; elsewhere it is kept as typed. #31# is GSM's, everywhere.
    QCOMPARE(HandleNormalizer(QStringLiteral("DE")).normalize(u"*67 030 1234567").normalized, QStringLiteral("*67 030 1234567"));
    QCOMPARE(HandleNormalizer(QStringLiteral("DE")).normalize(u"#31#030 1234567").normalized, QStringLiteral("+49301234567"));
    QCOMPARE(HandleNormalizer(QStringLiteral("CA")).normalize(u"*67 416 555 0123").normalized, QStringLiteral("+14165550123"));
}

void tst_HandleNormalizer::scientificNotation()
{
    bool lost = false;
    QCOMPARE(HandleNormalizer::expandScientific(u"2.02555E+10", &lost), QString());
    QVERIFY(lost);
    QCOMPARE(HandleNormalizer::expandScientific(u" 1.2025550143e10 ", &lost), QStringLiteral("12025550143"));
    QVERIFY(!lost);
    QCOMPARE(HandleNormalizer::expandScientific(u"1,2025550143E+10", &lost), QStringLiteral("12025550143"));
    QCOMPARE(HandleNormalizer::expandScientific(u"+12025550143", &lost), std::nullopt);
    QCOMPARE(HandleNormalizer::expandScientific(u"eve@example.com", &lost), std::nullopt);
    QCOMPARE(HandleNormalizer::expandScientific(u"E1", &lost), std::nullopt);
}

void tst_HandleNormalizer::knownRegions()
{
    QVERIFY(HandleNormalizer::isKnownRegion(QStringLiteral("US")));
    QVERIFY(HandleNormalizer::isKnownRegion(QStringLiteral("de")));
    QVERIFY(!HandleNormalizer::isKnownRegion(QStringLiteral("XX")));
    const QStringList regions = HandleNormalizer::knownRegions();
    QVERIFY(regions.contains(u"DE"_qs) && regions.contains(u"US"_qs) && !regions.contains(u"XX"_qs));
    QVERIFY(std::all_of(regions.cbegin(), regions.cend(), [](const QString &code) { return HandleNormalizer::isKnownRegion(code); }));
    // Written as a country dials within itself: a trunk "0", no country code.
    for (const QString &dialled : {u"0171 2345678"_qs, u"(030) 123-4567"_qs, u" 030/1234567 "_qs, u"01.23.45.67.89"_qs,
                                   u"0049 171 2345678"_qs})
        QVERIFY2(HandleNormalizer::writtenAsDialled(dialled), qPrintable(dialled));
    for (const QString &other : {u"+49 171 2345678"_qs, u"2025550143"_qs, u"01234"_qs, u"0049 171 2345678 9012 3456"_qs,
                                 u"0171 2345678 ext. 2"_qs, u"0800-FLOWERS"_qs, u"dana@example.com"_qs})
        QVERIFY2(!HandleNormalizer::writtenAsDialled(other), qPrintable(other));
}

void tst_HandleNormalizer::aPlusExcelDroppedIsSaidNotAdded_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("withPlus"); // empty: nothing to say
    QTest::newRow("UK mobile, US file") << u"US"_qs << u"447911123456"_qs << u"+447911123456"_qs;
    QTest::newRow("German mobile, US file") << u"US"_qs << u"4915123456789"_qs << u"+4915123456789"_qs;
    QTest::newRow("US number with its 1") << u"US"_qs << u"12025550143"_qs << QString(); // valid as it is
    QTest::newRow("US national number") << u"US"_qs << u"2025550143"_qs << QString();
    QTest::newRow("German national, DE file") << u"DE"_qs << u"015123456789"_qs << QString();
    QTest::newRow("written with its plus") << u"US"_qs << u"+447911123456"_qs << QString();
    QTest::newRow("punctuated") << u"US"_qs << u"44 7911 123456"_qs << QString(); // not as Excel leaves it
    QTest::newRow("too short") << u"US"_qs << u"4479"_qs << QString();
    QTest::newRow("no number either way") << u"US"_qs << u"999999999999"_qs << QString();
}

void tst_HandleNormalizer::aPlusExcelDroppedIsSaidNotAdded()
{
    QFETCH(QString, region);
    QFETCH(QString, raw);
    QFETCH(QString, withPlus);
    const HandleNormalizer normalizer(region);
    QCOMPARE(normalizer.withLostPlus(raw), withPlus);
    if (!withPlus.isEmpty()) // never joined to the number with its "+": a country code added is a guess
        QCOMPARE(normalizer.normalize(raw).normalized, raw);
}

void tst_HandleNormalizer::marksNoOneSeesAndExcelsApostropheAreLeftOut_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("leftOut");

    const QString phone = QStringLiteral("phone");
    const QString email = QStringLiteral("email");
    const QString other = QStringLiteral("other");
    QTest::newRow("zero-width space") << u"\u200B+13125550147"_qs << u"+13125550147"_qs << phone << true;
    QTest::newRow("direction marks") << u"\u200E+1 202 555 0143\u200E"_qs << u"+12025550143"_qs << phone << true;
    QTest::newRow("embedding of a right-to-left page") << u"\u202A+44 20 7946 0958\u202C"_qs << u"+442079460958"_qs
                                                       << phone << true;
    QTest::newRow("isolate and word joiner") << u"\u2066dana.reyes@example.com\u2060\u2069"_qs
                                             << u"dana.reyes@example.com"_qs << email << true;
    QTest::newRow("soft hyphen in an address") << u"dana.rey\u00ADes@example.com"_qs << u"dana.reyes@example.com"_qs
                                               << email << true;
    QTest::newRow("byte order mark inside") << u"312\uFEFF555 0147"_qs << u"+13125550147"_qs << phone << true;
    QTest::newRow("a name's") << u"\u200Bsam"_qs << u"sam"_qs << other << true;
    QTest::newRow("joiner between ASCII letters") << u"ali\u200Dce"_qs << u"alice"_qs << other << true;
    QTest::newRow("joiner of an emoji kept") << u"\U0001F468\u200D\U0001F469"_qs << u"\U0001F468\u200D\U0001F469"_qs
                                             << other << false;
    QTest::newRow("non-joiner of a name kept") << u"\u0645\u200C\u0647"_qs << u"\u0645\u200C\u0647"_qs << other << false;
    QTest::newRow("marks alone") << u"\u200B\u200E"_qs << QString() << other << false;
    QTest::newRow("Excel's apostrophe, number") << u"'+12025550143"_qs << u"+12025550143"_qs << phone << true;
    QTest::newRow("Excel's apostrophe, national") << u"'(312) 555-0147"_qs << u"+13125550147"_qs << phone << true;
    QTest::newRow("Excel's apostrophe, address") << u"'Dana.Reyes@example.com"_qs << u"dana.reyes@example.com"_qs
                                                 << email << true;
    QTest::newRow("Excel's apostrophe, number not valid") << u"'200 555 0100"_qs << u"200 555 0100"_qs << phone << true;
    QTest::newRow("apostrophe of a name kept") << u"'sam"_qs << u"'sam"_qs << other << false;
    QTest::newRow("Excel's apostrophe, short code") << u"'911"_qs << u"911"_qs << other << true;
    QTest::newRow("apostrophe of a code with a star kept") << u"'*100#"_qs << u"'*100#"_qs << other << false;
    QTest::newRow("apostrophe alone") << u"'"_qs << u"'"_qs << other << false;
    QTest::newRow("quotes around an address") << u"\"Dana.Reyes@example.com\""_qs << u"dana.reyes@example.com"_qs
                                              << email << true;
    QTest::newRow("curly quotes around a number") << u"\u201C+1 (202) 555-0143 \u201D"_qs << u"+12025550143"_qs
                                                  << phone << true;
    QTest::newRow("German quotes, national") << u"\u201E312 555 0147\u201C"_qs << u"+13125550147"_qs << phone << true;
    QTest::newRow("single quotes and a mark") << u"'\u200B+12025550143'"_qs << u"+12025550143"_qs << phone << true;
    QTest::newRow("quotes of a name") << u"\"sam\""_qs << u"sam"_qs << other << true;
    QTest::newRow("apostrophes of a sender") << u"'AD-Airtel-S'"_qs << u"AD-Airtel-S"_qs << other << true;
    QTest::newRow("guillemets of a name") << u"\u00AB sam \u00BB"_qs << u"sam"_qs << other << true;
    QTest::newRow("quoted twice") << u"\"'+1 202 555 0143'\""_qs << u"+12025550143"_qs << phone << true;
    QTest::newRow("quotes of a short code") << u"'911'"_qs << u"911"_qs << other << true;
    QTest::newRow("quotes of two values kept") << u"\"sam\", \"alex\""_qs << u"\"sam\", \"alex\""_qs << other << false;
    QTest::newRow("apostrophes around one within kept") << u"'O'Brien'"_qs << u"'O'Brien'"_qs << other << false;
    QTest::newRow("quotes within a name kept") << u"sam \"the man\""_qs << u"sam \"the man\""_qs << other << false;
    QTest::newRow("quotes not paired kept") << u"\"+12025550143\u201D"_qs << u"\"+12025550143\u201D"_qs << other << false;
    QTest::newRow("quotes alone") << u"\"\""_qs << u"\"\""_qs << other << false;
    QTest::newRow("plain") << u"+12025550143"_qs << u"+12025550143"_qs << phone << false;
}

void tst_HandleNormalizer::marksNoOneSeesAndExcelsApostropheAreLeftOut()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(QString, kind);
    QFETCH(bool, leftOut);
    const NormalizedHandle result = HandleNormalizer(QStringLiteral("US")).normalize(raw);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(handleKindKey(result.kind), kind);
    QCOMPARE(result.strayLeftOut, leftOut);
}

void tst_HandleNormalizer::marksNoOneSeesAreShownByTheirCodePoints()
{
    QCOMPARE(HandleNormalizer::withUnseenShown(u"\u202A+1 202\u00AD555\u202C"_qs),
             u"\u27E8U+202A\u27E9+1 202\u27E8U+00AD\u27E9555\u27E8U+202C\u27E9"_qs);
    // What a reader sees is left as it is: spaces, a joiner shaping letters of another script.
    QCOMPARE(HandleNormalizer::withUnseenShown(u"a\u0645\u200C\u0647 b"_qs), u"a\u0645\u200C\u0647 b"_qs);
    QCOMPARE(HandleNormalizer::withUnseenShown(u"ali\u200Dce"_qs), u"ali\u27E8U+200D\u27E9ce"_qs);
}

QTEST_APPLESS_MAIN(tst_HandleNormalizer)
#include "tst_handlenormalizer.moc"
