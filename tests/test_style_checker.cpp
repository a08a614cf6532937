#include "StyleChecker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace sportello;

namespace {

// Sentences a bank's plain-language editor would send back: the formulas of bank letters and
// legal offices, inflected, capitalised or not, with and without accents, alone or inside an
// otherwise friendly reply. Each must yield at least one finding.
const std::vector<const char *> &bancarese()
{
    static const std::vector<const char *> sentences{
        "Si comunica che la Sua richiesta è stata accolta.",
        "Gentile Cliente, la informiamo che il bonifico è stato eseguito.",
        "SI COMUNICA CHE LA PRATICA È IN LAVORAZIONE.",
        "In ottemperanza alla normativa vigente, non possiamo fornire informazioni via social.",
        "La S.V. è pregata di presentarsi in filiale con un documento di riconoscimento.",
        "Codesto Istituto ha già chiuso il conto.",
        "Pregasi restituire il modulo firmato.",
        "A fronte della Sua richiesta abbiamo avviato le verifiche.",
        "Ai sensi dell'art. 119 del TUB Lei ha diritto a ricevere copia dei documenti.",
        "Si prega di voler cortesemente inviare copia del documento d'identità.",
        "Con la presente Le inviamo l'esito della pratica.",
        "In allegato alla presente trova il modulo di reclamo.",
        "Restando a disposizione per ogni eventuale chiarimento, porgiamo distinti saluti.",
        "Distinti saluti.",
        "Porgiamo cordiali saluti.",
        "La scrivente Banca non risponde di eventuali ritardi del corriere.",
        "Il sottoscritto dichiara di aver ricevuto la carta.",
        "In riscontro alla Sua del 3 marzo, Le confermiamo la chiusura del conto.",
        "Facendo seguito alla Sua segnalazione, abbiamo controllato l'operazione.",
        "Al fine di garantire la sicurezza, la carta è stata bloccata.",
        "Nelle more dei controlli l'importo resterà sospeso.",
        "All'uopo Le chiediamo di inviarci i documenti.",
        "Non è stato possibile addivenire a una soluzione condivisa.",
        "L'espletamento dei controlli richiederà alcuni giorni.",
        "Il finanziamento verrà erogato entro cinque giorni lavorativi.",
        "L'erogazione del mutuo è prevista per fine mese.",
        "Lei è tenuta a ottemperare a quanto previsto dal contratto.",
        "Provvederemo alla sostituzione della carta entro la settimana.",
        "Procederemo al rimborso dell'importo non appena possibile.",
        "Per effettuare il bonifico deve accedere all'home banking.",
        "L'effettuazione dell'operazione richiede il codice dispositivo.",
        "In data odierna abbiamo ricevuto la Sua comunicazione.",
        "I documenti dovranno arrivare entro e non oltre il 30 giugno.",
        "La segnalazione è stata girata ai colleghi per quanto di competenza.",
        "L'assegno è stato accreditato salvo buon fine.",
        "Previa verifica dell'identità potremo sbloccare l'accesso.",
        "Onde evitare ulteriori disagi, La invitiamo a cambiare la password.",
        "Il suddetto importo Le sarà restituito entro dieci giorni.",
        "Come anticipato nella sopracitata comunicazione, il conto verrà chiuso.",
        "Il summenzionato addebito risulta regolare.",
        "La predetta operazione è stata annullata.",
        "Invitiamo il cliente in indirizzo a regolarizzare la posizione.",
        "Codesta filiale ha già ricevuto i documenti.",
        "Si rappresenta che la commissione è prevista dal foglio informativo.",
        "Si fa presente che il servizio sarà sospeso domenica notte.",
        "Si evidenzia che l'operazione risulta eseguita.",
        "Si rende noto che le filiali resteranno chiuse il 15 agosto.",
        "La Sua richiesta è pervenuta il 12 maggio.",
        "La pratica è stata presa in carico dagli uffici competenti.",
        "Vogliate scusarci per il disagio.",
        "Voglia cortesemente contattare la filiale di riferimento.",
        "Vs. richiesta del 4 aprile: la carta è in spedizione.",
        "Come da Ns. comunicazione del 2 febbraio, Le ricordiamo la scadenza.",
        "Alla c.a. del Sig. Rossi: la pratica è stata chiusa.",
        "p.c. Ufficio Reclami",
        "Ns. riferimento: pratica 4521.",
        "si comunica che il bonifico e stato eseguito",
        "si precisa che la carta non e abilitata ai pagamenti online",
        "Si provvederà a ricontattarLa al più presto.",
        "Si procederà con la chiusura del conto al termine del preavviso.",
        "Si informa che dal primo luglio cambieranno le condizioni.",
        "La richiesta è stata esaminata da parte dell'ufficio reclami.",
        "Il rimborso è stato disposto a cura della filiale.",
        "L'attivazione della procedura di verifica della conformità richiede alcuni giorni.",
        "La gestione della richiesta di estinzione del conto è in corso.",
        "L'accertamento della regolarità dell'esecuzione dell'operazione è in corso.",
        "Con riferimento alla segnalazione da Lei fatta tramite i nostri canali social, Le "
        "scriviamo che la stessa è stata inoltrata all'ufficio competente, il quale farà tutte le "
        "verifiche del caso e La ricontatterà nel più breve tempo possibile.",
        "Ti confermiamo che la nuova carta che hai richiesto la settimana scorsa dalla app è stata "
        "spedita all'indirizzo che ci hai indicato e che dovrebbe arrivarti entro cinque giorni "
        "lavorativi, mentre quella vecchia resterà attiva finché non attiverai la nuova, come ti "
        "abbiamo spiegato al telefono.",
        "La informiamo che la Sua posizione è attualmente in fase di verifica.",
        "Le comunichiamo che il prestito è stato deliberato.",
        "Siamo a comunicarLe che la pratica è stata definita.",
        "Ci pregiamo di informarLa che il Suo conto è stato attivato.",
        "Qualora il problema dovesse persistere, La preghiamo di contattare il numero verde.",
        "La carta Le verrà recapitata mediante raccomandata.",
        "Il rimborso verrà accreditato a mezzo bonifico.",
        "Per quanto concerne la commissione, la stessa è prevista dal contratto.",
        "In ordine alla Sua richiesta, non è possibile modificare il piano.",
        "Relativamente alla segnalazione, abbiamo fatto le opportune verifiche.",
        "A seguito dei controlli, l'addebito risulta corretto.",
        "La carta è stata bloccata in via cautelativa.",
        "La commissione è stata stornata a titolo di cortesia.",
        "Il rapporto in essere verrà estinto a decorrere dal 1 marzo.",
        "Daremo seguito alla Sua richiesta appena possibile.",
        "La pratica è in corso di lavorazione.",
        "La invitiamo a recarsi in filiale con un documento valido.",
        "Il modulo deve essere debitamente compilato e firmato.",
        "La preghiamo di prendere visione dell'informativa allegata.",
        "Abbiamo attenzionato il caso ai colleghi.",
        "Stiamo verificando la criticità segnalata.",
        "Le tempistiche di lavorazione sono di circa 30 giorni.",
        "L'operatività della carta è stata ripristinata.",
        "Non sono previsti oneri aggiuntivi.",
        "Ci scusiamo per il disagio arrecato.",
        "Le trasmettiamo il modulo da compilare.",
        "Il conto intrattenuto presso la nostra filiale risulta chiuso.",
        "Nell'attesa di un Suo gentile riscontro, La salutiamo.",
        "Ringraziando per la cortese attenzione, restiamo a disposizione.",
        "Confidando nella Sua comprensione, La salutiamo cordialmente.",
        "Certi di aver fatto cosa gradita, La salutiamo.",
        "In fede, Ufficio Reclami",
        "Con osservanza.",
        "Voglia gradire i nostri più cordiali saluti.",
        "L'importo è stato addebitato ai sensi delle condizioni contrattuali.",
        "In conformità al D.Lgs. 231/2007 dobbiamo chiederLe da dove arrivano i fondi.",
        "Fatti salvi i diritti della Banca, la pratica viene archiviata.",
        "Ci riserviamo di valutare ulteriori azioni.",
        "La Banca declina ogni responsabilità per operazioni non autorizzate.",
        "Il correntista può recedere dal contratto in qualsiasi momento.",
        "Il richiedente dovrà portare i documenti in filiale.",
        "L'istituto di credito non può accettare l'operazione.",
        "Si rimane in attesa dei documenti richiesti.",
        "Si resta a disposizione per qualsiasi domanda.",
        "Si ringrazia per la collaborazione.",
        "Si allega il modulo da compilare.",
        "Si è provveduto ad annullare l'addebito.",
        "Si è proceduto alla sostituzione della carta.",
        "Si sta provvedendo a controllare la Sua posizione.",
        "Si dovrà procedere alla chiusura del conto.",
        "Non si rilevano anomalie sul Suo conto.",
        "Si ritiene opportuno bloccare la carta.",
        "E' stata fatta una verifica da parte del nostro ufficio antifrode.",
        "La Sua segnalazione e stata trasmessa da parte della filiale alla sede centrale.",
        "Il bonifico è stato annullato, la carta è stata bloccata e il conto è stato sospeso.",
        "Ciao Marco, si comunica che il problema è stato risolto. ^FG",
        "Buongiorno Sig.ra Bianchi, in ottemperanza alle disposizioni vigenti non possiamo darle "
        "informazioni qui. Le scriviamo in privato.",
        "Ciao Luca! 😊 La tua carta è stata spedita in data odierna.",
        "Grazie per la segnalazione. Al fine di verificare, ti chiediamo di scriverci in DM. ^AR",
        "Ciao Giulia, la tua richiesta è pervenuta e ti rispondiamo entro 48 ore.",
        "Gentile cliente, ci scusiamo per il disagio.",
        "Spett.le Cliente, Le scriviamo per la chiusura del conto.",
        "Egregio Signore, la Sua pratica è in fase di istruttoria.",
        "la s.v. e invitata a presentarsi presso lo sportello",
        "Il pagamento della rata dovrà avvenire tassativamente entro il giorno 5.",
        "Le somme verranno liquidate previo ricevimento dei documenti.",
        "La carta ricevuta unitamente alla lettera è già attiva.",
        "Lei potrà fruire del servizio dal primo gennaio.",
        "Ai fini della corretta gestione della pratica servono le firme di entrambi gli "
        "intestatari.",
        "L'apertura del conto è subordinata alla sottoscrizione del contratto.",
        "Sarà nostra cura provvedere alla sostituzione.",
        "Il disservizio è stato prontamente risolto da parte dei tecnici.",
        "Le confermiamo che l'estinzione del conto è stata perfezionata.",
        "Le operazioni disposte in data 3/4 risultano contabilizzate.",
        "La nuova carta Le sarà inviata all'indirizzo sopra indicato.",
        "Per quanto sopra esposto, non possiamo accogliere il reclamo.",
        "In relazione alla Sua richiesta, il limite è stato aumentato.",
        "Ella potrà ritirare la carta in filiale.",
        "Le facciamo presente che l'app è in manutenzione.",
        "Ti ricordiamo che ai sensi del contratto la commissione è dovuta.",
        "Non abbiamo trovato anomalie nelle operazioni in oggetto.",
        "L'operazione è stata autorizzata dal titolare medesimo.",
        "Si segnala che il servizio non sarà disponibile stanotte.",
        "Si specifica che la carta è strettamente personale.",
        "Si ribadisce che i codici non vanno dati a nessuno.",
        "Si sottolinea che la banca non chiede mai il PIN.",
        "Si conferma la ricezione dei documenti.",
        "Le confermiamo l'avvenuta ricezione dei documenti.",
        "La valutazione dell'adeguatezza dell'investimento è a carico del consulente.",
        "Il cliente dovrà presentarsi in filiale munito di documento.",
        "Le ricordiamo che la carta è personale e non cedibile a terzi ai sensi del regolamento.",
        "Abbiamo inoltrato la sua pratica alla funzione competente.",
        "La pratica è stata evasa.",
        "Provvediamo a inviarle il modulo in giornata.",
        "Si invita a non rispondere a questo messaggio.",
        "Le precisiamo che la commissione non è rimborsabile.",
        "Tale operazione non è consentita dalla normativa vigente.",
        "La problematica segnalata è in fase di analisi.",
        "Il nominativo del beneficiario non corrisponde all'IBAN.",
        "Può richiedere la modulistica presso qualsiasi filiale.",
        "L'importo Le sarà riaccreditato nei tempi tecnici necessari.",
        "Ci duole informarLa che la richiesta non è stata accolta.",
        "Siamo spiacenti di comunicarLe che il prestito non è stato approvato.",
        "La pratica verrà gestita dall'ufficio preposto.",
        "Le chiediamo di voler inviare il modulo firmato.",
        "La carta è stata bloccata onde evitare usi fraudolenti.",
        // Letters on contracts, complaints, collections and privacy, and the stiffer habits of care
        // teams.
        "Con la presente si comunica l'avvenuta estinzione del rapporto di conto corrente.",
        "Le comunichiamo che la Sua istanza è stata respinta.",
        "Si rammenta che le credenziali sono strettamente personali.",
        "La documentazione andrà inoltrata all'ufficio competente entro 15 giorni.",
        "Il Cliente è invitato a prendere contatto con la propria filiale di riferimento.",
        "Per le finalità di cui sopra, la Banca tratterà i Suoi dati personali.",
        "La presente per informarLa che la Sua carta è in scadenza.",
        "In esito alla Sua richiesta, Le rappresentiamo quanto segue.",
        "La informiamo altresì che la commissione non è rimborsabile.",
        "Le somme indebitamente addebitate Le saranno riaccreditate.",
        "Nel caso di specie, l'operazione risulta correttamente autorizzata.",
        "La Banca non può essere ritenuta responsabile del ritardo.",
        "Si resta in attesa di un cortese cenno di riscontro.",
        "Le porgiamo le nostre scuse per l'inconveniente.",
        "Ci scusiamo per il disservizio occorso.",
        "Al riguardo, la carta è stata bloccata per motivi di sicurezza.",
        "Il titolare della carta è tenuto a custodire con cura il PIN.",
        "L'addebito in oggetto si riferisce al canone annuo.",
        "Sarà Sua cura comunicarci eventuali variazioni.",
        "Ai sensi della vigente normativa antiriciclaggio, dobbiamo acquisire informazioni.",
        "Resta inteso che la commissione sarà addebitata.",
        "L'operazione non è andata a buon fine per carenza di fondi.",
        "La pratica di mutuo è al vaglio degli organi deliberanti.",
        "Per ogni eventuale necessità, la filiale resta a disposizione.",
        "Le rammentiamo che il servizio è gratuito.",
        "Il rimborso sarà effettuato a mezzo bonifico bancario.",
        "Si richiede cortesemente di inviare la documentazione.",
        "Le confermiamo che, in data 5 aprile u.s., è stato eseguito il bonifico.",
        "Trascorso tale termine, la richiesta si intenderà decaduta.",
        "Il codice dispositivo va digitato all'atto della conferma.",
        "Per la disattivazione del servizio è necessario recarsi in filiale.",
        "A tal proposito, si ricorda che la carta va firmata sul retro.",
        "È fatto divieto di comunicare a terzi i codici.",
        "La invitiamo a voler regolarizzare la Sua posizione debitoria.",
        "In caso di mancato pagamento, la Banca si riserva di agire per il recupero del credito.",
        "Gent.mo Cliente, La ringraziamo per averci contattato.",
        "Preso atto di quanto da Lei segnalato, abbiamo aperto una verifica.",
        "L'Ufficio Reclami ha preso in esame la Sua contestazione.",
        "La pratica è stata definita con esito positivo.",
        "Le chiediamo di fornirci gli estremi dell'operazione.",
        "Si prega di prendere nota del nuovo numero verde.",
        "Il reclamo verrà riscontrato entro 60 giorni.",
        "Non si ravvisano irregolarità nella gestione del rapporto.",
        "Ci preme sottolineare che la banca non invia mai SMS con link.",
        "La Banca si impegna a fornire riscontro entro 15 giorni.",
        "Sarà cura della filiale contattarLa.",
        "Le comunicazioni di cui trattasi sono disponibili online.",
        "In considerazione di quanto esposto, non è possibile accogliere la richiesta.",
        "Con l'occasione porgiamo cordiali saluti.",
        "Per le motivazioni suesposte la richiesta non può essere accolta.",
        "Le richieste pervenute oltre il termine non saranno prese in considerazione.",
        "La presente comunicazione non necessita di riscontro.",
        "Il servizio di internet banking è momentaneamente non fruibile.",
        "Si ricorda alla gentile clientela di non divulgare i propri codici.",
        "I dati forniti saranno trattati in conformità al Regolamento UE 2016/679.",
        "Il bonifico è stato regolarmente eseguito in data 3 maggio.",
        "La Sua carta è stata inibita all'utilizzo.",
        "Occorre esibire un documento di identità in corso di validità.",
        "La Banca è tenuta per legge a effettuare l'adeguata verifica.",
        "Le segnaliamo che è disponibile la nuova versione dell'app.",
        "A decorrere dal prossimo mese, il canone sarà pari a 2 euro.",
        "Per qualsivoglia necessità, la preghiamo di contattarci.",
        "Il reclamo è stato esaminato con la massima attenzione da parte dei nostri uffici.",
        "Si specifica altresì che l'operazione non è revocabile.",
        "La carta dovrà essere restituita, previo taglio della banda magnetica, alla filiale.",
        "Le spese di istruttoria sono a carico del richiedente.",
        "La verifica della correttezza dell'applicazione delle condizioni è in corso.",
        "La sospensione dell'operatività del conto è dovuta all'aggiornamento dei dati.",
        "In attesa di ricevere la documentazione richiesta, porgiamo distinti saluti.",
        "Vi preghiamo di volerci scusare per il disagio.",
        "Spettabile cliente, la Sua richiesta è stata evasa.",
        "La disposizione di bonifico è stata regolarmente eseguita dall'ufficio estero.",
        "Abbiamo provveduto ad effettuare lo storno dell'addebito.",
        "Abbiamo proceduto all'annullamento dell'operazione.",
        "Le evidenziamo che l'importo è stato riaccreditato.",
        "Si dà atto che il cliente ha restituito la carta.",
        "Il Suo reclamo è stato oggetto di attenta analisi.",
        "La pratica è stata sottoposta all'esame della funzione Compliance.",
        "Si porta a conoscenza della S.V. che il rapporto è estinto.",
        "La preghiamo di non tenere conto di eventuali solleciti ricevuti.",
        "Le notifichiamo la proposta di modifica unilaterale delle condizioni contrattuali.",
        "Il mancato riscontro entro 60 giorni equivale ad accettazione.",
        "In mancanza di Sua comunicazione, la modifica si intenderà approvata.",
        "Il recesso dovrà essere comunicato per iscritto a mezzo raccomandata A/R.",
        "La Banca ha la facoltà di recedere con preavviso di due mesi.",
        "A norma dell'articolo 126-sexies del TUB la informiamo della modifica.",
        "Sarà premura della scrivente aggiornarLa sull'esito.",
        "L'istruttoria della pratica di finanziamento si è conclusa con esito negativo.",
        "Non siamo nelle condizioni di accogliere la Sua richiesta.",
        "La Sua posizione presenta uno sconfinamento non autorizzato.",
        "Si sollecita il pagamento della rata insoluta.",
        "La invitiamo a provvedere al ripianamento dello scoperto entro 15 giorni.",
        "In difetto, la Banca si vedrà costretta ad adire le vie legali.",
        "La presente vale quale formale messa in mora.",
        "Ci vediamo costretti a revocare gli affidamenti in essere.",
        "Il saldo debitore dovrà essere ripianato con la massima sollecitudine.",
        "Per l'adeguata verifica della clientela, Le chiediamo di compilare il questionario.",
        "Ai fini antiriciclaggio è necessario acquisire la documentazione comprovante l'origine "
        "dei fondi.",
        "La mancata trasmissione della documentazione comporterà il blocco dell'operatività.",
        "Il trattamento dei dati avviene nel rispetto della normativa in materia di privacy.",
        "Il titolare del trattamento è la Banca, con sede legale in Milano.",
        "L'interessato può esercitare i diritti di cui agli articoli 15-22 del Regolamento.",
        "La carta è stata sostituita per motivi di sicurezza a seguito di compromissione.",
        "Il nuovo strumento di pagamento Le sarà recapitato al domicilio indicato.",
        "La Sua segnalazione è stata registrata con il numero di protocollo 12345.",
        "La contestazione è stata ritenuta non fondata.",
        "All'esito dell'istruttoria, il reclamo non può essere accolto.",
        "Qualora non si ritenesse soddisfatto, potrà rivolgersi all'Arbitro Bancario Finanziario.",
        "La Banca resta estranea ai rapporti tra il cliente e l'esercente.",
        "Il disconoscimento dell'operazione deve essere presentato tramite l'apposito modulo.",
        "Si prega di non rispondere alla presente e-mail generata automaticamente.",
        "La Sua richiesta sarà processata nei tempi previsti.",
        "Le operazioni disposte oltre l'orario limite saranno eseguite il giorno lavorativo "
        "successivo.",
        "L'addebito è avvenuto in ottemperanza alle condizioni sottoscritte.",
        "Lei ha espresso la volontà di estinguere il rapporto.",
        "Siamo a riscontrare la Sua comunicazione del 15 u.s.",
        "Le forniamo di seguito le informazioni richieste.",
        "La commissione viene applicata in misura pari allo 0,5% dell'importo.",
        "Per l'espletamento della pratica occorrono circa 20 giorni.",
        "L'apertura del rapporto è subordinata all'esito positivo delle verifiche.",
        "Il rimborso verrà disposto successivamente alla ricezione della documentazione.",
        "Con riguardo alla Sua doglianza, Le precisiamo quanto segue.",
        "La doglianza da Lei avanzata è stata attentamente valutata.",
        "La filiale di radicamento del rapporto provvederà a contattarLa.",
        "Le somme saranno rese disponibili a far tempo dalla data di accredito.",
        "Il pagamento risulta tuttora insoluto.",
        "Le chiediamo di regolarizzare la posizione nel più breve tempo possibile.",
        "La carta verrà bloccata in via definitiva decorsi 30 giorni.",
        "Eventuali richieste difformi non potranno essere prese in carico.",
        "I costi sono quelli riportati nel Foglio Informativo tempo per tempo vigente.",
        "La invitiamo a prendere visione del Documento di Sintesi.",
        "L'accoglimento della richiesta è rimesso alla valutazione discrezionale della Banca.",
        "In riferimento a quanto in oggetto, Le comunichiamo che la pratica è chiusa.",
        "Nell'ottica di un costante miglioramento del servizio, la filiale resterà chiusa.",
        "Alla luce delle verifiche svolte, l'addebito risulta legittimo.",
        "Con decorrenza immediata il servizio è sospeso.",
        "Il mutuatario è tenuto al pagamento delle rate alle scadenze pattuite.",
        "Le rate insolute saranno maggiorate degli interessi di mora.",
        "La richiesta di surroga è in carico all'ufficio mutui.",
        "Le comunicheremo con successiva nota l'esito della verifica.",
        "A riguardo, Le segnalo che la carta è già stata spedita.",
        "Vi informiamo che a partire da lunedì le filiali osserveranno il nuovo orario.",
        "Si comunica alla spettabile clientela che il servizio è temporaneamente sospeso.",
        "Le operazioni effettuate in data antecedente non sono oggetto di rimborso.",
        "Il prelievo eccedente il massimale non è consentito.",
        "La predisposizione della documentazione contrattuale è in corso.",
        "In caso di smarrimento o furto, il titolare è tenuto a richiedere immediatamente il "
        "blocco.",
        "L'utilizzo della carta è subordinato alla digitazione del PIN.",
        "Le ricordiamo che è Suo onere verificare la correttezza dei dati.",
        "La informiamo che non è stato possibile dare esecuzione all'ordine di bonifico.",
        "L'ordine di pagamento non è stato eseguito per mancanza di provvista.",
        "La Sua richiesta è stata presa in esame ed è attualmente in fase di valutazione.",
        "Nel ringraziarLa per la fiducia accordataci, Le porgiamo i nostri più cordiali saluti.",
        "La ringraziamo per la preferenza accordata al nostro Istituto.",
        "Certi di un Suo positivo riscontro, cogliamo l'occasione per salutarLa.",
        "La sua segnalazione è stata inoltrata all'ufficio di competenza che provvederà a "
        "ricontattarla.",
        "Le operazioni sono attualmente in corso di verifica.",
        "Per problematiche relative all'home banking la invitiamo a contattare il numero verde.",
        "Abbiamo preso in carico la Sua segnalazione e La ricontatteremo quanto prima.",
        "Il nostro Servizio Clienti è a Sua completa disposizione.",
        "In merito a quanto da lei segnalato, stiamo effettuando gli opportuni approfondimenti.",
        "La richiesta è stata trasmessa alla struttura preposta.",
        "Le confermiamo la corretta ricezione della Sua email.",
        "Non è possibile fornire informazioni sul rapporto tramite questo canale.",
        "Per qualsiasi necessità la invitiamo a rivolgersi alla filiale presso cui intrattiene il "
        "rapporto.",
        "Ci dispiace per il disagio, la problematica è in fase di risoluzione.",
        "Siamo spiacenti per l'accaduto: la pratica è stata sottoposta all'attenzione dei "
        "colleghi.",
        "Le segnaliamo che il servizio sarà nuovamente disponibile a partire dalle ore 14.",
        "Le ricordiamo che per motivi di privacy non possiamo trattare dati personali sui social.",
        "Le chiediamo cortesemente di inviarci i Suoi riferimenti in privato.",
        "Gentile utente, la sua richiesta è in lavorazione.",
        "Sarà ricontattato da un nostro operatore nel più breve tempo possibile.",
        "Per le informazioni richieste è necessario recarsi presso la filiale di competenza.",
        "La informiamo che l'importo verrà restituito entro 10 giorni lavorativi.",
        "Ci scusiamo per l'inconveniente e la ringraziamo per la segnalazione, che provvederemo a "
        "inoltrare.",
        "Il disservizio è stato prontamente risolto dai nostri tecnici e l'operatività è stata "
        "ripristinata.",
        "L'anomalia riscontrata è in corso di analisi da parte delle strutture tecniche.",
        "A seguito di un intervento di manutenzione straordinaria, l'app potrebbe non essere "
        "disponibile.",
        "Al momento non risultano anomalie sui sistemi.",
        "Come da Lei richiesto, abbiamo proceduto al blocco della carta.",
        "Le precisiamo che la banca non richiede mai le credenziali tramite SMS.",
        "Le abbiamo inviato un messaggio privato al fine di approfondire la Sua segnalazione.",
        "La preghiamo di volerci indicare il numero della pratica.",
        "La nuova carta Le verrà inviata presso il domicilio indicato in fase di apertura.",
        "In relazione al Suo messaggio, Le confermiamo che il bonifico è stato eseguito.",
        "Restiamo a disposizione per ogni ulteriore necessità.",
        "Qualora necessitasse di ulteriore assistenza, non esiti a contattarci.",
        "Ci è pervenuta la Sua richiesta di estinzione.",
        "Il rimborso Le sarà accreditato con valuta odierna.",
        "La Sua richiesta è stata inoltrata ai colleghi competenti per le verifiche del caso.",
        "Per procedere con l'attivazione è necessario effettuare l'accesso all'area riservata.",
        "Le suggeriamo di procedere con l'aggiornamento dell'applicazione.",
        "Provvederemo a fornirLe un riscontro entro 48 ore.",
        "Stiamo procedendo alle verifiche necessarie.",
        "Il blocco della carta è stato disposto in via precauzionale.",
        "La carta risulta correttamente attiva.",
        "Le rinnoviamo le nostre scuse per il disagio.",
        "Ci auguriamo di aver soddisfatto la Sua richiesta.",
        "Confidiamo di averLe fornito le informazioni utili.",
        "Segnaliamo che la sua pratica è stata presa in gestione dal back office.",
        "L'ufficio preposto alla gestione dei reclami Le fornirà riscontro.",
        "Il cliente potrà richiedere il duplicato della carta in filiale.",
        "La invitiamo a voler attendere il completamento della procedura.",
        "Il servizio sarà temporaneamente sospeso per interventi di manutenzione programmata.",
        "La procedura di sblocco dovrà essere effettuata dal titolare della carta.",
        "Ci teniamo a precisare che nessun dato è stato compromesso.",
        "Le consigliamo di provvedere quanto prima al cambio della password.",
        "Per la risoluzione della problematica è necessaria la presenza del titolare.",
        "L'operazione da Lei indicata è stata regolarmente contabilizzata.",
        "Attualmente la funzionalità non risulta disponibile.",
        "Si prega di attendere il completamento dell'operazione.",
        "Abbiamo provveduto a girare la Sua segnalazione ai colleghi.",
        "Le rispondiamo in merito alla Sua richiesta del 12 marzo.",
        "La verifica dell'esistenza di eventuali addebiti non dovuti è in corso.",
        "Dalle verifiche effettuate l'operazione risulta regolare.",
        "Ciao Marco, la tua segnalazione è stata presa in carico dall'ufficio competente. ^FG",
        "Buongiorno, si comunica che lo sportello di via Roma è momentaneamente chiuso.",
        "Ciao Anna, ti informiamo che il pagamento è stato correttamente processato.",
        "Ciao Luca, per motivi di sicurezza si consiglia di modificare il PIN.",
        "Buongiorno Sig. Verdi, la pratica è in attesa di autorizzazione da parte della direzione.",
        "Ciao Sara, la carta verrà emessa previa richiesta in filiale.",
        "Ciao Giorgio, l'operazione non può essere eseguita in quanto il saldo non è sufficiente.",
        "Buongiorno, la preghiamo di voler pazientare qualche giorno.",
        "Ciao Elena, in riferimento al tuo messaggio, ti confermiamo l'avvenuto accredito.",
        "Ciao Paolo, la richiesta sarà gestita dagli uffici preposti nei tempi previsti.",
        "Ciao Chiara, è necessario procedere all'aggiornamento dei dati anagrafici.",
        "Buongiorno, in seguito alla Sua segnalazione abbiamo avviato le verifiche.",
        "Ciao Davide, l'importo sarà riaccreditato non appena l'esercente avrà dato conferma dello "
        "storno.",
        "Ciao Laura, ti ricordiamo che è possibile effettuare il cambio del PIN presso tutti gli "
        "ATM abilitati.",
        "Buongiorno, la modifica dell'indirizzo di spedizione deve essere richiesta in filiale.",
        "Ciao Andrea, al fine di poterti aiutare, ti chiediamo di contattarci in privato.",
        "Ciao Giulia, l'utilizzo del servizio è subordinato all'accettazione dei termini.",
        "Buongiorno Sig.ra Neri, la contattiamo in merito alla sua pratica di finanziamento.",
        "Ciao Simone, la nuova funzionalità sarà resa disponibile nelle prossime settimane.",
        "Ciao Martina, ti confermiamo che abbiamo provveduto alla cancellazione del tuo commento.",
        "Buongiorno, Le comunichiamo che la Sua carta è pronta per il ritiro.",
        "Ciao Federico, la sostituzione della carta avverrà automaticamente alla scadenza.",
        "Ciao Alessia, il trasferimento dei titoli richiede l'espletamento di alcune formalità.",
        "Buongiorno, la richiesta di rimborso è stata respinta in quanto non conforme.",
        "Ciao Roberto, ti chiediamo di fornirci i dettagli dell'operazione contestata.",
        "Ciao Valentina, il canone è dovuto in base al contratto sottoscritto.",
        "Buongiorno, per ragioni di riservatezza non possiamo rispondere qui.",
        "Ciao Stefano, si prega di non condividere i propri codici con nessuno.",
        "Ciao Francesca, la commissione applicata è conforme a quanto previsto dal foglio "
        "informativo.",
        "Ciao Matteo, il disguido è stato causato da un malfunzionamento dei sistemi.",
        "Buongiorno Sig. Bruno, abbiamo girato la segnalazione all'ufficio di pertinenza.",
        "Ciao Irene, i tempi di lavorazione della pratica sono di circa 20 giorni.",
        "Ciao Nicola, l'attivazione del servizio di notifica degli accrediti è gratuita.",
        "Buongiorno, la Banca non è responsabile delle operazioni effettuate da terzi.",
        "Ciao Lorenzo, la tua carta è stata disabilitata a titolo precauzionale.",
        "Ciao Sofia, l'invio della nuova carta avverrà entro 10 giorni dalla richiesta.",
        "Buongiorno, la documentazione dovrà essere consegnata in originale.",
        "Ciao Tommaso, ti comunichiamo che la tua richiesta è stata evasa con successo.",
        "Ciao Camilla, ti invitiamo a verificare la ricezione della mail all'interno della casella "
        "spam.",
        "Buongiorno, la presente a conferma dell'avvenuta ricezione della Sua richiesta.",
        "Ciao Pietro, abbiamo effettuato le verifiche del caso e tutto risulta in ordine.",
        "Ciao Beatrice, il limite è stato innalzato come da tua richiesta.",
        "Buongiorno, per l'erogazione del prestito occorre la firma del contratto.",
        "Ciao Emanuele, la tua posizione è stata regolarizzata.",
        "Ciao Ilaria, si rende necessario un aggiornamento dell'app per continuare.",
        "Buongiorno, la ringraziamo per la segnalazione, che sarà oggetto di attenta valutazione.",
        "Ciao Gabriele, ci scusiamo per il disagio eventualmente arrecato.",
        "Ciao Noemi, per chiarimenti in merito puoi rivolgerti alla tua filiale.",
        "Buongiorno, il servizio è stato ripristinato e risulta pienamente funzionante.",
        "Ciao Jacopo, la carta è abilitata all'utilizzo su circuiti internazionali.",
        "Ciao Ginevra, il prelievo è stato rifiutato per superamento del limite giornaliero.",
        "Buongiorno, la pratica è stata trasferita presso l'ufficio competente per territorio.",
        "Ciao Mattia, ti preghiamo di attenerti alle istruzioni ricevute.",
        "Ciao Asia, in data odierna è stato effettuato l'accredito.",
        "Buongiorno Sig. Conte, resto a sua disposizione per qualsivoglia chiarimento.",
        "Ciao Leonardo, abbiamo inoltrato la tua richiesta alle funzioni aziendali interessate.",
        "Ciao Diego, ci scusiamo per il ritardo nella gestione della tua richiesta di rimborso.",
        "Buongiorno, nelle more della risoluzione del problema, la invitiamo a utilizzare il sito.",
        "Ciao Aurora, ti segnaliamo che l'app è stata aggiornata con nuove funzionalità.",
        "Ciao Marco, si precisa che i tempi di accredito dipendono dalla banca ordinante.",
        "Si comunicano di seguito le nuove condizioni del conto.",
        "Si comunicherà l'esito della verifica entro trenta giorni.",
        "La SV è invitata a firmare il modulo.",
        "Alla S.V. verrà inviata la nuova carta.",
        "Codesti uffici hanno ricevuto la pratica.",
        "Pregasi voler restituire la copia firmata.",
        "A fronte del pagamento della penale, il mutuo sarà estinto.",
        "In ottemperanza a quanto previsto dal contratto, abbiamo bloccato la carta.",
        "Ai sensi dell'articolo 5 del regolamento, la commissione è dovuta.",
        "Ai sensi di legge, non possiamo comunicarle il saldo qui.",
        "Le normative vigenti non consentono l'operazione.",
        "La normativa attualmente vigente impone questi controlli.",
        "Si prega di voler compilare il modulo allegato.",
        "Con la presente siamo a informarla dell'aggiornamento delle condizioni.",
        "In allegato alla presente troverà il contratto.",
        "Rimanendo a disposizione per ogni eventuale chiarimento, la salutiamo cordialmente.",
        "Distinti Saluti, il Servizio Clienti",
        "Porgo distinti saluti.",
        "Porgendo cordiali saluti, restiamo in attesa.",
        "Questa scrivente ha ricevuto la sua comunicazione.",
        "La sottoscritta conferma la ricezione della carta.",
        "In riscontro alla Vostra richiesta, vi inviamo il modulo.",
        "A riscontro della sua mail, le confermiamo il blocco.",
        "Facendo seguito alla Vs. del 10 maggio, le confermiamo l'estinzione.",
        "Al fine della corretta esecuzione dell'ordine, servono i dati del beneficiario.",
        "Nelle more dell'istruttoria, il conto resta attivo.",
        "Abbiamo predisposto all'uopo un modulo dedicato.",
        "Speriamo di addivenire presto a una soluzione.",
        "Le verifiche sono state espletate con esito positivo.",
        "Espletate le formalità, la carta verrà spedita.",
        "La banca eroga finanziamenti fino a 50.000 euro.",
        "L'importo erogato le sarà accreditato domani.",
        "La richiesta non ottempera ai requisiti richiesti.",
        "Provvederà al rimborso la filiale.",
        "La banca sta provvedendo alla sostituzione delle carte.",
        "La filiale procederà alla chiusura del conto.",
        "Abbiamo proceduto al rimborso della commissione.",
        "Il bonifico è stato effettuato correttamente.",
        "Per l'effettuazione del bonifico serve il codice OTP.",
        "Abbiamo effettuato un controllo sul suo conto.",
        "In data odierna la sua carta è stata spedita.",
        "Il modulo va restituito entro e non oltre venerdì.",
        "La sua segnalazione è stata trasmessa per quanto di competenza.",
        "L'accredito è stato eseguito salvo buon fine.",
        "Il versamento è accreditato s.b.f.",
        "Previa sua autorizzazione, procederemo al blocco.",
        "La preghiamo di attendere onde evitare duplicazioni.",
        "Il sopracitato modulo va firmato in filiale.",
        "La summenzionata commissione è stata restituita.",
        "Le predette somme saranno accreditate entro fine mese.",
        "Le suddette condizioni entreranno in vigore a maggio.",
        "Il cliente in indirizzo è pregato di contattare la filiale.",
        "Gentile Cliente, la sua carta è pronta.",
        "Codesta spettabile banca ha ricevuto il reclamo.",
        "Si rappresenta che il servizio non è disponibile nel weekend.",
        "Si fa presente che i bonifici esteri richiedono più tempo.",
        "Si evidenziano di seguito le commissioni applicate.",
        "Si rende noto che il numero verde è cambiato.",
        "È pervenuta la sua richiesta di estinzione.",
        "Ci è pervenuta una sua segnalazione.",
        "Vogliate trasmettere copia del documento.",
        "Voglia accogliere le nostre scuse.",
        "Voglia inviarci il modulo firmato.",
        "Vs. comunicazione del 3 marzo: abbiamo verificato.",
        "Ns. rif. pratica 1234.",
        "Alla c.a. dell'Ufficio Crediti.",
        "p.c. alla filiale di Pisa",
        "Ns. riferimento 55/2024",
        "Le si comunica che il mutuo è stato approvato.",
        "Si informano i clienti che la filiale sarà chiusa.",
        "Si ricorda ai gentili clienti di aggiornare l'app.",
        "È stata effettuata da parte nostra una verifica sul suo conto.",
        "Il blocco è stato disposto a cura del servizio antifrode.",
        "L'avvio della procedura di rimborso della commissione è stato disposto.",
        "La richiesta di riattivazione della carta di debito è in lavorazione.",
        "Ciao Marco, ti informiamo che la tua pratica è stata correttamente inoltrata.",
        "Buongiorno, con riguardo alla sua segnalazione le confermiamo il rimborso.",
        "Ciao Giulia, la tua richiesta sarà processata dai nostri operatori.",
        "Buongiorno Sig. Rossi, in data 12/05 u.s. abbiamo ricevuto il suo reclamo.",
        "Ciao Luca, per ricevere supporto è necessario inviare una mail all'indirizzo indicato.",
        "Ciao Anna, la preghiamo di prendere contatto con la filiale di appartenenza.",
        "Buongiorno, sono in corso accertamenti tecnici per la risoluzione del disservizio.",
        "Ciao Paolo, il blocco è stato effettuato in via prudenziale.",
        "Ciao Sara, ti chiediamo di voler pazientare.",
        "Buongiorno, la ringraziamo per la fiducia accordataci e le porgiamo i nostri saluti.",
        "Ciao Elena, l'addebito è riconducibile al canone della carta.",
        "Ciao Giorgio, il pagamento risulta in stato di lavorazione.",
        "Buongiorno, la procedura di riattivazione è a carico del titolare.",
        "Ciao Chiara, la carta è in fase di spedizione presso il tuo indirizzo.",
        "Ciao Davide, l'importo verrà stornato entro la giornata odierna.",
        "Buongiorno Sig.ra Neri, ai fini della sicurezza, la invitiamo a non divulgare i codici.",
        "Ciao Laura, abbiamo provveduto a inoltrare il tuo feedback.",
        "Ciao Andrea, si consiglia di effettuare un nuovo tentativo più tardi.",
        "Buongiorno, il bonifico è stato oggetto di verifica antifrode.",
        "Ciao Simone, l'operazione è stata stornata per motivazioni di sicurezza.",
        "Ciao Martina, la tua segnalazione è stata recepita.",
        "Buongiorno, siamo a chiederle di integrare la documentazione mancante.",
        "Ciao Federico, per la gestione della pratica è necessario il tuo consenso.",
        "Ciao Alessia, in attesa di un tuo riscontro, ti salutiamo.",
        "Buongiorno, la filiale competente prenderà contatto con lei.",
        "Ciao Roberto, le commissioni sono applicate secondo quanto stabilito dal contratto.",
        "Ciao Valentina, il nostro personale è a tua disposizione per eventuali delucidazioni.",
        "Buongiorno, la sua lamentela è stata trasmessa all'ufficio preposto.",
        "Ciao Stefano, l'aggiornamento dell'app è condizione necessaria per l'accesso.",
        "Ciao Francesca, non è consentito l'utilizzo della carta in questo paese.",
        "Buongiorno, le confermiamo che la pratica è stata definita positivamente.",
        "Ciao Matteo, l'anomalia è stata risolta a seguito dell'intervento dei tecnici.",
        "Ciao Irene, la sospensione del servizio è dovuta a interventi evolutivi.",
        "Buongiorno, il rimborso verrà corrisposto entro 30 giorni.",
        "Ciao Nicola, per l'attivazione è richiesta la presenza fisica in filiale.",
        "Ciao Tommaso, la tua istanza di rimborso è stata accolta.",
        "Buongiorno Sig. Greco, il finanziamento è stato deliberato dall'organo competente.",
        "Ciao Sofia, ti segnalo che il servizio è tornato operativo.",
        "Ciao Camilla, ti informo che la carta è pronta.",
        "Buongiorno, in ossequio alle norme sulla privacy non possiamo risponderle qui.",
        "Ciao Pietro, per ogni informazione ti invitiamo a consultare il sito istituzionale.",
        "Ciao Beatrice, gli importi addebitati sono stati regolarmente riaccreditati.",
        "Buongiorno, l'operatività del conto è stata ripristinata in data odierna.",
        "Ciao Emanuele, la carta è stata bloccata a scopo cautelativo.",
        "Ciao Ilaria, il servizio clienti rimane a disposizione per ogni necessità.",
        "Buongiorno, la sua richiesta sarà evasa secondo l'ordine cronologico di arrivo.",
        "Ciao Gabriele, abbiamo rilevato un'anomalia nel processo di autenticazione.",
        "Ciao Noemi, l'estinzione del rapporto comporta la restituzione della carta.",
        "Buongiorno, la ringraziamo per la collaborazione prestata.",
        "Ciao Jacopo, ci scusiamo per ogni eventuale disagio arrecato.",
        "Si comunica alla S.V. che la pratica di mutuo è stata respinta.",
        "Codesta Banca non può dar corso alla richiesta.",
        "Gentile Cliente, in riferimento alla Sua mail, Le confermiamo la chiusura del conto.",
        "Pregasi prendere nota del nuovo IBAN.",
        "Distinti saluti, Banca Sportello.",
        "La S.V. potrà ritirare il nuovo libretto presso lo sportello.",
        "Ai sensi delle vigenti disposizioni, la carta deve essere firmata.",
        "In ottemperanza alle norme antiriciclaggio Le chiediamo di indicarci l'origine dei fondi.",
        "Il bonifico verrà eseguito previa verifica della disponibilità.",
        "Entro e non oltre il 31 dicembre dovrà pervenirci il modulo.",
        "Facendo seguito alla Sua telefonata, Le inviamo quanto richiesto.",
        "Restando in attesa di un Suo cortese riscontro, porgiamo distinti saluti.",
        "La pratica è stata presa in carico dagli uffici competenti e verrà evasa a breve.",
        "Si fa presente che il conto è soggetto a imposta di bollo.",
        "Si precisa che eventuali addebiti saranno stornati.",
        "Nelle more della definizione della pratica, il fido rimane sospeso.",
        "Al fine di tutelare la Sua sicurezza, abbiamo bloccato la carta.",
        "La scrivente ha provveduto all'estinzione del rapporto.",
        "Vogliate cortesemente inviare copia del documento d'identità.",
        "Ns. rif.: reclamo n. 223.",
        "Ciao Marco, si informa che la filiale è chiusa per lavori. ^FG",
        "Ciao Giulia, la tua richiesta è pervenuta correttamente e sarà lavorata nei tempi "
        "previsti.",
        "Buongiorno, la informiamo che il servizio è momentaneamente sospeso.",
        "Ciao Luca, ti comunichiamo che l'operazione è andata a buon fine.",
        "Buongiorno, la preghiamo di voler attendere la chiamata del consulente.",
        "Ciao Anna, a fronte della tua segnalazione abbiamo aperto una verifica.",
        "Ciao Paolo, l'erogazione del prestito avverrà entro 3 giorni lavorativi.",
        "Buongiorno Sig. Neri, abbiamo proceduto alla sostituzione della carta.",
        "Ciao Sara, provvederemo a contattarti nel più breve tempo possibile.",
        "Buongiorno, l'effettuazione di bonifici esteri è consentita solo in filiale.",
        "Ciao Elena, la commissione è stata applicata in conformità al foglio informativo.",
        "Ciao Giorgio, la tua posizione risulta regolare.",
        "Buongiorno, il suddetto addebito sarà riaccreditato entro 5 giorni.",
        "Ciao Chiara, è stata effettuata una verifica da parte dell'ufficio antifrode.",
        "Buongiorno, per l'espletamento della pratica è necessaria la sua firma.",
        "Ciao Davide, il servizio sarà ripristinato non appena ultimate le attività di "
        "manutenzione.",
        "Buongiorno Sig.ra Villa, in data odierna è stato disposto il bonifico.",
        "Ciao Laura, l'addebito in questione è relativo alla quota annuale.",
        "Buongiorno, qualora riscontrasse ulteriori problemi, la invitiamo a contattarci.",
        "Ciao Andrea, la verifica della titolarità del conto è in corso.",
        "Buongiorno, la sua segnalazione è stata girata alla struttura competente.",
        "Ciao Simone, ti ricordiamo che i codici non vanno comunicati a terzi ai sensi del "
        "contratto.",
        "Buongiorno, siamo spiacenti di informarla che la richiesta non può essere accolta.",
        "Ciao Martina, nell'ottica di migliorare il servizio, abbiamo aggiornato l'app.",
        "Buongiorno, le porgiamo le nostre più sentite scuse.",
        "Ciao Federico, onde evitare blocchi, aggiorna i tuoi dati.",
        "Buongiorno, il rimborso è subordinato alla restituzione della carta.",
        "Ciao Alessia, la sospensione della carta è avvenuta per motivi cautelativi.",
        "Buongiorno Sig. Fabbri, le somme saranno rese disponibili entro la settimana.",
        "Ciao Roberto, il disconoscimento va presentato mediante l'apposito modulo.",
        "Buongiorno, la ringraziamo per averci segnalato la problematica.",
        "Ciao Valentina, si evidenzia che l'app non richiede mai il PIN.",
        "Buongiorno, la documentazione da lei trasmessa è incompleta.",
        "Ciao Stefano, per quanto concerne la tua domanda, il canone è gratuito.",
        "Buongiorno, il conto risulta estinto a far data dal 1 aprile.",
        "Ciao Francesca, ti invitiamo a recarti in filiale munita di documento.",
        "Buongiorno, in relazione alla sua istanza, le comunichiamo l'esito positivo.",
        "Ciao Matteo, la richiesta è stata inoltrata per competenza all'ufficio mutui.",
        "Buongiorno Sig.ra Serra, certi di aver fatto cosa gradita, la salutiamo.",
        "Ciao Irene, abbiamo attenzionato la tua segnalazione ai colleghi tecnici.",
    };
    return sentences;
}

// Plain, courteous replies in a bank's social-care voice, in both registers the bank may use
// (Ciao and tu, Buongiorno and Lei): names, signatures, emoji, short passives that report an
// outcome. They should yield no finding.
const std::vector<const char *> &plainReplies()
{
    static const std::vector<const char *> replies{
        "Ciao Marco, grazie della segnalazione e scusaci per il disagio: l'auto è stata spostata. "
        "^FG",
        "Buongiorno Sig.ra Rossi, le scriviamo in privato per i dettagli.",
        "Ci dispiace per l'attesa, ti rispondiamo subito.",
        "Abbiamo verificato: il bonifico è partito oggi.",
        "Se vuoi, scrivici in DM.",
        "Grazie per la pazienza!",
        "A presto!",
        "Il problema è stato risolto.",
        "La carta è stata bloccata.",
        "Ciao Giulia! Abbiamo bloccato la carta come ci hai chiesto: la nuova arriva in 5 giorni "
        "📬 ^MR",
        "Buongiorno Sig. Bianchi, ci scusi per l'attesa. Le abbiamo scritto in privato. ^LT",
        "Ciao Luca, ci dispiace! Ti scriviamo in DM per capire meglio cosa è successo. ^AR",
        "Grazie mille per le belle parole, Anna 😊 Le giriamo al team della filiale!",
        "Ciao Paolo, l'app è tornata a funzionare. Grazie per la pazienza! ^FG",
        "Buonasera, può scriverci in privato il numero della pratica? Così controlliamo subito.",
        "Ciao Sara, il rimborso è arrivato sul tuo conto stamattina. Facci sapere se lo vedi! ^GB",
        "Ciao! Purtroppo stamattina l'app ha avuto un problema, ora funziona di nuovo. Scusaci 🙏",
        "Buongiorno Dott. Ferri, la filiale di via Roma è aperta dalle 8:30 alle 13:30.",
        "Ciao Elena, non chiediamo mai codici o password per SMS: quel messaggio è una truffa. Non "
        "cliccare il link! ^MR",
        "Ciao Davide, grazie per la segnalazione! Abbiamo avvisato i colleghi e la pagina falsa è "
        "stata segnalata. ^FG",
        "Ciao Chiara, ti abbiamo scritto in privato 📩",
        "Buongiorno Sig.ra Conti, la sua carta è stata spedita ieri e arriverà entro venerdì.",
        "Ciao Matteo, puoi cambiare il PIN dall'app, nella sezione Carte > Gestisci. Se hai dubbi, "
        "scrivici!",
        "Ciao Francesca, il bonifico istantaneo arriva in pochi secondi, anche nel weekend. ^AR",
        "Grazie a te, Roberto! Buona giornata ☀️",
        "Ciao Andrea, abbiamo controllato: l'addebito è la quota annuale della carta. Ti scriviamo "
        "in DM i dettagli.",
        "Buongiorno, ci dispiace molto per quanto accaduto. Ci scriva in privato e ce ne occupiamo "
        "subito.",
        "Ciao Simone, la filiale riapre lunedì dopo i lavori. Nel frattempo puoi usare quella di "
        "piazza Garibaldi 🙂",
        "Ciao Laura, sì, puoi aprire il conto anche da smartphone in 10 minuti!",
        "Buongiorno Sig. Greco, la ringraziamo per averci contattato. A presto!",
        "Ciao Giorgio, purtroppo non possiamo vedere i dati del conto qui sui social. Ci scrivi in "
        "DM?",
        "Ciao Valentina, hai ragione, ci scusiamo per il ritardo. Il mutuo è stato approvato ieri: "
        "ti chiama la tua consulente in giornata. ^LT",
        "Buonasera Sig.ra Moretti, il servizio clienti è attivo dalle 8:30 alle 22:30, tutti i "
        "giorni.",
        "Ciao Federico, grazie! Giriamo volentieri il tuo suggerimento al team dell'app 💡",
        "Ciao Alessia, abbiamo riattivato la carta: puoi già usarla. ^GB",
        "Ciao Stefano, il servizio è tornato disponibile. Se hai ancora problemi scrivici, siamo "
        "qui!",
        "Buongiorno, le abbiamo inviato una mail con le istruzioni. Buona fortuna per il nuovo "
        "corso di laurea!",
        "Ciao Nicola, il codice OTP arriva via SMS al numero registrato. Se non arriva, prova a "
        "riavviare il telefono.",
        "Ciao Martina, la commissione è di 1 euro per i prelievi in altre banche. Tutti i dettagli "
        "te li mandiamo in DM.",
        "Ciao Riccardo, ci dispiace per il disagio! I tecnici sono al lavoro e ti aggiorniamo "
        "appena risolto.",
        "Buongiorno Sig. Colombo, la pratica è stata chiusa ieri. Per qualsiasi dubbio siamo qui. "
        "^FG",
        "Ciao Irene, per bloccare la carta chiama subito il numero verde 800 123 456, è attivo 24 "
        "ore su 24.",
        "Ciao Tommaso, l'estratto conto lo trovi nell'app, sezione Documenti 📄",
        "Ciao! Il bonifico è stato eseguito stamattina, dovrebbe arrivare entro domani.",
        "Buongiorno Sig.ra Galli, le confermiamo l'appuntamento di giovedì alle 10 in filiale.",
        "Ciao Marta, grazie per averci scritto 😊 Ti rispondiamo in privato per tutelare i tuoi "
        "dati.",
        "Ciao Lorenzo, sì, la carta funziona anche all'estero. Buon viaggio! ✈️",
        "Ciao Sofia, ci dispiace che tu abbia avuto questa esperienza. Ci racconti meglio in DM? "
        "^AR",
        "Buongiorno, il conto è stato aperto correttamente. Riceverà la carta a casa entro una "
        "settimana.",
        "Ciao Emanuele, abbiamo ricevuto i documenti, grazie! Ti aggiorniamo entro venerdì.",
        "Ciao Beatrice, purtroppo il prestito non è stato approvato. La tua consulente ti chiama "
        "domani per spiegarti il motivo e le alternative.",
        "Ciao Gabriele, ottima notizia: da oggi puoi pagare con lo smartphone! 📱",
        "Ciao Camilla, l'accredito dello stipendio arriva di solito il 27 del mese.",
        "Buongiorno Sig. Ricci, le scriviamo in privato per verificare insieme l'operazione.",
        "Ciao Alberto, scusaci tanto! Il problema è risolto e i soldi sono di nuovo disponibili. "
        "^LT",
        "Ciao Noemi, puoi richiedere la carta nuova dall'app: ci vogliono due minuti.",
        "Ciao Pietro, il rimborso è stato fatto: lo vedi nei movimenti di oggi.",
        "Ciao Ilaria, grazie per la fiducia! Siamo felici che ti trovi bene con noi 💙",
        "Buonasera, ha ragione: abbiamo sbagliato noi. Stiamo già rimediando e le scriviamo in "
        "privato.",
        "Ciao Daniele, se vuoi chiudere il conto puoi farlo dall'app o in filiale. Ti spieghiamo "
        "tutto in DM.",
        "Ciao Giada, la filiale è chiusa per il ponte, riapre martedì.",
        "Ciao Enrico, la carta è stata sostituita e arriva a casa tua in 5 giorni lavorativi. ^GB",
        "Ciao Veronica, abbiamo passato la tua richiesta ai colleghi dei mutui: ti contattano "
        "entro domani.",
        "Ciao Michele, non preoccuparti: il doppio addebito sparisce entro 48 ore.",
        "Buongiorno Sig.ra Fontana, per il cambio di indirizzo basta una mail alla sua filiale.",
        "Ciao Alice, grazie per la segnalazione! L'errore sul sito è stato corretto.",
        "Ciao Fabio, sì, il conto è gratis per chi ha meno di 30 anni 🎉",
        "Ciao Rebecca, il PIN non lo conosciamo neanche noi: puoi vederlo solo nell'app.",
        "Ciao Antonio, ti abbiamo appena risposto in DM 👍",
        "Buongiorno, il nuovo orario della filiale di Pisa è dalle 8:30 alle 16:30 dal lunedì al "
        "venerdì.",
        "Ciao Greta, capiamo la frustrazione, scusaci. Abbiamo segnalato il caso con priorità.",
        "Ciao Filippo, la carta è bloccata per sicurezza dopo tre PIN sbagliati. La sblocchi "
        "dall'app in un attimo.",
        "Ciao Aurora, il limite di spesa lo puoi alzare da solo nell'app, sezione Carte.",
        "Ciao Samuele, ci dispiace, oggi il numero verde è molto trafficato. Scrivici pure qui in "
        "DM!",
        "Buongiorno Sig. Mancini, la sua richiesta è arrivata e la stiamo già guardando. Le "
        "rispondiamo entro oggi.",
        "Ciao Elisa, ti mandiamo in privato il link per prenotare l'appuntamento.",
        "Grazie Carlo, buona serata anche a te! 🌙",
        "Ciao Serena, sì, il bonifico verso l'estero si può fare dall'app.",
        "Ciao Mattia, nessun costo nascosto: il canone è zero anche il prossimo anno.",
        "Ciao Ginevra, abbiamo annullato l'operazione sospetta e la carta nuova è in arrivo. ^MR",
        "Buongiorno, grazie per la pazienza. Il servizio è stato ripristinato alle 11.",
        "Ciao Jacopo, scusaci per la risposta lenta! La pratica è stata approvata e trovi tutto in "
        "app.",
        "Ciao Asia, purtroppo per motivi di sicurezza non possiamo parlare del tuo conto qui. Ti "
        "scriviamo in DM 🔒",
        "Ciao Leonardo, ti confermiamo che il bonifico è arrivato a destinazione. ^AR",
        "Buongiorno Sig.ra Marino, le mandiamo al più presto una mail con le istruzioni.",
        "Ciao Diego, che bello sentirlo! Grazie per averci scelto 😊",
        "Ciao Margherita, il codice fiscale non va mai scritto nei commenti pubblici: lo "
        "cancelliamo noi per te.",
        "Ciao Christian, la manutenzione è finita alle 6 e ora tutto funziona. Buona giornata!",
        "Ciao Anna, abbiamo chiesto ai colleghi della filiale di richiamarti oggi pomeriggio.",
        "Ciao Luigi, se il problema si ripresenta, scrivici subito. ^FG",
        "Buongiorno, la carta si è bloccata per un controllo di sicurezza: la sblocchiamo noi "
        "adesso.",
        "Ciao Teresa, l'app si aggiorna da sola: se non la vedi, cercala nello store.",
        "Ciao Massimo, ci dispiace per il disguido. Il doppio addebito è stato annullato. ^LT",
        "Ciao Roberta, abbiamo verificato e non c'è nessun problema sul conto 👍",
        "Ciao Vittoria, il mutuo si può rinegoziare: prenota una consulenza in filiale o in "
        "videochiamata.",
        "Buongiorno Sig. Romano, ci scusiamo per l'inconveniente. La sua carta funziona di nuovo.",
        "Ciao Sergio, grazie della segnalazione, la giriamo subito al team tecnico!",
        "Ciao Ludovica, la nuova app arriva a marzo: ti piacerà 😉",
        "Ciao Cristina, il prelievo non è andato a buon fine ma i soldi non sono stati addebitati.",
        "Ciao Franco, ecco il link per scaricare il modulo: te lo mandiamo in DM.",
        "Ciao Ivan, provvediamo subito! Ti scriviamo in privato. ^AR",
        "Buonasera Sig.ra Lombardi, le chiediamo scusa per l'attesa. Un collega la chiama "
        "domattina.",
        "Ciao Elena, la richiesta di rimborso è stata approvata 🎉",
        "Ciao Nadia, puoi attivare le notifiche dall'app per vedere ogni pagamento in tempo reale.",
        "Ciao Bruno, abbiamo ricevuto la tua mail e ti rispondiamo entro oggi.",
        "Ciao Sabrina, gli orari di tutte le filiali li trovi sul sito, alla pagina Filiali.",
        "Ciao Mirko, il conto per i minorenni si apre in filiale con un genitore.",
        "Buongiorno, le confermo che la carta è attiva. Buona giornata! ^FG",
        "Ciao Rita, siamo felici che sia tutto risolto! 😊",
        "Ciao Ugo, ti spieghiamo in DM come disdire il servizio, è semplicissimo.",
        "Ciao Monica, per sicurezza abbiamo bloccato la carta. Te ne mandiamo una nuova, senza "
        "costi.",
        "Ciao Gianni, il bancomat di via Verdi è di nuovo in funzione.",
        "Buongiorno Sig. Gallo, il rimborso arriva entro 10 giorni lavorativi. Ci scusi ancora.",
        "Ciao Paola, è normale: l'importo resta in sospeso per qualche giorno e poi sparisce.",
        "Ciao Dario, ti abbiamo richiamato ma non hai risposto: riproviamo alle 15!",
        "Ciao Lucia, l'IBAN lo trovi nell'app, nella pagina del conto. Non scriverlo qui nei "
        "commenti 😉",
        "Ciao Walter, grazie del feedback! Lo passiamo al team che cura l'app.",
        "Ciao Ornella, i pagamenti con la carta sono di nuovo regolari da stamattina.",
        "Buongiorno, ci dispiace per il disagio. Abbiamo scritto alla sua filiale per chiarire.",
        "Ciao Kevin, ti rispondiamo in DM con tutti i passaggi per attivare Apple Pay 🍏",
        "Ciao Gloria, il tuo messaggio è arrivato: ti rispondiamo entro un'ora.",
        "Ciao Ettore, sì, puoi versare contanti in tutte le nostre filiali con cassa automatica.",
        "Buongiorno, le scriviamo in privato: così verifichiamo insieme il movimento che non "
        "riconosce.",
        "Ciao Lia, scusa l'attesa! Il team sta lavorando al problema dell'app, speriamo di "
        "risolvere entro stasera.",
        "Ciao Pamela, il tuo conto è attivo: trovi le credenziali nella mail che ti abbiamo "
        "mandato.",
        "Grazie per averci scritto! Ti rispondiamo a breve 🙂",
        "Ciao! Sì, la filiale di Fornacette è aperta anche il sabato mattina.",
        "Ciao Umberto, l'aumento del fido va chiesto al tuo consulente: ti passiamo il contatto in "
        "DM.",
        "Ciao Marco, la tua segnalazione è stata girata ai colleghi: ti aggiorniamo noi appena "
        "abbiamo novità. ^FG",
        "Ciao Silvia, sappiamo quanto è fastidioso, ci dispiace davvero. Abbiamo sbloccato il "
        "conto e i pagamenti ripartono da subito.",
        "Buongiorno Sig.ra Esposito, la sua nuova carta è pronta: può ritirarla in filiale da "
        "domani, le basta un documento.",
        "Ciao Tiziana, abbiamo visto il tuo commento: ci scrivi in privato il numero della "
        "pratica così controlliamo? Grazie! ^GB",
        "Ciao Raffaele, i soldi del mutuo non sono ancora partiti: ti avvisiamo noi appena parte "
        "il bonifico.",
        "Ciao Alessandro, grazie per la segnalazione! Il link che hai ricevuto non è nostro: "
        "cancellalo e non inserire i tuoi dati. ^MR",
        "Ciao Elisabetta, sì: se il bonifico parte entro le 16 arriva in giornata, altrimenti il "
        "giorno dopo.",
        "Buongiorno, ci scusi per il disagio di stamattina: l'app è stata aggiornata e ora "
        "funziona regolarmente.",
        // Technical topics (mortgages, F24, limits) and the courteous formulas a plain reply keeps.
        "Ciao Giacomo, abbiamo visto il tuo tweet: ci dispiace! Ci scrivi in DM il tuo numero "
        "cliente? Ti aiutiamo subito 💪",
        "Buongiorno Signora Ferrari, il suo bonifico è stato ricevuto dal beneficiario questa "
        "mattina.",
        "Ciao Erica, per richiedere il rimborso basta compilare il modulo in app, sezione "
        "Assistenza.",
        "Ciao Pino, in effetti c'è stato un rallentamento stamattina: ora è tutto a posto.",
        "Buonasera, stiamo verificando con i colleghi e le rispondiamo entro domani mattina.",
        "Ciao Ale, la carta si può bloccare anche dall'app in due tocchi: Carte > Blocca.",
        "Ciao Mara, grazie per la segnalazione. Ci hai aiutato a migliorare!",
        "Ciao Vale, al momento la funzione non è disponibile, ma ci stiamo lavorando.",
        "Buongiorno Sig. Esposito, la sua richiesta di mutuo è in valutazione: le diamo una "
        "risposta entro 10 giorni.",
        "Ciao Simo, i soldi sono tornati sul conto. Scusaci ancora per il problema! ^FG",
        "Ciao Matilde, il canone della carta è gratuito il primo anno, poi costa 10 euro l'anno.",
        "Ciao Piero, ci hai scritto di voler chiudere il conto: ti mandiamo in DM cosa serve.",
        "Buongiorno, le confermiamo che l'assegno è stato incassato.",
        "Ciao Giò, l'aggiornamento dell'app risolve il problema del login: scaricalo dallo store!",
        "Ciao Dani, ci vuole un documento valido e il codice fiscale per aprire il conto.",
        "Ciao Rosa, ti consigliamo di cambiare subito la password e di non rispondere a quel "
        "messaggio.",
        "Ciao Fede, il bonifico verso un'altra banca arriva in un giorno lavorativo.",
        "Buongiorno Sig. Lombardo, abbiamo chiesto alla sua filiale di richiamarla oggi.",
        "Ciao Manu, sì, puoi prelevare senza commissioni da tutti i nostri sportelli.",
        "Ciao Bea, la manutenzione programmata termina alle 6 di domani mattina.",
        "Ciao Nico, l'app chiede l'impronta per sicurezza: puoi disattivarla dalle impostazioni.",
        "Ciao Ste, ci dispiace che la filiale fosse chiusa: era un giorno di sciopero. Scusaci per "
        "il disagio.",
        "Buongiorno, la nuova filiale apre lunedì in via Mazzini 10. Vi aspettiamo!",
        "Ciao Cate, il tuo reclamo è stato accolto: il rimborso arriva entro 5 giorni. ^AR",
        "Ciao Leo, non ti preoccupare: il pagamento in sospeso sparisce da solo.",
        "Ciao Gaia, lo sportello di piazza Duomo è stato riparato ed è di nuovo in funzione!",
        "Ciao Tom, per motivi di sicurezza non possiamo chiederti i codici qui: scrivici in "
        "privato.",
        "Buongiorno, ha fatto bene a segnalarcelo. La pagina non è nostra: l'abbiamo già segnalata "
        "a Facebook.",
        "Ciao Marti, la carta prepagata si ricarica dall'app o in tabaccheria.",
        "Ciao Vitto, il tasso del mutuo resta fisso per tutta la durata.",
        "Ciao Ludo, il PIN arriva con una lettera separata qualche giorno dopo la carta.",
        "Ciao Robi, il servizio clienti risponde dalle 8 alle 22, anche la domenica.",
        "Ciao Sam, grazie per il tuo messaggio! Ti rispondiamo in privato entro un'ora.",
        "Buonasera Sig.ra Neri, ci scusi per l'attesa: il suo conto è di nuovo operativo.",
        "Ciao Eli, se hai cambiato numero di telefono, aggiornalo dall'app o in filiale.",
        "Ciao Fra, lo sappiamo, l'attesa al telefono è stata lunga oggi. Scusaci! Come possiamo "
        "aiutarti?",
        "Ciao Teo, il bonifico è stato annullato come ci hai chiesto e i soldi sono di nuovo sul "
        "conto.",
        "Ciao Giuli, per il cambio di residenza ci serve solo un documento aggiornato.",
        "Ciao Ricky, puoi vedere tutte le spese del mese nella sezione Movimenti dell'app.",
        "Buongiorno, grazie mille per la fiducia. Il suo consulente la chiama in settimana. ^LT",
        "Ciao Lori, i lavori in filiale finiscono venerdì: da lunedì siamo di nuovo aperti.",
        "Ciao Anto, capiamo il fastidio. Abbiamo passato la segnalazione al team tecnico, che ci "
        "sta già lavorando.",
        "Ciao Ire, in questo momento non possiamo fare eccezioni sulla commissione, mi dispiace. "
        "^GB",
        "Ciao Max, ti abbiamo inviato in DM il link per fissare un appuntamento con un consulente.",
        "Buongiorno Sig. Conte, la richiesta di estinzione del conto è stata presa in carico: la "
        "chiudiamo entro 10 giorni.",
        "Ciao Ceci, per attivare la carta ti basta fare un primo acquisto con il PIN.",
        "Ciao Lele, il limite del bonifico istantaneo è di 15.000 euro al giorno.",
        "Buonasera, il problema è stato risolto dai nostri tecnici. Grazie per la pazienza!",
        "Ciao Mati, ci sono stati problemi con le notifiche ieri, ora sono tornate.",
        "Ciao Ali, sì, puoi intestare il conto anche a tuo figlio minorenne: serve la tua firma.",
        "Ciao Marco, scusa il ritardo nella risposta! Abbiamo controllato e il bonifico è partito "
        "ieri sera, quindi dovrebbe arrivare oggi. Se non lo vedi entro stasera scrivici pure in "
        "DM e controlliamo insieme 😊 ^FG",
        "Buongiorno Sig.ra Russo, ci dispiace per quanto successo in filiale. Abbiamo girato la "
        "sua segnalazione al direttore, che la chiamerà domani. Grazie per avercelo fatto sapere.",
        "Ciao! Per sicurezza non scrivere mai i tuoi dati nei commenti: ti abbiamo mandato un "
        "messaggio privato.",
        "Ciao Enzo, verificato: la carta è attiva e puoi usarla da subito 👍",
        "Ciao Vera, restiamo a disposizione se hai altre domande! ^MR",
        "Buongiorno, a breve riceverà una mail di conferma. Ci scriva pure se non arriva.",
        "Ciao Olga, sì: per il bonus serve aprire il conto entro il 31 marzo. Trovi tutto sul "
        "sito!",
        "Ciao Tiziano, ci dispiace che tu sia rimasto senza contanti all'estero. Ti abbiamo "
        "scritto in DM come fare un prelievo d'emergenza.",
        "Buongiorno Sig. Marchi, la sua pratica è stata chiusa e il rimborso arriverà con la "
        "prossima rata.",
        "Ciao Sere, lo sportello automatico di via Dante è stato sistemato stamattina. Grazie per "
        "la segnalazione!",
        "Ciao Nina, se hai ricevuto un SMS strano non cliccare il link: noi non chiediamo mai "
        "codici via SMS. Scrivici se hai dubbi 🔒",
        "Buongiorno, può ritirare la carta in filiale dalle 8:30 alle 13:00 portando un documento "
        "d'identità.",
        "Ciao Rocco, i tassi dei mutui sono cambiati a gennaio: ti spieghiamo tutto in privato.",
        "Ciao Aldo, grazie per la pazienza e scusaci ancora: ora l'app funziona anche su iPhone.",
        "Ciao Elia, l'importo bloccato è una preautorizzazione dell'hotel: sparisce in pochi "
        "giorni.",
        "Ciao Betta, per disattivare le notifiche vai su Profilo > Notifiche nell'app.",
        "Buongiorno, le scriviamo in privato per capire meglio il problema con il bonifico.",
        "Ciao Raoul, siamo contenti che la consulenza ti sia stata utile! A presto 👋",
        "Ciao Yuri, sì, il nuovo conto ha il canone gratuito per sempre se accrediti lo stipendio.",
        "Ciao Amelia, la tua richiesta è arrivata: ti rispondiamo entro domani con tutte le "
        "informazioni.",
        "Ciao Marco, per pagare l'F24 vai nell'app, sezione Pagamenti > F24: bastano pochi "
        "passaggi.",
        "Buongiorno Sig.ra Villa, il mutuo a tasso fisso ha la stessa rata per tutta la durata. Le "
        "mandiamo in privato una simulazione.",
        "Ciao Giulia, il fido sul conto si chiede al tuo consulente: ti scriviamo in DM il suo "
        "contatto.",
        "Ciao Luca, l'estratto conto trimestrale arriva nella sezione Documenti entro il 10 del "
        "mese.",
        "Ciao Sara, il bonifico SEPA arriva entro il giorno lavorativo successivo, quello "
        "istantaneo in pochi secondi.",
        "Buongiorno, per l'ISEE le serve la giacenza media del conto: la trova nella sezione "
        "Documenti dell'app.",
        "Ciao Paolo, la carta di credito ha un limite mensile di 1.500 euro, ma puoi chiedere di "
        "aumentarlo.",
        "Ciao Anna, l'assicurazione sulla casa si attiva dall'app in cinque minuti 🏠",
        "Ciao Davide, i fondi comuni si possono comprare anche online: se vuoi ti chiama un "
        "consulente.",
        "Buongiorno Sig. Rinaldi, la sua domanda di prestito è stata approvata! I soldi arrivano "
        "sul conto entro due giorni.",
        "Ciao Chiara, la carta non funziona all'estero perché va abilitata: lo fai dall'app in "
        "Carte > Aree geografiche.",
        "Ciao Matteo, l'addebito di 2 euro è il canone mensile del conto, come previsto dal "
        "contratto.",
        "Ciao Francesca, il cashback arriva sul conto entro 30 giorni dall'acquisto.",
        "Buongiorno, la filiale di Pontedera ha il bancomat con il versamento di contanti e "
        "assegni.",
        "Ciao Roberto, sì, il conto cointestato si può aprire anche online se siete in due con lo "
        "SPID.",
        "Ciao Andrea, la nuova app ti chiede di confermare il numero di telefono per sicurezza.",
        "Ciao Simone, puoi cambiare l'indirizzo di casa dall'app: Profilo > Dati personali.",
        "Buongiorno Sig.ra Gentile, la carta nuova è stata spedita all'indirizzo che ci ha "
        "indicato.",
        "Ciao Laura, per chiudere il conto basta una richiesta firmata: ti mandiamo il modulo in "
        "DM.",
        "Ciao Giorgio, l'IBAN del conto lo trovi nella pagina iniziale dell'app, sotto il saldo.",
        "Ciao Valentina, la domiciliazione delle bollette si attiva dall'app o dal sito del "
        "fornitore.",
        "Ciao Federico, per il bonus ristrutturazione serve il bonifico parlante: lo trovi tra i "
        "tipi di bonifico.",
        "Buongiorno, il prestito si può estinguere in anticipo: le calcoliamo la cifra esatta in "
        "privato.",
        "Ciao Alessia, la carta prepagata ha un costo di ricarica di 1 euro, online è gratis.",
        "Ciao Stefano, abbiamo visto il doppio addebito: è un errore del negozio, ti spieghiamo in "
        "DM come contestarlo.",
        "Ciao Nicola, se hai perso la carta bloccala subito dall'app o chiama il numero verde, "
        "anche di notte.",
        "Buongiorno Sig. Fabbri, gli interessi del conto deposito sono accreditati ogni tre mesi.",
        "Ciao Martina, il PIN della carta nuova lo vedi nell'app per 30 secondi, poi sparisce per "
        "sicurezza.",
        "Ciao Riccardo, il rimborso della commissione è stato fatto ieri: lo vedi tra i movimenti.",
        "Ciao Irene, puoi pagare con Google Pay: aggiungi la carta dal wallet del telefono.",
        "Ciao Tommaso, il limite di prelievo è di 500 euro al giorno, puoi alzarlo fino a 1.000 "
        "dall'app.",
        "Buongiorno, per il mutuo prima casa servono busta paga, documento e codice fiscale. Le "
        "mandiamo la lista completa in privato.",
        "Ciao Marta, il conto per i giovani è gratis fino a 30 anni e la carta è inclusa.",
        "Ciao Lorenzo, la verifica dell'identità si fa con un selfie e il documento, direttamente "
        "nell'app.",
        "Ciao Sofia, la chiusura della filiale di via Po è temporanea: riapre a settembre dopo i "
        "lavori.",
        "Buongiorno Sig. Pellegrini, la gestione del suo portafoglio è seguita dalla sua "
        "consulente: la chiama lei domani.",
        "Ciao Emanuele, la modifica dei limiti della carta è immediata, puoi provare subito.",
        "Ciao Beatrice, il conto ha un costo di 3 euro al mese, ma è gratis se accrediti lo "
        "stipendio.",
        "Ciao Gabriele, l'attivazione della carta avviene al primo pagamento con il PIN.",
        "Buongiorno, la sostituzione della carta è gratuita se è danneggiata: la richiede "
        "dall'app.",
        "Ciao Camilla, la richiesta di rimborso va fatta entro 13 mesi dall'addebito.",
        "Ciao Pietro, la sezione Investimenti dell'app mostra l'andamento del tuo portafoglio in "
        "tempo reale.",
        "Ciao Ilaria, il bonifico è stato rifiutato dalla banca del beneficiario: l'IBAN era "
        "sbagliato. I soldi sono già tornati sul tuo conto.",
        "Buongiorno Sig.ra Caruso, l'apertura del conto per suo figlio si fa in filiale con "
        "entrambi i genitori.",
        "Ciao Daniele, la protezione acquisti copre la merce rubata o danneggiata nei primi 90 "
        "giorni.",
        "Ciao Giada, le notifiche push ti avvisano di ogni pagamento con la carta: le attivi dal "
        "profilo.",
        "Ciao Enrico, se il prelievo non è andato a buon fine, i soldi non ti vengono addebitati.",
        "Buongiorno, la conferma dell'operazione arriva con una notifica sull'app.",
        "Ciao Veronica, la data di scadenza della carta è scritta sul fronte, sotto il numero.",
        "Ciao Michele, il trasferimento del conto da un'altra banca è gratuito e lo facciamo noi.",
        "Buongiorno Sig. Ferraro, ci scusiamo per l'errore nell'estratto conto: la correzione è "
        "già stata fatta.",
        "Ciao Alice, la disattivazione dei pagamenti online la trovi nelle impostazioni della "
        "carta.",
        "Ciao Fabio, l'aggiornamento dei dati anagrafici si fa dall'app in due minuti.",
        "Ciao Rebecca, ti confermiamo che la domanda di mutuo è completa. Ora la valuta il nostro "
        "ufficio crediti: ti rispondiamo entro 15 giorni.",
        "Ciao Marco, grazie per averci avvisato! Abbiamo già sistemato il problema. ^FG",
        "Buongiorno Sig.ra Bassi, la sua carta è pronta: può ritirarla in filiale quando vuole.",
        "Ciao Anna, ci dispiace tanto! Ti scriviamo in privato per capire cosa è successo con il "
        "pagamento.",
        "Ciao Luca, il bonifico è arrivato: controlla pure i movimenti 😊",
        "Ciao Sara, per sicurezza non condividere mai i tuoi codici, nemmeno con noi.",
        "Buongiorno, la filiale oggi chiude alle 13 per la festa del patrono. Riapre domani alle "
        "8:30.",
        "Ciao Giorgio, scusaci per l'attesa! L'app funziona di nuovo, prova ad aggiornarla.",
        "Ciao Elena, sì, puoi pagare anche con lo smartwatch. Ti mandiamo la guida in DM.",
        "Ciao Paolo, il doppio addebito è un errore tecnico: lo abbiamo già corretto e i soldi "
        "sono tornati.",
        "Buongiorno Sig. Russo, le abbiamo mandato una mail con il riepilogo. Se ha domande ci "
        "scriva pure.",
        "Ciao Chiara, il servizio è tornato attivo alle 15. Grazie per la pazienza! ^AR",
        "Ciao Davide, ci spiace molto per l'esperienza in filiale. Abbiamo avvisato il direttore, "
        "che ti chiama domani.",
        "Ciao Laura, la carta nuova arriva per posta entro una settimana. Quella vecchia funziona "
        "fino ad allora.",
        "Buongiorno, grazie per il messaggio. Per proteggere i suoi dati le rispondiamo in "
        "privato.",
        "Ciao Andrea, è un messaggio falso: non cliccare e cancellalo. Noi non chiediamo mai il "
        "PIN.",
        "Ciao Giulia, bella domanda! Il conto deposito rende il 3% lordo l'anno. Ti scriviamo i "
        "dettagli in DM.",
        "Ciao Simone, hai ragione, la risposta è arrivata tardi. Scusaci! Ora è tutto sistemato.",
        "Buongiorno Sig.ra Marchetti, la sua pratica di mutuo è approvata. La notaia la contatterà "
        "per la firma.",
        "Ciao Martina, per cambiare il numero di telefono basta andare su Profilo nell'app.",
        "Ciao Federico, abbiamo letto il tuo commento e ti abbiamo scritto in privato. A dopo!",
        "Ciao Alessia, le commissioni del conto le trovi tutte sul sito, nella pagina Costi.",
        "Buongiorno, il problema con le carte è risolto da questa mattina. Ci scusiamo per il "
        "disagio.",
        "Ciao Roberto, grazie mille per il tuo messaggio! Siamo contenti che ti sia trovato bene "
        "in filiale 😊",
        "Ciao Valentina, se la carta è rimasta nello sportello, chiama il numero verde e la "
        "blocchiamo subito.",
        "Buongiorno Sig. De Luca, le confermiamo che il bonifico di ieri è andato a buon fine.",
        "Ciao Stefano, il prestito lo puoi chiedere anche dall'app: la risposta arriva in 24 ore.",
        "Ciao Francesca, ci dispiace per il disagio. Abbiamo segnalato il problema dell'app ai "
        "nostri tecnici.",
        "Ciao Matteo, l'assegno viene accreditato il giorno dopo il versamento.",
        "Buongiorno, per aprire il conto serve un documento valido e il codice fiscale. Ci "
        "vogliono 10 minuti.",
        "Ciao Irene, grazie! Abbiamo girato i tuoi complimenti a tutta la filiale 💐",
        "Ciao Nicola, la tua richiesta è arrivata ai colleghi del mutuo: ti chiamano entro "
        "venerdì.",
        "Ciao Lorenzo, purtroppo il bonifico istantaneo non si può annullare. Ti spieghiamo in DM "
        "cosa puoi fare.",
        "Buongiorno Sig.ra Serra, ci scusi per il disguido: la commissione le è stata restituita "
        "stamattina.",
        "Ciao Sofia, sì, il conto si apre anche se sei studentessa all'estero.",
        "Ciao Tommaso, l'app si blocca? Prova a reinstallarla e scrivici se il problema resta.",
        "Ciao Camilla, ti abbiamo risposto in privato con tutti i passaggi. Buona serata! ^GB",
        "Buongiorno, le filiali sono aperte dal lunedì al venerdì, dalle 8:30 alle 13:30 e dalle "
        "14:30 alle 16.",
        "Ciao Pietro, nessun problema! Siamo qui per questo 💪",
        "Ciao Beatrice, la consulente ti richiama lunedì per fissare l'appuntamento.",
        "Buongiorno Sig. Marini, abbiamo ricevuto i suoi documenti: la pratica ora è completa.",
        "Restiamo a sua disposizione per qualsiasi domanda.",
        "Restiamo a disposizione! ^FG",
        "Per qualsiasi dubbio siamo qui, scrivici pure.",
        "Ti ringraziamo per la segnalazione, la giriamo subito ai colleghi.",
        "Siamo spiacenti per il disagio, ci stiamo lavorando.",
        "Ci scusiamo per l'inconveniente e ti ringraziamo per la pazienza.",
        "La ringraziamo per la pazienza, Sig. Bruni.",
        "Ti invitiamo a scriverci in privato con il numero della pratica.",
        "La invitiamo a contattarci in DM per verificare insieme.",
        "Ti consigliamo di aggiornare l'app all'ultima versione.",
        "Ti ricordiamo che non ti chiederemo mai il PIN.",
        "Ti confermiamo che la carta è attiva.",
        "Abbiamo inoltrato la tua richiesta ai colleghi della filiale.",
        "Per motivi di sicurezza non possiamo parlare del tuo conto qui.",
        "La tua richiesta è in lavorazione: ti aggiorniamo entro domani.",
        "Se hai bisogno di altre informazioni, scrivici in DM.",
        "Grazie per averci contattato, buona giornata!",
        "Ci dispiace per l'accaduto, ti scriviamo in privato.",
        "Buongiorno, le chiediamo di scriverci in privato per tutelare i suoi dati.",
        "Ciao, per ricevere assistenza puoi scriverci qui in DM o chiamare il numero verde.",
        "Il rimborso arriverà sul tuo conto entro 5 giorni lavorativi.",
        "La carta verrà spedita al tuo indirizzo entro la settimana.",
        "Le verrà inviata una mail di conferma.",
        "Ti verrà inviato un SMS con il codice.",
        "Il servizio è di nuovo disponibile, grazie per la pazienza.",
        "Abbiamo preso in carico la tua segnalazione, ti aggiorniamo presto.",
        "Ti abbiamo risposto in privato, dai un'occhiata ai messaggi 😊",
        "Buongiorno Sig.ra Bianchi, ci scusi per il ritardo nella risposta.",
        "Buonasera, la ringraziamo per averci scritto: le rispondiamo in privato.",
        "Ciao Marco, per sbloccare la carta segui questi passaggi nell'app: Carte > Sblocca.",
        "Ciao Anna, purtroppo oggi il sito ha avuto qualche problema. Ora funziona!",
        "Ciao, ti confermiamo che il bonifico è stato eseguito ed è arrivato al destinatario.",
        "Ciao Luca, per attivare l'home banking ti serve il codice che hai ricevuto per posta.",
        "Buongiorno, può trovare le informazioni sui costi nel foglio informativo sul nostro sito.",
        "Ciao Sara, la commissione per il bonifico online è zero.",
        "Ciao Giorgio, abbiamo verificato e la carta è stata bloccata per sicurezza dopo un "
        "tentativo sospetto. Ti chiamiamo noi in giornata.",
        "Ciao Elena, siamo felici di averti aiutato! Buona serata 🌙",
        "Buongiorno Sig. Marino, ci dispiace per l'attesa al telefono. Possiamo aiutarla noi qui "
        "in privato?",
        "Ciao Paolo, ti spieghiamo tutto in DM. A tra poco!",
        "Ciao Chiara, al momento non è possibile aprire il conto per minorenni online, ma lo puoi "
        "fare in filiale.",
        "Ciao Davide, non è possibile annullare un bonifico già partito, ma possiamo chiedere il "
        "richiamo alla banca del destinatario.",
        "Ciao Laura, in questo caso ti conviene bloccare la carta e chiederne una nuova.",
        "Buongiorno, per la successione serve passare in filiale: le diamo appuntamento?",
        "Ciao Andrea, il tuo feedback è prezioso, grazie!",
        "Ciao Giulia, il trasferimento dello stipendio sul nuovo conto è automatico.",
        "Buongiorno Sig.ra Rizzo, abbiamo ricevuto la sua richiesta e le rispondiamo entro domani.",
        "Ciao Simone, abbiamo appena verificato: tutto a posto sul tuo conto 👍",
        "Ciao Marco, ci dispiace per il problema con la carta! Ti scriviamo in privato per "
        "sistemare tutto. ^FG",
        "Buongiorno Sig.ra Rossi, grazie per la pazienza: il suo bonifico è arrivato.",
        "Ciao Giulia, sì, il conto si può chiudere dall'app in pochi passaggi.",
        "Ciao Luca, la carta è in viaggio: arriva entro venerdì 📦",
        "Buongiorno, ci scusi ancora per l'attesa. Il problema è stato risolto.",
        "Ciao Anna, abbiamo chiesto ai colleghi di richiamarti entro oggi.",
        "Ciao Paolo, grazie di averci scritto! Ti rispondiamo in DM.",
        "Ciao Sara, il nuovo PIN lo scegli tu dall'app, quando vuoi.",
        "Buongiorno Sig. Verdi, la sua carta è stata bloccata per sicurezza. La chiamiamo per "
        "sbloccarla insieme.",
        "Ciao Elena, non preoccuparti: i soldi sono al sicuro.",
        "Ciao Giorgio, l'app è stata aggiornata stanotte, ora è più veloce 🚀",
        "Ciao Chiara, ci spiace! Abbiamo girato la segnalazione ai tecnici, ti aggiorniamo appena "
        "sappiamo qualcosa.",
        "Buongiorno, le mandiamo in privato il modulo da firmare.",
        "Ciao Davide, il rimborso è partito oggi: lo vedi domani sul conto.",
        "Ciao Laura, per sicurezza ti abbiamo mandato una nuova carta.",
        "Ciao Andrea, la filiale è aperta anche il sabato mattina dalle 9 alle 12.",
        "Buongiorno Sig.ra Bruni, abbiamo ricevuto la sua mail: la pratica è in mano ai colleghi "
        "dei mutui.",
        "Ciao Simone, hai ragione, la coda al telefono era lunga. Scusaci!",
        "Ciao Martina, il bonifico istantaneo costa 1 euro, quello normale è gratis.",
        "Ciao Federico, grazie per la fiducia! Ti aspettiamo in filiale 😊",
        "Ciao Alessia, puoi bloccare e sbloccare la carta quando vuoi dall'app.",
        "Buongiorno, il servizio è tornato regolare alle 10. Ci scusiamo per il disagio.",
        "Ciao Roberto, la carta va attivata con un primo pagamento con PIN.",
        "Ciao Valentina, purtroppo il codice è scaduto: te ne mandiamo uno nuovo.",
        "Buongiorno Sig. Conti, la sua consulente la chiama domani alle 11.",
        "Ciao Stefano, abbiamo visto il tuo messaggio e ti abbiamo risposto in privato 👍",
        "Ciao Francesca, il mutuo è stato approvato! Complimenti per la nuova casa 🏡",
        "Ciao Matteo, per cambiare indirizzo basta aggiornarlo nel profilo.",
        "Buongiorno, le confermiamo che la carta è stata spedita ieri.",
        "Ciao Irene, ci dispiace molto. Abbiamo aperto una segnalazione e ti teniamo aggiornata.",
        "Ciao Marco, scusaci per il disagio! La carta funziona di nuovo. ^FG",
        "Buongiorno Sig.ra Rossi, le scriviamo in privato con tutti i dettagli.",
        "Ciao Giulia, il bonifico è partito stamattina e arriva entro domani.",
        "Ciao Luca, ci dispiace per l'attesa. Ti rispondiamo in DM tra pochi minuti.",
        "Buongiorno, la filiale di corso Italia riapre lunedì. Grazie per la pazienza!",
        "Ciao Anna, sì, il conto giovani non ha costi fino a 30 anni 😊",
        "Ciao Paolo, grazie per la segnalazione! Abbiamo avvisato il team dell'app.",
        "Buongiorno Sig. Neri, la sua nuova carta è pronta in filiale.",
        "Ciao Sara, per cambiare il PIN vai su Carte > Cambia PIN nell'app.",
        "Ciao Elena, non cliccare quel link: è un tentativo di truffa. Noi non chiediamo mai i "
        "codici.",
        "Ciao Giorgio, abbiamo sbloccato la carta: prova pure a pagare 👍",
        "Buongiorno, ci scusi per il ritardo nella risposta. Le abbiamo scritto in privato.",
        "Ciao Chiara, la nuova app arriva a settembre, con tante novità!",
        "Ciao Davide, il rimborso è arrivato sul tuo conto. Buona giornata! ^AR",
        "Buongiorno Sig.ra Villa, il suo consulente la chiama domani mattina.",
        "Ciao Laura, ci dispiace per l'esperienza in filiale. Ci racconti in DM cosa è successo?",
        "Ciao Andrea, il problema di accesso è risolto: puoi entrare di nuovo nell'app.",
        "Buongiorno, per aprire il conto online servono 10 minuti e un documento.",
        "Ciao Simone, grazie dei complimenti! Li giriamo alla filiale 💙",
        "Ciao Martina, il prelievo all'estero con la carta è gratuito in tutta Europa.",
        "Buongiorno Sig. Fabbri, la pratica è chiusa e il rimborso è stato fatto ieri.",
        "Ciao Federico, sì, puoi versare assegni anche dall'app fotografandoli.",
        "Ciao Alessia, scusaci! C'è stato un errore nell'invio delle notifiche, ora è sistemato.",
        "Buongiorno, la carta bloccata si può sbloccare dall'app o chiamando il numero verde.",
        "Ciao Roberto, ti abbiamo mandato in DM il link per prenotare in filiale.",
        "Ciao Valentina, la carta è stata bloccata come ci hai chiesto. La nuova arriva in 5 "
        "giorni.",
        "Buongiorno Sig.ra Serra, abbiamo ricevuto i suoi documenti, grazie. Le rispondiamo entro "
        "venerdì.",
        "Ciao Stefano, purtroppo l'app oggi è lenta: i tecnici ci stanno lavorando.",
        "Ciao Francesca, il tuo conto è attivo! Benvenuta 🎉",
        "Ciao Matteo, per qualsiasi dubbio scrivici pure, siamo qui.",
    };
    return replies;
}

const StyleRules &shippedRules()
{
    static const StyleRules rules = StyleRules::builtIn();
    return rules;
}

QString describe(const QString &text, const QList<StyleFinding> &findings)
{
    QStringList parts;
    for (const StyleFinding &f : findings)
        parts.append(QStringLiteral("[%1] \"%2\"").arg(f.rule, text.mid(f.start, f.end - f.start)));
    return text + QStringLiteral(" -> ") + parts.join(QStringLiteral(", "));
}

// A small rules file to exercise the pattern language on its own.
QByteArray miniRules()
{
    return R"json({
        "version": 1,
        "rules": [
            { "id": "legalese_reference",
              "reason": { "it": "Linguaggio legale.", "en": "Legal language." },
              "phrases": [
                  { "patterns": ["ai sensi del|della|dell", "vigent*"],
                    "suggestions": ["secondo"] }
              ] },
            { "id": "bureaucratic_word",
              "reason": { "it": "Parola burocratica.", "en": "Bureaucratic word." },
              "suggestions": ["(più semplice)"],
              "phrases": [
                  { "patterns": ["provved* a|alla", "non * oltre", "vs.", "voglia *are|*ere"] }
              ] }
        ]
    })json";
}

} // namespace

