<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>I have children</source>
        <translation>Ik heb kinderen</translation>
    </message>
    <message>
        <source>We are expecting a baby</source>
        <translation>We verwachten een baby</translation>
    </message>
    <message>
        <source>I am a student</source>
        <translation>Ik ben student</translation>
    </message>
    <message>
        <source>I have a job</source>
        <translation>Ik heb werk</translation>
    </message>
    <message>
        <source>I am looking for work</source>
        <translation>Ik zoek werk</translation>
    </message>
    <message>
        <source>I run a business</source>
        <translation>Ik heb een eigen zaak</translation>
    </message>
    <message>
        <source>I am retired</source>
        <translation>Ik ben met pensioen</translation>
    </message>
    <message>
        <source>I am not a Belgian citizen</source>
        <translation>Ik heb niet de Belgische nationaliteit</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>Ik heb een handicap</translation>
    </message>
    <message>
        <source>Someone close to me has died</source>
        <translation>Iemand die mij na stond, is overleden</translation>
    </message>
    <message>
        <source>Tell us about your situation (optional)</source>
        <translation>Vertel ons over uw situatie (niet verplicht)</translation>
    </message>
    <message>
        <source>Show or hide a few questions; your answers put the services that matter to you first.</source>
        <translation>Toon of verberg enkele vragen; met uw antwoorden komen de diensten die voor u tellen eerst.</translation>
    </message>
    <message>
        <source>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</source>
        <translation>Vink aan wat op u van toepassing is. De weg verandert meteen. Uw antwoorden worden alleen bewaard zolang uw kaart in de lezer zit.</translation>
    </message>
    <message>
        <source>Tick if this applies to you, to see the services that go with it.</source>
        <translation>Vink aan als dit op u van toepassing is, om de bijbehorende diensten te zien.</translation>
    </message>
