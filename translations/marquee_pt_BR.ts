<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AdminPin</name>
    <message>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>O PIN deve ter de 4 a 12 dígitos.</translation>
    </message>
    <message>
        <source>The PIN could not be saved.</source>
        <translation>Não foi possível salvar o PIN.</translation>
    </message>
</context>
<context>
    <name>AfterSale</name>
    <message>
        <source>this terminal cannot print to %1</source>
        <translation>este terminal não consegue imprimir em %1</translation>
    </message>
</context>
<context>
    <name>BoxOfficeWindow</name>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Fit the room</source>
        <translation>Ajustar à sala</translation>
    </message>
    <message>
        <source>Waiting for the card terminal… the customer follows its instructions.</source>
        <translation>Aguardando o terminal de cartão… o cliente segue as instruções dele.</translation>
    </message>
    <message>
        <source>Marquee — box office — %1</source>
        <translation>Marquee — bilheteria — %1</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Assentos:</translation>
    </message>
    <message>
        <source>Best available (F5)</source>
        <translation>Melhores lugares (F5)</translation>
    </message>
    <message>
        <source>Choose the best seats side by side for this many people</source>
        <translation>Escolher os melhores assentos lado a lado para esta quantidade de pessoas</translation>
    </message>
    <message>
        <source>A card payment is in progress. Wait for the terminal&apos;s answer before closing.</source>
        <translation>Há um pagamento com cartão em andamento. Aguarde a resposta do terminal antes de fechar.</translation>
    </message>
    <message>
        <source>Choose a screening</source>
        <translation>Escolha uma sessão</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 seats left</source>
        <translation>%1 · %2 · %3 · %4 de %5 assentos livres</translation>
    </message>
    <message>
        <source>This choice leaves seat %1 alone between taken seats. Consider moving the selection by one seat.</source>
        <translation>Esta escolha deixa o assento %1 isolado entre assentos ocupados. Considere deslocar a seleção em um assento.</translation>
    </message>
    <message>
        <source>Sale cancelled; its seats are free again.</source>
        <translation>Venda cancelada; os assentos estão livres novamente.</translation>
    </message>
    <message>
        <source>Embedded database %1 · terminal %2</source>
        <translation>Banco de dados embutido %1 · terminal %2</translation>
    </message>
    <message>
        <source>● Online since %1 · server %2 · terminal %3</source>
        <translation>● On-line desde %1 · servidor %2 · terminal %3</translation>
    </message>
    <message>
        <source>◌ Connecting to the server… (since %1)</source>
        <translation>◌ Conectando ao servidor… (desde %1)</translation>
    </message>
    <message>
        <source>⧗ Waiting for the server…</source>
        <translation>⧗ Aguardando o servidor…</translation>
    </message>
    <message numerus="yes">
        <source> · %n sale(s) and scan(s) waiting to be sent</source>
        <translation>
            <numerusform> · %n venda ou leitura aguardando envio</numerusform>
            <numerusform> · %n vendas e leituras aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>○ Offline since %1 — selling this counter&apos;s kept seats only; local copy of %2; reconnecting by itself (%3)</source>
        <translation>○ Offline desde %1 — vendendo só os lugares reservados a este caixa; cópia local de %2; reconectando sozinho (%3)</translation>
    </message>
    <message>
        <source>Sales (F7)</source>
        <translation>Vendas (F7)</translation>
    </message>
    <message>
        <source>This terminal&apos;s sales of the last two days</source>
        <translation>As vendas deste terminal nos últimos dois dias</translation>
    </message>
    <message>
        <source>Tickets e-mailed to %1</source>
        <translation>Ingressos enviados por e-mail para %1</translation>
    </message>
    <message>
        <source>Could not e-mail %1: %2</source>
        <translation>Não foi possível enviar e-mail para %1: %2</translation>
    </message>
    <message>
        <source>E-mail is not set up: the tickets for %1 wait in the queue.</source>
        <translation>O e-mail não está configurado: os ingressos de %1 aguardam na fila.</translation>
    </message>
    <message numerus="yes">
        <source>%n paid by card and now sold</source>
        <translation>
            <numerusform>%n cobrado no cartão e agora vendido</numerusform>
            <numerusform>%n cobrados no cartão e agora vendidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not charged, seats released</source>
        <translation>
            <numerusform>%n não cobrado, lugares liberados</numerusform>
            <numerusform>%n não cobrados, lugares liberados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still unknown, asked again in a few minutes</source>
        <translation>
            <numerusform>%n ainda sem resposta, consultado de novo em alguns minutos</numerusform>
            <numerusform>%n ainda sem resposta, consultados de novo em alguns minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunded (no tickets could be issued for it)</source>
        <translation>
            <numerusform>%n estornado (não foi possível emitir ingressos para ele)</numerusform>
            <numerusform>%n estornados (não foi possível emitir ingressos para eles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Card payments left unfinished: %1.</source>
        <translation>Pagamentos com cartão que ficaram pela metade: %1.</translation>
    </message>
    <message>
        <source>The cash drawer did not open: %1</source>
        <translation>A gaveta de dinheiro não abriu: %1</translation>
    </message>
    <message>
        <source>Set this sale aside?</source>
        <translation>Deixar esta venda de lado?</translation>
    </message>
    <message>
        <source>The bank has not said whether the card was charged. Set this sale aside and serve the next customer? Its seats stay held and it is settled by itself within the hour once the bank answers: the tickets are issued (and e-mailed, if an address was given), or the money goes back to the card.</source>
        <translation>O banco ainda não disse se o cartão foi cobrado. Deixar esta venda de lado e atender o próximo cliente? Os lugares continuam reservados e ela se resolve sozinha em até uma hora depois que o banco responder: os ingressos são emitidos (e enviados por e-mail, se houver endereço), ou o dinheiro volta para o cartão.</translation>
    </message>
    <message>
        <source>Sale set aside: it is settled by itself within the hour once the bank answers.</source>
        <translation>Venda deixada de lado: ela se resolve sozinha em até uma hora depois que o banco responder.</translation>
    </message>
    <message>
        <source>Console (Ctrl+Shift+M)</source>
        <translation>Console (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>For a manager: settings, users, terminals, and what to look into (tickets let in twice, refused offline sales)</source>
        <translation>Para o gerente: configurações, usuários, terminais e o que verificar (ingressos que entraram duas vezes, vendas offline recusadas)</translation>
    </message>
    <message>
        <source>%1 (%2) · Ctrl+L locks</source>
        <translation>%1 (%2) · Ctrl+L bloqueia</translation>
    </message>
    <message>
        <source>Give back (F11)</source>
        <translation>Devolução (F11)</translation>
    </message>
    <message>
        <source>A customer gives tickets back: find the sale and refund</source>
        <translation>Um cliente devolve ingressos: encontre a venda e reembolse</translation>
    </message>
</context>
<context>
    <name>CardPaymentDialog</name>
    <message>
        <source>Card payment</source>
        <translation>Pagamento com cartão</translation>
    </message>
    <message>
        <source>%1. Test cards: 4242 4242 4242 4242 approves; 4000 0000 0000 0002 is declined; 4000 0000 0000 9995 has insufficient funds.</source>
        <translation>%1. Cartões de teste: 4242 4242 4242 4242 é aprovado; 4000 0000 0000 0002 é recusado; 4000 0000 0000 9995 não tem saldo suficiente.</translation>
    </message>
    <message>
        <source>Charge card</source>
        <translation>Cobrar no cartão</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>&amp;Número do cartão:</translation>
    </message>
</context>
<context>
    <name>CashDrawer</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 did not take the command: %2</source>
        <translation>%1 não aceitou o comando: %2</translation>
    </message>
</context>
<context>
    <name>CashPaymentDialog</name>
    <message>
        <source>Cash payment</source>
        <translation>Pagamento em dinheiro</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Receber pagamento</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>&amp;Valor recebido:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Troco:</translation>
    </message>
    <message>
        <source>type the amount received</source>
        <translation>digite o valor recebido</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>faltam %1</translation>
    </message>
</context>
<context>
    <name>CatalogAssistant</name>
    <message>
        <source>Which film do you mean: %1?</source>
        <translation>Qual filme você quer dizer: %1?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3.</source>
        <translation>%1 em %2: %3.</translation>
    </message>
    <message>
        <source>%1 has no screening on %2. The next ones are on %3: %4.</source>
        <translation>%1 não tem sessão em %2. As próximas são em %3: %4.</translation>
    </message>
    <message>
        <source>%1 has no screening in the coming days.</source>
        <translation>%1 não tem sessão nos próximos dias.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>um ingresso</translation>
    </message>
    <message>
        <source>Meia-entrada for %1 costs %2, with a student, teacher or senior document shown at the door. Full price is %3.</source>
        <translation>A meia-entrada para %1 custa %2, mostrando na entrada um documento de estudante, professor ou idoso. A inteira custa %3.</translation>
    </message>
    <message>
        <source>Full price for %1 is %2; meia-entrada is %3.</source>
        <translation>A inteira para %1 custa %2; a meia-entrada custa %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%3): %n seat(s) left</source>
        <translation>
            <numerusform>%1 às %2 (%3): resta %n lugar</numerusform>
            <numerusform>%1 às %2 (%3): restam %n lugares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2 (%3): sold out</source>
        <translation>%1 às %2 (%3): esgotado</translation>
    </message>
    <message>
        <source>Nothing starts around %1 on that day.</source>
        <translation>Nenhuma sessão começa por volta das %1 nesse dia.</translation>
    </message>
    <message>
        <source>There are no more screenings on that day.</source>
        <translation>Não há mais sessões nesse dia.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 às %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing starts in the next three hours.</source>
        <translation>Nenhuma sessão começa nas próximas três horas.</translation>
    </message>
    <message>
        <source>Starting soon: %1.</source>
        <translation>Começam em breve: %1.</translation>
    </message>
    <message>
        <source>Sorry, I don&apos;t know that. Please ask at the counter: they will be glad to help.</source>
        <translation>Desculpe, isso eu não sei. Pergunte no balcão: lá terão prazer em ajudar.</translation>
    </message>
</context>
<context>
    <name>ChargeResult</name>
    <message>
        <source>insufficient funds</source>
        <translation>saldo insuficiente</translation>
    </message>
    <message>
        <source>expired card</source>
        <translation>cartão vencido</translation>
    </message>
    <message>
        <source>wrong security code</source>
        <translation>código de segurança incorreto</translation>
    </message>
    <message>
        <source>invalid card number</source>
        <translation>número de cartão inválido</translation>
    </message>
    <message>
        <source>the card terminal had an error</source>
        <translation>o terminal de cartão apresentou um erro</translation>
    </message>
    <message>
        <source>card reported lost; keep the card and call a manager</source>
        <translation>cartão com registro de perda; retenha o cartão e chame um gerente</translation>
    </message>
    <message>
        <source>declined by the bank</source>
        <translation>recusado pelo banco</translation>
    </message>
    <message>
        <source>no card was charged</source>
        <translation>nenhum cartão foi cobrado</translation>
    </message>
    <message>
        <source>cancelled on the card reader</source>
        <translation>cancelado na maquininha</translation>
    </message>
    <message>
        <source>the card reader is busy with another payment</source>
        <translation>a maquininha está ocupada com outro pagamento</translation>
    </message>
    <message>
        <source>the card reader is offline</source>
        <translation>a maquininha está desconectada</translation>
    </message>
    <message>
        <source>the payment was already given back to the card</source>
        <translation>o pagamento já foi devolvido ao cartão</translation>
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
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuários</translation>
    </message>
    <message>
        <source>&amp;Terminals</source>
        <translation>&amp;Terminais</translation>
    </message>
    <message>
        <source>To look &amp;into</source>
        <translation>A &amp;verificar</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Filter — type any part of a name or a value</source>
        <translation>Filtro — digite qualquer parte de um nome ou valor</translation>
    </message>
    <message>
        <source>Double-click a value or press F2 to change it; Enter saves, Esc leaves it.</source>
        <translation>Clique duas vezes num valor ou tecle F2 para alterá-lo; Enter salva, Esc desiste.</translation>
    </message>
    <message>
        <source>Filter — name, login or role</source>
        <translation>Filtro — nome, login ou função</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Mudar &amp;função…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Redefinir &amp;senha…</translation>
    </message>
    <message>
        <source>Reset P&amp;IN…</source>
        <translation>Redefinir P&amp;IN…</translation>
    </message>
    <message>
        <source>Re&amp;voke its key…</source>
        <translation>Re&amp;vogar a chave…</translation>
    </message>
    <message>
        <source>Ad&amp;mit again</source>
        <translation>Ad&amp;mitir de novo</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>A revoked terminal&apos;s tickets issued from then on are refused at every gate, online and from the copy offline, and the server takes no more sales from it. Revoke a stolen or lost terminal.</source>
        <translation>Os ingressos emitidos por um terminal revogado a partir de então são recusados em todas as portarias, online e pela cópia offline, e o servidor não aceita mais vendas dele. Revogue um terminal roubado ou perdido.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;ativar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>Não foi possível gerar o hash da senha (falta de memória?).</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 já pode entrar.</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 não pode mais entrar.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 pode entrar de novo.</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Função de %1</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 agora é %2.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nova senha para %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>%1&apos;s password was changed.</source>
        <translation>A senha de %1 foi alterada.</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>Novo PIN para %1</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits):</source>
        <translation>PIN (4 a 8 dígitos):</translation>
    </message>
    <message>
        <source>The PIN could not be hashed (out of memory?).</source>
        <translation>Não foi possível gerar o hash do PIN (falta de memória?).</translation>
    </message>
    <message>
        <source>%1&apos;s PIN was changed.</source>
        <translation>O PIN de %1 foi alterado.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Revogar %1?</translation>
    </message>
    <message>
        <source>From now on every ticket %1 issues is refused at the gates, and the server takes no more of its sales. Tickets it issued before stay valid. Revoke its key?</source>
        <translation>A partir de agora todo ingresso que %1 emitir será recusado nas portarias, e o servidor não aceita mais vendas dele. Os ingressos emitidos antes continuam válidos. Revogar a chave?</translation>
    </message>
    <message>
        <source>%1&apos;s key is revoked.</source>
        <translation>A chave de %1 foi revogada.</translation>
    </message>
    <message>
        <source>%1 is admitted again.</source>
        <translation>%1 foi admitido de novo.</translation>
    </message>
    <message>
        <source>Kiosk &amp;printer…</source>
        <translation>&amp;Impressora do totem…</translation>
    </message>
    <message>
        <source>Kiosk admin P&amp;IN…</source>
        <translation>P&amp;IN de administração do totem…</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail…</source>
        <translation>Enviar um &amp;e-mail de teste…</translation>
    </message>
    <message>
        <source>Kiosk printer</source>
        <translation>Impressora do totem</translation>
    </message>
    <message>
        <source>This computer knows no printer; type the name of the kiosk&apos;s:</source>
        <translation>Este computador não conhece nenhuma impressora; digite o nome da impressora do totem:</translation>
    </message>
    <message>
        <source>The printer the kiosk prints tickets on:</source>
        <translation>A impressora em que o totem imprime os ingressos:</translation>
    </message>
    <message>
        <source>The kiosk prints on %1.</source>
        <translation>O totem imprime em %1.</translation>
    </message>
    <message>
        <source>Kiosk admin PIN</source>
        <translation>PIN de administração do totem</translation>
    </message>
    <message>
        <source>The PIN that opens the kiosk&apos;s admin page (4 to 12 digits):</source>
        <translation>O PIN que abre a página de administração do totem (4 a 12 dígitos):</translation>
    </message>
    <message>
        <source>The kiosk&apos;s admin PIN was changed.</source>
        <translation>O PIN de administração do totem foi alterado.</translation>
    </message>
    <message>
        <source>Set the SMTP server and the sender address first.</source>
        <translation>Defina primeiro o servidor SMTP e o endereço do remetente.</translation>
    </message>
    <message>
        <source>Test e-mail</source>
        <translation>E-mail de teste</translation>
    </message>
    <message>
        <source>Send it to:</source>
        <translation>Enviar para:</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Enviando para %1…</translation>
    </message>
    <message>
        <source>Marquee: test e-mail</source>
        <translation>Marquee: e-mail de teste</translation>
    </message>
    <message>
        <source>This message shows that the box office can e-mail tickets from %1.</source>
        <translation>Esta mensagem mostra que a bilheteria consegue enviar ingressos por e-mail a partir de %1.</translation>
    </message>
    <message>
        <source>The test e-mail went to %1.</source>
        <translation>O e-mail de teste foi para %1.</translation>
    </message>
