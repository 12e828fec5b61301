<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlignedTextReader</name>
    <message numerus="yes">
        <source>%n page heading(s) repeating the header and its rule</source>
        <translation>
            <numerusform>%n page heading repeating the header and its rule</numerusform>
            <numerusform>%n page headings repeating the header and its rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the table&apos;s rows as &quot;%1&quot; (line %2), but %n row(s) were read below its header: rows may be missing, or other lines stand among them</source>
        <translation>
            <numerusform>the query tool counted the table&apos;s rows as &quot;%1&quot; (line %2), but %n row was read below its header: rows may be missing, or other lines stand among them</numerusform>
            <numerusform>the query tool counted the table&apos;s rows as &quot;%1&quot; (line %2), but %n rows were read below its header: rows may be missing, or other lines stand among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) holding the rest of values too wide for their columns, which the query tool went on with below, were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n line holding the rest of a value too wide for its column, which the query tool went on with below, was joined to the record above (line %1)</numerusform>
            <numerusform>%n lines holding the rest of values too wide for their columns, which the query tool went on with below, were joined to the record above (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) holding the rest of values wrapped within their columns were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n line holding the rest of a value wrapped within its column was joined to the record above (line %1)</numerusform>
            <numerusform>%n lines holding the rest of values wrapped within their columns were joined to the record above (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n table(s), each cut where its own headings begin (lines %1)</source>
        <translation>
            <numerusform>the file prints %n table, cut where its headings begin (line %1)</numerusform>
            <numerusform>the file prints %n tables, each cut where its own headings begin (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n table(s), each cut by the dashes under its own header (lines %1)</source>
        <translation>
            <numerusform>the file prints %n table, cut by the dashes under its header (line %1)</numerusform>
            <numerusform>the file prints %n tables, each cut by the dashes under its own header (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) printed at the head or foot of every page (lines %1)</source>
        <translation>
            <numerusform>%n line printed at the head or foot of every page (line %1)</numerusform>
            <numerusform>%n lines printed at the head or foot of every page (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page heading(s) repeating the table&apos;s headings</source>
        <translation>
            <numerusform>%n page heading repeating the table&apos;s headings</numerusform>
            <numerusform>%n page headings repeating the table&apos;s headings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the rows of the table under the header at line %1 as &quot;%2&quot; (line %3), but %n row(s) were read below that header: rows may be missing, or other lines stand among them</source>
        <translation>
            <numerusform>the query tool counted the rows of the table under the header at line %1 as &quot;%2&quot; (line %3), but %n row was read below that header: rows may be missing, or other lines stand among them</numerusform>
            <numerusform>the query tool counted the rows of the table under the header at line %1 as &quot;%2&quot; (line %3), but %n rows were read below that header: rows may be missing, or other lines stand among them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) going on with values psql marked &quot;+&quot; (a line break in the value) were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n line going on with a value psql marked &quot;+&quot; (a line break in the value) was joined to the record above (line %1)</numerusform>
            <numerusform>%n lines going on with values psql marked &quot;+&quot; (line breaks in the values) were joined to the record above (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report centres a record&apos;s other values beside a value it wraps over several lines, whose first lines stand above the record: %n such line(s) were joined to the record below them (lines %1), as many lines below each record as above it to that record</source>
        <translation>
            <numerusform>the report centres a record&apos;s other values beside a value it wraps over several lines, whose first lines stand above the record: %n such line was joined to the record below it (line %1), as many lines below each record as above it to that record</numerusform>
            <numerusform>the report centres a record&apos;s other values beside a value it wraps over several lines, whose first lines stand above the record: %n such lines were joined to the record below them (lines %1), as many lines below each record as above it to that record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>“%1” is a file written from this case: the bytes of record(s) %2, selected above (SHA-256 %3).</source>
        <translation>
            <numerusform>“%1” is a file written from this case: the bytes of record %2, selected above (SHA-256 %3).</numerusform>
            <numerusform>“%1” is a file written from this case: the bytes of records %2, selected above (SHA-256 %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTypesNotKnown</name>
    <message numerus="yes">
        <source>%n row(s) give a call type LookupLens does not know, and were read as the format&apos;s own kind, &quot;%1&quot;: %2</source>
        <translation>
            <numerusform>%n row gives a call type LookupLens does not know, and was read as the format&apos;s own kind, &quot;%1&quot;: %2</numerusform>
            <numerusform>%n rows give a call type LookupLens does not know, and were read as the format&apos;s own kind, &quot;%1&quot;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message numerus="yes">
        <source>With the events first stored from another source that the %n source(s) held again (their duplicates), each under the source and line it was first stored from.</source>
        <translation>
            <numerusform>With the events first stored from another source that the source held again (its duplicates), each under the source and line it was first stored from.</numerusform>
            <numerusform>With the events first stored from another source that the %n sources held again (their duplicates), each under the source and line it was first stored from.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from the %n source(s) %1, of %2.</source>
        <translation>
            <numerusform>Read from the %n source %1, of %2.</numerusform>
            <numerusform>Read from the %n sources %1, of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source imported.</numerusform>
            <numerusform>%n sources imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n event(s) chosen on a chart.</source>
        <translation>
            <numerusform>The %n event chosen on a chart.</numerusform>
            <numerusform>The %n events chosen on a chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sources could not be read as events: Appendix B lists each with its reason.</source>
        <translation>
            <numerusform>%n row of the sources could not be read as an event: Appendix B lists it with its reason.</numerusform>
            <numerusform>%n rows of the sources could not be read as events: Appendix B lists each with its reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated a record already read (overlapping returns, or a call&apos;s other leg): each record is counted once, and where else it appears is named beside it in Appendix A.</source>
        <translation>
            <numerusform>%n row repeated a record already read (overlapping returns, or a call&apos;s other leg): each record is counted once, and where else it appears is named beside it in Appendix A.</numerusform>
            <numerusform>%n rows repeated a record already read (overlapping returns, or a call&apos;s other leg): each record is counted once, and where else it appears is named beside it in Appendix A.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each lookup of this report followed, within %n minute(s), by a communication of this report between the same two handles (either way), with the first such communication (one of the same millisecond counts as following it, as in the contact graph). A sequence in time, not a cause: the lookup does not show that the communication was made because of it. A withheld number&apos;s words or a masked handle is no one party, and not measured.</source>
        <translation>
            <numerusform>Each lookup of this report followed, within %n minute, by a communication of this report between the same two handles (either way), with the first such communication (one of the same millisecond counts as following it, as in the contact graph). A sequence in time, not a cause: the lookup does not show that the communication was made because of it. A withheld number&apos;s words or a masked handle is no one party, and not measured.</numerusform>
            <numerusform>Each lookup of this report followed, within %n minutes, by a communication of this report between the same two handles (either way), with the first such communication (one of the same millisecond counts as following it, as in the contact graph). A sequence in time, not a cause: the lookup does not show that the communication was made because of it. A withheld number&apos;s words or a masked handle is no one party, and not measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n event(s) behind the figure chosen on a chart: %1.</source>
        <translation>
            <numerusform>The %n event behind the figure chosen on a chart: %1.</numerusform>
            <numerusform>The %n events behind the figure chosen on a chart: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) in these events, too many to draw legibly: drawn are the %1 with the most lookups and communications, and the pairs between them; the table lists every pair.</source>
        <translation>
            <numerusform>%n handle in these events, too many to draw legibly: drawn are the %1 with the most lookups and communications, and the pairs between them; the table lists every pair.</numerusform>
            <numerusform>%n handles in these events, too many to draw legibly: drawn are the %1 with the most lookups and communications, and the pairs between them; the table lists every pair.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesElsewhere</name>
    <message numerus="yes">
        <source>Another program imported %n source(s) into this case (%1): it is shown as it now stands.</source>
        <translation>
            <numerusform>Another program imported %n source into this case (%1): it is shown as it now stands.</numerusform>
            <numerusform>Another program imported %n sources into this case (%1): it is shown as it now stands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>--continued-worksheets reads %1 as going on from the records before it</source>
        <translation>
            <numerusform>--continued-worksheets reads %1 as going on from the records before it</numerusform>
            <numerusform>--continued-worksheets reads %1 as going on from the records before them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more rejected row(s) are listed by &quot;lookuplens-cli rejected&quot;</source>
        <translation>
            <numerusform>%1: %n more rejected row is listed by &quot;lookuplens-cli rejected&quot;</numerusform>
            <numerusform>%1: %n more rejected rows are listed by &quot;lookuplens-cli rejected&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s)</source>
        <translation>
            <numerusform>%n handle</numerusform>
            <numerusform>%n handles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n rejected row</numerusform>
            <numerusform>%n rejected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s)</source>
        <translation>
            <numerusform>%n lookup</numerusform>
            <numerusform>%n lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n communication</numerusform>
            <numerusform>%n communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>looked up %n time(s) by others</source>
        <translation>
            <numerusform>looked up %n time by others</numerusform>
            <numerusform>looked up %n times by others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them a withheld number&apos;s words</source>
        <translation>
            <numerusform>%n of them a withheld number&apos;s words</numerusform>
            <numerusform>%n of them a withheld number&apos;s words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n masked</source>
        <translation>
            <numerusform>%n masked</numerusform>
            <numerusform>%n masked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompressionEnding</name>
    <message numerus="yes">
        <source>%n zero byte(s) (padding added in transit?)</source>
        <translation>
            <numerusform>%n zero byte (padding added in transit?)</numerusform>
            <numerusform>%n zero bytes (padding added in transit?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are no %1 data</source>
        <translation>
            <numerusform>%n byte that is no %1 data</numerusform>
            <numerusform>%n bytes that are no %1 data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecimalMarkReading</name>
    <message numerus="yes">
        <source>%n duration(s) that read differently by the decimal mark were read with %1 (&quot;%2&quot; on line %3 as %4), %5</source>
        <translation>
            <numerusform>%n duration that reads differently by the decimal mark was read with %1 (&quot;%2&quot; on line %3 as %4), %5</numerusform>
            <numerusform>%n durations that read differently by the decimal mark were read with %1 (&quot;%2&quot; on line %3 as %4), %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedWorkbook</name>
    <message numerus="yes">
        <source>none of the %n passwords given opens the encrypted workbook</source>
        <translation>
            <numerusform>the %n password given does not open the encrypted workbook</numerusform>
            <numerusform>none of the %n passwords given opens the encrypted workbook</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedZipEntry</name>
    <message numerus="yes">
        <source>none of the %n passwords given opens the ZIP entry &quot;%1&quot;</source>
        <translation>
            <numerusform>the %n password given does not open the ZIP entry &quot;%1&quot;</numerusform>
            <numerusform>none of the %n passwords given opens the ZIP entry &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsExportAction</name>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceCheckAction</name>
    <message numerus="yes">
        <source>Hashing the %n evidence file(s) again (they are only read)…</source>
        <translation>
            <numerusform>Hashing the %n evidence file again (it is only read)…</numerusform>
            <numerusform>Hashing the %n evidence files again (they are only read)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hashing the %n file(s) again, evidence and GeoIP databases (they are only read)…</source>
        <translation>
            <numerusform>Hashing the %n file again, evidence and GeoIP databases (it is only read)…</numerusform>
            <numerusform>Hashing the %n files again, evidence and GeoIP databases (they are only read)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local time(s) read otherwise by this machine&apos;s tz database</source>
        <translation>
            <numerusform>%n local time read otherwise by this machine&apos;s tz database</numerusform>
            <numerusform>%n local times read otherwise by this machine&apos;s tz database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offset(s) written beside a zone no longer that zone&apos;s by this machine&apos;s tz database</source>
        <translation>
            <numerusform>%n offset written beside a zone no longer that zone&apos;s by this machine&apos;s tz database</numerusform>
            <numerusform>%n offsets written beside a zone no longer that zone&apos;s by this machine&apos;s tz database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message numerus="yes">
        <source>%n evidence file(s): %1 same, %2 changed, %3 missing, %4 unreadable</source>
        <translation>
            <numerusform>%n evidence file: %1 same, %2 changed, %3 missing, %4 unreadable</numerusform>
            <numerusform>%n evidence files: %1 same, %2 changed, %3 missing, %4 unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n GeoIP database(s): %1 same, %2 changed, %3 missing, %4 unreadable</source>
        <translation>
            <numerusform>%n GeoIP database: %1 same, %2 changed, %3 missing, %4 unreadable</numerusform>
            <numerusform>%n GeoIP databases: %1 same, %2 changed, %3 missing, %4 unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceClassText</name>
    <message numerus="yes">
        <source>%Ln lookup(s)</source>
        <translation>
            <numerusform>%Ln lookup</numerusform>
            <numerusform>%Ln lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication(s)</source>
        <translation>
            <numerusform>%Ln communication</numerusform>
            <numerusform>%Ln communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln connection</numerusform>
            <numerusform>%Ln connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoActions</name>
    <message numerus="yes">
        <source>Geolocation done: %n answer(s) found.</source>
        <translation>
            <numerusform>Geolocation done: %n answer found.</numerusform>
            <numerusform>Geolocation done: %n answers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n IP(s) to %1.</source>
        <translation>
            <numerusform>Exported %n IP to %1.</numerusform>
            <numerusform>Exported %n IPs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New IPs geolocated: %n answer(s) found.</source>
        <translation>
            <numerusform>New IPs geolocated: %n answer found.</numerusform>
            <numerusform>New IPs geolocated: %n answers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%Ln lookup edge(s)</source>
        <translation>
            <numerusform>%Ln lookup edge</numerusform>
            <numerusform>%Ln lookup edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication edge(s)</source>
        <translation>
            <numerusform>%Ln communication edge</numerusform>
            <numerusform>%Ln communication edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) were followed within %1 minutes by a communication between the same two handles — a sequence in time, not a cause.</source>
        <translation>
            <numerusform>%n lookup was followed within %1 minutes by a communication between the same two handles — a sequence in time, not a cause.</numerusform>
            <numerusform>%n lookups were followed within %1 minutes by a communication between the same two handles — a sequence in time, not a cause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) followed within %1 minutes by a communication between the same two handles</source>
        <translation>
            <numerusform>%n lookup followed within %1 minutes by a communication between the same two handles</numerusform>
            <numerusform>%n lookups followed within %1 minutes by a communication between the same two handles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) rest only on lookups</source>
        <translation>
            <numerusform>%Ln pair rests only on lookups</numerusform>
            <numerusform>%Ln pairs rest only on lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only on communications</source>
        <translation>
            <numerusform>%Ln only on communications</numerusform>
            <numerusform>%Ln only on communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln handle(s)</source>
        <translation>
            <numerusform>%Ln handle</numerusform>
            <numerusform>%Ln handles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphWiring</name>
    <message numerus="yes">
        <source>the lookups of the %n pair(s) resting only on lookups</source>
        <translation>
            <numerusform>the lookups of the %n pair resting only on lookups</numerusform>
            <numerusform>the lookups of the %n pairs resting only on lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the communications of the %n pair(s) resting only on communications</source>
        <translation>
            <numerusform>the communications of the %n pair resting only on communications</numerusform>
            <numerusform>the communications of the %n pairs resting only on communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lookups of the graph&apos;s %n lookup edge(s)</source>
        <translation>
            <numerusform>the lookups of the graph&apos;s %n lookup edge</numerusform>
            <numerusform>the lookups of the graph&apos;s %n lookup edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the communications of the graph&apos;s %n communication edge(s)</source>
        <translation>
            <numerusform>the communications of the graph&apos;s %n communication edge</numerusform>
            <numerusform>the communications of the graph&apos;s %n communication edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the events of the %n edge(s) of %1 in the graph</source>
        <translation>
            <numerusform>the events of the %n edge of %1 in the graph</numerusform>
            <numerusform>the events of the %n edges of %1 in the graph</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the events of every edge between the graph&apos;s %Ln handle(s)</source>
        <translation>
            <numerusform>the events of every edge at the graph&apos;s one handle</numerusform>
            <numerusform>the events of every edge between the graph&apos;s %Ln handles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandleRulesCheck</name>
    <message numerus="yes">
        <source>%n handle spelling(s) in this case were read otherwise by an earlier version of LookupLens (%1): a record of this file with one that repeats a record imported then is not recognised as a duplicate, and the handle stands twice in the case</source>
        <translation>
            <numerusform>%n handle spelling in this case was read otherwise by an earlier version of LookupLens (%1): a record of this file with it that repeats a record imported then is not recognised as a duplicate, and the handle stands twice in the case</numerusform>
            <numerusform>%n handle spellings in this case were read otherwise by an earlier version of LookupLens (%1): a record of this file with one that repeats a record imported then is not recognised as a duplicate, and the handle stands twice in the case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelperProgram</name>
    <message numerus="yes">
        <source>%1 could not be read: its reader was still at it after %n minute(s)</source>
        <translation>
            <numerusform>%1 could not be read: its reader was still at it after %n minute</numerusform>
            <numerusform>%1 could not be read: its reader was still at it after %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>%n file(s) were not imported into %1: their times state no time zone. Open that case and import them again to choose it:
