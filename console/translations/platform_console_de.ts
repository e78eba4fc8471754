<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Platform Console</source>
        <translation>Über Platform Console</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Proprietary: for use under your organisation&apos;s agreement ({expression})</source>
        <translation>Proprietär: Nutzung gemäß der Vereinbarung Ihrer Organisation ({expression})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Platform Console&lt;/b&gt; {version}&lt;br&gt;Administration console of the modular commerce platform.</source>
        <translation>&lt;b&gt;Platform Console&lt;/b&gt; {version}&lt;br&gt;Administrationskonsole der modularen Commerce-Plattform.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy these details as text, for a bug report</source>
        <translation>Diese Angaben als Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Angaben kopieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ActionsMixin</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Mein Passwort ändern…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Encryption key of secret settings…</source>
        <translation>Verschlüsselungsschlüssel der geheimen Einstellungen…</translation>
    </message>
    <message>
        <source>Stripe API key…</source>
        <translation>Stripe-API-Schlüssel…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>Reload page</source>
        <translation>Seite neu laden</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Column widths, order, sorting and pane sizes as at first</source>
        <translation>Spaltenbreiten, -reihenfolge, Sortierung und Bereichsgrößen wie beim ersten Start</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkombinationen…</translation>
    </message>
    <message>
        <source>About Platform Console…</source>
        <translation>Über Platform Console…</translation>
    </message>
    <message>
        <source>Go to: {page}</source>
        <translation>Gehe zu: {page}</translation>
    </message>
    <message>
        <source>{page}: {command}</source>
        <translation>{page}: {command}</translation>
    </message>
    <message>
        <source>“{command}” is not available now.</source>
        <translation>„{command}“ ist derzeit nicht verfügbar.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring. Try again what needed it.</source>
        <translation>Der Schlüssel wird im Schlüsselbund dieses Computers aufbewahrt. Wiederholen Sie den Vorgang, der ihn benötigt hat.</translation>
    </message>
