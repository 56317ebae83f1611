<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>I have children</source>
        <translation>Ich habe Kinder</translation>
    </message>
    <message>
        <source>We are expecting a baby</source>
        <translation>Wir erwarten ein Baby</translation>
    </message>
    <message>
        <source>I am a student</source>
        <translation>Ich studiere</translation>
    </message>
    <message>
        <source>I have a job</source>
        <translation>Ich habe eine Arbeitsstelle</translation>
    </message>
    <message>
        <source>I am looking for work</source>
        <translation>Ich suche Arbeit</translation>
    </message>
    <message>
        <source>I run a business</source>
        <translation>Ich führe ein Unternehmen</translation>
    </message>
    <message>
        <source>I am retired</source>
        <translation>Ich bin in Rente</translation>
    </message>
    <message>
        <source>I am not a Belgian citizen</source>
        <translation>Ich habe nicht die belgische Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>Ich habe eine Behinderung</translation>
    </message>
    <message>
        <source>Someone close to me has died</source>
        <translation>Jemand, der mir nahestand, ist gestorben</translation>
    </message>
    <message>
        <source>Tell us about your situation (optional)</source>
        <translation>Erzählen Sie uns von Ihrer Situation (freiwillig)</translation>
    </message>
    <message>
        <source>Show or hide a few questions; your answers put the services that matter to you first.</source>
        <translation>Einige Fragen zeigen oder verbergen; Ihre Antworten stellen die Dienste, die für Sie wichtig sind, nach vorn.</translation>
    </message>
    <message>
        <source>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</source>
        <translation>Kreuzen Sie an, was auf Sie zutrifft. Der Weg ändert sich sofort. Ihre Antworten werden nur so lange aufbewahrt, wie Ihre Karte im Lesegerät steckt.</translation>
    </message>
    <message>
        <source>Tick if this applies to you, to see the services that go with it.</source>
        <translation>Kreuzen Sie an, wenn das auf Sie zutrifft, um die passenden Dienste zu sehen.</translation>
    </message>
