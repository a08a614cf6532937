#include "CategoryRules.h"
#include "Domain.h"
#include "LanguageDetector.h"
#include "PriorityRules.h"
#include "Triage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <utility>
#include <vector>

using namespace sportello;

namespace {

struct LabelledMessage
{
    const char *text;
    Category expected;
    // Clear rows are ones a care agent would file the same way without hesitation; the rules
    // must get each of them right. The others are genuinely borderline and only count towards
    // the overall accuracy.
    bool clear;
};

// Realistic messages as they arrive on the bank's channels: handles, missing accents, shouting,
// abbreviations, emoji, inflected forms.
const std::vector<LabelledMessage> &labelledMessages()
{
    using C = Category;
    static const std::vector<LabelledMessage> messages{
        // phishing_or_fraud
        {"Mi è arrivato un SMS dalla banca che dice che il mio conto è bloccato e devo cliccare "
         "su un link... è una truffa?",
         C::PhishingOrFraud, true},
        {"@BancaSportello mi hanno svuotato il conto!!! 3 bonifici che non ho fatto io, "
         "aiutatemi subito",
         C::PhishingOrFraud, true},
        {"Ho ricevuto una mail col vostro logo che mi chiede di aggiornare le credenziali entro "
         "24 ore, è vera questa mail?",
         C::PhishingOrFraud, true},
        {"Stamattina mi ha chiamato un finto operatore della banca e mi ha chiesto il codice OTP, "
         "gliel'ho dato 😭 cosa devo fare",
         C::PhishingOrFraud, true},
        {"CARTA CLONATA!!! addebiti sconosciuti su amazon da 500 euro", C::PhishingOrFraud, true},
        {"Ho trovato due pagamenti non autorizzati sulla prepagata, come li disconosco?",
         C::PhishingOrFraud, true},
        {"Attenzione a tutti: gira un sms falso a nome della banca con un link per sbloccare il "
         "conto",
         C::PhishingOrFraud, true},
        {"Sono stato truffato su Subito, il venditore aveva un conto da voi, potete bloccarlo?",
         C::PhishingOrFraud, true},
        {"Got a suspicious text asking for my PIN, is it really you?", C::PhishingOrFraud, true},
        {"Occhio ragazzi, mi è arrivata una mail finta della banca che chiede di confermare i dati "
         "della carta",
         C::PhishingOrFraud, true},
        {"Qualcuno mi ha rubato i dati e ha fatto acquisti online con la mia carta, cosa faccio?",
         C::PhishingOrFraud, true},
        {"Mi scrive un tizio su whatsapp dicendo di essere della vostra sicurezza e vuole il "
         "codice che mi è arrivato",
         C::PhishingOrFraud, true},
        {"ho cliccato su un link di un sms che sembrava vostro e ora non trovo più 2000 euro",
         C::PhishingOrFraud, true},
        {"Ricevuto sms: 'il suo conto è stato sospeso, acceda qui'. È una frode vero?",
         C::PhishingOrFraud, true},
        {"Mi hanno chiamato dal numero della filiale chiedendomi di spostare i soldi su un conto "
         "sicuro",
         C::PhishingOrFraud, true},
        {"Ho visto un prelievo di 250€ a Madrid ma io sono a Torino!!", C::PhishingOrFraud, true},
        {"Attenzione: truffatori su Facebook fingono di essere la banca", C::PhishingOrFraud, true},
        {"Mi è arrivata una PEC strana che mi chiede di cliccare per evitare il blocco del conto",
         C::PhishingOrFraud, true},
        {"Un tizio al telefono sapeva il mio nome e il mio IBAN e mi ha fatto fare un bonifico, "
         "sono disperata",
         C::PhishingOrFraud, true},
        {"Mi sono accorto stamattina di 4 pagamenti su siti cinesi mai fatti da me",
         C::PhishingOrFraud, true},
        {"Arrivato sms 'Gentile cliente, accesso rilevato da nuovo dispositivo, se non sei tu "
         "chiama...' è vostro?",
         C::PhishingOrFraud, true},
        {"Qualcuno è entrato nel mio home banking e ha cambiato la mail", C::PhishingOrFraud, true},

        // fake_profile
        {"Segnalo che c'è un profilo falso su Instagram che usa il vostro nome e risponde ai "
         "clienti",
         C::FakeProfile, true},
        {"Questa pagina 'Banca Sportello Assistenza Clienti' è ufficiale? mi ha scritto in "
         "privato",
         C::FakeProfile, true},
        {"Attenti, c'è un account fake che si spaccia per il servizio clienti della banca",
         C::FakeProfile, true},
        {"@BancaSportello_Supporto è un vostro account? Mi ha chiesto di contattarlo su WhatsApp",
         C::FakeProfile, true},
        {"Vi segnalo una finta pagina Facebook con il vostro logo che promette prestiti",
         C::FakeProfile, true},
        {"C'è un profilo su TikTok con il nome della banca che offre prestiti veloci, è vostro?",
         C::FakeProfile, true},
        {"Ho scritto alla pagina 'Banca Sportello Help' ma mi sa che è un falso profilo",
         C::FakeProfile, true},
        {"Segnalate questo account che finge di essere il vostro servizio clienti, sta fregando la "
         "gente",
         C::FakeProfile, true},
        {"Questo numero +39 345 1234567 che mi scrive su WhatsApp è il vostro?", C::FakeProfile,
         true},
        {"Esiste un gruppo Telegram ufficiale della banca? Ne ho trovato uno che chiede i dati",
         C::FakeProfile, true},
        {"Su instagram c'è @banca.sportello.assistenza che risponde a tutti i commenti, è vostro?",
         C::FakeProfile, true},
        {"Vi hanno clonato la pagina, stessa foto e stesso nome, attenzione!", C::FakeProfile,
         true},

        // widespread_anomaly
        {"App down da stamattina, anche a voi?", C::WidespreadAnomaly, true},
        {"Ma il sito è in tilt? Non riesco ad accedere da un'ora e non sono l'unico",
         C::WidespreadAnomaly, true},
        {"Home banking non funziona per nessuno oggi? Errore 503 continuo", C::WidespreadAnomaly,
         true},
        {"Ennesimo disservizio, bonifici bloccati per tutti da ieri. Ma che succede?",
         C::WidespreadAnomaly, true},
        {"Anche a voi l'app dice servizio momentaneamente non disponibile?", C::WidespreadAnomaly,
         true},
        {"Hi, is the app down? Can't log in since this morning", C::WidespreadAnomaly, true},
        {"Qualcun altro ha problemi con i pagamenti con carta? Al supermercato rifiutata, e anche "
         "a mia moglie",
         C::WidespreadAnomaly, false},
        {"raga ma il sito della banca e' giu? nn va niente", C::WidespreadAnomaly, false},
        {"Ma oggi non funziona niente? app e sito bloccati, sento anche altri amici",
         C::WidespreadAnomaly, true},
        {"Disservizio totale, non va né l'app né il sito. Quando risolvete?", C::WidespreadAnomaly,
         true},
        {"Tutti i pos del negozio rifiutano le vostre carte da stamattina, problema generale?",
         C::WidespreadAnomaly, true},
        {"Anche voi con l'app bloccata sulla schermata di caricamento? Mia sorella uguale",
         C::WidespreadAnomaly, true},
        {"Is the website down for everyone or just me?", C::WidespreadAnomaly, true},
        {"ragazzi ma anche a voi l'app dà errore? è da un'ora che provo", C::WidespreadAnomaly,
         true},
        {"Pagamenti contactless non funzionano in tutta Milano, che succede?", C::WidespreadAnomaly,
         true},
        {"Sito irraggiungibile da stamattina, siete in manutenzione?", C::WidespreadAnomaly, true},
        {"Da mezz'ora non riesco a fare pagamenti e anche mio marito con un'altra carta, succede a "
         "tutti?",
         C::WidespreadAnomaly, true},
        {"L'app continua a dare 'servizio non disponibile', pure ai miei colleghi",
         C::WidespreadAnomaly, true},
        {"Home banking KO in tutta la regione?", C::WidespreadAnomaly, true},
        {"App inutilizzabile da due giorni per tutti quelli che conosco", C::WidespreadAnomaly,
         true},

        // emerging_problem
        {"L'app si chiude appena inserisco il PIN, ho già provato a reinstallarla",
         C::EmergingProblem, true},
        {"Il bancomat di via Roma mi ha mangiato la carta!! e adesso??", C::EmergingProblem, true},
        {"Da quando ho aggiornato l'app nn riesco più ad accedere, mi da errore",
         C::EmergingProblem, true},
        {"Ho fatto un bonifico lunedì e ancora non è arrivato al destinatario", C::EmergingProblem,
         true},
        {"Prelievo allo sportello, soldi non erogati ma addebitati sul conto", C::EmergingProblem,
         true},
        {"Non mi arriva l'sms con il codice per confermare il pagamento", C::EmergingProblem, true},
        {"la carta è stata rifiutata 3 volte oggi ma ho i soldi sul conto, perché??",
         C::EmergingProblem, true},
        {"Mi risulta un doppio addebito per lo stesso acquisto, potete verificare?",
         C::EmergingProblem, true},
        {"PERCHE NN FUNZIONA L APP???", C::EmergingProblem, true},
        {"Buongiorno, ho un problema con la carta, mi scrivete in privato?", C::EmergingProblem,
         true},
        {"Non funziona niente, ma che banca siete", C::EmergingProblem, false},
        {"ma è normale che l'app sia così lenta oggi?", C::EmergingProblem, false},
        {"xke mi avete bloccato la carta senza avvisarmi???", C::EmergingProblem, false},
        {"Ho inserito il pin sbagliato 3 volte e ora la carta è bloccata, come la sblocco?",
         C::EmergingProblem, true},
        {"L'app mi dice 'errore generico' quando provo a fare un bonifico", C::EmergingProblem,
         true},
        {"Ho pagato il bollo auto ma il pagamento risulta ancora in sospeso da 4 giorni",
         C::EmergingProblem, true},
        {"Lo sportello di Piazza Garibaldi mi ha trattenuto la carta, come la recupero?",
         C::EmergingProblem, true},
        {"Non riesco a registrare l'impronta digitale nell'app, continua a dare errore",
         C::EmergingProblem, true},
        {"Lo stipendio non mi è stato ancora accreditato, a tutti i colleghi sì",
         C::EmergingProblem, false},
        {"Il bonifico istantaneo è partito ma il mio amico non l'ha ricevuto, dopo 2 ore",
         C::EmergingProblem, true},
        {"Mi si è smagnetizzata la carta e il pos non la legge più", C::EmergingProblem, true},
        {"Dopo il cambio telefono l'app non mi riconosce più il dispositivo", C::EmergingProblem,
         true},
        {"Il codice di sicurezza non arriva mai, ho provato 5 volte", C::EmergingProblem, true},
        {"L'estratto conto di marzo non si scarica, pagina bianca", C::EmergingProblem, true},
        {"Ho versato 500 euro in contanti all'ATM ma sul conto ne risultano 300",
         C::EmergingProblem, true},
        {"La carta non viene letta da nessun distributore di benzina, solo la mia",
         C::EmergingProblem, true},
        {"Non riesco più a vedere i movimenti dell'ultimo mese, la lista è vuota",
         C::EmergingProblem, true},
        {"Il rimborso promesso per la commissione sbagliata non è mai arrivato", C::EmergingProblem,
         false},
        {"Da quando ho cambiato telefono non mi arrivano le notifiche push", C::EmergingProblem,
         true},

        // mis_selling
        {"Sono andato a chiedere un mutuo e mi hanno obbligato a sottoscrivere una polizza vita, "
         "è legale?",
         C::MisSelling, true},
        {"Mia madre ha 82 anni e le avete venduto un fondo di investimento a 10 anni. "
         "Vergognatevi.",
         C::MisSelling, true},
        {"Nessuno mi ha detto che la carta revolving aveva interessi al 20%", C::MisSelling, true},
        {"Il consulente mi ha fatto firmare un prodotto finanziario senza spiegarmi i rischi, ho "
         "perso metà dei risparmi",
         C::MisSelling, true},
        {"Costi nascosti sul conto 'a zero spese': 7 euro al mese di canone", C::MisSelling, true},
        {"Il consulente mi ha convinto a comprare obbligazioni subordinate dicendo che erano "
         "sicure",
         C::MisSelling, true},
        {"Aperto il conto per il mutuo e mi ritrovo una polizza casa che non ho mai chiesto",
         C::MisSelling, true},
        {"Avevo chiesto un conto base e mi avete attivato il pacchetto premium da 15 euro al mese",
         C::MisSelling, true},
        {"Hanno fatto sottoscrivere a mio padre di 90 anni un investimento rischiosissimo",
         C::MisSelling, true},
        {"Mi hanno rifilato una carta di credito con canone annuale quando chiedevo solo un "
         "bancomat",
         C::MisSelling, true},
        {"La consulente ha detto a mia zia che il fondo era garantito, ora ha perso il 30%",
         C::MisSelling, true},
        {"Per avere il mutuo ho dovuto aprire anche un conto deposito e prendere la carta oro. "
         "Normale?",
         C::MisSelling, true},
        {"Mi avete aumentato il canone senza dirmelo, e ora scopro che la polizza si rinnova da "
         "sola",
         C::MisSelling, true},
        {"Mio nonno è stato convinto ad investire la liquidazione in prodotti che non capisce",
         C::MisSelling, true},
        {"Il direttore mi ha detto che senza la polizza il prestito non me lo davano",
         C::MisSelling, true},

        // reputational_risk
        {"Vergogna! Chiudete le filiali nei paesi e lasciate gli anziani senza servizi. Lo dirò "
         "ai giornali",
         C::ReputationalRisk, true},
        {"Ho già contattato il mio avvocato, se entro venerdì non mi ridate i soldi vi denuncio",
         C::ReputationalRisk, true},
        {"Siete dei ladri, sto chiudendo il conto e consiglio a tutti di fare lo stesso. "
         "#boicottaggio",
         C::ReputationalRisk, true},
        {"Ho fatto un esposto alla Banca d'Italia per come mi avete trattato. Pessimi.",
         C::ReputationalRisk, true},
        {"Ho scritto a Striscia la Notizia, vediamo se vi svegliate", C::ReputationalRisk, true},
        {"Pessima esperienza in filiale, 1 ora di attesa e nessuna risposta", C::ReputationalRisk,
         false},
        {"Tra giornali e avvocati vi faccio chiudere, ladri", C::ReputationalRisk, true},
        {"Un cliente da 30 anni trattato così. Vergognatevi, domani chiudo tutto e vado da "
         "un'altra banca",
         C::ReputationalRisk, true},
        {"Ho segnalato tutto ad Altroconsumo, vedremo", C::ReputationalRisk, true},
        {"Racconterò a tutti come trattate i clienti, condividete questo post", C::ReputationalRisk,
         true},
        {"Vi farò una pubblicità tale che ve ne pentirete. Ci vediamo in tribunale",
         C::ReputationalRisk, true},
        {"Sto preparando un video per YouTube su come trattate i clienti", C::ReputationalRisk,
         true},
        {"La banca che finanzia le armi non avrà più un euro da me", C::ReputationalRisk, true},
        {"Che vergogna far aspettare una persona disabile fuori al freddo", C::ReputationalRisk,
         true},
        {"Siete la vergogna del sistema bancario italiano, lo scriverò ovunque",
         C::ReputationalRisk, true},
        {"Ho mandato una lettera al Corriere, vediamo cosa ne pensano", C::ReputationalRisk, true},
        {"Se domani non risolvete vado da un legale", C::ReputationalRisk, true},

        // support_request
        {"Buongiorno, vorrei sapere come richiedere l'estratto conto annuale", C::SupportRequest,
         true},
        {"Come faccio ad attivare Apple Pay sulla carta di debito?", C::SupportRequest, true},
        {"Info su mutuo prima casa per under 36?", C::SupportRequest, true},
        {"Quali sono gli orari della filiale di Corso Buenos Aires?", C::SupportRequest, true},
        {"Si può fare un bonifico istantaneo dall'app? quanto costa", C::SupportRequest, true},
        {"Dove trovo il codice IBAN nell'app?", C::SupportRequest, true},
        {"Salve, per aprire un conto cointestato serve andare in filiale?", C::SupportRequest,
         true},
        {"How do I request a new card? I'm living in Milan now", C::SupportRequest, true},
        {"ciao, xke non trovo piu la sezione documenti?", C::SupportRequest, false},
        {"Buonasera, qual è il massimale giornaliero di prelievo della carta?", C::SupportRequest,
         true},
        {"Posso pagare l'F24 dall'app anche di domenica?", C::SupportRequest, true},
        {"Mi servirebbe una dichiarazione per l'ISEE, dove la scarico?", C::SupportRequest, true},
        {"Salve, come si cambia il numero di telefono associato al conto?", C::SupportRequest,
         true},
        {"Che documenti servono per la surroga del mutuo?", C::SupportRequest, true},
        {"Quando arriva la nuova carta dopo il rinnovo?", C::SupportRequest, true},
        {"Mi avete addebitato 30 euro di commissioni che non capisco, cosa sono?",
         C::SupportRequest, false},
        {"Quanto ci mette un bonifico SEPA ad arrivare in Germania?", C::SupportRequest, true},
        {"Ho perso la carta, come la blocco?", C::SupportRequest, true},
        {"Buongiorno, per i minorenni avete un conto?", C::SupportRequest, true},
        {"La filiale di Viale Monza è aperta il sabato?", C::SupportRequest, true},
        {"Il conto deposito vincolato conviene ancora con questi tassi?", C::SupportRequest, true},
        {"Can I open an account if I'm not resident in Italy?", C::SupportRequest, true},
        {"Quali documenti servono per aprire un conto per mio figlio di 16 anni?",
         C::SupportRequest, true},
        {"Buongiorno, come posso aumentare il limite di spesa della carta?", C::SupportRequest,
         true},
        {"Posso versare assegni dall'app?", C::SupportRequest, true},
        {"Il mio IBAN cambia se mi trasferisco in un'altra filiale?", C::SupportRequest, true},
        {"Hello, what are your branch opening hours on Saturday?", C::SupportRequest, true},
        {"Non so come si attiva la firma digitale, mi aiutate?", C::SupportRequest, true},

        // wish_or_idea
        {"Sarebbe utile poter dividere le spese con gli amici direttamente dall'app", C::WishOrIdea,
         true},
        {"Perché non aggiungete la modalità scura? Di sera l'app acceca", C::WishOrIdea, true},
        {"Vi propongo un'idea: notifiche push per ogni addebito sopra i 50 euro", C::WishOrIdea,
         true},
        {"Mi piacerebbe poter scegliere il PIN della carta dall'app", C::WishOrIdea, true},
        {"Spero che in futuro mettiate anche Satispay", C::WishOrIdea, true},
        {"Dovreste mettere la possibilità di bloccare temporaneamente la carta dall'app",
         C::WishOrIdea, true},
        {"Idea: un salvadanaio automatico che arrotonda le spese", C::WishOrIdea, true},
        {"Vorrei tanto che si potesse scegliere la data di addebito della rata", C::WishOrIdea,
         true},
        {"Aggiungete la possibilità di dividere le notifiche per categoria, grazie", C::WishOrIdea,
         true},
        {"Un suggerimento: mettete il saldo visibile senza login", C::WishOrIdea, true},
        {"Quando avremo la carta virtuale come le altre banche?", C::WishOrIdea, false},
        {"Vorrei suggerire di mostrare il saldo contabile e disponibile nella home dell'app",
         C::WishOrIdea, true},
        {"Mettete i pagamenti ricorrenti programmabili dall'app, è l'unica cosa che manca",
         C::WishOrIdea, true},
        {"It would be great to have Apple Watch support", C::WishOrIdea, true},
        {"Quando potrò pagare con lo smartwatch?", C::WishOrIdea, false},

        // praise
        {"Grazie mille a Giulia del servizio clienti, gentilissima e velocissima!", C::Praise,
         true},
        {"Complimenti per la nuova app, finalmente si fa tutto in due click 👏👏", C::Praise, true},
        {"Problema risolto in 10 minuti, bravi 💪", C::Praise, true},
        {"Sono cliente da 20 anni e non ho mai avuto problemi, vi consiglio a tutti", C::Praise,
         true},
        {"Ottimo servizio in chat, grazie ❤️", C::Praise, true},
        {"Thank you so much for the quick help!", C::Praise, true},
        {"Ok grazie", C::Praise, false},
        {"Bravissimi in filiale a Bologna, mi hanno seguito passo passo 🙏", C::Praise, true},
        {"Grazie per avermi risposto così velocemente anche di domenica!", C::Praise, true},
        {"La nuova app è stupenda, complimenti agli sviluppatori", C::Praise, true},
        {"Great support from your team today, thanks!", C::Praise, true},
        {"Servizio clienti rapido e gentile, finalmente una banca che risponde!", C::Praise, true},
        {"Volevo ringraziare Marco della filiale di Pisa per la pazienza", C::Praise, true},
        {"10 e lode per la nuova app 👌", C::Praise, true},
        {"Che dire, siete i migliori 😍", C::Praise, true},
        {"Top, problema sistemato in giornata. Grazie Sara!", C::Praise, true},
        {"Devo fare i complimenti alla filiale di Lecce, personale preparatissimo", C::Praise,
         true},
        {"Finalmente una banca seria, mi trovo benissimo", C::Praise, true},
        {"Ti ringrazio Luca, sei stato super", C::Praise, true},

        // spam_or_abuse
        {"Guadagna 500€ al giorno da casa con il trading! Scrivimi in DM 📈", C::SpamOrAbuse, true},
        {"Seguimi per contenuti esclusivi 🔥 link in bio", C::SpamOrAbuse, true},
        {"Siete una banda di idioti e incompetenti, vaffanculo", C::SpamOrAbuse, true},
        {"Prestiti tra privati senza garanzie, contattami su whatsapp", C::SpamOrAbuse, true},
        {"BITCOIN rendimento garantito del 30% al mese, investi con me", C::SpamOrAbuse, true},
        {"Voglio parlare con un operatore umano, siete dei pagliacci", C::SpamOrAbuse, false},
        {"Fai soldi facili con le criptovalute, scrivimi su telegram", C::SpamOrAbuse, true},
        {"Siete dei coglioni incompetenti", C::SpamOrAbuse, true},
        {"Visita il mio profilo per vincere un iPhone 15 🎁", C::SpamOrAbuse, true},
        {"Compra follower reali a 1€, link nel profilo", C::SpamOrAbuse, true},
        {"Ladri schifosi vi auguro di fallire tutti", C::SpamOrAbuse, false},
        {"🔥🔥 Offerta limitata: iPhone a 1€ clicca il link 🔥🔥", C::SpamOrAbuse, true},
        {"Vai a lavorare invece di scrivere cazzate, idiota", C::SpamOrAbuse, true},
        {"Cerco investitori per la mia startup, rendimenti del 20% garantiti", C::SpamOrAbuse,
         true},
        {"💸💸 Lavoro da casa, 1000 euro a settimana, info in DM 💸💸", C::SpamOrAbuse, true},
        {"Visitate il mio negozio online, sconti del 70%", C::SpamOrAbuse, true},
        {"Mortacci vostra a voi e alla vostra app di m***a", C::SpamOrAbuse, true},
        {"Ciao bella vuoi conoscermi? scrivimi", C::SpamOrAbuse, true},
        {"Non avete un'anima, state zitti che è meglio, feccia", C::SpamOrAbuse, true},
    };
    return messages;
}

// Small rules with one example of each matching feature, so that matching is tested apart
// from the shipped keyword lists, which administrators are free to change.
const char kMatchingRules[] = R"({
    "version": 1,
    "categories": [
        {"category": "emerging_problem", "keywords": [
            {"weight": 2, "patterns": ["bloccat*", "non * funziona", "home banking"]}]},
        {"category": "support_request", "keywords": [
            {"weight": 1, "patterns": ["carta", "perché"]}]},
        {"category": "phishing_or_fraud", "keywords": [
            {"weight": 2, "patterns": ["sms fals*"]}]},
        {"category": "praise", "keywords": [
            {"weight": 2, "patterns": ["👏"]}]}
    ]
})";