</context>
<context>
    <name>ApproveRefundDialog</name>
    <message>
        <source>Approve refund #{id}</source>
        <translation>Rückerstattung Nr. {id} freigeben</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approving sends {amount} back to the customer through {gateway} now.</source>
        <translation>Mit der Freigabe werden {amount} jetzt über {gateway} an den Kunden zurückgezahlt.</translation>
    </message>
    <message>
        <source>Approve and send</source>
        <translation>Freigeben und senden</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Show the entries of this user only</source>
        <translation>Nur die Einträge dieses Benutzers anzeigen</translation>
    </message>
    <message>
        <source>who (as shown)</source>
        <translation>wer (wie angezeigt)</translation>
    </message>
    <message>
        <source>The name in the Who column (demo, admin:ann, cli:ops), or a user name alone (ann).</source>
        <translation>Der Name in der Spalte „Wer“ (demo, admin:ann, cli:ops) oder nur ein Benutzername (ann).</translation>
    </message>
    <message>
        <source>Platform code</source>
        <translation>Plattformcode</translation>
    </message>
    <message>
        <source>Show the entries that touched this platform only</source>
        <translation>Nur die Einträge anzeigen, die diese Plattform betreffen</translation>
    </message>
    <message>
        <source>platform code</source>
        <translation>Plattformcode</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>any module</source>
        <translation>alle Module</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Select an entry to see its request, plan and outcome.</source>
        <translation>Wählen Sie einen Eintrag aus, um Anfrage, Plan und Ergebnis zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt</numerusform>
            <numerusform>%Ln Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt (für weitere scrollen)</numerusform>
            <numerusform>%Ln Einträge angezeigt (für weitere scrollen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Aktion: {action}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Ergebnis: {outcome}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Gegenstand: {subject}</translation>
    </message>
    <message>
        <source>Platforms: {platforms}</source>
        <translation>Plattformen: {platforms}</translation>
    </message>
    <message>
        <source>Modules: {modules}</source>
        <translation>Module: {modules}</translation>
    </message>
    <message>
        <source>Message: {message}</source>
        <translation>Meldung: {message}</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Resolved plan:</source>
        <translation>Aufgelöster Plan:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
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
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>BranchStatusModel</name>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Enabled on</source>
        <translation>Aktiviert auf</translation>
    </message>
    <message>
        <source>unknown to this code: {revisions}</source>
        <translation>diesem Code unbekannt: {revisions}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to run: {messages}</source>
        <translation>
            <numerusform>%Ln auszuführen: {messages}</numerusform>
            <numerusform>%Ln auszuführen: {messages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln Plattform</numerusform>
            <numerusform>%Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(not in this code)</source>
        <translation>(nicht in diesem Code)</translation>
    </message>
</context>
<context>
    <name>CancelledRunDialog</name>
    <message>
        <source>The database is not ready: the console closes. Start it again to prepare it.</source>
        <translation>Die Datenbank ist nicht bereit: Die Konsole wird geschlossen. Starten Sie sie erneut, um die Datenbank vorzubereiten.</translation>
    </message>
    <message>
        <source>Preparing the database was cancelled</source>
        <translation>Die Vorbereitung der Datenbank wurde abgebrochen</translation>
    </message>
    <message>
        <source>Restore the backup and close</source>
        <translation>Sicherung wiederherstellen und schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ChecksTable</name>
    <message>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type a page or an action…</source>
        <translation>Seite oder Aktion eingeben…</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>ConfigForm</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>Werte durch Kommas getrennt</translation>
    </message>
    <message>
        <source>a value (JSON or text)</source>
        <translation>ein Wert (JSON oder Text)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>A migration run did not finish: the Migrations page says what to do.</source>
        <translation>Eine Migration wurde nicht abgeschlossen: Die Seite „Migrationen“ sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Invalid configuration</source>
        <translation>Ungültige Konfiguration</translation>
    </message>
    <message>
        <source>This database was migrated by a newer release ({revisions}); it is open read-only. Nothing is migrated down behind your back.</source>
        <translation>Diese Datenbank wurde von einer neueren Version migriert ({revisions}); sie ist schreibgeschützt geöffnet. Es wird nichts ohne Ihr Wissen zurückmigriert.</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>Datenbank wird vorbereitet</translation>
    </message>
    <message>
        <source>Migrating {revision}: {message} ({index}/{total})</source>
        <translation>Migration von {revision}: {message} ({index}/{total})</translation>
    </message>
    <message>
        <source>Filling the demo database…</source>
        <translation>Demo-Datenbank wird befüllt…</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>DestructiveConfirmDialog</name>
    <message>
        <source>Downgrading deletes data of {modules}:</source>
        <translation>Das Downgrade löscht Daten von {modules}:</translation>
    </message>
    <message>
        <source>This upgrade deletes or changes data of {modules}:</source>
        <translation>Dieses Upgrade löscht oder ändert Daten von {modules}:</translation>
    </message>
    <message>
        <source>The console cannot undo this. A copy of the whole database is saved first; only restoring that copy brings the data back.</source>
        <translation>Die Konsole kann dies nicht rückgängig machen. Zuvor wird eine Kopie der gesamten Datenbank gespeichert; nur das Wiederherstellen dieser Kopie bringt die Daten zurück.</translation>
    </message>
    <message>
        <source>The console cannot undo this: only a backup of the database brings the data back.</source>
        <translation>Die Konsole kann dies nicht rückgängig machen: Nur eine Sicherung der Datenbank bringt die Daten zurück.</translation>
    </message>
    <message>
        <source>Data will be deleted</source>
        <translation>Daten werden gelöscht</translation>
    </message>
    <message>
        <source>Downgrade and delete the data</source>
        <translation>Downgrade ausführen und Daten löschen</translation>
    </message>
    <message>
        <source>Upgrade and change the data</source>
        <translation>Upgrade ausführen und Daten ändern</translation>
    </message>
    <message>
        <source>I understand that the data of {modules} will be deleted</source>
        <translation>Mir ist bewusst, dass die Daten von {modules} gelöscht werden</translation>
    </message>
    <message>
        <source>the {tables} table with all its rows</source>
        <translation>die Tabelle {tables} mit allen Zeilen</translation>
    </message>
    <message>
        <source>the {tables} tables with all their rows</source>
        <translation>die Tabellen {tables} mit allen Zeilen</translation>
    </message>
    <message>
        <source>the {columns} column of {table}</source>
        <translation>die Spalte {columns} von {table}</translation>
    </message>
    <message>
        <source>the {columns} columns of {table}</source>
        <translation>die Spalten {columns} von {table}</translation>
    </message>
    <message>
        <source>the values of {columns} in {table} are converted</source>
        <translation>die Werte von {columns} in {table} werden umgewandelt</translation>
    </message>
    <message>
        <source>rows of {table}</source>
        <translation>Zeilen von {table}</translation>
    </message>
    <message>
        <source>data (see the statements below)</source>
        <translation>Daten (siehe die Anweisungen unten)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a row to see its detail.</source>
        <translation>Wählen Sie eine Zeile aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Stores of the merchant</source>
        <translation>Shops des Händlers</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Recent payments</source>
        <translation>Letzte Zahlungen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Anbieter-Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reveal personal data…</source>
        <translation>Personenbezogene Daten anzeigen…</translation>
    </message>
    <message>
        <source>Shows this customer&apos;s e-mail, phone and address; audited.</source>
        <translation>Zeigt E-Mail, Telefon und Adresse dieses Kunden an; wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message numerus="yes">
        <source>Stores: {stores} on %Ln platform(s)</source>
        <translation>
            <numerusform>Shops: {stores} auf %Ln Plattform</numerusform>
            <numerusform>Shops: {stores} auf %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain: {domain}</source>
        <translation>Domain: {domain}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <source>Platform: {platform}</source>
        <translation>Plattform: {platform}</translation>
    </message>
    <message>
        <source>Merchant: {code} · {name} ({status})</source>
        <translation>Händler: {code} · {name} ({status})</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Erstellt: {when}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Telefon: {phone}</translation>
    </message>
    <message>
        <source>Suspended: {reason}</source>
        <translation>Gesperrt: {reason}</translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked. To see one customer&apos;s, select it and choose “Reveal personal data…”: that is recorded in the audit log.</source>
        <translation>E-Mail, Telefon und Adresse sind maskiert. Um die Daten eines Kunden zu sehen, wählen Sie ihn aus und dann „Personenbezogene Daten anzeigen…“: Dies wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>E-mail, phone and address are masked: your role may not see them.</source>
        <translation>E-Mail, Telefon und Adresse sind maskiert: Ihre Rolle darf sie nicht sehen.</translation>
    </message>
    <message>
        <source>revealed (audited)</source>
        <translation>angezeigt (im Audit-Protokoll festgehalten)</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Search {page}</source>
        <translation>{page} durchsuchen</translation>
    </message>
    <message>
        <source>Search by name, code, e-mail or domain (Ctrl+F)</source>
        <translation>Nach Name, Code, E-Mail oder Domain suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Any field contains</source>
        <translation>Ein Feld enthält</translation>
    </message>
    <message>
        <source>Name starts with</source>
        <translation>Name beginnt mit</translation>
    </message>
    <message>
        <source>Code starts with</source>
        <translation>Code beginnt mit</translation>
    </message>
    <message>
        <source>E-mail contains</source>
        <translation>E-Mail enthält</translation>
    </message>
    <message>
        <source>Domain contains</source>
        <translation>Domain enthält</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Genau zählen</translation>
    </message>
    <message>
        <source>Suspend the selected store…</source>
        <translation>Ausgewählten Shop sperren…</translation>
    </message>
    <message>
        <source>Suspend store {code}</source>
        <translation>Shop {code} sperren</translation>
    </message>
    <message>
        <source>Reactivate store {code}</source>
        <translation>Shop {code} reaktivieren</translation>
    </message>
    <message>
        <source>Store {code} suspended</source>
        <translation>Shop {code} gesperrt</translation>
    </message>
    <message>
        <source>Store {code} reactivated</source>
        <translation>Shop {code} reaktiviert</translation>
    </message>
    <message>
        <source>Suspend the selected merchant…</source>
        <translation>Ausgewählten Händler sperren…</translation>
    </message>
    <message>
        <source>Suspend merchant {code}</source>
        <translation>Händler {code} sperren</translation>
    </message>
    <message>
        <source>Reactivate merchant {code}</source>
        <translation>Händler {code} reaktivieren</translation>
    </message>
    <message>
        <source>Merchant {code} suspended</source>
        <translation>Händler {code} gesperrt</translation>
    </message>
    <message>
        <source>Merchant {code} reactivated</source>
        <translation>Händler {code} reaktiviert</translation>
    </message>
    <message>
        <source>Only code, name and created sort (the indexed columns).</source>
        <translation>Nur nach Code, Name und Erstellungsdatum sortierbar (die indizierten Spalten).</translation>
    </message>
    <message>
        <source>Your role may not suspend or reactivate.</source>
        <translation>Ihre Rolle darf nicht sperren oder reaktivieren.</translation>
    </message>
    <message>
        <source>Suspending stops {code} from trading. Say why: the reason is kept in the audit trail.</source>
        <translation>Durch die Sperre kann {code} nicht mehr verkaufen. Geben Sie den Grund an: Er wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reactivating lets {code} trade again. Say why: the reason is kept in the audit trail.</source>
        <translation>Nach der Reaktivierung kann {code} wieder verkaufen. Geben Sie den Grund an: Er wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Select a customer whose personal data is masked first.</source>
        <translation>Wählen Sie zuerst einen Kunden aus, dessen personenbezogene Daten maskiert sind.</translation>
    </message>
    <message>
        <source>Reveal the personal data of customer {id}</source>
        <translation>Personenbezogene Daten von Kunde {id} anzeigen</translation>
    </message>
    <message>
        <source>The e-mail, phone and address of {name} will be shown. This is recorded in the audit log with your name.</source>
        <translation>E-Mail, Telefon und Adresse von {name} werden angezeigt. Dies wird mit Ihrem Namen im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DriftModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Zum Beispiel</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>enable the core module</source>
        <translation>Kernmodul aktivieren</translation>
    </message>
    <message>
        <source>rename to {module}</source>
        <translation>in {module} umbenennen</translation>
    </message>
    <message>
        <source>none: no module replaces it (left as is)</source>
        <translation>keine: Kein Modul ersetzt es (bleibt unverändert)</translation>
    </message>
    <message>
        <source>core module missing</source>
        <translation>Kernmodul fehlt</translation>
    </message>
    <message>
        <source>unknown module</source>
        <translation>unbekanntes Modul</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} und %Ln weitere</numerusform>
            <numerusform>{platforms} und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more platform(s)</source>
        <translation>
            <numerusform>… und %Ln weitere Plattform</numerusform>
            <numerusform>… und %Ln weitere Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>{message} (code {code})</source>
        <translation>{message} (Code {code})</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The application keeps running; the details are in the log file {path}.</source>
        <translation>Unerwarteter Fehler: {error}. Die Anwendung läuft weiter; die Details stehen in der Protokolldatei {path}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your role does not allow %1 on the platform %2.</source>
        <translation>Ihre Rolle erlaubt %1 auf der Plattform %2 nicht.</translation>
    </message>
    <message>
        <source>Your role does not allow %1: none of the stores of merchant %2 is on your platforms.</source>
        <translation>Ihre Rolle erlaubt %1 nicht: Kein Shop des Händlers %2 liegt auf Ihren Plattformen.</translation>
    </message>
    <message>
        <source>Your role does not allow %1: the store %2 is on none of your platforms.</source>
        <translation>Ihre Rolle erlaubt %1 nicht: Der Shop %2 liegt auf keiner Ihrer Plattformen.</translation>
    </message>
    <message>
        <source>Your role does not allow this change on the platforms %1.</source>
        <translation>Ihre Rolle erlaubt diese Änderung auf den Plattformen %1 nicht.</translation>
    </message>
    <message>
        <source>Your role does not allow %1.</source>
        <translation>Ihre Rolle erlaubt %1 nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be disabled: other modules need it (%2). Disable them first, or include them.</source>
        <translation>%1 kann nicht deaktiviert werden: Andere Module benötigen es (%2). Deaktivieren Sie diese zuerst oder beziehen Sie sie ein.</translation>
    </message>
    <message>
        <source>There is no merchant %1.</source>
        <translation>Es gibt keinen Händler %1.</translation>
    </message>
    <message>
        <source>There is no store %1.</source>
        <translation>Es gibt keinen Shop %1.</translation>
    </message>
    <message>
        <source>There is no platform %1.</source>
        <translation>Es gibt keine Plattform %1.</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation>Es gibt keine Zahlung Nr.&#xa0;%1.</translation>
    </message>
    <message>
        <source>There is no refund #%1.</source>
        <translation>Es gibt keine Rückerstattung Nr.&#xa0;%1.</translation>
    </message>
    <message>
        <source>There is no module %1.</source>
        <translation>Es gibt kein Modul %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>No platform has the tag %1.</source>
        <translation>Keine Plattform hat den Tag %1.</translation>
    </message>
    <message>
        <source>Every platform of the target has one of the excluded tags (%1).</source>
        <translation>Jede Plattform des Ziels hat einen der ausgeschlossenen Tags (%1).</translation>
    </message>
    <message>
        <source>These platforms do not exist: %1.</source>
        <translation>Diese Plattformen gibt es nicht: %1.</translation>
    </message>
    <message>
        <source>The merchant %1 is already suspended.</source>
        <translation>Der Händler %1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>The store %1 is already suspended.</source>
        <translation>Der Shop %1 ist bereits gesperrt.</translation>
    </message>
    <message>
        <source>The merchant %1 is not suspended.</source>
        <translation>Der Händler %1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The store %1 is not suspended.</source>
        <translation>Der Shop %1 ist nicht gesperrt.</translation>
    </message>
    <message>
        <source>The number of rows asked for must be between 1 and %1.</source>
        <translation>Die Zahl der angeforderten Zeilen muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Captured %1, refunded %2, pending %3, awaiting approval %4.</source>
        <translation>Erfasst %1, erstattet %2, ausstehend %3, wartet auf Freigabe %4.</translation>
    </message>
    <message>
        <source>%1 cannot be refunded on payment #%2: only %3 is still refundable.</source>
        <translation>%1 kann für die Zahlung Nr.&#xa0;%2 nicht erstattet werden: Nur %3 sind noch erstattbar.</translation>
    </message>
    <message>
        <source>Payment #%1 has nothing left to refund.</source>
        <translation>Für die Zahlung Nr.&#xa0;%1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation>Falsches Passwort. Das Konto %1 ist jetzt für %2 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %Ln character(s).</source>
        <translation>
            <numerusform>Ein Passwort muss mindestens %Ln Zeichen lang sein.</numerusform>
            <numerusform>Ein Passwort muss mindestens %Ln Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not start or end with a space.</source>
        <translation>Ein Passwort darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>%1 holds control or invisible characters (%2).</source>
        <translation>%1 enthält Steuer- oder unsichtbare Zeichen (%2).</translation>
    </message>
    <message>
        <source>%1 is not a valid user name: 2 to 64 lower-case letters, digits, . _ -, starting with a letter.</source>
        <translation>%1 ist kein gültiger Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>%1 is not a valid platform code: lower-case letters, digits and dashes, up to 64.</source>
        <translation>%1 ist kein gültiger Plattformcode: Kleinbuchstaben, Ziffern und Bindestriche, höchstens 64.</translation>
    </message>
    <message>
        <source>%1 is not a currency code this platform knows (e.g. EUR).</source>
        <translation>%1 ist kein Währungscode, den die Plattform kennt (z.&#xa0;B. EUR).</translation>
    </message>
    <message>
        <source>%1 is not a valid tag: lower-case letters, digits and dashes, at most one colon (country:lu), up to 64 characters.</source>
        <translation>%1 ist kein gültiger Tag: Kleinbuchstaben, Ziffern und Bindestriche, höchstens ein Doppelpunkt (country:lu), bis zu 64 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an amount as this language writes it (e.g. %2).</source>
        <translation>„%1“ ist kein Betrag in der Schreibweise dieser Sprache (z. B. %2).</translation>
    </message>
    <message>
        <source>%1 is not an amount.</source>
        <translation>%1 ist kein Betrag.</translation>
    </message>
    <message>
        <source>%1: amounts in %2 are whole numbers.</source>
        <translation>%1: Beträge in %2 sind ganze Zahlen.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 decimals.</source>
        <translation>%1: %2 hat %3 Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 (on 1 platform)</source>
        <translation>%1 (auf 1 Plattform)</translation>
    </message>
    <message>
        <source>%1 (on %2 platforms)</source>
        <translation>%1 (auf %2 Plattformen)</translation>
    </message>
    <message>
        <source>The downgrade is refused: it drops the tables of %1, enabled on 1 platform.</source>
        <translation>Das Downgrade wird abgelehnt: Es löscht die Tabellen von %1, aktiviert auf 1 Plattform.</translation>
    </message>
    <message>
        <source>The downgrade is refused: it drops the tables of %1, enabled on %2 platforms.</source>
        <translation>Das Downgrade wird abgelehnt: Es löscht die Tabellen von %1, aktiviert auf %2 Plattformen.</translation>
    </message>
    <message>
        <source>Disable %1 on every platform first.</source>
        <translation>Deaktivieren Sie zuerst %1 auf allen Plattformen.</translation>
    </message>
    <message>
        <source>%1 are core modules: their tables stay while platforms exist.</source>
        <translation>%1 sind Kernmodule: Ihre Tabellen bleiben, solange es Plattformen gibt.</translation>
    </message>
    <message>
        <source>The migration was cancelled before its first revision.</source>
        <translation>Die Migration wurde vor ihrer ersten Revision abgebrochen.</translation>
    </message>
    <message>
        <source>The migration was cancelled; 1 revision was applied.</source>
        <translation>Die Migration wurde abgebrochen; 1 Revision wurde angewendet.</translation>
    </message>
    <message>
        <source>The migration was cancelled; %1 revisions were applied.</source>
        <translation>Die Migration wurde abgebrochen; %1 Revisionen wurden angewendet.</translation>
    </message>
    <message>
        <source>Another migration run is in progress: %1 to %2 by %3, started %4. Wait until it ends.</source>
        <translation>Eine andere Migration läuft: %1 auf %2 durch %3, begonnen am %4. Warten Sie, bis sie endet.</translation>
    </message>
    <message>
        <source>The change is refused on 1 platform; nothing was written. Apply it without the refused platform, or resolve it first.</source>
        <translation>Die Änderung wird auf 1 Plattform abgelehnt; nichts wurde gespeichert. Wenden Sie sie ohne die abgelehnte Plattform an oder beheben Sie zuerst das Problem.</translation>
    </message>
    <message>
        <source>The change is refused on %1 platforms; nothing was written. Apply it without the refused platforms, or resolve them first.</source>
        <translation>Die Änderung wird auf %1 Plattformen abgelehnt; nichts wurde gespeichert. Wenden Sie sie ohne die abgelehnten Plattformen an oder beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <source>the manual gateway</source>
        <translation>der manuelle Zahlungsanbieter</translation>
    </message>
    <message>
        <source>%1 declined the refund: %2</source>
        <translation>%1 hat die Rückerstattung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 declined the payment: %2</source>
        <translation>%1 hat die Zahlung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 declined the operation: %2</source>
        <translation>%1 hat den Vorgang abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused the refund as invalid: %2</source>
        <translation>%1 hat die Rückerstattung als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <source>%1 refused the payment as invalid: %2</source>
        <translation>%1 hat die Zahlung als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <source>%1 refused the operation as invalid: %2</source>
        <translation>%1 hat den Vorgang als ungültig zurückgewiesen: %2</translation>
    </message>
    <message>
        <source>%1 is turning requests away for now; nothing was done. Try again in %2 seconds.</source>
        <translation>%1 weist Anfragen im Moment ab; es wurde nichts ausgeführt. Versuchen Sie es in %2 Sekunden erneut.</translation>
    </message>
    <message>
        <source>%1 is turning requests away for now; nothing was done. Try again in a minute.</source>
        <translation>%1 weist Anfragen im Moment ab; es wurde nichts ausgeführt. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Some settings of %1 are not valid:</source>
        <translation>Einige Einstellungen von %1 sind ungültig:</translation>
    </message>
    <message>
        <source>Some settings are not valid; fix them, or remove them to use the defaults:</source>
        <translation>Einige Einstellungen sind ungültig; korrigieren Sie sie oder entfernen Sie sie, um die Standardwerte zu verwenden:</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>Sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its revision fields must be literals.</source>
        <translation>Ihre Revisionsfelder müssen Literale sein.</translation>
    </message>
    <message>
        <source>its name does not follow MODULE_SEQ_DESCRIPTION.py.</source>
        <translation>Ihr Name folgt nicht MODULE_SEQ_DESCRIPTION.py.</translation>
    </message>
    <message>
        <source>its revision id does not match its file name.</source>
        <translation>Ihre Revisions-ID passt nicht zum Dateinamen.</translation>
    </message>
    <message>
        <source>its sequence number is used twice.</source>
        <translation>Ihre Sequenznummer wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>only the first revision of a branch carries the branch label.</source>
        <translation>Nur die erste Revision eines Zweigs trägt das Zweig-Label.</translation>
    </message>
    <message>
        <source>its down_revision breaks the straight line of its branch.</source>
        <translation>Ihre down_revision unterbricht die gerade Linie ihres Zweigs.</translation>
    </message>
    <message>
        <source>its depends_on is not valid.</source>
        <translation>Ihr depends_on ist ungültig.</translation>
    </message>
    <message>
        <source>The migration file %1 is not valid: %2</source>
        <translation>Die Migrationsdatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Cannot reach the database %1: is the server running, and are the host and port right?</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: Läuft der Server, und stimmen Host und Port?</translation>
    </message>
    <message>
        <source>The trial run of the migration to %1 failed; nothing was changed.</source>
        <translation>Der Probelauf der Migration auf %1 ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters (it has %3).</source>
        <translation>%1 ist auf %2 Zeichen begrenzt (es sind %3).</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Der Grund ist auf %1 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>--%1 must be from 0 to %2.</source>
        <translation>--%1 muss zwischen 0 und %2 liegen.</translation>
    </message>
    <message>
        <source>The demo data needs merchants and platforms for its stores, and stores for its orders.</source>
        <translation>Die Demodaten brauchen Händler und Plattformen für ihre Shops und Shops für ihre Bestellungen.</translation>
    </message>
    <message>
        <source>Only a SQLite database file has backups; PostgreSQL rolls a failed run back.</source>
        <translation>Nur eine SQLite-Datenbankdatei hat Sicherungen; PostgreSQL macht einen fehlgeschlagenen Lauf rückgängig.</translation>
    </message>
    <message>
        <source>%1 is not a migration target here: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>%1 ist hier kein Migrationsziel: Geben Sie MODULE@head, MODULE@base oder eine Revisions-ID ein.</translation>
    </message>
    <message>
        <source>No migration target given: type MODULE@head, MODULE@base or a revision id.</source>
        <translation>Kein Migrationsziel angegeben: Geben Sie MODULE@head, MODULE@base oder eine Revisions-ID ein.</translation>
    </message>
    <message>
        <source>The database holds revisions this version does not know (%1): it was migrated by another release. Nothing was migrated.</source>
        <translation>Die Datenbank enthält Revisionen, die diese Version nicht kennt (%1): Sie wurde von einer anderen Version migriert. Es wurde nichts migriert.</translation>
    </message>
    <message>
        <source>The latency thresholds must be more than 0 ms.</source>
        <translation>Die Latenzschwellen müssen größer als 0 ms sein.</translation>
    </message>
    <message>
        <source>The warning latency must not exceed the critical latency.</source>
        <translation>Die Warnlatenz darf die kritische Latenz nicht übersteigen.</translation>
    </message>
    <message>
        <source>The failures before unhealthy must be between 1 and 100.</source>
        <translation>Die Fehlschläge bis zum Zustand „fehlerhaft“ müssen zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>%1 is too long: a duration is at most %2 days.</source>
        <translation>%1 ist zu lang: eine Dauer ist höchstens %2 Tage.</translation>
    </message>
    <message>
        <source>%1 is not a duration: write a whole number and a unit, as 30s, 10m, 2h or 1d.</source>
        <translation>%1 ist keine Dauer: Geben Sie eine ganze Zahl und eine Einheit an, wie 30s, 10m, 2h oder 1d.</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ahead.</source>
        <translation>%1 liegt mehr als %2 Tage in der Zukunft.</translation>
    </message>
    <message>
        <source>%1 counts back from now; for a start in the future write %2.</source>
        <translation>%1 zählt von jetzt an zurück; für einen Start in der Zukunft schreiben Sie %2.</translation>
    </message>
    <message>
        <source>%1 is not a start time: write +30m (from now), 2026-12-24 or 2026-12-24T06:00.</source>
        <translation>%1 ist keine Startzeit: Schreiben Sie +30m (ab jetzt), 2026-12-24 oder 2026-12-24T06:00.</translation>
    </message>
    <message>
        <source>%1 is not a window: write DAYS HH:MM-HH:MM [ZONE], as Mon-Fri 09:00-17:00 Europe/Luxembourg.</source>
        <translation>%1 ist kein Zeitfenster: Schreiben Sie TAGE HH:MM-HH:MM [ZONE], wie Mon-Fri 09:00-17:00 Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>%1 are not days: write Mon-Fri, Sat,Sun or *.</source>
        <translation>%1 sind keine Tage: Schreiben Sie Mon-Fri, Sat,Sun oder * (englische Namen).</translation>
    </message>
    <message>
        <source>%1 is not a time range: HH:MM-HH:MM, from 00:00 to 24:00.</source>
        <translation>%1 ist kein Zeitraum: HH:MM-HH:MM, von 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>%1 starts and ends at the same time: for a whole day write 00:00-24:00.</source>
        <translation>%1 beginnt und endet zur selben Zeit: Für einen ganzen Tag schreiben Sie 00:00-24:00.</translation>
    </message>
    <message>
        <source>%1 is not a time zone: write an IANA name such as Europe/Luxembourg.</source>
        <translation>%1 ist keine Zeitzone: Schreiben Sie einen IANA-Namen wie Europe/Luxembourg.</translation>
    </message>
    <message>
        <source>At most %1 waves, not %2.</source>
        <translation>Höchstens %1 Wellen, nicht %2.</translation>
    </message>
    <message>
        <source>%1: a count of platforms is from 1 to %2.</source>
        <translation>%1: Eine Anzahl von Plattformen liegt zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>%1 is not a wave: write tag:TAG, a count (5) or a percentage (10%), separated by commas.</source>
        <translation>%1 ist keine Welle: Schreiben Sie tag:TAG, eine Anzahl (5) oder einen Prozentsatz (10%), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>%1 has an empty wave: write a comma list such as 1%,10%,50%,100%.</source>
        <translation>%1 enthält eine leere Welle: Schreiben Sie eine durch Kommas getrennte Liste wie 1%,10%,50%,100%.</translation>
    </message>
    <message>
        <source>%1: a percentage is from 1% to 100%.</source>
        <translation>%1: Ein Prozentsatz liegt zwischen 1% und 100%.</translation>
    </message>
    <message>
        <source>%1 is not a tag: lower-case letters, digits and dashes, at most one &apos;:&apos;, up to 64 characters.</source>
        <translation>%1 ist kein Tag: Kleinbuchstaben, Ziffern und Bindestriche, höchstens ein „:“, bis zu 64 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is a core module and stays enabled.</source>
        <translation>%1 ist ein Kernmodul und bleibt aktiviert.</translation>
    </message>
    <message>
        <source>%1 is needed by a module this change enables, and disabled by it too.</source>
        <translation>%1 wird von einem Modul benötigt, das diese Änderung aktiviert, und zugleich von ihr deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is an internal module: changing it needs the modules.internal permission.</source>
        <translation>%1 ist ein internes Modul: Änderungen daran erfordern die Berechtigung modules.internal.</translation>
    </message>
    <message>
        <source>The definition of the module %1 is not valid (field %2).</source>
        <translation>Die Definition des Moduls %1 ist ungültig (Feld %2).</translation>
    </message>
    <message>
        <source>%1 cannot be enabled and disabled in one change.</source>
        <translation>%1 kann nicht in derselben Änderung aktiviert und deaktiviert werden.</translation>
    </message>
    <message>
        <source>There is no rollout #%1.</source>
        <translation>Es gibt keinen Rollout Nr. %1.</translation>
    </message>
    <message>
        <source>Rollout #%1 is in the state %2, which does not allow this.</source>
        <translation>Rollout Nr. %1 ist im Zustand %2, der dies nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 started rollout #%2: someone else must approve its next wave.</source>
        <translation>%1 hat Rollout Nr. %2 gestartet: Eine andere Person muss die nächste Welle freigeben.</translation>
    </message>
    <message>
        <source>A rollout needs a name of 1 to 200 printable characters.</source>
        <translation>Ein Rollout braucht einen Namen aus 1 bis 200 druckbaren Zeichen.</translation>
    </message>
    <message>
        <source>A rollout makes one change: enable modules, disable modules, or configure one module with settings.</source>
        <translation>Ein Rollout nimmt genau eine Änderung vor: Module aktivieren, Module deaktivieren oder ein Modul mit Einstellungen konfigurieren.</translation>
    </message>
    <message>
        <source>On failure, a rollout pauses or rolls back, not %1.</source>
        <translation>Bei einem Fehler pausiert ein Rollout oder wird zurückgenommen, nicht %1.</translation>
    </message>
    <message>
        <source>The significance of comparisons is a probability between 0 and 1 (0.01, say).</source>
        <translation>Das Signifikanzniveau der Vergleiche ist eine Wahrscheinlichkeit zwischen 0 und 1 (zum Beispiel 0,01).</translation>
    </message>
    <message>
        <source>A rollout takes at most 20 gates and 20 windows.</source>
        <translation>Ein Rollout nimmt höchstens 20 Prüfungen und 20 Zeitfenster an.</translation>
    </message>
    <message>
        <source>%1 is not a tag.</source>
        <translation>%1 ist kein Tag.</translation>
    </message>
    <message>
        <source>These targets name no platform: check the tags.</source>
        <translation>Diese Ziele benennen keine Plattform: Prüfen Sie die Tags.</translation>
    </message>
    <message>
        <source>There is no rollout state %1.</source>
        <translation>Es gibt keinen Rollout-Zustand %1.</translation>
    </message>
    <message>
        <source>Rolling back rollout #%1 failed and nothing was reverted: %2. It stays paused.</source>
        <translation>Das Zurückrollen von Rollout Nr. %1 ist fehlgeschlagen, nichts wurde rückgängig gemacht: %2. Es bleibt pausiert.</translation>
    </message>
    <message>
        <source>Rollout #%1 has no gate %2 whose values can be read.</source>
        <translation>Rollout Nr. %1 hat keine Prüfung %2, deren Werte sich lesen lassen.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Abgebrochen, bevor etwas gespeichert wurde.</translation>
    </message>
    <message>
        <source>The modules depend on each other in a cycle: %1.</source>
        <translation>Die Module hängen im Kreis voneinander ab: %1.</translation>
    </message>
    <message>
        <source>The module registry has several problems; see the log.</source>
        <translation>Das Modulregister hat mehrere Probleme; siehe Protokoll.</translation>
    </message>
    <message>
        <source>The module code %1 is defined twice.</source>
        <translation>Der Modulcode %1 ist zweimal definiert.</translation>
    </message>
    <message>
        <source>The package %1 defines no module (DEFINITION is missing).</source>
        <translation>Das Paket %1 definiert kein Modul (DEFINITION fehlt).</translation>
    </message>
    <message>
        <source>The module %1 lives in the wrong package (%2).</source>
        <translation>Das Modul %1 liegt im falschen Paket (%2).</translation>
    </message>
    <message>
        <source>The module %1 requires an unknown module, %2.</source>
        <translation>Das Modul %1 benötigt ein unbekanntes Modul, %2.</translation>
    </message>
    <message>
        <source>The core module %1 requires %2, which is not a core module.</source>
        <translation>Das Kernmodul %1 benötigt %2, das kein Kernmodul ist.</translation>
    </message>
    <message>
        <source>The module %1 requires the internal module %2; only internal modules may.</source>
        <translation>Das Modul %1 benötigt das interne Modul %2; das dürfen nur interne Module.</translation>
    </message>
    <message>
        <source>The configuration file %1 cannot be read: it must be UTF-8 text in TOML.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: Sie muss UTF-8-Text im TOML-Format sein.</translation>
    </message>
    <message>
        <source>The module %1 has no settings.</source>
        <translation>Das Modul %1 hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>The module %1 has no setting %2.</source>
        <translation>Das Modul %1 hat keine Einstellung %2.</translation>
    </message>
    <message>
        <source>%1 is not a refund limit: write minor units, e.g. 10000, or per currency EUR:10000.</source>
        <translation>%1 ist kein Erstattungslimit: Geben Sie Untereinheiten an, z.&#xa0;B. 10000, oder je Währung EUR:10000.</translation>
    </message>
    <message>
        <source>Secret settings need an encryption key (PLATFORM_SECRETS_KEY or the keyring).</source>
        <translation>Geheime Einstellungen benötigen einen Schlüssel (PLATFORM_SECRETS_KEY oder den Schlüsselbund).</translation>
    </message>
    <message>
        <source>There is no keyring on this system to keep %1 in; set it in the environment instead.</source>
        <translation>Dieses System hat keinen Schlüsselbund für %1; legen Sie es stattdessen in der Umgebung fest.</translation>
    </message>
    <message>
        <source>PLATFORM_SECRETS_KEY is not a valid key.</source>
        <translation>PLATFORM_SECRETS_KEY ist kein gültiger Schlüssel.</translation>
    </message>
    <message>
        <source>A secret setting cannot be decrypted with this key. Was the key changed?</source>
        <translation>Eine geheime Einstellung kann mit diesem Schlüssel nicht entschlüsselt werden. Wurde der Schlüssel geändert?</translation>
    </message>
    <message>
        <source>%1 is not a gate. Write prom:QUERY OP NUMBER (OP being &lt;, &lt;=, &gt; or &gt;=, with a space on each side), compare:QUERY higher|lower, ready:URL or approval.</source>
        <translation>%1 ist keine gültige Prüfung. Schreiben Sie prom:ABFRAGE OP ZAHL (OP ist &lt;, &lt;=, &gt; oder &gt;=, mit einem Leerzeichen auf jeder Seite), compare:ABFRAGE higher|lower, ready:URL oder approval.</translation>
    </message>
    <message>
        <source>Name at least one platform or tag.</source>
        <translation>Geben Sie mindestens eine Plattform oder einen Tag an.</translation>
    </message>
    <message>
        <source>Choose some platforms or tags, or all platforms, not both.</source>
        <translation>Wählen Sie Plattformen oder Tags oder alle Plattformen, nicht beides.</translation>
    </message>
    <message>
        <source>Name at least one tag.</source>
        <translation>Geben Sie mindestens einen Tag an.</translation>
    </message>
    <message>
        <source>Too many tags: at most %1.</source>
        <translation>Zu viele Tags: höchstens %1.</translation>
    </message>
    <message>
        <source>A tag cannot be added and removed at once: %1.</source>
        <translation>Ein Tag kann nicht zugleich hinzugefügt und entfernt werden: %1.</translation>
    </message>
    <message>
        <source>A platform needs a name.</source>
        <translation>Eine Plattform braucht einen Namen.</translation>
    </message>
    <message>
        <source>A platform %1 exists already.</source>
        <translation>Eine Plattform %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>Das Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed sign-ins, until %2. An administrator can unlock it.</source>
        <translation>Das Konto %1 ist nach zu vielen fehlgeschlagenen Anmeldungen bis %2 gesperrt. Ein Administrator kann es entsperren.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>A user %1 exists already.</source>
        <translation>Einen Benutzer %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>Another user was created meanwhile: sign in instead.</source>
        <translation>Inzwischen wurde ein anderer Benutzer angelegt: Melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>%1 is not a role.</source>
        <translation>%1 ist keine Rolle.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Only a signed-in user has a password to change.</source>
        <translation>Nur ein angemeldeter Benutzer hat ein Passwort zum Ändern.</translation>
    </message>
    <message>
        <source>%1 is the last active super admin: create another one first.</source>
        <translation>%1 ist der letzte aktive Super-Administrator: Legen Sie zuerst einen weiteren an.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Several stores have an order %1: choose the store.</source>
        <translation>Mehrere Shops haben eine Bestellung %1: Wählen Sie den Shop.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>An e-mail or domain search needs at least %Ln character(s).</source>
        <translation>
            <numerusform>Eine Suche nach E-Mail oder Domain braucht mindestens %Ln Zeichen.</numerusform>
            <numerusform>Eine Suche nach E-Mail oder Domain braucht mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a kind of search.</source>
        <translation>%1 ist keine Suchart.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by %1; it can by %2.</source>
        <translation>Die Liste kann nicht nach %1 sortiert werden, nur nach %2.</translation>
    </message>
    <message>
        <source>%1 is not a status: active or suspended.</source>
        <translation>%1 ist kein Status: aktiv oder gesperrt.</translation>
    </message>
    <message>
        <source>Stores can be filtered by merchant, merchants cannot.</source>
        <translation>Shops lassen sich nach Händler filtern, Händler nicht.</translation>
    </message>
    <message>
        <source>Give either a start or an end of the page, not both.</source>
        <translation>Geben Sie Anfang oder Ende der Seite an, nicht beides.</translation>
    </message>
    <message>
        <source>The offset must be 0 or more.</source>
        <translation>Der Versatz muss 0 oder mehr betragen.</translation>
    </message>
    <message>
        <source>This page marker belongs to another list; reload the list.</source>
        <translation>Diese Seitenmarke gehört zu einer anderen Liste; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Der Betrag muss positiv sein.</translation>
    </message>
    <message>
        <source>This idempotency key was used for another amount (payment #%1).</source>
        <translation>Dieser Idempotenzschlüssel wurde für einen anderen Betrag verwendet (Zahlung Nr.&#xa0;%1).</translation>
    </message>
    <message>
        <source>A payment with this idempotency key is in progress.</source>
        <translation>Eine Zahlung mit diesem Idempotenzschlüssel läuft gerade.</translation>
    </message>
    <message>
        <source>A refund needs a reason.</source>
        <translation>Eine Rückerstattung braucht einen Grund.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>%1 is not a refund state.</source>
        <translation>%1 ist kein Erstattungsstatus.</translation>
    </message>
    <message>
        <source>Refund #%1 is not awaiting approval (it is %2).</source>
        <translation>Die Rückerstattung Nr.&#xa0;%1 wartet nicht auf Freigabe (Status: %2).</translation>
    </message>
    <message>
        <source>You requested refund #%1: another approver must decide it.</source>
        <translation>Sie haben die Rückerstattung Nr.&#xa0;%1 beantragt: Eine andere Person muss sie freigeben.</translation>
    </message>
    <message>
        <source>Refund #%1 was interrupted; it stays pending until it is resolved, and is never made twice.</source>
        <translation>Die Rückerstattung Nr.&#xa0;%1 wurde unterbrochen; sie bleibt ausstehend, bis sie geklärt ist, und wird nie doppelt ausgeführt.</translation>
    </message>
    <message>
        <source>No payment gateway enabled on this platform (%1) is configured on this console (%2).</source>
        <translation>Kein auf dieser Plattform aktivierter Zahlungsanbieter (%1) ist in dieser Konsole eingerichtet (%2).</translation>
    </message>
    <message>
        <source>The gateway %1 is not enabled in this platform&apos;s payment settings.</source>
        <translation>Der Zahlungsanbieter %1 ist in den Zahlungseinstellungen dieser Plattform nicht aktiviert.</translation>
    </message>
    <message>
        <source>%1 is not configured on this console: its key is missing.</source>
        <translation>%1 ist in dieser Konsole nicht eingerichtet: Der Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>%1 did not accept the console&apos;s credentials; nothing was done.</source>
        <translation>%1 hat die Zugangsdaten der Konsole nicht akzeptiert; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>%1 saw this idempotency key before with other values; nothing was done. Please report it.</source>
        <translation>%1 kennt diesen Idempotenzschlüssel bereits mit anderen Werten; es wurde nichts ausgeführt. Bitte melden Sie dies.</translation>
    </message>
    <message>
        <source>%1 did not answer. Whether it acted is not known yet: the refund stays pending and is resolved later, never made twice.</source>
        <translation>%1 hat nicht geantwortet. Ob der Vorgang ausgeführt wurde, ist noch unbekannt: Die Rückerstattung bleibt ausstehend und wird später geklärt, nie doppelt ausgeführt.</translation>
    </message>
    <message>
        <source>The payment gateway refused the refund.</source>
        <translation>Der Zahlungsanbieter hat die Rückerstattung abgelehnt.</translation>
    </message>
    <message>
        <source>The plan changed since it was shown: the database was migrated meanwhile. Plan again.</source>
        <translation>Der Plan hat sich seit der Anzeige geändert: Die Datenbank wurde inzwischen migriert. Planen Sie erneut.</translation>
    </message>
    <message>
        <source>The migration to %1 runs revisions that drop or rewrite data (%2): confirm them to run it.</source>
        <translation>Die Migration auf %1 führt Revisionen aus, die Daten löschen oder umschreiben (%2): Bestätigen Sie sie, um sie auszuführen.</translation>
    </message>
    <message>
        <source>The migration failed at %1.</source>
        <translation>Die Migration ist bei %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Its changes were rolled back.</source>
        <translation>Ihre Änderungen wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Die Datenbank im vorherigen Zustand liegt in %1.</translation>
    </message>
    <message>
        <source>There is no revision %1.</source>
        <translation>Es gibt keine Revision %1.</translation>
    </message>
    <message>
        <source>There is no migration target %1.</source>
        <translation>Es gibt kein Migrationsziel %1.</translation>
    </message>
    <message>
        <source>The module %1 has no migrations (it owns no tables).</source>
        <translation>Das Modul %1 hat keine Migrationen (es besitzt keine Tabellen).</translation>
    </message>
    <message>
        <source>%1 is not applied, so there is nothing to downgrade to.</source>
        <translation>%1 ist nicht angewendet, es gibt also kein Ziel für ein Downgrade.</translation>
    </message>
    <message>
        <source>%1 is not a direction: upgrade or downgrade.</source>
        <translation>%1 ist keine Richtung: upgrade oder downgrade.</translation>
    </message>
    <message>
        <source>%1 is not a backup of the database %2.</source>
        <translation>%1 ist keine Sicherung der Datenbank %2.</translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation>Unter %1 gibt es keine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>%1 has no manifest: restore it only if you trust it.</source>
        <translation>%1 hat kein Manifest: Stellen Sie sie nur wieder her, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>%1 fails SQLite&apos;s integrity check. Nothing was restored.</source>
        <translation>%1 besteht die Integritätsprüfung von SQLite nicht. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 holds no tables. Nothing was restored.</source>
        <translation>%1 enthält keine Tabellen. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 does not match its manifest: it was changed or cut short. Nothing was restored.</source>
        <translation>%1 stimmt nicht mit ihrem Manifest überein: Sie wurde geändert oder abgeschnitten. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database %1 fails its integrity check: no backup was taken and nothing was run.</source>
        <translation>Die Datenbank %1 besteht ihre Integritätsprüfung nicht: Es wurde keine Sicherung angelegt und nichts ausgeführt.</translation>
    </message>
    <message>
        <source>The migrations folder of %1 does not exist (%2).</source>
        <translation>Der Migrationsordner von %1 existiert nicht (%2).</translation>
    </message>
    <message>
        <source>The migrations folder of %1 holds no revision (%2).</source>
        <translation>Der Migrationsordner von %1 enthält keine Revision (%2).</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The export could not be written to %1.</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a database URL.</source>
        <translation>%1 ist keine Datenbank-URL.</translation>
    </message>
    <message>
        <source>%1 is not a supported database: use SQLite or PostgreSQL.</source>
        <translation>%1 ist keine unterstützte Datenbank: Verwenden Sie SQLite oder PostgreSQL.</translation>
    </message>
    <message>
        <source>There is no database file at %1.</source>
        <translation>Unter %1 gibt es keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The database %1 is not migrated (it has no table %2).</source>
        <translation>Die Datenbank %1 ist nicht migriert (ihr fehlt die Tabelle %2).</translation>
    </message>
    <message>
        <source>%1 is busy: another program held it longer than the lock wait. Nothing was changed; try again in a moment.</source>
        <translation>%1 ist belegt: Ein anderes Programm hat sie länger als die Sperrwartezeit gehalten. Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is damaged: restore it from a backup.</source>
        <translation>Die SQLite-Datenbank %1 ist beschädigt: Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The SQLite database %1 cannot be opened.</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The SQLite database %1 is read-only here: check its permissions.</source>
        <translation>Die SQLite-Datenbank %1 ist hier schreibgeschützt: Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SQLite database file.</source>
        <translation>%1 ist ein Ordner, keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database %1 cannot be created.</source>
        <translation>Der Ordner der SQLite-Datenbank %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database %1 does not know this user name.</source>
        <translation>Die Datenbank %1 kennt diesen Benutzernamen nicht.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Die Datenbank %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The database %1 refused the user name or password.</source>
        <translation>Die Datenbank %1 hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation>%1 ist kein Dateiname.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The demo data of %1 uses data of modules it does not require (%2).</source>
        <translation>Die Demodaten von %1 verwenden Daten von Modulen, die es nicht benötigt (%2).</translation>
    </message>
    <message>
        <source>An unexpected error happened; the details are in the log.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>A target needs a name.</source>
        <translation>Ein Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <source>A target name has at most %1 characters and no control characters.</source>
        <translation>Ein Zielname hat höchstens %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>The interval must be between %1 s and %2 s.</source>
        <translation>Das Intervall muss zwischen %1 s und %2 s liegen.</translation>
    </message>
    <message>
        <source>The timeout must be between 0 and 120 s.</source>
        <translation>Das Zeitlimit muss zwischen 0 und 120 s liegen.</translation>
    </message>
    <message>
        <source>A metric or query has at most %1 characters and no control characters.</source>
        <translation>Eine Metrik oder Abfrage hat höchstens %1 Zeichen und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// address with a host.</source>
        <translation>%1 ist keine http://- oder https://-Adresse mit Host.</translation>
    </message>
    <message>
        <source>A target named %1 exists already.</source>
        <translation>Ein Ziel namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>%1 watches this address already.</source>
        <translation>%1 überwacht diese Adresse bereits.</translation>
    </message>
    <message>
        <source>There is no health target %1 in this profile.</source>
        <translation>In diesem Profil gibt es kein Ziel der Zustandsprüfung %1.</translation>
    </message>
    <message>
        <source>A profile name has 1 to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Ein Profilname hat 1 bis 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Host.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a database name.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Datenbanknamen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The TLS mode must be one of %1.</source>
        <translation>Der TLS-Modus muss einer der folgenden sein: %1.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a built-in profile; choose another name.</source>
        <translation>%1 ist ein eingebautes Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Refused on %1: %2</source>
        <translation>Abgelehnt auf %1: %2</translation>
    </message>
    <message>
        <source>(and on one more platform)</source>
        <translation>(und auf einer weiteren Plattform)</translation>
    </message>
    <message>
        <source>(and on %1 more platforms)</source>
        <translation>(und auf %1 weiteren Plattformen)</translation>
    </message>
    <message>
        <source>From %1 to %2 characters: capital letters, digits and dashes (e.g. %3).</source>
        <translation>%1 bis %2 Zeichen: Großbuchstaben, Ziffern und Bindestriche (z.&#xa0;B. %3).</translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s).</source>
        <translation>
            <numerusform>Mindestens %Ln Zeichen.</numerusform>
            <numerusform>Mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln character(s).</source>
        <translation>
            <numerusform>Höchstens %Ln Zeichen.</numerusform>
            <numerusform>Höchstens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This text does not have the expected form.</source>
        <translation>Dieser Text hat nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Ein Text wird erwartet.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln item(s).</source>
        <translation>
            <numerusform>Mindestens %Ln Eintrag.</numerusform>
            <numerusform>Mindestens %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln item(s).</source>
        <translation>
            <numerusform>Höchstens %Ln Eintrag.</numerusform>
            <numerusform>Höchstens %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be more than %1.</source>
        <translation>Muss größer als %1 sein.</translation>
    </message>
    <message>
        <source>Must be %1 or more.</source>
        <translation>Muss %1 oder mehr sein.</translation>
    </message>
    <message>
        <source>Must be less than %1.</source>
        <translation>Muss kleiner als %1 sein.</translation>
    </message>
    <message>
        <source>Must be %1 or less.</source>
        <translation>Muss %1 oder weniger sein.</translation>
    </message>
    <message>
        <source>Must be a multiple of %1.</source>
        <translation>Muss ein Vielfaches von %1 sein.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Eine ganze Zahl wird erwartet.</translation>
    </message>
    <message>
        <source>A whole number is expected, without decimals.</source>
        <translation>Eine ganze Zahl ohne Nachkommastellen wird erwartet.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Eine Zahl wird erwartet.</translation>
    </message>
    <message>
        <source>Yes or no is expected.</source>
        <translation>Ja oder Nein wird erwartet.</translation>
    </message>
    <message>
        <source>Must be one of %1.</source>
        <translation>Muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>Das ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The address must start with %1.</source>
        <translation>Die Adresse muss mit %1 beginnen.</translation>
    </message>
    <message>
        <source>There is no such setting.</source>
        <translation>Diese Einstellung gibt es nicht.</translation>
    </message>
    <message>
        <source>A list is expected.</source>
        <translation>Eine Liste wird erwartet.</translation>
    </message>
    <message>
        <source>A table of values is expected.</source>
        <translation>Eine Wertetabelle wird erwartet.</translation>
    </message>
    <message>
        <source>%1 is not a locale like fr, de-LU or lb-LU.</source>
        <translation>%1 ist kein Sprachcode wie fr, de-LU oder lb-LU.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three letters, e.g. EUR).</source>
        <translation>%1 ist kein ISO-4217-Währungscode (drei Buchstaben, z.&#xa0;B. EUR).</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1 (Umgebung)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Health events</source>
        <translation>Zustandsereignisse</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <source>Latest notification (no system tray): {text}</source>
        <translation>Letzte Benachrichtigung (kein Infobereich): {text}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First run</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>Welcome to Platform Console</source>
        <translation>Willkommen bei Platform Console</translation>
    </message>
    <message>
        <source>The database {database} had no admin user yet. It has been migrated to the newest schema ({applied}). Create its first super admin: this account can do everything, including creating the other accounts.</source>
        <translation>Die Datenbank {database} hatte noch keinen Administrator. Sie wurde auf das neueste Schema migriert ({applied}). Legen Sie ihren ersten Super-Administrator an: Dieses Konto darf alles, auch die anderen Konten anlegen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) applied</source>
        <translation>
            <numerusform>%Ln Revision angewendet</numerusform>
            <numerusform>%Ln Revisionen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>GateEditor</name>
    <message>
        <source>Kind of gate</source>
        <translation>Art der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Add gate</source>
        <translation>Prüfung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>No gate: each wave follows the one before once its bake time is over.</source>
        <translation>Keine Prüfung: Jede Welle folgt der vorigen, sobald deren Beobachtungszeit um ist.</translation>
    </message>
    <message>
        <source>&amp;Remove gate</source>
        <translation>Prüfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Prometheus threshold (prom:)</source>
        <translation>Prometheus-Schwellenwert (prom:)</translation>
    </message>
    <message>
        <source>Comparison with the platforms not changed yet (compare:)</source>
        <translation>Vergleich mit den noch nicht geänderten Plattformen (compare:)</translation>
    </message>
    <message>
        <source>Readiness of a platform process (ready:)</source>
        <translation>Bereitschaft eines Plattform-Prozesses (ready:)</translation>
    </message>
    <message>
        <source>Approval by a person (approval)</source>
        <translation>Freigabe durch eine Person (approval)</translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation>PromQL-Abfrage</translation>
    </message>
    <message>
        <source>PromQL query, one series per platform (label platform)</source>
        <translation>PromQL-Abfrage, eine Reihe je Plattform (Label platform)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Which values are worse</source>
        <translation>Welche Werte schlechter sind</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <source>lower is worse</source>
        <translation>niedriger ist schlechter</translation>
    </message>
    <message>
        <source>URL of the platform process</source>
        <translation>URL des Plattform-Prozesses</translation>
    </message>
    <message>
        <source>http://shop-7.internal:8080 (its /health/ready is asked)</source>
        <translation>http://shop-7.internal:8080 (sein /health/ready wird abgefragt)</translation>
    </message>
    <message>
        <source>Before each next wave, someone other than the person who started the rollout approves it.</source>
        <translation>Vor jeder nächsten Welle gibt eine andere Person als die, die den Rollout gestartet hat, sie frei.</translation>
    </message>
    <message>
        <source>This gate is in the list already.</source>
        <translation>Diese Prüfung steht schon in der Liste.</translation>
    </message>
</context>
<context>
    <name>GatePlot</name>
    <message>
        <source>No changed platform has a value for this gate yet.</source>
        <translation>Noch keine geänderte Plattform hat einen Wert für diese Prüfung.</translation>
    </message>
    <message>
        <source>threshold {condition}</source>
        <translation>Schwelle {condition}</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>changed platforms, sorted by value</source>
        <translation>geänderte Plattformen, nach Wert sortiert</translation>
    </message>
    <message>
        <source>No platform has a value for this gate yet.</source>
        <translation>Noch keine Plattform hat einen Wert für diese Prüfung.</translation>
    </message>
    <message>
        <source>share of the platforms</source>
        <translation>Anteil der Plattformen</translation>
    </message>
    <message numerus="yes">
        <source>changed: %Ln platform(s)</source>
        <translation>
            <numerusform>geändert: %Ln Plattform</numerusform>
            <numerusform>geändert: %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not changed yet: %Ln platform(s)</source>
        <translation>
            <numerusform>noch nicht geändert: %Ln Plattform</numerusform>
            <numerusform>noch nicht geändert: %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>median {value}</source>
        <translation>Median {value}</translation>
    </message>
    <message>
        <source>(fails the gate)</source>
        <translation>(besteht die Prüfung nicht)</translation>
    </message>
</context>
<context>
    <name>GateTexts</name>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform is changed yet.</source>
        <translation>Noch keine Plattform ist geändert.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln changed platform(s) have a value {condition}.</source>
        <translation>
            <numerusform>Die geänderte Plattform hat einen Wert {condition}.</numerusform>
            <numerusform>Alle %Ln geänderten Plattformen haben einen Wert {condition}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) not {condition}: {values}</source>
        <translation>
            <numerusform>%Ln Plattform nicht {condition}: {values}</numerusform>
            <numerusform>%Ln Plattformen nicht {condition}: {values}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) without a sample: {platforms}</source>
        <translation>
            <numerusform>%Ln Plattform ohne Messwert: {platforms}</numerusform>
            <numerusform>%Ln Plattformen ohne Messwert: {platforms}</numerusform>
        </translation>
    </message>
    <message>
        <source>The changed platforms are not {worse} at {alpha}: p = {p}; {changed} changed (median {changed_median}) against {unchanged} unchanged (median {unchanged_median}).</source>
        <translation>Die geänderten Plattformen sind bei {alpha} nicht {worse}: p = {p}; {changed} geändert (Median {changed_median}) gegen {unchanged} ungeändert (Median {unchanged_median}).</translation>
    </message>
    <message>
        <source>The changed platforms are {worse} (worse): p = {p} &lt; {alpha}; {changed} changed (median {changed_median}) against {unchanged} unchanged (median {unchanged_median}).</source>
        <translation>Die geänderten Plattformen sind {worse} (schlechter): p = {p} &lt; {alpha}; {changed} geändert (Median {changed_median}) gegen {unchanged} ungeändert (Median {unchanged_median}).</translation>
    </message>
    <message>
        <source>Nothing to compare with: no target is left unchanged (passed).</source>
        <translation>Nichts zum Vergleichen: Kein Ziel ist ungeändert geblieben (bestanden).</translation>
    </message>
    <message>
        <source>Nothing to compare with: no unchanged target has a sample (passed).</source>
        <translation>Nichts zum Vergleichen: Kein ungeändertes Ziel hat einen Messwert (bestanden).</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln changed platform(s) has a sample to compare.</source>
        <translation>
            <numerusform>Die geänderte Plattform hat keinen Messwert zum Vergleichen.</numerusform>
            <numerusform>Keine der %Ln geänderten Plattformen hat einen Messwert zum Vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Prometheus is configured (PLATFORM_PROMETHEUS_URL).</source>
        <translation>Kein Prometheus ist konfiguriert (PLATFORM_PROMETHEUS_URL).</translation>
    </message>
    <message>
        <source>{url} answers ready.</source>
        <translation>{url} meldet bereit.</translation>
    </message>
    <message>
        <source>The gate is asked again at the next check.</source>
        <translation>Die Prüfung wird beim nächsten Durchlauf erneut abgefragt.</translation>
    </message>
    <message>
        <source>(unknown for longer than the gate timeout)</source>
        <translation>(länger unbekannt als die Frist der Prüfung)</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The platform whose module states the graph shows</source>
        <translation>Die Plattform, deren Modulzustände der Graph zeigt</translation>
    </message>
    <message>
        <source>none: the graph only</source>
        <translation>keine: nur der Graph</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Click a module to highlight what it requires and what requires it.</source>
        <translation>Klicken Sie auf ein Modul, um hervorzuheben, was es benötigt und welche Module es benötigen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) enabled on {platform}</source>
        <translation>
            <numerusform>%Ln Modul auf {platform} aktiviert</numerusform>
            <numerusform>%Ln Module auf {platform} aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}: requires {requires}; required by {dependents}</source>
        <translation>{code}: benötigt {requires}; benötigt von {dependents}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Graph exported to {path}</source>
        <translation>Graph nach {path} exportiert</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Loading the plots…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <source>The health history cannot be written ({problem}): this console polls on its own, its samples are not kept and not shared with other consoles.</source>
        <translation>Der Zustandsverlauf kann nicht geschrieben werden ({problem}): Diese Konsole fragt die Ziele allein ab, ihre Messwerte werden weder gespeichert noch mit anderen Konsolen geteilt.</translation>
    </message>
    <message>
        <source>no sample yet</source>
        <translation>noch kein Messwert</translation>
    </message>
    <message>
        <source>{target}: {old} → {new}. {detail}</source>
        <translation>{target}: {old} → {new}. {detail}</translation>
    </message>
    <message>
        <source>Platform health</source>
        <translation>Zustand der Plattformen</translation>
    </message>
    <message>
        <source>Plotting {metric} of {name}.</source>
        <translation>Diagramm von {metric} für {name}.</translation>
    </message>
    <message>
        <source>The token of {name} is used until the console closes: {error}</source>
        <translation>Das Token von {name} wird bis zum Schließen der Konsole verwendet: {error}</translation>
    </message>
    <message>
        <source>Health report written: {html} and {json}</source>
        <translation>Zustandsbericht gespeichert: {html} und {json}</translation>
    </message>
    <message>
        <source>Export a health report…</source>
        <translation>Zustandsbericht exportieren…</translation>
    </message>
    <message>
        <source>Run the health checks now</source>
        <translation>Zustandsprüfungen jetzt ausführen</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>Health report</source>
        <translation>Zustandsbericht</translation>
    </message>
    <message>
        <source>Latency per target</source>
        <translation>Latenz je Ziel</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>Zustand im Zeitverlauf</translation>
    </message>
    <message>
        <source>From {since} to {until} (local time)</source>
        <translation>Von {since} bis {until} (Ortszeit)</translation>
    </message>
    <message>
        <source>No status change in this range.</source>
        <translation>Keine Zustandsänderung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Zustand</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency avg / max</source>
        <translation>Latenz Ø / max.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Zustandsänderungen</translation>
    </message>