</context>
<context>
    <name>CardMessages</name>
    <message>
        <source>Wrong PIN. One try left before the card is blocked.</source>
        <translation>Verkeerde pincode. Nog één poging voordat de kaart geblokkeerd wordt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. You have %n tries left.</source>
        <translation>
            <numerusform>Verkeerde pincode. U hebt nog %n poging.</numerusform>
            <numerusform>Verkeerde pincode. U hebt nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</source>
        <translation>Uw pincode is geblokkeerd na drie verkeerde pogingen. Uw gemeente kan hem deblokkeren met uw PUK-brief.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>The card was taken out. Put your eID card back in the reader and try again.</source>
        <translation>De kaart werd uitgenomen. Steek uw eID-kaart terug in de lezer en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The card was changed. Check which card is in the reader.</source>
        <translation>De kaart werd gewisseld. Kijk welke kaart in de lezer zit.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in your card reader.</source>
        <translation>Er is geen kaartlezer aangesloten. Sluit uw kaartlezer aan.</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>De software voor de kaartlezer draait niet.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Deze kaart is geen Belgische eID-kaart.</translation>
    </message>
    <message>
        <source>The card did not do what was asked. Take it out, put it back and try again.</source>
        <translation>De kaart deed niet wat gevraagd werd. Neem ze uit, steek ze terug en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</source>
        <translation>Er ging iets mis. Probeer opnieuw; gebeurt het nog eens, open dan Hulp om een rapport voor de helpdesk te kopiëren.</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is the right way round, chip first.</source>
        <translation>De kaart antwoordt niet. Kijk of ze goed in de lezer zit, met de chip eerst.</translation>
    </message>
    <message>
        <source>The card was taken out while it was being read.</source>
        <translation>De kaart werd uitgenomen terwijl ze gelezen werd.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out, put it back and try again.</source>
        <translation>De kaart kon niet gelezen worden. Neem ze uit, steek ze terug en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>The card reader software is not running</source>
        <translation>De software voor de kaartlezer draait niet</translation>
    </message>
    <message>
        <source>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</source>
        <translation>De chipkaartdienst van uw computer is gestopt, dus de kaartlezer kan niet gebruikt worden. Start uw computer opnieuw op; blijft dit scherm staan, open dan Hulp.</translation>
    </message>
    <message>
        <source>Connect a card reader</source>
        <translation>Sluit een kaartlezer aan</translation>
    </message>
    <message>
        <source>Plug your card reader into the computer. This screen changes by itself when the reader is found.</source>
        <translation>Sluit uw kaartlezer aan op de computer. Dit scherm verandert vanzelf zodra de lezer gevonden is.</translation>
    </message>
    <message>
        <source>Insert your eID card</source>
        <translation>Steek uw eID-kaart in de lezer</translation>
    </message>
    <message>
        <source>Use the demo panel at the bottom to insert a virtual card.</source>
        <translation>Gebruik het demopaneel onderaan om een virtuele kaart in te steken.</translation>
    </message>
    <message>
        <source>Put your eID card in the reader, chip first and facing up.</source>
        <translation>Steek uw eID-kaart in de lezer, met de chip eerst en naar boven.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Uw kaart wordt gelezen</translation>
    </message>
    <message>
        <source>This takes a second or two. Leave the card in the reader.</source>
        <translation>Dit duurt een seconde of twee. Laat de kaart in de lezer zitten.</translation>
    </message>
    <message>
        <source>This card cannot be used</source>
        <translation>Deze kaart kan niet gebruikt worden</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed</source>
        <translation>De gegevens op deze kaart konden niet bevestigd worden</translation>
    </message>
    <message>
        <source>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</source>
        <translation>De gegevens op deze kaart zijn niet ondertekend zoals het Rijksregister ze ondertekent, dus overheidsdiensten zullen ze niet aanvaarden. Uw gemeente kan helpen.</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Neem uw kaart mee</translation>
    </message>
    <message>
        <source>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</source>
        <translation>Uw sessie is afgelopen en alles wat u invulde, is gewist. Neem uw kaart uit de lezer.</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>De kaart wordt gelezen</translation>
    </message>
    <message>
        <source>The card is being read.</source>
        <translation>De kaart wordt gelezen.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. A bank card or another kind of card cannot be used here.</source>
        <translation>Neem de kaart uit en steek ze terug. Een bankkaart of een ander soort kaart kan hier niet gebruikt worden.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Hulp en diagnose</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Lees de kaart opnieuw</translation>
    </message>
    <message>
        <source>See what the card says</source>
        <translation>Bekijk wat op de kaart staat</translation>
    </message>
    <message>
        <source>Try reading the card in the reader again.</source>
        <translation>Probeer de kaart in de lezer opnieuw te lezen.</translation>
    </message>
    <message>
        <source>Open My eID with the checks that failed.</source>
        <translation>Open Mijn eID met de controles die mislukten.</translation>
    </message>
    <message>
        <source>What this computer knows about the card reader, and a report to copy for the helpdesk.</source>
        <translation>Wat deze computer over de kaartlezer weet, en een rapport om voor de helpdesk te kopiëren.</translation>
    </message>
    <message>
        <source>Open a saved eID file</source>
        <translation>Open een bewaard eID-bestand</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved earlier.</source>
        <translation>Toon de gegevens van een eerder bewaard .eid-bestand.</translation>
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
        <translation>Kaart insteken</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Kaart uitnemen</translation>
    </message>
    <message>
        <source>Demo person</source>
        <translation>Demopersoon</translation>
    </message>
    <message>
        <source>Whose virtual card to put in the reader.</source>
        <translation>Van wie de virtuele kaart in de lezer gaat.</translation>
    </message>
    <message>
        <source>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</source>
        <translation>Steek de virtuele kaart van de gekozen persoon in de lezer. Een kaart die er al in zit, wordt eerst uitgenomen.</translation>
    </message>
    <message>
        <source>Take the virtual card out of the reader.</source>
        <translation>Neem de virtuele kaart uit de lezer.</translation>
    </message>
    <message>
        <source>through the card reader service (pcscd), reader {reader}</source>
        <translation>via de kaartlezerdienst (pcscd), lezer {reader}</translation>
    </message>
    <message>
        <source>in the program&apos;s built-in reader (no pcscd)</source>
        <translation>in de ingebouwde lezer van het programma (geen pcscd)</translation>
    </message>
    <message>
        <source>Demo gateway: {url}</source>
        <translation>Demogateway: {url}</translation>
    </message>
    <message>
        <source>Demo gateway: starting</source>
        <translation>Demogateway: wordt gestart</translation>
    </message>
    <message>
        <source>Virtual card {where}. Demo PIN: {pin}. {gateway}</source>
        <translation>Virtuele kaart {where}. Demopincode: {pin}. {gateway}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>De controle kon niet uitgevoerd worden.</translation>
    </message>
    <message>
        <source>The card reader software (pcscd) is not running.</source>
        <translation>De software voor de kaartlezer (pcscd) draait niet.</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>%n kaartlezer gevonden.</numerusform>
            <numerusform>%n kaartlezers gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>De gateway antwoordt.</translation>
    </message>
    <message>
        <source>The gateway does not answer.</source>
        <translation>De gateway antwoordt niet.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into your message to the helpdesk.</source>
        <translation>Het rapport is gekopieerd. Plak het in uw bericht aan de helpdesk.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Hulp en diagnose</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</source>
        <translation>Werkt er iets niet, kopieer dan dit rapport en stuur het naar de helpdesk. Het bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Copy the report below, to paste in an e-mail.</source>
        <translation>Kopieer het rapport hieronder, om het in een e-mail te plakken.</translation>
    </message>
    <message>
        <source>Look at the card readers and the gateway again.</source>
        <translation>Kijk opnieuw naar de kaartlezers en de gateway.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The technical report for the helpdesk.</source>
        <translation>Het technisch rapport voor de helpdesk.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Goedemorgen, {name}</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Goedemiddag, {name}</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Goedenavond, {name}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>Bent u er nog?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>Om uw privacy te beschermen, eindigt deze sessie over %n seconde en wordt alles wat u invulde gewist.</numerusform>
            <numerusform>Om uw privacy te beschermen, eindigt deze sessie over %n seconden en wordt alles wat u invulde gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ik heb meer tijd nodig</translation>
    </message>
    <message>
        <source>Keep the session open and go on where you were.</source>
        <translation>Houd de sessie open en ga verder waar u was.</translation>
    </message>
    <message>
        <source>Are you still there? The session ends soon.</source>
        <translation>Bent u er nog? De sessie eindigt binnenkort.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <translation>Er werd een medewerker geroepen; die komt naar u toe.</translation>
    </message>
    <message>
        <source>The session has ended. Everything you entered has been deleted.</source>
        <translation>De sessie is afgelopen. Alles wat u invulde, is gewist.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My road</source>
        <translation>Mijn levensweg</translation>
    </message>
    <message>
        <source>Your road of life and the services that matter now.</source>
        <translation>Uw levensweg en de diensten die nu belangrijk zijn.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mijn dossiers</translation>
    </message>
    <message>
        <source>Forms you sent and where they stand.</source>
        <translation>Formulieren die u verstuurde en hoe ver ze staan.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Postvak</translation>
    </message>
    <message>
        <source>Letters and documents the government sent you.</source>
        <translation>Brieven en documenten die de overheid u stuurde.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Mijn eID</translation>
    </message>
    <message>
        <source>What your card holds, its checks, your PIN.</source>
        <translation>Wat op uw kaart staat, de controles, uw pincode.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language, text size, contrast, card reader.</source>
        <translation>Taal, tekstgrootte, contrast, kaartlezer.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Check the card reader and copy a report for the helpdesk.</source>
        <translation>Controleer de kaartlezer en kopieer een rapport voor de helpdesk.</translation>
    </message>
    <message>
        <source>Card reader software not running</source>
        <translation>Kaartlezersoftware draait niet</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Geen kaartlezer</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Geen kaart</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>De kaart wordt gelezen</translation>
    </message>
    <message>
        <source>Card cannot be used</source>
        <translation>Kaart niet bruikbaar</translation>
    </message>
    <message>
        <source>Card of {name}</source>
        <translation>Kaart van {name}</translation>
    </message>
    <message>
        <source>Citizen Assistant</source>
        <translation>Burgerassistent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>De taal van het programma. Ze verandert meteen.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Medewerker roepen</translation>
    </message>
    <message>
        <source>A member of staff comes to help you.</source>
        <translation>Een medewerker komt u helpen.</translation>
    </message>
    <message>
        <source>{label} ({count} new)</source>
        <translation>{label} ({count} nieuw)</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>De software voor de kaartlezer draait niet.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Er is geen kaartlezer aangesloten.</translation>
    </message>
    <message>
        <source>Card inserted. Reading the card.</source>
        <translation>Kaart ingestoken. De kaart wordt gelezen.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Deze kaart kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>Card read. Welcome, {name}.</source>
        <translation>Kaart gelezen. Welkom, {name}.</translation>
    </message>
    <message>
        <source>The data on this card could not be confirmed.</source>
        <translation>De gegevens op deze kaart konden niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Kaart uitgenomen.</translation>
    </message>