</context>
<context>
    <name>CounterShell</name>
    <message numerus="yes">
        <source>%1&apos;s sale of %n seat(s) waits for them.</source>
        <translation>
            <numerusform>A venda de %1, de %n assento, aguarda essa pessoa.</numerusform>
            <numerusform>A venda de %1, de %n assentos, aguarda essa pessoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter is locked. %1</source>
        <translation>O caixa está bloqueado. %1</translation>
    </message>
    <message>
        <source>%1&apos;s card payment waits for the terminal&apos;s answer: log in as them to see it through before closing.</source>
        <translation>O pagamento com cartão de %1 aguarda a resposta da maquininha: entre como essa pessoa para concluí-lo antes de fechar.</translation>
    </message>
    <message>
        <source>Marquee — box office — %1 — %2</source>
        <translation>Marquee — bilheteria — %1 — %2</translation>
    </message>
    <message>
        <source>Marquee — box office — %1 — locked</source>
        <translation>Marquee — bilheteria — %1 — bloqueado</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Não foi possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch %1 to WAL mode: %2</source>
        <translation>Não foi possível mudar %1 para o modo WAL: %2</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Marquee (schema %2; this one knows up to %3). Update Marquee to use it.</source>
        <translation>O banco de dados %1 foi criado por uma versão mais nova do Marquee (esquema %2; esta versão conhece até o %3). Atualize o Marquee para usá-lo.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>A migração %1 falhou: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Não foi possível conectar ao servidor %1: %2</translation>
    </message>
    <message>
        <source>The server %1 has a newer Marquee schema (%2; this terminal knows up to %3). Update Marquee on this terminal to use it.</source>
        <translation>O servidor %1 tem um esquema mais novo do Marquee (%2; este terminal conhece até o %3). Atualize o Marquee neste terminal para usá-lo.</translation>
    </message>
    <message>
        <source>The server %1 needs schema %2, and this terminal&apos;s role may not change the schema. Start Marquee once with the administrator role (see README).</source>
        <translation>O servidor %1 precisa do esquema %2, e o papel deste terminal não tem permissão para alterar o esquema. Inicie o Marquee uma vez com o papel de administrador (veja o README).</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message numerus="yes">
        <source>Pick %n seat(s): one for each ticket changed.</source>
        <translation>
            <numerusform>Escolha %n poltrona: uma para cada ingresso trocado.</numerusform>
            <numerusform>Escolha %n poltronas: uma para cada ingresso trocado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No screening ahead to change the tickets for.</source>
        <translation>Não há sessão à frente para trocar os ingressos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n seat(s) picked.</source>
        <translation>
            <numerusform>%1 de %n poltrona escolhida.</numerusform>
            <numerusform>%1 de %n poltronas escolhidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets given back are worth %1; the new seats cost %2.</source>
        <translation>Os ingressos devolvidos valem %1; as poltronas novas custam %2.</translation>
    </message>
    <message>
        <source>The customer pays %1 in cash.</source>
        <translation>O cliente paga %1 em dinheiro.</translation>
    </message>
    <message>
        <source>%1 goes back to the card.</source>
        <translation>%1 volta para o cartão.</translation>
    </message>
    <message>
        <source>Give %1 back in cash.</source>
        <translation>Devolva %1 em dinheiro.</translation>
    </message>
    <message>
        <source>Nothing changes hands.</source>
        <translation>Nenhum dinheiro muda de mãos.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of money.</source>
        <translation>“%1” não é um valor em dinheiro.</translation>
    </message>
    <message>
        <source>Exchanging…</source>
        <translation>Trocando…</translation>
    </message>
    <message>
        <source>Exchange tickets — order %1</source>
        <translation>Trocar ingressos — pedido %1</translation>
    </message>
    <message>
        <source>Changing seat(s) %1 of %2 · %3 · %4 for:</source>
        <translation>Trocando a(s) poltrona(s) %1 de %2 · %3 · %4 por:</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>&amp;Sessão:</translation>
    </message>
    <message>
        <source>&amp;Cash tendered:</source>
        <translation>&amp;Valor recebido:</translation>
    </message>
    <message>
        <source>E&amp;xchange (Ctrl+Enter)</source>
        <translation>&amp;Trocar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Criar o administrador</translation>
    </message>
    <message>
        <source>Marquee — the first administrator</source>
        <translation>Marquee — o primeiro administrador</translation>
    </message>
    <message>
        <source>Nobody works here yet. Who administers this cinema? This person adds the other users, and can always log in.</source>
        <translation>Ainda não há ninguém aqui. Quem administra este cinema? Essa pessoa cadastra os outros usuários e sempre pode entrar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>Não foi possível gerar o hash da senha (falta de memória?).</translation>
    </message>
</context>
<context>
    <name>GateVerdict</name>
    <message>
        <source>Welcome in</source>
        <translation>Entrada liberada</translation>
    </message>
    <message>
        <source>Check the document</source>
        <translation>Confira o documento</translation>
    </message>
    <message>
        <source>Already used</source>
        <translation>Ingresso já utilizado</translation>
    </message>
    <message>
        <source>Cancelled ticket</source>
        <translation>Ingresso cancelado</translation>
    </message>
    <message>
        <source>Another screening</source>
        <translation>Outra sessão</translation>
    </message>
    <message>
        <source>Another room</source>
        <translation>Outra sala</translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Cedo demais</translation>
    </message>
    <message>
        <source>Too late</source>
        <translation>Tarde demais</translation>
    </message>
    <message>
        <source>Forged or altered code</source>
        <translation>Código falso ou alterado</translation>
    </message>
    <message>
        <source>Revoked terminal</source>
        <translation>Terminal revogado</translation>
    </message>
    <message>
        <source>Unknown code version</source>
        <translation>Versão de código desconhecida</translation>
    </message>
    <message>
        <source>Ticket not found</source>
        <translation>Ingresso não encontrado</translation>
    </message>
    <message>
        <source>Not a Marquee ticket</source>
        <translation>Não é ingresso Marquee</translation>
    </message>
    <message>
        <source>No code found</source>
        <translation>Nenhum código encontrado</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>%1 · %2 · row %3, seat %4 · %5</source>
        <translation>%1 · %2 · fila %3, assento %4 · %5</translation>
    </message>
    <message>
        <source>%1 ticket: ask for the document. %2 · %3 · row %4, seat %5</source>
        <translation>%1: peça o documento. %2 · %3 · fila %4, assento %5</translation>
    </message>
    <message>
        <source>Already used at %1 at %2.</source>
        <translation>Já utilizado às %1 em %2.</translation>
    </message>
    <message>
        <source>This ticket was refunded or cancelled.</source>
        <translation>Este ingresso foi estornado ou cancelado.</translation>
    </message>
    <message>
        <source>This ticket is for %1 at %2 in %3, not this one.</source>
        <translation>Este ingresso é para %1 às %2 na %3, não para esta sessão.</translation>
    </message>
    <message>
        <source>This ticket is for %1 at %2 in %3.</source>
        <translation>Este ingresso é para %1 às %2 na %3.</translation>
    </message>
    <message>
        <source>%1 starts at %2: entry is not open yet.</source>
        <translation>%1 começa às %2: a entrada ainda não foi liberada.</translation>
    </message>
    <message>
        <source>%1 started at %2: entry has closed.</source>
        <translation>%1 começou às %2: a entrada já foi encerrada.</translation>
    </message>
    <message>
        <source>The code&apos;s signature does not match: it was changed or made up.</source>
        <translation>A assinatura do código não confere: ele foi alterado ou forjado.</translation>
    </message>
    <message>
        <source>It was issued by a terminal whose key was revoked. Send the customer to the counter.</source>
        <translation>Foi emitido por um terminal cuja chave foi revogada. Encaminhe o cliente à bilheteria.</translation>
    </message>
    <message>
        <source>The code was made by a newer Marquee. Update this gate.</source>
        <translation>O código foi gerado por uma versão mais nova do Marquee. Atualize o Marquee nesta portaria.</translation>
    </message>
    <message>
        <source>The code is genuine but no such sale was recorded. Send the customer to the counter.</source>
        <translation>O código é autêntico, mas essa venda não foi registrada. Encaminhe o cliente à bilheteria.</translation>
    </message>
    <message>
        <source>This QR code is not a ticket of this cinema.</source>
        <translation>Este QR code não é um ingresso deste cinema.</translation>
    </message>
    <message>
        <source>No QR code could be read in the picture.</source>
        <translation>Não foi possível ler nenhum QR code na imagem.</translation>
    </message>
    <message>
        <source>The store did not answer. Scan the ticket again.</source>
        <translation>O sistema não respondeu. Leia o ingresso novamente.</translation>
    </message>
    <message>
        <source>Cancelled at %1: it was given back at the counter.</source>
        <translation>Cancelado às %1: foi devolvido na bilheteria.</translation>
    </message>
    <message>
        <source>Cancelled at %1: given back by %2.</source>
        <translation>Cancelado às %1: devolvido por %2.</translation>
    </message>
    <message>
        <source>Replaced ticket</source>
        <translation>Ingresso substituído</translation>
    </message>
    <message>
        <source>Replaced at %1: this ticket was reissued, and only the new one enters.</source>
        <translation>Substituído às %1: este ingresso foi reemitido, e só o novo entra.</translation>
    </message>
    <message>
        <source>Replaced at %1: %2 reissued this ticket, and only the new one enters.</source>
        <translation>Substituído às %1: %2 reemitiu este ingresso, e só o novo entra.</translation>
    </message>