</context>
<context>
    <name>CardMessages</name>
    <message>
        <source>Wrong PIN. One try left before the card is blocked.</source>
        <translation>Falscher PIN-Code. Noch ein Versuch, bevor die Karte gesperrt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. You have %n tries left.</source>
        <translation>
            <numerusform>Falscher PIN-Code. Sie haben noch %n Versuch.</numerusform>
            <numerusform>Falscher PIN-Code. Sie haben noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</source>
        <translation>Ihr PIN-Code ist nach drei falschen Versuchen gesperrt. Ihre Gemeinde kann ihn mit Ihrem PUK-Brief entsperren.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Ein PIN-Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The card was taken out. Put your eID card back in the reader and try again.</source>
        <translation>Die Karte wurde herausgenommen. Stecken Sie Ihre eID-Karte wieder in das Lesegerät und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card was changed. Check which card is in the reader.</source>
        <translation>Die Karte wurde gewechselt. Prüfen Sie, welche Karte im Lesegerät steckt.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in your card reader.</source>
        <translation>Es ist kein Kartenlesegerät angeschlossen. Schließen Sie Ihr Kartenlesegerät an.</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>Die Software für das Kartenlesegerät läuft nicht.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Diese Karte ist keine belgische eID-Karte.</translation>
    </message>
    <message>
        <source>The card did not do what was asked. Take it out, put it back and try again.</source>
        <translation>Die Karte hat nicht getan, was verlangt wurde. Nehmen Sie sie heraus, stecken Sie sie wieder hinein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</source>
        <translation>Etwas ist schiefgegangen. Versuchen Sie es erneut; passiert es wieder, öffnen Sie Hilfe, um einen Bericht für den Helpdesk zu kopieren.</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is the right way round, chip first.</source>
        <translation>Die Karte antwortet nicht. Prüfen Sie, ob sie richtig herum steckt, mit dem Chip zuerst.</translation>
    </message>
    <message>
        <source>The card was taken out while it was being read.</source>
        <translation>Die Karte wurde herausgenommen, während sie gelesen wurde.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out, put it back and try again.</source>
        <translation>Die Karte konnte nicht gelesen werden. Nehmen Sie sie heraus, stecken Sie sie wieder hinein und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>The card reader software is not running</source>
        <translation>Die Software für das Kartenlesegerät läuft nicht</translation>
    </message>
    <message>
        <source>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</source>
        <translation>Der Chipkartendienst Ihres Computers ist angehalten, daher kann das Kartenlesegerät nicht benutzt werden. Starten Sie Ihren Computer neu; bleibt dieser Bildschirm, öffnen Sie Hilfe.</translation>
    </message>
    <message>
        <source>Connect a card reader</source>
        <translation>Schließen Sie ein Kartenlesegerät an</translation>
    </message>
    <message>
        <source>Plug your card reader into the computer. This screen changes by itself when the reader is found.</source>
        <translation>Schließen Sie Ihr Kartenlesegerät an den Computer an. Dieser Bildschirm ändert sich von selbst, sobald das Gerät gefunden ist.</translation>
    </message>
    <message>
        <source>Insert your eID card</source>
        <translation>Stecken Sie Ihre eID-Karte ein</translation>
    </message>
    <message>
        <source>Use the demo panel at the bottom to insert a virtual card.</source>
        <translation>Benutzen Sie das Demo-Feld unten, um eine virtuelle Karte einzustecken.</translation>
    </message>
    <message>
        <source>Put your eID card in the reader, chip first and facing up.</source>
        <translation>Stecken Sie Ihre eID-Karte in das Lesegerät, mit dem Chip zuerst und nach oben.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Ihre Karte wird gelesen</translation>
    </message>
    <message>
        <source>This takes a second or two. Leave the card in the reader.</source>
        <translation>Das dauert ein bis zwei Sekunden. Lassen Sie die Karte im Lesegerät.</translation>
    </message>
    <message>
        <source>This card cannot be used</source>
        <translation>Diese Karte kann nicht benutzt werden</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed</source>
        <translation>Die Daten dieser Karte konnten nicht bestätigt werden</translation>
    </message>
    <message>
        <source>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</source>
        <translation>Die Daten dieser Karte sind nicht so unterschrieben, wie das Nationalregister sie unterschreibt; Behörden werden sie daher nicht annehmen. Ihre Gemeinde kann helfen.</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Bitte nehmen Sie Ihre Karte</translation>
    </message>
    <message>
        <source>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</source>
        <translation>Ihre Sitzung ist beendet, und alles, was Sie eingegeben haben, wurde gelöscht. Nehmen Sie Ihre Karte aus dem Lesegerät.</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Die Karte wird gelesen</translation>
    </message>
    <message>
        <source>The card is being read.</source>
        <translation>Die Karte wird gerade gelesen.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. A bank card or another kind of card cannot be used here.</source>
        <translation>Nehmen Sie die Karte heraus und stecken Sie sie wieder hinein. Eine Bankkarte oder eine andere Art von Karte kann hier nicht benutzt werden.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Hilfe und Diagnose</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Karte erneut lesen</translation>
    </message>
    <message>
        <source>See what the card says</source>
        <translation>Ansehen, was auf der Karte steht</translation>
    </message>
    <message>
        <source>Try reading the card in the reader again.</source>
        <translation>Versuchen, die Karte im Lesegerät erneut zu lesen.</translation>
    </message>
    <message>
        <source>Open My eID with the checks that failed.</source>
        <translation>Meine eID mit den fehlgeschlagenen Prüfungen öffnen.</translation>
    </message>
    <message>
        <source>What this computer knows about the card reader, and a report to copy for the helpdesk.</source>
        <translation>Was dieser Computer über das Kartenlesegerät weiß, und ein Bericht zum Kopieren für den Helpdesk.</translation>
    </message>
    <message>
        <source>Open a saved eID file</source>
        <translation>Eine gespeicherte eID-Datei öffnen</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved earlier.</source>
        <translation>Die Daten einer früher gespeicherten .eid-Datei anzeigen.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Karte einstecken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Karte herausnehmen</translation>
    </message>
    <message>
        <source>Demo person</source>
        <translation>Demo-Person</translation>
    </message>
    <message>
        <source>Whose virtual card to put in the reader.</source>
        <translation>Wessen virtuelle Karte in das Lesegerät kommt.</translation>
    </message>
    <message>
        <source>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</source>
        <translation>Die virtuelle Karte der gewählten Person einstecken. Eine Karte, die schon steckt, wird zuerst herausgenommen.</translation>
    </message>
    <message>
        <source>Take the virtual card out of the reader.</source>
        <translation>Die virtuelle Karte aus dem Lesegerät nehmen.</translation>
    </message>
    <message>
        <source>through the card reader service (pcscd), reader {reader}</source>
        <translation>über den Kartenlesedienst (pcscd), Lesegerät {reader}</translation>
    </message>
    <message>
        <source>in the program&apos;s built-in reader (no pcscd)</source>
        <translation>im eingebauten Lesegerät des Programms (ohne pcscd)</translation>
    </message>
    <message>
        <source>Demo gateway: {url}</source>
        <translation>Demo-Gateway: {url}</translation>
    </message>
    <message>
        <source>Demo gateway: starting</source>
        <translation>Demo-Gateway: wird gestartet</translation>
    </message>
    <message>
        <source>Virtual card {where}. Demo PIN: {pin}. {gateway}</source>
        <translation>Virtuelle Karte {where}. Demo-PIN: {pin}. {gateway}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>Die Prüfung konnte nicht durchgeführt werden.</translation>
    </message>
    <message>
        <source>The card reader software (pcscd) is not running.</source>
        <translation>Die Software für das Kartenlesegerät (pcscd) läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>%n Kartenlesegerät gefunden.</numerusform>
            <numerusform>%n Kartenlesegeräte gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>Das Gateway antwortet.</translation>
    </message>
    <message>
        <source>The gateway does not answer.</source>
        <translation>Das Gateway antwortet nicht.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into your message to the helpdesk.</source>
        <translation>Der Bericht ist kopiert. Fügen Sie ihn in Ihre Nachricht an den Helpdesk ein.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Hilfe und Diagnose</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</source>
        <translation>Wenn etwas nicht funktioniert, kopieren Sie diesen Bericht und schicken Sie ihn an den Helpdesk. Er enthält keine persönlichen Daten.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Copy the report below, to paste in an e-mail.</source>
        <translation>Den Bericht unten kopieren, um ihn in eine E-Mail einzufügen.</translation>
    </message>
    <message>
        <source>Look at the card readers and the gateway again.</source>
        <translation>Kartenlesegeräte und Gateway erneut prüfen.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The technical report for the helpdesk.</source>
        <translation>Der technische Bericht für den Helpdesk.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Guten Morgen, {name}</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Guten Abend, {name}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre endet diese Sitzung in %n Sekunde, und alles, was Sie eingegeben haben, wird gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre endet diese Sitzung in %n Sekunden, und alles, was Sie eingegeben haben, wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
    <message>
        <source>Keep the session open and go on where you were.</source>
        <translation>Die Sitzung offen halten und dort weitermachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Are you still there? The session ends soon.</source>
        <translation>Sind Sie noch da? Die Sitzung endet bald.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <translation>Ein Mitarbeiter wurde gerufen und kommt zu Ihnen.</translation>
    </message>
    <message>
        <source>The session has ended. Everything you entered has been deleted.</source>
        <translation>Die Sitzung ist beendet. Alles, was Sie eingegeben haben, wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My road</source>
        <translation>Mein Lebensweg</translation>
    </message>
    <message>
        <source>Your road of life and the services that matter now.</source>
        <translation>Ihr Lebensweg und die Dienste, die jetzt wichtig sind.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Meine Vorgänge</translation>
    </message>
    <message>
        <source>Forms you sent and where they stand.</source>
        <translation>Formulare, die Sie geschickt haben, und wie weit sie sind.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Letters and documents the government sent you.</source>
        <translation>Briefe und Dokumente, die Ihnen die Behörden geschickt haben.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Meine eID</translation>
    </message>
    <message>
        <source>What your card holds, its checks, your PIN.</source>
        <translation>Was Ihre Karte enthält, ihre Prüfungen, Ihr PIN-Code.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, text size, contrast, card reader.</source>
        <translation>Sprache, Textgröße, Kontrast, Kartenlesegerät.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Check the card reader and copy a report for the helpdesk.</source>
        <translation>Das Kartenlesegerät prüfen und einen Bericht für den Helpdesk kopieren.</translation>
    </message>
    <message>
        <source>Card reader software not running</source>
        <translation>Software des Lesegeräts läuft nicht</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Kein Kartenlesegerät</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Karte wird gelesen</translation>
    </message>
    <message>
        <source>Card cannot be used</source>
        <translation>Karte nicht benutzbar</translation>
    </message>
    <message>
        <source>Card of {name}</source>
        <translation>Karte von {name}</translation>
    </message>
    <message>
        <source>Citizen Assistant</source>
        <translation>Bürgerassistent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>Die Sprache des Programms. Sie ändert sich sofort.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Personal rufen</translation>
    </message>
    <message>
        <source>A member of staff comes to help you.</source>
        <translation>Ein Mitarbeiter kommt, um Ihnen zu helfen.</translation>
    </message>
    <message>
        <source>{label} ({count} new)</source>
        <translation>{label} ({count} neu)</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>Die Software für das Kartenlesegerät läuft nicht.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Es ist kein Kartenlesegerät angeschlossen.</translation>
    </message>
    <message>
        <source>Card inserted. Reading the card.</source>
        <translation>Karte eingesteckt. Die Karte wird gelesen.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Diese Karte kann nicht benutzt werden.</translation>
    </message>
    <message>
        <source>Card read. Welcome, {name}.</source>
        <translation>Karte gelesen. Willkommen, {name}.</translation>
    </message>
    <message>
        <source>The data on this card could not be confirmed.</source>
        <translation>Die Daten dieser Karte konnten nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Karte herausgenommen.</translation>
    </message>