</context>
<context>
    <name>IdleLockMixin</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>ImpactPreviewDialog</name>
    <message numerus="yes">
        <source>on %Ln platform(s)</source>
        <translation>
            <numerusform>auf %Ln Plattform</numerusform>
            <numerusform>auf %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: +%2</source>
        <translation>%1: +%2</translation>
    </message>
    <message>
        <source>%1 (pulled in): +%2</source>
        <translation>%1 (mitaktiviert): +%2</translation>
    </message>
    <message>
        <source>%1: -%2</source>
        <translation>%1: -%2</translation>
    </message>
    <message>
        <source>%1 (by cascade): -%2</source>
        <translation>%1 (mitbetroffen): -%2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message>
        <source>Preview of the change</source>
        <translation>Vorschau der Auswirkungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Find a platform</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Also &amp;disable the modules that need it (cascade)</source>
        <translation>Abhängige Module ebenfalls &amp;deaktivieren (mitbetroffen)</translation>
    </message>
    <message>
        <source>Some platforms are refused because other modules require this one: tick the box above to disable those modules too, and see what that changes before applying.</source>
        <translation>Einige Plattformen werden abgewiesen, weil andere Module dieses benötigen: Markieren Sie das Kästchen oben, um diese Module ebenfalls zu deaktivieren, und prüfen Sie vor dem Anwenden, was sich dadurch ändert.</translation>
    </message>
    <message>
        <source>&amp;All or nothing: if any platform is refused, write nothing</source>
        <translation>&amp;Alles oder nichts: Wird eine Plattform abgewiesen, nichts schreiben</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All platforms (%1)</source>
        <translation>Alle Plattformen (%1)</translation>
    </message>
    <message>
        <source>Changing only (%1)</source>
        <translation>Nur geänderte (%1)</translation>
    </message>
    <message>
        <source>Refused only (%1)</source>
        <translation>Nur abgewiesene (%1)</translation>
    </message>
    <message>
        <source>Unchanged only (%1)</source>
        <translation>Nur unveränderte (%1)</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln Plattform</numerusform>
            <numerusform>%Ln Plattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip refused platforms and change the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>Abgewiesene Plattformen ü&amp;berspringen und %Ln verbleibende Plattform ändern</numerusform>
            <numerusform>Abgewiesene Plattformen ü&amp;berspringen und die verbleibenden %Ln Plattformen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the remaining %Ln platform(s)</source>
        <translation>
            <numerusform>%Ln verbleibende Plattform</numerusform>
            <numerusform>die verbleibenden %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>disable %1 (cascade)</source>
        <translation>%1 deaktivieren (mit Mitbetroffenen)</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 would change, %2 already as requested, %3 refused.</source>
        <translation>%1 würden geändert, %2 bereits wie gewünscht, %3 abgewiesen.</translation>
    </message>
    <message>
        <source>S&amp;kip refused platforms and change the remaining platform</source>
        <translation>Abgewiesene Plattformen ü&amp;berspringen und die verbleibende Plattform ändern</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Auswirkungen werden berechnet…</translation>
    </message>
    <message>
        <source>Nothing can be applied: %1 refused, and no other platform would change.</source>
        <translation>Nichts kann angewendet werden: %1 abgewiesen, und keine andere Plattform würde geändert.</translation>
    </message>
    <message>
        <source>Apply is disabled: %1 of %2 would be refused, and with “all or nothing” a single refusal means nothing is written. Choose “skip refused platforms” to change %3, or cancel.</source>
        <translation>„Anwenden“ ist deaktiviert: %1 von %2 würden abgewiesen, und bei „Alles oder nichts“ bedeutet eine einzige Abweisung, dass nichts geschrieben wird. Wählen Sie „Abgewiesene Plattformen überspringen“, um %3 zu ändern, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>the remaining platform</source>
        <translation>die verbleibende Plattform</translation>
    </message>
    <message>
        <source>Apply is disabled: no platform would change.</source>
        <translation>„Anwenden“ ist deaktiviert: Keine Plattform würde geändert.</translation>
    </message>
    <message>
        <source>Select a platform to see its changes in full.</source>
        <translation>Wählen Sie eine Plattform aus, um ihre Änderungen vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Applying… %1 of %2 platforms</source>
        <translation>Wird angewendet… %1 von %2 Plattformen</translation>
    </message>
    <message>
        <source>Cancelling… the current batch finishes first</source>
        <translation>Wird abgebrochen… der laufende Stapel wird noch beendet</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written: {error}</source>
        <translation>Es wurde nichts geschrieben: {error}</translation>
    </message>
    <message>
        <source>Unexpected error: nothing was written. The details are in the log file.</source>
        <translation>Unerwarteter Fehler: Es wurde nichts geschrieben. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Roll out in &amp;waves…</source>
        <translation>In Wellen aus&amp;rollen…</translation>
    </message>
    <message>
        <source>Apply the change wave after wave, watched by gates</source>
        <translation>Die Änderung Welle für Welle anwenden, von Prüfungen überwacht</translation>
    </message>
    <message>
        <source>A rollout needs a change that no target platform refuses</source>
        <translation>Ein Rollout braucht eine Änderung, die keine Zielplattform ablehnt</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Encryption key of secret settings</source>
        <translation>Verschlüsselungsschlüssel der geheimen Einstellungen</translation>
    </message>
    <message>
        <source>Stripe API key</source>
        <translation>Stripe-API-Schlüssel</translation>
    </message>
    <message>
        <source>The secret settings were saved with another encryption key than the one on this computer, so they cannot be read here.</source>
        <translation>Die geheimen Einstellungen wurden mit einem anderen Verschlüsselungsschlüssel gespeichert als dem auf diesem Computer und können deshalb hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The encryption key on this computer is damaged: it is not a valid key.</source>
        <translation>Der Verschlüsselungsschlüssel auf diesem Computer ist beschädigt: Er ist kein gültiger Schlüssel.</translation>
    </message>
    <message>
        <source>Secret settings (API keys of marketplaces, for instance) are stored encrypted. This computer does not have the encryption key yet.</source>
        <translation>Geheime Einstellungen (zum Beispiel API-Schlüssel von Marktplätzen) werden verschlüsselt gespeichert. Dieser Computer hat den Verschlüsselungsschlüssel noch nicht.</translation>
    </message>
    <message>
        <source>Stripe did not accept the API key on this computer: it may have been replaced.</source>
        <translation>Stripe hat den API-Schlüssel auf diesem Computer nicht akzeptiert: Er wurde möglicherweise ersetzt.</translation>
    </message>
    <message>
        <source>Refunds through Stripe need the platform&apos;s Stripe API key, and this computer does not have it yet.</source>
        <translation>Rückerstattungen über Stripe benötigen den Stripe-API-Schlüssel der Plattform, und dieser Computer hat ihn noch nicht.</translation>
    </message>
    <message>
        <source>The environment this console was started in sets this key, and that value wins over anything stored here. Ask whoever set up this computer to change it there.</source>
        <translation>Die Umgebung, in der diese Konsole gestartet wurde, setzt diesen Schlüssel, und dieser Wert hat Vorrang vor allem, was hier gespeichert ist. Bitten Sie die Person, die diesen Computer eingerichtet hat, ihn dort zu ändern.</translation>
    </message>
    <message>
        <source>a super admin</source>
        <translation>einen Super-Administrator</translation>
    </message>
    <message>
        <source>Your role may not set this key. Ask {names} (super admin) to sign in to Platform Console on this computer and choose Account ▸ {title}…; the key is then kept in this computer&apos;s keyring for you too.</source>
        <translation>Ihre Rolle darf diesen Schlüssel nicht setzen. Bitten Sie {names} (Super-Administrator), sich auf diesem Computer bei Platform Console anzumelden und Konto ▸ {title}… zu wählen; der Schlüssel wird dann im Schlüsselbund dieses Computers aufbewahrt, auch für Sie.</translation>
    </message>
    <message>
        <source>Keep in this computer&apos;s keyring</source>
        <translation>Im Schlüsselbund dieses Computers aufbewahren</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Neuen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Paste the key the platform already uses</source>
        <translation>Den Schlüssel einfügen, den die Plattform bereits verwendet</translation>
    </message>
    <message>
        <source>I have kept a copy of this key in a safe place</source>
        <translation>Ich habe eine Kopie dieses Schlüssels sicher aufbewahrt</translation>
    </message>
    <message>
        <source>the key, 44 letters and digits ending in =</source>
        <translation>der Schlüssel, 44 Buchstaben und Ziffern, endet auf =</translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)</source>
        <translation>sk_live_… oder sk_test_… (Stripe Dashboard ▸ Developers ▸ API keys)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Keep a copy of the key in a safe place, such as a password manager. Secret settings saved with it cannot be read without it: if the key is lost, they are lost and must be entered again. The platform&apos;s servers need the same key.</source>
        <translation>Bewahren Sie eine Kopie des Schlüssels sicher auf, zum Beispiel in einem Passwort-Manager. Geheime Einstellungen, die damit gespeichert wurden, können ohne ihn nicht gelesen werden: Geht der Schlüssel verloren, sind sie verloren und müssen neu eingegeben werden. Die Server der Plattform benötigen denselben Schlüssel.</translation>
    </message>
    <message>
        <source>This is not an encryption key of Platform Console: 44 letters and digits, ending in =.</source>
        <translation>Dies ist kein Verschlüsselungsschlüssel von Platform Console: 44 Buchstaben und Ziffern, endet auf =.</translation>
    </message>
    <message>
        <source>A Stripe secret key starts with sk_ (or rk_ for a restricted key).</source>
        <translation>Ein geheimer Stripe-Schlüssel beginnt mit sk_ (oder rk_ bei einem eingeschränkten Schlüssel).</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the key in (it needs a desktop session with a keyring service, such as GNOME Keyring or KWallet). Ask whoever set up this computer to give the key to the console through its environment.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für den Schlüssel (dafür ist eine Desktop-Sitzung mit einem Schlüsselbund-Dienst wie GNOME Keyring oder KWallet nötig). Bitten Sie die Person, die diesen Computer eingerichtet hat, der Konsole den Schlüssel über ihre Umgebung zu übergeben.</translation>
    </message>
