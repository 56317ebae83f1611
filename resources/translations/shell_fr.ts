<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>I have children</source>
        <translation>J&apos;ai des enfants</translation>
    </message>
    <message>
        <source>We are expecting a baby</source>
        <translation>Nous attendons un bébé</translation>
    </message>
    <message>
        <source>I am a student</source>
        <translation>Je suis étudiant ou étudiante</translation>
    </message>
    <message>
        <source>I have a job</source>
        <translation>J&apos;ai un emploi</translation>
    </message>
    <message>
        <source>I am looking for work</source>
        <translation>Je cherche du travail</translation>
    </message>
    <message>
        <source>I run a business</source>
        <translation>Je dirige une entreprise</translation>
    </message>
    <message>
        <source>I am retired</source>
        <translation>Je suis pensionné ou pensionnée</translation>
    </message>
    <message>
        <source>I am not a Belgian citizen</source>
        <translation>Je n&apos;ai pas la nationalité belge</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>J&apos;ai un handicap</translation>
    </message>
    <message>
        <source>Someone close to me has died</source>
        <translation>Un de mes proches est décédé</translation>
    </message>
    <message>
        <source>Tell us about your situation (optional)</source>
        <translation>Parlez-nous de votre situation (facultatif)</translation>
    </message>
    <message>
        <source>Show or hide a few questions; your answers put the services that matter to you first.</source>
        <translation>Afficher ou masquer quelques questions ; vos réponses placent en premier les services qui comptent pour vous.</translation>
    </message>
    <message>
        <source>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</source>
        <translation>Cochez ce qui vous concerne. Le parcours change aussitôt. Vos réponses ne sont gardées que tant que votre carte est dans le lecteur.</translation>
    </message>
    <message>
        <source>Tick if this applies to you, to see the services that go with it.</source>
        <translation>Cochez si cela vous concerne, pour voir les services qui vont avec.</translation>
    </message>