</context>
<context>
    <name>GateWindow</name>
    <message>
        <source>Marquee gate — %1</source>
        <translation>Marquee — portaria — %1</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Screening:</source>
        <translation>S&amp;essão:</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>Câ&amp;mera:</translation>
    </message>
    <message>
        <source>Type a ticket code and press Enter</source>
        <translation>Digite o código do ingresso e pressione Enter</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Últimas leituras</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas as salas</translation>
    </message>
    <message>
        <source>Any screening open for entry</source>
        <translation>Qualquer sessão com entrada liberada</translation>
    </message>
    <message>
        <source>Tickets for other rooms are refused.</source>
        <translation>Ingressos de outras salas são recusados.</translation>
    </message>
    <message>
        <source>Admit only this screening, or any whose entry window is open now.</source>
        <translation>Liberar a entrada apenas desta sessão ou de qualquer sessão com a entrada aberta agora.</translation>
    </message>
    <message>
        <source>Screening %1</source>
        <translation>Sessão %1</translation>
    </message>
    <message>
        <source>No camera found.
Scan tickets with the handheld scanner, or type the code below.</source>
        <translation>Nenhuma câmera encontrada.
Leia os ingressos com o leitor manual ou digite o código abaixo.</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>A câmera parou: %1</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s code up to the camera.</source>
        <translation>Mostre o código do ingresso para a câmera.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>O arquivo %1 não existe.</translation>
    </message>
    <message>
        <source>The video could not be played: %1</source>
        <translation>Não foi possível reproduzir o vídeo: %1</translation>
    </message>
    <message>
        <source>Playing %1 as the camera.</source>
        <translation>Reproduzindo %1 como câmera.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in the last minute</source>
        <translation>
            <numerusform>%n leitura no último minuto</numerusform>
            <numerusform>%n leituras no último minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted %1 of %2 · %3</source>
        <translation>Entradas: %1 de %2 · %3</translation>
    </message>
    <message>
        <source>The server refused a scan made offline: %1</source>
        <translation>O servidor recusou uma leitura feita offline: %1</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Banco de dados local</translation>
    </message>
    <message numerus="yes">
        <source>● Online · sending %n scan(s) made offline</source>
        <translation>
            <numerusform>● Online · enviando %n leitura feita offline</numerusform>
            <numerusform>● Online · enviando %n leituras feitas offline</numerusform>
        </translation>
    </message>
    <message>
        <source>● Online since %1</source>
        <translation>● Online desde %1</translation>
    </message>
    <message>
        <source>◌ Connecting to the server… (since %1)</source>
        <translation>◌ Conectando ao servidor… (desde %1)</translation>
    </message>
    <message numerus="yes">
        <source>○ Offline since %1: judging on this gate&apos;s copy of %2 · %n scan(s) waiting to be sent</source>
        <translation>
            <numerusform>○ Offline desde %1: decidindo com a cópia desta portaria de %2 · %n leitura aguardando envio</numerusform>
            <numerusform>○ Offline desde %1: decidindo com a cópia desta portaria de %2 · %n leituras aguardando envio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskAdminLock</name>
    <message>
        <source>Too many wrong PINs. Wait a minute and try again.</source>
        <translation>Muitas tentativas com PIN incorreto. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>A card payment is not finished yet. Try again in a moment.</source>
        <translation>Um pagamento com cartão ainda não terminou. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>No administrator PIN is set, so the kiosk cannot be left here. Set one with marquee-kiosk --set-admin-pin.</source>
        <translation>Nenhum PIN de administrador foi definido, então não é possível sair do totem por aqui. Defina um com marquee-kiosk --set-admin-pin.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorreto.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN do administrador</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Sair do modo totem</translation>
    </message>
</context>
<context>
    <name>KioskAttractPage</name>
    <message>
        <source>Buy your tickets here</source>
        <translation>Compre seus ingressos aqui</translation>
    </message>
    <message>
        <source>Touch a film to start. Starting soon:</source>
        <translation>Toque em um filme para começar. Começam em breve:</translation>
    </message>
    <message>
        <source>Nothing more starts today. See what is on next.</source>
        <translation>Não há mais sessões hoje. Veja a programação dos próximos dias.</translation>
    </message>
    <message>
        <source>All films and times</source>
        <translation>Todos os filmes e horários</translation>
    </message>
</context>
<context>
    <name>KioskDetailsPage</name>
    <message>
        <source>Your details (optional)</source>
        <translation>Seus dados (opcional)</translation>
    </message>
    <message>
        <source>000.000.000-00</source>
        <translation>000.000.000-00</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>CPF, for the receipt</source>
        <translation>CPF, para a nota fiscal</translation>
    </message>
    <message>
        <source>E-mail, to get the tickets</source>
        <translation>E-mail, para receber os ingressos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>KioskFilmsPage</name>
    <message>
        <source>Choose a film</source>
        <translation>Escolha um filme</translation>
    </message>
    <message>
        <source>all ages</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1 anos</translation>
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
        <translation>Pergunte sobre filmes, horários e preços</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Type a question, or touch one of these.</source>
        <translation>Digite uma pergunta ou toque em uma destas.</translation>
    </message>
    <message>
        <source>What starts soon?</source>
        <translation>O que começa em breve?</translation>
    </message>
    <message>
        <source>How much is a meia-entrada?</source>
        <translation>Quanto custa a meia-entrada?</translation>
    </message>
    <message>
        <source>Are there seats at 9 pm?</source>
        <translation>Tem lugar às 21h?</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Sua pergunta</translation>
    </message>
    <message>
        <source>For anything else, the staff at the counter will help you.</source>
        <translation>Para outras dúvidas, a equipe da bilheteria vai ajudar você.</translation>
    </message>
</context>
<context>
    <name>KioskMessageLine</name>
    <message>
        <source>Your card was not accepted (%1). Your seats are still held: try again, use another card, or cancel.</source>
        <translation>Seu cartão não foi aceito (%1). Seus assentos continuam reservados: tente de novo, use outro cartão ou cancele.</translation>
    </message>
    <message>
        <source>Someone has just taken one of these seats. Please choose again.</source>
        <translation>Alguém acabou de ocupar um destes assentos. Escolha de novo, por favor.</translation>
    </message>
    <message>
        <source>This CPF is not valid. Check the numbers, or leave it empty.</source>
        <translation>Este CPF não é válido. Confira os números ou deixe o campo vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n more meia-entrada ticket(s) can be sold for this screening. Choose Inteira for the others.</source>
        <translation>
            <numerusform>Só mais %n meia-entrada pode ser vendida para esta sessão. Escolha Inteira para os outros.</numerusform>
            <numerusform>Só mais %n meias-entradas podem ser vendidas para esta sessão. Escolha Inteira para os outros.</numerusform>
        </translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Check it, or leave it empty.</source>
        <translation>Este endereço de e-mail não parece correto. Confira ou deixe o campo vazio.</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) left</source>
        <translation>
            <numerusform>%n assento livre</numerusform>
            <numerusform>%n assentos livres</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Esgotado</translation>
    </message>
</context>
<context>
    <name>KioskPaymentPage</name>
    <message>
        <source>Pay by card</source>
        <translation>Pagar com cartão</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Assentos: %1</translation>
    </message>
    <message>
        <source>Touch Pay, then insert, tap or swipe your card on the reader.</source>
        <translation>Toque em Pagar e depois insira, aproxime ou passe seu cartão no leitor.</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Cancelar a compra</translation>
    </message>
    <message>
        <source>Follow the card reader…</source>
        <translation>Siga as instruções do leitor de cartão…</translation>
    </message>
    <message>
        <source>Checking your payment…</source>
        <translation>Verificando seu pagamento…</translation>
    </message>
    <message>
        <source>Confirming your tickets…</source>
        <translation>Confirmando seus ingressos…</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>Pagar %1 com cartão</translation>
    </message>
</context>
<context>
    <name>KioskScreeningsPage</name>
    <message>
        <source>Choose a time</source>
        <translation>Escolha um horário</translation>
    </message>
    <message>
        <source>%1: choose a time</source>
        <translation>%1: escolha um horário</translation>
    </message>
    <message>
        <source>Every time of this film is sold out.</source>
        <translation>Todas as sessões deste filme estão esgotadas.</translation>
    </message>
    <message>
        <source>See other films starting soon</source>
        <translation>Ver outros filmes que começam em breve</translation>
    </message>
</context>
<context>
    <name>KioskSeatsPage</name>
    <message>
        <source>How many people?</source>
        <translation>Quantas pessoas?</translation>
    </message>
    <message numerus="yes">
        <source>Best seats for %n people</source>
        <translation>
            <numerusform>Melhor assento para %n pessoa</numerusform>
            <numerusform>Melhores assentos para %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose on the map</source>
        <translation>Escolher no mapa</translation>
    </message>
    <message>
        <source>Choose from a list</source>
        <translation>Escolher em uma lista</translation>
    </message>
    <message>
        <source>Touch a seat to take it, touch it again to give it back.</source>
        <translation>Toque em um assento para escolhê-lo; toque de novo para desmarcar.</translation>
    </message>
    <message>
        <source>Touch the number of people for the best seats together, or touch seats on the map. Two fingers zoom.</source>
        <translation>Toque no número de pessoas para ganhar os melhores assentos juntos ou toque nos assentos no mapa. Use dois dedos para dar zoom.</translation>
    </message>
    <message numerus="yes">
        <source>Continue with %n seat(s)</source>
        <translation>
            <numerusform>Continuar com %n assento</numerusform>
            <numerusform>Continuar com %n assentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, assento %2</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>seu</translation>
    </message>
    <message>
        <source>Held for you for %1:%2</source>
        <translation>Reservados para você por %1:%2</translation>
    </message>
</context>
<context>
    <name>KioskStillThere</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Recomeçando em %n segundo.</numerusform>
            <numerusform>Recomeçando em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskSuggestionsPage</name>
    <message>
        <source>This time is sold out</source>
        <translation>Esta sessão está esgotada</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n seats together at this time</source>
        <translation>
            <numerusform>Não há %n assento livre nesta sessão</numerusform>
            <numerusform>Não há %n assentos juntos nesta sessão</numerusform>
        </translation>
    </message>
    <message>
        <source>Other times for %1</source>
        <translation>Outros horários de %1</translation>
    </message>
    <message>
        <source>Other films starting soon</source>
        <translation>Outros filmes que começam em breve</translation>
    </message>
    <message numerus="yes">
        <source>Nothing else has room for %n right now. Please ask at the counter.</source>
        <translation>
            <numerusform>Nenhuma outra sessão tem lugar para %n pessoa agora. Pergunte na bilheteria.</numerusform>
            <numerusform>Nenhuma outra sessão tem lugar para %n pessoas agora. Pergunte na bilheteria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskTicketsPage</name>
    <message>
        <source>Thank you! Here are your tickets</source>
        <translation>Obrigado! Aqui estão seus ingressos</translation>
    </message>
    <message>
        <source>Show a code at the door, or take a photo of it.</source>
        <translation>Mostre o código na entrada ou tire uma foto dele.</translation>
    </message>
    <message>
        <source>Seat %1 · %2</source>
        <translation>Assento %1 · %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluir</translation>
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
        <translation>Mudar idioma</translation>
    </message>
    <message>
        <source>Aa Large text</source>
        <translation>Aa Letras grandes</translation>
    </message>
    <message>
        <source>Help: ask a question</source>
        <translation>Ajuda: faça uma pergunta</translation>
    </message>
    <message>
        <source>Offline: some seats cannot be sold here now</source>
        <translation>Offline: alguns assentos não podem ser vendidos aqui agora</translation>
    </message>