</context>
<context>
    <name>KeyboardMixin</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>LanguageMenuMixin</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>LayoutMixin</name>
    <message>
        <source>The layout is back to its defaults.</source>
        <translation>Das Standard-Layout ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>{n} found</source>
        <translation>{n} gefunden</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>etwa {n}</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>“{text}” is not an amount as this language writes it (e.g. {example}).</source>
        <translation>„{text}“ ist kein Betrag in der Schreibweise dieser Sprache (z. B. {example}).</translation>
    </message>
    <message numerus="yes">
        <source>{currency} has %n decimal(s).</source>
        <translation>
            <numerusform>{currency} hat %n Nachkommastelle.</numerusform>
            <numerusform>{currency} hat %n Nachkommastellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Platform Console</source>
        <translation>Platform Console</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
</context>
<context>
    <name>MigrationProgressDialog</name>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>MigrationTabs</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>SQL of the plan</source>
        <translation>SQL des Plans</translation>
    </message>
    <message>
        <source>The SQL of the plan shows here.</source>
        <translation>Das SQL des Plans erscheint hier.</translation>
    </message>
    <message>
        <source>SQL preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <source>What runs, revision by revision.</source>
        <translation>Was ausgeführt wird, Revision für Revision.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Registry drift</source>
        <translation>Registerabweichung</translation>
    </message>
    <message>
        <source>Choose a target and press Plan: nothing runs before you press Run.</source>
        <translation>Wählen Sie ein Ziel und klicken Sie auf „Planen“: Nichts wird ausgeführt, bevor Sie auf „Ausführen“ klicken.</translation>
    </message>
    <message>
        <source>Planned steps</source>
        <translation>Geplante Schritte</translation>
    </message>