CategoryRules matchingRules()
{
    QString error;
    const std::optional<CategoryRules> rules = CategoryRules::fromJson(kMatchingRules, &error);
    if (!rules)
        qFatal("test rules do not parse: %s", qUtf8Printable(error));
    return *rules;
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private slots:
    void languageIsDetectedFromFunctionWords_data();
    void languageIsDetectedFromFunctionWords();

    void matchingIgnoresCaseAccentsAndInflections_data();
    void matchingIgnoresCaseAccentsAndInflections();

    void clearMessagesGetTheirCategory_data();
    void clearMessagesGetTheirCategory();
    void labelledMessagesAreAtLeast90PercentRight();

    void initialPriorityFollowsCategoryAndVisibility_data();
    void initialPriorityFollowsCategoryAndVisibility();
    void publicComplaintRanksAtLeastAsHighAsPrivate();
    void followUpRaisesPriorityOneLevelUpToUrgent_data();
    void followUpRaisesPriorityOneLevelUpToUrgent();

    void brokenRulesAreRejectedWithAClearMessage_data();
    void brokenRulesAreRejectedWithAClearMessage();
    void missingRulesFileIsReported();
    void rulesFileIsRead();
    void builtInRulesLoad();

    void newCaseGetsLanguageCategoryAndPriority_data();
    void newCaseGetsLanguageCategoryAndPriority();
    void customerFollowUpRaisesPriority();

    void classifyGivesTheSameAnswerFromManyThreads();
};