class TestStyleChecker : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesLoad();
    void catchesBancareseInTheLabelledSet();
    void leavesPlainRepliesAloneInTheLabelledSet();
    void flagsWithTheExpectedRule_data();
    void flagsWithTheExpectedRule();
    void leavesTheProductExamplesAlone_data();
    void leavesTheProductExamplesAlone();
    void spansPointIntoTheOriginalText_data();
    void spansPointIntoTheOriginalText();
    void findingsAreSortedAndDisjoint();
    void reasonsFollowTheCheckerLanguage();
    void patternLanguageMatchesInflectionsGapsAndAbbreviations_data();
    void patternLanguageMatchesInflectionsGapsAndAbbreviations();
    void gulpeaseMatchesHandComputedScores_data();
    void gulpeaseMatchesHandComputedScores();
    void brokenRulesAreRejectedWithAClearMessage_data();
    void brokenRulesAreRejectedWithAClearMessage();
    void checksTwoThousandCharactersQuickly();
};

void TestStyleChecker::shippedRulesLoad()
{
    QString error;
    QFile file(QStringLiteral(":/style/rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<StyleRules> rules = StyleRules::fromJson(file.readAll(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(shippedRules().ruleCount(), rules->ruleCount());
    const QStringList ids = rules->ruleIds();
    for (const char *id :
         {"archaic_formula", "legalese_reference", "impersonal_passive", "agent_passive",
          "nominal_chain", "long_sentence", "bureaucratic_word", "cold_opening", "cold_closing"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
}

void TestStyleChecker::catchesBancareseInTheLabelledSet()
{
    const StyleChecker checker(shippedRules());
    QVERIFY(bancarese().size() >= 120);
    int caught = 0;
    QStringList missed;
    for (const char *sentence : bancarese()) {
        const QString text = QString::fromUtf8(sentence);
        if (!checker.check(text).isEmpty())
            ++caught;
        else
            missed.append(text);
    }
    const double rate = 100.0 * caught / double(bancarese().size());
    qInfo("Bancarese caught: %d of %d (%.1f%%)", caught, int(bancarese().size()), rate);
    for (const QString &m : std::as_const(missed))
        qInfo("  missed: %s", qUtf8Printable(m));
    QVERIFY2(rate >= 95.0, qPrintable(QStringLiteral("catch rate %1%").arg(rate)));
}

void TestStyleChecker::leavesPlainRepliesAloneInTheLabelledSet()
{
    const StyleChecker checker(shippedRules());
    QVERIFY(plainReplies().size() >= 120);
    int flagged = 0;
    for (const char *reply : plainReplies()) {
        const QString text = QString::fromUtf8(reply);
        const QList<StyleFinding> findings = checker.check(text);
        if (!findings.isEmpty()) {
            ++flagged;
            qInfo("  flagged: %s", qUtf8Printable(describe(text, findings)));
        }
    }
    const double rate = 100.0 * flagged / double(plainReplies().size());
    qInfo("Plain replies flagged: %d of %d (%.1f%%)", flagged, int(plainReplies().size()), rate);
    QVERIFY2(rate <= 2.0, qPrintable(QStringLiteral("false-flag rate %1%").arg(rate)));
}

void TestStyleChecker::flagsWithTheExpectedRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");

    const auto row = [](const char *name, const char *text, const char *rule) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(rule);
    };
    row("si + verb of communication", "Si comunica che il conto è attivo.", "impersonal_passive");
    row("si + future of procedure", "Si provvederà quanto prima.", "impersonal_passive");
    row("si + perfect", "Si è proceduto con lo storno.", "impersonal_passive");
    row("si + modal + infinitive", "Si dovrà procedere con lo storno.", "impersonal_passive");
    row("passive with da parte di", "La carta è stata bloccata da parte dell'ufficio antifrode.",
        "agent_passive");
    row("passive with a cura di, accent missing", "il modulo e stato inviato a cura della filiale",
        "agent_passive");
    row("three passives in one sentence",
        "La carta è stata bloccata, il conto è stato sospeso e il bonifico è stato annullato.",
        "agent_passive");
    row("nominal chain", "L'attivazione della procedura di verifica della conformità è partita.",
        "nominal_chain");
    row("long sentence",
        "Ti scriviamo perché abbiamo visto il tuo messaggio e vogliamo dirti che la carta nuova "
        "arriva entro venerdì a casa tua e che quella vecchia funziona fino a quando non attivi "
        "la nuova dall'app come ti abbiamo spiegato ieri al telefono",
        "long_sentence");
    row("archaic", "Pregasi rispondere.", "archaic_formula");
    row("codesto", "Codesta banca", "archaic_formula");
    row("legalese", "ai sensi della legge", "legalese_reference");
    row("normativa vigente", "secondo la normativa vigente", "legalese_reference");
    row("bureaucratic word", "per espletare la pratica", "bureaucratic_word");
    row("cold opening without a name", "Gentile Cliente, la carta è pronta.", "cold_opening");
    row("cold closing", "Distinti saluti", "cold_closing");
    row("third person bank", "La scrivente ha ricevuto il modulo.", "third_person");
    row("commercial abbreviation", "Ns. riferimento 123", "abbreviation");
    row("announcing formula", "Le comunichiamo che la carta è pronta.", "announcing_formula");
    row("sentence opening with a gerund",
        "Ciao Marco, ringraziandoti per la pazienza, ti scriviamo.", "opening_construction");
    row("sentence opening with an absolute participle",
        "Verificato che i dati sono corretti, la carta è attiva.", "opening_construction");
    row("capital of courtesy", "Buongiorno, vorremmo contattarLa domani.", "courtesy_capital");
    row("possessive with a capital", "Abbiamo ricevuto la Sua mail.", "courtesy_capital");
    row("bare nominalisation after a preposition",
        "La carta è bloccata per superamento del limite.", "nominal_chain");
}

void TestStyleChecker::flagsWithTheExpectedRule()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const QList<StyleFinding> findings = StyleChecker(shippedRules()).check(text);
    const bool found = std::any_of(findings.begin(), findings.end(),
                                   [&](const StyleFinding &f) { return f.rule == rule; });
    QVERIFY2(found, qPrintable(describe(text, findings)));
}

void TestStyleChecker::leavesTheProductExamplesAlone_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"Ciao Marco, grazie della segnalazione e scusaci per il disagio: l'auto è stata "
          "spostata. ^FG",
          "Buongiorno Sig.ra Rossi, le scriviamo in privato per i dettagli",
          "ci dispiace per l'attesa, ti rispondiamo subito",
          "abbiamo verificato: il bonifico è partito oggi", "se vuoi, scrivici in DM",
          "grazie per la pazienza", "a presto!", "il problema è stato risolto",
          "la carta è stata bloccata", "Sì, comunica pure il nuovo IBAN al datore di lavoro",
          "LA CARTA È STATA BLOCCATA!!! SCRIVICI IN DM", "provvediamo subito!",
          "Il bonifico è andato a buon fine 👍", "Buongiorno Dott. Neri, le scriviamo in privato.",
          "Buongiorno Sig.ra Rossi, Le scriviamo in privato.", "LA SUA CARTA È PRONTA!!!",
          "Sua figlia può aprire il conto da sola a 18 anni."})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestStyleChecker::leavesTheProductExamplesAlone()
{
    QFETCH(QString, text);
    const QList<StyleFinding> findings = StyleChecker(shippedRules()).check(text);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(text, findings)));
}