</context>
<context>
    <name>MigrationTexts</name>
    <message>
        <source>Read-only: the database is ahead of this code or holds unknown revisions</source>
        <translation>Schreibgeschützt: Die Datenbank ist neuer als dieser Code oder enthält unbekannte Revisionen</translation>
    </message>
    <message>
        <source>The only branch is up to date</source>
        <translation>Der einzige Zweig ist aktuell</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln branch(es) are up to date</source>
        <translation>
            <numerusform>%Ln Zweig ist aktuell</numerusform>
            <numerusform>Alle %Ln Zweige sind aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) behind</source>
        <translation>
            <numerusform>%Ln Modul im Rückstand</numerusform>
            <numerusform>%Ln Module im Rückstand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) to run</source>
        <translation>
            <numerusform>%Ln Revision auszuführen</numerusform>
            <numerusform>%Ln Revisionen auszuführen</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty database)</source>
        <translation>(leere Datenbank)</translation>
    </message>
    <message>
        <source>This database was migrated by a newer release: it is read-only here.</source>
        <translation>Diese Datenbank wurde von einer neueren Version migriert: Sie ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only here.</source>
        <translation>Die Datenbank enthält Revisionen, die dieser Code nicht kennt: Sie ist hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>A migration run did not finish: the upgrade to {target} started by {actor} at {time} was interrupted (its process ended).</source>
        <translation>Eine Migration wurde nicht abgeschlossen: Das Upgrade auf {target}, gestartet von {actor} um {time}, wurde unterbrochen (sein Prozess wurde beendet).</translation>
    </message>
    <message>
        <source>A migration run did not finish: the downgrade to {target} started by {actor} at {time} was interrupted (its process ended).</source>
        <translation>Eine Migration wurde nicht abgeschlossen: Das Downgrade auf {target}, gestartet von {actor} um {time}, wurde unterbrochen (sein Prozess wurde beendet).</translation>
    </message>
    <message>
        <source>It had not changed anything yet: the database is as it was.</source>
        <translation>Sie hatte noch nichts geändert: Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>The database may be part-way between revisions. Restore the copy taken before the run ({path}), or plan and run the migration again. From a terminal: {command}</source>
        <translation>Die Datenbank befindet sich möglicherweise zwischen zwei Revisionen. Stellen Sie die vor der Ausführung erstellte Kopie wieder her ({path}) oder planen Sie die Migration und führen Sie sie erneut aus. Im Terminal: {command}</translation>
    </message>
    <message>
        <source>There is no copy to restore: plan and run the migration again.</source>
        <translation>Es gibt keine Kopie zum Wiederherstellen: Planen Sie die Migration und führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>No registry drift: every module code is known and every core module is on.</source>
        <translation>Keine Registerabweichung: Jeder Modulcode ist bekannt und jedes Kernmodul ist aktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) that schema migrations do not see:</source>
        <translation>
            <numerusform>%Ln Problem, das Schemamigrationen nicht erkennen:</numerusform>
            <numerusform>%Ln Probleme, die Schemamigrationen nicht erkennen:</numerusform>
        </translation>
    </message>
    <message>
        <source>rows naming a module this release no longer has, or core modules missing on platforms. Repair renames the rows to the module that replaces the old code and enables the core modules, in one audited transaction.</source>
        <translation>Zeilen, die ein Modul nennen, das es in dieser Version nicht mehr gibt, oder fehlende Kernmodule auf Plattformen. Die Reparatur benennt die Zeilen in das Modul um, das den alten Code ersetzt, und aktiviert die Kernmodule, in einer einzigen Transaktion mit Eintrag im Audit-Protokoll.</translation>
    </message>
    <message>
        <source>All modules — each to its latest revision</source>
        <translation>Alle Module — jedes auf seine neueste Revision</translation>
    </message>
    <message>
        <source>{branch} — to its latest revision, {head}</source>
        <translation>{branch} — auf seine neueste Revision, {head}</translation>
    </message>
    <message>
        <source>{revision} — {branch} up to {revision}</source>
        <translation>{revision} — {branch} bis {revision}</translation>
    </message>
    <message>
        <source>{branch} — remove it entirely (drops its tables)</source>
        <translation>{branch} — vollständig entfernen (löscht seine Tabellen)</translation>
    </message>
    <message>
        <source>{revision} — {branch} down to {revision}</source>
        <translation>{revision} — {branch} zurück auf {revision}</translation>
    </message>
    <message>
        <source>Only a super admin can repair registry drift.</source>
        <translation>Nur ein Super-Administrator kann die Registerabweichung reparieren.</translation>
    </message>
    <message>
        <source>Put back the copy of the database taken before the interrupted run</source>
        <translation>Die vor der unterbrochenen Ausführung erstellte Kopie der Datenbank zurückspielen</translation>
    </message>
    <message>
        <source>Only a super admin can restore a backup.</source>
        <translation>Nur ein Super-Administrator kann eine Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Only a super admin can run migrations.</source>
        <translation>Nur ein Super-Administrator kann Migrationen ausführen.</translation>
    </message>
    <message>
        <source>The database holds revisions this code does not know: it is read-only.</source>
        <translation>Die Datenbank enthält Revisionen, die dieser Code nicht kennt: Sie ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Plan first: the run does exactly what the plan shows.</source>
        <translation>Planen Sie zuerst: Die Ausführung tut genau das, was der Plan zeigt.</translation>
    </message>
    <message>
        <source>The downgrade guard refuses this plan (see the plan).</source>
        <translation>Der Downgrade-Schutz weist diesen Plan ab (siehe Plan).</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <source>Run the plan shown below</source>
        <translation>Den unten gezeigten Plan ausführen</translation>
    </message>
    <message>
        <source>Nothing to do: the database is already at {target}.</source>
        <translation>Nichts zu tun: Die Datenbank ist bereits auf {target}.</translation>
    </message>
    <message>
        <source>Upgrade to {target}: 1 revision, on {branches}.</source>
        <translation>Upgrade auf {target}: 1 Revision, auf {branches}.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Upgrade auf {target}: %Ln Revision, auf {branches}.</numerusform>
            <numerusform>Upgrade auf {target}: %Ln Revisionen, in dieser Reihenfolge, auf {branches}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Downgrade to {target}: 1 revision, on {branches}.</source>
        <translation>Downgrade auf {target}: 1 Revision, auf {branches}.</translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s), in this order, on {branches}.</source>
        <translation>
            <numerusform>Downgrade auf {target}: %Ln Revision, auf {branches}.</numerusform>
            <numerusform>Downgrade auf {target}: %Ln Revisionen, in dieser Reihenfolge, auf {branches}.</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes data of {modules} ({revisions}); you will be asked to confirm first.</source>
        <translation>Dies löscht Daten von {modules} ({revisions}); Sie werden vorher um Bestätigung gebeten.</translation>
    </message>
    <message>
        <source>-- SQLite: statements captured from a dry run on a scratch copy of the database</source>
        <translation>-- SQLite: Anweisungen, aufgezeichnet bei einem Probelauf auf einer temporären Kopie der Datenbank</translation>
    </message>
    <message>
        <source>-- PostgreSQL: Alembic&apos;s offline SQL; the run is one transaction</source>
        <translation>-- PostgreSQL: Offline-SQL von Alembic; die Ausführung ist eine einzige Transaktion</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} and %Ln more</source>
        <translation>
            <numerusform>{platforms} und %Ln weitere</numerusform>
            <numerusform>{platforms} und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{module} (on %Ln platform(s))</source>
        <translation>
            <numerusform>{module} (auf %Ln Plattform)</numerusform>
            <numerusform>{module} (auf %Ln Plattformen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: this downgrade drops the tables of {modules}, on %Ln platform(s): {platforms}.</source>
        <translation>
            <numerusform>Abgewiesen: Dieses Downgrade löscht die Tabellen von {modules}, auf %Ln Plattform: {platforms}.</numerusform>
            <numerusform>Abgewiesen: Dieses Downgrade löscht die Tabellen von {modules}, auf %Ln Plattformen: {platforms}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable {modules} on every platform first.</source>
        <translation>Deaktivieren Sie zuerst {modules} auf allen Plattformen.</translation>
    </message>
    <message>
        <source>{modules}: core, on for every platform; their tables stay.</source>
        <translation>{modules}: Kernmodule, auf jeder Plattform aktiviert; ihre Tabellen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Upgrade auf {target}: %Ln Revision</numerusform>
            <numerusform>Upgrade auf {target}: %Ln Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target}: %Ln revision(s)</source>
        <translation>
            <numerusform>Downgrade auf {target}: %Ln Revision</numerusform>
            <numerusform>Downgrade auf {target}: %Ln Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>[{index}/{total}] upgrade {revision} ({branch}): {message} — {seconds} s</source>
        <translation>[{index}/{total}] Upgrade {revision} ({branch}): {message} — {seconds} s</translation>
    </message>
    <message>
        <source>[{index}/{total}] downgrade {revision} ({branch}): {message} — {seconds} s</source>
        <translation>[{index}/{total}] Downgrade {revision} ({branch}): {message} — {seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Upgrade auf {target} abgeschlossen: %Ln Revision in {seconds} s angewendet.</numerusform>
            <numerusform>Upgrade auf {target} abgeschlossen: %Ln Revisionen in {seconds} s angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downgrade to {target} done: %Ln revision(s) applied in {seconds} s.</source>
        <translation>
            <numerusform>Downgrade auf {target} abgeschlossen: %Ln Revision in {seconds} s angewendet.</numerusform>
            <numerusform>Downgrade auf {target} abgeschlossen: %Ln Revisionen in {seconds} s angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>A copy of the database before the run is kept at {path}.</source>
        <translation>Eine Kopie der Datenbank vor der Ausführung liegt unter {path}.</translation>
    </message>
    <message>
        <source>The run failed in {revision}: {error}</source>
        <translation>Die Ausführung ist in {revision} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>(before the first revision)</source>
        <translation>(vor der ersten Revision)</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation>PostgreSQL hat die gesamte Ausführung in ihrer einzigen Transaktion zurückgerollt: Das Schema ist genau wie vorher.</translation>
    </message>
    <message>
        <source>Applied and kept before the failure: {revisions}.</source>
        <translation>Vor dem Fehler angewendet und beibehalten: {revisions}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}.</source>
        <translation>Die Datenbank im Zustand vor der Ausführung ist unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>The run failed in {revision}. Applied and kept before the failure: {applied}.</source>
        <translation>Die Ausführung ist in {revision} fehlgeschlagen. Vor dem Fehler angewendet und beibehalten: {applied}.</translation>
    </message>
    <message>
        <source>The run failed. Applied and kept before the failure: {applied}.</source>
        <translation>Die Ausführung ist fehlgeschlagen. Vor dem Fehler angewendet und beibehalten: {applied}.</translation>
    </message>
    <message>
        <source>The run was cancelled. PostgreSQL rolled the whole run back in its one transaction: the schema is exactly as it was before.</source>
        <translation>Die Ausführung wurde abgebrochen. PostgreSQL hat die gesamte Ausführung in ihrer einzigen Transaktion zurückgerollt: Das Schema ist genau wie vorher.</translation>
    </message>
    <message>
        <source>The run was cancelled after the current revision. Applied and kept: {revisions}.</source>
        <translation>Die Ausführung wurde nach der laufenden Revision abgebrochen. Angewendet und beibehalten: {revisions}.</translation>
    </message>
    <message>
        <source>The database as it was before the run is saved at {path}: restore it to undo the run.</source>
        <translation>Die Datenbank im Zustand vor der Ausführung ist unter {path} gespeichert: Stellen Sie sie wieder her, um die Ausführung rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The run was cancelled. Applied and kept before the cancel: {applied}.</source>
        <translation>Die Ausführung wurde abgebrochen. Vor dem Abbruch angewendet und beibehalten: {applied}.</translation>
    </message>
    <message>
        <source>Restored the database from {path}; its revisions are now: {heads}. The database as it was before the restore is saved at {saved}.</source>
        <translation>Datenbank aus {path} wiederhergestellt; ihre Revisionen sind jetzt: {heads}. Die Datenbank im Zustand vor der Wiederherstellung ist unter {saved} gespeichert.</translation>
    </message>
</context>
<context>
    <name>MigrationsPage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Migration branches</source>
        <translation>Migrationszweige</translation>
    </message>
    <message>
        <source>Plan the selected branch</source>
        <translation>Ausgewählten Zweig planen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Show the revisions and the SQL, without running anything</source>
        <translation>Revisionen und SQL anzeigen, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run after the revision it is applying</source>
        <translation>Ausführung nach der gerade angewendeten Revision anhalten</translation>
    </message>
    <message>
        <source>Preview repair</source>
        <translation>Reparatur-Vorschau</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Press Plan to see the revisions and the SQL for this target.</source>
        <translation>Klicken Sie auf „Planen“, um die Revisionen und das SQL für dieses Ziel zu sehen.</translation>
    </message>
    <message>
        <source>Planning the upgrade to {target}…</source>
        <translation>Upgrade auf {target} wird geplant…</translation>
    </message>
    <message>
        <source>Planning the downgrade to {target}…</source>
        <translation>Downgrade auf {target} wird geplant…</translation>
    </message>
    <message>
        <source>The upgrade to {target} started by {actor} at {time} was interrupted before it finished.</source>
        <translation>Das Upgrade auf {target}, gestartet von {actor} um {time}, wurde vor dem Ende unterbrochen.</translation>
    </message>
    <message>
        <source>The downgrade to {target} started by {actor} at {time} was interrupted before it finished.</source>
        <translation>Das Downgrade auf {target}, gestartet von {actor} um {time}, wurde vor dem Ende unterbrochen.</translation>
    </message>
    <message>
        <source>Cannot plan: {error}</source>
        <translation>Planung nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Nothing to do: {target} is already reached.</source>
        <translation>Nichts zu tun: {target} ist bereits erreicht.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was run.</source>
        <translation>Nicht bestätigt: Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Unexpected error during the run: {error}. The details are in the log file.</source>
        <translation>Unerwarteter Fehler während der Ausführung: {error}. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <source>Could not reload the status: {error}</source>
        <translation>Status konnte nicht neu geladen werden: {error}</translation>
    </message>
    <message>
        <source>Running {revision}…</source>
        <translation>{revision} wird ausgeführt…</translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Abbruch nach der laufenden Revision…</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Die Ausführung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Restore refused: {error}</source>
        <translation>Wiederherstellung abgewiesen: {error}</translation>
    </message>
    <message>
        <source>Cannot repair: {error}</source>
        <translation>Reparatur nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Dry run (nothing written): {summary}</source>
        <translation>Probelauf (nichts geschrieben): {summary}</translation>
    </message>
    <message>
        <source>Repair refused: {error}</source>
        <translation>Reparatur abgewiesen: {error}</translation>
    </message>
    <message>
        <source>Registry drift repaired: {summary}</source>
        <translation>Registerabweichung repariert: {summary}</translation>
    </message>
    <message>
        <source>Repaired: {summary}</source>
        <translation>Repariert: {summary}</translation>
    </message>
</context>
<context>
    <name>ModuleDetails</name>
    <message>
        <source>About the module</source>
        <translation>Über das Modul</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Select a module and a platform (a row of the matrix).</source>
        <translation>Wählen Sie ein Modul und eine Plattform aus (eine Zeile der Matrix).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>All requirements</source>
        <translation>Alle Abhängigkeiten</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Keine Einstellungen.</translation>
    </message>
    <message>
        <source>Config schema</source>
        <translation>Konfigurationsschema</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>secret: stored encrypted</source>
        <translation>geheim: verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>list of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>ja / nein</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>Default config</source>
        <translation>Standardkonfiguration</translation>
    </message>
    <message>
        <source>core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
</context>
<context>
    <name>ModuleGraphView</name>
    <message>
        <source>core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <source>required by</source>
        <translation>benötigt von</translation>
    </message>
    <message>
        <source>Module dependency graph</source>
        <translation>Abhängigkeitsgraph der Module</translation>
    </message>
    <message>
        <source>No dependencies</source>
        <translation>Keine Abhängigkeiten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 tier&lt;br&gt;%4&lt;br&gt;Requires: %5&lt;br&gt;Required by: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), Stufe %3&lt;br&gt;%4&lt;br&gt;Benötigt: %5&lt;br&gt;Benötigt von: %6</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>ModuleListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Core — always on</source>
        <translation>Kern — immer aktiviert</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Internal — staff only</source>
        <translation>Intern — nur für Mitarbeiter</translation>
    </message>
    <message>
        <source>Done: {headline}</source>
        <translation>Erledigt: {headline}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) changed.</source>
        <translation>
            <numerusform>%Ln Plattform geändert.</numerusform>
            <numerusform>%Ln Plattformen geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused platform(s) skipped.</source>
        <translation>
            <numerusform>%Ln abgewiesene Plattform übersprungen.</numerusform>
            <numerusform>%Ln abgewiesene Plattformen übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Enable on target…</source>
        <translation>Auf Zielplattformen aktivieren…</translation>
    </message>
    <message>
        <source>Disable on target…</source>
        <translation>Auf Zielplattformen deaktivieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cascade: also disable what requires it</source>
        <translation>Mitbetroffene: auch abhängige Module deaktivieren</translation>
    </message>
    <message>
        <source>Turn the selected module on or off there</source>
        <translation>Ausgewähltes Modul auf diesen Plattformen aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Enable {module} on target…</source>
        <translation>{module} auf Zielplattformen aktivieren…</translation>
    </message>
    <message>
        <source>Disable {module} on target…</source>
        <translation>{module} auf Zielplattformen deaktivieren…</translation>
    </message>
    <message>
        <source>Check target platforms below (or “All platforms”, or type tags) and select a module.</source>
        <translation>Markieren Sie unten Zielplattformen (oder „Alle Plattformen“, oder geben Sie Tags ein) und wählen Sie ein Modul.</translation>
    </message>
    <message>
        <source>{module} has no settings.</source>
        <translation>Das Modul {module} hat keine Einstellungen.</translation>
    </message>
    <message>
        <source>Settings of {module}: select a platform (a row of the matrix)</source>
        <translation>Einstellungen von {module}: Wählen Sie eine Plattform aus (eine Zeile der Matrix)</translation>
    </message>
    <message>
        <source>Settings of &lt;b&gt;{module}&lt;/b&gt; on &lt;b&gt;{platform}&lt;/b&gt; ({state})</source>
        <translation>Einstellungen von &lt;b&gt;{module}&lt;/b&gt; auf &lt;b&gt;{platform}&lt;/b&gt; ({state})</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Saved the settings of {module} on {platform}</source>
        <translation>Einstellungen von {module} auf {platform} gespeichert</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Auswirkungen werden berechnet…</translation>
    </message>
    <message>
        <source>Enable {module}</source>
        <translation>{module} aktivieren</translation>
    </message>
    <message>
        <source>Disable {module}</source>
        <translation>{module} deaktivieren</translation>
    </message>
    <message>
        <source>Enable {module} on {where}…</source>
        <translation>{module} auf {where} aktivieren…</translation>
    </message>
    <message>
        <source>Disable {module} on {where}…</source>
        <translation>{module} auf {where} deaktivieren…</translation>
    </message>
    <message>
        <source>Disable {module} and what requires it on {where}…</source>
        <translation>{module} und die davon abhängigen Module auf {where} deaktivieren…</translation>
    </message>
    <message>
        <source>Settings of {module} on {platform}</source>
        <translation>Einstellungen von {module} auf {platform}</translation>
    </message>
    <message>
        <source>Tags of {platform}…</source>
        <translation>Tags von {platform}…</translation>
    </message>
    <message>
        <source>Edit the tags of {platform}</source>
        <translation>Tags von {platform} bearbeiten</translation>
    </message>
    <message>
        <source>Tags of {platform}: {tags}</source>
        <translation>Tags von {platform}: {tags}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rollout #{id} “{name}” created: {state}</source>
        <translation>Rollout Nr. {id} „{name}“ angelegt: {state}</translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>OfflineHealthWindow</name>
    <message>
        <source>Platform Console — offline</source>
        <translation>Platform Console — offline</translation>
    </message>
    <message>
        <source>Offline: no database, nobody signed in</source>
        <translation>Offline: keine Datenbank, niemand angemeldet</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source>Select an order to see its lines and payment.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Positionen und ihre Zahlung zu sehen.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr. (SKU)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Anbieter-Referenz</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Order {number} — store {store}, {status}, {created}</source>
        <translation>Bestellung {number} — Shop {store}, {status}, {created}</translation>
    </message>
    <message>
        <source>no payment</source>
        <translation>keine Zahlung</translation>
    </message>
    <message>
        <source>{captured} of {amount}</source>
        <translation>{captured} von {amount}</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <source>Search by order number, store or merchant (Ctrl+F)</source>
        <translation>Nach Bestellnummer, Shop oder Händler suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>PageCommands</name>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Enable a module on target…</source>
        <translation>Modul auf Zielplattformen aktivieren…</translation>
    </message>
    <message>
        <source>Disable a module on target…</source>
        <translation>Modul auf Zielplattformen deaktivieren…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Start the selected rollout…</source>
        <translation>Ausgewählten Rollout starten…</translation>
    </message>
    <message>
        <source>Pause the selected rollout…</source>
        <translation>Ausgewählten Rollout pausieren…</translation>
    </message>
    <message>
        <source>Resume the selected rollout…</source>
        <translation>Ausgewählten Rollout fortsetzen…</translation>
    </message>
    <message>
        <source>Approve the next wave…</source>
        <translation>Nächste Welle freigeben…</translation>
    </message>
    <message>
        <source>Abort the selected rollout…</source>
        <translation>Ausgewählten Rollout abbrechen…</translation>
    </message>
    <message>
        <source>Roll back the selected rollout…</source>
        <translation>Ausgewählten Rollout zurücknehmen…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Ausführen…</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Preview repair</source>
        <translation>Reparatur-Vorschau</translation>
    </message>
    <message>
        <source>Repair…</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Export a health report…</source>
        <translation>Zustandsbericht exportieren…</translation>
    </message>
    <message>
        <source>Run the health checks now</source>
        <translation>Zustandsprüfungen jetzt ausführen</translation>
    </message>
    <message>
        <source>Suspend the selected merchant…</source>
        <translation>Ausgewählten Händler sperren…</translation>
    </message>
    <message>
        <source>Count exactly</source>
        <translation>Genau zählen</translation>
    </message>
    <message>
        <source>Suspend the selected store…</source>
        <translation>Ausgewählten Shop sperren…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Approve the selected refund…</source>
        <translation>Ausgewählte Rückerstattung freigeben…</translation>
    </message>
    <message>
        <source>Reject the selected refund…</source>
        <translation>Ausgewählte Rückerstattung ablehnen…</translation>
    </message>
    <message>
        <source>Resolve pending refunds</source>
        <translation>Ausstehende Rückerstattungen abschließen</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Disable or enable the user</source>
        <translation>Benutzer deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Assign platforms…</source>
        <translation>Plattformen zuweisen…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>captured</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>awaiting funds</source>
        <translation>wartet auf Zahlungseingang</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Gateway</source>
        <translation>Zahlungsanbieter</translation>
    </message>
    <message>
        <source>any gateway</source>
        <translation>alle Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>alle Status</translation>
    </message>
    <message>
        <source>Refund state</source>
        <translation>Erstattungsstatus</translation>
    </message>
    <message>
        <source>any refunds</source>
        <translation>alle Rückerstattungen</translation>
    </message>
    <message>
        <source>refunds: {state}</source>
        <translation>Rückerstattungen: {state}</translation>
    </message>
    <message>
        <source>Merchant code</source>
        <translation>Händlercode</translation>
    </message>
    <message>
        <source>merchant code</source>
        <translation>Händlercode</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Shop-Code</translation>
    </message>
    <message>
        <source>store code</source>
        <translation>Shop-Code</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Approve the selected refund…</source>
        <translation>Ausgewählte Rückerstattung freigeben…</translation>
    </message>
    <message>
        <source>Reject the selected refund…</source>
        <translation>Ausgewählte Rückerstattung ablehnen…</translation>
    </message>
    <message>
        <source>Resolve pending refunds</source>
        <translation>Ausstehende Rückerstattungen abschließen</translation>
    </message>
    <message>
        <source>Select a payment to see its refunds.</source>
        <translation>Wählen Sie eine Zahlung aus, um ihre Rückerstattungen zu sehen.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Anbieter-Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Erstattbar</translation>
    </message>
    <message>
        <source>Refunds of the payment</source>
        <translation>Rückerstattungen der Zahlung</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected refund; Ctrl+E exports the refunds</source>
        <translation>Strg+C kopiert die ausgewählte Rückerstattung; Strg+E exportiert die Rückerstattungen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Resolve pending</source>
        <translation>Ausstehende abschließen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) shown</source>
        <translation>
            <numerusform>%Ln Zahlung angezeigt</numerusform>
            <numerusform>%Ln Zahlungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s) shown (scroll for more)</source>
        <translation>
            <numerusform>%Ln Zahlung angezeigt (für weitere scrollen)</numerusform>
            <numerusform>%Ln Zahlungen angezeigt (für weitere scrollen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln erfolgreich</numerusform>
            <numerusform>%Ln erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln still pending</source>
        <translation>
            <numerusform>%Ln weiterhin ausstehend</numerusform>
            <numerusform>%Ln weiterhin ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment #{id} — {status}, {when}</source>
        <translation>Zahlung Nr. {id} — {status}, {when}</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Nothing left to refund, or your role may not refund here</source>
        <translation>Nichts mehr zu erstatten, oder Ihre Rolle darf hier nicht erstatten</translation>
    </message>
    <message>
        <source>Select a refund awaiting approval (approvers only; not your own request)</source>
        <translation>Wählen Sie eine Rückerstattung aus, die auf Freigabe wartet (nur für Freigebende; nicht Ihre eigene Anfrage)</translation>
    </message>
    <message>
        <source>No pending refund</source>
        <translation>Keine ausstehende Rückerstattung</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} awaits approval</source>
        <translation>Rückerstattung Nr. {id} über {amount} wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount} done ({gateway} {ref})</source>
        <translation>Rückerstattung Nr. {id} über {amount} ausgeführt ({gateway} {ref})</translation>
    </message>
    <message>
        <source>Refund #{id} of {amount}: {state}</source>
        <translation>Rückerstattung Nr. {id} über {amount}: {state}</translation>
    </message>
    <message>
        <source>Refund #{id} rejected</source>
        <translation>Rückerstattung Nr. {id} abgelehnt</translation>
    </message>
    <message>
        <source>Reject refund #{id}</source>
        <translation>Rückerstattung Nr. {id} ablehnen</translation>
    </message>
    <message>
        <source>Why (shown to {who}):</source>
        <translation>Grund (wird {who} angezeigt):</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>Pending refunds resolved: {counts}</source>
        <translation>Ausstehende Rückerstattungen abgeschlossen: {counts}</translation>
    </message>
