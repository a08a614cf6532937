#include "Domain.h"
#include "ReplyTemplate.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sportello;

namespace {

using Span = QPair<qsizetype, qsizetype>;

const QString kSignature = QStringLiteral("^{{agent_initials}}");

// What a busy day looks like once a template is filled: a long first name, two initials and the
// bank's real phone number, so that a length check does not pass on "Ugo".
QHash<QString, QString> realisticValues(const TemplateLibrary &library)
{
    QHash<QString, QString> values{
        {QStringLiteral("customer_name"), QStringLiteral("Massimiliano")},
        {QStringLiteral("agent_name"), QStringLiteral("Francesca Gallo")},
        {QStringLiteral("agent_initials"), QStringLiteral("FG")},
        {QStringLiteral("private_channel"), QStringLiteral("DM")},
        {QStringLiteral("service_hours"), QStringLiteral("8:30-22:30")},
        {QStringLiteral("bank_phone"), QStringLiteral("02 1234 5678")},
    };
    for (const TemplateVariable &v : library.customVariables())
        values.insert(v.name, v.defaultValue);
    return values;
}

// X shortens every link to 23 characters, whatever its length; the rest is counted plainly.
int xLength(const QString &text)
{
    static const QRegularExpression url(
        QStringLiteral("(?:https?://|www\\.)[^\\s]+|\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\."
                       "(?:it|com|eu|net|org|io|ly|co|me|app|info|biz)(?:/[^\\s]*)?"),
        QRegularExpression::CaseInsensitiveOption);
    QString shortened = text;
    shortened.replace(url, QString(23, u'x'));
    return int(shortened.size());
}

QStringList allTexts(const ReplyTemplate &t)
{
    QStringList texts{t.body};
    texts += t.variants.values();
    return texts;
}

bool isAutomatic(const ReplyTemplate &t)
{
    return t.tags.contains(QStringLiteral("automatico")) ||
           t.tags.contains(QStringLiteral("automatic"));
}

QString rowName(const ReplyTemplate &t)
{
    return t.language + u'/' + t.key;
}

QByteArray libraryJson(const QString &templates, const QString &customVariables = {})
{
    QString json = QStringLiteral("{\"version\": 1, ");
    if (!customVariables.isEmpty())
        json += QStringLiteral("\"custom_variables\": %1, ").arg(customVariables);
    json += QStringLiteral("\"templates\": %1}").arg(templates);
    return json.toUtf8();
}

QByteArray oneTemplate(const QString &fields)
{
    return libraryJson(QStringLiteral("[{%1}]").arg(fields));
}

// A small library whose ranking can be reasoned about: "mutuo" sits in a title, a tag and a
// body of three different templates.
TemplateLibrary rankingFixture()
{
    const QByteArray json = libraryJson(QString::fromUtf8(R"([
        {"key": "in_body", "language": "it", "title": "Domanda generica", "tags": ["casa"],
         "body": "Ciao {{customer_name}}, per il mutuo ti serve un consulente."},
        {"key": "in_tag", "language": "it", "title": "Tassi", "tags": ["mutuo", "tasso"],
         "body": "Ciao {{customer_name}}, i tassi cambiano ogni mese."},
        {"key": "in_title", "language": "it", "title": "Mutuo per la prima casa", "tags": ["casa"],
         "body": "Ciao {{customer_name}}, parliamone con calma."},
        {"key": "accents", "language": "it", "title": "Perché la carta è bloccata?",
         "tags": ["sicurezza"], "body": "Ciao {{customer_name}}, può succedere."},
        {"key": "in_title", "language": "en", "title": "Mortgage for a first home", "tags": ["home"],
         "body": "Hi {{customer_name}}, we can talk about your mutuo."},
        {"key": "old", "language": "it", "title": "Mutuo vecchia offerta", "tags": [],
         "body": "Ciao {{customer_name}}, offerta scaduta.", "retired": true}
    ])"));
    QString error;
    const std::optional<TemplateLibrary> library = TemplateLibrary::fromJson(json, &error);
    if (!library)
        qFatal("ranking fixture rejected: %s", qUtf8Printable(error));
    return *library;
}

QStringList keysOf(const QList<const ReplyTemplate *> &found)
{
    QStringList keys;
    for (const ReplyTemplate *t : found)
        keys.append(t->language + u'/' + t->key);
    return keys;
}

QStringList spanTexts(const QString &text, const QList<Span> &spans)
{
    QStringList out;
    for (const Span &s : spans)
        out.append(text.mid(s.first, s.second - s.first));
    return out;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    // --- the shipped library ---------------------------------------------------------------
    void builtInLibraryLoadsAtLeastFortyTemplatesInItalianAndEnglish();
    void builtInLibraryCoversEveryRequiredTopic_data();
    void builtInLibraryCoversEveryRequiredTopic();
    void movingToPrivatePointsToTheNetworksOwnPrivateChannel();
    void everyXReplyFitsIn280CharactersOnceFilled_data();
    void everyXReplyFitsIn280CharactersOnceFilled();
    void everyTemplateUsesOnlyKnownVariables();
    void everyTemplateFillsCompletelyWithRealisticValues();
    void everyTextCallsTheCustomerByName();
    void noTemplateSoundsLikeBancarese_data();
    void noTemplateSoundsLikeBancarese();
    void publicRepliesEndWithTheAgentsSignatureAndPrivateOnesDoNot();
    void italianRepliesUseTuOnXAndInstagramAndLeiOnFacebook();
    void privateTextsNeverSendTheCustomerToAnotherPrivateChannel();
    void everyEnglishTemplateTranslatesAnItalianOne();
    void textForFallsBackToTheBodyWithoutAVariant();

    // --- search -------------------------------------------------------------------------------
    void searchFindsTheRightBuiltInTemplate_data();
    void searchFindsTheRightBuiltInTemplate();
    void searchRanksTitleAboveTagAboveBody();
    void searchIgnoresCaseAndAccentsAndMatchesPrefixes_data();
    void searchIgnoresCaseAndAccentsAndMatchesPrefixes();
    void searchRequiresEveryTypedWord();
    void searchFiltersByLanguageAndLeavesOutRetiredTemplates();
    void searchDoesNotMatchVariableNames();

    // --- filling ------------------------------------------------------------------------------
    void fillReplacesEveryVariableWithItsValue();
    void fillLeavesExactSpansForMissingValues_data();
    void fillLeavesExactSpansForMissingValues();
    void fillNeverExpandsBracesInsideValues();
    void unfilledSpansFindsEveryPlaceholderLeftInAnEditedText_data();
    void unfilledSpansFindsEveryPlaceholderLeftInAnEditedText();

    // --- loading ------------------------------------------------------------------------------
    void fromJsonRejectsBrokenLibrariesWithAClearMessage_data();
    void fromJsonRejectsBrokenLibrariesWithAClearMessage();
    void fromJsonAcceptsCustomVariablesRetiredTemplatesAndAnyNetworkKeyCase();
};

void TestTemplates::builtInLibraryLoadsAtLeastFortyTemplatesInItalianAndEnglish()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    QVERIFY2(library.templates().size() >= 40,
             qPrintable(QString::number(library.templates().size())));
    int italian = 0;
    int english = 0;
    for (const ReplyTemplate &t : library.templates()) {
        italian += t.language == u"it";
        english += t.language == u"en";
    }
    QVERIFY(italian >= 28);
    QVERIFY(english >= 14);
    QVERIFY2(italian > english, "templates are written in Italian first");
    QVERIFY(!library.customVariables().isEmpty());
    for (const TemplateVariable &v : library.customVariables()) {
        QVERIFY2(!v.description.isEmpty(), qPrintable(v.name));
        QVERIFY2(!v.defaultValue.isEmpty(), qPrintable(v.name));
    }
}