void TestStyleChecker::spansPointIntoTheOriginalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("span");

    const auto row = [](const char *name, const QString &text, const char *rule,
                        const QString &span) {
        QTest::newRow(name) << text << QString::fromLatin1(rule) << span;
    };
    row("plain", QStringLiteral("Restiamo qui. Distinti saluti"), "cold_closing",
        QStringLiteral("Distinti saluti"));
    row("after emoji", QString::fromUtf8("Ciao Marco 😊👍 si comunica che la carta è pronta"),
        "impersonal_passive", QStringLiteral("si comunica"));
    row("accented word", QString::fromUtf8("Perché la richiesta è pervenuta così tardi?"),
        "bureaucratic_word", QStringLiteral("pervenuta"));
    row("upper case", QStringLiteral("L'EROGAZIONE DEL MUTUO"), "bureaucratic_word",
        QStringLiteral("EROGAZIONE"));
    row("accent where none belongs", QString::fromUtf8("L'importo sarà erogàto domani"),
        "bureaucratic_word", QString::fromUtf8("erogàto"));
    row("decomposed accent", QStringLiteral("La S.V. e\u0300 pregata"), "archaic_formula",
        QStringLiteral("La S.V."));
    row("apostrophe", QString::fromUtf8("🎉 All’uopo Le scriviamo"), "archaic_formula",
        QString::fromUtf8("All’uopo"));
    row("abbreviation keeps its dot", QStringLiteral("Vs. richiesta del 4"), "abbreviation",
        QStringLiteral("Vs."));
    row("longer phrase wins", QString::fromUtf8("👍👍 Codesto istituto"), "third_person",
        QStringLiteral("Codesto istituto"));
    row("full-width letters", QString::fromUtf8("ｄｉｓｔｉｎｔｉ ｓａｌｕｔｉ"), "cold_closing",
        QString::fromUtf8("ｄｉｓｔｉｎｔｉ ｓａｌｕｔｉ"));
}

