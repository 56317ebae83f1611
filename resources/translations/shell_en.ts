<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutYou</name>
    <message>
        <source>I have children</source>
        <translation>I have children</translation>
    </message>
    <message>
        <source>We are expecting a baby</source>
        <translation>We are expecting a baby</translation>
    </message>
    <message>
        <source>I am a student</source>
        <translation>I am a student</translation>
    </message>
    <message>
        <source>I have a job</source>
        <translation>I have a job</translation>
    </message>
    <message>
        <source>I am looking for work</source>
        <translation>I am looking for work</translation>
    </message>
    <message>
        <source>I run a business</source>
        <translation>I run a business</translation>
    </message>
    <message>
        <source>I am retired</source>
        <translation>I am retired</translation>
    </message>
    <message>
        <source>I am not a Belgian citizen</source>
        <translation>I am not a Belgian citizen</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>I have a disability</translation>
    </message>
    <message>
        <source>Someone close to me has died</source>
        <translation>Someone close to me has died</translation>
    </message>
    <message>
        <source>Tell us about your situation (optional)</source>
        <translation>Tell us about your situation (optional)</translation>
    </message>
    <message>
        <source>Show or hide a few questions; your answers put the services that matter to you first.</source>
        <translation>Show or hide a few questions; your answers put the services that matter to you first.</translation>
    </message>
    <message>
        <source>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</source>
        <translation>Tick what applies to you. The road changes at once. Your answers are kept only while your card is in the reader.</translation>
    </message>
    <message>
        <source>Tick if this applies to you, to see the services that go with it.</source>
        <translation>Tick if this applies to you, to see the services that go with it.</translation>
    </message>