void TestTemplates::builtInLibraryCoversEveryRequiredTopic_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("tag");
    struct Topic
    {
        const char *row;
        const char *key;
        const char *tag;
    };
    const Topic topics[] = {
        {"first acknowledgement", "ack_first", "prima risposta"},
        {"move to private", "move_private", "messaggio privato"},
        {"card lost", "card_lost", "carta persa"},
        {"card blocked", "card_blocked", "carta bloccata"},
        {"suspected fraud", "fraud_suspected", "frode"},
        {"phishing warning", "phishing_warning", "phishing"},
        {"outage acknowledged", "outage_ack", "disservizio"},
        {"outage over", "outage_resolved", "risolto"},
        {"log-in trouble", "login_trouble", "accesso"},
        {"fees complaint", "fees_complaint", "commissioni"},
        {"branch complaint", "branch_complaint", "filiale"},
        {"mortgage", "mortgage_question", "mutuo"},
        {"loan", "loan_question", "prestito"},
        {"account opening", "account_opening", "apertura conto"},
        {"thanks for praise", "praise_thanks", "complimenti"},
        {"follow-up", "follow_up_resolved", "follow-up"},
        {"satisfaction 1-5", "satisfaction_survey", "soddisfazione"},
        {"out of hours", "out_of_hours", "fuori orario"},
        {"delay apology", "delay_apology", "ritardo"},
        {"personal data in public", "personal_data_public", "dati personali"},
        {"fake profile", "fake_profile_warning", "profilo falso"},
        {"wish or idea", "idea_thanks", "idea"},
    };
    for (const Topic &topic : topics)
        QTest::newRow(topic.row) << QString::fromUtf8(topic.key) << QString::fromUtf8(topic.tag);
}