void TestStyleChecker::spansPointIntoTheOriginalText()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(QString, span);
    const QList<StyleFinding> findings = StyleChecker(shippedRules()).check(text);
    const bool found = std::any_of(findings.begin(), findings.end(), [&](const StyleFinding &f) {
        return f.rule == rule && text.mid(f.start, f.end - f.start) == span;
    });
    QVERIFY2(found, qPrintable(describe(text, findings)));
}

void TestStyleChecker::findingsAreSortedAndDisjoint()
{
    const StyleChecker checker(shippedRules());
    int withSeveral = 0;
    for (const char *sentence : bancarese()) {
        const QString text = QString::fromUtf8(sentence);
        const QList<StyleFinding> findings = checker.check(text);
        withSeveral += findings.size() > 1 ? 1 : 0;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const StyleFinding &f = findings[i];
            QVERIFY2(0 <= f.start && f.start < f.end && f.end <= text.size(), sentence);
            QVERIFY2(!f.message.isEmpty(), sentence);
            if (i > 0)
                QVERIFY2(findings[i - 1].end <= f.start, qPrintable(describe(text, findings)));
        }
    }
    QVERIFY(withSeveral > 10); // the property is exercised, not vacuous
}

void TestStyleChecker::reasonsFollowTheCheckerLanguage()
{
    const QString text = QStringLiteral("Distinti saluti");
    const QList<StyleFinding> italian = StyleChecker(shippedRules()).check(text);
    const QList<StyleFinding> english =
        StyleChecker(shippedRules(), QStringLiteral("en")).check(text);
    const QList<StyleFinding> unknown =
        StyleChecker(shippedRules(), QStringLiteral("fr")).check(text);
    QCOMPARE(italian.size(), 1);
    QCOMPARE(english.size(), 1);
    QVERIFY(italian.first().message.contains(QStringLiteral("saluto")));
    QVERIFY(english.first().message.contains(QStringLiteral("goodbye")));
    QCOMPARE(unknown.first().message, italian.first().message);
    QVERIFY(!italian.first().suggestions.isEmpty());
    QCOMPARE(english.first().suggestions, italian.first().suggestions);
}