</context>
<context>
    <name>KioskTypesPage</name>
    <message>
        <source>Who are the tickets for?</source>
        <translation>Para quem são os ingressos?</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Assento %1</translation>
    </message>
    <message>
        <source>Meia-entrada (half price) is for students, people over 60, teachers and others the law names: show your document at the door.</source>
        <translation>A meia-entrada é para estudantes, pessoas com 60 anos ou mais, professores e outros previstos em lei: mostre seu documento na entrada.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Time ran out and your seats were released. Please choose them again.</source>
        <translation>O tempo acabou e seus assentos foram liberados. Escolha de novo, por favor.</translation>
    </message>
    <message>
        <source>Sent to %1 as well.</source>
        <translation>Também enviamos para %1.</translation>
    </message>
    <message>
        <source>We could not e-mail %1 (%2). Take a photo of the codes.</source>
        <translation>Não conseguimos enviar o e-mail para %1 (%2). Tire uma foto dos códigos.</translation>
    </message>
    <message>
        <source>We could not queue the e-mail (%1). Take a photo of the codes.</source>
        <translation>Não conseguimos preparar o envio do e-mail (%1). Tire uma foto dos códigos.</translation>
    </message>
    <message>
        <source>We are also sending them to %1.</source>
        <translation>Também estamos enviando os ingressos para %1.</translation>
    </message>
    <message>
        <source>Printing your tickets…</source>
        <translation>Imprimindo seus ingressos…</translation>
    </message>
    <message>
        <source>Printed: take your tickets from the printer.</source>
        <translation>Impressos: retire seus ingressos na impressora.</translation>
    </message>
    <message>
        <source>The printer did not print (%1). Show the codes on this screen at the door, or take a photo of them.</source>
        <translation>A impressora não imprimiu (%1). Mostre na entrada os códigos desta tela ou tire uma foto deles.</translation>
    </message>
    <message>
        <source>Your payment went through. We are confirming your tickets, one moment… If this message stays, please go to the counter.</source>
        <translation>Seu pagamento foi aprovado. Estamos confirmando seus ingressos, um momento… Se esta mensagem continuar, procure a bilheteria.</translation>
    </message>
    <message>
        <source>We are checking your card payment with the bank, one moment… Do not pay again. If this message stays, please go to the counter.</source>
        <translation>Estamos verificando seu pagamento com o banco, um momento… Não pague de novo. Se esta mensagem continuar, procure a bilheteria.</translation>
    </message>
    <message>
        <source>We could not confirm your card payment with the bank. Do not pay again: if your card was charged, your tickets are issued (and e-mailed, if you gave an address) or the money goes back to your card within the hour. Please ask at the counter.</source>
        <translation>Não conseguimos confirmar seu pagamento com o banco. Não pague de novo: se o cartão foi cobrado, seus ingressos são emitidos (e enviados por e-mail, se você informou um endereço) ou o dinheiro volta para o cartão em até uma hora. Por favor, procure a bilheteria.</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Conferindo…</translation>
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
        <translation>&amp;Senha ou PIN:</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Senha ou PIN</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Digits only are your PIN, for a quick switch between cashiers; five wrong PINs lock it for a minute, and the password still works.</source>
        <translation>Só dígitos são o seu PIN, para trocar de operador rapidamente; cinco PINs errados o bloqueiam por um minuto, e a senha continua valendo.</translation>
    </message>
</context>
<context>
    <name>MailQueue</name>
    <message>
        <source>There is no e-mail address to send the tickets to.</source>
        <translation>Não há endereço de e-mail para enviar os ingressos.</translation>
    </message>
    <message>
        <source>Your tickets for %1 — %2</source>
        <translation>Seus ingressos para %1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Olá,</translation>
    </message>
    <message>
        <source>Thank you for your purchase. Your tickets are in the attached PDF, one page each: show each ticket&apos;s QR code at the door, printed or on your phone.</source>
        <translation>Obrigado pela sua compra. Seus ingressos estão no PDF anexo, um por página: mostre o QR code de cada ingresso na entrada, impresso ou no celular.</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Filme: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Assentos: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Pedido: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Meia-entrada: bring the document that entitles you to it; it is checked at the door.</source>
        <translation>Meia-entrada: traga o documento que dá direito a ela; ele é conferido na entrada.</translation>
    </message>
    <message>
        <source>tickets-%1.pdf</source>
        <translation>ingressos-%1.pdf</translation>
    </message>
    <message>
        <source>The tickets could not be queued for e-mail: %1</source>
        <translation>Não foi possível pôr os ingressos na fila de e-mail: %1</translation>
    </message>
    <message>
        <source>the screening of order %1 is not in the local copy</source>
        <translation>a sessão do pedido %1 não está na cópia local</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>The queued tickets cannot be read.</source>
        <translation>Os ingressos na fila não podem ser lidos.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Envio abandonado após %n tentativa: %1</numerusform>
            <numerusform>Envio abandonado após %n tentativas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Manager&apos;s &amp;login:</source>
        <translation>&amp;Login do gerente:</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN ou senha:</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autorizar</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ Apagar</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Perguntar</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espaço</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Seat</source>
        <translation>Assento</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>Tipo de ingresso</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Seats in this sale</source>
        <translation>Assentos desta venda</translation>
    </message>
    <message>
        <source>C&amp;PF:</source>
        <translation>C&amp;PF:</translation>
    </message>
    <message>
        <source>optional — 000.000.000-00</source>
        <translation>opcional — 000.000.000-00</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>optional — tickets by e-mail</source>
        <translation>opcional — ingressos por e-mail</translation>
    </message>
    <message>
        <source>Cash (F9)</source>
        <translation>Dinheiro (F9)</translation>
    </message>
    <message>
        <source>Card (F10)</source>
        <translation>Cartão (F10)</translation>
    </message>
    <message>
        <source>Cancel sale and release seats (F12)</source>
        <translation>Cancelar venda e liberar assentos (F12)</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>No screening chosen</source>
        <translation>Nenhuma sessão escolhida</translation>
    </message>
    <message>
        <source>Ticket type for seat %1</source>
        <translation>Tipo de ingresso do assento %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Meia-entrada left for this screening: %1 of %2</source>
        <translation>Meias-entradas restantes nesta sessão: %1 de %2</translation>
    </message>
    <message>
        <source>No meia-entrada left for this screening (limit %1).</source>
        <translation>Não há mais meia-entrada nesta sessão (limite %1).</translation>
    </message>
    <message>
        <source>valid CPF</source>
        <translation>CPF válido</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) to go</source>
        <translation>
            <numerusform>falta %n dígito</numerusform>
            <numerusform>faltam %n dígitos</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid CPF: check the digits</source>
        <translation>CPF inválido: confira os dígitos</translation>
    </message>
    <message>
        <source>Pick seats on the map (click, drag along a row, or arrows and Space).</source>
        <translation>Escolha os assentos no mapa (clique, arraste ao longo de uma fila ou use as setas e Space).</translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation>Assentos reservados por %1:%2</translation>
    </message>