void TestTemplates::builtInLibraryCoversEveryRequiredTopic()
{
    QFETCH(QString, key);
    QFETCH(QString, tag);
    const TemplateLibrary library = TemplateLibrary::builtIn();
    const ReplyTemplate *byKey = library.find(key, QStringLiteral("it"));
    bool byTag = false;
    for (const ReplyTemplate &t : library.templates())
        byTag = byTag || (t.language == u"it" && t.tags.contains(tag, Qt::CaseInsensitive));
    QVERIFY2(byKey || byTag, qPrintable(key));
    QVERIFY(byKey);
    QVERIFY(!byKey->retired);
}

void TestTemplates::movingToPrivatePointsToTheNetworksOwnPrivateChannel()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const QString &language : {QStringLiteral("it"), QStringLiteral("en")}) {
        const ReplyTemplate *t = library.find(QStringLiteral("move_private"), language);
        QVERIFY(t);
        for (Network n : {Network::X, Network::Facebook, Network::Instagram})
            QVERIFY2(t->textFor(n).contains(QStringLiteral("{{private_channel}}")),
                     qPrintable(language + u'/' + toKey(n)));
    }
}

void TestTemplates::everyXReplyFitsIn280CharactersOnceFilled_data()
{
    QTest::addColumn<QString>("text");
    const TemplateLibrary library = TemplateLibrary::builtIn();
    const QHash<QString, QString> values = realisticValues(library);
    for (const ReplyTemplate &t : library.templates()) {
        QTest::newRow(qPrintable(rowName(t)))
            << TemplateFiller::fill(t.textFor(Network::X), values).text;
    }
}

void TestTemplates::everyXReplyFitsIn280CharactersOnceFilled()
{
    QFETCH(QString, text);
    QVERIFY2(xLength(text) <= 280,
             qPrintable(QStringLiteral("%1 characters: %2").arg(xLength(text)).arg(text)));
}

void TestTemplates::everyTemplateUsesOnlyKnownVariables()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    QSet<QString> known(TemplateLibrary::builtInVariableNames().begin(),
                        TemplateLibrary::builtInVariableNames().end());
    for (const TemplateVariable &v : library.customVariables())
        known.insert(v.name);
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    for (const ReplyTemplate &t : library.templates()) {
        for (const QString &text : allTexts(t)) {
            for (const auto &m : placeholder.globalMatch(text)) {
                QVERIFY2(known.contains(m.captured(1)),
                         qPrintable(rowName(t) + QStringLiteral(": ") + m.captured(0)));
            }
        }
    }
}

void TestTemplates::everyTemplateFillsCompletelyWithRealisticValues()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    const QHash<QString, QString> values = realisticValues(library);
    for (const ReplyTemplate &t : library.templates()) {
        for (const QString &text : allTexts(t)) {
            const FilledText filled = TemplateFiller::fill(text, values);
            QVERIFY2(filled.unfilled.isEmpty(), qPrintable(rowName(t) + u' ' + text));
            QVERIFY2(TemplateFiller::unfilledSpans(filled.text).isEmpty(),
                     qPrintable(rowName(t) + u' ' + filled.text));
        }
    }
}

void TestTemplates::everyTextCallsTheCustomerByName()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        for (const QString &text : allTexts(t))
            QVERIFY2(text.contains(QStringLiteral("{{customer_name}}")),
                     qPrintable(rowName(t) + u' ' + text));
    }
}

void TestTemplates::noTemplateSoundsLikeBancarese_data()
{
    QTest::addColumn<QString>("marker");
    for (const char *marker :
         {"si comunica", "codesto", "pregasi", "distinti saluti", "in ottemperanza", "la S.V.",
          "con la presente", "a fronte di", "si prega", "cordiali saluti", "la informiamo che",
          "gentile cliente", "vogliate"})
        QTest::newRow(marker) << QString::fromUtf8(marker);
}

void TestTemplates::noTemplateSoundsLikeBancarese()
{
    QFETCH(QString, marker);
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        QStringList texts = allTexts(t);
        texts.append(t.title);
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.contains(marker, Qt::CaseInsensitive),
                     qPrintable(rowName(t) + u' ' + text));
    }
}

