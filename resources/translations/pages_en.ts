<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>Cases</name>
        <message>
            <source>Case %1</source>
            <translation>Case %1</translation>
        </message>
        <message>
            <source>Back to my cases</source>
            <translation>Back to my cases</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Reference: %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Open the signed PDF</source>
            <translation>Open the signed PDF</translation>
        </message>
        <message>
            <source>Shows the application as you signed and sent it</source>
            <translation>Shows the application as you signed and sent it</translation>
        </message>
        <message>
            <source>Letters about this case</source>
            <translation>Letters about this case</translation>
        </message>
        <message>
            <source>Letter %1</source>
            <translation>Letter %1</translation>
        </message>
        <message>
            <source>Opens the letter</source>
            <translation>Opens the letter</translation>
        </message>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>No address of the government gateway is set. Set it in Settings.</translation>
        </message>
        <message>
            <source>My cases</source>
            <translation>My cases</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) sent</source>
            <translation>
                <numerusform>%n form sent</numerusform>
                <numerusform>%n forms sent</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading your cases…</source>
            <translation>Loading your cases…</translation>
        </message>
        <message>
            <source>The service cannot be reached, so this list shows what this computer keeps.</source>
            <translation>The service cannot be reached, so this list shows what this computer keeps.</translation>
        </message>
        <message>
            <source>You have not sent any form yet.</source>
            <translation>You have not sent any form yet.</translation>
        </message>
        <message>
            <source>Send waiting forms now</source>
            <translation>Send waiting forms now</translation>
        </message>
        <message>
            <source>Logs in with your card and sends what waits on this computer</source>
            <translation>Logs in with your card and sends what waits on this computer</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Asks the service for the latest status</source>
            <translation>Asks the service for the latest status</translation>
        </message>
        <message>
            <source>Forms you sent and their status</source>
            <translation>Forms you sent and their status</translation>
        </message>
        <message numerus="yes">
            <source>Inbox: %n unread letter(s)</source>
            <translation>
                <numerusform>Inbox: %n unread letter</numerusform>
                <numerusform>Inbox: %n unread letters</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbox: no unread letters</source>
            <translation>Inbox: no unread letters</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Letters government sent you</translation>
        </message>
        <message>
            <source>Received on %1</source>
            <translation>Received on %1</translation>
        </message>
        <message>
            <source>Waiting to be sent</source>
            <translation>Waiting to be sent</translation>
        </message>
        <message>
            <source>Refused: correct it and sign again</source>
            <translation>Refused: correct it and sign again</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Being handled</source>
            <translation>Being handled</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>CheckAnswers</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Check your answers before sending</source>
            <translation>Check your answers before sending</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Fee</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>To pay before you sign</source>
            <translation>To pay before you sign</translation>
        </message>
        <message>
            <source>Now sign and send</source>
            <translation>Now sign and send</translation>
        </message>
        <message>
            <source>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</source>
            <translation>You sign with your eID card and its PIN. Your signature has the same value as a handwritten one: check your answers first.</translation>
        </message>
        <message>
            <source>Continue to payment</source>
            <translation>Continue to payment</translation>
        </message>
        <message>
            <source>Opens the payment page</source>
            <translation>Opens the payment page</translation>
        </message>
        <message>
            <source>Asks for your PIN, signs the form with your card and sends it</source>
            <translation>Asks for your PIN, signs the form with your card and sends it</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Save and come back later</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
    </context>
    <context>
        <name>Confirmation</name>
        <message>
            <source>Application sent</source>
            <translation>Application sent</translation>
        </message>
        <message>
            <source>Your reference number</source>
            <translation>Your reference number</translation>
        </message>
        <message>
            <source>Application signed and saved</source>
            <translation>Application signed and saved</translation>
        </message>
        <message>
            <source>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</source>
            <translation>The service cannot be reached right now. Your signed application is safe on this computer. It will be sent when the service can be reached again; you can also send it yourself from My cases.</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>What happens next</translation>
        </message>
        <message>
            <source>Questions about your application</source>
            <translation>Questions about your application</translation>
        </message>
        <message>
            <source>Contact %1 and give your reference number.</source>
            <translation>Contact %1 and give your reference number.</translation>
        </message>
        <message>
            <source>Keep a record</source>
            <translation>Keep a record</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>Save the signed PDF</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>See your cases</source>
            <translation>See your cases</translation>
        </message>
        <message>
            <source>Back to your road</source>
            <translation>Back to your road</translation>
        </message>
    </context>
    <context>
        <name>ErrorSummary</name>
        <message>
            <source>There is a problem</source>
            <translation>There is a problem</translation>
        </message>
        <message>
            <source>Goes to the answer to fix</source>
            <translation>Goes to the answer to fix</translation>
        </message>
    </context>
    <context>
        <name>FeePage</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Pay the fee</source>
            <translation>Pay the fee</translation>
        </message>
        <message>
            <source>This service costs %1: %2.</source>
            <translation>This service costs %1: %2.</translation>
        </message>
        <message>
            <source>You pay before you sign. If sending fails later, your payment is kept for this application.</source>
            <translation>You pay before you sign. If sending fails later, your payment is kept for this application.</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Expiry month (MM)</source>
            <translation>Expiry month (MM)</translation>
        </message>
        <message>
            <source>Expiry year (YYYY)</source>
            <translation>Expiry year (YYYY)</translation>
        </message>
        <message>
            <source>Security code (3 digits on the back)</source>
            <translation>Security code (3 digits on the back)</translation>
        </message>
        <message>
            <source>Pay %1</source>
            <translation>Pay %1</translation>
        </message>
        <message>
            <source>Asks for your card PIN to log in, then pays</source>
            <translation>Asks for your card PIN to log in, then pays</translation>
        </message>
        <message>
            <source>Paying…</source>
            <translation>Paying…</translation>
        </message>
        <message>
            <source>Enter the card number</source>
            <translation>Enter the card number</translation>
        </message>
        <message>
            <source>Enter the expiry month, for example 07</source>
            <translation>Enter the expiry month, for example 07</translation>
        </message>
        <message>
            <source>Enter the expiry year, for example 2029</source>
            <translation>Enter the expiry year, for example 2029</translation>
        </message>
        <message>
            <source>Enter the security code</source>
            <translation>Enter the security code</translation>
        </message>
    </context>
    <context>
        <name>FormFailure</name>
        <message>
            <source>Nothing was sent. Your answers are kept.</source>
            <translation>Nothing was sent. Your answers are kept.</translation>
        </message>
        <message>
            <source>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</source>
            <translation>The PIN was wrong. You have one try left: a third wrong PIN blocks the card, and only your town hall can unblock it.</translation>
        </message>
        <message numerus="yes">
            <source>The PIN was wrong. You have %n tries left before the card is blocked.</source>
            <translation>
                <numerusform>The PIN was wrong. You have %n try left before the card is blocked.</numerusform>
                <numerusform>The PIN was wrong. You have %n tries left before the card is blocked.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</source>
            <translation>Your PIN is blocked after three wrong tries. Your town hall can unblock it with the PUK code letter.</translation>
        </message>
        <message>
            <source>You did not enter your PIN, so nothing was signed or sent.</source>
            <translation>You did not enter your PIN, so nothing was signed or sent.</translation>
        </message>
        <message>
            <source>Your card was taken out of the reader. Put it back and press the button again.</source>
            <translation>Your card was taken out of the reader. Put it back and press the button again.</translation>
        </message>
        <message>
            <source>Another card is in the reader. Put back the card of the person who filled in this form.</source>
            <translation>Another card is in the reader. Put back the card of the person who filled in this form.</translation>
        </message>
        <message>
            <source>The card reader cannot be reached. Check that it is plugged in.</source>
            <translation>The card reader cannot be reached. Check that it is plugged in.</translation>
        </message>
        <message>
            <source>The service refused: %1</source>
            <translation>The service refused: %1</translation>
        </message>
        <message>
            <source>The service cannot be reached at the moment. Check your internet connection and try again.</source>
            <translation>The service cannot be reached at the moment. Check your internet connection and try again.</translation>
        </message>
        <message>
            <source>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</source>
            <translation>Something went wrong (%1). Try again; if it keeps happening, copy the report in Diagnostics for the help desk.</translation>
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
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>%1 (optional)</source>
            <translation>%1 (optional)</translation>
        </message>
        <message>
            <source>From your eID card</source>
            <translation>From your eID card</translation>
        </message>
        <message>
            <source>This is correct</source>
            <translation>This is correct</translation>
        </message>
        <message>
            <source>%1 is correct</source>
            <translation>%1 is correct</translation>
        </message>
        <message>
            <source>If this is wrong, your town hall can correct the card's data.</source>
            <translation>If this is wrong, your town hall can correct the card's data.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>I don't know</translation>
        </message>
        <message>
            <source>I agree</source>
            <translation>I agree</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Street and number</source>
            <translation>Street and number</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Chosen: %1</source>
            <translation>Chosen: %1</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Goes to the previous question; what you typed here is kept.</source>
            <translation>Goes to the previous question; what you typed here is kept.</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Checks this page and returns to Check your answers</source>
            <translation>Checks this page and returns to Check your answers</translation>
        </message>
        <message>
            <source>Checks this page and goes to the next one</source>
            <translation>Checks this page and goes to the next one</translation>
        </message>
        <message>
            <source>Save and come back later</source>
            <translation>Save and come back later</translation>
        </message>
        <message>
            <source>Your answers so far are kept on this computer, locked to your card.</source>
            <translation>Your answers so far are kept on this computer, locked to your card.</translation>
        </message>
    </context>
    <context>
        <name>FormScreen</name>
        <message>
            <source>No address of the government gateway is set. Set it in Settings.</source>
            <translation>No address of the government gateway is set. Set it in Settings.</translation>
        </message>
        <message>
            <source>Your saved answers are back. Carry on where you left off.</source>
            <translation>Your saved answers are back. Carry on where you left off.</translation>
        </message>
        <message>
            <source>Part %1 of %2 done</source>
            <translation>Part %1 of %2 done</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Your answers are saved. Open the service again to carry on.</source>
            <translation>Your answers are saved. Open the service again to carry on.</translation>
        </message>
        <message>
            <source>Your answers could not be saved on this computer; finish the form now to keep them.</source>
            <translation>Your answers could not be saved on this computer; finish the form now to keep them.</translation>
        </message>
        <message>
            <source>Payment received. Now sign and send your application.</source>
            <translation>Payment received. Now sign and send your application.</translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message>
            <source>Inbox</source>
            <translation>Inbox</translation>
        </message>
        <message numerus="yes">
            <source>%n unread letter(s)</source>
            <translation>
                <numerusform>%n unread letter</numerusform>
                <numerusform>%n unread letters</numerusform>
            </translation>
        </message>
        <message>
            <source>No unread letters</source>
            <translation>No unread letters</translation>
        </message>
        <message>
            <source>Loading your letters…</source>
            <translation>Loading your letters…</translation>
        </message>
        <message>
            <source>No letters yet.</source>
            <translation>No letters yet.</translation>
        </message>
        <message>
            <source>%1 (unread)</source>
            <translation>%1 (unread)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Looks for new letters</source>
            <translation>Looks for new letters</translation>
        </message>
        <message>
            <source>Letters government sent you</source>
            <translation>Letters government sent you</translation>
        </message>
    </context>
    <context>
        <name>Keeping</name>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>The PDF could not be saved: %1</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Saved as %1</translation>
        </message>
        <message>
            <source>Sent to the printer</source>
            <translation>Sent to the printer</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Notices</name>
        <message>
            <source>What comes next</source>
            <translation>What comes next</translation>
        </message>
        <message>
            <source>Nothing needs your attention right now.</source>
            <translation>Nothing needs your attention right now.</translation>
        </message>
        <message>
            <source>Opens %1</source>
            <translation>Opens %1</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <source>Smaller</source>
            <translation>Smaller</translation>
        </message>
        <message>
            <source>Shows the pages smaller</source>
            <translation>Shows the pages smaller</translation>
        </message>
        <message>
            <source>Larger</source>
            <translation>Larger</translation>
        </message>
        <message>
            <source>Shows the pages larger</source>
            <translation>Shows the pages larger</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Saves the PDF on this computer</source>
            <translation>Saves the PDF on this computer</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Prints the document</source>
            <translation>Prints the document</translation>
        </message>
        <message>
            <source>Document pages</source>
            <translation>Document pages</translation>
        </message>
        <message>
            <source>Use the arrow keys and Page Down to read on</source>
            <translation>Use the arrow keys and Page Down to read on</translation>
        </message>
        <message>
            <source>Opening the document…</source>
            <translation>Opening the document…</translation>
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
            <translation>This document cannot be shown.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>RoadCanvas</name>
        <message>
            <source>Your road of life</source>
            <translation>Your road of life</translation>
        </message>
        <message>
            <source>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</source>
            <translation>You are at the station %1. Use the arrow keys to walk along the road and Enter to open a station.</translation>
        </message>
        <message>
            <source>You are here</source>
            <translation>You are here</translation>
        </message>
    </context>
    <context>
        <name>RoadPage</name>
        <message>
            <source>Your road of life</source>
            <translation>Your road of life</translation>
        </message>
        <message>
            <source>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</source>
            <translation>You are %1. You are at: %2. Stations that matter now are highlighted; open one to see its services.</translation>
        </message>
    </context>
    <context>
        <name>RoadStation</name>
        <message>
            <source>Matters now</source>
            <translation>Matters now</translation>
        </message>
        <message>
            <source>Coming soon</source>
            <translation>Coming soon</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Behind you</source>
            <translation>Behind you</translation>
        </message>
        <message>
            <source>You are here.</source>
            <translation>You are here.</translation>
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
            <translation>For example: moving house, pension, driving licence</translation>
        </message>
        <message>
            <source>Search services</source>
            <translation>Search services</translation>
        </message>
        <message>
            <source>Type what you need in your own words; results appear below.</source>
            <translation>Type what you need in your own words; results appear below.</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message>
            <source>No results. Try other words, or look along the road below.</source>
            <translation>No results. Try other words, or look along the road below.</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Station on your road</source>
            <translation>Station on your road</translation>
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
            <translation>Signing and sending</translation>
        </message>
        <message>
            <source>Preparing your document</source>
            <translation>Preparing your document</translation>
        </message>
        <message>
            <source>Signing with your card (enter your PIN when asked)</source>
            <translation>Signing with your card (enter your PIN when asked)</translation>
        </message>
        <message>
            <source>Logging in to the service with your card (enter your PIN when asked)</source>
            <translation>Logging in to the service with your card (enter your PIN when asked)</translation>
        </message>
        <message>
            <source>Sending your signed application</source>
            <translation>Sending your signed application</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Keep your card in the reader until this is finished.</source>
            <translation>Keep your card in the reader until this is finished.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
    </context>
    <context>
        <name>ServicePage</name>
        <message>
            <source>Back to %1</source>
            <translation>Back to %1</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>What it is</translation>
        </message>
        <message>
            <source>Who provides it</source>
            <translation>Who provides it</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>What you need</translation>
        </message>
        <message>
            <source>Where to go</source>
            <translation>Where to go</translation>
        </message>
        <message>
            <source>You can do this here, online. You sign with your eID card and its PIN.</source>
            <translation>You can do this here, online. You sign with your eID card and its PIN.</translation>
        </message>
        <message>
            <source>It costs %1, paid online before you sign.</source>
            <translation>It costs %1, paid online before you sign.</translation>
        </message>
        <message>
            <source>Do it online</source>
            <translation>Do it online</translation>
        </message>
        <message>
            <source>Continue your saved application</source>
            <translation>Continue your saved application</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Start now</translation>
        </message>
        <message>
            <source>Opens the online form, one question at a time.</source>
            <translation>Opens the online form, one question at a time.</translation>
        </message>
        <message>
            <source>More information</source>
            <translation>More information</translation>
        </message>
        <message>
            <source>Opens the official website in your browser.</source>
            <translation>Opens the official website in your browser.</translation>
        </message>
    </context>
    <context>
        <name>StationPage</name>
        <message>
            <source>Back to your road</source>
            <translation>Back to your road</translation>
        </message>
        <message>
            <source>%1 · You are here</source>
            <translation>%1 · You are here</translation>
        </message>
        <message>
            <source>When: %1</source>
            <translation>When: %1</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>No service here fits your situation at the moment. Search for a service by name from your road.</source>
            <translation>No service here fits your situation at the moment. Search for a service by name from your road.</translation>
        </message>
        <message>
            <source>What comes next</source>
            <translation>What comes next</translation>
        </message>
        <message>
            <source>You can do this here, online.</source>
            <translation>You can do this here, online.</translation>
        </message>
        <message>
            <source>Not online here: the page says where to go.</source>
            <translation>Not online here: the page says where to go.</translation>
        </message>
    </context>
</TS>