%2</source>
        <translation>
            <numerusform>%n file was not imported into %1: its times state no time zone. Open that case and import it again to choose it:
%2</numerusform>
            <numerusform>%n files were not imported into %1: their times state no time zone. Open that case and import them again to choose it:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported: their times state no time zone. Choose the zone the provider wrote each in; the file&apos;s own lines, shown below, may name it. The zone is recorded with the source as declared by you.</source>
        <translation>
            <numerusform>The file was not imported: its times state no time zone. Choose the zone the provider wrote them in; the file&apos;s own lines, shown below, may name it. The zone is recorded with the source as declared by you.</numerusform>
            <numerusform>%n files were not imported: their times state no time zone. Choose the zone the provider wrote each in; the file&apos;s own lines, shown below, may name it. The zone is recorded with the source as declared by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Each of its %n array(s) of records becomes a source of its own (%1).</source>
        <translation>
            <numerusform>Its array of records becomes a source of its own (%1).</numerusform>
            <numerusform>Each of its %n arrays of records becomes a source of its own (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of its %n worksheet(s) with records becomes a source of its own (%1).</source>
        <translation>
            <numerusform>Its worksheet with records becomes a source of its own (%1).</numerusform>
            <numerusform>Each of its %n worksheets with records becomes a source of its own (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected.</source>
        <translation>
            <numerusform>First %Ln row read: %1 accepted (%2), %3 duplicate, %4 rejected.</numerusform>
            <numerusform>First %Ln rows read: %1 accepted (%2), %3 duplicate, %4 rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) given, each tried on every encrypted file of this import; not kept in the case or anywhere else.</source>
        <translation>
            <numerusform>%n password given, each tried on every encrypted file of this import; not kept in the case or anywhere else.</numerusform>
            <numerusform>%n passwords given, each tried on every encrypted file of this import; not kept in the case or anywhere else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n file(s) dropped before this one… %1%</source>
        <translation>
            <numerusform>Reading the file dropped before this one… %1%</numerusform>
            <numerusform>Reading the %n files dropped before this one… %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its rows are looked for in the %n file(s) dropped before it as well, which the import stores first: %1.</source>
        <translation>
            <numerusform>Its rows are looked for in the file dropped before it as well, which the import stores first: %1.</numerusform>
            <numerusform>Its rows are looked for in the %n files dropped before it as well, which the import stores first: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the %n file(s) dropped before it that cannot be imported as set: %1.</source>
        <translation>
            <numerusform>Not in the file dropped before it that cannot be imported as set: %1.</numerusform>
            <numerusform>Not in the %n files dropped before it that cannot be imported as set: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import as set: %1 of %n file(s).</source>
        <translation>
            <numerusform>Ready to import as set: %1 of %n file.</numerusform>
            <numerusform>Ready to import as set: %1 of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings above: the same for all %n file(s).</source>
        <translation>
            <numerusform>The settings above: the same for the file.</numerusform>
            <numerusform>The settings above: the same for all %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>WhatsApp pen-register return: %n records page(s) (%1)</source>
        <translation>
            <numerusform>WhatsApp pen-register return: %n records page (%1)</numerusform>
            <numerusform>WhatsApp pen-register return: %n records pages (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n time(s) in all</source>
        <translation>
            <numerusform>… %n time in all</numerusform>
            <numerusform>… %n times in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (array(s) %2)</source>
        <translation>
            <numerusform>%1 (array %2)</numerusform>
            <numerusform>%1 (arrays %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (worksheet(s) %2)</source>
        <translation>
            <numerusform>%1 (worksheet %2)</numerusform>
            <numerusform>%1 (worksheets %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeText</name>
    <message numerus="yes">
        <source>… and %n more, under “Show Details...”.</source>
        <translation>
            <numerusform>… and %n more, under “Show Details...”.</numerusform>
            <numerusform>… and %n more, under “Show Details...”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building indexes and saving %Ln row(s)…</source>
        <translation>
            <numerusform>Building indexes and saving %Ln row…</numerusform>
            <numerusform>Building indexes and saving %Ln rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpTableModel</name>
    <message numerus="yes">
        <source>%1, … (%Ln in all)</source>
        <translation>
            <numerusform>%1, … (%Ln in all)</numerusform>
            <numerusform>%1, … (%Ln in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln handle(s) used this address; IP details lists them all.</source>
        <translation>
            <numerusform>%Ln handle used this address; IP details lists them all.</numerusform>
            <numerusform>%Ln handles used this address; IP details lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonRecordsReader</name>
    <message numerus="yes">
        <source>the answer counts at least %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s): the rest are not in the file</source>
        <translation>
            <numerusform>the answer counts at least %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record: the rest are not in the file</numerusform>
            <numerusform>the answer counts at least %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n records: the rest are not in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s): the rest are not in the file</source>
        <translation>
            <numerusform>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record: the rest are not in the file</numerusform>
            <numerusform>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n records: the rest are not in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s)</source>
        <translation>
            <numerusform>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record</numerusform>
            <numerusform>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: each object was read as a row, its line the line it begins on, its keys the columns (%n column(s), a nested object&apos;s keys joined to its own by a dot)</source>
        <translation>
            <numerusform>: each object was read as a row, its line the line it begins on, its keys the columns (%n column, a nested object&apos;s keys joined to its own by a dot)</numerusform>
            <numerusform>: each object was read as a row, its line the line it begins on, its keys the columns (%n columns, a nested object&apos;s keys joined to its own by a dot)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n array(s) of values were read as rows, their values as cells in order</source>
        <translation>
            <numerusform>; %n array of values was read as a row, its values as cells in order</numerusform>
            <numerusform>; %n arrays of values were read as rows, their values as cells in order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) made here (a label, the display zone, an export&apos;s record in the audit log) still wait for another program&apos;s import into this case to finish.</source>
        <translation>
            <numerusform>%n change made here (a label, the display zone, an export&apos;s record in the audit log) still waits for another program&apos;s import into this case to finish.</numerusform>
            <numerusform>%n changes made here (a label, the display zone, an export&apos;s record in the audit log) still wait for another program&apos;s import into this case to finish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the case open until the change(s) are stored, or close it now and lose them?</source>
        <translation>
            <numerusform>Keep the case open until the change is stored, or close it now and lose it?</numerusform>
            <numerusform>Keep the case open until the changes are stored, or close it now and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersWithAMark</name>
    <message numerus="yes">
        <source>%n handle(s) are a number with a mark after it in brackets, which the carrier&apos;s key of its records explains, and were each kept as written, one handle of its own: their records are in none of the number&apos;s timelines, and the contact graph draws each as a party apart: %1</source>
        <translation>
            <numerusform>%n handle is a number with a mark after it in brackets, which the carrier&apos;s key of its records explains, and was kept as written, one handle of its own: its records are in none of the number&apos;s timelines, and the contact graph draws it as a party apart: %1</numerusform>
            <numerusform>%n handles are a number with a mark after it in brackets, which the carrier&apos;s key of its records explains, and were each kept as written, one handle of its own: their records are in none of the number&apos;s timelines, and the contact graph draws each as a party apart: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n darkest cell(s) of %1&apos;s heatmap, %2 each: %3 (%4)</source>
        <translation>
            <numerusform>the darkest cell of %1&apos;s heatmap, %2: %3 (%4)</numerusform>
            <numerusform>the %n darkest cells of %1&apos;s heatmap, %2 each: %3 (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message numerus="yes">
        <source>the PDF holds no text, only pictures of its %n page(s) (a scan?): LookupLens reads the text a PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the pages read by text recognition and import what it gives</source>
        <translation>
            <numerusform>the PDF holds no text, only a picture of its %n page (a scan?): LookupLens reads the text a PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the page read by text recognition and import what it gives</numerusform>
            <numerusform>the PDF holds no text, only pictures of its %n pages (a scan?): LookupLens reads the text a PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the pages read by text recognition and import what it gives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n passwords given opens the PDF</source>
        <translation>
            <numerusform>the %n password given does not open the PDF</numerusform>
            <numerusform>none of the %n passwords given opens the PDF</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message numerus="yes">
        <source>the PDF&apos;s %n page(s) were read as the text they hold, laid out as it stands on each page; a line number is the line in that text, which holds the pages one after another</source>
        <translation>
            <numerusform>the PDF&apos;s %n page was read as the text it holds, laid out as it stands on the page; a line number is the line in that text</numerusform>
            <numerusform>the PDF&apos;s %n pages were read as the text they hold, laid out as it stands on each page; a line number is the line in that text, which holds the pages one after another</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintedTableReader</name>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <translation>
            <numerusform>%n blank line</numerusform>
            <numerusform>%n blank lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row whose number format shows nothing (as &quot;;;;&quot; does): Excel shows them blank, though their values are in the file and were read</source>
        <translation>
            <numerusform>%1 — %n cell of this row whose number format shows nothing (as &quot;;;;&quot; does): Excel shows it blank, though its value is in the file and was read</numerusform>
            <numerusform>%1 — %n cells of this row whose number format shows nothing (as &quot;;;;&quot; does): Excel shows them blank, though their values are in the file and were read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row holding a formula the file saved no result for (or an empty one), read as empty</source>
        <translation>
            <numerusform>%1 — %n cell of this row holding a formula the file saved no result for (or an empty one), read as empty</numerusform>
            <numerusform>%1 — %n cells of this row holding a formula the file saved no result for (or an empty one), read as empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row holding a formula; the value read is the result the file saved</source>
        <translation>
            <numerusform>%1 — %n cell of this row holding a formula; the value read is the result the file saved</numerusform>
            <numerusform>%1 — %n cells of this row holding a formula; the values read are the results the file saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryToolText</name>
    <message numerus="yes">
        <source>%n count(s) of a query that printed nothing (lines %1)</source>
        <translation>
            <numerusform>%n count of a query that printed nothing (line %1)</numerusform>
            <numerusform>%n counts of queries that printed nothing (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the tool echoing its commands (lines %1)</source>
        <translation>
            <numerusform>%n line of the tool echoing a command (line %1)</numerusform>
            <numerusform>%n lines of the tool echoing its commands (lines %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordBlocksReader</name>
    <message numerus="yes">
        <source>the query tool counted the records as &quot;%1&quot; (line %2), but %n record(s) were read: records may be missing</source>
        <translation>
            <numerusform>the query tool counted the records as &quot;%1&quot; (line %2), but %n record was read: records may be missing</numerusform>
            <numerusform>the query tool counted the records as &quot;%1&quot; (line %2), but %n records were read: records may be missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n result(s), each numbering its records from 1 (lines %1)</source>
        <translation>
            <numerusform>the file prints %n result, numbering its records from 1 (line %1)</numerusform>
            <numerusform>the file prints %n results, each numbering its records from 1 (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the records of the result from line %1 as &quot;%2&quot; (line %3), but %n record(s) were read: records may be missing</source>
        <translation>
            <numerusform>the query tool counted the records of the result from line %1 as &quot;%2&quot; (line %3), but %n record was read: records may be missing</numerusform>
            <numerusform>the query tool counted the records of the result from line %1 as &quot;%2&quot; (line %3), but %n records were read: records may be missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedTwice</name>
    <message numerus="yes">
        <source>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, %3 here than there (give or take %4): the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own), read in two zones? This file was read %5, “%2” %6.</source>
        <translation>
            <numerusform>%n of the %1 communications checked (evenly through the file) stands in “%2” too, between the same two handles, of the same kind, %3 here than there (give or take %4): the same call or message in the records of two providers (each party&apos;s carrier keeps its own), read in two zones? This file was read %5, “%2” %6.</numerusform>
            <numerusform>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, %3 here than there (give or take %4): the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own), read in two zones? This file was read %5, “%2” %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, at most %3 apart: the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own)?</source>
        <translation>
            <numerusform>%n of the %1 communications checked (evenly through the file) stands in “%2” too, between the same two handles, of the same kind, at most %3 apart: the same call or message in the records of two providers (each party&apos;s carrier keeps its own)?</numerusform>
            <numerusform>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, at most %3 apart: the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>No key of theirs joins them, so imported, it would stand twice in the case and be counted twice among its communications: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</numerusform>
            <numerusform>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</source>
        <translation>
            <numerusform>No key of theirs joins them, so it stands twice in the case and is counted twice among its communications; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</numerusform>
            <numerusform>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications.</source>
        <translation>
            <numerusform>No key of theirs joins them, so imported, it would stand twice in the case and be counted twice among its communications.</numerusform>
            <numerusform>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications.</source>
        <translation>
            <numerusform>No key of theirs joins them, so it stands twice in the case and is counted twice among its communications.</numerusform>
            <numerusform>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceCheck</name>
    <message numerus="yes">
        <source>%1.%2: %n value(s) not in %3.%4</source>
        <translation>
            <numerusform>%1.%2: %n value not in %3.%4</numerusform>
            <numerusform>%1.%2: %n values not in %3.%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepeatedHourOrder</name>
    <message numerus="yes">
        <source>%n record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): each was read as the earlier of its two moments, and its provenance gives the later</source>
        <translation>
            <numerusform>%n record gives a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): it was read as the earlier of its two moments, and its provenance gives the later</numerusform>
            <numerusform>%n records give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): each was read as the earlier of its two moments, and its provenance gives the later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n read as the earlier,</source>
        <translation>
            <numerusform>: %n read as the earlier,</numerusform>
            <numerusform>: %n read as the earlier,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n as the later</source>
        <translation>
            <numerusform> %n as the later</numerusform>
            <numerusform> %n as the later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): the file&apos;s records run in time order (%3), and the two passes through the hour meet at line %4, so their order tells which moment each one is</source>
        <translation>
            <numerusform>%n record gives a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): the file&apos;s records run in time order (%3), and the two passes through the hour meet at line %4, so their order tells which moment it is</numerusform>
            <numerusform>%n records give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): the file&apos;s records run in time order (%3), and the two passes through the hour meet at line %4, so their order tells which moment each one is</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message numerus="yes">
        <source>Report on %n event(s) written to %1</source>
        <translation>
            <numerusform>Report on %n event written to %1</numerusform>
            <numerusform>Report on %n events written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SerialRounding</name>
    <message numerus="yes">
        <source>timestamp &quot;%1&quot; may have been rounded: no time of the file has the digits Excel writes (at most %n decimal(s) of a day: to %2 s), as when a worksheet&apos;s number format rounds them; save the column with a date and time format from the file as delivered</source>
        <translation>
            <numerusform>timestamp &quot;%1&quot; may have been rounded: no time of the file has the digits Excel writes (at most %n decimal of a day: to %2 s), as when a worksheet&apos;s number format rounds them; save the column with a date and time format from the file as delivered</numerusform>
            <numerusform>timestamp &quot;%1&quot; may have been rounded: no time of the file has the digits Excel writes (at most %n decimals of a day: to %2 s), as when a worksheet&apos;s number format rounds them; save the column with a date and time format from the file as delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeveralHandlesInOneCell</name>
    <message numerus="yes">
        <source>%n handle(s) name more than one number or address in one cell, and were each kept as written, one handle of its own: their records are in none of the timelines of the numbers or addresses they name, and the contact graph draws each as one party: %1</source>
        <translation>
            <numerusform>%n handle names more than one number or address in one cell, and was kept as written, one handle of its own: its records are in none of the timelines of the numbers or addresses it names, and the contact graph draws it as one party: %1</numerusform>
            <numerusform>%n handles name more than one number or address in one cell, and were each kept as written, one handle of its own: their records are in none of the timelines of the numbers or addresses they name, and the contact graph draws each as one party: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftedRecords</name>
    <message numerus="yes">
        <source>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their date, its day and month swapped (%3 here, %4 there): the same records, their dates read in two orders? This file&apos;s dates were read %5, those of “%2” %6.</source>
        <translation>
            <numerusform>%n of the %1 records checked (evenly through the file) stands in “%2” with every field the same but its date, its day and month swapped (%3 here, %4 there): the same record, its date read in two orders? This file&apos;s dates were read %5, those of “%2” %6.</numerusform>
            <numerusform>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their date, its day and month swapped (%3 here, %4 there): the same records, their dates read in two orders? This file&apos;s dates were read %5, those of “%2” %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their time, %3 here than there: the same records, read in two zones? This file was read %4, “%2” %5.</source>
        <translation>
            <numerusform>%n of the %1 records checked (evenly through the file) stands in “%2” with every field the same but its time, %3 here than there: the same record, read in two zones? This file was read %4, “%2” %5.</numerusform>
            <numerusform>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their time, %3 here than there: the same records, read in two zones? This file was read %4, “%2” %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the order each provider wrote its dates in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>Imported so, it would not be joined as a duplicate and would stand twice in the case: declare the order each provider wrote its dates in (for a file the case holds already, import the files again into a new case).</numerusform>
            <numerusform>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the order each provider wrote its dates in (for a file the case holds already, import the files again into a new case).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are not joined as duplicates and stand twice in the case; if an order was wrong, import the files again into a new case, each in the order its provider wrote its dates in.</source>
        <translation>
            <numerusform>It is not joined as a duplicate and stands twice in the case; if an order was wrong, import the files again into a new case, each in the order its provider wrote its dates in.</numerusform>
            <numerusform>They are not joined as duplicates and stand twice in the case; if an order was wrong, import the files again into a new case, each in the order its provider wrote its dates in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>Imported so, it would not be joined as a duplicate and would stand twice in the case: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</numerusform>
            <numerusform>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are not joined as duplicates and stand twice in the case; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</source>
        <translation>
            <numerusform>It is not joined as a duplicate and stands twice in the case; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</numerusform>
            <numerusform>They are not joined as duplicates and stand twice in the case; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message numerus="yes">
        <source>%Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected</source>
        <translation>
            <numerusform>%Ln row read: %1 accepted (%2), %3 duplicate, %4 rejected</numerusform>
            <numerusform>%Ln rows read: %1 accepted (%2), %3 duplicate, %4 rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceReading</name>
    <message numerus="yes">
        <source>Beside the records, %n member(s) of the object holding them, kept with the source:</source>
        <translation>
            <numerusform>Beside the records, %n member of the object holding them, kept with the source:</numerusform>
            <numerusform>Beside the records, %n members of the object holding them, kept with the source:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the header row, %n line(s) the file holds, kept with the source:</source>
        <translation>
            <numerusform>Above the header row, %n line the file holds, kept with the source:</numerusform>
            <numerusform>Above the header row, %n lines the file holds, kept with the source:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriberAddresses</name>
    <message numerus="yes">
        <source>the subscriber&apos;s own address (&quot;%1&quot;) is the client IP of the %n record(s) it began, as the address their request came from</source>
        <translation>
            <numerusform>the subscriber&apos;s own address (&quot;%1&quot;) is the client IP of the %n record it began, as the address its request came from</numerusform>
            <numerusform>the subscriber&apos;s own address (&quot;%1&quot;) is the client IP of the %n records it began, as the address their request came from</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the subscriber received keep its address (&quot;%1&quot;) as written, not as their client IP: their request came from the caller, whose address the return does not give (the first at line %2)</source>
        <translation>
            <numerusform>%n record the subscriber received keeps its address (&quot;%1&quot;) as written, not as its client IP: its request came from the caller, whose address the return does not give (the first at line %2)</numerusform>
            <numerusform>%n records the subscriber received keep its address (&quot;%1&quot;) as written, not as their client IP: their request came from the caller, whose address the return does not give (the first at line %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message numerus="yes">
        <source> (nor in the file&apos;s %n other array(s) of records)</source>
        <translation>
            <numerusform> (nor in the file&apos;s other array of records)</numerusform>
            <numerusform> (nor in the file&apos;s %n other arrays of records)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the array &quot;%1&quot; of the file&apos;s records (%n object(s)) was not imported: %2</source>
        <translation>
            <numerusform>the array &quot;%1&quot; of the file&apos;s records (%n object) was not imported: %2</numerusform>
            <numerusform>the array &quot;%1&quot; of the file&apos;s records (%n objects) was not imported: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (nor in the workbook&apos;s %n other worksheet(s))</source>
        <translation>
            <numerusform> (nor in the workbook&apos;s other worksheet)</numerusform>
            <numerusform> (nor in the workbook&apos;s %n other worksheets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: no header row was recognised in it</source>
        <translation>
            <numerusform>the worksheet &quot;%1&quot; (%n row with values) was not imported: no header row was recognised in it</numerusform>
            <numerusform>the worksheet &quot;%1&quot; (%n rows with values) was not imported: no header row was recognised in it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not read: only one worksheet of a workbook was imported; save that sheet as a file of its own to import it</source>
        <translation>
            <numerusform>the worksheet &quot;%1&quot; (%n row with values) was not read: only one worksheet of a workbook was imported; save that sheet as a file of its own to import it</numerusform>
            <numerusform>the worksheet &quot;%1&quot; (%n rows with values) was not read: only one worksheet of a workbook was imported; save that sheet as a file of its own to import it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: it has no header row, but its first row fills the columns of the records in the worksheet before it, &quot;%2&quot;; if it goes on from them, it can be read as continued</source>
        <translation>
            <numerusform>the worksheet &quot;%1&quot; (%n row with values) was not imported: it has no header row, but its first row fills the columns of the records in the worksheet before it, &quot;%2&quot;; if it goes on from them, it can be read as continued</numerusform>
            <numerusform>the worksheet &quot;%1&quot; (%n rows with values) was not imported: it has no header row, but its first row fills the columns of the records in the worksheet before it, &quot;%2&quot;; if it goes on from them, it can be read as continued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: none of its first rows fills the columns the mapping numbers with a time where it places one</source>
        <translation>
            <numerusform>the worksheet &quot;%1&quot; (%n row with values) was not imported: none of its first rows fills the columns the mapping numbers with a time where it places one</numerusform>
            <numerusform>the worksheet &quot;%1&quot; (%n rows with values) was not imported: none of its first rows fills the columns the mapping numbers with a time where it places one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the mapping numbers column %1 for the %2, but the rows of this file have %n column(s)</source>
        <translation>
            <numerusform>the mapping numbers column %1 for the %2, but the rows of this file have %n column</numerusform>
            <numerusform>the mapping numbers column %1 for the %2, but the rows of this file have %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n line of this UTF-8 file is not UTF-8 and was read as Windows-1252: %1</numerusform>
            <numerusform>%n lines of this UTF-8 file are not UTF-8 and were read as Windows-1252: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON record(s) with no value (as {}, [] or all their values null or empty) were not counted as rows, at the lines they begin on: %1</source>
        <translation>
            <numerusform>%n JSON record with no value (as {}, [] or all its values null or empty) was not counted as a row, at the line it begins on: %1</numerusform>
            <numerusform>%n JSON records with no value (as {}, [] or all their values null or empty) were not counted as rows, at the lines they begin on: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the file&apos;s rows have %1</source>
        <translation>
            <numerusform>%n value where the file&apos;s rows have %1</numerusform>
            <numerusform>%n values where the file&apos;s rows have %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the header has %1</source>
        <translation>
            <numerusform>%n value where the header has %1</numerusform>
            <numerusform>%n values where the header has %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the array &quot;%1&quot; of the file&apos;s records (%n array(s) of values) was not imported: %2</source>
        <translation>
            <numerusform>the array &quot;%1&quot; of the file&apos;s records (%n array of values) was not imported: %2</numerusform>
            <numerusform>the array &quot;%1&quot; of the file&apos;s records (%n arrays of values) was not imported: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) hold no record and were not counted as rows: %1</source>
        <translation>
            <numerusform>%n blank line holds no record and was not counted as a row: %1</numerusform>
            <numerusform>%n blank lines hold no record and were not counted as rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this UTF-16 file hold code units that are no text (a surrogate without its other half), read as U+FFFD (�) in their place: %1</source>
        <translation>
            <numerusform>%n line of this UTF-16 file holds code units that are no text (a surrogate without its other half), read as U+FFFD (�) in their place: %1</numerusform>
            <numerusform>%n lines of this UTF-16 file hold code units that are no text (a surrogate without its other half), read as U+FFFD (�) in their place: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), read as U+FFFD (�) in its place: %1</source>
        <translation>
            <numerusform>%n line holds a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), read as U+FFFD (�) in its place: %1</numerusform>
            <numerusform>%n lines hold a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), read as U+FFFD (�) in its place: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold a control character XML does not allow (its XML is not well-formed there), read as it stands, as a text file&apos;s would be: %1</source>
        <translation>
            <numerusform>%n line holds a control character XML does not allow (its XML is not well-formed there), read as it stands, as a text file&apos;s would be: %1</numerusform>
            <numerusform>%n lines hold a control character XML does not allow (its XML is not well-formed there), read as it stands, as a text file&apos;s would be: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) write values as Excel&apos;s formulas of text (as =&quot;+12025550100&quot;, which Excel shows as +12025550100), read as the text they show: %1</source>
        <translation>
            <numerusform>%n line writes values as Excel&apos;s formulas of text (as =&quot;+12025550100&quot;, which Excel shows as +12025550100), read as the text they show: %1</numerusform>
            <numerusform>%n lines write values as Excel&apos;s formulas of text (as =&quot;+12025550100&quot;, which Excel shows as +12025550100), read as the text they show: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are hidden or filtered out, and not shown by the spreadsheet program; they are in the file and were read as every other row: %1</source>
        <translation>
            <numerusform>%n row is hidden or filtered out, and not shown by the spreadsheet program; it is in the file and was read as every other row: %1</numerusform>
            <numerusform>%n rows are hidden or filtered out, and not shown by the spreadsheet program; they are in the file and were read as every other row: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) are written as digits only and are no number of the region %1, but valid international numbers with a &quot;+&quot; before them, as Excel drops it when it opens a CSV file: %2. They were kept as written, apart from the same numbers written with their &quot;+&quot;</source>
        <translation>
            <numerusform>%n handle is written as digits only and is no number of the region %1, but a valid international number with a &quot;+&quot; before it, as Excel drops it when it opens a CSV file: %2. It was kept as written, apart from the same number written with its &quot;+&quot;</numerusform>
            <numerusform>%n handles are written as digits only and are no number of the region %1, but valid international numbers with a &quot;+&quot; before them, as Excel drops it when it opens a CSV file: %2. They were kept as written, apart from the same numbers written with their &quot;+&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call id(s) were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): rounded, an id could be another call&apos;s, so no rows were joined as legs of one call by them</source>
        <translation>
            <numerusform>%n call id was saved in scientific notation, its last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): rounded, an id could be another call&apos;s, so no rows were joined as legs of one call by it</numerusform>
            <numerusform>%n call ids were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): rounded, an id could be another call&apos;s, so no rows were joined as legs of one call by them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record id(s) were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): the same records from the file as delivered carry their whole ids, and would not be recognised as the same</source>
        <translation>
            <numerusform>%n record id was saved in scientific notation, its last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): the same record from the file as delivered carries its whole id, and would not be recognised as the same</numerusform>
            <numerusform>%n record ids were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): the same records from the file as delivered carry their whole ids, and would not be recognised as the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold a cell whose value a formula computes; it was read as the result the file saved (what the spreadsheet program showed when it saved it): %1</source>
        <translation>
            <numerusform>%n row holds a cell whose value a formula computes; it was read as the result the file saved (what the spreadsheet program showed when it saved it): %1</numerusform>
            <numerusform>%n rows hold a cell whose value a formula computes; it was read as the result the file saved (what the spreadsheet program showed when it saved it): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold a formula the file saved no result for (or an empty one): the cell was read as empty, where the spreadsheet program shows what it computes on opening: %1</source>
        <translation>
            <numerusform>%n row holds a formula the file saved no result for (or an empty one): the cell was read as empty, where the spreadsheet program shows what it computes on opening: %1</numerusform>
            <numerusform>%n rows hold a formula the file saved no result for (or an empty one): the cell was read as empty, where the spreadsheet program shows what it computes on opening: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are hidden, and not shown by the spreadsheet program; they are in the file and were read as every other column: %1</source>
        <translation>
            <numerusform>%n column is hidden, and not shown by the spreadsheet program; it is in the file and was read as every other column: %1</numerusform>
            <numerusform>%n columns are hidden, and not shown by the spreadsheet program; they are in the file and were read as every other column: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cells of %n column(s) hold values their number format shows as nothing (as &quot;;;;&quot; does), shown blank by the spreadsheet program; they are in the file and were read: %1</source>
        <translation>
            <numerusform>cells of %n column hold values their number format shows as nothing (as &quot;;;;&quot; does), shown blank by the spreadsheet program; they are in the file and were read: %1</numerusform>
            <numerusform>cells of %n columns hold values their number format shows as nothing (as &quot;;;;&quot; does), shown blank by the spreadsheet program; they are in the file and were read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n row(s): %2</source>
        <translation>
            <numerusform>%1 in %n row: %2</numerusform>
            <numerusform>%1 in %n rows: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) write values with the apostrophe Excel puts before a cell&apos;s text to keep it as typed (as &apos;2016-09-12 14:03:07) or between two of them (as &apos;15/04/2026&apos;), read without them: %1</source>
        <translation>
            <numerusform>%n line writes values with the apostrophe Excel puts before a cell&apos;s text to keep it as typed (as &apos;2016-09-12 14:03:07) or between two of them (as &apos;15/04/2026&apos;), read without them: %1</numerusform>
            <numerusform>%n lines write values with the apostrophe Excel puts before a cell&apos;s text to keep it as typed (as &apos;2016-09-12 14:03:07) or between two of them (as &apos;15/04/2026&apos;), read without them: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle spelling(s) were read without characters that are no part of a handle (the records keep them as written): marks no one sees, as a zero-width space or a direction mark (shown here as their code points), the apostrophe Excel puts before a cell&apos;s text, or quotes around the whole of it: %1</source>
        <translation>
            <numerusform>%n handle spelling was read without characters that are no part of a handle (the records keep them as written): marks no one sees, as a zero-width space or a direction mark (shown here as their code points), the apostrophe Excel puts before a cell&apos;s text, or quotes around the whole of it: %1</numerusform>
            <numerusform>%n handle spellings were read without characters that are no part of a handle (the records keep them as written): marks no one sees, as a zero-width space or a direction mark (shown here as their code points), the apostrophe Excel puts before a cell&apos;s text, or quotes around the whole of it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1 is called %2, not %3, at %n of the times read (the first at line %4)</source>
        <translation>
            <numerusform>; %1 is called %2, not %3, at %n of the times read (the first at line %4)</numerusform>
            <numerusform>; %1 is called %2, not %3, at %n of the times read (the first at line %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short before a header row the import knows ended: the %n line(s) it holds have none, so none of its records can be read</source>
        <translation>
            <numerusform>the file was cut short before a header row the import knows ended: the %n line it holds has none, so none of its records can be read</numerusform>
            <numerusform>the file was cut short before a header row the import knows ended: the %n lines it holds have none, so none of its records can be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no rows: its %n line(s) are blank</source>
        <translation>
            <numerusform>the file has no rows: its %n line is blank</numerusform>
            <numerusform>the file has no rows: its %n lines are blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) written without a country code (%1) were read as numbers of the region %2, where the carriers whose records the format %3 reads write numbers of the region %4: if the file is theirs, declare its region (--region %4)</source>
        <translation>
            <numerusform>%n number written without a country code (%1) was read as a number of the region %2, where the carriers whose records the format %3 reads write numbers of the region %4: if the file is theirs, declare its region (--region %4)</numerusform>
            <numerusform>%n numbers written without a country code (%1) were read as numbers of the region %2, where the carriers whose records the format %3 reads write numbers of the region %4: if the file is theirs, declare its region (--region %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) begin with a &quot;0&quot;, as numbers are dialled within a country (a trunk &quot;0&quot;, or &quot;00&quot; before a country code), and are no number of the region %1: %2. They were kept as written, apart from the same numbers written with their country code; if the file writes another country&apos;s numbers, declare its region (--region)</source>
        <translation>
            <numerusform>%n handle begins with a &quot;0&quot;, as numbers are dialled within a country (a trunk &quot;0&quot;, or &quot;00&quot; before a country code), and is no number of the region %1: %2. It was kept as written, apart from the same number written with its country code; if the file writes another country&apos;s numbers, declare its region (--region)</numerusform>
            <numerusform>%n handles begin with a &quot;0&quot;, as numbers are dialled within a country (a trunk &quot;0&quot;, or &quot;00&quot; before a country code), and are no number of the region %1: %2. They were kept as written, apart from the same numbers written with their country code; if the file writes another country&apos;s numbers, declare its region (--region)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: %2</source>
        <translation>
            <numerusform>the worksheet &quot;%1&quot; (%n row with values) was not imported: %2</numerusform>
            <numerusform>the worksheet &quot;%1&quot; (%n rows with values) was not imported: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message numerus="yes">
        <source>%1 and %n more handle(s)</source>
        <translation>
            <numerusform>%1 and %n more handle</numerusform>
            <numerusform>%1 and %n more handles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n other handle(s)</source>
        <translation>
            <numerusform>%n other handle</numerusform>
            <numerusform>%n other handles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more IP(s): see the IPs list</source>
        <translation>
            <numerusform>%n more IP: see the IPs list</numerusform>
            <numerusform>%n more IPs: see the IPs list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest hour(s) in view</source>
        <translation>
            <numerusform>the busiest hour in view</numerusform>
            <numerusform>the %n equally busiest hours in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest day(s) in view</source>
        <translation>
            <numerusform>the busiest day in view</numerusform>
            <numerusform>the %n equally busiest days in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest week(s) in view</source>
        <translation>
            <numerusform>the busiest week in view</numerusform>
            <numerusform>the %n equally busiest weeks in view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message numerus="yes">
        <source>timestamp &quot;%1&quot; gives its time of day to %2 s only (%n decimal(s) of a day), as a worksheet&apos;s number format rounded it: save the column with a date and time format from the file as delivered</source>
        <translation>
            <numerusform>timestamp &quot;%1&quot; gives its time of day to %2 s only (%n decimal of a day), as a worksheet&apos;s number format rounded it: save the column with a date and time format from the file as delivered</numerusform>
            <numerusform>timestamp &quot;%1&quot; gives its time of day to %2 s only (%n decimals of a day), as a worksheet&apos;s number format rounded it: save the column with a date and time format from the file as delivered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsAppCallNotes</name>
    <message numerus="yes">
        <source>%n call(s) keep in their events, as written, an address (&quot;From Ip&quot;) that an event not sent by the call&apos;s creator gives: its sender&apos;s, not the call&apos;s client IP, which is the creator&apos;s, the address the call came from (the first at line %1)</source>
        <translation>
            <numerusform>%n call keeps in its events, as written, an address (&quot;From Ip&quot;) that an event not sent by the call&apos;s creator gives: its sender&apos;s, not the call&apos;s client IP, which is the creator&apos;s, the address the call came from (at line %1)</numerusform>
            <numerusform>%n calls keep in their events, as written, an address (&quot;From Ip&quot;) that an event not sent by the call&apos;s creator gives: its sender&apos;s, not the call&apos;s client IP, which is the creator&apos;s, the address the call came from (the first at line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event will keep the earlier reading, which may say the call was not accepted or give no duration; this reading will be linked to it as a duplicate (the first at line %1)</source>
        <translation>
            <numerusform>%n call read here with more of its events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event will keep the earlier reading, which may say the call was not accepted or give no duration; this reading will be linked to it as a duplicate (at line %1)</numerusform>
            <numerusform>%n calls read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the events will keep the earlier reading, which may say a call was not accepted or give no duration; these readings will be linked to them as duplicates (the first at line %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event keeps the earlier reading, which may say the call was not accepted or give no duration; this reading is linked to it as a duplicate, which its provenance shows (the first at line %1, event %2)</source>
        <translation>
            <numerusform>%n call read here with more of its events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event keeps the earlier reading, which may say the call was not accepted or give no duration; this reading is linked to it as a duplicate, which its provenance shows (at line %1, event %2)</numerusform>
            <numerusform>%n calls read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the events keep the earlier reading, which may say a call was not accepted or give no duration; these readings are linked to them as duplicates, which their provenance shows (the first at line %1, event %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>%n cell(s) of the worksheet name a shared string the workbook does not have (the first: %1); read as empty</source>
        <translation>
            <numerusform>%n cell of the worksheet names a shared string the workbook does not have (the first: %1); read as empty</numerusform>
            <numerusform>%n cells of the worksheet name a shared string the workbook does not have (the first: %1); read as empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a ZIP archive of %n file(s) that may hold records (%1), not a workbook: named .zip, the tables in it are imported</source>
        <translation>
            <numerusform>a ZIP archive of %n file that may hold records (%1), not a workbook: named .zip, the tables in it are imported</numerusform>
            <numerusform>a ZIP archive of %n files that may hold records (%1), not a workbook: named .zip, the tables in it are imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet&apos;s XML is damaged after %n row(s) with values: %1</source>
        <translation>
            <numerusform>the worksheet&apos;s XML is damaged after %n row with values: %1</numerusform>
            <numerusform>the worksheet&apos;s XML is damaged after %n rows with values: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZoneRulesCheck</name>
    <message numerus="yes">
        <source>Local times of %n source(s) read again by this machine&apos;s tz database (%1): %2 read otherwise than on import</source>
        <translation>
            <numerusform>Local times of %n source read again by this machine&apos;s tz database (%1): %2 read otherwise than on import</numerusform>
            <numerusform>Local times of %n sources read again by this machine&apos;s tz database (%1): %2 read otherwise than on import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local time(s) read by the tz database %1 as by %2</source>
        <translation>
            <numerusform>%n local time read by the tz database %1 as by %2</numerusform>
            <numerusform>%n local times read by the tz database %1 as by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n local time(s) read by the tz database %2 otherwise than by %3: %4</source>
        <translation>
            <numerusform>%1 of %n local time read by the tz database %2 otherwise than by %3: %4</numerusform>
            <numerusform>%1 of %n local times read by the tz database %2 otherwise than by %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offset(s) written beside a zone still that zone&apos;s by the rules of the tz database %1, as by %2</source>
        <translation>
            <numerusform>%n offset written beside a zone still that zone&apos;s by the rules of the tz database %1, as by %2</numerusform>
            <numerusform>%n offsets written beside a zone still that zone&apos;s by the rules of the tz database %1, as by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offset(s) written beside a zone no longer that zone&apos;s by the rules of the tz database %2, as they were by %3 (the moments stand, read by the offsets; an import now refuses such a row): %4</source>
        <translation>
            <numerusform>%1 of %n offset written beside a zone no longer that zone&apos;s by the rules of the tz database %2, as it was by %3 (the moment stands, read by the offset; an import now refuses such a row): %4</numerusform>
            <numerusform>%1 of %n offsets written beside a zone no longer that zone&apos;s by the rules of the tz database %2, as they were by %3 (the moments stand, read by the offsets; an import now refuses such a row): %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n offset(s) written beside a zone, %1 no longer that zone&apos;s</source>
        <translation>
            <numerusform>of %n offset written beside a zone, %1 no longer that zone&apos;s</numerusform>
            <numerusform>of %n offsets written beside a zone, %1 no longer that zone&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not read again alone: a shape of time only the file settles)</source>
        <translation>
            <numerusform>(%n not read again alone: a shape of time only the file settles)</numerusform>
            <numerusform>(%n not read again alone: a shape of time only the file settles)</numerusform>
        </translation>
    </message>
</context>
</TS>