void TestTemplates::publicRepliesEndWithTheAgentsSignatureAndPrivateOnesDoNot()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        if (isAutomatic(t)) {
            // Nobody is at the desk to sign it, and an automatic reply must not pretend otherwise.
            for (const QString &text : allTexts(t))
                QVERIFY2(!text.contains(QStringLiteral("{{agent_")), qPrintable(rowName(t)));
            continue;
        }
        for (Network n : {Network::X, Network::Facebook, Network::Instagram}) {
            QVERIFY2(t.textFor(n).endsWith(kSignature), qPrintable(rowName(t) + u'/' + toKey(n)));
        }
        for (const char *privateOnly : {"whatsapp", "messenger"}) {
            const QString variant = t.variants.value(QString::fromLatin1(privateOnly));
            QVERIFY2(!variant.contains(kSignature), qPrintable(rowName(t) + u'/' + privateOnly));
        }
    }
}

void TestTemplates::italianRepliesUseTuOnXAndInstagramAndLeiOnFacebook()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        if (t.language != u"it")
            continue;
        for (Network n : {Network::X, Network::Instagram}) {
            const QString text = t.textFor(n);
            QVERIFY2(!text.contains(QStringLiteral("Buongiorno")) &&
                         !text.contains(QStringLiteral("Gentile")),
                     qPrintable(rowName(t) + u'/' + toKey(n)));
        }
        QVERIFY2(!t.textFor(Network::Facebook).contains(QStringLiteral("Ciao")),
                 qPrintable(rowName(t)));
        QVERIFY2(!t.textFor(Network::WhatsApp).contains(QStringLiteral("Ciao")),
                 qPrintable(rowName(t)));
    }
}

// A body is the private text whenever Facebook has its own variant; "write to us on
// {{private_channel}}" there would send someone already in private chat round in a circle.
void TestTemplates::privateTextsNeverSendTheCustomerToAnotherPrivateChannel()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        QStringList privateTexts{t.variants.value(QStringLiteral("whatsapp")),
                                 t.variants.value(QStringLiteral("messenger"))};
        if (t.variants.contains(QStringLiteral("facebook"))) {
            privateTexts.append(t.body);
            QVERIFY2(!t.body.contains(kSignature), qPrintable(rowName(t)));
        }
        for (const QString &text : std::as_const(privateTexts))
            QVERIFY2(!text.contains(QStringLiteral("{{private_channel}}")), qPrintable(rowName(t)));
    }
}

void TestTemplates::everyEnglishTemplateTranslatesAnItalianOne()
{
    const TemplateLibrary library = TemplateLibrary::builtIn();
    for (const ReplyTemplate &t : library.templates()) {
        if (t.language == u"en")
            QVERIFY2(library.find(t.key, QStringLiteral("it")), qPrintable(t.key));
    }
}

void TestTemplates::textForFallsBackToTheBodyWithoutAVariant()
{
    ReplyTemplate t;
    t.body = QStringLiteral("Buongiorno {{customer_name}}");
    t.variants.insert(QStringLiteral("x"), QStringLiteral("Ciao {{customer_name}}"));
    QCOMPARE(t.textFor(Network::X), QStringLiteral("Ciao {{customer_name}}"));
    QCOMPARE(t.textFor(Network::Telegram), t.body);
    QCOMPARE(t.textFor(Network::Facebook), t.body);
}

void TestTemplates::searchFindsTheRightBuiltInTemplate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expectedFirst");
    struct Row
    {
        const char *row;
        const char *typed;
        const char *language;
        const char *expectedFirst;
    };
    const Row rows[] = {
        {"title prefix", "phish", "it", "phishing_warning"},
        {"two words, title", "CARTA bloc", "it", "card_blocked"},
        {"tag without accent", "difficolta", "it", "financial_difficulty"},
        {"tag", "sospensione", "it", "financial_difficulty"},
        {"title words", "non riesco accedere", "it", "login_trouble"},
        {"title", "mutuo", "it", "mortgage_question"},
        {"tag only", "profilo fals", "it", "fake_profile_warning"},
        {"english", "lost card", "en", "card_lost"},
        {"english prefix", "outa over", "en", "outage_resolved"},
    };
    for (const Row &r : rows) {
        QTest::newRow(r.row) << QString::fromUtf8(r.typed) << QString::fromUtf8(r.language)
                             << QString::fromUtf8(r.expectedFirst);
    }
}