void TestTriage::languageIsDetectedFromFunctionWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("expected");

    QTest::newRow("italian") << QStringLiteral("Buongiorno, non riesco ad accedere all'app da ieri")
                             << Language::Italian;
    QTest::newRow("italian without accents")
        << QStringLiteral("perche il bonifico non e ancora arrivato??") << Language::Italian;
    QTest::newRow("italian with english loanwords")
        << QStringLiteral("il mio home banking è down, help!!") << Language::Italian;
    QTest::newRow("italian slang")
        << QStringLiteral("raga nn mi va l app xke??") << Language::Italian;
    QTest::newRow("english") << QStringLiteral("Hi, I can't log into the app since this morning")
                             << Language::English;
    QTest::newRow("english short thanks") << QStringLiteral("Thanks!") << Language::English;
    QTest::newRow("english with italian hashtags")
        << QStringLiteral("#banca #truffa I was scammed by a fake page, what should I do?")
        << Language::English;
    QTest::newRow("spanish") << QStringLiteral("Hola, no puedo entrar en mi cuenta desde ayer")
                             << Language::Other;
    QTest::newRow("french") << QStringLiteral(
                                   "Bonjour, je n'arrive pas à me connecter à mon compte")
                            << Language::Other;
    QTest::newRow("german") << QStringLiteral("Hallo, die App funktioniert seit heute nicht mehr")
                            << Language::Other;
    QTest::newRow("portuguese") << QStringLiteral("Olá, não consigo acessar minha conta")
                                << Language::Other;
    QTest::newRow("spanish short thanks") << QStringLiteral("Gracias!") << Language::Other;
    QTest::newRow("italian short thanks") << QStringLiteral("Grazie 🙏") << Language::Italian;
    QTest::newRow("short without evidence") << QStringLiteral("ok") << Language::Italian;
    QTest::newRow("empty") << QString() << Language::Italian;
    QTest::newRow("emoji only") << QStringLiteral("👍👍😍") << Language::Italian;
    QTest::newRow("handles and urls only")
        << QStringLiteral("@the_bank https://www.example.com/how-to-open-the-account")
        << Language::Italian;
    QTest::newRow("handles and urls ignored")
        << QStringLiteral("@TheBankHelp ciao, come faccio? https://bank.example/what-is-the-fee")
        << Language::Italian;
}

