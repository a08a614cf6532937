<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AuditKeychain</name>
    <message>
        <source>The audit key is not available: %1</source>
        <translation>La chiave del registro di controllo non è disponibile: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>The audit trail is intact: %n row(s), head %1.</source>
        <translation>
            <numerusform>Il registro di controllo è integro: %n riga, testa %1.</numerusform>
            <numerusform>Il registro di controllo è integro: %n righe, testa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit row %1 was altered: it no longer matches its hash.</source>
        <translation>La riga %1 del registro è stata alterata: non corrisponde più alla sua impronta.</translation>
    </message>
    <message>
        <source>Audit row %1 was inserted: it does not belong to the chain between the rows around it.</source>
        <translation>La riga %1 del registro è stata inserita: non appartiene alla catena tra le righe vicine.</translation>
    </message>
    <message>
        <source>Audit row %1 was removed: the chain is broken there.</source>
        <translation>La riga %1 del registro è stata rimossa: lì la catena è interrotta.</translation>
    </message>
    <message>
        <source>Audit row %1 differs from the earlier export: the history was rewritten.</source>
        <translation>La riga %1 del registro è diversa dall&apos;estrazione precedente: la storia è stata riscritta.</translation>
    </message>
</context>
<context>
    <name>CaseDossier</name>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critica</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>waiting for the department</source>
        <translation>in attesa della funzione</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>spostata</translation>
    </message>
    <message>
        <source>raised to level 2</source>
        <translation>portata al livello 2</translation>
    </message>
    <message>
        <source>Case %1 – dossier</source>
        <translation>Pratica %1 – dossier</translation>
    </message>
    <message>
        <source>Prepared %1. Internal: do not forward to the customer.</source>
        <translation>Preparato il %1. Uso interno: non inoltrare al cliente.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 su 5</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Never escalated.</source>
        <translation>Mai in escalation.</translation>
    </message>
    <message>
        <source>%1 – level %2, urgency %3 – %4</source>
        <translation>%1 – livello %2, urgenza %3 – %4</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Risposta entro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>%1 (recorded by %2, %3)</source>
        <translation>%1 (registrata da %2, %3)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>%1 (the bank)</source>
        <translation>%1 (la banca)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · case %1</source>
        <translation> · pratica %1</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuna.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>case-%1-dossier.pdf</source>
        <translation>pratica-%1-dossier.pdf</translation>
    </message>
    <message>
        <source>The dossier could not be written to %1: %2</source>
        <translation>Non è stato possibile scrivere il dossier in %1: %2</translation>
    </message>
    <message>
        <source>Case %1 – escalation %2</source>
        <translation>Pratica %1 – escalation %2</translation>
    </message>
    <message>
        <source>Case %1 on %2 (%3)</source>
        <translation>Pratica %1 su %2 (%3)</translation>
    </message>
    <message>
        <source>Status: %1 · Category: %2 · Priority: %3</source>
        <translation>Stato: %1 · Categoria: %2 · Priorità: %3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 on %3, level %4, urgency %5.</source>
        <translation>Escalation a %1 da %2 il %3, livello %4, urgenza %5.</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Risposta entro: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>The full dossier (conversation, notes, escalation history) is in the attached PDF, %1.</source>
        <translation>Il dossier completo (conversazione, note, storico escalation) è nel PDF allegato, %1.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message (%1):</source>
        <translation>L&apos;ultimo messaggio del cliente (%1):</translation>
    </message>
</context>
<context>
    <name>IncidentReplies</name>
    <message>
        <source>The template &quot;%1&quot; does not exist.</source>
        <translation>Il modello &quot;%1&quot; non esiste.</translation>
    </message>
    <message>
        <source>Variables without a value: %1</source>
        <translation>Variabili senza valore: %1</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Pratica %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>Saving stopped before line %1: %2. Lines before it were saved.</source>
        <translation>Salvataggio interrotto prima della riga %1: %2. Le righe precedenti sono state salvate.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>In escalation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Senza categoria</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Richiesta di assistenza</translation>
    </message>
    <message>
        <source>Emerging problem</source>
        <translation>Problema emergente</translation>
    </message>
    <message>
        <source>Widespread anomaly</source>
        <translation>Anomalia diffusa</translation>
    </message>
    <message>
        <source>Mis-selling</source>
        <translation>Vendita inappropriata (mis-selling)</translation>
    </message>
    <message>
        <source>Reputational risk</source>
        <translation>Rischio reputazionale</translation>
    </message>
    <message>
        <source>Wish or idea</source>
        <translation>Desiderio o idea</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Apprezzamento</translation>
    </message>
    <message>
        <source>Spam or abuse</source>
        <translation>Spam o abuso</translation>
    </message>
    <message>
        <source>Fake profile</source>
        <translation>Profilo falso</translation>
    </message>
    <message>
        <source>Phishing or fraud</source>
        <translation>Phishing o frode</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Altra lingua</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>ReplyChecker</name>
    <message>
        <source>Open with a greeting (Ciao, Buongiorno).</source>
        <translation>Inizia con un saluto (Ciao, Buongiorno).</translation>
    </message>
    <message>
        <source>Call the customer by name (%1).</source>
        <translation>Chiama il cliente per nome (%1).</translation>
    </message>
    <message>
        <source>Sign with your initials (^FG): on this channel customers expect it.</source>
        <translation>Firma con le tue iniziali (^FG): su questo canale i clienti se lo aspettano.</translation>
    </message>
    <message>
        <source>Personal data in a public reply: move the details to a private channel.</source>
        <translation>Dati personali in una risposta pubblica: sposta i dettagli su un canale privato.</translation>
    </message>
    <message>
        <source>Card numbers and one-time codes are never sent, not even in private.</source>
        <translation>Numeri di carta e codici monouso non si inviano mai, nemmeno in privato.</translation>
    </message>
    <message>
        <source>Fill in every {{variable}} first.</source>
        <translation>Prima compila ogni {{variable}}.</translation>
    </message>
    <message>
        <source>Too long for this channel: %1 of %2.</source>
        <translation>Troppo lunga per questo canale: %1 su %2.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>La risposta è vuota.</translation>
    </message>
</context>
<context>
    <name>ReplyVariables</name>
    <message>
        <source>DM</source>
        <translation>DM</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>a private mention</source>
        <translation>una menzione privata</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
</context>
<context>
    <name>ReportChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