</context>
<context>
    <name>CardMessages</name>
    <message>
        <source>Wrong PIN. One try left before the card is blocked.</source>
        <translation>Wrong PIN. One try left before the card is blocked.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. You have %n tries left.</source>
        <translation>
            <numerusform>Wrong PIN. You have %n try left.</numerusform>
            <numerusform>Wrong PIN. You have %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</source>
        <translation>Your PIN is blocked after three wrong tries. Your town hall can unblock it with your PUK letter.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The card was taken out. Put your eID card back in the reader and try again.</source>
        <translation>The card was taken out. Put your eID card back in the reader and try again.</translation>
    </message>
    <message>
        <source>The card was changed. Check which card is in the reader.</source>
        <translation>The card was changed. Check which card is in the reader.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in your card reader.</source>
        <translation>No card reader is connected. Plug in your card reader.</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>The card reader software is not running.</translation>
    </message>
    <message>
        <source>This card is not a Belgian eID card.</source>
        <translation>This card is not a Belgian eID card.</translation>
    </message>
    <message>
        <source>The card did not do what was asked. Take it out, put it back and try again.</source>
        <translation>The card did not do what was asked. Take it out, put it back and try again.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</source>
        <translation>Something went wrong. Try again; if it happens again, open Help to copy a report for the helpdesk.</translation>
    </message>
    <message>
        <source>The card does not answer. Check that it is the right way round, chip first.</source>
        <translation>The card does not answer. Check that it is the right way round, chip first.</translation>
    </message>
    <message>
        <source>The card was taken out while it was being read.</source>
        <translation>The card was taken out while it was being read.</translation>
    </message>
    <message>
        <source>The card could not be read. Take it out, put it back and try again.</source>
        <translation>The card could not be read. Take it out, put it back and try again.</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <source>The card reader software is not running</source>
        <translation>The card reader software is not running</translation>
    </message>
    <message>
        <source>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</source>
        <translation>Your computer&apos;s smart card service is stopped, so the card reader cannot be used. Restart your computer; if this screen stays, open Help.</translation>
    </message>
    <message>
        <source>Connect a card reader</source>
        <translation>Connect a card reader</translation>
    </message>
    <message>
        <source>Plug your card reader into the computer. This screen changes by itself when the reader is found.</source>
        <translation>Plug your card reader into the computer. This screen changes by itself when the reader is found.</translation>
    </message>
    <message>
        <source>Insert your eID card</source>
        <translation>Insert your eID card</translation>
    </message>
    <message>
        <source>Use the demo panel at the bottom to insert a virtual card.</source>
        <translation>Use the demo panel at the bottom to insert a virtual card.</translation>
    </message>
    <message>
        <source>Put your eID card in the reader, chip first and facing up.</source>
        <translation>Put your eID card in the reader, chip first and facing up.</translation>
    </message>
    <message>
        <source>Reading your card</source>
        <translation>Reading your card</translation>
    </message>
    <message>
        <source>This takes a second or two. Leave the card in the reader.</source>
        <translation>This takes a second or two. Leave the card in the reader.</translation>
    </message>
    <message>
        <source>This card cannot be used</source>
        <translation>This card cannot be used</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed</source>
        <translation>This card&apos;s data could not be confirmed</translation>
    </message>
    <message>
        <source>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</source>
        <translation>The data on this card is not signed as the National Register signs it, so government services will not accept it. Your town hall can help.</translation>
    </message>
    <message>
        <source>Please take your card</source>
        <translation>Please take your card</translation>
    </message>
    <message>
        <source>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</source>
        <translation>Your session has ended and everything you entered has been deleted. Take your card out of the reader.</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Reading the card</translation>
    </message>
    <message>
        <source>The card is being read.</source>
        <translation>The card is being read.</translation>
    </message>
    <message>
        <source>Take the card out and put it back. A bank card or another kind of card cannot be used here.</source>
        <translation>Take the card out and put it back. A bank card or another kind of card cannot be used here.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Help and diagnostics</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <source>See what the card says</source>
        <translation>See what the card says</translation>
    </message>
    <message>
        <source>Try reading the card in the reader again.</source>
        <translation>Try reading the card in the reader again.</translation>
    </message>
    <message>
        <source>Open My eID with the checks that failed.</source>
        <translation>Open My eID with the checks that failed.</translation>
    </message>
    <message>
        <source>What this computer knows about the card reader, and a report to copy for the helpdesk.</source>
        <translation>What this computer knows about the card reader, and a report to copy for the helpdesk.</translation>
    </message>
    <message>
        <source>Open a saved eID file</source>
        <translation>Open a saved eID file</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved earlier.</source>
        <translation>Show the data of an .eid file saved earlier.</translation>
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
        <translation>Insert card</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Demo person</source>
        <translation>Demo person</translation>
    </message>
    <message>
        <source>Whose virtual card to put in the reader.</source>
        <translation>Whose virtual card to put in the reader.</translation>
    </message>
    <message>
        <source>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</source>
        <translation>Put the chosen person&apos;s virtual card in the reader. A card already in is taken out first.</translation>
    </message>
    <message>
        <source>Take the virtual card out of the reader.</source>
        <translation>Take the virtual card out of the reader.</translation>
    </message>
    <message>
        <source>through the card reader service (pcscd), reader {reader}</source>
        <translation>through the card reader service (pcscd), reader {reader}</translation>
    </message>
    <message>
        <source>in the program&apos;s built-in reader (no pcscd)</source>
        <translation>in the program&apos;s built-in reader (no pcscd)</translation>
    </message>
    <message>
        <source>Demo gateway: {url}</source>
        <translation>Demo gateway: {url}</translation>
    </message>
    <message>
        <source>Demo gateway: starting</source>
        <translation>Demo gateway: starting</translation>
    </message>
    <message>
        <source>Virtual card {where}. Demo PIN: {pin}. {gateway}</source>
        <translation>Virtual card {where}. Demo PIN: {pin}. {gateway}</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>The check could not be made.</translation>
    </message>
    <message>
        <source>The card reader software (pcscd) is not running.</source>
        <translation>The card reader software (pcscd) is not running.</translation>
    </message>
    <message numerus="yes">
        <source>%n card reader(s) found.</source>
        <translation>
            <numerusform>%n card reader found.</numerusform>
            <numerusform>%n card readers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>The gateway answers.</translation>
    </message>
    <message>
        <source>The gateway does not answer.</source>
        <translation>The gateway does not answer.</translation>
    </message>
    <message>
        <source>The report is copied. Paste it into your message to the helpdesk.</source>
        <translation>The report is copied. Paste it into your message to the helpdesk.</translation>
    </message>
    <message>
        <source>Help and diagnostics</source>
        <translation>Help and diagnostics</translation>
    </message>
    <message>
        <source>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</source>
        <translation>If something does not work, copy this report and send it to the helpdesk. It holds no personal data.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Copy the report below, to paste in an e-mail.</source>
        <translation>Copy the report below, to paste in an e-mail.</translation>
    </message>
    <message>
        <source>Look at the card readers and the gateway again.</source>
        <translation>Look at the card readers and the gateway again.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The technical report for the helpdesk.</source>
        <translation>The technical report for the helpdesk.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Good morning, {name}</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Good afternoon, {name}</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Good evening, {name}</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>For your privacy, this session ends in %n second and everything you entered is deleted.</numerusform>
            <numerusform>For your privacy, this session ends in %n seconds and everything you entered is deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Keep the session open and go on where you were.</source>
        <translation>Keep the session open and go on where you were.</translation>
    </message>
    <message>
        <source>Are you still there? The session ends soon.</source>
        <translation>Are you still there? The session ends soon.</translation>
    </message>
    <message>
        <source>A member of staff has been called and will come to you.</source>
        <translation>A member of staff has been called and will come to you.</translation>
    </message>
    <message>
        <source>The session has ended. Everything you entered has been deleted.</source>
        <translation>The session has ended. Everything you entered has been deleted.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My road</source>
        <translation>My road</translation>
    </message>
    <message>
        <source>Your road of life and the services that matter now.</source>
        <translation>Your road of life and the services that matter now.</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Forms you sent and where they stand.</source>
        <translation>Forms you sent and where they stand.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Letters and documents the government sent you.</source>
        <translation>Letters and documents the government sent you.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>My eID</translation>
    </message>
    <message>
        <source>What your card holds, its checks, your PIN.</source>
        <translation>What your card holds, its checks, your PIN.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, text size, contrast, card reader.</source>
        <translation>Language, text size, contrast, card reader.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Check the card reader and copy a report for the helpdesk.</source>
        <translation>Check the card reader and copy a report for the helpdesk.</translation>
    </message>
    <message>
        <source>Card reader software not running</source>
        <translation>Card reader software not running</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>No card</translation>
    </message>
    <message>
        <source>Reading the card</source>
        <translation>Reading the card</translation>
    </message>
    <message>
        <source>Card cannot be used</source>
        <translation>Card cannot be used</translation>
    </message>
    <message>
        <source>Card of {name}</source>
        <translation>Card of {name}</translation>
    </message>
    <message>
        <source>Citizen Assistant</source>
        <translation>Citizen Assistant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>The language of the program. It changes at once.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <source>A member of staff comes to help you.</source>
        <translation>A member of staff comes to help you.</translation>
    </message>
    <message>
        <source>{label} ({count} new)</source>
        <translation>{label} ({count} new)</translation>
    </message>
    <message>
        <source>The card reader software is not running.</source>
        <translation>The card reader software is not running.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>No card reader is connected.</translation>
    </message>
    <message>
        <source>Card inserted. Reading the card.</source>
        <translation>Card inserted. Reading the card.</translation>
    </message>
    <message>
        <source>This card cannot be used.</source>
        <translation>This card cannot be used.</translation>
    </message>
    <message>
        <source>Card read. Welcome, {name}.</source>
        <translation>Card read. Welcome, {name}.</translation>
    </message>
    <message>
        <source>The data on this card could not be confirmed.</source>
        <translation>The data on this card could not be confirmed.</translation>
    </message>
    <message>
        <source>Card removed.</source>
        <translation>Card removed.</translation>
    </message>