void TestTriage::languageIsDetectedFromFunctionWords()
{
    QFETCH(QString, text);
    QFETCH(Language, expected);
    QCOMPARE(LanguageDetector::detect(text), expected);
}

void TestTriage::matchingIgnoresCaseAccentsAndInflections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Category>("expected");

    QTest::newRow("prefix and capitals")
        << QStringLiteral("Carta BLOCCATA") << Category::EmergingProblem;
    QTest::newRow("plural inflection")
        << QStringLiteral("carte bloccate") << Category::EmergingProblem;
    QTest::newRow("word must not continue")
        << QStringLiteral("comprata cartavetro") << Category::None;
    QTest::newRow("prefix only at word start")
        << QStringLiteral("carta sbloccata") << Category::SupportRequest;
    QTest::newRow("accent missing in text")
        << QStringLiteral("PERCHE??") << Category::SupportRequest;
    QTest::newRow("other accent in text") << QStringLiteral("perchè") << Category::SupportRequest;
    QTest::newRow("gap of one word")
        << QStringLiteral("non mi funziona") << Category::EmergingProblem;
    QTest::newRow("gap may be empty")
        << QStringLiteral("NON funziona") << Category::EmergingProblem;
    QTest::newRow("gap is at most one word")
        << QStringLiteral("non mi pare che funziona") << Category::None;
    QTest::newRow("phrase") << QStringLiteral("l'home banking?") << Category::EmergingProblem;
    QTest::newRow("phrase words must be adjacent")
        << QStringLiteral("home sweet banking") << Category::None;
    QTest::newRow("camel case hashtag")
        << QStringLiteral("#HomeBanking") << Category::EmergingProblem;
    QTest::newRow("handle ignored") << QStringLiteral("@carta ciao") << Category::None;
    QTest::newRow("url ignored") << QStringLiteral("(https://example.com/carta)") << Category::None;
    QTest::newRow("emoji") << QStringLiteral("👏👏") << Category::Praise;
    QTest::newRow("styled unicode letters") << QStringLiteral("𝐂𝐚𝐫𝐭𝐚") << Category::SupportRequest;
    QTest::newRow("tie goes to the costlier mistake")
        << QStringLiteral("sms falsi, carta bloccata") << Category::PhishingOrFraud;
    QTest::newRow("a pattern counts once")
        << QStringLiteral("carta carta carta bloccata") << Category::EmergingProblem;
    QTest::newRow("nothing matches") << QStringLiteral("buongiorno") << Category::None;
}