</context>
<context>
    <name>MyEid</name>
    <message>
        <source>No card has been read yet. Insert your eID card, or open an eID file you saved before.</source>
        <translation>Er werd nog geen kaart gelezen. Steek uw eID-kaart in de lezer, of open een eID-bestand dat u eerder bewaarde.</translation>
    </message>
    <message>
        <source>Opened from the file {name}: nothing in it was verified.</source>
        <translation>Geopend uit het bestand {name}: niets daarin werd gecontroleerd.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed. See the checks below.</source>
        <translation>De gegevens op deze kaart konden niet bevestigd worden. Zie de controles hieronder.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Mijn eID</translation>
    </message>
    <message>
        <source>Test my PIN</source>
        <translation>Mijn pincode testen</translation>
    </message>
    <message>
        <source>Check that you remember your PIN. Nothing is signed.</source>
        <translation>Controleer of u uw pincode nog kent. Er wordt niets ondertekend.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Mijn pincode wijzigen</translation>
    </message>
    <message>
        <source>Choose a new PIN. You need the PIN you use now.</source>
        <translation>Kies een nieuwe pincode. U hebt de pincode nodig die u nu gebruikt.</translation>
    </message>
    <message>
        <source>Save as eID file</source>
        <translation>Bewaren als eID-bestand</translation>
    </message>
    <message>
        <source>Save the card&apos;s data in an .eid file on this computer.</source>
        <translation>Bewaar de gegevens van de kaart in een .eid-bestand op deze computer.</translation>
    </message>
    <message>
        <source>Open an eID file</source>
        <translation>Een eID-bestand openen</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved before.</source>
        <translation>Toon de gegevens van een eerder bewaard .eid-bestand.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print the card&apos;s data, or save it as PDF.</source>
        <translation>Druk de gegevens van de kaart af, of bewaar ze als pdf.</translation>
    </message>
    <message>
        <source>Your PIN is correct.</source>
        <translation>Uw pincode is juist.</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Uw pincode werd gewijzigd.</translation>
    </message>
    <message>
        <source>Follow the instructions in the PIN window.</source>
        <translation>Volg de instructies in het pincodevenster.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Er werd niets gedaan.</translation>
    </message>
    <message>
        <source>eID files (*.eid)</source>
        <translation>eID-bestanden (*.eid)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Het bestand kon niet bewaard worden.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an eID file.</source>
        <translation>Dit bestand kan niet als eID-bestand geopend worden.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geboorteplaats</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode en gemeente</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kaartnummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Opened from a file: nothing in it was verified.</source>
        <translation>Geopend uit een bestand: niets daarin werd gecontroleerd.</translation>
    </message>
    <message>
        <source>Read from the card; its data is signed by the National Register.</source>
        <translation>Gelezen van de kaart; de gegevens zijn ondertekend door het Rijksregister.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed.</source>
        <translation>De gegevens op deze kaart konden niet bevestigd worden.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <source>The photo is the one the National Register signed</source>
        <translation>De foto is die welke het Rijksregister ondertekende</translation>
    </message>
    <message>
        <source>Identity signed by the National Register</source>
        <translation>Identiteit ondertekend door het Rijksregister</translation>
    </message>
    <message>
        <source>Address signed by the National Register</source>
        <translation>Adres ondertekend door het Rijksregister</translation>
    </message>
    <message>
        <source>The National Register&apos;s certificate is genuine</source>
        <translation>Het certificaat van het Rijksregister is echt</translation>
    </message>
    <message>
        <source>The chip proves it is the original card</source>
        <translation>De chip bewijst dat het de originele kaart is</translation>
    </message>
    <message>
        <source>Authentication (logging in)</source>
        <translation>Authenticatie (aanmelden)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Citizen CA</source>
        <translation>Citizen CA (certificaatautoriteit)</translation>
    </message>
    <message>
        <source>Belgium Root CA</source>
        <translation>Belgium Root CA (basiscertificaat)</translation>
    </message>
    <message>
        <source>National Register</source>
        <translation>Rijksregister</translation>
    </message>
    <message>
        <source>Photo on the card</source>
        <translation>Foto op de kaart</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Noble title</source>
        <translation>Adellijke titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Chip number</source>
        <translation>Chipnummer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Uitgereikt door</translation>
    </message>
    <message>
        <source>Card software</source>
        <translation>Kaartsoftware</translation>
    </message>
    <message>
        <source>This card has expired. Ask your town hall for a new one.</source>
        <translation>Deze kaart is vervallen. Vraag een nieuwe aan bij uw gemeente.</translation>
    </message>
    <message>
        <source>This card expires soon. Your town hall will send you an invitation to renew it.</source>
        <translation>Deze kaart vervalt binnenkort. Uw gemeente stuurt u een uitnodiging om ze te vernieuwen.</translation>
    </message>
    <message>
        <source>Is this card genuine?</source>
        <translation>Is deze kaart echt?</translation>
    </message>
    <message>
        <source>Not applicable to this card</source>
        <translation>Niet van toepassing op deze kaart</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Nee</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>This card has no signature certificate (children&apos;s cards).</source>
        <translation>Deze kaart heeft geen handtekeningcertificaat (kinderkaarten).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <source>{name}, {start} to {end} ({state})</source>
        <translation>{name}, {start} tot {end} ({state})</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter your PIN to sign</source>
        <translation>Geef uw pincode in om te ondertekenen</translation>
    </message>
    <message>
        <source>Enter your PIN to log in</source>
        <translation>Geef uw pincode in om aan te melden</translation>
    </message>
    <message>
        <source>Test your PIN</source>
        <translation>Test uw pincode</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>Geef uw huidige pincode in</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Kies een nieuwe pincode</translation>
    </message>
    <message>
        <source>Your signature with the card has the same legal force as your handwritten signature.</source>
        <translation>Uw handtekening met de kaart heeft dezelfde juridische waarde als uw handgeschreven handtekening.</translation>
    </message>
    <message>
        <source>The PIN proves to the government service that it is you.</source>
        <translation>De pincode bewijst aan de overheidsdienst dat u het bent.</translation>
    </message>
    <message>
        <source>The card checks the PIN. Nothing is signed or sent.</source>
        <translation>De kaart controleert de pincode. Er wordt niets ondertekend of verstuurd.</translation>
    </message>
    <message>
        <source>To change your PIN, first enter the PIN you use now.</source>
        <translation>Om uw pincode te wijzigen, geeft u eerst de pincode in die u nu gebruikt.</translation>
    </message>
    <message>
        <source>Your new PIN has 4 to 12 digits. Type it twice.</source>
        <translation>Uw nieuwe pincode heeft 4 tot 12 cijfers. Typ hem twee keer.</translation>
    </message>
    <message>
        <source>A wrong PIN uses up one of your three tries.</source>
        <translation>Een verkeerde pincode kost een van uw drie pogingen.</translation>
    </message>
    <message>
        <source>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</source>
        <translation>Dit is uw laatste poging. Is de pincode verkeerd, dan wordt de kaart geblokkeerd en kan alleen uw gemeente ze deblokkeren met uw PUK-brief.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</source>
        <translation>
            <numerusform>U hebt nog %n poging. Na drie verkeerde pincodes na elkaar wordt de kaart geblokkeerd; uw gemeente kan ze deblokkeren met uw PUK-brief.</numerusform>
            <numerusform>U hebt nog %n pogingen. Na drie verkeerde pincodes na elkaar wordt de kaart geblokkeerd; uw gemeente kan ze deblokkeren met uw PUK-brief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: {reader}</source>
        <translation>Kaartlezer: {reader}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</source>
        <translation>De pincode van uw eID-kaart, 4 tot 12 cijfers. Hij wordt niet op het scherm getoond.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe pincode nog eens</translation>
    </message>
    <message>
        <source>Type the new PIN a second time, to be sure.</source>
        <translation>Typ de nieuwe pincode een tweede keer, voor de zekerheid.</translation>
    </message>
    <message>
        <source>Give the PIN to the card.</source>
        <translation>Geef de pincode aan de kaart.</translation>
    </message>
    <message>
        <source>Close without using the PIN. Nothing is signed.</source>
        <translation>Sluiten zonder de pincode te gebruiken. Er wordt niets ondertekend.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Een pincode heeft 4 tot 12 cijfers.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>De twee nieuwe pincodes zijn niet dezelfde. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <source>Any reader with a card in it</source>
        <translation>Elke lezer waar een kaart in zit</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (or http:// for this computer).</source>
        <translation>Geef een adres in dat begint met https:// (of http:// voor deze computer).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>De gateway antwoordt.</translation>
    </message>
    <message>
        <source>The gateway does not answer. Check the address and your internet connection.</source>
        <translation>De gateway antwoordt niet. Controleer het adres en uw internetverbinding.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adres van de gateway</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Kaartlezer</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Hoog contrast (wit op zwart)</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Adres bewaren</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Sommige instellingen zijn vastgelegd door uw beheerder en kunnen hier niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>De taal van het programma. Ze verandert meteen.</translation>
    </message>
    <message>
        <source>Make all text in the program larger.</source>
        <translation>Maak alle tekst in het programma groter.</translation>
    </message>
    <message>
        <source>Bright text on a black background, easier to read for some people.</source>
        <translation>Heldere tekst op een zwarte achtergrond, voor sommige mensen makkelijker te lezen.</translation>
    </message>
    <message>
        <source>The internet address of the government gateway that receives your forms.</source>
        <translation>Het internetadres van de overheidsgateway die uw formulieren ontvangt.</translation>
    </message>
    <message>
        <source>Use the address typed.</source>
        <translation>Gebruik het getypte adres.</translation>
    </message>
    <message>
        <source>Check that the gateway answers at this address.</source>
        <translation>Controleer of de gateway op dit adres antwoordt.</translation>
    </message>
    <message>
        <source>Which card reader to use when there are several.</source>
        <translation>Welke kaartlezer gebruikt wordt als er meerdere zijn.</translation>
    </message>
</context>
</TS>