void TestStyleChecker::patternLanguageMatchesInflectionsGapsAndAbbreviations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span"); // empty when nothing may match
    QTest::addColumn<QStringList>("suggestions");

    const QStringList secondo{QStringLiteral("secondo")};
    const QStringList simpler{QStringLiteral("(più semplice)")};
    QTest::newRow("alternative") << QStringLiteral("Ai sensi dell'articolo 5")
                                 << QStringLiteral("Ai sensi dell") << secondo;
    QTest::newRow("alternative not listed")
        << QStringLiteral("ai sensi di legge") << QString() << QStringList();
    QTest::newRow("prefix, accents ignored")
        << QString::fromUtf8("la VIGÈNTE disciplina") << QString::fromUtf8("VIGÈNTE") << secondo;
    QTest::newRow("prefix only at word start")
        << QStringLiteral("sovigente") << QString() << QStringList();
    QTest::newRow("prefix with alternative, rule suggestions")
        << QStringLiteral("Provvederemo alla consegna") << QStringLiteral("Provvederemo alla")
        << simpler;
    QTest::newRow("gap of no word")
        << QStringLiteral("non oltre venerdì") << QStringLiteral("non oltre") << simpler;
    QTest::newRow("gap of one word")
        << QStringLiteral("non più oltre") << QStringLiteral("non più oltre") << simpler;
    QTest::newRow("gap of two words is too many")
        << QStringLiteral("non si va oltre") << QString() << QStringList();
    QTest::newRow("phrase does not cross a full stop")
        << QStringLiteral("Provvederemo. Alla prossima") << QString() << QStringList();
    QTest::newRow("required dot present")
        << QStringLiteral("la Vs. lettera") << QStringLiteral("Vs.") << simpler;
    QTest::newRow("required dot missing")
        << QStringLiteral("Milan vs Inter") << QString() << QStringList();
    QTest::newRow("ending") << QStringLiteral("Voglia inviare il modulo")
                            << QStringLiteral("Voglia inviare") << simpler;
    QTest::newRow("ending not there")
        << QStringLiteral("ho voglia di uscire") << QString() << QStringList();
}