void TestTriage::matchingIgnoresCaseAccentsAndInflections()
{
    QFETCH(QString, text);
    QFETCH(Category, expected);
    QCOMPARE(matchingRules().classify(text), expected);
}

void TestTriage::clearMessagesGetTheirCategory_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Category>("expected");
    for (const LabelledMessage &m : labelledMessages()) {
        if (m.clear)
            QTest::newRow(m.text) << QString::fromUtf8(m.text) << m.expected;
    }
}

void TestTriage::clearMessagesGetTheirCategory()
{
    QFETCH(QString, text);
    QFETCH(Category, expected);
    static const CategoryRules rules = CategoryRules::builtIn();
    QCOMPARE(toKey(rules.classify(text)), toKey(expected));
}

void TestTriage::labelledMessagesAreAtLeast90PercentRight()
{
    const CategoryRules rules = CategoryRules::builtIn();
    int right = 0;
    QStringList wrong;
    for (const LabelledMessage &m : labelledMessages()) {
        const Category got = rules.classify(QString::fromUtf8(m.text));
        if (got == m.expected)
            ++right;
        else
            wrong.append(QStringLiteral("%1 -> %2 (expected %3)")
                             .arg(QString::fromUtf8(m.text), toKey(got), toKey(m.expected)));
    }
    const int total = int(labelledMessages().size());
    QVERIFY(total >= 40);
    qInfo("category accuracy: %d of %d", right, total);
    for (const QString &w : std::as_const(wrong))
        qInfo("  %s", qUtf8Printable(w));
    QVERIFY2(right * 10 >= total * 9, qPrintable(wrong.join(u'\n')));
}