void TestTemplates::searchFindsTheRightBuiltInTemplate()
{
    QFETCH(QString, typed);
    QFETCH(QString, language);
    QFETCH(QString, expectedFirst);
    const TemplateLibrary library = TemplateLibrary::builtIn();
    const QList<const ReplyTemplate *> found = library.search(typed, language);
    QVERIFY2(!found.isEmpty(), qPrintable(typed));
    QCOMPARE(found.first()->key, expectedFirst);
    for (const ReplyTemplate *t : found)
        QCOMPARE(t->language, language);
}

void TestTemplates::searchRanksTitleAboveTagAboveBody()
{
    const TemplateLibrary library = rankingFixture();
    QCOMPARE(keysOf(library.search(QStringLiteral("mutuo"), QStringLiteral("it"))),
             (QStringList{"it/in_title", "it/in_tag", "it/in_body"}));

    // A word typed in full beats the same word reached as a prefix at the same level, but never
    // a match one level up.
    const QByteArray json = libraryJson(QString::fromUtf8(R"([
        {"key": "longer", "language": "it", "title": "Contocorrente", "tags": [],
         "body": "Ciao {{customer_name}}"},
        {"key": "exact", "language": "it", "title": "Conto", "tags": [],
         "body": "Ciao {{customer_name}}"},
        {"key": "tag", "language": "it", "title": "Altro", "tags": ["conto"],
         "body": "Ciao {{customer_name}}"}
    ])"));
    QString error;
    const std::optional<TemplateLibrary> words = TemplateLibrary::fromJson(json, &error);
    QVERIFY2(words, qPrintable(error));
    QCOMPARE(keysOf(words->search(QStringLiteral("conto"))),
             (QStringList{"it/exact", "it/longer", "it/tag"}));
    QCOMPARE(keysOf(words->search(QStringLiteral("cont"))),
             (QStringList{"it/longer", "it/exact", "it/tag"}));
}

void TestTemplates::searchIgnoresCaseAndAccentsAndMatchesPrefixes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("no accent") << "perche";
    QTest::newRow("upper case, accent") << "PERCHÉ";
    QTest::newRow("wrong accent") << "perchè";
    QTest::newRow("prefix") << "perc blocc";
    QTest::newRow("accented prefix of plain word") << "bloccàt";
    QTest::newRow("tag prefix, body word") << "sicur succede";
    QTest::newRow("body accent") << "puo";
}

void TestTemplates::searchIgnoresCaseAndAccentsAndMatchesPrefixes()
{
    QFETCH(QString, typed);
    const TemplateLibrary library = rankingFixture();
    QCOMPARE(keysOf(library.search(typed)), (QStringList{"it/accents"}));
}

void TestTemplates::searchRequiresEveryTypedWord()
{
    const TemplateLibrary library = rankingFixture();
    QCOMPARE(keysOf(library.search(QStringLiteral("mutuo prima casa"))),
             (QStringList{"it/in_title"}));
    QVERIFY(library.search(QStringLiteral("mutuo carta")).isEmpty());
}

void TestTemplates::searchFiltersByLanguageAndLeavesOutRetiredTemplates()
{
    const TemplateLibrary library = rankingFixture();
    QCOMPARE(keysOf(library.search(QStringLiteral("mutuo"), QStringLiteral("en"))),
             (QStringList{"en/in_title"}));
    QVERIFY(!keysOf(library.search(QStringLiteral("mutuo"))).contains(QStringLiteral("it/old")));
    QVERIFY(library.search(QStringLiteral("scaduta")).isEmpty());
    // Typing nothing lists everything still in use, in the administrator's order.
    QCOMPARE(keysOf(library.search(QString(), QStringLiteral("it"))),
             (QStringList{"it/in_body", "it/in_tag", "it/in_title", "it/accents"}));
    QCOMPARE(library.templates().size(), 6);
}

void TestTemplates::searchDoesNotMatchVariableNames()
{
    const TemplateLibrary library = rankingFixture();
    QVERIFY(library.search(QStringLiteral("customer")).isEmpty());
    QVERIFY(library.search(QStringLiteral("name")).isEmpty());
}

