<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>Cases</name>
        <message>
            <source>Case %1</source>
            <translation>Dossier %1</translation>
        </message>
        <message>
            <source>Back to my cases</source>
            <translation>Retour à mes dossiers</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Référence : %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Open the signed PDF</source>
            <translation>Ouvrir le PDF signé</translation>
        </message>
        <message>
            <source>Shows the application as you signed and sent it</source>
            <translation>Affiche la demande telle que vous l'avez signée et envoyée</translation>
        </message>
        <message>
            <source>Letters about this case</source>
            <translation>Courriers concernant ce dossier</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>Courrier %1</translation>
        </message>
        <message>
            <source>Opens the letter</source>
            <translation>Ouvre le courrier</translation>
        </message>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Aucune adresse de la passerelle publique n'est définie. Indiquez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>Mes dossiers</translation>
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
                <numerusform>%n formulaire envoyé</numerusform>
                <numerusform>%n formulaires envoyés</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading your cases…</source>
            <translation>Chargement de vos dossiers…</translation>
        </message>
        <message>
            <source>The service cannot be reached, so this list shows what this computer keeps.</source>
            <translation>Le service est injoignable ; cette liste montre ce que cet ordinateur conserve.</translation>
        </message>
        <message>
            <source>You have not sent any form yet.</source>
            <translation>Vous n'avez encore envoyé aucun formulaire.</translation>
        </message>
        <message>
            <source>Send waiting forms now</source>
            <translation>Envoyer maintenant les formulaires en attente</translation>
        </message>
        <message>
            <source>Logs in with your card and sends what waits on this computer</source>
            <translation>Se connecte avec votre carte et envoie ce qui attend sur cet ordinateur</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Asks the service for the latest status</source>
            <translation>Demande au service l'état le plus récent</translation>
        </message>
        <message>
            <source>Forms you sent and their status</source>
            <translation>Les formulaires que vous avez envoyés et leur état</translation>
        </message>
        <message numerus="yes">
            <source>Inbox: %n unread letter(s)</source>
            <translation>
                <numerusform>Boîte de réception : %n courrier non lu</numerusform>
                <numerusform>Boîte de réception : %n courriers non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbox: no unread letters</source>
            <translation>Boîte de réception : aucun courrier non lu</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Courriers que l'administration vous a envoyés</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>Reçu le %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>En attente d'envoi</translation>
        </message>
        <message>
            <source>Refused: correct it and sign again</source>
            <translation>Refusé : corrigez-le et signez à nouveau</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>En cours de traitement</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Décidé</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clôturé</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswers</name>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>Vérifiez vos réponses avant l'envoi</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Redevance</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>To pay before you sign</source>
            <translation>À payer avant de signer</translation>
        </message>
        <message>
            <source>Now sign and send</source>
            <translation>Signer et envoyer</translation>
        </message>
        <message>
            <source>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</source>
            <translation>Vous signez avec votre carte eID et son code PIN. Votre signature a la même valeur qu'une signature manuscrite : vérifiez d'abord vos réponses.</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>Continuer vers le paiement</translation>
        </message>
        <message>
            <source>Opens the payment page</source>
            <translation>Ouvre la page de paiement</translation>
        </message>
        <message>
            <source>Asks for your PIN, signs the form with your card and sends it</source>
            <translation>Demande votre code PIN, signe le formulaire avec votre carte et l'envoie</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Enregistrer et revenir plus tard</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Modifier : %1</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>Application sent</source>
            <translation>Demande envoyée</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Votre numéro de référence</translation>
        </message>
        <message>
            <source>Application signed and saved</source>
            <translation>Demande signée et conservée</translation>
        </message>
        <message>
            <source>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</source>
            <translation>Le service est injoignable pour le moment. Votre demande signée est conservée en sécurité sur cet ordinateur. Elle sera envoyée dès que le service sera de nouveau joignable ; vous pouvez aussi l'envoyer vous-même depuis Mes dossiers.</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>Et ensuite</translation>
        </message>
        <message>
            <source>Questions about your application</source>
            <translation>Questions sur votre demande</translation>
        </message>
        <message>
            <source>Contact %1 and give your reference number.</source>
            <translation>Contactez %1 en indiquant votre numéro de référence.</translation>
        </message>
        <message>
            <source>Keep a record</source>
            <translation>Garder une trace</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>Enregistrer le PDF signé</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>See your cases</source>
            <translation>Voir vos dossiers</translation>
        </message>
        <message>
            <source>Back to your road</source>
            <translation>Retour à votre chemin de vie</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>Il y a un problème</translation>
        </message>
        <message>
            <source>Goes to the answer to fix</source>
            <translation>Va à la réponse à corriger</translation>
        </message>
    </context>
    <context>
        <name>FeePage</name>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>Payer la redevance</translation>
        </message>
        <message>
            <source>This service costs %1: %2.</source>
            <translation>Ce service coûte %1 : %2.</translation>
        </message>
        <message>
            <source>You pay before you sign. If sending fails later, your payment is kept for this application.</source>
            <translation>Vous payez avant de signer. Si l'envoi échoue ensuite, votre paiement reste acquis pour cette demande.</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Numéro de carte</translation>
        </message>
        <message>
            <source>Expiry month (MM)</source>
            <translation>Mois d'expiration (MM)</translation>
        </message>
        <message>
            <source>Expiry year (YYYY)</source>
            <translation>Année d'expiration (AAAA)</translation>
        </message>
        <message>
            <source>Security code (3 digits on the back)</source>
            <translation>Code de sécurité (3 chiffres au verso)</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>Payer %1</translation>
        </message>
        <message>
            <source>Asks for your card PIN to log in, then pays</source>
            <translation>Demande le code PIN de votre carte pour vous connecter, puis paie</translation>
        </message>
        <message>
            <source>Paying…</source>
            <translation>Paiement en cours…</translation>
        </message>
        <message>
            <source>Enter the card number</source>
            <translation>Indiquez le numéro de carte</translation>
        </message>
        <message>
            <source>Enter the expiry month, for example 07</source>
            <translation>Indiquez le mois d'expiration, par exemple 07</translation>
        </message>
        <message>
            <source>Enter the expiry year, for example 2029</source>
            <translation>Indiquez l'année d'expiration, par exemple 2029</translation>
        </message>
        <message>
            <source>Enter the security code</source>
            <translation>Indiquez le code de sécurité</translation>
        </message>
    </context>
    <context>
        <name>FormFailure</name>
        <message>
            <source>Nothing was sent. Your answers are kept.</source>
            <translation>Rien n'a été envoyé. Vos réponses sont conservées.</translation>
        </message>
        <message>
            <source>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</source>
            <translation>Le code PIN était erroné. Il vous reste un essai : un troisième code erroné bloque la carte, et seule votre commune peut la débloquer.</translation>
        </message>
        <message numerus="yes">
            <source>The PIN was wrong. You have %n tries left before the card is blocked.</source>
            <translation>
                <numerusform>Le code PIN était erroné. Il vous reste %n essai avant que la carte ne soit bloquée.</numerusform>
                <numerusform>Le code PIN était erroné. Il vous reste %n essais avant que la carte ne soit bloquée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</source>
            <translation>Votre code PIN est bloqué après trois essais erronés. Votre commune peut le débloquer avec le courrier contenant le code PUK.</translation>
        </message>
        <message>
            <source>You did not enter your PIN, so nothing was signed or sent.</source>
            <translation>Vous n'avez pas saisi votre code PIN : rien n'a été signé ni envoyé.</translation>
        </message>
        <message>
            <source>Your card was taken out of the reader. Put it back and press the button again.</source>
            <translation>Votre carte a été retirée du lecteur. Remettez-la et appuyez à nouveau sur le bouton.</translation>
        </message>
        <message>
            <source>Another card is in the reader. Put back the card of the person who filled in this form.</source>
            <translation>Une autre carte se trouve dans le lecteur. Remettez la carte de la personne qui a rempli ce formulaire.</translation>
        </message>
        <message>
            <source>The card reader cannot be reached. Check that it is plugged in.</source>
            <translation>Le lecteur de cartes est injoignable. Vérifiez qu'il est branché.</translation>
        </message>
        <message>
            <source>The service refused: %1</source>
            <translation>Le service a refusé : %1</translation>
        </message>
        <message>
            <source>The service cannot be reached at the moment. Check your internet connection and try again.</source>
            <translation>Le service est injoignable pour le moment. Vérifiez votre connexion Internet et réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</source>
            <translation>Un problème est survenu (%1). Réessayez ; si cela se reproduit, copiez le rapport dans Diagnostic pour le service d'assistance.</translation>
        </message>
    </context>
    <context>
        <name>FormField</name>
        <message>
            <source>Documents (%1)</source>
            <translation>Documents (%1)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (facultatif)</translation>
        </message>
        <message>
            <source>From your eID card</source>
            <translation>Depuis votre carte eID</translation>
        </message>
        <message>
            <source>This is correct</source>
            <translation>C'est exact</translation>
        </message>
        <message>
            <source>%1 is correct</source>
            <translation>%1 : exact</translation>
        </message>
        <message>
            <source>If this is wrong, your town hall can correct the card's data.</source>
            <translation>Si c'est inexact, votre commune peut corriger les données de la carte.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Je ne sais pas</translation>
        </message>
        <message>
            <source>I agree</source>
            <translation>J'accepte</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Rue et numéro</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Choisir un fichier</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Choisi : %1</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Goes to the previous question; what you typed here is kept.</source>
            <translation>Revient à la question précédente ; ce que vous avez saisi ici est conservé.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Checks this page and returns to Check your answers</source>
            <translation>Vérifie cette page et revient à Vérifiez vos réponses</translation>
        </message>
        <message>
            <source>Checks this page and goes to the next one</source>
            <translation>Vérifie cette page et passe à la suivante</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Enregistrer et revenir plus tard</translation>
        </message>
        <message>
            <source>Your answers so far are kept on this computer, locked to your card.</source>
            <translation>Vos réponses jusqu'ici sont conservées sur cet ordinateur, verrouillées par votre carte.</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>Aucune adresse de la passerelle publique n'est définie. Indiquez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>Your saved answers are back. Carry on where you left off.</source>
            <translation>Vos réponses enregistrées sont revenues. Reprenez là où vous vous étiez arrêté.</translation>
        </message>
        <message>
            <source>Part %1 of %2 done</source>
            <translation>Partie %1 sur %2 terminée</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <source>Your answers are saved. Open the service again to carry on.</source>
            <translation>Vos réponses sont enregistrées. Rouvrez le service pour continuer.</translation>
        </message>
        <message>
            <source>Your answers could not be saved on this computer; finish the form now to keep them.</source>
            <translation>Vos réponses n'ont pas pu être enregistrées sur cet ordinateur ; terminez le formulaire maintenant pour les garder.</translation>
        </message>
        <message>
            <source>Payment received. Now sign and send your application.</source>
            <translation>Paiement reçu. Signez et envoyez maintenant votre demande.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Inbox</source>
            <translation>Boîte de réception</translation>
        </message>
        <message numerus="yes">
            <source>%n unread letter(s)</source>
            <translation>
                <numerusform>%n courrier non lu</numerusform>
                <numerusform>%n courriers non lus</numerusform>
            </translation>
        </message>
        <message>
            <source>No unread letters</source>
            <translation>Aucun courrier non lu</translation>
        </message>
        <message>
            <source>Loading your letters…</source>
            <translation>Chargement de vos courriers…</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>Pas encore de courrier.</translation>
        </message>
        <message>
            <source>%1 (unread)</source>
            <translation>%1 (non lu)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Looks for new letters</source>
            <translation>Recherche de nouveaux courriers</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Courriers que l'administration vous a envoyés</translation>
        </message>
    </context>
    <context>
        <name>Keeping</name>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>Le PDF n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Envoyé à l'imprimante</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>What comes next</source>
            <translation>Ce qui vous attend</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>Rien ne demande votre attention pour le moment.</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Ouvre %1</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Smaller</source>
            <translation>Plus petit</translation>
        </message>
        <message>
            <source>Shows the pages smaller</source>
            <translation>Affiche les pages en plus petit</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Plus grand</translation>
        </message>
        <message>
            <source>Shows the pages larger</source>
            <translation>Affiche les pages en plus grand</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Saves the PDF on this computer</source>
            <translation>Enregistre le PDF sur cet ordinateur</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Prints the document</source>
            <translation>Imprime le document</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Pages du document</translation>
        </message>
        <message>
            <source>Use the arrow keys and Page Down to read on</source>
            <translation>Utilisez les flèches et Page suivante pour lire la suite</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Ouverture du document…</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>This document cannot be shown.</source>
            <translation>Ce document ne peut pas être affiché.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>RoadCanvas</name>
        <message>
            <source>Your road of life</source>
            <translation>Votre chemin de vie</translation>
        </message>
        <message>
            <source>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</source>
            <translation>Vous êtes à l'étape %1. Utilisez les flèches pour avancer sur le chemin et Entrée pour ouvrir une étape.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>Vous êtes ici</translation>
        </message>
    </context>
    <context>
        <name>RoadPage</name>
        <message>
            <source>Your road of life</source>
            <translation>Votre chemin de vie</translation>
        </message>
        <message>
            <source>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</source>
            <translation>Vous avez %1. Vous êtes à l'étape : %2. Les étapes importantes maintenant sont mises en évidence ; ouvrez-en une pour voir ses services.</translation>
        </message>
    </context>
    <context>
        <name>RoadStation</name>
        <message>
            <source>Matters now</source>
            <translation>Important maintenant</translation>
        </message>
        <message>
            <source>Coming soon</source>
            <translation>Bientôt</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Behind you</source>
            <translation>Derrière vous</translation>
        </message>
        <message>
            <source>You are here.</source>
            <translation>Vous êtes ici.</translation>
        </message>
        <message numerus="yes">
            <source>%n service(s).</source>
            <translation>
                <numerusform>%n service.</numerusform>
                <numerusform>%n services.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>For example: moving house, pension, driving licence</source>
            <translation>Par exemple : déménagement, pension, permis de conduire</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Rechercher des services</translation>
        </message>
        <message>
            <source>Type what you need in your own words; results appear below.</source>
            <translation>Tapez ce dont vous avez besoin avec vos propres mots ; les résultats s'affichent en dessous.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n résultat</numerusform>
                <numerusform>%n résultats</numerusform>
            </translation>
        </message>
        <message>
            <source>No results. Try other words, or look along the road below.</source>
            <translation>Aucun résultat. Essayez d'autres mots, ou parcourez le chemin ci-dessous.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Station on your road</source>
            <translation>Étape de votre chemin</translation>
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
            <translation>Signature et envoi</translation>
        </message>
        <message>
            <source>Preparing your document</source>
            <translation>Préparation de votre document</translation>
        </message>
        <message>
            <source>Signing with your card (enter your PIN when asked)</source>
            <translation>Signature avec votre carte (saisissez votre code PIN quand il est demandé)</translation>
        </message>
        <message>
            <source>Logging in to the service with your card (enter your PIN when asked)</source>
            <translation>Connexion au service avec votre carte (saisissez votre code PIN quand il est demandé)</translation>
        </message>
        <message>
            <source>Sending your signed application</source>
            <translation>Envoi de votre demande signée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Keep your card in the reader until this is finished.</source>
            <translation>Laissez votre carte dans le lecteur jusqu'à la fin.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>Back to %1</source>
            <translation>Retour à %1</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>De quoi s'agit-il</translation>
        </message>
        <message>
            <source>Who provides it</source>
            <translation>Qui le propose</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Ce dont vous avez besoin</translation>
        </message>
        <message>
            <source>Where to go</source>
            <translation>Où vous adresser</translation>
        </message>
        <message>
            <source>You can do this here, online. You sign with your eID card and its PIN.</source>
            <translation>Vous pouvez le faire ici, en ligne. Vous signez avec votre carte eID et son code PIN.</translation>
        </message>
        <message>
            <source>It costs %1, paid online before you sign.</source>
            <translation>Cela coûte %1, à payer en ligne avant de signer.</translation>
        </message>
        <message>
            <source>Do it online</source>
            <translation>Faire la démarche en ligne</translation>
        </message>
        <message>
            <source>Continue your saved application</source>
            <translation>Continuer votre demande enregistrée</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Opens the online form, one question at a time.</source>
            <translation>Ouvre le formulaire en ligne, une question à la fois.</translation>
        </message>
        <message>
            <source>More information</source>
            <translation>Plus d'informations</translation>
        </message>
        <message>
            <source>Opens the official website in your browser.</source>
            <translation>Ouvre le site officiel dans votre navigateur.</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Back to your road</source>
            <translation>Retour à votre chemin de vie</translation>
        </message>
        <message>
            <source>%1 · You are here</source>
            <translation>%1 · Vous êtes ici</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>Quand : %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>No service here fits your situation at the moment. Search for a service by name from your road.</source>
            <translation>Aucun service de cette étape ne correspond à votre situation pour le moment. Recherchez un service par son nom depuis votre chemin.</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>Ce qui vous attend</translation>
        </message>
        <message>
            <source>You can do this here, online.</source>
            <translation>Vous pouvez le faire ici, en ligne.</translation>
        </message>
        <message>
            <source>Not online here: the page says where to go.</source>
            <translation>Pas en ligne ici : la page indique où vous adresser.</translation>
        </message>
    </context>
</TS>