</context>
<context>
    <name>CardMessages</name>
    <message>
        <source>Wrong PIN. One try left before the card is blocked.</source>
        <translation>Code PIN erroné. Il reste un seul essai avant le blocage de la carte.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. You have %n tries left.</source>
        <translation>
            <numerusform>Code PIN erroné. Il vous reste %n essai.</numerusform>
            <numerusform>Code PIN erroné. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</source>
        <translation>Votre code PIN est bloqué après trois essais erronés. Votre commune peut le débloquer avec votre lettre PUK.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The card was taken out. Put your eID card back in the reader and try again.</source>
        <translation>La carte a été retirée. Remettez votre carte eID dans le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>The card was changed. Check which card is in the reader.</source>
        <translation>La carte a été changée. Vérifiez quelle carte se trouve dans le lecteur.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in your card reader.</source>
        <translation>Aucun lecteur de carte n&apos;est branché. Branchez votre lecteur de carte.</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>Le logiciel du lecteur de carte ne fonctionne pas.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>Cette carte n&apos;est pas une carte eID belge.</translation>
    </message>
    <message>
        <source>The card did not do what was asked. Take it out, put it back and try again.</source>
        <translation>La carte n&apos;a pas fait ce qui était demandé. Retirez-la, remettez-la et réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</source>
        <translation>Un problème est survenu. Réessayez ; si cela se reproduit, ouvrez Aide pour copier un rapport destiné au service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is the right way round, chip first.</source>
        <translation>La carte ne répond pas. Vérifiez qu&apos;elle est dans le bon sens, puce en premier.</translation>
    </message>
    <message>
        <source>The card was taken out while it was being read.</source>
        <translation>La carte a été retirée pendant sa lecture.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out, put it back and try again.</source>
        <translation>La carte n&apos;a pas pu être lue. Retirez-la, remettez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>The card reader software is not running</source>
        <translation>Le logiciel du lecteur de carte ne fonctionne pas</translation>
    </message>
    <message>
        <source>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</source>
        <translation>Le service de cartes à puce de votre ordinateur est arrêté : le lecteur de carte ne peut pas être utilisé. Redémarrez votre ordinateur ; si cet écran reste affiché, ouvrez Aide.</translation>
    </message>
    <message>
        <source>Connect a card reader</source>
        <translation>Branchez un lecteur de carte</translation>
    </message>
    <message>
        <source>Plug your card reader into the computer. This screen changes by itself when the reader is found.</source>
        <translation>Branchez votre lecteur de carte sur l&apos;ordinateur. Cet écran change de lui-même dès que le lecteur est détecté.</translation>
    </message>
    <message>
        <source>Insert your eID card</source>
        <translation>Insérez votre carte eID</translation>
    </message>
    <message>
        <source>Use the demo panel at the bottom to insert a virtual card.</source>
        <translation>Utilisez le panneau de démonstration en bas pour insérer une carte virtuelle.</translation>
    </message>
    <message>
        <source>Put your eID card in the reader, chip first and facing up.</source>
        <translation>Insérez votre carte eID dans le lecteur, puce en premier et vers le haut.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Lecture de votre carte</translation>
    </message>
    <message>
        <source>This takes a second or two. Leave the card in the reader.</source>
        <translation>Cela prend une ou deux secondes. Laissez la carte dans le lecteur.</translation>
    </message>
    <message>
        <source>This card cannot be used</source>
        <translation>Cette carte ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed</source>
        <translation>Les données de cette carte n&apos;ont pas pu être confirmées</translation>
    </message>
    <message>
        <source>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</source>
        <translation>Les données de cette carte ne sont pas signées comme le Registre national les signe : les services publics ne les accepteront pas. Votre commune peut vous aider.</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Reprenez votre carte</translation>
    </message>
    <message>
        <source>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</source>
        <translation>Votre session est terminée et tout ce que vous avez saisi a été effacé. Retirez votre carte du lecteur.</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Lecture de la carte</translation>
    </message>
    <message>
        <source>The card is being read.</source>
        <translation>La carte est en cours de lecture.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. A bank card or another kind of card cannot be used here.</source>
        <translation>Retirez la carte et remettez-la. Une carte bancaire ou un autre type de carte ne peut pas être utilisé ici.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Aide et diagnostic</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Relire la carte</translation>
    </message>
    <message>
        <source>See what the card says</source>
        <translation>Voir ce que contient la carte</translation>
    </message>
    <message>
        <source>Try reading the card in the reader again.</source>
        <translation>Essayer de relire la carte qui est dans le lecteur.</translation>
    </message>
    <message>
        <source>Open My eID with the checks that failed.</source>
        <translation>Ouvrir Mon eID avec les vérifications qui ont échoué.</translation>
    </message>
    <message>
        <source>What this computer knows about the card reader, and a report to copy for the helpdesk.</source>
        <translation>Ce que cet ordinateur sait du lecteur de carte, et un rapport à copier pour le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Open a saved eID file</source>
        <translation>Ouvrir un fichier eID enregistré</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved earlier.</source>
        <translation>Afficher les données d&apos;un fichier .eid enregistré auparavant.</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Insert card</source>
        <translation>Insérer la carte</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>Demo person</source>
        <translation>Personne de démonstration</translation>
    </message>
    <message>
        <source>Whose virtual card to put in the reader.</source>
        <translation>La personne dont la carte virtuelle va dans le lecteur.</translation>
    </message>
    <message>
        <source>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</source>
        <translation>Insérer la carte virtuelle de la personne choisie. Une carte déjà présente est d&apos;abord retirée.</translation>
    </message>
    <message>
        <source>Take the virtual card out of the reader.</source>
        <translation>Retirer la carte virtuelle du lecteur.</translation>
    </message>
    <message>
        <source>through the card reader service (pcscd), reader {reader}</source>
        <translation>via le service des lecteurs de carte (pcscd), lecteur {reader}</translation>
    </message>
    <message>
        <source>in the program&apos;s built-in reader (no pcscd)</source>
        <translation>dans le lecteur intégré au programme (sans pcscd)</translation>
    </message>
    <message>
        <source>Demo gateway: {url}</source>
        <translation>Passerelle de démonstration : {url}</translation>
    </message>
    <message>
        <source>Demo gateway: starting</source>
        <translation>Passerelle de démonstration : démarrage</translation>
    </message>
    <message>
        <source>Virtual card {where}. Demo PIN: {pin}. {gateway}</source>
        <translation>Carte virtuelle {where}. Code PIN de démonstration : {pin}. {gateway}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>La vérification n&apos;a pas pu être faite.</translation>
    </message>
    <message>
        <source>The card reader software (pcscd) is not running.</source>
        <translation>Le logiciel du lecteur de carte (pcscd) ne fonctionne pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>%n lecteur de carte trouvé.</numerusform>
            <numerusform>%n lecteurs de carte trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>La passerelle répond.</translation>
    </message>
    <message>
        <source>The gateway does not answer.</source>
        <translation>La passerelle ne répond pas.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into your message to the helpdesk.</source>
        <translation>Le rapport est copié. Collez-le dans votre message au service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Aide et diagnostic</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</source>
        <translation>Si quelque chose ne fonctionne pas, copiez ce rapport et envoyez-le au service d&apos;assistance. Il ne contient aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Copy the report below, to paste in an e-mail.</source>
        <translation>Copier le rapport ci-dessous, pour le coller dans un courriel.</translation>
    </message>
    <message>
        <source>Look at the card readers and the gateway again.</source>
        <translation>Examiner à nouveau les lecteurs de carte et la passerelle.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The technical report for the helpdesk.</source>
        <translation>Le rapport technique pour le service d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Bon après-midi, {name}</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Bonsoir, {name}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, cette session se termine dans %n seconde et tout ce que vous avez saisi sera effacé.</numerusform>
            <numerusform>Pour protéger votre vie privée, cette session se termine dans %n secondes et tout ce que vous avez saisi sera effacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>J&apos;ai besoin de plus de temps</translation>
    </message>
    <message>
        <source>Keep the session open and go on where you were.</source>
        <translation>Garder la session ouverte et continuer là où vous étiez.</translation>
    </message>
    <message>
        <source>Are you still there? The session ends soon.</source>
        <translation>Êtes-vous toujours là ? La session se termine bientôt.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <translation>Un membre du personnel a été appelé et va venir vous aider.</translation>
    </message>
    <message>
        <source>The session has ended. Everything you entered has been deleted.</source>
        <translation>La session est terminée. Tout ce que vous avez saisi a été effacé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My road</source>
        <translation>Mon parcours</translation>
    </message>
    <message>
        <source>Your road of life and the services that matter now.</source>
        <translation>Votre parcours de vie et les services qui comptent maintenant.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Forms you sent and where they stand.</source>
        <translation>Les formulaires que vous avez envoyés et où ils en sont.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Letters and documents the government sent you.</source>
        <translation>Les lettres et documents que l&apos;administration vous a envoyés.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Mon eID</translation>
    </message>
    <message>
        <source>What your card holds, its checks, your PIN.</source>
        <translation>Le contenu de votre carte, ses vérifications, votre code PIN.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language, text size, contrast, card reader.</source>
        <translation>Langue, taille du texte, contraste, lecteur de carte.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Check the card reader and copy a report for the helpdesk.</source>
        <translation>Vérifier le lecteur de carte et copier un rapport pour le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Card reader software not running</source>
        <translation>Logiciel du lecteur arrêté</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Aucun lecteur de carte</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Lecture de la carte</translation>
    </message>
    <message>
        <source>Card cannot be used</source>
        <translation>Carte inutilisable</translation>
    </message>
    <message>
        <source>Card of {name}</source>
        <translation>Carte de {name}</translation>
    </message>
    <message>
        <source>Citizen Assistant</source>
        <translation>Assistant citoyen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>La langue du programme. Elle change immédiatement.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Appeler le personnel</translation>
    </message>
    <message>
        <source>A member of staff comes to help you.</source>
        <translation>Un membre du personnel vient vous aider.</translation>
    </message>
    <message>
        <source>{label} ({count} new)</source>
        <translation>{label} ({count} nouveaux)</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>Le logiciel du lecteur de carte ne fonctionne pas.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Aucun lecteur de carte n&apos;est branché.</translation>
    </message>
    <message>
        <source>Card inserted. Reading the card.</source>
        <translation>Carte insérée. Lecture de la carte.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>Cette carte ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>Card read. Welcome, {name}.</source>
        <translation>Carte lue. Bienvenue, {name}.</translation>
    </message>
    <message>
        <source>The data on this card could not be confirmed.</source>
        <translation>Les données de cette carte n&apos;ont pas pu être confirmées.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Carte retirée.</translation>
    </message>