void TestTemplates::fillReplacesEveryVariableWithItsValue()
{
    const FilledText filled = TemplateFiller::fill(
        QStringLiteral("Ciao {{customer_name}}, scrivici in {{private_channel}}! "
                       "^{{agent_initials}}"),
        {{QStringLiteral("customer_name"), QStringLiteral(" Massimiliano ")},
         {QStringLiteral("private_channel"), QStringLiteral("DM")},
         {QStringLiteral("agent_initials"), QStringLiteral("FG")},
         {QStringLiteral("unused"), QStringLiteral("x")}});
    QCOMPARE(filled.text, QStringLiteral("Ciao Massimiliano, scrivici in DM! ^FG"));
    QVERIFY(filled.unfilled.isEmpty());
    QVERIFY(filled.missing.isEmpty());

    const FilledText plain = TemplateFiller::fill(QStringLiteral("Grazie {a} } {"), {});
    QCOMPARE(plain.text, QStringLiteral("Grazie {a} } {"));
    QVERIFY(plain.unfilled.isEmpty());
}

void TestTemplates::fillLeavesExactSpansForMissingValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("placeholders"); // the text of each unfilled span, in order
    QTest::addColumn<QStringList>("missing");
    // Values used by every row: customer_name "Massimiliano", agent_name "   ",
    // agent_initials "", private_channel "DM".
    QTest::newRow("empty and blank values")
        << "Ciao {{customer_name}}, sono {{agent_name}} ^{{agent_initials}}"
        << "Ciao Massimiliano, sono {{agent_name}} ^{{agent_initials}}"
        << QStringList{"{{agent_name}}", "{{agent_initials}}"}
        << QStringList{"agent_name", "agent_initials"};
    QTest::newRow("unknown name") << "Ciao {{customer_name}}, ecco {{app_name}}."
                                  << "Ciao Massimiliano, ecco {{app_name}}."
                                  << QStringList{"{{app_name}}"} << QStringList{"app_name"};
    QTest::newRow("same name twice, listed once")
        << "{{agent_name}} in {{private_channel}}, {{agent_name}}"
        << "{{agent_name}} in DM, {{agent_name}}" << QStringList{"{{agent_name}}", "{{agent_name}}"}
        << QStringList{"agent_name"};
    QTest::newRow("value longer than placeholder before it")
        << "{{private_channel}}{{customer_name}}{{bank_phone}}!"
        << "DMMassimiliano{{bank_phone}}!" << QStringList{"{{bank_phone}}"}
        << QStringList{"bank_phone"};
    QTest::newRow("emoji before the gap (UTF-16 spans)")
        << "😀 {{customer_name}} 🏦 {{agent_name}}"
        << "😀 Massimiliano 🏦 {{agent_name}}" << QStringList{"{{agent_name}}"}
        << QStringList{"agent_name"};
    QTest::newRow("spaces inside braces still a variable")
        << "Ciao {{ customer_name }} {{ agent_name }}"
        << "Ciao Massimiliano {{ agent_name }}" << QStringList{"{{ agent_name }}"}
        << QStringList{"agent_name"};
}

void TestTemplates::fillLeavesExactSpansForMissingValues()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, placeholders);
    QFETCH(QStringList, missing);
    const FilledText filled = TemplateFiller::fill(
        text, {{QStringLiteral("customer_name"), QStringLiteral("Massimiliano")},
               {QStringLiteral("agent_name"), QStringLiteral("   ")},
               {QStringLiteral("agent_initials"), QString()},
               {QStringLiteral("private_channel"), QStringLiteral("DM")}});
    QCOMPARE(filled.text, expected);
    QCOMPARE(spanTexts(filled.text, filled.unfilled), placeholders);
    QCOMPARE(filled.missing, missing);
    // What the pre-send check finds in the result is exactly what fill() reported.
    QCOMPARE(TemplateFiller::unfilledSpans(filled.text), filled.unfilled);
}

void TestTemplates::fillNeverExpandsBracesInsideValues()
{
    const QString text = QStringLiteral("Ciao {{customer_name}}, sono {{agent_name}}.");
    const FilledText filled = TemplateFiller::fill(
        text, {{QStringLiteral("customer_name"), QStringLiteral("{{agent_name}}")},
               {QStringLiteral("agent_name"), QStringLiteral("Francesca")}});
    QCOMPARE(filled.text, QStringLiteral("Ciao {{agent_name}}, sono Francesca."));
    QVERIFY(filled.unfilled.isEmpty());
    QVERIFY(filled.missing.isEmpty());

    const FilledText halves =
        TemplateFiller::fill(text, {{QStringLiteral("customer_name"), QStringLiteral("Anna {{")},
                                    {QStringLiteral("agent_name"), QStringLiteral("}} e Luca")}});
    QCOMPARE(halves.text, QStringLiteral("Ciao Anna {{, sono }} e Luca."));
    QVERIFY(halves.unfilled.isEmpty());

    // A value that is itself a placeholder is filled in, not left for a second round.
    const FilledText self = TemplateFiller::fill(
        text, {{QStringLiteral("customer_name"), QStringLiteral("{{customer_name}}")}});
    QCOMPARE(self.text, QStringLiteral("Ciao {{customer_name}}, sono {{agent_name}}."));
    QCOMPARE(spanTexts(self.text, self.unfilled), QStringList{"{{agent_name}}"});
    QCOMPARE(self.missing, QStringList{"agent_name"});
}

