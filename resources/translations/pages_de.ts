<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>Cases</name>
        <message>
            <source>Case %1</source>
            <translation>Vorgang %1</translation>
        </message>
        <message>
            <source>Back to my cases</source>
            <translation>Zurück zu meinen Vorgängen</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Aktenzeichen: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Stand: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>Open the signed PDF</source>
            <translation>Die unterschriebene PDF öffnen</translation>
        </message>
        <message>
            <source>Shows the application as you signed and sent it</source>
            <translation>Zeigt den Antrag so, wie Sie ihn unterschrieben und gesendet haben</translation>
        </message>
        <message>
            <source>Letters about this case</source>
            <translation>Briefe zu diesem Vorgang</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>Brief %1</translation>
        </message>
        <message>
            <source>Opens the letter</source>
            <translation>Öffnet den Brief</translation>
        </message>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Es ist keine Adresse des Behörden-Gateways eingestellt. Stellen Sie sie in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Meine Vorgänge</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n Vorgang</numerusform>
                <numerusform>%n Vorgänge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) sent</source>
            <translation>
                <numerusform>%n Formular gesendet</numerusform>
                <numerusform>%n Formulare gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading your cases…</source>
            <translation>Ihre Vorgänge werden geladen …</translation>
        </message>
        <message>
            <source>The service cannot be reached, so this list shows what this computer keeps.</source>
            <translation>Der Dienst ist nicht erreichbar; diese Liste zeigt, was auf diesem Computer gespeichert ist.</translation>
        </message>
        <message>
            <source>You have not sent any form yet.</source>
            <translation>Sie haben noch kein Formular gesendet.</translation>
        </message>
        <message>
            <source>Send waiting forms now</source>
            <translation>Wartende Formulare jetzt senden</translation>
        </message>
        <message>
            <source>Logs in with your card and sends what waits on this computer</source>
            <translation>Meldet sich mit Ihrer Karte an und sendet, was auf diesem Computer wartet</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Asks the service for the latest status</source>
            <translation>Fragt beim Dienst den neuesten Stand ab</translation>
        </message>
        <message>
            <source>Forms you sent and their status</source>
            <translation>Von Ihnen gesendete Formulare und ihr Stand</translation>
        </message>
        <message numerus="yes">
            <source>Inbox: %n unread letter(s)</source>
            <translation>
                <numerusform>Posteingang: %n ungelesener Brief</numerusform>
                <numerusform>Posteingang: %n ungelesene Briefe</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbox: no unread letters</source>
            <translation>Posteingang: keine ungelesenen Briefe</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Briefe, die Ihnen die Behörden geschickt haben</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>Eingegangen am %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Wartet auf den Versand</translation>
        </message>
        <message>
            <source>Refused: correct it and sign again</source>
            <translation>Abgelehnt: korrigieren und erneut unterschreiben</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>In Bearbeitung</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Entschieden</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswers</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>Prüfen Sie Ihre Angaben vor dem Senden</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebühr</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>To pay before you sign</source>
            <translation>Vor dem Unterschreiben zu bezahlen</translation>
        </message>
        <message>
            <source>Now sign and send</source>
            <translation>Jetzt unterschreiben und senden</translation>
        </message>
        <message>
            <source>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</source>
            <translation>Sie unterschreiben mit Ihrer eID-Karte und deren PIN. Ihre Unterschrift hat denselben Wert wie eine handschriftliche: Prüfen Sie zuerst Ihre Angaben.</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>Weiter zur Zahlung</translation>
        </message>
        <message>
            <source>Opens the payment page</source>
            <translation>Öffnet die Zahlungsseite</translation>
        </message>
        <message>
            <source>Asks for your PIN, signs the form with your card and sends it</source>
            <translation>Fragt nach Ihrer PIN, unterschreibt das Formular mit Ihrer Karte und sendet es</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Speichern und später weitermachen</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 ändern</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>Application sent</source>
            <translation>Antrag gesendet</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Ihr Aktenzeichen</translation>
        </message>
        <message>
            <source>Application signed and saved</source>
            <translation>Antrag unterschrieben und gespeichert</translation>
        </message>
        <message>
            <source>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</source>
            <translation>Der Dienst ist gerade nicht erreichbar. Ihr unterschriebener Antrag ist auf diesem Computer sicher gespeichert. Er wird gesendet, sobald der Dienst wieder erreichbar ist; Sie können ihn auch selbst unter Meine Vorgänge senden.</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>Wie es weitergeht</translation>
        </message>
        <message>
            <source>Questions about your application</source>
            <translation>Fragen zu Ihrem Antrag</translation>
        </message>
        <message>
            <source>Contact %1 and give your reference number.</source>
            <translation>Wenden Sie sich an %1 und nennen Sie Ihr Aktenzeichen.</translation>
        </message>
        <message>
            <source>Keep a record</source>
            <translation>Einen Nachweis aufbewahren</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>Die unterschriebene PDF speichern</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>See your cases</source>
            <translation>Ihre Vorgänge ansehen</translation>
        </message>
        <message>
            <source>Back to your road</source>
            <translation>Zurück zu Ihrem Lebensweg</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>Es gibt ein Problem</translation>
        </message>
        <message>
            <source>Goes to the answer to fix</source>
            <translation>Führt zur Angabe, die zu korrigieren ist</translation>
        </message>
    </context>
    <context>
        <name>FeePage</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>Die Gebühr bezahlen</translation>
        </message>
        <message>
            <source>This service costs %1: %2.</source>
            <translation>Dieser Dienst kostet %1: %2.</translation>
        </message>
        <message>
            <source>You pay before you sign. If sending fails later, your payment is kept for this application.</source>
            <translation>Sie bezahlen vor dem Unterschreiben. Scheitert der Versand später, bleibt Ihre Zahlung für diesen Antrag erhalten.</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Kartennummer</translation>
        </message>
        <message>
            <source>Expiry month (MM)</source>
            <translation>Ablaufmonat (MM)</translation>
        </message>
        <message>
            <source>Expiry year (YYYY)</source>
            <translation>Ablaufjahr (JJJJ)</translation>
        </message>
        <message>
            <source>Security code (3 digits on the back)</source>
            <translation>Sicherheitscode (3 Ziffern auf der Rückseite)</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>%1 bezahlen</translation>
        </message>
        <message>
            <source>Asks for your card PIN to log in, then pays</source>
            <translation>Fragt zur Anmeldung nach der PIN Ihrer Karte und bezahlt dann</translation>
        </message>
        <message>
            <source>Paying…</source>
            <translation>Zahlung läuft …</translation>
        </message>
        <message>
            <source>Enter the card number</source>
            <translation>Geben Sie die Kartennummer ein</translation>
        </message>
        <message>
            <source>Enter the expiry month, for example 07</source>
            <translation>Geben Sie den Ablaufmonat ein, zum Beispiel 07</translation>
        </message>
        <message>
            <source>Enter the expiry year, for example 2029</source>
            <translation>Geben Sie das Ablaufjahr ein, zum Beispiel 2029</translation>
        </message>
        <message>
            <source>Enter the security code</source>
            <translation>Geben Sie den Sicherheitscode ein</translation>
        </message>
    </context>
    <context>
        <name>FormFailure</name>
        <message>
            <source>Nothing was sent. Your answers are kept.</source>
            <translation>Es wurde nichts gesendet. Ihre Angaben bleiben erhalten.</translation>
        </message>
        <message>
            <source>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</source>
            <translation>Die PIN war falsch. Sie haben noch einen Versuch: Eine dritte falsche PIN sperrt die Karte, und nur Ihre Gemeinde kann sie entsperren.</translation>
        </message>
        <message numerus="yes">
            <source>The PIN was wrong. You have %n tries left before the card is blocked.</source>
            <translation>
                <numerusform>Die PIN war falsch. Sie haben noch %n Versuch, bevor die Karte gesperrt wird.</numerusform>
                <numerusform>Die PIN war falsch. Sie haben noch %n Versuche, bevor die Karte gesperrt wird.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</source>
            <translation>Ihre PIN ist nach drei falschen Versuchen gesperrt. Ihre Gemeinde kann sie mit dem PUK-Brief entsperren.</translation>
        </message>
        <message>
            <source>You did not enter your PIN, so nothing was signed or sent.</source>
            <translation>Sie haben Ihre PIN nicht eingegeben, daher wurde nichts unterschrieben oder gesendet.</translation>
        </message>
        <message>
            <source>Your card was taken out of the reader. Put it back and press the button again.</source>
            <translation>Ihre Karte wurde aus dem Lesegerät genommen. Stecken Sie sie wieder ein und drücken Sie die Taste erneut.</translation>
        </message>
        <message>
            <source>Another card is in the reader. Put back the card of the person who filled in this form.</source>
            <translation>Im Lesegerät steckt eine andere Karte. Stecken Sie die Karte der Person ein, die dieses Formular ausgefüllt hat.</translation>
        </message>
        <message>
            <source>The card reader cannot be reached. Check that it is plugged in.</source>
            <translation>Das Kartenlesegerät ist nicht erreichbar. Prüfen Sie, ob es angeschlossen ist.</translation>
        </message>
        <message>
            <source>The service refused: %1</source>
            <translation>Der Dienst hat abgelehnt: %1</translation>
        </message>
        <message>
            <source>The service cannot be reached at the moment. Check your internet connection and try again.</source>
            <translation>Der Dienst ist im Moment nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</source>
            <translation>Etwas ist schiefgegangen (%1). Versuchen Sie es erneut; wenn es wieder passiert, kopieren Sie den Bericht unter Diagnose für den Helpdesk.</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>Documents (%1)</source>
            <translation>Dokumente (%1)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (freiwillig)</translation>
        </message>
        <message>
            <source>From your eID card</source>
            <translation>Von Ihrer eID-Karte</translation>
        </message>
        <message>
            <source>This is correct</source>
            <translation>Das ist richtig</translation>
        </message>
        <message>
            <source>%1 is correct</source>
            <translation>%1 ist richtig</translation>
        </message>
        <message>
            <source>If this is wrong, your town hall can correct the card's data.</source>
            <translation>Wenn das falsch ist, kann Ihre Gemeinde die Daten der Karte berichtigen.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Ich weiß es nicht</translation>
        </message>
        <message>
            <source>I agree</source>
            <translation>Ich stimme zu</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straße und Hausnummer</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postleitzahl</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeinde</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Eine Datei auswählen</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Keine Datei ausgewählt</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Ausgewählt: %1</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Goes to the previous question; what you typed here is kept.</source>
            <translation>Geht zur vorigen Frage; was Sie hier eingegeben haben, bleibt erhalten.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Checks this page and returns to Check your answers</source>
            <translation>Prüft diese Seite und kehrt zu „Prüfen Sie Ihre Angaben“ zurück</translation>
        </message>
        <message>
            <source>Checks this page and goes to the next one</source>
            <translation>Prüft diese Seite und geht zur nächsten</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Speichern und später weitermachen</translation>
        </message>
        <message>
            <source>Your answers so far are kept on this computer, locked to your card.</source>
            <translation>Ihre bisherigen Angaben werden auf diesem Computer gespeichert, an Ihre Karte gebunden.</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Es ist keine Adresse des Behörden-Gateways eingestellt. Stellen Sie sie in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>Your saved answers are back. Carry on where you left off.</source>
            <translation>Ihre gespeicherten Angaben sind wieder da. Machen Sie dort weiter, wo Sie aufgehört haben.</translation>
        </message>
        <message>
            <source>Part %1 of %2 done</source>
            <translation>Teil %1 von %2 erledigt</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Your answers are saved. Open the service again to carry on.</source>
            <translation>Ihre Angaben sind gespeichert. Öffnen Sie den Dienst erneut, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Your answers could not be saved on this computer; finish the form now to keep them.</source>
            <translation>Ihre Angaben konnten auf diesem Computer nicht gespeichert werden; füllen Sie das Formular jetzt fertig aus, um sie zu behalten.</translation>
        </message>
        <message>
            <source>Payment received. Now sign and send your application.</source>
            <translation>Zahlung erhalten. Unterschreiben und senden Sie jetzt Ihren Antrag.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Inbox</source>
            <translation>Posteingang</translation>
        </message>
        <message numerus="yes">
            <source>%n unread letter(s)</source>
            <translation>
                <numerusform>%n ungelesener Brief</numerusform>
                <numerusform>%n ungelesene Briefe</numerusform>
            </translation>
        </message>
        <message>
            <source>No unread letters</source>
            <translation>Keine ungelesenen Briefe</translation>
        </message>
        <message>
            <source>Loading your letters…</source>
            <translation>Ihre Briefe werden geladen …</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>Noch keine Briefe.</translation>
        </message>
        <message>
            <source>%1 (unread)</source>
            <translation>%1 (ungelesen)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Looks for new letters</source>
            <translation>Sucht nach neuen Briefen</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Briefe, die Ihnen die Behörden geschickt haben</translation>
        </message>
    </context>
    <context>
        <name>Keeping</name>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>Die PDF konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Gespeichert als %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>An den Drucker gesendet</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Die PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>What comes next</source>
            <translation>Was als Nächstes kommt</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>Im Moment braucht nichts Ihre Aufmerksamkeit.</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Öffnet %1</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Smaller</source>
            <translation>Kleiner</translation>
        </message>
        <message>
            <source>Shows the pages smaller</source>
            <translation>Zeigt die Seiten kleiner</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Größer</translation>
        </message>
        <message>
            <source>Shows the pages larger</source>
            <translation>Zeigt die Seiten größer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Saves the PDF on this computer</source>
            <translation>Speichert die PDF auf diesem Computer</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Prints the document</source>
            <translation>Druckt das Dokument</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Seiten des Dokuments</translation>
        </message>
        <message>
            <source>Use the arrow keys and Page Down to read on</source>
            <translation>Mit den Pfeiltasten und Bild ab lesen Sie weiter</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Das Dokument wird geöffnet …</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown.</source>
            <translation>Dieses Dokument kann nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
    </context>
    <context>
        <name>RoadCanvas</name>
        <message>
            <source>Your road of life</source>
            <translation>Ihr Lebensweg</translation>
        </message>
        <message>
            <source>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</source>
            <translation>Sie sind an der Station %1. Gehen Sie mit den Pfeiltasten den Weg entlang und öffnen Sie eine Station mit der Eingabetaste.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>Sie sind hier</translation>
        </message>
    </context>
    <context>
        <name>RoadPage</name>
        <message>
            <source>Your road of life</source>
            <translation>Ihr Lebensweg</translation>
        </message>
        <message>
            <source>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</source>
            <translation>Sie sind %1. Sie sind an der Station: %2. Stationen, die jetzt wichtig sind, sind hervorgehoben; öffnen Sie eine, um ihre Dienste zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>RoadStation</name>
        <message>
            <source>Matters now</source>
            <translation>Jetzt wichtig</translation>
        </message>
        <message>
            <source>Coming soon</source>
            <translation>Demnächst</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Behind you</source>
            <translation>Hinter Ihnen</translation>
        </message>
        <message>
            <source>You are here.</source>
            <translation>Sie sind hier.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s).</source>
            <translation>
                <numerusform>%n Dienst.</numerusform>
                <numerusform>%n Dienste.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>For example: moving house, pension, driving licence</source>
            <translation>Zum Beispiel: Umzug, Rente, Führerschein</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Dienste suchen</translation>
        </message>
        <message>
            <source>Type what you need in your own words; results appear below.</source>
            <translation>Geben Sie in eigenen Worten ein, was Sie brauchen; die Ergebnisse erscheinen darunter.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message>
            <source>No results. Try other words, or look along the road below.</source>
            <translation>Keine Ergebnisse. Versuchen Sie andere Wörter oder sehen Sie entlang des Weges unten nach.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Station on your road</source>
            <translation>Station auf Ihrem Weg</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>Signing and sending</source>
            <translation>Unterschreiben und senden</translation>
        </message>
        <message>
            <source>Preparing your document</source>
            <translation>Ihr Dokument wird vorbereitet</translation>
        </message>
        <message>
            <source>Signing with your card (enter your PIN when asked)</source>
            <translation>Unterschreiben mit Ihrer Karte (geben Sie Ihre PIN ein, wenn Sie danach gefragt werden)</translation>
        </message>
        <message>
            <source>Logging in to the service with your card (enter your PIN when asked)</source>
            <translation>Anmeldung beim Dienst mit Ihrer Karte (geben Sie Ihre PIN ein, wenn Sie danach gefragt werden)</translation>
        </message>
        <message>
            <source>Sending your signed application</source>
            <translation>Ihr unterschriebener Antrag wird gesendet</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Keep your card in the reader until this is finished.</source>
            <translation>Lassen Sie Ihre Karte im Lesegerät, bis dies abgeschlossen ist.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>Back to %1</source>
            <translation>Zurück zu %1</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>Worum es geht</translation>
        </message>
        <message>
            <source>Who provides it</source>
            <translation>Wer es anbietet</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Was Sie brauchen</translation>
        </message>
        <message>
            <source>Where to go</source>
            <translation>Wohin Sie sich wenden</translation>
        </message>
        <message>
            <source>You can do this here, online. You sign with your eID card and its PIN.</source>
            <translation>Sie können das hier online erledigen. Sie unterschreiben mit Ihrer eID-Karte und deren PIN.</translation>
        </message>
        <message>
            <source>It costs %1, paid online before you sign.</source>
            <translation>Es kostet %1, online zu bezahlen, bevor Sie unterschreiben.</translation>
        </message>
        <message>
            <source>Do it online</source>
            <translation>Online erledigen</translation>
        </message>
        <message>
            <source>Continue your saved application</source>
            <translation>Ihren gespeicherten Antrag fortsetzen</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt beginnen</translation>
        </message>
        <message>
            <source>Opens the online form, one question at a time.</source>
            <translation>Öffnet das Online-Formular, eine Frage nach der anderen.</translation>
        </message>
        <message>
            <source>More information</source>
            <translation>Weitere Informationen</translation>
        </message>
        <message>
            <source>Opens the official website in your browser.</source>
            <translation>Öffnet die offizielle Website in Ihrem Browser.</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Back to your road</source>
            <translation>Zurück zu Ihrem Lebensweg</translation>
        </message>
        <message>
            <source>%1 · You are here</source>
            <translation>%1 · Sie sind hier</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>Wann: %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>No service here fits your situation at the moment. Search for a service by name from your road.</source>
            <translation>Kein Dienst hier passt im Moment zu Ihrer Lage. Suchen Sie auf Ihrem Lebensweg einen Dienst nach Namen.</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Was als Nächstes kommt</translation>
        </message>
        <message>
            <source>You can do this here, online.</source>
            <translation>Sie können das hier online erledigen.</translation>
        </message>
        <message>
            <source>Not online here: the page says where to go.</source>
            <translation>Nicht hier online: Die Seite sagt, wohin Sie sich wenden.</translation>
        </message>
    </context>
</TS>
