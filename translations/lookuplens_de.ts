<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlignedTextReader</name>
    <message numerus="yes">
        <source>%n page heading(s) repeating the header and its rule</source>
        <translation>
            <numerusform>%n Seitenkopf, der die Kopfzeile und ihre Linie wiederholt</numerusform>
            <numerusform>%n Seitenköpfe, die die Kopfzeile und ihre Linie wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>the count the query tool printed after the table (line %1)</source>
        <translation>die Zählung, die das Abfragewerkzeug nach der Tabelle ausgab (Zeile %1)</translation>
    </message>
    <message>
        <source>the file is a table printed as aligned text, its columns where the dashes under its header stand; its layout is no record and was not counted as rows: %1</source>
        <translation>die Datei ist eine als ausgerichteter Text gedruckte Tabelle, ihre Spalten dort, wo die Striche unter ihrer Kopfzeile stehen; ihr Layout ist kein Datensatz und wurde nicht als Zeilen gezählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the table&apos;s rows as &quot;%1&quot; (line %2), but %n row(s) were read below its header: rows may be missing, or other lines stand among them</source>
        <translation>
            <numerusform>das Abfragewerkzeug zählte die Zeilen der Tabelle als „%1“ (Zeile %2), unter ihrer Kopfzeile wurde aber %n Zeile gelesen: Zeilen können fehlen, oder andere Zeilen stehen dazwischen</numerusform>
            <numerusform>das Abfragewerkzeug zählte die Zeilen der Tabelle als „%1“ (Zeile %2), unter ihrer Kopfzeile wurden aber %n Zeilen gelesen: Zeilen können fehlen, oder andere Zeilen stehen dazwischen</numerusform>
        </translation>
    </message>
    <message>
        <source>the counts the query tool printed after its tables (lines %1)</source>
        <translation>die Zählungen, die das Abfragewerkzeug unter seine Tabellen schrieb (Zeilen %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) holding the rest of values too wide for their columns, which the query tool went on with below, were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n Zeile mit dem Rest eines Werts, der zu breit für seine Spalte war und den das Abfragewerkzeug darunter fortsetzte, wurde dem Datensatz darüber angefügt (Zeilen %1)</numerusform>
            <numerusform>%n Zeilen mit dem Rest von Werten, die zu breit für ihre Spalten waren und die das Abfragewerkzeug darunter fortsetzte, wurden dem Datensatz darüber angefügt (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n table(s), each cut by the dashes under its own header (lines %1)</source>
        <translation>
            <numerusform>die Datei enthält %n Tabelle, geschnitten nach den Strichen unter ihrer Kopfzeile (Zeile %1)</numerusform>
            <numerusform>die Datei enthält %n Tabellen, jede nach den Strichen unter ihrer eigenen Kopfzeile geschnitten (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the rows of the table under the header at line %1 as &quot;%2&quot; (line %3), but %n row(s) were read below that header: rows may be missing, or other lines stand among them</source>
        <translation>
            <numerusform>das Abfragewerkzeug zählte die Zeilen der Tabelle unter der Kopfzeile in Zeile %1 als „%2“ (Zeile %3), unter dieser Kopfzeile wurde aber %n Zeile gelesen: Zeilen können fehlen, oder andere Zeilen stehen dazwischen</numerusform>
            <numerusform>das Abfragewerkzeug zählte die Zeilen der Tabelle unter der Kopfzeile in Zeile %1 als „%2“ (Zeile %3), unter dieser Kopfzeile wurden aber %n Zeilen gelesen: Zeilen können fehlen, oder andere Zeilen stehen dazwischen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) going on with values psql marked &quot;+&quot; (a line break in the value) were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n Zeile, die einen von psql mit „+“ markierten Wert fortsetzt (ein Zeilenumbruch im Wert), wurde dem Datensatz darüber angefügt (Zeile %1)</numerusform>
            <numerusform>%n Zeilen, die von psql mit „+“ markierte Werte fortsetzen (Zeilenumbrüche in den Werten), wurden dem Datensatz darüber angefügt (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) holding the rest of values wrapped within their columns were joined to the record above (lines %1)</source>
        <translation>
            <numerusform>%n Zeile mit dem Rest eines in seiner Spalte umbrochenen Werts wurde dem Datensatz darüber angefügt (Zeile %1)</numerusform>
            <numerusform>%n Zeilen mit dem Rest von in ihren Spalten umbrochenen Werten wurden dem Datensatz darüber angefügt (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) printed at the head or foot of every page (lines %1)</source>
        <translation>
            <numerusform>%n Zeile, die am Kopf oder Fuß jeder Seite steht (Zeile %1)</numerusform>
            <numerusform>%n Zeilen, die am Kopf oder Fuß jeder Seite stehen (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page heading(s) repeating the table&apos;s headings</source>
        <translation>
            <numerusform>%n Seitenkopf, der die Spaltenüberschriften der Tabelle wiederholt</numerusform>
            <numerusform>%n Seitenköpfe, die die Spaltenüberschriften der Tabelle wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>the table&apos;s headings stand on two lines (lines %1 and %2), each column&apos;s read as one heading</source>
        <translation>die Überschriften der Tabelle stehen auf zwei Zeilen (Zeilen %1 und %2); die jeder Spalte werden als eine Überschrift gelesen</translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n table(s), each cut where its own headings begin (lines %1)</source>
        <translation>
            <numerusform>die Datei enthält %n Tabelle, geschnitten dort, wo ihre Überschriften beginnen (Zeile %1)</numerusform>
            <numerusform>die Datei enthält %n Tabellen, jede dort geschnitten, wo ihre eigenen Überschriften beginnen (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is a table printed as aligned text, its columns where the headings over them and the records under them show; its layout is no record and was not counted as rows: %1</source>
        <translation>die Datei ist eine als ausgerichteter Text gedruckte Tabelle, ihre Spalten dort, wo die Überschriften über ihnen und die Datensätze darunter sie zeigen; ihr Layout ist kein Datensatz und wurde nicht als Zeilen gezählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the report centres a record&apos;s other values beside a value it wraps over several lines, whose first lines stand above the record: %n such line(s) were joined to the record below them (lines %1), as many lines below each record as above it to that record</source>
        <translation>
            <numerusform>der Bericht zentriert die übrigen Werte eines Datensatzes neben einem Wert, den er über mehrere Zeilen umbricht und dessen erste Zeilen über dem Datensatz stehen: %n solche Zeile wurde dem Datensatz darunter angefügt (Zeile %1), jedem Datensatz so viele Zeilen darunter wie darüber</numerusform>
            <numerusform>der Bericht zentriert die übrigen Werte eines Datensatzes neben einem Wert, den er über mehrere Zeilen umbricht und dessen erste Zeilen über dem Datensatz stehen: %n solche Zeilen wurden dem Datensatz darunter angefügt (Zeilen %1), jedem Datensatz so viele Zeilen darunter wie darüber</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveFile</name>
    <message>
        <source>not a readable archive: %1</source>
        <translation>kein lesbares Archiv: %1</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; expands %2 times the archive&apos;s size (a bomb?); refused</source>
        <translation>der Eintrag „%1“ wächst entpackt auf das %2-Fache der Größe des Archivs (eine Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside its folder; refused</source>
        <translation>der Eintrag „%1“ zeigt aus seinem Ordner heraus; abgelehnt</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is encrypted with a password: extract the archive with its password and import the files it holds</source>
        <translation>der Eintrag „%1“ ist mit einem Passwort verschlüsselt: entpacken Sie das Archiv mit seinem Passwort und importieren Sie die Dateien darin</translation>
    </message>
    <message>
        <source>%1: left out: a hidden file</source>
        <translation>%1: ausgelassen: eine versteckte Datei</translation>
    </message>
    <message>
        <source>%1: left out: an archive inside an archive (extract the one around it to read it)</source>
        <translation>%1: ausgelassen: ein Archiv in einem Archiv (entpacken Sie das äußere, um es zu lesen)</translation>
    </message>
    <message>
        <source>%1: left out: not a table, workbook, PDF or HTML page by its name</source>
        <translation>%1: ausgelassen: dem Namen nach keine Tabelle, Arbeitsmappe, PDF oder HTML-Seite</translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation>das Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot copy the entry &quot;%1&quot; to read it: %2</source>
        <translation>der Eintrag „%1“ kann zum Lesen nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>the archive is damaged in its entry &quot;%1&quot;: %2</source>
        <translation>das Archiv ist in seinem Eintrag „%1“ beschädigt: %2</translation>
    </message>
    <message>
        <source>the archive holds no entry &quot;%1&quot;</source>
        <translation>das Archiv enthält keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>the archive ends inside its entry &quot;%1&quot;, whose part before the cut cannot be read in a %2 archive</source>
        <translation>das Archiv endet in seinem Eintrag „%1“, dessen Teil vor dem Abbruch sich in einem %2-Archiv nicht lesen lässt</translation>
    </message>
    <message>
        <source>the archive cannot be read: %1</source>
        <translation>das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>libarchive names no reason</source>
        <translation>libarchive nennt keinen Grund</translation>
    </message>
    <message>
        <source>the 7-Zip archive was cut short: the file holds %1 of the %2 bytes its start header gives, and its directory, which 7-Zip writes at its end, is missing, so none of its entries can be found (an archiver may recover some of its files: import what it gives)</source>
        <translation>das 7-Zip-Archiv wurde abgeschnitten: die Datei enthält %1 der %2 Bytes, die ihr Startkopf angibt, und ihr Verzeichnis, das 7-Zip an ihr Ende schreibt, fehlt, daher lässt sich keiner ihrer Einträge finden (ein Archivprogramm kann vielleicht einige ihrer Dateien retten: importieren Sie, was es liefert)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>the case is on storage that cannot be written</source>
        <translation>der Fall liegt auf einem Speicher, der nicht beschrieben werden kann</translation>
    </message>
    <message>
        <source>the case could not be written</source>
        <translation>der Fall konnte nicht beschrieben werden</translation>
    </message>
</context>
<context>
    <name>AuditLogAction</name>
    <message>
        <source>Audit &amp;log of this case…</source>
        <translation>Protoko&amp;ll des Falls …</translation>
    </message>
    <message>
        <source>Every import, export, report and check made in this case, with who made it and when; check a file handed over against it</source>
        <translation>Jeder Import, Export, Bericht und jede Prüfung in diesem Fall, mit wer und wann; eine übergebene Datei daran prüfen</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Check a file written from this case…</source>
        <translation>Eine aus diesem Fall geschriebene Datei prüfen …</translation>
    </message>
    <message>
        <source>Audit log of this case</source>
        <translation>Protokoll des Falls</translation>
    </message>
    <message>
        <source>Every import, export, report, label, check and change made in this case, oldest first, with the account that made it and when (UTC). Each report and export is recorded with the SHA-256 of what was written, so that a copy handed over can be checked against the case.</source>
        <translation>Jeder Import, Export, Bericht, jede Bezeichnung, Prüfung und Änderung in diesem Fall, der älteste zuerst, mit dem Konto, das sie vorgenommen hat, und wann (UTC). Jeder Bericht und Export ist mit dem SHA-256 des Geschriebenen verzeichnet, sodass sich eine übergebene Kopie am Fall prüfen lässt.</translation>
    </message>
    <message>
        <source>Hash a report or export you were given and find the record of writing it</source>
        <translation>Einen Bericht oder Export hashen, den Sie erhalten haben, und den Eintrag finden, der sein Schreiben verzeichnet</translation>
    </message>
    <message>
        <source>Check a file written from this case</source>
        <translation>Eine aus diesem Fall geschriebene Datei prüfen</translation>
    </message>
    <message>
        <source>Hashing “%1” (it is only read)…</source>
        <translation>„%1“ wird gehasht (nur gelesen) …</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a file this case&apos;s audit log records writing: no record holds its SHA-256 %2. A copy changed by a single byte is not found, nor a file read into the case.</source>
        <translation>„%1“ ist keine Datei, deren Schreiben das Protokoll des Falls verzeichnet: Kein Eintrag enthält ihren SHA-256 %2. Eine um ein einziges Byte geänderte Kopie wird nicht gefunden, ebenso wenig eine in den Fall eingelesene Datei.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a file written from this case: the bytes of record(s) %2, selected above (SHA-256 %3).</source>
        <translation>
            <numerusform>„%1“ ist eine aus diesem Fall geschriebene Datei: die Bytes von Eintrag %2, oben ausgewählt (SHA-256 %3).</numerusform>
            <numerusform>„%1“ ist eine aus diesem Fall geschriebene Datei: die Bytes der Einträge %2, oben ausgewählt (SHA-256 %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hashing “%1” (it is only read)… %2 %</source>
        <translation>„%1“ wird gehasht (nur gelesen) … %2 %</translation>
    </message>
</context>
<context>
    <name>AuditLogList</name>
    <message>
        <source>Case created</source>
        <translation>Fall angelegt</translation>
    </message>
    <message>
        <source>Case upgraded to a newer schema</source>
        <translation>Fall auf ein neueres Schema gebracht</translation>
    </message>
    <message>
        <source>Working copy made</source>
        <translation>Arbeitskopie angelegt</translation>
    </message>
    <message>
        <source>File imported</source>
        <translation>Datei importiert</translation>
    </message>
    <message>
        <source>GeoIP database added</source>
        <translation>GeoIP-Datenbank hinzugefügt</translation>
    </message>
    <message>
        <source>Handle labelled</source>
        <translation>Kennung bezeichnet</translation>
    </message>
    <message>
        <source>Display time zone changed</source>
        <translation>Angezeigte Zeitzone geändert</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Beweismittel geprüft</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht geschrieben</translation>
    </message>
    <message>
        <source>Events exported</source>
        <translation>Ereignisse exportiert</translation>
    </message>
    <message>
        <source>Client IPs exported</source>
        <translation>Client-IPs exportiert</translation>
    </message>
    <message>
        <source>Graph exported</source>
        <translation>Graph exportiert</translation>
    </message>
    <message>
        <source>Graph exported as a picture</source>
        <translation>Graph als Bild exportiert</translation>
    </message>
    <message>
        <source>Timeline exported as a picture</source>
        <translation>Zeitleiste als Bild exportiert</translation>
    </message>
    <message>
        <source>Patterns exported as a picture</source>
        <translation>Muster als Bild exportiert</translation>
    </message>
    <message>
        <source>Map exported</source>
        <translation>Karte exportiert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details as recorded</source>
        <translation>Einzelheiten wie verzeichnet</translation>
    </message>
    <message>
        <source>Table exported</source>
        <translation>Tabelle exportiert</translation>
    </message>
    <message>
        <source>Event marked</source>
        <translation>Ereignis markiert</translation>
    </message>
    <message>
        <source>Mark taken off an event</source>
        <translation>Markierung eines Ereignisses entfernt</translation>
    </message>
    <message>
        <source>New client IPs geolocated</source>
        <translation>Neue Client-IPs geolokalisiert</translation>
    </message>
</context>
<context>
    <name>CallTypesNotKnown</name>
    <message>
        <source>&quot;%1&quot; (1 row, line %2)</source>
        <translation>„%1“ (1 Zeile: Zeile %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 rows, the first on line %3)</source>
        <translation>„%1“ (%2 Zeilen, die erste in Zeile %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give a call type LookupLens does not know, and were read as the format&apos;s own kind, &quot;%1&quot;: %2</source>
        <translation>
            <numerusform>%n Zeile nennt eine Anrufart, die LookupLens nicht kennt, und wurde als die eigene Art des Formats gelesen, „%1“: %2</numerusform>
            <numerusform>%n Zeilen nennen eine Anrufart, die LookupLens nicht kennt, und wurden als die eigene Art des Formats gelesen, „%1“: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarrierWords</name>
    <message>
        <source>the direction &quot;%1&quot; says the call was forwarded, not which way it went between the subscriber and the other party (the caller, or the number it was forwarded to)</source>
        <translation>die Richtung „%1“ sagt, dass der Anruf weitergeleitet wurde, nicht, in welche Richtung er zwischen dem Teilnehmer und der Gegenstelle ging (dem Anrufer oder der Nummer, an die er weitergeleitet wurde)</translation>
    </message>
    <message>
        <source>the direction &quot;%1&quot; is neither incoming nor outgoing</source>
        <translation>die Richtung „%1“ ist weder eingehend noch ausgehend</translation>
    </message>
    <message>
        <source>the call type &quot;%1&quot; is a request to the carrier (a service code), not a communication between handles</source>
        <translation>der Anruftyp „%1“ ist eine Anfrage an den Netzbetreiber (ein Dienstcode), keine Kommunikation zwischen Kennungen</translation>
    </message>
    <message>
        <source>the call type &quot;%1&quot; is the network&apos;s own record of the phone (where it is, or a look-up in the subscriber register), not a communication between handles</source>
        <translation>der Anruftyp „%1“ ist der eigene Datensatz des Netzes über das Telefon (wo es sich befindet, oder eine Abfrage im Teilnehmerregister), keine Kommunikation zwischen Kennungen</translation>
    </message>
</context>
<context>
    <name>CaseCopy</name>
    <message>
        <source>%1: cannot write the copy: %2</source>
        <translation>%1: die Kopie kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record where the copy came from</source>
        <translation>%1: es kann nicht verzeichnet werden, woher die Kopie stammt</translation>
    </message>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: eine Datei dieses Namens gibt es schon</translation>
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: eine Datei dieses Namens gibt es schon</translation>
    </message>
    <message>
        <source>%1: cannot create the case: %2</source>
        <translation>%1: der Fall kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: no such case</source>
        <translation>%1: kein solcher Fall</translation>
    </message>
    <message>
        <source>%1: not a LookupLens case</source>
        <translation>%1: kein LookupLens-Fall</translation>
    </message>
    <message>
        <source>%1: not a readable case (%2)</source>
        <translation>%1: kein lesbarer Fall (%2)</translation>
    </message>
    <message>
        <source>%1: the case was written by a newer LookupLens (schema %2; this one knows %3)</source>
        <translation>%1: der Fall wurde von einem neueren LookupLens geschrieben (Schema %2; dieses kennt %3)</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the case: %2</source>
        <translation>%1: der Fall kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>table %1 does not define &quot;%2&quot;</source>
        <translation>Tabelle %1 enthält „%2“ nicht</translation>
    </message>
    <message>
        <source>%1: the case needs an upgrade from schema %2, which reading it only cannot make; open it once in LookupLens or with a lookuplens-cli command other than a dry run</source>
        <translation>%1: der Fall braucht eine Aktualisierung von Schema %2, die ein bloßes Lesen nicht vornehmen kann; öffnen Sie ihn einmal in LookupLens oder mit einem lookuplens-cli-Befehl, der kein Probelauf ist</translation>
    </message>
    <message>
        <source>%1: the case needs an upgrade from schema %2, which cannot be made where it lies; open it in LookupLens, which offers a working copy</source>
        <translation>%1: der Fall braucht eine Aktualisierung von Schema %2, die dort, wo er liegt, nicht vorgenommen werden kann; öffnen Sie ihn in LookupLens, das eine Arbeitskopie anbietet</translation>
    </message>
    <message>
        <source>%1: the case is on storage that cannot be written here (read-only media, a write blocker, a read-only share, or no permission): it can be read, not changed</source>
        <translation>%1: der Fall liegt auf einem Speicher, der hier nicht beschrieben werden kann (schreibgeschütztes Medium, Schreibblocker, schreibgeschützte Freigabe oder fehlende Berechtigung): er kann gelesen, nicht geändert werden</translation>
    </message>
    <message>
        <source>%1: its journal %2 holds changes not yet folded into the case, and the folder cannot be written for SQLite to read them; copy the case with that file to a writable folder</source>
        <translation>%1: sein Journal %2 enthält Änderungen, die noch nicht in den Fall übernommen sind, und der Ordner kann nicht beschrieben werden, damit SQLite sie liest; kopieren Sie den Fall mit dieser Datei in einen beschreibbaren Ordner</translation>
    </message>
</context>
<context>
    <name>CaseInputs</name>
    <message>
        <source>%1 is evidence imported into this case; it is never overwritten.</source>
        <translation>%1 ist ein in diesen Fall importiertes Beweismittel; es wird nie überschrieben.</translation>
    </message>
    <message>
        <source>%1 is a GeoIP database this case&apos;s places were read from; it is never overwritten.</source>
        <translation>%1 ist eine GeoIP-Datenbank, aus der die Orte dieses Falls gelesen wurden; sie wird nie überschrieben.</translation>
    </message>
</context>
<context>
    <name>CaseQueries</name>
    <message>
        <source>Row %1 of the page&apos;s table rows (&lt;tr&gt;), as Excel numbers them; its &lt;tr&gt; stands on line %2 of the file&apos;s text</source>
        <translation>Tabellenzeile %1 unter den Tabellenzeilen der Seite (&lt;tr&gt;), wie Excel sie nummeriert; ihr &lt;tr&gt; steht in Zeile %2 des Dateitexts</translation>
    </message>
    <message>
        <source>Line %1 of the text the PDF holds: page %2, line %3 on it</source>
        <translation>Zeile %1 des Texts, den das PDF enthält: Seite %2, Zeile %3 darauf</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Every event of the case.</source>
        <translation>Jedes Ereignis des Falls.</translation>
    </message>
    <message>
        <source>The events between %1 and %2.</source>
        <translation>Die Ereignisse zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>The events %1 initiated.</source>
        <translation>Die Ereignisse, die %1 ausgelöst hat.</translation>
    </message>
    <message>
        <source>The events with %1 as counterpart.</source>
        <translation>Die Ereignisse mit %1 als Gegenstelle.</translation>
    </message>
    <message>
        <source>The events of %1, as initiator or counterpart.</source>
        <translation>Die Ereignisse von %1, als Auslöser oder Gegenstelle.</translation>
    </message>
    <message>
        <source>Class: %1.</source>
        <translation>Klasse: %1.</translation>
    </message>
    <message>
        <source>Subtype: %1.</source>
        <translation>Untertyp: %1.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Ab %1.</translation>
    </message>
    <message>
        <source>Up to %1.</source>
        <translation>Bis %1.</translation>
    </message>
    <message>
        <source>From the client IP %1.</source>
        <translation>Von der Client-IP %1.</translation>
    </message>
    <message>
        <source>Read from the source #%1, %2.</source>
        <translation>Gelesen aus der Quelle #%1, %2.</translation>
    </message>
    <message>
        <source>Whose record as written holds &quot;%1&quot;.</source>
        <translation>Deren Datensatz, wie geschrieben, „%1“ enthält.</translation>
    </message>
    <message numerus="yes">
        <source>The %n event(s) chosen on a chart.</source>
        <translation>
            <numerusform>Das %n in einem Diagramm gewählte Ereignis.</numerusform>
            <numerusform>Die %n in einem Diagramm gewählten Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report on the case %1</source>
        <translation>Bericht über den Fall %1</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Written %1 by %2.</source>
        <translation>Geschrieben %1 von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n Quelle importiert.</numerusform>
            <numerusform>%n Quellen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times are given in UTC and in %1.</source>
        <translation>Zeiten sind in UTC und in %1 angegeben.</translation>
    </message>
    <message>
        <source>Times are given in UTC.</source>
        <translation>Zeiten sind in UTC angegeben.</translation>
    </message>
    <message>
        <source>What this report covers</source>
        <translation>Was dieser Bericht umfasst</translation>
    </message>
    <message>
        <source>Every figure in this report counts events listed in Appendix A, each with the source, the line and the record as the provider wrote it. Lookups, communications and connections are counted apart and never added into one figure.</source>
        <translation>Jede Zahl in diesem Bericht zählt Ereignisse, die Anhang A auflistet, jedes mit der Quelle, der Zeile und dem Datensatz, wie der Provider ihn geschrieben hat. Abfragen, Kommunikationen und Verbindungen werden getrennt gezählt und nie zu einer Zahl addiert.</translation>
    </message>
    <message>
        <source>written: %1</source>
        <translation>geschrieben: %1</translation>
    </message>
    <message>
        <source>Appendix A. The events</source>
        <translation>Anhang A. Die Ereignisse</translation>
    </message>
    <message>
        <source>Every event this report counts, in time order: where it was read (source and line) and the record as the provider wrote it.</source>
        <translation>Jedes Ereignis, das dieser Bericht zählt, in zeitlicher Reihenfolge: wo es gelesen wurde (Quelle und Zeile) und der Datensatz, wie der Provider ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
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
        <source>Source and line</source>
        <translation>Quelle und Zeile</translation>
    </message>
    <message>
        <source>Record as written</source>
        <translation>Datensatz wie geschrieben</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>Geräte: %1</translation>
    </message>
    <message>
        <source>duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>#%1 %2, line %3</source>
        <translation>#%1 %2, Zeile %3</translation>
    </message>
    <message>
        <source>another leg of the call: %1</source>
        <translation>ein weiterer Abschnitt des Anrufs: %1</translation>
    </message>
    <message>
        <source>also at %1</source>
        <translation>auch in %1</translation>
    </message>
    <message>
        <source>Appendix B. Rows not read as events</source>
        <translation>Anhang B. Nicht als Ereignisse gelesene Zeilen</translation>
    </message>
    <message>
        <source>None: every row of every source was read.</source>
        <translation>Keine: Jede Zeile jeder Quelle wurde gelesen.</translation>
    </message>
    <message>
        <source>Each row of the case&apos;s sources that was not read as an event, with the reason.</source>
        <translation>Jede Zeile der Quellen des Falls, die nicht als Ereignis gelesen wurde, mit dem Grund.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>1. What was imported</source>
        <translation>1. Was importiert wurde</translation>
    </message>
    <message>
        <source>Each file imported into the case, with its SHA-256 as it was read (only read, never changed). The figures are the source&apos;s whole; the last column, the part of them in this report. Appendix C says how each file was read.</source>
        <translation>Jede in den Fall importierte Datei mit ihrem SHA-256, wie sie gelesen wurde (nur gelesen, nie geändert). Die Zahlen gelten für die ganze Quelle; die letzte Spalte nennt den Teil davon in diesem Bericht. Anhang C sagt, wie jede Datei gelesen wurde.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
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
        <source>In this report</source>
        <translation>In diesem Bericht</translation>
    </message>
    <message>
        <source>Nothing has been imported into the case.</source>
        <translation>In den Fall wurde nichts importiert.</translation>
    </message>
    <message>
        <source>For every source, the rows read are the rows accepted, the duplicates and the rows rejected: no row is unaccounted for.</source>
        <translation>Für jede Quelle sind die gelesenen Zeilen die übernommenen, die doppelten und die abgewiesenen Zeilen: Keine Zeile ist unbelegt.</translation>
    </message>
    <message>
        <source>The rows read are not the rows accepted, the duplicates and the rows rejected for: %1.</source>
        <translation>Die gelesenen Zeilen sind nicht die übernommenen, die doppelten und die abgewiesenen Zeilen bei: %1.</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 (the file)</source>
        <translation>%1 (die Datei)</translation>
    </message>
    <message>
        <source>%1 (%2 inside it)</source>
        <translation>%1 (%2 darin)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1, declared at import</source>
        <translation>%1, beim Import angegeben</translation>
    </message>
    <message>
        <source>%1, as the file states</source>
        <translation>%1, wie die Datei angibt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Appendix C. How each source was read</source>
        <translation>Anhang C. Wie jede Quelle gelesen wurde</translation>
    </message>
    <message>
        <source>2. What the records show, and what they do not</source>
        <translation>2. Was die Datensätze zeigen und was nicht</translation>
    </message>
    <message>
        <source>In this report: %1.</source>
        <translation>In diesem Bericht: %1.</translation>
    </message>
    <message>
        <source>The first event is of %1, the last of %2.</source>
        <translation>Das erste Ereignis ist vom %1, das letzte vom %2.</translation>
    </message>
    <message>
        <source>A communication records that a message or call was carried (carrier call and SMS records, a messenger&apos;s message and call logs).</source>
        <translation>Eine Kommunikation hält fest, dass eine Nachricht oder ein Anruf übermittelt wurde (Verbindungsdaten eines Netzbetreibers für Anrufe und SMS, Nachrichten- und Anrufprotokolle eines Messengers).</translation>
    </message>
    <message>
        <source>A connection records an account&apos;s own connection to the service from a client IP (a login log). It names no other party.</source>
        <translation>Eine Verbindung hält die eigene Verbindung eines Kontos zum Dienst von einer Client-IP fest (ein Anmeldeprotokoll). Sie nennt keine andere Partei.</translation>
    </message>
    <message>
        <source>A client IP is the address the provider saw a request come from. Where a database places it, the place is the database&apos;s estimate for the address as of its build date, within an accuracy radius; it is not the device&apos;s position.</source>
        <translation>Eine Client-IP ist die Adresse, von der der Provider eine Anfrage kommen sah. Wo eine Datenbank sie verortet, ist der Ort die Schätzung der Datenbank für die Adresse zu ihrem Erstellungsdatum, innerhalb eines Genauigkeitsradius; er ist nicht der Standort des Geräts.</translation>
    </message>
    <message>
        <source>Each source&apos;s times were read in the time zone its format states or the analyst declared at import (section 1), and are stored in UTC.</source>
        <translation>Die Zeiten jeder Quelle wurden in der Zeitzone gelesen, die ihr Format angibt oder die beim Import angegeben wurde (Abschnitt 1), und sind in UTC gespeichert.</translation>
    </message>
    <message>
        <source>Every row the sources hold was read: none was rejected.</source>
        <translation>Jede Zeile der Quellen wurde gelesen: Keine wurde abgewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the sources could not be read as events: Appendix B lists each with its reason.</source>
        <translation>
            <numerusform>%n Zeile der Quellen konnte nicht als Ereignis gelesen werden: Anhang B listet sie mit ihrem Grund.</numerusform>
            <numerusform>%n Zeilen der Quellen konnten nicht als Ereignisse gelesen werden: Anhang B listet jede mit ihrem Grund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeated a record already read (overlapping returns, or a call&apos;s other leg): each record is counted once, and where else it appears is named beside it in Appendix A.</source>
        <translation>
            <numerusform>%n Zeile wiederholte einen schon gelesenen Datensatz (sich überschneidende Auskünfte oder ein weiterer Abschnitt eines Anrufs): Jeder Datensatz wird einmal gezählt, und wo er sonst steht, ist in Anhang A neben ihm genannt.</numerusform>
            <numerusform>%n Zeilen wiederholten einen schon gelesenen Datensatz (sich überschneidende Auskünfte oder ein weiterer Abschnitt eines Anrufs): Jeder Datensatz wird einmal gezählt, und wo er sonst steht, ist in Anhang A neben ihm genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>3. Handles</source>
        <translation>3. Kennungen</translation>
    </message>
    <message>
        <source>No handle is in this report.</source>
        <translation>In diesem Bericht steht keine Kennung.</translation>
    </message>
    <message>
        <source>Each handle of this report&apos;s events, on either side, with its events of each class and direction.</source>
        <translation>Jede Kennung der Ereignisse dieses Berichts, auf beiden Seiten, mit ihren Ereignissen jeder Klasse und Richtung.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Lookups made</source>
        <translation>Gestellte Abfragen</translation>
    </message>
    <message>
        <source>Looked up by others</source>
        <translation>Von anderen abgefragt</translation>
    </message>
    <message>
        <source>Communications sent</source>
        <translation>Gesendete Kommunikationen</translation>
    </message>
    <message>
        <source>Communications received</source>
        <translation>Empfangene Kommunikationen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>4. Over time</source>
        <translation>4. Im zeitlichen Verlauf</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>Events per %1, in %2; the periods without events are drawn at 0. Lookups: dashed line, hollow circles. Communications: solid line, filled circles. Connections: dotted line, upright ticks.</source>
        <translation>Ereignisse je %1, in %2; Zeiträume ohne Ereignisse sind bei 0 gezeichnet. Abfragen: gestrichelte Linie, hohle Kreise. Kommunikationen: durchgezogene Linie, gefüllte Kreise. Verbindungen: gepunktete Linie, senkrechte Striche.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>5. Client IPs</source>
        <translation>5. Client-IPs</translation>
    </message>
    <message>
        <source>No event of this report names a client IP.</source>
        <translation>Kein Ereignis dieses Berichts nennt eine Client-IP.</translation>
    </message>
    <message>
        <source>Each client IP of this report&apos;s events. Where a GeoIP database added to the case places it, every field the database gives, its name and build date: an estimate for the address as of that date, not the device&apos;s position.</source>
        <translation>Jede Client-IP der Ereignisse dieses Berichts. Wo eine dem Fall hinzugefügte GeoIP-Datenbank sie verortet, jedes Feld, das die Datenbank angibt, ihr Name und Erstellungsdatum: eine Schätzung für die Adresse zu diesem Datum, nicht der Standort des Geräts.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Where the databases place it</source>
        <translation>Wo die Datenbanken sie verorten</translation>
    </message>
    <message>
        <source>No GeoIP database has been asked about it.</source>
        <translation>Keine GeoIP-Datenbank wurde nach ihr gefragt.</translation>
    </message>
    <message>
        <source>%1, built %2:</source>
        <translation>%1, erstellt %2:</translation>
    </message>
    <message>
        <source>the records&apos; words for a number caller ID did not give: no one party</source>
        <translation>die Worte der Datensätze für eine Rufnummer, die die Anruferkennung nicht übermittelt hat: keine einzelne Partei</translation>
    </message>
    <message>
        <source>characters hidden by a redaction: no one party</source>
        <translation>durch eine Schwärzung verborgene Zeichen: keine einzelne Partei</translation>
    </message>
    <message>
        <source>6. Lookups followed by a communication</source>
        <translation>6. Abfragen, auf die eine Kommunikation folgte</translation>
    </message>
    <message numerus="yes">
        <source>Each lookup of this report followed, within %n minute(s), by a communication of this report between the same two handles (either way), with the first such communication (one of the same millisecond counts as following it, as in the contact graph). A sequence in time, not a cause: the lookup does not show that the communication was made because of it. A withheld number&apos;s words or a masked handle is no one party, and not measured.</source>
        <translation>
            <numerusform>Jede Abfrage dieses Berichts, auf die binnen %n Minute eine Kommunikation dieses Berichts zwischen denselben zwei Kennungen folgte (in beide Richtungen), mit der ersten solchen Kommunikation (eine derselben Millisekunde gilt als ihr folgend, wie im Kontaktgraphen). Eine Abfolge in der Zeit, keine Ursache: Die Abfrage zeigt nicht, dass die Kommunikation ihretwegen stattfand. Die Worte für eine unterdrückte Rufnummer oder eine maskierte Kennung sind keine einzelne Partei und werden nicht gemessen.</numerusform>
            <numerusform>Jede Abfrage dieses Berichts, auf die binnen %n Minuten eine Kommunikation dieses Berichts zwischen denselben zwei Kennungen folgte (in beide Richtungen), mit der ersten solchen Kommunikation (eine derselben Millisekunde gilt als ihr folgend, wie im Kontaktgraphen). Eine Abfolge in der Zeit, keine Ursache: Die Abfrage zeigt nicht, dass die Kommunikation ihretwegen stattfand. Die Worte für eine unterdrückte Rufnummer oder eine maskierte Kennung sind keine einzelne Partei und werden nicht gemessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Then the communication</source>
        <translation>Dann die Kommunikation</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>%1 looked up %2</source>
        <translation>%1 hat %2 abgefragt</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language the report is written in, as an HTML lang code</comment>
        <translation>de</translation>
    </message>
    <message numerus="yes">
        <source>The %n event(s) behind the figure chosen on a chart: %1.</source>
        <translation>
            <numerusform>Das %n Ereignis hinter der in einem Diagramm gewählten Angabe: %1.</numerusform>
            <numerusform>Die %n Ereignisse hinter der in einem Diagramm gewählten Angabe: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of the day and day of the week</source>
        <translation>Tageszeit und Wochentag</translation>
    </message>
    <message>
        <source>The same events by the hour and the day of the week of their times in %1. A time in this zone is not necessarily the local time of whoever used the device.</source>
        <translation>Dieselben Ereignisse nach Stunde und Wochentag ihrer Zeiten in %1. Eine Zeit in dieser Zone ist nicht unbedingt die Ortszeit dessen, der das Gerät benutzte.</translation>
    </message>
    <message>
        <source>Hour (%1)</source>
        <translation>Stunde (%1)</translation>
    </message>
    <message>
        <source>Day of the week (%1)</source>
        <translation>Wochentag (%1)</translation>
    </message>
    <message>
        <source>Who looked up or communicated with whom</source>
        <translation>Wer wen abfragte oder mit wem kommunizierte</translation>
    </message>
    <message>
        <source>Not drawn or listed: %1 and %2 with a withheld number&apos;s words or a masked handle on one side, which is no one party.</source>
        <translation>Nicht gezeichnet oder aufgeführt: %1 und %2 mit den Worten für eine unterdrückte Rufnummer oder einer maskierten Kennung auf einer Seite, die keine einzelne Partei sind.</translation>
    </message>
    <message>
        <source>Each handle drawn is a point, named beside it; an arrow runs from the handle that looked up or sent to the other, one for each class: lookups dashed with a hollow head, communications solid with a filled head. Where the points stand is Graphviz&apos;s layout (%1) and means nothing. Connections are the account&apos;s own and are not drawn.</source>
        <translation>Jede gezeichnete Kennung ist ein Punkt, daneben benannt; ein Pfeil führt von der Kennung, die abfragte oder sendete, zur anderen, einer je Klasse: Abfragen gestrichelt mit hohler Spitze, Kommunikationen durchgezogen mit gefüllter Spitze. Wo die Punkte stehen, ist das Layout von Graphviz (%1) und bedeutet nichts. Verbindungen sind die des Kontos selbst und werden nicht gezeichnet.</translation>
    </message>
    <message>
        <source>The pairs of handles taken either way, whoever initiated: with lookups only (no communication between the two among these events), %1; with communications only, %2; with both, %3.</source>
        <translation>Die Paare von Kennungen in beide Richtungen genommen, gleich wer auslöste: nur mit Abfragen (keine Kommunikation zwischen den beiden unter diesen Ereignissen) %1; nur mit Kommunikationen %2; mit beidem %3.</translation>
    </message>
    <message>
        <source>Between the two, either way</source>
        <translation>Zwischen den beiden, in beide Richtungen</translation>
    </message>
    <message>
        <source>lookups only</source>
        <translation>nur Abfragen</translation>
    </message>
    <message>
        <source>communications only</source>
        <translation>nur Kommunikationen</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <source>The GeoIP databases</source>
        <translation>Die GeoIP-Datenbanken</translation>
    </message>
    <message>
        <source>Each database added to the case, as the places above name it, with its SHA-256 as it was read when it was added: the same file gives the same places again.</source>
        <translation>Jede dem Fall hinzugefügte Datenbank, wie die Orte oben sie nennen, mit ihrem SHA-256, wie sie beim Hinzufügen gelesen wurde: Dieselbe Datei ergibt wieder dieselben Orte.</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) in these events, too many to draw legibly: drawn are the %1 with the most lookups and communications, and the pairs between them; the table lists every pair.</source>
        <translation>
            <numerusform>%n Kennung in diesen Ereignissen, zu viele, um sie lesbar zu zeichnen: gezeichnet sind die %1 mit den meisten Abfragen und Kommunikationen und die Paare zwischen ihnen; die Tabelle führt jedes Paar auf.</numerusform>
            <numerusform>%n Kennungen in diesen Ereignissen, zu viele, um sie lesbar zu zeichnen: gezeichnet sind die %1 mit den meisten Abfragen und Kommunikationen und die Paare zwischen ihnen; die Tabelle führt jedes Paar auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file is the one imported when any SHA-256 program gives it the hash above (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash in Windows PowerShell). LookupLens checks every file of the case and its GeoIP databases at once (File → Verify the evidence…, or lookuplens-cli verify).</source>
        <translation>Eine Datei ist die importierte, wenn ein beliebiges SHA-256-Programm für sie den obigen Hash ergibt (sha256sum unter Linux, shasum -a 256 unter macOS, Get-FileHash in der Windows PowerShell). LookupLens prüft jede Datei des Falls und seine GeoIP-Datenbanken auf einmal (Datei → Beweismittel prüfen …, oder lookuplens-cli verify).</translation>
    </message>
    <message>
        <source>The case&apos;s audit log records this file&apos;s SHA-256 when it is written: whether a copy is the file written is checked with File → Audit log of this case… → Check a file written from this case…, or lookuplens-cli audit --written FILE.</source>
        <translation>Das Protokoll des Falls verzeichnet den SHA-256 dieser Datei, wenn sie geschrieben wird: Ob eine Kopie die geschriebene Datei ist, prüft Datei → Protokoll des Falls … → Eine aus diesem Fall geschriebene Datei prüfen …, oder lookuplens-cli audit --written DATEI.</translation>
    </message>
    <message>
        <source>Appendix D. How the case was handled</source>
        <translation>Anhang D. Wie mit dem Fall umgegangen wurde</translation>
    </message>
    <message>
        <source>The case&apos;s audit log as it stood when this report was written: every import, export, report, label, check and change made in the case, oldest first, with the account that made it and when. Each report and export is recorded with the SHA-256 of what was written; the record of this report follows once it is written.</source>
        <translation>Das Protokoll des Falls, wie es beim Schreiben dieses Berichts stand: jeder Import, Export, Bericht, jede Bezeichnung, Prüfung und Änderung im Fall, der älteste zuerst, mit dem Konto, das sie vorgenommen hat, und wann. Jeder Bericht und Export ist mit dem SHA-256 des Geschriebenen verzeichnet; der Eintrag dieses Berichts folgt, sobald er geschrieben ist.</translation>
    </message>
    <message>
        <source>Only the events the analyst marked.</source>
        <translation>Nur die Ereignisse, die der Analyst markiert hat.</translation>
    </message>
    <message>
        <source>%1. Events the analyst marked</source>
        <translation>%1. Vom Analysten markierte Ereignisse</translation>
    </message>
    <message>
        <source>The events of this report that the analyst marked in LookupLens, with the note written then, who marked each and when. A mark and its note are the analyst&apos;s, not the provider&apos;s: they change no event, and no figure of this report counts them. Each event&apos;s number leads to its row of Appendix A, where its source line stands.</source>
        <translation>Die Ereignisse dieses Berichts, die der Analyst in LookupLens markiert hat, mit der dabei geschriebenen Notiz, wer jedes markiert hat und wann. Eine Markierung und ihre Notiz stammen vom Analysten, nicht vom Anbieter: Sie ändern kein Ereignis, und keine Zahl dieses Berichts zählt sie. Die Nummer jedes Ereignisses führt zu seiner Zeile in Anhang A, wo seine Quellzeile steht.</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Markiert: %1.</translation>
    </message>
    <message>
        <source>Initiator and counterpart</source>
        <translation>Initiator und Gegenseite</translation>
    </message>
    <message>
        <source>The analyst&apos;s note</source>
        <translation>Notiz des Analysten</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Hatched: a %1 wholly between returns, which no source of these events covers (section 2): its 0 shows nothing of that time.</source>
        <translation>Schraffiert: ein Zeitraum (%1) ganz zwischen Auskünften, den keine Quelle dieser Ereignisse abdeckt (Abschnitt 2): seine 0 zeigt nichts über diese Zeit.</translation>
    </message>
    <message>
        <source>Each source covers the time from its first record to its last (or the period its provider states), as Appendix C gives it. Between them:</source>
        <translation>Jede Quelle deckt die Zeit von ihrem ersten bis zu ihrem letzten Datensatz ab (oder den Zeitraum, den ihr Anbieter angibt), wie Anhang C ihn nennt. Zwischen ihnen:</translation>
    </message>
    <message numerus="yes">
        <source>Read from the %n source(s) %1, of %2.</source>
        <translation>
            <numerusform>Gelesen aus der %n Quelle %1, aus %2.</numerusform>
            <numerusform>Gelesen aus den %n Quellen %1, aus %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With the events first stored from another source that the %n source(s) held again (their duplicates), each under the source and line it was first stored from.</source>
        <translation>
            <numerusform>Mit den zuerst aus einer anderen Quelle gespeicherten Ereignissen, die die Quelle erneut enthielt (ihre Duplikate), jedes unter der Quelle und Zeile, aus der es zuerst gespeichert wurde.</numerusform>
            <numerusform>Mit den zuerst aus einer anderen Quelle gespeicherten Ereignissen, die die %n Quellen erneut enthielten (ihre Duplikate), jedes unter der Quelle und Zeile, aus der es zuerst gespeichert wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each database can be checked by its SHA-256 as the files imported can (section 1). Its client IPs are the case&apos;s, each counted once by what the database answered for it; one it was never asked about was imported while its file was not where it was added, or not the file added. Words a record holds in place of an address are no address to look up: they are counted apart from the failed.</source>
        <translation>Jede Datenbank lässt sich wie die importierten Dateien an ihrem SHA-256 prüfen (Abschnitt 1). Ihre Client-IPs sind die des Falls, jede einmal gezählt nach der Antwort der Datenbank für sie; eine, nach der sie nie gefragt wurde, wurde importiert, als ihre Datei nicht dort lag, wo sie hinzugefügt wurde, oder nicht die hinzugefügte Datei war. Wörter, die ein Datensatz anstelle einer Adresse enthält, sind keine Adresse zum Nachschlagen: sie werden getrennt von den fehlgeschlagenen gezählt.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>the display zone</source>
        <translation>die angezeigte Zeitzone</translation>
    </message>
    <message>
        <source>the audit log&apos;s record of it</source>
        <translation>ihr Eintrag im Protokoll des Falls</translation>
    </message>
</context>
<context>
    <name>ChangesElsewhere</name>
    <message>
        <source>Another program changed this case&apos;s sources: it is shown as it now stands.</source>
        <translation>Ein anderes Programm hat die Quellen dieses Falls geändert: Er wird gezeigt, wie er jetzt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Another program imported %n source(s) into this case (%1): it is shown as it now stands.</source>
        <translation>
            <numerusform>Ein anderes Programm hat %n Quelle in diesen Fall importiert (%1): Er wird gezeigt, wie er jetzt ist.</numerusform>
            <numerusform>Ein anderes Programm hat %n Quellen in diesen Fall importiert (%1): Er wird gezeigt, wie er jetzt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program geolocated this case&apos;s IPs: the IP list shows the answers now stored.</source>
        <translation>Ein anderes Programm hat die IP-Adressen dieses Falls geolokalisiert: Die IP-Liste zeigt die jetzt gespeicherten Antworten.</translation>
    </message>
    <message>
        <source>Another program is importing into this case: %1 will be stored when it has finished.</source>
        <translation>Ein anderes Programm importiert gerade in diesen Fall: %1 wird gespeichert, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>What waited for another program&apos;s import into this case is stored now.</source>
        <translation>Was auf den Import eines anderen Programms in diesen Fall gewartet hat, ist jetzt gespeichert.</translation>
    </message>
    <message>
        <source>This window is geolocating the case&apos;s IPs: %1 will be stored when it has finished.</source>
        <translation>Dieses Fenster geolokalisiert gerade die IPs des Falls: %1 wird gespeichert, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>This window is indexing the records&apos; text: %1 will be stored when it lets it in.</source>
        <translation>Dieses Fenster indiziert gerade den Text der Datensätze: %1 wird gespeichert, sobald es den Fall freigibt.</translation>
    </message>
    <message>
        <source>This window is importing into this case: %1 will be stored when the import has finished.</source>
        <translation>Dieses Fenster importiert gerade in diesen Fall: %1 wird gespeichert, sobald der Import fertig ist.</translation>
    </message>
    <message>
        <source>What waited for this window&apos;s work on the case is stored now.</source>
        <translation>Was auf die Arbeit dieses Fensters am Fall gewartet hat, ist jetzt gespeichert.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The case file (.llcase).</source>
        <translation>Die Falldatei (.llcase).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--case CASE is required</source>
        <translation>--case CASE ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2 accepted, %3 rejected, %4 duplicate (%5; zone %6)%7</source>
        <translation>%1: %2 übernommen, %3 abgewiesen, %4 doppelt (%5; Zone %6)%7</translation>
    </message>
    <message>
        <source> [dry run: nothing written]</source>
        <translation> [Probelauf: nichts geschrieben]</translation>
    </message>
    <message>
        <source>recognised as %1</source>
        <translation>erkannt als %1</translation>
    </message>
    <message>
        <source>auto (default) or a format id: %1.</source>
        <translation>auto (Standard) oder eine Format-ID: %1.</translation>
    </message>
    <message>
        <source>The zone the provider wrote unmarked times in (IANA name or UTC).</source>
        <translation>Die Zone, in der der Provider Zeiten ohne Angabe geschrieben hat (IANA-Name oder UTC).</translation>
    </message>
    <message>
        <source>Import a file whose SHA-256 is already in the case.</source>
        <translation>Eine Datei importieren, deren SHA-256 schon im Fall steht.</translation>
    </message>
    <message>
        <source>Show the first rows as they would be stored, and the errors; write nothing.</source>
        <translation>Die ersten Zeilen zeigen, wie sie gespeichert würden, und die Fehler; nichts schreiben.</translation>
    </message>
    <message>
        <source>name at least one file to import</source>
        <translation>nennen Sie mindestens eine zu importierende Datei</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (use an ISO 3166 code such as US or DE)</source>
        <translation>unbekannte Region „%1“ (verwenden Sie einen ISO-3166-Code wie US oder DE)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>no handle in the case matches &quot;%1&quot;</source>
        <translation>keine Kennung im Fall passt zu „%1“</translation>
    </message>
    <message>
        <source>--class takes lookup, communication or connection</source>
        <translation>--class nimmt lookup, communication oder connection</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an ISO 8601 time</source>
        <translation>--%1 „%2“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>Events where this handle (any spelling) is initiator or counterpart.</source>
        <translation>Ereignisse, bei denen diese Kennung (in jeder Schreibweise) Auslöser oder Gegenstelle ist.</translation>
    </message>
    <message>
        <source>lookup, communication or connection.</source>
        <translation>lookup, communication oder connection.</translation>
    </message>
    <message>
        <source>From this time (ISO 8601; UTC unless an offset is given).</source>
        <translation>Ab dieser Zeit (ISO 8601; UTC, sofern kein Versatz angegeben ist).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>--format csv or --format json is required</source>
        <translation>--format csv oder --format json ist erforderlich</translation>
    </message>
    <message>
        <source>demo case written to %1</source>
        <translation>Demo-Fall nach %1 geschrieben</translation>
    </message>
    <message>
        <source>lookuplens-cli: no command given</source>
        <translation>lookuplens-cli: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>lookuplens-cli: unknown command &quot;%1&quot;</source>
        <translation>lookuplens-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>; %1 of the duplicates are further legs of a call</source>
        <translation>; %1 der Duplikate sind weitere Abschnitte eines Anrufs</translation>
    </message>
    <message>
        <source>; dates read %1</source>
        <translation>; Daten gelesen: %1</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>A JSON column-mapping profile for a table no built-in format knows.</source>
        <translation>Ein JSON-Spaltenzuordnungsprofil für eine Tabelle, die kein eingebautes Format kennt.</translation>
    </message>
    <message>
        <source>dmy or mdy, for dates like 03/04/2016 the file does not settle.</source>
        <translation>dmy oder mdy, für Daten wie 03/04/2016, deren Reihenfolge die Datei nicht klärt.</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy</source>
        <translation>--date-order nimmt dmy oder mdy</translation>
    </message>
    <message>
        <source>MaxMind-format databases (.mmdb).</source>
        <translation>Datenbanken im MaxMind-Format (.mmdb).</translation>
    </message>
    <message>
        <source>name at least one .mmdb file</source>
        <translation>nennen Sie mindestens eine .mmdb-Datei</translation>
    </message>
    <message>
        <source>%1: %2 built %3: %4 found, %5 not in this database, %6 failed</source>
        <translation>%1: %2 erstellt %3: %4 gefunden, %5 nicht in dieser Datenbank, %6 fehlgeschlagen</translation>
    </message>
    <message>
        <source>json (default), kml or geojson.</source>
        <translation>json (Standard), kml oder geojson.</translation>
    </message>
    <message>
        <source>--format takes json, kml or geojson</source>
        <translation>--format nimmt json, kml oder geojson</translation>
    </message>
    <message>
        <source>--class takes lookup or communication (connections are not edges)</source>
        <translation>--class nimmt lookup oder communication (Verbindungen sind keine Kanten)</translation>
    </message>
    <message>
        <source>--hops takes a whole number, 0 or more</source>
        <translation>--hops nimmt eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>--min-count takes a whole number, 1 or more</source>
        <translation>--min-count nimmt eine ganze Zahl, 1 oder mehr</translation>
    </message>
    <message>
        <source>no handle &quot;%1&quot; in the case</source>
        <translation>keine Kennung „%1“ im Fall</translation>
    </message>
    <message>
        <source>graphml, gexf, dot or json.</source>
        <translation>graphml, gexf, dot oder json.</translation>
    </message>
    <message>
        <source>Only lookup or only communication edges.</source>
        <translation>Nur Abfrage- oder nur Kommunikationskanten.</translation>
    </message>
    <message>
        <source>Only this handle&apos;s neighbourhood.</source>
        <translation>Nur die Nachbarschaft dieser Kennung.</translation>
    </message>
    <message>
        <source>How far the neighbourhood reaches (default 1).</source>
        <translation>Wie weit die Nachbarschaft reicht (Standard 1).</translation>
    </message>
    <message>
        <source>json: list lookups followed by a communication within N minutes (default 30; 0: none).</source>
        <translation>json: Abfragen auflisten, auf die binnen N Minuten eine Kommunikation folgte (Standard 30; 0: keine).</translation>
    </message>
    <message>
        <source>Only edges with at least N events.</source>
        <translation>Nur Kanten mit mindestens N Ereignissen.</translation>
    </message>
    <message>
        <source>--format graphml, gexf, dot or json is required</source>
        <translation>--format graphml, gexf, dot oder json ist erforderlich</translation>
    </message>
    <message>
        <source>--sequence-minutes takes a whole number, 0 or more</source>
        <translation>--sequence-minutes nimmt eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>could not write the graph: %1</source>
        <translation>der Graph konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Events from this client IP (however the records wrote it).</source>
        <translation>Ereignisse von dieser Client-IP (wie auch immer die Datensätze sie schreiben).</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --timezone is given):</source>
        <translation>die ersten Zeilen wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bevor --timezone angegeben ist):</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --date-order is given):</source>
        <translation>die ersten Zeilen wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bevor --date-order angegeben ist):</translation>
    </message>
    <message>
        <source>Files to import, or folders: the tables, workbooks, ZIPs and HTML pages in them.</source>
        <translation>Zu importierende Dateien oder Ordner: die Tabellen, Arbeitsmappen, ZIPs und HTML-Seiten darin.</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>nichts zu importieren</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --profile is given):</source>
        <translation>die ersten Zeilen wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bevor --profile angegeben ist):</translation>
    </message>
    <message>
        <source>, source #%1</source>
        <translation>, Quelle #%1</translation>
    </message>
    <message>
        <source>, no header row: going on from &quot;%1&quot;</source>
        <translation>, keine Kopfzeile: Fortsetzung von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>--continued-worksheets reads %1 as going on from the records before it</source>
        <translation>
            <numerusform>--continued-worksheets liest %1 als Fortsetzung der Datensätze davor</numerusform>
            <numerusform>--continued-worksheets liest %1 als Fortsetzung der Datensätze davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Read a worksheet without a header row, whose first row fills the columns of the records in the worksheet before it, as going on from them (by their header).</source>
        <translation>Ein Arbeitsblatt ohne Kopfzeile, dessen erste Zeile die Spalten der Datensätze im Arbeitsblatt davor füllt, als deren Fortsetzung lesen (nach ihrer Kopfzeile).</translation>
    </message>
    <message>
        <source>a file without a header row is mapped by column number, from 1: &quot;columns&quot;: {&quot;timestamp&quot;: 2, &quot;initiator&quot;: 3, …}</source>
        <translation>eine Datei ohne Kopfzeile wird nach Spaltennummern zugeordnet, ab 1: &quot;columns&quot;: {&quot;timestamp&quot;: 2, &quot;initiator&quot;: 3, …}</translation>
    </message>
    <message>
        <source>the columns of line %1: %2</source>
        <translation>die Spalten von Zeile %1: %2</translation>
    </message>
    <message>
        <source>; inside %1, sha256 %2</source>
        <translation>; in %1, sha256 %2</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --subscriber is given):</source>
        <translation>die ersten Zeilen, wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bis --subscriber angegeben ist):</translation>
    </message>
    <message>
        <source>Whose records one subscriber&apos;s records are (a number or address), where neither a column nor a line above the header names them.</source>
        <translation>Wessen Datensätze die Datensätze eines Teilnehmers sind (eine Nummer oder Adresse), wo weder eine Spalte noch eine Zeile über der Kopfzeile ihn nennt.</translation>
    </message>
    <message>
        <source>--side and --with need --handle</source>
        <translation>--side und --with brauchen --handle</translation>
    </message>
    <message>
        <source>--side takes either, initiator or counterpart</source>
        <translation>--side nimmt either, initiator oder counterpart</translation>
    </message>
    <message>
        <source>Where --handle stands: either (the default), initiator or counterpart.</source>
        <translation>Wo --handle steht: either (Vorgabe), initiator oder counterpart.</translation>
    </message>
    <message>
        <source>Only the events between --handle and this handle, on the other side.</source>
        <translation>Nur die Ereignisse zwischen --handle und dieser Kennung, auf der anderen Seite.</translation>
    </message>
    <message>
        <source>%1:%2: %3 of event %4, stored from %5:%6</source>
        <translation>%1:%2: %3 des Ereignisses %4, gespeichert aus %5:%6</translation>
    </message>
    <message>
        <source>worksheet &quot;%1&quot; (%2%3): %4 read, %5 accepted (%6), %7 rejected, %8 duplicate</source>
        <translation>Arbeitsblatt „%1“ (%2%3): %4 gelesen, %5 übernommen (%6), %7 abgewiesen, %8 Duplikate</translation>
    </message>
    <message>
        <source>accepted by class: %1</source>
        <translation>übernommen nach Klasse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more rejected row(s) are listed by &quot;lookuplens-cli rejected&quot;</source>
        <translation>
            <numerusform>%1: %n weitere abgewiesene Zeile listet „lookuplens-cli rejected“</numerusform>
            <numerusform>%1: %n weitere abgewiesene Zeilen listet „lookuplens-cli rejected“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; %3, %4, %5, %6</source>
        <translation>%1: %2; %3, %4, %5, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s)</source>
        <translation>
            <numerusform>%n Kennung</numerusform>
            <numerusform>%n Kennungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n abgewiesene Zeile</numerusform>
            <numerusform>%n abgewiesene Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
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
        <source>; accepted: %1</source>
        <translation>; übernommen: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3 made, %4, %5 sent, %6 received, %7</source>
        <translation>%1 (%2): %3 gestellt, %4, %5 gesendet, %6 empfangen, %7</translation>
    </message>
    <message numerus="yes">
        <source>looked up %n time(s) by others</source>
        <translation>
            <numerusform>%n-mal von anderen abgefragt</numerusform>
            <numerusform>%n-mal von anderen abgefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>give the password with --password-file FILE (a password a line, each tried in turn)</source>
        <translation>geben Sie das Passwort mit --password-file DATEI an (ein Passwort je Zeile, jedes der Reihe nach versucht)</translation>
    </message>
    <message>
        <source>the password file %1 holds more than %2 passwords (a password a line): give only those the returns were sent with</source>
        <translation>die Passwortdatei %1 enthält mehr als %2 Passwörter (ein Passwort je Zeile): geben Sie nur die an, mit denen die Auskünfte geschickt wurden</translation>
    </message>
    <message>
        <source>the password file %1 holds no password</source>
        <translation>die Passwortdatei %1 enthält kein Passwort</translation>
    </message>
    <message>
        <source>A file of the passwords of the ZIPs, workbooks and PDFs encrypted with one, a password a line, each tried in turn (- reads them from standard input); never given on the command line, where others could see them.</source>
        <translation>Eine Datei mit den Passwörtern der mit einem Passwort verschlüsselten ZIPs, Arbeitsmappen und PDFs, ein Passwort je Zeile, jedes der Reihe nach versucht (- liest sie von der Standardeingabe); nie auf der Befehlszeile angegeben, wo andere sie sehen könnten.</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --timezone and --date-order are given):</source>
        <translation>die ersten Zeilen wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bevor --timezone und --date-order angegeben sind):</translation>
    </message>
    <message>
        <source>Print what was done with each file as JSON (with --dry-run, its first rows as they would be stored).</source>
        <translation>Als JSON ausgeben, was mit jeder Datei geschah (mit --dry-run ihre ersten Zeilen, wie sie gespeichert würden).</translation>
    </message>
    <message>
        <source>A count the files&apos; times are written as, whatever their format: excel (days since 1899-12-30, as a spreadsheet&apos;s date saved as a number), excel-1904, unix (seconds since 1970) or unix-ms.</source>
        <translation>Eine Zählung, als die die Zeiten der Dateien geschrieben sind, was immer ihr Format ist: excel (Tage seit dem 30.12.1899, wie eine Tabelle ein als Zahl gespeichertes Datum schreibt), excel-1904, unix (Sekunden seit 1970) oder unix-ms.</translation>
    </message>
    <message>
        <source>line %1, above the header, reads &quot;%2&quot;: if it names the records&apos; zone, declare that one (--timezone)</source>
        <translation>Zeile %1 über der Kopfzeile lautet „%2“: nennt sie die Zone der Datensätze, geben Sie diese an (--timezone)</translation>
    </message>
    <message numerus="yes">
        <source>%n of them a withheld number&apos;s words</source>
        <translation>
            <numerusform>%n davon Worte für eine unterdrückte Rufnummer</numerusform>
            <numerusform>%n davon Worte für unterdrückte Rufnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n masked</source>
        <translation>
            <numerusform>%n davon maskiert</numerusform>
            <numerusform>%n davon maskiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: another program is importing into the case; waiting for it to finish (Ctrl+C stops)…</source>
        <translation>%1: Ein anderes Programm importiert gerade in den Fall; es wird gewartet, bis es fertig ist (Strg+C bricht ab)…</translation>
    </message>
    <message>
        <source>The region of phone numbers written without a country code: the case&apos;s when it is created (default US); for a case that exists, the files&apos; own (over a profile&apos;s &quot;number_region&quot;).</source>
        <translation>Die Region von Telefonnummern ohne Landesvorwahl: die des Falls, wenn er angelegt wird (Vorgabe US); für einen bestehenden Fall die der Dateien selbst (vor dem &quot;number_region&quot; eines Profils).</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --format or --profile is given):</source>
        <translation>die ersten Zeilen wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bevor --format oder --profile angegeben ist):</translation>
    </message>
    <message>
        <source>lookuplens-cli %1: note: not recorded in the case&apos;s audit log: %2</source>
        <translation>lookuplens-cli %1: Hinweis: nicht im Protokoll des Falls verzeichnet: %2</translation>
    </message>
    <message>
        <source>same        %1 (sha256 %2; %3)</source>
        <translation>gleich      %1 (sha256 %2; %3)</translation>
    </message>
    <message>
        <source>changed     %1 (sha256 %2 recorded, %3 now; %4)</source>
        <translation>geändert    %1 (sha256 %2 verzeichnet, jetzt %3; %4)</translation>
    </message>
    <message>
        <source>missing     %1 (%2)</source>
        <translation>fehlt       %1 (%2)</translation>
    </message>
    <message>
        <source>unreadable  %1: %2 (%3)</source>
        <translation>unlesbar    %1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 in %2, imported as %3</source>
        <translation>%1 in %2, importiert als %3</translation>
    </message>
    <message>
        <source>%1, imported as %2</source>
        <translation>%1, importiert als %2</translation>
    </message>
    <message>
        <source>--in %1: no such folder</source>
        <translation>--in %1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>--zone %1: no such time zone (an IANA name such as Europe/Berlin, UTC, or an offset such as +02:00)</source>
        <translation>--zone %1: keine solche Zeitzone (ein IANA-Name wie Europe/Berlin, UTC oder ein Versatz wie +02:00)</translation>
    </message>
    <message>
        <source>Show times in UTC and in this zone too, whose days and hours the charts count (IANA name or offset); the case&apos;s display zone by default.</source>
        <translation>Zeiten in UTC und auch in dieser Zone zeigen, deren Tage und Stunden die Diagramme zählen (IANA-Name oder Versatz); vorgegeben ist die Anzeigezone des Falls.</translation>
    </message>
    <message>
        <source>List each lookup followed by a communication between the same two handles within N minutes (default 30; 0: none).</source>
        <translation>Jede Abfrage auflisten, auf die binnen N Minuten eine Kommunikation zwischen denselben zwei Kennungen folgte (Vorgabe 30; 0: keine).</translation>
    </message>
    <message>
        <source>the report could not be written: %1</source>
        <translation>der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>could not write the IPs: %1</source>
        <translation>die IPs konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 in %2, added as %3</source>
        <translation>%1 in %2, hinzugefügt als %3</translation>
    </message>
    <message>
        <source>%1, added as %2</source>
        <translation>%1, hinzugefügt als %2</translation>
    </message>
    <message>
        <source>Look for each file (evidence file or GeoIP database) by its name in this folder and its subfolders (the returns as handed over), not at the path recorded.</source>
        <translation>Jede Datei (Beweisdatei oder GeoIP-Datenbank) unter ihrem Namen in diesem Ordner und seinen Unterordnern suchen (die Auskünfte wie übergeben), nicht unter dem verzeichneten Pfad.</translation>
    </message>
    <message>
        <source>unreadable  %1: %2</source>
        <translation>unlesbar    %1: %2</translation>
    </message>
    <message>
        <source>not found   %1 (sha256 %2): the case&apos;s audit log records writing no file with these bytes</source>
        <translation>nicht gef.  %1 (sha256 %2): Das Protokoll des Falls verzeichnet keine geschriebene Datei mit diesen Bytes</translation>
    </message>
    <message>
        <source>written     %1 (sha256 %2)</source>
        <translation>geschrieben %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>Lists the case&apos;s audit log, oldest first: each import, export, report, label, check and change, with who did it and when (UTC). With --written, says of each file whether the log records writing it from the case, by its SHA-256: exit status 1 when one is not found or cannot be read.</source>
        <translation>Listet das Protokoll des Falls, den ältesten Eintrag zuerst: jeden Import, Export, Bericht, jede Bezeichnung, Prüfung und Änderung, mit wer und wann (UTC). Mit --written sagt es zu jeder Datei, ob das Protokoll verzeichnet, dass sie aus dem Fall geschrieben wurde, an ihrem SHA-256: Exit-Status 1, wenn eine nicht gefunden wird oder nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>A file handed over as written from this case (a report, an export): looked for among the files the log records writing, by its SHA-256. May be given more than once.</source>
        <translation>Eine als aus diesem Fall geschrieben übergebene Datei (ein Bericht, ein Export): an ihrem SHA-256 unter den Dateien gesucht, deren Schreiben das Protokoll verzeichnet. Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Only the events the analyst marked (see &quot;mark&quot;).</source>
        <translation>Nur die Ereignisse, die der Analyst markiert hat (siehe „mark“).</translation>
    </message>
    <message>
        <source>the case is on storage that cannot be written</source>
        <translation>der Fall liegt auf einem Speicher, der nicht beschrieben werden kann</translation>
    </message>
    <message>
        <source>the case could not be written</source>
        <translation>der Fall konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The event&apos;s id (as events and the window show it).</source>
        <translation>Die Nummer des Ereignisses (wie events und das Fenster sie zeigen).</translation>
    </message>
    <message>
        <source>Why it is marked, in your words.</source>
        <translation>Warum es markiert wird, in Ihren Worten.</translation>
    </message>
    <message>
        <source>Take the mark off the event.</source>
        <translation>Die Markierung des Ereignisses entfernen.</translation>
    </message>
    <message>
        <source>--event ID is required: the number of an event</source>
        <translation>--event ID ist erforderlich: die Nummer eines Ereignisses</translation>
    </message>
    <message>
        <source>--note and --remove cannot be given together</source>
        <translation>--note und --remove können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>the case holds no event #%1</source>
        <translation>der Fall enthält kein Ereignis #%1</translation>
    </message>
    <message>
        <source>event #%1 is not marked</source>
        <translation>Ereignis #%1 ist nicht markiert</translation>
    </message>
    <message>
        <source>mark taken off %1</source>
        <translation>Markierung entfernt von %1</translation>
    </message>
    <message>
        <source>marked %1</source>
        <translation>markiert: %1</translation>
    </message>
    <message>
        <source>Show times in this zone (IANA name or offset); the case&apos;s display zone by default.</source>
        <translation>Zeiten in dieser Zone zeigen (IANA-Name oder Versatz); vorgegeben ist die Anzeigezone des Falls.</translation>
    </message>
    <message>
        <source>The sources of these events leave no time uncovered between them.</source>
        <translation>Die Quellen dieser Ereignisse lassen zwischen sich keine Zeit unabgedeckt.</translation>
    </message>
    <message>
        <source>the case&apos;s events cannot be read</source>
        <translation>die Ereignisse des Falls können nicht gelesen werden</translation>
    </message>
    <message>
        <source>point or comma, the decimal mark of durations like 1.234 (1234 or 1.234 seconds) the file does not settle.</source>
        <translation>point oder comma: das Dezimalzeichen von Dauern wie 1.234 (1234 oder 1,234 Sekunden), das die Datei nicht festlegt.</translation>
    </message>
    <message>
        <source>--decimal-mark takes point or comma</source>
        <translation>--decimal-mark nimmt point oder comma</translation>
    </message>
    <message>
        <source>the first rows as written (no row can be shown as stored until --decimal-mark is given):</source>
        <translation>die ersten Zeilen, wie geschrieben (keine Zeile kann wie gespeichert gezeigt werden, bis --decimal-mark angegeben ist):</translation>
    </message>
    <message>
        <source>Hashes each evidence file of the case again, and each GeoIP database its places were read from, and compares it with the SHA-256 recorded; reads again the local times another release of the tz database read on import. Exit status: 0 all the same; 1 an evidence file not as imported; 3 the evidence as imported, a GeoIP database not as added; 4 both as they were, local times this machine&apos;s tz database reads otherwise; 2 the case cannot be read.</source>
        <translation>Hasht jede Beweisdatei des Falls erneut und jede GeoIP-Datenbank, aus der seine Orte gelesen wurden, und vergleicht sie mit dem verzeichneten SHA-256; liest die Ortszeiten erneut, die beim Import eine andere Version der tz-Datenbank gelesen hat. Exit-Status: 0 alle gleich; 1 eine Beweisdatei nicht wie importiert; 3 die Beweisdateien wie importiert, eine GeoIP-Datenbank nicht wie hinzugefügt; 4 beide wie zuvor, Ortszeiten, die die tz-Datenbank dieses Rechners anders liest; 2 der Fall kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the case holds no source #%1 (&quot;sources&quot; lists them)</source>
        <translation>der Fall enthält keine Quelle #%1 („sources“ listet sie)</translation>
    </message>
    <message>
        <source>note: no event of the case has the subtype &quot;%1&quot; (its events&apos; subtypes: %2)</source>
        <translation>Hinweis: kein Ereignis des Falls hat den Untertyp „%1“ (die Untertypen seiner Ereignisse: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Only the events of this subtype, as the events&apos; &quot;subtype&quot; writes it (imessage-query, call, sms, message …).</source>
        <translation>Nur die Ereignisse dieses Untertyps, wie „subtype“ der Ereignisse ihn schreibt (imessage-query, call, sms, message …).</translation>
    </message>
    <message>
        <source>Only the events whose record as written holds this text (case-sensitive).</source>
        <translation>Nur die Ereignisse, deren Datensatz, wie geschrieben, diesen Text enthält (Groß- und Kleinschreibung beachtet).</translation>
    </message>
    <message>
        <source>--source takes a source&apos;s number, or two joined by a dash (&quot;sources&quot; lists them)</source>
        <translation>--source nimmt die Nummer einer Quelle oder zwei durch einen Bindestrich verbundene („sources“ listet sie)</translation>
    </message>
    <message>
        <source>Only the rows this source rejected, by its number in &quot;sources&quot;, or these sources&apos; (3-32; the option may be given more than once).</source>
        <translation>Nur die Zeilen, die diese Quelle verworfen hat, nach ihrer Nummer in „sources“, oder die dieser Quellen (3-32; die Option kann mehrmals angegeben werden).</translation>
    </message>
    <message>
        <source>Only the rows this source counted as duplicate, by its number in &quot;sources&quot;, or these sources&apos; (3-32; the option may be given more than once).</source>
        <translation>Nur die Zeilen, die diese Quelle als Duplikat gezählt hat, nach ihrer Nummer in „sources“, oder die dieser Quellen (3-32; die Option kann mehrmals angegeben werden).</translation>
    </message>
    <message>
        <source>Only the events stored from this source, by its number in &quot;sources&quot;, or from these (3-32; the option may be given more than once).</source>
        <translation>Nur die aus dieser Quelle gespeicherten Ereignisse, nach ihrer Nummer in „sources“, oder aus diesen (3-32; die Option kann mehrmals angegeben werden).</translation>
    </message>
    <message>
        <source>Only the events stored from this source, by its number in &quot;sources&quot;, or from these (3-32; the option may be given more than once). A record a source repeats of an earlier one is the earlier source&apos;s event: &quot;duplicates&quot; lists the links, --with-duplicates adds those events.</source>
        <translation>Nur die aus dieser Quelle gespeicherten Ereignisse, nach ihrer Nummer in „sources“, oder aus diesen (3-32; die Option kann mehrmals angegeben werden). Ein Datensatz, den eine Quelle aus einer früheren wiederholt, ist das Ereignis der früheren: „duplicates“ listet die Verknüpfungen, --with-duplicates nimmt diese Ereignisse hinzu.</translation>
    </message>
    <message>
        <source>With --source, also the events first stored from another source that the chosen sources held again (their duplicates): each once, with the source and line it was first stored from.</source>
        <translation>Mit --source auch die zuerst aus einer anderen Quelle gespeicherten Ereignisse, die die gewählten Quellen erneut enthielten (ihre Duplikate): jedes einmal, mit der Quelle und Zeile, aus der es zuerst gespeichert wurde.</translation>
    </message>
    <message>
        <source>--with-duplicates needs --source</source>
        <translation>--with-duplicates braucht --source</translation>
    </message>
    <message>
        <source>With --source, also the events first stored from another source that the chosen sources held again (their duplicates).</source>
        <translation>Mit --source auch die zuerst aus einer anderen Quelle gespeicherten Ereignisse, die die gewählten Quellen erneut enthielten (ihre Duplikate).</translation>
    </message>
    <message>
        <source>New client IPs looked up in %1: %2 found, %3 not in this database, %4 failed</source>
        <translation>Neue Client-IPs nachgeschlagen in %1: %2 gefunden, %3 nicht in dieser Datenbank, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>usage: lookuplens-cli COMMAND [options]
  import   --case CASE [--format auto|ID] [--profile FILE] [--timezone ZONE] [--region CC]
           [--date-order dmy|mdy] [--decimal-mark point|comma] [--allow-duplicate]
           [--continued-worksheets] [--subscriber HANDLE]
           [--timestamp-format excel|excel-1904|unix|unix-ms] [--password-file FILE]
           [--dry-run] [--json] FILE...
  stats    --case CASE [--json]
  handles  --case CASE [--json]
  events   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]
           [--class lookup|communication|connection]
           [--ip ADDRESS] [--from ISO8601] [--to ISO8601] [--marked]
           [--subtype SUBTYPE] [--source N [--with-duplicates]] [--text TEXT]
           --format csv|json
  mark     --case CASE --event ID [--note TEXT | --remove]
  sources  --case CASE [--json]
  gaps     --case CASE [the options of events] [--zone ZONE] [--json]
  rejected --case CASE [--source N] [--json]
  duplicates --case CASE [--source N] [--json]
  geo add  --case CASE FILE.mmdb...
  geo list --case CASE [--json]
  ips      --case CASE [--json | --format kml|geojson]
  graph    --case CASE --format graphml|gexf|dot|json [--class lookup|communication]
           [--from ISO8601] [--to ISO8601] [--focus H --hops N] [--min-count N]
           [--source N [--with-duplicates]]
  verify   --case CASE [--in FOLDER] [--json]
  audit    --case CASE [--written FILE]... [--json]
  report   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]
           [--class lookup|communication|connection] [--ip ADDRESS] [--from ISO8601]
           [--to ISO8601] [--marked] [--subtype SUBTYPE]
           [--source N [--with-duplicates]] [--text TEXT] [--zone ZONE]
           [--sequence-minutes N] &gt; REPORT.html
  demo     --case CASE
Run &quot;lookuplens-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>Aufruf: lookuplens-cli COMMAND [Optionen]
  import   --case CASE [--format auto|ID] [--profile FILE] [--timezone ZONE] [--region CC]
           [--date-order dmy|mdy] [--decimal-mark point|comma] [--allow-duplicate]
           [--continued-worksheets] [--subscriber HANDLE]
           [--timestamp-format excel|excel-1904|unix|unix-ms] [--password-file FILE]
           [--dry-run] [--json] FILE...
  stats    --case CASE [--json]
  handles  --case CASE [--json]
  events   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]
           [--class lookup|communication|connection]
           [--ip ADDRESS] [--from ISO8601] [--to ISO8601] [--marked]
           [--subtype SUBTYPE] [--source N [--with-duplicates]] [--text TEXT]
           --format csv|json
  mark     --case CASE --event ID [--note TEXT | --remove]
  sources  --case CASE [--json]
  gaps     --case CASE [die Optionen von events] [--zone ZONE] [--json]
  rejected --case CASE [--source N] [--json]
  duplicates --case CASE [--source N] [--json]
  geo add  --case CASE FILE.mmdb...
  geo list --case CASE [--json]
  ips      --case CASE [--json | --format kml|geojson]
  graph    --case CASE --format graphml|gexf|dot|json [--class lookup|communication]
           [--from ISO8601] [--to ISO8601] [--focus H --hops N] [--min-count N]
           [--source N [--with-duplicates]]
  verify   --case CASE [--in FOLDER] [--json]
  audit    --case CASE [--written FILE]... [--json]
  report   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]
           [--class lookup|communication|connection] [--ip ADDRESS] [--from ISO8601]
           [--to ISO8601] [--marked] [--subtype SUBTYPE]
           [--source N [--with-duplicates]] [--text TEXT] [--zone ZONE]
           [--sequence-minutes N] &gt; REPORT.html
  demo     --case CASE
„lookuplens-cli COMMAND --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;: %2 takes options only</source>
        <translation>unerwartetes Argument „%1“: %2 nimmt nur Optionen</translation>
    </message>
    <message>
        <source>usage: lookuplens-cli geo add --case CASE FILE.mmdb... or geo list --case CASE [--json]</source>
        <translation>Aufruf: lookuplens-cli geo add --case CASE FILE.mmdb... oder geo list --case CASE [--json]</translation>
    </message>
    <message>
        <source>%1: %2 built %3, sha256 %4</source>
        <translation>%1: %2, erstellt %3, sha256 %4</translation>
    </message>
    <message>
        <source>added from %1 at %2 by %3</source>
        <translation>hinzugefügt aus %1 am %2 von %3</translation>
    </message>
    <message>
        <source>client IPs: %1 found, %2 not in this database, %3 failed, %4 not looked up in it</source>
        <translation>Client-IPs: %1 gefunden, %2 nicht in dieser Datenbank, %3 fehlgeschlagen, %4 nicht darin nachgeschlagen</translation>
    </message>
    <message>
        <source>; last looked up at %1</source>
        <translation>; zuletzt nachgeschlagen am %1</translation>
    </message>
    <message>
        <source>Lists the GeoIP databases added to the case, in the order they were added, with the SHA-256 each file had then and what it answered for the case&apos;s client IPs, each address counted once. An address not looked up in a database was imported while its file was not where it was added, or not the file added.</source>
        <translation>Listet die dem Fall hinzugefügten GeoIP-Datenbanken in der Reihenfolge ihres Hinzufügens, mit dem SHA-256, den jede Datei damals hatte, und ihren Antworten für die Client-IPs des Falls, jede Adresse einmal gezählt. Eine Adresse, die in einer Datenbank nicht nachgeschlagen wurde, wurde importiert, als deren Datei nicht dort lag, wo sie hinzugefügt wurde, oder nicht die hinzugefügte Datei war.</translation>
    </message>
    <message>
        <source>No GeoIP database has been added to this case.</source>
        <translation>Diesem Fall wurde keine GeoIP-Datenbank hinzugefügt.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no time lies between them</source>
        <translation>--from %1 liegt nach --to %2: dazwischen liegt keine Zeit</translation>
    </message>
    <message>
        <source>--hops needs --focus</source>
        <translation>--hops braucht --focus</translation>
    </message>
    <message>
        <source>Up to this time, inclusive; a date alone, to the end of that day (UTC).</source>
        <translation>Bis zu dieser Zeit, einschließlich; ein Datum allein bis zum Ende dieses Tages (UTC).</translation>
    </message>
    <message>
        <source>note: no event of the case has the client IP &quot;%1&quot;</source>
        <translation>Hinweis: kein Ereignis des Falls hat die Client-IP „%1“</translation>
    </message>
    <message>
        <source>--event takes an event&apos;s number (&quot;events&quot; lists them in its id column), not &quot;%1&quot;</source>
        <translation>--event nimmt die Nummer eines Ereignisses („events“ listet sie in seiner Spalte id), nicht „%1“</translation>
    </message>
    <message>
        <source>note: no record of the case holds &quot;%1&quot; as written (capitals as typed)</source>
        <translation>Hinweis: kein Datensatz des Falls enthält „%1“, wie geschrieben (Groß- und Kleinschreibung beachtet)</translation>
    </message>
    <message>
        <source>the source chosen stored no event of its own: its records were in the case already (--with-duplicates lists them)</source>
        <translation>die gewählte Quelle hat kein eigenes Ereignis gespeichert: ihre Datensätze waren schon im Fall (--with-duplicates listet sie)</translation>
    </message>
    <message>
        <source>the sources chosen stored no event of their own: their records were in the case already (--with-duplicates lists them)</source>
        <translation>die gewählten Quellen haben kein eigenes Ereignis gespeichert: ihre Datensätze waren schon im Fall (--with-duplicates listet sie)</translation>
    </message>
    <message>
        <source>the source chosen stored no event: its rows were rejected (&quot;rejected&quot; gives each one&apos;s reason)</source>
        <translation>die gewählte Quelle hat kein Ereignis gespeichert: ihre Zeilen wurden abgewiesen („rejected“ nennt für jede den Grund)</translation>
    </message>
    <message>
        <source>the sources chosen stored no event: their rows were rejected (&quot;rejected&quot; gives each one&apos;s reason)</source>
        <translation>die gewählten Quellen haben kein Ereignis gespeichert: ihre Zeilen wurden abgewiesen („rejected“ nennt für jede den Grund)</translation>
    </message>
    <message>
        <source>the source chosen holds no record</source>
        <translation>die gewählte Quelle enthält keinen Datensatz</translation>
    </message>
    <message>
        <source>the sources chosen hold no record</source>
        <translation>die gewählten Quellen enthalten keinen Datensatz</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: the case&apos;s events run from %1 to %2, outside the window</source>
        <translation>Hinweis: die Ereignisse des Falls reichen von %1 bis %2, außerhalb des Zeitfensters</translation>
    </message>
    <message>
        <source>note: no event of the case is marked</source>
        <translation>Hinweis: kein Ereignis des Falls ist markiert</translation>
    </message>
    <message>
        <source>note: the source chosen holds connections alone (an account&apos;s own logins), which are no edges: `events --source %1` lists them</source>
        <translation>Hinweis: die gewählte Quelle enthält nur Verbindungen (die eigenen Anmeldungen eines Kontos), die keine Kanten sind: `events --source %1` listet sie auf</translation>
    </message>
    <message>
        <source>note: the sources chosen hold connections alone (an account&apos;s own logins), which are no edges: `events` with the same --source lists them</source>
        <translation>Hinweis: die gewählten Quellen enthalten nur Verbindungen (die eigenen Anmeldungen eines Kontos), die keine Kanten sind: `events` mit denselben --source listet sie auf</translation>
    </message>
</context>
<context>
    <name>ColumnMappingWidget</name>
    <message>
        <source>— choose the evidence class —</source>
        <translation>— Beweisklasse wählen —</translation>
    </message>
    <message>
        <source>Evidence class:</source>
        <translation>Beweisklasse:</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Untertyp:</translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation>Zeitformat:</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(nicht in dieser Datei)</translation>
    </message>
    <message>
        <source>Choose the evidence class: a lookup is never a communication, so there is no default.</source>
        <translation>Wählen Sie die Beweisklasse: Eine Abfrage ist nie eine Kommunikation, daher gibt es keine Voreinstellung.</translation>
    </message>
    <message>
        <source>Choose the time zone the provider wrote the times in; there is no default.</source>
        <translation>Wählen Sie die Zeitzone, in der der Provider die Zeiten geschrieben hat; es gibt keine Voreinstellung.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Map %1.</source>
        <translation>Ordnen Sie %1 zu.</translation>
    </message>
    <message>
        <source>The file has no header row: every row is a record, its columns named by number</source>
        <translation>Die Datei hat keine Kopfzeile: jede Zeile ist ein Datensatz, ihre Spalten werden nach Nummer benannt</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>call, sms, message, imessage-query</source>
        <translation>call, sms, message, imessage-query</translation>
    </message>
    <message>
        <source>imessage-query or facetime-invitation</source>
        <translation>imessage-query oder facetime-invitation</translation>
    </message>
    <message>
        <source>call, sms or message</source>
        <translation>call, sms oder message</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Name a subtype (for example %1).</source>
        <translation>Nennen Sie einen Untertyp (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>optional, e.g. dd.MM.yyyy HH:mm, or unix / unix-ms / excel</source>
        <translation>optional, z. B. dd.MM.yyyy HH:mm, oder unix / unix-ms / excel</translation>
    </message>
    <message>
        <source>Duration counted in:</source>
        <translation>Dauer gezählt in:</translation>
    </message>
    <message>
        <source>as its header says (“Duration (min)”), else seconds</source>
        <translation>wie ihre Kopfzeile sagt („Duration (min)“), sonst Sekunden</translation>
    </message>
    <message>
        <source>The kind of record within its class, stored with every event of the file (a call type column, where one is mapped, names each row&apos;s own).</source>
        <translation>Die Art des Datensatzes innerhalb seiner Klasse, mit jedem Ereignis der Datei gespeichert (eine Spalte der Anrufart, wo eine zugeordnet ist, nennt die jeder Zeile).</translation>
    </message>
    <message>
        <source>Date and time in one column.</source>
        <translation>Datum und Uhrzeit in einer Spalte.</translation>
    </message>
    <message>
        <source>The date, where the time is in a column of its own (read together).</source>
        <translation>Das Datum, wo die Uhrzeit in einer eigenen Spalte steht (zusammen gelesen).</translation>
    </message>
    <message>
        <source>The time, where the date is in a column of its own (read together).</source>
        <translation>Die Uhrzeit, wo das Datum in einer eigenen Spalte steht (zusammen gelesen).</translation>
    </message>
    <message>
        <source>Each row&apos;s zone (a name such as Europe/Berlin, or an offset); a row whose cell is empty is read in the zone chosen above.</source>
        <translation>Die Zeitzone jeder Zeile (ein Name wie Europe/Berlin oder ein Versatz); eine Zeile mit leerer Zelle wird in der oben gewählten Zeitzone gelesen.</translation>
    </message>
    <message>
        <source>Who acted: the handle that looked up, called, wrote or connected.</source>
        <translation>Wer handelte: die Kennung, die abfragte, anrief, schrieb oder sich verband.</translation>
    </message>
    <message>
        <source>The other handle: the one looked up, called or written to.</source>
        <translation>Die andere Kennung: die abgefragte, angerufene oder angeschriebene.</translation>
    </message>
    <message>
        <source>One subscriber&apos;s records: the subscriber. With the remote party and the direction, instead of initiator and counterpart.</source>
        <translation>Datensätze eines Teilnehmers: der Teilnehmer. Mit der entfernten Partei und der Richtung, anstelle von Auslöser und Gegenstelle.</translation>
    </message>
    <message>
        <source>One subscriber&apos;s records: the other party of each row.</source>
        <translation>Datensätze eines Teilnehmers: die andere Partei jeder Zeile.</translation>
    </message>
    <message>
        <source>One subscriber&apos;s records: who began each row (outgoing or incoming, MO or MT, abgehend or ankommend…).</source>
        <translation>Datensätze eines Teilnehmers: wer jede Zeile begann (abgehend oder ankommend, MO oder MT, outgoing oder incoming …).</translation>
    </message>
    <message>
        <source>The IP address the request or connection came from.</source>
        <translation>Die IP-Adresse, von der die Anfrage oder Verbindung kam.</translation>
    </message>
    <message>
        <source>The client&apos;s port beside its IP address.</source>
        <translation>Der Port des Clients neben seiner IP-Adresse.</translation>
    </message>
    <message>
        <source>How many capable devices answered a lookup.</source>
        <translation>Wie viele fähige Geräte auf eine Abfrage antworteten.</translation>
    </message>
    <message>
        <source>A call&apos;s length: seconds, h:mm:ss, or with units; the unit below, or the header&apos;s (“Duration (min)”).</source>
        <translation>Die Länge eines Anrufs: Sekunden, h:mm:ss oder mit Einheiten; die Einheit darunter oder die der Kopfzeile („Dauer (Min.)“).</translation>
    </message>
    <message>
        <source>For communications, what each row is (voice, SMS, MMS, data…): a call or message takes its subtype from it, a data session is stored as a connection, a service code (USSD) is rejected; the subtype above is kept where it names none of these.</source>
        <translation>Bei Kommunikationen, was jede Zeile ist (Sprache, SMS, MMS, Daten …): ein Anruf oder eine Nachricht erhält daraus den Untertyp, eine Datensitzung wird als Verbindung gespeichert, ein Dienstcode (USSD) wird abgewiesen; der Untertyp oben gilt, wo sie nichts davon nennt.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of a call: rows sharing it are legs of one call, stored as one event.</source>
        <translation>Die Anruf-ID des Anbieters: Zeilen mit derselben ID sind Abschnitte eines Anrufs, als ein Ereignis gespeichert.</translation>
    </message>
    <message>
        <source>The provider&apos;s id of a record, part of what the record is: two rows alike but for their ids are two records; one repeated with its id in another return is linked as a duplicate, not counted again.</source>
        <translation>Die Datensatz-ID des Anbieters, Teil dessen, was der Datensatz ist: zwei Zeilen, die sich nur in ihrer ID unterscheiden, sind zwei Datensätze; einer, der mit seiner ID in einer anderen Auskunft wiederkehrt, wird als Duplikat verknüpft, nicht erneut gezählt.</translation>
    </message>
    <message>
        <source>Name a subtype for the rows whose call type names no call, SMS or MMS (for example %1).</source>
        <translation>Nennen Sie einen Untertyp für die Zeilen, deren Anrufart keinen Anruf, keine SMS und keine MMS nennt (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>Empty: LookupLens reads the common shapes itself. Otherwise Qt&apos;s letters: dd day, MM month (MMM its English short name), yyyy year, or yy for two digits (00–68 as 2000–2068, 69–99 as 1969–1999), HH hour (h with AP for a 12-hour clock), mm minute, ss second, zzz milliseconds, t a zone written in the time (an offset, UTC, a zone&apos;s name, or an abbreviation read through the declared zone), other text in single quotes. Or a count: unix, unix-ms, excel, excel-1904.</source>
        <translation>Leer: LookupLens liest die üblichen Formen selbst. Sonst die Buchstaben von Qt: dd Tag, MM Monat (MMM sein englischer Kurzname), yyyy Jahr, oder yy für zwei Ziffern (00–68 als 2000–2068, 69–99 als 1969–1999), HH Stunde (h mit AP für eine 12-Stunden-Uhr), mm Minute, ss Sekunde, zzz Millisekunden, t eine in der Zeit geschriebene Zone (ein Versatz, UTC, der Name einer Zone oder eine Abkürzung, gelesen über die angegebene Zone), anderer Text in einfachen Anführungszeichen. Oder eine Zählung: unix, unix-ms, excel, excel-1904.</translation>
    </message>
    <message>
        <source>One subscriber&apos;s records: the subscriber&apos;s own IP address (a Wi-Fi call&apos;s): the client IP of the rows it began; the rows it received keep it as written, as their request came from the caller.</source>
        <translation>Datensätze eines Teilnehmers: die eigene IP-Adresse des Teilnehmers (die eines WLAN-Anrufs): die Client-IP der Zeilen, die er begann; die Zeilen, die er empfing, behalten sie wie geschrieben, da ihre Anfrage vom Anrufer kam.</translation>
    </message>
    <message>
        <source>One subscriber&apos;s records: the port beside the subscriber&apos;s own IP address.</source>
        <translation>Datensätze eines Teilnehmers: der Port neben der eigenen IP-Adresse des Teilnehmers.</translation>
    </message>
    <message>
        <source>The local party&apos;s port goes beside its IP address: map the local party&apos;s IP too.</source>
        <translation>Der Port der lokalen Partei gehört neben ihre IP-Adresse: ordnen Sie auch die IP der lokalen Partei zu.</translation>
    </message>
    <message>
        <source>The local party&apos;s IP is the subscriber&apos;s own address, read in one subscriber&apos;s records (with the remote party and the direction); with an initiator and a counterpart, whose address it is the file does not say: map it as the client IP if it is the initiator&apos;s, or leave it out (its cells are kept with each record).</source>
        <translation>Die IP der lokalen Partei ist die eigene Adresse des Teilnehmers, gelesen in den Datensätzen eines Teilnehmers (mit der entfernten Partei und der Richtung); bei Auslöser und Gegenstelle sagt die Datei nicht, wessen Adresse sie ist: ordnen Sie sie als Client-IP zu, wenn sie die des Auslösers ist, oder lassen Sie sie weg (ihre Zellen bleiben bei jedem Datensatz erhalten).</translation>
    </message>
</context>
<context>
    <name>CompressedFile</name>
    <message>
        <source>cannot decompress the %1 file to read it: %2</source>
        <translation>die %1-Datei kann zum Lesen nicht entpackt werden: %2</translation>
    </message>
    <message>
        <source>the %1 file expands %2 times its size (a bomb?); refused</source>
        <translation>die %1-Datei wächst entpackt auf das %2-Fache ihrer Größe (eine Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>not a file compressed with gzip, bzip2, xz or Zstandard by its name</source>
        <translation>dem Namen nach keine mit gzip, bzip2, xz oder Zstandard komprimierte Datei</translation>
    </message>
    <message>
        <source>the %1 file ends before its compressed data does: it was cut short</source>
        <translation>die %1-Datei endet vor ihren komprimierten Daten: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>cannot read the %1 file: %2</source>
        <translation>die %1-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the %1 file is damaged: %2</source>
        <translation>die %1-Datei ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the %1 file is damaged: its data cannot be decoded further</source>
        <translation>die %1-Datei ist beschädigt: ihre Daten lassen sich nicht weiter entpacken</translation>
    </message>
    <message>
        <source>the %1 file cannot be read here: %2</source>
        <translation>die %1-Datei kann hier nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CompressionEnding</name>
    <message>
        <source>the %1 file was cut short: its compressed data stops before its end (a download or copy that stopped?). What it holds up to there (%2 bytes) was read; a line the cut ends inside is rejected, and the records after it are not in the file</source>
        <translation>die %1-Datei ist unvollständig: ihre komprimierten Daten brechen vor ihrem Ende ab (ein abgebrochener Download oder Kopiervorgang?). Was sie bis dahin enthält (%2 Bytes), wurde gelesen; eine Zeile, in der der Abbruch liegt, wird abgelehnt, und die Datensätze danach sind nicht in der Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n zero byte(s) (padding added in transit?)</source>
        <translation>
            <numerusform>%n Null-Byte (bei der Übermittlung angefügtes Auffüllen?)</numerusform>
            <numerusform>%n Null-Bytes (bei der Übermittlung angefügtes Auffüllen?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that are no %1 data</source>
        <translation>
            <numerusform>%n Byte, das keine %1-Daten sind</numerusform>
            <numerusform>%n Bytes, die keine %1-Daten sind</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 file ends with %2 after its %3 data (from byte %4); they were left out, as %5 leaves them</source>
        <translation>die %1-Datei endet nach ihren %3-Daten (ab Byte %4) mit %2; sie wurden ausgelassen, wie %5 sie auslässt</translation>
    </message>
    <message>
        <source>the %1 file ends with %2 after its %3 data (from byte %4); they were left out</source>
        <translation>die %1-Datei endet nach ihren %3-Daten (ab Byte %4) mit %2; sie wurden ausgelassen</translation>
    </message>
</context>
<context>
    <name>ContainerDamage</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file ends inside the header of its first entry: it was cut short</source>
        <translation>die Datei endet im Kopf ihres ersten Eintrags: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the file ends after its entry &quot;%1&quot;, with no directory: it was cut short there, and whatever came after is missing</source>
        <translation>die Datei endet nach ihrem Eintrag „%1“, ohne Verzeichnis: sie wurde dort abgeschnitten, und was danach kam, fehlt</translation>
    </message>
    <message>
        <source>each of its entries is there, whole; only the directory after them cannot be read</source>
        <translation>jeder ihrer Einträge ist vollständig vorhanden; nur das Verzeichnis danach kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>at byte %1 it holds neither a further entry nor the directory: nothing from there on is read</source>
        <translation>bei Byte %1 enthält sie weder einen weiteren Eintrag noch das Verzeichnis: ab dort wird nichts gelesen</translation>
    </message>
    <message>
        <source>the file ends inside its entry &quot;%1&quot;: it was cut short there, and whatever came after is missing</source>
        <translation>die Datei endet in ihrem Eintrag „%1“: sie wurde dort abgeschnitten, und was danach kam, fehlt</translation>
    </message>
    <message>
        <source>the archive ends after its entry &quot;%1&quot; without the end-of-archive blocks tar writes: it may have been cut short there, and entries after it would be missing</source>
        <translation>das Archiv endet nach seinem Eintrag „%1“ ohne die Blöcke, mit denen tar ein Archiv abschließt: es wurde dort vielleicht abgeschnitten, und Einträge danach würden fehlen</translation>
    </message>
    <message>
        <source>the archive ends after its entry &quot;%1&quot;, before another entry&apos;s header is whole: it was cut short there, and whatever came after is missing</source>
        <translation>das Archiv endet nach seinem Eintrag „%1“, bevor die Kopfdaten eines weiteren Eintrags vollständig sind: es wurde dort abgeschnitten, und was danach kam, fehlt</translation>
    </message>
    <message>
        <source>the archive ends inside its entry &quot;%1&quot;: it was cut short there. The entries before it are whole; what that entry holds up to the cut was read, a line the cut ends inside is rejected, and whatever came after is missing</source>
        <translation>das Archiv endet in seinem Eintrag „%1“: es wurde dort abgeschnitten. Die Einträge davor sind vollständig; was dieser Eintrag bis zum Abbruch enthält, wurde gelesen, eine Zeile, in der der Abbruch liegt, wird abgelehnt, und was danach kam, fehlt</translation>
    </message>
    <message>
        <source>the return&apos;s ZIP has no directory that can be read, so its entries were read from their own headers: %1</source>
        <translation>das ZIP der Auskunft hat kein lesbares Verzeichnis, daher wurden seine Einträge aus ihren eigenen Kopfdaten gelesen: %1</translation>
    </message>
    <message>
        <source>the ZIP has no directory that can be read, so its entries were read from their own headers: %1</source>
        <translation>das ZIP hat kein lesbares Verzeichnis, daher wurden seine Einträge aus ihren eigenen Kopfdaten gelesen: %1</translation>
    </message>
</context>
<context>
    <name>CrossReferenceModel</name>
    <message>
        <source>%1 s later</source>
        <translation>%1 s später</translation>
    </message>
    <message>
        <source>%1 min later</source>
        <translation>%1 min später</translation>
    </message>
    <message>
        <source>%1 h %2 min later</source>
        <translation>%1 h %2 min später</translation>
    </message>
    <message>
        <source>%1 days later</source>
        <translation>%1 Tage später</translation>
    </message>
    <message>
        <source>no communication after it</source>
        <translation>keine Kommunikation danach</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Next communication (time order only)</source>
        <translation>Nächste Kommunikation (nur zeitliche Abfolge)</translation>
    </message>
    <message>
        <source>Source:line</source>
        <translation>Quelle:Zeile</translation>
    </message>
    <message>
        <source>Click to see the communication this time runs to.</source>
        <translation>Klicken Sie, um die Kommunikation zu sehen, bis zu der diese Zeit reicht.</translation>
    </message>
    <message>
        <source>“%1” is a withheld number: its records may be different people&apos;s, so no lookup here is measured to a communication.</source>
        <translation>„%1“ ist eine unterdrückte Rufnummer: Ihre Datensätze können von verschiedenen Personen stammen, daher wird hier keine Zeit von einer Abfrage bis zu einer Kommunikation gemessen.</translation>
    </message>
    <message>
        <source>“%1” is masked: its records may be different people&apos;s, so no lookup here is measured to a communication.</source>
        <translation>„%1“ ist maskiert: Ihre Datensätze können von verschiedenen Personen stammen, daher wird hier keine Zeit von einer Abfrage bis zu einer Kommunikation gemessen.</translation>
    </message>
    <message>
        <source>not measured: no one party</source>
        <translation>nicht gemessen: keine einzelne Partei</translation>
    </message>
    <message>
        <source>at the same moment</source>
        <translation>im selben Augenblick</translation>
    </message>
    <message>
        <source>%1 ⚠ (across a time no source covers)</source>
        <translation>%1 ⚠ (über eine Zeit hinweg, die keine Quelle abdeckt)</translation>
    </message>
    <message>
        <source>%1 A communication in that time would not be in these records: this is the next one recorded, not necessarily the next one.</source>
        <translation>%1 Eine Kommunikation in dieser Zeit stünde nicht in diesen Datensätzen: dies ist die nächste verzeichnete, nicht unbedingt die nächste.</translation>
    </message>
</context>
<context>
    <name>CrossReferencePanel</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Select a handle</source>
        <translation>Wählen Sie eine Kennung</translation>
    </message>
    <message>
        <source>— choose the other handle —</source>
        <translation>— andere Kennung wählen —</translation>
    </message>
    <message>
        <source>Click a row to see its source line in the provenance panel</source>
        <translation>Klicken Sie auf eine Zeile, um ihre Quellzeile im Herkunftsbereich zu sehen</translation>
    </message>
    <message>
        <source>A temporal sequence only: a communication after a lookup does not show that the lookup caused it, and a lookup does not show that any contact took place.</source>
        <translation>Nur eine zeitliche Abfolge: Eine Kommunikation nach einer Abfrage zeigt nicht, dass die Abfrage sie verursacht hat, und eine Abfrage zeigt nicht, dass ein Kontakt stattgefunden hat.</translation>
    </message>
    <message>
        <source>Second handle</source>
        <translation>Zweite Kennung</translation>
    </message>
    <message>
        <source>Lookups and communications of the two handles</source>
        <translation>Abfragen und Kommunikationen der beiden Kennungen</translation>
    </message>
    <message>
        <source>&amp;List the two handles&apos; events</source>
        <translation>Ereignisse der beiden Kennungen &amp;auflisten</translation>
    </message>
    <message>
        <source>Show its &amp;source</source>
        <translation>&amp;Quelle zeigen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>record longer than 1 MiB; skipped</source>
        <translation>Datensatz länger als 1 MiB; übersprungen</translation>
    </message>
    <message>
        <source>quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen ist bis zum Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>is not closed within 1 MiB</source>
        <translation>wird nicht innerhalb von 1 MiB geschlossen</translation>
    </message>
    <message>
        <source>runs on to line %1, leaving the record %2 fields where the header has %3</source>
        <translation>läuft bis Zeile %1 weiter, sodass der Datensatz %2 Felder hat, wo die Kopfzeile %3 hat</translation>
    </message>
    <message>
        <source>is not closed before the end of the file</source>
        <translation>wird nicht vor dem Dateiende geschlossen</translation>
    </message>
    <message>
        <source>a quoted field opened in this line %1; the lines after it are read as records of their own</source>
        <translation>ein in dieser Zeile begonnenes Feld in Anführungszeichen %1; die Zeilen danach werden als eigene Datensätze gelesen</translation>
    </message>
    <message>
        <source>is not closed: the quote in line %1 that would close it opens a field</source>
        <translation>wird nicht geschlossen: das Anführungszeichen in Zeile %1, das es schließen würde, beginnt ein Feld</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>takes in line %1, which holds a record of its own</source>
        <translation>nimmt Zeile %1 auf, die einen eigenen Datensatz enthält</translation>
    </message>
</context>
<context>
    <name>DateRangeCheck</name>
    <message>
        <source>it is not two times joined by &quot;to&quot;</source>
        <translation>er besteht nicht aus zwei durch „to“ verbundenen Zeiten</translation>
    </message>
    <message>
        <source>a time of it states no zone</source>
        <translation>eine seiner Zeiten nennt keine Zeitzone</translation>
    </message>
    <message>
        <source>it ends before it begins</source>
        <translation>Er endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>the Date Range &quot;%1&quot; the request parameters state cannot be read (%2): the records were not checked against it</source>
        <translation>der Zeitraum (Date Range) „%1“, den die Anfrageparameter nennen, lässt sich nicht lesen (%2): die Datensätze wurden nicht daran geprüft</translation>
    </message>
    <message>
        <source>%1 dated outside the Date Range the request parameters state (%2; the first on line %3): kept as read, though the page&apos;s records and its parameters disagree</source>
        <translation>%1 mit einem Datum außerhalb des Zeitraums (Date Range), den die Anfrageparameter nennen (%2; der erste in Zeile %3): wie gelesen übernommen, obwohl die Datensätze der Seite und ihre Parameter einander widersprechen</translation>
    </message>
</context>
<context>
    <name>DecimalMarkReading</name>
    <message>
        <source>as line %1&apos;s &quot;%2&quot; settles</source>
        <translation>wie „%2“ in Zeile %1 es festlegt</translation>
    </message>
    <message>
        <source>as the column mapping declares</source>
        <translation>wie die Spaltenzuordnung es angibt</translation>
    </message>
    <message>
        <source>as the analyst declared</source>
        <translation>wie vom Analysten angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n duration(s) that read differently by the decimal mark were read with %1 (&quot;%2&quot; on line %3 as %4), %5</source>
        <translation>
            <numerusform>%n Dauer, die je nach Dezimalzeichen anders zu lesen ist, wurde mit %1 gelesen („%2“ in Zeile %3 als %4), %5</numerusform>
            <numerusform>%n Dauern, die je nach Dezimalzeichen anders zu lesen sind, wurden mit %1 gelesen („%2“ in Zeile %3 als %4), %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecompressedTars</name>
    <message>
        <source>cannot decompress the archive to read it</source>
        <translation>das Archiv lässt sich zum Lesen nicht entpacken</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>%1: a file of that name exists already</source>
        <translation>%1: eine Datei dieses Namens gibt es schon</translation>
    </message>
    <message>
        <source>the demo case could not be built: %1</source>
        <translation>der Demo-Fall konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the demo&apos;s geolocation database</source>
        <translation>%1: die Geolokalisierungsdatenbank der Demo kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the demo case could not be geolocated: %1</source>
        <translation>der Demo-Fall konnte nicht geolokalisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateRowModel</name>
    <message>
        <source>another leg of the call stored from %1, line %2</source>
        <translation>ein weiterer Abschnitt des Anrufs, gespeichert aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>the same record as the event stored from %1, line %2</source>
        <translation>derselbe Datensatz wie das Ereignis, gespeichert aus %1, Zeile %2</translation>
    </message>
    <message>
        <source>Click to show that event and every line it was read from.</source>
        <translation>Klicken Sie, um dieses Ereignis und jede Zeile, aus der es gelesen wurde, anzuzeigen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Row as written</source>
        <translation>Zeile wie geschrieben</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes and seconds (m:ss)</source>
        <translation>Minuten und Sekunden (m:ss)</translation>
    </message>
    <message>
        <source>hours and minutes (h:mm)</source>
        <translation>Stunden und Minuten (h:mm)</translation>
    </message>
    <message>
        <source>the duration &quot;%1&quot; is not written as %2, as its header says</source>
        <translation>die Dauer „%1“ ist nicht als %2 geschrieben, wie ihre Kopfzeile sagt</translation>
    </message>
    <message>
        <source>the duration &quot;%1&quot; is not a number of %2, as its header says, or h:mm:ss</source>
        <translation>die Dauer „%1“ ist weder eine Anzahl %2, wie ihre Kopfzeile sagt, noch h:mm:ss</translation>
    </message>
    <message>
        <source>the duration &quot;%1&quot; is not a number of seconds or h:mm:ss</source>
        <translation>die Dauer „%1“ ist weder eine Sekundenzahl noch h:mm:ss</translation>
    </message>
    <message>
        <source>the duration &quot;%1&quot; can be read as %2 (%3 separating thousands) or as %4 (%5), and no duration in the file settles which; declare the decimal mark (--decimal-mark point or comma)</source>
        <translation>die Dauer „%1“ kann als %2 (%3 trennt Tausender) oder als %4 (%5) gelesen werden, und keine Dauer der Datei legt fest, wie; geben Sie das Dezimalzeichen an (--decimal-mark point oder comma)</translation>
    </message>
    <message>
        <source>the comma</source>
        <translation>das Komma</translation>
    </message>
    <message>
        <source>the dot</source>
        <translation>der Punkt</translation>
    </message>
    <message>
        <source>a decimal comma</source>
        <translation>ein Dezimalkomma</translation>
    </message>
    <message>
        <source>a decimal point</source>
        <translation>ein Dezimalpunkt</translation>
    </message>
</context>
<context>
    <name>EncryptedWorkbook</name>
    <message>
        <source>a workbook encrypted with a password (as Excel encrypts one): give the password it was sent with</source>
        <translation>eine mit einem Passwort verschlüsselte Arbeitsmappe (wie Excel sie verschlüsselt): geben Sie das Passwort an, mit dem sie geschickt wurde</translation>
    </message>
    <message>
        <source>the encrypted workbook</source>
        <translation>die verschlüsselte Arbeitsmappe</translation>
    </message>
    <message>
        <source>the password given does not open the encrypted workbook</source>
        <translation>das angegebene Passwort öffnet die verschlüsselte Arbeitsmappe nicht</translation>
    </message>
    <message>
        <source>a workbook encrypted in a way this reader does not decrypt (%1): open it in Excel with its password, save a copy without one, and import the copy</source>
        <translation>eine Arbeitsmappe, die auf eine Weise verschlüsselt ist, die dieser Leser nicht entschlüsselt (%1): öffnen Sie sie in Excel mit ihrem Passwort, speichern Sie eine Kopie ohne Passwort und importieren Sie die Kopie</translation>
    </message>
    <message>
        <source>the encrypted workbook is damaged: %1</source>
        <translation>die verschlüsselte Arbeitsmappe ist beschädigt: %1</translation>
    </message>
    <message>
        <source>its reader stopped on it</source>
        <translation>ihr Leser ist an ihr abgebrochen</translation>
    </message>
    <message>
        <source>the encrypted workbook&apos;s integrity check (its HMAC) does not match what it holds: it may have been altered after it was encrypted. Its parts that were read matched their own checksums (CRC-32)</source>
        <translation>die Integritätsprüfung der verschlüsselten Arbeitsmappe (ihr HMAC) passt nicht zu ihrem Inhalt: sie könnte nach der Verschlüsselung verändert worden sein. Ihre gelesenen Teile passten zu ihren eigenen Prüfsummen (CRC-32)</translation>
    </message>
    <message>
        <source>its integrity check (HMAC) matched</source>
        <translation>ihre Integritätsprüfung (HMAC) stimmte</translation>
    </message>
    <message>
        <source>its integrity check (HMAC) did not match: altered after it was encrypted?</source>
        <translation>ihre Integritätsprüfung (HMAC) stimmte nicht: nach der Verschlüsselung verändert?</translation>
    </message>
    <message>
        <source>it has no integrity check</source>
        <translation>sie hat keine Integritätsprüfung</translation>
    </message>
    <message>
        <source>encrypted by Excel with a password (%1); decrypted with the password given at import, which is not kept; %2</source>
        <translation>von Excel mit einem Passwort verschlüsselt (%1); mit dem beim Import angegebenen Passwort entschlüsselt, das nicht gespeichert wird; %2</translation>
    </message>
    <message>
        <source>encrypted by Excel with its own password, &quot;%1&quot;, as it encrypts a workbook it was asked only to protect (a password to modify it), and opens without asking for one (%2); decrypted with it; %3</source>
        <translation>von Excel mit seinem eigenen Passwort „%1“ verschlüsselt, wie es eine Arbeitsmappe verschlüsselt, die nur geschützt werden sollte (ein Schreibschutz-Passwort), und die es öffnet, ohne nach einem Passwort zu fragen (%2); damit entschlüsselt; %3</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n passwords given opens the encrypted workbook</source>
        <translation>
            <numerusform>das %n angegebene Passwort öffnet die verschlüsselte Arbeitsmappe nicht</numerusform>
            <numerusform>keines der %n angegebenen Passwörter öffnet die verschlüsselte Arbeitsmappe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptedZipEntry</name>
    <message>
        <source>cannot copy the ZIP entry &quot;%1&quot; to read it: %2</source>
        <translation>der ZIP-Eintrag „%1“ lässt sich zum Lesen nicht kopieren: %2</translation>
    </message>
    <message>
        <source>the ZIP entry &quot;%1&quot; expands to more than %2 bytes; refused</source>
        <translation>der ZIP-Eintrag „%1“ entpackt sich auf mehr als %2 Bytes; abgelehnt</translation>
    </message>
    <message>
        <source>cannot open the ZIP to decrypt the entry &quot;%1&quot;: %2</source>
        <translation>das ZIP lässt sich zum Entschlüsseln des Eintrags „%1“ nicht öffnen: %2</translation>
    </message>
    <message>
        <source>the password given does not open the ZIP entry &quot;%1&quot;</source>
        <translation>das angegebene Passwort öffnet den ZIP-Eintrag „%1“ nicht</translation>
    </message>
    <message>
        <source>the ZIP entry &quot;%1&quot; cannot be decrypted: %2 (damaged, or not the password it was encrypted with)</source>
        <translation>der ZIP-Eintrag „%1“ lässt sich nicht entschlüsseln: %2 (beschädigt, oder nicht das Passwort, mit dem er verschlüsselt wurde)</translation>
    </message>
    <message>
        <source>cannot find the ZIP entry &quot;%1&quot; to decrypt it</source>
        <translation>der ZIP-Eintrag „%1“ ist zum Entschlüsseln nicht zu finden</translation>
    </message>
    <message>
        <source>encrypted in the ZIP with a password (%1); decrypted with the password given at import, which is not kept</source>
        <translation>im ZIP mit einem Passwort verschlüsselt (%1); mit dem beim Import angegebenen Passwort entschlüsselt, das nicht gespeichert wird</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n passwords given opens the ZIP entry &quot;%1&quot;</source>
        <translation>
            <numerusform>das %n angegebene Passwort öffnet den ZIP-Eintrag „%1“ nicht</numerusform>
            <numerusform>keines der %n angegebenen Passwörter öffnet den ZIP-Eintrag „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventFilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>handle, any spelling</source>
        <translation>Kennung, beliebige Schreibweise</translation>
    </message>
    <message>
        <source>either side</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>as initiator</source>
        <translation>als Auslöser</translation>
    </message>
    <message>
        <source>as counterpart</source>
        <translation>als Gegenstelle</translation>
    </message>
    <message>
        <source>all classes</source>
        <translation>alle Klassen</translation>
    </message>
    <message>
        <source>subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <source>text in the raw record</source>
        <translation>Text im Originaldatensatz</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>IP:</source>
        <translation>IP:</translation>
    </message>
    <message>
        <source>with handle (other side)</source>
        <translation>mit Kennung (andere Seite)</translation>
    </message>
    <message>
        <source>Only the events between the handle and this one: the other handle on the other side</source>
        <translation>Nur die Ereignisse zwischen der Kennung und dieser: die andere Kennung auf der anderen Seite</translation>
    </message>
    <message>
        <source>Show them all again</source>
        <translation>Wieder alle zeigen</translation>
    </message>
    <message>
        <source>Only the events behind the figure chosen: %1</source>
        <translation>Nur die Ereignisse hinter der gewählten Zahl: %1</translation>
    </message>
    <message>
        <source>The times from and to are in the display zone, %1; each editor&apos;s tooltip gives its time in UTC</source>
        <translation>Die Zeiten von und bis sind in der Anzeigezeitzone, %1; der Tooltip jedes Feldes gibt seine Zeit in UTC an</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Side of the handle</source>
        <translation>Seite der Kennung</translation>
    </message>
    <message>
        <source>With handle on the other side</source>
        <translation>Mit Kennung auf der anderen Seite</translation>
    </message>
    <message>
        <source>Evidence class</source>
        <translation>Beweisklasse</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Text in the raw record</source>
        <translation>Text im Rohdatensatz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>Von (Zeit)</translation>
    </message>
    <message>
        <source>To (time)</source>
        <translation>Bis (Zeit)</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Only the events you marked (Ctrl+M in the events table)</source>
        <translation>Nur die Ereignisse, die Sie markiert haben (Strg+M in der Ereignistabelle)</translation>
    </message>
    <message>
        <source>with duplicates</source>
        <translation>mit Duplikaten</translation>
    </message>
    <message>
        <source>Only the events stored from this source, or from every source of this file (a return&apos;s pages, a workbook&apos;s worksheets). A record a later source repeats is the earlier source&apos;s event: its link is under Sources, Duplicate, and &quot;with duplicates&quot; lists it here too.</source>
        <translation>Nur die aus dieser Quelle gespeicherten Ereignisse oder die aus jeder Quelle dieser Datei (die Seiten einer Auskunft, die Arbeitsblätter einer Arbeitsmappe). Ein Datensatz, den eine spätere Quelle wiederholt, ist das Ereignis der früheren Quelle: Seine Verknüpfung steht unter Quellen, Doppelt, und „mit Duplikaten“ listet ihn auch hier.</translation>
    </message>
    <message>
        <source>With the chosen source&apos;s duplicates</source>
        <translation>Mit den Duplikaten der gewählten Quelle</translation>
    </message>
    <message>
        <source>Also the events first stored from another source that the chosen source held again (its duplicates): each listed once, with the source and line it was first stored from, so that the table shows every record the source held</source>
        <translation>Auch die zuerst aus einer anderen Quelle gespeicherten Ereignisse, die die gewählte Quelle erneut enthielt (ihre Duplikate): jedes einmal aufgeführt, mit der Quelle und Zeile, aus der es zuerst gespeichert wurde, sodass die Tabelle jeden Datensatz der Quelle zeigt</translation>
    </message>
    <message>
        <source>no handle &quot;%1&quot; in the case</source>
        <translation>keine Kennung „%1“ im Fall</translation>
    </message>
    <message>
        <source>From is after to: no time lies between them</source>
        <translation>„Von“ liegt nach „bis“: dazwischen liegt keine Zeit</translation>
    </message>
    <message>
        <source>no client IP &quot;%1&quot; in the case</source>
        <translation>keine Client-IP „%1“ im Fall</translation>
    </message>
    <message>
        <source>The subtype as the events table shows it (SMS, iMessage query, …) or as an export writes it (sms, imessage-query), in any case</source>
        <translation>Der Untertyp, wie die Ereignistabelle ihn zeigt (SMS, iMessage-Abfrage, …) oder wie ein Export ihn schreibt (sms, imessage-query), in beliebiger Schreibweise</translation>
    </message>
    <message>
        <source>no event of subtype &quot;%1&quot; in the case</source>
        <translation>kein Ereignis des Untertyps „%1“ im Fall</translation>
    </message>
    <message>
        <source>no event of subtype &quot;%1&quot; in the case (its subtypes: %2)</source>
        <translation>kein Ereignis des Untertyps „%1“ im Fall (seine Untertypen: %2)</translation>
    </message>
    <message>
        <source>Only the events whose record as written (its line in the source) holds this text, capitals and small letters as typed</source>
        <translation>Nur die Ereignisse, deren Datensatz, wie geschrieben (seine Zeile in der Quelle), diesen Text enthält; Groß- und Kleinschreibung beachtet</translation>
    </message>
    <message>
        <source>no record as written holds &quot;%1&quot; (capitals and small letters as typed)</source>
        <translation>kein Datensatz, wie geschrieben, enthält „%1“ (Groß- und Kleinschreibung beachtet)</translation>
    </message>
    <message>
        <source>no event of the case is marked</source>
        <translation>kein Ereignis des Falls ist markiert</translation>
    </message>
    <message>
        <source>the case&apos;s events run from %1 to %2, outside the window</source>
        <translation>die Ereignisse des Falls reichen von %1 bis %2, außerhalb des Zeitfensters</translation>
    </message>
</context>
<context>
    <name>EventLeadActions</name>
    <message>
        <source>List the events between its two &amp;handles</source>
        <translation>Ereignisse zwischen den beiden Kennungen au&amp;flisten</translation>
    </message>
    <message>
        <source>Cross-&amp;reference its two handles</source>
        <translation>Die beiden Kennungen &amp;gegenüberstellen</translation>
    </message>
    <message>
        <source>Show its &amp;source</source>
        <translation>&amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>Show its client IP on the m&amp;ap</source>
        <translation>Client-IP auf der K&amp;arte zeigen</translation>
    </message>
</context>
<context>
    <name>EventMarkAction</name>
    <message>
        <source>&amp;Mark the event…</source>
        <translation>Ereignis &amp;markieren …</translation>
    </message>
    <message>
        <source>Take the mar&amp;k off</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Mark the highlighted event with a note of yours, kept in the case and listed in reports</source>
        <translation>Das hervorgehobene Ereignis mit einer eigenen Notiz markieren, die im Fall bleibt und in Berichten aufgeführt wird</translation>
    </message>
    <message>
        <source>Change the &amp;mark&apos;s note…</source>
        <translation>Notiz der &amp;Markierung ändern …</translation>
    </message>
    <message>
        <source>the mark of event #%1</source>
        <translation>die Markierung von Ereignis #%1</translation>
    </message>
    <message>
        <source>Mark the event</source>
        <translation>Ereignis markieren</translation>
    </message>
    <message>
        <source>The mark of event #%1 could not be stored in the case.</source>
        <translation>Die Markierung von Ereignis #%1 konnte nicht im Fall gespeichert werden.</translation>
    </message>
    <message>
        <source>Event #%1 marked.</source>
        <translation>Ereignis #%1 markiert.</translation>
    </message>
    <message>
        <source>Mark taken off event #%1.</source>
        <translation>Markierung von Ereignis #%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>EventMarkDialog</name>
    <message>
        <source>Mark the event</source>
        <translation>Ereignis markieren</translation>
    </message>
    <message>
        <source>Your note: why it matters, what it is set against. The mark and its note are yours, kept in the case with your name and the time and listed in reports; they change no event.</source>
        <translation>Ihre Notiz: warum es wichtig ist, wem es gegenübersteht. Die Markierung und ihre Notiz sind Ihre eigenen, im Fall mit Ihrem Namen und der Zeit gespeichert und in Berichten aufgeführt; sie ändern kein Ereignis.</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Mark the event with this note (Ctrl+Return)</source>
        <translation>Das Ereignis mit dieser Notiz markieren (Strg+Eingabe)</translation>
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
    <message>
        <source>%1, that is %2</source>
        <translation>%1, also %2</translation>
    </message>
    <message>
        <source>#%1 %2 (%3) %4 %5, %6 line %7</source>
        <translation>#%1 %2 (%3) %4 %5, %6 Zeile %7</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Marked by %1 at %2.</source>
        <translation>Markiert von %1 am %2.</translation>
    </message>
    <message>
        <source>A mark is yours, not the provider&apos;s: it changes no event.</source>
        <translation>Eine Markierung ist Ihre, nicht die des Anbieters: Sie ändert kein Ereignis.</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Marked: %1</source>
        <translation>Markiert: %1</translation>
    </message>
    <message>
        <source>Another leg of the call at %1</source>
        <translation>Ein weiterer Abschnitt des Anrufs in %1</translation>
    </message>
    <message>
        <source>Held again at %1</source>
        <translation>Erneut enthalten in %1</translation>
    </message>
</context>
<context>
    <name>EventsExportAction</name>
    <message>
        <source>&amp;Export events shown…</source>
        <translation>Angezeigte Ereignisse e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>An export of events is already running.</source>
        <translation>Ein Export von Ereignissen läuft bereits.</translation>
    </message>
    <message>
        <source>Export events shown</source>
        <translation>Angezeigte Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The events could not be written to %1: %2</source>
        <translation>Die Ereignisse konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 geschrieben</numerusform>
            <numerusform>%n Ereignisse in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsExporter</name>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Writing the events to %1…</source>
        <translation>Die Ereignisse werden in %1 geschrieben …</translation>
    </message>
</context>
<context>
    <name>EvidenceCheck</name>
    <message numerus="yes">
        <source>%n evidence file(s): %1 same, %2 changed, %3 missing, %4 unreadable</source>
        <translation>
            <numerusform>%n Beweisdatei: %1 gleich, %2 geändert, %3 fehlen, %4 unlesbar</numerusform>
            <numerusform>%n Beweisdateien: %1 gleich, %2 geändert, %3 fehlen, %4 unlesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, built %2</source>
        <translation>%1, erstellt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n GeoIP database(s): %1 same, %2 changed, %3 missing, %4 unreadable</source>
        <translation>
            <numerusform>%n GeoIP-Datenbank: %1 gleich, %2 geändert, %3 fehlen, %4 unlesbar</numerusform>
            <numerusform>%n GeoIP-Datenbanken: %1 gleich, %2 geändert, %3 fehlen, %4 unlesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceCheckAction</name>
    <message>
        <source>&amp;Verify the evidence…</source>
        <translation>Beweismittel &amp;prüfen …</translation>
    </message>
    <message>
        <source>The case holds no imported file to check.</source>
        <translation>Der Fall enthält keine importierte Datei zum Prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Hashing the %n evidence file(s) again (they are only read)…</source>
        <translation>
            <numerusform>Die %n Beweisdatei wird erneut gehasht (nur gelesen) …</numerusform>
            <numerusform>Die %n Beweisdateien werden erneut gehasht (nur gelesen) …</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify the evidence</source>
        <translation>Beweismittel prüfen</translation>
    </message>
    <message>
        <source>Check of the evidence cancelled.</source>
        <translation>Prüfung der Beweismittel abgebrochen.</translation>
    </message>
    <message>
        <source>Check the evidence in a folder</source>
        <translation>Die Beweismittel in einem Ordner prüfen</translation>
    </message>
    <message>
        <source>Hash each file the case was imported from, and each GeoIP database added, again and compare it with the SHA-256 recorded</source>
        <translation>Jede Datei, aus der der Fall importiert wurde, und jede hinzugefügte GeoIP-Datenbank erneut hashen und mit dem verzeichneten SHA-256 vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>Hashing the %n file(s) again, evidence and GeoIP databases (they are only read)…</source>
        <translation>
            <numerusform>Die %n Datei wird erneut gehasht, Beweisdateien und GeoIP-Datenbanken (nur gelesen) …</numerusform>
            <numerusform>Die %n Dateien werden erneut gehasht, Beweisdateien und GeoIP-Datenbanken (nur gelesen) …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local time(s) read otherwise by this machine&apos;s tz database</source>
        <translation>
            <numerusform>%n Ortszeit von der tz-Datenbank dieses Rechners anders gelesen</numerusform>
            <numerusform>%n Ortszeiten von der tz-Datenbank dieses Rechners anders gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading again the local times another release of the tz database read (the case is only read)…</source>
        <translation>Die Ortszeiten, die eine andere Version der tz-Datenbank gelesen hat, werden erneut gelesen (der Fall wird nur gelesen) …</translation>
    </message>
    <message numerus="yes">
        <source>%n offset(s) written beside a zone no longer that zone&apos;s by this machine&apos;s tz database</source>
        <translation>
            <numerusform>%n neben einer Zone geschriebener Versatz nach der tz-Datenbank dieses Rechners nicht mehr der dieser Zone</numerusform>
            <numerusform>%n neben einer Zone geschriebene Versätze nach der tz-Datenbank dieses Rechners nicht mehr die dieser Zone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceCheckDialog</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sources read from it</source>
        <translation>Daraus gelesene Quellen</translation>
    </message>
    <message>
        <source>SHA-256 recorded at import</source>
        <translation>SHA-256 beim Import</translation>
    </message>
    <message>
        <source>SHA-256 now</source>
        <translation>SHA-256 jetzt</translation>
    </message>
    <message>
        <source>The evidence checked</source>
        <translation>Die geprüften Beweismittel</translation>
    </message>
    <message>
        <source>Each file was hashed again and compared with the SHA-256 recorded when it was imported; a table that came out of an archive is checked as the archive. The files were only read.</source>
        <translation>Jede Datei wurde erneut gehasht und mit dem beim Import verzeichneten SHA-256 verglichen; eine Tabelle aus einem Archiv wird als das Archiv geprüft. Die Dateien wurden nur gelesen.</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Check in a folder…</source>
        <translation>In einem Ordner prüfen …</translation>
    </message>
    <message>
        <source>Look for each file by its name in a folder you choose and its subfolders</source>
        <translation>Jede Datei unter ihrem Namen in einem gewählten Ordner und seinen Unterordnern suchen</translation>
    </message>
    <message>
        <source>Each file was looked for by its name in %1 and its subfolders, not at the path recorded.</source>
        <translation>Jede Datei wurde unter ihrem Namen in %1 und seinen Unterordnern gesucht, nicht unter dem verzeichneten Pfad.</translation>
    </message>
    <message>
        <source>(imported as %1)</source>
        <translation>(importiert als %1)</translation>
    </message>
    <message>
        <source>The GeoIP databases the case&apos;s places were read from, checked the same way against the SHA-256 recorded when each was added. They are not evidence: the places stay in the case as they were read, and can be read again only from the same files.</source>
        <translation>Die GeoIP-Datenbanken, aus denen die Orte des Falls gelesen wurden, ebenso geprüft gegen den beim Hinzufügen verzeichneten SHA-256. Sie sind keine Beweismittel: Die Orte bleiben im Fall, wie sie gelesen wurden, und lassen sich nur aus denselben Dateien erneut lesen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SHA-256 recorded when added</source>
        <translation>SHA-256 beim Hinzufügen</translation>
    </message>
    <message>
        <source>(added as %1)</source>
        <translation>(hinzugefügt als %1)</translation>
    </message>
    <message>
        <source>Evidence files checked</source>
        <translation>Geprüfte Beweismitteldateien</translation>
    </message>
    <message>
        <source>GeoIP databases checked</source>
        <translation>Geprüfte GeoIP-Datenbanken</translation>
    </message>
    <message>
        <source>Where another release of the tz database read a source&apos;s local times on import, each was read again from its time as written by this machine&apos;s release: a zone whose rules changed between them gives the same local time another moment. A time written with its UTC offset beside its zone, a moment by its offset, was not read again: its offset was checked against the zone&apos;s rules, as an import now would check it. Nothing was written.</source>
        <translation>Wo beim Import eine andere Version der tz-Datenbank die Ortszeiten einer Quelle gelesen hat, wurde jede aus ihrer Zeit, wie geschrieben, mit der Version dieses Rechners erneut gelesen: Eine Zone, deren Regeln sich zwischen beiden geändert haben, ergibt für dieselbe Ortszeit einen anderen Zeitpunkt. Eine Zeit, die mit ihrem UTC-Versatz neben ihrer Zone geschrieben ist, ein Zeitpunkt nach ihrem Versatz, wurde nicht erneut gelesen: Ihr Versatz wurde gegen die Regeln der Zone geprüft, wie ein Import ihn jetzt prüfen würde. Nichts wurde geschrieben.</translation>
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
        <source>%Ln lookup(s)</source>
        <translation>
            <numerusform>%Ln Abfrage</numerusform>
            <numerusform>%Ln Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication(s)</source>
        <translation>
            <numerusform>%Ln Kommunikation</numerusform>
            <numerusform>%Ln Kommunikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
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
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>data session</source>
        <translation>Datensitzung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>%1 is a LookupLens case or one of its journal files; it is never overwritten.</source>
        <translation>%1 ist ein LookupLens-Fall oder eine seiner Journaldateien; er wird nie überschrieben.</translation>
    </message>
    <message>
        <source>%1 is a file chosen for import; it is never overwritten.</source>
        <translation>%1 ist eine zum Import gewählte Datei; sie wird nie überschrieben.</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>FileListing</name>
    <message>
        <source>Reading what the files and ZIPs hold…</source>
        <translation>Inhalt der Dateien und ZIPs wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>GapShading</name>
    <message>
        <source>Between returns. %1</source>
        <translation>Zwischen Auskünften. %1</translation>
    </message>
    <message>
        <source>Between returns (hatched):
no source covers this time</source>
        <translation>Zwischen Auskünften (schraffiert):
keine Quelle deckt diese Zeit ab</translation>
    </message>
    <message>
        <source>Press Enter to see, in Sources, the source whose period it follows.</source>
        <translation>Drücken Sie die Eingabetaste, um unter „Quellen“ die Quelle zu sehen, auf deren Zeitraum sie folgt.</translation>
    </message>
    <message>
        <source>Click to see, in Sources, the source whose period it follows.</source>
        <translation>Klicken Sie, um unter „Quellen“ die Quelle zu sehen, auf deren Zeitraum sie folgt.</translation>
    </message>
    <message>
        <source>Show the &amp;source before it</source>
        <translation>&amp;Quelle davor zeigen</translation>
    </message>
</context>
<context>
    <name>GeoActions</name>
    <message>
        <source>&amp;Add geolocation databases…</source>
        <translation>Geolokalisierungs-&amp;Datenbanken hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Cancel geolocation</source>
        <translation>Geolokalisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Export IPs as &amp;KML…</source>
        <translation>IPs als &amp;KML exportieren…</translation>
    </message>
    <message>
        <source>Export IPs as &amp;GeoJSON…</source>
        <translation>IPs als &amp;GeoJSON exportieren…</translation>
    </message>
    <message>
        <source>Add geolocation databases</source>
        <translation>Geolokalisierungsdatenbanken hinzufügen</translation>
    </message>
    <message>
        <source>MaxMind-format databases (*.mmdb);;All files (*)</source>
        <translation>Datenbanken im MaxMind-Format (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A geolocation is already running.</source>
        <translation>Eine Geolokalisierung läuft bereits.</translation>
    </message>
    <message>
        <source>Geolocating client IPs… (offline)</source>
        <translation>Client-IPs werden geolokalisiert… (offline)</translation>
    </message>
    <message>
        <source>Geolocating client IPs… %1%</source>
        <translation>Client-IPs werden geolokalisiert … %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Geolocation done: %n answer(s) found.</source>
        <translation>
            <numerusform>Geolokalisierung fertig: %n Antwort gefunden.</numerusform>
            <numerusform>Geolokalisierung fertig: %n Antworten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some databases were not used</source>
        <translation>Einige Datenbanken wurden nicht verwendet</translation>
    </message>
    <message>
        <source>Export IPs</source>
        <translation>IPs exportieren</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n IP(s) to %1.</source>
        <translation>
            <numerusform>%n IP nach %1 exportiert.</numerusform>
            <numerusform>%n IPs nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Geolocating the new IPs… %1%</source>
        <translation>Die neuen IPs werden geolokalisiert … %1 %</translation>
    </message>
    <message numerus="yes">
        <source>New IPs geolocated: %n answer(s) found.</source>
        <translation>
            <numerusform>Neue IPs geolokalisiert: %n Antwort gefunden.</numerusform>
            <numerusform>Neue IPs geolokalisiert: %n Antworten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>GeoIP &amp;databases of this case…</source>
        <translation>GeoIP-Datenbanken dieses &amp;Falls…</translation>
    </message>
</context>
<context>
    <name>GeoDatabase</name>
    <message>
        <source>%1: not a usable MaxMind-format database: %2</source>
        <translation>%1: keine verwendbare Datenbank im MaxMind-Format: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>GeoDatabaseList</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Client IPs</source>
        <translation>Client-IPs</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in this database</source>
        <translation>
            <numerusform>%n nicht in dieser Datenbank</numerusform>
            <numerusform>%n nicht in dieser Datenbank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not looked up in it</source>
        <translation>
            <numerusform>%n nicht darin nachgeschlagen</numerusform>
            <numerusform>%n nicht darin nachgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not an IP address (the records&apos; words)</source>
        <translation>
            <numerusform>%n keine IP-Adresse (Wörter der Datensätze)</numerusform>
            <numerusform>%n keine IP-Adresse (Wörter der Datensätze)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoDatabasesDialog</name>
    <message>
        <source>%1
by %2</source>
        <translation>%1
von %2</translation>
    </message>
    <message>
        <source>GeoIP databases of this case</source>
        <translation>GeoIP-Datenbanken dieses Falls</translation>
    </message>
    <message>
        <source>No GeoIP database has been added to this case: no client IP is placed.</source>
        <translation>Diesem Fall wurde keine GeoIP-Datenbank hinzugefügt: Keine Client-IP ist verortet.</translation>
    </message>
    <message>
        <source>Each database added to this case, as the places name it, with its SHA-256 as it was read when it was added: the same file gives the same places again. A place is the database&apos;s estimate for the address as of its build date, not the device&apos;s position. File → Verify the evidence… hashes each again and compares it with the SHA-256 shown.</source>
        <translation>Jede diesem Fall hinzugefügte Datenbank, wie die Orte sie nennen, mit ihrem SHA-256, wie sie beim Hinzufügen gelesen wurde: Dieselbe Datei ergibt wieder dieselben Orte. Ein Ort ist die Schätzung der Datenbank für die Adresse zum Stand ihres Erstellungsdatums, nicht die Position des Geräts. Datei → Beweismittel prüfen … hasht jede erneut und vergleicht sie mit dem gezeigten SHA-256.</translation>
    </message>
    <message>
        <source>Each client IP of the case counted once, by what this database answered for it.</source>
        <translation>Jede Client-IP des Falls einmal gezählt, nach der Antwort dieser Datenbank für sie.</translation>
    </message>
    <message>
        <source>Addresses last looked up in it at %1.</source>
        <translation>Adressen zuletzt darin nachgeschlagen am %1.</translation>
    </message>
    <message>
        <source>Addresses not looked up in it were imported while its file was not where it was added, or not the file added: add it again to look them up.</source>
        <translation>Nicht darin nachgeschlagene Adressen wurden importiert, als ihre Datei nicht dort lag, wo sie hinzugefügt wurde, oder nicht die hinzugefügte Datei war: Fügen Sie sie erneut hinzu, um sie nachzuschlagen.</translation>
    </message>
</context>
<context>
    <name>GeoFields</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Registered country</source>
        <translation>Registriertes Land</translation>
    </message>
    <message>
        <source>Represented country</source>
        <translation>Vertretenes Land</translation>
    </message>
    <message>
        <source>Subdivisions</source>
        <translation>Unterteilungen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Accuracy radius (km)</source>
        <translation>Genauigkeitsradius (km)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>AS organisation</source>
        <translation>AS-Organisation</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Anonymiser</source>
        <translation>Anonymisierer</translation>
    </message>
    <message>
        <source>Anonymous VPN</source>
        <translation>Anonymes VPN</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Hosting-Anbieter</translation>
    </message>
    <message>
        <source>Public proxy</source>
        <translation>Öffentlicher Proxy</translation>
    </message>
    <message>
        <source>Residential proxy</source>
        <translation>Privat-Proxy (Residential)</translation>
    </message>
    <message>
        <source>Tor exit node</source>
        <translation>Tor-Exit-Knoten</translation>
    </message>
    <message>
        <source>not in this database</source>
        <translation>nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>no (not listed)</source>
        <translation>nein (nicht gelistet)</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>GeoLocateJob</name>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>cancelled: nothing from this database was stored</source>
        <translation>abgebrochen: aus dieser Datenbank wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>%1: not at %2 any more: the new client IPs were not looked up in it</source>
        <translation>%1: nicht mehr unter %2: die neuen Client-IPs wurden darin nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>%1 is not the file added to the case any more (its SHA-256 differs): the new client IPs were not looked up in it. Add it again to use it as another database.</source>
        <translation>%1 ist nicht mehr die dem Fall hinzugefügte Datei (ihr SHA-256 weicht ab): die neuen Client-IPs wurden darin nicht nachgeschlagen. Fügen Sie sie erneut hinzu, um sie als weitere Datenbank zu verwenden.</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message>
        <source>%1&apos;s device looked up %2: %3
%4
%5</source>
        <translation>Das Gerät von %1 hat %2 abgefragt: %3
%4
%5</translation>
    </message>
    <message>
        <source>%1 called or sent to %2: %3
%4</source>
        <translation>%1 hat %2 angerufen oder angeschrieben: %3
%4</translation>
    </message>
    <message>
        <source>Double-click to list them in the events table.</source>
        <translation>Doppelklicken Sie, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
</context>
<context>
    <name>GraphFigureMenu</name>
    <message>
        <source>List the events of its &amp;edges</source>
        <translation>Ereignisse seiner &amp;Kanten auflisten</translation>
    </message>
    <message>
        <source>List &amp;all its events</source>
        <translation>&amp;Alle Ereignisse der Kennung auflisten</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>Zeit&amp;leiste zeigen</translation>
    </message>
    <message>
        <source>Draw its &amp;neighbourhood</source>
        <translation>&amp;Umgebung zeichnen</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse der Kante &amp;auflisten</translation>
    </message>
    <message>
        <source>List the events between its two &amp;handles</source>
        <translation>Ereignisse zwischen den beiden Kennungen au&amp;flisten</translation>
    </message>
    <message>
        <source>Cross-&amp;reference its two handles</source>
        <translation>Die beiden Kennungen &amp;gegenüberstellen</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz could not lay the graph out with %1</source>
        <translation>Graphviz konnte den Graphen mit %1 nicht anordnen</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>%1
%2 · %3 made
%4 · %5 received</source>
        <translation>%1
ausgehend: %2 · %3
eingehend: %4 · %5</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>Double-click to list them in the events table.</source>
        <translation>Doppelklicken Sie, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Neighbourhood of the selected handle:</source>
        <translation>Umgebung der gewählten Kennung:</translation>
    </message>
    <message>
        <source>Find a handle…</source>
        <translation>Kennung suchen…</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Only edges with at least this many events</source>
        <translation>Nur Kanten mit mindestens so vielen Ereignissen</translation>
    </message>
    <message>
        <source>Lookup edges: a device looked the other handle up</source>
        <translation>Abfragekanten: ein Gerät hat die andere Kennung abgefragt</translation>
    </message>
    <message>
        <source>Communication edges: a recorded call or message</source>
        <translation>Kommunikationskanten: ein erfasster Anruf oder eine erfasste Nachricht</translation>
    </message>
    <message>
        <source> hop(s)</source>
        <translation> Schritt(e)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Laying the graph out (Graphviz)…</source>
        <translation>Graph wird angeordnet (Graphviz)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lookup edge(s)</source>
        <translation>
            <numerusform>%Ln Abfragekante</numerusform>
            <numerusform>%Ln Abfragekanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication edge(s)</source>
        <translation>
            <numerusform>%Ln Kommunikationskante</numerusform>
            <numerusform>%Ln Kommunikationskanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashed amber: a device looked the other handle up — not a communication. Solid blue: a recorded call or message.</source>
        <translation>Gestrichelt bernsteinfarben: ein Gerät hat die andere Kennung abgefragt — keine Kommunikation. Durchgezogen blau: ein erfasster Anruf oder eine erfasste Nachricht.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) were followed within %1 minutes by a communication between the same two handles — a sequence in time, not a cause.</source>
        <translation>
            <numerusform>Auf %n Abfrage folgte binnen %1 Minuten eine Kommunikation zwischen denselben beiden Kennungen — eine zeitliche Abfolge, keine Ursache.</numerusform>
            <numerusform>Auf %n Abfragen folgte binnen %1 Minuten eine Kommunikation zwischen denselben beiden Kennungen — eine zeitliche Abfolge, keine Ursache.</numerusform>
        </translation>
    </message>
    <message>
        <source>No handle in the graph contains &quot;%1&quot;.</source>
        <translation>Keine Kennung im Graphen enthält „%1“.</translation>
    </message>
    <message>
        <source>lookup: A&apos;s device looked up B</source>
        <translation>Abfrage: Das Gerät von A hat B abgefragt</translation>
    </message>
    <message>
        <source>communication: A called or sent to B</source>
        <translation>Kommunikation: A hat B angerufen oder geschrieben</translation>
    </message>
    <message>
        <source>LookupLens — contact graph</source>
        <translation>LookupLens — Kontaktgraph</translation>
    </message>
    <message>
        <source>%1: cannot write the image (use .png, .svg or .pdf)</source>
        <translation>%1: das Bild kann nicht geschrieben werden (verwenden Sie .png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>GEXF for Gephi (*.gexf);;GraphML (*.graphml);;DOT (*.dot);;JSON (*.json);;PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>GEXF für Gephi (*.gexf);;GraphML (*.graphml);;DOT (*.dot);;JSON (*.json);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) followed within %1 minutes by a communication between the same two handles</source>
        <translation>
            <numerusform>%n Abfrage, auf die binnen %1 Minuten eine Kommunikation zwischen denselben beiden Kennungen folgte</numerusform>
            <numerusform>%n Abfragen, auf die binnen %1 Minuten eine Kommunikation zwischen denselben beiden Kennungen folgte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) rest only on lookups</source>
        <translation>
            <numerusform>%Ln Paar beruht nur auf Abfragen</numerusform>
            <numerusform>%Ln Paare beruhen nur auf Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only on communications</source>
        <translation>
            <numerusform>%Ln nur auf Kommunikationen</numerusform>
            <numerusform>%Ln nur auf Kommunikationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 and %3 (each a separate edge). %4</source>
        <translation>%1; %2 und %3 (jede eine eigene Kante). %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln handle(s)</source>
        <translation>
            <numerusform>%Ln Kennung</numerusform>
            <numerusform>%Ln Kennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time window: the whole case</source>
        <translation>Zeitfenster: der ganze Fall</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time window: %1</source>
        <translation>Zeitfenster: %1</translation>
    </message>
    <message>
        <source>Press Enter to list them in the events table.</source>
        <translation>Drücken Sie die Eingabetaste, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>Not drawn: %1 with a withheld number (&quot;Anonymous&quot;, &quot;Private&quot;…), since each may be from someone else.</source>
        <translation>Nicht gezeichnet: %1 mit unterdrückter Rufnummer („Anonymous“, „Private“…), da jeder dieser Datensätze von jemand anderem stammen kann.</translation>
    </message>
    <message>
        <source>“%1” is a withheld number: the graph draws none of its records.</source>
        <translation>„%1“ ist eine unterdrückte Rufnummer: Der Graph zeichnet keinen ihrer Datensätze.</translation>
    </message>
    <message>
        <source>“%1” has no edge in the graph as filtered.</source>
        <translation>„%1“ hat im so gefilterten Graphen keine Kante.</translation>
    </message>
    <message>
        <source>Not drawn: %1 with a masked number or address (&quot;+49171*****12&quot;, &quot;[REDACTED]&quot;…), since two people may be written alike.</source>
        <translation>Nicht gezeichnet: %1 mit maskierter Rufnummer oder Adresse („+49171*****12“, „[REDACTED]“…), da mehrere Personen gleich geschrieben sein können.</translation>
    </message>
    <message>
        <source>“%1” is masked: the graph draws none of its records.</source>
        <translation>„%1“ ist maskiert: Der Graph zeichnet keinen ihrer Datensätze.</translation>
    </message>
    <message>
        <source>Contact graph</source>
        <translation>Kontaktgraph</translation>
    </message>
    <message>
        <source>Find a handle</source>
        <translation>Kennung suchen</translation>
    </message>
    <message>
        <source>Fewest events an edge shows</source>
        <translation>Wenigste Ereignisse, die eine Kante zeigt</translation>
    </message>
    <message>
        <source>Hops from the selected handle</source>
        <translation>Schritte von der gewählten Kennung</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Beginn des Zeitfensters</translation>
    </message>
    <message>
        <source>End of the time window</source>
        <translation>Ende des Zeitfensters</translation>
    </message>
    <message>
        <source>Sources the graph is drawn from</source>
        <translation>Quellen, aus denen der Graph gezeichnet wird</translation>
    </message>
    <message>
        <source>Draw only the events stored from this source, or from every source of this file</source>
        <translation>Nur die Ereignisse zeichnen, die aus dieser Quelle oder aus jeder Quelle dieser Datei gespeichert wurden</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>alle Quellen</translation>
    </message>
    <message>
        <source>Drawn from: %1.</source>
        <translation>Gezeichnet aus: %1.</translation>
    </message>
    <message>
        <source>with duplicates</source>
        <translation>mit Duplikaten</translation>
    </message>
    <message>
        <source>Draw the chosen source&apos;s duplicates too</source>
        <translation>Auch die Duplikate der gewählten Quelle zeichnen</translation>
    </message>
    <message>
        <source>Also the events first stored from another source that the chosen source held again (its duplicates), so that the graph is drawn from every record the source held</source>
        <translation>Auch die zuerst aus einer anderen Quelle gespeicherten Ereignisse, die die gewählte Quelle erneut enthielt (ihre Duplikate), sodass der Graph aus jedem Datensatz der Quelle gezeichnet wird</translation>
    </message>
    <message>
        <source>Drawn from: %1, with the duplicates it held.</source>
        <translation>Gezeichnet aus: %1, mit den darin enthaltenen Duplikaten.</translation>
    </message>
    <message>
        <source>the source chosen holds connections alone (an account&apos;s own logins), which are no edges: the events table lists them</source>
        <translation>die gewählte Quelle enthält nur Verbindungen (die eigenen Anmeldungen eines Kontos), die keine Kanten sind: die Ereignistabelle listet sie auf</translation>
    </message>
    <message>
        <source>the sources chosen hold connections alone (an account&apos;s own logins), which are no edges: the events table lists them</source>
        <translation>die gewählten Quellen enthalten nur Verbindungen (die eigenen Anmeldungen eines Kontos), die keine Kanten sind: die Ereignistabelle listet sie auf</translation>
    </message>
</context>
<context>
    <name>GraphWiring</name>
    <message numerus="yes">
        <source>the lookups of the %n pair(s) resting only on lookups</source>
        <translation>
            <numerusform>die Abfragen des %n Paares, das nur auf Abfragen beruht</numerusform>
            <numerusform>die Abfragen der %n Paare, die nur auf Abfragen beruhen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the communications of the %n pair(s) resting only on communications</source>
        <translation>
            <numerusform>die Kommunikationen des %n Paares, das nur auf Kommunikationen beruht</numerusform>
            <numerusform>die Kommunikationen der %n Paare, die nur auf Kommunikationen beruhen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the lookups of the graph&apos;s %n lookup edge(s)</source>
        <translation>
            <numerusform>die Abfragen der %n Abfragekante des Graphen</numerusform>
            <numerusform>die Abfragen der %n Abfragekanten des Graphen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the communications of the graph&apos;s %n communication edge(s)</source>
        <translation>
            <numerusform>die Kommunikationen der %n Kommunikationskante des Graphen</numerusform>
            <numerusform>die Kommunikationen der %n Kommunikationskanten des Graphen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the events of the %n edge(s) of %1 in the graph</source>
        <translation>
            <numerusform>die Ereignisse der %n Kante von %1 im Graphen</numerusform>
            <numerusform>die Ereignisse der %n Kanten von %1 im Graphen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the events of every edge between the graph&apos;s %Ln handle(s)</source>
        <translation>
            <numerusform>die Ereignisse jeder Kante zwischen der %Ln Kennung des Graphen</numerusform>
            <numerusform>die Ereignisse jeder Kante zwischen den %Ln Kennungen des Graphen</numerusform>
        </translation>
    </message>
    <message>
        <source>the records with a withheld number the graph leaves out (%1)</source>
        <translation>die Datensätze mit unterdrückter Rufnummer, die der Graph auslässt (%1)</translation>
    </message>
    <message>
        <source>the records with a masked number or address the graph leaves out (%1)</source>
        <translation>die Datensätze mit maskierter Rufnummer oder Adresse, die der Graph auslässt (%1)</translation>
    </message>
</context>
<context>
    <name>GzipFile</name>
    <message>
        <source>cannot decompress the gzip file to read it: %1</source>
        <translation>die gzip-Datei kann zum Lesen nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>cannot decompress the gzip file: zlib cannot start</source>
        <translation>die gzip-Datei kann nicht entpackt werden: zlib startet nicht</translation>
    </message>
    <message>
        <source>the gzip file is damaged: %1</source>
        <translation>die gzip-Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the gzip file expands %1 times its size (a bomb?); refused</source>
        <translation>die gzip-Datei wächst entpackt auf das %1-Fache ihrer Größe (eine Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>the gzip file ends before its compressed data does: it was cut short</source>
        <translation>die gzip-Datei endet vor ihren komprimierten Daten: sie wurde abgeschnitten</translation>
    </message>
</context>
<context>
    <name>HandleRulesCheck</name>
    <message>
        <source>&quot;%1&quot; was %2, is now %3</source>
        <translation>„%1“ war %2, ist jetzt %3</translation>
    </message>
    <message numerus="yes">
        <source>%n handle spelling(s) in this case were read otherwise by an earlier version of LookupLens (%1): a record of this file with one that repeats a record imported then is not recognised as a duplicate, and the handle stands twice in the case</source>
        <translation>
            <numerusform>%n Schreibweise einer Kennung in diesem Fall wurde von einer früheren Version von LookupLens anders gelesen (%1): Ein Datensatz dieser Datei mit ihr, der einen damals importierten Datensatz wiederholt, wird nicht als Duplikat erkannt, und die Kennung steht zweimal im Fall</numerusform>
            <numerusform>%n Schreibweisen von Kennungen in diesem Fall wurden von einer früheren Version von LookupLens anders gelesen (%1): Ein Datensatz dieser Datei mit einer davon, der einen damals importierten Datensatz wiederholt, wird nicht als Duplikat erkannt, und die Kennung steht zweimal im Fall</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandleTableModel</name>
    <message>
        <source>%1
As written in the sources: %2
Check: %3</source>
        <translation>%1
So in den Quellen geschrieben: %2
Prüfung: %3</translation>
    </message>
    <message>
        <source>Lookups this handle&apos;s device made. </source>
        <translation>Abfragen, die das Gerät dieser Kennung gestellt hat. </translation>
    </message>
    <message>
        <source>Lookups of this handle by other devices. </source>
        <translation>Abfragen dieser Kennung durch andere Geräte. </translation>
    </message>
    <message>
        <source>Communications (calls, SMS, messages) this handle sent or started</source>
        <translation>Kommunikation (Anrufe, SMS, Nachrichten), die diese Kennung gesendet oder begonnen hat</translation>
    </message>
    <message>
        <source>Communications this handle received</source>
        <translation>Kommunikation, die diese Kennung empfangen hat</translation>
    </message>
    <message>
        <source>The account&apos;s own connections (logins) from an IP</source>
        <translation>Eigene Verbindungen (Anmeldungen) des Kontos von einer IP</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Lookups
made</source>
        <translation>Abfragen
gestellt</translation>
    </message>
    <message>
        <source>Looked up
by others</source>
        <translation>Abgefragt
von anderen</translation>
    </message>
    <message>
        <source>Comms
sent</source>
        <translation>Komm.
gesendet</translation>
    </message>
    <message>
        <source>Comms
received</source>
        <translation>Komm.
empfangen</translation>
    </message>
    <message>
        <source>Connec-
tions</source>
        <translation>Verbin-
dungen</translation>
    </message>
    <message>
        <source>First seen
(%1)</source>
        <translation>Zuerst
(%1)</translation>
    </message>
    <message>
        <source>Last seen
(%1)</source>
        <translation>Zuletzt
(%1)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Click to list these %1 in the events table.</source>
        <translation>Klicken Sie, um diese %1 in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>Click to see that event and its source line.</source>
        <translation>Klicken Sie, um dieses Ereignis und seine Quellzeile zu sehen.</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>unterdrückte Rufnummer</translation>
    </message>
    <message>
        <source>The records&apos; words for a number caller ID did not give: each of its records may be from someone else, so its counts are no one party&apos;s, and the contact graph draws none of them.</source>
        <translation>Die Worte der Datensätze für eine Rufnummer, die die Anruferkennung nicht übermittelt hat: Jeder ihrer Datensätze kann von jemand anderem stammen, ihre Zahlen gehören also zu keiner einzelnen Partei, und der Kontaktgraph zeichnet keinen von ihnen.</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskiert</translation>
    </message>
    <message>
        <source>Characters hidden by a redaction: several people&apos;s numbers or addresses may be written so, so its counts are no one party&apos;s, and the contact graph draws none of them.</source>
        <translation>Durch eine Schwärzung verborgene Zeichen: Rufnummern oder Adressen mehrerer Personen können so geschrieben sein, ihre Zahlen gehören also zu keiner einzelnen Partei, und der Kontaktgraph zeichnet keinen ihrer Datensätze.</translation>
    </message>
    <message>
        <source>%1 (withheld number)</source>
        <translation>%1 (unterdrückte Rufnummer)</translation>
    </message>
    <message>
        <source>%1 (masked)</source>
        <translation>%1 (maskiert)</translation>
    </message>
    <message>
        <source>the label of %1</source>
        <translation>die Bezeichnung von %1</translation>
    </message>
</context>
<context>
    <name>HandlesView</name>
    <message>
        <source>Search handles and labels…</source>
        <translation>Kennungen und Bezeichnungen suchen …</translation>
    </message>
    <message>
        <source>Counting each handle&apos;s events…</source>
        <translation>Ereignisse je Kennung werden gezählt…</translation>
    </message>
    <message>
        <source>F2 gives the selected handle a label; double-click selects it everywhere; a click on a count lists the events it counts; Ctrl-click adds handles to the timeline.</source>
        <translation>F2 gibt der gewählten Kennung eine Bezeichnung; Doppelklick wählt sie überall aus; ein Klick auf eine Zahl listet die Ereignisse auf, die sie zählt; Strg-Klick fügt Kennungen der Zeitleiste hinzu.</translation>
    </message>
    <message>
        <source>Search handles and labels</source>
        <translation>Kennungen und Bezeichnungen suchen</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Give it a la&amp;bel…</source>
        <translation>&amp;Bezeichnung geben …</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse der Kennung &amp;auflisten</translation>
    </message>
    <message>
        <source>Draw its &amp;neighbourhood</source>
        <translation>&amp;Umgebung im Graphen zeichnen</translation>
    </message>
    <message>
        <source>Show the &amp;timeline</source>
        <translation>Zeit&amp;leiste zeigen</translation>
    </message>
</context>
<context>
    <name>HeaderClassCheck</name>
    <message>
        <source>lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>it fits the %1 by %2, whose rows are %3, but it also has %4, read by the %5, whose rows are %6</source>
        <translation>sie passt zum Format %1 durch %2, dessen Zeilen %3 sind, hat aber auch %4, die das Format %5 liest, dessen Zeilen %6 sind</translation>
    </message>
    <message>
        <source>the header row at line %1 fits returns of two evidence classes: %2. Which class its rows are is not guessed: if the file is the %3, choose that format (--format %4); if not, map its columns (--profile)</source>
        <translation>die Kopfzeile in Zeile %1 passt zu Auskünften zweier Beweisklassen: %2. Welche Klasse ihre Zeilen sind, wird nicht geraten: ist die Datei %3, wählen Sie dieses Format (--format %4); wenn nicht, ordnen Sie ihre Spalten zu (--profile)</translation>
    </message>
    <message>
        <source>a header row that fits returns of two evidence classes (%1): which class the rows under it are is not guessed, and they are not read; to read them, map a copy of that table alone</source>
        <translation>eine Kopfzeile, die zu Auskünften zweier Beweisklassen passt (%1): welche Klasse die Zeilen darunter sind, wird nicht geraten, und sie werden nicht gelesen; um sie zu lesen, ordnen Sie die Spalten einer Kopie allein dieser Tabelle zu</translation>
    </message>
    <message>
        <source>it fits the %1 by %2, whose rows are %3, but it also has %4, a message&apos;s text, which only records of communications hold</source>
        <translation>sie passt zum Format %1 durch %2, dessen Zeilen %3 sind, hat aber auch %4, den Text einer Nachricht, den nur Aufzeichnungen von Kommunikationen enthalten</translation>
    </message>
    <message>
        <source>the keys of its records (the first&apos;s at line %1) fit returns of two evidence classes: %2. Which class its records are is not guessed: if the file is the %3, choose that format (--format %4); if not, map its columns (--profile)</source>
        <translation>die Schlüssel seiner Datensätze (die des ersten in Zeile %1) passen zu Auskünften zweier Beweisklassen: %2. Welche Klasse seine Datensätze sind, wird nicht geraten: ist die Datei %3, wählen Sie dieses Format (--format %4); wenn nicht, ordnen Sie ihre Spalten zu (--profile)</translation>
    </message>
    <message>
        <source>the names its member &quot;%1&quot; lists (line %2) fit returns of two evidence classes: %3. Which class its records are is not guessed: if the file is the %4, choose that format (--format %5); if not, map its columns (--profile)</source>
        <translation>die Namen, die sein Mitglied „%1“ aufführt (Zeile %2), passen zu Auskünften zweier Beweisklassen: %3. Welche Klasse seine Datensätze sind, wird nicht geraten: ist die Datei %4, wählen Sie dieses Format (--format %5); wenn nicht, ordnen Sie ihre Spalten zu (--profile)</translation>
    </message>
</context>
<context>
    <name>HeaderMatcher</name>
    <message>
        <source>a timestamp (or date and time) and the account</source>
        <translation>Zeitstempel (oder Datum und Uhrzeit) und Konto</translation>
    </message>
    <message>
        <source>a timestamp (or date and time), and initiator and counterpart (or local party, remote party and direction)</source>
        <translation>Zeitstempel (oder Datum und Uhrzeit), Auslöser und Gegenstelle (oder Spalten für die lokale und die entfernte Partei und die Richtung)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>HeadlessRender</name>
    <message>
        <source>--render needs --out FILE.png or FILE.pdf</source>
        <translation>--render braucht --out DATEI.png oder DATEI.pdf</translation>
    </message>
    <message>
        <source>%1: the output must end in .png or .pdf</source>
        <translation>%1: die Ausgabe muss auf .png oder .pdf enden</translation>
    </message>
    <message>
        <source>--render %1 needs --handle H</source>
        <translation>--render %1 braucht --handle H</translation>
    </message>
    <message>
        <source>no handle &quot;%1&quot; in %2</source>
        <translation>keine Kennung „%1“ in %2</translation>
    </message>
    <message>
        <source>%1: the output must end in .png, .svg or .pdf</source>
        <translation>%1: die Ausgabe muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>unknown view to render &quot;%1&quot; (known: map, timeline, patterns, graph)</source>
        <translation>unbekannte Ansicht für --render „%1“ (bekannt: map, timeline, patterns, graph)</translation>
    </message>
    <message>
        <source>note: this picture is not recorded in the case&apos;s audit log: %1</source>
        <translation>Hinweis: dieses Bild ist nicht im Protokoll des Falls verzeichnet: %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>What does a &amp;lookup prove?</source>
        <translation>Was beweist eine &amp;Abfrage?</translation>
    </message>
    <message>
        <source>Using the &amp;keyboard</source>
        <translation>Bedienung mit der &amp;Tastatur</translation>
    </message>
    <message>
        <source>&amp;About LookupLens</source>
        <translation>Ü&amp;ber LookupLens</translation>
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
        <source>Using the keyboard</source>
        <translation>Bedienung mit der Tastatur</translation>
    </message>
    <message>
        <source>About LookupLens</source>
        <translation>Über LookupLens</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;LookupLens&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Reads provider lookup logs and communication records and keeps the two apart. Works offline.&lt;/p&gt;&lt;p&gt;Basemap made with Natural Earth (public domain).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;LookupLens&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Liest Abfrageprotokolle und Kommunikationsdaten von Providern und hält beide auseinander. Arbeitet offline.&lt;/p&gt;&lt;p&gt;Grundkarte erstellt mit Natural Earth (gemeinfrei).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Importer: %1&lt;br&gt;Time zones: the tz database, version %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Importer: %1&lt;br&gt;Zeitzonen: die tz-Datenbank, Version %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure a click reaches, the keyboard reaches too.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Tab&lt;/b&gt; into the timeline, the patterns, the graph or the map: a dashed ring marks a figure and its description shows, as when the mouse rests on it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Arrow keys&lt;/b&gt; move the ring to the next figure that way; &lt;b&gt;Home&lt;/b&gt; and &lt;b&gt;End&lt;/b&gt; to the first and last.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; does what a click there does (in the graph and on the map, a double click): the figure&apos;s events are listed in the events table, each with its source line.&lt;/li&gt;&lt;li&gt;&lt;b&gt;+&lt;/b&gt; and &lt;b&gt;-&lt;/b&gt; zoom in and out about the figure (timeline, graph, map); &lt;b&gt;Esc&lt;/b&gt; lets go of it.&lt;/li&gt;&lt;li&gt;In the handle list, &lt;b&gt;F2&lt;/b&gt; gives the selected handle a label; in the events table, &lt;b&gt;Ctrl+M&lt;/b&gt; marks the highlighted event with a note of yours.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+C&lt;/b&gt; in a table copies the selected rows with their headings, for a spreadsheet or a document; its context menu (the Menu key, or &lt;b&gt;Shift+F10&lt;/b&gt;) copies or exports the whole table, and in the handle, IP and source lists, the events table and the cross-reference leads from the row to its events, the timeline, the graph, the map, its source or the cross-reference of its two handles; in the timeline, the patterns, the graph and the map, a figure&apos;s menu does the same (a right click, or the Menu key on the figure the ring is on).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+I&lt;/b&gt; imports files, &lt;b&gt;Ctrl+E&lt;/b&gt; exports the events shown, &lt;b&gt;Ctrl+R&lt;/b&gt; writes a report on them, &lt;b&gt;Ctrl+1&lt;/b&gt; to &lt;b&gt;Ctrl+5&lt;/b&gt; and &lt;b&gt;Ctrl+L&lt;/b&gt; show or hide the panels.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Jede Angabe, die ein Klick erreicht, erreicht auch die Tastatur.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Mit &lt;b&gt;Tab&lt;/b&gt; in die Zeitleiste, die Muster, den Graphen oder die Karte: Ein gestrichelter Ring markiert eine Angabe, und ihre Beschreibung erscheint wie beim Verweilen der Maus.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Pfeiltasten&lt;/b&gt; bewegen den Ring zur nächsten Angabe in dieser Richtung; &lt;b&gt;Pos1&lt;/b&gt; und &lt;b&gt;Ende&lt;/b&gt; zur ersten und letzten.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eingabe&lt;/b&gt; oder &lt;b&gt;Leertaste&lt;/b&gt; tut, was ein Klick dort tut (im Graphen und auf der Karte ein Doppelklick): Die Ereignisse der Angabe werden in der Ereignistabelle aufgelistet, jedes mit seiner Quellzeile.&lt;/li&gt;&lt;li&gt;&lt;b&gt;+&lt;/b&gt; und &lt;b&gt;-&lt;/b&gt; zoomen um die Angabe hinein und heraus (Zeitleiste, Graph, Karte); &lt;b&gt;Esc&lt;/b&gt; lässt sie los.&lt;/li&gt;&lt;li&gt;In der Kennungsliste gibt &lt;b&gt;F2&lt;/b&gt; der gewählten Kennung eine Bezeichnung; in der Ereignistabelle markiert &lt;b&gt;Strg+M&lt;/b&gt; das hervorgehobene Ereignis mit einer eigenen Notiz.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strg+C&lt;/b&gt; kopiert in einer Tabelle die gewählten Zeilen mit ihren Überschriften, für eine Tabellenkalkulation oder ein Dokument; ihr Kontextmenü (die Menütaste oder &lt;b&gt;Umschalt+F10&lt;/b&gt;) kopiert oder exportiert die ganze Tabelle und führt in den Listen der Kennungen, IPs und Quellen, in der Ereignistabelle und in der Gegenüberstellung von der Zeile zu ihren Ereignissen, zur Zeitleiste, zum Graphen, zur Karte, zu ihrer Quelle oder zur Gegenüberstellung ihrer beiden Kennungen; in der Zeitleiste, den Mustern, dem Graphen und der Karte tut das Menü einer Angabe dasselbe (ein Rechtsklick oder die Menütaste auf der Angabe, auf der der Ring steht).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Strg+I&lt;/b&gt; importiert Dateien, &lt;b&gt;Strg+E&lt;/b&gt; exportiert die gezeigten Ereignisse, &lt;b&gt;Strg+R&lt;/b&gt; schreibt einen Bericht über sie, &lt;b&gt;Strg+1&lt;/b&gt; bis &lt;b&gt;Strg+5&lt;/b&gt; und &lt;b&gt;Strg+L&lt;/b&gt; zeigen oder verbergen die Bereiche.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HelperProgram</name>
    <message>
        <source>the reader of %1 (%2) cannot be started: %3</source>
        <translation>das Leseprogramm für %1 (%2) lässt sich nicht starten: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read: its reader was still at it after %n minute(s)</source>
        <translation>
            <numerusform>%1 konnte nicht gelesen werden: das Leseprogramm war nach %n Minute noch nicht fertig</numerusform>
            <numerusform>%1 konnte nicht gelesen werden: das Leseprogramm war nach %n Minuten noch nicht fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not read: the import was cancelled</source>
        <translation>%1 wurde nicht gelesen: der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>HtmlPageDecoder</name>
    <message>
        <source>the page declares its text to be in &quot;%1&quot;, an encoding not known here</source>
        <translation>die Seite gibt für ihren Text die Kodierung „%1“ an, die hier nicht bekannt ist</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>table row longer than 1 MiB; skipped</source>
        <translation>Tabellenzeile länger als 1 MiB; übersprungen</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import provider returns</source>
        <translation>Providerauskünfte importieren</translation>
    </message>
    <message>
        <source>Import a return&apos;s folder</source>
        <translation>Ordner einer Auskunft importieren</translation>
    </message>
    <message>
        <source>Open or create a case before importing.</source>
        <translation>Öffnen oder erstellen Sie vor dem Import einen Fall.</translation>
    </message>
    <message>
        <source>The case changed while the files were listed: nothing was imported.</source>
        <translation>Der Fall hat sich geändert, während die Dateien aufgelistet wurden: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Import cancelled; the case is as it was.</source>
        <translation>Import abgebrochen; der Fall ist unverändert.</translation>
    </message>
    <message>
        <source>No new events were imported.</source>
        <translation>Keine neuen Ereignisse importiert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message>
        <source>Some files were read with warnings</source>
        <translation>Einige Dateien wurden mit Warnungen gelesen</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Dateien nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported into %1: their times state no time zone. Open that case and import them again to choose it:
%2</source>
        <translation>
            <numerusform>%n Datei wurde nicht in %1 importiert: Ihre Zeiten nennen keine Zeitzone. Öffnen Sie diesen Fall und importieren Sie sie erneut, um sie zu wählen:
%2</numerusform>
            <numerusform>%n Dateien wurden nicht in %1 importiert: Ihre Zeiten nennen keine Zeitzone. Öffnen Sie diesen Fall und importieren Sie sie erneut, um sie zu wählen:
%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were not imported: their times state no time zone. Choose the zone the provider wrote each in; the file&apos;s own lines, shown below, may name it. The zone is recorded with the source as declared by you.</source>
        <translation>
            <numerusform>Die Datei wurde nicht importiert: ihre Zeiten nennen keine Zeitzone. Wählen Sie die Zone, in der der Anbieter sie schrieb; die eigenen Zeilen der Datei, unten gezeigt, nennen sie vielleicht. Die Zone wird mit der Quelle als von Ihnen erklärt festgehalten.</numerusform>
            <numerusform>%n Dateien wurden nicht importiert: ihre Zeiten nennen keine Zeitzone. Wählen Sie für jede die Zone, in der der Anbieter sie schrieb; die eigenen Zeilen der Datei, unten gezeigt, nennen sie vielleicht. Die Zone wird mit der Quelle als von Ihnen erklärt festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider returns (*.csv *.tsv *.txt *.lst *.rpt *.xlsx *.xls *.ods *.xml *.pdf *.zip *.gz *.bz2 *.xz *.zst *.7z *.rar *.tar *.tgz *.html *.htm *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Provider-Rückgaben (*.csv *.tsv *.txt *.lst *.rpt *.xlsx *.xls *.ods *.xml *.pdf *.zip *.gz *.bz2 *.xz *.zst *.7z *.rar *.tar *.tgz *.html *.htm *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Not declared (the file must state its zone)</source>
        <translation>Nicht angegeben (die Datei muss ihre Zone nennen)</translation>
    </message>
    <message>
        <source>Import provider returns</source>
        <translation>Providerauskünfte importieren</translation>
    </message>
    <message>
        <source>Preview of:</source>
        <translation>Vorschau von:</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>An den Spaltenköpfen erkennen</translation>
    </message>
    <message>
        <source>Column mapping (profile)…</source>
        <translation>Spaltenzuordnung (Profil) …</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Zone of unmarked times:</source>
        <translation>Zone von Zeiten ohne Angabe:</translation>
    </message>
    <message>
        <source>Settle from the data (ask if it cannot)</source>
        <translation>Aus den Daten bestimmen (fragen, wenn nicht möglich)</translation>
    </message>
    <message>
        <source>Day first (25/03/2016)</source>
        <translation>Tag zuerst (25/03/2016)</translation>
    </message>
    <message>
        <source>Month first (03/25/2016)</source>
        <translation>Monat zuerst (03/25/2016)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2016:</source>
        <translation>Daten wie 03/04/2016:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Load profile…</source>
        <translation>Profil laden …</translation>
    </message>
    <message>
        <source>Save profile…</source>
        <translation>Profil speichern …</translation>
    </message>
    <message>
        <source>The first rows as they will be stored (nothing is written yet):</source>
        <translation>Die ersten Zeilen, wie sie gespeichert werden (noch wird nichts geschrieben):</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Evidence class</source>
        <translation>Beweisklasse</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Zone used</source>
        <translation>Verwendete Zone</translation>
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
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>→ Choose the zone of unmarked times above.</source>
        <translation>→ Wählen Sie oben die Zone von Zeiten ohne Angabe.</translation>
    </message>
    <message>
        <source>→ Choose day first or month first above.</source>
        <translation>→ Wählen Sie oben Tag zuerst oder Monat zuerst.</translation>
    </message>
    <message>
        <source>This file cannot be imported as set: see the problems below.</source>
        <translation>Diese Datei kann so nicht importiert werden: siehe die Probleme unten.</translation>
    </message>
    <message>
        <source>Load mapping profile</source>
        <translation>Zuordnungsprofil laden</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Save mapping profile</source>
        <translation>Zuordnungsprofil speichern</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>Gespeichert als</translation>
    </message>
    <message>
        <source>The file&apos;s first rows as written: what each becomes shows once the choice asked for is made.</source>
        <translation>Die ersten Zeilen der Datei wie geschrieben: was aus jeder wird, zeigt sich, sobald die verlangte Wahl getroffen ist.</translation>
    </message>
    <message>
        <source>→ The case holds this file already, its records and their lines: it need not be imported again.</source>
        <translation>→ Der Fall enthält diese Datei bereits, ihre Datensätze und deren Zeilen: sie muss nicht erneut importiert werden.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Each of its %n worksheet(s) with records becomes a source of its own (%1).</source>
        <translation>
            <numerusform>Ihr Arbeitsblatt mit Datensätzen wird eine eigene Quelle (%1).</numerusform>
            <numerusform>Jedes ihrer %n Arbeitsblätter mit Datensätzen wird eine eigene Quelle (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use these settings for every file</source>
        <translation>Diese Einstellungen für jede Datei verwenden</translation>
    </message>
    <message>
        <source>The column mapping of %1 is not complete: choose that file above to finish it.</source>
        <translation>Die Spaltenzuordnung von %1 ist unvollständig: wählen Sie die Datei oben, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Read as continued: each going on from the records of the worksheet before it, by their header row</source>
        <translation>Als Fortsetzung lesen: jedes als Fortsetzung der Datensätze des Arbeitsblatts davor, nach deren Kopfzeile</translation>
    </message>
    <message>
        <source>Offered for a worksheet whose first row fills the columns of the records before it, as an export past Excel&apos;s row limit that does not repeat the header row. The workbook cannot say whether it goes on from them: you decide, and each source records it.</source>
        <translation>Angeboten für ein Arbeitsblatt, dessen erste Zeile die Spalten der Datensätze davor füllt, wie bei einem Export über die Zeilengrenze von Excel hinaus, der die Kopfzeile nicht wiederholt. Die Arbeitsmappe kann nicht sagen, ob es sie fortsetzt: Sie entscheiden, und jede Quelle hält es fest.</translation>
    </message>
    <message>
        <source>Worksheets without a header row:</source>
        <translation>Arbeitsblätter ohne Kopfzeile:</translation>
    </message>
    <message>
        <source>→ Choose “Column mapping (profile)…” as the format and map the columns (by number, if the file has no header row).</source>
        <translation>→ Wählen Sie „Spaltenzuordnung (Profil) …“ als Format und ordnen Sie die Spalten zu (nach Nummer, wenn die Datei keine Kopfzeile hat).</translation>
    </message>
    <message>
        <source>the number or address the return is for</source>
        <translation>die Nummer oder Adresse, für die die Auskunft ist</translation>
    </message>
    <message>
        <source>These records are written from one subscriber&apos;s side (the other party and the direction), and the file names the subscriber nowhere. Declare whose records they are, as the return&apos;s cover letter or name says: each source records that you did.</source>
        <translation>Diese Datensätze sind aus der Sicht eines Teilnehmers geschrieben (die Gegenseite und die Richtung), und die Datei nennt den Teilnehmer nirgends. Geben Sie an, wessen Datensätze es sind, wie es das Anschreiben oder der Name der Auskunft sagt: jede Quelle hält fest, dass Sie es angegeben haben.</translation>
    </message>
    <message>
        <source>Subscriber of the records:</source>
        <translation>Teilnehmer der Datensätze:</translation>
    </message>
    <message>
        <source>→ Declare the subscriber of the records above.</source>
        <translation>→ Geben Sie oben den Teilnehmer der Datensätze an.</translation>
    </message>
    <message>
        <source>%1 (one of two)</source>
        <translation>%1 (einer von zwei)</translation>
    </message>
    <message>
        <source> %1.</source>
        <comment>a sentence after the figures</comment>
        <translation> %1.</translation>
    </message>
    <message>
        <source>%1. Zone: %2.</source>
        <translation>%1. Zone: %2.</translation>
    </message>
    <message numerus="yes">
        <source>First %Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected.</source>
        <translation>
            <numerusform>Erste %Ln Zeile gelesen: %1 übernommen (%2), %3 doppelt, %4 abgewiesen.</numerusform>
            <numerusform>Erste %Ln Zeilen gelesen: %1 übernommen (%2), %3 doppelt, %4 abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>This row is hidden or filtered out in the worksheet: the spreadsheet program does not show it. It is in the file and is read as every other row.</source>
        <translation>Diese Tabellenzeile ist im Arbeitsblatt ausgeblendet oder herausgefiltert: Das Tabellenprogramm zeigt sie nicht. Sie steht in der Datei und wird wie jede andere Tabellenzeile gelesen.</translation>
    </message>
    <message>
        <source>the password the return was sent with</source>
        <translation>das Passwort, mit dem die Auskunft geschickt wurde</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading what the ZIP holds…</source>
        <translation>Inhalt des ZIP wird gelesen …</translation>
    </message>
    <message>
        <source>Used to read the encrypted files of this import; not kept in the case or anywhere else.</source>
        <translation>Dient zum Lesen der verschlüsselten Dateien dieses Imports; wird weder im Fall noch anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>→ Type the password above, and press Open.</source>
        <translation>→ Geben Sie oben das Passwort ein und klicken Sie auf „Öffnen“.</translation>
    </message>
    <message>
        <source>%1 (formula)</source>
        <translation>%1 (Formel)</translation>
    </message>
    <message>
        <source>A cell of this row holds a formula: its value is the result the file saved.</source>
        <translation>Eine Zelle dieser Zeile enthält eine Formel: Ihr Wert ist das Ergebnis, das die Datei gespeichert hat.</translation>
    </message>
    <message>
        <source>%1 (formula, no result)</source>
        <translation>%1 (Formel, kein Ergebnis)</translation>
    </message>
    <message>
        <source>A cell of this row holds a formula the file saved no result for: it was read as empty.</source>
        <translation>Eine Zelle dieser Zeile enthält eine Formel, für die die Datei kein Ergebnis gespeichert hat: Sie wurde als leer gelesen.</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the passwords given for this import (one mistyped, say), and read the files again without them.</source>
        <translation>Die für diesen Import angegebenen Passwörter vergessen (etwa ein vertipptes) und die Dateien ohne sie neu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) given, each tried on every encrypted file of this import; not kept in the case or anywhere else.</source>
        <translation>
            <numerusform>%n Passwort angegeben, an jeder verschlüsselten Datei dieses Imports versucht; wird weder im Fall noch anderswo gespeichert.</numerusform>
            <numerusform>%n Passwörter angegeben, jedes an jeder verschlüsselten Datei dieses Imports versucht; werden weder im Fall noch anderswo gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>another password, if a file needs its own</source>
        <translation>ein weiteres Passwort, falls eine Datei ihr eigenes braucht</translation>
    </message>
    <message>
        <source>%1 (first of two)</source>
        <translation>%1 (erster von zwei)</translation>
    </message>
    <message>
        <source>%1 (second of two)</source>
        <translation>%1 (zweiter von zwei)</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Wird gelesen … %1 %</translation>
    </message>
    <message>
        <source>Checking the deliveries… %1%</source>
        <translation>Die Lieferungen werden geprüft … %1 %</translation>
    </message>
    <message>
        <source>→ If this file was written in the zone “%1” was read in, choose %2 above: the records both hold are then known as the same.</source>
        <translation>→ Wurde diese Datei in der Zone geschrieben, in der „%1“ gelesen wurde, wählen Sie oben %2: die Datensätze, die beide enthalten, werden dann als dieselben erkannt.</translation>
    </message>
    <message>
        <source>→ If this file&apos;s dates are written day first, choose day first above: the records it shares with “%1” are then known as the same.</source>
        <translation>→ Schreibt diese Datei ihre Daten mit dem Tag zuerst, wählen Sie oben „Tag zuerst“: Die Datensätze, die sie mit „%1“ teilt, gelten dann als dieselben.</translation>
    </message>
    <message>
        <source>→ If this file&apos;s dates are written month first, choose month first above: the records it shares with “%1” are then known as the same.</source>
        <translation>→ Schreibt diese Datei ihre Daten mit dem Monat zuerst, wählen Sie oben „Monat zuerst“: Die Datensätze, die sie mit „%1“ teilt, gelten dann als dieselben.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n file(s) dropped before this one… %1%</source>
        <translation>
            <numerusform>Die vor dieser abgelegte Datei wird gelesen … %1 %</numerusform>
            <numerusform>Die %n vor dieser abgelegten Dateien werden gelesen … %1 %</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>Its rows are looked for in the %n file(s) dropped before it as well, which the import stores first: %1.</source>
        <translation>
            <numerusform>Ihre Zeilen werden auch in der vor ihr abgelegten Datei gesucht, die der Import zuerst speichert: %1.</numerusform>
            <numerusform>Ihre Zeilen werden auch in den %n vor ihr abgelegten Dateien gesucht, die der Import zuerst speichert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the %n file(s) dropped before it that cannot be imported as set: %1.</source>
        <translation>
            <numerusform>Nicht in der vor ihr abgelegten Datei, die so nicht importiert werden kann: %1.</numerusform>
            <numerusform>Nicht in den %n vor ihr abgelegten Dateien, die so nicht importiert werden können: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the case holds it already</source>
        <translation>der Fall enthält sie schon</translation>
    </message>
    <message>
        <source>its zone</source>
        <translation>ihre Zone</translation>
    </message>
    <message>
        <source>day or month first</source>
        <translation>Tag oder Monat zuerst</translation>
    </message>
    <message>
        <source>a column mapping</source>
        <translation>eine Spaltenzuordnung</translation>
    </message>
    <message>
        <source>its subscriber</source>
        <translation>ihren Teilnehmer</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>ihr Passwort</translation>
    </message>
    <message>
        <source>cannot be imported as set</source>
        <translation>kann so nicht importiert werden</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Ready to import as set</source>
        <translation>So bereit zum Import</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import as set: %1 of %n file(s).</source>
        <translation>
            <numerusform>So bereit zum Import: %1 von %n Datei.</numerusform>
            <numerusform>So bereit zum Import: %1 von %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Noch nicht: %1.</translation>
    </message>
    <message>
        <source>As the format reads them</source>
        <translation>Wie das Format sie liest</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A count the file writes its times as, which no text shape tells: you declare it, and each source records that you did.</source>
        <translation>Eine Zählung, als die die Datei ihre Zeiten schreibt und die keine Textform verrät: Sie geben sie an, und jede Quelle hält fest, dass Sie es taten.</translation>
    </message>
    <message>
        <source>Times written as:</source>
        <translation>Zeiten geschrieben als:</translation>
    </message>
    <message>
        <source>→ If the times are %1, choose so under “Times written as” above.</source>
        <translation>→ Sind die Zeiten %1, wählen Sie das oben unter „Zeiten geschrieben als“.</translation>
    </message>
    <message>
        <source>Times read as %1 (declared).</source>
        <translation>Zeiten gelesen als %1 (angegeben).</translation>
    </message>
    <message>
        <source>waits for how its times are written: %1?</source>
        <translation>wartet darauf, wie ihre Zeiten geschrieben sind: %1?</translation>
    </message>
    <message>
        <source>every row read so far is rejected: see its problems</source>
        <translation>jede bisher gelesene Zeile wird abgewiesen: siehe ihre Probleme</translation>
    </message>
    <message>
        <source>No row read so far becomes an event: each is rejected, its reason under “Problems found”.</source>
        <translation>Keine bisher gelesene Zeile wird zu einem Ereignis: Jede wird abgelehnt, ihr Grund steht unter „Gefundene Probleme“.</translation>
    </message>
    <message>
        <source>Still being read</source>
        <translation>Wird noch gelesen</translation>
    </message>
    <message>
        <source>Still being read: %1.</source>
        <translation>Wird noch gelesen: %1.</translation>
    </message>
    <message>
        <source>→ Choose the zone of unmarked times above. Line %1, above the header, reads “%2”: if it names the records&apos; zone, choose that one.</source>
        <translation>→ Wählen Sie oben die Zone von Zeiten ohne Angabe. Zeile %1 über der Kopfzeile lautet „%2“: nennt sie die Zone der Datensätze, wählen Sie diese.</translation>
    </message>
    <message>
        <source>The record&apos;s words for a number caller ID did not give: kept as its party, no one person&apos;s, and never drawn in the contact graph.</source>
        <translation>Die Worte des Datensatzes für eine Rufnummer, die die Anruferkennung nicht übermittelt hat: als seine Partei behalten, die keiner einzelnen Person gehört, und nie im Kontaktgraphen gezeichnet.</translation>
    </message>
    <message>
        <source>Characters hidden by a redaction: kept as its party as written, no one person&apos;s (several may be written so), and never drawn in the contact graph.</source>
        <translation>Durch eine Schwärzung verborgene Zeichen: wie geschrieben als seine Partei behalten, die keiner einzelnen Person gehört (mehrere können so geschrieben sein), und nie im Kontaktgraphen gezeichnet.</translation>
    </message>
    <message>
        <source>None of the files can be imported as set: see the list above.</source>
        <translation>Keine der Dateien kann so importiert werden: siehe die Liste oben.</translation>
    </message>
    <message>
        <source>Nothing of this file can be shown: it cannot be read as set, for the reason under “Problems found”.</source>
        <translation>Von dieser Datei kann nichts gezeigt werden: Sie kann so nicht gelesen werden; der Grund steht unter „Gefundene Probleme“.</translation>
    </message>
    <message>
        <source>As the case&apos;s region: %1</source>
        <translation>Wie die Region des Falls: %1</translation>
    </message>
    <message>
        <source>The country whose numbers the file writes without a country code (&quot;0171 2345678&quot;), where it is not the case&apos;s: they are read as its numbers, and the source records that you declared it.</source>
        <translation>Das Land, dessen Nummern die Datei ohne Landesvorwahl schreibt („0171 2345678“), wo es nicht das des Falls ist: Sie werden als seine Nummern gelesen, und die Quelle hält fest, dass Sie es angegeben haben.</translation>
    </message>
    <message>
        <source>Numbers without a country code:</source>
        <translation>Nummern ohne Landesvorwahl:</translation>
    </message>
    <message numerus="yes">
        <source>The settings above: the same for all %n file(s).</source>
        <translation>
            <numerusform>Die Einstellungen oben: gleich für die Datei.</numerusform>
            <numerusform>Die Einstellungen oben: gleich für alle %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings above are set for each file: these are this file&apos;s.</source>
        <translation>Die Einstellungen oben gelten je Datei: dies sind die dieser Datei.</translation>
    </message>
    <message>
        <source>→ If the file is the return named first, choose its format above.</source>
        <translation>→ Ist die Datei die zuerst genannte Auskunft, wählen Sie oben ihr Format.</translation>
    </message>
    <message>
        <source>its format</source>
        <translation>ihr Format</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems found in the preview</source>
        <translation>In der Vorschau gefundene Probleme</translation>
    </message>
    <message>
        <source>Decimal comma, dots part thousands (1.234 is 1234)</source>
        <translation>Dezimalkomma, Punkte trennen Tausender (1.234 ist 1234)</translation>
    </message>
    <message>
        <source>Decimal point, commas part thousands (1.234 is 1.234)</source>
        <translation>Dezimalpunkt, Kommas trennen Tausender (1.234 ist 1,234)</translation>
    </message>
    <message>
        <source>How the file writes a duration&apos;s fraction, where a duration such as 1.234 or 1,234 could be read either way and no other duration in it settles which: you declare it, and the source records that you did.</source>
        <translation>Wie die Datei den Bruchteil einer Dauer schreibt, wo eine Dauer wie 1.234 oder 1,234 auf beide Arten gelesen werden kann und keine andere Dauer darin festlegt, wie: Sie geben es an, und die Quelle hält fest, dass Sie es taten.</translation>
    </message>
    <message>
        <source>Durations like 1.234:</source>
        <translation>Dauern wie 1.234:</translation>
    </message>
    <message>
        <source>its decimal mark</source>
        <translation>ihr Dezimalzeichen</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>→ Choose how the file writes durations like 1.234 above.</source>
        <translation>→ Wählen Sie oben, wie die Datei Dauern wie 1.234 schreibt.</translation>
    </message>
    <message numerus="yes">
        <source>Each of its %n array(s) of records becomes a source of its own (%1).</source>
        <translation>
            <numerusform>Sein Array von Datensätzen wird eine eigene Quelle (%1).</numerusform>
            <numerusform>Jedes seiner %n Arrays von Datensätzen wird eine eigene Quelle (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out once read, holding no table: %1.</source>
        <translation>Nach dem Lesen ausgelassen, da ohne Tabelle: %1.</translation>
    </message>
    <message>
        <source>%1 (each: %2)</source>
        <translation>%1 (jede: %2)</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <source>%1: left out: a hidden file</source>
        <translation>%1: ausgelassen: eine versteckte Datei</translation>
    </message>
    <message>
        <source>%1: left out: the folder holds over %2 files; name the return&apos;s own folder</source>
        <translation>%1: ausgelassen: der Ordner enthält über %2 Dateien; nennen Sie den Ordner der Auskunft selbst</translation>
    </message>
    <message>
        <source>%1: left out: not a table, workbook, PDF, ZIP or HTML page by its name</source>
        <translation>%1: ausgelassen: dem Namen nach keine Tabelle, Arbeitsmappe, PDF, ZIP oder HTML-Seite</translation>
    </message>
    <message>
        <source>%1: the folder holds no table, workbook, PDF, ZIP or HTML page</source>
        <translation>%1: der Ordner enthält keine Tabelle, Arbeitsmappe, PDF, ZIP oder HTML-Seite</translation>
    </message>
    <message>
        <source>an XML file, but not an Excel XML Spreadsheet</source>
        <translation>eine XML-Datei, aber keine Excel-XML-Tabelle</translation>
    </message>
    <message>
        <source>a JSON file, but no table of records (an array of objects, objects one after another, or an object holding an array of them)</source>
        <translation>eine JSON-Datei, aber keine Tabelle von Datensätzen (ein Array von Objekten, Objekte nacheinander oder ein Objekt, das ein Array davon enthält)</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1: the case is busy or locked: %2</source>
        <translation>%1: der Fall ist belegt oder gesperrt: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation>%1: der Import kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>already imported as source #%1 (%2, %3)</source>
        <translation>bereits importiert als Quelle #%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: cannot record the source: %2</source>
        <translation>%1: die Quelle kann nicht erfasst werden: %2</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or UTC)</source>
        <translation>unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin, oder UTC)</translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp pen-register return: %n records page(s) (%1)</source>
        <translation>
            <numerusform>WhatsApp-Auskunft (Pen-Register): %n Datensatzseite (%1)</numerusform>
            <numerusform>WhatsApp-Auskunft (Pen-Register): %n Datensatzseiten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rebuild the indexes: %1</source>
        <translation>die Indizes können nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>the import would leave a broken reference (%1); nothing was saved</source>
        <translation>der Import hinterließe einen ungültigen Verweis (%1); nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>cannot check the references: %1</source>
        <translation>die Verweise lassen sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>%1: this is the case itself (or its journal), not a return; nothing of it was read</source>
        <translation>%1: das ist der Fall selbst (oder sein Journal), keine Auskunft; nichts davon wurde gelesen</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>neues Ereignis</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>duplicate of an earlier record</source>
        <translation>Duplikat eines früheren Datensatzes</translation>
    </message>
    <message>
        <source>further leg of the call at line %1</source>
        <translation>weiterer Abschnitt des Anrufs in Zeile %1</translation>
    </message>
    <message>
        <source>further leg of an earlier call</source>
        <translation>weiterer Abschnitt eines früheren Anrufs</translation>
    </message>
    <message>
        <source>The header row comes again further down (line %1), as where returns are joined in one file: a record repeated from a part before it is one event, linked as a duplicate.</source>
        <translation>Die Kopfzeile kommt weiter unten noch einmal (Zeile %1), wie wenn Auskünfte in einer Datei zusammengefügt sind: Ein Datensatz, der aus einem vorangehenden Teil wiederkehrt, ist ein Ereignis, als Duplikat verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>… %n time(s) in all</source>
        <translation>
            <numerusform>… insgesamt %n Mal</numerusform>
            <numerusform>… insgesamt %n Mal</numerusform>
        </translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot;: %2</source>
        <translation>Arbeitsblatt „%1“: %2</translation>
    </message>
    <message>
        <source>duplicate of line %1 of %2</source>
        <translation>Duplikat von Zeile %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (worksheet(s) %2)</source>
        <translation>
            <numerusform>%1 (Arbeitsblatt %2)</numerusform>
            <numerusform>%1 (Arbeitsblätter %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the delivery &quot;%1&quot; cannot be read and was not imported: %2</source>
        <translation>die Lieferung „%1“ kann nicht gelesen werden und wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>no delivery of the return can be read</source>
        <translation>keine Lieferung der Auskunft kann gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2; nothing in the ZIP was imported</source>
        <translation>%1: %2; nichts aus der ZIP-Datei wurde importiert</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing in the archive was imported</source>
        <translation>%1: %2; nichts aus dem Archiv wurde importiert</translation>
    </message>
    <message>
        <source>cannot record the source: %1</source>
        <translation>die Quelle kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>duplicate of line %1 of “%2” › %3</source>
        <translation>Duplikat von Zeile %1 in „%2“ › %3</translation>
    </message>
    <message>
        <source>duplicate of line %1 of “%2”</source>
        <translation>Duplikat von Zeile %1 in „%2“</translation>
    </message>
    <message>
        <source>unknown timestamp format &quot;%1&quot; (declare %2; a pattern of the text belongs in a column mapping)</source>
        <translation>unbekanntes Zeitstempelformat „%1“ (geben Sie %2 an; ein Muster des Textes gehört in eine Spaltenzuordnung)</translation>
    </message>
    <message>
        <source>%1: %2 (to import it again: --allow-duplicate)</source>
        <translation>%1: %2 (um sie erneut zu importieren: --allow-duplicate)</translation>
    </message>
    <message>
        <source>the delivery &quot;%1&quot; (its ZIP&apos;s SHA-256: %3) cannot be read and was not imported: %2</source>
        <translation>die Lieferung „%1“ (SHA-256 ihres ZIP: %3) kann nicht gelesen werden und wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1: unknown region &quot;%2&quot; for the numbers written without a country code (use an ISO 3166 code such as US or DE)</source>
        <translation>%1: unbekannte Region „%2“ für die Nummern ohne Landesvorwahl (verwenden Sie einen ISO-3166-Code wie US oder DE)</translation>
    </message>
    <message>
        <source>the array &quot;%1&quot;: %2</source>
        <translation>das Array „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (array(s) %2)</source>
        <translation>
            <numerusform>%1 (Array %2)</numerusform>
            <numerusform>%1 (Arrays %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate of event %1 of the case, line %2 of “%3”</source>
        <translation>Duplikat von Ereignis %1 des Falls, Zeile %2 in „%3“</translation>
    </message>
</context>
<context>
    <name>ImportOutcomeText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, under “Show Details...”.</source>
        <translation>
            <numerusform>… und %n weitere Meldung, unter „Details einblenden...“.</numerusform>
            <numerusform>… und %n weitere Meldungen, unter „Details einblenden...“.</numerusform>
        </translation>
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
        <source>Computing the SHA-256 of %1…</source>
        <translation>SHA-256 von %1 wird berechnet …</translation>
    </message>
    <message>
        <source>Laying out the pages of %1 (%2 of %3): %4 %…</source>
        <translation>Die Seiten von %1 werden angeordnet (%2 von %3): %4 %…</translation>
    </message>
    <message numerus="yes">
        <source>Building indexes and saving %Ln row(s)…</source>
        <translation>
            <numerusform>Indizes werden aufgebaut, %Ln Zeile wird gespeichert …</numerusform>
            <numerusform>Indizes werden aufgebaut, %Ln Zeilen werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3): %L4 rows, %L5 rows/s, %6</source>
        <translation>Importiere %1 (%2 von %3): %L4 Zeilen, %L5 Zeilen/s, %6</translation>
    </message>
    <message>
        <source>Checking the deliveries in %1 (%2 of %3): %4 %…</source>
        <translation>Die Lieferungen in %1 werden geprüft (%2 von %3): %4 %…</translation>
    </message>
    <message>
        <source>Waiting for another program to finish its import into this case…</source>
        <translation>Warten, bis ein anderes Programm seinen Import in diesen Fall beendet hat…</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Der Fall wird geöffnet…</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s geolocation of the case&apos;s IPs to finish…</source>
        <translation>Warten, bis dieses Fenster die IPs des Falls geolokalisiert hat…</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s indexing of the records&apos; text to let it in…</source>
        <translation>Warten, bis die Indizierung des Datensatztexts in diesem Fenster den Import vorlässt…</translation>
    </message>
    <message>
        <source>Waiting for this window&apos;s other import into this case to finish…</source>
        <translation>Warten, bis der andere Import dieses Fensters in diesen Fall beendet ist…</translation>
    </message>
    <message>
        <source>Comparing the records of %1 (%2 of %3) with the case&apos;s other sources…</source>
        <translation>Die Datensätze von %1 werden mit den anderen Quellen des Falls verglichen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Cancelling the import; the case is left as it was…</source>
        <translation>Der Import wird abgebrochen; der Fall bleibt, wie er war …</translation>
    </message>
</context>
<context>
    <name>InstantEdit</name>
    <message>
        <source>%1, that is %2</source>
        <translation>%1, also %2</translation>
    </message>
    <message>
        <source>This local time happened twice, as daylight saving ended: the earlier moment is meant.</source>
        <translation>Diese Ortszeit gab es zweimal, am Ende der Sommerzeit: Gemeint ist der frühere Zeitpunkt.</translation>
    </message>
</context>
<context>
    <name>IpAddressFlags</name>
    <message>
        <source>%1 (written %2)</source>
        <translation>%1 (geschrieben %2)</translation>
    </message>
</context>
<context>
    <name>IpDetailsPanel</name>
    <message>
        <source>Anonymiser status unknown: no anonymiser database is in this case (that is not the same as &quot;not a VPN&quot;).</source>
        <translation>Anonymisierer-Status unbekannt: dieser Fall enthält keine Anonymisierer-Datenbank (das ist nicht dasselbe wie „kein VPN“).</translation>
    </message>
    <message>
        <source>Ports in the records, for the carrier: %1</source>
        <translation>Ports in den Datensätzen, für den Netzbetreiber: %1</translation>
    </message>
    <message>
        <source>What these figures do not show</source>
        <translation>Was diese Angaben nicht zeigen</translation>
    </message>
    <message>
        <source>Select a client IP in the IPs list or on the map.</source>
        <translation>Wählen Sie eine Client-IP in der IP-Liste oder auf der Karte.</translation>
    </message>
    <message>
        <source>Address flags: %1</source>
        <translation>Adressmerkmale: %1</translation>
    </message>
    <message>
        <source>none (a public address)</source>
        <translation>keine (eine öffentliche Adresse)</translation>
    </message>
    <message>
        <source>Used %1 to %2</source>
        <translation>Verwendet von %1 bis %2</translation>
    </message>
    <message>
        <source>Handles: %1</source>
        <translation>Kennungen: %1</translation>
    </message>
    <message>
        <source>No geolocation database has been added to this case.</source>
        <translation>Diesem Fall wurde keine Geolokalisierungsdatenbank hinzugefügt.</translation>
    </message>
    <message>
        <source>%1, built %2</source>
        <translation>%1, erstellt %2</translation>
    </message>
    <message>
        <source>Details of the selected IP</source>
        <translation>Einzelheiten der gewählten IP</translation>
    </message>
    <message>
        <source>Copy IP details</source>
        <translation>IP-Details kopieren</translation>
    </message>
</context>
<context>
    <name>IpSummaries</name>
    <message>
        <source>carrier-grade NAT: many subscribers share this address; only the carrier can attribute it, from IP, port and exact time</source>
        <translation>Carrier-Grade-NAT: viele Teilnehmer teilen sich diese Adresse; nur der Netzbetreiber kann sie zuordnen, anhand von IP, Port und genauer Zeit</translation>
    </message>
    <message>
        <source>not a public address (%1): no database can place it</source>
        <translation>keine öffentliche Adresse (%1): keine Datenbank kann sie verorten</translation>
    </message>
    <message>
        <source>this database has no entry for the address</source>
        <translation>diese Datenbank hat keinen Eintrag für die Adresse</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>country only — not a place</source>
        <translation>nur Land — kein Ort</translation>
    </message>
    <message>
        <source>locations change; this database describes the address as of %1</source>
        <translation>Standorte ändern sich; diese Datenbank beschreibt die Adresse zum Stand %1</translation>
    </message>
    <message>
        <source>%1 and %2 place the address %3 km apart, more than their accuracy radii allow</source>
        <translation>%1 und %2 verorten die Adresse %3 km voneinander entfernt, weiter als ihre Genauigkeitsradien zulassen</translation>
    </message>
    <message>
        <source>carrier-grade NAT</source>
        <translation>Carrier-Grade-NAT</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, country only (%2)</source>
        <translation>%1, nur Land (%2)</translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>not an IP address: the record holds &quot;%1&quot;, which no database can place</source>
        <translation>keine IP-Adresse: der Datensatz enthält „%1“, das keine Datenbank verorten kann</translation>
    </message>
    <message>
        <source>Not looked up in %1, added before the address was imported: LookupLens looks new addresses up in a database while its file is where it was added and unchanged.</source>
        <translation>Nicht nachgeschlagen in %1, hinzugefügt vor dem Import der Adresse: LookupLens schlägt neue Adressen in einer Datenbank nach, solange ihre Datei unverändert dort liegt, wo sie hinzugefügt wurde.</translation>
    </message>
</context>
<context>
    <name>IpTableModel</name>
    <message>
        <source>carrier-grade NAT</source>
        <translation>Carrier-Grade-NAT</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>Link-Local</translation>
    </message>
    <message>
        <source>documentation range</source>
        <translation>Dokumentationsbereich</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>wird aufgelöst…</translation>
    </message>
    <message>
        <source>No database places this address; see IP details.</source>
        <translation>Keine Datenbank verortet diese Adresse; siehe IP-Details.</translation>
    </message>
    <message>
        <source>%1 (%2), built %3</source>
        <translation>%1 (%2), erstellt %3</translation>
    </message>
    <message>
        <source>From the first database that places the address</source>
        <translation>Aus der ersten Datenbank, die die Adresse verortet</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Address flags</source>
        <translation>Adressmerkmale</translation>
    </message>
    <message>
        <source>First seen (%1)</source>
        <translation>Zuerst gesehen (%1)</translation>
    </message>
    <message>
        <source>Last seen (%1)</source>
        <translation>Zuletzt gesehen (%1)</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message numerus="yes">
        <source>%1, … (%Ln in all)</source>
        <translation>
            <numerusform>%1, … (insgesamt %Ln)</numerusform>
            <numerusform>%1, … (insgesamt %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln handle(s) used this address; IP details lists them all.</source>
        <translation>
            <numerusform>%Ln Kennung hat diese Adresse genutzt; IP-Details führt alle auf.</numerusform>
            <numerusform>%Ln Kennungen haben diese Adresse genutzt; IP-Details führt alle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>Also written in the records as: %1</source>
        <translation>In den Datensätzen auch geschrieben als: %1</translation>
    </message>
    <message>
        <source>Click to list these %1 in the events table.</source>
        <translation>Klicken Sie, um diese %1 in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>Click to see that event and its source line.</source>
        <translation>Klicken Sie, um dieses Ereignis und seine Quellzeile zu sehen.</translation>
    </message>
    <message>
        <source>Not one address: these handles&apos; records hold the same words in place of one, which does not show that they shared an address.</source>
        <translation>Keine gemeinsame Adresse: Die Datensätze dieser Kennungen enthalten anstelle einer Adresse dieselben Worte, was nicht zeigt, dass sie eine Adresse geteilt haben.</translation>
    </message>
    <message>
        <source>Country, City and ASN are a database&apos;s estimates for each address as of its build date, not where a device was: %1. The accuracy radius and the caveats of each are in IP details.</source>
        <translation>Land, Stadt und ASN sind Schätzungen einer Datenbank für jede Adresse zu deren Erstellungsdatum, nicht der Ort eines Geräts: %1. Genauigkeitsradius und Vorbehalte zu jeder stehen in den IP-Details.</translation>
    </message>
</context>
<context>
    <name>IpsView</name>
    <message>
        <source>Only the selected handle&apos;s IPs</source>
        <translation>Nur IPs der gewählten Kennung</translation>
    </message>
    <message>
        <source>Search IPs, handles, places…</source>
        <translation>IPs, Kennungen, Orte suchen…</translation>
    </message>
    <message>
        <source>The database whose country, city and ASN the table shows</source>
        <translation>Die Datenbank, deren Land, Stadt und ASN die Tabelle zeigt</translation>
    </message>
    <message>
        <source>Places from:</source>
        <translation>Orte aus:</translation>
    </message>
    <message>
        <source>first that places it</source>
        <translation>erste, die sie verortet</translation>
    </message>
    <message>
        <source>Only %1&apos;s IPs</source>
        <translation>Nur IPs von %1</translation>
    </message>
    <message>
        <source>Double-click an address to list its events, each with its source line; a click on a count lists the events it counts</source>
        <translation>Doppelklicken Sie auf eine Adresse, um ihre Ereignisse aufzulisten, jedes mit seiner Quellzeile; ein Klick auf eine Zahl listet die Ereignisse auf, die sie zählt</translation>
    </message>
    <message>
        <source>Search IPs, handles, places</source>
        <translation>IPs, Kennungen, Orte suchen</translation>
    </message>
    <message>
        <source>Database the places are from</source>
        <translation>Datenbank, aus der die Orte stammen</translation>
    </message>
    <message>
        <source>Client IPs</source>
        <translation>Client-IPs</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse der Adresse &amp;auflisten</translation>
    </message>
    <message>
        <source>Show it on the &amp;map</source>
        <translation>Auf der Ka&amp;rte zeigen</translation>
    </message>
    <message>
        <source>Show its &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
</context>
<context>
    <name>JsonRecordFields</name>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is written twice in the record</source>
        <translation>der Schlüssel „%1“ steht zweimal im Datensatz</translation>
    </message>
    <message>
        <source>not JSON: %1 (line %2 of the record, character %3 of it)</source>
        <translation>kein JSON: %1 (Zeile %2 des Datensatzes, sein Zeichen %3)</translation>
    </message>
</context>
<context>
    <name>JsonRecordSplitter</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file ends inside the record: it may have been cut short</source>
        <translation>die Datei endet innerhalb des Datensatzes: sie wurde vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the line ends inside its record: a string or a bracket of it is not closed</source>
        <translation>die Zeile endet innerhalb ihres Datensatzes: eine Zeichenkette oder Klammer darin ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the record is over 1 MiB long; it was not read</source>
        <translation>der Datensatz ist länger als 1 MiB; er wurde nicht gelesen</translation>
    </message>
    <message>
        <source>written after the closing bracket of the file&apos;s array of records: no record</source>
        <translation>nach der schließenden Klammer des Arrays der Datensätze geschrieben: kein Datensatz</translation>
    </message>
    <message>
        <source>a value that is no record (neither an object nor an array): %1</source>
        <translation>ein Wert, der kein Datensatz ist (weder ein Objekt noch ein Array): %1</translation>
    </message>
    <message>
        <source>a string is not closed before its line ends (line %1)</source>
        <translation>eine Zeichenkette ist nicht geschlossen, bevor ihre Zeile endet (Zeile %1)</translation>
    </message>
</context>
<context>
    <name>JsonRecordsReader</name>
    <message>
        <source>the file has no array of records numbered %1</source>
        <translation>die Datei hat kein Array von Datensätzen mit der Nummer %1</translation>
    </message>
    <message>
        <source>the file ends inside its records (line %1): it may have been cut short</source>
        <translation>die Datei endet innerhalb ihrer Datensätze (Zeile %1): sie wurde vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>the file is JSON, an array of records</source>
        <translation>die Datei ist JSON, ein Array von Datensätzen</translation>
    </message>
    <message>
        <source>the file is JSON, records one after another (JSON Lines)</source>
        <translation>die Datei ist JSON, Datensätze nacheinander (JSON Lines)</translation>
    </message>
    <message>
        <source>the file is JSON, one object holding the records in its array &quot;%1&quot; (its other members read as the metadata block)</source>
        <translation>die Datei ist JSON, ein Objekt, das die Datensätze in seinem Array „%1“ enthält (seine übrigen Mitglieder als Metadatenblock gelesen)</translation>
    </message>
    <message>
        <source>: each array was read as a row, its values as cells in order, its line the line it begins on</source>
        <translation>: jedes Array wurde als Zeile gelesen, seine Werte der Reihe nach als Zellen, seine Zeile die, in der es beginnt</translation>
    </message>
    <message numerus="yes">
        <source>: each object was read as a row, its line the line it begins on, its keys the columns (%n column(s), a nested object&apos;s keys joined to its own by a dot)</source>
        <translation>
            <numerusform>: jedes Objekt wurde als Zeile gelesen, seine Zeile die, in der es beginnt, seine Schlüssel als Spalten (%n Spalte, die Schlüssel eines verschachtelten Objekts mit seinem eigenen durch einen Punkt verbunden)</numerusform>
            <numerusform>: jedes Objekt wurde als Zeile gelesen, seine Zeile die, in der es beginnt, seine Schlüssel als Spalten (%n Spalten, die Schlüssel eines verschachtelten Objekts mit seinem eigenen durch einen Punkt verbunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n array(s) of values were read as rows, their values as cells in order</source>
        <translation>
            <numerusform>; %n Array von Werten wurde als Zeile gelesen, seine Werte der Reihe nach als Zellen</numerusform>
            <numerusform>; %n Arrays von Werten wurden als Zeilen gelesen, ihre Werte der Reihe nach als Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>the record has the key &quot;%1&quot;, which the first reading of the file did not find</source>
        <translation>der Datensatz hat den Schlüssel „%1“, den das erste Lesen der Datei nicht gefunden hat</translation>
    </message>
    <message>
        <source>: each array was read as a row, its values as cells in order under the names the member &quot;%1&quot; (line %2) lists, its line the line it begins on</source>
        <translation>: jedes Array wurde als Zeile gelesen, seine Werte der Reihe nach als Zellen unter den Namen, die das Mitglied „%1“ (Zeile %2) aufführt, seine Zeile die, in der es beginnt</translation>
    </message>
    <message numerus="yes">
        <source>the answer counts at least %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s): the rest are not in the file</source>
        <translation>
            <numerusform>die Antwort zählt mindestens %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensatz: der Rest ist nicht in der Datei</numerusform>
            <numerusform>die Antwort zählt mindestens %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensätze: der Rest ist nicht in der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s): the rest are not in the file</source>
        <translation>
            <numerusform>die Antwort zählt %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensatz: der Rest ist nicht in der Datei</numerusform>
            <numerusform>die Antwort zählt %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensätze: der Rest ist nicht in der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer counts %1 records (&quot;%2&quot;, line %3), but its array &quot;%4&quot; holds %n record(s)</source>
        <translation>
            <numerusform>die Antwort zählt %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensatz</numerusform>
            <numerusform>die Antwort zählt %1 Datensätze („%2“, Zeile %3), ihr Array „%4“ enthält aber %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer marks more records to follow (&quot;%1&quot; at line %2: %3): the file may be one page of a longer answer</source>
        <translation>die Antwort kündigt weitere Datensätze an („%1“ in Zeile %2: %3): die Datei ist womöglich eine Seite einer längeren Antwort</translation>
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
        <source>&amp;Recent cases</source>
        <translation>&amp;Zuletzt geöffnete Fälle</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>Fall &amp;schließen</translation>
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
        <source>Cannot create the case</source>
        <translation>Der Fall kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
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
        <source>Handles</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Cross-reference</source>
        <translation>Gegenüberstellung</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Geolocation</source>
        <translation>&amp;Geolokalisierung</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>IP details</source>
        <translation>IP-Details</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>counting lookups, communications and connections… — times in %1</source>
        <translation>Abfragen, Kommunikationen und Verbindungen werden gezählt … — Zeiten in %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Shown by the filters: %1 · %2 · %3 — times in %4</source>
        <translation>Nach den Filtern gezeigt: %1 · %2 · %3 — Zeiten in %4</translation>
    </message>
    <message>
        <source>Changes not yet stored</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here (a label, the display zone, an export&apos;s record in the audit log) still wait for another program&apos;s import into this case to finish.</source>
        <translation>
            <numerusform>%n hier vorgenommene Änderung (eine Bezeichnung, die angezeigte Zeitzone, der Eintrag eines Exports im Protokoll des Falls) wartet noch darauf, dass ein anderes Programm seinen Import in diesen Fall beendet.</numerusform>
            <numerusform>%n hier vorgenommene Änderungen (eine Bezeichnung, die angezeigte Zeitzone, der Eintrag eines Exports im Protokoll des Falls) warten noch darauf, dass ein anderes Programm seinen Import in diesen Fall beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message numerus="yes">
        <source>Keep the case open until the change(s) are stored, or close it now and lose them?</source>
        <translation>
            <numerusform>Den Fall geöffnet lassen, bis die Änderung gespeichert ist, oder ihn jetzt schließen und sie verlieren?</numerusform>
            <numerusform>Den Fall geöffnet lassen, bis die Änderungen gespeichert sind, oder ihn jetzt schließen und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Region for phone numbers written without a country code (a file of another country&apos;s is declared so when it is imported):</source>
        <translation>Region für Telefonnummern ohne Landesvorwahl (eine Datei mit Nummern eines anderen Landes wird beim Import so angegeben):</translation>
    </message>
    <message>
        <source>The case cannot be changed here</source>
        <translation>Der Fall kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 is on storage that cannot be written here (read-only media, a write blocker, a read-only share, or no permission).</source>
        <translation>%1 liegt auf einem Speicher, der hier nicht beschrieben werden kann (schreibgeschütztes Medium, Schreibblocker, schreibgeschützte Freigabe oder fehlende Berechtigung).</translation>
    </message>
    <message>
        <source>The window keeps labels, graph layouts and a record of each export in the case. Save a working copy to open it: the copy&apos;s audit log names this case and its SHA-256, and this file is only read.</source>
        <translation>Das Fenster speichert Bezeichnungen, Graph-Anordnungen und einen Eintrag zu jedem Export im Fall. Speichern Sie eine Arbeitskopie, um ihn zu öffnen: das Protokoll der Kopie nennt diesen Fall und seinen SHA-256, und diese Datei wird nur gelesen.</translation>
    </message>
    <message>
        <source>Save a working copy…</source>
        <translation>Arbeitskopie speichern …</translation>
    </message>
    <message>
        <source>Save a working copy</source>
        <translation>Arbeitskopie speichern</translation>
    </message>
    <message>
        <source>%1 (working copy).llcase</source>
        <translation>%1 (Arbeitskopie).llcase</translation>
    </message>
    <message>
        <source>Cannot save the working copy</source>
        <translation>Die Arbeitskopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Views of the events</source>
        <translation>Ansichten der Ereignisse</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Angezeigte Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Restore the first layout</source>
        <translation>&amp;Erste Anordnung wiederherstellen</translation>
    </message>
    <message>
        <source>Shown by the filters: %1 · %2 · %3 — %4 — times in %5</source>
        <translation>Nach den Filtern gezeigt: %1 · %2 · %3 — %4 — Zeiten in %5</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Fit to data</source>
        <translation>Auf Daten zoomen</translation>
    </message>
    <message>
        <source>Export PNG/PDF…</source>
        <translation>PNG/PDF exportieren…</translation>
    </message>
    <message>
        <source>Circles from:</source>
        <translation>Kreise aus:</translation>
    </message>
    <message>
        <source>Not drawn (no place to draw):</source>
        <translation>Nicht gezeichnet (kein Ort):</translation>
    </message>
    <message>
        <source>Zoom so every drawn circle is in view</source>
        <translation>So zoomen, dass jeder gezeichnete Kreis sichtbar ist</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>any database</source>
        <translation>jede Datenbank</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Double-click an address to list its events.</source>
        <translation>Doppelklicken Sie auf eine Adresse, um ihre Ereignisse aufzulisten.</translation>
    </message>
    <message>
        <source>Database the circles are from</source>
        <translation>Datenbank, aus der die Kreise stammen</translation>
    </message>
    <message>
        <source>Client IPs not drawn</source>
        <translation>Nicht gezeichnete Client-IPs</translation>
    </message>
    <message>
        <source>Map of the client IPs</source>
        <translation>Karte der Client-IPs</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse der Adresse &amp;auflisten</translation>
    </message>
    <message>
        <source>Show its &amp;details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>not looked up in %1</source>
        <translation>nicht nachgeschlagen in %1</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Database: %1 (%2), built %3</source>
        <translation>Datenbank: %1 (%2), erstellt %3</translation>
    </message>
    <message>
        <source>No geolocation database has answered yet.</source>
        <translation>Noch hat keine Geolokalisierungsdatenbank geantwortet.</translation>
    </message>
    <message>
        <source>Each circle is the database&apos;s accuracy radius: an estimate of where the address was, not a device&apos;s position.</source>
        <translation>Jeder Kreis ist der Genauigkeitsradius der Datenbank: eine Schätzung, wo die Adresse war, nicht die Position eines Geräts.</translation>
    </message>
    <message>
        <source>Circles smaller than %1 px are drawn at %1 px. Country-only answers are listed beside the map, not drawn.</source>
        <translation>Kreise kleiner als %1 px werden mit %1 px gezeichnet. Antworten, die nur das Land nennen, stehen neben der Karte und werden nicht gezeichnet.</translation>
    </message>
    <message>
        <source>Basemap made with Natural Earth.</source>
        <translation>Grundkarte erstellt mit Natural Earth.</translation>
    </message>
    <message>
        <source>Lookups (dashed, hollow)</source>
        <translation>Abfragen (gestrichelt, hohl)</translation>
    </message>
    <message>
        <source>Communications (solid, filled)</source>
        <translation>Kommunikationen (durchgezogen, gefüllt)</translation>
    </message>
    <message>
        <source>Connections (dotted)</source>
        <translation>Verbindungen (gepunktet)</translation>
    </message>
    <message>
        <source>LookupLens — client IP map</source>
        <translation>LookupLens — Karte der Client-IPs</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write the image (use .png or .pdf)</source>
        <translation>%1: das Bild kann nicht geschrieben werden (verwenden Sie .png oder .pdf)</translation>
    </message>
    <message>
        <source>%1 (%2), built %3: within %4 km of %5</source>
        <translation>%1 (%2), erstellt %3: im Umkreis von %4 km um %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Double-click to list its events.</source>
        <translation>Doppelklicken Sie, um ihre Ereignisse aufzulisten.</translation>
    </message>
    <message>
        <source>Press Enter to list its events.</source>
        <translation>Drücken Sie die Eingabetaste, um ihre Ereignisse aufzulisten.</translation>
    </message>
</context>
<context>
    <name>NamedFew</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoOnePartyRecords</name>
    <message>
        <source>records naming a withheld number as a party (%1: %2; the first on line %3) are each kept with those words as their party, which no one person stands behind, and the contact graph draws none of them</source>
        <translation>Datensätze, die eine unterdrückte Rufnummer als Partei nennen (%1: %2; der erste in Zeile %3), werden jeweils mit diesen Worten als ihrer Partei behalten, hinter denen keine einzelne Person steht, und der Kontaktgraph zeichnet keinen von ihnen</translation>
    </message>
    <message>
        <source>records naming a masked number or address as a party (%1: %2; the first on line %3) are each kept with it as written as their party, which several people&apos;s may look like, and the contact graph draws none of them</source>
        <translation>Datensätze, die eine maskierte Rufnummer oder Adresse als Partei nennen (%1: %2; der erste in Zeile %3), werden jeweils mit ihr, wie geschrieben, als Partei behalten – mehrere Personen können so geschrieben sein –, und der Kontaktgraph zeichnet keinen von ihnen</translation>
    </message>
</context>
<context>
    <name>NumbersWithAMark</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) are a number with a mark after it in brackets, which the carrier&apos;s key of its records explains, and were each kept as written, one handle of its own: their records are in none of the number&apos;s timelines, and the contact graph draws each as a party apart: %1</source>
        <translation>
            <numerusform>%n Kennung ist eine Nummer mit einer Markierung in Klammern dahinter, die der Schlüssel des Netzbetreibers zu seinen Datensätzen erklärt, und wurde wie geschrieben behalten, als eigene Kennung: Ihre Datensätze stehen in keiner Zeitleiste der Nummer, und der Kontaktgraph zeichnet sie als eigene Partei: %1</numerusform>
            <numerusform>%n Kennungen sind eine Nummer mit einer Markierung in Klammern dahinter, die der Schlüssel des Netzbetreibers zu seinen Datensätzen erklärt, und wurden jede wie geschrieben behalten, als eigene Kennung: Ihre Datensätze stehen in keiner Zeitleiste der Nummer, und der Kontaktgraph zeichnet jede als eigene Partei: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>not an OpenDocument spreadsheet (content.xml is missing)</source>
        <translation>keine OpenDocument-Tabelle (content.xml fehlt)</translation>
    </message>
    <message>
        <source>the spreadsheet&apos;s content.xml cannot be read</source>
        <translation>die content.xml der Tabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the spreadsheet&apos;s content.xml cannot be read: %1</source>
        <translation>die content.xml der Tabelle kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet</source>
        <translation>die Tabelle hat kein Blatt</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheet %1</source>
        <translation>die Tabelle hat kein Blatt %1</translation>
    </message>
    <message>
        <source>not a readable OpenDocument spreadsheet (its ZIP container cannot be opened)</source>
        <translation>keine lesbare OpenDocument-Tabelle (ihr ZIP-Container lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <source>not a readable OpenDocument spreadsheet: its ZIP container cannot be opened, as %1</source>
        <translation>keine lesbare OpenDocument-Tabelle: ihr ZIP-Container lässt sich nicht öffnen, denn %1</translation>
    </message>
</context>
<context>
    <name>OptionWords</name>
    <message>
        <source>(“%1” in the import dialog)</source>
        <translation>(„%1“ im Importdialog)</translation>
    </message>
    <message>
        <source>Zone of unmarked times</source>
        <translation>Zone von Zeiten ohne Angabe</translation>
    </message>
    <message>
        <source>Dates like 03/04/2016</source>
        <translation>Daten wie 03/04/2016</translation>
    </message>
    <message>
        <source>Subscriber of the records</source>
        <translation>Teilnehmer der Datensätze</translation>
    </message>
    <message>
        <source>Format: Column mapping (profile)…</source>
        <translation>Format: Spaltenzuordnung (Profil) …</translation>
    </message>
    <message>
        <source>Times written as</source>
        <translation>Zeiten geschrieben als</translation>
    </message>
    <message>
        <source>Numbers without a country code</source>
        <translation>Nummern ohne Landesvorwahl</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>OtherFileKind</name>
    <message>
        <source>a LookupLens case, not a return: open it as a case (File → Open case), or import the returns it was made from</source>
        <translation>ein LookupLens-Fall, keine Auskunft: öffnen Sie ihn als Fall (Datei → Fall öffnen) oder importieren Sie die Auskünfte, aus denen er entstand</translation>
    </message>
    <message>
        <source>a %1 image, not a table: a photographed or scanned return must be made into a table (typed, or its text recognised) before it can be imported</source>
        <translation>ein %1-Bild, keine Tabelle: eine fotografierte oder gescannte Auskunft muss erst zu einer Tabelle werden (abgetippt oder per Texterkennung), bevor sie importiert werden kann</translation>
    </message>
    <message>
        <source>an %1 database, not a table: export the table that holds the records (as CSV) and import that</source>
        <translation>eine %1-Datenbank, keine Tabelle: exportieren Sie die Tabelle mit den Datensätzen (als CSV) und importieren Sie diese</translation>
    </message>
    <message>
        <source>a %1 archive, but not named as one (&quot;.7z&quot;, &quot;.rar&quot;, &quot;.tar&quot;, &quot;.tar.gz&quot;): name a copy so and import that, or extract it and import the files it holds</source>
        <translation>ein %1-Archiv, dessen Name es nicht als solches ausweist („.7z“, „.rar“, „.tar“, „.tar.gz“): benennen Sie eine Kopie so und importieren Sie diese, oder entpacken Sie es und importieren Sie die Dateien darin</translation>
    </message>
    <message>
        <source>a file compressed with %1, but not named &quot;%2&quot;: add &quot;%2&quot; to its name (a copy&apos;s) and import that, or decompress it and import the file it holds</source>
        <translation>eine mit %1 komprimierte Datei, aber nicht „%2“ benannt: hängen Sie „%2“ an ihren Namen (den einer Kopie) an und importieren Sie diese, oder entpacken Sie sie und importieren Sie die enthaltene Datei</translation>
    </message>
</context>
<context>
    <name>OutsideStatedPeriod</name>
    <message>
        <source>%1 dated before it and %2 after it</source>
        <translation>%1 mit einem Datum davor und %2 danach</translation>
    </message>
    <message>
        <source>%1 dated before it</source>
        <translation>%1 mit einem Datum davor</translation>
    </message>
    <message>
        <source>%1 dated after it</source>
        <translation>%1 mit einem Datum danach</translation>
    </message>
    <message>
        <source>Some records of the return under the header row at line %1 are dated outside the period its block states, %2 in %3: %4, the first on line %5 — kept as read, though the return and its records disagree</source>
        <translation>Einige Datensätze der Auskunft unter der Kopfzeile in Zeile %1 sind außerhalb des Zeitraums datiert, den ihr Block nennt, %2 in %3: %4, der erste in Zeile %5 – wie gelesen behalten, obwohl die Auskunft und ihre Datensätze einander widersprechen</translation>
    </message>
    <message>
        <source>Some of its records are dated outside the period it states, %1 in %2: %3, the first on line %4 — kept as read, though the return and its records disagree</source>
        <translation>Einige ihrer Datensätze sind außerhalb des Zeitraums datiert, den sie nennt, %1 in %2: %3, der erste in Zeile %4 – wie gelesen behalten, obwohl die Auskunft und ihre Datensätze einander widersprechen</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Export PNG/PDF…</source>
        <translation>PNG/PDF exportieren …</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Lookups (outlined, dashed)</source>
        <translation>Abfragen (umrandet, gestrichelt)</translation>
    </message>
    <message>
        <source>Communications (filled)</source>
        <translation>Kommunikationen (gefüllt)</translation>
    </message>
    <message>
        <source>Connections (dotted)</source>
        <translation>Verbindungen (gepunktet)</translation>
    </message>
    <message>
        <source>Select a handle to see its patterns</source>
        <translation>Wählen Sie eine Kennung, um ihre Muster zu sehen</translation>
    </message>
    <message>
        <source>Patterns of %1 — times in %2</source>
        <translation>Muster von %1 — Zeiten in %2</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <translation>Tag (%1)</translation>
    </message>
    <message>
        <source>Export patterns</source>
        <translation>Muster exportieren</translation>
    </message>
    <message>
        <source>LookupLens — patterns of %1</source>
        <translation>LookupLens — Muster von %1</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 (%4)</source>
        <translation>%1 von %2 am %3 (%4)</translation>
    </message>
    <message>
        <source>Click to list them in the events table.</source>
        <translation>Klicken Sie, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>darkest = %1</source>
        <translation>am dunkelsten = %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1s between %2:00 and %3:00</source>
        <translation>an Tagen „%1“ zwischen %2:00 und %3:00</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n darkest cell(s) of %1&apos;s heatmap, %2 each: %3 (%4)</source>
        <translation>
            <numerusform>die dunkelste Zelle der Heatmap von %1, %2: %3 (%4)</numerusform>
            <numerusform>die %n dunkelsten Zellen der Heatmap von %1, je %2: %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on %3 (%4)</source>
        <comment>a heatmap cell: on Mondays between 03:00 and 04:00</comment>
        <translation>%1 von %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1
by weekday and hour
(%2)
%3</source>
        <translation>%1
nach Wochentag und Stunde
(%2)
%3</translation>
    </message>
    <message>
        <source>Press Enter to list them in the events table.</source>
        <translation>Drücken Sie die Eingabetaste, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>Hour-of-day and weekday patterns</source>
        <translation>Muster nach Tageszeit und Wochentag</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse &amp;auflisten</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>the PDF</source>
        <translation>das PDF</translation>
    </message>
    <message>
        <source>not a readable PDF: it is damaged, and reading it stopped the reader</source>
        <translation>kein lesbares PDF: es ist beschädigt, und sein Lesen hat das Leseprogramm beendet</translation>
    </message>
    <message>
        <source>not a readable PDF: it is damaged or holds no page</source>
        <translation>kein lesbares PDF: es ist beschädigt oder enthält keine Seite</translation>
    </message>
    <message>
        <source>not a readable PDF: it does not end as a PDF ends (&quot;%%EOF&quot;), so it was likely cut short (a download or a copy that stopped)</source>
        <translation>kein lesbares PDF: es endet nicht, wie ein PDF endet („%%EOF“), wurde also wohl abgeschnitten (ein abgebrochener Download oder eine abgebrochene Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF holds no text, only pictures of its %n page(s) (a scan?): LookupLens reads the text a PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the pages read by text recognition and import what it gives</source>
        <translation>
            <numerusform>das PDF enthält keinen Text, nur das Bild seiner %n Seite (ein Scan?): LookupLens liest den Text, den ein PDF enthält. Bitten Sie den Provider um die Datensätze als Tabelle (CSV, Excel), oder lassen Sie die Seite per Texterkennung lesen und importieren Sie das Ergebnis</numerusform>
            <numerusform>das PDF enthält keinen Text, nur Bilder seiner %n Seiten (ein Scan?): LookupLens liest den Text, den ein PDF enthält. Bitten Sie den Provider um die Datensätze als Tabelle (CSV, Excel), oder lassen Sie die Seiten per Texterkennung lesen und importieren Sie das Ergebnis</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF&apos;s text cannot be kept for reading: %1</source>
        <translation>der Text des PDF kann zum Lesen nicht zwischengespeichert werden: %1</translation>
    </message>
    <message>
        <source>a PDF protected by a password: give the password it was sent with</source>
        <translation>ein durch ein Passwort geschütztes PDF: geben Sie das Passwort an, mit dem es geschickt wurde</translation>
    </message>
    <message>
        <source>protected by a password to open it; opened with the password given at import, which is not kept</source>
        <translation>durch ein Passwort zum Öffnen geschützt; mit dem beim Import angegebenen Passwort geöffnet, das nicht gespeichert wird</translation>
    </message>
    <message>
        <source>the password given does not open the PDF</source>
        <translation>das angegebene Passwort öffnet das PDF nicht</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n passwords given opens the PDF</source>
        <translation>
            <numerusform>das %n angegebene Passwort öffnet das PDF nicht</numerusform>
            <numerusform>keines der %n angegebenen Passwörter öffnet das PDF</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>the PDF&apos;s text holds no table: no line of headings over records that keep to their columns, nor records printed a field to a line (a letter or a certificate?)</source>
        <translation>der Text des PDF enthält keine Tabelle: keine Zeile mit Überschriften über Datensätzen, die in ihren Spalten bleiben, und keine Datensätze mit einem Feld je Zeile (ein Brief oder eine Bescheinigung?)</translation>
    </message>
    <message numerus="yes">
        <source>the PDF&apos;s %n page(s) were read as the text they hold, laid out as it stands on each page; a line number is the line in that text, which holds the pages one after another</source>
        <translation>
            <numerusform>die %n Seite des PDF wurde als der Text gelesen, den sie enthält, so angeordnet, wie er auf der Seite steht; eine Zeilennummer ist die Zeile in diesem Text</numerusform>
            <numerusform>die %n Seiten des PDF wurden als der Text gelesen, den sie enthalten, so angeordnet, wie er auf jeder Seite steht; eine Zeilennummer ist die Zeile in diesem Text, der die Seiten nacheinander enthält</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF does not end as a PDF ends (with &quot;%%EOF&quot;): it may have been cut short, and pages or records after the cut may be missing</source>
        <translation>das PDF endet nicht, wie ein PDF endet (mit „%%EOF“): es kann abgeschnitten sein, und Seiten oder Datensätze nach dem Schnitt können fehlen</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>%1: cannot write the image (use .png or .pdf)</source>
        <translation>%1: das Bild kann nicht geschrieben werden (verwenden Sie .png oder .pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintedTableReader</name>
    <message numerus="yes">
        <source>%n blank line(s)</source>
        <translation>
            <numerusform>%n Leerzeile</numerusform>
            <numerusform>%n Leerzeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Copy provenance</source>
        <translation>Herkunft kopieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Select an event to see the source line behind it.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Wählen Sie ein Ereignis, um die Quellzeile dahinter zu sehen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <source>Zone used to read it</source>
        <translation>Zum Lesen verwendete Zone</translation>
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
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Record verbatim</source>
        <translation>Datensatz im Wortlaut</translation>
    </message>
    <message>
        <source>Other columns of the row</source>
        <translation>Weitere Spalten der Zeile</translation>
    </message>
    <message>
        <source>Also appears in</source>
        <translation>Kommt auch vor in</translation>
    </message>
    <message>
        <source>no other source</source>
        <translation>keiner anderen Quelle</translation>
    </message>
    <message>
        <source>further leg of the call</source>
        <translation>weiterer Abschnitt des Anrufs</translation>
    </message>
    <message>
        <source>the same record</source>
        <translation>derselbe Datensatz</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>Columns named by</source>
        <translation>Spalten benannt durch</translation>
    </message>
    <message>
        <source>the header row at line %1 of the worksheet &quot;%2&quot; (this worksheet has none; read as going on from the records before it)</source>
        <translation>die Kopfzeile in Zeile %1 des Arbeitsblatts „%2“ (dieses Arbeitsblatt hat keine; gelesen als Fortsetzung der Datensätze davor)</translation>
    </message>
    <message>
        <source>their numbers, as the analyst&apos;s mapping gives them (the file has no header row): %1</source>
        <translation>ihre Nummern, wie die Zuordnung der Analystin oder des Analysten sie angibt (die Datei hat keine Kopfzeile): %1</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Zeichen­kodierung</translation>
    </message>
    <message>
        <source>%1 — the file ends inside it, with no line end after it: it may have been cut short</source>
        <translation>%1 — die Datei endet in ihr, ohne Zeilenende danach: sie kann abgeschnitten sein</translation>
    </message>
    <message>
        <source>SHA-256 of that file</source>
        <translation>SHA-256 dieser Datei</translation>
    </message>
    <message>
        <source>SHA-256 of the part read</source>
        <translation>SHA-256 des gelesenen Teils</translation>
    </message>
    <message>
        <source>Read from the ZIP inside it</source>
        <translation>Gelesen aus dem ZIP darin</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 of the text the PDF holds: page %2, line %3 on it</source>
        <translation>%1 des Texts, den das PDF enthält: Seite %2, Zeile %3 darauf</translation>
    </message>
    <message>
        <source>In UTC</source>
        <translation>In UTC</translation>
    </message>
    <message>
        <source>the earlier of two moments: this local time happened twice, in the hour repeated as daylight saving ended; the later moment would be %1</source>
        <translation>der frühere von zwei Zeitpunkten: Diese Ortszeit gab es zweimal, in der Stunde, die sich am Ende der Sommerzeit wiederholt; der spätere Zeitpunkt wäre %1</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>%1 — this record&apos;s text is not UTF-8, as the rest of the file is</source>
        <translation>%1 — der Text dieses Datensatzes ist nicht UTF-8 wie der Rest der Datei</translation>
    </message>
    <message>
        <source>%1 — this record holds code units that are no text (a surrogate without its other half), shown as �</source>
        <translation>%1 — dieser Datensatz enthält Codeeinheiten, die kein Text sind (ein Surrogat ohne seine andere Hälfte), angezeigt als �</translation>
    </message>
    <message>
        <source>Character references</source>
        <translation>Zeichen­referenzen</translation>
    </message>
    <message>
        <source>this record holds a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), shown as �; the record verbatim below gives it as the page does</source>
        <translation>dieser Datensatz enthält eine Zeichenreferenz, die kein Zeichen benennt (wie „&amp;#xD83D;“, die Hälfte eines Paars), angezeigt als �; der wörtliche Datensatz unten gibt sie wieder, wie die Seite sie schreibt</translation>
    </message>
    <message>
        <source>this record holds a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), shown as �</source>
        <translation>dieser Datensatz enthält eine Zeichenreferenz, die kein Zeichen benennt (wie „&amp;#xD83D;“, die Hälfte eines Paars), angezeigt als �</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Tabellen­zeile</translation>
    </message>
    <message>
        <source>%1 — of the page&apos;s table rows (&lt;tr&gt;), counted through all its tables as Excel numbers the rows of a page it opens; not a line of the file&apos;s text</source>
        <translation>%1 — unter den Tabellenzeilen der Seite (&lt;tr&gt;), über alle ihre Tabellen gezählt, wie Excel die Zeilen einer geöffneten Seite nummeriert; keine Zeile des Dateitexts</translation>
    </message>
    <message>
        <source>%1 — hidden in its workbook: no tab shows it</source>
        <translation>%1 — in seiner Arbeitsmappe ausgeblendet: kein Tabellenreiter zeigt es</translation>
    </message>
    <message>
        <source>%1 — hidden in the worksheet, or filtered out: Excel does not show it, though it is in the file</source>
        <translation>%1 — im Arbeitsblatt ausgeblendet oder herausgefiltert: Excel zeigt sie nicht, obwohl sie in der Datei steht</translation>
    </message>
    <message>
        <source>%1 — the cell&apos;s value as stored: a date serial number (days since 1904-01-01, this workbook&apos;s date system), which the spreadsheet shows as a date</source>
        <translation>%1 — der Wert der Zelle, wie er gespeichert ist: eine fortlaufende Datumszahl (Tage seit dem 1904-01-01, dem Datumssystem dieser Arbeitsmappe), die das Tabellenprogramm als Datum anzeigt</translation>
    </message>
    <message>
        <source>%1 — the cell&apos;s value as stored: a date serial number (days since 1899-12-30), which the spreadsheet shows as a date</source>
        <translation>%1 — der Wert der Zelle, wie er gespeichert ist: eine fortlaufende Datumszahl (Tage seit dem 1899-12-30), die das Tabellenprogramm als Datum anzeigt</translation>
    </message>
    <message>
        <source>Decrypted</source>
        <translation>Ent­schlüsselt</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>a cell of this row holds a formula; its value here is the result the file saved</source>
        <translation>eine Zelle dieser Zeile enthält eine Formel; ihr Wert hier ist das Ergebnis, das die Datei gespeichert hat</translation>
    </message>
    <message>
        <source>a cell of this row holds a formula the file saved no result for (or an empty one); that cell was read as empty</source>
        <translation>eine Zelle dieser Zeile enthält eine Formel, für die die Datei kein Ergebnis gespeichert hat (oder ein leeres); diese Zelle wurde als leer gelesen</translation>
    </message>
    <message>
        <source>Hidden columns</source>
        <translation>Aus­ge­blendete Spalten</translation>
    </message>
    <message>
        <source>%1 — hidden in the worksheet: Excel does not show them, though they are in the file</source>
        <translation>%1 — im Arbeitsblatt ausgeblendet: Excel zeigt sie nicht an, obwohl sie in der Datei stehen</translation>
    </message>
    <message>
        <source>%1 — of the page&apos;s table rows (&lt;tr&gt;), counted through all its tables as Excel numbers the rows of a page it opens; its &lt;tr&gt; stands on line %2 of the file&apos;s text</source>
        <translation>%1 — unter den Tabellenzeilen der Seite (&lt;tr&gt;), über alle ihre Tabellen gezählt, wie Excel die Zeilen einer geöffneten Seite nummeriert; ihr &lt;tr&gt; steht in Zeile %2 des Dateitexts</translation>
    </message>
    <message>
        <source>%1 — written &quot;%2&quot;</source>
        <translation>%1 — geschrieben „%2“</translation>
    </message>
    <message>
        <source>Shown blank</source>
        <translation>Leer angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row whose number format shows nothing (as &quot;;;;&quot; does): Excel shows them blank, though their values are in the file and were read</source>
        <translation>
            <numerusform>%1 — %n Zelle dieser Tabellenzeile, deren Zahlenformat nichts anzeigt (wie „;;;“): Excel zeigt sie leer, obwohl ihr Wert in der Datei steht und gelesen wurde</numerusform>
            <numerusform>%1 — %n Zellen dieser Tabellenzeile, deren Zahlenformat nichts anzeigt (wie „;;;“): Excel zeigt sie leer, obwohl ihre Werte in der Datei stehen und gelesen wurden</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscriber (line %1, above the header)</source>
        <translation>Teilnehmer (Zeile %1, über der Kopfzeile)</translation>
    </message>
    <message>
        <source>Subscriber (declared by the analyst)</source>
        <translation>Teilnehmer (vom Analysten angegeben)</translation>
    </message>
    <message>
        <source>Call accepted</source>
        <translation>Anruf angenommen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 — the cell&apos;s value as stored: a count of hours since 1904-01-01 (this workbook&apos;s date system), which the spreadsheet shows as a time</source>
        <translation>%1 — der Wert der Zelle, wie er gespeichert ist: eine Zahl von Stunden seit dem 1904-01-01 (dem Datumssystem dieser Arbeitsmappe), die das Tabellenprogramm als Uhrzeit anzeigt</translation>
    </message>
    <message>
        <source>%1 — the cell&apos;s value as stored: a count of hours since 1899-12-30, which the spreadsheet shows as a time</source>
        <translation>%1 — der Wert der Zelle, wie er gespeichert ist: eine Zahl von Stunden seit dem 1899-12-30, die das Tabellenprogramm als Uhrzeit anzeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row holding a formula the file saved no result for (or an empty one), read as empty</source>
        <translation>
            <numerusform>%1 — %n Zelle dieser Tabellenzeile mit einer Formel, für die die Datei kein Ergebnis (oder ein leeres) gespeichert hat, als leer gelesen</numerusform>
            <numerusform>%1 — %n Zellen dieser Tabellenzeile mit einer Formel, für die die Datei kein Ergebnis (oder ein leeres) gespeichert hat, als leer gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n cell(s) of this row holding a formula; the value read is the result the file saved</source>
        <translation>
            <numerusform>%1 — %n Zelle dieser Tabellenzeile mit einer Formel; gelesen wurde das Ergebnis, das die Datei gespeichert hat</numerusform>
            <numerusform>%1 — %n Zellen dieser Tabellenzeile mit einer Formel; gelesen wurden die Ergebnisse, die die Datei gespeichert hat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — other records stand on this line too (the file is written with few line breaks): this record is the part of it given verbatim below</source>
        <translation>%1 — auf dieser Zeile stehen auch andere Datensätze (die Datei hat kaum Zeilenumbrüche): dieser Datensatz ist der unten wörtlich wiedergegebene Teil davon</translation>
    </message>
    <message>
        <source>none in this record; another record on its line holds a character reference that names no character, shown there as �</source>
        <translation>keine in diesem Datensatz; ein anderer Datensatz auf seiner Zeile enthält eine Zeichenreferenz, die kein Zeichen benennt, dort angezeigt als �</translation>
    </message>
    <message>
        <source>%1 in part — the line this record stands on, with other records, is not all UTF-8 as the rest of the file is: its parts that are not were read as %1</source>
        <translation>%1 zum Teil — die Zeile, auf der dieser Datensatz mit anderen steht, ist nicht ganz UTF-8 wie der Rest der Datei: ihre Teile, die es nicht sind, wurden als %1 gelesen</translation>
    </message>
    <message>
        <source>%1: a withheld number, no one party</source>
        <translation>%1: eine unterdrückte Rufnummer, keine einzelne Partei</translation>
    </message>
    <message>
        <source>%1: masked, no one party</source>
        <translation>%1: maskiert, keine einzelne Partei</translation>
    </message>
    <message>
        <source>the later of two moments: this local time happened twice, in the hour repeated as daylight saving ended; the earlier moment would be %1. The file&apos;s records run in time order, and its two passes through that hour meet at line %2, which puts this record in the second</source>
        <translation>der spätere von zwei Zeitpunkten: Diese Ortszeit gab es zweimal, in der Stunde, die sich am Ende der Sommerzeit wiederholt; der frühere Zeitpunkt wäre %1. Die Datensätze der Datei sind zeitlich geordnet, und ihre beiden Durchgänge durch diese Stunde treffen in Zeile %2 aufeinander, womit dieser Datensatz im zweiten liegt</translation>
    </message>
    <message>
        <source>the earlier of two moments: this local time happened twice, in the hour repeated as daylight saving ended; the later moment would be %1. The file&apos;s records run in time order, and its two passes through that hour meet at line %2, which puts this record in the first</source>
        <translation>der frühere von zwei Zeitpunkten: Diese Ortszeit gab es zweimal, in der Stunde, die sich am Ende der Sommerzeit wiederholt; der spätere Zeitpunkt wäre %1. Die Datensätze der Datei sind zeitlich geordnet, und ihre beiden Durchgänge durch diese Stunde treffen in Zeile %2 aufeinander, womit dieser Datensatz im ersten liegt</translation>
    </message>
    <message>
        <source>Day and month</source>
        <translation>Tag und Monat</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Provenance of the selected event</source>
        <translation>Herkunft des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>Your mark</source>
        <translation>Ihre Markierung</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>by %1 at %2, as event #%3; yours, not the provider&apos;s</source>
        <translation>von %1 am %2, als Ereignis #%3; Ihre, nicht die des Anbieters</translation>
    </message>
    <message>
        <source>Array of records</source>
        <translation>Array von Datensätzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, of the object the file holds</source>
        <translation>„%1“, des Objekts, das die Datei enthält</translation>
    </message>
    <message>
        <source>%1, by the rules of the tz database %2</source>
        <translation>%1, nach den Regeln der tz-Datenbank %2</translation>
    </message>
    <message>
        <source>%1, the offset written checked against the rules of the tz database %2</source>
        <translation>%1, der geschriebene Versatz an den Regeln der tz-Datenbank %2 geprüft</translation>
    </message>
</context>
<context>
    <name>QueryToolText</name>
    <message numerus="yes">
        <source>%n count(s) of a query that printed nothing (lines %1)</source>
        <translation>
            <numerusform>%n Zählung einer Abfrage, die nichts ausgab (Zeile %1)</numerusform>
            <numerusform>%n Zählungen von Abfragen, die nichts ausgaben (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the tool echoing its commands (lines %1)</source>
        <translation>
            <numerusform>%n Zeile, in der das Werkzeug einen Befehl wiedergibt (Zeile %1)</numerusform>
            <numerusform>%n Zeilen, in denen das Werkzeug seine Befehle wiedergibt (Zeilen %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadWatch</name>
    <message>
        <source>the file was not read: the import was cancelled</source>
        <translation>die Datei wurde nicht gelesen: der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>RecordBlocksReader</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the record has no fields</source>
        <translation>der Datensatz hat keine Felder</translation>
    </message>
    <message>
        <source>the record has the field &quot;%1&quot;, which the first record has not</source>
        <translation>der Datensatz hat das Feld „%1“, das der erste Datensatz nicht hat</translation>
    </message>
    <message>
        <source>the count the query tool printed after the records (line %1)</source>
        <translation>die Zählung, die das Abfragewerkzeug unter die Datensätze schrieb (Zeile %1)</translation>
    </message>
    <message>
        <source>the file prints each record as a block of lines, a field on each (as MySQL&apos;s \G and psql&apos;s expanded display print them): each block was read as one row, its line the line of its marker</source>
        <translation>die Datei gibt jeden Datensatz als Block von Zeilen aus, je Zeile ein Feld (wie MySQLs \G und die erweiterte Anzeige von psql sie ausgeben): jeder Block wurde als eine Zeile gelesen, ihre Zeile die seiner Markierung</translation>
    </message>
    <message>
        <source>; its layout is no record and was not counted as rows: %1</source>
        <translation>; ihr Layout ist kein Datensatz und wurde nicht als Zeilen gezählt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the records as &quot;%1&quot; (line %2), but %n record(s) were read: records may be missing</source>
        <translation>
            <numerusform>das Abfragewerkzeug zählte die Datensätze als „%1“ (Zeile %2), gelesen wurde aber %n Datensatz: Datensätze können fehlen</numerusform>
            <numerusform>das Abfragewerkzeug zählte die Datensätze als „%1“ (Zeile %2), gelesen wurden aber %n Datensätze: Datensätze können fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>the query tool&apos;s record numbers jump from %1 (line %2): records may be missing</source>
        <translation>die Datensatznummern des Abfragewerkzeugs springen von %1 (Zeile %2): Datensätze können fehlen</translation>
    </message>
    <message>
        <source>line %1 is no field of the record (&quot;label: value&quot;): &quot;%2&quot;</source>
        <translation>Zeile %1 ist kein Feld des Datensatzes („Bezeichnung: Wert“): „%2“</translation>
    </message>
    <message>
        <source>the counts the query tool printed after each result (lines %1)</source>
        <translation>die Zählungen, die das Abfragewerkzeug unter jedes Ergebnis schrieb (Zeilen %1)</translation>
    </message>
    <message numerus="yes">
        <source>the file prints %n result(s), each numbering its records from 1 (lines %1)</source>
        <translation>
            <numerusform>die Datei enthält %n Ergebnis, dessen Datensätze ab 1 nummeriert sind (Zeile %1)</numerusform>
            <numerusform>die Datei enthält %n Ergebnisse, jedes mit ab 1 nummerierten Datensätzen (Zeilen %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the query tool counted the records of the result from line %1 as &quot;%2&quot; (line %3), but %n record(s) were read: records may be missing</source>
        <translation>
            <numerusform>das Abfragewerkzeug zählte die Datensätze des Ergebnisses ab Zeile %1 als „%2“ (Zeile %3), gelesen wurde aber %n Datensatz: Datensätze können fehlen</numerusform>
            <numerusform>das Abfragewerkzeug zählte die Datensätze des Ergebnisses ab Zeile %1 als „%2“ (Zeile %3), gelesen wurden aber %n Datensätze: Datensätze können fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordedTwice</name>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;min %2&#xa0;s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, %3 here than there (give or take %4): the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own), read in two zones? This file was read %5, “%2” %6.</source>
        <translation>
            <numerusform>%n der %1 geprüften Kommunikationen (gleichmäßig über die Datei verteilt) steht auch in „%2“, zwischen denselben zwei Kennungen, von derselben Art, hier %3 als dort (auf %4 genau): derselbe Anruf oder dieselbe Nachricht in den Datensätzen zweier Anbieter (der Netzbetreiber jeder Seite führt seine eigenen), in zwei Zonen gelesen? Diese Datei wurde %5 gelesen, „%2“ %6.</numerusform>
            <numerusform>%n der %1 geprüften Kommunikationen (gleichmäßig über die Datei verteilt) stehen auch in „%2“, zwischen denselben zwei Kennungen, von derselben Art, hier %3 als dort (auf %4 genau): dieselben Anrufe oder Nachrichten in den Datensätzen zweier Anbieter (der Netzbetreiber jeder Seite führt seine eigenen), in zwei Zonen gelesen? Diese Datei wurde %5 gelesen, „%2“ %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 communications checked (evenly through the file) stand in “%2” too, between the same two handles, of the same kind, at most %3 apart: the same calls or messages in the records of two providers (each party&apos;s carrier keeps its own)?</source>
        <translation>
            <numerusform>%n der %1 geprüften Kommunikationen (gleichmäßig über die Datei verteilt) steht auch in „%2“, zwischen denselben zwei Kennungen, von derselben Art, höchstens %3 auseinander: derselbe Anruf oder dieselbe Nachricht in den Datensätzen zweier Anbieter (der Netzbetreiber jeder Seite führt seine eigenen)?</numerusform>
            <numerusform>%n der %1 geprüften Kommunikationen (gleichmäßig über die Datei verteilt) stehen auch in „%2“, zwischen denselben zwei Kennungen, von derselben Art, höchstens %3 auseinander: dieselben Anrufe oder Nachrichten in den Datensätzen zweier Anbieter (der Netzbetreiber jeder Seite führt seine eigenen)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher stünde sie, so importiert, doppelt im Fall und würde unter seinen Kommunikationen doppelt gezählt: Geben Sie für jede Datei die Zone an, in der ihr Anbieter sie geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher stünde jede, so importiert, doppelt im Fall und würde unter seinen Kommunikationen doppelt gezählt: Geben Sie für jede Datei die Zone an, in der ihr Anbieter sie geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</source>
        <translation>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher steht sie doppelt im Fall und wird unter seinen Kommunikationen doppelt gezählt; war eine Zone falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Zone, in der ihr Anbieter sie geschrieben hat.</numerusform>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher steht jede doppelt im Fall und wird unter seinen Kommunikationen doppelt gezählt; war eine Zone falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Zone, in der ihr Anbieter sie geschrieben hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so imported, each would stand twice in the case and be counted twice among its communications.</source>
        <translation>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher stünde sie, so importiert, doppelt im Fall und würde unter seinen Kommunikationen doppelt gezählt.</numerusform>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher stünde jede, so importiert, doppelt im Fall und würde unter seinen Kommunikationen doppelt gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No key of theirs joins them, so each stands twice in the case and is counted twice among its communications.</source>
        <translation>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher steht sie doppelt im Fall und wird unter seinen Kommunikationen doppelt gezählt.</numerusform>
            <numerusform>Kein Schlüssel der beiden verbindet sie, daher steht jede doppelt im Fall und wird unter seinen Kommunikationen doppelt gezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceCheck</name>
    <message numerus="yes">
        <source>%1.%2: %n value(s) not in %3.%4</source>
        <translation>
            <numerusform>%1.%2: %n Wert fehlt in %3.%4</numerusform>
            <numerusform>%1.%2: %n Werte fehlen in %3.%4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a row names no row of %2</source>
        <translation>%1: eine Zeile verweist auf keine Zeile von %2</translation>
    </message>
    <message>
        <source>%1: row %2 names no row of %3</source>
        <translation>%1: Zeile %2 verweist auf keine Zeile von %3</translation>
    </message>
</context>
<context>
    <name>RegionName</name>
    <message>
        <source>en</source>
        <extracomment>The ISO 639 code of this translation&apos;s language (&quot;de&quot;): region names are shown in it.</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>RegionNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RejectedRowModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Warum abgewiesen</translation>
    </message>
    <message>
        <source>Row as written</source>
        <translation>Zeile wie geschrieben</translation>
    </message>
</context>
<context>
    <name>RepeatedHourOrder</name>
    <message>
        <source>the local time occurs twice (daylight-saving change); the earlier reading is used, the later would be %1</source>
        <translation>die Ortszeit kommt zweimal vor (Zeitumstellung); die frühere Lesart wird verwendet, die spätere wäre %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): each was read as the earlier of its two moments, and its provenance gives the later</source>
        <translation>
            <numerusform>%n Datensatz nennt eine Ortszeit, die es zweimal gab, in der Stunde, die sich am Ende der Sommerzeit wiederholt, wie in Zeile %1 („%2“): Er wurde als der frühere der beiden Zeitpunkte gelesen; seine Herkunft nennt den späteren</numerusform>
            <numerusform>%n Datensätze nennen eine Ortszeit, die es zweimal gab, in der Stunde, die sich am Ende der Sommerzeit wiederholt, wie in Zeile %1 („%2“): Jeder wurde als der frühere der beiden Zeitpunkte gelesen; seine Herkunft nennt den späteren</numerusform>
        </translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message numerus="yes">
        <source>: %n read as the earlier,</source>
        <translation>
            <numerusform>: %n als der frühere gelesen,</numerusform>
            <numerusform>: %n als die früheren gelesen,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n as the later</source>
        <translation>
            <numerusform> %n als der spätere</numerusform>
            <numerusform> %n als die späteren</numerusform>
        </translation>
    </message>
    <message>
        <source>the local time occurs twice (daylight-saving change); the later reading is used, the earlier would be %1: the file&apos;s records run in time order, and the two passes through the hour meet at line %2, which puts this record in the second</source>
        <translation>die Ortszeit kommt zweimal vor (Zeitumstellung); die spätere Lesart wird verwendet, die frühere wäre %1: Die Datensätze der Datei sind zeitlich geordnet, und die beiden Durchgänge durch die Stunde treffen in Zeile %2 aufeinander, womit dieser Datensatz im zweiten liegt</translation>
    </message>
    <message>
        <source>the local time occurs twice (daylight-saving change); the earlier reading is used, the later would be %1: the file&apos;s records run in time order, and the two passes through the hour meet at line %2, which puts this record in the first</source>
        <translation>die Ortszeit kommt zweimal vor (Zeitumstellung); die frühere Lesart wird verwendet, die spätere wäre %1: Die Datensätze der Datei sind zeitlich geordnet, und die beiden Durchgänge durch die Stunde treffen in Zeile %2 aufeinander, womit dieser Datensatz im ersten liegt</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, as on line %1 (&quot;%2&quot;): the file&apos;s records run in time order (%3), and the two passes through the hour meet at line %4, so their order tells which moment each one is</source>
        <translation>
            <numerusform>%n Datensatz nennt eine Ortszeit, die es zweimal gab, in der Stunde, die sich am Ende der Sommerzeit wiederholt, wie in Zeile %1 („%2“): Die Datensätze der Datei sind zeitlich geordnet (%3), und die beiden Durchgänge durch die Stunde treffen in Zeile %4 aufeinander; ihre Reihenfolge zeigt also, welcher Zeitpunkt er ist</numerusform>
            <numerusform>%n Datensätze nennen eine Ortszeit, die es zweimal gab, in der Stunde, die sich am Ende der Sommerzeit wiederholt, wie in Zeile %1 („%2“): Die Datensätze der Datei sind zeitlich geordnet (%3), und die beiden Durchgänge durch die Stunde treffen in Zeile %4 aufeinander; ihre Reihenfolge zeigt also, welcher Zeitpunkt jeder ist</numerusform>
        </translation>
    </message>
    <message>
        <source>; but from line %1 on, the records no longer run that way: the file may not be in time order, so check those records against their provenance</source>
        <translation>; ab Zeile %1 laufen die Datensätze jedoch nicht mehr so: Die Datei ist womöglich nicht zeitlich geordnet, prüfen Sie diese Datensätze daher anhand ihrer Herkunft</translation>
    </message>
    <message>
        <source> (more than %1 rows in a row fell in that hour, too many to hold and place by the file&apos;s order)</source>
        <translation> (mehr als %1 Tabellenzeilen in Folge fielen in diese Stunde, zu viele, um sie zu halten und nach der Reihenfolge der Datei einzuordnen)</translation>
    </message>
</context>
<context>
    <name>ReportAction</name>
    <message>
        <source>&amp;Write a report on the events shown…</source>
        <translation>Be&amp;richt über die gezeigten Ereignisse schreiben …</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>A report is already being written.</source>
        <translation>Ein Bericht wird bereits geschrieben.</translation>
    </message>
    <message>
        <source> report</source>
        <translation> Bericht</translation>
    </message>
    <message>
        <source>Write a report on the events shown</source>
        <translation>Bericht über die gezeigten Ereignisse schreiben</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Report cancelled: nothing was written.</source>
        <translation>Bericht abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Report on %n event(s) written to %1</source>
        <translation>
            <numerusform>Bericht über %n Ereignis nach %1 geschrieben</numerusform>
            <numerusform>Bericht über %n Ereignisse nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week (from Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>events per %1</source>
        <translation>Ereignisse je %1</translation>
    </message>
    <message>
        <source>Events per %1, each class a line of its own (the table below gives the figures)</source>
        <translation>Ereignisse je %1, jede Klasse eine eigene Linie (die Tabelle darunter gibt die Zahlen)</translation>
    </message>
    <message>
        <source>Events in each hour of the day in %1, each class a line of its own (the table below gives the figures)</source>
        <translation>Ereignisse in jeder Stunde des Tages in %1, jede Klasse eine eigene Linie (die Tabelle darunter gibt die Zahlen)</translation>
    </message>
    <message>
        <source>hour of the day (%1)</source>
        <translation>Stunde des Tages (%1)</translation>
    </message>
    <message>
        <source>Events on each day of the week in %1, each class a line of its own (the table below gives the figures)</source>
        <translation>Ereignisse an jedem Wochentag in %1, jede Klasse eine eigene Linie (die Tabelle darunter gibt die Zahlen)</translation>
    </message>
    <message>
        <source>day of the week (%1)</source>
        <translation>Wochentag (%1)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>between returns (hatched): no source covers this time</source>
        <translation>zwischen Auskünften (schraffiert): keine Quelle deckt sie ab</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Write a report</source>
        <translation>Bericht schreiben</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Der Bericht wird nach %1 geschrieben …</translation>
    </message>
</context>
<context>
    <name>ReportGraph</name>
    <message>
        <source>The handles of this report&apos;s lookups and communications, an arrow of each class from the handle that looked up or sent (the table below gives the figures)</source>
        <translation>Die Kennungen der Abfragen und Kommunikationen dieses Berichts, ein Pfeil je Klasse von der Kennung, die abfragte oder sendete (die Tabelle darunter gibt die Zahlen)</translation>
    </message>
</context>
<context>
    <name>ReturnPageNotes</name>
    <message numerus="yes">
        <source>%n records pages, the first %1 (each page&apos;s own count in its source&apos;s description): %2</source>
        <translation>
            <numerusform>%n Datensatzseite, die erste %1 (die Zahl jeder Seite in der Beschreibung ihrer Quelle): %2</numerusform>
            <numerusform>%n Datensatzseiten, die erste %1 (die Zahl jeder Seite in der Beschreibung ihrer Quelle): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnSpans</name>
    <message>
        <source>The return it joins under the header row at line %1: records from %2 to %3</source>
        <translation>Die Auskunft, die sie unter der Kopfzeile in Zeile %1 enthält: Datensätze von %2 bis %3</translation>
    </message>
    <message>
        <source>The return it joins under the header row at line %1: no record</source>
        <translation>Die Auskunft, die sie unter der Kopfzeile in Zeile %1 enthält: kein Datensatz</translation>
    </message>
</context>
<context>
    <name>SerialRounding</name>
    <message numerus="yes">
        <source>timestamp &quot;%1&quot; may have been rounded: no time of the file has the digits Excel writes (at most %n decimal(s) of a day: to %2 s), as when a worksheet&apos;s number format rounds them; save the column with a date and time format from the file as delivered</source>
        <translation>
            <numerusform>Zeitstempel „%1“ ist möglicherweise gerundet: Keine Zeit der Datei hat die Stellen, die Excel schreibt (höchstens %n Dezimalstelle eines Tages: auf %2 s genau), wie wenn ein Zahlenformat des Arbeitsblatts sie rundet; speichern Sie die Spalte mit einem Datums- und Uhrzeitformat aus der Datei, wie sie geliefert wurde</numerusform>
            <numerusform>Zeitstempel „%1“ ist möglicherweise gerundet: Keine Zeit der Datei hat die Stellen, die Excel schreibt (höchstens %n Dezimalstellen eines Tages: auf %2 s genau), wie wenn ein Zahlenformat des Arbeitsblatts sie rundet; speichern Sie die Spalte mit einem Datums- und Uhrzeitformat aus der Datei, wie sie geliefert wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; may have been rounded: the file&apos;s times were rounded by a worksheet&apos;s number format (&quot;%2&quot; gives its time of day to %3 s only), and this one has no more digits than a rounded one; save the column with a date and time format from the file as delivered</source>
        <translation>Zeitstempel „%1“ ist möglicherweise gerundet: Die Zeiten der Datei wurden von einem Zahlenformat des Arbeitsblatts gerundet („%2“ gibt seine Uhrzeit nur auf %3 s genau an), und dieser hat nicht mehr Stellen als ein gerundeter; speichern Sie die Spalte mit einem Datums- und Uhrzeitformat aus der Datei, wie sie geliefert wurde</translation>
    </message>
</context>
<context>
    <name>SeveralHandlesInOneCell</name>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) name more than one number or address in one cell, and were each kept as written, one handle of its own: their records are in none of the timelines of the numbers or addresses they name, and the contact graph draws each as one party: %1</source>
        <translation>
            <numerusform>%n Kennung nennt in einer Zelle mehr als eine Nummer oder Adresse und wurde wie geschrieben behalten, als eigene Kennung: Ihre Datensätze stehen in keiner Zeitleiste der Nummern oder Adressen, die sie nennt, und der Kontaktgraph zeichnet sie als eine Partei: %1</numerusform>
            <numerusform>%n Kennungen nennen in einer Zelle mehr als eine Nummer oder Adresse und wurden jede wie geschrieben behalten, als eigene Kennung: Ihre Datensätze stehen in keiner Zeitleiste der Nummern oder Adressen, die sie nennen, und der Kontaktgraph zeichnet jede als eine Partei: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftedRecords</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 später</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 früher</translation>
    </message>
    <message>
        <source>in %1, the zone declared on import</source>
        <translation>in %1, der beim Import angegebenen Zone</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>in the zones its records state</source>
        <translation>in den Zonen, die ihre Datensätze angeben</translation>
    </message>
    <message>
        <source>in %1, as the file states</source>
        <translation>in %1, wie die Datei angibt</translation>
    </message>
    <message>
        <source>as written, which reads one way only (2016-03-04)</source>
        <translation>wie geschrieben, nur auf eine Weise lesbar (2016-03-04)</translation>
    </message>
    <message>
        <source>day first, as declared on import</source>
        <translation>Tag zuerst, wie beim Import angegeben</translation>
    </message>
    <message>
        <source>month first, as declared on import</source>
        <translation>Monat zuerst, wie beim Import angegeben</translation>
    </message>
    <message>
        <source>day first, settled from its data</source>
        <translation>Tag zuerst, aus ihren Daten bestimmt</translation>
    </message>
    <message>
        <source>month first, settled from its data</source>
        <translation>Monat zuerst, aus ihren Daten bestimmt</translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their date, its day and month swapped (%3 here, %4 there): the same records, their dates read in two orders? This file&apos;s dates were read %5, those of “%2” %6.</source>
        <translation>
            <numerusform>%n der %1 geprüften Datensätze (gleichmäßig über die Datei verteilt) steht in „%2“ mit allen Feldern gleich außer seinem Datum, dessen Tag und Monat vertauscht sind (hier %3, dort %4): derselbe Datensatz, sein Datum in zwei Reihenfolgen gelesen? Die Daten dieser Datei wurden so gelesen: %5; die von „%2“: %6.</numerusform>
            <numerusform>%n der %1 geprüften Datensätze (gleichmäßig über die Datei verteilt) stehen in „%2“ mit allen Feldern gleich außer ihrem Datum, dessen Tag und Monat vertauscht sind (hier %3, dort %4): dieselben Datensätze, ihre Daten in zwei Reihenfolgen gelesen? Die Daten dieser Datei wurden so gelesen: %5; die von „%2“: %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but their time, %3 here than there: the same records, read in two zones? This file was read %4, “%2” %5.</source>
        <translation>
            <numerusform>%n der %1 geprüften Datensätze (gleichmäßig über die Datei verteilt) steht in „%2“ mit allen Feldern gleich außer seiner Zeit, die hier %3 als dort ist: derselbe Datensatz, in zwei Zonen gelesen? Diese Datei wurde %4 gelesen, „%2“ %5.</numerusform>
            <numerusform>%n der %1 geprüften Datensätze (gleichmäßig über die Datei verteilt) stehen in „%2“ mit allen Feldern gleich außer ihrer Zeit, die hier %3 als dort ist: dieselben Datensätze, in zwei Zonen gelesen? Diese Datei wurde %4 gelesen, „%2“ %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the order each provider wrote its dates in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>So importiert, würde er nicht als Duplikat verbunden und stünde doppelt im Fall: Geben Sie für jede Datei die Reihenfolge an, in der ihr Anbieter die Daten geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
            <numerusform>So importiert, würden sie nicht als Duplikate verbunden und stünden doppelt im Fall: Geben Sie für jede Datei die Reihenfolge an, in der ihr Anbieter die Daten geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are not joined as duplicates and stand twice in the case; if an order was wrong, import the files again into a new case, each in the order its provider wrote its dates in.</source>
        <translation>
            <numerusform>Er wird nicht als Duplikat verbunden und steht doppelt im Fall; war eine Reihenfolge falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Reihenfolge, in der ihr Anbieter die Daten geschrieben hat.</numerusform>
            <numerusform>Sie werden nicht als Duplikate verbunden und stehen doppelt im Fall; war eine Reihenfolge falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Reihenfolge, in der ihr Anbieter die Daten geschrieben hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported so, they would not be joined as duplicates and would stand twice in the case: declare the zone each provider wrote its file in (for a file the case holds already, import the files again into a new case).</source>
        <translation>
            <numerusform>So importiert, würde er nicht als Duplikat verbunden und stünde doppelt im Fall: Geben Sie für jede Datei die Zone an, in der ihr Anbieter sie geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
            <numerusform>So importiert, würden sie nicht als Duplikate verbunden und stünden doppelt im Fall: Geben Sie für jede Datei die Zone an, in der ihr Anbieter sie geschrieben hat (für eine Datei, die der Fall schon enthält, importieren Sie die Dateien erneut in einen neuen Fall).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They are not joined as duplicates and stand twice in the case; if a zone was wrong, import the files again into a new case, each in the zone its provider wrote it in.</source>
        <translation>
            <numerusform>Er wird nicht als Duplikat verbunden und steht doppelt im Fall; war eine Zone falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Zone, in der ihr Anbieter sie geschrieben hat.</numerusform>
            <numerusform>Sie werden nicht als Duplikate verbunden und stehen doppelt im Fall; war eine Zone falsch, importieren Sie die Dateien erneut in einen neuen Fall, jede in der Zone, in der ihr Anbieter sie geschrieben hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their local times were read by two versions of the tz database&apos;s rules, %1 here and %2 there: where a zone&apos;s rules changed between them (its daylight-saving dates, its offset), one local time reads as two UTC times.</source>
        <translation>Ihre Ortszeiten wurden nach den Regeln zweier Versionen der tz-Datenbank gelesen, %1 hier und %2 dort: Wo sich die Regeln einer Zone zwischen ihnen geändert haben (ihre Sommerzeitdaten, ihr Versatz), ergibt eine Ortszeit zwei UTC-Zeiten.</translation>
    </message>
</context>
<context>
    <name>SourceActions</name>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse der Quelle &amp;auflisten</translation>
    </message>
    <message>
        <source>Draw its &amp;graph</source>
        <translation>Graph der Quelle ze&amp;ichnen</translation>
    </message>
    <message>
        <source>List its events with the &amp;duplicates it held</source>
        <translation>Ereignisse der Quelle mit den &amp;Duplikaten auflisten, die sie enthielt</translation>
    </message>
    <message>
        <source>Draw its graph with the duplicates it &amp;held</source>
        <translation>Graph der Quelle mit den Duplikaten, die sie enthielt, zeic&amp;hnen</translation>
    </message>
    <message numerus="yes">
        <source>List the events of its whole &amp;file (its %n sources)</source>
        <translation>
            <numerusform>Ereignisse der ganzen Datei au&amp;flisten (ihre %n Quelle)</numerusform>
            <numerusform>Ereignisse der ganzen Datei au&amp;flisten (ihre %n Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>List the events of its whole &amp;file</source>
        <translation>Ereignisse der ganzen Datei au&amp;flisten</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;raw the graph of its whole file (its %n sources)</source>
        <translation>
            <numerusform>Graph der ganzen Datei zeich&amp;nen (ihre %n Quelle)</numerusform>
            <numerusform>Graph der ganzen Datei zeich&amp;nen (ihre %n Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;raw the graph of its whole file</source>
        <translation>Graph der ganzen Datei zeich&amp;nen</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message numerus="yes">
        <source>%1 (all its %n sources)</source>
        <translation>
            <numerusform>%1 (seine %n Quelle)</numerusform>
            <numerusform>%1 (alle seine %n Quellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the source chosen stored no event of its own: its records were in the case already (&quot;with duplicates&quot; lists them)</source>
        <translation>die gewählte Quelle hat kein eigenes Ereignis gespeichert: ihre Datensätze waren schon im Fall („mit Duplikaten“ listet sie)</translation>
    </message>
    <message>
        <source>the sources chosen stored no event of their own: their records were in the case already (&quot;with duplicates&quot; lists them)</source>
        <translation>die gewählten Quellen haben kein eigenes Ereignis gespeichert: ihre Datensätze waren schon im Fall („mit Duplikaten“ listet sie)</translation>
    </message>
    <message>
        <source>the source chosen stored no event: its rows were rejected (Sources gives each one&apos;s reason)</source>
        <translation>die gewählte Quelle hat kein Ereignis gespeichert: ihre Zeilen wurden abgewiesen (Quellen nennt für jede den Grund)</translation>
    </message>
    <message>
        <source>the sources chosen stored no event: their rows were rejected (Sources gives each one&apos;s reason)</source>
        <translation>die gewählten Quellen haben kein Ereignis gespeichert: ihre Zeilen wurden abgewiesen (Quellen nennt für jede den Grund)</translation>
    </message>
    <message>
        <source>the source chosen holds no record</source>
        <translation>die gewählte Quelle enthält keinen Datensatz</translation>
    </message>
    <message>
        <source>the sources chosen hold no record</source>
        <translation>die gewählten Quellen enthalten keinen Datensatz</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>%1 (declared by analyst)</source>
        <translation>%1 (vom Analysten angegeben)</translation>
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
    <message>
        <source>%1, then %2</source>
        <translation>%1, danach %2</translation>
    </message>
    <message>
        <source>Text read as %1</source>
        <translation>Text gelesen als %1</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes</source>
        <translation>%1
SHA-256 %2
%3 Bytes</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2 (that file)
%3 inside it: SHA-256 %4, %5 bytes</source>
        <translation>%1
SHA-256 %2 (diese Datei)
%3 darin: SHA-256 %4, %5 Bytes</translation>
    </message>
    <message>
        <source>, imported %1 by %2
</source>
        <translation>, importiert %1 von %2
</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read: %1 accepted (%2), %3 duplicate, %4 rejected</source>
        <translation>
            <numerusform>%Ln Zeile gelesen: %1 übernommen (%2), %3 doppelt, %4 abgewiesen</numerusform>
            <numerusform>%Ln Zeilen gelesen: %1 übernommen (%2), %3 doppelt, %4 abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Text read as %1, which the file does not mark with a byte-order mark: known by its zero bytes</source>
        <translation>Text gelesen als %1, das die Datei nicht mit einer Byte-Reihenfolge-Markierung kennzeichnet: an ihren Null-Bytes erkannt</translation>
    </message>
    <message>
        <source>“%1” holds records of this file with their day and month swapped: not joined as duplicates, they stand twice in the case (that file&apos;s description says how many).</source>
        <translation>„%1“ enthält Datensätze dieser Datei mit vertauschtem Tag und Monat: nicht als Duplikate verbunden, stehen sie doppelt im Fall (die Beschreibung jener Datei sagt, wie viele).</translation>
    </message>
    <message>
        <source>“%1” holds records of this file at other times, as if read in another zone: not joined as duplicates, they stand twice in the case (that file&apos;s description says how many).</source>
        <translation>„%1“ enthält Datensätze dieser Datei zu anderen Zeiten, wie in einer anderen Zone gelesen: nicht als Duplikate verbunden, stehen sie doppelt im Fall (die Beschreibung jener Datei sagt, wie viele).</translation>
    </message>
    <message>
        <source>“%1”, another provider&apos;s records, holds calls or messages of this file too: each stands twice in the case and is counted twice among its communications (that file&apos;s description says how many).</source>
        <translation>„%1“, die Aufzeichnungen eines anderen Anbieters, enthält Anrufe oder Nachrichten dieser Datei ebenfalls: jede steht doppelt im Fall und wird unter seinen Kommunikationen doppelt gezählt (die Beschreibung jener Datei sagt, wie viele).</translation>
    </message>
    <message>
        <source>%1, not simply the records its file holds: see the source&apos;s description</source>
        <translation>%1, nicht einfach die Datensätze, die ihre Datei enthält: siehe die Beschreibung der Quelle</translation>
    </message>
    <message>
        <source>First record
(%1)</source>
        <translation>Erster Datensatz
(%1)</translation>
    </message>
    <message>
        <source>Last record
(%1)</source>
        <translation>Letzter Datensatz
(%1)</translation>
    </message>
    <message>
        <source>Click to see that record and its source line.</source>
        <translation>Klicken Sie, um diesen Datensatz und seine Quellzeile zu sehen.</translation>
    </message>
    <message>
        <source>%1, before the period the source states: see its description</source>
        <translation>%1, vor dem Zeitraum, den die Quelle nennt: siehe ihre Beschreibung</translation>
    </message>
    <message>
        <source>%1, after the period the source states: see its description</source>
        <translation>%1, nach dem Zeitraum, den die Quelle nennt: siehe ihre Beschreibung</translation>
    </message>
    <message>
        <source>%1 Dated outside the period the source states (a WhatsApp page&apos;s Date Range, the &quot;Period&quot; line above an Apple return&apos;s header): the source&apos;s description says by how much.</source>
        <translation>%1 Außerhalb des Zeitraums datiert, den die Quelle nennt (der Date Range einer WhatsApp-Seite, die Zeile „Period“ über der Kopfzeile einer Apple-Auskunft): die Beschreibung der Quelle sagt, um wie viel.</translation>
    </message>
    <message>
        <source>Its file gave %1 sources, this one among them; together, %2</source>
        <translation>Ihre Datei ergab %1 Quellen, diese eine darunter; zusammen: %2</translation>
    </message>
    <message>
        <source>%1 (source #%2)</source>
        <translation>%1 (Quelle #%2)</translation>
    </message>
</context>
<context>
    <name>SourcePeriods</name>
    <message>
        <source>Its records run from %1 to %2 (they say nothing of the time before or after)</source>
        <translation>Ihre Datensätze reichen von %1 bis %2 (sie sagen nichts über die Zeit davor oder danach)</translation>
    </message>
    <message>
        <source>The provider states that it covers %1 to %2 (its Date Range)</source>
        <translation>Der Anbieter gibt an, dass sie %1 bis %2 abdeckt (ihr Zeitraum, Date Range)</translation>
    </message>
    <message>
        <source>None of the sources of these events covers %1 to %2 (between the returns joined in “%3” under its header rows at lines %4 and %5): their records say nothing of that time, and that none of these events falls in it does not show that nothing happened.</source>
        <translation>Keine der Quellen dieser Ereignisse deckt %1 bis %2 ab (zwischen den in „%3“ zusammengefügten Auskünften unter ihren Kopfzeilen in Zeile %4 und %5): ihre Datensätze sagen nichts über diese Zeit, und dass keines dieser Ereignisse in sie fällt, zeigt nicht, dass nichts geschah.</translation>
    </message>
    <message>
        <source>“%1” (its return under the header row at line %2)</source>
        <translation>„%1“ (ihre Auskunft unter der Kopfzeile in Zeile %2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>None of the sources of these events covers %1 to %2 (after %3, before %4): their records say nothing of that time, and that none of these events falls in it does not show that nothing happened.</source>
        <translation>Keine der Quellen dieser Ereignisse deckt %1 bis %2 ab (nach %3, vor %4): ihre Datensätze sagen nichts über diese Zeit, und dass keines dieser Ereignisse in sie fällt, zeigt nicht, dass nichts geschah.</translation>
    </message>
</context>
<context>
    <name>SourceReading</name>
    <message>
        <source>How the file was read:</source>
        <translation>Wie die Datei gelesen wurde:</translation>
    </message>
    <message>
        <source>Read by %1</source>
        <translation>Gelesen von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read by the analyst&apos;s mapping profile &quot;%1&quot;; the class of its events is the one the profile declares: %2</source>
        <translation>Gelesen nach dem Zuordnungsprofil „%1“ des Analysten; die Klasse seiner Ereignisse ist die, die das Profil angibt: %2</translation>
    </message>
    <message>
        <source>The format whatsapp: a WhatsApp pen-register return</source>
        <translation>Das Format whatsapp: eine WhatsApp-Pen-Register-Auskunft</translation>
    </message>
    <message>
        <source>The format %1: %2</source>
        <translation>Das Format %1: %2</translation>
    </message>
    <message>
        <source>The format %1</source>
        <translation>Das Format %1</translation>
    </message>
    <message>
        <source>The worksheet read: &quot;%1&quot;</source>
        <translation>Das gelesene Arbeitsblatt: „%1“</translation>
    </message>
    <message>
        <source>No header row: its columns by number, as the mapping numbers them: %1</source>
        <translation>Keine Kopfzeile: ihre Spalten nach Nummer, wie die Zuordnung sie nummeriert: %1</translation>
    </message>
    <message>
        <source>No header row: its columns by number, as the mapping numbers them</source>
        <translation>Keine Kopfzeile: ihre Spalten nach Nummer, wie die Zuordnung sie nummeriert</translation>
    </message>
    <message>
        <source>No header row of its own: read as going on from the worksheet &quot;%1&quot;, by the header row at line %2 of the worksheet &quot;%3&quot;</source>
        <translation>Keine eigene Kopfzeile: gelesen als Fortsetzung des Arbeitsblatts „%1“, nach der Kopfzeile in Zeile %2 des Arbeitsblatts „%3“</translation>
    </message>
    <message>
        <source>The header row the columns were found by, at line %1: %2</source>
        <translation>Die Kopfzeile, nach der die Spalten gefunden wurden, in Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Above the header row, %n line(s) the file holds, kept with the source:</source>
        <translation>
            <numerusform>Über der Kopfzeile steht %n Zeile der Datei, mit der Quelle aufbewahrt:</numerusform>
            <numerusform>Über der Kopfzeile stehen %n Zeilen der Datei, mit der Quelle aufbewahrt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The request parameters, as the record states them:</source>
        <translation>Die Anfrageparameter, wie der Bericht sie nennt:</translation>
    </message>
    <message>
        <source>DSID %1</source>
        <translation>DSID %1</translation>
    </message>
    <message>
        <source>The account the file names above its records: %1</source>
        <translation>Das Konto, das die Datei über ihren Datensätzen nennt: %1</translation>
    </message>
    <message>
        <source>Times that state no zone of their own were read in %1, the zone the analyst declared</source>
        <translation>Zeiten ohne eigene Zonenangabe wurden in %1 gelesen, der vom Analysten angegebenen Zone</translation>
    </message>
    <message>
        <source>Dates like 03/04/2016 were read day first (3 April)</source>
        <translation>Datumsangaben wie 03/04/2016 wurden mit dem Tag zuerst gelesen (3. April)</translation>
    </message>
    <message>
        <source>Dates like 03/04/2016 were read month first (4 March)</source>
        <translation>Datumsangaben wie 03/04/2016 wurden mit dem Monat zuerst gelesen (4. März)</translation>
    </message>
    <message>
        <source>%1, as the analyst declared</source>
        <translation>%1, wie der Analyst angegeben hat</translation>
    </message>
    <message>
        <source>%1, as the file&apos;s dates settle it: line %2 has &quot;%3&quot;, which can be read no other way</source>
        <translation>%1, wie die Datumsangaben der Datei es bestimmen: Zeile %2 enthält „%3“, das sich nicht anders lesen lässt</translation>
    </message>
    <message>
        <source>%1, as the dates of the worksheet &quot;%2&quot; it goes on from settle it</source>
        <translation>%1, wie die Datumsangaben des Arbeitsblatts „%2“, das es fortsetzt, es bestimmen</translation>
    </message>
    <message>
        <source>%1, as the file&apos;s dates settle it</source>
        <translation>%1, wie die Datumsangaben der Datei es bestimmen</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code were read as numbers of %1, the region declared for this file rather than the case&apos;s</source>
        <translation>Telefonnummern ohne Landesvorwahl wurden als Nummern von %1 gelesen, der für diese Datei angegebenen Region statt der des Falls</translation>
    </message>
    <message>
        <source>The record names some of them again, with other values:</source>
        <translation>Der Bericht nennt einige davon erneut, mit anderen Werten:</translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(Zeile %1)</translation>
    </message>
    <message>
        <source>The array of records read: &quot;%1&quot;</source>
        <translation>Das gelesene Array von Datensätzen: „%1“</translation>
    </message>
    <message>
        <source>The keys the columns were found by, the first object&apos;s at line %1: %2</source>
        <translation>Die Schlüssel, nach denen die Spalten gefunden wurden, die des ersten Objekts in Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Beside the records, %n member(s) of the object holding them, kept with the source:</source>
        <translation>
            <numerusform>Neben den Datensätzen %n Mitglied des Objekts, das sie enthält, mit der Quelle aufbewahrt:</numerusform>
            <numerusform>Neben den Datensätzen %n Mitglieder des Objekts, das sie enthält, mit der Quelle aufbewahrt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The names the columns were found by, as the member &quot;%1&quot; lists them at line %2: %3</source>
        <translation>Die Namen, nach denen die Spalten gefunden wurden, wie das Mitglied „%1“ sie in Zeile %2 aufführt: %3</translation>
    </message>
    <message>
        <source>The answer&apos;s own count of its records: at least %1 (&quot;%2&quot;, line %3)</source>
        <translation>Die eigene Zählung der Antwort für ihre Datensätze: mindestens %1 („%2“, Zeile %3)</translation>
    </message>
    <message>
        <source>The answer&apos;s own count of its records: %1 (&quot;%2&quot;, line %3)</source>
        <translation>Die eigene Zählung der Antwort für ihre Datensätze: %1 („%2“, Zeile %3)</translation>
    </message>
    <message>
        <source>The answer marks more records to follow: &quot;%1&quot; (line %2)</source>
        <translation>Die Antwort kündigt weitere Datensätze an: „%1“ (Zeile %2)</translation>
    </message>
    <message>
        <source>Local times were turned into UTC by the rules the tz database gives %1 (its version was not stated on the machine that imported the file)</source>
        <translation>Ortszeiten wurden nach den Regeln, die die tz-Datenbank für %1 gibt, in UTC umgerechnet (ihre Version war auf dem Rechner, der die Datei importierte, nicht angegeben)</translation>
    </message>
    <message>
        <source>Local times were turned into UTC by the rules the tz database, version %1, gives %2</source>
        <translation>Ortszeiten wurden nach den Regeln, die die tz-Datenbank in Version %1 für %2 gibt, in UTC umgerechnet</translation>
    </message>
    <message>
        <source>Times written with their UTC offset and a zone (%1) were read by the offset, which the rules the tz database, version %2, gives the zone were checked to agree with</source>
        <translation>Zeiten, die mit ihrem UTC-Versatz und einer Zone (%1) geschrieben sind, wurden nach dem Versatz gelesen; geprüft wurde, dass er zu den Regeln passt, die die tz-Datenbank in Version %2 der Zone gibt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>A click on a figure shows its rows: the events accepted, the duplicate or the rejected rows.</source>
        <translation>Ein Klick auf eine Zahl zeigt ihre Zeilen: die übernommenen Ereignisse, die doppelten oder die abgewiesenen Zeilen.</translation>
    </message>
    <message>
        <source>Rejected (%L1)</source>
        <translation>Abgewiesen (%L1)</translation>
    </message>
    <message>
        <source>Duplicate (%L1)</source>
        <translation>Doppelt (%L1)</translation>
    </message>
    <message>
        <source>Select a source to see its file, its hash and how it was read.</source>
        <translation>Wählen Sie eine Quelle, um ihre Datei, ihren Hash und die Art ihres Einlesens zu sehen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The rows of the selected source that were rejected, each with the reason</source>
        <translation>Die abgewiesenen Zeilen der gewählten Quelle, jede mit dem Grund</translation>
    </message>
    <message>
        <source>The rows of the selected source that repeat an event stored before, each with that event</source>
        <translation>Die Zeilen der gewählten Quelle, die ein zuvor gespeichertes Ereignis wiederholen, jede mit diesem Ereignis</translation>
    </message>
    <message>
        <source>The selected source&apos;s file, its SHA-256, its figures and how it was read</source>
        <translation>Datei, SHA-256, Zahlen und Art des Einlesens der gewählten Quelle</translation>
    </message>
    <message>
        <source>The selected source&apos;s rows that are no event of their own, and its description:</source>
        <translation>Zeilen der gewählten Quelle, die kein eigenes Ereignis sind, und ihre Beschreibung:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Rejected rows of the selected source</source>
        <translation>Abgewiesene Zeilen der gewählten Quelle</translation>
    </message>
    <message>
        <source>Duplicate rows of the selected source</source>
        <translation>Doppelte Zeilen der gewählten Quelle</translation>
    </message>
    <message>
        <source>The selected source&apos;s rows</source>
        <translation>Zeilen der gewählten Quelle</translation>
    </message>
    <message>
        <source>Description of the selected source</source>
        <translation>Beschreibung der gewählten Quelle</translation>
    </message>
</context>
<context>
    <name>StatedPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Some of its records are dated outside the period it states (its records run from %1 to %2; the period is %3 in %4): kept as read, though the return and its records disagree</source>
        <translation>Einige ihrer Datensätze sind außerhalb des Zeitraums datiert, den sie nennt (ihre Datensätze reichen von %1 bis %2; der Zeitraum ist %3 in %4): wie gelesen behalten, obwohl die Auskunft und ihre Datensätze einander widersprechen</translation>
    </message>
    <message>
        <source>on line %1</source>
        <translation>in Zeile %1</translation>
    </message>
    <message>
        <source>above its header row</source>
        <translation>über ihrer Kopfzeile</translation>
    </message>
    <message>
        <source>It states the period it covers %1 (“%2”): %3, read as whole days in %4 (the zone its times were read in) and counted as time it covers, with records or without</source>
        <translation>Sie nennt %1 den Zeitraum, den sie abdeckt („%2“): %3, gelesen als ganze Tage in %4 (der Zone, in der ihre Zeiten gelesen wurden) und als von ihr abgedeckte Zeit gezählt, mit Datensätzen oder ohne</translation>
    </message>
    <message>
        <source>It states a period %1 (“%2”), not read as the time it covers: its times each state their own zone, and the line names none</source>
        <translation>Sie nennt %1 einen Zeitraum („%2“), der nicht als die von ihr abgedeckte Zeit gelesen wird: Ihre Zeiten nennen jede ihre eigene Zone, und die Zeile nennt keine</translation>
    </message>
    <message>
        <source>Some records of the return under the header row at line %1 are dated outside the period its block states (they run from %2 to %3; the period is %4 in %5): kept as read, though the return and its records disagree</source>
        <translation>Einige Datensätze der Auskunft unter der Kopfzeile in Zeile %1 sind außerhalb des Zeitraums datiert, den ihr Block nennt (sie reichen von %2 bis %3; der Zeitraum ist %4 in %5): wie gelesen behalten, obwohl die Auskunft und ihre Datensätze einander widersprechen</translation>
    </message>
    <message>
        <source>It states the period it covers %1 (“%2”): %3, read in %4 (the zone its times were read in) and counted as time it covers, with records or without</source>
        <translation>Sie nennt %1 den Zeitraum, den sie abdeckt („%2“): %3, gelesen in %4 (der Zone, in der ihre Zeiten gelesen wurden) und als von ihr abgedeckte Zeit gezählt, mit Datensätzen oder ohne</translation>
    </message>
    <message>
        <source>Its period&apos;s dates were read %1: “%2” can be read no other way</source>
        <translation>Die Daten ihres Zeitraums wurden %1 gelesen: „%2“ lässt sich nicht anders lesen</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>mit dem Tag zuerst</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mit dem Monat zuerst</translation>
    </message>
    <message>
        <source>Its period&apos;s dates were read as the file&apos;s dates are: %1</source>
        <translation>Die Daten ihres Zeitraums wurden so gelesen wie die Datumsangaben der Datei: %1</translation>
    </message>
    <message>
        <source>Its period&apos;s ends are the numbers a workbook keeps its dates as, read as days counted from %1</source>
        <translation>Anfang und Ende ihres Zeitraums sind die Zahlen, als die eine Arbeitsmappe ihre Datumsangaben speichert, gelesen als Tage ab %1</translation>
    </message>
    <message>
        <source>It states the period it covers %1 (“%2”): %3, read in %4 (the zone the line states) and counted as time it covers, with records or without</source>
        <translation>Sie nennt %1 den Zeitraum, den sie abdeckt („%2“): %3, gelesen in %4 (der Zone, die die Zeile nennt) und als von ihr abgedeckte Zeit gezählt, mit Datensätzen oder ohne</translation>
    </message>
    <message>
        <source>It states the period it covers %1 (“%2”): %3, read as whole days in %4 (the zone the line states) and counted as time it covers, with records or without</source>
        <translation>Sie nennt %1 den Zeitraum, den sie abdeckt („%2“): %3, gelesen als ganze Tage in %4 (der Zone, die die Zeile nennt) und als von ihr abgedeckte Zeit gezählt, mit Datensätzen oder ohne</translation>
    </message>
    <message>
        <source>its dates could be read day first or month first, and neither they nor the source&apos;s times settle which (declare the order on import to have it read)</source>
        <translation>Seine Daten ließen sich mit dem Tag oder mit dem Monat zuerst lesen, und weder sie noch die Zeiten der Quelle legen fest, wie (geben Sie die Reihenfolge beim Import an, damit er gelesen wird)</translation>
    </message>
    <message>
        <source>one of its dates can be read day first only, the other month first only</source>
        <translation>Eines seiner Daten lässt sich nur mit dem Tag zuerst lesen, das andere nur mit dem Monat zuerst</translation>
    </message>
    <message>
        <source>its two ends state different zones</source>
        <translation>Seine beiden Enden nennen verschiedene Zonen</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>Er endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>its ends are not dates written in a form LookupLens reads</source>
        <translation>Seine Enden sind keine Datumsangaben in einer Form, die LookupLens liest</translation>
    </message>
    <message>
        <source>It states a period %1 (“%2”), not read as the time it covers: %3</source>
        <translation>Sie nennt %1 einen Zeitraum („%2“), der nicht als die von ihr abgedeckte Zeit gelesen wird: %3</translation>
    </message>
    <message>
        <source>Its period&apos;s years are written with two digits (“%1”), read as a record&apos;s are: 00 to 68 as 2000 to 2068, 69 to 99 as 1969 to 1999</source>
        <translation>Die Jahre ihres Zeitraums sind zweistellig geschrieben („%1“), gelesen wie die eines Datensatzes: 00 bis 68 als 2000 bis 2068, 69 bis 99 als 1969 bis 1999</translation>
    </message>
    <message>
        <source>on lines %1 and %2</source>
        <translation>in den Zeilen %1 und %2</translation>
    </message>
</context>
<context>
    <name>StreamDecoder</name>
    <message>
        <source>libbz2 cannot start</source>
        <translation>libbz2 startet nicht</translation>
    </message>
    <message>
        <source>no bzip2 data where a stream should begin</source>
        <translation>keine bzip2-Daten, wo ein Datenstrom beginnen sollte</translation>
    </message>
    <message>
        <source>data integrity error: a block does not decode as written</source>
        <translation>Integritätsfehler: ein Block entpackt sich nicht wie geschrieben</translation>
    </message>
    <message>
        <source>libbz2 error %1</source>
        <translation>libbz2-Fehler %1</translation>
    </message>
    <message>
        <source>liblzma cannot start (%1)</source>
        <translation>liblzma startet nicht (%1)</translation>
    </message>
    <message>
        <source>it needs more than %1 MiB of memory to decode; refused</source>
        <translation>sie braucht zum Entpacken mehr als %1 MiB Speicher; abgelehnt</translation>
    </message>
    <message>
        <source>no xz data where a stream should begin</source>
        <translation>keine xz-Daten, wo ein Datenstrom beginnen sollte</translation>
    </message>
    <message>
        <source>its data do not decode as written (liblzma error %1)</source>
        <translation>ihre Daten entpacken sich nicht wie geschrieben (liblzma-Fehler %1)</translation>
    </message>
    <message>
        <source>libzstd cannot start</source>
        <translation>libzstd startet nicht</translation>
    </message>
    <message>
        <source>its data do not decode as written (%1)</source>
        <translation>ihre Daten entpacken sich nicht wie geschrieben (%1)</translation>
    </message>
    <message>
        <source>its data do not decode as written: a block or its check is corrupt</source>
        <translation>ihre Daten entpacken sich nicht wie geschrieben: ein Block oder seine Prüfsumme ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SubscriberAddresses</name>
    <message numerus="yes">
        <source>the subscriber&apos;s own address (&quot;%1&quot;) is the client IP of the %n record(s) it began, as the address their request came from</source>
        <translation>
            <numerusform>die eigene Adresse des Teilnehmers („%1“) ist die Client-IP des %n Datensatzes, den er begann, als die Adresse, von der seine Anfrage kam</numerusform>
            <numerusform>die eigene Adresse des Teilnehmers („%1“) ist die Client-IP der %n Datensätze, die er begann, als die Adresse, von der ihre Anfrage kam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the subscriber received keep its address (&quot;%1&quot;) as written, not as their client IP: their request came from the caller, whose address the return does not give (the first at line %2)</source>
        <translation>
            <numerusform>%n Datensatz, den der Teilnehmer empfing, behält seine Adresse („%1“) wie geschrieben, nicht als seine Client-IP: seine Anfrage kam vom Anrufer, dessen Adresse die Auskunft nicht nennt (der erste in Zeile %2)</numerusform>
            <numerusform>%n Datensätze, die der Teilnehmer empfing, behalten seine Adresse („%1“) wie geschrieben, nicht als ihre Client-IP: ihre Anfrage kam vom Anrufer, dessen Adresse die Auskunft nicht nennt (der erste in Zeile %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Co&amp;py the cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy the &amp;whole table</source>
        <translation>&amp;Ganze Tabelle kopieren</translation>
    </message>
    <message>
        <source>&amp;Export the table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%L1 rows are more than a copy takes (%L2 at most): a spreadsheet holds about a million rows, a document far fewer. Export the table as CSV writes every row.</source>
        <translation>%L1 Zeilen sind mehr, als eine Kopie fasst (höchstens %L2): Eine Tabellenkalkulation fasst etwa eine Million Zeilen, ein Dokument weit weniger. „Tabelle als CSV exportieren“ schreibt jede Zeile.</translation>
    </message>
</context>
<context>
    <name>TableFormat</name>
    <message>
        <source>record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>initiator</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>counterpart</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>client port</source>
        <translation>Client-Port</translation>
    </message>
    <message>
        <source>device count</source>
        <translation>Geräteanzahl</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>call type</source>
        <translation>Anrufart</translation>
    </message>
    <message>
        <source>call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>local party</source>
        <translation>lokale Partei</translation>
    </message>
    <message>
        <source>remote party</source>
        <translation>entfernte Partei</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>the profile must name the evidence class (&quot;class&quot;: lookup, communication or connection); there is no default</source>
        <translation>das Profil muss die Beweisklasse nennen („class“: lookup, communication oder connection); es gibt keinen Standardwert</translation>
    </message>
    <message>
        <source>unknown evidence class &quot;%1&quot;</source>
        <translation>unbekannte Beweisklasse „%1“</translation>
    </message>
    <message>
        <source>the profile must name a subtype (e.g. imessage-query, call, sms, message)</source>
        <translation>das Profil muss einen Untertyp nennen (z. B. imessage-query, call, sms, message)</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>the profile must name the zone the times were written in (&quot;timezone&quot;); there is no default</source>
        <translation>das Profil muss die Zone nennen, in der die Zeiten geschrieben sind („timezone“); es gibt keinen Standardwert</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in &quot;columns&quot;</source>
        <translation>unbekanntes Feld „%1“ in „columns“</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON profile (%2)</source>
        <translation>%1: kein JSON-Profil (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the column of &quot;%1&quot; must be a whole number from 1 to %2, or a header&apos;s text</source>
        <translation>die Spalte von „%1“ muss eine ganze Zahl von 1 bis %2 oder der Text einer Kopfzeile sein</translation>
    </message>
    <message>
        <source>&quot;columns&quot; names some columns by header text and some by number; a file without a header row is mapped by number only, one with a header row by header text only</source>
        <translation>&quot;columns&quot; benennt einige Spalten nach Kopfzeilentext und einige nach Nummer; eine Datei ohne Kopfzeile wird nur nach Nummern zugeordnet, eine mit Kopfzeile nur nach Kopfzeilentext</translation>
    </message>
    <message>
        <source>%1 in column %2</source>
        <translation>%1 in Spalte %2</translation>
    </message>
    <message>
        <source>Apple FaceTime call-invitation log</source>
        <translation>Apple-FaceTime-Anrufeinladungsprotokoll</translation>
    </message>
    <message>
        <source>Apple IDS capability-query log</source>
        <translation>Apple-IDS-Erreichbarkeitsabfrageprotokoll</translation>
    </message>
    <message>
        <source>Carrier call/SMS records (one subscriber&apos;s side: date, time, direction, other party)</source>
        <translation>Anruf-/SMS-Datensätze eines Netzbetreibers (Sicht eines Teilnehmers: Datum, Uhrzeit, Richtung, Gegenseite)</translation>
    </message>
    <message>
        <source>Carrier call/SMS records (start time, or date and time; originating and terminating number)</source>
        <translation>Anruf-/SMS-Datensätze eines Netzbetreibers (Beginn, oder Datum und Uhrzeit; Anrufer- und Zielnummer)</translation>
    </message>
    <message>
        <source>unknown duration unit &quot;%1&quot; (seconds, milliseconds, minutes, hours, mm:ss or hh:mm)</source>
        <translation>unbekannte Einheit der Dauer „%1“ (seconds, milliseconds, minutes, hours, mm:ss oder hh:mm)</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; for the numbers written without a country code (&quot;number_region&quot;: an ISO 3166 code such as US or DE)</source>
        <translation>unbekannte Region „%1“ für die Nummern ohne Landesvorwahl (&quot;number_region&quot;: ein ISO-3166-Code wie US oder DE)</translation>
    </message>
    <message>
        <source>unknown decimal mark &quot;%1&quot; (point or comma)</source>
        <translation>unbekanntes Dezimalzeichen „%1“ (point oder comma)</translation>
    </message>
    <message>
        <source>Carrier call/SMS records (target number, B party; the call type its direction: IN, OUT, SMT, SMO)</source>
        <translation>Anruf-/SMS-Datensätze eines Netzbetreibers (Zielrufnummer, B-Teilnehmer; der Anruftyp ist die Richtung: IN, OUT, SMT, SMO)</translation>
    </message>
    <message>
        <source>local party&apos;s IP</source>
        <translation>IP der lokalen Partei</translation>
    </message>
    <message>
        <source>local party&apos;s port</source>
        <translation>Port der lokalen Partei</translation>
    </message>
    <message>
        <source>&quot;local_party_port&quot; is the port beside the subscriber&apos;s own address: map &quot;local_party_ip&quot; too</source>
        <translation>„local_party_port“ ist der Port neben der eigenen Adresse des Teilnehmers: ordnen Sie auch „local_party_ip“ zu</translation>
    </message>
    <message>
        <source>&quot;local_party_ip&quot; is the subscriber&apos;s own address, read in one subscriber&apos;s records (&quot;remote_party&quot; and &quot;direction&quot;); where both parties have columns, whose address it is the file does not say: map it as &quot;client_ip&quot; if it is the initiator&apos;s, or leave it out (its cells are kept with each record)</source>
        <translation>„local_party_ip“ ist die eigene Adresse des Teilnehmers, gelesen in den Datensätzen eines Teilnehmers („remote_party“ und „direction“); wo beide Parteien eigene Spalten haben, sagt die Datei nicht, wessen Adresse sie ist: ordnen Sie sie als „client_ip“ zu, wenn sie die des Auslösers ist, oder lassen Sie sie weg (ihre Zellen bleiben bei jedem Datensatz erhalten)</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>no header row of a known format was found in the first %1 rows; the file needs a column mapping (--profile)</source>
        <translation>in den ersten %1 Zeilen wurde keine Kopfzeile eines bekannten Formats gefunden; die Datei braucht eine Spaltenzuordnung (--profile)</translation>
    </message>
    <message>
        <source>%1: the header row at line %2 has %3</source>
        <translation>%1: die Kopfzeile in Zeile %2 hat %3</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a stray delimiter?)</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat (ein überzähliges Trennzeichen?)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a missing field?)</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat (ein fehlendes Feld?)</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>a handle holds nothing but a URI prefix</source>
        <translation>eine Kennung enthält nur ein URI-Präfix</translation>
    </message>
    <message>
        <source>the device count &quot;%1&quot; is not a whole number</source>
        <translation>die Geräteanzahl „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message>
        <source>no header row with %1 was found in the first %2 rows</source>
        <translation>in den ersten %2 Zeilen wurde keine Kopfzeile mit %1 gefunden</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>the client IP &quot;%1&quot; names port %2, the port column %3</source>
        <translation>die Client-IP „%1“ nennt Port %2, die Port-Spalte %3</translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot; cannot be read and was not imported</source>
        <translation>das Arbeitsblatt „%1“ ist nicht lesbar und wurde nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source> (nor in the workbook&apos;s %n other worksheet(s))</source>
        <translation>
            <numerusform> (auch nicht im %n anderen Arbeitsblatt der Arbeitsmappe)</numerusform>
            <numerusform> (auch nicht in den %n anderen Arbeitsblättern der Arbeitsmappe)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the header row at line %2 of the worksheet &quot;%3&quot; has %4</source>
        <translation>%1: die Kopfzeile in Zeile %2 des Arbeitsblatts „%3“ hat %4</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; was saved in scientific notation, its last digits rounded away (save the column as text from the original and import again)</source>
        <translation>der Wert „%2“ im Feld „%1“ wurde in wissenschaftlicher Schreibweise gespeichert, seine letzten Ziffern sind weggerundet (speichern Sie die Spalte aus dem Original als Text und importieren Sie erneut)</translation>
    </message>
    <message>
        <source>from line %1 the file holds a header row of another format, %2: the rows after it are read as that format</source>
        <translation>ab Zeile %1 enthält die Datei eine Kopfzeile eines anderen Formats, %2: die Zeilen danach werden in diesem Format gelesen</translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: no header row was recognised in it</source>
        <translation>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeile mit Werten) wurde nicht importiert: keine Kopfzeile darin wurde erkannt</numerusform>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeilen mit Werten) wurde nicht importiert: keine Kopfzeile darin wurde erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not read: only one worksheet of a workbook was imported; save that sheet as a file of its own to import it</source>
        <translation>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeile mit Werten) wurde nicht gelesen: nur ein Arbeitsblatt einer Arbeitsmappe wurde importiert; speichern Sie das Blatt als eigene Datei, um es zu importieren</numerusform>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeilen mit Werten) wurde nicht gelesen: nur ein Arbeitsblatt einer Arbeitsmappe wurde importiert; speichern Sie das Blatt als eigene Datei, um es zu importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no header row; read as going on from the worksheet before it, by the header row at line %2 of the worksheet &quot;%3&quot;</source>
        <translation>%1: keine Kopfzeile; gelesen als Fortsetzung des Arbeitsblatts davor, nach der Kopfzeile in Zeile %2 des Arbeitsblatts „%3“</translation>
    </message>
    <message>
        <source>%1: the worksheet &quot;%2&quot; has no header row; read, as going on from the worksheet &quot;%3&quot; before it, by the header row at line %4 of the worksheet &quot;%5&quot;, which has %6</source>
        <translation>%1: das Arbeitsblatt „%2“ hat keine Kopfzeile; gelesen als Fortsetzung des Arbeitsblatts „%3“ davor, nach der Kopfzeile in Zeile %4 des Arbeitsblatts „%5“, die %6 enthält</translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: it has no header row, but its first row fills the columns of the records in the worksheet before it, &quot;%2&quot;; if it goes on from them, it can be read as continued</source>
        <translation>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeile mit Werten) wurde nicht importiert: es hat keine Kopfzeile, aber seine erste Zeile füllt die Spalten der Datensätze im Arbeitsblatt davor, „%2“; setzt es sie fort, kann es als Fortsetzung gelesen werden</numerusform>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeilen mit Werten) wurde nicht importiert: es hat keine Kopfzeile, aber seine erste Zeile füllt die Spalten der Datensätze im Arbeitsblatt davor, „%2“; setzt es sie fort, kann es als Fortsetzung gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fields where the file&apos;s rows have %2 (a stray delimiter?)</source>
        <translation>%1 Felder, wo die Zeilen der Datei %2 haben (ein überzähliges Trennzeichen?)</translation>
    </message>
    <message>
        <source>%1 fields where the file&apos;s rows have %2 (a missing field?)</source>
        <translation>%1 Felder, wo die Zeilen der Datei %2 haben (ein fehlendes Feld?)</translation>
    </message>
    <message>
        <source>the profile must number the columns of %1</source>
        <translation>das Profil muss die Spalten für %1 nummerieren</translation>
    </message>
    <message>
        <source>none of the first %1 rows fills the columns the mapping numbers (%2) with a time where it places one</source>
        <translation>keine der ersten %1 Zeilen füllt die Spalten, die die Zuordnung nummeriert (%2), mit einer Zeitangabe dort, wo sie eine vorsieht</translation>
    </message>
    <message>
        <source>%1: no header row; columns by number, as the mapping numbers them: %2</source>
        <translation>%1: keine Kopfzeile; Spalten nach Nummer, wie die Zuordnung sie nummeriert: %2</translation>
    </message>
    <message>
        <source>%1: the worksheet &quot;%2&quot; has no header row; columns by number, as the mapping numbers them: %3</source>
        <translation>%1: das Arbeitsblatt „%2“ hat keine Kopfzeile; Spalten nach Nummer, wie die Zuordnung sie nummeriert: %3</translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: none of its first rows fills the columns the mapping numbers with a time where it places one</source>
        <translation>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeile mit Werten) wurde nicht importiert: keine seiner ersten Zeilen füllt die Spalten, die die Zuordnung nummeriert, mit einer Zeitangabe dort, wo sie eine vorsieht</numerusform>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeilen mit Werten) wurde nicht importiert: keine seiner ersten Zeilen füllt die Spalten, die die Zuordnung nummeriert, mit einer Zeitangabe dort, wo sie eine vorsieht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the mapping numbers column %1 for the %2, but the rows of this file have %n column(s)</source>
        <translation>
            <numerusform>die Zuordnung nummeriert Spalte %1 für: %2, aber die Zeilen dieser Datei haben %n Spalte</numerusform>
            <numerusform>die Zuordnung nummeriert Spalte %1 für: %2, aber die Zeilen dieser Datei haben %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, before a header row the import knows</source>
        <translation>%1, vor einer Kopfzeile, die der Import kennt</translation>
    </message>
    <message>
        <source>only the rows before the damage were read; %1</source>
        <translation>nur die Zeilen vor der Beschädigung wurden gelesen; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: %1</source>
        <translation>
            <numerusform>%n Zeile dieser UTF-8-Datei ist nicht UTF-8 und wurde als Windows-1252 gelesen: %1</numerusform>
            <numerusform>%n Zeilen dieser UTF-8-Datei sind nicht UTF-8 und wurden als Windows-1252 gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (and no other worksheet of the workbook has a header row)</source>
        <translation> (und kein anderes Arbeitsblatt der Arbeitsmappe hat eine Kopfzeile)</translation>
    </message>
    <message>
        <source>the file ends inside line %1, with no line end after it: that line may have been cut short</source>
        <translation>die Datei endet in Zeile %1, ohne Zeilenende danach: diese Zeile kann abgeschnitten sein</translation>
    </message>
    <message>
        <source>years written with two digits, as on line %1 (&quot;%2&quot;), were read by POSIX&apos;s rule: 00–68 as 2000–2068, 69–99 as 1969–1999</source>
        <translation>zweistellig geschriebene Jahre, wie in Zeile %1 („%2“), wurden nach der POSIX-Regel gelesen: 00–68 als 2000–2068, 69–99 als 1969–1999</translation>
    </message>
    <message>
        <source>the subscriber, %1, named at line %2</source>
        <translation>den Teilnehmer, %1, genannt in Zeile %2</translation>
    </message>
    <message>
        <source>the subscriber declared, &quot;%1&quot;, is no valid phone number or e-mail address</source>
        <translation>der angegebene Teilnehmer, „%1“, ist keine gültige Telefonnummer oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the header row at line %1 has the other party and the direction of one subscriber&apos;s records, but no line above it names the subscriber (as &quot;Target Number: …&quot; does); declare whose records they are (--subscriber)</source>
        <translation>die Kopfzeile in Zeile %1 hat die Gegenseite und die Richtung der Datensätze eines Teilnehmers, aber keine Zeile darüber nennt den Teilnehmer (wie „Target Number: …“ es tut); geben Sie an, wessen Datensätze es sind (--subscriber)</translation>
    </message>
    <message>
        <source>the subscriber, %1, declared by the analyst</source>
        <translation>den Teilnehmer, %1, angegeben vom Analysten</translation>
    </message>
    <message>
        <source>the header of another table, whose columns are not those of %1: its rows are not read by the columns of the table above; to read them, map a copy of that table alone</source>
        <translation>die Kopfzeile einer anderen Tabelle, deren Spalten nicht die von %1 sind: ihre Zeilen werden nicht nach den Spalten der Tabelle darüber gelesen; um sie zu lesen, ordnen Sie die Spalten einer Kopie allein dieser Tabelle zu</translation>
    </message>
    <message>
        <source>in the table under the header at line %1, whose columns are not those of %2; to read its rows, map a copy of that table alone</source>
        <translation>in der Tabelle unter der Kopfzeile in Zeile %1, deren Spalten nicht die von %2 sind; um ihre Zeilen zu lesen, ordnen Sie die Spalten einer Kopie allein dieser Tabelle zu</translation>
    </message>
    <message>
        <source>in a table above line %1, where the first table of %2 begins; its columns are not that format&apos;s; to read its rows, map a copy of that table alone</source>
        <translation>in einer Tabelle über Zeile %1, wo die erste Tabelle von %2 beginnt; ihre Spalten sind nicht die dieses Formats; um ihre Zeilen zu lesen, ordnen Sie die Spalten einer Kopie allein dieser Tabelle zu</translation>
    </message>
    <message>
        <source>the %1 is &quot;%2&quot;, which says there is none</source>
        <translation>das Feld „%1“ ist „%2“, was sagt, dass es keinen Wert hat</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) hold no record and were not counted as rows: %1</source>
        <translation>
            <numerusform>%n leere Zeile enthält keinen Datensatz und wurde nicht als Zeile gezählt: %1</numerusform>
            <numerusform>%n leere Zeilen enthalten keinen Datensatz und wurden nicht als Zeilen gezählt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this UTF-16 file hold code units that are no text (a surrogate without its other half), read as U+FFFD (�) in their place: %1</source>
        <translation>
            <numerusform>%n Zeile dieser UTF-16-Datei enthält Codeeinheiten, die kein Text sind (ein Surrogat ohne seine andere Hälfte), gelesen als U+FFFD (�) an ihrer Stelle: %1</numerusform>
            <numerusform>%n Zeilen dieser UTF-16-Datei enthalten Codeeinheiten, die kein Text sind (ein Surrogat ohne seine andere Hälfte), gelesen als U+FFFD (�) an ihrer Stelle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold a character reference that names no character (as &quot;&amp;#xD83D;&quot;, half of a pair), read as U+FFFD (�) in its place: %1</source>
        <translation>
            <numerusform>%n Zeile enthält eine Zeichenreferenz, die kein Zeichen benennt (wie „&amp;#xD83D;“, die Hälfte eines Paars), gelesen als U+FFFD (�) an ihrer Stelle: %1</numerusform>
            <numerusform>%n Zeilen enthalten eine Zeichenreferenz, die kein Zeichen benennt (wie „&amp;#xD83D;“, die Hälfte eines Paars), gelesen als U+FFFD (�) an ihrer Stelle: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hold a control character XML does not allow (its XML is not well-formed there), read as it stands, as a text file&apos;s would be: %1</source>
        <translation>
            <numerusform>%n Zeile enthält ein Steuerzeichen, das XML nicht erlaubt (ihr XML ist dort nicht wohlgeformt), gelesen, wie es steht, wie bei einer Textdatei: %1</numerusform>
            <numerusform>%n Zeilen enthalten ein Steuerzeichen, das XML nicht erlaubt (ihr XML ist dort nicht wohlgeformt), gelesen, wie es steht, wie bei einer Textdatei: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) write values as Excel&apos;s formulas of text (as =&quot;+12025550100&quot;, which Excel shows as +12025550100), read as the text they show: %1</source>
        <translation>
            <numerusform>%n Zeile schreibt Werte als Excel-Formeln eines Texts (wie =&quot;+12025550100&quot;, was Excel als +12025550100 zeigt), gelesen als der Text, den sie zeigen: %1</numerusform>
            <numerusform>%n Zeilen schreiben Werte als Excel-Formeln eines Texts (wie =&quot;+12025550100&quot;, was Excel als +12025550100 zeigt), gelesen als der Text, den sie zeigen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this worksheet is hidden in its workbook, no tab showing it; its rows were read as any other worksheet&apos;s</source>
        <translation>dieses Arbeitsblatt ist in seiner Arbeitsmappe ausgeblendet, kein Tabellenreiter zeigt es; seine Tabellenzeilen wurden wie die jedes anderen Arbeitsblatts gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are hidden or filtered out, and not shown by the spreadsheet program; they are in the file and were read as every other row: %1</source>
        <translation>
            <numerusform>%n Tabellenzeile ist ausgeblendet oder herausgefiltert und wird vom Tabellenprogramm nicht angezeigt; sie steht in der Datei und wurde wie jede andere Tabellenzeile gelesen: %1</numerusform>
            <numerusform>%n Tabellenzeilen sind ausgeblendet oder herausgefiltert und werden vom Tabellenprogramm nicht angezeigt; sie stehen in der Datei und wurden wie jede andere Tabellenzeile gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel 2007 or later and LibreOffice</source>
        <translation>Excel 2007 oder später und LibreOffice</translation>
    </message>
    <message>
        <source>the file ends at line %1, the last row a worksheet of %2 can hold: if it was saved from a spreadsheet program that had opened a larger file, the records past that row were cut off, and are not in it</source>
        <translation>die Datei endet in Zeile %1, der letzten Tabellenzeile, die ein Arbeitsblatt von %2 fassen kann: wurde sie aus einem Tabellenprogramm gespeichert, das eine größere Datei geöffnet hatte, so wurden die Datensätze nach dieser Zeile abgeschnitten und sind nicht in ihr</translation>
    </message>
    <message>
        <source>the worksheet ends at row %1, the last row a worksheet of %2 can hold: if it was made by opening a larger file, the records past that row were cut off before it was saved, and are not in it</source>
        <translation>das Arbeitsblatt endet in Tabellenzeile %1, der letzten, die ein Arbeitsblatt von %2 fassen kann: entstand es durch Öffnen einer größeren Datei, so wurden die Datensätze nach dieser Tabellenzeile vor dem Speichern abgeschnitten und sind nicht in ihm</translation>
    </message>
    <message>
        <source>Excel 97-2003</source>
        <translation>Excel 97-2003</translation>
    </message>
    <message>
        <source>the times of this file give hours and minutes but no seconds, as on line %1 (&quot;%2&quot;): each was read as the start of its minute. Excel writes a workbook&apos;s times so when it saves it as CSV, dropping their seconds: the same records read from the workbook itself would fall seconds later, and would not be recognised as the same</source>
        <translation>die Zeiten dieser Datei nennen Stunden und Minuten, aber keine Sekunden, wie in Zeile %1 („%2“): jede wurde als Beginn ihrer Minute gelesen. So schreibt Excel die Zeiten einer Arbeitsmappe, wenn es sie als CSV speichert, und lässt ihre Sekunden fort: dieselben Datensätze, aus der Arbeitsmappe selbst gelesen, lägen Sekunden später und würden nicht als dieselben erkannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) are written as digits only and are no number of the region %1, but valid international numbers with a &quot;+&quot; before them, as Excel drops it when it opens a CSV file: %2. They were kept as written, apart from the same numbers written with their &quot;+&quot;</source>
        <translation>
            <numerusform>%n Kennung besteht nur aus Ziffern und ist keine Nummer der Region %1, aber eine gültige internationale Nummer mit einem „+“ davor, wie Excel es beim Öffnen einer CSV-Datei fortlässt: %2. Sie wurde wie geschrieben übernommen, getrennt von derselben Nummer mit ihrem „+“</numerusform>
            <numerusform>%n Kennungen bestehen nur aus Ziffern und sind keine Nummern der Region %1, aber gültige internationale Nummern mit einem „+“ davor, wie Excel es beim Öffnen einer CSV-Datei fortlässt: %2. Sie wurden wie geschrieben übernommen, getrennt von denselben Nummern mit ihrem „+“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call id(s) were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): rounded, an id could be another call&apos;s, so no rows were joined as legs of one call by them</source>
        <translation>
            <numerusform>%n Anrufkennung wurde in wissenschaftlicher Schreibweise gespeichert, ihre letzten Ziffern weggerundet (wie „%1“ in Zeile %2, wie Excel lange Zahlen schreibt): gerundet könnte eine Kennung die eines anderen Anrufs sein, daher wurden über sie keine Zeilen als Abschnitte eines Anrufs verbunden</numerusform>
            <numerusform>%n Anrufkennungen wurden in wissenschaftlicher Schreibweise gespeichert, ihre letzten Ziffern weggerundet (wie „%1“ in Zeile %2, wie Excel lange Zahlen schreibt): gerundet könnte eine Kennung die eines anderen Anrufs sein, daher wurden über sie keine Zeilen als Abschnitte eines Anrufs verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record id(s) were saved in scientific notation, their last digits rounded away (as &quot;%1&quot; on line %2, as Excel writes long numbers): the same records from the file as delivered carry their whole ids, and would not be recognised as the same</source>
        <translation>
            <numerusform>%n Datensatznummer wurde in wissenschaftlicher Schreibweise gespeichert, ihre letzten Ziffern weggerundet (wie „%1“ in Zeile %2, wie Excel lange Zahlen schreibt): dieselben Datensätze aus der Datei, wie sie geliefert wurde, tragen ihre ganzen Nummern und würden nicht als dieselben erkannt</numerusform>
            <numerusform>%n Datensatznummern wurden in wissenschaftlicher Schreibweise gespeichert, ihre letzten Ziffern weggerundet (wie „%1“ in Zeile %2, wie Excel lange Zahlen schreibt): dieselben Datensätze aus der Datei, wie sie geliefert wurde, tragen ihre ganzen Nummern und würden nicht als dieselben erkannt</numerusform>
        </translation>
    </message>
    <message>
        <source>the times of this file give hours and minutes but no seconds, as on line %1 (&quot;%2&quot;): each was read as the start of its minute; the same records from a file giving their seconds would fall seconds later, and would not be recognised as the same</source>
        <translation>die Zeiten dieser Datei nennen Stunden und Minuten, aber keine Sekunden, wie in Zeile %1 („%2“): jede wurde als Beginn ihrer Minute gelesen; dieselben Datensätze aus einer Datei, die ihre Sekunden nennt, lägen Sekunden später und würden nicht als dieselben erkannt</translation>
    </message>
    <message>
        <source>the file was cut short inside this line: what is left of the record is incomplete</source>
        <translation>die Datei bricht innerhalb dieser Zeile ab: der verbliebene Rest des Datensatzes ist unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold a cell whose value a formula computes; it was read as the result the file saved (what the spreadsheet program showed when it saved it): %1</source>
        <translation>
            <numerusform>%n Tabellenzeile enthält eine Zelle, deren Wert eine Formel berechnet; gelesen wurde das Ergebnis, das die Datei gespeichert hat (was das Tabellenprogramm beim Speichern zeigte): %1</numerusform>
            <numerusform>%n Tabellenzeilen enthalten eine Zelle, deren Wert eine Formel berechnet; gelesen wurde das Ergebnis, das die Datei gespeichert hat (was das Tabellenprogramm beim Speichern zeigte): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold a formula the file saved no result for (or an empty one): the cell was read as empty, where the spreadsheet program shows what it computes on opening: %1</source>
        <translation>
            <numerusform>%n Tabellenzeile enthält eine Formel, für die die Datei kein Ergebnis gespeichert hat (oder ein leeres): Die Zelle wurde als leer gelesen, wo das Tabellenprogramm zeigt, was es beim Öffnen berechnet: %1</numerusform>
            <numerusform>%n Tabellenzeilen enthalten eine Formel, für die die Datei kein Ergebnis gespeichert hat (oder ein leeres): Die Zelle wurde als leer gelesen, wo das Tabellenprogramm zeigt, was es beim Öffnen berechnet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) are hidden, and not shown by the spreadsheet program; they are in the file and were read as every other column: %1</source>
        <translation>
            <numerusform>%n Spalte ist ausgeblendet und wird vom Tabellenprogramm nicht angezeigt; sie steht in der Datei und wurde wie jede andere Spalte gelesen: %1</numerusform>
            <numerusform>%n Spalten sind ausgeblendet und werden vom Tabellenprogramm nicht angezeigt; sie stehen in der Datei und wurden wie jede andere Spalte gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no header</source>
        <translation>ohne Spaltenüberschrift</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (%2, kept among the row&apos;s other columns)</source>
        <translation>%1 (%2, bei den übrigen Spalten der Tabellenzeile aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 (%2, read as the %3)</source>
        <translation>%1 (%2, gelesen als %3)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>cells of %n column(s) hold values their number format shows as nothing (as &quot;;;;&quot; does), shown blank by the spreadsheet program; they are in the file and were read: %1</source>
        <translation>
            <numerusform>Zellen von %n Spalte enthalten Werte, die ihr Zahlenformat nicht anzeigt (wie „;;;“), und werden von der Tabellenkalkulation leer angezeigt; sie stehen in der Datei und wurden gelesen: %1</numerusform>
            <numerusform>Zellen von %n Spalten enthalten Werte, die ihr Zahlenformat nicht anzeigt (wie „;;;“), und werden von der Tabellenkalkulation leer angezeigt; sie stehen in der Datei und wurden gelesen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n row(s): %2</source>
        <translation>
            <numerusform>%1 in %n Tabellenzeile: %2</numerusform>
            <numerusform>%1 in %n Tabellenzeilen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — by column: %2</source>
        <translation>%1 — nach Spalte: %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>a record above the header row at line %1: its cells fit that header&apos;s columns and its time reads, but no header above it names its columns, so it is not read (to read it, import a copy with the row below the header)</source>
        <translation>ein Datensatz über der Kopfzeile in Zeile %1: Seine Zellen passen zu den Spalten dieser Kopfzeile und seine Zeit ist lesbar, aber keine Kopfzeile darüber benennt seine Spalten, daher wird er nicht gelesen (um ihn zu lesen, importieren Sie eine Kopie mit der Zeile unter der Kopfzeile)</translation>
    </message>
    <message>
        <source>Times read as %1 (the timestamp format &quot;%2&quot;, declared by the analyst)</source>
        <translation>Zeiten gelesen als %1 (das Zeitstempelformat „%2“, vom Analysten angegeben)</translation>
    </message>
    <message numerus="yes">
        <source>%n handle spelling(s) were read without characters that are no part of a handle (the records keep them as written): marks no one sees, as a zero-width space or a direction mark (shown here as their code points), the apostrophe Excel puts before a cell&apos;s text, or quotes around the whole of it: %1</source>
        <translation>
            <numerusform>%n Schreibweise einer Kennung wurde ohne Zeichen gelesen, die zu keiner Kennung gehören (die Datensätze behalten sie wie geschrieben): Zeichen, die niemand sieht, wie ein Leerzeichen ohne Breite oder eine Richtungsmarke (hier als ihre Codepunkte gezeigt), der Apostroph, den Excel vor den Text einer Zelle setzt, oder Anführungszeichen um den ganzen Text: %1</numerusform>
            <numerusform>%n Schreibweisen von Kennungen wurden ohne Zeichen gelesen, die zu keiner Kennung gehören (die Datensätze behalten sie wie geschrieben): Zeichen, die niemand sieht, wie ein Leerzeichen ohne Breite oder eine Richtungsmarke (hier als ihre Codepunkte gezeigt), der Apostroph, den Excel vor den Text einer Zelle setzt, oder Anführungszeichen um den ganzen Text: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Durations read in %1, as the header &quot;%2&quot; names them</source>
        <translation>Dauern in %1 gelesen, wie die Kopfzeile „%2“ sie angibt</translation>
    </message>
    <message>
        <source>Durations read in %1, as the column mapping declares them</source>
        <translation>Dauern in %1 gelesen, wie die Spaltenzuordnung sie angibt</translation>
    </message>
    <message>
        <source>Times read as %1, as the header &quot;%2&quot; names them</source>
        <translation>Zeiten als %1 gelesen, wie die Kopfzeile „%2“ sie angibt</translation>
    </message>
    <message>
        <source>the header gives its times the label &quot;%1&quot;, which names no zone by itself: they were read in the zone declared, %2</source>
        <translation>die Kopfzeile gibt ihren Zeiten die Bezeichnung „%1“, die für sich allein keine Zone benennt: sie wurden in der angegebenen Zone gelesen, %2</translation>
    </message>
    <message numerus="yes">
        <source>; %1 is called %2, not %3, at %n of the times read (the first at line %4)</source>
        <translation>
            <numerusform>; %1 heißt bei %n der gelesenen Zeiten %2, nicht %3 (die erste in Zeile %4)</numerusform>
            <numerusform>; %1 heißt bei %n der gelesenen Zeiten %2, nicht %3 (die erste in Zeile %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>: if the provider kept %1 all year, declare its offset</source>
        <translation>: hat der Provider das ganze Jahr %1 verwendet, geben Sie dessen Abstand zu UTC an</translation>
    </message>
    <message>
        <source>: if the provider kept %1 all year, declare its offset, UTC%2</source>
        <translation>: hat der Provider das ganze Jahr %1 verwendet, geben Sie dessen Abstand zu UTC an, UTC%2</translation>
    </message>
    <message>
        <source>Each time read in the zone its row gives in the column &quot;%1&quot;, where the time states none of its own</source>
        <translation>Jede Zeit in der Zone gelesen, die ihre Zeile in der Spalte „%1“ angibt, wo die Zeit selbst keine nennt</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; was not read as the times&apos; zone: the timestamp&apos;s header names theirs</source>
        <translation>Die Spalte „%1“ wurde nicht als Zone der Zeiten gelesen: die Kopfzeile des Zeitstempels nennt deren Zone</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; was not read as the times&apos; zone: they are counted from 1970-01-01 00:00 UTC</source>
        <translation>Die Spalte „%1“ wurde nicht als Zone der Zeiten gelesen: sie zählen ab 1970-01-01 00:00 UTC</translation>
    </message>
    <message>
        <source>none of the %1 times read has an hour past 12, nor AM or PM (the first, on line %2: &quot;%3&quot;): if the provider wrote a 12-hour clock without them, each afternoon time was read 12 hours early</source>
        <translation>keine der %1 gelesenen Zeiten hat eine Stunde nach 12, noch AM oder PM (die erste, in Zeile %2: „%3“): hat der Provider eine 12-Stunden-Uhr ohne diese geschrieben, wurde jede Nachmittagszeit 12 Stunden zu früh gelesen</translation>
    </message>
    <message>
        <source>Dates read day first (03/04/2016 is 3 April), as the header &quot;%1&quot; writes them</source>
        <translation>Datumsangaben mit dem Tag zuerst gelesen (03/04/2016 ist der 3. April), wie die Kopfzeile „%1“ sie schreibt</translation>
    </message>
    <message>
        <source>Dates read month first (03/04/2016 is 4 March), as the header &quot;%1&quot; writes them</source>
        <translation>Datumsangaben mit dem Monat zuerst gelesen (03/04/2016 ist der 4. März), wie die Kopfzeile „%1“ sie schreibt</translation>
    </message>
    <message>
        <source>no header row in the first %1 rows has the columns the profile names for %2: %3 (headers compared in lower case, by their letters and digits)</source>
        <translation>in den ersten %1 Zeilen hat keine Kopfzeile die Spalten, die das Profil für %2 nennt: %3 (Kopfzeilen in Kleinbuchstaben, nach ihren Buchstaben und Ziffern verglichen)</translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short before a header row the import knows ended: the %n line(s) it holds have none, so none of its records can be read</source>
        <translation>
            <numerusform>die Datei wurde abgeschnitten, bevor eine Kopfzeile endete, die der Import kennt: die %n Zeile, die sie enthält, hat keine, daher kann keiner ihrer Datensätze gelesen werden</numerusform>
            <numerusform>die Datei wurde abgeschnitten, bevor eine Kopfzeile endete, die der Import kennt: die %n Zeilen, die sie enthält, haben keine, daher kann keiner ihrer Datensätze gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no rows: its %n line(s) are blank</source>
        <translation>
            <numerusform>die Datei hat keine Zeilen mit Inhalt: ihre %n Zeile ist leer</numerusform>
            <numerusform>die Datei hat keine Zeilen mit Inhalt: ihre %n Zeilen sind leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handle(s) begin with a &quot;0&quot;, as numbers are dialled within a country (a trunk &quot;0&quot;, or &quot;00&quot; before a country code), and are no number of the region %1: %2. They were kept as written, apart from the same numbers written with their country code; if the file writes another country&apos;s numbers, declare its region (--region)</source>
        <translation>
            <numerusform>%n Kennung beginnt mit einer „0“, wie Nummern innerhalb eines Landes gewählt werden (eine Verkehrsausscheidungsziffer „0“ oder „00“ vor einer Landesvorwahl), und ist keine Nummer der Region %1: %2. Sie wurde wie geschrieben übernommen, getrennt von derselben Nummer mit ihrer Landesvorwahl; schreibt die Datei die Nummern eines anderen Landes, geben Sie seine Region an (--region)</numerusform>
            <numerusform>%n Kennungen beginnen mit einer „0“, wie Nummern innerhalb eines Landes gewählt werden (eine Verkehrsausscheidungsziffer „0“ oder „00“ vor einer Landesvorwahl), und sind keine Nummern der Region %1: %2. Sie wurden wie geschrieben übernommen, getrennt von denselben Nummern mit ihrer Landesvorwahl; schreibt die Datei die Nummern eines anderen Landes, geben Sie seine Region an (--region)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the worksheet &quot;%1&quot; (%n row(s) with values) was not imported: %2</source>
        <translation>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeile mit Werten) wurde nicht importiert: %2</numerusform>
            <numerusform>das Arbeitsblatt „%1“ (%n Zeilen mit Werten) wurde nicht importiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot;: %2</source>
        <translation>das Arbeitsblatt „%1“: %2</translation>
    </message>
    <message>
        <source>the worksheet &quot;%1&quot; cannot be read and was not imported: %2</source>
        <translation>das Arbeitsblatt „%1“ ist nicht lesbar und wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>the header row at line %1 has the other party and the direction of one subscriber&apos;s records, but the lines above it name two subscribers, %2; declare whose records they are (--subscriber)</source>
        <translation>die Kopfzeile in Zeile %1 hat die Gegenseite und die Richtung der Datensätze eines Teilnehmers, aber die Zeilen darüber nennen zwei Teilnehmer, %2; geben Sie an, wessen Datensätze es sind (--subscriber)</translation>
    </message>
    <message>
        <source>%1 (line %2) and %3 (line %4)</source>
        <translation>%1 (Zeile %2) und %3 (Zeile %4)</translation>
    </message>
    <message>
        <source>the subscriber, %1, declared by the analyst where the lines above name two, %2</source>
        <translation>den Teilnehmer, %1, angegeben vom Analysten, wo die Zeilen darüber zwei nennen, %2</translation>
    </message>
    <message>
        <source>the lines above the header row at line %1 name two subscribers, %2: whose records these are cannot be told (declare it: --subscriber)</source>
        <translation>die Zeilen über der Kopfzeile in Zeile %1 nennen zwei Teilnehmer, %2: wessen Datensätze dies sind, lässt sich nicht sagen (geben Sie es an: --subscriber)</translation>
    </message>
    <message>
        <source>1 field where the file&apos;s rows have %1: a line of text, not a row of the table (a title, a rule or the report&apos;s end?)</source>
        <translation>1 Feld, wo die Zeilen der Datei %1 haben: eine Textzeile, keine Zeile der Tabelle (ein Titel, eine Linie oder das Ende des Berichts?)</translation>
    </message>
    <message>
        <source>1 field where the header has %1: a line of text, not a row of the table (a title, a rule or the report&apos;s end?)</source>
        <translation>1 Feld, wo die Kopfzeile %1 hat: eine Textzeile, keine Zeile der Tabelle (ein Titel, eine Linie oder das Ende des Berichts?)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) write values with the apostrophe Excel puts before a cell&apos;s text to keep it as typed (as &apos;2016-09-12 14:03:07) or between two of them (as &apos;15/04/2026&apos;), read without them: %1</source>
        <translation>
            <numerusform>%n Zeile schreibt Werte mit dem Apostroph, den Excel vor den Text einer Zelle setzt, um ihn wie eingegeben zu behalten (wie &apos;2016-09-12 14:03:07), oder zwischen zwei davon (wie &apos;15/04/2026&apos;), ohne sie gelesen: %1</numerusform>
            <numerusform>%n Zeilen schreiben Werte mit dem Apostroph, den Excel vor den Text einer Zelle setzt, um ihn wie eingegeben zu behalten (wie &apos;2016-09-12 14:03:07), oder zwischen zwei davon (wie &apos;15/04/2026&apos;), ohne sie gelesen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) written without a country code (%1) were read as numbers of the region %2, where the carriers whose records the format %3 reads write numbers of the region %4: if the file is theirs, declare its region (--region %4)</source>
        <translation>
            <numerusform>%n Nummer ohne Ländervorwahl (%1) wurde als Nummer der Region %2 gelesen, wo die Netzbetreiber, deren Datensätze das Format %3 liest, Nummern der Region %4 schreiben: ist die Datei von ihnen, geben Sie ihre Region an (--region %4)</numerusform>
            <numerusform>%n Nummern ohne Ländervorwahl (%1) wurden als Nummern der Region %2 gelesen, wo die Netzbetreiber, deren Datensätze das Format %3 liest, Nummern der Region %4 schreiben: ist die Datei von ihnen, geben Sie ihre Region an (--region %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the header row at line %2 of the array &quot;%3&quot; has %4</source>
        <translation>%1: die Kopfzeile in Zeile %2 des Arrays „%3“ hat %4</translation>
    </message>
    <message numerus="yes">
        <source>the array &quot;%1&quot; of the file&apos;s records (%n object(s)) was not imported: %2</source>
        <translation>
            <numerusform>das Array „%1“ der Datensätze der Datei (%n Objekt) wurde nicht importiert: %2</numerusform>
            <numerusform>das Array „%1“ der Datensätze der Datei (%n Objekte) wurde nicht importiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no format&apos;s columns, nor the mapping&apos;s, were recognised among its keys</source>
        <translation>unter seinen Schlüsseln wurden weder die Spalten eines Formats noch die der Zuordnung erkannt</translation>
    </message>
    <message numerus="yes">
        <source> (nor in the file&apos;s %n other array(s) of records)</source>
        <translation>
            <numerusform> (auch nicht im %n anderen Array von Datensätzen der Datei)</numerusform>
            <numerusform> (auch nicht in den %n anderen Arrays von Datensätzen der Datei)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the keys of its records (the first&apos;s at line %2) have %3</source>
        <translation>%1: die Schlüssel seiner Datensätze (die des ersten in Zeile %2) haben %3</translation>
    </message>
    <message>
        <source>%1: the keys of the records of the array &quot;%3&quot; (the first&apos;s at line %2) have %4</source>
        <translation>%1: die Schlüssel der Datensätze des Arrays „%3“ (die des ersten in Zeile %2) haben %4</translation>
    </message>
    <message>
        <source>the array &quot;%1&quot;: %2</source>
        <translation>das Array „%1“: %2</translation>
    </message>
    <message>
        <source>%1: the names its member &quot;%3&quot; lists (line %2) have %4</source>
        <translation>%1: die Namen, die sein Mitglied „%3“ aufführt (Zeile %2), haben %4</translation>
    </message>
    <message>
        <source>%1: the names the member &quot;%5&quot; lists (line %2) for the array &quot;%3&quot; have %4</source>
        <translation>%1: die Namen, die das Mitglied „%5“ für das Array „%3“ aufführt (Zeile %2), haben %4</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the file&apos;s rows have %1</source>
        <translation>
            <numerusform>%n Wert, wo die Zeilen der Datei %1 haben</numerusform>
            <numerusform>%n Werte, wo die Zeilen der Datei %1 haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) where the header has %1</source>
        <translation>
            <numerusform>%n Wert, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>%n Werte, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n JSON record(s) with no value (as {}, [] or all their values null or empty) were not counted as rows, at the lines they begin on: %1</source>
        <translation>
            <numerusform>%n JSON-Datensatz ohne Wert (wie {}, [] oder mit nur leeren oder null-Werten) wurde nicht als Zeile gezählt, in der Zeile, in der er beginnt: %1</numerusform>
            <numerusform>%n JSON-Datensätze ohne Wert (wie {}, [] oder mit nur leeren oder null-Werten) wurden nicht als Zeilen gezählt, in den Zeilen, in denen sie beginnen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the array &quot;%1&quot; of the file&apos;s records (%n array(s) of values) was not imported: %2</source>
        <translation>
            <numerusform>das Array „%1“ der Datensätze der Datei (%n Array von Werten) wurde nicht importiert: %2</numerusform>
            <numerusform>das Array „%1“ der Datensätze der Datei (%n Arrays von Werten) wurde nicht importiert: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no format&apos;s columns, nor the mapping&apos;s, were recognised in its first rows</source>
        <translation>in seinen ersten Zeilen wurden weder die Spalten eines Formats noch die der Zuordnung erkannt</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file has no part %1</source>
        <translation>die Datei hat keinen Teil %1</translation>
    </message>
    <message>
        <source>nothing from here on can be read; %1</source>
        <translation>ab hier kann nichts gelesen werden; %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>named .pdf, but not a PDF: it does not begin as one (&quot;%PDF-&quot;)</source>
        <translation>mit der Endung .pdf, aber kein PDF: die Datei beginnt nicht wie eines („%PDF-“)</translation>
    </message>
    <message>
        <source>named .zip, and it begins as a ZIP, but it ends before its first entry&apos;s header does: it was cut short</source>
        <translation>mit der Endung .zip, und sie beginnt wie ein ZIP, endet aber vor dem Ende der Kopfdaten ihres ersten Eintrags: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>named .zip, but not a ZIP: it does not begin as one (&quot;PK&quot;)</source>
        <translation>mit der Endung .zip, aber kein ZIP: die Datei beginnt nicht wie eines („PK“)</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <source>%1 Not simply the records its file holds: some of them stand in another source too, counted in both, or parts of the file were not read. The source&apos;s description says which.</source>
        <translation>%1 Nicht einfach die Datensätze, die ihre Datei enthält: Einige stehen auch in einer anderen Quelle und sind in beiden gezählt, oder Teile der Datei wurden nicht gelesen. Die Beschreibung der Quelle sagt, was davon.</translation>
    </message>
</context>
<context>
    <name>TimelineData</name>
    <message numerus="yes">
        <source>%1 and %n more handle(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Kennung</numerusform>
            <numerusform>%1 und %n weitere Kennungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRangeSelector</name>
    <message>
        <source>Range selector: click to centre the timeline there, drag to choose the window</source>
        <translation>Bereichswahl: Klick zentriert die Zeitleiste dort, Ziehen wählt das Zeitfenster</translation>
    </message>
    <message>
        <source>Whole time range: drag to choose the part shown</source>
        <translation>Ganzer Zeitraum: ziehen, um den gezeigten Teil zu wählen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Lookup made ▲ (hollow)</source>
        <translation>Abfrage gestellt ▲ (hohl)</translation>
    </message>
    <message>
        <source>Looked up by others ▼ (hollow)</source>
        <translation>Von anderen abgefragt ▼ (hohl)</translation>
    </message>
    <message>
        <source>Communication made ▲ (filled)</source>
        <translation>Kommunikation ausgehend ▲ (gefüllt)</translation>
    </message>
    <message>
        <source>Communication received ▼ (filled)</source>
        <translation>Kommunikation eingehend ▼ (gefüllt)</translation>
    </message>
    <message>
        <source>Connection (tick)</source>
        <translation>Verbindung (Strich)</translation>
    </message>
    <message>
        <source>One lane per evidence class</source>
        <translation>Eine Spur je Beweisklasse</translation>
    </message>
    <message>
        <source>One lane per counterpart</source>
        <translation>Eine Spur je Gegenstelle</translation>
    </message>
    <message>
        <source>Fit to data</source>
        <translation>Auf Daten zoomen</translation>
    </message>
    <message>
        <source>Export PNG/PDF…</source>
        <translation>PNG/PDF exportieren …</translation>
    </message>
    <message>
        <source>Lookups per bin (outlined)</source>
        <translation>Abfragen je Intervall (umrandet)</translation>
    </message>
    <message>
        <source>Communications per bin (filled)</source>
        <translation>Kommunikationen je Intervall (gefüllt)</translation>
    </message>
    <message>
        <source>Connections per bin (dotted)</source>
        <translation>Verbindungen je Intervall (gepunktet)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Select a handle to see its timeline</source>
        <translation>Wählen Sie eine Kennung, um ihre Zeitleiste zu sehen</translation>
    </message>
    <message>
        <source>Timeline of %1 — %2 · %3 · %4</source>
        <translation>Zeitleiste von %1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message numerus="yes">
        <source>%n other handle(s)</source>
        <translation>
            <numerusform>%n weitere Kennung</numerusform>
            <numerusform>%n weitere Kennungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no counterparts)</source>
        <translation>(keine Gegenstellen)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more IP(s): see the IPs list</source>
        <translation>
            <numerusform>%n weitere IP: siehe die IP-Liste</numerusform>
            <numerusform>%n weitere IPs: siehe die IP-Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>counts per hour</source>
        <translation>Anzahl pro Stunde</translation>
    </message>
    <message>
        <source>counts per day</source>
        <translation>Anzahl pro Tag</translation>
    </message>
    <message>
        <source>counts per week</source>
        <translation>Anzahl pro Woche</translation>
    </message>
    <message>
        <source>LookupLens — timeline of %1</source>
        <translation>LookupLens — Zeitleiste von %1</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>IP %1
%2</source>
        <translation>IP %1
%2</translation>
    </message>
    <message>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%1 von %2 von %3 bis %4</translation>
    </message>
    <message>
        <source>Click to list them in the events table.</source>
        <translation>Klicken Sie, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>In view: %1%2</source>
        <translation>Im Blick: %1%2</translation>
    </message>
    <message>
        <source>%1 made by %2 from IP %3, %4 to %5</source>
        <translation>%1 von %2 über die IP %3, %4 bis %5</translation>
    </message>
    <message>
        <source>every event of %1: %2</source>
        <translation>jedes Ereignis von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest hour(s) in view</source>
        <translation>
            <numerusform>der Stunde mit den meisten im Blick</numerusform>
            <numerusform>den %n Stunden mit den meisten im Blick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest day(s) in view</source>
        <translation>
            <numerusform>dem Tag mit den meisten im Blick</numerusform>
            <numerusform>den %n Tagen mit den meisten im Blick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n busiest week(s) in view</source>
        <translation>
            <numerusform>der Woche mit den meisten im Blick</numerusform>
            <numerusform>den %n Wochen mit den meisten im Blick</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in %3, %4 each, from %5 to %6</source>
        <translation>%1 von %2 in %3, je %4, von %5 bis %6</translation>
    </message>
    <message>
        <source> — drawn as %1 (busiest: %2); zoom in for single events</source>
        <translation> — gezeichnet als %1 (am meisten: %2); für einzelne Ereignisse hineinzoomen</translation>
    </message>
    <message>
        <source>Timeline of %1
%2 · %3 · %4</source>
        <translation>Zeitleiste von %1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Press Enter to list them in the events table.</source>
        <translation>Drücken Sie die Eingabetaste, um sie in der Ereignistabelle aufzulisten.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Marked by you (above its event)</source>
        <translation>Von Ihnen markiert (über seinem Ereignis)</translation>
    </message>
    <message>
        <source>&amp;List its events</source>
        <translation>Ereignisse &amp;auflisten</translation>
    </message>
    <message>
        <source>Show it on the m&amp;ap</source>
        <translation>Auf der &amp;Karte zeigen</translation>
    </message>
    <message>
        <source>List the events between its two &amp;handles</source>
        <translation>Ereignisse zwischen den beiden Kennungen au&amp;flisten</translation>
    </message>
    <message>
        <source>Show it and its source &amp;line</source>
        <translation>Ereignis und Quell&amp;zeile zeigen</translation>
    </message>
    <message>
        <source>Cross-&amp;reference its two handles</source>
        <translation>Die beiden Kennungen &amp;gegenüberstellen</translation>
    </message>
    <message>
        <source>Show its &amp;source</source>
        <translation>&amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>Show its client IP on the m&amp;ap</source>
        <translation>Client-IP auf der K&amp;arte zeigen</translation>
    </message>
</context>
<context>
    <name>TimelineWiring</name>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>IP %1, port %2</source>
        <translation>IP %1, Port %2</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>★ Marked by %1: %2</source>
        <translation>★ Markiert von %1: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
</context>
<context>
    <name>TimestampParser</name>
    <message>
        <source>unreadable timestamp &quot;%1&quot;</source>
        <translation>unlesbarer Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>impossible date or time &quot;%1&quot;</source>
        <translation>unmögliches Datum oder unmögliche Uhrzeit „%1“</translation>
    </message>
    <message>
        <source>spreadsheet date %1 is out of range</source>
        <translation>Tabellen-Datum %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the timestamp states no time zone and none was declared for the source; declare the zone the provider used (--timezone)</source>
        <translation>der Zeitstempel nennt keine Zeitzone, und für die Quelle wurde keine angegeben; geben Sie die Zone an, die der Provider verwendet hat (--timezone)</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (skipped by a daylight-saving change)</source>
        <translation>%1 gibt es in %2 nicht (durch eine Zeitumstellung übersprungen)</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; does not match the format &quot;%2&quot;</source>
        <translation>der Zeitstempel „%1“ passt nicht zum Format „%2“</translation>
    </message>
    <message>
        <source>dates like &quot;%1&quot; can be read day-first or month-first and the file does not settle which; declare the order (--date-order dmy or mdy)</source>
        <translation>Daten wie „%1“ lassen sich mit Tag oder Monat zuerst lesen, und die Datei klärt nicht, wie; geben Sie die Reihenfolge an (--date-order dmy oder mdy)</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a count of %2 since 1970</source>
        <translation>Zeitstempel „%1“ ist keine Anzahl von %2 seit 1970</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>the time zone label &quot;%1&quot; names no zone by itself; declare the zone whose label it is (--timezone, an IANA name such as America/New_York)</source>
        <translation>die Zeitzonen-Abkürzung „%1“ benennt für sich allein keine Zone; geben Sie die Zone an, deren Abkürzung sie ist (--timezone, ein IANA-Name wie America/New_York)</translation>
    </message>
    <message>
        <source>the time zone label &quot;%1&quot; is not what %2 is called at that date (%3)</source>
        <translation>die Zeitzonen-Abkürzung „%1“ ist nicht der Name von %2 an diesem Datum (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the weekday written before &quot;%1&quot; is not its date&apos;s, a %2</source>
        <translation>der vor „%1“ geschriebene Wochentag ist nicht der seines Datums (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the zone &quot;%2&quot; written after the offset is not one the offset is in at that time</source>
        <translation>„%1“: die nach dem Versatz geschriebene Zone „%2“ hat zu dieser Zeit nicht diesen Versatz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time zone: versions of LookupLens before this one read such a name as UTC+00:00, so these times may be hours off; import the file again with its zone declared</source>
        <translation>„%1“ ist keine Zeitzone: Versionen von LookupLens vor dieser lasen einen solchen Namen als UTC+00:00, daher können diese Zeiten um Stunden abweichen; importieren Sie die Datei erneut mit angegebener Zone</translation>
    </message>
    <message>
        <source>stated in records</source>
        <translation>in den Datensätzen angegeben</translation>
    </message>
    <message>
        <source>unstated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>. Nor does the timestamp state a time zone, and none was declared for the source; declare the zone the provider used (--timezone)</source>
        <translation>. Auch nennt der Zeitstempel keine Zeitzone, und für die Quelle wurde keine angegeben; geben Sie die Zone an, die der Provider verwendet hat (--timezone)</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; is not a spreadsheet&apos;s date written as its days since %2</source>
        <translation>Zeitstempel „%1“ ist kein als Tage seit %2 geschriebenes Datum einer Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>timestamp &quot;%1&quot; gives its time of day to %2 s only (%n decimal(s) of a day), as a worksheet&apos;s number format rounded it: save the column with a date and time format from the file as delivered</source>
        <translation>
            <numerusform>Zeitstempel „%1“ gibt seine Uhrzeit nur auf %2 s genau an (%n Dezimalstelle eines Tages), da ein Zahlenformat des Arbeitsblatts ihn gerundet hat: Speichern Sie die Spalte mit einem Datums- und Uhrzeitformat aus der Datei, wie sie geliefert wurde</numerusform>
            <numerusform>Zeitstempel „%1“ gibt seine Uhrzeit nur auf %2 s genau an (%n Dezimalstellen eines Tages), da ein Zahlenformat des Arbeitsblatts ihn gerundet hat: Speichern Sie die Spalte mit einem Datums- und Uhrzeitformat aus der Datei, wie sie geliefert wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable timestamp &quot;%1&quot;: if it counts days since 1899-12-30, as a spreadsheet&apos;s date cell saved as a number, declare the timestamp format &quot;%2&quot;</source>
        <translation>unlesbarer Zeitstempel „%1“: zählt er die Tage seit dem 30.12.1899, wie eine als Zahl gespeicherte Datumszelle einer Tabelle, geben Sie das Zeitstempelformat „%2“ an</translation>
    </message>
    <message>
        <source>unreadable timestamp &quot;%1&quot;: if it counts %2 since 1970, declare the timestamp format &quot;%3&quot;</source>
        <translation>unlesbarer Zeitstempel „%1“: zählt er %2 seit 1970, geben Sie das Zeitstempelformat „%3“ an</translation>
    </message>
    <message>
        <source>days since 1899-12-30, as a spreadsheet&apos;s date saved as a number</source>
        <translation>Tage seit dem 30.12.1899, wie ein als Zahl gespeichertes Datum einer Tabelle</translation>
    </message>
    <message>
        <source>days since 1904-01-01, as a spreadsheet of the 1904 date system saves a date as a number</source>
        <translation>Tage seit dem 01.01.1904, wie eine Tabelle im Datumssystem 1904 ein Datum als Zahl speichert</translation>
    </message>
    <message>
        <source>seconds since 1970-01-01 00:00 UTC</source>
        <translation>Sekunden seit 1970-01-01 00:00 UTC</translation>
    </message>
    <message>
        <source>milliseconds since 1970-01-01 00:00 UTC</source>
        <translation>Millisekunden seit 1970-01-01 00:00 UTC</translation>
    </message>
    <message>
        <source>timestamp &quot;%1&quot; as %2 since 1970 falls on %3, before any provider kept such records</source>
        <translation>Zeitstempel „%1“ fällt als %2 seit 1970 auf %3, bevor irgendein Provider solche Datensätze führte</translation>
    </message>
    <message>
        <source>; if it counts %1, declare the timestamp format &quot;%2&quot;</source>
        <translation>; zählt er %1, geben Sie das Zeitstempelformat „%2“ an</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; falls on %2, before any provider kept such records: a time not recorded, written as the zero of a clock or count, or a year cut short</source>
        <translation>die Zeit „%1“ fällt auf %2, bevor irgendein Provider solche Datensätze führte: eine nicht erfasste Zeit, als Nullpunkt einer Uhr oder Zählung geschrieben, oder ein verkürztes Jahr</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; falls on %2, after 2099: a time not recorded, written as a far date</source>
        <translation>die Zeit „%1“ fällt auf %2, nach 2099: eine nicht erfasste Zeit, als fernes Datum geschrieben</translation>
    </message>
    <message>
        <source>the header gives the times the label &quot;%1&quot;, which names no zone by itself, and none was declared for the source; declare the zone the provider used (--timezone)</source>
        <translation>die Kopfzeile gibt den Zeiten die Bezeichnung „%1“, die für sich allein keine Zone benennt, und für die Quelle wurde keine angegeben; geben Sie die Zone an, die der Provider verwendet hat (--timezone)</translation>
    </message>
    <message>
        <source>the time states %1, its row&apos;s time zone column %2, another offset at that moment</source>
        <translation>die Zeit nennt %1, die Zeitzonen-Spalte ihrer Zeile %2, zu diesem Zeitpunkt ein anderer Abstand zu UTC</translation>
    </message>
    <message>
        <source>the time zone &quot;%1&quot; in the column &quot;%2&quot; is none LookupLens reads: an offset (-05:00, UTC-5), UTC, a zone of the tz database (America/New_York) or of Windows (Eastern Standard Time), or an abbreviation (EDT) read in the zone declared</source>
        <translation>die Zeitzone „%1“ in der Spalte „%2“ ist keine, die LookupLens liest: ein Abstand zu UTC (-05:00, UTC-5), UTC, eine Zone der tz-Datenbank (America/New_York) oder von Windows (Eastern Standard Time) oder eine Abkürzung (EDT), in der angegebenen Zone gelesen</translation>
    </message>
    <message>
        <source>the zone declared, %1, is the tz database&apos;s zone of that name: UTC%2 all year, not a region&apos;s clock; to read a region&apos;s daylight-saving time too, declare the region&apos;s zone (%3)</source>
        <translation>die angegebene Zone %1 ist die gleichnamige Zone der tz-Datenbank: ganzjährig UTC%2, nicht die Uhr einer Region; um auch die Sommerzeit einer Region zu lesen, geben Sie deren Zone an (%3)</translation>
    </message>
    <message>
        <source>the zone declared, %1, is the tz database&apos;s zone of that name: UTC%2, UTC%3 in summer; if the provider kept UTC%2 all year, declare UTC%2</source>
        <translation>die angegebene Zone %1 ist die gleichnamige Zone der tz-Datenbank: UTC%2, im Sommer UTC%3; hat der Provider ganzjährig UTC%2 verwendet, geben Sie UTC%2 an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is no month&apos;s name LookupLens reads (it reads them in English, German, French, Spanish, Portuguese, Italian and Dutch, whole or shortened)</source>
        <translation>„%1“ in „%2“ ist kein Monatsname, den LookupLens liest (es liest sie auf Englisch, Deutsch, Französisch, Spanisch, Portugiesisch, Italienisch und Niederländisch, ausgeschrieben oder abgekürzt)</translation>
    </message>
    <message>
        <source>the format &quot;%1&quot; reads the zone in &quot;%2&quot; as this computer&apos;s own, which LookupLens never uses; write the zone as an offset, UTC or a zone&apos;s name</source>
        <translation>das Format „%1“ liest die Zone in „%2“ als die dieses Computers, die LookupLens nie verwendet; schreiben Sie die Zone als Versatz, UTC oder als Namen einer Zone</translation>
    </message>
    <message>
        <source>dates like &quot;%1&quot; can be read day-first or month-first, or year-first as Oracle&apos;s YY-MM-DD writes them, and the file does not settle which; declare the order (--date-order dmy or mdy), or a year first as a column mapping&apos;s timestamp format (yy-MM-dd HH:mm:ss)</source>
        <translation>Daten wie „%1“ lassen sich mit Tag oder Monat zuerst lesen, oder mit dem Jahr zuerst, wie Oracles YY-MM-DD sie schreibt, und die Datei klärt nicht, wie; geben Sie die Reihenfolge an (--date-order dmy oder mdy), oder ein Jahr zuerst als Zeitstempelformat einer Spaltenzuordnung (yy-MM-dd HH:mm:ss)</translation>
    </message>
</context>
<context>
    <name>WhatsAppCallNotes</name>
    <message numerus="yes">
        <source>%n call(s) keep in their events, as written, an address (&quot;From Ip&quot;) that an event not sent by the call&apos;s creator gives: its sender&apos;s, not the call&apos;s client IP, which is the creator&apos;s, the address the call came from (the first at line %1)</source>
        <translation>
            <numerusform>%n Anruf behält in seinen Ereignissen, wie geschrieben, eine Adresse („From Ip“), die ein nicht von seinem Urheber gesandtes Ereignis nennt: die des Absenders, nicht die Client-IP des Anrufs, die die seines Urhebers ist, die Adresse, von der der Anruf kam (der erste in Zeile %1)</numerusform>
            <numerusform>%n Anrufe behalten in ihren Ereignissen, wie geschrieben, eine Adresse („From Ip“), die ein nicht von ihrem Urheber gesandtes Ereignis nennt: die des Absenders, nicht die Client-IP eines Anrufs, die die seines Urhebers ist, die Adresse, von der der Anruf kam (der erste in Zeile %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event keeps the earlier reading, which may say the call was not accepted or give no duration; this reading is linked to it as a duplicate, which its provenance shows (the first at line %1, event %2)</source>
        <translation>
            <numerusform>%n Anruf hier mit mehr seiner Ereignisse gelesen, als eine frühere Lieferung gab (die Annahme einer Partei, das Ende des Anrufs), wie bei einem Anruf, der noch lief, als jene Lieferung erstellt wurde: das Ereignis behält die frühere Lesung, die sagen kann, der Anruf sei nicht angenommen worden, oder keine Dauer gibt; diese Lesung ist ihm als Duplikat verknüpft, was seine Herkunft zeigt (der erste in Zeile %1, Ereignis %2)</numerusform>
            <numerusform>%n Anrufe hier mit mehr ihrer Ereignisse gelesen, als eine frühere Lieferung gab (die Annahme einer Partei, das Ende des Anrufs), wie bei einem Anruf, der noch lief, als jene Lieferung erstellt wurde: die Ereignisse behalten die frühere Lesung, die sagen kann, ein Anruf sei nicht angenommen worden, oder keine Dauer gibt; diese Lesungen sind ihnen als Duplikate verknüpft, was ihre Herkunft zeigt (der erste in Zeile %1, Ereignis %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) read here with more of their events than an earlier delivery gave (a party&apos;s accept, the call&apos;s end), as for a call still going on when that delivery was made: the event will keep the earlier reading, which may say the call was not accepted or give no duration; this reading will be linked to it as a duplicate (the first at line %1)</source>
        <translation>
            <numerusform>%n Anruf hier mit mehr seiner Ereignisse gelesen, als eine frühere Lieferung gab (die Annahme einer Partei, das Ende des Anrufs), wie bei einem Anruf, der noch lief, als jene Lieferung erstellt wurde: das Ereignis wird die frühere Lesung behalten, die sagen kann, der Anruf sei nicht angenommen worden, oder keine Dauer gibt; diese Lesung wird ihm als Duplikat verknüpft (der erste in Zeile %1)</numerusform>
            <numerusform>%n Anrufe hier mit mehr ihrer Ereignisse gelesen, als eine frühere Lieferung gab (die Annahme einer Partei, das Ende des Anrufs), wie bei einem Anruf, der noch lief, als jene Lieferung erstellt wurde: die Ereignisse werden die frühere Lesung behalten, die sagen kann, ein Anruf sei nicht angenommen worden, oder keine Dauer gibt; diese Lesungen werden ihnen als Duplikate verknüpft (der erste in Zeile %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatsAppContainer</name>
    <message>
        <source>cannot read &quot;%1&quot; from the ZIP</source>
        <translation>„%1“ kann aus dem ZIP nicht gelesen werden</translation>
    </message>
    <message>
        <source>the return expands to more than %1 bytes; refused</source>
        <translation>die Auskunft entpackt sich auf mehr als %1 Bytes; abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ZIP nested deeper than %2 levels; refused</source>
        <translation>„%1“ ist ein ZIP, das tiefer als %2 Ebenen verschachtelt ist; abgelehnt</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a readable ZIP</source>
        <translation>kein lesbares ZIP</translation>
    </message>
    <message>
        <source>the ZIP holds no records.html</source>
        <translation>das ZIP enthält keine records.html</translation>
    </message>
    <message>
        <source>the return&apos;s file ends inside it: it was cut short</source>
        <translation>die Datei der Auskunft endet darin: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>not a readable ZIP: %1</source>
        <translation>kein lesbares ZIP: %1</translation>
    </message>
    <message>
        <source>the ZIP cannot be opened again to read its page</source>
        <translation>das ZIP kann nicht erneut geöffnet werden, um seine Seite zu lesen</translation>
    </message>
    <message>
        <source>the reading was stopped</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>WhatsAppParser</name>
    <message>
        <source>the record has no timestamp</source>
        <translation>der Datensatz hat keinen Zeitstempel</translation>
    </message>
    <message>
        <source>the message has no sender</source>
        <translation>die Nachricht hat keinen Absender</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>die Nachricht hat keine Empfänger</translation>
    </message>
    <message>
        <source>the call has no events</source>
        <translation>der Anruf hat keine Ereignisse</translation>
    </message>
    <message>
        <source>the call names no creator or no other party</source>
        <translation>der Anruf nennt keinen Urheber oder keine andere Partei</translation>
    </message>
    <message>
        <source>the login cannot be tied to an account: the page has no Account Identifier</source>
        <translation>die Anmeldung lässt sich keinem Konto zuordnen: der Seite fehlt der Account Identifier</translation>
    </message>
    <message>
        <source>not a readable HTML page</source>
        <translation>keine lesbare HTML-Seite</translation>
    </message>
    <message>
        <source>no WhatsApp record sections (div id=&quot;property-…&quot;) in the page</source>
        <translation>keine WhatsApp-Datensatzabschnitte (div id=&quot;property-…&quot;) auf der Seite</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 0 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>the call&apos;s %1 event: %2</source>
        <translation>das %1-Ereignis des Anrufs: %2</translation>
    </message>
    <message>
        <source>the page cannot be read past its line %1: %2</source>
        <translation>die Seite kann nach ihrer Zeile %1 nicht weiter gelesen werden: %2</translation>
    </message>
    <message>
        <source>the page cannot be read to its end</source>
        <translation>die Seite kann nicht bis zu ihrem Ende gelesen werden</translation>
    </message>
    <message>
        <source>the page cannot be read past its line %1: a text over 10 MB long, which no record holds</source>
        <translation>die Seite kann nach ihrer Zeile %1 nicht weiter gelesen werden: ein Text von über 10 MB, den kein Datensatz enthält</translation>
    </message>
    <message>
        <source>the record names &quot;%1&quot; twice, as &quot;%2&quot; (line %3) and as &quot;%4&quot; (line %5): which is the record&apos;s cannot be told, and neither is taken</source>
        <translation>der Datensatz nennt „%1“ zweimal, als „%2“ (Zeile %3) und als „%4“ (Zeile %5): welcher Wert der des Datensatzes ist, lässt sich nicht sagen, und keiner wird übernommen</translation>
    </message>
    <message>
        <source>the login cannot be tied to an account: the page names two, &quot;%1&quot; (line %2) and &quot;%3&quot; (line %4), and which is the login&apos;s cannot be told</source>
        <translation>die Anmeldung lässt sich keinem Konto zuordnen: die Seite nennt zwei, „%1“ (Zeile %2) und „%3“ (Zeile %4), und welches das der Anmeldung ist, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>the timestamp &quot;%1&quot; states no zone it can be read in by itself; a WhatsApp record writes its times in UTC</source>
        <translation>der Zeitstempel „%1“ nennt keine Zone, in der er für sich gelesen werden kann; ein WhatsApp-Datensatz schreibt seine Zeiten in UTC</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>the worksheet %1 of the workbook cannot be read</source>
        <translation>das Arbeitsblatt %1 der Arbeitsmappe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>an Office file that holds no Excel workbook (a Word or Outlook file?)</source>
        <translation>eine Office-Datei ohne Excel-Arbeitsmappe (eine Word- oder Outlook-Datei?)</translation>
    </message>
    <message>
        <source>the Excel 97-2003 workbook is damaged in a way that could be meant to attack a reader; it was not read</source>
        <translation>die Excel-97-2003-Arbeitsmappe ist auf eine Weise beschädigt, die einen Leser angreifen könnte; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>not enough memory to read the Excel 97-2003 workbook</source>
        <translation>nicht genug Speicher, um die Excel-97-2003-Arbeitsmappe zu lesen</translation>
    </message>
    <message>
        <source>not a readable Excel 97-2003 workbook: it is damaged or of a kind FreeXL does not read (error %1)</source>
        <translation>keine lesbare Excel-97-2003-Arbeitsmappe: sie ist beschädigt oder von einer Art, die FreeXL nicht liest (Fehler %1)</translation>
    </message>
    <message>
        <source>worksheet %1</source>
        <translation>Arbeitsblatt %1</translation>
    </message>
    <message>
        <source>not a readable Excel 97-2003 workbook: it is damaged, and reading it stopped the reader</source>
        <translation>keine lesbare Excel-97-2003-Arbeitsmappe: sie ist beschädigt, und ihr Lesen hat das Leseprogramm beendet</translation>
    </message>
    <message>
        <source>the Excel 97-2003 workbook</source>
        <translation>die Excel-97-2003-Arbeitsmappe</translation>
    </message>
    <message>
        <source>an Office file encrypted with a password (as Excel 2007 and later encrypt a workbook): open it in Excel with its password, save a copy without one, and import the copy</source>
        <translation>eine mit einem Passwort verschlüsselte Office-Datei (wie Excel 2007 und später eine Arbeitsmappe verschlüsselt): öffnen Sie sie in Excel mit ihrem Passwort, speichern Sie eine Kopie ohne Passwort und importieren Sie die Kopie</translation>
    </message>
    <message>
        <source>the workbook is protected by a password in a way this reader does not decrypt (Excel 95&apos;s obfuscation?): open it in Excel with its password, save a copy without one, and import the copy</source>
        <translation>die Arbeitsmappe ist auf eine Weise durch ein Passwort geschützt, die dieser Leser nicht entschlüsselt (die Verschleierung von Excel 95?): Öffnen Sie sie in Excel mit ihrem Passwort, speichern Sie eine Kopie ohne Passwort und importieren Sie die Kopie</translation>
    </message>
    <message>
        <source>the workbook&apos;s reader (FreeXL) cannot select it: the workbook may be damaged there</source>
        <translation>der Leser der Arbeitsmappe (FreeXL) kann es nicht auswählen: die Arbeitsmappe ist dort vielleicht beschädigt</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>not a readable XLSX workbook (the ZIP container cannot be opened)</source>
        <translation>keine lesbare XLSX-Arbeitsmappe (der ZIP-Container lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <source>the workbook names a worksheet &quot;%1&quot; that it does not contain</source>
        <translation>die Arbeitsmappe nennt ein Arbeitsblatt „%1“, das sie nicht enthält</translation>
    </message>
    <message>
        <source>cannot read the worksheet &quot;%1&quot;</source>
        <translation>das Arbeitsblatt „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not an XLSX workbook (xl/workbook.xml is missing)</source>
        <translation>keine XLSX-Arbeitsmappe (xl/workbook.xml fehlt)</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings are damaged: %1</source>
        <translation>die gemeinsamen Zeichenketten der Arbeitsmappe sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s styles are damaged: %1</source>
        <translation>die Formatvorlagen der Arbeitsmappe sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the workbook has no worksheet %1</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt %1</translation>
    </message>
    <message>
        <source>cannot read the workbook&apos;s shared strings: %1</source>
        <translation>die gemeinsamen Zeichenketten der Arbeitsmappe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an Excel binary workbook (.xlsb), which LookupLens does not read: save a copy as .xlsx in Excel and import the copy</source>
        <translation>eine binäre Excel-Arbeitsmappe (.xlsb), die LookupLens nicht liest: speichern Sie in Excel eine Kopie als .xlsx und importieren Sie die Kopie</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged in row %1: %2</source>
        <translation>das XML des Arbeitsblatts ist in Zeile %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged after row %1: %2</source>
        <translation>das XML des Arbeitsblatts ist nach Zeile %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged before its first row: %1</source>
        <translation>das XML des Arbeitsblatts ist vor seiner ersten Zeile beschädigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of the worksheet name a shared string the workbook does not have (the first: %1); read as empty</source>
        <translation>
            <numerusform>%n Zelle des Arbeitsblatts verweist auf eine gemeinsame Zeichenfolge, die die Arbeitsmappe nicht hat (die erste: %1); als leer gelesen</numerusform>
            <numerusform>%n Zellen des Arbeitsblatts verweisen auf eine gemeinsame Zeichenfolge, die die Arbeitsmappe nicht hat (die erste: %1); als leer gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>not a readable XLSX workbook: its ZIP container cannot be opened, as %1</source>
        <translation>keine lesbare XLSX-Arbeitsmappe: ihr ZIP-Container lässt sich nicht öffnen, denn %1</translation>
    </message>
    <message numerus="yes">
        <source>a ZIP archive of %n file(s) that may hold records (%1), not a workbook: named .zip, the tables in it are imported</source>
        <translation>
            <numerusform>ein ZIP-Archiv mit %n Datei, die Datensätze enthalten kann (%1), keine Arbeitsmappe: mit der Endung .zip werden die Tabellen darin importiert</numerusform>
            <numerusform>ein ZIP-Archiv mit %n Dateien, die Datensätze enthalten können (%1), keine Arbeitsmappe: mit der Endung .zip werden die Tabellen darin importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>a cell of the row lies beyond the last column a worksheet can have (XFD); the sheet is damaged or was not written by a spreadsheet program</source>
        <translation>eine Zelle der Zeile liegt hinter der letzten Spalte, die ein Tabellenblatt haben kann (XFD); das Blatt ist beschädigt oder wurde nicht von einem Tabellenprogramm geschrieben</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the package names &quot;%1&quot; as its document, and does not hold it</source>
        <translation>keine XLSX-Arbeitsmappe: das Paket nennt „%1“ als sein Dokument, enthält es aber nicht</translation>
    </message>
    <message>
        <source>not an XLSX workbook: the package&apos;s document &quot;%1&quot; is a &lt;%2&gt;, not a workbook</source>
        <translation>keine XLSX-Arbeitsmappe: das Dokument „%1“ des Pakets ist ein &lt;%2&gt;, keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>the workbook&apos;s relationships (&quot;%1&quot;) are missing: where its worksheets are is not known</source>
        <translation>die Beziehungen der Arbeitsmappe („%1“) fehlen: wo ihre Arbeitsblätter liegen, ist nicht bekannt</translation>
    </message>
    <message>
        <source>the workbook&apos;s list of worksheets (&quot;%1&quot;) is damaged at its line %2: %3</source>
        <translation>die Liste der Arbeitsblätter der Arbeitsmappe („%1“) ist in ihrer Zeile %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>the workbook&apos;s relationships (&quot;%1&quot;) are damaged at their line %2: %3</source>
        <translation>die Beziehungen der Arbeitsmappe („%1“) sind in ihrer Zeile %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>the workbook does not say where it is stored</source>
        <translation>die Arbeitsmappe sagt nicht, wo es gespeichert ist</translation>
    </message>
    <message>
        <source>the worksheet&apos;s XML is damaged before its first row with values: %1</source>
        <translation>das XML des Arbeitsblatts ist vor seiner ersten Zeile mit Werten beschädigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the worksheet&apos;s XML is damaged after %n row(s) with values: %1</source>
        <translation>
            <numerusform>das XML des Arbeitsblatts ist nach %n Zeile mit Werten beschädigt: %1</numerusform>
            <numerusform>das XML des Arbeitsblatts ist nach %n Zeilen mit Werten beschädigt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XmlSaxParser</name>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>kein wohlgeformtes XML</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>XmlSheetReader</name>
    <message>
        <source>row longer than 1 MiB; skipped</source>
        <translation>Zeile länger als 1 MiB; übersprungen</translation>
    </message>
    <message>
        <source>in row %1</source>
        <translation>in Zeile %1</translation>
    </message>
    <message>
        <source>before its first row</source>
        <translation>vor seiner ersten Zeile</translation>
    </message>
    <message>
        <source>after row %1</source>
        <translation>nach Zeile %1</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged %1: %2; no sheet after it can be read either</source>
        <translation>das XML des Blatts ist %1 beschädigt: %2; auch kein Blatt danach kann gelesen werden</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML is damaged before its first row; no sheet after it can be read either</source>
        <translation>das XML des Blatts ist vor seiner ersten Zeile beschädigt; auch kein Blatt danach kann gelesen werden</translation>
    </message>
</context>
<context>
    <name>XmlSpreadsheetReader</name>
    <message>
        <source>the XML Spreadsheet has no worksheet</source>
        <translation>die XML-Tabelle hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>the workbook has no worksheet %1</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt %1</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the XML Spreadsheet cannot be read: %1</source>
        <translation>die XML-Tabelle kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ZipGuard</name>
    <message>
        <source>cannot read the ZIP directory entry</source>
        <translation>der ZIP-Verzeichniseintrag kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; points outside its folder; refused</source>
        <translation>ZIP-Eintrag „%1“ zeigt aus seinem Ordner heraus; abgelehnt</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; would expand to %2 bytes; refused</source>
        <translation>ZIP-Eintrag „%1“ würde sich auf %2 Bytes entpacken; abgelehnt</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; expands %2 times its size (a ZIP bomb?); refused</source>
        <translation>ZIP-Eintrag „%1“ entpackt sich auf das %2-Fache seiner Größe (eine ZIP-Bombe?); abgelehnt</translation>
    </message>
    <message>
        <source>the ZIP entry &quot;%1&quot; is damaged: what it holds does not match its CRC-32 checksum, so some of it is not what was written</source>
        <translation>der ZIP-Eintrag „%1“ ist beschädigt: sein Inhalt passt nicht zu seiner CRC-32-Prüfsumme, ein Teil davon ist also nicht, was geschrieben wurde</translation>
    </message>
    <message>
        <source>the ZIP entry &quot;%1&quot; is damaged: its compressed data cannot be read to its end (error %2)</source>
        <translation>der ZIP-Eintrag „%1“ ist beschädigt: seine komprimierten Daten lassen sich nicht bis zum Ende lesen (Fehler %2)</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is encrypted with a password: extract the ZIP with its password and import the files it holds</source>
        <translation>ZIP-Eintrag „%1“ ist mit einem Passwort verschlüsselt: entpacken Sie das ZIP mit seinem Passwort und importieren Sie die Dateien darin</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is encrypted with a password: give the password the return was sent with</source>
        <translation>ZIP-Eintrag „%1“ ist mit einem Passwort verschlüsselt: geben Sie das Passwort an, mit dem die Auskunft geschickt wurde</translation>
    </message>
</context>
<context>
    <name>ZipSalvage</name>
    <message>
        <source>the ZIP&apos;s entries expand to more than %1 bytes; refused</source>
        <translation>die Einträge des ZIP entpacken sich zu mehr als %1 Bytes; abgelehnt</translation>
    </message>
    <message>
        <source>ZIP entry &quot;%1&quot; is compressed by method %2, which LookupLens does not read; refused</source>
        <translation>ZIP-Eintrag „%1“ ist mit Methode %2 komprimiert, die LookupLens nicht liest; abgelehnt</translation>
    </message>
    <message>
        <source>cannot decompress ZIP entry &quot;%1&quot;</source>
        <translation>ZIP-Eintrag „%1“ kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot copy the ZIP entry &quot;%1&quot; to read it: %2</source>
        <translation>der ZIP-Eintrag „%1“ lässt sich zum Lesen nicht kopieren: %2</translation>
    </message>
</context>
<context>
    <name>ZippedTables</name>
    <message>
        <source>%1: left out: a hidden file</source>
        <translation>%1: ausgelassen: eine versteckte Datei</translation>
    </message>
    <message>
        <source>cannot open the ZIP entry &quot;%1&quot;</source>
        <translation>der ZIP-Eintrag „%1“ lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>cannot copy the ZIP entry &quot;%1&quot; to read it: %2</source>
        <translation>der ZIP-Eintrag „%1“ lässt sich zum Lesen nicht kopieren: %2</translation>
    </message>
    <message>
        <source>%1: left out: a ZIP inside a ZIP inside a ZIP (unpack the one around it to read it)</source>
        <translation>%1: ausgelassen: ein ZIP in einem ZIP in einem ZIP (entpacken Sie das umgebende, um es zu lesen)</translation>
    </message>
    <message>
        <source>%1: left out: %2</source>
        <translation>%1: ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1: left out: a ZIP holding no table (a WhatsApp return, a workbook or other files: import it on its own)</source>
        <translation>%1: ausgelassen: ein ZIP ohne Tabelle (eine WhatsApp-Auskunft, eine Arbeitsmappe oder andere Dateien: importieren Sie es für sich)</translation>
    </message>
    <message>
        <source>%1: left out: not a table, workbook, PDF or HTML page by its name</source>
        <translation>%1: ausgelassen: dem Namen nach keine Tabelle, Arbeitsmappe, PDF oder HTML-Seite</translation>
    </message>
    <message>
        <source>not a readable ZIP: %1</source>
        <translation>kein lesbares ZIP: %1</translation>
    </message>
</context>
<context>
    <name>ZoneRulesCheck</name>
    <message>
        <source>Local times: none read by another release of the tz database than this machine&apos;s (%1)</source>
        <translation>Ortszeiten: keine von einer anderen Version der tz-Datenbank gelesen als der dieses Rechners (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Local times of %n source(s) read again by this machine&apos;s tz database (%1): %2 read otherwise than on import</source>
        <translation>
            <numerusform>Ortszeiten von %n Quelle mit der tz-Datenbank dieses Rechners (%1) erneut gelesen: %2 anders gelesen als beim Import</numerusform>
            <numerusform>Ortszeiten von %n Quellen mit der tz-Datenbank dieses Rechners (%1) erneut gelesen: %2 anders gelesen als beim Import</numerusform>
        </translation>
    </message>
    <message>
        <source>the release that read them on import (not recorded)</source>
        <translation>die Version, die sie beim Import las (nicht verzeichnet)</translation>
    </message>
    <message>
        <source>%1 on import</source>
        <translation>%1 beim Import</translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot; in %3, %4 then, %5 now</source>
        <translation>Zeile %1 „%2“ in %3, damals %4, jetzt %5</translation>
    </message>
    <message numerus="yes">
        <source>(%n not read again alone: a shape of time only the file settles)</source>
        <translation>
            <numerusform>(%n nicht allein erneut gelesen: eine Zeitform, die nur die Datei klärt)</numerusform>
            <numerusform>(%n nicht allein erneut gelesen: eine Zeitform, die nur die Datei klärt)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot; in %3, %4 then, no such time now (a change of clocks skips it)</source>
        <translation>Zeile %1 „%2“ in %3, damals %4, jetzt keine solche Zeit (eine Zeitumstellung überspringt sie)</translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot; in %3, %4 then, no such time now (the zone is not called %5 at that date)</source>
        <translation>Zeile %1 „%2“ in %3, damals %4, jetzt keine solche Zeit (die Zone heißt an diesem Datum nicht %5)</translation>
    </message>
    <message numerus="yes">
        <source>of %n offset(s) written beside a zone, %1 no longer that zone&apos;s</source>
        <translation>
            <numerusform>von %n neben einer Zone geschriebenen Versatz %1 nicht mehr der dieser Zone</numerusform>
            <numerusform>von %n neben einer Zone geschriebenen Versätzen %1 nicht mehr die dieser Zone</numerusform>
        </translation>
    </message>
    <message>
        <source>same        %1 (source #%2): %3</source>
        <translation>gleich      %1 (Quelle #%2): %3</translation>
    </message>
    <message>
        <source>otherwise   %1 (source #%2): %3</source>
        <translation>anders      %1 (Quelle #%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n local time(s) read by the tz database %1 as by %2</source>
        <translation>
            <numerusform>%n Ortszeit von der tz-Datenbank %1 gelesen wie von %2</numerusform>
            <numerusform>%n Ortszeiten von der tz-Datenbank %1 gelesen wie von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n local time(s) read by the tz database %2 otherwise than by %3: %4</source>
        <translation>
            <numerusform>%1 von %n Ortszeit von der tz-Datenbank %2 anders gelesen als von %3: %4</numerusform>
            <numerusform>%1 von %n Ortszeiten von der tz-Datenbank %2 anders gelesen als von %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>the release that checked them on import (not recorded)</source>
        <translation>die Version, die sie beim Import prüfte (nicht verzeichnet)</translation>
    </message>
    <message numerus="yes">
        <source>%n offset(s) written beside a zone still that zone&apos;s by the rules of the tz database %1, as by %2</source>
        <translation>
            <numerusform>%n neben einer Zone geschriebener Versatz nach den Regeln der tz-Datenbank %1 weiter der dieser Zone, wie nach %2</numerusform>
            <numerusform>%n neben einer Zone geschriebene Versätze nach den Regeln der tz-Datenbank %1 weiter die dieser Zone, wie nach %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n offset(s) written beside a zone no longer that zone&apos;s by the rules of the tz database %2, as they were by %3 (the moments stand, read by the offsets; an import now refuses such a row): %4</source>
        <translation>
            <numerusform>%1 von %n neben einer Zone geschriebenen Versatz nach den Regeln der tz-Datenbank %2 nicht mehr der dieser Zone, wie er es nach %3 war (der Zeitpunkt bleibt, nach dem Versatz gelesen; ein Import weist jetzt eine solche Zeile ab): %4</numerusform>
            <numerusform>%1 von %n neben einer Zone geschriebenen Versätzen nach den Regeln der tz-Datenbank %2 nicht mehr die dieser Zone, wie sie es nach %3 waren (die Zeitpunkte bleiben, nach den Versätzen gelesen; ein Import weist jetzt eine solche Zeile ab): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 &quot;%2&quot;: by these rules %3 is at %4 at %5, not %6</source>
        <translation>Zeile %1 „%2“: nach diesen Regeln ist %3 um %5 bei %4, nicht %6</translation>
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
    <message>
        <source>--render needs a CASE</source>
        <translation>--render braucht einen CASE</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation>--size nimmt BREITExHÖHE, z. B. 1600x900</translation>
    </message>
    <message>
        <source>The PNG or PDF file --render writes.</source>
        <translation>Die PNG- oder PDF-Datei, die --render schreibt.</translation>
    </message>
    <message>
        <source>The size --render draws at, e.g. 1600x900.</source>
        <translation>Die Größe, in der --render zeichnet, z. B. 1600x900.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 time</source>
        <translation>--%1: „%2“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>The handle --render timeline draws.</source>
        <translation>Die Kennung, die --render timeline zeichnet.</translation>
    </message>
    <message>
        <source>--render timeline: start of the window (ISO 8601).</source>
        <translation>--render timeline: Beginn des Zeitfensters (ISO 8601).</translation>
    </message>
    <message>
        <source>--render timeline: end of the window (ISO 8601).</source>
        <translation>--render timeline: Ende des Zeitfensters (ISO 8601).</translation>
    </message>
    <message>
        <source>--hops takes a whole number, 0 or more</source>
        <translation>--hops nimmt eine ganze Zahl, 0 oder mehr</translation>
    </message>
    <message>
        <source>--render graph: only this handle&apos;s neighbourhood.</source>
        <translation>--render graph: nur die Nachbarschaft dieser Kennung.</translation>
    </message>
    <message>
        <source>--render graph: how far the neighbourhood reaches.</source>
        <translation>--render graph: wie weit die Nachbarschaft reicht.</translation>
    </message>
    <message>
        <source>Draw a view of CASE into --out without showing a window (map, timeline, patterns, graph).</source>
        <translation>Eine Ansicht von CASE ohne Fenster nach --out zeichnen (map, timeline, patterns, graph).</translation>
    </message>
</context>
</TS>