void TestTemplates::unfilledSpansFindsEveryPlaceholderLeftInAnEditedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << "Ciao Marco, tutto risolto! ^FG" << QStringList{};
    QTest::newRow("one") << "Ciao {{customer_name}}!" << QStringList{"{{customer_name}}"};
    QTest::newRow("whatever is inside") << "{{ nome }} e {{}} e {{Nome Cliente}}"
                                        << QStringList{"{{ nome }}", "{{}}", "{{Nome Cliente}}"};
    QTest::newRow("never across lines") << "a {{ b\nc }} d" << QStringList{};
    QTest::newRow("stray opening before a real one") << "{{a {{b}}" << QStringList{"{{b}}"};
    QTest::newRow("opening never closed") << "resta {{ aperta" << QStringList{};
    QTest::newRow("stray closing") << "}} poi {{x}}" << QStringList{"{{x}}"};
    QTest::newRow("single braces") << "prezzo {1} e {{x}}}" << QStringList{"{{x}}"};
    QTest::newRow("next line still found")
        << "{{ rotto\n{{agent_name}}" << QStringList{"{{agent_name}}"};
}

void TestTemplates::unfilledSpansFindsEveryPlaceholderLeftInAnEditedText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(spanTexts(text, TemplateFiller::unfilledSpans(text)), expected);
}

void TestTemplates::fromJsonRejectsBrokenLibrariesWithAClearMessage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");
    const QString ok =
        QString::fromUtf8(R"("key": "a", "language": "it", "title": "T", "tags": [])");
    auto withBody = [&](const QString &body) {
        return oneTemplate(ok + QString::fromUtf8(R"(, "body": "%1")").arg(body));
    };

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,\n \"templates\": [")
                              << QStringList{"not valid JSON", "line 2"};
    QTest::newRow("top level array") << QByteArray("[]") << QStringList{"top level"};
    QTest::newRow("no version") << QByteArray(R"({"templates": []})")
                                << QStringList{"\"version\" must be 1", "missing"};
    QTest::newRow("no templates") << QByteArray(R"({"version": 1})")
                                  << QStringList{"\"templates\" must be an array"};
    QTest::newRow("unknown top key")
        << QByteArray(R"({"version": 1, "templates": [], "variables": []})")
        << QStringList{"unknown key \"variables\""};
    QTest::newRow("missing title")
        << oneTemplate(R"("key": "a", "language": "it", "tags": [], "body": "Ciao")")
        << QStringList{"templates[0] (\"a\", it)", "\"title\" is missing"};
    QTest::newRow("misspelt field") << oneTemplate(ok + R"(, "body": "Ciao", "titel": "x")")
                                    << QStringList{"templates[0]", "unknown key \"titel\""};
    QTest::newRow("empty body") << withBody("  ")
                                << QStringList{"templates[0] (\"a\", it)", "\"body\"", "non-empty"};
    QTest::newRow("duplicate key and language")
        << libraryJson(
               QStringLiteral("[{%1, \"body\": \"Ciao\"}, {%1, \"body\": \"Salve\"}]").arg(ok))
        << QStringList{"templates[1] (\"a\", it)", "duplicate of templates[0]"};
    QTest::newRow("unknown variable in body")
        << withBody("Ciao {{custmer_name}}")
        << QStringList{"templates[0] (\"a\", it), \"body\"", "unknown variable {{custmer_name}}",
                       "character 6", "customer_name"};
    QTest::newRow("unknown variable in a variant")
        << oneTemplate(ok + R"(, "body": "Ciao", "variants": {"x": "Ciao {{nome}}"})")
        << QStringList{"\"variants.x\"", "unknown variable {{nome}}"};
    QTest::newRow("unclosed braces") << withBody("Ciao {{customer_name}!")
                                     << QStringList{"\"body\"", "never closed", "character 6"};
    QTest::newRow("closing without opening")
        << withBody("Ciao customer_name}}") << QStringList{"\"body\"", "closes nothing"};
    QTest::newRow("spaces inside braces")
        << withBody("Ciao {{ customer_name }}") << QStringList{"not a variable name"};
    QTest::newRow("empty braces") << withBody("Ciao {{}}") << QStringList{"not a variable name"};
    QTest::newRow("nested braces")
        << withBody("Ciao {{a {{customer_name}}") << QStringList{"not closed before the next"};
    QTest::newRow("unknown network")
        << oneTemplate(ok + R"(, "body": "Ciao", "variants": {"twitter": "Ciao"})")
        << QStringList{"\"variants.twitter\"", "unknown network", "instagram"};
    QTest::newRow("language")
        << oneTemplate(R"("key": "a", "language": "fr", "title": "T", "tags": [], "body": "Salut")")
        << QStringList{"templates[0]", "\"language\" must be"};
    QTest::newRow("key with spaces")
        << oneTemplate(
               R"("key": "Carta persa", "language": "it", "title": "T", "tags": [], "body": "Ciao")")
        << QStringList{"\"key\" \"Carta persa\""};
    QTest::newRow("tags not a list")
        << oneTemplate(
               R"("key": "a", "language": "it", "title": "T", "tags": "carta", "body": "Ciao")")
        << QStringList{"\"tags\" must be a list"};
    QTest::newRow("retired not a boolean")
        << oneTemplate(ok + R"(, "body": "Ciao", "retired": "yes")")
        << QStringList{"\"retired\" must be true or false"};
    QTest::newRow("custom variable redeclares a built-in one")
        << libraryJson("[]", R"([{"name": "customer_name", "description": "d"}])")
        << QStringList{"custom_variables[0] (\"customer_name\")", "built in"};
    QTest::newRow("custom variable badly named")
        << libraryJson("[]", R"([{"name": "App-Name", "description": "d"}])")
        << QStringList{"custom_variables[0]", "lower-case"};
    QTest::newRow("custom variable declared twice")
        << libraryJson("[]", R"([{"name": "app", "description": "d"},
                                 {"name": "app", "description": "d"}])")
        << QStringList{"custom_variables[1]", "declared twice"};
    QTest::newRow("custom variable without description")
        << libraryJson("[]", R"([{"name": "app"}])")
        << QStringList{"custom_variables[0] (\"app\")", "\"description\" is missing"};
}

