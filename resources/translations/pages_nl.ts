<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>Cases</name>
        <message>
            <source>Case %1</source>
            <translation>Dossier %1</translation>
        </message>
        <message>
            <source>Back to my cases</source>
            <translation>Terug naar mijn dossiers</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Referentie: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Bezig met laden…</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Stand: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>Open the signed PDF</source>
            <translation>De ondertekende pdf openen</translation>
        </message>
        <message>
            <source>Shows the application as you signed and sent it</source>
            <translation>Toont de aanvraag zoals u ze ondertekende en verstuurde</translation>
        </message>
        <message>
            <source>Letters about this case</source>
            <translation>Brieven over dit dossier</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>Brief %1</translation>
        </message>
        <message>
            <source>Opens the letter</source>
            <translation>Opent de brief</translation>
        </message>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Er is geen adres van de overheidsgateway ingesteld. Stel het in bij Instellingen.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mijn dossiers</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) sent</source>
            <translation>
                <numerusform>%n formulier verstuurd</numerusform>
                <numerusform>%n formulieren verstuurd</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading your cases…</source>
            <translation>Uw dossiers worden geladen…</translation>
        </message>
        <message>
            <source>The service cannot be reached, so this list shows what this computer keeps.</source>
            <translation>De dienst is niet bereikbaar; deze lijst toont wat op deze computer bewaard is.</translation>
        </message>
        <message>
            <source>You have not sent any form yet.</source>
            <translation>U hebt nog geen formulier verstuurd.</translation>
        </message>
        <message>
            <source>Send waiting forms now</source>
            <translation>Wachtende formulieren nu versturen</translation>
        </message>
        <message>
            <source>Logs in with your card and sends what waits on this computer</source>
            <translation>Meldt aan met uw kaart en verstuurt wat op deze computer wacht</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Asks the service for the latest status</source>
            <translation>Vraagt de dienst naar de laatste stand</translation>
        </message>
        <message>
            <source>Forms you sent and their status</source>
            <translation>Formulieren die u verstuurde en hun stand</translation>
        </message>
        <message numerus="yes">
            <source>Inbox: %n unread letter(s)</source>
            <translation>
                <numerusform>Postvak: %n ongelezen brief</numerusform>
                <numerusform>Postvak: %n ongelezen brieven</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbox: no unread letters</source>
            <translation>Postvak: geen ongelezen brieven</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Brieven die de overheid u stuurde</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>Ontvangen op %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Wacht om verstuurd te worden</translation>
        </message>
        <message>
            <source>Refused: correct it and sign again</source>
            <translation>Geweigerd: verbeter het en onderteken opnieuw</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>In behandeling</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslist</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswers</name>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>Controleer uw antwoorden voor u ze verstuurt</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Retributie</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>To pay before you sign</source>
            <translation>Te betalen voor u ondertekent</translation>
        </message>
        <message>
            <source>Now sign and send</source>
            <translation>Nu ondertekenen en versturen</translation>
        </message>
        <message>
            <source>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</source>
            <translation>U ondertekent met uw eID-kaart en de pincode. Uw handtekening heeft dezelfde waarde als een handgeschreven handtekening: controleer eerst uw antwoorden.</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>Verder naar de betaling</translation>
        </message>
        <message>
            <source>Opens the payment page</source>
            <translation>Opent de betaalpagina</translation>
        </message>
        <message>
            <source>Asks for your PIN, signs the form with your card and sends it</source>
            <translation>Vraagt uw pincode, ondertekent het formulier met uw kaart en verstuurt het</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Bewaren en later verdergaan</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 wijzigen</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>Application sent</source>
            <translation>Aanvraag verstuurd</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Uw referentienummer</translation>
        </message>
        <message>
            <source>Application signed and saved</source>
            <translation>Aanvraag ondertekend en bewaard</translation>
        </message>
        <message>
            <source>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</source>
            <translation>De dienst is nu niet bereikbaar. Uw ondertekende aanvraag staat veilig op deze computer. Ze wordt verstuurd zodra de dienst weer bereikbaar is; u kunt ze ook zelf versturen vanuit Mijn dossiers.</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>Wat gebeurt er nu</translation>
        </message>
        <message>
            <source>Questions about your application</source>
            <translation>Vragen over uw aanvraag</translation>
        </message>
        <message>
            <source>Contact %1 and give your reference number.</source>
            <translation>Neem contact op met %1 en vermeld uw referentienummer.</translation>
        </message>
        <message>
            <source>Keep a record</source>
            <translation>Een bewijs bewaren</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>De ondertekende pdf bewaren</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>See your cases</source>
            <translation>Uw dossiers bekijken</translation>
        </message>
        <message>
            <source>Back to your road</source>
            <translation>Terug naar uw levensweg</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>Er is een probleem</translation>
        </message>
        <message>
            <source>Goes to the answer to fix</source>
            <translation>Gaat naar het antwoord dat u moet verbeteren</translation>
        </message>
    </context>
    <context>
        <name>FeePage</name>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>De retributie betalen</translation>
        </message>
        <message>
            <source>This service costs %1: %2.</source>
            <translation>Deze dienst kost %1: %2.</translation>
        </message>
        <message>
            <source>You pay before you sign. If sending fails later, your payment is kept for this application.</source>
            <translation>U betaalt voor u ondertekent. Mislukt het versturen later, dan blijft uw betaling voor deze aanvraag behouden.</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Kaartnummer</translation>
        </message>
        <message>
            <source>Expiry month (MM)</source>
            <translation>Vervalmaand (MM)</translation>
        </message>
        <message>
            <source>Expiry year (YYYY)</source>
            <translation>Vervaljaar (JJJJ)</translation>
        </message>
        <message>
            <source>Security code (3 digits on the back)</source>
            <translation>Beveiligingscode (3 cijfers op de achterkant)</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>%1 betalen</translation>
        </message>
        <message>
            <source>Asks for your card PIN to log in, then pays</source>
            <translation>Vraagt de pincode van uw kaart om aan te melden en betaalt dan</translation>
        </message>
        <message>
            <source>Paying…</source>
            <translation>Bezig met betalen…</translation>
        </message>
        <message>
            <source>Enter the card number</source>
            <translation>Vul het kaartnummer in</translation>
        </message>
        <message>
            <source>Enter the expiry month, for example 07</source>
            <translation>Vul de vervalmaand in, bijvoorbeeld 07</translation>
        </message>
        <message>
            <source>Enter the expiry year, for example 2029</source>
            <translation>Vul het vervaljaar in, bijvoorbeeld 2029</translation>
        </message>
        <message>
            <source>Enter the security code</source>
            <translation>Vul de beveiligingscode in</translation>
        </message>
    </context>
    <context>
        <name>FormFailure</name>
        <message>
            <source>Nothing was sent. Your answers are kept.</source>
            <translation>Er werd niets verstuurd. Uw antwoorden blijven bewaard.</translation>
        </message>
        <message>
            <source>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</source>
            <translation>De pincode was fout. U hebt nog één poging: een derde foute pincode blokkeert de kaart, en alleen uw gemeente kan ze deblokkeren.</translation>
        </message>
        <message numerus="yes">
            <source>The PIN was wrong. You have %n tries left before the card is blocked.</source>
            <translation>
                <numerusform>De pincode was fout. U hebt nog %n poging voor de kaart geblokkeerd wordt.</numerusform>
                <numerusform>De pincode was fout. U hebt nog %n pogingen voor de kaart geblokkeerd wordt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</source>
            <translation>Uw pincode is geblokkeerd na drie foute pogingen. Uw gemeente kan ze deblokkeren met de brief met de PUK-code.</translation>
        </message>
        <message>
            <source>You did not enter your PIN, so nothing was signed or sent.</source>
            <translation>U gaf uw pincode niet in, dus er werd niets ondertekend of verstuurd.</translation>
        </message>
        <message>
            <source>Your card was taken out of the reader. Put it back and press the button again.</source>
            <translation>Uw kaart werd uit de lezer genomen. Steek ze terug en druk opnieuw op de knop.</translation>
        </message>
        <message>
            <source>Another card is in the reader. Put back the card of the person who filled in this form.</source>
            <translation>Er zit een andere kaart in de lezer. Steek de kaart terug van de persoon die dit formulier invulde.</translation>
        </message>
        <message>
            <source>The card reader cannot be reached. Check that it is plugged in.</source>
            <translation>De kaartlezer is niet bereikbaar. Controleer of hij aangesloten is.</translation>
        </message>
        <message>
            <source>The service refused: %1</source>
            <translation>De dienst weigerde: %1</translation>
        </message>
        <message>
            <source>The service cannot be reached at the moment. Check your internet connection and try again.</source>
            <translation>De dienst is momenteel niet bereikbaar. Controleer uw internetverbinding en probeer opnieuw.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</source>
            <translation>Er ging iets mis (%1). Probeer opnieuw; blijft het gebeuren, kopieer dan het verslag in Diagnose voor de helpdesk.</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>Documents (%1)</source>
            <translation>Documenten (%1)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fout: %1</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (niet verplicht)</translation>
        </message>
        <message>
            <source>From your eID card</source>
            <translation>Van uw eID-kaart</translation>
        </message>
        <message>
            <source>This is correct</source>
            <translation>Dit klopt</translation>
        </message>
        <message>
            <source>%1 is correct</source>
            <translation>%1 klopt</translation>
        </message>
        <message>
            <source>If this is wrong, your town hall can correct the card's data.</source>
            <translation>Klopt dit niet, dan kan uw gemeente de gegevens op de kaart verbeteren.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Ik weet het niet</translation>
        </message>
        <message>
            <source>I agree</source>
            <translation>Ik ga akkoord</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Straat en nummer</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Een bestand kiezen</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Geen bestand gekozen</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Gekozen: %1</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Goes to the previous question; what you typed here is kept.</source>
            <translation>Gaat naar de vorige vraag; wat u hier typte, blijft bewaard.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Verder</translation>
        </message>
        <message>
            <source>Checks this page and returns to Check your answers</source>
            <translation>Controleert deze pagina en gaat terug naar Controleer uw antwoorden</translation>
        </message>
        <message>
            <source>Checks this page and goes to the next one</source>
            <translation>Controleert deze pagina en gaat naar de volgende</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Bewaren en later verdergaan</translation>
        </message>
        <message>
            <source>Your answers so far are kept on this computer, locked to your card.</source>
            <translation>Uw antwoorden tot nu toe worden op deze computer bewaard, vergrendeld met uw kaart.</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Er is geen adres van de overheidsgateway ingesteld. Stel het in bij Instellingen.</translation>
        </message>
        <message>
            <source>Your saved answers are back. Carry on where you left off.</source>
            <translation>Uw bewaarde antwoorden zijn terug. Ga verder waar u gebleven was.</translation>
        </message>
        <message>
            <source>Part %1 of %2 done</source>
            <translation>Deel %1 van %2 klaar</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fout: %1</translation>
        </message>
        <message>
            <source>Your answers are saved. Open the service again to carry on.</source>
            <translation>Uw antwoorden zijn bewaard. Open de dienst opnieuw om verder te gaan.</translation>
        </message>
        <message>
            <source>Your answers could not be saved on this computer; finish the form now to keep them.</source>
            <translation>Uw antwoorden konden niet op deze computer bewaard worden; vul het formulier nu af om ze te behouden.</translation>
        </message>
        <message>
            <source>Payment received. Now sign and send your application.</source>
            <translation>Betaling ontvangen. Onderteken en verstuur nu uw aanvraag.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Inbox</source>
            <translation>Postvak</translation>
        </message>
        <message numerus="yes">
            <source>%n unread letter(s)</source>
            <translation>
                <numerusform>%n ongelezen brief</numerusform>
                <numerusform>%n ongelezen brieven</numerusform>
            </translation>
        </message>
        <message>
            <source>No unread letters</source>
            <translation>Geen ongelezen brieven</translation>
        </message>
        <message>
            <source>Loading your letters…</source>
            <translation>Uw brieven worden geladen…</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>Nog geen brieven.</translation>
        </message>
        <message>
            <source>%1 (unread)</source>
            <translation>%1 (ongelezen)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <source>Looks for new letters</source>
            <translation>Zoekt naar nieuwe brieven</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Brieven die de overheid u stuurde</translation>
        </message>
    </context>
    <context>
        <name>Keeping</name>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>De pdf kon niet bewaard worden: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Bewaard als %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Naar de printer gestuurd</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>De pdf bewaren</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Pdf-documenten (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>What comes next</source>
            <translation>Wat komt eraan</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>Er vraagt nu niets uw aandacht.</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Opent %1</translation>
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
            <translation>Toont de pagina's kleiner</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Groter</translation>
        </message>
        <message>
            <source>Shows the pages larger</source>
            <translation>Toont de pagina's groter</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Saves the PDF on this computer</source>
            <translation>Bewaart de pdf op deze computer</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>Prints the document</source>
            <translation>Drukt het document af</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Pagina's van het document</translation>
        </message>
        <message>
            <source>Use the arrow keys and Page Down to read on</source>
            <translation>Gebruik de pijltoetsen en Page Down om verder te lezen</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Het document wordt geopend…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown.</source>
            <translation>Dit document kan niet getoond worden.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
    </context>
    <context>
        <name>RoadCanvas</name>
        <message>
            <source>Your road of life</source>
            <translation>Uw levensweg</translation>
        </message>
        <message>
            <source>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</source>
            <translation>U bent bij de halte %1. Gebruik de pijltoetsen om langs de weg te gaan en Enter om een halte te openen.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>U bent hier</translation>
        </message>
    </context>
    <context>
        <name>RoadPage</name>
        <message>
            <source>Your road of life</source>
            <translation>Uw levensweg</translation>
        </message>
        <message>
            <source>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</source>
            <translation>U bent %1. U bent bij: %2. Haltes die nu belangrijk zijn, zijn gemarkeerd; open er een om de diensten te zien.</translation>
        </message>
    </context>
    <context>
        <name>RoadStation</name>
        <message>
            <source>Matters now</source>
            <translation>Nu belangrijk</translation>
        </message>
        <message>
            <source>Coming soon</source>
            <translation>Binnenkort</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Behind you</source>
            <translation>Achter u</translation>
        </message>
        <message>
            <source>You are here.</source>
            <translation>U bent hier.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s).</source>
            <translation>
                <numerusform>%n dienst.</numerusform>
                <numerusform>%n diensten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>For example: moving house, pension, driving licence</source>
            <translation>Bijvoorbeeld: verhuizen, pensioen, rijbewijs</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Diensten zoeken</translation>
        </message>
        <message>
            <source>Type what you need in your own words; results appear below.</source>
            <translation>Typ in uw eigen woorden wat u nodig hebt; de resultaten verschijnen hieronder.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultaat</numerusform>
                <numerusform>%n resultaten</numerusform>
            </translation>
        </message>
        <message>
            <source>No results. Try other words, or look along the road below.</source>
            <translation>Geen resultaten. Probeer andere woorden, of kijk langs de weg hieronder.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Dienst</translation>
        </message>
        <message>
            <source>Station on your road</source>
            <translation>Halte op uw weg</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Informatie</translation>
        </message>
    </context>
    <context>
        <name>Sending</name>
        <message>
            <source>Signing and sending</source>
            <translation>Ondertekenen en versturen</translation>
        </message>
        <message>
            <source>Preparing your document</source>
            <translation>Uw document wordt voorbereid</translation>
        </message>
        <message>
            <source>Signing with your card (enter your PIN when asked)</source>
            <translation>Ondertekenen met uw kaart (geef uw pincode in als daarom gevraagd wordt)</translation>
        </message>
        <message>
            <source>Logging in to the service with your card (enter your PIN when asked)</source>
            <translation>Aanmelden bij de dienst met uw kaart (geef uw pincode in als daarom gevraagd wordt)</translation>
        </message>
        <message>
            <source>Sending your signed application</source>
            <translation>Uw ondertekende aanvraag wordt verstuurd</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Keep your card in the reader until this is finished.</source>
            <translation>Laat uw kaart in de lezer tot dit klaar is.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Wacht</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>Back to %1</source>
            <translation>Terug naar %1</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>Wat het is</translation>
        </message>
        <message>
            <source>Who provides it</source>
            <translation>Wie het aanbiedt</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Wat u nodig hebt</translation>
        </message>
        <message>
            <source>Where to go</source>
            <translation>Waar u terechtkunt</translation>
        </message>
        <message>
            <source>You can do this here, online. You sign with your eID card and its PIN.</source>
            <translation>U kunt dit hier online doen. U ondertekent met uw eID-kaart en de pincode.</translation>
        </message>
        <message>
            <source>It costs %1, paid online before you sign.</source>
            <translation>Het kost %1, online te betalen voor u ondertekent.</translation>
        </message>
        <message>
            <source>Do it online</source>
            <translation>Online regelen</translation>
        </message>
        <message>
            <source>Continue your saved application</source>
            <translation>Uw bewaarde aanvraag verderzetten</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Nu beginnen</translation>
        </message>
        <message>
            <source>Opens the online form, one question at a time.</source>
            <translation>Opent het onlineformulier, vraag per vraag.</translation>
        </message>
        <message>
            <source>More information</source>
            <translation>Meer informatie</translation>
        </message>
        <message>
            <source>Opens the official website in your browser.</source>
            <translation>Opent de officiële website in uw browser.</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Back to your road</source>
            <translation>Terug naar uw levensweg</translation>
        </message>
        <message>
            <source>%1 · You are here</source>
            <translation>%1 · U bent hier</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>Wanneer: %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <source>No service here fits your situation at the moment. Search for a service by name from your road.</source>
            <translation>Geen enkele dienst hier past nu bij uw situatie. Zoek een dienst op naam vanaf uw levensweg.</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Wat komt eraan</translation>
        </message>
        <message>
            <source>You can do this here, online.</source>
            <translation>U kunt dit hier online doen.</translation>
        </message>
        <message>
            <source>Not online here: the page says where to go.</source>
            <translation>Niet online hier: de pagina zegt waar u terechtkunt.</translation>
        </message>
    </context>
</TS>