void TestTriage::initialPriorityFollowsCategoryAndVisibility_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<Priority>("expected");

    using C = Category;
    using V = Visibility;
    using P = Priority;
    const struct
    {
        C category;
        V visibility;
        P expected;
    } rows[] = {
        {C::PhishingOrFraud, V::Public, P::Urgent},
        {C::PhishingOrFraud, V::Private, P::Urgent},
        {C::FakeProfile, V::Public, P::High},
        {C::FakeProfile, V::Private, P::High},
        {C::WidespreadAnomaly, V::Public, P::High},
        {C::WidespreadAnomaly, V::Private, P::High},
        {C::ReputationalRisk, V::Public, P::High},
        {C::ReputationalRisk, V::Private, P::High},
        {C::EmergingProblem, V::Public, P::High},
        {C::EmergingProblem, V::Private, P::Normal},
        {C::MisSelling, V::Public, P::High},
        {C::MisSelling, V::Private, P::Normal},
        {C::SupportRequest, V::Public, P::Normal},
        {C::SupportRequest, V::Private, P::Low},
        {C::Praise, V::Public, P::Low},
        {C::Praise, V::Private, P::Low},
        {C::WishOrIdea, V::Public, P::Low},
        {C::WishOrIdea, V::Private, P::Low},
        {C::SpamOrAbuse, V::Public, P::Low},
        {C::SpamOrAbuse, V::Private, P::Low},
        {C::None, V::Public, P::Normal},
        {C::None, V::Private, P::Normal},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s", qPrintable(toKey(row.category)), qPrintable(toKey(row.visibility)))
            << row.category << row.visibility << row.expected;
    }
}