void TestTemplates::fromJsonRejectsBrokenLibrariesWithAClearMessage()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    QString error;
    QVERIFY(!TemplateLibrary::fromJson(json, &error));
    for (const QString &fragment : fragments)
        QVERIFY2(error.contains(fragment), qPrintable(fragment + QStringLiteral(" | ") + error));
    QVERIFY(!TemplateLibrary::fromJson(json, nullptr)); // no error wanted: still no crash
}

void TestTemplates::fromJsonAcceptsCustomVariablesRetiredTemplatesAndAnyNetworkKeyCase()
{
    const QByteArray json =
        libraryJson(QString::fromUtf8(R"([
            {"key": "app", "language": "it", "title": "App", "tags": ["app"],
             "body": "Buongiorno {{customer_name}}, scarichi {{app_name}}.",
             "variants": {"X": "Ciao {{customer_name}}, scarica {{app_name}}! ^{{agent_initials}}"},
             "comment": "a note for the next administrator"},
            {"key": "app", "language": "en", "title": "App", "tags": [],
             "body": "Hi {{customer_name}}, get {{app_name}}.", "retired": true}
        ])"),
                    QString::fromUtf8(
                        R"([{"name": "app_name", "description": "The app", "default": "App Banca"},
                           {"name": "help_url", "description": "Help page"}])"));
    QString error;
    const std::optional<TemplateLibrary> library = TemplateLibrary::fromJson(json, &error);
    QVERIFY2(library, qPrintable(error));
    QCOMPARE(library->templates().size(), 2);
    QCOMPARE(library->customVariables().size(), 2);
    QCOMPARE(library->customVariables().at(0).defaultValue, QStringLiteral("App Banca"));
    QCOMPARE(library->customVariables().at(1).defaultValue, QString());
    const ReplyTemplate &it = library->templates().at(0);
    QCOMPARE(it.variants.keys(), QStringList{"x"});
    QCOMPARE(it.textFor(Network::X),
             QStringLiteral("Ciao {{customer_name}}, scarica {{app_name}}! ^{{agent_initials}}"));
    QVERIFY(!it.retired);
    QVERIFY(library->find(QStringLiteral("app"), QStringLiteral("en"))->retired);
    QVERIFY(!library->find(QStringLiteral("app"), QStringLiteral("de")));
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "test_templates.moc"