</context>
<context>
    <name>ProblemCloser</name>
    <message>
        <source>It could not be closed: %1</source>
        <translation>Não foi possível encerrar: %1</translation>
    </message>
    <message>
        <source>This connection may not close problems: that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>Esta conexão não pode encerrar pendências: isso exige o login de banco de dados de um gerente (README, &quot;People&quot;).</translation>
    </message>
    <message>
        <source>Someone closed it already.</source>
        <translation>Alguém já encerrou isto.</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Ticket</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>First let in</source>
        <translation>Entrou primeiro</translation>
    </message>
    <message>
        <source>Then let in</source>
        <translation>Entrou de novo</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>Recusada em</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ingressos</translation>
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
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Began at</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tickets let in twice while gates were apart</source>
        <translation>Ingressos que entraram duas vezes enquanto as portarias estavam separadas</translation>
    </message>
    <message>
        <source>Sales made offline that the server refused</source>
        <translation>Vendas feitas offline que o servidor recusou</translation>
    </message>
    <message>
        <source>Card payments not settled</source>
        <translation>Pagamentos com cartão não resolvidos</translation>
    </message>
    <message>
        <source>Reading from the server…</source>
        <translation>Lendo do servidor…</translation>
    </message>
    <message>
        <source>The server could not be read: %1</source>
        <translation>Não foi possível ler o servidor: %1</translation>
    </message>
    <message>
        <source>let in after it was cancelled</source>
        <translation>entrou depois de cancelado</translation>
    </message>
    <message>
        <source>let in twice</source>
        <translation>entrou duas vezes</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelado)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>money owed back to the card: the refund has not gone through yet</source>
        <translation>dinheiro a devolver ao cartão: o estorno ainda não foi feito</translation>
    </message>
    <message>
        <source>the card provider has not said whether it charged the card; its terminal asks again every 10 minutes</source>
        <translation>a operadora ainda não disse se cobrou o cartão; o terminal consulta de novo a cada 10 minutos</translation>
    </message>
    <message>
        <source>Nothing to look into.</source>
        <translation>Nada a verificar.</translation>
    </message>
    <message numerus="yes">
        <source>%n double admission(s), %1</source>
        <translation>
            <numerusform>%n entrada dupla, %1</numerusform>
            <numerusform>%n entradas duplas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused sale(s), %1</source>
        <translation>
            <numerusform>%n venda recusada, %1</numerusform>
            <numerusform>%n vendas recusadas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) not settled.</source>
        <translation>
            <numerusform>%n pagamento com cartão não resolvido.</numerusform>
            <numerusform>%n pagamentos com cartão não resolvidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter — terminal, film, gate, CPF…</source>
        <translation>Filtro — terminal, filme, portaria, CPF…</translation>
    </message>
    <message>
        <source>Looked into: &amp;close…</source>
        <translation>Verificado: &amp;encerrar…</translation>
    </message>
    <message>
        <source>Log in as a manager to close problems.</source>
        <translation>Entre como gerente para encerrar pendências.</translation>
    </message>
    <message>
        <source>Choose a line first.</source>
        <translation>Escolha uma linha primeiro.</translation>
    </message>
    <message>
        <source>Close this problem</source>
        <translation>Encerrar esta pendência</translation>
    </message>
    <message>
        <source>What was found or done (for the audit log):</source>
        <translation>O que foi visto ou feito (para o registro de auditoria):</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>card</source>
        <translation>cartão</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>dinheiro</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Used at %1 at %2</source>
        <translation>Usado às %1 em %2</translation>
    </message>
    <message>
        <source>Given back at %1</source>
        <translation>Devolvido às %1</translation>
    </message>
    <message>
        <source>Given back at %1 by %2</source>
        <translation>Devolvido às %1 por %2</translation>
    </message>
    <message>
        <source>Give %1 back in cash. The seats are for sale again.</source>
        <translation>Devolva %1 em dinheiro. Os lugares voltaram à venda.</translation>
    </message>
    <message>
        <source>%1 went back to the card. The seats are for sale again.</source>
        <translation>%1 voltou para o cartão. Os lugares voltaram à venda.</translation>
    </message>
    <message>
        <source>The tickets are cancelled and %1 is owed back to the card, but the card provider has not confirmed it yet. Marquee asks again by itself; tell the customer it can take a few days to show.</source>
        <translation>Os ingressos foram cancelados e %1 será devolvido ao cartão, mas a operadora ainda não confirmou. O Marquee pergunta de novo sozinho; avise o cliente que pode levar alguns dias para aparecer.</translation>
    </message>
    <message>
        <source>Scan or type a ticket&apos;s code, an order number, a CPF or an e-mail address.</source>
        <translation>Leia ou digite o código de um ingresso, o número do pedido, um CPF ou um e-mail.</translation>
    </message>
    <message>
        <source>Looking for the sale…</source>
        <translation>Procurando a venda…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Ingressos</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found: choose one.</source>
        <translation>
            <numerusform>%n venda encontrada: escolha uma.</numerusform>
            <numerusform>%n vendas encontradas: escolha uma.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Order %1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;Paid %5 by %6 at %7 (%8)</source>
        <translation>&lt;b&gt;Pedido %1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;Pago %5 em %6 em %7 (%8)</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>%1: %2 back by %3 — “%4”</source>
        <translation>%1: %2 devolvidos em %3 — “%4”</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>autorizado por %1</translation>
    </message>
    <message>
        <source>card refund not confirmed yet</source>
        <translation>estorno no cartão ainda não confirmado</translation>
    </message>
    <message>
        <source>Given back before:</source>
        <translation>Já devolvido:</translation>
    </message>
    <message>
        <source>Every ticket of this sale was given back already.</source>
        <translation>Todos os ingressos desta venda já foram devolvidos.</translation>
    </message>
    <message>
        <source>&amp;Give back %1 (%2)</source>
        <translation>&amp;Devolver %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Give back</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Giving back…</source>
        <translation>Devolvendo…</translation>
    </message>
    <message>
        <source>&amp;Find the sale:</source>
        <translation>&amp;Encontrar a venda:</translation>
    </message>
    <message>
        <source>Scan a ticket, or type an order number, a CPF or an e-mail</source>
        <translation>Leia um ingresso ou digite o número do pedido, um CPF ou um e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Procurar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The customer cannot come</source>
        <translation>O cliente não pode vir</translation>
    </message>
    <message>
        <source>Wrong day or screening</source>
        <translation>Dia ou sessão errados</translation>
    </message>
    <message>
        <source>The screening was cancelled</source>
        <translation>A sessão foi cancelada</translation>
    </message>
    <message>
        <source>Bought by mistake</source>
        <translation>Comprado por engano</translation>
    </message>
    <message>
        <source>Why are the tickets given back?</source>
        <translation>Por que os ingressos são devolvidos?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Replaced at %1 by a reissued ticket</source>
        <translation>Substituído às %1 por um ingresso reemitido</translation>
    </message>
    <message>
        <source>Replaced at %1 by a ticket %2 reissued</source>
        <translation>Substituído às %1 por um ingresso que %2 reemitiu</translation>
    </message>
    <message>
        <source>The tickets are on their way to %1 again.</source>
        <translation>Os ingressos estão a caminho de %1 de novo.</translation>
    </message>
    <message>
        <source>Reprinted: the same codes, marked as a copy.</source>
        <translation>Reimpresso: os mesmos códigos, marcados como cópia.</translation>
    </message>
    <message>
        <source>Reprinting…</source>
        <translation>Reimprimindo…</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Reenviando…</translation>
    </message>
    <message>
        <source>Reissue a ticket</source>
        <translation>Reemitir um ingresso</translation>
    </message>
    <message>
        <source>Why is seat %1&apos;s ticket reissued? Its old code will be refused at every gate.</source>
        <translation>Por que o ingresso da poltrona %1 é reemitido? O código antigo será recusado em todas as portarias.</translation>
    </message>
    <message>
        <source>The customer lost the ticket</source>
        <translation>O cliente perdeu o ingresso</translation>
    </message>
    <message>
        <source>The ticket is damaged or unreadable</source>
        <translation>O ingresso está danificado ou ilegível</translation>
    </message>
    <message>
        <source>The e-mail never arrived</source>
        <translation>O e-mail nunca chegou</translation>
    </message>
    <message>
        <source>&amp;Reissue</source>
        <translation>&amp;Reemitir</translation>
    </message>
    <message>
        <source>Reissuing…</source>
        <translation>Reemitindo…</translation>
    </message>
    <message>
        <source>Seat %1 has a new ticket. Its old code is refused at every gate from now on.</source>
        <translation>A poltrona %1 tem um ingresso novo. O código antigo é recusado em todas as portarias a partir de agora.</translation>
    </message>
    <message>
        <source>Send the tickets again</source>
        <translation>Enviar os ingressos de novo</translation>
    </message>
    <message>
        <source>E-mail address (the sale&apos;s, or a new one):</source>
        <translation>Endereço de e-mail (o da venda, ou um novo):</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address. Check it with the customer.</source>
        <translation>“%1” não parece um endereço de e-mail. Confira com o cliente.</translation>
    </message>
    <message>
        <source>%1: sent again to %2</source>
        <translation>%1: reenviado para %2</translation>
    </message>
    <message>
        <source>%1: reprinted</source>
        <translation>%1: reimpresso</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <source>After the sale: give back, reprint, send again</source>
        <translation>Depois da venda: devolver, reimprimir, reenviar</translation>
    </message>
    <message>
        <source>Reprint (Ctrl+P)</source>
        <translation>Reimprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>The sale&apos;s tickets and receipt again, with the same codes</source>
        <translation>Os ingressos e o recibo da venda de novo, com os mesmos códigos</translation>
    </message>
    <message>
        <source>Reissue ticket (Ctrl+R)</source>
        <translation>Reemitir ingresso (Ctrl+R)</translation>
    </message>
    <message>
        <source>A new code for the ticket under the cursor; the old one stops entering</source>
        <translation>Um código novo para o ingresso sob o cursor; o antigo deixa de entrar</translation>
    </message>
    <message>
        <source>Send again (Ctrl+E)</source>
        <translation>Reenviar (Ctrl+E)</translation>
    </message>
    <message>
        <source>E-mail the tickets again, to the same address or a new one</source>
        <translation>Enviar os ingressos por e-mail de novo, para o mesmo endereço ou um novo</translation>
    </message>
    <message>
        <source>Slip (Ctrl+S)</source>
        <translation>Comprovante (Ctrl+S)</translation>
    </message>
    <message>
        <source>The customer&apos;s slip of the refund just made</source>
        <translation>O comprovante do cliente para a devolução recém-feita</translation>
    </message>
    <message>
        <source>Exchanged. Take %1 in cash (change %2). The old seats are for sale again.</source>
        <translation>Trocado. Receba %1 em dinheiro (troco %2). As poltronas antigas estão à venda de novo.</translation>
    </message>
    <message>
        <source>Exchanged: nothing changes hands. The old seats are for sale again.</source>
        <translation>Trocado: nenhum dinheiro muda de mãos. As poltronas antigas estão à venda de novo.</translation>
    </message>
    <message>
        <source>Exchanged. Give %1 back in cash. The old seats are for sale again.</source>
        <translation>Trocado. Devolva %1 em dinheiro. As poltronas antigas estão à venda de novo.</translation>
    </message>
    <message>
        <source>Exchanged. %1 went back to the card. The old seats are for sale again.</source>
        <translation>Trocado. %1 voltou para o cartão. As poltronas antigas estão à venda de novo.</translation>
    </message>
    <message>
        <source>Exchanged. %1 is owed back to the card, but the card provider has not confirmed it yet; Marquee asks again by itself.</source>
        <translation>Trocado. %1 é devido ao cartão, mas a operadora ainda não confirmou; o Marquee pergunta de novo sozinho.</translation>
    </message>
    <message>
        <source>%1 of it paid by the tickets of order %2, given back in exchange</source>
        <translation>%1 pagos com os ingressos do pedido %2, devolvidos na troca</translation>
    </message>
    <message>
        <source>%1: exchanged for order %2, %3 back by %4 — “%5”</source>
        <translation>%1: trocado pelo pedido %2, %3 devolvidos em %4 — “%5”</translation>
    </message>
    <message>
        <source>E&amp;xchange… (Ctrl+T)</source>
        <translation>&amp;Trocar… (Ctrl+T)</translation>
    </message>
    <message>
        <source>Change the ticked tickets for other seats, of this screening or another</source>
        <translation>Trocar os ingressos marcados por outras poltronas, desta sessão ou de outra</translation>
    </message>