</context>
<context>
    <name>ServiceHours</name>
    <message>
        <source>%1 and %2 overlap.</source>
        <translation>%1 e %2 si sovrappongono.</translation>
    </message>
    <message>
        <source>Unknown time zone %1 (use a name such as Europe/Rome).</source>
        <translation>Fuso orario %1 sconosciuto (usa un nome come Europe/Rome).</translation>
    </message>
    <message>
        <source>The interval %1 does not end after it starts.</source>
        <translation>L&apos;intervallo %1 non finisce dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>%1 is not an interval: write it as 08:00-13:00.</source>
        <translation>%1 non è un intervallo: scrivilo come 08:00-13:00.</translation>
    </message>
    <message>
        <source>%1 is not a time: use HH:MM from 00:00 to 24:00.</source>
        <translation>%1 non è un orario: usa HH:MM, da 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>In %1 the end is not after the start.</source>
        <translation>In %1 la fine non viene dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>%1 is not a date: use MM-DD for every year or YYYY-MM-DD for a single day.</source>
        <translation>%1 non è una data: usa MM-GG per ogni anno o AAAA-MM-GG per un solo giorno.</translation>
    </message>
    <message>
        <source>Service hours: unknown key %1 (allowed keys: %2).</source>
        <translation>Orari di servizio: chiave %1 sconosciuta (chiavi ammesse: %2).</translation>
    </message>
    <message>
        <source>Service hours: &quot;timeZone&quot; must be a name such as Europe/Rome.</source>
        <translation>Orari di servizio: &quot;timeZone&quot; deve essere un nome come Europe/Rome.</translation>
    </message>
    <message>
        <source>Service hours: %1</source>
        <translation>Orari di servizio: %1</translation>
    </message>
    <message>
        <source>Service hours: &quot;week&quot; must be an object with one list of intervals per weekday, monday to sunday.</source>
        <translation>Orari di servizio: &quot;week&quot; deve essere un oggetto con un elenco di intervalli per ogni giorno, da monday a sunday.</translation>
    </message>
    <message>
        <source>Service hours: unknown weekday %1 (use monday to sunday).</source>
        <translation>Orari di servizio: giorno %1 sconosciuto (usa da monday a sunday).</translation>
    </message>
    <message>
        <source>Service hours, %1: write a list such as [&quot;08:00-13:00&quot;, &quot;14:00-20:00&quot;], or [] when closed.</source>
        <translation>Orari di servizio, %1: scrivi un elenco come [&quot;08:00-13:00&quot;, &quot;14:00-20:00&quot;], oppure [] se chiuso.</translation>
    </message>
    <message>
        <source>Service hours, %1: each interval must be a text such as &quot;08:00-13:00&quot;.</source>
        <translation>Orari di servizio, %1: ogni intervallo deve essere un testo come &quot;08:00-13:00&quot;.</translation>
    </message>
    <message>
        <source>Service hours, %1: %2</source>
        <translation>Orari di servizio, %1: %2</translation>
    </message>
    <message>
        <source>Service hours: &quot;holidays&quot; must be a list of dates such as &quot;12-25&quot; or &quot;2026-12-24&quot;.</source>
        <translation>Orari di servizio: &quot;holidays&quot; deve essere un elenco di date come &quot;12-25&quot; o &quot;2026-12-24&quot;.</translation>
    </message>
    <message>
        <source>Service hours, holidays: each date must be a text such as &quot;12-25&quot; or &quot;2026-12-24&quot;.</source>
        <translation>Orari di servizio, festività: ogni data deve essere un testo come &quot;12-25&quot; o &quot;2026-12-24&quot;.</translation>
    </message>
    <message>
        <source>Service hours, holidays: %1</source>
        <translation>Orari di servizio, festività: %1</translation>
    </message>
    <message>
        <source>Service hours: &quot;easterMonday&quot; must be true or false.</source>
        <translation>Orari di servizio: &quot;easterMonday&quot; deve essere true o false.</translation>
    </message>
</context>
<context>
    <name>ServiceLevels</name>
    <message>
        <source>Cannot read the service levels from %1: %2.</source>
        <translation>Impossibile leggere i livelli di servizio da %1: %2.</translation>
    </message>
    <message>
        <source>A target must be between 1 and %1 minutes.</source>
        <translation>Un tempo obiettivo deve essere tra 1 e %1 minuti.</translation>
    </message>
    <message>
        <source>The warning must come between 0 and %1 minutes before the target.</source>
        <translation>L&apos;avviso deve arrivare tra 0 e %1 minuti prima della scadenza.</translation>
    </message>
    <message>
        <source>Service levels: unknown key %1 (allowed keys: %2).</source>
        <translation>Livelli di servizio: chiave %1 sconosciuta (chiavi ammesse: %2).</translation>
    </message>
    <message>
        <source>Service levels: this program reads version %1 of the format.</source>
        <translation>Livelli di servizio: questo programma legge la versione %1 del formato.</translation>
    </message>
    <message>
        <source>Service levels: &quot;dueSoonMinutes&quot; must be a whole number from 0 to %1.</source>
        <translation>Livelli di servizio: &quot;dueSoonMinutes&quot; deve essere un numero intero da 0 a %1.</translation>
    </message>
    <message>
        <source>Service levels: &quot;targets&quot; must be an object with one entry per network, such as &quot;x&quot;: {&quot;public&quot;: 15, &quot;private&quot;: 15}.</source>
        <translation>Livelli di servizio: &quot;targets&quot; deve essere un oggetto con una voce per ogni social, come &quot;x&quot;: {&quot;public&quot;: 15, &quot;private&quot;: 15}.</translation>
    </message>
    <message>
        <source>Service levels: unknown network %1.</source>
        <translation>Livelli di servizio: social %1 sconosciuto.</translation>
    </message>
    <message>
        <source>Service levels, %1: a target is a whole number of minutes from 1 to %2, or {&quot;public&quot;: minutes, &quot;private&quot;: minutes}.</source>
        <translation>Livelli di servizio, %1: un tempo obiettivo è un numero intero di minuti da 1 a %2, oppure {&quot;public&quot;: minuti, &quot;private&quot;: minuti}.</translation>
    </message>
    <message>
        <source>Service levels: &quot;serviceHours&quot; must be an object.</source>
        <translation>Livelli di servizio: &quot;serviceHours&quot; deve essere un oggetto.</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>I livelli di servizio</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>The report needs a start and an end.</source>
        <translation>Il report ha bisogno di un inizio e di una fine.</translation>
    </message>
    <message>
        <source>The report&apos;s start must come before its end.</source>
        <translation>L&apos;inizio del report deve precedere la fine.</translation>
    </message>
    <message>
        <source>The report&apos;s time zone is not known on this computer.</source>
        <translation>Il fuso orario del report non è noto su questo computer.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