void TestStyleChecker::patternLanguageMatchesInflectionsGapsAndAbbreviations()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QStringList, suggestions);
    QString error;
    const std::optional<StyleRules> rules = StyleRules::fromJson(miniRules(), &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->ruleCount(), 2);
    const QList<StyleFinding> findings = StyleChecker(*rules).check(text);
    if (span.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(describe(text, findings)));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(text.mid(findings.first().start, findings.first().end - findings.first().start), span);
    QCOMPARE(findings.first().suggestions, suggestions);
}

void TestStyleChecker::gulpeaseMatchesHandComputedScores_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    // 15 words, 80 letters, 1 sentence: 89 + (300 - 800) / 15.
    QTest::newRow("one bureaucratic sentence")
        << QString::fromUtf8("Si comunica che la pratica è stata trasmessa agli uffici competenti "
                             "per le opportune verifiche.")
        << 89.0 + (300.0 - 800.0) / 15.0;
    // 9 words (the elided L' is one of them), 68 letters, 2 sentences.
    QTest::newRow("two sentences")
        << QString::fromUtf8("L'erogazione del finanziamento avverrà previa verifica. Seguirà "
                             "comunicazione.")
        << 89.0 + (600.0 - 680.0) / 9.0;
    // "Sig." does not end a sentence: 8 words, 42 letters, 1 sentence.
    QTest::newRow("abbreviation") << QString::fromUtf8(
                                         "Sig. Rossi, l'autorizzazione all'addebito è sospesa.")
                                  << 89.0 + (300.0 - 420.0) / 8.0;
    // No final full stop: 4 words, 36 letters, still 1 sentence.
    QTest::newRow("no final full stop") << QStringLiteral("le verifiche amministrative preliminari")
                                        << 89.0 + (300.0 - 360.0) / 4.0;
    // "!!!" and "..." each end one sentence: 11 words, 80 letters, 2 sentences.
    QTest::newRow("runs of punctuation")
        << QStringLiteral("Attenzione!!! Le verifiche amministrative preliminari sono sospese "
                          "fino a nuova comunicazione...")
        << 89.0 + (600.0 - 800.0) / 11.0;
    // 5 words, 22 letters: 105 clamps to 100.
    QTest::newRow("clamped") << QString::fromUtf8("Il bonifico è partito oggi.") << 100.0;
    QTest::newRow("empty") << QString() << 100.0;
    QTest::newRow("emoji only") << QString::fromUtf8("👍🎉") << 100.0;
}