</context>
<context>
    <name>MyEid</name>
    <message>
        <source>No card has been read yet. Insert your eID card, or open an eID file you saved before.</source>
        <translation>No card has been read yet. Insert your eID card, or open an eID file you saved before.</translation>
    </message>
    <message>
        <source>Opened from the file {name}: nothing in it was verified.</source>
        <translation>Opened from the file {name}: nothing in it was verified.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed. See the checks below.</source>
        <translation>This card&apos;s data could not be confirmed. See the checks below.</translation>
    </message>
    <message>
        <source>My eID</source>
        <translation>My eID</translation>
    </message>
    <message>
        <source>Test my PIN</source>
        <translation>Test my PIN</translation>
    </message>
    <message>
        <source>Check that you remember your PIN. Nothing is signed.</source>
        <translation>Check that you remember your PIN. Nothing is signed.</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>Choose a new PIN. You need the PIN you use now.</source>
        <translation>Choose a new PIN. You need the PIN you use now.</translation>
    </message>
    <message>
        <source>Save as eID file</source>
        <translation>Save as eID file</translation>
    </message>
    <message>
        <source>Save the card&apos;s data in an .eid file on this computer.</source>
        <translation>Save the card&apos;s data in an .eid file on this computer.</translation>
    </message>
    <message>
        <source>Open an eID file</source>
        <translation>Open an eID file</translation>
    </message>
    <message>
        <source>Show the data of an .eid file saved before.</source>
        <translation>Show the data of an .eid file saved before.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the card&apos;s data, or save it as PDF.</source>
        <translation>Print the card&apos;s data, or save it as PDF.</translation>
    </message>
    <message>
        <source>Your PIN is correct.</source>
        <translation>Your PIN is correct.</translation>
    </message>
    <message>
        <source>Your PIN has been changed.</source>
        <translation>Your PIN has been changed.</translation>
    </message>
    <message>
        <source>Follow the instructions in the PIN window.</source>
        <translation>Follow the instructions in the PIN window.</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nothing was done.</translation>
    </message>
    <message>
        <source>eID files (*.eid)</source>
        <translation>eID files (*.eid)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>This file cannot be opened as an eID file.</source>
        <translation>This file cannot be opened as an eID file.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Opened from a file: nothing in it was verified.</source>
        <translation>Opened from a file: nothing in it was verified.</translation>
    </message>
    <message>
        <source>Read from the card; its data is signed by the National Register.</source>
        <translation>Read from the card; its data is signed by the National Register.</translation>
    </message>
    <message>
        <source>This card&apos;s data could not be confirmed.</source>
        <translation>This card&apos;s data could not be confirmed.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Printed on {date}</translation>
    </message>
    <message>
        <source>The photo is the one the National Register signed</source>
        <translation>The photo is the one the National Register signed</translation>
    </message>
    <message>
        <source>Identity signed by the National Register</source>
        <translation>Identity signed by the National Register</translation>
    </message>
    <message>
        <source>Address signed by the National Register</source>
        <translation>Address signed by the National Register</translation>
    </message>
    <message>
        <source>The National Register&apos;s certificate is genuine</source>
        <translation>The National Register&apos;s certificate is genuine</translation>
    </message>
    <message>
        <source>The chip proves it is the original card</source>
        <translation>The chip proves it is the original card</translation>
    </message>
    <message>
        <source>Authentication (logging in)</source>
        <translation>Authentication (logging in)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Citizen CA</source>
        <translation>Citizen CA</translation>
    </message>
    <message>
        <source>Belgium Root CA</source>
        <translation>Belgium Root CA</translation>
    </message>
    <message>
        <source>National Register</source>
        <translation>National Register</translation>
    </message>
    <message>
        <source>Photo on the card</source>
        <translation>Photo on the card</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Noble title</source>
        <translation>Noble title</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Chip number</source>
        <translation>Chip number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Card software</source>
        <translation>Card software</translation>
    </message>
    <message>
        <source>This card has expired. Ask your town hall for a new one.</source>
        <translation>This card has expired. Ask your town hall for a new one.</translation>
    </message>
    <message>
        <source>This card expires soon. Your town hall will send you an invitation to renew it.</source>
        <translation>This card expires soon. Your town hall will send you an invitation to renew it.</translation>
    </message>
    <message>
        <source>Is this card genuine?</source>
        <translation>Is this card genuine?</translation>
    </message>
    <message>
        <source>Not applicable to this card</source>
        <translation>Not applicable to this card</translation>
    </message>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Yes</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ No</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>This card has no signature certificate (children&apos;s cards).</source>
        <translation>This card has no signature certificate (children&apos;s cards).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <source>{name}, {start} to {end} ({state})</source>
        <translation>{name}, {start} to {end} ({state})</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter your PIN to sign</source>
        <translation>Enter your PIN to sign</translation>
    </message>
    <message>
        <source>Enter your PIN to log in</source>
        <translation>Enter your PIN to log in</translation>
    </message>
    <message>
        <source>Test your PIN</source>
        <translation>Test your PIN</translation>
    </message>
    <message>
        <source>Enter your current PIN</source>
        <translation>Enter your current PIN</translation>
    </message>
    <message>
        <source>Choose a new PIN</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Your signature with the card has the same legal force as your handwritten signature.</source>
        <translation>Your signature with the card has the same legal force as your handwritten signature.</translation>
    </message>
    <message>
        <source>The PIN proves to the government service that it is you.</source>
        <translation>The PIN proves to the government service that it is you.</translation>
    </message>
    <message>
        <source>The card checks the PIN. Nothing is signed or sent.</source>
        <translation>The card checks the PIN. Nothing is signed or sent.</translation>
    </message>
    <message>
        <source>To change your PIN, first enter the PIN you use now.</source>
        <translation>To change your PIN, first enter the PIN you use now.</translation>
    </message>
    <message>
        <source>Your new PIN has 4 to 12 digits. Type it twice.</source>
        <translation>Your new PIN has 4 to 12 digits. Type it twice.</translation>
    </message>
    <message>
        <source>A wrong PIN uses up one of your three tries.</source>
        <translation>A wrong PIN uses up one of your three tries.</translation>
    </message>
    <message>
        <source>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</source>
        <translation>This is your last try. If the PIN is wrong, the card is blocked and only your town hall can unblock it with your PUK letter.</translation>
    </message>
    <message numerus="yes">
        <source>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</source>
        <translation>
            <numerusform>You have %n try left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</numerusform>
            <numerusform>You have %n tries left. After three wrong PINs in a row the card is blocked; your town hall can unblock it with your PUK letter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card reader: {reader}</source>
        <translation>Card reader: {reader}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</source>
        <translation>The 4 to 12 digit PIN of your eID card. It is not shown on screen.</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>Type the new PIN a second time, to be sure.</source>
        <translation>Type the new PIN a second time, to be sure.</translation>
    </message>
    <message>
        <source>Give the PIN to the card.</source>
        <translation>Give the PIN to the card.</translation>
    </message>
    <message>
        <source>Close without using the PIN. Nothing is signed.</source>
        <translation>Close without using the PIN. Nothing is signed.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same. Type them again.</source>
        <translation>The two new PINs are not the same. Type them again.</translation>
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
        <translation>Large</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>Any reader with a card in it</source>
        <translation>Any reader with a card in it</translation>
    </message>
    <message>
        <source>Enter an address that starts with https:// (or http:// for this computer).</source>
        <translation>Enter an address that starts with https:// (or http:// for this computer).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The gateway answers.</source>
        <translation>The gateway answers.</translation>
    </message>
    <message>
        <source>The gateway does not answer. Check the address and your internet connection.</source>
        <translation>The gateway does not answer. Check the address and your internet connection.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>Gateway address</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>High contrast (white on black)</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Some settings are set by your administrator and cannot be changed here.</source>
        <translation>Some settings are set by your administrator and cannot be changed here.</translation>
    </message>
    <message>
        <source>The language of the program. It changes at once.</source>
        <translation>The language of the program. It changes at once.</translation>
    </message>
    <message>
        <source>Make all text in the program larger.</source>
        <translation>Make all text in the program larger.</translation>
    </message>
    <message>
        <source>Bright text on a black background, easier to read for some people.</source>
        <translation>Bright text on a black background, easier to read for some people.</translation>
    </message>
    <message>
        <source>The internet address of the government gateway that receives your forms.</source>
        <translation>The internet address of the government gateway that receives your forms.</translation>
    </message>
    <message>
        <source>Use the address typed.</source>
        <translation>Use the address typed.</translation>
    </message>
    <message>
        <source>Check that the gateway answers at this address.</source>
        <translation>Check that the gateway answers at this address.</translation>
    </message>
    <message>
        <source>Which card reader to use when there are several.</source>
        <translation>Which card reader to use when there are several.</translation>
    </message>
</context>
</TS>