</context>
<context>
    <name>SqliteCaseStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>Errore del database: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossibile avviare una transazione: %1</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>La pratica %1 non esiste.</translation>
    </message>
    <message>
        <source>Case %1 is already taken by %2.</source>
        <translation>La pratica %1 è già in carico a %2.</translation>
    </message>
    <message>
        <source>Case %1 is already yours.</source>
        <translation>La pratica %1 è già in carico a te.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to anyone.</source>
        <translation>La pratica %1 non è assegnata a nessuno.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>Categoria &quot;%1&quot; sconosciuta.</translation>
    </message>
    <message>
        <source>Unknown priority &quot;%1&quot;.</source>
        <translation>Priorità &quot;%1&quot; sconosciuta.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>La nota non può essere vuota.</translation>
    </message>
    <message>
        <source>New messages could not be saved: %1</source>
        <translation>Non è stato possibile salvare i nuovi messaggi: %1</translation>
    </message>
    <message>
        <source>an outgoing message that answers no known conversation</source>
        <translation>messaggio in uscita che non risponde a nessuna conversazione nota</translation>
    </message>
    <message>
        <source>Every action needs the name of the agent who performs it.</source>
        <translation>Ogni azione richiede il nome dell&apos;operatore che la esegue.</translation>
    </message>
    <message>
        <source>Case %1 is already resolved or closed.</source>
        <translation>La pratica %1 è già risolta o chiusa.</translation>
    </message>
    <message>
        <source>Case %1 is not resolved, so it cannot be reopened.</source>
        <translation>La pratica %1 non è risolta, quindi non si può riaprire.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossibile salvare: %1</translation>
    </message>
    <message>
        <source>A reply needs its key, its text and its author.</source>
        <translation>Una risposta richiede chiave, testo e autore.</translation>
    </message>
    <message>
        <source>Reply %1 is not in the outbox.</source>
        <translation>La risposta %1 non è nella posta in uscita.</translation>
    </message>
    <message>
        <source>Reply %1 is no longer waiting to be sent.</source>
        <translation>La risposta %1 non è più in attesa di invio.</translation>
    </message>
    <message>
        <source>Reply %1 was recorded as sent twice.</source>
        <translation>La risposta %1 è stata registrata come inviata due volte.</translation>
    </message>
    <message>
        <source>Only a failed reply can be retried.</source>
        <translation>Si può riprovare solo una risposta non riuscita.</translation>
    </message>
    <message>
        <source>Only a failed reply can be discarded.</source>
        <translation>Si può scartare solo una risposta non riuscita.</translation>
    </message>
    <message>
        <source>A template needs a key, a title and a text.</source>
        <translation>Un modello richiede chiave, titolo e testo.</translation>
    </message>
    <message>
        <source>The audit trail has no key, so the action was not taken. Sportello reads the key from the system keychain.</source>
        <translation>Il registro di controllo non ha una chiave, quindi l&apos;azione non è stata eseguita. Sportello legge la chiave dal portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The audit trail cannot be written, so the action was not taken: %1</source>
        <translation>Il registro di controllo non si può scrivere, quindi l&apos;azione non è stata eseguita: %1</translation>
    </message>
    <message>
        <source>The audit key in this workstation&apos;s keychain does not match this database&apos;s audit trail (row %1), so the action was not taken.</source>
        <translation>La chiave nel portachiavi di questa postazione non corrisponde al registro di controllo di questo database (riga %1), quindi l&apos;azione non è stata eseguita.</translation>
    </message>
    <message>
        <source>Case %1 is with a department: record their answer or withdraw the escalation before resolving it.</source>
        <translation>La pratica %1 è presso un ufficio: registra la sua risposta o ritira l&apos;escalation prima di risolverla.</translation>
    </message>
    <message>
        <source>This action is not known.</source>
        <translation>Questa azione non è riconosciuta.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Il cliente %1 non esiste.</translation>
    </message>
    <message>
        <source>The customer was erased, but the search index still holds traces: %1</source>
        <translation>Il cliente è stato cancellato, ma l&apos;indice di ricerca ne conserva ancora tracce: %1</translation>
    </message>
    <message>
        <source>The customer was erased, but the database log still holds traces: %1</source>
        <translation>Il cliente è stato cancellato, ma il log del database ne conserva ancora tracce: %1</translation>
    </message>
    <message>
        <source>The customer was erased, but another Sportello window is reading the database, so old copies remain in its log until it closes.</source>
        <translation>Il cliente è stato cancellato, ma un&apos;altra finestra di Sportello sta leggendo il database: le vecchie copie restano nel log finché non si chiude.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>Non esiste l&apos;ufficio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A department key is 2 to 41 lower-case letters, digits or _, starting with a letter.</source>
        <translation>La chiave di un ufficio ha da 2 a 41 lettere minuscole, cifre o _, e inizia con una lettera.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Una funzione ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>A department answers within 1 minute and 30 days.</source>
        <translation>Un ufficio risponde entro un tempo tra 1 minuto e 30 giorni.</translation>
    </message>
    <message>
        <source>Case %1 is resolved: reopen it before escalating.</source>
        <translation>La pratica %1 è risolta: riaprila prima dell&apos;escalation.</translation>
    </message>
    <message>
        <source>Case %1 is already escalated to %2.</source>
        <translation>La pratica %1 è già in escalation a %2.</translation>
    </message>
    <message>
        <source>The escalation level is 1 or 2.</source>
        <translation>Il livello dell&apos;escalation è 1 o 2.</translation>
    </message>
    <message>
        <source>Unknown urgency &quot;%1&quot;: normal, high or critical.</source>
        <translation>Urgenza &quot;%1&quot; sconosciuta: normale, alta o critica.</translation>
    </message>
    <message>
        <source>An escalation needs a reason.</source>
        <translation>Un&apos;escalation ha bisogno di un motivo.</translation>
    </message>
    <message>
        <source>%1 no longer takes escalations.</source>
        <translation>%1 non riceve più escalation.</translation>
    </message>
    <message>
        <source>Case %1 is not escalated.</source>
        <translation>La pratica %1 non è in escalation.</translation>
    </message>
    <message>
        <source>The department&apos;s answer cannot be empty.</source>
        <translation>La risposta dell&apos;ufficio non può essere vuota.</translation>
    </message>
    <message>
        <source>Withdrawing an escalation needs a reason.</source>
        <translation>Per ritirare un&apos;escalation serve un motivo.</translation>
    </message>
    <message>
        <source>Case %1 is already escalated at level two.</source>
        <translation>La pratica %1 è già in escalation di secondo livello.</translation>
    </message>
    <message>
        <source>Raising an escalation needs a reason.</source>
        <translation>Per portare un&apos;escalation al secondo livello serve un motivo.</translation>
    </message>
    <message>
        <source>Moving an escalation needs a reason.</source>
        <translation>Per spostare un&apos;escalation serve un motivo.</translation>
    </message>
    <message>
        <source>Case %1 is already with %2.</source>
        <translation>La pratica %1 è già presso %2.</translation>
    </message>
    <message>
        <source>Only a new or open case can wait for the customer.</source>
        <translation>Solo una pratica nuova o aperta può restare in attesa del cliente.</translation>
    </message>
    <message>
        <source>Ask for satisfaction once case %1 is resolved.</source>
        <translation>Chiedi la soddisfazione quando la pratica %1 è risolta.</translation>
    </message>
    <message>
        <source>Incident %1 is closed.</source>
        <translation>L&apos;incidente %1 è chiuso.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Un incidente ha bisogno di un titolo.</translation>
    </message>
    <message>
        <source>Incident %1 is not open.</source>
        <translation>L&apos;incidente %1 non è aperto.</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>L&apos;incidente %1 non esiste.</translation>
    </message>
    <message>
        <source>case %1 is missing</source>
        <translation>manca la pratica %1</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>%1 is damaged or is not a Sportello database (%2). It was left as it is.</source>
        <translation>%1 è danneggiato o non è un database di Sportello (%2). Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is read-only: Sportello needs to write to it (%2).</source>
        <translation>%1 è di sola lettura: Sportello deve poterci scrivere (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sportello (schema %2; this version knows up to %3). It was not changed: please update Sportello.</source>
        <translation>%1 è stato scritto da una versione più recente di Sportello (schema %2; questa versione arriva fino allo schema %3). Il file non è stato modificato: aggiorna Sportello.</translation>
    </message>
    <message>
        <source>%1 is read-only: Sportello needs to write to it.</source>
        <translation>%1 è in sola lettura: Sportello deve poterci scrivere.</translation>
    </message>
    <message>
        <source>%1 uses an older format: open it once with write access so Sportello can upgrade it.</source>
        <translation>%1 usa un formato precedente: aprilo una volta con permesso di scrittura, così Sportello può aggiornarlo.</translation>
    </message>
</context>
<context>
    <name>StoreWorker</name>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>The case database could not be opened.

%1</source>
        <translation>Impossibile aprire il database delle pratiche.

%1</translation>
    </message>
    <message>
        <source>Actions are disabled: the audit key is not available (%1).</source>
        <translation>Le azioni sono disattivate: la chiave del registro di controllo non è disponibile (%1).</translation>
    </message>
</context>
<context>
    <name>sportello::AuditKeychain</name>
    <message>
        <source>the system keychain answered: %1</source>
        <translation>il portachiavi di sistema ha risposto: %1</translation>
    </message>
    <message>
        <source>the key is still being read from the system keychain</source>
        <translation>la chiave è ancora in lettura dal portachiavi di sistema</translation>
    </message>
    <message>
        <source>the database names no audit key</source>
        <translation>il database non indica alcuna chiave di controllo</translation>
    </message>
    <message>
        <source>this workstation&apos;s keychain holds no audit key for this database</source>
        <translation>il portachiavi di questa postazione non ha la chiave di controllo di questo database</translation>
    </message>
    <message>
        <source>the audit key in the system keychain is too short</source>
        <translation>la chiave di controllo nel portachiavi di sistema è troppo corta</translation>
    </message>
    <message numerus="yes">
        <source>the system keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>il portachiavi di sistema non ha risposto entro %n secondo</numerusform>
            <numerusform>il portachiavi di sistema non ha risposto entro %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::CaseView</name>
    <message>
        <source>Select a message in the timeline to open its case.</source>
        <translation>Seleziona un messaggio nella timeline per aprirne la pratica.</translation>
    </message>
    <message>
        <source>Category (C)</source>
        <translation>Categoria (C)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Priority (P)</source>
        <translation>Priorità (P)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>Pren&amp;di in carico</translation>
    </message>
    <message>
        <source>Assign this case to me (T)</source>
        <translation>Assegnami la pratica (T)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Ri&amp;lascia</translation>
    </message>
    <message>
        <source>Give the case back to the queue (U)</source>
        <translation>Rimetti la pratica in coda (U)</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ri&amp;solvi</translation>
    </message>
    <message>
        <source>Mark the case resolved (R)</source>
        <translation>Segna la pratica come risolta (R)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <source>Open the case again (O)</source>
        <translation>Riapri la pratica (O)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Profili</translation>
    </message>
    <message>
        <source>Cases (double-click to open)</source>
        <translation>Pratiche (doppio clic per aprire)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>Client&amp;e</translation>
    </message>
    <message>
        <source>Internal note, never sent to the customer (N)</source>
        <translation>Nota interna, mai inviata al cliente (N)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggi&amp;ungi nota</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>St&amp;orico</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Pratica %1 · %2</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>aperta il %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assegnata</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>assegnata a %1</translation>
    </message>
    <message>
        <source>first response %1</source>
        <translation>prima risposta il %1</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4 · %5</source>
        <translation>Pratica %1 · %2 · %3 · %4 · %5</translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Note (%1)</translation>
    </message>
    <message>
        <source>opened: %1, priority %2, %3</source>
        <translation>aperta: %1, priorità %2, %3</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>presa in carico da %1</translation>
    </message>
    <message>
        <source>released by %1</source>
        <translation>rilasciata da %1</translation>
    </message>
    <message>
        <source>category changed from %1 to %2</source>
        <translation>categoria cambiata da %1 a %2</translation>
    </message>
    <message>
        <source>priority changed from %1 to %2</source>
        <translation>priorità cambiata da %1 a %2</translation>
    </message>
    <message>
        <source>priority raised from %1 to %2: the customer wrote again</source>
        <translation>priorità alzata da %1 a %2: il cliente ha riscritto</translation>
    </message>
    <message>
        <source>internal note added</source>
        <translation>nota interna aggiunta</translation>
    </message>
    <message>
        <source>resolved (was %1)</source>
        <translation>risolta (era %1)</translation>
    </message>
    <message>
        <source>reopened: the customer wrote again</source>
        <translation>riaperta: il cliente ha riscritto</translation>
    </message>
    <message>
        <source>reopened (was %1)</source>
        <translation>riaperta (era %1)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalation…</translation>
    </message>
    <message>
        <source>Hand the case to a task-force department (E)</source>
        <translation>Passa la pratica a una funzione della task force (E)</translation>
    </message>
    <message>
        <source>&amp;Wait for customer</source>
        <translation>&amp;Attendi il cliente</translation>
    </message>
    <message>
        <source>Pause the service clock until the customer writes (W)</source>
        <translation>Ferma il conteggio del servizio finché il cliente non scrive (W)</translation>
    </message>
    <message>
        <source>Ask for satis&amp;faction</source>
        <translation>Chiedi la soddis&amp;fazione</translation>
    </message>
    <message>
        <source>Record that the satisfaction question (1-5) went to the customer (S)</source>
        <translation>Registra che la domanda di soddisfazione (1-5) è stata inviata al cliente (S)</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>The case dossier for a department</source>
        <translation>Il dossier della pratica per una funzione</translation>
    </message>
    <message>
        <source>Export PDF… (D)</source>
        <translation>Esporta PDF… (D)</translation>
    </message>
    <message>
        <source>E-mail to department… (Shift+D)</source>
        <translation>E-mail alla funzione… (Maiusc+D)</translation>
    </message>
    <message>
        <source>Overdue: the department&apos;s answer is late.</source>
        <translation>Scaduta: la risposta della funzione è in ritardo.</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Registra &amp;risposta…</translation>
    </message>
    <message>
        <source>Record the department&apos;s answer; the case comes back to you (A)</source>
        <translation>Registra la risposta della funzione; la pratica torna a te (A)</translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation>R&amp;itira…</translation>
    </message>
    <message>
        <source>Take the case back without an answer (Shift+W)</source>
        <translation>Riprendi la pratica senza risposta (Maiusc+W)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Sposta…</translation>
    </message>
    <message>
        <source>Hand the escalation on to another department (M)</source>
        <translation>Passa l&apos;escalation a un&apos;altra funzione (M)</translation>
    </message>
    <message>
        <source>Raise to level &amp;2…</source>
        <translation>Porta al livello &amp;2…</translation>
    </message>
    <message>
        <source>Escalate to the same department at level 2 (Shift+E)</source>
        <translation>Escalation alla stessa funzione al livello 2 (Maiusc+E)</translation>
    </message>
    <message>
        <source>E&amp;rase customer data…</source>
        <translation>Cance&amp;lla i dati del cliente…</translation>
    </message>
    <message>
        <source>Erase what identifies this customer, on their request (Ctrl+Shift+Del)</source>
        <translation>Cancella ciò che identifica il cliente, su sua richiesta (Ctrl+Maiusc+Canc)</translation>
    </message>
    <message>
        <source>Escalation histor&amp;y</source>
        <translation>Storico escalation</translation>
    </message>
    <message>
        <source>satisfaction %1/5</source>
        <translation>soddisfazione %1/5</translation>
    </message>
    <message>
        <source>satisfaction asked %1</source>
        <translation>soddisfazione chiesta %1</translation>
    </message>
    <message>
        <source>escalated to %1, level %2, urgency %3</source>
        <translation>escalation a %1, livello %2, urgenza %3</translation>
    </message>
    <message>
        <source>answer from %1 recorded</source>
        <translation>registrata la risposta di %1</translation>
    </message>
    <message>
        <source>escalation to %1 withdrawn</source>
        <translation>escalation a %1 ritirata</translation>
    </message>
    <message>
        <source>escalation moved from %1 to %2</source>
        <translation>escalation spostata da %1 a %2</translation>
    </message>
    <message>
        <source>escalation to %1 raised to level 2</source>
        <translation>escalation a %1 portata al livello 2</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>in attesa del cliente</translation>
    </message>
    <message>
        <source>satisfaction question sent</source>
        <translation>domanda di soddisfazione inviata</translation>
    </message>
    <message>
        <source>the customer rated the service %1/5</source>
        <translation>il cliente ha valutato il servizio %1/5</translation>
    </message>
    <message>
        <source>customer data erased on request</source>
        <translation>dati del cliente cancellati su richiesta</translation>
    </message>
    <message>
        <source>Escalated to %1 · level %2 · urgency %3</source>
        <translation>In escalation a %1 · livello %2 · urgenza %3</translation>
    </message>
    <message>
        <source>By %1 on %2: %3</source>
        <translation>Da %1 il %2: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Answer due %1</source>
        <translation>Risposta entro %1</translation>
    </message>
    <message>
        <source>%1 · level %2 · %3 · %4</source>
        <translation>%1 · livello %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 da %2: %3</translation>
    </message>
    <message>
        <source>Answer (%1, %2): %3</source>
        <translation>Risposta (%1, %2): %3</translation>
    </message>
    <message>
        <source>Escalation histor&amp;y (%1)</source>
        <translation>Storico escalation (%1)</translation>
    </message>
    <message>
        <source>Record the department&apos;s answer</source>
        <translation>Registra la risposta della funzione</translation>
    </message>
    <message>
        <source>What %1 answered. The case comes back to you to reply to the customer.</source>
        <translation>Cosa ha risposto %1. La pratica torna a te per rispondere al cliente.</translation>
    </message>
    <message>
        <source>Withdraw escalation</source>
        <translation>Ritira l&apos;escalation</translation>
    </message>
    <message>
        <source>Why the case comes back without the department&apos;s answer:</source>
        <translation>Perché la pratica torna senza la risposta della funzione:</translation>
    </message>
    <message>
        <source>Raise to level 2</source>
        <translation>Porta al livello 2</translation>
    </message>
    <message>
        <source>Why %1 has to look at it at level 2:</source>
        <translation>Perché %1 deve vederla al livello 2:</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Esporta dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier saved to %1.</source>
        <translation>Dossier salvato in %1.</translation>
    </message>
    <message>
        <source>E-mail to department</source>
        <translation>E-mail alla funzione</translation>
    </message>
    <message>
        <source>No e-mail program could be opened.</source>
        <translation>Non è stato possibile aprire un programma di posta.</translation>
    </message>
    <message>
        <source>Attach the dossier PDF to the e-mail before sending it.</source>
        <translation>Allega il PDF del dossier all&apos;e-mail prima di inviarla.</translation>
    </message>
    <message>
        <source>Erase customer data</source>
        <translation>Cancella i dati del cliente</translation>
    </message>
    <message>
        <source>Erase the data of %1?</source>
        <translation>Cancellare i dati di %1?</translation>
    </message>
    <message>
        <source>Their names, handles, the words of their conversations and the notes about them are erased on every network. The cases&apos; figures stay for the reports, and the audit trail records the erasure. This cannot be undone.</source>
        <translation>Nomi, handle, le parole delle sue conversazioni e le note che lo riguardano vengono cancellati su ogni rete. I dati numerici delle pratiche restano per i report e l&apos;audit trail registra la cancellazione. Non si può annullare.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>⚠ Incident #%1: %2</source>
        <translation>⚠ Incidente n. %1: %2</translation>
    </message>
    <message>
        <source>Incident #%1 (closed): %2</source>
        <translation>Incidente #%1 (chiuso): %2</translation>
    </message>
    <message>
        <source>Saving the dossier…</source>
        <translation>Salvataggio del dossier…</translation>
    </message>
</context>
<context>
    <name>sportello::ConversationModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>pratica %1</translation>
    </message>
</context>
<context>
    <name>sportello::DashboardWindow</name>
    <message>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <source>Messages by network</source>
        <translation>Messaggi per social</translation>
    </message>
    <message>
        <source>Messages by hour of day</source>
        <translation>Messaggi per ora del giorno</translation>
    </message>
    <message>
        <source>Messages by weekday</source>
        <translation>Messaggi per giorno della settimana</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Arretrato per anzianità</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>Ultimo giorno, incluso</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tutti i social</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti gli account</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>First response, mean (min)</source>
        <translation>Prima risposta, media (min)</translation>
    </message>
    <message>
        <source>First response, median (min)</source>
        <translation>Prima risposta, mediana (min)</translation>
    </message>
    <message>
        <source>First response, 90th percentile (min)</source>
        <translation>Prima risposta, 90° percentile (min)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasso di risposta</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Rispetto degli SLA</translation>
    </message>
    <message>
        <source>Backlog at the end</source>
        <translation>Arretrato a fine periodo</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Soddisfazione (1–5)</translation>
    </message>
    <message>
        <source>Reopened cases</source>
        <translation>Pratiche riaperte</translation>
    </message>
    <message>
        <source>Messages received</source>
        <translation>Messaggi ricevuti</translation>
    </message>
    <message>
        <source>Task force and incidents</source>
        <translation>Task force e disservizi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Inoltrate</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Con risposta</translation>
    </message>
    <message>
        <source>Turnaround (h)</source>
        <translation>Tempo di risposta (h)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Answered escalations: mean / median hours from hand-over to answer</source>
        <translation>Escalation con risposta: ore medie / mediane dall&apos;inoltro alla risposta</translation>
    </message>
    <message>
        <source>Escalations still open after their due time</source>
        <translation>Escalation ancora aperte oltre la scadenza</translation>
    </message>
    <message>
        <source>Escalations by department</source>
        <translation>Escalation per ufficio</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Disservizio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Pratiche collegate</translation>
    </message>
    <message>
        <source>Incidents opened in the period</source>
        <translation>Disservizi aperti nel periodo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Disservizi</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Non è stato possibile calcolare i dati: %1</translation>
    </message>
    <message>
        <source>Figures up to %1</source>
        <translation>Dati aggiornati al %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 cases answered</source>
        <translation>%1 pratiche con risposta su %2</translation>
    </message>
    <message>
        <source>%1 on time, %2 late</source>
        <translation>%1 nei tempi, %2 in ritardo</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 risposte</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 inviati</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <source>1–4 h</source>
        <translation>1–4 h</translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation>4–24 h</translation>
    </message>
    <message>
        <source>1–3 d</source>
        <translation>1–3 g</translation>
    </message>
    <message>
        <source>&gt; 3 d</source>
        <translation>&gt; 3 g</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Pratiche aperte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>service-levels-%1-%2.csv</source>
        <translation>livelli-di-servizio-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>The figures could not be saved to %1.</source>
        <translation>Non è stato possibile salvare i dati in %1.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
</context>
<context>
    <name>sportello::DepartmentEditor</name>
    <message>
        <source>Task force departments</source>
        <translation>Funzioni della task force</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>E-mail di contatto</translation>
    </message>
    <message>
        <source>Answers within</source>
        <translation>Risponde entro</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dismessa</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Funzioni</translation>
    </message>
    <message>
        <source>e.g. complaints: lower-case letters, digits, _</source>
        <translation>es. complaints: lettere minuscole, cifre, _</translation>
    </message>
    <message>
        <source>where the dossier is e-mailed</source>
        <translation>dove si invia il dossier</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>&amp;Retired: takes no new escalations</source>
        <translation>&amp;Dismessa: non riceve nuove escalation</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chiave:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <source>&amp;Contact e-mail:</source>
        <translation>E-&amp;mail di contatto:</translation>
    </message>
    <message>
        <source>Answers &amp;within (service time):</source>
        <translation>Risponde &amp;entro (tempo di servizio):</translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation>&amp;Nuova funzione</translation>
    </message>
    <message>
        <source>&amp;Save department</source>
        <translation>&amp;Salva funzione</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dismessa</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvata.</translation>
    </message>
    <message>
        <source>The key is 2 to 41 lower-case letters, digits or _, starting with a letter.</source>
        <translation>La chiave è fatta da 2 a 41 lettere minuscole, cifre o _, e inizia con una lettera.</translation>
    </message>
    <message>
        <source>There is already a department with the key &quot;%1&quot;.</source>
        <translation>Esiste già una funzione con la chiave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A department needs a name.</source>
        <translation>Una funzione ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>The contact is an e-mail address.</source>
        <translation>Il contatto è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>sportello::EscalationDialog</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalate case</source>
        <translation>Escalation della pratica</translation>
    </message>
    <message>
        <source>Move escalation</source>
        <translation>Sposta l&apos;escalation</translation>
    </message>
    <message>
        <source>%1 (answers within %2)</source>
        <translation>%1 (risponde entro %2)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Funzione:</translation>
    </message>
    <message>
        <source>1 – first level</source>
        <translation>1 – primo livello</translation>
    </message>
    <message>
        <source>2 – second level</source>
        <translation>2 – secondo livello</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critica</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgenza:</translation>
    </message>
    <message>
        <source>Why the department has to look at it (required)</source>
        <translation>Perché la funzione deve occuparsene (obbligatorio)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>What the department should know (optional)</source>
        <translation>Cosa deve sapere la funzione (facoltativo)</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>No department can take this case: ask an administrator to add one (Tools ▸ Task force departments).</source>
        <translation>Nessuna funzione può prendere questa pratica: chiedi a un amministratore di aggiungerne una (Strumenti ▸ Funzioni della task force).</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalation</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Sposta</translation>
    </message>
</context>
<context>
    <name>sportello::FilterPanel</name>
    <message>
        <source>Queues</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>In escalation</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolte</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Network filter</source>
        <translation>Filtro social</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Soc&amp;ial</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro account</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Public or private filter</source>
        <translation>Filtro pubblico o privato</translation>
    </message>
    <message>
        <source>&amp;Public/private</source>
        <translation>Pu&amp;bblico/privato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro categoria</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;goria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Filtro priorità</translation>
    </message>
    <message>
        <source>P&amp;riority</source>
        <translation>Priori&amp;tà</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>In scadenza</translation>
    </message>
</context>
<context>
    <name>sportello::IncidentsDialog</name>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Pratiche collegate</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuovo incidente…</translation>
    </message>
    <message>
        <source>&amp;Answer all linked cases…</source>
        <translation>&amp;Rispondi a tutte le pratiche collegate…</translation>
    </message>
    <message>
        <source>C&amp;lose incident…</source>
        <translation>C&amp;hiudi incidente…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>chiuso %1</translation>
    </message>
</context>
<context>
    <name>sportello::MainWindow</name>
    <message>
        <source>Sportello</source>
        <translation>Sportello</translation>
    </message>
    <message>
        <source>Search messages, a customer&apos;s name or handle, or a case number (Ctrl+F)</source>
        <translation>Cerca messaggi, nome o username di un cliente, o un numero di pratica (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>DEMO: simulated customers, nothing is sent</source>
        <translation>DEMO: clienti simulati, non viene inviato nulla</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a message in the timeline to open its case.</source>
        <translation>Seleziona un messaggio nella timeline per aprirne la pratica.</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>Impossibile leggere la timeline: %1</translation>
    </message>
    <message>
        <source>New messages could not be saved; they will be fetched again: %1</source>
        <translation>Impossibile salvare i nuovi messaggi; verranno recuperati di nuovo: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Cancella ricerca</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Queue: All</source>
        <translation>Coda: Tutte</translation>
    </message>
    <message>
        <source>Queue: Unassigned</source>
        <translation>Coda: Non assegnate</translation>
    </message>
    <message>
        <source>Queue: Mine</source>
        <translation>Coda: Le mie</translation>
    </message>
    <message>
        <source>Queue: Waiting</source>
        <translation>Coda: In attesa</translation>
    </message>
    <message>
        <source>Queue: Escalated</source>
        <translation>Coda: In escalation</translation>
    </message>
    <message>
        <source>Queue: Resolved</source>
        <translation>Coda: Risolte</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Pratica</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Messaggio successivo</translation>
    </message>
    <message>
        <source>Previous message</source>
        <translation>Messaggio precedente</translation>
    </message>
    <message>
        <source>Open case conversation</source>
        <translation>Apri la conversazione della pratica</translation>
    </message>
    <message>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Prendi in carico (assegna a me)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Ri&amp;lascia</translation>
    </message>
    <message>
        <source>Set &amp;category</source>
        <translation>Imposta &amp;categoria</translation>
    </message>
    <message>
        <source>Set &amp;priority</source>
        <translation>Imposta p&amp;riorità</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ri&amp;solvi</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Ri&amp;apri</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Sportello</source>
        <translation>&amp;Informazioni su Sportello</translation>
    </message>
    <message>
        <source>About Sportello</source>
        <translation>Informazioni su Sportello</translation>
    </message>
    <message>
        <source>Sportello %1
The social customer-care console for the bank&apos;s care team.</source>
        <translation>Sportello %1
La console di customer care sui social per il team di assistenza clienti della banca.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nuovo messaggio</numerusform>
            <numerusform>%n nuovi messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sportello — DEMO</source>
        <translation>Sportello — DEMO</translation>
    </message>
    <message>
        <source>Reply queued: it goes out in the background.</source>
        <translation>Risposta aggiunta alla posta in uscita: parte in background.</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>Templates and variables…</source>
        <translation>Modelli e variabili…</translation>
    </message>
    <message>
        <source>Queue: Due</source>
        <translation>Coda: In scadenza</translation>
    </message>
    <message>
        <source>The customer&apos;s data was erased.</source>
        <translation>I dati del cliente sono stati cancellati.</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalation…</translation>
    </message>
    <message>
        <source>Record escalation &amp;answer…</source>
        <translation>Registra la &amp;risposta dell&apos;escalation…</translation>
    </message>
    <message>
        <source>Withdraw escalation…</source>
        <translation>Ritira l&apos;escalation…</translation>
    </message>
    <message>
        <source>&amp;Move escalation…</source>
        <translation>&amp;Sposta l&apos;escalation…</translation>
    </message>
    <message>
        <source>Raise escalation to level 2…</source>
        <translation>Porta l&apos;escalation al livello 2…</translation>
    </message>
    <message>
        <source>&amp;Wait for customer</source>
        <translation>&amp;Attendi il cliente</translation>
    </message>
    <message>
        <source>Ask for satis&amp;faction</source>
        <translation>Chiedi la soddis&amp;fazione</translation>
    </message>
    <message>
        <source>Export &amp;dossier…</source>
        <translation>Esporta &amp;dossier…</translation>
    </message>
    <message>
        <source>E-mail dossier to department…</source>
        <translation>Invia il dossier alla funzione…</translation>
    </message>
    <message>
        <source>Erase customer data…</source>
        <translation>Cancella i dati del cliente…</translation>
    </message>
    <message>
        <source>Task force departments…</source>
        <translation>Funzioni della task force…</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidenti</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuovo incidente…</translation>
    </message>
    <message>
        <source>&amp;Link current case to incident…</source>
        <translation>&amp;Collega la pratica corrente a un incidente…</translation>
    </message>
    <message>
        <source>&amp;Incidents…</source>
        <translation>&amp;Incidenti…</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Supervisore</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Cruscotto…</translation>
    </message>
    <message>
        <source>&amp;Service levels…</source>
        <translation>&amp;Livelli di servizio…</translation>
    </message>
    <message>
        <source>Spike &amp;thresholds…</source>
        <translation>&amp;Soglie dei picchi…</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n due soon</source>
        <translation>
            <numerusform>%1 – %n in scadenza</numerusform>
            <numerusform>%1 – %n in scadenza</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 (%2): answer due at %3</source>
        <translation>Pratica %1 (%2): risposta dovuta entro le %3</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) due soon</source>
        <translation>
            <numerusform>%n pratiche in scadenza</numerusform>
            <numerusform>%n pratiche in scadenza</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident #%1 opened.</source>
        <translation>Incidente #%1 aperto.</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Pratica %1 · %2</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuovo incidente</translation>
    </message>
    <message numerus="yes">
        <source>Incident #%1 opened, %n case(s) linked.</source>
        <translation>
            <numerusform>Incidente #%1 aperto, %n pratiche collegate.</numerusform>
            <numerusform>Incidente #%1 aperto, %n pratiche collegate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a case first.</source>
        <translation>Prima seleziona una pratica.</translation>
    </message>
    <message>
        <source>There is no open incident.</source>
        <translation>Non c&apos;è nessun incidente aperto.</translation>
    </message>
    <message>
        <source>Link case to incident</source>
        <translation>Collega la pratica a un incidente</translation>
    </message>
    <message>
        <source>Link case %1 to:</source>
        <translation>Collega la pratica %1 a:</translation>
    </message>
    <message>
        <source>There are no templates to answer with.</source>
        <translation>Non ci sono modelli con cui rispondere.</translation>
    </message>
    <message>
        <source>Answer all linked cases</source>
        <translation>Rispondi a tutte le pratiche collegate</translation>
    </message>
    <message>
        <source>Template for the cases of incident #%1 &quot;%2&quot;:</source>
        <translation>Modello per le pratiche dell&apos;incidente #%1 &quot;%2&quot;:</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) ready to send.</source>
        <translation>
            <numerusform>%n risposte pronte da inviare.</numerusform>
            <numerusform>%n risposte pronte da inviare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 (%2): %3</source>
        <translation>Pratica %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) fail the checks and will not be answered:</source>
        <translation>
            <numerusform>%n pratiche non superano i controlli e non riceveranno risposta:</numerusform>
            <numerusform>%n pratiche non superano i controlli e non riceveranno risposta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) queued: they go out in the background.</source>
        <translation>
            <numerusform>%n risposte in coda: partono in background.</numerusform>
            <numerusform>%n risposte in coda: partono in background.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Chiudi incidente</translation>
    </message>
    <message>
        <source>Close incident #%1 &quot;%2&quot;?</source>
        <translation>Chiudere l&apos;incidente #%1 &quot;%2&quot;?</translation>
    </message>
    <message numerus="yes">
        <source>You can tell its %n linked case(s) that the problem is solved.</source>
        <translation>
            <numerusform>Puoi dire alle %n pratiche collegate che il problema è risolto.</numerusform>
            <numerusform>Puoi dire alle %n pratiche collegate che il problema è risolto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close and answer…</source>
        <translation>Chiudi e rispondi…</translation>
    </message>
    <message>
        <source>Close only</source>
        <translation>Chiudi soltanto</translation>
    </message>
    <message>
        <source>Incident #%1 closed.</source>
        <translation>Incidente #%1 chiuso.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already have this reply and are left out.</source>
        <translation>
            <numerusform>%n pratica ha già questa risposta ed è esclusa.</numerusform>
            <numerusform>%n pratiche hanno già questa risposta e sono escluse.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Non c&apos;è niente da inviare.</translation>
    </message>
