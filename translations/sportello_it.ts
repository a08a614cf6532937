<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
    <name>sportello::StoreWorker</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossibile salvare la bozza: %1</translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Impossibile aggiungere la risposta alla posta in uscita: %1</translation>
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
</context>
</TS>