</context>
<context>
    <name>PlanStepModel</name>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Destructive</source>
        <translation>Destruktiv</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>failed here</source>
        <translation>hier fehlgeschlagen</translation>
    </message>
    <message>
        <source>applied (kept)</source>
        <translation>angewendet (beibehalten)</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>DESTRUCTIVE: {statements}</source>
        <translation>DESTRUKTIV: {statements}</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>Mitaktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>The platform&apos;s code</source>
        <translation>Der Code der Plattform</translation>
    </message>
    <message>
        <source>Modules enabled because the request names them</source>
        <translation>Module, die aktiviert werden, weil die Anfrage sie nennt</translation>
    </message>
    <message>
        <source>Modules enabled because a requested module needs them, with the chain</source>
        <translation>Module, die aktiviert werden, weil ein angefordertes Modul sie benötigt, mit der Abhängigkeitskette</translation>
    </message>
    <message>
        <source>Modules disabled: requested, or by cascade with the chain of what needed them</source>
        <translation>Deaktivierte Module: angefordert oder mitbetroffen, mit der Kette der Module, die sie benötigten</translation>
    </message>
    <message>
        <source>Why nothing would be written for this platform</source>
        <translation>Warum für diese Plattform nichts geschrieben würde</translation>
    </message>
    <message>
        <source>%1 (cascade: %2)</source>
        <translation>%1 (mitbetroffen: %2)</translation>
    </message>
    <message>
        <source>%1 is required by %2</source>
        <translation>%1 wird von %2 benötigt</translation>
    </message>
    <message>
        <source>%1 is a core module and stays enabled</source>
        <translation>%1 ist ein Kernmodul und bleibt aktiviert</translation>
    </message>
    <message>
        <source>%1 is needed by a module this change enables, and disabled by it too</source>
        <translation>%1 wird von einem Modul benötigt, das diese Änderung aktiviert, und wird von ihr zugleich deaktiviert</translation>
    </message>
    <message>
        <source>%1 is an internal module: only a super admin may change it</source>
        <translation>%1 ist ein internes Modul: Nur ein Super-Administrator darf es ändern</translation>
    </message>
    <message>
        <source>you may not change the modules of this platform</source>
        <translation>Sie dürfen die Module dieser Plattform nicht ändern</translation>
    </message>
    <message>
        <source>already enabled</source>
        <translation>bereits aktiviert</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>bereits deaktiviert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PlatformMatrix</name>
    <message>
        <source>Show the platforms with this tag</source>
        <translation>Die Plattformen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Show only the platforms with this tag</source>
        <translation>Nur die Plattformen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Edit tags…</source>
        <translation>Tags bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the tags of the platform of the current row</source>
        <translation>Die Tags der Plattform der aktuellen Zeile bearbeiten</translation>
    </message>
    <message>
        <source>Modules by platform</source>
        <translation>Module nach Plattform</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected platform(s)</source>
        <translation>
            <numerusform>%Ln ausgewählte Plattform</numerusform>
            <numerusform>%Ln ausgewählte Plattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}” with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattform passend zu „{search}“ mit dem Tag „{tag}“</numerusform>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattformen passend zu „{search}“ mit dem Tag „{tag}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) with the tag “{tag}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattform mit dem Tag „{tag}“</numerusform>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattformen mit dem Tag „{tag}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s) matching “{search}”</source>
        <translation>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattform passend zu „{search}“</numerusform>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattformen passend zu „{search}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Platforms × modules&lt;/b&gt; — %Ln platform(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattform</numerusform>
            <numerusform>&lt;b&gt;Plattformen × Module&lt;/b&gt; — %Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click a cell to toggle, right-click for more</source>
        <translation>Doppelklick auf eine Zelle schaltet um, Rechtsklick für weitere Optionen</translation>
    </message>
</context>
<context>
    <name>PlatformMatrixModel</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Module {code}</source>
        <translation>Modul {code}</translation>
    </message>
    <message>
        <source>{platform}: {name}
Tags: {tags}</source>
        <translation>{platform}: {name}
Tags: {tags}</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>{module} is enabled on {platform}</source>
        <translation>{module} ist auf {platform} aktiviert</translation>
    </message>
    <message>
        <source>{module} is disabled on {platform}</source>
        <translation>{module} ist auf {platform} deaktiviert</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
</context>
<context>
    <name>PlatformSelector</name>
    <message>
        <source>Search platforms by code or name</source>
        <translation>Suchen (Code oder Name)</translation>
    </message>
    <message>
        <source>Search platforms</source>
        <translation>Plattformen suchen</translation>
    </message>
    <message>
        <source>&amp;All platforms</source>
        <translation>&amp;Alle Plattformen</translation>
    </message>
    <message>
        <source>Every platform, including platforms created later</source>
        <translation>Alle Plattformen, auch später angelegte</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Check shown</source>
        <translation>Angezeigte markieren</translation>
    </message>
    <message>
        <source>Check every platform the search shows</source>
        <translation>Alle Plattformen markieren, die die Suche anzeigt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Keine markieren</translation>
    </message>
    <message>
        <source>Uncheck every platform</source>
        <translation>Markierung aller Plattformen aufheben</translation>
    </message>
    <message>
        <source>All %1 platforms selected</source>
        <translation>Alle %1 Plattformen ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2 selected, %3 shown</source>
        <translation>%1 von %2 ausgewählt, %3 angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 selected</source>
        <translation>%1 von %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <source>Show the whole time window</source>
        <translation>Ganzen Zeitraum anzeigen</translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message>
        <source>Loading the plots…</source>
        <translation>Diagramme werden geladen…</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>metric name, or PromQL for a Prometheus server</source>
        <translation>Name der Metrik oder PromQL für einen Prometheus-Server</translation>
    </message>
    <message>
        <source>List metrics</source>
        <translation>Metriken auflisten</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Darstellen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Select an endpoint first.</source>
        <translation>Wählen Sie zuerst einen Endpunkt aus.</translation>
    </message>
    <message>
        <source>Type a PromQL expression for {name}.</source>
        <translation>Geben Sie einen PromQL-Ausdruck für {name} ein.</translation>
    </message>
    <message>
        <source>{name}: cannot list metrics: {error}</source>
        <translation>{name}: Metriken können nicht aufgelistet werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s) on {name}: counters are plotted as rates, histograms as quantiles.</source>
        <translation>
            <numerusform>%Ln Metrik auf {name}: Zähler werden als Raten dargestellt, Histogramme als Quantile.</numerusform>
            <numerusform>%Ln Metriken auf {name}: Zähler werden als Raten dargestellt, Histogramme als Quantile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>New PostgreSQL profile</source>
        <translation>Neues PostgreSQL-Profil</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Embedded SQLite</source>
        <translation>Eingebettetes SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Configured URL</source>
        <translation>Konfigurierte URL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>kept in the keyring; empty: unchanged</source>
        <translation>im Schlüsselbund aufbewahrt; leer: unverändert</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>neues Profil</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit trail)</source>
        <translation>Grund (erforderlich, wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit trail)</source>
        <translation>Grund (optional, wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>{message} ({code})</source>
        <translation>{message} ({code})</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund payment #{id}</source>
        <translation>Zahlung Nr. {id} erstatten</translation>
    </message>
    <message>
        <source>Captured {captured}, refunded {refunded}, pending {pending}, awaiting approval {awaiting}.
Refundable now: {remaining}.</source>
        <translation>Erfasst {captured}, erstattet {refunded}, ausstehend {pending}, wartet auf Freigabe {awaiting}.
Jetzt erstattbar: {remaining}.</translation>
    </message>
    <message>
        <source>Amount in {currency}</source>
        <translation>Betrag in {currency}</translation>
    </message>
    <message>
        <source>In {currency}, with its decimals, written as in {example}</source>
        <translation>In {currency}, mit Nachkommastellen, in der Form {example}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why (required; kept in the audit log)</source>
        <translation>Grund (erforderlich; wird im Audit-Protokoll festgehalten)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>At most {remaining} can be refunded.</source>
        <translation>Sie können höchstens {remaining} erstatten.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
    <message>
        <source>Without approval, a payment&apos;s refunds may total up to {limit}; {held} is already refunded or requested on this one.</source>
        <translation>Ohne Freigabe dürfen die Rückerstattungen einer Zahlung insgesamt {limit} betragen; für diese sind bereits {held} erstattet oder angefordert.</translation>
    </message>
    <message>
        <source>Your refunds may total up to {daily} in 24 hours; {today} so far.</source>
        <translation>Ihre Rückerstattungen dürfen in 24 Stunden insgesamt {daily} betragen; bisher {today}.</translation>
    </message>
    <message>
        <source>Above that, the refund is recorded and waits for a platform admin&apos;s approval (nothing is sent until then).</source>
        <translation>Darüber hinaus wird die Rückerstattung erfasst und wartet auf die Freigabe durch einen Plattform-Administrator (bis dahin wird nichts gesendet).</translation>
    </message>
    <message>
        <source>This refund will wait for approval.</source>
        <translation>Diese Rückerstattung wird auf Freigabe warten.</translation>
    </message>
</context>
<context>
    <name>RepairDialog</name>
    <message>
        <source>Repair registry drift</source>
        <translation>Registerabweichung reparieren</translation>
    </message>
    <message>
        <source>The repair runs in one transaction and is written to the audit log: {summary}.</source>
        <translation>Die Reparatur läuft in einer einzigen Transaktion und wird im Audit-Protokoll festgehalten: {summary}.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export a health report</source>
        <translation>Zustandsbericht exportieren</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>HTML file (the JSON goes next to it)</source>
        <translation>HTML-Datei (die JSON-Datei wird daneben gespeichert)</translation>
    </message>
    <message>
        <source>Health report</source>
        <translation>Zustandsbericht</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring puts back the copy of the database taken before the run, undoing what the run changed; anything else written to the database since the copy is lost, except the audit log, which is carried over. The copy is checked first, and the database as it is now is saved, so the restore itself can be undone.</source>
        <translation>Die Wiederherstellung spielt die vor der Ausführung erstellte Kopie der Datenbank zurück und macht damit rückgängig, was die Ausführung geändert hat; alles andere, was seit der Kopie in die Datenbank geschrieben wurde, geht verloren, außer dem Audit-Protokoll, das übernommen wird. Die Kopie wird zuerst geprüft, und die Datenbank in ihrem jetzigen Zustand wird gespeichert, sodass auch die Wiederherstellung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RolloutConfirmDialog</name>
    <message>
        <source>Platforms concerned</source>
        <translation>Betroffene Plattformen</translation>
    </message>
</context>
<context>
    <name>RolloutCreateDialog</name>
    <message>
        <source>Roll out in waves: enable %1</source>
        <translation>In Wellen ausrollen: %1 aktivieren</translation>
    </message>
    <message>
        <source>Roll out in waves: disable %1</source>
        <translation>In Wellen ausrollen: %1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target platform(s)</source>
        <translation>
            <numerusform>%Ln Zielplattform</numerusform>
            <numerusform>%Ln Zielplattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>%Ln würde geändert</numerusform>
            <numerusform>%Ln würden geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable %1 and what requires it</source>
        <translation>%1 und was es benötigt deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 on %2 (%3), wave after wave.</source>
        <translation>%1 auf %2 (%3), Welle für Welle.</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A comma list: tag:TAG (the targets with that tag), a count (5) or a percentage (10%). Counts and percentages are cumulative; the last wave takes every target left.</source>
        <translation>Eine Liste mit Kommas: tag:TAG (die Ziele mit diesem Tag), eine Anzahl (5) oder ein Prozentsatz (10%). Anzahlen und Prozentsätze sind kumulativ; die letzte Welle nimmt alle übrigen Ziele.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Put the targets with a tag in a wave of their own, first</source>
        <translation>Die Ziele mit einem Tag zuerst in eine eigene Welle legen</translation>
    </message>
    <message>
        <source>&amp;Waves:</source>
        <translation>&amp;Wellen:</translation>
    </message>
    <message>
        <source>How long each wave runs before its gates are asked: 30s, 10m, 2h, 1d</source>
        <translation>Wie lange jede Welle läuft, bevor ihre Prüfungen abgefragt werden: 30s, 10m, 2h, 1d</translation>
    </message>
    <message>
        <source>&amp;Bake time:</source>
        <translation>&amp;Beobachtungszeit:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Roll bac&amp;k what it changed</source>
        <translation>Seine Änderungen &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>If a gate fails:</source>
        <translation>Wenn eine Prüfung fehlschlägt:</translation>
    </message>
    <message>
        <source>A gate that cannot be asked (Prometheus unreachable) counts as failed after this time</source>
        <translation>Eine Prüfung, die nicht abgefragt werden kann (Prometheus nicht erreichbar), gilt nach dieser Zeit als fehlgeschlagen</translation>
    </message>
    <message>
        <source>Gate ti&amp;meout:</source>
        <translation>Zeit&amp;limit der Prüfungen:</translation>
    </message>
    <message>
        <source>A comparison fails when the changed platforms are worse at this significance</source>
        <translation>Ein Vergleich schlägt fehl, wenn die geänderten Plattformen auf diesem Signifikanzniveau schlechter sind</translation>
    </message>
    <message>
        <source>Comparison si&amp;gnificance:</source>
        <translation>Si&amp;gnifikanzniveau:</translation>
    </message>
    <message>
        <source>at once; or +30m, 2026-12-24T06:00</source>
        <translation>sofort; oder +30m, 2026-12-24T06:00</translation>
    </message>
    <message>
        <source>&amp;Start at:</source>
        <translation>&amp;Start um:</translation>
    </message>
    <message>
        <source>any time; or Mon-Fri 09:00-17:00 Europe/Luxembourg</source>
        <translation>jederzeit; oder Mon-Fri 09:00-17:00 Europe/Luxembourg</translation>
    </message>
    <message>
        <source>Waves are applied only inside these windows: DAYS HH:MM-HH:MM [ZONE], several separated by semicolons</source>
        <translation>Wellen werden nur in diesen Zeitfenstern angewendet: TAGE HH:MM-HH:MM [ZONE], mehrere durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>W&amp;indows:</source>
        <translation>Zeit&amp;fenster:</translation>
    </message>
    <message>
        <source>Gates, asked after each wave&apos;s bake time</source>
        <translation>Prüfungen, nach der Beobachtungszeit jeder Welle abgefragt</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <source>“Preview waves” lists the platforms of each wave; nothing is written.</source>
        <translation>„Wellen-Vorschau“ listet die Plattformen jeder Welle auf; nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Some of them</source>
        <translation>Einige davon</translation>
    </message>
    <message>
        <source>Pre&amp;view waves</source>
        <translation>Wellen-&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Create and s&amp;tart</source>
        <translation>Anlegen und s&amp;tarten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>tag:%1 (%Ln platform(s))</source>
        <translation>
            <numerusform>tag:%1 (%Ln Plattform)</numerusform>
            <numerusform>tag:%1 (%Ln Plattformen)</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the target platforms carries a tag</source>
        <translation>Keine Zielplattform trägt einen Tag</translation>
    </message>
    <message>
        <source>The fields changed: preview the waves again.</source>
        <translation>Die Felder haben sich geändert: Zeigen Sie die Wellen-Vorschau erneut an.</translation>
    </message>
    <message>
        <source>Creates the rollout and starts it: wave 1 is applied by the next runner</source>
        <translation>Legt den Rollout an und startet ihn: Welle 1 wendet der nächste Runner an</translation>
    </message>
    <message>
        <source>Computing the waves…</source>
        <translation>Wellen werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weitere</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2: %3. Nothing is written until you create the rollout.</source>
        <translation>%1 über %2: %3. Nichts wird geschrieben, bevor Sie den Rollout anlegen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wave(s)</source>
        <translation>
            <numerusform>%Ln Welle</numerusform>
            <numerusform>%Ln Wellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln Plattform</numerusform>
            <numerusform>%Ln Plattformen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) refuse the change: the rollout would be refused.</source>
        <translation>
            <numerusform>%Ln Plattform lehnt die Änderung ab: Der Rollout würde abgelehnt.</numerusform>
            <numerusform>%Ln Plattformen lehnen die Änderung ab: Der Rollout würde abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the rollout…</source>
        <translation>Rollout wird angelegt…</translation>
    </message>
    <message>
        <source>Starting the rollout…</source>
        <translation>Rollout wird gestartet…</translation>
    </message>
</context>
<context>
    <name>RolloutDetail</name>
    <message>
        <source>Gates of the wave</source>
        <translation>Prüfungen der Welle</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Select a rollout to see its waves and gates.</source>
        <translation>Wählen Sie einen Rollout, um seine Wellen und Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>A person approves each next wave.</source>
        <translation>Eine Person gibt jede nächste Welle frei.</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>Noch nicht ausgewertet.</translation>
    </message>