</context>
<context>
    <name>MyEid</name>
    <message>
        <source>No card has been read yet. Insert your eID card, or open an eID file you saved before.</source>
        <translation>Aucune carte n&apos;a encore été lue. Insérez votre carte eID, ou ouvrez un fichier eID enregistré auparavant.</translation>
    </message>
    <message>
        <source>Opened from the file {name}: nothing in it was verified.</source>
        <translation>Ouvert depuis le fichier {name} : rien de son contenu n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed. See the checks below.</source>
        <translation>Les données de cette carte n&apos;ont pas pu être confirmées. Voyez les vérifications ci-dessous.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>Mon eID</translation>
    </message>
    <message>
        <source>Test my PIN</source>
        <translation>Tester mon code PIN</translation>
    </message>
    <message>
        <source>Check that you remember your PIN. Nothing is signed.</source>
        <translation>Vérifiez que vous connaissez votre code PIN. Rien n&apos;est signé.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Changer mon code PIN</translation>
    </message>
    <message>
        <source>Choose a new PIN. You need the PIN you use now.</source>
        <translation>Choisissez un nouveau code PIN. Il vous faut le code PIN que vous utilisez maintenant.</translation>
    </message>
    <message>
        <source>Save as eID file</source>
        <translation>Enregistrer comme fichier eID</translation>
    </message>
    <message>
        <source>Save the card&apos;s data in an .eid file on this computer.</source>
        <translation>Enregistrer les données de la carte dans un fichier .eid sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Open an eID file</source>
        <translation>Ouvrir un fichier eID</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved before.</source>
        <translation>Afficher les données d&apos;un fichier .eid enregistré auparavant.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the card&apos;s data, or save it as PDF.</source>
        <translation>Imprimer les données de la carte, ou les enregistrer en PDF.</translation>
    </message>
    <message>
        <source>Your PIN is correct.</source>
        <translation>Votre code PIN est correct.</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Votre code PIN a été changé.</translation>
    </message>
    <message>
        <source>Follow the instructions in the PIN window.</source>
        <translation>Suivez les instructions dans la fenêtre du code PIN.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>eID files (*.eid)</source>
        <translation>Fichiers eID (*.eid)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an eID file.</source>
        <translation>Ce fichier ne peut pas être ouvert comme fichier eID.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Code postal et commune</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Opened from a file: nothing in it was verified.</source>
        <translation>Ouvert depuis un fichier : rien de son contenu n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Read from the card; its data is signed by the National Register.</source>
        <translation>Lu sur la carte ; ses données sont signées par le Registre national.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed.</source>
        <translation>Les données de cette carte n&apos;ont pas pu être confirmées.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>The photo is the one the National Register signed</source>
        <translation>La photo est celle que le Registre national a signée</translation>
    </message>
    <message>
        <source>Identity signed by the National Register</source>
        <translation>Identité signée par le Registre national</translation>
    </message>
    <message>
        <source>Address signed by the National Register</source>
        <translation>Adresse signée par le Registre national</translation>
    </message>
    <message>
        <source>The National Register&apos;s certificate is genuine</source>
        <translation>Le certificat du Registre national est authentique</translation>
    </message>
    <message>
        <source>The chip proves it is the original card</source>
        <translation>La puce prouve qu&apos;il s&apos;agit de la carte d&apos;origine</translation>
    </message>
    <message>
        <source>Authentication (logging in)</source>
        <translation>Authentification (connexion)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Citizen CA</source>
        <translation>Citizen CA (autorité de certification)</translation>
    </message>
    <message>
        <source>Belgium Root CA</source>
        <translation>Belgium Root CA (certificat racine)</translation>
    </message>
    <message>
        <source>National Register</source>
        <translation>Registre national</translation>
    </message>
    <message>
        <source>Photo on the card</source>
        <translation>Photo sur la carte</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Noble title</source>
        <translation>Titre de noblesse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Chip number</source>
        <translation>Numéro de puce</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivrée par</translation>
    </message>
    <message>
        <source>Card software</source>
        <translation>Logiciel de la carte</translation>
    </message>
    <message>
        <source>This card has expired. Ask your town hall for a new one.</source>
        <translation>Cette carte est périmée. Demandez-en une nouvelle à votre commune.</translation>
    </message>
    <message>
        <source>This card expires soon. Your town hall will send you an invitation to renew it.</source>
        <translation>Cette carte expire bientôt. Votre commune vous enverra une invitation à la renouveler.</translation>
    </message>
    <message>
        <source>Is this card genuine?</source>
        <translation>Cette carte est-elle authentique ?</translation>
    </message>
    <message>
        <source>Not applicable to this card</source>
        <translation>Ne s&apos;applique pas à cette carte</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Oui</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Non</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>This card has no signature certificate (children&apos;s cards).</source>
        <translation>Cette carte n&apos;a pas de certificat de signature (cartes pour enfants).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>{name}, {start} to {end} ({state})</source>
        <translation>{name}, du {start} au {end} ({state})</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter your PIN to sign</source>
        <translation>Entrez votre code PIN pour signer</translation>
    </message>
    <message>
        <source>Enter your PIN to log in</source>
        <translation>Entrez votre code PIN pour vous connecter</translation>
    </message>
    <message>
        <source>Test your PIN</source>
        <translation>Testez votre code PIN</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>Entrez votre code PIN actuel</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choisissez un nouveau code PIN</translation>
    </message>
    <message>
        <source>Your signature with the card has the same legal force as your handwritten signature.</source>
        <translation>Votre signature avec la carte a la même valeur juridique que votre signature manuscrite.</translation>
    </message>
    <message>
        <source>The PIN proves to the government service that it is you.</source>
        <translation>Le code PIN prouve au service public que c&apos;est bien vous.</translation>
    </message>
    <message>
        <source>The card checks the PIN. Nothing is signed or sent.</source>
        <translation>La carte vérifie le code PIN. Rien n&apos;est signé ni envoyé.</translation>
    </message>
    <message>
        <source>To change your PIN, first enter the PIN you use now.</source>
        <translation>Pour changer votre code PIN, entrez d&apos;abord le code PIN que vous utilisez maintenant.</translation>
    </message>
    <message>
        <source>Your new PIN has 4 to 12 digits. Type it twice.</source>
        <translation>Votre nouveau code PIN compte de 4 à 12 chiffres. Tapez-le deux fois.</translation>
    </message>
    <message>
        <source>A wrong PIN uses up one of your three tries.</source>
        <translation>Un code PIN erroné consomme l&apos;un de vos trois essais.</translation>
    </message>
    <message>
        <source>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</source>
        <translation>C&apos;est votre dernier essai. Si le code PIN est erroné, la carte sera bloquée et seule votre commune pourra la débloquer avec votre lettre PUK.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</source>
        <translation>
            <numerusform>Il vous reste %n essai. Après trois codes PIN erronés d&apos;affilée, la carte est bloquée ; votre commune peut la débloquer avec votre lettre PUK.</numerusform>
            <numerusform>Il vous reste %n essais. Après trois codes PIN erronés d&apos;affilée, la carte est bloquée ; votre commune peut la débloquer avec votre lettre PUK.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: {reader}</source>
        <translation>Lecteur de carte : {reader}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</source>
        <translation>Le code PIN de votre carte eID, de 4 à 12 chiffres. Il n&apos;est pas affiché à l&apos;écran.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN, encore une fois</translation>
    </message>
    <message>
        <source>Type the new PIN a second time, to be sure.</source>
        <translation>Tapez le nouveau code PIN une deuxième fois, pour être sûr.</translation>
    </message>
    <message>
        <source>Give the PIN to the card.</source>
        <translation>Transmettre le code PIN à la carte.</translation>
    </message>
    <message>
        <source>Close without using the PIN. Nothing is signed.</source>
        <translation>Fermer sans utiliser le code PIN. Rien n&apos;est signé.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>Un code PIN compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>Les deux nouveaux codes PIN ne sont pas identiques. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>La plus grande</translation>
    </message>
    <message>
        <source>Any reader with a card in it</source>
        <translation>Tout lecteur contenant une carte</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (or http:// for this computer).</source>
        <translation>Entrez une adresse qui commence par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>La passerelle répond.</translation>
    </message>
    <message>
        <source>The gateway does not answer. Check the address and your internet connection.</source>
        <translation>La passerelle ne répond pas. Vérifiez l&apos;adresse et votre connexion internet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Adresse de la passerelle</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Lecteur de carte</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Enregistrer l&apos;adresse</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Certains paramètres sont fixés par votre administrateur et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>La langue du programme. Elle change immédiatement.</translation>
    </message>
    <message>
        <source>Make all text in the program larger.</source>
        <translation>Agrandir tout le texte du programme.</translation>
    </message>
    <message>
        <source>Bright text on a black background, easier to read for some people.</source>
        <translation>Texte clair sur fond noir, plus facile à lire pour certaines personnes.</translation>
    </message>
    <message>
        <source>The internet address of the government gateway that receives your forms.</source>
        <translation>L&apos;adresse internet de la passerelle publique qui reçoit vos formulaires.</translation>
    </message>
    <message>
        <source>Use the address typed.</source>
        <translation>Utiliser l&apos;adresse saisie.</translation>
    </message>
    <message>
        <source>Check that the gateway answers at this address.</source>
        <translation>Vérifier que la passerelle répond à cette adresse.</translation>
    </message>
    <message>
        <source>Which card reader to use when there are several.</source>
        <translation>Le lecteur de carte à utiliser lorsqu&apos;il y en a plusieurs.</translation>
    </message>
</context>
</TS>
