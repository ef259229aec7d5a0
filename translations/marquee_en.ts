<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminPin</name>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>The PIN must be 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>The PIN could not be saved.</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <source>this terminal cannot print to %1</source>
        <translation>this terminal cannot print to %1</translation>
    </message>
</context>
<context>
    <name>BoxOfficeWindow</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit the room</source>
        <translation>Fit the room</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… the customer follows its instructions.</source>
        <translation>Waiting for the card terminal… the customer follows its instructions.</translation>
    </message>
    <message>
        <source>Marquee — box office — %1</source>
        <translation>Marquee — box office — %1</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Seats:</translation>
    </message>
    <message>
        <source>Best available (F5)</source>
        <translation>Best available (F5)</translation>
    </message>
    <message>
        <source>Choose the best seats side by side for this many people</source>
        <translation>Choose the best seats side by side for this many people</translation>
    </message>
    <message>
        <source>A card payment is in progress. Wait for the terminal&apos;s answer before closing.</source>
        <translation>A card payment is in progress. Wait for the terminal&apos;s answer before closing.</translation>
    </message>
    <message>
        <source>Choose a screening</source>
        <translation>Choose a screening</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 seats left</source>
        <translation>%1 · %2 · %3 · %4 of %5 seats left</translation>
    </message>
    <message>
        <source>This choice leaves seat %1 alone between taken seats. Consider moving the selection by one seat.</source>
        <translation>This choice leaves seat %1 alone between taken seats. Consider moving the selection by one seat.</translation>
    </message>
    <message>
        <source>Sale cancelled; its seats are free again.</source>
        <translation>Sale cancelled; its seats are free again.</translation>
    </message>
    <message>
        <source>Embedded database %1 · terminal %2</source>
        <translation>Embedded database %1 · terminal %2</translation>
    </message>
    <message>
        <source>● Online since %1 · server %2 · terminal %3</source>
        <translation>● Online since %1 · server %2 · terminal %3</translation>
    </message>
    <message>
        <source>◌ Connecting to the server… (since %1)</source>
        <translation>◌ Connecting to the server… (since %1)</translation>
    </message>
    <message>
        <source>⧗ Waiting for the server…</source>
        <translation>⧗ Waiting for the server…</translation>
    </message>
    <message numerus="yes">
        <source> · %n sale(s) and scan(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n sale or scan waiting to be sent</numerusform>
            <numerusform> · %n sales and scans waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>○ Offline since %1 — selling this counter&apos;s kept seats only; local copy of %2; reconnecting by itself (%3)</source>
        <translation>○ Offline since %1 — selling this counter&apos;s kept seats only; local copy of %2; reconnecting by itself (%3)</translation>
    </message>
    <message>
        <source>Sales (F7)</source>
        <translation>Sales (F7)</translation>
    </message>
    <message>
        <source>This terminal&apos;s sales of the last two days</source>
        <translation>This terminal&apos;s sales of the last two days</translation>
    </message>
    <message>
        <source>Tickets e-mailed to %1</source>
        <translation>Tickets e-mailed to %1</translation>
    </message>
    <message>
        <source>Could not e-mail %1: %2</source>
        <translation>Could not e-mail %1: %2</translation>
    </message>
    <message>
        <source>E-mail is not set up: the tickets for %1 wait in the queue.</source>
        <translation>E-mail is not set up: the tickets for %1 wait in the queue.</translation>
    </message>
    <message numerus="yes">
        <source>%n paid by card and now sold</source>
        <translation>
            <numerusform>%n paid by card and now sold</numerusform>
            <numerusform>%n paid by card and now sold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged, seats released</source>
        <translation>
            <numerusform>%n not charged, seats released</numerusform>
            <numerusform>%n not charged, seats released</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown, asked again in a few minutes</source>
        <translation>
            <numerusform>%n still unknown, asked again in a few minutes</numerusform>
            <numerusform>%n still unknown, asked again in a few minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunded (no tickets could be issued for it)</source>
        <translation>
            <numerusform>%n refunded (no tickets could be issued for it)</numerusform>
            <numerusform>%n refunded (no tickets could be issued for them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Card payments left unfinished: %1.</source>
        <translation>Card payments left unfinished: %1.</translation>
    </message>
    <message>
        <source>The cash drawer did not open: %1</source>
        <translation>The cash drawer did not open: %1</translation>
    </message>
    <message>
        <source>Set this sale aside?</source>
        <translation>Set this sale aside?</translation>
    </message>
    <message>
        <source>The bank has not said whether the card was charged. Set this sale aside and serve the next customer? Its seats stay held and it is settled by itself within the hour once the bank answers: the tickets are issued (and e-mailed, if an address was given), or the money goes back to the card.</source>
        <translation>The bank has not said whether the card was charged. Set this sale aside and serve the next customer? Its seats stay held and it is settled by itself within the hour once the bank answers: the tickets are issued (and e-mailed, if an address was given), or the money goes back to the card.</translation>
    </message>
    <message>
        <source>Sale set aside: it is settled by itself within the hour once the bank answers.</source>
        <translation>Sale set aside: it is settled by itself within the hour once the bank answers.</translation>
    </message>
    <message>
        <source>Console (Ctrl+Shift+M)</source>
        <translation>Console (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>For a manager: settings, users, terminals, and what to look into (tickets let in twice, refused offline sales)</source>
        <translation>For a manager: settings, users, terminals, and what to look into (tickets let in twice, refused offline sales)</translation>
    </message>
    <message>
        <source>%1 (%2) · Ctrl+L locks</source>
        <translation>%1 (%2) · Ctrl+L locks</translation>
    </message>
    <message>
        <source>Give back (F11)</source>
        <translation>Give back (F11)</translation>
    </message>
    <message>
        <source>A customer gives tickets back: find the sale and refund</source>
        <translation>A customer gives tickets back: find the sale and refund</translation>
    </message>
</context>
<context>
    <name>CardPaymentDialog</name>
    <message>
        <source>Card payment</source>
        <translation>Card payment</translation>
    </message>
    <message>
        <source>%1. Test cards: 4242 4242 4242 4242 approves; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has insufficient funds.</source>
        <translation>%1. Test cards: 4242 4242 4242 4242 approves; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has insufficient funds.</translation>
    </message>
    <message>
        <source>Charge card</source>
        <translation>Charge card</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>Card &amp;number:</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 did not take the command: %2</source>
        <translation>%1 did not take the command: %2</translation>
    </message>
</context>
<context>
    <name>CashPaymentDialog</name>
    <message>
        <source>Cash payment</source>
        <translation>Cash payment</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>&amp;Tendered:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>type the amount received</source>
        <translation>type the amount received</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
</context>
<context>
    <name>CatalogAssistant</name>
    <message>
        <source>Which film do you mean: %1?</source>
        <translation>Which film do you mean: %1?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3.</source>
        <translation>%1 on %2: %3.</translation>
    </message>
    <message>
        <source>%1 has no screening on %2. The next ones are on %3: %4.</source>
        <translation>%1 has no screening on %2. The next ones are on %3: %4.</translation>
    </message>
    <message>
        <source>%1 has no screening in the coming days.</source>
        <translation>%1 has no screening in the coming days.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>a ticket</translation>
    </message>
    <message>
        <source>Meia-entrada for %1 costs %2, with a student, teacher or senior document shown at the door. Full price is %3.</source>
        <translation>Meia-entrada for %1 costs %2, with a student, teacher or senior document shown at the door. Full price is %3.</translation>
    </message>
    <message>
        <source>Full price for %1 is %2; meia-entrada is %3.</source>
        <translation>Full price for %1 is %2; meia-entrada is %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%3): %n seat(s) left</source>
        <translation>
            <numerusform>%1 at %2 (%3): %n seat left</numerusform>
            <numerusform>%1 at %2 (%3): %n seats left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 (%3): sold out</source>
        <translation>%1 at %2 (%3): sold out</translation>
    </message>
    <message>
        <source>Nothing starts around %1 on that day.</source>
        <translation>Nothing starts around %1 on that day.</translation>
    </message>
    <message>
        <source>There are no more screenings on that day.</source>
        <translation>There are no more screenings on that day.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 at %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing starts in the next three hours.</source>
        <translation>Nothing starts in the next three hours.</translation>
    </message>
    <message>
        <source>Starting soon: %1.</source>
        <translation>Starting soon: %1.</translation>
    </message>
    <message>
        <source>Sorry, I don&apos;t know that. Please ask at the counter: they will be glad to help.</source>
        <translation>Sorry, I don&apos;t know that. Please ask at the counter: they will be glad to help.</translation>
    </message>
</context>
<context>
    <name>ChargeResult</name>
    <message>
        <source>insufficient funds</source>
        <translation>insufficient funds</translation>
    </message>
    <message>
        <source>expired card</source>
        <translation>expired card</translation>
    </message>
    <message>
        <source>wrong security code</source>
        <translation>wrong security code</translation>
    </message>
    <message>
        <source>invalid card number</source>
        <translation>invalid card number</translation>
    </message>
    <message>
        <source>the card terminal had an error</source>
        <translation>the card terminal had an error</translation>
    </message>
    <message>
        <source>card reported lost; keep the card and call a manager</source>
        <translation>card reported lost; keep the card and call a manager</translation>
    </message>
    <message>
        <source>declined by the bank</source>
        <translation>declined by the bank</translation>
    </message>
    <message>
        <source>no card was charged</source>
        <translation>no card was charged</translation>
    </message>
    <message>
        <source>cancelled on the card reader</source>
        <translation>cancelled on the card reader</translation>
    </message>
    <message>
        <source>the card reader is busy with another payment</source>
        <translation>the card reader is busy with another payment</translation>
    </message>
    <message>
        <source>the card reader is offline</source>
        <translation>the card reader is offline</translation>
    </message>
    <message>
        <source>the payment was already given back to the card</source>
        <translation>the payment was already given back to the card</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Marquee — console — %1 (%2)</source>
        <translation>Marquee — console — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Terminals</source>
        <translation>&amp;Terminals</translation>
    </message>
    <message>
        <source>To look &amp;into</source>
        <translation>To look &amp;into</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Filter — type any part of a name or a value</source>
        <translation>Filter — type any part of a name or a value</translation>
    </message>
    <message>
        <source>Double-click a value or press F2 to change it; Enter saves, Esc leaves it.</source>
        <translation>Double-click a value or press F2 to change it; Enter saves, Esc leaves it.</translation>
    </message>
    <message>
        <source>Filter — name, login or role</source>
        <translation>Filter — name, login or role</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Reset P&amp;IN…</source>
        <translation>Reset P&amp;IN…</translation>
    </message>
    <message>
        <source>Re&amp;voke its key…</source>
        <translation>Re&amp;voke its key…</translation>
    </message>
    <message>
        <source>Ad&amp;mit again</source>
        <translation>Ad&amp;mit again</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>A revoked terminal&apos;s tickets issued from then on are refused at every gate, online and from the copy offline, and the server takes no more sales from it. Revoke a stolen or lost terminal.</source>
        <translation>A revoked terminal&apos;s tickets issued from then on are refused at every gate, online and from the copy offline, and the server takes no more sales from it. Revoke a stolen or lost terminal.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 can log in now.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 can no longer log in.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Role of %1</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>%1&apos;s password was changed.</source>
        <translation>%1&apos;s password was changed.</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>PIN (4 to 8 digits):</translation>
    </message>
    <message>
        <source>The PIN could not be hashed (out of memory?).</source>
        <translation>The PIN could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was changed.</source>
        <translation>%1&apos;s PIN was changed.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Revoke %1?</translation>
    </message>
    <message>
        <source>From now on every ticket %1 issues is refused at the gates, and the server takes no more of its sales. Tickets it issued before stay valid. Revoke its key?</source>
        <translation>From now on every ticket %1 issues is refused at the gates, and the server takes no more of its sales. Tickets it issued before stay valid. Revoke its key?</translation>
    </message>
    <message>
        <source>%1&apos;s key is revoked.</source>
        <translation>%1&apos;s key is revoked.</translation>
    </message>
    <message>
        <source>%1 is admitted again.</source>
        <translation>%1 is admitted again.</translation>
    </message>
    <message>
        <source>Kiosk &amp;printer…</source>
        <translation>Kiosk &amp;printer…</translation>
    </message>
    <message>
        <source>Kiosk admin P&amp;IN…</source>
        <translation>Kiosk admin P&amp;IN…</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail…</source>
        <translation>Send a test &amp;e-mail…</translation>
    </message>
    <message>
        <source>Kiosk printer</source>
        <translation>Kiosk printer</translation>
    </message>
    <message>
        <source>This computer knows no printer; type the name of the kiosk&apos;s:</source>
        <translation>This computer knows no printer; type the name of the kiosk&apos;s:</translation>
    </message>
    <message>
        <source>The printer the kiosk prints tickets on:</source>
        <translation>The printer the kiosk prints tickets on:</translation>
    </message>
    <message>
        <source>The kiosk prints on %1.</source>
        <translation>The kiosk prints on %1.</translation>
    </message>
    <message>
        <source>Kiosk admin PIN</source>
        <translation>Kiosk admin PIN</translation>
    </message>
    <message>
        <source>The PIN that opens the kiosk&apos;s admin page (4 to 12 digits):</source>
        <translation>The PIN that opens the kiosk&apos;s admin page (4 to 12 digits):</translation>
    </message>
    <message>
        <source>The kiosk&apos;s admin PIN was changed.</source>
        <translation>The kiosk&apos;s admin PIN was changed.</translation>
    </message>
    <message>
        <source>Set the SMTP server and the sender address first.</source>
        <translation>Set the SMTP server and the sender address first.</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>Test e-mail</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>Send it to:</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sending to %1…</translation>
    </message>
    <message>
        <source>Marquee: test e-mail</source>
        <translation>Marquee: test e-mail</translation>
    </message>
    <message>
        <source>This message shows that the box office can e-mail tickets from %1.</source>
        <translation>This message shows that the box office can e-mail tickets from %1.</translation>
    </message>
    <message>
        <source>The test e-mail went to %1.</source>
        <translation>The test e-mail went to %1.</translation>
    </message>
</context>
<context>
    <name>CounterShell</name>
    <message numerus="yes">
        <source>%1&apos;s sale of %n seat(s) waits for them.</source>
        <translation>
            <numerusform>%1&apos;s sale of %n seat waits for them.</numerusform>
            <numerusform>%1&apos;s sale of %n seats waits for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter is locked. %1</source>
        <translation>The counter is locked. %1</translation>
    </message>
    <message>
        <source>%1&apos;s card payment waits for the terminal&apos;s answer: log in as them to see it through before closing.</source>
        <translation>%1&apos;s card payment waits for the terminal&apos;s answer: log in as them to see it through before closing.</translation>
    </message>
    <message>
        <source>Marquee — box office — %1 — %2</source>
        <translation>Marquee — box office — %1 — %2</translation>
    </message>
    <message>
        <source>Marquee — box office — %1 — locked</source>
        <translation>Marquee — box office — %1 — locked</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>Cannot switch %1 to WAL mode: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Marquee (schema %2; this one knows up to %3). Update Marquee to use it.</source>
        <translation>The database %1 was made by a newer Marquee (schema %2; this one knows up to %3). Update Marquee to use it.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <source>The server %1 has a newer Marquee schema (%2; this terminal knows up to %3). Update Marquee on this terminal to use it.</source>
        <translation>The server %1 has a newer Marquee schema (%2; this terminal knows up to %3). Update Marquee on this terminal to use it.</translation>
    </message>
    <message>
        <source>The server %1 needs schema %2, and this terminal&apos;s role may not change the schema. Start Marquee once with the administrator role (see README).</source>
        <translation>The server %1 needs schema %2, and this terminal&apos;s role may not change the schema. Start Marquee once with the administrator role (see README).</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message numerus="yes">
        <source>Pick %n seat(s): one for each ticket changed.</source>
        <translation>
            <numerusform>Pick %n seat: one for each ticket changed.</numerusform>
            <numerusform>Pick %n seats: one for each ticket changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No screening ahead to change the tickets for.</source>
        <translation>No screening ahead to change the tickets for.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) picked.</source>
        <translation>
            <numerusform>%1 of %n seat picked.</numerusform>
            <numerusform>%1 of %n seats picked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets given back are worth %1; the new seats cost %2.</source>
        <translation>The tickets given back are worth %1; the new seats cost %2.</translation>
    </message>
    <message>
        <source>The customer pays %1 in cash.</source>
        <translation>The customer pays %1 in cash.</translation>
    </message>
    <message>
        <source>%1 goes back to the card.</source>
        <translation>%1 goes back to the card.</translation>
    </message>
    <message>
        <source>Give %1 back in cash.</source>
        <translation>Give %1 back in cash.</translation>
    </message>
    <message>
        <source>Nothing changes hands.</source>
        <translation>Nothing changes hands.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1” is not an amount of money.</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Exchanging…</translation>
    </message>
    <message>
        <source>Exchange tickets — order %1</source>
        <translation>Exchange tickets — order %1</translation>
    </message>
    <message>
        <source>Changing seat(s) %1 of %2 · %3 · %4 for:</source>
        <translation>Changing seat(s) %1 of %2 · %3 · %4 for:</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>&amp;Screening:</translation>
    </message>
    <message>
        <source>&amp;Cash tendered:</source>
        <translation>&amp;Cash tendered:</translation>
    </message>
    <message>
        <source>E&amp;xchange (Ctrl+Enter)</source>
        <translation>E&amp;xchange (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Marquee — the first administrator</source>
        <translation>Marquee — the first administrator</translation>
    </message>
    <message>
        <source>Nobody works here yet. Who administers this cinema? This person adds the other users, and can always log in.</source>
        <translation>Nobody works here yet. Who administers this cinema? This person adds the other users, and can always log in.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
</context>
<context>
    <name>GateVerdict</name>
    <message>
        <source>Welcome in</source>
        <translation>Welcome in</translation>
    </message>
    <message>
        <source>Check the document</source>
        <translation>Check the document</translation>
    </message>
    <message>
        <source>Already used</source>
        <translation>Already used</translation>
    </message>
    <message>
        <source>Cancelled ticket</source>
        <translation>Cancelled ticket</translation>
    </message>
    <message>
        <source>Another screening</source>
        <translation>Another screening</translation>
    </message>
    <message>
        <source>Another room</source>
        <translation>Another room</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Too early</translation>
    </message>
    <message>
        <source>Too late</source>
        <translation>Too late</translation>
    </message>
    <message>
        <source>Forged or altered code</source>
        <translation>Forged or altered code</translation>
    </message>
    <message>
        <source>Revoked terminal</source>
        <translation>Revoked terminal</translation>
    </message>
    <message>
        <source>Unknown code version</source>
        <translation>Unknown code version</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Ticket not found</translation>
    </message>
    <message>
        <source>Not a Marquee ticket</source>
        <translation>Not a Marquee ticket</translation>
    </message>
    <message>
        <source>No code found</source>
        <translation>No code found</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Could not check</translation>
    </message>
    <message>
        <source>%1 · %2 · row %3, seat %4 · %5</source>
        <translation>%1 · %2 · row %3, seat %4 · %5</translation>
    </message>
    <message>
        <source>%1 ticket: ask for the document. %2 · %3 · row %4, seat %5</source>
        <translation>%1 ticket: ask for the document. %2 · %3 · row %4, seat %5</translation>
    </message>
    <message>
        <source>Already used at %1 at %2.</source>
        <translation>Already used at %1 at %2.</translation>
    </message>
    <message>
        <source>This ticket was refunded or cancelled.</source>
        <translation>This ticket was refunded or cancelled.</translation>
    </message>
    <message>
        <source>This ticket is for %1 at %2 in %3, not this one.</source>
        <translation>This ticket is for %1 at %2 in %3, not this one.</translation>
    </message>
    <message>
        <source>This ticket is for %1 at %2 in %3.</source>
        <translation>This ticket is for %1 at %2 in %3.</translation>
    </message>
    <message>
        <source>%1 starts at %2: entry is not open yet.</source>
        <translation>%1 starts at %2: entry is not open yet.</translation>
    </message>
    <message>
        <source>%1 started at %2: entry has closed.</source>
        <translation>%1 started at %2: entry has closed.</translation>
    </message>
    <message>
        <source>The code&apos;s signature does not match: it was changed or made up.</source>
        <translation>The code&apos;s signature does not match: it was changed or made up.</translation>
    </message>
    <message>
        <source>It was issued by a terminal whose key was revoked. Send the customer to the counter.</source>
        <translation>It was issued by a terminal whose key was revoked. Send the customer to the counter.</translation>
    </message>
    <message>
        <source>The code was made by a newer Marquee. Update this gate.</source>
        <translation>The code was made by a newer Marquee. Update this gate.</translation>
    </message>
    <message>
        <source>The code is genuine but no such sale was recorded. Send the customer to the counter.</source>
        <translation>The code is genuine but no such sale was recorded. Send the customer to the counter.</translation>
    </message>
    <message>
        <source>This QR code is not a ticket of this cinema.</source>
        <translation>This QR code is not a ticket of this cinema.</translation>
    </message>
    <message>
        <source>No QR code could be read in the picture.</source>
        <translation>No QR code could be read in the picture.</translation>
    </message>
    <message>
        <source>The store did not answer. Scan the ticket again.</source>
        <translation>The store did not answer. Scan the ticket again.</translation>
    </message>
    <message>
        <source>Cancelled at %1: it was given back at the counter.</source>
        <translation>Cancelled at %1: it was given back at the counter.</translation>
    </message>
    <message>
        <source>Cancelled at %1: given back by %2.</source>
        <translation>Cancelled at %1: given back by %2.</translation>
    </message>
    <message>
        <source>Replaced ticket</source>
        <translation>Replaced ticket</translation>
    </message>
    <message>
        <source>Replaced at %1: this ticket was reissued, and only the new one enters.</source>
        <translation>Replaced at %1: this ticket was reissued, and only the new one enters.</translation>
    </message>
    <message>
        <source>Replaced at %1: %2 reissued this ticket, and only the new one enters.</source>
        <translation>Replaced at %1: %2 reissued this ticket, and only the new one enters.</translation>
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <source>Marquee gate — %1</source>
        <translation>Marquee gate — %1</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>&amp;Screening:</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;amera:</translation>
    </message>
    <message>
        <source>Type a ticket code and press Enter</source>
        <translation>Type a ticket code and press Enter</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <source>Any screening open for entry</source>
        <translation>Any screening open for entry</translation>
    </message>
    <message>
        <source>Tickets for other rooms are refused.</source>
        <translation>Tickets for other rooms are refused.</translation>
    </message>
    <message>
        <source>Admit only this screening, or any whose entry window is open now.</source>
        <translation>Admit only this screening, or any whose entry window is open now.</translation>
    </message>
    <message>
        <source>Screening %1</source>
        <translation>Screening %1</translation>
    </message>
    <message>
        <source>No camera found.
Scan tickets with the handheld scanner, or type the code below.</source>
        <translation>No camera found.
Scan tickets with the handheld scanner, or type the code below.</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>The camera stopped: %1</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s code up to the camera.</source>
        <translation>Hold the ticket&apos;s code up to the camera.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>The video could not be played: %1</source>
        <translation>The video could not be played: %1</translation>
    </message>
    <message>
        <source>Playing %1 as the camera.</source>
        <translation>Playing %1 as the camera.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in the last minute</source>
        <translation>
            <numerusform>%n scan in the last minute</numerusform>
            <numerusform>%n scans in the last minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted %1 of %2 · %3</source>
        <translation>Admitted %1 of %2 · %3</translation>
    </message>
    <message>
        <source>The server refused a scan made offline: %1</source>
        <translation>The server refused a scan made offline: %1</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Embedded database</translation>
    </message>
    <message numerus="yes">
        <source>● Online · sending %n scan(s) made offline</source>
        <translation>
            <numerusform>● Online · sending %n scan made offline</numerusform>
            <numerusform>● Online · sending %n scans made offline</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online since %1</source>
        <translation>● Online since %1</translation>
    </message>
    <message>
        <source>◌ Connecting to the server… (since %1)</source>
        <translation>◌ Connecting to the server… (since %1)</translation>
    </message>
    <message numerus="yes">
        <source>○ Offline since %1: judging on this gate&apos;s copy of %2 · %n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>○ Offline since %1: judging on this gate&apos;s copy of %2 · %n scan waiting to be sent</numerusform>
            <numerusform>○ Offline since %1: judging on this gate&apos;s copy of %2 · %n scans waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskAdminLock</name>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Too many wrong PINs. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>A card payment is not finished yet. Try again in a moment.</source>
        <translation>A card payment is not finished yet. Try again in a moment.</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so the kiosk cannot be left here. Set one with marquee-kiosk --set-admin-pin.</source>
        <translation>No administrator PIN is set, so the kiosk cannot be left here. Set one with marquee-kiosk --set-admin-pin.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>KioskAttractPage</name>
    <message>
        <source>Buy your tickets here</source>
        <translation>Buy your tickets here</translation>
    </message>
    <message>
        <source>Touch a film to start. Starting soon:</source>
        <translation>Touch a film to start. Starting soon:</translation>
    </message>
    <message>
        <source>Nothing more starts today. See what is on next.</source>
        <translation>Nothing more starts today. See what is on next.</translation>
    </message>
    <message>
        <source>All films and times</source>
        <translation>All films and times</translation>
    </message>
</context>
<context>
    <name>KioskDetailsPage</name>
    <message>
        <source>Your details (optional)</source>
        <translation>Your details (optional)</translation>
    </message>
    <message>
        <source>000.000.000-00</source>
        <translation>000.000.000-00</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>CPF, for the receipt</source>
        <translation>CPF, for the receipt</translation>
    </message>
    <message>
        <source>E-mail, to get the tickets</source>
        <translation>E-mail, to get the tickets</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>KioskFilmsPage</name>
    <message>
        <source>Choose a film</source>
        <translation>Choose a film</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>all ages</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
</context>
<context>
    <name>KioskHelpPage</name>
    <message>
        <source>Ask me about films, times and prices</source>
        <translation>Ask me about films, times and prices</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Type a question, or touch one of these.</source>
        <translation>Type a question, or touch one of these.</translation>
    </message>
    <message>
        <source>What starts soon?</source>
        <translation>What starts soon?</translation>
    </message>
    <message>
        <source>How much is a meia-entrada?</source>
        <translation>How much is a meia-entrada?</translation>
    </message>
    <message>
        <source>Are there seats at 9 pm?</source>
        <translation>Are there seats at 9 pm?</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>For anything else, the staff at the counter will help you.</source>
        <translation>For anything else, the staff at the counter will help you.</translation>
    </message>
</context>
<context>
    <name>KioskMessageLine</name>
    <message>
        <source>Your card was not accepted (%1). Your seats are still held: try again, use another card, or cancel.</source>
        <translation>Your card was not accepted (%1). Your seats are still held: try again, use another card, or cancel.</translation>
    </message>
    <message>
        <source>Someone has just taken one of these seats. Please choose again.</source>
        <translation>Someone has just taken one of these seats. Please choose again.</translation>
    </message>
    <message>
        <source>This CPF is not valid. Check the numbers, or leave it empty.</source>
        <translation>This CPF is not valid. Check the numbers, or leave it empty.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n more meia-entrada ticket(s) can be sold for this screening. Choose Inteira for the others.</source>
        <translation>
            <numerusform>Only %n more meia-entrada ticket can be sold for this screening. Choose Inteira for the others.</numerusform>
            <numerusform>Only %n more meia-entrada tickets can be sold for this screening. Choose Inteira for the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Check it, or leave it empty.</source>
        <translation>This e-mail address does not look right. Check it, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n seat left</numerusform>
            <numerusform>%n seats left</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
</context>
<context>
    <name>KioskPaymentPage</name>
    <message>
        <source>Pay by card</source>
        <translation>Pay by card</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Seats: %1</translation>
    </message>
    <message>
        <source>Touch Pay, then insert, tap or swipe your card on the reader.</source>
        <translation>Touch Pay, then insert, tap or swipe your card on the reader.</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Cancel the purchase</translation>
    </message>
    <message>
        <source>Follow the card reader…</source>
        <translation>Follow the card reader…</translation>
    </message>
    <message>
        <source>Checking your payment…</source>
        <translation>Checking your payment…</translation>
    </message>
    <message>
        <source>Confirming your tickets…</source>
        <translation>Confirming your tickets…</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>Pay %1 by card</translation>
    </message>
</context>
<context>
    <name>KioskScreeningsPage</name>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>%1: choose a time</source>
        <translation>%1: choose a time</translation>
    </message>
    <message>
        <source>Every time of this film is sold out.</source>
        <translation>Every time of this film is sold out.</translation>
    </message>
    <message>
        <source>See other films starting soon</source>
        <translation>See other films starting soon</translation>
    </message>
</context>
<context>
    <name>KioskSeatsPage</name>
    <message>
        <source>How many people?</source>
        <translation>How many people?</translation>
    </message>
    <message numerus="yes">
        <source>Best seats for %n people</source>
        <translation>
            <numerusform>Best seat for %n person</numerusform>
            <numerusform>Best seats for %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose on the map</source>
        <translation>Choose on the map</translation>
    </message>
    <message>
        <source>Choose from a list</source>
        <translation>Choose from a list</translation>
    </message>
    <message>
        <source>Touch a seat to take it, touch it again to give it back.</source>
        <translation>Touch a seat to take it, touch it again to give it back.</translation>
    </message>
    <message>
        <source>Touch the number of people for the best seats together, or touch seats on the map. Two fingers zoom.</source>
        <translation>Touch the number of people for the best seats together, or touch seats on the map. Two fingers zoom.</translation>
    </message>
    <message numerus="yes">
        <source>Continue with %n seat(s)</source>
        <translation>
            <numerusform>Continue with %n seat</numerusform>
            <numerusform>Continue with %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Row %1, seat %2</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>Held for you for %1:%2</source>
        <translation>Held for you for %1:%2</translation>
    </message>
</context>
<context>
    <name>KioskStillThere</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>I&apos;m still here</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Starting over in %n second.</numerusform>
            <numerusform>Starting over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskSuggestionsPage</name>
    <message>
        <source>This time is sold out</source>
        <translation>This time is sold out</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n seats together at this time</source>
        <translation>
            <numerusform>There is not %n seat free at this time</numerusform>
            <numerusform>There are not %n seats together at this time</numerusform>
        </translation>
    </message>
    <message>
        <source>Other times for %1</source>
        <translation>Other times for %1</translation>
    </message>
    <message>
        <source>Other films starting soon</source>
        <translation>Other films starting soon</translation>
    </message>
    <message numerus="yes">
        <source>Nothing else has room for %n right now. Please ask at the counter.</source>
        <translation>
            <numerusform>Nothing else has room for %n right now. Please ask at the counter.</numerusform>
            <numerusform>Nothing else has room for %n right now. Please ask at the counter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskTicketsPage</name>
    <message>
        <source>Thank you! Here are your tickets</source>
        <translation>Thank you! Here are your tickets</translation>
    </message>
    <message>
        <source>Show a code at the door, or take a photo of it.</source>
        <translation>Show a code at the door, or take a photo of it.</translation>
    </message>
    <message>
        <source>Seat %1 · %2</source>
        <translation>Seat %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>KioskTopBar</name>
    <message>
        <source>Marquee</source>
        <translation>Marquee</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Aa Large text</source>
        <translation>Aa Large text</translation>
    </message>
    <message>
        <source>Help: ask a question</source>
        <translation>Help: ask a question</translation>
    </message>
    <message>
        <source>Offline: some seats cannot be sold here now</source>
        <translation>Offline: some seats cannot be sold here now</translation>
    </message>
</context>
<context>
    <name>KioskTypesPage</name>
    <message>
        <source>Who are the tickets for?</source>
        <translation>Who are the tickets for?</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Seat %1</translation>
    </message>
    <message>
        <source>Meia-entrada (half price) is for students, people over 60, teachers and others the law names: show your document at the door.</source>
        <translation>Meia-entrada (half price) is for students, people over 60, teachers and others the law names: show your document at the door.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Time ran out and your seats were released. Please choose them again.</source>
        <translation>Time ran out and your seats were released. Please choose them again.</translation>
    </message>
    <message>
        <source>Sent to %1 as well.</source>
        <translation>Sent to %1 as well.</translation>
    </message>
    <message>
        <source>We could not e-mail %1 (%2). Take a photo of the codes.</source>
        <translation>We could not e-mail %1 (%2). Take a photo of the codes.</translation>
    </message>
    <message>
        <source>We could not queue the e-mail (%1). Take a photo of the codes.</source>
        <translation>We could not queue the e-mail (%1). Take a photo of the codes.</translation>
    </message>
    <message>
        <source>We are also sending them to %1.</source>
        <translation>We are also sending them to %1.</translation>
    </message>
    <message>
        <source>Printing your tickets…</source>
        <translation>Printing your tickets…</translation>
    </message>
    <message>
        <source>Printed: take your tickets from the printer.</source>
        <translation>Printed: take your tickets from the printer.</translation>
    </message>
    <message>
        <source>The printer did not print (%1). Show the codes on this screen at the door, or take a photo of them.</source>
        <translation>The printer did not print (%1). Show the codes on this screen at the door, or take a photo of them.</translation>
    </message>
    <message>
        <source>Your payment went through. We are confirming your tickets, one moment… If this message stays, please go to the counter.</source>
        <translation>Your payment went through. We are confirming your tickets, one moment… If this message stays, please go to the counter.</translation>
    </message>
    <message>
        <source>We are checking your card payment with the bank, one moment… Do not pay again. If this message stays, please go to the counter.</source>
        <translation>We are checking your card payment with the bank, one moment… Do not pay again. If this message stays, please go to the counter.</translation>
    </message>
    <message>
        <source>We could not confirm your card payment with the bank. Do not pay again: if your card was charged, your tickets are issued (and e-mailed, if you gave an address) or the money goes back to your card within the hour. Please ask at the counter.</source>
        <translation>We could not confirm your card payment with the bank. Do not pay again: if your card was charged, your tickets are issued (and e-mailed, if you gave an address) or the money goes back to your card within the hour. Please ask at the counter.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Marquee</source>
        <translation>Marquee</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Digits only are your PIN, for a quick switch between cashiers; five wrong PINs lock it for a minute, and the password still works.</source>
        <translation>Digits only are your PIN, for a quick switch between cashiers; five wrong PINs lock it for a minute, and the password still works.</translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <source>There is no e-mail address to send the tickets to.</source>
        <translation>There is no e-mail address to send the tickets to.</translation>
    </message>
    <message>
        <source>Your tickets for %1 — %2</source>
        <translation>Your tickets for %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Your tickets are in the attached PDF, one page each: show each ticket&apos;s QR code at the door, printed or on your phone.</source>
        <translation>Thank you for your purchase. Your tickets are in the attached PDF, one page each: show each ticket&apos;s QR code at the door, printed or on your phone.</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Film: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Room: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Seats: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Meia-entrada: bring the document that entitles you to it; it is checked at the door.</source>
        <translation>Meia-entrada: bring the document that entitles you to it; it is checked at the door.</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>tickets-%1.pdf</translation>
    </message>
    <message>
        <source>The tickets could not be queued for e-mail: %1</source>
        <translation>The tickets could not be queued for e-mail: %1</translation>
    </message>
    <message>
        <source>the screening of order %1 is not in the local copy</source>
        <translation>the screening of order %1 is not in the local copy</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>The queued tickets cannot be read.</source>
        <translation>The queued tickets cannot be read.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>Manager&apos;s &amp;login:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN or password:</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Erase</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Seats in this sale</source>
        <translation>Seats in this sale</translation>
    </message>
    <message>
        <source>C&amp;PF:</source>
        <translation>C&amp;PF:</translation>
    </message>
    <message>
        <source>optional — 000.000.000-00</source>
        <translation>optional — 000.000.000-00</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>optional — tickets by e-mail</source>
        <translation>optional — tickets by e-mail</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>Cash (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>Card (F10)</translation>
    </message>
    <message>
        <source>Cancel sale and release seats (F12)</source>
        <translation>Cancel sale and release seats (F12)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>No screening chosen</source>
        <translation>No screening chosen</translation>
    </message>
    <message>
        <source>Ticket type for seat %1</source>
        <translation>Ticket type for seat %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Meia-entrada left for this screening: %1 of %2</source>
        <translation>Meia-entrada left for this screening: %1 of %2</translation>
    </message>
    <message>
        <source>No meia-entrada left for this screening (limit %1).</source>
        <translation>No meia-entrada left for this screening (limit %1).</translation>
    </message>
    <message>
        <source>valid CPF</source>
        <translation>valid CPF</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) to go</source>
        <translation>
            <numerusform>%n digit to go</numerusform>
            <numerusform>%n digits to go</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid CPF: check the digits</source>
        <translation>not a valid CPF: check the digits</translation>
    </message>
    <message>
        <source>Pick seats on the map (click, drag along a row, or arrows and Space).</source>
        <translation>Pick seats on the map (click, drag along a row, or arrows and Space).</translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation>Seats held for %1:%2</translation>
    </message>
</context>
<context>
    <name>ProblemCloser</name>
    <message>
        <source>It could not be closed: %1</source>
        <translation>It could not be closed: %1</translation>
    </message>
    <message>
        <source>This connection may not close problems: that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>This connection may not close problems: that takes a manager&apos;s database login (README, &quot;People&quot;).</translation>
    </message>
    <message>
        <source>Someone closed it already.</source>
        <translation>Someone closed it already.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>First let in</source>
        <translation>First let in</translation>
    </message>
    <message>
        <source>Then let in</source>
        <translation>Then let in</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Began at</source>
        <translation>Began at</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tickets let in twice while gates were apart</source>
        <translation>Tickets let in twice while gates were apart</translation>
    </message>
    <message>
        <source>Sales made offline that the server refused</source>
        <translation>Sales made offline that the server refused</translation>
    </message>
    <message>
        <source>Card payments not settled</source>
        <translation>Card payments not settled</translation>
    </message>
    <message>
        <source>Reading from the server…</source>
        <translation>Reading from the server…</translation>
    </message>
    <message>
        <source>The server could not be read: %1</source>
        <translation>The server could not be read: %1</translation>
    </message>
    <message>
        <source>let in after it was cancelled</source>
        <translation>let in after it was cancelled</translation>
    </message>
    <message>
        <source>let in twice</source>
        <translation>let in twice</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>money owed back to the card: the refund has not gone through yet</source>
        <translation>money owed back to the card: the refund has not gone through yet</translation>
    </message>
    <message>
        <source>the card provider has not said whether it charged the card; its terminal asks again every 10 minutes</source>
        <translation>the card provider has not said whether it charged the card; its terminal asks again every 10 minutes</translation>
    </message>
    <message>
        <source>Nothing to look into.</source>
        <translation>Nothing to look into.</translation>
    </message>
    <message numerus="yes">
        <source>%n double admission(s), %1</source>
        <translation>
            <numerusform>%n double admission, %1</numerusform>
            <numerusform>%n double admissions, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused sale(s), %1</source>
        <translation>
            <numerusform>%n refused sale, %1</numerusform>
            <numerusform>%n refused sales, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) not settled.</source>
        <translation>
            <numerusform>%n card payment not settled.</numerusform>
            <numerusform>%n card payments not settled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter — terminal, film, gate, CPF…</source>
        <translation>Filter — terminal, film, gate, CPF…</translation>
    </message>
    <message>
        <source>Looked into: &amp;close…</source>
        <translation>Looked into: &amp;close…</translation>
    </message>
    <message>
        <source>Log in as a manager to close problems.</source>
        <translation>Log in as a manager to close problems.</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Choose a line first.</translation>
    </message>
    <message>
        <source>Close this problem</source>
        <translation>Close this problem</translation>
    </message>
    <message>
        <source>What was found or done (for the audit log):</source>
        <translation>What was found or done (for the audit log):</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Used at %1 at %2</source>
        <translation>Used at %1 at %2</translation>
    </message>
    <message>
        <source>Given back at %1</source>
        <translation>Given back at %1</translation>
    </message>
    <message>
        <source>Given back at %1 by %2</source>
        <translation>Given back at %1 by %2</translation>
    </message>
    <message>
        <source>Give %1 back in cash. The seats are for sale again.</source>
        <translation>Give %1 back in cash. The seats are for sale again.</translation>
    </message>
    <message>
        <source>%1 went back to the card. The seats are for sale again.</source>
        <translation>%1 went back to the card. The seats are for sale again.</translation>
    </message>
    <message>
        <source>The tickets are cancelled and %1 is owed back to the card, but the card provider has not confirmed it yet. Marquee asks again by itself; tell the customer it can take a few days to show.</source>
        <translation>The tickets are cancelled and %1 is owed back to the card, but the card provider has not confirmed it yet. Marquee asks again by itself; tell the customer it can take a few days to show.</translation>
    </message>
    <message>
        <source>Scan or type a ticket&apos;s code, an order number, a CPF or an e-mail address.</source>
        <translation>Scan or type a ticket&apos;s code, an order number, a CPF or an e-mail address.</translation>
    </message>
    <message>
        <source>Looking for the sale…</source>
        <translation>Looking for the sale…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found: choose one.</source>
        <translation>
            <numerusform>%n sale found: choose one.</numerusform>
            <numerusform>%n sales found: choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;Paid %5 by %6 at %7 (%8)</source>
        <translation>&lt;b&gt;Order %1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;Paid %5 by %6 at %7 (%8)</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1: %2 back by %3 — “%4”</source>
        <translation>%1: %2 back by %3 — “%4”</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>allowed by %1</translation>
    </message>
    <message>
        <source>card refund not confirmed yet</source>
        <translation>card refund not confirmed yet</translation>
    </message>
    <message>
        <source>Given back before:</source>
        <translation>Given back before:</translation>
    </message>
    <message>
        <source>Every ticket of this sale was given back already.</source>
        <translation>Every ticket of this sale was given back already.</translation>
    </message>
    <message>
        <source>&amp;Give back %1 (%2)</source>
        <translation>&amp;Give back %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation>&amp;Give back</translation>
    </message>
    <message>
        <source>Giving back…</source>
        <translation>Giving back…</translation>
    </message>
    <message>
        <source>&amp;Find the sale:</source>
        <translation>&amp;Find the sale:</translation>
    </message>
    <message>
        <source>Scan a ticket, or type an order number, a CPF or an e-mail</source>
        <translation>Scan a ticket, or type an order number, a CPF or an e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>The customer cannot come</source>
        <translation>The customer cannot come</translation>
    </message>
    <message>
        <source>Wrong day or screening</source>
        <translation>Wrong day or screening</translation>
    </message>
    <message>
        <source>The screening was cancelled</source>
        <translation>The screening was cancelled</translation>
    </message>
    <message>
        <source>Bought by mistake</source>
        <translation>Bought by mistake</translation>
    </message>
    <message>
        <source>Why are the tickets given back?</source>
        <translation>Why are the tickets given back?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Replaced at %1 by a reissued ticket</source>
        <translation>Replaced at %1 by a reissued ticket</translation>
    </message>
    <message>
        <source>Replaced at %1 by a ticket %2 reissued</source>
        <translation>Replaced at %1 by a ticket %2 reissued</translation>
    </message>
    <message>
        <source>The tickets are on their way to %1 again.</source>
        <translation>The tickets are on their way to %1 again.</translation>
    </message>
    <message>
        <source>Reprinted: the same codes, marked as a copy.</source>
        <translation>Reprinted: the same codes, marked as a copy.</translation>
    </message>
    <message>
        <source>Reprinting…</source>
        <translation>Reprinting…</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Sending again…</translation>
    </message>
    <message>
        <source>Reissue a ticket</source>
        <translation>Reissue a ticket</translation>
    </message>
    <message>
        <source>Why is seat %1&apos;s ticket reissued? Its old code will be refused at every gate.</source>
        <translation>Why is seat %1&apos;s ticket reissued? Its old code will be refused at every gate.</translation>
    </message>
    <message>
        <source>The customer lost the ticket</source>
        <translation>The customer lost the ticket</translation>
    </message>
    <message>
        <source>The ticket is damaged or unreadable</source>
        <translation>The ticket is damaged or unreadable</translation>
    </message>
    <message>
        <source>The e-mail never arrived</source>
        <translation>The e-mail never arrived</translation>
    </message>
    <message>
        <source>&amp;Reissue</source>
        <translation>&amp;Reissue</translation>
    </message>
    <message>
        <source>Reissuing…</source>
        <translation>Reissuing…</translation>
    </message>
    <message>
        <source>Seat %1 has a new ticket. Its old code is refused at every gate from now on.</source>
        <translation>Seat %1 has a new ticket. Its old code is refused at every gate from now on.</translation>
    </message>
    <message>
        <source>Send the tickets again</source>
        <translation>Send the tickets again</translation>
    </message>
    <message>
        <source>E-mail address (the sale&apos;s, or a new one):</source>
        <translation>E-mail address (the sale&apos;s, or a new one):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address. Check it with the customer.</source>
        <translation>“%1” does not look like an e-mail address. Check it with the customer.</translation>
    </message>
    <message>
        <source>%1: sent again to %2</source>
        <translation>%1: sent again to %2</translation>
    </message>
    <message>
        <source>%1: reprinted</source>
        <translation>%1: reprinted</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>After the sale: give back, reprint, send again</source>
        <translation>After the sale: give back, reprint, send again</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <source>The sale&apos;s tickets and receipt again, with the same codes</source>
        <translation>The sale&apos;s tickets and receipt again, with the same codes</translation>
    </message>
    <message>
        <source>Reissue ticket (Ctrl+R)</source>
        <translation>Reissue ticket (Ctrl+R)</translation>
    </message>
    <message>
        <source>A new code for the ticket under the cursor; the old one stops entering</source>
        <translation>A new code for the ticket under the cursor; the old one stops entering</translation>
    </message>
    <message>
        <source>Send again (Ctrl+E)</source>
        <translation>Send again (Ctrl+E)</translation>
    </message>
    <message>
        <source>E-mail the tickets again, to the same address or a new one</source>
        <translation>E-mail the tickets again, to the same address or a new one</translation>
    </message>
    <message>
        <source>Slip (Ctrl+S)</source>
        <translation>Slip (Ctrl+S)</translation>
    </message>
    <message>
        <source>The customer&apos;s slip of the refund just made</source>
        <translation>The customer&apos;s slip of the refund just made</translation>
    </message>
    <message>
        <source>Exchanged. Take %1 in cash (change %2). The old seats are for sale again.</source>
        <translation>Exchanged. Take %1 in cash (change %2). The old seats are for sale again.</translation>
    </message>
    <message>
        <source>Exchanged: nothing changes hands. The old seats are for sale again.</source>
        <translation>Exchanged: nothing changes hands. The old seats are for sale again.</translation>
    </message>
    <message>
        <source>Exchanged. Give %1 back in cash. The old seats are for sale again.</source>
        <translation>Exchanged. Give %1 back in cash. The old seats are for sale again.</translation>
    </message>
    <message>
        <source>Exchanged. %1 went back to the card. The old seats are for sale again.</source>
        <translation>Exchanged. %1 went back to the card. The old seats are for sale again.</translation>
    </message>
    <message>
        <source>Exchanged. %1 is owed back to the card, but the card provider has not confirmed it yet; Marquee asks again by itself.</source>
        <translation>Exchanged. %1 is owed back to the card, but the card provider has not confirmed it yet; Marquee asks again by itself.</translation>
    </message>
    <message>
        <source>%1 of it paid by the tickets of order %2, given back in exchange</source>
        <translation>%1 of it paid by the tickets of order %2, given back in exchange</translation>
    </message>
    <message>
        <source>%1: exchanged for order %2, %3 back by %4 — “%5”</source>
        <translation>%1: exchanged for order %2, %3 back by %4 — “%5”</translation>
    </message>
    <message>
        <source>E&amp;xchange… (Ctrl+T)</source>
        <translation>E&amp;xchange… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Change the ticked tickets for other seats, of this screening or another</source>
        <translation>Change the ticked tickets for other seats, of this screening or another</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund %1 — order %2</source>
        <translation>Refund %1 — order %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Seat %1 — %2</source>
        <translation>Seat %1 — %2</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Given back</translation>
    </message>
    <message>
        <source>In cash, from the drawer</source>
        <translation>In cash, from the drawer</translation>
    </message>
    <message>
        <source>To the card %1: asked of the card provider, not confirmed yet; it can take a few days to show</source>
        <translation>To the card %1: asked of the card provider, not confirmed yet; it can take a few days to show</translation>
    </message>
    <message>
        <source>To the card %1 (refund %2)</source>
        <translation>To the card %1 (refund %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Given back by %1</source>
        <translation>Given back by %1</translation>
    </message>
    <message>
        <source>Allowed by %1</source>
        <translation>Allowed by %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>The seats above are cancelled: their tickets no longer enter.</source>
        <translation>The seats above are cancelled: their tickets no longer enter.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Exchange — order %1</source>
        <translation>Exchange — order %1</translation>
    </message>
    <message>
        <source>Exchanged for order %1:</source>
        <translation>Exchanged for order %1:</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Seats %1</translation>
    </message>
    <message>
        <source>Paid by the tickets given back</source>
        <translation>Paid by the tickets given back</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>RefundSlipDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Refund slip — order %1</source>
        <translation>Refund slip — order %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1. Printing still works.</source>
        <translation>The PDF could not be made: %1. Printing still works.</translation>
    </message>
    <message>
        <source>PDF ready.</source>
        <translation>PDF ready.</translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>The printer could not be used. Check it and try again.</translation>
    </message>
    <message>
        <source>No PDF viewer is installed; the file is %1.</source>
        <translation>No PDF viewer is installed; the file is %1.</translation>
    </message>
    <message>
        <source>Save the slip</source>
        <translation>Save the slip</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: choose another folder.</source>
        <translation>Could not save to %1: choose another folder.</translation>
    </message>
</context>
<context>
    <name>SaleCopies</name>
    <message>
        <source>Reprint · %1</source>
        <translation>Reprint · %1</translation>
    </message>
    <message>
        <source>Sent again · %1</source>
        <translation>Sent again · %1</translation>
    </message>
    <message>
        <source>Reissued · %1</source>
        <translation>Reissued · %1</translation>
    </message>
</context>
<context>
    <name>SaleError</name>
    <message>
        <source>Seat %1 was just taken at another terminal. Pick another seat; the rest of the sale is kept.</source>
        <translation>Seat %1 was just taken at another terminal. Pick another seat; the rest of the sale is kept.</translation>
    </message>
    <message>
        <source>The hold on these seats expired and they were released. Pick the seats again to continue; the ticket types and customer are kept.</source>
        <translation>The hold on these seats expired and they were released. Pick the seats again to continue; the ticket types and customer are kept.</translation>
    </message>
    <message>
        <source>This CPF can buy at most %1 tickets for this screening; %2 more can be sold to it. Remove seats or use another customer&apos;s CPF.</source>
        <translation>This CPF can buy at most %1 tickets for this screening; %2 more can be sold to it. Remove seats or use another customer&apos;s CPF.</translation>
    </message>
    <message>
        <source>Only %2 more meia-entrada tickets can be sold for this screening (limit %1). Change some tickets to another type.</source>
        <translation>Only %2 more meia-entrada tickets can be sold for this screening (limit %1). Change some tickets to another type.</translation>
    </message>
    <message>
        <source>This CPF is not valid: check the 11 digits with the customer, or leave it empty.</source>
        <translation>This CPF is not valid: check the 11 digits with the customer, or leave it empty.</translation>
    </message>
    <message>
        <source>The card was declined (%1). The seats stay held: try another card, take cash, or release the seats.</source>
        <translation>The card was declined (%1). The seats stay held: try another card, take cash, or release the seats.</translation>
    </message>
    <message>
        <source>This choice leaves a single seat alone between taken seats. Move the selection by one seat.</source>
        <translation>This choice leaves a single seat alone between taken seats. Move the selection by one seat.</translation>
    </message>
    <message>
        <source>There are no %1 seats together left in this screening. Pick seats one by one or try another screening.</source>
        <translation>There are no %1 seats together left in this screening. Pick seats one by one or try another screening.</translation>
    </message>
    <message>
        <source>No seats are selected. Pick seats on the map first.</source>
        <translation>No seats are selected. Pick seats on the map first.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Check it with the customer, or leave it empty.</source>
        <translation>This e-mail address does not look right. Check it with the customer, or leave it empty.</translation>
    </message>
    <message>
        <source>This screening no longer exists. Search again.</source>
        <translation>This screening no longer exists. Search again.</translation>
    </message>
    <message>
        <source>One sale can take at most %1 seats. Finish this sale and start another.</source>
        <translation>One sale can take at most %1 seats. Finish this sale and start another.</translation>
    </message>
    <message>
        <source>That place cannot be sold (blocked or not part of this room). Pick another seat.</source>
        <translation>That place cannot be sold (blocked or not part of this room). Pick another seat.</translation>
    </message>
    <message>
        <source>A seat or ticket type of this sale is no longer on sale. Pick again.</source>
        <translation>A seat or ticket type of this sale is no longer on sale. Pick again.</translation>
    </message>
    <message>
        <source>This order is already paid or cancelled.</source>
        <translation>This order is already paid or cancelled.</translation>
    </message>
    <message>
        <source>The amount tendered, %1, is less than the total, %2. Take the rest or choose another way to pay.</source>
        <translation>The amount tendered, %1, is less than the total, %2. Take the rest or choose another way to pay.</translation>
    </message>
    <message>
        <source>This order is already paid; refund it instead.</source>
        <translation>This order is already paid; refund it instead.</translation>
    </message>
    <message>
        <source>A card payment for this order is still waiting for the card terminal. Wait for its answer before cancelling.</source>
        <translation>A card payment for this order is still waiting for the card terminal. Wait for its answer before cancelling.</translation>
    </message>
    <message>
        <source>The server is not answering, so seats cannot be held or sold from this terminal right now. Nothing was charged and what you typed is kept; the terminal reconnects by itself — try again when the status bar says online.</source>
        <translation>The server is not answering, so seats cannot be held or sold from this terminal right now. Nothing was charged and what you typed is kept; the terminal reconnects by itself — try again when the status bar says online.</translation>
    </message>
    <message>
        <source>The card was approved, but the store did not confirm the sale. Do not charge again: press Card (F10) to confirm it once the store answers.</source>
        <translation>The card was approved, but the store did not confirm the sale. Do not charge again: press Card (F10) to confirm it once the store answers.</translation>
    </message>
    <message>
        <source>This sale&apos;s card payment was approved and is waiting for the store&apos;s confirmation; it cannot be cancelled. Press Card (F10) to confirm it.</source>
        <translation>This sale&apos;s card payment was approved and is waiting for the store&apos;s confirmation; it cannot be cancelled. Press Card (F10) to confirm it.</translation>
    </message>
    <message>
        <source>this terminal&apos;s ticket numbers were already used — was its data restored from a backup? Call a manager</source>
        <translation>this terminal&apos;s ticket numbers were already used — was its data restored from a backup? Call a manager</translation>
    </message>
    <message>
        <source>The server took too long to answer, so this terminal stopped waiting. What you typed is kept; trying again repeats the same step, never a second sale or charge.</source>
        <translation>The server took too long to answer, so this terminal stopped waiting. What you typed is kept; trying again repeats the same step, never a second sale or charge.</translation>
    </message>
    <message>
        <source>The server is out of reach: only the seats kept for this counter (free on the map) can be sold until it is back.</source>
        <translation>The server is out of reach: only the seats kept for this counter (free on the map) can be sold until it is back.</translation>
    </message>
    <message>
        <source>This card payment was already settled while the sale waited (the money goes back to the customer). Start the sale again.</source>
        <translation>This card payment was already settled while the sale waited (the money goes back to the customer). Start the sale again.</translation>
    </message>
    <message>
        <source>The card reader&apos;s answer was lost, so we do not know yet whether the card was charged. Do not charge again: press Card (F10) to ask the bank again. If the bank stays out of reach, Marquee can be closed: the sale is kept and settled when it starts again (tickets, or the money back).</source>
        <translation>The card reader&apos;s answer was lost, so we do not know yet whether the card was charged. Do not charge again: press Card (F10) to ask the bank again. If the bank stays out of reach, Marquee can be closed: the sale is kept and settled when it starts again (tickets, or the money back).</translation>
    </message>
    <message>
        <source>This card payment was already settled (declined or given back) while the sale waited. Start the sale again.</source>
        <translation>This card payment was already settled (declined or given back) while the sale waited. Start the sale again.</translation>
    </message>
    <message>
        <source>The server is back: this terminal is sending the sales it made offline before it sells online again. What you typed is kept; try again in a few seconds.</source>
        <translation>The server is back: this terminal is sending the sales it made offline before it sells online again. What you typed is kept; try again in a few seconds.</translation>
    </message>
    <message>
        <source>The store refused this step before recording it (%1), so nothing of it was saved and no money was taken for it. Try again, and call a manager if it keeps failing.</source>
        <translation>The store refused this step before recording it (%1), so nothing of it was saved and no money was taken for it. Try again, and call a manager if it keeps failing.</translation>
    </message>
    <message>
        <source>The server stopped answering just as it was saving this step, so it is not known yet whether it was saved. Checking… Do not take the money again: the same step is asked again with the same keys, which can never make a second sale or charge.</source>
        <translation>The server stopped answering just as it was saving this step, so it is not known yet whether it was saved. Checking… Do not take the money again: the same step is asked again with the same keys, which can never make a second sale or charge.</translation>
    </message>
    <message>
        <source>This terminal could not record the sale on its own disk (%1), so nothing was sold and nothing was charged; what was recorded before is kept. Take no money and call a manager: the disk may be full or read-only.</source>
        <translation>This terminal could not record the sale on its own disk (%1), so nothing was sold and nothing was charged; what was recorded before is kept. Take no money and call a manager: the disk may be full or read-only.</translation>
    </message>
    <message>
        <source>The server answered: this sale was not recorded, so give the customer&apos;s cash back. %1</source>
        <translation>The server answered: this sale was not recorded, so give the customer&apos;s cash back. %1</translation>
    </message>
    <message>
        <source>Checking with the server… Its answer to this cash sale was lost, so it is not known yet whether the sale was saved. Keep the cash and do not sell these seats again: the same sale is asked again by itself every few seconds (Cash, F9, asks at once), and the tickets appear as soon as the server answers.</source>
        <translation>Checking with the server… Its answer to this cash sale was lost, so it is not known yet whether the sale was saved. Keep the cash and do not sell these seats again: the same sale is asked again by itself every few seconds (Cash, F9, asks at once), and the tickets appear as soon as the server answers.</translation>
    </message>
    <message>
        <source>Choose the tickets to give back.</source>
        <translation>Choose the tickets to give back.</translation>
    </message>
    <message>
        <source>Say why the tickets are given back: the reason is kept with the refund.</source>
        <translation>Say why the tickets are given back: the reason is kept with the refund.</translation>
    </message>
    <message>
        <source>There is no such sale.</source>
        <translation>There is no such sale.</translation>
    </message>
    <message>
        <source>This sale was never paid, so there is nothing to give back.</source>
        <translation>This sale was never paid, so there is nothing to give back.</translation>
    </message>
    <message>
        <source>This sale has no payment on record to give back.</source>
        <translation>This sale has no payment on record to give back.</translation>
    </message>
    <message>
        <source>Ticket %1 is not one of this sale&apos;s.</source>
        <translation>Ticket %1 is not one of this sale&apos;s.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already, at %2.</source>
        <translation>Seat %1 was given back already, at %2.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already, at %2 by %3.</source>
        <translation>Seat %1 was given back already, at %2 by %3.</translation>
    </message>
    <message>
        <source>seat %1 was used at %2 at %3</source>
        <translation>seat %1 was used at %2 at %3</translation>
    </message>
    <message numerus="yes">
        <source>the screening started at %1, more than %n minute(s) ago</source>
        <translation>
            <numerusform>the screening started at %1, more than %n minute ago</numerusform>
            <numerusform>the screening started at %1, more than %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>the screening started at %1</source>
        <translation>the screening started at %1</translation>
    </message>
    <message>
        <source>%1 is more than the %2 a cashier gives back alone</source>
        <translation>%1 is more than the %2 a cashier gives back alone</translation>
    </message>
    <message>
        <source>it was sold on %1, not today</source>
        <translation>it was sold on %1, not today</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN is needed: %1.</source>
        <translation>A manager&apos;s PIN is needed: %1.</translation>
    </message>
    <message>
        <source>Only an active manager can allow this: %1.</source>
        <translation>Only an active manager can allow this: %1.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already.</source>
        <translation>Seat %1 was given back already.</translation>
    </message>
    <message>
        <source>Giving tickets back needs the server, which this terminal cannot reach now: while it is away another terminal could sell the same seat. Keep the tickets and try again when the server is back.</source>
        <translation>Giving tickets back needs the server, which this terminal cannot reach now: while it is away another terminal could sell the same seat. Keep the tickets and try again when the server is back.</translation>
    </message>
    <message>
        <source>Say why the ticket is reissued: the reason is kept with it.</source>
        <translation>Say why the ticket is reissued: the reason is kept with it.</translation>
    </message>
    <message>
        <source>This sale was never paid, so it has no ticket to reissue.</source>
        <translation>This sale was never paid, so it has no ticket to reissue.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was cancelled at %2: it was given back or replaced already.</source>
        <translation>Seat %1&apos;s ticket was cancelled at %2: it was given back or replaced already.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was cancelled at %2 by %3: it was given back or replaced already.</source>
        <translation>Seat %1&apos;s ticket was cancelled at %2 by %3: it was given back or replaced already.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was used at %2 at %3: a ticket that let someone in is not reissued.</source>
        <translation>Seat %1&apos;s ticket was used at %2 at %3: a ticket that let someone in is not reissued.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was given back or replaced already.</source>
        <translation>Seat %1&apos;s ticket was given back or replaced already.</translation>
    </message>
    <message>
        <source>This terminal could not number the new ticket.</source>
        <translation>This terminal could not number the new ticket.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was replaced already.</source>
        <translation>Seat %1&apos;s ticket was replaced already.</translation>
    </message>
    <message>
        <source>Reissuing a ticket needs the server, which this terminal cannot reach now: gates that cannot reach it either would still let the lost ticket in. Reprint the same ticket instead, or try again when the server is back.</source>
        <translation>Reissuing a ticket needs the server, which this terminal cannot reach now: gates that cannot reach it either would still let the lost ticket in. Reprint the same ticket instead, or try again when the server is back.</translation>
    </message>
    <message>
        <source>The new seats cost %1 more than the tickets given back; %2 was tendered. Take the rest in cash.</source>
        <translation>The new seats cost %1 more than the tickets given back; %2 was tendered. Take the rest in cash.</translation>
    </message>
    <message>
        <source>Exchanging tickets needs the server, which this terminal cannot reach now: while it is away another terminal could sell the seats given back. Keep the tickets and try again when the server is back.</source>
        <translation>Exchanging tickets needs the server, which this terminal cannot reach now: while it is away another terminal could sell the seats given back. Keep the tickets and try again when the server is back.</translation>
    </message>
</context>
<context>
    <name>SaleLookup</name>
    <message>
        <source>Type or scan a ticket&apos;s code, an order number, a CPF or an e-mail address.</source>
        <translation>Type or scan a ticket&apos;s code, an order number, a CPF or an e-mail address.</translation>
    </message>
    <message>
        <source>No paid sale matches “%1”.</source>
        <translation>No paid sale matches “%1”.</translation>
    </message>
    <message>
        <source>There is no paid sale number %1.</source>
        <translation>There is no paid sale number %1.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryDialog</name>
    <message>
        <source>Sales of this terminal</source>
        <translation>Sales of this terminal</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the last two days.</source>
        <translation>
            <numerusform>%n sale in the last two days.</numerusform>
            <numerusform>%n sales in the last two days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold offline, sent by themselves when the server is back.</source>
        <translation>
            <numerusform>%n sold offline, sent by itself when the server is back.</numerusform>
            <numerusform>%n sold offline, sent by themselves when the server is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server: ask a manager.</source>
        <translation>
            <numerusform>%n refused by the server: ask a manager.</numerusform>
            <numerusform>%n refused by the server: ask a manager.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give tickets back…</source>
        <translation>&amp;Give tickets back…</translation>
    </message>
</context>
<context>
    <name>SalesHistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Sold offline — waiting to be sent</source>
        <translation>Sold offline — waiting to be sent</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>Sent to the server</translation>
    </message>
    <message>
        <source>Refused by the server — a manager will decide</source>
        <translation>Refused by the server — a manager will decide</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>Sold at</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ScreeningSearchModel</name>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>%1 · %2 min · rated %3 · %4 of %5 seats left</source>
        <translation>%1 · %2 min · rated %3 · %4 of %5 seats left</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Seats left</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Film name — type any part, accents optional</source>
        <translation>Film name — type any part, accents optional</translation>
    </message>
    <message>
        <source>Search films</source>
        <translation>Search films</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation>To&amp;morrow</translation>
    </message>
    <message>
        <source>&amp;Weekend</source>
        <translation>&amp;Weekend</translation>
    </message>
    <message>
        <source>All wee&amp;k</source>
        <translation>All wee&amp;k</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Screenings found</source>
        <translation>Screenings found</translation>
    </message>
    <message>
        <source>No screening matches. Try fewer letters or another date.</source>
        <translation>No screening matches. Try fewer letters or another date.</translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s)</source>
        <translation>
            <numerusform>%n screening</numerusform>
            <numerusform>%n screenings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>standard seat</source>
        <translation>standard seat</translation>
    </message>
    <message>
        <source>wheelchair space</source>
        <translation>wheelchair space</translation>
    </message>
    <message>
        <source>companion seat</source>
        <translation>companion seat</translation>
    </message>
    <message>
        <source>premium seat</source>
        <translation>premium seat</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
</context>
<context>
    <name>SeatMapWidget</name>
    <message>
        <source>Seat map</source>
        <translation>Seat map</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>held at another terminal</source>
        <translation>held at another terminal</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sold</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Row %1, seat %2</translation>
    </message>
    <message>
        <source>left alone by this selection</source>
        <translation>left alone by this selection</translation>
    </message>
    <message>
        <source>Choose a screening to see its seats.</source>
        <translation>Choose a screening to see its seats.</translation>
    </message>
    <message>
        <source>SCREEN</source>
        <translation>SCREEN</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>This sale</source>
        <translation>This sale</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>No seat</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>ServerLinkWorker</name>
    <message>
        <source>The server stopped answering while this terminal&apos;s queue was sent.</source>
        <translation>The server stopped answering while this terminal&apos;s queue was sent.</translation>
    </message>
</context>
<context>
    <name>SettingDefinition</name>
    <message>
        <source>Selling</source>
        <translation>Selling</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Server and copies</source>
        <translation>Server and copies</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Seats held for (minutes)</source>
        <translation>Seats held for (minutes)</translation>
    </message>
    <message>
        <source>How long chosen seats stay held while the customer decides; never more than the hard maximum.</source>
        <translation>How long chosen seats stay held while the customer decides; never more than the hard maximum.</translation>
    </message>
    <message>
        <source>Hard maximum of a hold (minutes)</source>
        <translation>Hard maximum of a hold (minutes)</translation>
    </message>
    <message>
        <source>No hold lasts longer, whatever else is set.</source>
        <translation>No hold lasts longer, whatever else is set.</translation>
    </message>
    <message>
        <source>Meia-entrada share (%)</source>
        <translation>Meia-entrada share (%)</translation>
    </message>
    <message>
        <source>The share of a screening&apos;s seats that may be sold as meia-entrada; a screening can override it.</source>
        <translation>The share of a screening&apos;s seats that may be sold as meia-entrada; a screening can override it.</translation>
    </message>
    <message>
        <source>Tickets per CPF and screening</source>
        <translation>Tickets per CPF and screening</translation>
    </message>
    <message>
        <source>The most tickets one CPF may buy for one screening.</source>
        <translation>The most tickets one CPF may buy for one screening.</translation>
    </message>
    <message>
        <source>Seats per sale</source>
        <translation>Seats per sale</translation>
    </message>
    <message>
        <source>The most seats one sale may hold.</source>
        <translation>The most seats one sale may hold.</translation>
    </message>
    <message>
        <source>A single seat left alone</source>
        <translation>A single seat left alone</translation>
    </message>
    <message>
        <source>warn: the cashier is told; forbid: such a choice is refused.</source>
        <translation>warn: the cashier is told; forbid: such a choice is refused.</translation>
    </message>
    <message>
        <source>Lock the counter after (minutes)</source>
        <translation>Lock the counter after (minutes)</translation>
    </message>
    <message>
        <source>Without input for this long the counter locks itself; 0 never.</source>
        <translation>Without input for this long the counter locks itself; 0 never.</translation>
    </message>
    <message>
        <source>Cash drawer device</source>
        <translation>Cash drawer device</translation>
    </message>
    <message>
        <source>The device of the printer that opens the cash drawer, such as /dev/usb/lp0.</source>
        <translation>The device of the printer that opens the cash drawer, such as /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>Doors open (minutes before)</source>
        <translation>Doors open (minutes before)</translation>
    </message>
    <message>
        <source>How early before a screening its tickets are let in.</source>
        <translation>How early before a screening its tickets are let in.</translation>
    </message>
    <message>
        <source>Doors close (minutes after)</source>
        <translation>Doors close (minutes after)</translation>
    </message>
    <message>
        <source>How late after a screening starts its tickets are still let in.</source>
        <translation>How late after a screening starts its tickets are still let in.</translation>
    </message>
    <message>
        <source>Leases return (minutes before)</source>
        <translation>Leases return (minutes before)</translation>
    </message>
    <message>
        <source>How long before a screening the seats leased to terminals go back to the server.</source>
        <translation>How long before a screening the seats leased to terminals go back to the server.</translation>
    </message>
    <message>
        <source>Days kept in each copy</source>
        <translation>Days kept in each copy</translation>
    </message>
    <message>
        <source>How many days ahead each terminal keeps in its local copy.</source>
        <translation>How many days ahead each terminal keeps in its local copy.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Where tickets are e-mailed from, such as smtps://mail.example.com:465.</source>
        <translation>Where tickets are e-mailed from, such as smtps://mail.example.com:465.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>The address tickets come from.</source>
        <translation>The address tickets come from.</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <source>The login at the SMTP server.</source>
        <translation>The login at the SMTP server.</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>Kept in the store as typed.</source>
        <translation>Kept in the store as typed.</translation>
    </message>
    <message>
        <source>Kiosk idle time (seconds)</source>
        <translation>Kiosk idle time (seconds)</translation>
    </message>
    <message>
        <source>After this long untouched the kiosk asks whether someone is still there.</source>
        <translation>After this long untouched the kiosk asks whether someone is still there.</translation>
    </message>
    <message>
        <source>Kiosk printer</source>
        <translation>Kiosk printer</translation>
    </message>
    <message>
        <source>The system printer the kiosk prints tickets on.</source>
        <translation>The system printer the kiosk prints tickets on.</translation>
    </message>
    <message>
        <source>Assistant address</source>
        <translation>Assistant address</translation>
    </message>
    <message>
        <source>The chat service of the kiosk&apos;s assistant.</source>
        <translation>The chat service of the kiosk&apos;s assistant.</translation>
    </message>
    <message>
        <source>Assistant key</source>
        <translation>Assistant key</translation>
    </message>
    <message>
        <source>Its API key.</source>
        <translation>Its API key.</translation>
    </message>
    <message>
        <source>Assistant model</source>
        <translation>Assistant model</translation>
    </message>
    <message>
        <source>The model it asks.</source>
        <translation>The model it asks.</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Stripe secret key</translation>
    </message>
    <message>
        <source>For card readers through Stripe Terminal.</source>
        <translation>For card readers through Stripe Terminal.</translation>
    </message>
    <message>
        <source>Card currency</source>
        <translation>Card currency</translation>
    </message>
    <message>
        <source>The currency Stripe charges in, such as brl.</source>
        <translation>The currency Stripe charges in, such as brl.</translation>
    </message>
    <message>
        <source>Stripe address</source>
        <translation>Stripe address</translation>
    </message>
    <message>
        <source>Stripe&apos;s API, or a test server.</source>
        <translation>Stripe&apos;s API, or a test server.</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>There is no setting %1.</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3.</source>
        <translation>%1 is a whole number from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <source>A hold cannot be longer than the hard maximum, %n minute(s).</source>
        <translation>
            <numerusform>A hold cannot be longer than the hard maximum, %n minute.</numerusform>
            <numerusform>A hold cannot be longer than the hard maximum, %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hard maximum cannot be shorter than the hold itself, %n minute(s).</source>
        <translation>
            <numerusform>The hard maximum cannot be shorter than the hold itself, %n minute.</numerusform>
            <numerusform>The hard maximum cannot be shorter than the hold itself, %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 is one of: %2.</translation>
    </message>
    <message>
        <source>%1 is an address such as %2.</source>
        <translation>%1 is an address such as %2.</translation>
    </message>
    <message>
        <source>An SMTP server&apos;s address starts with smtp:// or smtps://.</source>
        <translation>An SMTP server&apos;s address starts with smtp:// or smtps://.</translation>
    </message>
    <message>
        <source>Refunds after the start (minutes)</source>
        <translation>Refunds after the start (minutes)</translation>
    </message>
    <message>
        <source>How long after a screening begins a cashier may still give its tickets back; later, a manager&apos;s PIN is needed.</source>
        <translation>How long after a screening begins a cashier may still give its tickets back; later, a manager&apos;s PIN is needed.</translation>
    </message>
    <message>
        <source>Refund a cashier gives alone (cents)</source>
        <translation>Refund a cashier gives alone (cents)</translation>
    </message>
    <message>
        <source>Above this amount, or for a sale of an earlier day, a refund needs a manager&apos;s PIN.</source>
        <translation>Above this amount, or for a sale of an earlier day, a refund needs a manager&apos;s PIN.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>set (hidden)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>The setting could not be saved: %1</translation>
    </message>
    <message>
        <source>This connection may not change settings: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>This connection may not change settings: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</translation>
    </message>
</context>
<context>
    <name>SimulatedCardTerminal</name>
    <message>
        <source>Simulated card terminal</source>
        <translation>Simulated card terminal</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>E-mail is not set up: the store needs smtp_url and smtp_from.</source>
        <translation>E-mail is not set up: the store needs smtp_url and smtp_from.</translation>
    </message>
    <message>
        <source>The sender address %1 (smtp_from) is not valid.</source>
        <translation>The sender address %1 (smtp_from) is not valid.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 is not an e-mail address.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>The mail library could not start.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (the server said: %2)</translation>
    </message>
    <message>
        <source>The mail server refused the message: %1</source>
        <translation>The mail server refused the message: %1</translation>
    </message>
    <message>
        <source>The mail server cannot be reached: %1</source>
        <translation>The mail server cannot be reached: %1</translation>
    </message>
    <message>
        <source>The mail could not be sent: %1</source>
        <translation>The mail could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>StripePaymentProvider</name>
    <message>
        <source>Card reader %1 (Stripe)</source>
        <translation>Card reader %1 (Stripe)</translation>
    </message>
</context>
<context>
    <name>TerminalIdentity</name>
    <message>
        <source>This terminal&apos;s key was revoked on the server, so it cannot sell. Ask a manager to register it again.</source>
        <translation>This terminal&apos;s key was revoked on the server, so it cannot sell. Ask a manager to register it again.</translation>
    </message>
</context>
<context>
    <name>TerminalStack</name>
    <message>
        <source>%1 is an embedded database with its own sales, not a copy of a server. Choose another file for the server&apos;s copy, or leave out --database.</source>
        <translation>%1 is an embedded database with its own sales, not a copy of a server. Choose another file for the server&apos;s copy, or leave out --database.</translation>
    </message>
    <message>
        <source>The terminal&apos;s signing key could not be made or read.</source>
        <translation>The terminal&apos;s signing key could not be made or read.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>The demo data could not be written: %1</translation>
    </message>
</context>
<context>
    <name>TerminalStartup</name>
    <message>
        <source>Marquee cannot start</source>
        <translation>Marquee cannot start</translation>
    </message>
    <message>
        <source>This terminal&apos;s card reader is %1, but the store has no stripe_key setting, so no card could be charged. Set stripe_key (see &quot;Card payments&quot; in the README), or start once with --card-reader none to use the simulated card terminal.</source>
        <translation>This terminal&apos;s card reader is %1, but the store has no stripe_key setting, so no card could be charged. Set stripe_key (see &quot;Card payments&quot; in the README), or start once with --card-reader none to use the simulated card terminal.</translation>
    </message>
</context>
<context>
    <name>TerminalsModel</name>
    <message>
        <source>There is no such terminal.</source>
        <translation>There is no such terminal.</translation>
    </message>
    <message>
        <source>The terminal could not be changed: %1</source>
        <translation>The terminal could not be changed: %1</translation>
    </message>
    <message>
        <source>This connection may not change terminals: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>This connection may not change terminals: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>Cards pending</source>
        <translation>Cards pending</translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation>Leased seats</translation>
    </message>
</context>
<context>
    <name>TicketDocument</name>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · Row %2 · Seat %3</translation>
    </message>
    <message>
        <source>Meia-entrada: show your document at the door.</source>
        <translation>Meia-entrada: show your document at the door.</translation>
    </message>
    <message>
        <source>Ticket %1-%2 · order %3</source>
        <translation>Ticket %1-%2 · order %3</translation>
    </message>
    <message>
        <source>Receipt — order %1</source>
        <translation>Receipt — order %1</translation>
    </message>
    <message>
        <source>Seat %1 — %2</source>
        <translation>Seat %1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Tickets — %1</source>
        <translation>Tickets — %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write the tickets&apos; PDF: %1</source>
        <translation>Cannot write the tickets&apos; PDF: %1</translation>
    </message>
    <message>
        <source>Cannot write the tickets&apos; PDF.</source>
        <translation>Cannot write the tickets&apos; PDF.</translation>
    </message>
    <message>
        <source>Marquee Cinemas</source>
        <translation>Marquee Cinemas</translation>
    </message>
    <message>
        <source>Given back since</source>
        <translation>Given back since</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>no printer called %1</source>
        <translation>no printer called %1</translation>
    </message>
    <message>
        <source>the printer refused the job</source>
        <translation>the printer refused the job</translation>
    </message>
</context>
<context>
    <name>TicketsDialog</name>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Open PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Sale complete — order %1</source>
        <translation>Sale complete — order %1</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>Change to give: %1</translation>
    </message>
    <message>
        <source>Paid in cash, no change</source>
        <translation>Paid in cash, no change</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Card payment approved</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · total %1</source>
        <translation>
            <numerusform>%n ticket · total %1</numerusform>
            <numerusform>%n tickets · total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of seat %1</source>
        <translation>QR code of seat %1</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Row %1, seat %2</translation>
    </message>
    <message>
        <source>Meia-entrada: document checked at the door</source>
        <translation>Meia-entrada: document checked at the door</translation>
    </message>
    <message>
        <source>&amp;Next sale</source>
        <translation>&amp;Next sale</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparing the PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1. Printing still works.</source>
        <translation>The PDF could not be made: %1. Printing still works.</translation>
    </message>
    <message>
        <source>PDF ready.</source>
        <translation>PDF ready.</translation>
    </message>
    <message>
        <source>Save tickets</source>
        <translation>Save tickets</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: choose another folder.</source>
        <translation>Could not save to %1: choose another folder.</translation>
    </message>
    <message>
        <source>No PDF viewer is installed; the file is %1.</source>
        <translation>No PDF viewer is installed; the file is %1.</translation>
    </message>
    <message>
        <source>Tickets — order %1</source>
        <translation>Tickets — order %1</translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>The printer could not be used. Check it and try again.</translation>
    </message>
    <message>
        <source>Copy — order %1</source>
        <translation>Copy — order %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Door staff</translation>
    </message>
    <message>
        <source>%1 can no longer log in: ask a manager.</source>
        <translation>%1 can no longer log in: ask a manager.</translation>
    </message>
    <message>
        <source>%1 is door staff: selling takes a cashier, a manager or an administrator.</source>
        <translation>%1 is door staff: selling takes a cashier, a manager or an administrator.</translation>
    </message>
    <message>
        <source>%1 is a %2: this takes a manager&apos;s or an administrator&apos;s PIN.</source>
        <translation>%1 is a %2: this takes a manager&apos;s or an administrator&apos;s PIN.</translation>
    </message>
    <message>
        <source>%1 is a %2: only managers and administrators may do this.</source>
        <translation>%1 is a %2: only managers and administrators may do this.</translation>
    </message>
    <message>
        <source>%1 is a %2: only administrators manage users and terminals.</source>
        <translation>%1 is a %2: only administrators manage users and terminals.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>A login is 1 to 64 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>Say the person&apos;s name.</source>
        <translation>Say the person&apos;s name.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>The password could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>The login %1 is already someone&apos;s.</source>
        <translation>The login %1 is already someone&apos;s.</translation>
    </message>
    <message>
        <source>This connection may not change users: on a server, that takes a manager&apos;s database login.</source>
        <translation>This connection may not change users: on a server, that takes a manager&apos;s database login.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>The user could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>The PIN could not be hashed (out of memory?).</source>
        <translation>The PIN could not be hashed (out of memory?).</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>The login or the password is wrong.</translation>
    </message>
    <message>
        <source>%1 can no longer log in: ask a manager.</source>
        <translation>%1 can no longer log in: ask a manager.</translation>
    </message>
    <message>
        <source>The login or the PIN is wrong.</source>
        <translation>The login or the PIN is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: %1 can use the PIN again in %n second(s), or log in with the password.</source>
        <translation>
            <numerusform>Too many wrong PINs: %1 can use the PIN again in %n second, or log in with the password.</numerusform>
            <numerusform>Too many wrong PINs: %1 can use the PIN again in %n seconds, or log in with the password.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN: log in with the password.</source>
        <translation>%1 has no PIN: log in with the password.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1&apos;s PIN is locked for a minute. The password still works.</source>
        <translation>Too many wrong PINs: %1&apos;s PIN is locked for a minute. The password still works.</translation>
    </message>
    <message>
        <source>The password must have a letter or a sign besides digits.</source>
        <translation>The password must have a letter or a sign besides digits.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>optional, 4 to 8 digits</source>
        <translation>optional, 4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>The user could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: make someone else an administrator first.</source>
        <translation>%1 is the only active administrator: make someone else an administrator first.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Gate %1</translation>
    </message>
    <message>
        <source>The verdict log %1 cannot be written: %2</source>
        <translation>The verdict log %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Nobody can log in yet: add the first administrator with
  marquee --add-user LOGIN --role admin --user-name NAME
(its password, then its PIN, on standard input; with a server, as a database login that may change users).</source>
        <translation>Nobody can log in yet: add the first administrator with
  marquee --add-user LOGIN --role admin --user-name NAME
(its password, then its PIN, on standard input; with a server, as a database login that may change users).</translation>
    </message>
    <message>
        <source>Marquee needs someone to log in.</source>
        <translation>Marquee needs someone to log in.</translation>
    </message>
    <message>
        <source>Marquee — console</source>
        <translation>Marquee — console</translation>
    </message>
    <message>
        <source>Marquee — gate — %1</source>
        <translation>Marquee — gate — %1</translation>
    </message>
    <message>
        <source>The console changes the server, which cannot be reached: %1</source>
        <translation>The console changes the server, which cannot be reached: %1</translation>
    </message>
</context>
</TS>