</context>
<context>
    <name>sportello::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nuovo incidente</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>Cases to link</source>
        <translation>Pratiche da collegare</translation>
    </message>
    <message>
        <source>&amp;Link these cases (Space checks or unchecks):</source>
        <translation>&amp;Collega queste pratiche (Spazio seleziona o deseleziona):</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Apri incidente</translation>
    </message>
</context>
<context>
    <name>sportello::OutboxSender</name>
    <message>
        <source>No connection to %1 %2 is configured.</source>
        <translation>Nessuna connessione configurata per %1 %2.</translation>
    </message>
    <message>
        <source>the network could not be asked</source>
        <translation>non è stato possibile interrogare il social</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (invio abbandonato dopo %2 tentativi)</translation>
    </message>
</context>
<context>
    <name>sportello::ReplyComposer</name>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numero di carta</translation>
    </message>
    <message>
        <source>codice fiscale</source>
        <translation>codice fiscale</translation>
    </message>
    <message>
        <source>partita IVA</source>
        <translation>partita IVA</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>indirizzo e-mail</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>codice monouso (OTP)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Risposta pubblica</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Messaggio privato</translation>
    </message>
    <message>
        <source>Public or private</source>
        <translation>Pubblico o privato</translation>
    </message>
    <message>
        <source>Write the reply… (Ctrl+M: templates, Ctrl+Enter: send)</source>
        <translation>Scrivi la risposta… (Ctrl+M: modelli, Ctrl+Enter: invia)</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Enter or double-click applies the first suggestion</source>
        <translation>Invio o doppio clic applica il primo suggerimento</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Modelli</translation>
    </message>
    <message>
        <source>Insert a template (Ctrl+M)</source>
        <translation>Inserisci un modello (Ctrl+M)</translation>
    </message>
    <message>
        <source>Move to &amp;private</source>
        <translation>Passa alla c&amp;hat privata</translation>
    </message>
    <message>
        <source>Post a short public line pointing to the private channel and continue there</source>
        <translation>Pubblica una breve riga che rimanda al canale privato e continua lì</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Invia (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replies of this case</source>
        <translation>Risposte della pratica</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Sostituisci con “%1”</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Personal data (%1): not in this reply</source>
        <translation>Dati personali (%1): non vanno in questa risposta</translation>
    </message>
    <message>
        <source>Personal data (%1)</source>
        <translation>Dati personali (%1)</translation>
    </message>
    <message>
        <source>Fill in %1</source>
        <translation>Compila %1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Gulpease %1</source>
        <translation>Gulpease %1</translation>
    </message>
    <message>
        <source>Readability for Italian: above 60 is easy for most readers</source>
        <translation>Leggibilità per l&apos;italiano: sopra 60 è facile per la maggior parte dei lettori</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Check the hints</source>
        <translation>Controlla i suggerimenti</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloccata: %1</translation>
    </message>
</context>
<context>
    <name>sportello::ServiceLevelsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <source>First reply within (service minutes)</source>
        <translation>Prima risposta entro (minuti di servizio)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Social</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Warn before the target:</source>
        <translation>A&amp;vviso prima della scadenza:</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Obiettivi</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Orario settimanale</translation>
    </message>
    <message>
        <source>An IANA time zone name, such as Europe/Rome.</source>
        <translation>Il nome IANA di un fuso orario, per esempio Europe/Rome.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>chiuso</translation>
    </message>
    <message>
        <source>For example 08:00-13:00, 14:00-20:00; leave empty when closed.</source>
        <translation>Per esempio 08:00-13:00, 14:00-20:00; lascia vuoto se chiuso.</translation>
    </message>
    <message>
        <source>Holidays (closed all day)</source>
        <translation>Festività (chiuso tutto il giorno)</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festività</translation>
    </message>
    <message>
        <source>MM-DD every year, or YYYY-MM-DD once</source>
        <translation>MM-GG ogni anno, oppure AAAA-MM-GG una sola volta</translation>
    </message>
    <message>
        <source>New holiday</source>
        <translation>Nuova festività</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Easter &amp;Monday (computed every year)</source>
        <translation>&amp;Pasquetta (Lunedì dell&apos;Angelo, calcolata ogni anno)</translation>
    </message>
    <message>
        <source>Service &amp;hours</source>
        <translation>Orari di &amp;servizio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the hours of at least one weekday: with every day closed no target could ever be met.</source>
        <translation>Inserisci l&apos;orario di almeno un giorno: se è tutto chiuso nessuna scadenza può essere rispettata.</translation>
    </message>
    <message>
        <source>Press Add to add the holiday %1, or clear the field.</source>
        <translation>Premi Aggiungi per aggiungere la festività %1, oppure svuota il campo.</translation>
    </message>
</context>
<context>
    <name>sportello::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>sportello::SpikeAlertBar</name>
    <message>
        <source>Spike alert</source>
        <translation>Avviso di picco</translation>
    </message>
    <message>
        <source>Open incident…</source>
        <translation>Apri incidente…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message numerus="yes">
        <source>Spike: %n customers report %1 between %2 and %3</source>
        <translation>
            <numerusform>Picco: %n clienti segnalano %1 tra le %2 e le %3</numerusform>
            <numerusform>Picco: %n clienti segnalano %1 tra le %2 e le %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sportello::SpikeSettingsDialog</name>
    <message>
        <source>Spike thresholds</source>
        <translation>Soglie dei picchi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Finestra</translation>
    </message>
    <message>
        <source>&amp;Customers at least</source>
        <translation>&amp;Clienti almeno</translation>
    </message>
    <message>
        <source>× the usual rate</source>
        <translation>× il ritmo abituale</translation>
    </message>
    <message>
        <source>&amp;Rate at least</source>
        <translation>&amp;Ritmo almeno</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Usual rate &amp;measured over</source>
        <translation>Ritmo abituale &amp;misurato su</translation>
    </message>
</context>
<context>
    <name>sportello::StoreWorker</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossibile salvare la bozza: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Impossibile aggiungere la risposta alla posta in uscita: %1</translation>
    </message>
    <message>
        <source>The department could not be saved: %1</source>
        <translation>Non è stato possibile salvare la funzione: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s data could not be erased: %1</source>
        <translation>Non è stato possibile cancellare i dati del cliente: %1</translation>
    </message>
</context>
<context>
    <name>sportello::TemplateEditor</name>
    <message>
        <source>Templates and variables</source>
        <translation>Modelli e variabili</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nuovo modello</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separati da virgola</translation>
    </message>
    <message>
        <source>Empty: the text above is used</source>
        <translation>Vuoto: si usa il testo sopra</translation>
    </message>
    <message>
        <source>Retired (no longer offered to agents)</source>
        <translation>Ritirato (non più proposto agli operatori)</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Salva modello</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>X variant</source>
        <translation>Variante X</translation>
    </message>
    <message>
        <source>Facebook variant</source>
        <translation>Variante Facebook</translation>
    </message>
    <message>
        <source>Instagram variant</source>
        <translation>Variante Instagram</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variabile</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>The team&apos;s service hours</source>
        <translation>Orari di servizio del team</translation>
    </message>
    <message>
        <source>The bank&apos;s public phone number</source>
        <translation>Numero di telefono pubblico della banca</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variabili</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ritirato)</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1: “%2”: %3</translation>
    </message>
    <message>
        <source>%1: personal data in the text</source>
        <translation>%1: dati personali nel testo</translation>
    </message>
    <message>
        <source>%1: too long (%2 of %3)</source>
        <translation>%1: troppo lungo (%2 su %3)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>sportello::TemplatePicker</name>
    <message>
        <source>Insert a template</source>
        <translation>Inserisci un modello</translation>
    </message>
    <message>
        <source>Type to filter by title, tag or text</source>
        <translation>Scrivi per filtrare per titolo, tag o testo</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inserisci</translation>
    </message>
</context>
<context>
    <name>sportello::TimelineModel</name>
    <message>
        <source>Network</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Case %1 · %2 · priority %3</source>
        <translation>Pratica %1 · %2 · priorità %3</translation>
    </message>
    <message>
        <source>Case %1 · %2 · priority %3 · answer due %4</source>
        <translation>Pratica %1 · %2 · priorità %3 · risposta dovuta %4</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 di ritardo</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
</context>
</TS>