void TestStyleChecker::gulpeaseMatchesHandComputedScores()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QVERIFY2(
        std::abs(StyleChecker::gulpease(text) - expected) < 1e-9,
        qPrintable(
            QStringLiteral("%1 instead of %2").arg(StyleChecker::gulpease(text)).arg(expected)));
}

void TestStyleChecker::brokenRulesAreRejectedWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    const auto rule = [](const char *body) {
        return QByteArray(R"({"version": 1, "rules": [)") + body + "]}";
    };
    const char *reason = R"("reason": {"it": "x", "en": "y"})";

    QTest::newRow("malformed json")
        << QByteArray("{ \"version\": 1,\n  \"rules\": [ }")
        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line 2")};
    QTest::newRow("unknown key in a rule")
        << rule(QByteArray(R"({"id": "cold_closing", )") + reason +
                R"(, "phrases": [{"patterns": ["distinti saluti"]}], "sugestions": ["x"]})")
        << QStringList{QStringLiteral("rules[0] (\"cold_closing\")"),
                       QStringLiteral("unknown key \"sugestions\"")};
    QTest::newRow("unknown key in a phrase group")
        << rule(QByteArray(R"({"id": "cold_closing", )") + reason +
                R"(, "phrases": [{"patterns": ["saluti"], "weight": 3}]})")
        << QStringList{QStringLiteral("cold_closing"), QStringLiteral("phrases[0]"),
                       QStringLiteral("\"weight\"")};
    QTest::newRow("unknown setting of a check")
        << rule(
               QByteArray(R"({"id": "nominal_chain", )") + reason +
               R"(, "check": "nominal_chain", "settings": {"links": ["di"], "sufixes": ["zione"]}})")
        << QStringList{QStringLiteral("nominal_chain"), QStringLiteral("\"sufixes\"")};
    QTest::newRow("unknown check")
        << rule(QByteArray(R"({"id": "shouting", )") + reason + R"(, "check": "all_caps"})")
        << QStringList{QStringLiteral("shouting"), QStringLiteral("unknown check \"all_caps\"")};
    QTest::newRow("star inside a word")
        << rule(QByteArray(R"({"id": "archaic_formula", )") + reason +
                R"(, "phrases": [{"patterns": ["pre*gasi"]}]})")
        << QStringList{QStringLiteral("archaic_formula"), QStringLiteral("\"pre*gasi\"")};
    QTest::newRow("pattern starting with an ending")
        << rule(QByteArray(R"({"id": "archaic_formula", )") + reason +
                R"(, "phrases": [{"patterns": ["*are voglia"]}]})")
        << QStringList{QStringLiteral("archaic_formula"), QStringLiteral("\"*are\""),
                       QStringLiteral("start it with a word")};
    QTest::newRow("prefix too short")
        << rule(QByteArray(R"({"id": "archaic_formula", )") + reason +
                R"(, "phrases": [{"patterns": ["co*"]}]})")
        << QStringList{QStringLiteral("archaic_formula"), QStringLiteral("too short")};
    QTest::newRow("duplicate pattern, accents ignored")
        << rule(QByteArray(R"({"id": "archaic_formula", )") + reason +
                R"(, "phrases": [{"patterns": ["perché"]}, {"patterns": ["PERCHE"]}]})")
        << QStringList{QStringLiteral("archaic_formula"), QStringLiteral("duplicate")};
    QTest::newRow("duplicate id") << rule(QByteArray(R"({"id": "a", )") + reason +
                                          R"(, "phrases": [{"patterns": ["x"]}]}, )" +
                                          R"({"id": "a", )" + reason +
                                          R"(, "phrases": [{"patterns": ["y"]}]})")
                                  << QStringList{QStringLiteral("rules[1] (\"a\")"),
                                                 QStringLiteral("unique")};
    QTest::newRow("reason without English")
        << rule(
               R"({"id": "cold_closing", "reason": {"it": "x"}, "phrases": [{"patterns": ["x"]}]})")
        << QStringList{QStringLiteral("cold_closing"), QStringLiteral("\"en\"")};
    QTest::newRow("rule with nothing to check")
        << rule(QByteArray(R"({"id": "empty", )") + reason + "}")
        << QStringList{QStringLiteral("empty"), QStringLiteral("\"phrases\"")};
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "rules": []})")
                                   << QStringList{QStringLiteral("\"version\" must be 1")};
}