</context>
<context>
    <name>MyEid</name>
    <message>
        <source>No card has been read yet. Insert your eID card, or open an eID file you saved before.</source>
        <translation>Es wurde noch keine Karte gelesen. Stecken Sie Ihre eID-Karte ein oder öffnen Sie eine früher gespeicherte eID-Datei.</translation>
    </message>
    <message>
        <source>Opened from the file {name}: nothing in it was verified.</source>
        <translation>Aus der Datei {name} geöffnet: nichts darin wurde geprüft.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed. See the checks below.</source>
        <translation>Die Daten dieser Karte konnten nicht bestätigt werden. Siehe die Prüfungen unten.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Meine eID</translation>
    </message>
    <message>
        <source>Test my PIN</source>
        <translation>Meinen PIN-Code testen</translation>
    </message>
    <message>
        <source>Check that you remember your PIN. Nothing is signed.</source>
        <translation>Prüfen Sie, ob Sie Ihren PIN-Code noch wissen. Es wird nichts unterschrieben.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Meinen PIN-Code ändern</translation>
    </message>
    <message>
        <source>Choose a new PIN. You need the PIN you use now.</source>
        <translation>Wählen Sie einen neuen PIN-Code. Sie brauchen dafür den PIN-Code, den Sie jetzt benutzen.</translation>
    </message>
    <message>
        <source>Save as eID file</source>
        <translation>Als eID-Datei speichern</translation>
    </message>
    <message>
        <source>Save the card&apos;s data in an .eid file on this computer.</source>
        <translation>Die Daten der Karte in einer .eid-Datei auf diesem Computer speichern.</translation>
    </message>
    <message>
        <source>Open an eID file</source>
        <translation>Eine eID-Datei öffnen</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved before.</source>
        <translation>Die Daten einer früher gespeicherten .eid-Datei anzeigen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the card&apos;s data, or save it as PDF.</source>
        <translation>Die Daten der Karte drucken oder als PDF speichern.</translation>
    </message>
    <message>
        <source>Your PIN is correct.</source>
        <translation>Ihr PIN-Code ist richtig.</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Ihr PIN-Code wurde geändert.</translation>
    </message>
    <message>
        <source>Follow the instructions in the PIN window.</source>
        <translation>Folgen Sie den Anweisungen im PIN-Fenster.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>eID files (*.eid)</source>
        <translation>eID-Dateien (*.eid)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an eID file.</source>
        <translation>Diese Datei kann nicht als eID-Datei geöffnet werden.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Nationalregisternummer</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Opened from a file: nothing in it was verified.</source>
        <translation>Aus einer Datei geöffnet: nichts darin wurde geprüft.</translation>
    </message>
    <message>
        <source>Read from the card; its data is signed by the National Register.</source>
        <translation>Von der Karte gelesen; ihre Daten sind vom Nationalregister unterschrieben.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed.</source>
        <translation>Die Daten dieser Karte konnten nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Gedruckt am {date}</translation>
    </message>
    <message>
        <source>The photo is the one the National Register signed</source>
        <translation>Das Foto ist das vom Nationalregister unterschriebene</translation>
    </message>
    <message>
        <source>Identity signed by the National Register</source>
        <translation>Identität vom Nationalregister unterschrieben</translation>
    </message>
    <message>
        <source>Address signed by the National Register</source>
        <translation>Adresse vom Nationalregister unterschrieben</translation>
    </message>
    <message>
        <source>The National Register&apos;s certificate is genuine</source>
        <translation>Das Zertifikat des Nationalregisters ist echt</translation>
    </message>
    <message>
        <source>The chip proves it is the original card</source>
        <translation>Der Chip beweist, dass es die Originalkarte ist</translation>
    </message>
    <message>
        <source>Authentication (logging in)</source>
        <translation>Authentisierung (Anmelden)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Citizen CA</source>
        <translation>Citizen CA (Zertifizierungsstelle)</translation>
    </message>
    <message>
        <source>Belgium Root CA</source>
        <translation>Belgium Root CA (Stammzertifikat)</translation>
    </message>
    <message>
        <source>National Register</source>
        <translation>Nationalregister</translation>
    </message>
    <message>
        <source>Photo on the card</source>
        <translation>Foto auf der Karte</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Noble title</source>
        <translation>Adelstitel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Chip number</source>
        <translation>Chipnummer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Card software</source>
        <translation>Kartensoftware</translation>
    </message>
    <message>
        <source>This card has expired. Ask your town hall for a new one.</source>
        <translation>Diese Karte ist abgelaufen. Beantragen Sie bei Ihrer Gemeinde eine neue.</translation>
    </message>
    <message>
        <source>This card expires soon. Your town hall will send you an invitation to renew it.</source>
        <translation>Diese Karte läuft bald ab. Ihre Gemeinde schickt Ihnen eine Einladung, sie zu erneuern.</translation>
    </message>
    <message>
        <source>Is this card genuine?</source>
        <translation>Ist diese Karte echt?</translation>
    </message>
    <message>
        <source>Not applicable to this card</source>
        <translation>Gilt nicht für diese Karte</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Nein</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>This card has no signature certificate (children&apos;s cards).</source>
        <translation>Diese Karte hat kein Signaturzertifikat (Kinderkarten).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>{name}, {start} to {end} ({state})</source>
        <translation>{name}, {start} bis {end} ({state})</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter your PIN to sign</source>
        <translation>Geben Sie Ihren PIN-Code zum Unterschreiben ein</translation>
    </message>
    <message>
        <source>Enter your PIN to log in</source>
        <translation>Geben Sie Ihren PIN-Code zum Anmelden ein</translation>
    </message>
    <message>
        <source>Test your PIN</source>
        <translation>Testen Sie Ihren PIN-Code</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>Geben Sie Ihren jetzigen PIN-Code ein</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Wählen Sie einen neuen PIN-Code</translation>
    </message>
    <message>
        <source>Your signature with the card has the same legal force as your handwritten signature.</source>
        <translation>Ihre Unterschrift mit der Karte hat dieselbe rechtliche Wirkung wie Ihre handschriftliche Unterschrift.</translation>
    </message>
    <message>
        <source>The PIN proves to the government service that it is you.</source>
        <translation>Der PIN-Code beweist der Behörde, dass Sie es sind.</translation>
    </message>
    <message>
        <source>The card checks the PIN. Nothing is signed or sent.</source>
        <translation>Die Karte prüft den PIN-Code. Es wird nichts unterschrieben oder gesendet.</translation>
    </message>
    <message>
        <source>To change your PIN, first enter the PIN you use now.</source>
        <translation>Um Ihren PIN-Code zu ändern, geben Sie zuerst den PIN-Code ein, den Sie jetzt benutzen.</translation>
    </message>
    <message>
        <source>Your new PIN has 4 to 12 digits. Type it twice.</source>
        <translation>Ihr neuer PIN-Code hat 4 bis 12 Ziffern. Tippen Sie ihn zweimal ein.</translation>
    </message>
    <message>
        <source>A wrong PIN uses up one of your three tries.</source>
        <translation>Ein falscher PIN-Code verbraucht einen Ihrer drei Versuche.</translation>
    </message>
    <message>
        <source>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</source>
        <translation>Dies ist Ihr letzter Versuch. Ist der PIN-Code falsch, wird die Karte gesperrt, und nur Ihre Gemeinde kann sie mit Ihrem PUK-Brief entsperren.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</source>
        <translation>
            <numerusform>Sie haben noch %n Versuch. Nach drei falschen PIN-Codes hintereinander wird die Karte gesperrt; Ihre Gemeinde kann sie mit Ihrem PUK-Brief entsperren.</numerusform>
            <numerusform>Sie haben noch %n Versuche. Nach drei falschen PIN-Codes hintereinander wird die Karte gesperrt; Ihre Gemeinde kann sie mit Ihrem PUK-Brief entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: {reader}</source>
        <translation>Kartenlesegerät: {reader}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-Code</translation>
    </message>
    <message>
        <source>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</source>
        <translation>Der PIN-Code Ihrer eID-Karte mit 4 bis 12 Ziffern. Er wird nicht auf dem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neuer PIN-Code noch einmal</translation>
    </message>
    <message>
        <source>Type the new PIN a second time, to be sure.</source>
        <translation>Tippen Sie den neuen PIN-Code zur Sicherheit ein zweites Mal ein.</translation>
    </message>
    <message>
        <source>Give the PIN to the card.</source>
        <translation>Den PIN-Code an die Karte geben.</translation>
    </message>
    <message>
        <source>Close without using the PIN. Nothing is signed.</source>
        <translation>Schließen, ohne den PIN-Code zu benutzen. Es wird nichts unterschrieben.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Ein PIN-Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>Die beiden neuen PIN-Codes sind nicht gleich. Tippen Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <source>Any reader with a card in it</source>
        <translation>Jedes Lesegerät mit einer Karte darin</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (or http:// for this computer).</source>
        <translation>Geben Sie eine Adresse ein, die mit https:// beginnt (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>Das Gateway antwortet.</translation>
    </message>
    <message>
        <source>The gateway does not answer. Check the address and your internet connection.</source>
        <translation>Das Gateway antwortet nicht. Prüfen Sie die Adresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse des Gateways</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kartenlesegerät</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Hoher Kontrast (weiß auf schwarz)</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Adresse speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Einige Einstellungen sind von Ihrem Administrator festgelegt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>Die Sprache des Programms. Sie ändert sich sofort.</translation>
    </message>
    <message>
        <source>Make all text in the program larger.</source>
        <translation>Alle Texte im Programm vergrößern.</translation>
    </message>
    <message>
        <source>Bright text on a black background, easier to read for some people.</source>
        <translation>Heller Text auf schwarzem Hintergrund, für manche Menschen leichter zu lesen.</translation>
    </message>
    <message>
        <source>The internet address of the government gateway that receives your forms.</source>
        <translation>Die Internetadresse des Behörden-Gateways, das Ihre Formulare empfängt.</translation>
    </message>
    <message>
        <source>Use the address typed.</source>
        <translation>Die eingegebene Adresse verwenden.</translation>
    </message>
    <message>
        <source>Check that the gateway answers at this address.</source>
        <translation>Prüfen, ob das Gateway unter dieser Adresse antwortet.</translation>
    </message>
    <message>
        <source>Which card reader to use when there are several.</source>
        <translation>Welches Kartenlesegerät benutzt wird, wenn es mehrere gibt.</translation>
    </message>
</context>
</TS>