void TestTriage::initialPriorityFollowsCategoryAndVisibility()
{
    QFETCH(Category, category);
    QFETCH(Visibility, visibility);
    QFETCH(Priority, expected);
    QCOMPARE(PriorityRules::initial(category, visibility), expected);
}

void TestTriage::publicComplaintRanksAtLeastAsHighAsPrivate()
{
    for (Category c : allCategories()) {
        QVERIFY2(PriorityRules::initial(c, Visibility::Public) >=
                     PriorityRules::initial(c, Visibility::Private),
                 qPrintable(toKey(c)));
    }
    for (Category c : {Category::EmergingProblem, Category::MisSelling, Category::SupportRequest})
        QVERIFY(PriorityRules::initial(c, Visibility::Public) >
                PriorityRules::initial(c, Visibility::Private));
}

void TestTriage::followUpRaisesPriorityOneLevelUpToUrgent_data()
{
    QTest::addColumn<Priority>("current");
    QTest::addColumn<Priority>("expected");
    QTest::newRow("low") << Priority::Low << Priority::Normal;
    QTest::newRow("normal") << Priority::Normal << Priority::High;
    QTest::newRow("high") << Priority::High << Priority::Urgent;
    QTest::newRow("urgent stays urgent") << Priority::Urgent << Priority::Urgent;
}

void TestTriage::followUpRaisesPriorityOneLevelUpToUrgent()
{
    QFETCH(Priority, current);
    QFETCH(Priority, expected);
    QCOMPARE(PriorityRules::raisedForFollowUp(current), expected);
}

void TestTriage::brokenRulesAreRejectedWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    const auto withKeywords = [](const char *keywords) {
        return QByteArray(R"({"version": 1, "categories": [{"category": "praise", "keywords": )") +
               keywords + "}]}";
    };

    QTest::newRow("malformed json")
        << QByteArray("{\"version\": 1,\n \"categories\": [\n  {\"category\": \"praise\",, }]}")
        << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line 3")};
    QTest::newRow("top level not an object")
        << QByteArray("[]") << QStringList{QStringLiteral("top level")};
    QTest::newRow("version missing")
        << QByteArray(R"({"categories": []})")
        << QStringList{QStringLiteral("\"version\""), QStringLiteral("missing")};
    QTest::newRow("version unsupported")
        << QByteArray(R"({"version": 2, "categories": []})")
        << QStringList{QStringLiteral("\"version\" must be 1"), QStringLiteral("found 2")};
    QTest::newRow("unknown category")
        << QByteArray(R"({"version": 1, "categories": [
               {"category": "praise", "keywords": []},
               {"category": "complaint", "keywords": []}]})")
        << QStringList{QStringLiteral("categories[1]"),
                       QStringLiteral("unknown category \"complaint\""),
                       QStringLiteral("phishing_or_fraud")};
    QTest::newRow("category none")
        << QByteArray(R"({"version": 1, "categories": [{"category": "none", "keywords": []}]})")
        << QStringList{QStringLiteral("unknown category \"none\"")};
    QTest::newRow("category missing")
        << QByteArray(R"({"version": 1, "categories": [{"keywords": []}]})")
        << QStringList{QStringLiteral("categories[0]"), QStringLiteral("\"category\" is missing")};
    QTest::newRow("category twice")
        << QByteArray(R"({"version": 1, "categories": [{"category": "praise", "keywords": []},
                                                       {"category": "praise", "keywords": []}]})")
        << QStringList{QStringLiteral("categories[1] (\"praise\")"),
                       QStringLiteral("appears twice")};
    QTest::newRow("misspelt key") << withKeywords(R"([{"wieght": 2, "patterns": ["bravi"]}])")
                                  << QStringList{QStringLiteral("keywords[0]"),
                                                 QStringLiteral("unknown key \"wieght\"")};
    QTest::newRow("keywords not an array")
        << withKeywords(R"({"weight": 2})") << QStringList{QStringLiteral("\"keywords\"")};
    QTest::newRow("weight not a number")
        << withKeywords(R"([{"weight": "3", "patterns": ["bravi"]}])")
        << QStringList{QStringLiteral("(\"praise\"), keywords[0]"), QStringLiteral("\"weight\"")};
    QTest::newRow("weight zero") << withKeywords(R"([{"weight": 0, "patterns": ["bravi"]}])")
                                 << QStringList{QStringLiteral("\"weight\"")};
    QTest::newRow("weight fractional")
        << withKeywords(R"([{"weight": 2.5, "patterns": ["bravi"]}])")
        << QStringList{QStringLiteral("whole number")};
    QTest::newRow("patterns not strings")
        << withKeywords(R"([{"weight": 2, "patterns": ["bravi", 7]}])")
        << QStringList{QStringLiteral("patterns[1]"), QStringLiteral("must be a string")};
    QTest::newRow("star inside a word")
        << withKeywords(R"([{"weight": 2, "patterns": ["grazie", "bra*vi"]}])")
        << QStringList{QStringLiteral("patterns[1] \"bra*vi\""), QStringLiteral("\"*\"")};
    QTest::newRow("prefix too short")
        << withKeywords(R"([{"weight": 2, "patterns": ["br*"]}])")
        << QStringList{QStringLiteral("\"br*\""), QStringLiteral("too short")};
    QTest::newRow("gap at the edge")
        << withKeywords(R"([{"weight": 2, "patterns": ["* bravi"]}])")
        << QStringList{QStringLiteral("\"* bravi\""), QStringLiteral("between two words")};
    QTest::newRow("nothing to match") << withKeywords(R"([{"weight": 2, "patterns": ["!!!"]}])")
                                      << QStringList{QStringLiteral("no letters")};
    QTest::newRow("duplicate up to accents")
        << withKeywords(R"([{"weight": 2, "patterns": ["perché"]},
                            {"weight": 1, "patterns": ["Perche"]}])")
        << QStringList{QStringLiteral("keywords[1], patterns[0] \"Perche\""),
                       QStringLiteral("duplicate")};
}

