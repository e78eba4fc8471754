<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="65" />
        <source>Your role does not allow %1 on the platform %2.</source>
        <translation>Ihre Rolle erlaubt %1 auf der Plattform %2 nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="69" />
        <source>Your role does not allow %1: none of the stores of merchant %2 is on your platforms.</source>
        <translation>Ihre Rolle erlaubt %1 nicht: Kein Shop des Händlers %2 liegt auf Ihren Plattformen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="78" />
        <source>Your role does not allow %1: the store %2 is on none of your platforms.</source>
        <translation>Ihre Rolle erlaubt %1 nicht: Der Shop %2 liegt auf keiner Ihrer Plattformen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="84" />
        <source>Your role does not allow this change on the platforms %1.</source>
        <translation>Ihre Rolle erlaubt diese Änderung auf den Plattformen %1 nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="87" />
        <source>Your role does not allow %1.</source>
        <translation>Ihre Rolle erlaubt %1 nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="93" />
        <source>%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.</source>
        <translation>%1 kann nicht deaktiviert werden: Andere Module benötigen es (%2). Deaktivieren Sie diese zuerst oder beziehen Sie sie ein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="106" />
        <source>There is no merchant %1.</source>
        <translation>Es gibt keinen Händler %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="107" />
        <source>There is no store %1.</source>
        <translation>Es gibt keinen Shop %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="108" />
        <location filename="../../console/dialogs/error_text.py" line="123" />
        <source>There is no platform %1.</source>
        <translation>Es gibt keine Plattform %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="109" />
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="110" />
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="111" />
        <source>There is no payment #%1.</source>
        <translation>Es gibt keine Zahlung Nr. %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="112" />
        <source>There is no refund #%1.</source>
        <translation>Es gibt keine Rückerstattung Nr. %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="113" />
        <source>There is no module %1.</source>
        <translation>Es gibt kein Modul %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="114" />
        <location filename="../../console/dialogs/error_text.py" line="529" />
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="124" />
        <source>These platforms do not exist: %1.</source>
        <translation>Diese Plattformen gibt es nicht: %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="131" />
        <source>The merchant %1 is already suspended.</source>
        <translation>Der Händler %1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="132" />
        <source>The store %1 is already suspended.</source>
        <translation>Der Shop %1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="136" />
        <source>The merchant %1 is not suspended.</source>
        <translation>Der Händler %1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="137" />
        <source>The store %1 is not suspended.</source>
        <translation>Der Shop %1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="145" />
        <source>The number of rows asked for must be between 1 and %1.</source>
        <translation>Die Zahl der angeforderten Zeilen muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="151" />
        <source>Captured %1, refunded %2, pending %3, awaiting approval %4.</source>
        <translation>Erfasst %1, erstattet %2, ausstehend %3, wartet auf Freigabe %4.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="162" />
        <source>%1 cannot be refunded on payment #%2: only %3 is still refundable.</source>
        <translation>%1 kann für die Zahlung Nr. %2 nicht erstattet werden: Nur %3 sind noch erstattbar.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="171" />
        <source>Payment #%1 has nothing left to refund.</source>
        <translation>Für die Zahlung Nr. %1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="178" />
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>Falsches Passwort. Das Konto %1 ist jetzt für %2 Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="182" />
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="187" />
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="188" />
        <source>A password may not start or end with a space.</source>
        <translation>Ein Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="196" />
        <source>%1 holds control or invisible characters (%2).</source>
        <translation>%1 enthält Steuer- oder unsichtbare Zeichen (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="201" />
        <source>%1 is not a valid user name: 2 to 64 lower-case letters, digits, . _ -, starting with a letter.</source>
        <translation>%1 ist kein gültiger Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="206" />
        <source>%1 is not a valid platform code: lower-case letters, digits and dashes, up to 64.</source>
        <translation>%1 ist kein gültiger Plattformcode: Kleinbuchstaben, Ziffern und Bindestriche, höchstens 64.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="209" />
        <location filename="../../console/dialogs/error_text.py" line="218" />
        <source>%1 is not a currency code this platform knows (e.g. EUR).</source>
        <translation>%1 ist kein Währungscode, den die Plattform kennt (z. B. EUR).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="225" />
        <source>%1: amounts in %2 are whole numbers.</source>
        <translation>%1: Beträge in %2 sind ganze Zahlen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="226" />
        <source>%1: %2 has %3 decimals.</source>
        <translation>%1: %2 hat %3 Nachkommastellen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="231" />
        <source>%1 (on 1 platform)</source>
        <translation>%1 (auf 1 Plattform)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="231" />
        <source>%1 (on %2 platforms)</source>
        <translation>%1 (auf %2 Plattformen)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="234" />
        <source>The downgrade is refused: it drops the tables of %1, enabled on 1 platform.</source>
        <translation>Das Downgrade wird abgelehnt: Es löscht die Tabellen von %1, aktiviert auf 1 Plattform.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="238" />
        <source>The downgrade is refused: it drops the tables of %1, enabled on %2 platforms.</source>
        <translation>Das Downgrade wird abgelehnt: Es löscht die Tabellen von %1, aktiviert auf %2 Plattformen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="244" />
        <source>Disable %1 on every platform first.</source>
        <translation>Deaktivieren Sie zuerst %1 auf allen Plattformen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="247" />
        <source>%1 are core modules: their tables stay while platforms exist.</source>
        <translation>%1 sind Kernmodule: Ihre Tabellen bleiben, solange es Plattformen gibt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="256" />
        <source>The migration was cancelled before its first revision.</source>
        <translation>Die Migration wurde vor ihrer ersten Revision abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="258" />
        <source>The migration was cancelled; 1 revision was applied.</source>
        <translation>Die Migration wurde abgebrochen; 1 Revision wurde angewendet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="259" />
        <source>The migration was cancelled; %1 revisions were applied.</source>
        <translation>Die Migration wurde abgebrochen; %1 Revisionen wurden angewendet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="265" />
        <source>Another migration run is in progress: %1 to %2 by %3, started %4. Wait until it ends.</source>
        <translation>Eine andere Migration läuft: %1 auf %2 durch %3, begonnen am %4. Warten Sie, bis sie endet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="277" />
        <source>The change is refused on 1 platform; nothing was written. Apply it without the refused platform, or resolve it first.</source>
        <translation>Die Änderung wird auf 1 Plattform abgelehnt; nichts wurde gespeichert. Wenden Sie sie ohne die abgelehnte Plattform an oder beheben Sie zuerst das Problem.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="283" />
        <source>The change is refused on %1 platforms; nothing was written. Apply it without the refused platforms, or resolve them first.</source>
        <translation>Die Änderung wird auf %1 Plattformen abgelehnt; nichts wurde gespeichert. Wenden Sie sie ohne die abgelehnten Plattformen an oder beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="293" />
        <source>the manual gateway</source>
        <translation>der manuelle Zahlungsanbieter</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="305" />
        <source>%1 declined the refund: %2</source>
        <translation>%1 hat die Rückerstattung abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="306" />
        <source>%1 declined the payment: %2</source>
        <translation>%1 hat die Zahlung abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="308" />
        <source>%1 declined the operation: %2</source>
        <translation>%1 hat den Vorgang abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="314" />
        <source>%1 refused the refund as invalid: %2</source>
        <translation>%1 hat die Rückerstattung als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="315" />
        <source>%1 refused the payment as invalid: %2</source>
        <translation>%1 hat die Zahlung als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="318" />
        <source>%1 refused the operation as invalid: %2</source>
        <translation>%1 hat den Vorgang als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="326" />
        <source>%1 is turning requests away for now; nothing was done. Try again in %2 seconds.</source>
        <translation>%1 weist Anfragen im Moment ab; es wurde nichts ausgeführt. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="333" />
        <source>%1 is turning requests away for now; nothing was done. Try again in a minute.</source>
        <translation>%1 weist Anfragen im Moment ab; es wurde nichts ausgeführt. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="340" />
        <source>Some settings of %1 are not valid:</source>
        <translation>Einige Einstellungen von %1 sind ungültig:</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="341" />
        <source>Some settings are not valid; fix them, or remove them to use the defaults:</source>
        <translation>Einige Einstellungen sind ungültig; korrigieren Sie sie oder entfernen Sie sie, um die Standardwerte zu verwenden:</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="349" />
        <source>it cannot be read.</source>
        <translation>Sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="350" />
        <source>its revision fields must be literals.</source>
        <translation>Ihre Revisionsfelder müssen Literale sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="351" />
        <source>its name does not follow MODULE_SEQ_DESCRIPTION.py.</source>
        <translation>Ihr Name folgt nicht MODULE_SEQ_DESCRIPTION.py.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="352" />
        <source>its revision id does not match its file name.</source>
        <translation>Ihre Revisions-ID passt nicht zum Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="353" />
        <source>its sequence number is used twice.</source>
        <translation>Ihre Sequenznummer wird zweimal verwendet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="354" />
        <source>only the first revision of a branch carries the branch label.</source>
        <translation>Nur die erste Revision eines Zweigs trägt das Zweig-Label.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="355" />
        <source>its down_revision breaks the straight line of its branch.</source>
        <translation>Ihre down_revision unterbricht die gerade Linie ihres Zweigs.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="356" />
        <source>its depends_on is not valid.</source>
        <translation>Ihr depends_on ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="359" />
        <source>The migration file %1 is not valid: %2</source>
        <translation>Die Migrationsdatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="367" />
        <source>Cannot reach the database %1: is the server running, and are the host and port right?</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: Läuft der Server, und stimmen Host und Port?</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="377" />
        <source>The trial run of the migration to %1 failed; nothing was changed.</source>
        <translation>Der Probelauf der Migration auf %1 ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="384" />
        <source>%1 is limited to %2 characters (it has %3).</source>
        <translation>%1 ist auf %2 Zeichen begrenzt (es sind %3).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="392" />
        <source>The reason is limited to %1 characters.</source>
        <translation>Der Grund ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="397" />
        <source>--%1 must be from 0 to %2.</source>
        <translation>--%1 muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="398" />
        <source>The demo data needs merchants and platforms for its stores, and stores for its orders.</source>
        <translation>Die Demodaten brauchen Händler und Plattformen für ihre Shops und Shops für ihre Bestellungen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="404" />
        <source>Only a SQLite database file has backups; PostgreSQL rolls a failed run back.</source>
        <translation>Nur eine SQLite-Datenbankdatei hat Sicherungen; PostgreSQL macht einen fehlgeschlagenen Lauf rückgängig.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="410" />
        <source>%1 is not a migration target here: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>%1 ist hier kein Migrationsziel: Geben Sie MODULE@head, MODULE@base oder eine Revisions-ID ein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="415" />
        <source>No migration target given: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>Kein Migrationsziel angegeben: Geben Sie MODULE@head, MODULE@base oder eine Revisions-ID ein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="422" />
        <source>The database holds revisions this version does not know (%1): it was migrated by another release. Nothing was migrated.</source>
        <translation>Die Datenbank enthält Revisionen, die diese Version nicht kennt (%1): Sie wurde von einer anderen Version migriert. Es wurde nichts migriert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="433" />
        <source>The latency thresholds must be more than 0 ms.</source>
        <translation>Die Latenzschwellen müssen größer als 0 ms sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="434" />
        <source>The warning latency must not exceed the critical latency.</source>
        <translation>Die Warnlatenz darf die kritische Latenz nicht übersteigen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="435" />
        <source>The failures before unhealthy must be between 1 and 100.</source>
        <translation>Die Fehlschläge bis zum Zustand „fehlerhaft“ müssen zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="443" />
        <source>%1 is a core module and stays enabled.</source>
        <translation>%1 ist ein Kernmodul und bleibt aktiviert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="445" />
        <source>%1 is needed by a module this change enables, and disabled by it too.</source>
        <translation>%1 wird von einem Modul benötigt, das diese Änderung aktiviert, und zugleich von ihr deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="449" />
        <source>%1 is an internal module: changing it needs the modules.internal permission.</source>
        <translation>%1 ist ein internes Modul: Änderungen daran erfordern die Berechtigung modules.internal.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="454" />
        <source>The definition of the module %1 is not valid (field %2).</source>
        <translation>Die Definition des Moduls %1 ist ungültig (Feld %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="459" />
        <source>%1 cannot be enabled and disabled in one change.</source>
        <translation>%1 kann nicht in derselben Änderung aktiviert und deaktiviert werden.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="462" />
        <source>Cancelled before anything was written.</source>
        <translation>Abgebrochen, bevor etwas gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="464" />
        <source>The modules depend on each other in a cycle: %1.</source>
        <translation>Die Module hängen im Kreis voneinander ab: %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="466" />
        <source>The module registry has several problems; see the log.</source>
        <translation>Das Modulregister hat mehrere Probleme; siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="470" />
        <source>The module code %1 is defined twice.</source>
        <translation>Der Modulcode %1 ist zweimal definiert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="473" />
        <source>The package %1 defines no module (DEFINITION is missing).</source>
        <translation>Das Paket %1 definiert kein Modul (DEFINITION fehlt).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="476" />
        <source>The module %1 lives in the wrong package (%2).</source>
        <translation>Das Modul %1 liegt im falschen Paket (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="479" />
        <source>The module %1 requires an unknown module, %2.</source>
        <translation>Das Modul %1 benötigt ein unbekanntes Modul, %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="482" />
        <source>The core module %1 requires %2, which is not a core module.</source>
        <translation>Das Kernmodul %1 benötigt %2, das kein Kernmodul ist.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="487" />
        <source>The module %1 requires the internal module %2; only internal modules may.</source>
        <translation>Das Modul %1 benötigt das interne Modul %2; das dürfen nur interne Module.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="494" />
        <source>The configuration file %1 cannot be read: it must be UTF-8 text in TOML.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: Sie muss UTF-8-Text im TOML-Format sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="497" />
        <source>The module %1 has no settings.</source>
        <translation>Das Modul %1 hat keine Einstellungen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="499" />
        <source>The module %1 has no setting %2.</source>
        <translation>Das Modul %1 hat keine Einstellung %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="502" />
        <source>%1 is not a refund limit: write minor units, e.g. 10000, or per currency EUR:10000.</source>
        <translation>%1 ist kein Erstattungslimit: Geben Sie Untereinheiten an, z. B. 10000, oder je Währung EUR:10000.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="507" />
        <source>Secret settings need an encryption key (PLATFORM_SECRETS_KEY or the keyring).</source>
        <translation>Geheime Einstellungen benötigen einen Schlüssel (PLATFORM_SECRETS_KEY oder den Schlüsselbund).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="511" />
        <source>There is no keyring on this system to keep %1 in; set it in the environment instead.</source>
        <translation>Dieses System hat keinen Schlüsselbund für %1; legen Sie es stattdessen in der Umgebung fest.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="516" />
        <source>PLATFORM_SECRETS_KEY is not a valid key.</source>
        <translation>PLATFORM_SECRETS_KEY ist kein gültiger Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="517" />
        <source>A secret setting cannot be decrypted with this key. Was the key changed?</source>
        <translation>Eine geheime Einstellung kann mit diesem Schlüssel nicht entschlüsselt werden. Wurde der Schlüssel geändert?</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="523" />
        <source>Name at least one platform.</source>
        <translation>Geben Sie mindestens eine Plattform an.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="524" />
        <source>Choose some platforms or all of them, not both.</source>
        <translation>Wählen Sie einzelne Plattformen oder alle, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="525" />
        <source>A platform needs a name.</source>
        <translation>Eine Plattform braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="527" />
        <source>A platform %1 exists already.</source>
        <translation>Eine Plattform %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="528" />
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="531" />
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="533" />
        <source>The account %1 is locked after too many failed sign-ins, until %2. An administrator can unlock it.</source>
        <translation>Das Konto %1 ist nach zu vielen fehlgeschlagenen Anmeldungen bis %2 gesperrt. Ein Administrator kann es entsperren.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="541" />
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="544" />
        <source>A user %1 exists already.</source>
        <translation>Einen Benutzer %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="546" />
        <source>Another user was created meanwhile: sign in instead.</source>
        <translation>Inzwischen wurde ein anderer Benutzer angelegt: Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="548" />
        <source>%1 is not a role.</source>
        <translation>%1 ist keine Rolle.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="551" />
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="552" />
        <source>Only a signed-in user has a password to change.</source>
        <translation>Nur ein angemeldeter Benutzer hat ein Passwort zum Ändern.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="554" />
        <source>%1 is the last active super admin: create another one first.</source>
        <translation>%1 ist der letzte aktive Super-Administrator: Legen Sie zuerst einen weiteren an.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="556" />
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="563" />
        <source>Several stores have an order %1: choose the store.</source>
        <translation>Mehrere Shops haben eine Bestellung %1: Wählen Sie den Shop.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="569" />
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="573" />
        <source>An e-mail or domain search needs at least %1 characters.</source>
        <translation>Eine Suche nach E-Mail oder Domain braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="575" />
        <source>%1 is not a kind of search.</source>
        <translation>%1 ist keine Suchart.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="577" />
        <source>The list cannot be sorted by %1; it can by %2.</source>
        <translation>Die Liste kann nicht nach %1 sortiert werden, nur nach %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="580" />
        <source>%1 is not a status: active or suspended.</source>
        <translation>%1 ist kein Status: aktiv oder gesperrt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="582" />
        <source>Stores can be filtered by merchant, merchants cannot.</source>
        <translation>Shops lassen sich nach Händler filtern, Händler nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="584" />
        <source>Give either a start or an end of the page, not both.</source>
        <translation>Geben Sie Anfang oder Ende der Seite an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="585" />
        <source>The offset must be 0 or more.</source>
        <translation>Der Versatz muss 0 oder mehr betragen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="591" />
        <source>This page marker belongs to another list; reload the list.</source>
        <translation>Diese Seitenmarke gehört zu einer anderen Liste; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="594" />
        <source>The amount must be positive.</source>
        <translation>Der Betrag muss positiv sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="596" />
        <source>This idempotency key was used for another amount (payment #%1).</source>
        <translation>Dieser Idempotenzschlüssel wurde für einen anderen Betrag verwendet (Zahlung Nr. %1).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="598" />
        <source>A payment with this idempotency key is in progress.</source>
        <translation>Eine Zahlung mit diesem Idempotenzschlüssel läuft gerade.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="604" />
        <source>A refund needs a reason.</source>
        <translation>Eine Rückerstattung braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="606" />
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="607" />
        <source>%1 is not a refund state.</source>
        <translation>%1 ist kein Erstattungsstatus.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="609" />
        <source>Refund #%1 is not awaiting approval (it is %2).</source>
        <translation>Die Rückerstattung Nr. %1 wartet nicht auf Freigabe (Status: %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="612" />
        <source>You requested refund #%1: another approver must decide it.</source>
        <translation>Sie haben die Rückerstattung Nr. %1 beantragt: Eine andere Person muss sie freigeben.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="615" />
        <source>Refund #%1 was interrupted; it stays pending until it is resolved, and is never made twice.</source>
        <translation>Die Rückerstattung Nr. %1 wurde unterbrochen; sie bleibt ausstehend, bis sie geklärt ist, und wird nie doppelt ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="621" />
        <source>%1 is not an amount.</source>
        <translation>%1 ist kein Betrag.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="625" />
        <source>No payment gateway enabled on this platform (%1) is configured on this console (%2).</source>
        <translation>Kein auf dieser Plattform aktivierter Zahlungsanbieter (%1) ist in dieser Konsole eingerichtet (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="632" />
        <source>The gateway %1 is not enabled in this platform's payment settings.</source>
        <translation>Der Zahlungsanbieter %1 ist in den Zahlungseinstellungen dieser Plattform nicht aktiviert.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="636" />
        <source>%1 is not configured on this console: its key is missing.</source>
        <translation>%1 ist in dieser Konsole nicht eingerichtet: Der Schlüssel fehlt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="639" />
        <source>%1 did not accept the console's credentials; nothing was done.</source>
        <translation>%1 hat die Zugangsdaten der Konsole nicht akzeptiert; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="645" />
        <source>%1 saw this idempotency key before with other values; nothing was done. Please report it.</source>
        <translation>%1 kennt diesen Idempotenzschlüssel bereits mit anderen Werten; es wurde nichts ausgeführt. Bitte melden Sie dies.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="653" />
        <source>%1 did not answer. Whether it acted is not known yet: the refund stays pending and is resolved later, never made twice.</source>
        <translation>%1 hat nicht geantwortet. Ob der Vorgang ausgeführt wurde, ist noch unbekannt: Die Rückerstattung bleibt ausstehend und wird später geklärt, nie doppelt ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="660" />
        <source>The payment gateway refused the refund.</source>
        <translation>Der Zahlungsanbieter hat die Rückerstattung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="666" />
        <source>The plan changed since it was shown: the database was migrated meanwhile. Plan again.</source>
        <translation>Der Plan hat sich seit der Anzeige geändert: Die Datenbank wurde inzwischen migriert. Planen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="670" />
        <source>The migration to %1 runs revisions that drop or rewrite data (%2): confirm them to run it.</source>
        <translation>Die Migration auf %1 führt Revisionen aus, die Daten löschen oder umschreiben (%2): Bestätigen Sie sie, um sie auszuführen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="679" />
        <source>The migration failed at %1.</source>
        <translation>Die Migration ist bei %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="682" />
        <source>Its changes were rolled back.</source>
        <translation>Ihre Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="684" />
        <source>The database as it was is kept in %1.</source>
        <translation>Die Datenbank im vorherigen Zustand liegt in %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="689" />
        <source>There is no revision %1.</source>
        <translation>Es gibt keine Revision %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="692" />
        <source>There is no migration target %1.</source>
        <translation>Es gibt kein Migrationsziel %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="695" />
        <source>The module %1 has no migrations (it owns no tables).</source>
        <translation>Das Modul %1 hat keine Migrationen (es besitzt keine Tabellen).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="699" />
        <source>%1 is not applied, so there is nothing to downgrade to.</source>
        <translation>%1 ist nicht angewendet, es gibt also kein Ziel für ein Downgrade.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="702" />
        <source>%1 is not a direction: upgrade or downgrade.</source>
        <translation>%1 ist keine Richtung: upgrade oder downgrade.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="706" />
        <source>%1 is not a backup of the database %2.</source>
        <translation>%1 ist keine Sicherung der Datenbank %2.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="709" />
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="712" />
        <source>%1 has no manifest: restore it only if you trust it.</source>
        <translation>%1 hat kein Manifest: Stellen Sie sie nur wieder her, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="715" />
        <source>%1 fails SQLite's integrity check. Nothing was restored.</source>
        <translation>%1 besteht die Integritätsprüfung von SQLite nicht. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="718" />
        <source>%1 holds no tables. Nothing was restored.</source>
        <translation>%1 enthält keine Tabellen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="721" />
        <source>%1 does not match its manifest: it was changed or cut short. Nothing was restored.</source>
        <translation>%1 stimmt nicht mit ihrem Manifest überein: Sie wurde geändert oder abgeschnitten. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="727" />
        <source>The database %1 fails its integrity check: no backup was taken and nothing was run.</source>
        <translation>Die Datenbank %1 besteht ihre Integritätsprüfung nicht: Es wurde keine Sicherung angelegt und nichts ausgeführt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="733" />
        <source>The migrations folder of %1 does not exist (%2).</source>
        <translation>Der Migrationsordner von %1 existiert nicht (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="736" />
        <source>The migrations folder of %1 holds no revision (%2).</source>
        <translation>Der Migrationsordner von %1 enthält keine Revision (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="751" />
        <source>%1 is not a database URL.</source>
        <translation>%1 ist keine Datenbank-URL.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="753" />
        <source>%1 is not a supported database: use SQLite or PostgreSQL.</source>
        <translation>%1 ist keine unterstützte Datenbank: Verwenden Sie SQLite oder PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="755" />
        <source>There is no database file at %1.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="757" />
        <source>The database %1 is not migrated (it has no table %2).</source>
        <translation>Die Datenbank %1 ist nicht migriert (ihr fehlt die Tabelle %2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="759" />
        <source>%1 is not a SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="761" />
        <source>The SQLite database %1 is damaged: restore it from a backup.</source>
        <translation>Die SQLite-Datenbank %1 ist beschädigt: Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="764" />
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="767" />
        <source>The SQLite database %1 is read-only here: check its permissions.</source>
        <translation>Die SQLite-Datenbank %1 ist hier schreibgeschützt: Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="770" />
        <source>%1 is a folder, not a SQLite database file.</source>
        <translation>%1 ist ein Ordner, keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="773" />
        <source>The folder of the SQLite database %1 cannot be created.</source>
        <translation>Der Ordner der SQLite-Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="777" />
        <source>The database %1 does not know this user name.</source>
        <translation>Die Datenbank %1 kennt diesen Benutzernamen nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="779" />
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="781" />
        <source>The database %1 refused the user name or password.</source>
        <translation>Die Datenbank %1 hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="783" />
        <source>%1 is not a file name.</source>
        <translation>%1 ist kein Dateiname.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="786" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="791" />
        <source>The demo data of %1 uses data of modules it does not require (%2).</source>
        <translation>Die Demodaten von %1 verwenden Daten von Modulen, die es nicht benötigt (%2).</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="795" />
        <source>An unexpected error happened; the details are in the log.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="797" />
        <source>A target needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="799" />
        <source>A target name has at most %1 characters and no control characters.</source>
        <translation>Ein Zielname hat höchstens %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="803" />
        <source>The interval must be between %1 s and %2 s.</source>
        <translation>Das Intervall muss zwischen %1 s und %2 s liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="805" />
        <source>The timeout must be between 0 and 120 s.</source>
        <translation>Das Zeitlimit muss zwischen 0 und 120 s liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="807" />
        <source>A metric or query has at most %1 characters and no control characters.</source>
        <translation>Eine Metrik oder Abfrage hat höchstens %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="812" />
        <source>%1 is not an http:// or https:// address with a host.</source>
        <translation>%1 ist keine http://- oder https://-Adresse mit Host.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="815" />
        <source>A target named %1 exists already.</source>
        <translation>Ein Ziel namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="817" />
        <source>%1 watches this address already.</source>
        <translation>%1 überwacht diese Adresse bereits.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="819" />
        <source>There is no health target %1 in this profile.</source>
        <translation>In diesem Profil gibt es kein Ziel der Zustandsprüfung %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="821" />
        <source>A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Ein Profilname hat 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="824" />
        <source>A PostgreSQL profile needs a host.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Host.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="825" />
        <source>A PostgreSQL profile needs a database name.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="826" />
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="828" />
        <source>The TLS mode must be one of %1.</source>
        <translation>Der TLS-Modus muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="830" />
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="832" />
        <source>%1 is a built-in profile; choose another name.</source>
        <translation>%1 ist ein eingebautes Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="882" />
        <source>Refused on %1: %2</source>
        <translation>Abgelehnt auf %1: %2</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="884" />
        <source>(and on one more platform)</source>
        <translation>(und auf einer weiteren Plattform)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="886" />
        <source>(and on %1 more platforms)</source>
        <translation>(und auf %1 weiteren Plattformen)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="901" />
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="903" />
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="906" />
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="908" />
        <source>This text does not have the expected form.</source>
        <translation>Dieser Text hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="909" />
        <source>Text is expected.</source>
        <translation>Ein Text wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="910" />
        <source>At least %1 items.</source>
        <translation>Mindestens %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="911" />
        <source>At most %1 items.</source>
        <translation>Höchstens %1 Einträge.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="912" />
        <source>Must be more than %1.</source>
        <translation>Muss größer als %1 sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="913" />
        <source>Must be %1 or more.</source>
        <translation>Muss %1 oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="914" />
        <source>Must be less than %1.</source>
        <translation>Muss kleiner als %1 sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="915" />
        <source>Must be %1 or less.</source>
        <translation>Muss %1 oder weniger sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="917" />
        <source>Must be a multiple of %1.</source>
        <translation>Muss ein Vielfaches von %1 sein.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="919" />
        <location filename="../../console/dialogs/error_text.py" line="920" />
        <source>A whole number is expected.</source>
        <translation>Eine ganze Zahl wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="921" />
        <source>A whole number is expected, without decimals.</source>
        <translation>Eine ganze Zahl ohne Nachkommastellen wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="922" />
        <location filename="../../console/dialogs/error_text.py" line="923" />
        <location filename="../../console/dialogs/error_text.py" line="924" />
        <source>A number is expected.</source>
        <translation>Eine Zahl wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="925" />
        <location filename="../../console/dialogs/error_text.py" line="926" />
        <source>Yes or no is expected.</source>
        <translation>Ja oder Nein wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="927" />
        <location filename="../../console/dialogs/error_text.py" line="928" />
        <source>Must be one of %1.</source>
        <translation>Muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="929" />
        <source>This is not a valid address.</source>
        <translation>Das ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="931" />
        <source>The address must start with %1.</source>
        <translation>Die Adresse muss mit %1 beginnen.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="933" />
        <source>There is no such setting.</source>
        <translation>Diese Einstellung gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="934" />
        <source>A list is expected.</source>
        <translation>Eine Liste wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="935" />
        <source>A table of values is expected.</source>
        <translation>Eine Wertetabelle wird erwartet.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="950" />
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="957" />
        <source>%1 (environment)</source>
        <translation>%1 (Umgebung)</translation>
    </message>
    <message>
        <location filename="../../console/dialogs/error_text.py" line="959" />
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
</TS>