void TestStyleChecker::brokenRulesAreRejectedWithAClearMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    QVERIFY(!StyleRules::fromJson(json, &error));
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(error));
}

void TestStyleChecker::checksTwoThousandCharactersQuickly()
{
    QString text;
    const auto &sentences = bancarese();
    const auto &replies = plainReplies();
    for (std::size_t i = 0; text.size() < 2000; ++i) {
        text += QString::fromUtf8(i % 2 ? sentences[i % sentences.size()]
                                        : replies[i % replies.size()]);
        text += u' ';
    }
    text.truncate(2000);
    const StyleChecker checker(shippedRules());
    QVERIFY(!checker.check(text).isEmpty()); // warm up, and make sure it does real work

    constexpr int runs = 200;
    QElapsedTimer timer;
    timer.start();
    qsizetype findings = 0;
    for (int i = 0; i < runs; ++i)
        findings += checker.check(text).size();
    const double perCheckMs = double(timer.nsecsElapsed()) / 1e6 / runs;
    qInfo("check() on %d characters: %.3f ms (%lld findings)", int(text.size()), perCheckMs,
          qlonglong(findings / runs));
#ifdef QT_NO_DEBUG
    QVERIFY2(perCheckMs < 1.0, qPrintable(QString::number(perCheckMs)));
#else
    QVERIFY2(perCheckMs < 20.0, qPrintable(QString::number(perCheckMs)));
#endif
}

QTEST_GUILESS_MAIN(TestStyleChecker)
#include "test_style_checker.moc"