void TestTriage::brokenRulesAreRejectedWithAClearMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    QString error;
    const std::optional<CategoryRules> rules = CategoryRules::fromJson(json, &error);
    QVERIFY(!rules);
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention),
                 qPrintable(error + QStringLiteral(" <- lacks: ") + mention));
}

void TestTriage::missingRulesFileIsReported()
{
    QString error;
    QVERIFY(!CategoryRules::fromFile(QStringLiteral("/nonexistent/categories.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/categories.json")), qPrintable(error));
}

void TestTriage::rulesFileIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("categories.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kMatchingRules);
    file.close();

    QString error;
    const std::optional<CategoryRules> rules = CategoryRules::fromFile(path, &error);
    QVERIFY2(rules, qPrintable(error));
    QCOMPARE(rules->ruleCount(), 7);
    QCOMPARE(rules->classify(QStringLiteral("bloccato")), Category::EmergingProblem);
}

void TestTriage::builtInRulesLoad()
{
    QString error;
    QVERIFY2(CategoryRules::fromFile(QStringLiteral(":/triage/categories.json"), &error),
             qPrintable(error));
    const CategoryRules rules = CategoryRules::builtIn();
    QVERIFY(rules.ruleCount() > 0);
}

void TestTriage::newCaseGetsLanguageCategoryAndPriority_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<Language>("language");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Priority>("priority");

    QTest::newRow("fraud in private")
        << QStringLiteral("Mi hanno svuotato il conto dopo un sms falso") << Visibility::Private
        << Language::Italian << Category::PhishingOrFraud << Priority::Urgent;
    QTest::newRow("problem in public")
        << QStringLiteral("@Banca l'app si blocca appena la apro") << Visibility::Public
        << Language::Italian << Category::EmergingProblem << Priority::High;
    QTest::newRow("same problem in private")
        << QStringLiteral("l'app si blocca appena la apro") << Visibility::Private
        << Language::Italian << Category::EmergingProblem << Priority::Normal;
    QTest::newRow("english praise")
        << QStringLiteral("Thanks, great service as always!") << Visibility::Public
        << Language::English << Category::Praise << Priority::Low;
    QTest::newRow("nothing recognised") << QStringLiteral("🙃") << Visibility::Private
                                        << Language::Italian << Category::None << Priority::Normal;
}

void TestTriage::newCaseGetsLanguageCategoryAndPriority()
{
    QFETCH(QString, text);
    QFETCH(Visibility, visibility);
    QFETCH(Language, language);
    QFETCH(Category, category);
    QFETCH(Priority, priority);

    const Triage triage(CategoryRules::builtIn());
    const TriageResult result = triage.assessNewCase(text, visibility);
    QCOMPARE(result.language, language);
    QCOMPARE(toKey(result.category), toKey(category));
    QCOMPARE(result.priority, priority);
}

void TestTriage::customerFollowUpRaisesPriority()
{
    const Triage triage(matchingRules());
    QCOMPARE(triage.afterCustomerFollowUp(Priority::Low), Priority::Normal);
    QCOMPARE(triage.afterCustomerFollowUp(Priority::Urgent), Priority::Urgent);
}

void TestTriage::classifyGivesTheSameAnswerFromManyThreads()
{
    const CategoryRules rules = CategoryRules::builtIn();
    std::vector<Category> expected;
    for (const LabelledMessage &m : labelledMessages())
        expected.push_back(rules.classify(QString::fromUtf8(m.text)));

    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 50; ++round) {
                for (std::size_t i = 0; i < labelledMessages().size(); ++i) {
                    if (rules.classify(QString::fromUtf8(labelledMessages()[i].text)) !=
                        expected[i])
                        ++mismatches[t];
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int m : mismatches)
        QCOMPARE(m, 0);
}

QTEST_GUILESS_MAIN(TestTriage)
#include "test_triage.moc"