</context>
<context>
    <name>RolloutTexts</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>baking</source>
        <translation>in Beobachtung</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>wave</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>applied</source>
        <comment>wave</comment>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>baking</source>
        <comment>wave</comment>
        <translation>in Beobachtung</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>wave</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>wave</comment>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>rolled back</source>
        <comment>wave</comment>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>gate</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>gate</comment>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>gate</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>every state</source>
        <translation>alle Zustände</translation>
    </message>
    <message>
        <source>in progress or paused</source>
        <translation>laufend oder pausiert</translation>
    </message>
    <message>
        <source>needs a person (paused, waiting)</source>
        <translation>braucht eine Person (pausiert, wartet)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} T.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s)</source>
        <translation>
            <numerusform>%Ln Plattform</numerusform>
            <numerusform>%Ln Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable {modules}</source>
        <translation>{modules} aktivieren</translation>
    </message>
    <message>
        <source>Disable {modules} (and what needs it)</source>
        <translation>{modules} deaktivieren (samt allem, was davon abhängt)</translation>
    </message>
    <message>
        <source>Disable {modules}</source>
        <translation>{modules} deaktivieren</translation>
    </message>
    <message>
        <source>Configure {module}: {settings}</source>
        <translation>{module} konfigurieren: {settings}</translation>
    </message>
    <message>
        <source>{passed}/{waves} waves · {platforms}</source>
        <translation>{passed}/{waves} Wellen · {platforms}</translation>
    </message>
    <message>
        <source>Paused by {who}.</source>
        <translation>Von {who} pausiert.</translation>
    </message>
    <message>
        <source>Rolled back by {who}.</source>
        <translation>Von {who} zurückgenommen.</translation>
    </message>
    <message>
        <source>A gate failed: {detail}</source>
        <translation>Eine Prüfung ist gescheitert: {detail}</translation>
    </message>
    <message>
        <source>Waiting for a gate: {detail}</source>
        <translation>Wartet auf eine Prüfung: {detail}</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves} waits for someone to approve it.</source>
        <translation>Welle {wave} von {waves} wartet auf eine Freigabe.</translation>
    </message>
    <message>
        <source>Outside every window; the next opens at {time}.</source>
        <translation>Außerhalb jedes Zeitfensters; das nächste öffnet um {time}.</translation>
    </message>
    <message>
        <source>Outside every window.</source>
        <translation>Außerhalb jedes Zeitfensters.</translation>
    </message>
    <message>
        <source>A wave could not be applied: {detail}</source>
        <translation>Eine Welle konnte nicht angewendet werden: {detail}</translation>
    </message>
    <message>
        <source>Left alone, changed by someone else since: {platforms}.</source>
        <translation>Unverändert gelassen, weil seither von jemand anderem geändert: {platforms}.</translation>
    </message>
    <message>
        <source>Select a rollout first.</source>
        <translation>Wählen Sie zuerst einen Rollout.</translation>
    </message>
    <message>
        <source>Your role may not change rollouts.</source>
        <translation>Ihre Rolle darf Rollouts nicht ändern.</translation>
    </message>
    <message>
        <source>Busy with the previous action.</source>
        <translation>Mit der vorigen Aktion beschäftigt.</translation>
    </message>
    <message>
        <source>The rollout does not wait for an approval.</source>
        <translation>Der Rollout wartet auf keine Freigabe.</translation>
    </message>
    <message>
        <source>You started this rollout: someone else approves it.</source>
        <translation>Sie haben diesen Rollout gestartet: Eine andere Person gibt ihn frei.</translation>
    </message>
    <message>
        <source>Only a draft can be started; this rollout is {state}.</source>
        <translation>Nur ein Entwurf kann gestartet werden; dieser Rollout ist: {state}.</translation>
    </message>
    <message>
        <source>Only a rollout under way can be paused; this one is {state}.</source>
        <translation>Nur ein laufender Rollout kann pausiert werden; dieser ist: {state}.</translation>
    </message>
    <message>
        <source>Only a paused rollout can be resumed; this one is {state}.</source>
        <translation>Nur ein pausierter Rollout kann fortgesetzt werden; dieser ist: {state}.</translation>
    </message>
    <message>
        <source>Only a rollout waiting for approval can be approved; this one is {state}.</source>
        <translation>Nur ein Rollout, der auf Freigabe wartet, kann freigegeben werden; dieser ist: {state}.</translation>
    </message>
    <message>
        <source>Only a draft, scheduled or paused rollout can be aborted; this one is {state}.</source>
        <translation>Nur ein Rollout als Entwurf, geplant oder pausiert kann abgebrochen werden; dieser ist: {state}.</translation>
    </message>
    <message>
        <source>Only a paused rollout can be rolled back; this one is {state}.</source>
        <translation>Nur ein pausierter Rollout kann zurückgenommen werden; dieser ist: {state}.</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation>Zurücknehmen…</translation>
    </message>
    <message>
        <source>{change}: wave 1 of {waves} ({platforms}) is applied at {time}.</source>
        <translation>{change}: Welle 1 von {waves} ({platforms}) wird um {time} angewendet.</translation>
    </message>
    <message>
        <source>{change}: wave 1 of {waves} ({platforms}) is applied by the next runner.</source>
        <translation>{change}: Welle 1 von {waves} ({platforms}) wird beim nächsten Durchlauf angewendet.</translation>
    </message>
    <message>
        <source>Each wave bakes {bake}, then its gates decide whether the next one goes.</source>
        <translation>Jede Welle wird {bake} beobachtet, dann entscheiden ihre Prüfungen, ob die nächste folgt.</translation>
    </message>
    <message>
        <source>Each wave bakes {bake}, then the next one goes.</source>
        <translation>Jede Welle wird {bake} beobachtet, dann folgt die nächste.</translation>
    </message>
    <message>
        <source>You are recorded as the person who started it.</source>
        <translation>Sie werden als die Person erfasst, die ihn gestartet hat.</translation>
    </message>
    <message>
        <source>Start rollout #{id} “{name}”</source>
        <translation>Rollout Nr. {id} „{name}“ starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>The rollout stops where it is: no wave is applied and no gate is asked until someone resumes it. What it applied so far stays.</source>
        <translation>Der Rollout hält an, wo er ist: Keine Welle wird angewendet und keine Prüfung abgefragt, bis jemand ihn fortsetzt. Was er bisher angewendet hat, bleibt.</translation>
    </message>
    <message>
        <source>Pause rollout #{id} “{name}”</source>
        <translation>Rollout Nr. {id} „{name}“ pausieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Wave {wave}&apos;s gates are evaluated when its bake time is over.</source>
        <translation>Die Prüfungen von Welle {wave} werden nach ihrer Beobachtungszeit ausgewertet.</translation>
    </message>
    <message>
        <source>Wave {wave}&apos;s gates are evaluated by the next runner.</source>
        <translation>Die Prüfungen von Welle {wave} werden beim nächsten Durchlauf ausgewertet.</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves} waits again for someone other than its starter to approve it: resuming does not approve it.</source>
        <translation>Welle {wave} von {waves} wartet wieder auf die Freigabe durch eine andere Person als die, die den Rollout gestartet hat: Fortsetzen ist keine Freigabe.</translation>
    </message>
    <message>
        <source>The rollout completes: every wave is applied.</source>
        <translation>Der Rollout wird abgeschlossen: Alle Wellen sind angewendet.</translation>
    </message>
    <message>
        <source>{change}: wave {wave} of {waves} ({platforms}) is applied by the next runner.</source>
        <translation>{change}: Welle {wave} von {waves} ({platforms}) wird beim nächsten Durchlauf angewendet.</translation>
    </message>
    <message>
        <source>Resume rollout #{id} “{name}”</source>
        <translation>Rollout Nr. {id} „{name}“ fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>{change}: wave {wave} of {waves} goes out to {platforms}, applied by the next runner. You are recorded as its approver.</source>
        <translation>{change}: Welle {wave} von {waves} geht an {platforms}, angewendet beim nächsten Durchlauf. Sie werden als die freigebende Person erfasst.</translation>
    </message>
    <message>
        <source>Approve wave {wave} of rollout #{id}</source>
        <translation>Welle {wave} von Rollout Nr. {id} freigeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>The rollout ends for good: it cannot be resumed or rolled back afterwards.</source>
        <translation>Der Rollout endet endgültig: Er kann danach weder fortgesetzt noch zurückgenommen werden.</translation>
    </message>
    <message>
        <source>What its applied waves changed stays, on up to {platforms}.</source>
        <translation>Was seine angewendeten Wellen geändert haben, bleibt, auf bis zu {platforms}.</translation>
    </message>
    <message>
        <source>Abort rollout #{id} “{name}”</source>
        <translation>Rollout Nr. {id} „{name}“ abbrechen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The rollout disables {modules} again, with what it pulled in, on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Der Rollout deaktiviert {modules} wieder, samt dem Mitaktivierten, auf %Ln Plattform, die neueste Welle zuerst.</numerusform>
            <numerusform>Der Rollout deaktiviert {modules} wieder, samt dem Mitaktivierten, auf %Ln Plattformen, die neueste Welle zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that had it before keep it.</source>
        <translation>
            <numerusform>%Ln Plattform, die es schon vorher hatte, behält es.</numerusform>
            <numerusform>%Ln Plattformen, die es schon vorher hatten, behalten es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rollout enables {modules} again on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Der Rollout aktiviert {modules} wieder auf %Ln Plattform, die neueste Welle zuerst.</numerusform>
            <numerusform>Der Rollout aktiviert {modules} wieder auf %Ln Plattformen, die neueste Welle zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln platform(s) that did not have it before stay without it.</source>
        <translation>
            <numerusform>%Ln Plattform, die es vorher nicht hatte, bleibt ohne.</numerusform>
            <numerusform>%Ln Plattformen, die es vorher nicht hatten, bleiben ohne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The settings of {modules} go back to their previous values on %Ln platform(s), newest wave first.</source>
        <translation>
            <numerusform>Die Einstellungen von {modules} erhalten wieder ihre vorigen Werte auf %Ln Plattform, die neueste Welle zuerst.</numerusform>
            <numerusform>Die Einstellungen von {modules} erhalten wieder ihre vorigen Werte auf %Ln Plattformen, die neueste Welle zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>What someone else changed since is left alone and listed. The rollout then stops for good.</source>
        <translation>Was seither jemand anderes geändert hat, bleibt unverändert und wird aufgeführt. Danach endet der Rollout endgültig.</translation>
    </message>
    <message>
        <source>Roll back rollout #{id} “{name}”</source>
        <translation>Rollout Nr. {id} „{name}“ zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave {wave}: {platforms}</source>
        <translation>Welle {wave}: {platforms}</translation>
    </message>
    <message>
        <source>Rollout #{id} started: {state}.</source>
        <translation>Rollout Nr. {id} gestartet: {state}.</translation>
    </message>
    <message>
        <source>Rollout #{id} paused.</source>
        <translation>Rollout Nr. {id} pausiert.</translation>
    </message>
    <message>
        <source>Rollout #{id} resumed: {state}.</source>
        <translation>Rollout Nr. {id} fortgesetzt: {state}.</translation>
    </message>
    <message>
        <source>Rollout #{id}: the next wave is approved.</source>
        <translation>Rollout Nr. {id}: Die nächste Welle ist freigegeben.</translation>
    </message>
    <message>
        <source>Rollout #{id} aborted.</source>
        <translation>Rollout Nr. {id} abgebrochen.</translation>
    </message>
    <message>
        <source>Rollout #{id} rolled back.</source>
        <translation>Rollout Nr. {id} zurückgenommen.</translation>
    </message>
    <message numerus="yes">
        <source>{platforms} in %Ln wave(s)</source>
        <translation>
            <numerusform>{platforms} in %Ln Welle</numerusform>
            <numerusform>{platforms} in %Ln Wellen</numerusform>
        </translation>
    </message>
    <message>
        <source>bake {time}</source>
        <translation>Beobachtung {time}</translation>
    </message>
    <message>
        <source>on a failed gate: roll back</source>
        <translation>bei gescheiterter Prüfung: zurücknehmen</translation>
    </message>
    <message>
        <source>on a failed gate: pause</source>
        <translation>bei gescheiterter Prüfung: pausieren</translation>
    </message>
    <message>
        <source>created by {who}</source>
        <translation>erstellt von {who}</translation>
    </message>
    <message>
        <source>started by {who}</source>
        <translation>gestartet von {who}</translation>
    </message>
    <message>
        <source>starts at {time}</source>
        <translation>beginnt um {time}</translation>
    </message>
    <message>
        <source>Wave {wave} of {waves}</source>
        <translation>Welle {wave} von {waves}</translation>
    </message>
    <message>
        <source>applied {time}</source>
        <translation>angewendet am {time}</translation>
    </message>
    <message>
        <source>bakes until {time}</source>
        <translation>beobachtet bis {time}</translation>
    </message>
    <message>
        <source>approved by {who}</source>
        <translation>freigegeben von {who}</translation>
    </message>
    <message>
        <source>approval by a second person</source>
        <translation>Freigabe durch eine zweite Person</translation>
    </message>
    <message>
        <source>Platforms: {platforms}</source>
        <translation>Plattformen: {platforms}</translation>
    </message>
    <message>
        <source>Rollout paused</source>
        <translation>Rollout pausiert</translation>
    </message>
    <message>
        <source>Rollout waiting for approval</source>
        <translation>Rollout wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Rollout completed</source>
        <translation>Rollout abgeschlossen</translation>
    </message>
    <message>
        <source>Rollout rolled back</source>
        <translation>Rollout zurückgenommen</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <translation>pausiert von %1</translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation>zurückgenommen von %1</translation>
    </message>
    <message>
        <source>a gate failed: %1</source>
        <translation>eine Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a wave could not be applied: %1</source>
        <translation>eine Welle konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>wave %1 of %2 waits for approval</source>
        <translation>Welle %1 von %2 wartet auf Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln wave(s) applied</source>
        <translation>
            <numerusform>%Ln Welle angewendet</numerusform>
            <numerusform>alle %Ln Wellen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>left alone, changed by someone else since: %1</source>
        <translation>unverändert gelassen, inzwischen von jemand anderem geändert: %1</translation>
    </message>
    <message>
        <source>Rollout #%1 “%2”: %3</source>
        <translation>Rollout Nr. %1 „%2“: %3</translation>
    </message>
    <message>
        <source>Rollout #%1 “%2”</source>
        <translation>Rollout Nr. %1 „%2“</translation>
    </message>
</context>
<context>
    <name>RolloutTimeline</name>
    <message>
        <source>Waves of the rollout</source>
        <translation>Wellen des Rollouts</translation>
    </message>
    <message>
        <source>Left and Right select the previous or next wave</source>
        <translation>Links und Rechts wählen die vorige oder nächste Welle</translation>
    </message>
</context>
<context>
    <name>RolloutsModel</name>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RolloutsPage</name>
    <message>
        <source>Rollout state</source>
        <translation>Zustand des Rollouts</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Start the selected rollout…</source>
        <translation>Ausgewählten Rollout starten…</translation>
    </message>
    <message>
        <source>Pause the selected rollout…</source>
        <translation>Ausgewählten Rollout pausieren…</translation>
    </message>
    <message>
        <source>Resume the selected rollout…</source>
        <translation>Ausgewählten Rollout fortsetzen…</translation>
    </message>
    <message>
        <source>Approve the next wave…</source>
        <translation>Nächste Welle freigeben…</translation>
    </message>
    <message>
        <source>Abort the selected rollout…</source>
        <translation>Ausgewählten Rollout abbrechen…</translation>
    </message>
    <message>
        <source>Roll back the selected rollout…</source>
        <translation>Ausgewählten Rollout zurücknehmen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rollout(s)</source>
        <translation>
            <numerusform>%Ln Rollout</numerusform>
            <numerusform>%Ln Rollouts</numerusform>
        </translation>
    </message>
    <message>
        <source>A person approves each next wave: this gate has no values.</source>
        <translation>Eine Person gibt jede nächste Welle frei: Diese Prüfung hat keine Werte.</translation>
    </message>
    <message>
        <source>This gate asks a process whether it is ready: it has no values to plot.</source>
        <translation>Diese Prüfung fragt einen Prozess, ob er bereit ist: Sie hat keine Werte zum Zeichnen.</translation>
    </message>
    <message>
        <source>Prometheus cannot be asked now: {why}</source>
        <translation>Prometheus kann jetzt nicht abgefragt werden: {why}</translation>
    </message>
    <message>
        <source>Now, asked of Prometheus at {time}: {detail}</source>
        <translation>Jetzt, um {time} bei Prometheus abgefragt: {detail}</translation>
    </message>
    <message>
        <source>As recorded when wave {wave}&apos;s gates were evaluated, at {time}: {detail}</source>
        <translation>Wie bei der Auswertung der Prüfungen von Welle {wave} um {time} erfasst: {detail}</translation>
    </message>
    <message>
        <source>This gate has not been evaluated for this wave yet.</source>
        <translation>Diese Prüfung wurde für diese Welle noch nicht ausgewertet.</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Restore the backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Refused, nothing was run: {error}</source>
        <translation>Abgewiesen, nichts wurde ausgeführt: {error}</translation>
    </message>
</context>
<context>
    <name>RunProgressDialog</name>
    <message>
        <source>Migration progress</source>
        <translation>Migrationsfortschritt</translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Abbruch nach der laufenden Revision…</translation>
    </message>
</context>
<context>
    <name>SharingStrip</name>
    <message>
        <source>Another console (process {pid})</source>
        <translation>Eine andere Konsole (Prozess {pid})</translation>
    </message>
    <message>
        <source>Another console</source>
        <translation>Eine andere Konsole</translation>
    </message>
    <message>
        <source>{who} on this computer is polling the health targets: this page shows what it writes to the health history, and polls itself when that console closes.</source>
        <translation>{who} auf diesem Computer fragt die überwachten Ziele ab: Diese Seite zeigt, was sie in den Zustandsverlauf schreibt, und fragt selbst ab, sobald die andere Konsole geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter the shortcuts</source>
        <translation>Tastenkombinationen filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session locked</source>
        <translation>Sitzung gesperrt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to {database}</source>
        <translation>Bei {database} anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Demo accounts (password {password}) — double-click to sign in:</source>
        <translation>Demo-Konten (Passwort {password}) — Doppelklick zum Anmelden:</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo-Konten</translation>
    </message>
    <message>
        <source>super admin: everything</source>
        <translation>Super-Administrator: alles</translation>
    </message>
    <message>
        <source>platform admin: own platforms</source>
        <translation>Plattform-Administrator: eigene Plattformen</translation>
    </message>
    <message>
        <source>support: merchants, payments</source>
        <translation>Support: Händler, Zahlungen</translation>
    </message>
    <message>
        <source>operator: health, read-only modules</source>
        <translation>Operator: Zustand, Module nur lesend</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Platform Console was not used for {minutes} minutes, so it hid its pages to keep them from other eyes.</source>
        <translation>Platform Console wurde {minutes} Minuten lang nicht benutzt und hat ihre Seiten deshalb vor fremden Blicken verborgen.</translation>
    </message>
    <message>
        <source>Platform Console is locked: its pages are hidden.</source>
        <translation>Platform Console ist gesperrt: Die Seiten sind verborgen.</translation>
    </message>
    <message>
        <source>To carry on where you left off, enter the password of {user}. Anything you had not saved is still there.</source>
        <translation>Um dort weiterzumachen, wo Sie aufgehört haben, geben Sie das Passwort von {user} ein. Alles, was Sie nicht gespeichert hatten, ist noch da.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it, or try again after {time}.</source>
        <translation>Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Bitten Sie einen Administrator, es zu entsperren, oder versuchen Sie es nach {time} erneut.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Ask an administrator to unlock it.</source>
        <translation>Dieses Konto ist nach zu vielen falschen Passwörtern gesperrt. Bitten Sie einen Administrator, es zu entsperren.</translation>
    </message>