</context>
<context>
    <name>RefundSlip</name>
    <message>
        <source>Refund %1 — order %2</source>
        <translation>Devolução %1 — pedido %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Seat %1 — %2</source>
        <translation>Poltrona %1 — %2</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Devolvido</translation>
    </message>
    <message>
        <source>In cash, from the drawer</source>
        <translation>Em dinheiro, do caixa</translation>
    </message>
    <message>
        <source>To the card %1: asked of the card provider, not confirmed yet; it can take a few days to show</source>
        <translation>Para o cartão %1: pedido à operadora do cartão, ainda não confirmado; pode levar alguns dias para aparecer</translation>
    </message>
    <message>
        <source>To the card %1 (refund %2)</source>
        <translation>Para o cartão %1 (estorno %2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Given back by %1</source>
        <translation>Devolvido por %1</translation>
    </message>
    <message>
        <source>Allowed by %1</source>
        <translation>Autorizado por %1</translation>
    </message>
    <message>
        <source>Terminal: %1</source>
        <translation>Terminal: %1</translation>
    </message>
    <message>
        <source>The seats above are cancelled: their tickets no longer enter.</source>
        <translation>As poltronas acima estão canceladas: seus ingressos não entram mais.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Exchange — order %1</source>
        <translation>Troca — pedido %1</translation>
    </message>
    <message>
        <source>Exchanged for order %1:</source>
        <translation>Trocado pelo pedido %1:</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Poltronas %1</translation>
    </message>
    <message>
        <source>Paid by the tickets given back</source>
        <translation>Pago pelos ingressos devolvidos</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Pago em dinheiro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
</context>
<context>
    <name>RefundSlipDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>Refund slip — order %1</source>
        <translation>Comprovante de devolução — pedido %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando o PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1. Printing still works.</source>
        <translation>Não foi possível gerar o PDF: %1. A impressão ainda funciona.</translation>
    </message>
    <message>
        <source>PDF ready.</source>
        <translation>PDF pronto.</translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>Não foi possível usar a impressora. Verifique-a e tente de novo.</translation>
    </message>
    <message>
        <source>No PDF viewer is installed; the file is %1.</source>
        <translation>Não há visualizador de PDF instalado; o arquivo é %1.</translation>
    </message>
    <message>
        <source>Save the slip</source>
        <translation>Salvar o comprovante</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: choose another folder.</source>
        <translation>Não foi possível salvar em %1: escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>SaleCopies</name>
    <message>
        <source>Reprint · %1</source>
        <translation>Reimpressão · %1</translation>
    </message>
    <message>
        <source>Sent again · %1</source>
        <translation>Reenviado · %1</translation>
    </message>
    <message>
        <source>Reissued · %1</source>
        <translation>Reemitido · %1</translation>
    </message>
</context>
<context>
    <name>SaleError</name>
    <message>
        <source>Seat %1 was just taken at another terminal. Pick another seat; the rest of the sale is kept.</source>
        <translation>O assento %1 acabou de ser ocupado em outro terminal. Escolha outro assento; o restante da venda foi mantido.</translation>
    </message>
    <message>
        <source>The hold on these seats expired and they were released. Pick the seats again to continue; the ticket types and customer are kept.</source>
        <translation>A reserva destes assentos expirou e eles foram liberados. Escolha os assentos novamente para continuar; os tipos de ingresso e os dados do cliente foram mantidos.</translation>
    </message>
    <message>
        <source>This CPF can buy at most %1 tickets for this screening; %2 more can be sold to it. Remove seats or use another customer&apos;s CPF.</source>
        <translation>Este CPF pode comprar no máximo %1 ingressos para esta sessão; ainda é possível vender mais %2 para ele. Remova assentos ou use o CPF de outro cliente.</translation>
    </message>
    <message>
        <source>Only %2 more meia-entrada tickets can be sold for this screening (limit %1). Change some tickets to another type.</source>
        <translation>Só é possível vender mais %2 meias-entradas para esta sessão (limite %1). Mude alguns ingressos para outro tipo.</translation>
    </message>
    <message>
        <source>This CPF is not valid: check the 11 digits with the customer, or leave it empty.</source>
        <translation>Este CPF não é válido: confira os 11 dígitos com o cliente ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>The card was declined (%1). The seats stay held: try another card, take cash, or release the seats.</source>
        <translation>O cartão foi recusado (%1). Os assentos continuam reservados: tente outro cartão, receba em dinheiro ou libere os assentos.</translation>
    </message>
    <message>
        <source>This choice leaves a single seat alone between taken seats. Move the selection by one seat.</source>
        <translation>Esta escolha deixa um assento isolado entre assentos ocupados. Desloque a seleção em um assento.</translation>
    </message>
    <message>
        <source>There are no %1 seats together left in this screening. Pick seats one by one or try another screening.</source>
        <translation>Não há mais %1 assentos juntos nesta sessão. Escolha os assentos um a um ou tente outra sessão.</translation>
    </message>
    <message>
        <source>No seats are selected. Pick seats on the map first.</source>
        <translation>Nenhum assento selecionado. Escolha os assentos no mapa primeiro.</translation>
    </message>
    <message>
        <source>This e-mail address does not look right. Check it with the customer, or leave it empty.</source>
        <translation>Este endereço de e-mail não parece correto. Confira com o cliente ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>This screening no longer exists. Search again.</source>
        <translation>Esta sessão não existe mais. Pesquise novamente.</translation>
    </message>
    <message>
        <source>One sale can take at most %1 seats. Finish this sale and start another.</source>
        <translation>Uma venda pode ter no máximo %1 assentos. Conclua esta venda e inicie outra.</translation>
    </message>
    <message>
        <source>That place cannot be sold (blocked or not part of this room). Pick another seat.</source>
        <translation>Esse lugar não pode ser vendido (bloqueado ou fora desta sala). Escolha outro assento.</translation>
    </message>
    <message>
        <source>A seat or ticket type of this sale is no longer on sale. Pick again.</source>
        <translation>Um assento ou tipo de ingresso desta venda não está mais à venda. Escolha novamente.</translation>
    </message>
    <message>
        <source>This order is already paid or cancelled.</source>
        <translation>Este pedido já foi pago ou cancelado.</translation>
    </message>
    <message>
        <source>The amount tendered, %1, is less than the total, %2. Take the rest or choose another way to pay.</source>
        <translation>O valor recebido, %1, é menor que o total, %2. Receba o restante ou escolha outra forma de pagamento.</translation>
    </message>
    <message>
        <source>This order is already paid; refund it instead.</source>
        <translation>Este pedido já foi pago; faça o estorno.</translation>
    </message>
    <message>
        <source>A card payment for this order is still waiting for the card terminal. Wait for its answer before cancelling.</source>
        <translation>Um pagamento com cartão deste pedido ainda está aguardando o terminal de cartão. Aguarde a resposta do terminal antes de cancelar.</translation>
    </message>
    <message>
        <source>The server is not answering, so seats cannot be held or sold from this terminal right now. Nothing was charged and what you typed is kept; the terminal reconnects by itself — try again when the status bar says online.</source>
        <translation>O servidor não está respondendo, então não é possível reservar nem vender assentos neste terminal agora. Nada foi cobrado e o que você digitou foi mantido; o terminal reconecta automaticamente — tente de novo quando a barra de status indicar on-line.</translation>
    </message>
    <message>
        <source>The card was approved, but the store did not confirm the sale. Do not charge again: press Card (F10) to confirm it once the store answers.</source>
        <translation>O cartão foi aprovado, mas o sistema não confirmou a venda. Não cobre de novo: pressione Cartão (F10) para confirmá-la quando o sistema responder.</translation>
    </message>
    <message>
        <source>This sale&apos;s card payment was approved and is waiting for the store&apos;s confirmation; it cannot be cancelled. Press Card (F10) to confirm it.</source>
        <translation>O pagamento com cartão desta venda foi aprovado e aguarda a confirmação do sistema; não pode ser cancelado. Pressione Cartão (F10) para confirmá-lo.</translation>
    </message>
    <message>
        <source>this terminal&apos;s ticket numbers were already used — was its data restored from a backup? Call a manager</source>
        <translation>os números de ingresso deste terminal já foram usados — os dados dele foram restaurados de um backup? Chame um gerente</translation>
    </message>
    <message>
        <source>The server took too long to answer, so this terminal stopped waiting. What you typed is kept; trying again repeats the same step, never a second sale or charge.</source>
        <translation>O servidor demorou demais para responder e este terminal parou de esperar. O que foi digitado foi mantido; tentar de novo repete o mesmo passo, nunca uma segunda venda ou cobrança.</translation>
    </message>
    <message>
        <source>The server is out of reach: only the seats kept for this counter (free on the map) can be sold until it is back.</source>
        <translation>O servidor está fora de alcance: até ele voltar, só os lugares reservados a este caixa (livres no mapa) podem ser vendidos.</translation>
    </message>
    <message>
        <source>This card payment was already settled while the sale waited (the money goes back to the customer). Start the sale again.</source>
        <translation>Este pagamento com cartão já foi resolvido enquanto a venda esperava (o dinheiro volta para o cliente). Comece a venda de novo.</translation>
    </message>
    <message>
        <source>The card reader&apos;s answer was lost, so we do not know yet whether the card was charged. Do not charge again: press Card (F10) to ask the bank again. If the bank stays out of reach, Marquee can be closed: the sale is kept and settled when it starts again (tickets, or the money back).</source>
        <translation>A resposta da maquininha se perdeu, então ainda não sabemos se o cartão foi cobrado. Não cobre de novo: pressione Cartão (F10) para consultar o banco outra vez. Se o banco continuar inacessível, o Marquee pode ser fechado: a venda é guardada e resolvida quando ele abrir de novo (ingressos, ou o dinheiro de volta).</translation>
    </message>
    <message>
        <source>This card payment was already settled (declined or given back) while the sale waited. Start the sale again.</source>
        <translation>Este pagamento com cartão já foi resolvido (recusado ou devolvido) enquanto a venda esperava. Comece a venda de novo.</translation>
    </message>
    <message>
        <source>The server is back: this terminal is sending the sales it made offline before it sells online again. What you typed is kept; try again in a few seconds.</source>
        <translation>O servidor voltou: este terminal está enviando as vendas que fez offline antes de voltar a vender online. O que você digitou foi mantido; tente de novo em alguns segundos.</translation>
    </message>
    <message>
        <source>The store refused this step before recording it (%1), so nothing of it was saved and no money was taken for it. Try again, and call a manager if it keeps failing.</source>
        <translation>O banco de dados recusou esta etapa antes de registrá-la (%1); nada dela foi salvo e nenhum dinheiro foi cobrado por ela. Tente de novo e chame um gerente se continuar falhando.</translation>
    </message>
    <message>
        <source>The server stopped answering just as it was saving this step, so it is not known yet whether it was saved. Checking… Do not take the money again: the same step is asked again with the same keys, which can never make a second sale or charge.</source>
        <translation>O servidor parou de responder bem quando salvava esta etapa, então ainda não se sabe se ela foi salva. Verificando… Não cobre de novo: a mesma etapa é perguntada outra vez com as mesmas chaves, o que nunca gera uma segunda venda ou cobrança.</translation>
    </message>
    <message>
        <source>This terminal could not record the sale on its own disk (%1), so nothing was sold and nothing was charged; what was recorded before is kept. Take no money and call a manager: the disk may be full or read-only.</source>
        <translation>Este terminal não conseguiu registrar a venda no próprio disco (%1); nada foi vendido e nada foi cobrado, e o que já estava registrado foi mantido. Não receba dinheiro e chame um gerente: o disco pode estar cheio ou somente leitura.</translation>
    </message>
    <message>
        <source>The server answered: this sale was not recorded, so give the customer&apos;s cash back. %1</source>
        <translation>O servidor respondeu: esta venda não foi registrada, então devolva o dinheiro do cliente. %1</translation>
    </message>
    <message>
        <source>Checking with the server… Its answer to this cash sale was lost, so it is not known yet whether the sale was saved. Keep the cash and do not sell these seats again: the same sale is asked again by itself every few seconds (Cash, F9, asks at once), and the tickets appear as soon as the server answers.</source>
        <translation>Verificando com o servidor… A resposta a esta venda em dinheiro se perdeu, então ainda não se sabe se a venda foi salva. Guarde o dinheiro e não venda estes assentos de novo: a mesma venda é perguntada sozinha a cada poucos segundos (Dinheiro, F9, pergunta na hora), e os ingressos aparecem assim que o servidor responder.</translation>
    </message>
    <message>
        <source>Choose the tickets to give back.</source>
        <translation>Escolha os ingressos a devolver.</translation>
    </message>
    <message>
        <source>Say why the tickets are given back: the reason is kept with the refund.</source>
        <translation>Diga por que os ingressos são devolvidos: o motivo fica registrado com o reembolso.</translation>
    </message>
    <message>
        <source>There is no such sale.</source>
        <translation>Essa venda não existe.</translation>
    </message>
    <message>
        <source>This sale was never paid, so there is nothing to give back.</source>
        <translation>Esta venda nunca foi paga: não há nada a devolver.</translation>
    </message>
    <message>
        <source>This sale has no payment on record to give back.</source>
        <translation>Esta venda não tem pagamento registrado para devolver.</translation>
    </message>
    <message>
        <source>Ticket %1 is not one of this sale&apos;s.</source>
        <translation>O ingresso %1 não é desta venda.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already, at %2.</source>
        <translation>O lugar %1 já foi devolvido, às %2.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already, at %2 by %3.</source>
        <translation>O lugar %1 já foi devolvido, às %2 por %3.</translation>
    </message>
    <message>
        <source>seat %1 was used at %2 at %3</source>
        <translation>o lugar %1 foi usado às %2 em %3</translation>
    </message>
    <message numerus="yes">
        <source>the screening started at %1, more than %n minute(s) ago</source>
        <translation>
            <numerusform>a sessão começou às %1, há mais de %n minuto</numerusform>
            <numerusform>a sessão começou às %1, há mais de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>the screening started at %1</source>
        <translation>a sessão começou às %1</translation>
    </message>
    <message>
        <source>%1 is more than the %2 a cashier gives back alone</source>
        <translation>%1 passa dos %2 que um caixa devolve sozinho</translation>
    </message>
    <message>
        <source>it was sold on %1, not today</source>
        <translation>foi vendido em %1, não hoje</translation>
    </message>
    <message>
        <source>A manager&apos;s PIN is needed: %1.</source>
        <translation>É preciso o PIN de um gerente: %1.</translation>
    </message>
    <message>
        <source>Only an active manager can allow this: %1.</source>
        <translation>Só um gerente ativo pode autorizar isto: %1.</translation>
    </message>
    <message>
        <source>Seat %1 was given back already.</source>
        <translation>O lugar %1 já foi devolvido.</translation>
    </message>
    <message>
        <source>Giving tickets back needs the server, which this terminal cannot reach now: while it is away another terminal could sell the same seat. Keep the tickets and try again when the server is back.</source>
        <translation>Devolver ingressos exige o servidor, que este terminal não alcança agora: enquanto ele está fora, outro terminal poderia vender o mesmo lugar. Guarde os ingressos e tente de novo quando o servidor voltar.</translation>
    </message>
    <message>
        <source>Say why the ticket is reissued: the reason is kept with it.</source>
        <translation>Diga por que o ingresso é reemitido: o motivo fica registrado com ele.</translation>
    </message>
    <message>
        <source>This sale was never paid, so it has no ticket to reissue.</source>
        <translation>Esta venda nunca foi paga, então não tem ingresso para reemitir.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was cancelled at %2: it was given back or replaced already.</source>
        <translation>O ingresso da poltrona %1 foi cancelado às %2: já foi devolvido ou substituído.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was cancelled at %2 by %3: it was given back or replaced already.</source>
        <translation>O ingresso da poltrona %1 foi cancelado às %2 por %3: já foi devolvido ou substituído.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was used at %2 at %3: a ticket that let someone in is not reissued.</source>
        <translation>O ingresso da poltrona %1 foi usado às %2 em %3: um ingresso que já deixou alguém entrar não é reemitido.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was given back or replaced already.</source>
        <translation>O ingresso da poltrona %1 já foi devolvido ou substituído.</translation>
    </message>
    <message>
        <source>This terminal could not number the new ticket.</source>
        <translation>Este terminal não conseguiu numerar o ingresso novo.</translation>
    </message>
    <message>
        <source>Seat %1&apos;s ticket was replaced already.</source>
        <translation>O ingresso da poltrona %1 já foi substituído.</translation>
    </message>
    <message>
        <source>Reissuing a ticket needs the server, which this terminal cannot reach now: gates that cannot reach it either would still let the lost ticket in. Reprint the same ticket instead, or try again when the server is back.</source>
        <translation>Reemitir um ingresso precisa do servidor, que este terminal não alcança agora: portarias que também não o alcançam ainda deixariam entrar o ingresso perdido. Reimprima o mesmo ingresso, ou tente de novo quando o servidor voltar.</translation>
    </message>
    <message>
        <source>The new seats cost %1 more than the tickets given back; %2 was tendered. Take the rest in cash.</source>
        <translation>As poltronas novas custam %1 a mais que os ingressos devolvidos; foram recebidos %2. Receba o resto em dinheiro.</translation>
    </message>
    <message>
        <source>Exchanging tickets needs the server, which this terminal cannot reach now: while it is away another terminal could sell the seats given back. Keep the tickets and try again when the server is back.</source>
        <translation>Trocar ingressos precisa do servidor, que este terminal não alcança agora: enquanto ele está fora, outro terminal poderia vender as poltronas devolvidas. Fique com os ingressos e tente de novo quando o servidor voltar.</translation>
    </message>
</context>
<context>
    <name>SaleLookup</name>
    <message>
        <source>Type or scan a ticket&apos;s code, an order number, a CPF or an e-mail address.</source>
        <translation>Digite ou leia o código de um ingresso, o número do pedido, um CPF ou um e-mail.</translation>
    </message>
    <message>
        <source>No paid sale matches “%1”.</source>
        <translation>Nenhuma venda paga corresponde a “%1”.</translation>
    </message>
    <message>
        <source>There is no paid sale number %1.</source>
        <translation>Não há venda paga número %1.</translation>
    </message>
</context>
<context>
    <name>SalesHistoryDialog</name>
    <message>
        <source>Sales of this terminal</source>
        <translation>Vendas deste terminal</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the last two days.</source>
        <translation>
            <numerusform>%n venda nos últimos dois dias.</numerusform>
            <numerusform>%n vendas nos últimos dois dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sold offline, sent by themselves when the server is back.</source>
        <translation>
            <numerusform>%n vendida offline, enviada sozinha quando o servidor voltar.</numerusform>
            <numerusform>%n vendidas offline, enviadas sozinhas quando o servidor voltar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the server: ask a manager.</source>
        <translation>
            <numerusform>%n recusada pelo servidor: chame um gerente.</numerusform>
            <numerusform>%n recusadas pelo servidor: chame um gerente.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Give tickets back…</source>
        <translation>&amp;Devolver ingressos…</translation>
    </message>
</context>
<context>
    <name>SalesHistoryModel</name>
    <message>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Sold offline — waiting to be sent</source>
        <translation>Vendida offline — aguardando envio</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>Enviada ao servidor</translation>
    </message>
    <message>
        <source>Refused by the server — a manager will decide</source>
        <translation>Recusada pelo servidor — um gerente decide</translation>
    </message>
    <message>
        <source>Sold at</source>
        <translation>Vendida em</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ScreeningSearchModel</name>
    <message>
        <source>Sold out</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <source>%1 · %2 min · rated %3 · %4 of %5 seats left</source>
        <translation>%1 · %2 min · classificação %3 · %4 de %5 assentos livres</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Assentos livres</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Livres</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Film name — type any part, accents optional</source>
        <translation>Nome do filme — digite qualquer parte, acentos opcionais</translation>
    </message>
    <message>
        <source>Search films</source>
        <translation>Pesquisar filmes</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation>A&amp;manhã</translation>
    </message>
    <message>
        <source>&amp;Weekend</source>
        <translation>&amp;Fim de semana</translation>
    </message>
    <message>
        <source>All wee&amp;k</source>
        <translation>Semana &amp;toda</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Screenings found</source>
        <translation>Sessões encontradas</translation>
    </message>
    <message>
        <source>No screening matches. Try fewer letters or another date.</source>
        <translation>Nenhuma sessão encontrada. Tente menos letras ou outra data.</translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>standard seat</source>
        <translation>assento comum</translation>
    </message>
    <message>
        <source>wheelchair space</source>
        <translation>espaço para cadeira de rodas</translation>
    </message>
    <message>
        <source>companion seat</source>
        <translation>assento de acompanhante</translation>
    </message>
    <message>
        <source>premium seat</source>
        <translation>assento premium</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
</context>
<context>
    <name>SeatMapWidget</name>
    <message>
        <source>Seat map</source>
        <translation>Mapa de assentos</translation>
    </message>
    <message>
        <source>free</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>selecionado</translation>
    </message>
    <message>
        <source>held at another terminal</source>
        <translation>reservado em outro terminal</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendido</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, assento %2</translation>
    </message>
    <message>
        <source>left alone by this selection</source>
        <translation>isolado por esta seleção</translation>
    </message>
    <message>
        <source>Choose a screening to see its seats.</source>
        <translation>Escolha uma sessão para ver os assentos.</translation>
    </message>
    <message>
        <source>SCREEN</source>
        <translation>TELA</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>This sale</source>
        <translation>Esta venda</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>Sem assento</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Cadeira de rodas</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Acompanhante</translation>
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
        <translation>O servidor parou de responder enquanto a fila deste terminal era enviada.</translation>
    </message>
</context>
<context>
    <name>SettingDefinition</name>
    <message>
        <source>Selling</source>
        <translation>Venda</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Portaria</translation>
    </message>
    <message>
        <source>Server and copies</source>
        <translation>Servidor e cópias</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Totem</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartões</translation>
    </message>
    <message>
        <source>Seats held for (minutes)</source>
        <translation>Assentos reservados por (minutos)</translation>
    </message>
    <message>
        <source>How long chosen seats stay held while the customer decides; never more than the hard maximum.</source>
        <translation>Quanto tempo os assentos escolhidos ficam reservados enquanto o cliente decide; nunca mais que o máximo absoluto.</translation>
    </message>
    <message>
        <source>Hard maximum of a hold (minutes)</source>
        <translation>Máximo absoluto de uma reserva (minutos)</translation>
    </message>
    <message>
        <source>No hold lasts longer, whatever else is set.</source>
        <translation>Nenhuma reserva dura mais que isso, seja qual for o resto da configuração.</translation>
    </message>
    <message>
        <source>Meia-entrada share (%)</source>
        <translation>Cota de meia-entrada (%)</translation>
    </message>
    <message>
        <source>The share of a screening&apos;s seats that may be sold as meia-entrada; a screening can override it.</source>
        <translation>A parte dos assentos de uma sessão que pode ser vendida como meia-entrada; cada sessão pode ter a sua.</translation>
    </message>
    <message>
        <source>Tickets per CPF and screening</source>
        <translation>Ingressos por CPF e sessão</translation>
    </message>
    <message>
        <source>The most tickets one CPF may buy for one screening.</source>
        <translation>O máximo de ingressos que um CPF pode comprar para uma sessão.</translation>
    </message>
    <message>
        <source>Seats per sale</source>
        <translation>Assentos por venda</translation>
    </message>
    <message>
        <source>The most seats one sale may hold.</source>
        <translation>O máximo de assentos de uma venda.</translation>
    </message>
    <message>
        <source>A single seat left alone</source>
        <translation>Um assento isolado</translation>
    </message>
    <message>
        <source>warn: the cashier is told; forbid: such a choice is refused.</source>
        <translation>warn: o operador é avisado; forbid: essa escolha é recusada.</translation>
    </message>
    <message>
        <source>Lock the counter after (minutes)</source>
        <translation>Bloquear o caixa após (minutos)</translation>
    </message>
    <message>
        <source>Without input for this long the counter locks itself; 0 never.</source>
        <translation>Sem uso por esse tempo o caixa se bloqueia; 0 nunca.</translation>
    </message>
    <message>
        <source>Cash drawer device</source>
        <translation>Dispositivo da gaveta</translation>
    </message>
    <message>
        <source>The device of the printer that opens the cash drawer, such as /dev/usb/lp0.</source>
        <translation>O dispositivo da impressora que abre a gaveta de dinheiro, como /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>Doors open (minutes before)</source>
        <translation>Entrada abre (minutos antes)</translation>
    </message>
    <message>
        <source>How early before a screening its tickets are let in.</source>
        <translation>Com quanta antecedência os ingressos de uma sessão podem entrar.</translation>
    </message>
    <message>
        <source>Doors close (minutes after)</source>
        <translation>Entrada fecha (minutos depois)</translation>
    </message>
    <message>
        <source>How late after a screening starts its tickets are still let in.</source>
        <translation>Até quanto tempo depois do início de uma sessão os ingressos ainda entram.</translation>
    </message>
    <message>
        <source>Leases return (minutes before)</source>
        <translation>Cessões voltam (minutos antes)</translation>
    </message>
    <message>
        <source>How long before a screening the seats leased to terminals go back to the server.</source>
        <translation>Quanto tempo antes de uma sessão os assentos cedidos aos terminais voltam ao servidor.</translation>
    </message>
    <message>
        <source>Days kept in each copy</source>
        <translation>Dias guardados em cada cópia</translation>
    </message>
    <message>
        <source>How many days ahead each terminal keeps in its local copy.</source>
        <translation>Quantos dias à frente cada terminal guarda na sua cópia local.</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Where tickets are e-mailed from, such as smtps://mail.example.com:465.</source>
        <translation>De onde os ingressos são enviados por e-mail, como smtps://mail.example.com:465.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Endereço do remetente</translation>
    </message>
    <message>
        <source>The address tickets come from.</source>
        <translation>O endereço de onde os ingressos chegam.</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>Usuário SMTP</translation>
    </message>
    <message>
        <source>The login at the SMTP server.</source>
        <translation>O login no servidor SMTP.</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Senha SMTP</translation>
    </message>
    <message>
        <source>Kept in the store as typed.</source>
        <translation>Guardada no banco como digitada.</translation>
    </message>
    <message>
        <source>Kiosk idle time (seconds)</source>
        <translation>Tempo ocioso do totem (segundos)</translation>
    </message>
    <message>
        <source>After this long untouched the kiosk asks whether someone is still there.</source>
        <translation>Depois desse tempo sem toque o totem pergunta se ainda há alguém ali.</translation>
    </message>
    <message>
        <source>Kiosk printer</source>
        <translation>Impressora do totem</translation>
    </message>
    <message>
        <source>The system printer the kiosk prints tickets on.</source>
        <translation>A impressora do sistema em que o totem imprime os ingressos.</translation>
    </message>
    <message>
        <source>Assistant address</source>
        <translation>Endereço do assistente</translation>
    </message>
    <message>
        <source>The chat service of the kiosk&apos;s assistant.</source>
        <translation>O serviço de chat do assistente do totem.</translation>
    </message>
    <message>
        <source>Assistant key</source>
        <translation>Chave do assistente</translation>
    </message>
    <message>
        <source>Its API key.</source>
        <translation>A sua chave de API.</translation>
    </message>
    <message>
        <source>Assistant model</source>
        <translation>Modelo do assistente</translation>
    </message>
    <message>
        <source>The model it asks.</source>
        <translation>O modelo que ele consulta.</translation>
    </message>
    <message>
        <source>Stripe secret key</source>
        <translation>Chave secreta da Stripe</translation>
    </message>
    <message>
        <source>For card readers through Stripe Terminal.</source>
        <translation>Para leitores de cartão pelo Stripe Terminal.</translation>
    </message>
    <message>
        <source>Card currency</source>
        <translation>Moeda do cartão</translation>
    </message>
    <message>
        <source>The currency Stripe charges in, such as brl.</source>
        <translation>A moeda em que a Stripe cobra, como brl.</translation>
    </message>
    <message>
        <source>Stripe address</source>
        <translation>Endereço da Stripe</translation>
    </message>
    <message>
        <source>Stripe&apos;s API, or a test server.</source>
        <translation>A API da Stripe, ou um servidor de teste.</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>Não existe a configuração %1.</translation>
    </message>
    <message>
        <source>%1 is a whole number from %2 to %3.</source>
        <translation>%1 é um número inteiro de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <source>A hold cannot be longer than the hard maximum, %n minute(s).</source>
        <translation>
            <numerusform>Uma reserva não pode passar do máximo absoluto, %n minuto.</numerusform>
            <numerusform>Uma reserva não pode passar do máximo absoluto, %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hard maximum cannot be shorter than the hold itself, %n minute(s).</source>
        <translation>
            <numerusform>O máximo absoluto não pode ser menor que a própria reserva, %n minuto.</numerusform>
            <numerusform>O máximo absoluto não pode ser menor que a própria reserva, %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one of: %2.</source>
        <translation>%1 é um destes: %2.</translation>
    </message>
    <message>
        <source>%1 is an address such as %2.</source>
        <translation>%1 é um endereço como %2.</translation>
    </message>
    <message>
        <source>An SMTP server&apos;s address starts with smtp:// or smtps://.</source>
        <translation>O endereço de um servidor SMTP começa com smtp:// ou smtps://.</translation>
    </message>
    <message>
        <source>Refunds after the start (minutes)</source>
        <translation>Devoluções após o início (minutos)</translation>
    </message>
    <message>
        <source>How long after a screening begins a cashier may still give its tickets back; later, a manager&apos;s PIN is needed.</source>
        <translation>Por quanto tempo depois do início de uma sessão um caixa ainda pode devolver os ingressos; depois, é preciso o PIN de um gerente.</translation>
    </message>
    <message>
        <source>Refund a cashier gives alone (cents)</source>
        <translation>Devolução que um caixa faz sozinho (centavos)</translation>
    </message>
    <message>
        <source>Above this amount, or for a sale of an earlier day, a refund needs a manager&apos;s PIN.</source>
        <translation>Acima deste valor, ou para uma venda de outro dia, a devolução exige o PIN de um gerente.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>set (hidden)</source>
        <translation>definido (oculto)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Não foi possível salvar a configuração: %1</translation>
    </message>
    <message>
        <source>This connection may not change settings: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>Esta conexão não pode alterar configurações: num servidor, isso exige o login de banco de dados de um gerente (README, &quot;People&quot;).</translation>
    </message>
</context>
<context>
    <name>SimulatedCardTerminal</name>
    <message>
        <source>Simulated card terminal</source>
        <translation>Terminal de cartão simulado</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>E-mail is not set up: the store needs smtp_url and smtp_from.</source>
        <translation>O e-mail não está configurado: a loja precisa de smtp_url e smtp_from.</translation>
    </message>
    <message>
        <source>The sender address %1 (smtp_from) is not valid.</source>
        <translation>O endereço de remetente %1 (smtp_from) não é válido.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>A biblioteca de e-mail não pôde iniciar.</translation>
    </message>
    <message>
        <source>%1 (the server said: %2)</source>
        <translation>%1 (o servidor respondeu: %2)</translation>
    </message>
    <message>
        <source>The mail server refused the message: %1</source>
        <translation>O servidor de e-mail recusou a mensagem: %1</translation>
    </message>
    <message>
        <source>The mail server cannot be reached: %1</source>
        <translation>O servidor de e-mail está inacessível: %1</translation>
    </message>
    <message>
        <source>The mail could not be sent: %1</source>
        <translation>O e-mail não pôde ser enviado: %1</translation>
    </message>
</context>
<context>
    <name>StripePaymentProvider</name>
    <message>
        <source>Card reader %1 (Stripe)</source>
        <translation>Maquininha %1 (Stripe)</translation>
    </message>
</context>
<context>
    <name>TerminalIdentity</name>
    <message>
        <source>This terminal&apos;s key was revoked on the server, so it cannot sell. Ask a manager to register it again.</source>
        <translation>A chave deste terminal foi revogada no servidor, então ele não pode vender. Peça a um gerente para registrá-lo de novo.</translation>
    </message>
</context>
<context>
    <name>TerminalStack</name>
    <message>
        <source>%1 is an embedded database with its own sales, not a copy of a server. Choose another file for the server&apos;s copy, or leave out --database.</source>
        <translation>%1 é um banco de dados embutido com vendas próprias, não uma cópia de um servidor. Escolha outro arquivo para a cópia do servidor ou deixe de fora --database.</translation>
    </message>
    <message>
        <source>The terminal&apos;s signing key could not be made or read.</source>
        <translation>Não foi possível criar ou ler a chave de assinatura do terminal.</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Não foi possível gravar os dados de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>TerminalStartup</name>
    <message>
        <source>Marquee cannot start</source>
        <translation>O Marquee não pode ser iniciado</translation>
    </message>
    <message>
        <source>This terminal&apos;s card reader is %1, but the store has no stripe_key setting, so no card could be charged. Set stripe_key (see &quot;Card payments&quot; in the README), or start once with --card-reader none to use the simulated card terminal.</source>
        <translation>A maquininha deste terminal é %1, mas a loja não tem a configuração stripe_key, então nenhum cartão poderia ser cobrado. Defina stripe_key (veja &quot;Card payments&quot; no README) ou inicie uma vez com --card-reader none para usar a maquininha simulada.</translation>
    </message>
</context>
<context>
    <name>TerminalsModel</name>
    <message>
        <source>There is no such terminal.</source>
        <translation>Esse terminal não existe.</translation>
    </message>
    <message>
        <source>The terminal could not be changed: %1</source>
        <translation>Não foi possível alterar o terminal: %1</translation>
    </message>
    <message>
        <source>This connection may not change terminals: on a server, that takes a manager&apos;s database login (README, &quot;People&quot;).</source>
        <translation>Esta conexão não pode alterar terminais: num servidor, isso exige o login de banco de dados de um gerente (README, &quot;People&quot;).</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>totem</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>portaria</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>caixa</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revogado %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Cards pending</source>
        <translation>Cartões pendentes</translation>
    </message>
    <message>
        <source>Leased seats</source>
        <translation>Assentos cedidos</translation>
    </message>
</context>
<context>
    <name>TicketDocument</name>
    <message>
        <source>%1 · Row %2 · Seat %3</source>
        <translation>%1 · Fila %2 · Assento %3</translation>
    </message>
    <message>
        <source>Meia-entrada: show your document at the door.</source>
        <translation>Meia-entrada: apresente seu documento na entrada.</translation>
    </message>
    <message>
        <source>Ticket %1-%2 · order %3</source>
        <translation>Ingresso %1-%2 · pedido %3</translation>
    </message>
    <message>
        <source>Receipt — order %1</source>
        <translation>Recibo — pedido %1</translation>
    </message>
    <message>
        <source>Seat %1 — %2</source>
        <translation>Assento %1 — %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Valor recebido em dinheiro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cartão</translation>
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
        <translation>Ingressos — %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Cannot write the tickets&apos; PDF: %1</source>
        <translation>Não foi possível gerar o PDF dos ingressos: %1</translation>
    </message>
    <message>
        <source>Cannot write the tickets&apos; PDF.</source>
        <translation>Não foi possível gerar o PDF dos ingressos.</translation>
    </message>
    <message>
        <source>Marquee Cinemas</source>
        <translation>Marquee Cinemas</translation>
    </message>
    <message>
        <source>Given back since</source>
        <translation>Devolvido desde então</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>no printer called %1</source>
        <translation>nenhuma impressora chamada %1</translation>
    </message>
    <message>
        <source>the printer refused the job</source>
        <translation>a impressora recusou a impressão</translation>
    </message>
</context>
<context>
    <name>TicketsDialog</name>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Abrir PDF</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salvar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Sale complete — order %1</source>
        <translation>Venda concluída — pedido %1</translation>
    </message>
    <message>
        <source>Change to give: %1</source>
        <translation>Troco a devolver: %1</translation>
    </message>
    <message>
        <source>Paid in cash, no change</source>
        <translation>Pago em dinheiro, sem troco</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Pagamento com cartão aprovado</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) · total %1</source>
        <translation>
            <numerusform>%n ingresso · total %1</numerusform>
            <numerusform>%n ingressos · total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of seat %1</source>
        <translation>QR code do assento %1</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, assento %2</translation>
    </message>
    <message>
        <source>Meia-entrada: document checked at the door</source>
        <translation>Meia-entrada: documento conferido na entrada</translation>
    </message>
    <message>
        <source>&amp;Next sale</source>
        <translation>&amp;Próxima venda</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>Preparando o PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1. Printing still works.</source>
        <translation>Não foi possível gerar o PDF: %1. A impressão continua funcionando.</translation>
    </message>
    <message>
        <source>PDF ready.</source>
        <translation>PDF pronto.</translation>
    </message>
    <message>
        <source>Save tickets</source>
        <translation>Salvar ingressos</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save to %1: choose another folder.</source>
        <translation>Não foi possível salvar em %1: escolha outra pasta.</translation>
    </message>
    <message>
        <source>No PDF viewer is installed; the file is %1.</source>
        <translation>Nenhum visualizador de PDF instalado; o arquivo é %1.</translation>
    </message>
    <message>
        <source>Tickets — order %1</source>
        <translation>Ingressos — pedido %1</translation>
    </message>
    <message>
        <source>The printer could not be used. Check it and try again.</source>
        <translation>Não foi possível usar a impressora. Verifique-a e tente novamente.</translation>
    </message>
    <message>
        <source>Copy — order %1</source>
        <translation>Cópia — pedido %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Door staff</source>
        <translation>Portaria</translation>
    </message>
    <message>
        <source>%1 can no longer log in: ask a manager.</source>
        <translation>%1 não pode mais entrar: fale com um gerente.</translation>
    </message>
    <message>
        <source>%1 is door staff: selling takes a cashier, a manager or an administrator.</source>
        <translation>%1 é da portaria: vender exige um operador de caixa, um gerente ou um administrador.</translation>
    </message>
    <message>
        <source>%1 is a %2: this takes a manager&apos;s or an administrator&apos;s PIN.</source>
        <translation>%1 é %2: isto exige o PIN de um gerente ou de um administrador.</translation>
    </message>
    <message>
        <source>%1 is a %2: only managers and administrators may do this.</source>
        <translation>%1 é %2: só gerentes e administradores podem fazer isto.</translation>
    </message>
    <message>
        <source>%1 is a %2: only administrators manage users and terminals.</source>
        <translation>%1 é %2: só administradores gerenciam usuários e terminais.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>A senha precisa ter pelo menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>O PIN precisa ter de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Um login tem de 1 a 64 letras, dígitos, pontos, hifens ou sublinhados.</translation>
    </message>
    <message>
        <source>Say the person&apos;s name.</source>
        <translation>Informe o nome da pessoa.</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory?).</source>
        <translation>Não foi possível gerar o hash da senha (falta de memória?).</translation>
    </message>
    <message>
        <source>The login %1 is already someone&apos;s.</source>
        <translation>O login %1 já é de outra pessoa.</translation>
    </message>
    <message>
        <source>This connection may not change users: on a server, that takes a manager&apos;s database login.</source>
        <translation>Esta conexão não pode alterar usuários: num servidor, isso exige o login de banco de dados de um gerente.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>Não foi possível salvar o usuário: %1</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Esse usuário não existe.</translation>
    </message>
    <message>
        <source>The PIN could not be hashed (out of memory?).</source>
        <translation>Não foi possível gerar o hash do PIN (falta de memória?).</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>O login ou a senha está errado.</translation>
    </message>
    <message>
        <source>%1 can no longer log in: ask a manager.</source>
        <translation>%1 não pode mais entrar: fale com um gerente.</translation>
    </message>
    <message>
        <source>The login or the PIN is wrong.</source>
        <translation>O login ou o PIN está errado.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: %1 can use the PIN again in %n second(s), or log in with the password.</source>
        <translation>
            <numerusform>PINs errados demais: %1 pode usar o PIN de novo em %n segundo, ou entrar com a senha.</numerusform>
            <numerusform>PINs errados demais: %1 pode usar o PIN de novo em %n segundos, ou entrar com a senha.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no PIN: log in with the password.</source>
        <translation>%1 não tem PIN: entre com a senha.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1&apos;s PIN is locked for a minute. The password still works.</source>
        <translation>PINs errados demais: o PIN de %1 fica bloqueado por um minuto. A senha continua valendo.</translation>
    </message>
    <message>
        <source>The password must have a letter or a sign besides digits.</source>
        <translation>A senha precisa ter uma letra ou um sinal além de dígitos.</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>optional, 4 to 8 digits</source>
        <translation>opcional, 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>Não foi possível salvar o usuário: %1</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>Esse usuário não existe.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator: make someone else an administrator first.</source>
        <translation>%1 é o único administrador ativo: torne outra pessoa administradora primeiro.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Pode entrar</translation>
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
        <translation>Totem %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Counter %1</source>
        <translation>Caixa %1</translation>
    </message>
    <message>
        <source>Gate %1</source>
        <translation>Portaria %1</translation>
    </message>
    <message>
        <source>The verdict log %1 cannot be written: %2</source>
        <translation>Não é possível gravar o registro de verificações %1: %2</translation>
    </message>
    <message>
        <source>Nobody can log in yet: add the first administrator with
  marquee --add-user LOGIN --role admin --user-name NAME
(its password, then its PIN, on standard input; with a server, as a database login that may change users).</source>
        <translation>Ninguém pode entrar ainda: cadastre o primeiro administrador com
  marquee --add-user LOGIN --role admin --user-name NOME
(a senha e depois o PIN na entrada padrão; com servidor, com um login de banco de dados que possa alterar usuários).</translation>
    </message>
    <message>
        <source>Marquee needs someone to log in.</source>
        <translation>O Marquee precisa de alguém para entrar.</translation>
    </message>
    <message>
        <source>Marquee — console</source>
        <translation>Marquee — console</translation>
    </message>
    <message>
        <source>Marquee — gate — %1</source>
        <translation>Marquee — portaria — %1</translation>
    </message>
    <message>
        <source>The console changes the server, which cannot be reached: %1</source>
        <translation>O console altera o servidor, que não pode ser alcançado: %1</translation>
    </message>
</context>
</TS>
