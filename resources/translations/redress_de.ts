<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MailAccount</name>
    <message>
        <location filename="../../core/mail/MailAccount.cpp" line="+23"/>
        <source>%1: the server&apos;s address is missing (%2://USER@HOST[:PORT])</source>
        <translation>%1: die Adresse des Servers fehlt (%2://BENUTZER@HOST[:PORT])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a valid address (%3)</source>
        <translation>%1: &quot;%2&quot; ist keine gültige Adresse (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the scheme must be %2 or %3</source>
        <translation>%1: das Schema muss %2 oder %3 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server&apos;s host name is missing</source>
        <translation>%1: der Hostname des Servers fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the user name is missing (%2://USER@HOST)</source>
        <translation>%1: der Benutzername fehlt (%2://BENUTZER@HOST)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the password does not belong in the address; it is kept in the keyring, the environment or a password file</source>
        <translation>%1: das Passwort gehört nicht in die Adresse; es liegt im Schlüsselbund, in der Umgebung oder in einer Passwortdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the port must be between 1 and 65535</source>
        <translation>%1: der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not on this machine; unchecked connections are allowed only to a server on the loopback interface</source>
        <translation>%1: %2 ist nicht dieser Rechner; ungeprüfte Verbindungen sind nur zu einem Server auf der Loopback-Schnittstelle erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is reached over the network, so it needs TLS: use %3:// or STARTTLS</source>
        <translation>%1: %2 wird über das Netz erreicht und braucht daher TLS: verwenden Sie %3:// oder STARTTLS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>address: &quot;%1&quot; has a &apos;&lt;&apos; without its closing &apos;&gt;&apos;</source>
        <translation>address: &quot;%1&quot; hat ein &apos;&lt;&apos; ohne schließendes &apos;&gt;&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>address: the mail address is missing (&quot;Name &lt;user@example.com&gt;&quot;)</source>
        <translation>address: die Mailadresse fehlt (&quot;Name &lt;benutzer@example.com&gt;&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>address: &quot;%1&quot; is not a mail address (user@example.com)</source>
        <translation>address: &quot;%1&quot; ist keine Mailadresse (benutzer@example.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address: the name must be on one line</source>
        <translation>address: der Name muss in einer Zeile stehen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>imap: the folder &quot;%1&quot; has a character IMAP folder names cannot have</source>
        <translation>imap: der Ordner &quot;%1&quot; enthält ein Zeichen, das IMAP-Ordnernamen nicht haben dürfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smtp: an SMTP address has no folder (&quot;%1&quot;)</source>
        <translation>smtp: eine SMTP-Adresse hat keinen Ordner (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No mail password: set REDRESS_IMAP_PASSWORD (and REDRESS_SMTP_PASSWORD when the SMTP password differs) or name a file with --password-file.</source>
        <translation>Kein Mail-Passwort: setzen Sie REDRESS_IMAP_PASSWORD (und REDRESS_SMTP_PASSWORD, wenn das SMTP-Passwort ein anderes ist) oder nennen Sie eine Datei mit --password-file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password file %1 does not exist.</source>
        <translation>Die Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password file %1 is not a regular file.</source>
        <translation>Die Passwortdatei %1 ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password file %1 can be read by other users; make it private first (chmod 600 %1).</source>
        <translation>Die Passwortdatei %1 kann von anderen Benutzern gelesen werden; machen Sie sie zuerst privat (chmod 600 %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password file %1 is empty; its first line is the IMAP password.</source>
        <translation>Die Passwortdatei %1 ist leer; ihre erste Zeile ist das IMAP-Passwort.</translation>
    </message>
</context>
<context>
    <name>MailPasswords</name>
    <message>
        <location filename="../../ui/mail/MailPasswords.cpp" line="+29"/>
        <source>No desktop keyring answers here; the passwords come from REDRESS_IMAP_PASSWORD and REDRESS_SMTP_PASSWORD.</source>
        <translation>Hier antwortet kein Schlüsselbund des Desktops; die Passwörter kommen aus REDRESS_IMAP_PASSWORD und REDRESS_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No desktop keyring answers here, so the passwords were not kept. Set REDRESS_IMAP_PASSWORD and REDRESS_SMTP_PASSWORD in the environment Redress starts in.</source>
        <translation>Hier antwortet kein Schlüsselbund des Desktops, daher wurden die Passwörter nicht gespeichert. Setzen Sie REDRESS_IMAP_PASSWORD und REDRESS_SMTP_PASSWORD in der Umgebung, in der Redress startet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keyring did not keep the passwords: %1</source>
        <translation>Der Schlüsselbund hat die Passwörter nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>MailTransport</name>
    <message>
        <location filename="../../core/mail/MailTransport.cpp" line="+174"/>
        <source>The mail server %1 refused the password for user %2.</source>
        <translation>Der Mailserver %1 hat das Passwort für den Benutzer %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mail server %1 cannot be reached.</source>
        <translation>Der Mailserver %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate of the mail server %1 cannot be trusted, so Redress did not log in.</source>
        <translation>Dem Zertifikat des Mailservers %1 kann nicht vertraut werden; Redress hat sich daher nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secure connection to the mail server %1 failed.</source>
        <translation>Die sichere Verbindung zum Mailserver %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 does not offer STARTTLS, which this account requires.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an, das dieses Konto verlangt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 dropped the connection (%2).</source>
        <translation>Der Mailserver %1 hat die Verbindung abgebrochen (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 could not %2.</source>
        <translation>Beim Mailserver %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>report the state of folder %1</source>
        <translation>den Stand des Ordners %1 melden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mail server %1 did not report the state of folder %2.</source>
        <translation>Der Mailserver %1 hat den Stand des Ordners %2 nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list the messages in folder %1</source>
        <translation>die Nachrichten im Ordner %1 auflisten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mail server %1 sent a list too long to read.</source>
        <translation>Der Mailserver %1 hat eine Liste gesendet, die zu lang zum Lesen ist.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Message %1 is no longer in folder %2 on %3 (the folder changed).</source>
        <translation>Die Nachricht %1 ist nicht mehr im Ordner %2 auf %3 (der Ordner hat sich geändert).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fetch message %1 of folder %2</source>
        <translation>Nachricht %1 aus dem Ordner %2 abrufen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>flag messages as read in folder %1</source>
        <translation>Nachrichten im Ordner %1 als gelesen markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move messages from folder %1 to %2</source>
        <translation>Nachrichten aus dem Ordner %1 nach %2 verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create folder %1</source>
        <translation>den Ordner %1 anlegen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add a message to folder %1</source>
        <translation>eine Nachricht zum Ordner %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A message needs at least one recipient.</source>
        <translation>Eine Nachricht braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>take the message</source>
        <translation>die Nachricht annehmen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/common/ProgressTask.cpp" line="+19"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../ui/mail/ThreadView.cpp" line="+39"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, not acted on (automatic or list mail)</source>
        <translation>Empfangen, nicht bearbeitet (automatische oder Listen-Mail)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Queued — tried %n time(s), trying again</source>
        <translation>
            <numerusform>In der Warteschlange — %n Versuch, wird erneut versucht</numerusform>
            <numerusform>In der Warteschlange — %n Versuche, wird erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed — the server said: %1</source>
        <translation>Fehlgeschlagen — der Server meldete: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undelivered — the customer&apos;s server sent it back</source>
        <translation>Unzustellbar — der Server des Kunden hat sie zurückgeschickt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rep&amp;ly…</source>
        <translation>Ant&amp;worten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to the customer; the message goes out with the next mail pass</source>
        <translation>An den Kunden schreiben; die Nachricht geht mit dem nächsten Mail-Durchlauf hinaus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message details</source>
        <translation>Angaben zur Nachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;full text</source>
        <translation>&amp;Ganzen Text zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole message, with the quoted history and the signature</source>
        <translation>Die ganze Nachricht, mit zitiertem Verlauf und Signatur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open with the desktop&apos;s program for it, from a copy only you can read</source>
        <translation>Mit dem Programm des Desktops öffnen, aus einer Kopie, die nur Sie lesen können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Internal note — never sent · %1 · %2
%3</source>
        <translation>Interne Notiz — nie gesendet · %1 · %2
%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No mail on this case yet. Internal notes show here too, marked as never sent.</source>
        <translation>Zu diesem Fall gibt es noch keine Mail. Interne Notizen erscheinen auch hier, als nie gesendet markiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s), oldest first. Internal notes are never sent.</source>
        <translation>
            <numerusform>%n Nachricht, die älteste zuerst. Interne Notizen werden nie gesendet.</numerusform>
            <numerusform>%n Nachrichten, die älteste zuerst. Interne Notizen werden nie gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Internal note by %1, %2 — never sent to the customer</source>
        <translation>Interne Notiz von %1, %2 — nie an den Kunden gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by: %1</source>
        <translation>Geschrieben von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted by the server: %1</source>
        <translation>Vom Server angenommen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the size cap: some attachments were listed but not stored.</source>
        <translation>Über der Größengrenze: einige Anhänge wurden aufgeführt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, not stored (over the cap)</source>
        <translation>%1, nicht gespeichert (über der Grenze)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No program opens %1; it is saved at %2.</source>
        <translation>Kein Programm öffnet %1; die Datei liegt unter %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location line="-315"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+80"/>
        <source>Complaint handling as service recovery.</source>
        <translation>Beschwerdebearbeitung als Service-Recovery.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store to open (default: %1).</source>
        <translation>Der zu öffnende Datenbestand (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Work as this user (default: your account; someone else&apos;s needs their password).</source>
        <translation>Als dieser Benutzer arbeiten (Standard: Ihr Konto; für jemand anderen braucht es dessen Passwort).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colours for this run: light or dark (default: as in Preferences).</source>
        <translation>Farben für diesen Start: hell oder dunkel (Standard: wie in den Einstellungen).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Opening and, if needed, upgrading %1…</source>
        <translation>%1 wird geöffnet und, falls nötig, aktualisiert…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redress cannot open the store</source>
        <translation>Redress kann den Datenbestand nicht öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Redress cannot start</source>
        <translation>Redress kann nicht starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erasing again the customers erased since the backup…</source>
        <translation>Die seit der Sicherung gelöschten Kunden werden erneut gelöscht …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasures not made again</source>
        <translation>Löschungen nicht erneut ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restored backup still holds customers whose personal data was erased after it was made, and they could not be erased again: %1

An administrator should restore it instead.</source>
        <translation>Die wiederhergestellte Sicherung enthält noch Kunden, deren personenbezogene Daten nach ihrer Erstellung gelöscht wurden, und sie konnten nicht erneut gelöscht werden: %1

Ein Administrator sollte sie stattdessen wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s) erased after the backup was made were erased again.</source>
        <translation>
            <numerusform>%n nach der Sicherung gelöschter Kunde wurde erneut gelöscht.</numerusform>
            <numerusform>%n nach der Sicherung gelöschte Kunden wurden erneut gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Restoring the store from %1…</source>
        <translation>Datenbestand wird aus %1 wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>

The store was left as it was.</source>
        <translation>

Der Datenbestand wurde unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored from %1. The store as it was is kept as %2.</source>
        <translation>Aus %1 wiederhergestellt. Der bisherige Datenbestand ist als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyChecker</name>
    <message>
        <location filename="../../core/recovery/ApologyChecker.cpp" line="+354"/>
        <source>The draft is %1 characters long; the apology checker reads at most %2.</source>
        <translation>Der Entwurf ist %1 Zeichen lang; die Entschuldigungsprüfung liest höchstens %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reads like this, though no rule says so: %1</source>
        <translation>Klingt danach, auch wenn keine Regel es sagt: %1</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyClassifier</name>
    <message>
        <location filename="../../core/recovery/ApologyClassifier.cpp" line="+96"/>
        <source>%1 is not a fastText model: it is too short.</source>
        <translation>%1 ist kein fastText-Modell: Die Datei ist zu kurz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a fastText model of the version this program reads.</source>
        <translation>%1 ist kein fastText-Modell in der Version, die dieses Programm liest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read as a fastText model: %2</source>
        <translation>%1 ließ sich nicht als fastText-Modell lesen: %2</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyEvaluation</name>
    <message>
        <location filename="../../core/recovery/ApologyEvaluation.cpp" line="+48"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1:%2: expected text, a known label, source, lang and train or held-out, separated by tabs.</source>
        <translation>%1:%2: erwartet werden Text, eine bekannte Kennzeichnung, Quelle, Sprache und train oder held-out, durch Tabulatoren getrennt.</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyRules</name>
    <message>
        <location filename="../../core/recovery/ApologyRules.cpp" line="+36"/>
        <source>Plays the problem down (normal, minor, to be expected) instead of owning it.</source>
        <translation>Spielt das Problem herunter (normal, geringfügig, zu erwarten), statt Verantwortung zu übernehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts the problem off: waits, hopes it goes away or leaves the next move to the customer.</source>
        <translation>Schiebt das Problem auf: wartet, hofft, dass es sich erledigt, oder überlässt den nächsten Schritt dem Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Argues with the customer: says it is not our fault or that they caused it.</source>
        <translation>Streitet mit dem Kunden: sagt, es sei nicht unsere Schuld oder er habe es verursacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points at the org chart, a policy, a system or a third party; the customer doesn&apos;t care whose it was.</source>
        <translation>Verweist auf Organigramm, eine Richtlinie, ein System oder Dritte; dem Kunden ist egal, wessen Fehler es war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Says sorry for the customer&apos;s feelings, for an &apos;if&apos;, or for what we had to do, not for what went wrong.</source>
        <translation>Entschuldigt sich für die Gefühle des Kunden, mit einem „falls“ oder für das, was wir tun mussten – nicht für das, was schiefging.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talks about how hard this is for us; the customer wrote about what it did to them.</source>
        <translation>Spricht davon, wie schwer es für uns ist; der Kunde schrieb, was es für ihn bedeutet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft never says sorry for what went wrong.</source>
        <translation>Der Entwurf entschuldigt sich nie für das, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft names no concrete next step or date the customer can hold us to.</source>
        <translation>Der Entwurf nennt keinen konkreten nächsten Schritt und kein Datum, auf das sich der Kunde verlassen kann.</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the rules must be a JSON object.</source>
        <translation>%1: die Regeln müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: format %2 is not one this version reads (it reads format 1).</source>
        <translation>%1: Format %2 kann diese Version nicht lesen (sie liest Format 1).</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1: the term {%2} must be a string.</source>
        <translation>%1: der Begriff {%2} muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>term {%1}</source>
        <translation>Begriff {%1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+108"/>
        <source>not a valid regular expression: %1 at character %2</source>
        <translation>kein gültiger regulärer Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+117"/>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: there is no &quot;kinds&quot; object.</source>
        <translation>%1: es gibt kein Objekt &quot;kinds&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a kind of finding; the kinds are %3.</source>
        <translation>%1: &quot;%2&quot; ist keine Art von Befund; die Arten sind %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind &quot;%1&quot;</source>
        <translation>Art &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1: %2 must be an object.</source>
        <translation>%1: %2 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 has no &quot;why&quot;, the line shown with its findings.</source>
        <translation>%1: %2 hat kein &quot;why&quot;, die Zeile, die mit seinen Befunden angezeigt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has no &quot;patterns&quot; list.</source>
        <translation>%1: %2 hat keine Liste &quot;patterns&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unless pattern</source>
        <translation>Ausnahmemuster</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>%1: %2, %3 %4 (%5): %6</source>
        <translation>%1: %2, %3 %4 (%5): %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its terms refer to each other in a circle</source>
        <translation>seine Begriffe verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it uses the term {%1}, which &quot;terms&quot; does not define</source>
        <translation>es verwendet den Begriff {%1}, den &quot;terms&quot; nicht definiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a pattern may not be empty</source>
        <translation>ein Muster darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it matches empty text</source>
        <translation>es passt auf leeren Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2: the %3s must be a list of strings.</source>
        <translation>%1: %2: die %3s müssen eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2 has an unknown key &quot;%3&quot;.</source>
        <translation>%1: %2 hat einen unbekannten Schlüssel &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a pattern is a string or an object with &quot;match&quot;</source>
        <translation>ein Muster ist eine Zeichenkette oder ein Objekt mit &quot;match&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the object has no &quot;match&quot; string</source>
        <translation>dem Objekt fehlt die Zeichenkette &quot;match&quot;</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyTemplate</name>
    <message>
        <location filename="../../core/recovery/ApologyTemplate.cpp" line="+686"/>
        <source>The template could not be prepared for use.</source>
        <translation>Die Vorlage konnte nicht zur Verwendung vorbereitet werden.</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>section %1 is never closed; add %2 where it should end</source>
        <translation>Abschnitt %1 wird nie geschlossen; fügen Sie %2 dort ein, wo er enden soll</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>sections nest %1 deep; the limit is %2</source>
        <translation>Abschnitte sind %1 Ebenen tief verschachtelt; die Grenze ist %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unclosed tag: &quot;%1&quot; without a matching &quot;%2&quot;</source>
        <translation>nicht geschlossenes Tag: &quot;%1&quot; ohne passendes &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid delimiter change %1: give the new opening and closing delimiters separated by a space, without spaces or &quot;=&quot; in them, e.g. {{=&lt;% %&gt;=}}</source>
        <translation>ungültiger Wechsel der Begrenzer %1: geben Sie die neuen öffnenden und schließenden Begrenzer durch ein Leerzeichen getrennt an, ohne Leerzeichen oder &quot;=&quot; darin, z. B. {{=&lt;% %&gt;=}}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>partials are not supported: %1; copy the text you want into this template instead</source>
        <translation>Partials werden nicht unterstützt: %1; kopieren Sie den gewünschten Text stattdessen in diese Vorlage</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>empty tag %1: write a placeholder name between the braces</source>
        <translation>leeres Tag %1: schreiben Sie einen Platzhalternamen zwischen die Klammern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not supported; name the value instead, e.g. %2</source>
        <translation>%1 wird nicht unterstützt; nennen Sie stattdessen den Wert, z. B. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown placeholder %1</source>
        <translation>unbekannter Platzhalter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown placeholder %1; did you mean %2?</source>
        <translation>unbekannter Platzhalter %1; meinten Sie %2?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 closes a section that was never opened</source>
        <translation>%1 schließt einen Abschnitt, der nie geöffnet wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not match the open section %2 from line %3, column %4; expected %5</source>
        <translation>%1 passt nicht zum offenen Abschnitt %2 aus Zeile %3, Spalte %4; erwartet wurde %5</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>the template is %1 characters long; the limit is %2</source>
        <translation>die Vorlage ist %1 Zeichen lang; die Grenze ist %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the template engine refuses this: %1</source>
        <translation>die Vorlagen-Engine lehnt dies ab: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>redress::core::ApologyTemplateSet</name>
    <message>
        <location filename="../../core/recovery/ApologyTemplateSet.cpp" line="+204"/>
        <source>Cannot read the template index %1: %2</source>
        <translation>Der Vorlagenindex %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template index %1 is not valid JSON: %2 (at character %3)</source>
        <translation>Der Vorlagenindex %1 ist kein gültiges JSON: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template index %1 has no &quot;templates&quot; list.</source>
        <translation>Der Vorlagenindex %1 hat keine Liste &quot;templates&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each entry must be an object</source>
        <translation>jeder Eintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every entry needs a key, a title and a file</source>
        <translation>jeder Eintrag braucht einen Schlüssel, einen Titel und eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key is used twice</source>
        <translation>der Schlüssel wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file must be a name inside %1</source>
        <translation>die Datei muss ein Name innerhalb von %1 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;suits&quot; must be an object</source>
        <translation>&quot;suits&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the template %1: %2</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template index %1 needs an entry without criteria, for the cases no other template suits.</source>
        <translation>Der Vorlagenindex %1 braucht einen Eintrag ohne Kriterien für die Fälle, zu denen keine andere Vorlage passt.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>unbekanntes Kriterium &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;categories&quot; must be &quot;any&quot; or a list of names</source>
        <translation>&quot;categories&quot; muss &quot;any&quot; oder eine Liste von Namen sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;keywords&quot; must be a list of words</source>
        <translation>&quot;keywords&quot; muss eine Liste von Wörtern sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;impacts&quot; must be &quot;any&quot; or a list of none, minor, major, stopped</source>
        <translation>&quot;impacts&quot; muss &quot;any&quot; oder eine Liste aus none, minor, major, stopped sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown business impact &quot;%1&quot;; use none, minor, major or stopped</source>
        <translation>unbekannte geschäftliche Auswirkung &quot;%1&quot;; verwenden Sie none, minor, major oder stopped</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;segments&quot; must be &quot;any&quot; or a list of customer segments</source>
        <translation>&quot;segments&quot; muss &quot;any&quot; oder eine Liste von Kundensegmenten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown customer segment &quot;%1&quot;; use %2</source>
        <translation>unbekanntes Kundensegment &quot;%1&quot;; verwenden Sie %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;minSeverity&quot; must be a whole number from 1 (low) to 4 (critical)</source>
        <translation>&quot;minSeverity&quot; muss eine ganze Zahl von 1 (niedrig) bis 4 (kritisch) sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;repeat&quot; must be true or false</source>
        <translation>&quot;repeat&quot; muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>redress::core::AuditChain</name>
    <message>
        <location filename="../../core/store/AuditChain.cpp" line="+120"/>
        <source>reading the erasure records</source>
        <translation>die Löschvermerke lesen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>sealing the audit chain</source>
        <translation>die Prüfkette versiegeln</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>the entry was written outside Redress (it has no hash)</source>
        <translation>der Eintrag wurde außerhalb von Redress geschrieben (er hat keinen Hash)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not link to the entry before it (an entry was deleted, added or altered)</source>
        <translation>er verweist nicht auf den Eintrag davor (ein Eintrag wurde gelöscht, eingefügt oder geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text was altered</source>
        <translation>sein Text wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is marked as erased, but no erasure record in the log covers it</source>
        <translation>er ist als gelöscht markiert, aber kein Löschvermerk im Protokoll deckt ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its recorded details or its hash were altered</source>
        <translation>seine Angaben oder sein Hash wurden geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was verified earlier and is gone (the newest entries were deleted or rewritten)</source>
        <translation>er wurde früher geprüft und fehlt jetzt (die neuesten Einträge wurden gelöscht oder neu geschrieben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is marked as erased, but its text is not what an erasure leaves</source>
        <translation>er ist als gelöscht markiert, aber sein Text ist nicht der, den eine Löschung hinterlässt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the anchor noted outside the store is no longer in the log with its hash (entries were deleted or the log was rewritten)</source>
        <translation>der außerhalb des Datenbestands vermerkte Anker steht nicht mehr mit seinem Hash im Protokoll (Einträge wurden gelöscht oder das Protokoll wurde neu geschrieben)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>recording the verified head of the audit log</source>
        <translation>den geprüften Stand des Prüfprotokolls festhalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>reading the verified head of the audit log</source>
        <translation>den geprüften Stand des Prüfprotokolls lesen</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+49"/>
        <source>verifying the audit log</source>
        <translation>das Prüfprotokoll prüfen</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Verifying the audit log was cancelled.</source>
        <translation>Die Prüfung des Prüfprotokolls wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+206"/>
        <source>reading the end of the audit chain</source>
        <translation>das Ende der Prüfkette lesen</translation>
    </message>
</context>
<context>
    <name>redress::core::AuditChainSidecar</name>
    <message>
        <location filename="../../core/store/AuditChainSidecar.cpp" line="+33"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the audit head of the backup %1</source>
        <translation>den Stand des Prüfprotokolls der Sicherung %1 lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 cannot be opened to note its audit head.</source>
        <translation>Die Sicherung %1 kann nicht geöffnet werden, um den Stand ihres Prüfprotokolls zu vermerken.</translation>
    </message>
</context>
<context>
    <name>redress::core::Backup</name>
    <message>
        <location filename="../../core/store/Backup.cpp" line="+422"/>
        <source>A team&apos;s store on a server is backed up by the server&apos;s own tools (pg_dump); Redress backs up a desk&apos;s SQLite file.</source>
        <translation>Den Bestand eines Teams auf einem Server sichern die Werkzeuge des Servers (pg_dump); Redress sichert die SQLite-Datei eines Arbeitsplatzes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the file to write the backup to.</source>
        <translation>Nennen Sie die Datei, in die die Sicherung geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; name a file for the backup.</source>
        <translation>%1 ist ein Ordner; nennen Sie eine Datei für die Sicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the store itself; write the backup to another file.</source>
        <translation>%1 ist der Datenbestand selbst; schreiben Sie die Sicherung in eine andere Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 cannot be written: %2 is not a folder.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup %1 cannot be written: the folder %2 does not exist.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="-321"/>
        <location line="+235"/>
        <location line="+106"/>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 failed its check after writing: %2</source>
        <translation>Die Sicherung %1 hat die Prüfung nach dem Schreiben nicht bestanden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is the store itself; choose a backup to restore.</source>
        <translation>%1 ist der Datenbestand selbst; wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup cannot be restored: %1</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store cannot be restored: the folder %1 does not exist.</source>
        <translation>Der Datenbestand kann nicht wiederhergestellt werden: der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+321"/>
        <location line="+16"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+18"/>
        <source>The backup %1 cannot be written: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+47"/>
        <source>The store %1 cannot be restored: %2</source>
        <translation>Der Datenbestand %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The store %1 cannot be restored: %2.</source>
        <translation>Der Datenbestand %1 kann nicht wiederhergestellt werden: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The store cannot be restored: the earlier %1 cannot be removed.</source>
        <translation>Der Datenbestand kann nicht wiederhergestellt werden: das frühere %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store cannot be restored: %1 cannot be renamed to %2: %3.</source>
        <translation>Der Datenbestand kann nicht wiederhergestellt werden: %1 kann nicht in %2 umbenannt werden: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The store cannot be restored: %1 cannot be moved: %2.</source>
        <translation>Der Datenbestand kann nicht wiederhergestellt werden: %1 kann nicht verschoben werden: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep at least one daily backup.</source>
        <translation>Behalten Sie mindestens eine tägliche Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder for the daily backups.</source>
        <translation>Wählen Sie einen Ordner für die täglichen Sicherungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The old daily backup %1 cannot be removed.</source>
        <translation>Die alte tägliche Sicherung %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>The backup %1 could not be written: the disk is full.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup %1 could not be written: the file system refused.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: das Dateisystem hat es verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 could not be written.</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a Redress backup.</source>
        <translation>%1 ist ein Ordner, keine Redress-Sicherung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Redress backup: it is not an SQLite database file.</source>
        <translation>%1 ist keine Redress-Sicherung: es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the file is cut short (%2 of %3 bytes).</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read as a database; it may be damaged.</source>
        <translation>%1 kann nicht als Datenbank gelesen werden; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a Redress backup: it is an SQLite database of another program.</source>
        <translation>%1 ist keine Redress-Sicherung: es ist die SQLite-Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer Redress (schema version %2; this version knows up to %3). Update Redress to use it.</source>
        <translation>%1 wurde von einer neueren Redress-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Redress, um sie zu verwenden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The store %1 cannot be opened for the backup.</source>
        <translation>Der Datenbestand %1 kann für die Sicherung nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups need an SQLite store.</source>
        <translation>Sicherungen erfordern einen SQLite-Datenbestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting the backup</source>
        <translation>Sicherung wird gestartet</translation>
    </message>
</context>
<context>
    <name>redress::core::BusinessCalendar</name>
    <message>
        <location filename="../../core/sla/BusinessCalendar.cpp" line="+214"/>
        <source>The calendar needs a time zone.</source>
        <translation>Der Kalender braucht eine Zeitzone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time zone “%1” is not known; use a name such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1&apos;s hours %2 must lie between 00:00 and 24:00.</source>
        <translation>Die Zeiten %2 für %1 müssen zwischen 00:00 und 24:00 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s hours %2 must end after they start.</source>
        <translation>Die Zeiten %2 für %1 müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1&apos;s hours %2 and %3 overlap.</source>
        <translation>Die Zeiten %2 und %3 für %1 überschneiden sich.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calendar has no working hours: give at least one day some hours.</source>
        <translation>Der Kalender hat keine Arbeitszeiten: geben Sie mindestens einem Tag Arbeitszeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holiday %1 needs a valid date.</source>
        <translation>Feiertag %1 braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holiday “%1” ends on %2, before it starts on %3.</source>
        <translation>Feiertag „%1“ endet am %2, vor seinem Beginn am %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The holidays %1 and %2 overlap.</source>
        <translation>Die Feiertage %1 und %2 überschneiden sich.</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseExporter</name>
    <message>
        <location filename="../../core/io/CaseExporter.cpp" line="+360"/>
        <source>There is no column &apos;%1&apos;; the columns are %2.</source>
        <translation>Es gibt keine Spalte &apos;%1&apos;; die Spalten sind %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The column &apos;%1&apos; is named twice.</source>
        <translation>Die Spalte &apos;%1&apos; ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The separator can be a comma, a semicolon or a tab, not &apos;%1&apos;.</source>
        <translation>Das Trennzeichen kann ein Komma, ein Semikolon oder ein Tabulator sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+32"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../core/store/ExportRepository.cpp" line="+182"/>
        <source>reading the cases to export</source>
        <translation>zu exportierende Fälle werden gelesen</translation>
    </message>
    <message>
        <location filename="../../core/io/CaseExporter.cpp" line="-13"/>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not write the export to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../core/store/ExportRepository.cpp" line="+18"/>
        <source>reading the root-cause taxonomy</source>
        <translation>Taxonomie der Grundursachen wird gelesen</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseImporter</name>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="+64"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apology sent</source>
        <translation>Entschuldigung gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gestures</source>
        <translation>Kulanzleistungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gesture cost</source>
        <translation>Kosten der Kulanzleistung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promise kept</source>
        <translation>Versprechen eingehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+459"/>
        <source>an external id may be at most %1 characters long</source>
        <translation>eine externe ID darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+482"/>
        <location line="+114"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the row has %1 fields; the header has %2</source>
        <translation>die Zeile hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the same customer as line %1; give each customer one row</source>
        <translation>derselbe Kunde wie in Zeile %1; geben Sie jedem Kunden eine Zeile</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportDates.cpp" line="+155"/>
        <source>&apos;%1&apos; is not a date in any of the formats given (%2) nor ISO 8601</source>
        <translation>&apos;%1&apos; ist in keinem der angegebenen Formate (%2) und nicht in ISO 8601 ein Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use YYYY-MM-DD HH:MM</source>
        <translation>Format JJJJ-MM-TT HH:MM verwenden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is ambiguous: it reads %2; name the format with --date-format or in the profile&apos;s &quot;dates&quot;</source>
        <translation>&apos;%1&apos; ist mehrdeutig: es liest sich als %2; nennen Sie das Format mit --date-format oder in &quot;dates&quot; des Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="-704"/>
        <source>unknown %1 &apos;%2&apos;; one of: %3</source>
        <translation>unbekannte(r) %1 &apos;%2&apos;; möglich sind: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&apos;%1&apos; is not an amount (use 25.00)</source>
        <translation>&apos;%1&apos; ist kein Betrag (z. B. 25.00)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+5"/>
        <source>&apos;%1&apos; is too large an amount</source>
        <translation>&apos;%1&apos; ist ein zu hoher Betrag</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>missing customer</source>
        <translation>Kunde fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a segment may be at most %1 characters long</source>
        <translation>ein Segment darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lifetime value cannot be negative (&apos;%1&apos;)</source>
        <translation>ein Kundenwert kann nicht negativ sein (&apos;%1&apos;)</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>missing product</source>
        <translation>Produkt fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing description</source>
        <translation>Beschreibung fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a product name may be at most %1 characters long</source>
        <translation>ein Produktname darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location filename="../../core/io/ImportDates.cpp" line="-54"/>
        <source>&apos;%1&apos; is not a date (%2)</source>
        <translation>&apos;%1&apos; ist kein Datum (%2)</translation>
    </message>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="+21"/>
        <source>&apos;%1&apos; lies in the future</source>
        <translation>&apos;%1&apos; liegt in der Zukunft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing opened date</source>
        <translation>Eröffnungsdatum fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is before the case was opened</source>
        <translation>&apos;%1&apos; liegt vor der Eröffnung des Falls</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>an owner&apos;s name may be at most %1 characters long</source>
        <translation>der Name eines Bearbeiters darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&apos;%1&apos; has an empty step; write it as Product defect › Hardware</source>
        <translation>&apos;%1&apos; hat eine leere Stufe; schreiben Sie es etwa als Produktmangel › Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is deeper than the taxonomy allows</source>
        <translation>&apos;%1&apos; ist tiefer verschachtelt, als die Taxonomie erlaubt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this text is %1 characters long; at most %2 fit</source>
        <translation>dieser Text ist %1 Zeichen lang; höchstens %2 passen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a gesture&apos;s cost cannot be negative (&apos;%1&apos;)</source>
        <translation>die Kosten einer Kulanzleistung können nicht negativ sein (&apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../../core/store/ImportWriter.cpp" line="+133"/>
        <location line="+299"/>
        <source>importing line %1 of %2</source>
        <translation>Zeile %1 von %2 wird importiert</translation>
    </message>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="+98"/>
        <source>Imported from %1, line %2</source>
        <translation>Importiert aus %1, Zeile %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; it was %2 there, a reference already in use here</source>
        <translation>%1; dort war es %2, eine Referenz, die hier bereits vergeben ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; its reference there: %2</source>
        <translation>%1; seine Referenz dort: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../core/store/ImportWriter.cpp" line="-251"/>
        <source>the same case as %1 (customer, product, opened and description); allow duplicates to import it again</source>
        <translation>derselbe Fall wie %1 (Kunde, Produkt, Eröffnung und Beschreibung); erlauben Sie Duplikate, um ihn erneut zu importieren</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>missing reference, which is the key of this import</source>
        <translation>Referenz fehlt, sie ist der Schlüssel dieses Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing external id, which is the key of this import</source>
        <translation>externe ID fehlt, sie ist der Schlüssel dieses Imports</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Refreshed from %1, line %2</source>
        <translation>Aktualisiert aus %1, Zeile %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>looking up the customers&apos; addresses</source>
        <translation>beim Nachschlagen der Kundenadressen</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>looking up customer %1</source>
        <translation>Kunde %1 wird nachgeschlagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>looking up product %1</source>
        <translation>Produkt %1 wird nachgeschlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>looking up user %1</source>
        <translation>Benutzer %1 wird nachgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no user here is called &apos;%1&apos;; add them first, or let the import create users</source>
        <translation>hier heißt niemand &apos;%1&apos;; legen Sie die Person zuerst an oder lassen Sie den Import Benutzer anlegen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&apos;%1&apos; is not in the root-cause taxonomy and cannot be added: %2</source>
        <translation>&apos;%1&apos; ist nicht in der Taxonomie der Grundursachen und kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="+54"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The rejected rows cannot be saved to %1: %2. Nothing was imported.</source>
        <translation>Die abgelehnten Zeilen können nicht in %1 gespeichert werden: %2. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../core/store/ImportWriter.cpp" line="+19"/>
        <source>preparing the import</source>
        <translation>Import wird vorbereitet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>indexing the imported cases for search</source>
        <translation>importierte Fälle werden für die Suche indiziert</translation>
    </message>
    <message>
        <location filename="../../core/io/CaseImporter.cpp" line="+52"/>
        <source>Column &apos;%1&apos; of %2 is mapped to %3, which only cases have; a customers import takes %4. Skip the column, or import the file as cases.</source>
        <translation>Spalte &apos;%1&apos; von %2 ist %3 zugeordnet, das nur Fälle haben; ein Kundenimport nimmt %4. Überspringen Sie die Spalte oder importieren Sie die Datei als Fälle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two columns of %1 feed %2: &apos;%3&apos; and &apos;%4&apos;; choose one.</source>
        <translation>Zwei Spalten von %1 speisen %2: &apos;%3&apos; und &apos;%4&apos;; wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no column for %2; every customer needs a name.</source>
        <translation>%1 hat keine Spalte für %2; jeder Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no column for %2; every case needs a customer, a product, a description and the date it was opened.</source>
        <translation>%1 hat keine Spalte für %2; jeder Fall braucht einen Kunden, ein Produkt, eine Beschreibung und das Eröffnungsdatum.</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseJournal</name>
    <message>
        <location filename="../../core/store/CaseJournal.cpp" line="+60"/>
        <source>recording the change of %1 in its timeline</source>
        <translation>Änderung von %1 wird in seinem Verlauf festgehalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseLink</name>
    <message>
        <location filename="../../core/cases/CaseLink.cpp" line="+41"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-on</source>
        <translation>Folgefall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second failure</source>
        <translation>Zweiter Fehlschlag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>duplicate of %1</source>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>related to %1</source>
        <translation>verwandt mit %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>follow-on of %1</source>
        <translation>Folgefall von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second failure after %1</source>
        <translation>zweiter Fehlschlag nach %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has duplicate %1</source>
        <translation>hat Duplikat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followed on by %1</source>
        <translation>hat Folgefall %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed again in %1</source>
        <translation>erneut fehlgeschlagen in %1</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseLinkRepository</name>
    <message>
        <location filename="../../core/store/CaseLinkRepository.cpp" line="+42"/>
        <source>reading case %1</source>
        <translation>Fall %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed by someone else after you opened it; reload it and try again.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>linking %1 to %2</source>
        <translation>beim Verknüpfen von %1 mit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case cannot be linked to itself.</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was merged into %2; link %2 instead.</source>
        <translation>%1 wurde in %2 zusammengeführt; verknüpfen Sie stattdessen %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is already linked to %2 the other way round (%3); remove that link first.</source>
        <translation>%1 ist bereits umgekehrt mit %2 verknüpft (%3); entfernen Sie zuerst diese Verknüpfung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 cannot be a %2 of %3: %3 already leads back to %1.</source>
        <translation>%1 kann kein %2 von %3 sein: %3 führt bereits zurück zu %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Second failures are found by Redress when a case arrives; link the cases as related or as a follow-on.</source>
        <translation>Zweite Fehlschläge erkennt Redress, wenn ein Fall eingeht; verknüpfen Sie die Fälle als verwandt oder als Folgefall.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unlinking %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 wird gelöst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 are not linked.</source>
        <translation>%1 und %2 sind nicht verknüpft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A second failure stays linked to the case that failed.</source>
        <translation>Ein zweiter Fehlschlag bleibt mit dem fehlgeschlagenen Fall verknüpft.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the links of %1</source>
        <translation>beim Lesen der Verknüpfungen von %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>merging %1 into %2</source>
        <translation>beim Zusammenführen von %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1 kann nicht in sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was already merged into %2.</source>
        <translation>%1 wurde bereits in %2 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was itself merged into %2; merge into %2 instead.</source>
        <translation>%1 wurde selbst in %2 zusammengeführt; führen Sie stattdessen in %2 zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2&apos;s case and %3 is %4&apos;s; merge them only if they are one person&apos;s complaint, and confirm it.</source>
        <translation>%1 ist der Fall von %2 und %3 der von %4; führen Sie sie nur zusammen, wenn es die Beschwerde einer Person ist, und bestätigen Sie es.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>merged into %1</source>
        <translation>zusammengeführt in %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 notes, %2 messages, %3 attachments</source>
        <translation>%1 Notizen, %2 Nachrichten, %3 Anhänge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>splitting %1</source>
        <translation>beim Aufteilen von %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was merged into %2; split from %2 instead.</source>
        <translation>%1 wurde in %2 zusammengeführt; teilen Sie stattdessen aus %2 auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no note %2.</source>
        <translation>%1 hat keine Notiz %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no message %2.</source>
        <translation>%1 hat keine Nachricht %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no words to open a case with.</source>
        <translation>Es gibt keinen Text, mit dem ein Fall eröffnet werden könnte.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>reading the timeline of %1</source>
        <translation>Verlauf von %1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseListQuery</name>
    <message>
        <location filename="../../core/store/CaseListQuery.cpp" line="+20"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseListRepository</name>
    <message>
        <location filename="../../core/store/CaseListRepository.cpp" line="+89"/>
        <location line="+3"/>
        <source>counting the cases in the list</source>
        <translation>Fälle der Liste werden gezählt</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <location line="+25"/>
        <source>reading the case list</source>
        <translation>Fallliste wird gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the selected cases</source>
        <translation>ausgewählte Fälle werden gelesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>finding the case in the list</source>
        <translation>Fall wird in der Liste gesucht</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseMerge</name>
    <message>
        <location filename="../../core/cases/CaseMerge.cpp" line="+53"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business impact</source>
        <translation>Geschäftliche Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: choose yours or theirs.</source>
        <translation>%1: Wählen Sie Ihren Wert oder den anderen.</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseRepository</name>
    <message>
        <location filename="../../core/store/CaseRepository.cpp" line="+108"/>
        <source>Name the product the complaint is about.</source>
        <translation>Nennen Sie das Produkt, um das es in der Beschwerde geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what went wrong, in the customer&apos;s own words.</source>
        <translation>Schreiben Sie auf, was schiefgelaufen ist, in den eigenen Worten des Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description is %1 characters long; at most %2 fit.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>saving the new case</source>
        <translation>neuer Fall wird gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+40"/>
        <source>reading case %1</source>
        <translation>Fall %1 wird gelesen</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+40"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>reading the timeline of %1</source>
        <translation>Verlauf von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 was changed by someone else after you opened it; reload it and try again.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem Sie ihn geöffnet haben; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 cannot move to %2 yet: record %3 first.</source>
        <translation>%1 kann noch nicht zu %2 wechseln: erfassen Sie zuerst %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>moving %1 to %2</source>
        <translation>%1 wird zu %2 verschoben</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>assigning %1</source>
        <translation>%1 wird zugewiesen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>changing %1 of %2</source>
        <translation>%1 von %2 wird geändert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note may be at most %1 characters long.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 cannot move to %2 from where they are</source>
        <translation>%1 können von ihrem Stand aus nicht zu %2 wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lack recovery steps that %2 needs</source>
        <translation>%1 fehlen Wiedergutmachungsschritte, die %2 erfordert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case was changed: %1.</source>
        <translation>Kein Fall wurde geändert: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>counting cases</source>
        <translation>Fälle werden gezählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counting cases by status</source>
        <translation>Fälle werden nach Status gezählt</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseSummary</name>
    <message>
        <location filename="../../core/report/CaseSummary.cpp" line="+43"/>
        <location line="+417"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 — %2</source>
        <translation>Fall %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary for managers, prepared %1. Internal: it shows costs, analysis and notes.</source>
        <translation>Zusammenfassung für Führungskräfte, erstellt %1. Intern: zeigt Kosten, Analyse und Notizen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of your case, prepared %1.</source>
        <translation>Zusammenfassung Ihres Falls, erstellt %1.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier cases</source>
        <translation>Frühere Fälle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+94"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on the business</source>
        <translation>Auswirkung auf das Geschäft</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <location line="+93"/>
        <location line="+72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+66"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the customer told us</source>
        <translation>Was uns der Kunde gesagt hat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you told us</source>
        <translation>Was Sie uns gesagt haben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apology as sent</source>
        <translation>Entschuldigung wie gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our apology</source>
        <translation>Unsere Entschuldigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our apologies</source>
        <translation>Unsere Entschuldigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 (%2)</source>
        <translation>Gesendet %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent %1 by %2 (%3)</source>
        <translation>Gesendet %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent with %1 passages the apology checker had flagged.</source>
        <translation>Gesendet mit %1 Stellen, die die Entschuldigungsprüfung markiert hatte.</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+184"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>From %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1, %2</source>
        <translation>An %1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our correspondence</source>
        <translation>Unsere Korrespondenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What we are doing about it</source>
        <translation>Was wir dagegen tun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What we did</source>
        <translation>Was wir getan haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer wants</source>
        <translation>Der Kunde wünscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you asked for</source>
        <translation>Was Sie sich gewünscht haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by</source>
        <translation>Zugesagt bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+57"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Gestures</source>
        <translation>Kulanzleistungen</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+206"/>
        <source>Gesture</source>
        <translation>Kulanzleistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+153"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total of the gestures given or approved: %1</source>
        <translation>Summe der gewährten oder genehmigten Kulanzleistungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer declined a gesture: %1</source>
        <translation>Der Kunde hat eine Kulanzleistung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A gesture of goodwill</source>
        <translation>Eine Geste des guten Willens</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+237"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-education gap</source>
        <translation>Lücke in der Kundenschulung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+236"/>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Apology sent</source>
        <translation>Entschuldigung gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gesture decided</source>
        <translation>Kulanzleistung entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gesture declined</source>
        <translation>Kulanzleistung abgelehnt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+1"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Promised by %1</source>
        <translation>Zugesagt bis %1</translation>
    </message>
</context>
<context>
    <name>redress::core::CaseTypes</name>
    <message>
        <location filename="../../core/cases/CaseTypes.cpp" line="+39"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In recovery</source>
        <translation>In Wiedergutmachung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business stopped</source>
        <translation>Geschäftsbetrieb steht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
</context>
<context>
    <name>redress::core::ChangeWatcher</name>
    <message>
        <location filename="../../core/store/ChangeWatcher.cpp" line="+33"/>
        <location line="+79"/>
        <source>watching the store for changes</source>
        <translation>beim Beobachten des Speichers auf Änderungen</translation>
    </message>
</context>
<context>
    <name>redress::core::CsvReader</name>
    <message>
        <location filename="../../core/io/CsvReader.cpp" line="+129"/>
        <source>column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is UTF-16 text, not UTF-8. %2</source>
        <translation>%1 ist UTF-16-Text, nicht UTF-8. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a CSV file: line %2 holds binary data. Choose a CSV file saved as text.</source>
        <translation>%1 ist keine CSV-Datei: Zeile %2 enthält Binärdaten. Wählen Sie eine als Text gespeicherte CSV-Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+120"/>
        <location line="+72"/>
        <location line="+128"/>
        <source>Not enough memory to read %1.</source>
        <translation>Nicht genug Speicher, um %1 zu lesen.</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>%1 is empty: it needs a header line naming its columns.</source>
        <translation>%1 ist leer: es braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+38"/>
        <location line="+185"/>
        <source>Line %2 of %1 is not UTF-8 text (byte %3). %4</source>
        <translation>Zeile %2 von %1 ist kein UTF-8-Text (Byte %3). %4</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>%1 is not a CSV file: line %2 holds binary data (byte %3). Choose a CSV file saved as text.</source>
        <translation>%1 ist keine CSV-Datei: Zeile %2 enthält Binärdaten (Byte %3). Wählen Sie eine als Text gespeicherte CSV-Datei.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Put the whole field in quotes and double each quote inside it (&quot;&quot;).</source>
        <translation>Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie jedes Anführungszeichen darin (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>byte %1 of line %2: a quote inside a field that does not begin with one; the record cannot be read. %3</source>
        <translation>Byte %1 von Zeile %2: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; der Datensatz ist nicht lesbar. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>byte %1 of line %2: text after the closing quote of a field; the record cannot be read. %3</source>
        <translation>Byte %1 von Zeile %2: Text nach dem schließenden Anführungszeichen eines Felds; der Datensatz ist nicht lesbar. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %2 of %1, byte %3: a quote inside a field that does not begin with one. %4</source>
        <translation>Zeile %2 von %1, Byte %3: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt. %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %2 of %1, byte %3: text after the closing quote of a field. %4</source>
        <translation>Zeile %2 von %1, Byte %3: Text nach dem schließenden Anführungszeichen eines Felds. %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Line %2 of %1 has more than %3 fields.</source>
        <translation>Zeile %2 von %1 hat mehr als %3 Felder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %2 of %1: %3 is longer than %4; a field may hold at most that much.</source>
        <translation>Zeile %2 von %1: %3 ist länger als %4; ein Feld darf höchstens so viel enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Perhaps the quote that opens it on line %1 lacks its closing quote.</source>
        <translation>Vielleicht fehlt dem Anführungszeichen, das es in Zeile %1 öffnet, das schließende.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %2 of %1: the row is longer than %3.</source>
        <translation>Zeile %2 von %1: die Zeile ist länger als %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a quoted field begins on line %1 and is never closed: the file ends inside it (cut off?)</source>
        <translation>ein Feld in Anführungszeichen beginnt in Zeile %1 und wird nie geschlossen: die Datei endet darin (abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %2 of %1: a quoted field begins here and is never closed. Add its closing quote (&quot;).</source>
        <translation>Zeile %2 von %1: ein Feld in Anführungszeichen beginnt hier und wird nie geschlossen. Ergänzen Sie das schließende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Speichern Sie die Datei als UTF-8 (in einer Tabellenkalkulation: &quot;CSV UTF-8&quot;) und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>redress::core::CustomerRepository</name>
    <message>
        <location filename="../../core/store/CustomerRepository.cpp" line="+51"/>
        <source>Name the customer who is complaining.</source>
        <translation>Nennen Sie den Kunden, der sich beschwert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer&apos;s name may be at most 200 characters long.</source>
        <translation>Der Name eines Kunden darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company name may be at most 200 characters long.</source>
        <translation>Ein Firmenname darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address may be at most 320 characters long.</source>
        <translation>Eine E-Mail-Adresse darf höchstens 320 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number may be at most 50 characters long.</source>
        <translation>Eine Telefonnummer darf höchstens 50 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer&apos;s lifetime value cannot be negative.</source>
        <translation>Der Kundenwert eines Kunden kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>adding customer %1</source>
        <translation>Kunde %1 wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading customer %1</source>
        <translation>Kunde %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>looking up customers</source>
        <translation>Kunden werden nachgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>counting customers</source>
        <translation>Kunden werden gezählt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the history of customer %1</source>
        <translation>beim Lesen des Verlaufs von Kunde %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Customer %1 was merged into customer %2; edit that record.</source>
        <translation>Kunde %1 wurde in Kunde %2 zusammengeführt; bearbeiten Sie diesen Datensatz.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>saving customer %1</source>
        <translation>beim Speichern von Kunde %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A customer cannot be merged into themselves.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customer %1 was already merged into customer %2.</source>
        <translation>Kunde %1 wurde bereits in Kunde %2 zusammengeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 was itself merged into customer %2; merge into that record.</source>
        <translation>Kunde %1 wurde selbst in Kunde %2 zusammengeführt; führen Sie in diesen Datensatz zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merging customer %1 into customer %2</source>
        <translation>beim Zusammenführen von Kunde %1 in Kunde %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>customer %1 merged into customer %2</source>
        <translation>Kunde %1 in Kunde %2 zusammengeführt</translation>
    </message>
</context>
<context>
    <name>redress::core::Dashboard</name>
    <message>
        <location filename="../../core/report/Dashboard.cpp" line="+217"/>
        <source>0–1 days</source>
        <translation>0–1 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2–7 days</source>
        <translation>2–7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8–30 days</source>
        <translation>8–30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31–90 days</source>
        <translation>31–90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 90 days</source>
        <translation>über 90 Tage</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>The dashboard was cancelled before all its figures were in.</source>
        <translation>Das Dashboard wurde abgebrochen, bevor alle Kennzahlen vorlagen.</translation>
    </message>
    <message>
        <location filename="../../core/store/DashboardRepository.cpp" line="+121"/>
        <source>adding the loaded cases to the dashboard&apos;s figures</source>
        <translation>die geladenen Fälle werden zu den Zahlen des Dashboards addiert</translation>
    </message>
    <message>
        <location line="+136"/>
        <location line="+5"/>
        <source>adding up the cases for the dashboard</source>
        <translation>Fälle werden für das Dashboard summiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>counting the SLA breaches</source>
        <translation>SLA-Verletzungen werden gezählt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>counting the escalated cases</source>
        <translation>eskalierte Fälle werden gezählt</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>measuring the time to resolution</source>
        <translation>Zeit bis zur Lösung wird gemessen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>adding up the customers retained</source>
        <translation>gehaltene Kunden werden summiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>sorting the open cases by age</source>
        <translation>offene Fälle werden nach Alter sortiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+37"/>
        <source>counting the promises kept</source>
        <translation>eingehaltene Zusagen werden gezählt</translation>
    </message>
</context>
<context>
    <name>redress::core::Database</name>
    <message>
        <location filename="../../core/store/Database.cpp" line="+215"/>
        <source>There is no Redress database at %1.</source>
        <translation>Unter %1 gibt es keine Redress-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 is %2, not a Redress database.</source>
        <translation>%1 ist %2, keine Redress-Datenbank.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>switching to WAL</source>
        <translation>Umstellung auf WAL</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a PostgreSQL address; write it as postgresql://user@host:port/database.</source>
        <translation>%1 ist keine PostgreSQL-Adresse; schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL server on %1 refused the login of %2. Check the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>Der PostgreSQL-Server auf %1 hat die Anmeldung von %2 abgelehnt. Prüfen Sie das Passwort in ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL server on %1 could not be verified. Off this computer Redress checks the server&apos;s certificate (sslmode=verify-full): put the certificate of the authority that signed it in ~/.postgresql/root.crt, or, on a network you trust, name another sslmode in the address (?sslmode=require) or in PGSSLMODE.</source>
        <translation>Der PostgreSQL-Server auf %1 konnte nicht geprüft werden. Außerhalb dieses Rechners prüft Redress das Zertifikat des Servers (sslmode=verify-full): Legen Sie das Zertifikat der ausstellenden Stelle in ~/.postgresql/root.crt ab oder geben Sie in einem vertrauenswürdigen Netz einen anderen sslmode in der Adresse (?sslmode=require) oder in PGSSLMODE an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL server on %1 has no database %2 for %3; ask its administrator to create it.</source>
        <translation>Der PostgreSQL-Server auf %1 hat keine Datenbank %2 für %3; bitten Sie seine Administration, sie anzulegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL server on %1 cannot be reached; is it running?</source>
        <translation>Der PostgreSQL-Server auf %1 ist nicht erreichbar; läuft er?</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The disk holding %1 is full. Free some space on it (%2) and start again; nothing was changed.</source>
        <translation>Der Datenträger mit %1 ist voll. Schaffen Sie dort Platz (%2) und starten Sie erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe</source>
        <translation>eine Pipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is read-only for you. Ask its owner for write access, or open a copy of it you may write to.</source>
        <translation>%1 ist für Sie schreibgeschützt. Bitten Sie den Eigentümer um Schreibrecht oder öffnen Sie eine Kopie, die Sie beschreiben dürfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder %1 is read-only for you, and Redress writes its store %2 and the store&apos;s journal there. Ask for write access to the folder, or move the store to a folder of yours.</source>
        <translation>Der Ordner %1 ist für Sie schreibgeschützt, und Redress schreibt dort seinen Datenbestand %2 und dessen Journal. Bitten Sie um Schreibrecht für den Ordner oder verschieben Sie den Datenbestand in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is not a Redress database: it is not an SQLite database file.</source>
        <translation>%1 ist keine Redress-Datenbank: es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 cannot be read as a database; it may be damaged.</source>
        <translation>%1 kann nicht als Datenbank gelesen werden; sie ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the file&apos;s header</source>
        <translation>Dateikopf wird gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is an SQLite database of another program, not a Redress database.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine Redress-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer Redress (schema version %2; this version knows up to %3). Update Redress to open it.</source>
        <translation>%1 wurde von einer neueren Redress-Version geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Redress, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>redress::core::DemoGenerator</name>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="+259"/>
        <source>writing the demo cases</source>
        <translation>Demo-Fälle werden geschrieben</translation>
    </message>
    <message>
        <location line="+588"/>
        <source>No temporary folder for the demo store: %1</source>
        <translation>Kein temporärer Ordner für den Demobestand: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The number of demo cases must be between 0 and 100000000.</source>
        <translation>Die Anzahl der Demo-Fälle muss zwischen 0 und 100000000 liegen.</translation>
    </message>
    <message>
        <location filename="../../core/store/DemoStore.cpp" line="+23"/>
        <source>reading the gesture catalogue</source>
        <translation>Katalog der Kulanzleistungen wird gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the root-cause taxonomy</source>
        <translation>Taxonomie der Grundursachen wird gelesen</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="-459"/>
        <source>The demo needs at least one active gesture and one root cause in the store.</source>
        <translation>Die Demo braucht mindestens eine aktive Kulanzleistung und eine Grundursache im Datenbestand.</translation>
    </message>
    <message>
        <location line="+402"/>
        <source>Writing demo case %1 failed; %2 cases were kept.</source>
        <translation>Schreiben des Demo-Falls %1 fehlgeschlagen; %2 Fälle wurden behalten.</translation>
    </message>
    <message>
        <location filename="../../core/store/BulkLoad.cpp" line="+56"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+12"/>
        <source>preparing the bulk load</source>
        <translation>Massenimport wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../../core/store/DemoStore.cpp" line="+21"/>
        <source>preparing the demo cases</source>
        <translation>Demo-Fälle werden vorbereitet</translation>
    </message>
    <message>
        <location filename="../../core/demo/DemoGenerator.cpp" line="-337"/>
        <source>Stopped; no demo case was added.</source>
        <translation>Angehalten; kein Demo-Fall wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped after %1 of %2 demo cases; those were kept.</source>
        <translation>Nach %1 von %2 Demo-Fällen angehalten; diese wurden behalten.</translation>
    </message>
    <message>
        <location filename="../../core/store/DemoStore.cpp" line="-9"/>
        <location line="+18"/>
        <source>adding the demo problem records</source>
        <translation>Demo-Problemberichte werden hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../core/store/BulkLoad.cpp" line="+32"/>
        <source>rebuilding the indexes after the bulk load</source>
        <translation>Indizes werden nach dem Massenimport neu aufgebaut</translation>
    </message>
</context>
<context>
    <name>redress::core::DraftRepository</name>
    <message>
        <location filename="../../core/store/DraftRepository.cpp" line="+39"/>
        <source>keeping the draft</source>
        <translation>Entwurf wird gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading the draft</source>
        <translation>Entwurf wird gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The saved draft cannot be read.</source>
        <translation>Der gespeicherte Entwurf kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>discarding the draft</source>
        <translation>Entwurf wird verworfen</translation>
    </message>
</context>
<context>
    <name>redress::core::Effectiveness</name>
    <message>
        <location filename="../../core/store/EffectivenessRepository.cpp" line="+30"/>
        <source>measuring whether complaints for %1 fell</source>
        <translation>es wird gemessen, ob die Beschwerden zu %1 gesunken sind</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no problem %1.</source>
        <translation>Es gibt kein Problem %1.</translation>
    </message>
    <message>
        <location filename="../../core/cases/EffectivenessRule.cpp" line="+112"/>
        <source>No corrective action has taken effect yet.</source>
        <translation>Noch keine Korrekturmaßnahme ist wirksam geworden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 complete weeks after %2; at least %3 are needed.</source>
        <translation>%1 volle Wochen nach %2; mindestens %3 sind nötig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Too few complaints to judge: %1 of %2 before, %3 of %4 after.</source>
        <translation>Zu wenige Beschwerden für ein Urteil: %1 von %2 davor, %3 von %4 danach.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 per 100 analysed complaints before, %2 after</source>
        <translation>%1 pro 100 analysierte Beschwerden davor, %2 danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints fell: %1 (z = %2).</source>
        <translation>Die Beschwerden sind gesunken: %1 (z = %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints did not fall enough to be sure: %1 (z = %2).</source>
        <translation>Die Beschwerden sind nicht deutlich genug gesunken, um sicher zu sein: %1 (z = %2).</translation>
    </message>
</context>
<context>
    <name>redress::core::Erasure</name>
    <message>
        <location filename="../../core/store/Erasure.cpp" line="+457"/>
        <source>%1 (%2) may not erase a customer&apos;s personal data; an administrator can.</source>
        <translation>%1 (%2) darf die persönlichen Daten eines Kunden nicht löschen; eine Administratorin oder ein Administrator darf es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>erasing the personal data of customer %1</source>
        <translation>die persönlichen Daten von Kunde %1 löschen</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Personal data erased on request.</source>
        <translation>Persönliche Daten auf Antrag gelöscht.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>reading the register of erasures</source>
        <translation>das Löschregister lesen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>erasing again what the register of erasures names</source>
        <translation>erneut löschen, was das Löschregister nennt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>removing erased data from the server&apos;s tables</source>
        <translation>gelöschte Daten aus den Tabellen des Servers entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>removing erased data from the store&apos;s files</source>
        <translation>gelöschte Daten aus den Dateien des Bestands entfernen</translation>
    </message>
</context>
<context>
    <name>redress::core::EscalationRepository</name>
    <message>
        <location filename="../../core/store/EscalationRepository.cpp" line="+128"/>
        <source>waiting for another desk&apos;s escalation pass</source>
        <translation>beim Warten auf den Eskalationslauf eines anderen Arbeitsplatzes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>finding cases due for escalation</source>
        <translation>zu eskalierende Fälle werden gesucht</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1; due %2</source>
        <translation>%1; fällig %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Say why %1 needs escalating.</source>
        <translation>Geben Sie an, warum %1 eskaliert werden muss.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+165"/>
        <location line="+36"/>
        <source>escalating %1</source>
        <translation>%1 wird eskaliert</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is closed; reopen it before escalating.</source>
        <translation>%1 ist geschlossen; öffnen Sie ihn wieder, bevor Sie eskalieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already with the service executive.</source>
        <translation>%1 liegt bereits beim Service-Verantwortlichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already with the team lead; only a lead can take it on to the service executive.</source>
        <translation>%1 liegt bereits bei der Teamleitung; nur eine Teamleitung kann ihn an den Service-Verantwortlichen weitergeben.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2) may not record an executive&apos;s obligation.</source>
        <translation>%1 (%2) darf keine Verpflichtung eines Verantwortlichen erfassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what was done: %1.</source>
        <translation>Halten Sie fest, was getan wurde: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recording an obligation</source>
        <translation>Verpflichtung wird erfasst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalation %1 carries no such obligation.</source>
        <translation>Die Eskalation %1 hat keine solche Verpflichtung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was already recorded for %2 by %3 on %4.</source>
        <translation>„%1“ wurde für %2 bereits von %3 am %4 erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prevention suggestion for %1 comes after it is resolved.</source>
        <translation>Der Vorschlag zur Vermeidung für %1 kommt nach dessen Lösung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>reading the escalations of %1</source>
        <translation>Eskalationen von %1 werden gelesen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>counting the queues</source>
        <translation>Warteschlangen werden gezählt</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Call the customer&apos;s executive and apologise</source>
        <translation>Den Verantwortlichen des Kunden anrufen und sich entschuldigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a realistic repair estimate</source>
        <translation>Eine realistische Reparaturschätzung geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest how to prevent it (after resolution)</source>
        <translation>Vorschlagen, wie es sich vermeiden lässt (nach der Lösung)</translation>
    </message>
</context>
<context>
    <name>redress::core::ExportColumns</name>
    <message>
        <location filename="../../core/io/ExportColumns.cpp" line="+23"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology sent</source>
        <translation>Entschuldigung gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestures</source>
        <translation>Kulanzleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gesture cost</source>
        <translation>Kosten der Kulanzleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept</source>
        <translation>Versprechen eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second failure</source>
        <translation>Zweiter Fehlschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer wants</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised by</source>
        <translation>Zugesagt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education gap</source>
        <translation>Schulungslücke</translation>
    </message>
</context>
<context>
    <name>redress::core::FollowUpRepository</name>
    <message>
        <location filename="../../core/store/FollowUpRepository.cpp" line="+66"/>
        <source>The score</source>
        <translation>Die Bewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The score before</source>
        <translation>Die Bewertung davor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The comment is %1 characters long; at most %2 fit.</source>
        <translation>Der Kommentar ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recording the follow-up of %1</source>
        <translation>Nachfassen von %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2; a follow-up is recorded once the case is resolved.</source>
        <translation>%1 ist %2; ein Nachfassen wird erfasst, sobald der Fall gelöst ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has been followed up already.</source>
        <translation>Bei %1 wurde bereits nachgefasst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the follow-up of %1</source>
        <translation>Nachfassen von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading the follow-up queue</source>
        <translation>Nachfass-Warteschlange wird gelesen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>%1 is %2; it runs from %3 to %4.</source>
        <translation>%1 ist %2; es läuft von %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>redress::core::Identity</name>
    <message>
        <location filename="../../core/store/Identity.cpp" line="+56"/>
        <source>asking the server who is logged in</source>
        <translation>den Server fragen, wer angemeldet ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>asking the server whether this login owns the store</source>
        <translation>den Server fragen, ob diese Anmeldung den Datenbestand besitzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>looking up the server login %1</source>
        <translation>die Server-Anmeldung %1 nachschlagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>acting as %1 on this desk&apos;s store needs %1&apos;s Redress password; this desk&apos;s account is %2.</source>
        <translation>als %1 im Datenbestand dieses Arbeitsplatzes zu handeln braucht das Redress-Passwort von %1; das Konto dieses Arbeitsplatzes ist %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on a team&apos;s server you act as the login you connected with (%1), not as %2.</source>
        <translation>auf dem Server eines Teams handeln Sie als die Anmeldung, mit der Sie verbunden sind (%1), nicht als %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a Redress user of this store; ask an admin to add you with `redress-cli users add %1`.</source>
        <translation>%1 ist kein Redress-Benutzer dieses Datenbestands; bitten Sie einen Administrator, Sie mit `redress-cli users add %1` hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>redress::core::ImportProfile</name>
    <message>
        <location filename="../../core/io/ImportProfile.cpp" line="+48"/>
        <source>The import profile %1 is not JSON: %2 at byte %3.</source>
        <translation>Das Importprofil %1 ist kein JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import profile %1 must be a JSON object with &quot;columns&quot;, &quot;set&quot;, &quot;dates&quot;, &quot;values&quot; or &quot;key&quot;.</source>
        <translation>Das Importprofil %1 muss ein JSON-Objekt mit &quot;columns&quot;, &quot;set&quot;, &quot;dates&quot;, &quot;values&quot; oder &quot;key&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import profile %1: %2.</source>
        <translation>Das Importprofil %1: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;columns&quot; maps each header to a field key or null</source>
        <translation>&quot;columns&quot; ordnet jeder Spaltenüberschrift einen Feldschlüssel oder null zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &apos;%1&apos; maps to &apos;%2&apos;, which is no field; fields are %3</source>
        <translation>Spalte &apos;%1&apos; verweist auf &apos;%2&apos;, das kein Feld ist; Felder sind %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;set&quot; gives a field key a text</source>
        <translation>&quot;set&quot; gibt einem Feldschlüssel einen Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;set&quot; names &apos;%1&apos;, which is no field; fields are %2</source>
        <translation>&quot;set&quot; nennt &apos;%1&apos;, das kein Feld ist; Felder sind %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;set&quot; gives %1 a value that is not text</source>
        <translation>&quot;set&quot; gibt %1 einen Wert, der kein Text ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;dates&quot; is a list of Qt date formats such as &quot;dd-MM-yyyy HH:mm&quot;</source>
        <translation>&quot;dates&quot; ist eine Liste von Qt-Datumsformaten wie &quot;dd-MM-yyyy HH:mm&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;dates&quot; holds something that is not a date format</source>
        <translation>&quot;dates&quot; enthält etwas, das kein Datumsformat ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;values&quot; maps a field key to its translations</source>
        <translation>&quot;values&quot; ordnet einem Feldschlüssel seine Übersetzungen zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;values&quot; names &apos;%1&apos;, which is no field; fields are %2</source>
        <translation>&quot;values&quot; nennt &apos;%1&apos;, das kein Feld ist; Felder sind %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;values&quot; of %1 maps their values to ours</source>
        <translation>&quot;values&quot; von %1 ordnet deren Werte unseren zu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;values&quot; of %1 gives &apos;%2&apos; a value that is not text</source>
        <translation>&quot;values&quot; von %1 gibt &apos;%2&apos; einen Wert, der kein Text ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;key&quot; is &quot;external_id&quot; or &quot;reference&quot;, not &apos;%1&apos;</source>
        <translation>&quot;key&quot; ist &quot;external_id&quot; oder &quot;reference&quot;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not part of a profile; it has &quot;columns&quot;, &quot;set&quot;, &quot;dates&quot;, &quot;values&quot; and &quot;key&quot;</source>
        <translation>&apos;%1&apos; gehört nicht zu einem Profil; es hat &quot;columns&quot;, &quot;set&quot;, &quot;dates&quot;, &quot;values&quot; und &quot;key&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import profile %1 cannot be read: %2.</source>
        <translation>Das Importprofil %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large for an import profile; choose the profile&apos;s JSON file.</source>
        <translation>%1 ist zu groß für ein Importprofil; wählen Sie die JSON-Datei des Profils.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import profile cannot be saved to %1: %2.</source>
        <translation>Das Importprofil kann nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>redress::core::Lifecycle</name>
    <message>
        <location filename="../../core/cases/Lifecycle.cpp" line="+41"/>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot move from %2 to %3; from %2 it can move to: %4.</source>
        <translation>%1 kann nicht von %2 zu %3 wechseln; von %2 aus möglich: %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recovery</source>
        <translation>Wiedergutmachung beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Wiedereröffnen</translation>
    </message>
</context>
<context>
    <name>redress::core::MailPasses</name>
    <message>
        <location filename="../../core/mail/MailPasses.cpp" line="+81"/>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A message could not be read as mail (%1); it is kept as it came.</source>
        <translation>Eine Nachricht ließ sich nicht als E-Mail lesen (%1); sie bleibt so erhalten, wie sie kam.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The message &quot;%1&quot; from %2 is over the size limit: its attachments are listed but not kept.</source>
        <translation>Die Nachricht „%1“ von %2 ist größer als erlaubt: ihre Anhänge sind aufgeführt, aber nicht aufbewahrt.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reopened: the customer wrote again (%1).</source>
        <translation>Wieder geöffnet: der Kunde hat erneut geschrieben (%1).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(an empty message)</source>
        <translation>(eine leere Nachricht)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A message could not be filed (%1); it is kept as it came.</source>
        <translation>Eine Nachricht konnte nicht abgelegt werden (%1); sie bleibt so erhalten, wie sie kam.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Importing mail was cancelled; %1 of %2 files were taken in.</source>
        <translation>Der Mail-Import wurde abgebrochen; %1 von %2 Dateien wurden übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 MB: too large for a mail message.</source>
        <translation>%1 ist %2 MB groß: zu groß für eine E-Mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stored messages could not be marked on the server: %1</source>
        <translation>Gespeicherte Nachrichten konnten auf dem Server nicht markiert werden: %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 to %2 was not sent: %3</source>
        <translation>%1 an %2 wurde nicht gesendet: %3</translation>
    </message>
</context>
<context>
    <name>redress::core::MailRepository</name>
    <message>
        <location filename="../../core/store/MailRepository.cpp" line="+106"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not for a person (auto-reply, list or report)</source>
        <translation>Nicht von einer Person (automatische Antwort, Liste oder Bericht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reading the team mailbox&apos;s settings</source>
        <translation>die Einstellungen des Team-Postfachs lesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reading who sets up the mailbox</source>
        <translation>lesen, wer das Postfach einrichtet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only an administrator may set up the team mailbox.</source>
        <translation>Nur ein Administrator darf das Team-Postfach einrichten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saving the team mailbox&apos;s settings</source>
        <translation>die Einstellungen des Team-Postfachs speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the conversation of %1</source>
        <translation>die Korrespondenz von %1 lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading an attachment</source>
        <translation>einen Anhang lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such attachment.</source>
        <translation>Diesen Anhang gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was over the size limit and was not kept; the listing is all there is.</source>
        <translation>%1 war größer als erlaubt und wurde nicht aufbewahrt; nur der Eintrag ist vorhanden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading a message</source>
        <translation>eine Nachricht lesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such message.</source>
        <translation>Diese Nachricht gibt es nicht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>reading whom to write to on %1</source>
        <translation>lesen, an wen zu %1 geschrieben wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Write the message before sending it.</source>
        <translation>Schreiben Sie die Nachricht, bevor Sie sie senden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team mailbox is set up: an administrator sets it up in Settings › Mail or with redress-cli mail setup.</source>
        <translation>Es ist kein Team-Postfach eingerichtet: ein Administrator richtet es unter Einstellungen › E-Mail oder mit redress-cli mail setup ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&apos;s customer has no e-mail address to write to.</source>
        <translation>Der Kunde von %1 hat keine E-Mail-Adresse, an die geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Your complaint about %1</source>
        <translation>Ihre Beschwerde zu %1</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>counting messages</source>
        <translation>Nachrichten zählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counting attachments</source>
        <translation>Anhänge zählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>looking for message %1</source>
        <translation>Nachricht %1 suchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>finding the case of message %1</source>
        <translation>den Fall der Nachricht %1 finden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading case %1</source>
        <translation>Fall %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>finding the customer who writes from %1</source>
        <translation>den Kunden finden, der von %1 schreibt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>storing message %1</source>
        <translation>Nachricht %1 speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>storing attachment %1</source>
        <translation>Anhang %1 speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filing a message with %1</source>
        <translation>eine Nachricht bei %1 ablegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>finding message %1</source>
        <translation>Nachricht %1 finden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>marking message %1 undelivered</source>
        <translation>Nachricht %1 als nicht zugestellt markieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading where fetching from %1 stands</source>
        <translation>lesen, wie weit der Abruf aus %1 ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recording where fetching from %1 stands</source>
        <translation>festhalten, wie weit der Abruf aus %1 ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the outbox</source>
        <translation>den Postausgang lesen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>recording what the mail server answered</source>
        <translation>die Antwort des Mailservers festhalten</translation>
    </message>
</context>
<context>
    <name>redress::core::Migrations</name>
    <message>
        <location filename="../../core/store/Migrations.cpp" line="+1372"/>
        <source>reading the schema version</source>
        <translation>Schemaversion wird gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database %1 holds tables of another program, not a Redress store.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms, keinen Redress-Bestand.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The store was written by a newer Redress (schema version %1; this version knows up to %2). Update Redress to open it.</source>
        <translation>Der Bestand wurde von einem neueren Redress geschrieben (Schemaversion %1; diese Version kennt bis %2). Aktualisieren Sie Redress, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The upgrade was stopped before schema version %1; the store is whole at version %2 and the next start carries on from there.</source>
        <translation>Die Aktualisierung wurde vor Schemaversion %1 angehalten; der Speicher ist vollständig auf Version %2, und der nächste Start macht dort weiter.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+86"/>
        <source>upgrading the store to schema version %1</source>
        <translation>Datenbestand wird auf Schemaversion %1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>redress::core::Mime</name>
    <message>
        <location filename="../../core/mail/Mime.cpp" line="+569"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bytes are not a mail message: they have no header.</source>
        <translation>Die Daten sind keine E-Mail-Nachricht: Ihnen fehlt der Kopf.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bytes are not a mail message.</source>
        <translation>Die Daten sind keine E-Mail-Nachricht.</translation>
    </message>
</context>
<context>
    <name>redress::core::PasswordHash</name>
    <message>
        <location filename="../../core/store/PasswordHash.cpp" line="+28"/>
        <source>A password cannot be empty.</source>
        <translation>Ein Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password may be at most %1 characters long.</source>
        <translation>Ein Passwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password could not be protected.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
</context>
<context>
    <name>redress::core::Priority</name>
    <message>
        <location filename="../../core/cases/Priority.cpp" line="+47"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>severity %1 × impact %2</source>
        <translation>Schweregrad %1 × Auswirkung %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The priority matrix has a cell outside it: %1.</source>
        <translation>Die Prioritätsmatrix hat eine Zelle außerhalb: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The priority matrix gives %1 the unknown priority &apos;%2&apos;.</source>
        <translation>Die Prioritätsmatrix gibt %1 die unbekannte Priorität &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The priority matrix gives %1 twice.</source>
        <translation>Die Prioritätsmatrix gibt %1 doppelt an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The priority matrix has no priority for %1.</source>
        <translation>Die Prioritätsmatrix hat keine Priorität für %1.</translation>
    </message>
</context>
<context>
    <name>redress::core::PriorityRepository</name>
    <message>
        <location filename="../../core/store/PriorityRepository.cpp" line="+34"/>
        <source>reading the priority matrix</source>
        <translation>Prioritätsmatrix wird gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2) may not change the priority matrix.</source>
        <translation>%1 (%2) darf die Prioritätsmatrix nicht ändern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>saving the priority matrix</source>
        <translation>Prioritätsmatrix wird gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>re-deriving the priority of open cases</source>
        <translation>Priorität offener Fälle wird neu abgeleitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>priority matrix changed</source>
        <translation>Prioritätsmatrix geändert</translation>
    </message>
</context>
<context>
    <name>redress::core::PrivateFile</name>
    <message>
        <location filename="../../core/PrivateFile.cpp" line="+29"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a pipe</source>
        <translation>eine Pipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is %2, not a file; name a file to write.</source>
        <translation>%1 ist %2, keine Datei; geben Sie eine Datei zum Schreiben an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 was not opened for writing.</source>
        <translation>%1 wurde nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
</context>
<context>
    <name>redress::core::Problem</name>
    <message>
        <location filename="../../core/cases/Problem.cpp" line="+44"/>
        <source>Defect</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer education</source>
        <translation>Kundenschulung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Maßnahme ergriffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fell</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet known</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not fall</source>
        <translation>Nicht gesunken</translation>
    </message>
</context>
<context>
    <name>redress::core::ProblemRepository</name>
    <message>
        <location filename="../../core/store/ProblemRepository.cpp" line="+157"/>
        <source>%1 (%2) may not %3; problem records are kept by leads, quality, executives and admins.</source>
        <translation>%1 (%2) darf nicht %3; Problemberichte führen Teamleitungen, Qualität, Service-Verantwortliche und Administratoren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>checking the problem record</source>
        <translation>Problembericht wird geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem needs a title: what goes wrong, in a line.</source>
        <translation>Ein Problem braucht einen Titel: was schiefgeht, in einer Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The title is %1 characters long; at most %2 fit.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a root cause from the taxonomy.</source>
        <translation>Wählen Sie eine Grundursache aus der Taxonomie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no root cause #%1; choose one from the taxonomy.</source>
        <translation>Es gibt keine Grundursache #%1; wählen Sie eine aus der Taxonomie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem needs an owner, who will review it.</source>
        <translation>Ein Problem braucht einen Verantwortlichen, der es überprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no user #%1 to own the problem.</source>
        <translation>Es gibt keinen Benutzer #%1, dem das Problem gehören könnte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 and could not review the problem; choose a lead, quality, an executive or an admin.</source>
        <translation>%1 ist %2 und könnte das Problem nicht überprüfen; wählen Sie eine Teamleitung, Qualität, einen Service-Verantwortlichen oder einen Administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrective action is %1 characters long; at most %2 fit.</source>
        <translation>Die Korrekturmaßnahme ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A problem marked &apos;%1&apos; needs the corrective action that was taken.</source>
        <translation>Ein als &apos;%1&apos; markiertes Problem braucht die ergriffene Korrekturmaßnahme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A problem marked &apos;%1&apos; needs the day its corrective action took effect.</source>
        <translation>Ein als &apos;%1&apos; markiertes Problem braucht den Tag, an dem die Korrekturmaßnahme wirksam wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The effective day %1 is more than a year ahead; enter the day the corrective action takes effect.</source>
        <translation>Der Wirksamkeitstag %1 liegt mehr als ein Jahr in der Zukunft; geben Sie den Tag ein, an dem die Korrekturmaßnahme wirkt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The effective day %1 is before 2000; check the year.</source>
        <translation>Der Wirksamkeitstag %1 liegt vor 2000; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A review %1 days after the effective day is not possible; it takes 1 to %2 days.</source>
        <translation>Eine Überprüfung %1 Tage nach dem Wirksamkeitstag ist nicht möglich; sie dauert 1 bis %2 Tage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open a problem record</source>
        <translation>einen Problembericht eröffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>change a problem record</source>
        <translation>einen Problembericht ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>opening the problem record</source>
        <translation>Problembericht wird eröffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saving %1</source>
        <translation>%1 wird gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+77"/>
        <location line="+61"/>
        <location line="+56"/>
        <source>There is no problem %1.</source>
        <translation>Es gibt kein Problem %1.</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>%1 was changed at another desk since it was read; read it again.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert, seit es gelesen wurde; lesen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the problem records</source>
        <translation>Problemberichte werden gelesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the problems of %1</source>
        <translation>Probleme von %1 werden gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the cases of %1</source>
        <translation>Fälle von %1 werden gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>linking cases to %1</source>
        <translation>Fälle werden mit %1 verknüpft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is closed and takes no more cases; reopen it or open a new problem.</source>
        <translation>%1 ist geschlossen und nimmt keine Fälle mehr auf; öffnen Sie es wieder oder eröffnen Sie ein neues Problem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no case %1; no case was linked to %2.</source>
        <translation>Es gibt keinen Fall %1; kein Fall wurde mit %2 verknüpft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>linking the cases of a root cause to %1</source>
        <translation>Fälle einer Grundursache werden mit %1 verknüpft</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unlinking %1 from %2</source>
        <translation>Verknüpfung von %1 mit %2 wird gelöst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not linked to %2.</source>
        <translation>%1 ist nicht mit %2 verknüpft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reading the reviews of %1</source>
        <translation>Überprüfungen von %1 werden gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the effectiveness reviews due</source>
        <translation>fällige Wirksamkeitsprüfungen werden gelesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complete an effectiveness review</source>
        <translation>eine Wirksamkeitsprüfung abschließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note is %1 characters long; at most %2 fit.</source>
        <translation>Die Notiz ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>completing review #%1</source>
        <translation>Überprüfung #%1 wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>There is no review #%1.</source>
        <translation>Es gibt keine Überprüfung #%1.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <source>The review of %1 has been completed already.</source>
        <translation>Die Überprüfung von %1 wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Deleted root cause #</source>
        <translation>Gelöschte Grundursache #</translation>
    </message>
</context>
<context>
    <name>redress::core::ProductRepository</name>
    <message>
        <location filename="../../core/store/ProductRepository.cpp" line="+22"/>
        <source>Name the product the complaint is about.</source>
        <translation>Nennen Sie das Produkt, um das es in der Beschwerde geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product name may be at most 200 characters long.</source>
        <translation>Ein Produktname darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>looking up product %1</source>
        <translation>Produkt %1 wird nachgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>adding product %1</source>
        <translation>Produkt %1 wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>listing products</source>
        <translation>Produkte werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>redress::core::Recovery</name>
    <message>
        <location filename="../../core/recovery/RecoveryTypes.cpp" line="+18"/>
        <source>No promise</source>
        <translation>Kein Versprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise pending</source>
        <translation>Versprechen offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept</source>
        <translation>Versprechen eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <translation>Versprechen gebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Given</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the apology</source>
        <translation>die Entschuldigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the solution and what the customer wants</source>
        <translation>die Lösung und was der Kunde möchte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a gesture given or approved, or the customer&apos;s decline</source>
        <translation>eine gewährte oder genehmigte Kulanzleistung oder die Ablehnung durch den Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the root-cause analysis</source>
        <translation>die Ursachenanalyse</translation>
    </message>
</context>
<context>
    <name>redress::core::RecoveryRepository</name>
    <message>
        <location filename="../../core/store/RecoveryRepository.cpp" line="+129"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) darf nicht %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading case %1</source>
        <translation>Fall %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is closed; reopen it to change its recovery.</source>
        <translation>%1 ist geschlossen; öffnen Sie ihn wieder, um seine Wiedergutmachung zu ändern.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>reading the recovery of %1</source>
        <translation>Wiedergutmachung von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>checking the recovery of %1</source>
        <translation>Wiedergutmachung von %1 wird geprüft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The apology is empty.</source>
        <translation>Die Entschuldigung ist leer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>recording the apology for %1</source>
        <translation>Entschuldigung für %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Describe the fix or the best alternative.</source>
        <translation>Beschreiben Sie die Behebung oder die beste Alternative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the customer what outcome they want, and write it in their words.</source>
        <translation>Fragen Sie den Kunden, welches Ergebnis er sich wünscht, und schreiben Sie es in seinen Worten auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A promise for %1 is already in the past.</source>
        <translation>Eine Zusage für %1 liegt bereits in der Vergangenheit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the solution of %1</source>
        <translation>Lösung von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording the solution for %1</source>
        <translation>Lösung für %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix: %1
The customer wants: %2</source>
        <translation>Behebung: %1
Der Kunde wünscht: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The note is too long.</source>
        <translation>Die Notiz ist zu lang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+201"/>
        <source>reading the gesture catalogue</source>
        <translation>Katalog der Kulanzleistungen wird gelesen</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>That gesture is not in the catalogue.</source>
        <translation>Diese Kulanzleistung ist nicht im Katalog.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>recording the gesture for %1</source>
        <translation>Kulanzleistung für %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the %1 limit of %2 for this case; waiting for approval. %3</source>
        <translation>Über dem Limit %1 von %2 für diesen Fall; wartet auf Genehmigung. %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>reading the gesture</source>
        <translation>Kulanzleistung wird gelesen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The gesture just recorded cannot be read back.</source>
        <translation>Die gerade erfasste Kulanzleistung kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decide on gestures</source>
        <translation>über Kulanzleistungen entscheiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the gesture is rejected; the rep will see it.</source>
        <translation>Geben Sie an, warum die Kulanzleistung abgelehnt wird; der Mitarbeiter sieht es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such gesture.</source>
        <translation>Diese Kulanzleistung gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This gesture on %1 was already decided: %2 by %3.</source>
        <translation>Über diese Kulanzleistung zu %1 wurde bereits entschieden: %2 von %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approving would bring %1 to %2, over your limit of %3; someone with a higher limit must decide.</source>
        <translation>Eine Genehmigung brächte %1 auf %2, über Ihr Limit von %3; jemand mit höherem Limit muss entscheiden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deciding on the gesture</source>
        <translation>über die Kulanzleistung wird entschieden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This gesture was decided at another desk a moment ago.</source>
        <translation>Über diese Kulanzleistung wurde gerade an einem anderen Arbeitsplatz entschieden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write down why the customer declined.</source>
        <translation>Halten Sie fest, warum der Kunde abgelehnt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording the decline for %1</source>
        <translation>Ablehnung für %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Up to %1 whys; %2 were given.</source>
        <translation>Bis zu %1 Warum-Fragen; %2 wurden angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A why may be at most 2000 characters long.</source>
        <translation>Ein Warum darf höchstens 2000 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a root cause from the taxonomy.</source>
        <translation>Wählen Sie eine Grundursache aus der Taxonomie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording the analysis of %1</source>
        <translation>Analyse von %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer-education gap.</source>
        <translation>Eine Lücke in der Kundenschulung.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the approval queue</source>
        <translation>Genehmigungswarteschlange wird gelesen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>change the gesture catalogue</source>
        <translation>den Katalog der Kulanzleistungen ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gesture needs a name of at most 200 characters.</source>
        <translation>Eine Kulanzleistung braucht einen Namen von höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a kind of gesture; the kinds are %2.</source>
        <translation>&apos;%1&apos; ist keine Art von Kulanzleistung; die Arten sind %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving the gesture %1</source>
        <translation>Kulanzleistung %1 wird gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adding the gesture %1</source>
        <translation>Kulanzleistung %1 wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the discretion limits</source>
        <translation>Ermessensgrenzen werden gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>change discretion limits</source>
        <translation>Ermessensgrenzen ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A limit of %1 is above your own (%2).</source>
        <translation>Ein Limit von %1 liegt über Ihrem eigenen (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saving the limit of %1</source>
        <translation>Limit von %1 wird gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <location line="+8"/>
        <source>reading the root-cause taxonomy</source>
        <translation>Taxonomie der Grundursachen wird gelesen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>change the root-cause taxonomy</source>
        <translation>die Taxonomie der Grundursachen ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A root cause needs a name of at most 100 characters.</source>
        <translation>Eine Grundursache braucht einen Namen von höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A root cause&apos;s name cannot contain &apos;›&apos;; add a child instead.</source>
        <translation>Der Name einer Grundursache darf kein &apos;›&apos; enthalten; legen Sie stattdessen eine Unterursache an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The parent root cause does not exist.</source>
        <translation>Die übergeordnete Grundursache existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is already there.</source>
        <translation>&apos;%1&apos; ist bereits vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>adding the root cause %1</source>
        <translation>Grundursache %1 wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The root cause just added cannot be read back.</source>
        <translation>Die gerade hinzugefügte Grundursache kann nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reading how long such problems took to fix</source>
        <translation>es wird gelesen, wie lange die Behebung solcher Probleme dauerte</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>This text is %1 characters long; at most %2 fit.</source>
        <translation>Dieser Text ist %1 Zeichen lang; höchstens %2 passen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cost of %1 is beyond what a gesture can be (at most %2).</source>
        <translation>Kosten von %1 übersteigen, was eine Kulanzleistung sein kann (höchstens %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>adding up the gestures of %1</source>
        <translation>Kulanzleistungen von %1 werden summiert</translation>
    </message>
</context>
<context>
    <name>redress::core::Reports</name>
    <message>
        <location filename="../../core/store/ReportRepository.cpp" line="+144"/>
        <source>The range starts on %1, after it ends on %2.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
    <message>
        <location filename="../../core/store/DashboardRepository.cpp" line="-261"/>
        <location line="+17"/>
        <location filename="../../core/store/ReportRepository.cpp" line="+29"/>
        <location line="+17"/>
        <source>adding up the root causes</source>
        <translation>Grundursachen werden summiert</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../core/store/ReportRepository.cpp" line="+27"/>
        <source>Not analysed yet</source>
        <translation>Noch nicht analysiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/store/ReportRepository.cpp" line="+1"/>
        <source>counting complaints per period</source>
        <translation>Beschwerden pro Zeitraum werden gezählt</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../core/store/ReportRepository.cpp" line="+25"/>
        <source>counting champions per period</source>
        <translation>Fürsprecher pro Zeitraum werden gezählt</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+41"/>
        <location filename="../../core/store/ReportRepository.cpp" line="-166"/>
        <source>Deleted root cause #</source>
        <translation>Gelöschte Grundursache #</translation>
    </message>
</context>
<context>
    <name>redress::core::SecondFailure</name>
    <message>
        <location filename="../../core/store/SecondFailure.cpp" line="+49"/>
        <source>%1 (%2) may not change the second-failure window; a team lead can.</source>
        <translation>%1 (%2) darf das Zeitfenster für zweite Fehlschläge nicht ändern; eine Teamleitung kann es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The second-failure window is 0 to %1 days.</source>
        <translation>Das Zeitfenster für zweite Fehlschläge beträgt 0 bis %1 Tage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checking whether %1 is a second failure</source>
        <translation>beim Prüfen, ob %1 ein zweiter Fehlschlag ist</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Second failure: the recovery of %1 did not hold.</source>
        <translation>Zweiter Fehlschlag: Die Wiedergutmachung von %1 hat nicht gehalten.</translation>
    </message>
</context>
<context>
    <name>redress::core::ServerRoles</name>
    <message>
        <location filename="../../core/store/ServerRoles.cpp" line="+382"/>
        <source>giving %1 the server role %2</source>
        <translation>%1 die Serverrolle %2 geben</translation>
    </message>
</context>
<context>
    <name>redress::core::SlaClock</name>
    <message>
        <location filename="../../core/sla/SlaClock.cpp" line="+42"/>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service executive</source>
        <translation>Service-Verantwortlicher</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not acknowledged in time</source>
        <translation>nicht rechtzeitig bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer not contacted in time</source>
        <translation>Kunde nicht rechtzeitig kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not resolved in time</source>
        <translation>nicht rechtzeitig gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still unresolved after the team lead&apos;s time</source>
        <translation>nach der Frist der Teamleitung noch ungelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated by hand</source>
        <translation>manuell eskaliert</translation>
    </message>
</context>
<context>
    <name>redress::core::SlaPolicies</name>
    <message>
        <location filename="../../core/sla/SlaPolicy.cpp" line="+73"/>
        <source>There are no SLA targets for priority %1.</source>
        <translation>Es gibt keine SLA-Ziele für Priorität %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time to first contact</source>
        <translation>Zeit bis zum Erstkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time with the team lead before the executive</source>
        <translation>Zeit bei der Teamleitung vor dem Service-Verantwortlichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 for priority %2 is negative (%3 minutes).</source>
        <translation>Die %1 für Priorität %2 ist negativ (%3 Minuten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 for priority %2 must be more than zero.</source>
        <translation>Die %1 für Priorität %2 muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 for priority %2 is longer than a year.</source>
        <translation>Die %1 für Priorität %2 ist länger als ein Jahr.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The working week is not readable: %1.</source>
        <translation>Die Arbeitswoche ist nicht lesbar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an object of weekdays</source>
        <translation>erwartet wurde ein Objekt mit Wochentagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working hours must be two times such as [&quot;09:00&quot;, &quot;17:00&quot;].</source>
        <translation>Arbeitszeiten müssen zwei Uhrzeiten sein, etwa [&quot;09:00&quot;, &quot;17:00&quot;].</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The holidays are not readable: %1.</source>
        <translation>Die Feiertage sind nicht lesbar: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list of days</source>
        <translation>erwartet wurde eine Liste von Tagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Holiday %1 needs dates written as YYYY-MM-DD.</source>
        <translation>Feiertag %1 braucht Datumsangaben im Format JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>redress::core::SlaRepository</name>
    <message>
        <location filename="../../core/store/SlaRepository.cpp" line="+82"/>
        <source>updating the due times of %1</source>
        <translation>Fälligkeiten von %1 werden aktualisiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reading the SLA calendar</source>
        <translation>SLA-Kalender wird gelesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the SLA targets</source>
        <translation>SLA-Ziele werden gelesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2) may not change the SLA calendar or targets.</source>
        <translation>%1 (%2) darf den SLA-Kalender und die SLA-Ziele nicht ändern.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>saving the SLA calendar</source>
        <translation>SLA-Kalender wird gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saving the SLA targets for %1</source>
        <translation>SLA-Ziele für %1 werden gespeichert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stopping the clock of %1</source>
        <translation>Uhr von %1 wird angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restarting the clock of %1</source>
        <translation>Uhr von %1 wird neu gestartet</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+199"/>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not awaiting resolution, so its clock is not running.</source>
        <translation>%1 wartet nicht auf eine Lösung, daher läuft seine Uhr nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already waiting on the customer.</source>
        <translation>%1 wartet bereits auf den Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not waiting on the customer.</source>
        <translation>%1 wartet nicht auf den Kunden.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>reading the pauses of %1</source>
        <translation>Pausen von %1 werden gelesen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading response times from the timeline</source>
        <translation>Reaktionszeiten werden aus dem Verlauf gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>updating the due times of open cases</source>
        <translation>Fälligkeiten offener Fälle werden aktualisiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>updating the SLA clock of %1</source>
        <translation>SLA-Uhr von %1 wird aktualisiert</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>recording the first contact of %1</source>
        <translation>Erstkontakt von %1 wird erfasst</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>reading the SLA clock of %1</source>
        <translation>SLA-Uhr von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>redress::core::StoreCopy</name>
    <message>
        <location filename="../../core/store/StoreCopy.cpp" line="+124"/>
        <source>Only a desk&apos;s SQLite store can be moved; %1 is not one.</source>
        <translation>Nur der SQLite-Bestand eines Arbeitsplatzes lässt sich umziehen; %1 ist keiner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two stores are at different schema versions (%1 and %2).</source>
        <translation>Die beiden Bestände haben verschiedene Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checking that the target store is empty</source>
        <translation>prüfen, dass der Zielbestand leer ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds %2 (%3 rows); a store is moved only into an empty one, so nothing was copied.</source>
        <translation>%1 enthält bereits %2 (%3 Zeilen); ein Bestand zieht nur in einen leeren um, daher wurde nichts kopiert.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>counting the rows of %1</source>
        <translation>die Zeilen von %1 zählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>clearing %1 in the target store</source>
        <translation>%1 im Zielbestand leeren</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>copying %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The move was cancelled; nothing was copied.</source>
        <translation>Der Umzug wurde abgebrochen; nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>verifying the copy of %1</source>
        <translation>die Kopie von %1 prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The copy of %1 holds %2 rows where the source has %3; nothing was kept.</source>
        <translation>Die Kopie von %1 hat %2 Zeilen, die Quelle %3; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>reading the tables of the source store</source>
        <translation>die Tabellen des Quellbestands lesen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>reading the tables of the target store</source>
        <translation>die Tabellen des Zielbestands lesen</translation>
    </message>
</context>
<context>
    <name>redress::core::SurveyAnswer</name>
    <message>
        <location filename="../../core/followup/SurveyAnswer.cpp" line="+129"/>
        <source>The reply has no words of its own.</source>
        <translation>Die Antwort enthält keine eigenen Worte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer asked not to be contacted again (&quot;%1&quot;).</source>
        <translation>Der Kunde bat, nicht mehr kontaktiert zu werden („%1“).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer says the fault is back (&quot;%1&quot;).</source>
        <translation>Der Kunde schreibt, der Fehler ist wieder da („%1“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer answered %1 out of 10.</source>
        <translation>Der Kunde antwortete mit %1 von 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No score leads the reply; a person should read it.</source>
        <translation>Die Antwort beginnt mit keiner Bewertung; jemand sollte sie lesen.</translation>
    </message>
</context>
<context>
    <name>redress::core::SurveyPasses</name>
    <message>
        <location filename="../../core/followup/SurveyPasses.cpp" line="+157"/>
        <source>%1 days is outside 0 to 3650.</source>
        <translation>%1 Tage liegt außerhalb von 0 bis 3650.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No team mailbox is set up: an administrator sets it up in Settings › Mail or with redress-cli mail setup.</source>
        <translation>Es ist kein Team-Postfach eingerichtet: ein Administrator richtet es unter Einstellungen › E-Mail oder mit redress-cli mail setup ein.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No answer to the follow-up or its reminder.</source>
        <translation>Keine Antwort auf die Nachfrage oder ihre Erinnerung.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reopened as a second failure: %1</source>
        <translation>Als zweiter Fehlschlag wieder geöffnet: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write the notice before sending it.</source>
        <translation>Schreiben Sie die Mitteilung, bevor Sie sie senden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Told the customer that the fault is fixed (%1).</source>
        <translation>Dem Kunden mitgeteilt, dass der Fehler behoben ist (%1).</translation>
    </message>
</context>
<context>
    <name>redress::core::SurveyRepository</name>
    <message>
        <location filename="../../core/store/SurveyRepository.cpp" line="+85"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminded</source>
        <translation>Erinnert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened: fault is back</source>
        <translation>Wieder geöffnet: Fehler ist zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reading</source>
        <translation>Muss gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read, nothing recorded</source>
        <translation>Gelesen, nichts erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer asked not to be contacted</source>
        <translation>Kunde möchte nicht kontaktiert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the answers to read</source>
        <translation>beim Lesen der zu lesenden Antworten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+235"/>
        <source>reading the follow-up of %1</source>
        <translation>Nachfassen von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>adding up the follow-ups by mail</source>
        <translation>beim Zusammenzählen der Nachfragen per E-Mail</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>There is no follow-up %1.</source>
        <translation>Es gibt keine Nachfrage %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer on %1 has been dealt with already (%2).</source>
        <translation>Die Antwort zu %1 wurde schon bearbeitet (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recording the answer to follow-up %1</source>
        <translation>beim Erfassen der Antwort auf Nachfrage %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>setting aside the answer to follow-up %1</source>
        <translation>beim Zurücklegen der Antwort auf Nachfrage %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answer to the follow-up was read; no score recorded.</source>
        <translation>Die Antwort auf die Nachfrage wurde gelesen; keine Bewertung erfasst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waiting for another desk&apos;s follow-up pass</source>
        <translation>beim Warten auf den Nachfragelauf eines anderen Arbeitsplatzes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>finding the follow-ups due</source>
        <translation>beim Suchen der fälligen Nachfragen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>recording the follow-up of %1</source>
        <translation>Nachfassen von %1 wird erfasst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>finding the follow-ups waiting</source>
        <translation>beim Suchen der wartenden Nachfragen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>recording a follow-up&apos;s reminder</source>
        <translation>beim Erfassen der Erinnerung einer Nachfrage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recording where follow-up %1 stands</source>
        <translation>beim Erfassen des Stands von Nachfrage %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recording that customer %1 asked not to be contacted</source>
        <translation>beim Erfassen, dass Kunde %1 nicht kontaktiert werden möchte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finding whom to tell about problem %1</source>
        <translation>beim Suchen, wer über Problem %1 informiert wird</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>recording the notice to customer %1</source>
        <translation>beim Erfassen der Mitteilung an Kunde %1</translation>
    </message>
</context>
<context>
    <name>redress::core::TeamSettings</name>
    <message>
        <location filename="../../core/store/TeamSettings.cpp" line="+24"/>
        <source>reading the team setting %1</source>
        <translation>beim Lesen der Teameinstellung %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the team settings</source>
        <translation>beim Lesen der Teameinstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 takes a number of days from 0 to 3650, not &apos;%2&apos;.</source>
        <translation>%1 nimmt eine Anzahl Tage von 0 bis 3650, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a team setting; they are %2, and %3 followed by a language such as .en or .de.</source>
        <translation>%1 ist keine Teameinstellung; es gibt %2 sowie %3, gefolgt von einer Sprache wie .en oder .de.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the team setting %1</source>
        <translation>beim Speichern der Teameinstellung %1</translation>
    </message>
</context>
<context>
    <name>redress::core::TemplateContext</name>
    <message>
        <location filename="../../core/recovery/TemplateContext.cpp" line="+29"/>
        <source>The customer&apos;s full name.</source>
        <translation>Der vollständige Name des Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to greet the customer: their given name, or title and family name.</source>
        <translation>Die Anrede des Kunden: sein Vorname oder Titel und Nachname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s family name; may be empty.</source>
        <translation>Der Nachname des Kunden; kann leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company the customer speaks for; may be empty.</source>
        <translation>Die Firma, für die der Kunde spricht; kann leer sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case reference, e.g. RD-000123.</source>
        <translation>Die Fallreferenz, z. B. RD-000123.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product or service the complaint is about.</source>
        <translation>Das Produkt oder die Dienstleistung, um die es in der Beschwerde geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What went wrong, in the customer&apos;s own words.</source>
        <translation>Was schiefgelaufen ist, in den eigenen Worten des Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the customer told us, completing &quot;you told us …&quot;: by phone, by email …</source>
        <translation>Wie der Kunde uns informiert hat, als Ergänzung zu &quot;Sie haben uns … mitgeteilt&quot;: telefonisch, per E-Mail …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day the case was opened.</source>
        <translation>Der Tag, an dem der Fall eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day we promised to have it put right; may be empty.</source>
        <translation>Der Tag, bis zu dem wir die Behebung zugesagt haben; kann leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens next, as you wrote it; may be empty.</source>
        <translation>Wie es weitergeht, so wie Sie es geschrieben haben; kann leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name.</source>
        <translation>Ihr Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your given name.</source>
        <translation>Ihr Vorname.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our company&apos;s name as customers know it (a setting); &quot;our team&quot; when not set.</source>
        <translation>Der Name unseres Unternehmens, wie Kunden ihn kennen (eine Einstellung); &quot;unser Team&quot;, wenn nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>through our website</source>
        <translation>über unsere Website</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>our team</source>
        <translation>unser Team</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a chat</source>
        <translation>im Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on social media</source>
        <translation>über soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by letter</source>
        <translation>per Brief</translation>
    </message>
</context>
<context>
    <name>redress::core::TemplateRepository</name>
    <message>
        <location filename="../../core/store/TemplateRepository.cpp" line="+33"/>
        <source>adding the shipped apology templates</source>
        <translation>mitgelieferte Entschuldigungsvorlagen werden hinzugefügt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the apology templates</source>
        <translation>Entschuldigungsvorlagen werden gelesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) may not edit apology templates.</source>
        <translation>%1 (%2) darf keine Entschuldigungsvorlagen bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template needs a key and a title.</source>
        <translation>Eine Vorlage braucht einen Schlüssel und einen Titel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>template “%1”, %2</source>
        <translation>Vorlage „%1“, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the template&apos;s versions</source>
        <translation>Versionen der Vorlage werden gelesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saving the template %1</source>
        <translation>Vorlage %1 wird gespeichert</translation>
    </message>
</context>
<context>
    <name>redress::core::Transaction</name>
    <message>
        <location filename="../../core/store/Transaction.cpp" line="+19"/>
        <source>starting a transaction</source>
        <translation>Transaktion wird gestartet</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>committing the transaction</source>
        <translation>Transaktion wird festgeschrieben</translation>
    </message>
</context>
<context>
    <name>redress::core::User</name>
    <message>
        <location filename="../../core/cases/User.cpp" line="+34"/>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service executive</source>
        <translation>Service-Verantwortlicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>redress::core::UserRepository</name>
    <message>
        <location filename="../../core/store/UserRepository.cpp" line="+48"/>
        <location line="+6"/>
        <location line="+173"/>
        <source>reading a user</source>
        <translation>ein Benutzer wird gelesen</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user with login %1.</source>
        <translation>Es gibt keinen Benutzer mit der Anmeldung %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listing users</source>
        <translation>Benutzer werden aufgelistet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user needs a login.</source>
        <translation>Ein Benutzer braucht eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login may be at most 100 characters long.</source>
        <translation>Eine Anmeldung darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>adding user %1</source>
        <translation>Benutzer %1 wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2) may not change roles.</source>
        <translation>%1 (%2) darf keine Rollen ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>counting administrators</source>
        <translation>Administratoren werden gezählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is the only administrator; make someone else one first.</source>
        <translation>%1 ist der einzige Administrator; machen Sie zuerst jemand anderen dazu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changing the role of %1</source>
        <translation>Rolle von %1 wird geändert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>counting users</source>
        <translation>Benutzer werden gezählt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) may set only their own password.</source>
        <translation>%1 (%2) darf nur das eigene Passwort setzen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>setting the password of %1</source>
        <translation>das Passwort von %1 setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reading the password of %1</source>
        <translation>das Passwort von %1 lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no Redress password, so the desk cannot be handed to them; they set one with redress-cli users passwd.</source>
        <translation>%1 hat kein Redress-Passwort, daher kann der Arbeitsplatz nicht an sie oder ihn übergeben werden; ein Passwort wird mit redress-cli users passwd gesetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not %1&apos;s password.</source>
        <translation>Das ist nicht das Passwort von %1.</translation>
    </message>
</context>
<context>
    <name>redress::core::ZendeskReader</name>
    <message>
        <location filename="../../core/io/ZendeskReader.cpp" line="+73"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a JSON ticket: %1 at byte %2</source>
        <translation>kein JSON-Ticket: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON ticket: the line is no object</source>
        <translation>kein JSON-Ticket: die Zeile ist kein Objekt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zendesk user %1</source>
        <translation>Zendesk-Benutzer %1</translation>
    </message>
</context>
<context>
    <name>redress::core::sql</name>
    <message>
        <location filename="../../core/store/Sql.cpp" line="+30"/>
        <source>the store</source>
        <translation>der Datenbestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the PostgreSQL server of %1 was lost while %2: the server shut down or the network failed. What was not yet saved was not saved; try again once the server is back.</source>
        <translation>Die Verbindung zum PostgreSQL-Server von %1 ging verloren bei: %2. Der Server wurde beendet oder das Netz fiel aus. Was noch nicht gespeichert war, wurde nicht gespeichert; versuchen Sie es erneut, sobald der Server wieder läuft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk holding %1 is full, so %2 could not be finished. Nothing was changed; free some space on that disk and try again.</source>
        <translation>Der Datenträger mit %1 ist voll, daher konnte %2 nicht abgeschlossen werden. Es wurde nichts geändert; schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is read-only for you (the file or its folder), so %2 could not be done. Ask for write access to both, or use a copy of the store in a folder of yours.</source>
        <translation>%1 ist für Sie schreibgeschützt (die Datei oder ihr Ordner), daher konnte %2 nicht ausgeführt werden. Bitten Sie um Schreibrecht für beide oder verwenden Sie eine Kopie des Datenbestands in einem eigenen Ordner.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The store stayed busy with another desk&apos;s work while %1. Nothing was changed; try again in a moment.</source>
        <translation>Der Speicher war mit der Arbeit eines anderen Arbeitsplatzes belegt, %1. Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused %1: your login may not do that.</source>
        <translation>Der Server hat %1 abgelehnt: Ihre Anmeldung darf das nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused %1.</source>
        <translation>Die Datenbank hat %1 verweigert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>redress::ui::ActionCollection</name>
    <message>
        <location filename="../../ui/app/ActionCollection.cpp" line="+45"/>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a new complaint</source>
        <translation>Eine neue Beschwerde erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by reference, customer or words of the complaint</source>
        <translation>Nach Referenz, Kunde oder Wörtern der Beschwerde suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again from the store</source>
        <translation>Die Liste neu aus dem Datenbestand lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;list</source>
        <translation>Zur &amp;Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the keyboard focus to the case list</source>
        <translation>Den Tastaturfokus in die Fallliste setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Redress</source>
        <translation>Redress schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected cases to someone</source>
        <translation>Die ausgewählten Fälle jemandem geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit case…</source>
        <translation>Fall &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the product, channel, description, severity or impact of the case</source>
        <translation>Produkt, Kanal, Beschreibung, Schweregrad oder Auswirkung des Falls ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the selected cases to %1</source>
        <translation>Die ausgewählten Fälle nach %1 verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apologise to the customer</source>
        <translation>Sich beim Kunden entschuldigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the solution and what the customer wants</source>
        <translation>Die Lösung und den Kundenwunsch erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give something extra, or record the customer&apos;s decline</source>
        <translation>Etwas zusätzlich geben oder die Ablehnung des Kunden erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the root cause</source>
        <translation>Die Grundursache erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pologise…</source>
        <translation>&amp;Entschuldigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;olve…</source>
        <translation>Lö&amp;sen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add &amp;value…</source>
        <translation>&amp;Kulanz gewähren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anal&amp;yse…</source>
        <translation>&amp;Analysieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &amp;follow-up…</source>
        <translation>&amp;Nachfassen erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record how likely the customer is to recommend us, now the case is resolved</source>
        <translation>Erfassen, wie wahrscheinlich der Kunde uns weiterempfiehlt, nun da der Fall gelöst ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprovals…</source>
        <translation>&amp;Genehmigungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestures waiting for a lead&apos;s decision</source>
        <translation>Kulanzleistungen, die auf die Entscheidung einer Teamleitung warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology &amp;templates…</source>
        <translation>Entschuldigungs&amp;vorlagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the apology templates, with a preview on a real case</source>
        <translation>Die Entschuldigungsvorlagen bearbeiten, mit Vorschau an einem echten Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gestures and limits…</source>
        <translation>Kulanzleistungen und &amp;Limits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the gesture catalogue and each role&apos;s discretion limit</source>
        <translation>Den Katalog der Kulanzleistungen und die Ermessensgrenze jeder Rolle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root &amp;causes…</source>
        <translation>Grund&amp;ursachen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the root-cause tree that analyses point into</source>
        <translation>Den Baum der Grundursachen erweitern, auf den Analysen verweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export cases to CSV…</source>
        <translation>Fälle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the cases the list shows, in its order, to a CSV file</source>
        <translation>Die Fälle der Liste in ihrer Reihenfolge in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import cases from CSV…</source>
        <translation>Fälle aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring in cases from a spreadsheet or another help desk</source>
        <translation>Fälle aus einer Tabellenkalkulation oder einem anderen Helpdesk übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected case&apos;s summary for the customer or a manager</source>
        <translation>Die Zusammenfassung des ausgewählten Falls für den Kunden oder eine Führungskraft drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the case summary as it will print</source>
        <translation>Die Fallzusammenfassung so sehen, wie sie gedruckt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save summary as P&amp;DF…</source>
        <translation>Zusammenfassung als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the case summary to a PDF file</source>
        <translation>Die Fallzusammenfassung in eine PDF-Datei schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a checked copy of the store, safe while everyone works</source>
        <translation>Eine geprüfte Kopie des Datenbestands schreiben, sicher auch während alle arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the store with a backup</source>
        <translation>Den Datenbestand durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Automatische Sicherungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup: on or off, where, how many to keep</source>
        <translation>Die tägliche Sicherung: an oder aus, wohin, wie viele behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority matrix…</source>
        <translation>&amp;Prioritätsmatrix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which priority each severity and business impact gives a case</source>
        <translation>Welche Priorität jeder Schweregrad und jede geschäftliche Auswirkung einem Fall gibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SLA calendar and targets…</source>
        <translation>&amp;SLA-Kalender und -Ziele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours, holidays and the time each priority has to be answered and resolved</source>
        <translation>Arbeitszeiten, Feiertage und die Zeit, in der jede Priorität beantwortet und gelöst sein muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ru&amp;n escalation rules now</source>
        <translation>Eskalationsregeln &amp;jetzt ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate every overdue case now instead of at the next minute</source>
        <translation>Jeden überfälligen Fall jetzt eskalieren statt zur nächsten Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All cases</source>
        <translation>Alle &amp;Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every case</source>
        <translation>Jeden Fall anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My queue</source>
        <translation>&amp;Meine Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your cases still awaiting resolution, the soonest due first</source>
        <translation>Ihre Fälle anzeigen, die noch auf eine Lösung warten, die am frühesten fälligen zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalated to me</source>
        <translation>An mich &amp;eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cases escalated to your rung, the soonest due first</source>
        <translation>Die an Ihre Stufe eskalierten Fälle anzeigen, die am frühesten fälligen zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up queue</source>
        <translation>&amp;Nachfass-Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show resolved cases whose customer has not answered the follow-up, the longest waiting first</source>
        <translation>Gelöste Fälle anzeigen, deren Kunde auf das Nachfassen nicht geantwortet hat, die am längsten wartenden zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store and user to start with, colours, language, and the way to the service-level and backup settings</source>
        <translation>Datenbestand und Benutzer beim Start, Farben, Sprache und der Weg zu den Service-Level- und Sicherungseinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which defects keep causing complaints, champions created, promises kept, what recovery cost</source>
        <translation>Welche Mängel immer wieder Beschwerden verursachen, gewonnene Fürsprecher, eingehaltene Zusagen, was die Wiedergutmachung gekostet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roblem records…</source>
        <translation>P&amp;roblemberichte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The defects behind the complaints, their corrective actions and whether complaints fell</source>
        <translation>Die Mängel hinter den Beschwerden, ihre Korrekturmaßnahmen und ob die Beschwerden gesunken sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to problem…</source>
        <translation>Mit Problem &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link the selected cases to the problem record of their defect</source>
        <translation>Die ausgewählten Fälle mit dem Problembericht ihres Mangels verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and roles…</source>
        <translation>Benutzer und &amp;Rollen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give people their roles</source>
        <translation>Personen ihre Rollen geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch user…</source>
        <translation>Benutzer wec&amp;hseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand a shared desk to someone else</source>
        <translation>Einen gemeinsamen Arbeitsplatz an jemand anderen übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every command and its shortcut</source>
        <translation>Alle Befehle und ihre Tastenkürzel auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Redress</source>
        <translation>Über &amp;Redress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply to customer…</source>
        <translation>Dem Kunden &amp;antworten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to the case&apos;s customer by e-mail</source>
        <translation>Dem Kunden des Falls per E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch &amp;mail now</source>
        <translation>&amp;Mail jetzt abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read new mail into cases and send what is queued, now instead of at the next pass</source>
        <translation>Neue Mail in Fälle übernehmen und Wartendes senden, jetzt statt beim nächsten Durchlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;mail…</source>
        <translation>&amp;Mail importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take saved messages (.eml files) in as cases or replies</source>
        <translation>Gespeicherte Nachrichten (.eml-Dateien) als Fälle oder Antworten übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mail…</source>
        <translation>&amp;Mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team mailbox Redress reads and sends through</source>
        <translation>Das Team-Postfach, über das Redress liest und sendet</translation>
    </message>
</context>
<context>
    <name>redress::ui::AnalysisDialog</name>
    <message>
        <location filename="../../ui/recovery/AnalysisDialog.cpp" line="+24"/>
        <source>Analyse %1</source>
        <translation>%1 analysieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Root cause:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did it happen?</source>
        <translation>Warum ist es passiert?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>And why was that?</source>
        <translation>Und warum war das so?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why &amp;%1:</source>
        <translation>Warum &amp;%1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer-&amp;education gap: they did not know how, nothing was broken</source>
        <translation>Eine Lücke in der Kunden&amp;schulung: der Kunde wusste nicht wie, nichts war defekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problem record</source>
        <translation>Kein Problembericht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link to &amp;problem record:</source>
        <translation>Mit &amp;Problembericht verknüpfen:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The analysis is saved, but the case was not linked: %1</source>
        <translation>Die Analyse ist gespeichert, aber der Fall wurde nicht verknüpft: %1</translation>
    </message>
</context>
<context>
    <name>redress::ui::ApologyDialog</name>
    <message>
        <location filename="../../ui/recovery/ApologyDialog.cpp" line="+35"/>
        <source>Apologise for %1</source>
        <translation>Für %1 entschuldigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Script:</source>
        <translation>&amp;Skript:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent &amp;by:</source>
        <translation>Gesendet &amp;per:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team mailbox is set up: recorded as sent by e-mail, but nothing is sent.</source>
        <translation>Es ist kein Team-Postfach eingerichtet: als per E-Mail gesendet erfasst, aber nichts wird gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No e-mail address is known for the customer: recorded as sent by e-mail, but nothing is sent.</source>
        <translation>Vom Kunden ist keine E-Mail-Adresse bekannt: als per E-Mail gesendet erfasst, aber nichts wird gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checker (warnings only):</source>
        <translation>Prüfung (nur Warnungen):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checker findings</source>
        <translation>Befunde der Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>&amp;Record as sent</source>
        <translation>Als &amp;gesendet erfassen</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>(write from scratch)</source>
        <translation>(neu schreiben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — suggested</source>
        <translation> — empfohlen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Recording it sends it to the customer by e-mail with the next mail pass.</source>
        <translation>Beim Erfassen geht sie mit dem nächsten Mail-Durchlauf per E-Mail an den Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record and send</source>
        <translation>&amp;Erfassen und senden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The template “%1” cannot be used: %2</source>
        <translation>Die Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing to flag: no excuses, an apology and a next step.</source>
        <translation>Nichts zu beanstanden: keine Ausreden, eine Entschuldigung und ein nächster Schritt.</translation>
    </message>
</context>
<context>
    <name>redress::ui::ApprovalQueueDialog</name>
    <message>
        <location filename="../../ui/recovery/ApprovalQueueDialog.cpp" line="+22"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gestures waiting for approval</source>
        <translation>Kulanzleistungen, die auf Genehmigung warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gesture</source>
        <translation>Kulanzleistung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the decision</source>
        <translation>Begründung der Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (needed to reject; the rep sees it)</source>
        <translation>Begründung (nötig zum Ablehnen; der Mitarbeiter sieht sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Nichts wartet auf Genehmigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gestures are waiting, oldest first.</source>
        <translation>%1 Kulanzleistungen warten, die älteste zuerst.</translation>
    </message>
</context>
<context>
    <name>redress::ui::AuditBanner</name>
    <message>
        <location filename="../../ui/app/AuditBanner.cpp" line="+30"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The audit log no longer reaches entry %1, which this computer verified earlier: entries were deleted or the log was rewritten outside Redress.</source>
        <translation>Das Prüfprotokoll reicht nicht mehr bis zu Eintrag %1, den dieser Computer früher geprüft hat: Einträge wurden gelöscht oder das Protokoll wurde außerhalb von Redress neu geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 was verified on this computer with the hash %2, and the log no longer holds it with that hash. Compare with a backup made before the change and tell your administrator.</source>
        <translation>Eintrag %1 wurde auf diesem Computer mit dem Hash %2 geprüft, und das Protokoll enthält ihn nicht mehr mit diesem Hash. Vergleichen Sie mit einer Sicherung von vor der Änderung und informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audit log has been altered outside Redress: first broken entry %1 (case %2).</source>
        <translation>Das Prüfprotokoll wurde außerhalb von Redress geändert: erster beschädigter Eintrag %1 (Fall %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 of case %2: %3. The %4 entries before it are intact. Changes made outside Redress cannot be told from Redress&apos;s own; compare with a backup made before the change and tell your administrator.</source>
        <translation>Eintrag %1 von Fall %2: %3. Die %4 Einträge davor sind unversehrt. Außerhalb von Redress gemachte Änderungen lassen sich nicht von denen von Redress unterscheiden; vergleichen Sie mit einer Sicherung von vor der Änderung und informieren Sie Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>redress::ui::BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/admin/BackupSettingsDialog.cpp" line="+40"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the store &amp;every day while Redress runs</source>
        <translation>Den Datenbestand &amp;täglich sichern, solange Redress läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup on another disk survives a broken one; choose such a folder if you can.</source>
        <translation>Eine Sicherung auf einer anderen Festplatte übersteht den Ausfall einer defekten; wählen Sie nach Möglichkeit einen solchen Ordner.</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseConflictView</name>
    <message>
        <location filename="../../ui/cases/CaseConflictView.cpp" line="+51"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+87"/>
        <source>the rules</source>
        <translation>die Regeln</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Save with these choices</source>
        <translation>Mit dieser Auswahl &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is saved; your changes stay in the form (Esc)</source>
        <translation>Nichts wird gespeichert; Ihre Änderungen bleiben im Formular (Esc)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was changed by someone else while you were editing it.</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie den Fall bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 while you were editing it.</source>
        <translation>%1 wurde von %2 geändert, während Sie den Fall bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now in the store (another desk)</source>
        <translation>Jetzt im Speicher (anderer Arbeitsplatz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is saved</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep yours</source>
        <translation>Ihren behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Anderen übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: keep yours or take theirs</source>
        <translation>%1: Ihren Wert behalten oder den anderen übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yours: %1. Theirs: %2.</source>
        <translation>Ihr Wert: %1. Der andere: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours is saved</source>
        <translation>Ihr Wert wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs stays</source>
        <translation>Der andere bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same on both sides</source>
        <translation>Auf beiden Seiten gleich</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nobody changed a field you changed: saving keeps their changes and adds yours.</source>
        <translation>Niemand hat ein Feld geändert, das Sie geändert haben: Beim Speichern bleiben die anderen Änderungen erhalten, und Ihre kommen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been saved yet. Where both sides changed a field, choose whose value to keep; the other changes are kept as shown.</source>
        <translation>Noch ist nichts gespeichert. Wo beide Seiten ein Feld geändert haben, wählen Sie, welcher Wert bleibt; die übrigen Änderungen bleiben wie angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: the case is saved as the last column shows.</source>
        <translation>Bereit: Der Fall wird so gespeichert, wie die letzte Spalte zeigt.</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseDetailWidget</name>
    <message>
        <location filename="../../ui/cases/CaseDetailWidget.cpp" line="+43"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock stopped</source>
        <translation>Uhr angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer replied</source>
        <translation>Kunde hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock running again</source>
        <translation>Uhr läuft wieder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Obligation met</source>
        <translation>Verpflichtung erfüllt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mail received</source>
        <translation>E-Mail empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail queued</source>
        <translation>E-Mail eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail undelivered</source>
        <translation>E-Mail nicht zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail not sent</source>
        <translation>E-Mail nicht gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Recovery: %1</source>
        <translation>Wiedergutmachung: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a case to see it here, or press Ctrl+N to log a new complaint.</source>
        <translation>Wählen Sie einen Fall aus, um ihn hier zu sehen, oder drücken Sie Ctrl+N, um eine neue Beschwerde zu erfassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case details</source>
        <translation>Falldetails</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the case&apos;s facts (F2)</source>
        <translation>Die Angaben zum Fall ändern (F2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a note to the timeline and press Enter</source>
        <translation>Eine Notiz zum Verlauf hinzufügen und Enter drücken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Customer: %1%2</source>
        <translation>Kunde: %1%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime value: %1</source>
        <translation>Kundenwert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity: %1 · Business impact: %2 · Priority: %3</source>
        <translation>Schweregrad: %1 · Geschäftliche Auswirkung: %2 · Priorität: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened: %1</source>
        <translation>Eröffnet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up: %1</source>
        <translation>Nachfassen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the rules</source>
        <translation>die Regeln</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conversation (%1)</source>
        <translation>Unterhaltung (%1)</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseEditDialog</name>
    <message>
        <location filename="../../ui/cases/CaseEditDialog.cpp" line="+49"/>
        <location line="+317"/>
        <source>Edit case %1</source>
        <translation>Fall %1 bearbeiten</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Your unsaved changes to this case were brought back. Someone has changed the case since; saving shows you what changed before anything is written.</source>
        <translation>Ihre nicht gespeicherten Änderungen an diesem Fall wurden wiederhergestellt. Jemand hat den Fall inzwischen geändert; beim Speichern sehen Sie, was sich geändert hat, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save the changes (Enter, or Ctrl+Enter from the description)</source>
        <translation>Die Änderungen speichern (Eingabe, oder Strg+Eingabe aus der Beschreibung)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 · %2%3 · opened %4</source>
        <translation>%1 · %2%3 · geöffnet %4</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your unsaved changes to this case were brought back.</source>
        <translation>Ihre nicht gespeicherten Änderungen an diesem Fall wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The case changed again while you were choosing. Look again.</source>
        <translation>Der Fall hat sich geändert, während Sie gewählt haben. Sehen Sie noch einmal hin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit case %1: changed by someone else</source>
        <translation>Fall %1 bearbeiten: von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to %1 have not been saved. Discard them?</source>
        <translation>Ihre Änderungen an %1 sind nicht gespeichert. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseFacts</name>
    <message>
        <location filename="../../ui/common/DialogParts.cpp" line="+71"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;roduct:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;What went wrong:</source>
        <translation>&amp;Was ist schiefgelaufen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity:</source>
        <translation>Schwe&amp;regrad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business impact</source>
        <translation>Geschäftliche Auswirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business &amp;impact:</source>
        <translation>Geschäftliche &amp;Auswirkung:</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseIntakeDialog</name>
    <message>
        <location filename="../../ui/cases/CaseIntakeDialog.cpp" line="+40"/>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a name or company to find the customer</source>
        <translation>Namen oder Firma eingeben, um den Kunden zu finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s company, if any</source>
        <translation>Die Firma des Kunden, falls vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;pany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the complaint is about</source>
        <translation>Worum es in der Beschwerde geht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What went wrong, in the customer&apos;s own words</source>
        <translation>Was schiefgelaufen ist, in den eigenen Worten des Kunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the case (Enter, or Ctrl+Enter from the description)</source>
        <translation>Fall speichern (Enter, oder Ctrl+Enter in der Beschreibung)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>New customer: they will be added when the case is saved.</source>
        <translation>Neuer Kunde: wird beim Speichern des Falls hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching customers: %1. Pick one with the arrow keys, or go on typing for a new one.</source>
        <translation>Passende Kunden: %1. Wählen Sie einen mit den Pfeiltasten aus, oder tippen Sie weiter für einen neuen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Returning customer · lifetime value %1</source>
        <translation>Wiederkehrender Kunde · Kundenwert %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Discard the case?</source>
        <translation>Fall verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case has not been saved. Discard what you typed?</source>
        <translation>Der Fall wurde nicht gespeichert. Das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — acknowledge within %2, contact within %3, resolve within %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — bestätigen innerhalb von %2, kontaktieren innerhalb von %3, lösen innerhalb von %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, around the clock.</source>
        <translation>, rund um die Uhr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> of business time.</source>
        <translation> Geschäftszeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s business is stopped: an emergency whatever the severity.</source>
        <translation>Der Geschäftsbetrieb des Kunden steht: ein Notfall, unabhängig vom Schweregrad.</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseListModel</name>
    <message>
        <location filename="../../ui/cases/CaseListModel.cpp" line="+102"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>waiting on customer</source>
        <translation>wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock stands still while the case waits on the customer.</source>
        <translation>Die Uhr steht still, solange der Fall auf den Kunden wartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due: the targets are met, or the case no longer awaits resolution.</source>
        <translation>Nichts ist fällig: die Ziele sind erfüllt, oder der Fall wartet nicht mehr auf eine Lösung.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue %1</source>
        <translation>überfällig seit %1</translation>
    </message>
</context>
<context>
    <name>redress::ui::CaseListPane</name>
    <message>
        <location filename="../../ui/cases/CaseListPane.cpp" line="+54"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>My queue</source>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to me</source>
        <translation>An mich eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search: RD-000123, a customer, words of the complaint (Ctrl+F)</source>
        <translation>Suche: RD-000123, ein Kunde, Wörter der Beschwerde (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show cases with status</source>
        <translation>Fälle mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cases: %1</source>
        <translation>Fälle: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show all cases</source>
        <translation>Alle Fälle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop narrowing the list to this figure</source>
        <translation>Die Liste nicht mehr auf diese Kennzahl eingrenzen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>My queue (%1)</source>
        <translation>Meine Warteschlange (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated to me (%1)</source>
        <translation>An mich eskaliert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up (%1)</source>
        <translation>Nachfassen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the cases behind: %1</source>
        <translation>Angezeigt werden die Fälle hinter: %1</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Too many cases</source>
        <translation>Zu viele Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cases are selected; at most %2 can be changed in one step. Narrow the list with the search or the status filter first.</source>
        <translation>%1 Fälle sind ausgewählt; höchstens %2 können in einem Schritt geändert werden. Grenzen Sie die Liste zuerst mit der Suche oder dem Statusfilter ein.</translation>
    </message>
</context>
<context>
    <name>redress::ui::CatalogueDialog</name>
    <message>
        <location filename="../../ui/recovery/CatalogueDialog.cpp" line="+45"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free service</source>
        <translation>Kostenlose Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gestures and limits</source>
        <translation>Kulanzleistungen und Limits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) may look but not change the catalogue or the limits.</source>
        <translation>%1 (%2) darf den Katalog und die Limits ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>Gesture catalogue</source>
        <translation>Katalog der Kulanzleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+155"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+21"/>
        <location line="+137"/>
        <source>Default cost</source>
        <translation>Standardkosten</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+25"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Gesture name</source>
        <translation>Name der Kulanzleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of gesture</source>
        <translation>Art der Kulanzleistung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default &amp;cost:</source>
        <translation>Standard&amp;kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offered to reps</source>
        <translation>&amp;Mitarbeitern anbieten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N&amp;ew gesture</source>
        <translation>Ne&amp;ue Kulanzleistung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save gesture</source>
        <translation>Kulanzleistung &amp;speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discretion limit per case, by role</source>
        <translation>Ermessensgrenze pro Fall, nach Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discretion limit of %1</source>
        <translation>Ermessensgrenze von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save &amp;limits</source>
        <translation>&amp;Limits speichern</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A new gesture: fill in the form and save it.</source>
        <translation>Eine neue Kulanzleistung: füllen Sie das Formular aus und speichern Sie sie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Limit of %1: %2</source>
        <translation>Limit von %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Saved: %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No limit changed.</source>
        <translation>Kein Limit geändert.</translation>
    </message>
</context>
<context>
    <name>redress::ui::DashboardCharts</name>
    <message>
        <location filename="../../ui/charts/DashboardCharts.cpp" line="+39"/>
        <source>The one case in this range is not analysed yet</source>
        <translation>Der eine Fall in diesem Zeitraum ist noch nicht analysiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the %1 cases in this range is analysed yet</source>
        <translation>Keiner der %1 Fälle in diesem Zeitraum ist bereits analysiert</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pareto of root causes by compensation</source>
        <translation>Pareto der Grundursachen nach Entschädigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto of root causes by cases</source>
        <translation>Pareto der Grundursachen nach Fällen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+87"/>
        <source>No cases opened in this range</source>
        <translation>Keine Fälle in diesem Zeitraum eröffnet</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>No compensation was granted for the cases in this range</source>
        <translation>Für die Fälle in diesem Zeitraum wurde keine Entschädigung gewährt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vital few</source>
        <translation>Die wenigen Wichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Useful many</source>
        <translation>Die vielen Nützlichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1
%2 · %3 · %4% cumulative</source>
        <translation>%1
%2 · %3 · %4% kumuliert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>80% mark</source>
        <translation>80-%-Marke</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compensation</source>
        <translation>Entschädigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compensation (%1)</source>
        <translation>Entschädigung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <location line="+172"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Cumulative share (%)</source>
        <translation>Kumulierter Anteil (%)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Complaints per root cause by week</source>
        <translation>Beschwerden pro Grundursache nach Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per root cause by month</source>
        <translation>Beschwerden pro Grundursache nach Monat</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Champions, passives and detractors, and the recovery paradox</source>
        <translation>Fürsprecher, Passive und Kritiker sowie das Recovery-Paradoxon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No follow-up was recorded in this range</source>
        <translation>In diesem Zeitraum wurde kein Nachfassen erfasst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champions (9–10)</source>
        <translation>Fürsprecher (9–10)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score after</source>
        <translation>Bewertung danach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score before</source>
        <translation>Bewertung davor</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Follow-ups</source>
        <translation>Nachfassungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean score (0–10)</source>
        <translation>Mittlere Bewertung (0–10)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean score (no prior scores)</source>
        <translation>Mittlere Bewertung (keine früheren Bewertungen)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1: %2 champions, %3 passives, %4 detractors</source>
        <translation>%1: %2 Fürsprecher, %3 Passive, %4 Kritiker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no follow-up</source>
        <translation>%1: kein Nachfassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open cases by age</source>
        <translation>Offene Fälle nach Alter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No case in this range is waiting for a resolution</source>
        <translation>Kein Fall in diesem Zeitraum wartet auf eine Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Age of the open case</source>
        <translation>Alter des offenen Falls</translation>
    </message>
</context>
<context>
    <name>redress::ui::DashboardWidget</name>
    <message>
        <location filename="../../ui/dashboard/DashboardWidget.cpp" line="+68"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every case, whenever it was opened</source>
        <translation>Jeder Fall, egal wann er eröffnet wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases opened on these days, both included (UTC)</source>
        <translation>An diesen Tagen eröffnete Fälle, beide eingeschlossen (UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pareto by</source>
        <translation>Pareto nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation</source>
        <translation>Entschädigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A root cause and everything under it</source>
        <translation>Eine Grundursache und alles darunter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every chart and figure on PDF pages</source>
        <translation>Alle Diagramme und Kennzahlen auf PDF-Seiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pareto &amp;by:</source>
        <translation>Pareto &amp;nach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product:</source>
        <translation>Pro&amp;dukt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;wner:</source>
        <translation>Bearbe&amp;iter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root &amp;cause:</source>
        <translation>Grund&amp;ursache:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the refresh</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Promise-kept rate</source>
        <translation>Quote eingehaltener Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compensation vs value retained</source>
        <translation>Entschädigung vs. gehaltener Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time to resolution</source>
        <translation>Mittlere Zeit bis zur Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up by mail</source>
        <translation>Nachfrage per E-Mail</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Pareto of root causes chart</source>
        <translation>Diagramm: Pareto der Grundursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint trend per root cause chart</source>
        <translation>Diagramm: Beschwerdetrend pro Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champions and recovery paradox chart</source>
        <translation>Diagramm: Fürsprecher und Recovery-Paradoxon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases by age chart</source>
        <translation>Diagramm: offene Fälle nach Alter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left and Right pick a bar or point, Enter shows its cases; the context menu saves the chart as PNG</source>
        <translation>Links und Rechts wählen einen Balken oder Punkt, Enter zeigt seine Fälle; das Kontextmenü speichert das Diagramm als PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show these cases</source>
        <translation>Diese Fälle anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All root causes</source>
        <translation>Alle Grundursachen</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Refresh cancelled; the figures shown are from before.</source>
        <translation>Aktualisierung abgebrochen; die angezeigten Kennzahlen sind von vorher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh cancelled; press Refresh to compute the figures.</source>
        <translation>Aktualisierung abgebrochen; drücken Sie Aktualisieren, um die Kennzahlen zu berechnen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No follow-up sent by mail in this range</source>
        <translation>In diesem Zeitraum keine Nachfrage per E-Mail gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1 (%2)</source>
        <translation>NPS %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% answered (%2 of %3)
%4 scored · %5 fault back · %6 to read · %7 no answer
Customers&apos; own: %8 · reps&apos;: %9
Told of a fix: %10 customers</source>
        <translation>%1 % beantwortet (%2 von %3)
%4 bewertet · %5 Fehler zurück · %6 zu lesen · %7 ohne Antwort
Von Kunden selbst: %8 · von Mitarbeitern: %9
Über Behebung informiert: %10 Kunden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1%
%2 kept, %3 broken, %4 pending</source>
        <translation>%1%
%2 eingehalten, %3 gebrochen, %4 offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No promise decided yet
%1 pending</source>
        <translation>Noch keine Zusage entschieden
%1 offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No promise made in this range</source>
        <translation>In diesem Zeitraum wurde keine Zusage gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 spent on compensation
%2 lifetime value retained
from %3 customers</source>
        <translation>%1 für Entschädigung ausgegeben
%2 Kundenwert gehalten
von %3 Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge %1 · Contact %2 · Resolve %3
Escalated cases: %4</source>
        <translation>Bestätigen %1 · Kontakt %2 · Lösen %3
Eskalierte Fälle: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
over %2 resolved</source>
        <translation>%1
über %2 gelöste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case resolved in this range</source>
        <translation>In diesem Zeitraum wurde kein Fall gelöst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Largest root cause: %1 with %2</source>
        <translation>Größte Grundursache: %1 mit %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cases with root cause %1</source>
        <translation>Fälle mit Grundursache %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cases opened in %1 with root cause %2</source>
        <translation>In %1 eröffnete Fälle mit Grundursache %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Cases opened in %1</source>
        <translation>In %1 eröffnete Fälle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start</source>
        <translation>der Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>all products</source>
        <translation>alle Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by nobody</source>
        <translation>niemandem zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any owner</source>
        <translation>beliebiger Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root cause %1</source>
        <translation>Grundursache %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all root causes</source>
        <translation>alle Grundursachen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no figures to export yet; wait until the dashboard has refreshed.</source>
        <translation>Es gibt noch keine Kennzahlen zum Exportieren; warten Sie, bis das Dashboard aktualisiert ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redress dashboard: %1</source>
        <translation>Redress-Dashboard: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the PDF %1; check the folder exists and is writable.</source>
        <translation>Das PDF %1 kann nicht geschrieben werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures as of %1 (UTC), by %2</source>
        <translation>Kennzahlen zum Stand %1 (UTC), von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add a page to the PDF %1.</source>
        <translation>Dem PDF %1 kann keine Seite hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot finish the PDF %1.</source>
        <translation>Das PDF %1 kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>redress::ui::DialogParts</name>
    <message>
        <location filename="../../ui/common/DialogParts.cpp" line="+23"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>redress::ui::EscalateDialog</name>
    <message>
        <location filename="../../ui/sla/EscalateDialog.cpp" line="+20"/>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is already with the &lt;b&gt;%2&lt;/b&gt;, the top of the ladder.</source>
        <translation>%1 liegt bereits bei &lt;b&gt;%2&lt;/b&gt;, der obersten Stufe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 goes from the &lt;b&gt;%2&lt;/b&gt; to the &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1 geht von &lt;b&gt;%2&lt;/b&gt; an &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service executive then owes the customer:</source>
        <translation>Der Service-Verantwortliche schuldet dem Kunden dann:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the next rung needs to know, and why now</source>
        <translation>Was die nächste Stufe wissen muss, und warum gerade jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
</context>
<context>
    <name>redress::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/io/ExportDialog.cpp" line="+29"/>
        <source>Export cases to CSV</source>
        <translation>Fälle als CSV exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports the one case the list shows.</source>
        <translation>Exportiert den einen Fall, den die Liste zeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports the %1 cases the list shows, in the list&apos;s order.</source>
        <translation>Exportiert die %1 Fälle, die die Liste zeigt, in der Reihenfolge der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Columns (tick to include; Alt+Up and Alt+Down reorder):</source>
        <translation>&amp;Spalten (zum Einschließen ankreuzen; Alt+Up und Alt+Down ordnen um):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon (;) — for spreadsheets set to a decimal comma</source>
        <translation>Semikolon (;) — für Tabellenkalkulationen mit Dezimalkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Defaul&amp;ts</source>
        <translation>Standard&amp;werte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start with a byte-order &amp;mark, so Excel reads UTF-8 correctly</source>
        <translation>Mit &amp;Byte-Order-Mark beginnen, damit Excel UTF-8 richtig liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cases-%1.csv</source>
        <translation>faelle-%1.csv</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export cases to</source>
        <translation>Fälle exportieren nach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tick at least one column.</source>
        <translation>Kreuzen Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the file to write.</source>
        <translation>Nennen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting cases to %1…</source>
        <translation>Fälle werden nach %1 exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>redress::ui::FollowUpDialog</name>
    <message>
        <location filename="../../ui/cases/FollowUpDialog.cpp" line="+23"/>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive</source>
        <translation>Passiver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up of %1</source>
        <translation>Nachfassen zu %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer answered the follow-up by mail:</source>
        <translation>Der Kunde hat die Nachfrage per E-Mail beantwortet:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s answer</source>
        <translation>Die Antwort des Kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely is the customer to &amp;recommend us? (0–10)</source>
        <translation>Wie wahrscheinlich ist es, dass der Kunde uns &amp;weiterempfiehlt? (0–10)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer said, in their words</source>
        <translation>Was der Kunde gesagt hat, in seinen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score &amp;before the complaint is known:</source>
        <translation>Bewertung &amp;vor Bekanntwerden der Beschwerde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score before the complaint</source>
        <translation>Bewertung vor der Beschwerde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set &amp;aside, no score</source>
        <translation>&amp;Zurücklegen, keine Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer says nothing to score; it stays on the conversation.</source>
        <translation>Die Antwort enthält nichts zu bewerten; sie bleibt in der Konversation.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>9–10: would recommend us unprompted.</source>
        <translation>9–10: würde uns unaufgefordert weiterempfehlen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7–8: satisfied, but would not speak up for us.</source>
        <translation>7–8: zufrieden, würde sich aber nicht für uns einsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–6: unhappy; may warn others off.</source>
        <translation>0–6: unzufrieden; rät anderen womöglich ab.</translation>
    </message>
</context>
<context>
    <name>redress::ui::GestureDialog</name>
    <message>
        <location filename="../../ui/recovery/GestureDialog.cpp" line="+30"/>
        <source>Add value to %1</source>
        <translation>Kulanz für %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give something extra</source>
        <translation>Etwas zusätzlich geben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Gesture:</source>
        <translation>&amp;Kulanzleistung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cost:</source>
        <translation>K&amp;osten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gi&amp;ve</source>
        <translation>&amp;Gewähren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or: the customer declines</source>
        <translation>Oder: der Kunde lehnt ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their reason, in their words</source>
        <translation>Seine Begründung, in seinen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the &amp;decline</source>
        <translation>&amp;Ablehnung erfassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lifetime value of %1: %2. Given on this case so far: %3.</source>
        <translation>Kundenwert von %1: %2. Bisher für diesen Fall gewährt: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within your limit of %1: given at once.</source>
        <translation>Innerhalb Ihres Limits von %1: wird sofort gewährt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over your limit of %1: it will wait for a lead&apos;s approval.</source>
        <translation>Über Ihrem Limit von %1: wartet auf die Genehmigung einer Teamleitung.</translation>
    </message>
</context>
<context>
    <name>redress::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/io/ImportDialog.cpp" line="+33"/>
        <source>Import cases from CSV</source>
        <translation>Fälle aus CSV importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a UTF-8 CSV file: a header row, then one case (or customer) per row.</source>
        <translation>Wählen Sie eine UTF-8-CSV-Datei: eine Kopfzeile, dann ein Fall (oder Kunde) pro Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each &amp;row is:</source>
        <translation>Jede &amp;Zeile ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a case (its customer is found or added)</source>
        <translation>ein Fall (sein Kunde wird gefunden oder hinzugefügt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a customer (added, or updated when already known)</source>
        <translation>ein Kunde (hinzugefügt oder aktualisiert, wenn bereits bekannt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No import profile: columns guessed from their names.</source>
        <translation>Kein Importprofil: Spalten nach ihren Namen erraten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load profile…</source>
        <translation>Profil &amp;laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load import profile</source>
        <translation>Importprofil laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profiles (*.json);;All files (*)</source>
        <translation>Importprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save import profile</source>
        <translation>Importprofil speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import profiles (*.json)</source>
        <translation>Importprofile (*.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Columns and what they import as:</source>
        <translation>&amp;Spalten und als was sie importiert werden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imports as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First ro&amp;ws:</source>
        <translation>Erste Z&amp;eilen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a row is bad</source>
        <translation>Wenn eine Zeile fehlerhaft ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;nothing unless every row is good</source>
        <translation>&amp;Nichts importieren, solange nicht jede Zeile in Ordnung ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the &amp;good rows; save the rejected ones to:</source>
        <translation>Die &amp;guten Zeilen importieren; die abgelehnten speichern in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File for rejected rows</source>
        <translation>Datei für abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add a rep for each owner nobody here is called</source>
        <translation>Für jeden unbekannten Verantwortlichen einen Mitarbeiter &amp;anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import outcome</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import cases from</source>
        <translation>Fälle importieren aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 columns separated by %2; %3.</source>
        <translation>%1 Spalten, getrennt durch %2; %3.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>-rejected.csv</source>
        <translation>-abgelehnt.csv</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(don&apos;t import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+19"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported. Bad rows: %1. Correct them, or choose to import the good rows.</source>
        <translation>Nichts wurde importiert. Fehlerhafte Zeilen: %1. Korrigieren Sie sie, oder wählen Sie, die guten Zeilen zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers added: %1; updated: %2.</source>
        <translation>Kunden hinzugefügt: %1; aktualisiert: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases imported: %1; already here and unchanged: %2; refreshed: %3.</source>
        <translation>Fälle importiert: %1; schon vorhanden und unverändert: %2; aktualisiert: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows rejected: %1, saved to %2.</source>
        <translation>Abgelehnte Zeilen: %1, gespeichert in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers: %1; new products: %2.</source>
        <translation>Neue Kunden: %1; neue Produkte: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New users (as reps): %1.</source>
        <translation>Neue Benutzer (als Mitarbeiter): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>redress::ui::MailPoller</name>
    <message>
        <location filename="../../ui/mail/MailPoller.cpp" line="+82"/>
        <source>Mail: no team mailbox is set up (Settings › Mail).</source>
        <translation>Mail: es ist kein Team-Postfach eingerichtet (Einstellungen › Mail).</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n neuer Fall</numerusform>
            <numerusform>%n neue Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reply/replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading: %1</source>
        <translation>Lesen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n follow-up(s) asked</source>
        <translation>
            <numerusform>%n Nachfrage gestellt</numerusform>
            <numerusform>%n Nachfragen gestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups: %1</source>
        <translation>Nachfragen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to try again</source>
        <translation>
            <numerusform>%n wird erneut versucht</numerusform>
            <numerusform>%n werden erneut versucht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending: %1</source>
        <translation>Senden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Mail: %1</source>
        <translation>Mail: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail: nothing new.</source>
        <translation>Mail: nichts Neues.</translation>
    </message>
</context>
<context>
    <name>redress::ui::MailSettingsDialog</name>
    <message>
        <location filename="../../ui/mail/MailSettingsDialog.cpp" line="+23"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The team mailbox: Redress reads new mail from it into cases and sends replies through it.</source>
        <translation>Das Team-Postfach: Redress liest neue Mail daraus in Fälle und sendet Antworten darüber.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team mailbox. Only an administrator can change it.</source>
        <translation>Das Team-Postfach. Nur ein Administrator kann es ändern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;IMAP server:</source>
        <translation>&amp;IMAP-Server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SMTP server:</source>
        <translation>&amp;SMTP-Server:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer Care &lt;care@example.com&gt;</source>
        <translation>Kundenservice &lt;care@example.com&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade imap:// and smtp:// with S&amp;TARTTLS (required, not tried)</source>
        <translation>imap:// und smtp:// mit S&amp;TARTTLS absichern (verlangt, nicht nur versucht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow plain text and unchecked certificates to a server on this &amp;machine</source>
        <translation>Klartext und ungeprüfte Zertifikate zu einem Server auf diesem &amp;Rechner erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a test server or a local relay; refused for any other host</source>
        <translation>Nur für einen Testserver oder ein lokales Relay; für jeden anderen Host abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: marked as read and left in place</source>
        <translation>leer: als gelesen markiert und dort belassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stored mail &amp;to folder:</source>
        <translation>Gespeicherte Mail in &amp;Ordner verschieben:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch &amp;every:</source>
        <translation>Abrufen &amp;alle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no keyring here</source>
        <translation>kein Schlüsselbund hier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP &amp;password:</source>
        <translation>IMAP-&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP pass&amp;word:</source>
        <translation>SMTP-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are kept in the desktop&apos;s keyring, never in the store or the settings file.</source>
        <translation>Passwörter liegen im Schlüsselbund des Desktops, nie im Datenbestand oder in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No desktop keyring answers here, so Redress keeps no password: it reads REDRESS_IMAP_PASSWORD and REDRESS_SMTP_PASSWORD from the environment it starts in.</source>
        <translation>Hier antwortet kein Schlüsselbund des Desktops, daher speichert Redress kein Passwort: es liest REDRESS_IMAP_PASSWORD und REDRESS_SMTP_PASSWORD aus der Umgebung, in der es startet.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>A folder name cannot hold quotes or line breaks.</source>
        <translation>Ein Ordnername darf keine Anführungszeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The account is saved. %1</source>
        <translation>Das Konto ist gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>redress::ui::MainWindow</name>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+74"/>
        <location line="+422"/>
        <source>Redress — %1</source>
        <translation>Redress — %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A&amp;pprovals…</source>
        <translation>&amp;Genehmigungen…</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&amp;Priority matrix…</source>
        <translation>&amp;Prioritätsmatrix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;SLA calendar and targets…</source>
        <translation>&amp;SLA-Kalender und -Ziele…</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>P&amp;roblem records…</source>
        <translation>P&amp;roblemberichte…</translation>
    </message>
    <message>
        <location line="-309"/>
        <location line="+596"/>
        <source>Import mail</source>
        <translation>Mail importieren</translation>
    </message>
    <message>
        <location line="-595"/>
        <source>Saved messages (*.eml);;All files (*)</source>
        <translation>Gespeicherte Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Redress</source>
        <translation>Über Redress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Redress&lt;/b&gt; %1&lt;br&gt;Complaint handling as service recovery.&lt;br&gt;Store: %2&lt;br&gt;Signed in as %3 (%4).&lt;br&gt;Licensed under the GNU GPL v3 or later.</source>
        <translation>&lt;b&gt;Redress&lt;/b&gt; %1&lt;br&gt;Beschwerdebearbeitung als Service-Recovery.&lt;br&gt;Datenbestand: %2&lt;br&gt;Angemeldet als %3 (%4).&lt;br&gt;Lizenziert unter der GNU GPL v3 oder neuer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Recovery</source>
        <translation>&amp;Wiedergutmachung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../../ui/cases/CaseCommands.cpp" line="+42"/>
        <source>Note not saved</source>
        <translation>Notiz nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+72"/>
        <source>The escalation rules did not run: %1</source>
        <translation>Die Eskalationsregeln wurden nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Redress</source>
        <translation>Redress</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Dashboard — Redress</source>
        <translation>Dashboard — Redress</translation>
    </message>
    <message>
        <location filename="../../ui/cases/CaseCommands.cpp" line="+120"/>
        <source>Problem records</source>
        <translation>Problemberichte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no open problem record yet. A lead or the quality team opens one in View › Problem records.</source>
        <translation>Es gibt noch keinen offenen Problembericht. Eine Teamleitung oder das Qualitätsteam eröffnet einen unter Ansicht › Problemberichte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link to problem</source>
        <translation>Mit Problem verknüpfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Link %n case(s) to which problem record?</source>
        <translation>
            <numerusform>%n Fall mit welchem Problembericht verknüpfen?</numerusform>
            <numerusform>%n Fälle mit welchem Problembericht verknüpfen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cases not linked</source>
        <translation>Fälle nicht verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 newly linked to %2.</source>
        <translation>%1 neu mit %2 verknüpft.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+69"/>
        <source>A&amp;pprovals (%1)…</source>
        <translation>&amp;Genehmigungen (%1)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;roblem records (%1 reviews due)…</source>
        <translation>P&amp;roblemberichte (%1 Prüfungen fällig)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redress: %1 in your queue</source>
        <translation>Redress: %1 in Ihrer Warteschlange</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>New in your queue: %n case(s)</source>
        <translation>
            <numerusform>Neu in Ihrer Warteschlange: %n Fall</numerusform>
            <numerusform>Neu in Ihrer Warteschlange: %n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Running the escalation rules…</source>
        <translation>Eskalationsregeln werden ausgeführt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority matrix saved; open cases were re-prioritised.</source>
        <translation>Prioritätsmatrix gespeichert; offene Fälle wurden neu priorisiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SLA settings saved; the due times of open cases moved with them.</source>
        <translation>SLA-Einstellungen gespeichert; die Fälligkeiten offener Fälle wurden mitverschoben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>View the &amp;priority matrix…</source>
        <translation>&amp;Prioritätsmatrix ansehen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View the &amp;SLA calendar and targets…</source>
        <translation>&amp;SLA-Kalender und -Ziele ansehen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+7"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Who works at this desk now?</source>
        <translation>Wer arbeitet jetzt an diesem Arbeitsplatz?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no Redress password, so the desk cannot be handed to them. They set one with redress-cli users passwd.</source>
        <translation>%1 hat kein Redress-Passwort, daher kann der Arbeitsplatz nicht an sie oder ihn übergeben werden. Ein Passwort wird mit redress-cli users passwd gesetzt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Now working as %1.</source>
        <translation>Sie arbeiten jetzt als %1.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reply queued; the next mail pass sends it.</source>
        <translation>Antwort eingereiht; der nächste Mail-Durchlauf sendet sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mail: fetching…</source>
        <translation>Mail: wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Importing %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird importiert…</numerusform>
            <numerusform>%n Nachrichten werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Mail imported: %n new case(s)</source>
        <translation>
            <numerusform>Mail importiert: %n neuer Fall</numerusform>
            <numerusform>Mail importiert: %n neue Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n reply/replies</source>
        <translation>
            <numerusform>, %n Antwort</numerusform>
            <numerusform>, %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ignored</source>
        <translation>
            <numerusform>, %n übergangen</numerusform>
            <numerusform>, %n übergangen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/cases/CaseCommands.cpp" line="-136"/>
        <source>The case was not moved</source>
        <translation>Der Fall wurde nicht verschoben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move cases</source>
        <translation>Fälle verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move these %1 cases to %2?</source>
        <translation>Diese %1 Fälle nach %2 verschieben?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case was moved</source>
        <translation>Kein Fall wurde verschoben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot assign</source>
        <translation>Zuweisen nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give %1 to:</source>
        <translation>%1 geben an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give these %1 cases to:</source>
        <translation>Diese %1 Fälle geben an:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case was not assigned</source>
        <translation>Der Fall wurde nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No case was assigned</source>
        <translation>Kein Fall wurde zugewiesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery</source>
        <translation>Wiedergutmachung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up of %1 recorded.</source>
        <translation>Nachfassen zu %1 erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="-52"/>
        <source>Exported to %1 (cases: %2).</source>
        <translation>Exportiert nach %1 (Fälle: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/cases/CaseCommands.cpp" line="+66"/>
        <source>Case summary</source>
        <translation>Fallzusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who is the summary for?</source>
        <translation>Für wen ist die Zusammenfassung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer (no costs, analysis or internal notes)</source>
        <translation>Den Kunden (ohne Kosten, Analyse oder interne Notizen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A manager (everything)</source>
        <translation>Eine Führungskraft (alles)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot print the summary</source>
        <translation>Die Zusammenfassung kann nicht gedruckt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the summary as</source>
        <translation>Zusammenfassung speichern unter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot write the summary</source>
        <translation>Die Zusammenfassung kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the summary of %1 to %2.</source>
        <translation>Zusammenfassung von %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/admin/BackupController.cpp" line="+39"/>
        <source>redress-backup-%1.sqlite</source>
        <translation>redress-sicherung-%1.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the store to</source>
        <translation>Datenbestand sichern nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Redress stores (*.sqlite);;All files (*)</source>
        <translation>Redress-Datenbestände (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Sicherung abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to %1 and checked (cases: %2).</source>
        <translation>Nach %1 gesichert und geprüft (Fälle: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot restore this file</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the store with this backup (cases: %1; written %2)?

Everything recorded since the backup was taken is replaced. The store as it is now is kept beside it as %3.</source>
        <translation>Den Datenbestand durch diese Sicherung ersetzen (Fälle: %1; geschrieben %2)?

Alles, was seit der Sicherung erfasst wurde, wird ersetzt. Der jetzige Datenbestand wird daneben als %3 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Daily backup written to %1.</source>
        <translation>Tägliche Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/app/MainWindow.cpp" line="+173"/>
        <location filename="../../ui/cases/CaseCommands.cpp" line="-104"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved case</source>
        <translation>Nicht gespeicherter Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case you were typing on %1 was not saved. Open it again?</source>
        <translation>Ein Fall, den Sie am %1 eingegeben haben, wurde nicht gespeichert. Erneut öffnen?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;tr&gt;&lt;td&gt;In the new-case form: save&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Im Formular für neue Fälle: speichern&lt;/td&gt;&lt;td&gt;&amp;nbsp;&amp;nbsp;&lt;b&gt;Enter&lt;/b&gt; oder &lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>redress::ui::PasswordDialog</name>
    <message>
        <location filename="../../ui/admin/PasswordDialog.cpp" line="+16"/>
        <source>Hand the desk to %1</source>
        <translation>Arbeitsplatz an %1 übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s Redress password, to work as them at this desk:</source>
        <translation>Redress-Passwort von %1, um an diesem Arbeitsplatz als diese Person zu arbeiten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Switch</source>
        <translation>&amp;Wechseln</translation>
    </message>
</context>
<context>
    <name>redress::ui::PriorityMatrixDialog</name>
    <message>
        <location filename="../../ui/sla/PriorityMatrixDialog.cpp" line="+40"/>
        <source>Priority matrix</source>
        <translation>Prioritätsmatrix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A case&apos;s priority follows from its severity and what the failure does to the customer&apos;s business. The SLA targets of each priority decide how soon it must be acknowledged, answered and resolved.</source>
        <translation>Die Priorität eines Falls ergibt sich aus seinem Schweregrad und dem, was der Fehler für das Geschäft des Kunden bedeutet. Die SLA-Ziele jeder Priorität bestimmen, wie bald er bestätigt, beantwortet und gelöst sein muss.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) may look but not change the priority matrix.</source>
        <translation>%1 (%2) darf die Prioritätsmatrix ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity ↓  Impact →</source>
        <translation>Schweregrad ↓  Auswirkung →</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A stopped business is always an emergency.</source>
        <translation>Ein stillstehender Geschäftsbetrieb ist immer ein Notfall.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The “%1” column is always Emergency and cannot be changed: a customer whose business has stopped (the practice that sends its patients home) cannot wait, whatever the severity.</source>
        <translation>Die Spalte „%1“ ist immer Notfall und kann nicht geändert werden: ein Kunde, dessen Geschäftsbetrieb steht (die Praxis, die ihre Patienten nach Hause schickt), kann nicht warten, unabhängig vom Schweregrad.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Saved. Every open case has been re-prioritised by the new matrix; closed cases keep the priority they closed with.</source>
        <translation>Gespeichert. Jeder offene Fall wurde nach der neuen Matrix neu priorisiert; geschlossene Fälle behalten die Priorität, mit der sie geschlossen wurden.</translation>
    </message>
</context>
<context>
    <name>redress::ui::ProblemDesk</name>
    <message>
        <location filename="../../ui/problems/ProblemDesk.cpp" line="+65"/>
        <source>Problem records — Redress</source>
        <translation>Problemberichte — Redress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New problem</source>
        <translation>&amp;Neues Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root &amp;cause:</source>
        <translation>Grund&amp;ursache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrective &amp;action:</source>
        <translation>&amp;Korrekturmaßnahme:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective:</source>
        <translation>Wirksam:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Effectiveness &amp;reviews:</source>
        <translation>Wirksamkeits&amp;prüfungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Linked cases (Enter opens one):</source>
        <translation>Verknüpfte &amp;Fälle (Enter öffnet einen):</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Problem lists</source>
        <translation>Problemlisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All problems</source>
        <translation>Alle Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reviews due</source>
        <translation>Meine fälligen Prüfungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem records</source>
        <translation>Problemberichte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>Nächste Prüfung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The defect in a few words, e.g. “VP-200 power supply fails in humid rooms”</source>
        <translation>Der Mangel in wenigen Worten, z. B. „Netzteil des VP-200 fällt in feuchten Räumen aus“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What was changed so it does not happen again</source>
        <translation>Was geändert wurde, damit es nicht wieder passiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took &amp;effect on</source>
        <translation>&amp;Wirksam ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective day</source>
        <translation>Wirksamkeitstag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the problem record (%1)</source>
        <translation>Problembericht speichern (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaints per 100 before and after the corrective action</source>
        <translation>Beschwerden pro 100 vor und nach der Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effectiveness reviews</source>
        <translation>Wirksamkeitsprüfungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+226"/>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete re&amp;view…</source>
        <translation>Prüfung a&amp;bschließen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Linked cases</source>
        <translation>Verknüpfte Fälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My reviews due (%1)</source>
        <translation>Meine fälligen Prüfungen (%1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>An effectiveness review is due</source>
        <translation>Eine Wirksamkeitsprüfung ist fällig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A new problem record.</source>
        <translation>Ein neuer Problembericht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1, opened %2 by %3.</source>
        <translation>%1, eröffnet %2 von %3.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source> Your text is kept; open the problem again to see the other change.</source>
        <translation> Ihr Text bleibt erhalten; öffnen Sie das Problem erneut, um die andere Änderung zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No complaints in the weeks around this problem yet</source>
        <translation>Noch keine Beschwerden in den Wochen um dieses Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the problem to see its complaints per week</source>
        <translation>Speichern Sie das Problem, um seine Beschwerden pro Woche zu sehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of analysed complaints, %1; action on %2</source>
        <translation>Anteil der analysierten Beschwerden, %1; Korrekturmaßnahme am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of analysed complaints, %1; no action in effect yet</source>
        <translation>Anteil der analysierten Beschwerden, %1; noch keine Korrekturmaßnahme wirksam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO week, from %1-W%2</source>
        <translation>ISO-Kalenderwoche, ab %1-W%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before: %1 per 100 over %2 weeks (%3 of %4 analysed).</source>
        <translation>Davor: %1 pro 100 über %2 Wochen (%3 von %4 analysierten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After: %1 per 100 over %2 weeks (%3 of %4 analysed).</source>
        <translation>Danach: %1 pro 100 über %2 Wochen (%3 von %4 analysierten).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>per 100</source>
        <translation>pro 100</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Stat&amp;us:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Unl&amp;ink case</source>
        <translation>Fall &amp;entknüpfen</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of the change or running week</source>
        <translation>Woche der Änderung oder laufende Woche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Review recorded: %1.</source>
        <translation>Prüfung erfasst: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complete review</source>
        <translation>Prüfung abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The verdict recorded with this review is the one shown now: %1.
Your note:</source>
        <translation>Das mit dieser Prüfung erfasste Urteil ist das jetzt angezeigte: %1.
Ihre Notiz:</translation>
    </message>
</context>
<context>
    <name>redress::ui::RecoveryPanel</name>
    <message>
        <location filename="../../ui/recovery/RecoveryPanel.cpp" line="+33"/>
        <source>1. Apologise</source>
        <translation>1. Entschuldigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Solve</source>
        <translation>2. Lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Add value</source>
        <translation>3. Kulanz gewähren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. Analyse</source>
        <translation>4. Analysieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pologise…</source>
        <translation>&amp;Entschuldigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;olve…</source>
        <translation>Lö&amp;sen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anal&amp;yse…</source>
        <translation>&amp;Analysieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add v&amp;alue…</source>
        <translation>&amp;Kulanz gewähren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sent by %1 (%2): “%3”</source>
        <translation>Gesendet von %1 (%2): „%3“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet — say sorry first, sincerely.</source>
        <translation>Noch nicht — entschuldigen Sie sich zuerst, aufrichtig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Wants: “%2”</source>
        <translation>%1 Wünscht: „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promised %1 (%2)</source>
        <translation>zugesagt bis %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet — ask what the customer wants.</source>
        <translation>Noch nicht — fragen Sie, was der Kunde möchte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Declined: “%1”</source>
        <translation>Abgelehnt: „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given %1 of a lifetime value of %2</source>
        <translation>%1 gewährt bei einem Kundenwert von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 waiting for approval</source>
        <translation>%1 wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rejected by %2: “%3”</source>
        <translation>%1 abgelehnt von %2: „%3“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet — lifetime value %1.</source>
        <translation>Noch nicht — Kundenwert %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · education gap</source>
        <translation> · Schulungslücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet — why did it happen?</source>
        <translation>Noch nicht — warum ist es passiert?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The step to do next</source>
        <translation>Der nächste Schritt</translation>
    </message>
</context>
<context>
    <name>redress::ui::ReplyDialog</name>
    <message>
        <location filename="../../ui/mail/ReplyDialog.cpp" line="+49"/>
        <source>Reply on %1</source>
        <translation>Antwort zu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No team mailbox is set up, so nothing can be sent. An administrator sets it up in Settings › Mail.</source>
        <translation>Es ist kein Team-Postfach eingerichtet, daher kann nichts gesendet werden. Ein Administrator richtet es unter Einstellungen › Mail ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No e-mail address is known for %1: add one to the customer, or answer by phone.</source>
        <translation>Für %1 ist keine E-Mail-Adresse bekannt: ergänzen Sie eine beim Kunden oder antworten Sie telefonisch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checker (warnings only):</source>
        <translation>Prüfung (nur Warnungen):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checker findings</source>
        <translation>Befunde der Prüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachments (up to 25 MB in all):</source>
        <translation>Anhänge (insgesamt bis 25 MB):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue the message; the next mail pass sends it (Ctrl+Return)</source>
        <translation>Die Nachricht einreihen; der nächste Mail-Durchgang sendet sie (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none: write from scratch)</source>
        <translation>(keine: frei schreiben)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>These files would make %1 in all; a reply carries at most %2. Send fewer, or share a link.</source>
        <translation>Diese Dateien ergäben insgesamt %1; eine Antwort trägt höchstens %2. Senden Sie weniger oder teilen Sie einen Link.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The template “%1” cannot be used: %2</source>
        <translation>Die Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing to flag.</source>
        <translation>Nichts zu beanstanden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reply is empty: write what the customer should read.</source>
        <translation>Die Antwort ist leer: schreiben Sie, was der Kunde lesen soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The attachments make more than %1; remove some.</source>
        <translation>Die Anhänge ergeben mehr als %1; entfernen Sie einige.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>redress::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/app/SettingsDialog.cpp" line="+45"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Store at start</source>
        <translation>Bestand beim Start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file for one desk, or a team&apos;s server as postgresql://user@host:port/database</source>
        <translation>Eine Datei für einen Arbeitsplatz oder der Server eines Teams als postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store to open at start</source>
        <translation>Beim Start zu öffnender Datenbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redress stores (*.redress *.db);;All files (*)</source>
        <translation>Redress-Datenbestände (*.redress *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (this computer&apos;s account; File › Switch user hands the desk to someone else with their password)</source>
        <translation>%1 (das Konto dieses Computers; Datei › Benutzer wechseln übergibt den Arbeitsplatz mit deren Passwort an jemand anderen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now:</source>
        <translation>Jetzt geöffnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store at start:</source>
        <translation>Daten&amp;bestand beim Start:</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Store and &amp;user</source>
        <translation>Datenbestand und Ben&amp;utzer</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>SLA &amp;calendar and targets…</source>
        <translation>SLA-&amp;Kalender und -Ziele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority matrix…</source>
        <translation>&amp;Prioritätsmatrix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic &amp;backups…</source>
        <translation>&amp;Automatische Sicherungen…</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Service le&amp;vel and backups</source>
        <translation>Service-&amp;Level und Sicherungen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Works as:</source>
        <translation>Arbeitet als:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty field uses the default shown. The command line&apos;s --db wins over it. Changes apply when Redress starts again.</source>
        <translation>Ein leeres Feld verwendet den angezeigten Standard. --db auf der Befehlszeile hat Vorrang. Änderungen gelten beim nächsten Start von Redress.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working hours, holidays and targets belong to the store and are shared by everyone who opens it; backups are this desk&apos;s own.</source>
        <translation>Arbeitszeiten, Feiertage und Ziele gehören zum Datenbestand und gelten für alle, die ihn öffnen; Sicherungen gehören zu diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Follow the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when Redress starts again. Text size follows the desktop&apos;s font and scaling.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Redress. Die Textgröße folgt der Schrift und Skalierung des Desktops.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Write a server as postgresql://user@host:port/database.</source>
        <translation>Schreiben Sie einen Server als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redress does not keep passwords: put it in ~/.pgpass (or PGPASSWORD) and leave it out of the address.</source>
        <translation>Redress speichert keine Passwörter: Legen Sie es in ~/.pgpass (oder PGPASSWORD) ab und lassen Sie es aus der Adresse weg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store must be a file, and %1 is a folder.</source>
        <translation>Der Datenbestand muss eine Datei sein, und %1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>redress::ui::SlaPanel</name>
    <message>
        <location filename="../../ui/sla/SlaPanel.cpp" line="+80"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record an obligation for %1</source>
        <translation>Verpflichtung für %1 erfassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whom you spoke to, and what you promised</source>
        <translation>Mit wem Sie gesprochen und was Sie zugesagt haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The estimate given, and what it rests on</source>
        <translation>Die abgegebene Schätzung und worauf sie beruht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More frequent maintenance, redundancy, training …</source>
        <translation>Häufigere Wartung, Redundanz, Schulung …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Was getan wurde:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record it (Ctrl+Enter)</source>
        <translation>Erfassen (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service level targets</source>
        <translation>Service-Level-Ziele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business time</source>
        <translation>Geschäftszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business time from opening until met (or until now), time waiting on the customer excluded</source>
        <translation>Geschäftszeit von der Eröffnung bis zur Erfüllung (oder bis jetzt), ohne die Zeit des Wartens auf den Kunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The service level could not be read: %1</source>
        <translation>Der Service-Level konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Priority: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Priorität: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bei: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;waiting on the customer&lt;/i&gt;</source>
        <translation>&lt;i&gt;wartet auf den Kunden&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next rung due %1</source>
        <translation>Nächste Stufe fällig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>around the clock</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rules move the case up a rung at %1 unless its targets are met.</source>
        <translation>Die Regeln heben den Fall um %1 eine Stufe höher, sofern seine Ziele nicht erfüllt sind.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+25"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Not known while the clock stands still</source>
        <translation>Unbekannt, solange die Uhr stillsteht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>met late</source>
        <translation>verspätet erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer: %1</source>
        <translation>Wartet auf Kunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated %1: %2 → %3 · %4 · by %5</source>
        <translation>Eskaliert %1: %2 → %3 · %4 · von %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rules</source>
        <translation>die Regeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target missed was due %1.</source>
        <translation>Das verfehlte Ziel war fällig %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✓ %1, %2: “%3”</source>
        <translation>✓ %1, %2: „%3“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>owed</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recor&amp;d…</source>
        <translation>Erf&amp;assen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record: %1</source>
        <translation>Erfassen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prevention suggestion comes after resolution.</source>
        <translation>Der Vorschlag zur Vermeidung kommt nach der Lösung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what was done</source>
        <translation>Erfassen, was getan wurde</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;ustomer replied</source>
        <translation>Kunde hat &amp;geantwortet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Waiting on customer…</source>
        <translation>&amp;Warten auf Kunden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the SLA clock: the customer answered (%1)</source>
        <translation>SLA-Uhr neu starten: der Kunde hat geantwortet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the SLA clock while the case waits on the customer (%1)</source>
        <translation>SLA-Uhr anhalten, solange der Fall auf den Kunden wartet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a case awaiting resolution has a clock to stop</source>
        <translation>Nur ein Fall, der auf eine Lösung wartet, hat eine Uhr zum Anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalate the case one rung up the ladder, with a reason (%1)</source>
        <translation>Den Fall mit Begründung eine Stufe höher eskalieren (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed case is not escalated; reopen it first</source>
        <translation>Ein geschlossener Fall wird nicht eskaliert; öffnen Sie ihn zuerst wieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already with the service executive, the top of the ladder</source>
        <translation>Bereits beim Service-Verantwortlichen, der obersten Stufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already with the team lead; only a lead takes it on to the service executive</source>
        <translation>Bereits bei der Teamleitung; nur eine Teamleitung gibt ihn an den Service-Verantwortlichen weiter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customer replied</source>
        <translation>Kunde hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock of %1 was not restarted.

%2</source>
        <translation>Die Uhr von %1 wurde nicht neu gestartet.

%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting on the customer: %1</source>
        <translation>Warten auf den Kunden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SLA clock of %1 stops until the customer replies; its due times move out by the business time waited.</source>
        <translation>Die SLA-Uhr von %1 steht, bis der Kunde antwortet; ihre Fälligkeiten verschieben sich um die gewartete Geschäftszeit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What we are waiting for (optional)</source>
        <translation>Worauf wir warten (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the clock</source>
        <translation>Uhr &amp;anhalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting on the customer</source>
        <translation>Warten auf den Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock of %1 was not stopped.

%2</source>
        <translation>Die Uhr von %1 wurde nicht angehalten.

%2</translation>
    </message>
</context>
<context>
    <name>redress::ui::SlaSettingsDialog</name>
    <message>
        <location filename="../../ui/sla/SlaSettingsDialog.cpp" line="+142"/>
        <source>SLA calendar and targets</source>
        <translation>SLA-Kalender und -Ziele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) may look but not change the SLA calendar or targets.</source>
        <translation>%1 (%2) darf den SLA-Kalender und die SLA-Ziele ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Business calendar</source>
        <translation>Geschäftskalender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Working hours, such as 09:00–12:00, 13:00–17:00; empty for a day off.</source>
        <translation>Arbeitszeiten wie 09:00–12:00, 13:00–17:00; leer für einen freien Tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working hours on %1</source>
        <translation>Arbeitszeiten am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day off</source>
        <translation>frei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Holidays (dates as YYYY-MM-DD; To empty for a single day):</source>
        <translation>&amp;Feiertage (Datum als JJJJ-MM-TT; Bis leer für einen einzelnen Tag):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add holiday</source>
        <translation>Feiertag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove holiday</source>
        <translation>Feiertag &amp;entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Targets per priority</source>
        <translation>Ziele pro Priorität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hours and minutes (h:mm) of business time on the calendar above, counted from when the case was opened; “Around the clock” counts every hour instead. The lead&apos;s time runs from when the case reached the team lead until it goes on to the service executive.</source>
        <translation>Stunden und Minuten (h:mm) Geschäftszeit nach dem Kalender oben, gezählt ab der Eröffnung des Falls; „Rund um die Uhr“ zählt stattdessen jede Stunde. Die Zeit der Teamleitung läuft ab dem Eingang des Falls bei der Teamleitung, bis er an den Service-Verantwortlichen weitergeht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SLA targets per priority</source>
        <translation>SLA-Ziele pro Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead&apos;s time</source>
        <translation>Zeit der Teamleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Around the clock</source>
        <translation>Rund um die Uhr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the case may stay unresolved with the team lead before it goes to the service executive</source>
        <translation>Wie lange der Fall bei der Teamleitung ungelöst bleiben darf, bevor er an den Service-Verantwortlichen geht</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1: write working hours as from–to times, such as 09:00–12:00, 13:00–17:00.</source>
        <translation>%1: schreiben Sie Arbeitszeiten als Von–bis-Zeiten, etwa 09:00–12:00, 13:00–17:00.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Holiday %1: “%2” is not a date; write it as YYYY-MM-DD.</source>
        <translation>Feiertag %1: „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holiday %1: “%2” is not a date; write it as YYYY-MM-DD, or leave it empty for a single day.</source>
        <translation>Feiertag %1: „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, oder lassen Sie es für einen einzelnen Tag leer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2: “%3” is not hours and minutes; write h:mm, such as 0:30 or 8:00.</source>
        <translation>%1, %2: „%3“ sind keine Stunden und Minuten; schreiben Sie h:mm, etwa 0:30 oder 8:00.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2) may not change the SLA calendar or targets.</source>
        <translation>%1 (%2) darf den SLA-Kalender und die SLA-Ziele nicht ändern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing has changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moving the due times of open cases…</source>
        <translation>Fälligkeiten offener Fälle werden verschoben…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved. The due times of every case still awaiting resolution follow the new %1; escalations already made stay made.</source>
        <translation>Gespeichert. Die Fälligkeiten jedes Falls, der noch auf eine Lösung wartet, richten sich nach dem neuen Stand von %1; bereits erfolgte Eskalationen bleiben bestehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calendar and targets</source>
        <translation>Kalender und Zielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targets</source>
        <translation>Zielen</translation>
    </message>
</context>
<context>
    <name>redress::ui::SolutionDialog</name>
    <message>
        <location filename="../../ui/recovery/SolutionDialog.cpp" line="+22"/>
        <source>Solve %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask them, and write their answer in their words</source>
        <translation>Fragen Sie ihn und schreiben Sie seine Antwort in seinen Worten auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer &amp;wants:</source>
        <translation>Der Kunde &amp;wünscht:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fix, or the best alternative when it cannot be fixed</source>
        <translation>Die Behebung, oder die beste Alternative, wenn sie sich nicht beheben lässt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Behebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise a date</source>
        <translation>&amp;Datum zusagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised by</source>
        <translation>Zugesagt bis</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No history yet for this kind of problem.</source>
        <translation>Noch keine Erfahrungswerte für diese Art von Problem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems like this took %1 days to fix (median of recent cases).</source>
        <translation>Probleme wie dieses brauchten %1 Tage bis zur Behebung (Median der letzten Fälle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This promise allows %1 days: shorter than usual, so make sure it can be kept.</source>
        <translation>Diese Zusage lässt %1 Tage: kürzer als üblich, stellen Sie also sicher, dass sie eingehalten werden kann.</translation>
    </message>
</context>
<context>
    <name>redress::ui::TaxonomyDialog</name>
    <message>
        <location filename="../../ui/recovery/TaxonomyDialog.cpp" line="+26"/>
        <location line="+7"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Root causes:</source>
        <translation>&amp;Grundursachen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name of the new root cause</source>
        <translation>Name der neuen Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Seal wear</source>
        <translation>z. B. Dichtungsverschleiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add &amp;child</source>
        <translation>&amp;Unterursache hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the name under the selected root cause</source>
        <translation>Den Namen unter der ausgewählten Grundursache hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;top-level</source>
        <translation>Auf &amp;oberster Ebene hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the name at the top of the tree</source>
        <translation>Den Namen an der Spitze des Baums hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2) may look but not change the root-cause tree.</source>
        <translation>%1 (%2) darf den Baum der Grundursachen ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Parent: choose the root cause to add under.</source>
        <translation>Übergeordnet: wählen Sie die Grundursache, unter der hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>redress::ui::TemplateEditorDialog</name>
    <message>
        <location filename="../../ui/recovery/TemplateEditorDialog.cpp" line="+52"/>
        <source>Apology templates</source>
        <translation>Entschuldigungsvorlagen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template body</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Placeholders (Enter or double-click inserts):</source>
        <translation>&amp;Platzhalter (Enter oder Doppelklick fügt ein):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+123"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+15"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Case to preview with</source>
        <translation>Fall für die Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RD-000123</source>
        <translation>RD-000123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a team lead, an executive or an administrator may change templates; %1 is signed in as %2.</source>
        <translation>Nur eine Teamleitung, ein Verantwortlicher oder ein Administrator darf Vorlagen ändern; %1 ist angemeldet als %2.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dear {{customer.first_name}},

</source>
        <translation>Guten Tag {{customer.first_name}},

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new template: its key is made from the title when you save it.</source>
        <translation>Eine neue Vorlage: ihr Schlüssel wird beim Speichern aus dem Titel gebildet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no case to preview with yet.</source>
        <translation>Es gibt noch keinen Fall für die Vorschau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a case reference such as RD-000123.</source>
        <translation>&apos;%1&apos; ist keine Fallreferenz wie RD-000123.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Not saved: the body has a problem (see above).</source>
        <translation>Nicht gespeichert: der Text hat ein Problem (siehe oben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” saved as version %2.</source>
        <translation>„%1“ als Version %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>redress::ui::UsersDialog</name>
    <message>
        <location filename="../../ui/admin/UsersDialog.cpp" line="+19"/>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Give this role</source>
        <translation>Diese Rolle &amp;geben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only an administrator changes roles; you are signed in as %1 (%2).</source>
        <translation>Nur ein Administrator ändert Rollen; Sie sind angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
</context>
<context>
    <name>redress::ui::summary</name>
    <message>
        <location filename="../../ui/io/SummaryPrinter.cpp" line="+75"/>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