</context>
<context>
    <name>StaleStrip</name>
    <message numerus="yes">
        <source>Stale data: %Ln target(s) without a fresh sample, since {when}</source>
        <translation>
            <numerusform>Veraltete Daten: %Ln Ziel ohne aktuellen Messwert, seit {when}</numerusform>
            <numerusform>Veraltete Daten: %Ln Ziele ohne aktuellen Messwert, seit {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Platform Console</source>
        <translation>Platform Console</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>Working, with at least one check reporting a problem.</source>
        <translation>Funktioniert, aber mindestens eine Prüfung meldet ein Problem.</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>At least one check fails.</source>
        <translation>Mindestens eine Prüfung schlägt fehl.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>The module is enabled on this platform.</source>
        <translation>Das Modul ist auf dieser Plattform aktiviert.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The module is disabled on this platform.</source>
        <translation>Das Modul ist auf dieser Plattform deaktiviert.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>The change was refused; nothing was written.</source>
        <translation>Die Änderung wurde abgewiesen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Locked after too many failed sign-ins, or by an administrator.</source>
        <translation>Gesperrt nach zu vielen fehlgeschlagenen Anmeldungen oder durch einen Administrator.</translation>
    </message>
</context>
<context>
    <name>StatusHeader</name>
    <message>
        <source>Loading the migration status…</source>
        <translation>Migrationsstatus wird geladen…</translation>
    </message>
    <message>
        <source>Restore the backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>StatusMixin</name>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>super admin</source>
        <translation>Super-Administrator</translation>
    </message>
    <message>
        <source>platform admin</source>
        <translation>Plattform-Administrator</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>connected · live updates</source>
        <translation>verbunden · Live-Aktualisierung</translation>
    </message>
    <message>
        <source>connection lost: {reason}</source>
        <translation>Verbindung unterbrochen: {reason}</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>{n} of about {total} rows written…</source>
        <translation>{n} von etwa {total} Zeilen geschrieben…</translation>
    </message>
    <message>
        <source>{n} rows written…</source>
        <translation>{n} Zeilen geschrieben…</translation>
    </message>
    <message>
        <source>Export failed: no file was written.</source>
        <translation>Export fehlgeschlagen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>1 row exported to {path}</source>
        <translation>1 Zeile nach {path} exportiert</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}</source>
        <translation>{n} Zeilen nach {path} exportiert</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the rows of this list, all pages of the current filter, as CSV</source>
        <translation>Die Zeilen dieser Liste, alle Seiten des aktuellen Filters, als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation>Strg+C kopiert die ausgewählten Zeilen; Strg+E exportiert die Liste als CSV</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags of {platform}</source>
        <translation>Tags von {platform}</translation>
    </message>
    <message>
        <source>Tags group platforms, so that a change can aim at them (canary, country:lu). Lower-case letters, digits and dashes, at most one colon, up to 64 characters; separate tags with spaces.</source>
        <translation>Tags fassen Plattformen zu Gruppen zusammen, auf die eine Änderung zielen kann (canary, country:lu). Kleinbuchstaben, Ziffern und Bindestriche, höchstens ein Doppelpunkt, bis zu 64 Zeichen; trennen Sie Tags durch Leerzeichen.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>canary country:lu</source>
        <translation>canary country:lu</translation>
    </message>
    <message>
        <source>Tags in use: double-click one to add it</source>
        <translation>Verwendete Tags: doppelklicken Sie auf einen, um ihn hinzuzufügen</translation>
    </message>
    <message>
        <source>Tags in use elsewhere (double-click to add):</source>
        <translation>Anderswo verwendete Tags (Doppelklick fügt hinzu):</translation>
    </message>
    <message>
        <source>adds {tags}</source>
        <translation>fügt {tags} hinzu</translation>
    </message>
    <message>
        <source>removes {tags}</source>
        <translation>entfernt {tags}</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>Noch keine Änderung.</translation>
    </message>
</context>
<context>
    <name>TargetChooser</name>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target revision</source>
        <translation>Zielrevision</translation>
    </message>
    <message>
        <source>Choose what to migrate to, or type a revision</source>
        <translation>Wählen Sie das Migrationsziel aus oder geben Sie eine Revision ein</translation>
    </message>
    <message>
        <source>%v of %m revisions</source>
        <translation>%v von %m Revisionen</translation>
    </message>
    <message numerus="yes">
        <source>%v of %Ln revision(s)</source>
        <translation>
            <numerusform>%v von %Ln Revision</numerusform>
            <numerusform>%v von %Ln Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current revision…</source>
        <translation>Abbruch nach der laufenden Revision…</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Platform endpoint</source>
        <translation>Plattform-Endpunkt</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Prometheus-Server</translation>
    </message>
    <message>
        <source>Local checks</source>
        <translation>Lokale Prüfungen</translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation>Hinzufügen: {what}</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Bearbeiten: {what}</translation>
    </message>
    <message>
        <source>none (kept in the OS keyring when set)</source>
        <translation>keines (wird nach dem Setzen im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>The endpoint&apos;s PLATFORM_HEALTH_TOKEN: it shows /health&apos;s details and /metrics.</source>
        <translation>Das PLATFORM_HEALTH_TOKEN des Endpunkts: Damit sind die Details von /health und /metrics sichtbar.</translation>
    </message>
    <message>
        <source>Verify the TLS certificate</source>
        <translation>TLS-Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Instances (PromQL)</source>
        <translation>Instanzen (PromQL)</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Health token</source>
        <translation>Zustands-Token</translation>
    </message>
    <message>
        <source>Degraded above</source>
        <translation>Beeinträchtigt ab</translation>
    </message>
    <message>
        <source>Unhealthy above</source>
        <translation>Gestört ab</translation>
    </message>
    <message>
        <source>Failed polls before unhealthy</source>
        <translation>Fehlgeschlagene Abfragen bis „gestört“</translation>
    </message>
</context>
<context>
    <name>TargetPlatforms</name>
    <message>
        <source>&lt;b&gt;Target platforms&lt;/b&gt; of Enable / Disable</source>
        <translation>&lt;b&gt;Zielplattformen&lt;/b&gt; für Aktivieren / Deaktivieren</translation>
    </message>
    <message>
        <source>canary country:lu</source>
        <translation>canary country:lu</translation>
    </message>
    <message>
        <source>Also the platforms with any of these tags</source>
        <translation>Auch die Plattformen mit einem dieser Tags</translation>
    </message>
    <message>
        <source>Also the platforms with any of these tags (separated by spaces), besides those checked</source>
        <translation>Auch die Plattformen mit einem dieser Tags (durch Leerzeichen getrennt), zusätzlich zu den markierten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Leave out the platforms with any of these tags</source>
        <translation>Die Plattformen mit einem dieser Tags auslassen</translation>
    </message>
    <message>
        <source>Leave out the platforms with any of these tags, even if checked</source>
        <translation>Die Plattformen mit einem dieser Tags auslassen, auch wenn markiert</translation>
    </message>
    <message>
        <source>With tags</source>
        <translation>Mit Tags</translation>
    </message>
    <message>
        <source>Except tags</source>
        <translation>Außer Tags</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message numerus="yes">
        <source>%n check(s) healthy</source>
        <translation>
            <numerusform>%n Prüfung in Ordnung</numerusform>
            <numerusform>%n Prüfungen in Ordnung</numerusform>
        </translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>Letzter Messwert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>local checks</source>
        <translation>lokale Prüfungen</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>veraltet seit {when}</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>Add Prometheus…</source>
        <translation>Prometheus hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Health targets</source>
        <translation>Überwachte Ziele</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>stale since {when}</source>
        <translation>veraltet seit {when}</translation>
    </message>
    <message>
        <source>Every target is healthy.</source>
        <translation>Alle Ziele sind in Ordnung.</translation>
    </message>
</context>
<context>
    <name>TenancyModel</name>
    <message>
        <source>active</source>
        <comment>store</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>store</comment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>active</source>
        <comment>merchant</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>merchant</comment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Time window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>UnreachableDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open {profile}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{profile} kann nicht geöffnet werden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Offline mode works without the database: the health history kept on this computer and the local checks, read-only.</source>
        <translation>Der Offline-Modus funktioniert ohne Datenbank: der auf diesem Computer gespeicherte Zustandsverlauf und die lokalen Prüfungen, nur lesend.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Super admin</source>
        <translation>Super-Administrator</translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation>Plattform-Administrator</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>gesperrt bis {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>New user…</source>
        <translation>Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <source>Assign platforms…</source>
        <translation>Plattformen zuweisen…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter users (Ctrl+F)</source>
        <translation>Benutzer filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows; Ctrl+E exports the list as CSV</source>
        <translation>Strg+C kopiert die ausgewählten Zeilen; Strg+E exportiert die Liste als CSV</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>Rolle des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>{user} enabled</source>
        <translation>{user} aktiviert</translation>
    </message>
    <message>
        <source>{user} disabled</source>
        <translation>{user} deaktiviert</translation>
    </message>
    <message>
        <source>{user} unlocked</source>
        <translation>{user} entsperrt</translation>
    </message>
    <message>
        <source>User {user} created, role: {role}</source>
        <translation>Benutzer {user} angelegt, Rolle: {role}</translation>
    </message>
    <message>
        <source>{user}: role changed to {role}</source>
        <translation>{user}: Rolle geändert in {role}</translation>
    </message>
    <message>
        <source>{user}: platforms assigned</source>
        <translation>{user}: Plattformen zugewiesen</translation>
    </message>
    <message>
        <source>{user}: password reset</source>
        <translation>{user}: Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>New admin user</source>
        <translation>Neuer Admin-Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>mindestens {n} Zeichen</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Own platforms</source>
        <translation>Eigene Plattformen</translation>
    </message>
    <message>
        <source>platform codes, for platform admins</source>
        <translation>Plattformcodes, für Plattform-Administratoren</translation>
    </message>
    <message>
        <source>Change the role of {user}</source>
        <translation>Rolle von {user} ändern</translation>
    </message>
    <message>
        <source>Name at least one platform.</source>
        <translation>Geben Sie mindestens eine Plattform an.</translation>
    </message>
    <message>
        <source>Platforms of {user}</source>
        <translation>Plattformen von {user}</translation>
    </message>
    <message>
        <source>A platform admin may toggle and configure modules, and read the audit, on their own platforms only.</source>
        <translation>Ein Plattform-Administrator darf Module nur auf seinen eigenen Plattformen aktivieren, deaktivieren und konfigurieren und dort das Audit-Protokoll lesen.</translation>
    </message>
    <message>
        <source>Platform codes</source>
        <translation>Plattformcodes</translation>
    </message>
    <message>
        <source>demo-00001 demo-00002 …</source>
        <translation>demo-00001 demo-00002 …</translation>
    </message>
    <message>
        <source>Replace the current list (else add to it)</source>
        <translation>Aktuelle Liste ersetzen (sonst ergänzen)</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Passwort von {user} zurücksetzen</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
</context>
<context>
    <name>WaveSegment</name>
    <message>
        <source>Wave {wave} · {state}</source>
        <translation>Welle {wave} · {state}</translation>
    </message>
    <message>
        <source>Wave {wave}: {state}, {platforms}</source>
        <translation>Welle {wave}: {state}, {platforms}</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>Offline mode: the local checks and the history kept on this computer, read-only. Remote targets are not polled.</source>
        <translation>Offline-Modus: die lokalen Prüfungen und der auf diesem Computer gespeicherte Verlauf, nur lesend. Entfernte Ziele werden nicht abgefragt.</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Retention (days)</source>
        <translation>Aufbewahrungsdauer (Tage)</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>Sales and traffic reports per platform and store, kept for a configurable retention period.</source>
        <translation>Verkaufs- und Besucherberichte pro Plattform und Shop, aufbewahrt für eine konfigurierbare Dauer.</translation>
    </message>
    <message>
        <source>Invoice number prefix</source>
        <translation>Präfix der Rechnungsnummern</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Subscriptions of merchants to platform plans, and the invoices issued for them.</source>
        <translation>Abonnements der Händler für Tarife der Plattform und die dafür ausgestellten Rechnungen.</translation>
    </message>
    <message>
        <source>Default locale</source>
        <translation>Standardsprache</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Content pages per platform (legal notices, help, landing pages) in a default locale.</source>
        <translation>Inhaltsseiten pro Plattform (Impressum, Hilfe, Landingpages) in einer Standardsprache.</translation>
    </message>
    <message>
        <source>View modules</source>
        <translation>Module anzeigen</translation>
    </message>
    <message>
        <source>See modules, tiers, the dependency graph and settings.</source>
        <translation>Module, Stufen, den Abhängigkeitsgraphen und die Einstellungen anzeigen.</translation>
    </message>
    <message>
        <source>Toggle modules</source>
        <translation>Module aktivieren und deaktivieren</translation>
    </message>
    <message>
        <source>Enable and disable optional modules per platform.</source>
        <translation>Optionale Module pro Plattform aktivieren und deaktivieren.</translation>
    </message>
    <message>
        <source>Configure modules</source>
        <translation>Module konfigurieren</translation>
    </message>
    <message>
        <source>Change the settings of optional modules.</source>
        <translation>Die Einstellungen optionaler Module ändern.</translation>
    </message>
    <message>
        <source>Internal modules</source>
        <translation>Interne Module</translation>
    </message>
    <message>
        <source>See and toggle modules of the internal tier.</source>
        <translation>Module der Stufe „intern“ anzeigen, aktivieren und deaktivieren.</translation>
    </message>
    <message>
        <source>Roll out modules</source>
        <translation>Module ausrollen</translation>
    </message>
    <message>
        <source>Create, start and approve rollouts of a module change across platforms in waves.</source>
        <translation>Rollouts einer Moduländerung über die Plattformen in Wellen anlegen, starten und freigeben.</translation>
    </message>
    <message>
        <source>Tag platforms</source>
        <translation>Plattformen taggen</translation>
    </message>
    <message>
        <source>Add and remove the tags that group platforms.</source>
        <translation>Tags hinzufügen und entfernen, die Plattformen gruppieren.</translation>
    </message>
    <message>
        <source>View migrations</source>
        <translation>Migrationen anzeigen</translation>
    </message>
    <message>
        <source>See migration status, plans and SQL previews.</source>
        <translation>Migrationsstatus, Pläne und SQL-Vorschauen anzeigen.</translation>
    </message>
    <message>
        <source>Run migrations</source>
        <translation>Migrationen ausführen</translation>
    </message>
    <message>
        <source>Upgrade and downgrade the database schema.</source>
        <translation>Upgrades und Downgrades des Datenbankschemas ausführen.</translation>
    </message>
    <message>
        <source>View health</source>
        <translation>Zustand anzeigen</translation>
    </message>
    <message>
        <source>See health checks, metrics and their history.</source>
        <translation>Zustandsprüfungen, Metriken und ihren Verlauf anzeigen.</translation>
    </message>
    <message>
        <source>Run health checks</source>
        <translation>Zustandsprüfungen ausführen</translation>
    </message>
    <message>
        <source>Run health checks on demand.</source>
        <translation>Zustandsprüfungen bei Bedarf ausführen.</translation>
    </message>
    <message>
        <source>View audit log</source>
        <translation>Audit-Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Read the audit trail.</source>
        <translation>Das Audit-Protokoll einsehen.</translation>
    </message>
    <message>
        <source>Manage admin users</source>
        <translation>Admin-Benutzer verwalten</translation>
    </message>
    <message>
        <source>Create, change, lock and remove admin users.</source>
        <translation>Admin-Benutzer anlegen, ändern, sperren und entfernen.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>The framework every platform runs: module registry, per-platform module settings, admin users and roles, audit trail, database migrations and health checks.</source>
        <translation>Das Grundgerüst, auf dem jede Plattform läuft: Modulregister, Moduleinstellungen pro Plattform, Admin-Benutzer und Rollen, Audit-Protokoll, Datenbankmigrationen und Zustandsprüfungen.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer accounts of a platform, optionally attached to a merchant, with contact details.</source>
        <translation>Kundenkonten einer Plattform, optional einem Händler zugeordnet, mit Kontaktdaten.</translation>
    </message>
    <message>
        <source>See customers&apos; personal data</source>
        <translation>Personenbezogene Daten der Kunden sehen</translation>
    </message>
    <message>
        <source>See customers&apos; e-mail, phone and address unmasked.</source>
        <translation>E-Mail, Telefon und Adresse der Kunden unmaskiert sehen.</translation>
    </message>
    <message>
        <source>Reveal one customer&apos;s personal data</source>
        <translation>Personenbezogene Daten eines Kunden anzeigen</translation>
    </message>
    <message>
        <source>Unmask one customer&apos;s e-mail, phone and address at a time; each reveal is audited.</source>
        <translation>E-Mail, Telefon und Adresse jeweils eines Kunden unmaskiert anzeigen; jede Anzeige wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Developer tools</source>
        <translation>Entwicklerwerkzeuge</translation>
    </message>
    <message>
        <source>Feature flags and diagnostics for the platform&apos;s own staff; never shown to merchants.</source>
        <translation>Feature-Flags und Diagnosen für das eigene Personal der Plattform; Händlern nie angezeigt.</translation>
    </message>
    <message>
        <source>Low-stock threshold</source>
        <translation>Schwelle für niedrigen Bestand</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Stock per store and SKU, with a threshold below which stock is reported as low.</source>
        <translation>Bestand pro Shop und Artikelnummer (SKU), mit einer Schwelle, unter der der Bestand als niedrig gemeldet wird.</translation>
    </message>
    <message>
        <source>Letzshop endpoint</source>
        <translation>Letzshop-Endpunkt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Letzshop API key of the platform</source>
        <translation>Letzshop-API-Schlüssel der Plattform</translation>
    </message>
    <message>
        <source>Sync interval (minutes)</source>
        <translation>Synchronisierungsintervall (Minuten)</translation>
    </message>
    <message>
        <source>Marketplace (Letzshop)</source>
        <translation>Marktplatz (Letzshop)</translation>
    </message>
    <message>
        <source>Letzshop integration: publishes the stores&apos; stock to the Letzshop marketplace and imports its orders on a schedule.</source>
        <translation>Letzshop-Anbindung: Veröffentlicht den Bestand der Shops auf dem Letzshop-Marktplatz und importiert dessen Bestellungen nach Zeitplan.</translation>
    </message>
    <message>
        <source>Sender e-mail address</source>
        <translation>E-Mail-Adresse des Absenders</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Name des Absenders</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Transactional e-mail and notifications to merchants and customers (orders, invoices).</source>
        <translation>Transaktions-E-Mails und Benachrichtigungen an Händler und Kunden (Bestellungen, Rechnungen).</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Health checks and Prometheus metrics of the platform&apos;s processes, served on /health and /metrics.</source>
        <translation>Zustandsprüfungen und Prometheus-Metriken der Plattformprozesse, bereitgestellt unter /health und /metrics.</translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation>Präfix der Bestellnummern</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Orders of a store&apos;s customers, with their lines and the payment that settles them.</source>
        <translation>Bestellungen der Kunden eines Shops, mit ihren Positionen und der Zahlung, die sie begleicht.</translation>
    </message>
    <message>
        <source>Enabled gateways</source>
        <translation>Aktivierte Zahlungsanbieter</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Payments through Stripe, PayPal or a manual gateway, with refunds that are idempotent and, above the support limit, approved by a platform admin.</source>
        <translation>Zahlungen über Stripe, PayPal oder den manuellen Zahlungsanbieter, mit idempotenten Rückerstattungen, die oberhalb des Support-Limits von einem Plattform-Administrator freigegeben werden.</translation>
    </message>
    <message>
        <source>View payments</source>
        <translation>Zahlungen anzeigen</translation>
    </message>
    <message>
        <source>Read payments and refunds.</source>
        <translation>Zahlungen und Rückerstattungen einsehen.</translation>
    </message>
    <message>
        <source>Refund payments</source>
        <translation>Zahlungen erstatten</translation>
    </message>
    <message>
        <source>Request refunds; support staff up to the support limit.</source>
        <translation>Rückerstattungen anfordern; Support-Mitarbeiter bis zum Support-Limit.</translation>
    </message>
    <message>
        <source>Approve refunds</source>
        <translation>Rückerstattungen freigeben</translation>
    </message>
    <message>
        <source>Approve or reject refunds awaiting approval.</source>
        <translation>Rückerstattungen, die auf Freigabe warten, freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Merchants and their stores: the tenants of a platform, with their domains, contact details and suspension.</source>
        <translation>Händler und ihre Shops: Die Mandanten einer Plattform, mit ihren Domains, Kontaktdaten und Sperren.</translation>
    </message>
    <message>
        <source>View merchants and stores</source>
        <translation>Händler und Shops anzeigen</translation>
    </message>
    <message>
        <source>Search merchants and stores and read their details.</source>
        <translation>Händler und Shops suchen und ihre Details einsehen.</translation>
    </message>
    <message>
        <source>Suspend merchants and stores</source>
        <translation>Händler und Shops sperren</translation>
    </message>
    <message>
        <source>Suspend and reinstate merchants and stores, with a reason.</source>
        <translation>Händler und Shops mit Angabe eines Grundes sperren und reaktivieren.</translation>
    </message>
</context>
</TS>
