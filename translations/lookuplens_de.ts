<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CaseDatabase</name>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot create the case: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a LookupLens case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not a readable case (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case was written by a newer LookupLens (schema %2; this one knows %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the case needs an upgrade from schema %2; open it for writing once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot upgrade the case: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The case file (.llcase).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--case CASE is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 accepted, %3 rejected, %4 duplicate (%5; zone %6)%7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [dry run: nothing written]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recognised as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 more rejected rows are listed by "lookuplens-cli rejected"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto (default) or a format id: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone the provider wrote unmarked times in (IANA name or UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default region for national phone numbers when the case is created (default US).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a file whose SHA-256 is already in the case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the first rows as they would be stored, and the errors; write nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name at least one file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown region "%1" (use an ISO 3166 code such as US or DE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 events: %2 lookups, %3 communications, %4 connections; %5 handles, %6 sources, %7 rejected rows, %8 duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 lookups made, %4 looked up by others, %5 communications sent, %6 received, %7 connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no handle in the case matches "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--class takes lookup, communication or connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 "%2" is not an ISO 8601 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events where this handle (any spelling) is initiator or counterpart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookup, communication or connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this time (ISO 8601; UTC unless an offset is given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to this time, inclusive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format csv or --format json is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo case written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: lookuplens-cli COMMAND [options]
  import   --case CASE [--format auto|apple-ids|carrier-cdr] [--timezone ZONE] [--region CC]
           [--allow-duplicate] [--dry-run] FILE...
  stats    --case CASE [--json]
  handles  --case CASE [--json]
  events   --case CASE [--handle H] [--class lookup|communication|connection]
           [--from ISO8601] [--to ISO8601] --format csv|json
  sources  --case CASE [--json]
  rejected --case CASE [--json]
  demo     --case CASE
Run "lookuplens-cli COMMAND --help" for a command's options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookuplens-cli: no command given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lookuplens-cli: unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot rewind the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record longer than 1 MiB; skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quoted field is not closed before the end of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo case could not be built: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Evidence class</source>
        <translation>Beweisklasse</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>EvidenceClassText</name>
    <message>
        <source>Lookup</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s)</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n Kommunikation</numerusform>
            <numerusform>%n Kommunikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>iMessage query</source>
        <translation>iMessage-Abfrage</translation>
    </message>
    <message>
        <source>FaceTime invitation</source>
        <translation>FaceTime-Einladung</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>A lookup records that a device asked whether this handle can be reached. It does not show that any message or call took place.</source>
        <translation>Eine Abfrage belegt, dass ein Gerät gefragt hat, ob diese Kennung erreichbar ist. Sie zeigt nicht, dass eine Nachricht oder ein Anruf stattgefunden hat.</translation>
    </message>
</context>
<context>
    <name>EvidenceLegendWidget</name>
    <message>
        <source>hollow, dashed, amber: a device asked about a handle</source>
        <translation>hohl, gestrichelt, bernsteinfarben: ein Gerät hat nach einer Kennung gefragt</translation>
    </message>
    <message>
        <source>filled, solid, blue: a message or call was carried</source>
        <translation>gefüllt, durchgezogen, blau: eine Nachricht oder ein Anruf wurde übermittelt</translation>
    </message>
    <message>
        <source>tick, dotted, grey: the account connected from an IP</source>
        <translation>Strich, gepunktet, grau: das Konto hat sich von einer IP aus verbunden</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: the case is busy or locked: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already imported as source #%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2; use --allow-duplicate to import it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown time zone "%2" (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot record the source: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt …</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3): %4 rows, %5 rows/s, %6</source>
        <translation>Importiere %1 (%2 von %3): %4 Zeilen, %5 Zeilen/s, %6</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LookupLens</source>
        <translation>LookupLens</translation>
    </message>
    <message>
        <source>Open a case (Ctrl+O) or create one (Ctrl+N), then import provider returns (Ctrl+I) or drop them on this window.</source>
        <translation>Öffnen Sie einen Fall (Strg+O) oder legen Sie einen an (Strg+N) und importieren Sie dann Providerauskünfte (Strg+I) oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall …</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>Fall ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation>&amp;Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>What does a &amp;lookup prove?</source>
        <translation>Was &amp;beweist eine Abfrage?</translation>
    </message>
    <message>
        <source>&amp;About LookupLens</source>
        <translation>Ü&amp;ber LookupLens</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Display time zone: </source>
        <translation>Angezeigte Zeitzone: </translation>
    </message>
    <message>
        <source>Times are shown in this zone; the zone is printed with every time.</source>
        <translation>Zeiten werden in dieser Zone angezeigt; die Zone steht bei jeder Zeitangabe.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>%1 — LookupLens</source>
        <translation>%1 — LookupLens</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Der Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>LookupLens cases (*.llcase)</source>
        <translation>LookupLens-Fälle (*.llcase)</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>Region for phone numbers written without a country code (ISO 3166, e.g. US, DE):</source>
        <translation>Region für Telefonnummern ohne Ländervorwahl (ISO 3166, z. B. US, DE):</translation>
    </message>
    <message>
        <source>Cannot create the case</source>
        <translation>Der Fall kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Import provider returns</source>
        <translation>Providerauskünfte importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open or create a case before importing.</source>
        <translation>Öffnen oder erstellen Sie vor dem Import einen Fall.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Import cancelled; the case is as it was.</source>
        <translation>Import abgebrochen; der Fall ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis importiert.</numerusform>
            <numerusform>%n Ereignisse importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>Time zone not stated</source>
        <translation>Zeitzone nicht angegeben</translation>
    </message>
    <message>
        <source>These files state no time zone:
%1

In which zone did the provider write the times? The answer is recorded with the source as declared by you.</source>
        <translation>Diese Dateien nennen keine Zeitzone:
%1

In welcher Zone hat der Provider die Zeiten geschrieben? Die Antwort wird bei der Quelle als Ihre Angabe vermerkt.</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Kein Fall geöffnet</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — times in %4</source>
        <translation>%1 · %2 · %3 — Zeiten in %4</translation>
    </message>
    <message>
        <source>What does a lookup prove?</source>
        <translation>Was beweist eine Abfrage?</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Lookups (iMessage capability queries, FaceTime invitations) are counted, drawn and exported apart from communications (calls, SMS, messages) everywhere in LookupLens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Abfragen (iMessage-Erreichbarkeitsabfragen, FaceTime-Einladungen) werden in LookupLens überall getrennt von Kommunikation (Anrufe, SMS, Nachrichten) gezählt, dargestellt und exportiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About LookupLens</source>
        <translation>Über LookupLens</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;LookupLens&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Reads provider lookup logs and communication records and keeps the two apart. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LookupLens&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Liest Abfrageprotokolle und Kommunikationsdaten von Providern und hält beide getrennt. Arbeitet offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>%1 (declared by analyst)</source>
        <translation>%1 (vom Analysten angegeben)</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes, imported %4 by %5
%6 rows read: %7 accepted, %8 duplicate, %9 rejected</source>
        <translation>%1
SHA-256 %2
%3 Bytes, importiert %4 von %5
%6 Zeilen gelesen: %7 übernommen, %8 doppelt, %9 abgewiesen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>TableFormat</name>
    <message>
        <source>Apple IDS capability-query log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carrier call/SMS records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>initiator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counterpart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>unknown format "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no header row of a known format was found in the first %1 rows; the file needs a column mapping (--profile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no header row with the columns %1 was found in the first %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the header row at line %2 has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blank line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header row repeated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2 (a stray delimiter?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2 (a missing field?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a handle holds nothing but a URI prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the device count "%1" is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the duration "%1" is not a number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the local time occurs twice (daylight-saving change); the earlier reading is used, the later would be %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message>
        <source>unreadable timestamp "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>impossible date or time "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown time zone label "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spreadsheet date %1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the timestamp states no time zone and none was declared for the source; declare the zone the provider used (--timezone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist in %2 (skipped by a daylight-saving change)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not a readable XLSX workbook (the ZIP container cannot be opened)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook names a worksheet "%1" that it does not contain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the worksheet "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an XLSX workbook (xl/workbook.xml is missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook's shared strings are damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the worksheet is damaged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ZipGuard</name>
    <message>
        <source>cannot read the ZIP directory entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP entry "%1" points outside its folder; refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP entry "%1" would expand to %2 bytes; refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ZIP entry "%1" expands %2 times its size (a ZIP bomb?); refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads provider lookup logs and communication records.</source>
        <translation>Liest Abfrageprotokolle und Kommunikationsdaten von Providern.</translation>
    </message>
    <message>
        <source>Open the built-in demo case.</source>
        <translation>Den eingebauten Demofall öffnen.</translation>
    </message>
    <message>
        <source>The case to open.</source>
        <translation>Der zu öffnende Fall.</translation>
    </message>
</context>
</TS>