// sportello-bench --messages N [--db PATH] [--keep]
//
// Builds a fresh store of N realistic messages through the ingest entry point, inserts the
// same rows with plain INSERTs as a raw-SQLite baseline, then measures timeline pages, search
// and (in a child process, so ingest's memory does not count) the timeline model's memory
// after a scroll to the end. One JSON object on stdout; progress on stderr.

#include "SqliteCaseStore.h"
#include "StoreOpener.h"
#include "TimelineModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <thread>
#include <vector>

namespace sportello {
namespace {

constexpr int kBatchSize = 5000;
constexpr int kPageRuns = 15;
constexpr quint64 kSeed = 0x5e0a7e11023ull;

void progress(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

// splitmix64: per-entity attributes (a person's name, home network) come from a hash of its
// number, so they are the same whichever order the entities are first met in.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// xoshiro256**: std:: distributions differ between standard libraries; this keeps the data
// set byte-identical everywhere, so figures from two machines describe the same database.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s)
            s = seed = mix(seed);
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    quint32 below(quint32 n) { return quint32(((next() >> 32) * n) >> 32); }
    bool chance(double p) { return uniform() < p; }
    // Exponential with the given mean: gaps between independent events.
    double exponential(double mean) { return -std::log(1.0 - uniform()) * mean; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

// The most frequent words are real: Italian function words and the words customers use
// about a bank. They dominate the text as they do in real traffic, so a search for "carta"
// costs what it would in production.
constexpr const char *kRealWords =
    "di e il che la non per un mi a ho in è conto sono con una ma da si carta del lo le ci "
    "se app come più banca della al ancora bonifico perché anche oggi mio mia già questo "
    "nel sul dal gli io ti vi ne cosa quando dove chi tutto sempre mai poi solo dopo prima "
    "ora fa fatto stato essere avere posso potete può devo vorrei grazie buongiorno "
    "buonasera salve ciao scusate aiuto problema nessuno niente subito giorni settimana "
    "mese ieri domani così molto poco bene male funziona bloccata bancomat prelievo "
    "pagamento addebito accredito saldo movimenti filiale sportello mutuo prestito rata "
    "interessi commissioni estratto iban codice password accesso login bloccato sblocco "
    "pin otp sms notifica assistenza numero verde operatore chat reclamo rimborso frode "
    "truffa phishing sicurezza clonata smarrita furto contanti atm bonifici istantaneo f24 "
    "stipendio pensione investimenti titoli polizza assicurazione apertura chiusura "
    "documenti identità aggiornamento errore disservizio lentissima attesa risposta tutti "
    "questa nessuna ogni volta ancora qualcuno spiegare capire";

// A Zipf-like vocabulary: real words on top, then pseudo-Italian words built from syllables.
class Vocabulary
{
public:
    static constexpr int kSize = 30000;

    Vocabulary()
    {
        QSet<QString> seen;
        auto add = [&](const QString &w) {
            if (seen.contains(w))
                return;
            seen.insert(w);
            m_words.append(w);
        };
        for (const QString &w : QString::fromUtf8(kRealWords).split(QLatin1Char(' ')))
            add(w);

        static constexpr const char *kOnsets[] = {"b",  "c",  "d",  "f",  "g",  "l",  "m",  "n",
                                                  "p",  "r",  "s",  "t",  "v",  "z",  "ch", "gh",
                                                  "gl", "gn", "sc", "sp", "st", "tr", "pr", "br",
                                                  "cr", "fr", "gr", "pl", "qu", ""};
        static constexpr const char *kVowels[] = {"a", "e", "i",  "o",  "u",  "a", "e",
                                                  "i", "o", "ia", "io", "ie", "uo"};
        static constexpr const char *kCodas[] = {"n", "r", "l", "s", "m"};
        static const QString plain = QStringLiteral("aeiou");
        static const QString stressed = QStringLiteral("àèìòù");
        Rng rng(kSeed ^ 0x766f636162ull);
        while (m_words.size() < kSize) {
            QString w;
            const int syllables = 2 + int(rng.below(3));
            for (int i = 0; i < syllables; ++i) {
                w += QLatin1String(kOnsets[rng.below(std::size(kOnsets))]);
                w += QLatin1String(kVowels[rng.below(std::size(kVowels))]);
                if (i + 1 < syllables && rng.chance(0.2))
                    w += QLatin1String(kCodas[rng.below(std::size(kCodas))]);
            }
            // A few end on a stressed vowel (città, perché), so accent folding is exercised.
            if (const qsizetype v = plain.indexOf(w.back()); v >= 0 && rng.chance(0.03))
                w.back() = stressed.at(v);
            if (w.size() >= 4)
                add(w);
        }
        double sum = 0;
        m_cumulative.reserve(size_t(m_words.size()));
        for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
            sum += 1.0 / double(rank + 1);
            m_cumulative.push_back(sum);
        }
    }

    int size() const { return int(m_words.size()); }
    const QString &word(int rank) const { return m_words.at(rank); }
    int sample(Rng &rng) const
    {
        const double u = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return std::min(int(it - m_cumulative.begin()), size() - 1);
    }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

constexpr const char *kFirstNames =
    "Marco Giulia Luca Francesca Alessandro Sara Andrea Chiara Matteo Valentina Giuseppe "
    "Anna Francesco Laura Lorenzo Elena Davide Martina Simone Federica Stefano Silvia "
    "Paolo Roberta Giovanni Paola Antonio Maria Riccardo Alessia Fabio Elisa Nicola Ilaria "
    "Salvatore Giorgia Roberto Serena Daniele Claudia Emanuele Beatrice Vincenzo Monica "
    "Massimo Cristina Tommaso Noemi Michele Rita";
constexpr const char *kLastNames =
    "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,"
    "Conti,De Luca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,"
    "Mariani,Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,Longo,Gentile,Martinelli,Vitale,"
    "Lombardo,Serra,Coppola,De Santis,D'Angelo,Marchetti,Parisi,Villa,Conte,Ferraro,Ferri,"
    "Fabbri,Bianco,Marini,Grasso,Valentini";

struct NetworkSpec
{
    Network network;
    const char *account;
    int weight;        // share of customers whose first network this is, in percent
    int publicPercent; // cases that start in public (a post or comment) rather than a DM
    const char *idPrefix;
};
constexpr NetworkSpec kNetworks[] = {
    {Network::X, "@BancaSportello", 20, 70, "18"},
    {Network::Facebook, "BancaSportello", 18, 65, "10158_"},
    {Network::Instagram, "@bancasportello", 14, 60, "ig_"},
    {Network::Messenger, "Banca Sportello", 10, 0, "m_"},
    {Network::WhatsApp, "+39 02 4000 1000", 28, 0, "wamid."},
    {Network::Telegram, "@BancaSportelloBot", 10, 0, "tg"},
};
constexpr int kNetworkCount = int(std::size(kNetworks));

int networkForPercent(int percent)
{
    for (int n = 0; n < kNetworkCount; ++n) {
        percent -= kNetworks[n].weight;
        if (percent < 0)
            return n;
    }
    return kNetworkCount - 1;
}

// What the baseline needs to write the same row without the store's lookups.
struct RowIds
{
    qint64 accountId = 0;
    qint64 caseId = 0;
    qint64 identityId = 0; // 0: the bank wrote it
};

struct Batch
{
    QList<InboundItem> items;
    std::vector<RowIds> ids;
};

// The message stream, oldest first, as connectors would deliver it. About 0.2 N people, of
// whom half also write on a second network, give about 0.3 N identities; each identity's
// first message opens a case (ingest keeps a case active until an agent resolves it, so a
// person's later messages on the same network join it). Each case runs to 1 + Geometric
// messages, 3.3 on average: customer follow-ups and the bank's replies, interleaved in time
// with every other open case.
class Generator
{
public:
    Generator(const Vocabulary &vocabulary, qint64 messages)
        : m_vocabulary(vocabulary), m_total(messages), m_rng(kSeed),
          m_persons(std::max<qint64>(1, messages / 5)),
          m_identities(std::max<qint64>(1, messages * 3 / 10))
    {
        m_firstNames = QString::fromUtf8(kFirstNames).split(QLatin1Char(' '));
        m_lastNames = QString::fromUtf8(kLastNames).split(QLatin1Char(','));
        for (const NetworkSpec &n : kNetworks) {
            m_accounts.append(QString::fromUtf8(n.account));
            m_networkKeys.append(toKey(n.network));
        }
        m_order.resize(size_t(m_identities));
        for (qint64 i = 0; i < m_identities; ++i)
            m_order[size_t(i)] = i;
        for (qint64 i = m_identities - 1; i > 0; --i)
            std::swap(m_order[size_t(i)], m_order[m_rng.below(quint32(i + 1))]);

        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 3600);
        m_timeMs = start.toMSecsSinceEpoch();
        m_meanGapMs = 365.0 * 24 * 3600 * 1000 / double(messages);
        // Italian summer time: last Sunday of March to last Sunday of October, 01:00 UTC.
        m_summerStart = lastSundayAt1Utc(2025, 3);
        m_summerEnd = lastSundayAt1Utc(2025, 10);
    }

    // The next batch; false when the stream is over.
    bool fill(Batch &batch, int size)
    {
        batch.items.clear();
        batch.ids.clear();
        const qint64 n = std::min<qint64>(size, m_total - m_emitted);
        if (n <= 0)
            return false;
        batch.items.reserve(n);
        batch.ids.reserve(size_t(n));
        for (qint64 i = 0; i < n; ++i)
            emitOne(batch);
        return true;
    }

private:
    struct OpenCase
    {
        qint64 caseId = 0;
        qint64 identity = 0;
        int network = 0;
        bool isPublic = false;
        Author author;
        QString customerRef;
        QString conversationId;
        QString lastInbound;
        QString lastOutbound;
        bool lastWasInbound = true;
        int remaining = 0; // messages still to come after the current one
    };

    static qint64 lastSundayAt1Utc(int year, int month)
    {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        d = d.addDays(-(d.dayOfWeek() % 7));
        return QDateTime(d, QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    void emitOne(Batch &batch)
    {
        ++m_emitted;
        m_timeMs += std::max<qint64>(1, qint64(m_rng.exponential(m_meanGapMs)));
        // A new conversation 30% of the time: 0.3 N cases for N messages.
        if (m_open.empty() || m_rng.chance(0.3)) {
            openCase(batch);
            return;
        }
        const size_t pick = m_rng.below(quint32(m_open.size()));
        OpenCase &c = m_open[pick];
        continueCase(c, batch);
        if (--c.remaining <= 0) {
            std::swap(c, m_open.back());
            m_open.pop_back();
        }
    }

    void openCase(Batch &batch)
    {
        const qint64 k = m_order[size_t(m_nextIdentity++ % m_identities)];
        // Identities past the first m_persons are the second network of every other person.
        const qint64 person = k < m_persons ? k : ((k - m_persons) * 2) % m_persons;
        const quint64 h = mix(quint64(person));
        const int home = networkForPercent(int(h % 100));
        const int net =
            k < m_persons ? home : (home + 1 + int(mix(quint64(k)) % 5)) % kNetworkCount;
        const bool twoNetworks = person % 2 == 0 && person / 2 < m_identities - m_persons;

        OpenCase c;
        c.caseId = ++m_cases;
        c.identity = k + 1;
        c.network = net;
        c.isPublic = int(mix(quint64(k) ^ 0xabcdef) % 100) < kNetworks[net].publicPercent;
        const QString &first = m_firstNames.at(qsizetype((h >> 16) % quint64(m_firstNames.size())));
        const QString &last = m_lastNames.at(qsizetype((h >> 24) % quint64(m_lastNames.size())));
        c.author.name = first + QLatin1Char(' ') + last;
        QString slug = (first + QLatin1Char('.') + last).toLower();
        slug.remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        slug += QString::number(person % 997);
        switch (kNetworks[net].network) {
        case Network::Facebook:
        case Network::Messenger:
            c.author.id = QString::number(100000000000000ll + k * 7);
            c.author.handle = c.author.name;
            break;
        case Network::WhatsApp: {
            const QString digits = QString::number(3200000000ll + (h >> 32) % 99999999ll);
            c.author.id = QStringLiteral("39") + digits;
            c.author.handle =
                QStringLiteral("+39 ") + digits.left(3) + QLatin1Char(' ') + digits.mid(3);
            break;
        }
        default:
            c.author.id = QString::number(1000000000ll + k);
            c.author.handle = QLatin1Char('@') + slug;
        }
        if (twoNetworks || ((h >> 8) & 1))
            c.customerRef = QStringLiteral("CLI%1").arg(1000000 + person);

        // 1 + Geometric(0.7): most people write once or twice, a few keep going.
        while (m_rng.chance(0.7))
            ++c.remaining;

        const QString id = nextNetworkId(net);
        QString replyTo;
        if (c.isPublic) {
            // On Facebook and Instagram most public cases are comments under one of the
            // bank's own posts; on X a post of its own that mentions the bank.
            if (kNetworks[net].network != Network::X && m_rng.chance(0.7)) {
                c.conversationId = QStringLiteral("post_%1").arg(m_rng.below(400));
                replyTo = c.conversationId;
            } else {
                c.conversationId = id;
            }
        } else {
            c.conversationId = QStringLiteral("dm_") + c.author.id;
        }
        c.lastInbound = id;
        append(batch, c, id, Direction::Inbound, replyTo);
        if (c.remaining > 0)
            m_open.push_back(std::move(c));
    }

    void continueCase(OpenCase &c, Batch &batch)
    {
        const QString id = nextNetworkId(c.network);
        // The bank answers about half of the customer's messages before they write again.
        const bool bank = c.lastWasInbound && m_rng.chance(0.55);
        QString replyTo;
        if (bank) {
            if (c.isPublic || m_rng.chance(0.5))
                replyTo = c.lastInbound;
            c.lastOutbound = id;
            c.lastWasInbound = false;
            append(batch, c, id, Direction::Outbound, replyTo);
        } else {
            if (!c.lastOutbound.isEmpty() && m_rng.chance(c.isPublic ? 0.8 : 0.25))
                replyTo = c.lastOutbound;
            else if (c.isPublic)
                replyTo = c.lastInbound;
            c.lastInbound = id;
            c.lastWasInbound = true;
            append(batch, c, id, Direction::Inbound, replyTo);
        }
    }

    QString nextNetworkId(int net)
    {
        return QLatin1String(kNetworks[net].idPrefix) +
               QString::number(1000000000ll + ++m_sequence);
    }

    QString text(Direction direction, const Author &author)
    {
        QString out;
        out.reserve(200);
        int words = 4 + std::min(76, int(m_rng.exponential(14)));
        if (direction == Direction::Outbound) {
            out += QStringLiteral("Ciao ") + author.name.section(QLatin1Char(' '), 0, 0) +
                   QStringLiteral(", ");
            words = 8 + int(m_rng.below(22));
        }
        bool capital = direction == Direction::Inbound;
        for (int i = 0; i < words; ++i) {
            const QString &w = m_vocabulary.word(m_vocabulary.sample(m_rng));
            if (capital) {
                out += w.front().toUpper();
                out += QStringView(w).mid(1);
                capital = false;
            } else {
                out += w;
            }
            if (i + 1 == words)
                break;
            const double p = m_rng.uniform();
            if (p < 0.05) {
                out += QStringLiteral(". ");
                capital = true;
            } else if (p < 0.11) {
                out += QStringLiteral(", ");
            } else {
                out += QLatin1Char(' ');
            }
        }
        static constexpr const char *kEndings[] = {".", "?", "!", "", "...", "!!"};
        out += QLatin1String(kEndings[m_rng.below(std::size(kEndings))]);
        if (direction == Direction::Outbound) {
            static constexpr const char *kClosings[] = {" Un saluto, il team Sportello.",
                                                        " Ti scriviamo in privato.",
                                                        " Siamo qui per aiutarti.", ""};
            out += QLatin1String(kClosings[m_rng.below(std::size(kClosings))]);
        }
        return out;
    }

    static void jsonField(QString &out, QLatin1String name, const QString &value)
    {
        // Generated values hold no quote or backslash, so they need no escaping.
        out += QLatin1Char('"');
        out += name;
        out += QLatin1String("\":\"");
        out += value;
        out += QLatin1String("\",");
    }

    void append(Batch &batch, const OpenCase &c, const QString &id, Direction direction,
                const QString &replyTo)
    {
        const bool summer = m_timeMs >= m_summerStart && m_timeMs < m_summerEnd;
        InboundItem item;
        item.network = kNetworks[c.network].network;
        item.account = m_accounts.at(c.network);
        item.networkId = id;
        item.conversationId = c.conversationId;
        item.replyTo = replyTo;
        item.visibility = c.isPublic ? Visibility::Public : Visibility::Private;
        item.direction = direction;
        if (direction == Direction::Inbound) {
            item.author = c.author;
            item.customerRef = c.customerRef;
        } else {
            item.author = {m_accounts.at(c.network), m_accounts.at(c.network),
                           QStringLiteral("Banca Sportello")};
        }
        item.text = text(direction, c.author);
        item.time =
            QDateTime::fromMSecsSinceEpoch(m_timeMs, Qt::OffsetFromUTC, summer ? 7200 : 3600);

        // The payload as a connector keeps it (the shape of InboundItem::toJson()).
        QString raw;
        raw.reserve(item.text.size() + 320);
        raw += QLatin1Char('{');
        jsonField(raw, QLatin1String("network"), m_networkKeys.at(c.network));
        jsonField(raw, QLatin1String("account"), item.account);
        jsonField(raw, QLatin1String("network_id"), item.networkId);
        jsonField(raw, QLatin1String("conversation_id"), item.conversationId);
        jsonField(raw, QLatin1String("reply_to"), item.replyTo);
        raw += QStringLiteral("\"author\":{");
        jsonField(raw, QLatin1String("id"), item.author.id);
        jsonField(raw, QLatin1String("handle"), item.author.handle);
        raw += QStringLiteral("\"name\":\"") + item.author.name + QStringLiteral("\"},");
        jsonField(raw, QLatin1String("visibility"), toKey(item.visibility));
        jsonField(raw, QLatin1String("direction"), toKey(item.direction));
        jsonField(raw, QLatin1String("text"), item.text);
        raw += QStringLiteral("\"time\":\"") + item.time.toString(Qt::ISODateWithMs) +
               QStringLiteral("\"}");
        item.raw = raw.toUtf8();

        batch.ids.push_back(
            {c.network + 1, c.caseId, direction == Direction::Inbound ? c.identity : 0});
        batch.items.append(std::move(item));
    }

    const Vocabulary &m_vocabulary;
    const qint64 m_total;
    Rng m_rng;
    const qint64 m_persons;
    const qint64 m_identities;
    QStringList m_firstNames;
    QStringList m_lastNames;
    QStringList m_accounts;
    QStringList m_networkKeys;
    std::vector<qint64> m_order; // identities in the order their first case opens
    qint64 m_nextIdentity = 0;
    std::vector<OpenCase> m_open;
    qint64 m_emitted = 0;
    qint64 m_sequence = 0;
    qint64 m_cases = 0;
    qint64 m_timeMs = 0;
    double m_meanGapMs = 1;
    qint64 m_summerStart = 0;
    qint64 m_summerEnd = 0;
};

// Generator thread to ingest thread. Bounded, so generation never runs a whole data set ahead.
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity) : m_capacity(capacity) {}

    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_aborted || m_batches.size() < m_capacity; });
        if (m_aborted)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || !m_batches.empty(); });
        if (m_batches.empty())
            return std::nullopt;
        Batch b = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return b;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    size_t m_capacity;
    bool m_finished = false;
    bool m_aborted = false;
};

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of the calling thread: on a shared two-core machine wall time also measures the
// neighbours, and the CPU figures show whether a change made the work itself cheaper.
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
double millis(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct IngestFigures
{
    double seconds = 0;
    double cpuSeconds = 0; // of the ingest thread alone
    double waitedForGenerator = 0;
};

Result<IngestFigures> ingestAll(const QString &path, const Vocabulary &vocabulary, qint64 messages)
{
    using R = Result<IngestFigures>;
    auto opened = SqliteCaseStore::open(path, shippedTriage());
    if (!opened)
        return R::failure(opened.error());
    std::unique_ptr<SqliteCaseStore> store = opened.takeValue();
    for (const NetworkSpec &n : kNetworks) {
        AccountRecord a;
        a.network = n.network;
        a.handle = QString::fromUtf8(n.account);
        a.displayName = QStringLiteral("Banca Sportello");
        a.capabilities = {QStringLiteral("public_reply"), QStringLiteral("private_message")};
        if (auto id = store->upsertAccount(a); !id)
            return R::failure(id.error());
    }

    IngestFigures figures;
    BatchQueue queue(4);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuSeconds();
    std::thread producer([&] {
        pthread_setname_np(pthread_self(), "bench-generator"); // tells it apart in a profile
        Generator generator(vocabulary, messages);
        Batch batch;
        while (generator.fill(batch, kBatchSize)) {
            if (!queue.push(std::move(batch)))
                return;
            batch = {};
        }
        queue.finish();
    });

    qint64 done = 0;
    qint64 accepted = 0;
    qint64 casesOpened = 0;
    qint64 rejected = 0;
    QString firstRejection;
    qint64 nextReport = messages / 10;
    QElapsedTimer stretch;
    stretch.start();
    qint64 stretchStart = 0;
    QString failure;
    for (;;) {
        QElapsedTimer waited;
        waited.start();
        std::optional<Batch> batch = queue.pop();
        figures.waitedForGenerator += seconds(waited);
        if (!batch)
            break;
        auto report =
            store->ingest(batch->items, {QStringLiteral("bench.cursor"), QString::number(done)});
        if (!report) {
            failure = report.error();
            queue.abort();
            break;
        }
        done += batch->items.size();
        accepted += report.value().accepted;
        casesOpened += report.value().casesOpened;
        rejected += report.value().rejected.size();
        if (firstRejection.isEmpty() && !report.value().rejected.isEmpty()) {
            const IngestRejection &r = report.value().rejected.first();
            firstRejection = r.networkId + QStringLiteral(": ") + r.reason;
        }
        if (done >= nextReport || done == messages) {
            progress(QStringLiteral("  ingest %1/%2: %3 msgs/s in this stretch")
                         .arg(done)
                         .arg(messages)
                         .arg(double(done - stretchStart) / seconds(stretch), 0, 'f', 0));
            stretch.restart();
            stretchStart = done;
            nextReport += messages / 10;
        }
    }
    figures.seconds = seconds(timer);
    figures.cpuSeconds = threadCpuSeconds() - cpuStart;
    producer.join();
    if (!failure.isEmpty())
        return R::failure(failure);
    progress(QStringLiteral("  accepted %1, cases opened %2, rejected %3 %4")
                 .arg(accepted)
                 .arg(casesOpened)
                 .arg(rejected)
                 .arg(firstRejection));
    if (auto stats = store->stats())
        progress(QStringLiteral("  store: %1 messages, %2 customers, %3 cases, %4 accounts")
                     .arg(stats.value().messages)
                     .arg(stats.value().customers)
                     .arg(stats.value().cases)
                     .arg(stats.value().accounts));
    return figures;
}

// Plain SQLite for the baselines: no Qt Sql, no store code, one prepared INSERT per row.
class RawDatabase
{
public:
    using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

    QString open(const QString &path)
    {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open(QFile::encodeName(path).constData(), &raw);
        m_db.reset(raw);
        return rc == SQLITE_OK ? QString() : error();
    }
    QString exec(const char *sql)
    {
        return sqlite3_exec(m_db.get(), sql, nullptr, nullptr, nullptr) == SQLITE_OK ? QString()
                                                                                     : error();
    }
    Statement prepare(const char *sql)
    {
        sqlite3_stmt *raw = nullptr;
        sqlite3_prepare_v2(m_db.get(), sql, -1, &raw, nullptr);
        return Statement(raw, sqlite3_finalize);
    }
    // The columns want '' for "none"; a null pointer would bind SQL NULL.
    static void bindText(sqlite3_stmt *statement, int column, const QString &s)
    {
        static const char16_t empty[] = u"";
        const void *data = s.isEmpty() ? static_cast<const void *>(empty) : s.utf16();
        sqlite3_bind_text16(statement, column, data, int(s.size() * 2), SQLITE_STATIC);
    }
    static void bindOptional(sqlite3_stmt *statement, int column, qint64 id)
    {
        if (id)
            sqlite3_bind_int64(statement, column, id);
        else
            sqlite3_bind_null(statement, column);
    }
    bool step(sqlite3_stmt *statement)
    {
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
        return done;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db.get())); }

private:
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> m_db{nullptr, sqlite3_close};
};

// Wall and thread CPU time of the stretches that are timed, and nothing in between.
class Stopwatch
{
public:
    template <typename F> auto time(F &&f)
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        auto result = f();
        m_ns += timer.nsecsElapsed();
        m_cpu += threadCpuSeconds() - cpuStart;
        return result;
    }
    double seconds() const { return double(m_ns) / 1e9; }
    double cpuSeconds() const { return m_cpu; }

private:
    qint64 m_ns = 0;
    double m_cpu = 0;
};

struct BaselineFigures
{
    double seconds = 0;
    double cpuSeconds = 0;
};

// Keys bound with SQLITE_STATIC must outlive the statement's step, so they live here.
const QString &keyText(Direction d)
{
    static const QString in = toKey(Direction::Inbound), out = toKey(Direction::Outbound);
    return d == Direction::Inbound ? in : out;
}

const QString &keyText(Visibility v)
{
    static const QString pub = toKey(Visibility::Public), priv = toKey(Visibility::Private);
    return v == Visibility::Public ? pub : priv;
}

const QString &networkKey(qint64 accountId) // accounts are numbered in kNetworks order
{
    static const auto keys = [] {
        std::array<QString, kNetworkCount> all;
        for (int n = 0; n < kNetworkCount; ++n)
            all[size_t(n)] = toKey(kNetworks[n].network);
        return all;
    }();
    return keys[size_t(accountId - 1)];
}

void bindMessage(sqlite3_stmt *insert, const InboundItem &item, const RowIds &ids,
                 qint64 identityRow, qint64 now)
{
    sqlite3_bind_int64(insert, 1, ids.accountId);
    RawDatabase::bindText(insert, 2, item.networkId);
    sqlite3_bind_int64(insert, 3, ids.caseId);
    RawDatabase::bindText(insert, 4, keyText(item.direction));
    RawDatabase::bindText(insert, 5, keyText(item.visibility));
    RawDatabase::bindOptional(insert, 6, identityRow);
    RawDatabase::bindText(insert, 7, item.text);
    sqlite3_bind_int64(insert, 8, item.time.toMSecsSinceEpoch());
    sqlite3_bind_int(insert, 9, item.time.offsetFromUtc());
    RawDatabase::bindText(insert, 10, item.conversationId);
    RawDatabase::bindText(insert, 11, item.replyTo);
    sqlite3_bind_text(insert, 12, item.raw.constData(), int(item.raw.size()), SQLITE_STATIC);
    sqlite3_bind_int64(insert, 13, now);
}

constexpr const char *kInsertMessage =
    "INSERT INTO messages (account_id, network_id, case_id, direction, visibility, "
    "author_identity_id, text, sent_at, utc_offset_s, conversation_id, reply_to, raw, "
    "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Streams the generated messages into one transaction. `decide` runs on each batch off the
// clock (working out where rows go); `write` is timed and returns false on an SQLite error.
template <typename Decide, typename Write>
Result<BaselineFigures> timedInserts(RawDatabase &db, const Vocabulary &vocabulary, qint64 messages,
                                     Decide &&decide, Write &&write)
{
    using R = Result<BaselineFigures>;
    Generator generator(vocabulary, messages);
    Batch batch;
    Stopwatch clock;
    if (QString e = clock.time([&] { return db.exec("BEGIN"); }); !e.isEmpty())
        return R::failure(e);
    while (generator.fill(batch, kBatchSize)) {
        decide(batch);
        if (!clock.time([&] { return write(batch); }))
            return R::failure(db.error());
    }
    if (QString e = clock.time([&] { return db.exec("COMMIT"); }); !e.isEmpty())
        return R::failure(e);
    return BaselineFigures{clock.seconds(), clock.cpuSeconds()};
}

// The baseline of the ratio: the same rows ingest writes for the stream (customers, their
// identities, cases with their "opened" event, messages) with one plain prepared INSERT each,
// in one transaction, into the store's own tables, indexes and foreign keys (its migrations
// create them), without the search index. Where each row goes (which customer, which case) is
// worked out before the clock starts: the baseline times writing rows, not deciding. Changes
// ingest makes to rows it already wrote (a case's status, last message, a raised priority and
// its event) are not written, so this baseline is if anything faster than the real row count.
Result<BaselineFigures> sameRowsBaseline(const QString &path, const Vocabulary &vocabulary,
                                         qint64 messages)
{
    using R = Result<BaselineFigures>;
    {
        // The store's schema and file settings (page size, WAL), applied by its own code.
        auto schema = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        if (!schema)
            return R::failure(schema.error());
    }
    RawDatabase db;
    if (QString e = db.open(path); !e.isEmpty())
        return R::failure(e);
    // The ingest connection's cache as well (SqliteCaseStore::prepareForIngest): a baseline
    // that spilled pages ingest keeps in memory would flatter the ratio.
    for (const char *sql : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                            "PRAGMA cache_size = -32768", "DROP TRIGGER messages_fts_delete",
                            "DROP TRIGGER messages_fts_update", "DROP TABLE messages_fts"}) {
        if (QString e = db.exec(sql); !e.isEmpty())
            return R::failure(e);
    }
    auto account =
        db.prepare("INSERT INTO accounts (id, network, handle, display_name, "
                   "capabilities, created_at) VALUES (?, ?, ?, 'Banca Sportello', '', 0)");
    for (int n = 0; n < kNetworkCount; ++n) {
        sqlite3_bind_int(account.get(), 1, n + 1);
        RawDatabase::bindText(account.get(), 2, networkKey(n + 1));
        const QString handle = QString::fromUtf8(kNetworks[n].account);
        RawDatabase::bindText(account.get(), 3, handle);
        if (!db.step(account.get()))
            return R::failure(db.error());
    }
    auto customer = db.prepare(
        "INSERT INTO customers (id, display_name, external_ref, created_at) VALUES (?, ?, ?, ?)");
    auto identity = db.prepare("INSERT INTO identities (id, customer_id, network, external_id, "
                               "handle, display_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto caseRow = db.prepare(
        "INSERT INTO cases (id, customer_id, account_id, network, visibility, conversation_key, "
        "status, category, priority, language, opened_at, last_message_at, "
        "first_response_due_at, due_at, inbound_count) "
        "VALUES (?, ?, ?, ?, ?, ?, 'new', 'none', ?, 'it', ?, ?, ?, ?, 1)");
    auto event = db.prepare("INSERT INTO case_events (case_id, at, actor, kind, detail) VALUES "
                            "(?, ?, 'triage', 'opened', "
                            "'{\"category\":\"none\",\"language\":\"it\",\"priority\":\"high\"}')");
    auto message = db.prepare(kInsertMessage);
    for (const auto *statement : {&customer, &identity, &caseRow, &event, &message}) {
        if (!*statement)
            return R::failure(db.error());
    }

    // What ingest would decide for each item, in the store's own id order.
    struct Plan
    {
        qint64 customer = 0; // to insert before the identity; 0: it exists
        qint64 identity = 0; // to insert; 0: it exists
        qint64 identityRow = 0;
        qint64 customerOfIdentity = 0;
        bool opensCase = false;
    };
    QHash<QString, qint64> customerByRef;
    // As the store knows an identity: by network and the network's id for the person (two
    // generated people can share a WhatsApp number, as two real ones share a phone).
    QHash<std::pair<qint64, QString>, std::pair<qint64, qint64>> identityRows; // -> row, customer
    qint64 customers = 0;
    qint64 lastCase = 0;
    std::vector<Plan> plans;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto decide = [&](const Batch &batch) {
        plans.assign(size_t(batch.items.size()), Plan{});
        for (qsizetype i = 0; i < batch.items.size(); ++i) {
            const InboundItem &item = batch.items.at(i);
            const RowIds &ids = batch.ids[size_t(i)];
            Plan &plan = plans[size_t(i)];
            if (ids.identityId) {
                const std::pair<qint64, QString> key{ids.accountId, item.author.id};
                auto known = identityRows.find(key);
                if (known == identityRows.end()) {
                    qint64 owner =
                        item.customerRef.isEmpty() ? 0 : customerByRef.value(item.customerRef, 0);
                    if (!owner) {
                        owner = plan.customer = ++customers;
                        if (!item.customerRef.isEmpty())
                            customerByRef.insert(item.customerRef, owner);
                    }
                    plan.identity = qint64(identityRows.size()) + 1;
                    known = identityRows.insert(key, std::pair{plan.identity, owner});
                }
                plan.identityRow = known->first;
                plan.customerOfIdentity = known->second;
            }
            plan.opensCase = ids.caseId > lastCase;
            lastCase = std::max(lastCase, ids.caseId);
        }
    };
    auto write = [&](const Batch &batch) {
        for (qsizetype i = 0; i < batch.items.size(); ++i) {
            const InboundItem &item = batch.items.at(i);
            const RowIds &ids = batch.ids[size_t(i)];
            const Plan &plan = plans[size_t(i)];
            const qint64 sentAt = item.time.toMSecsSinceEpoch();
            if (plan.customer) {
                sqlite3_bind_int64(customer.get(), 1, plan.customer);
                RawDatabase::bindText(customer.get(), 2, item.author.name);
                if (item.customerRef.isEmpty())
                    sqlite3_bind_null(customer.get(), 3);
                else
                    RawDatabase::bindText(customer.get(), 3, item.customerRef);
                sqlite3_bind_int64(customer.get(), 4, now);
                if (!db.step(customer.get()))
                    return false;
            }
            if (plan.identity) {
                sqlite3_bind_int64(identity.get(), 1, plan.identity);
                sqlite3_bind_int64(identity.get(), 2, plan.customerOfIdentity);
                RawDatabase::bindText(identity.get(), 3, networkKey(ids.accountId));
                RawDatabase::bindText(identity.get(), 4, item.author.id);
                RawDatabase::bindText(identity.get(), 5, item.author.handle);
                RawDatabase::bindText(identity.get(), 6, item.author.name);
                sqlite3_bind_int64(identity.get(), 7, now);
                if (!db.step(identity.get()))
                    return false;
            }
            if (plan.opensCase) {
                const qint64 due = sentAt + 30 * 60 * 1000;
                sqlite3_bind_int64(caseRow.get(), 1, ids.caseId);
                sqlite3_bind_int64(caseRow.get(), 2, plan.customerOfIdentity);
                sqlite3_bind_int64(caseRow.get(), 3, ids.accountId);
                RawDatabase::bindText(caseRow.get(), 4, networkKey(ids.accountId));
                RawDatabase::bindText(caseRow.get(), 5, keyText(item.visibility));
                RawDatabase::bindText(caseRow.get(), 6, item.conversationId);
                sqlite3_bind_int(caseRow.get(), 7, 2);
                sqlite3_bind_int64(caseRow.get(), 8, sentAt);
                sqlite3_bind_int64(caseRow.get(), 9, sentAt);
                sqlite3_bind_int64(caseRow.get(), 10, due);
                sqlite3_bind_int64(caseRow.get(), 11, due);
                sqlite3_bind_int64(event.get(), 1, ids.caseId);
                sqlite3_bind_int64(event.get(), 2, now);
                if (!db.step(caseRow.get()) || !db.step(event.get()))
                    return false;
            }
            bindMessage(message.get(), item, ids, plan.identityRow, now);
            if (!db.step(message.get()))
                return false;
        }
        return true;
    };
    return timedInserts(db, vocabulary, messages, decide, write);
}

// The baseline earlier versions of this bench compared against: the messages alone, on a
// table with the messages table's columns, unique key and timeline index. Printed beside the
// ratio so the figures stay comparable across versions.
Result<BaselineFigures> messagesOnlyBaseline(const QString &path, const Vocabulary &vocabulary,
                                             qint64 messages)
{
    using R = Result<BaselineFigures>;
    RawDatabase db;
    if (QString e = db.open(path); !e.isEmpty())
        return R::failure(e);
    // The store's page size, set before anything is written: it speeds plain inserts as well.
    const QByteArray pageSize =
        "PRAGMA page_size = " + QByteArray::number(SqliteConnection::kNewFilePageSize);
    if (QString e = db.exec(pageSize.constData()); !e.isEmpty())
        return R::failure(e);
    for (const char *sql : {
             "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL",
             "CREATE TABLE messages (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, "
             "network_id TEXT NOT NULL, case_id INTEGER NOT NULL, direction TEXT NOT NULL, "
             "visibility TEXT NOT NULL, author_identity_id INTEGER, text TEXT NOT NULL, "
             "sent_at INTEGER NOT NULL, utc_offset_s INTEGER NOT NULL DEFAULT 0, "
             "conversation_id TEXT NOT NULL DEFAULT '', reply_to TEXT NOT NULL DEFAULT '', "
             "raw TEXT NOT NULL DEFAULT '', ingested_at INTEGER NOT NULL, "
             "UNIQUE (account_id, network_id))",
             "CREATE INDEX messages_timeline ON messages (sent_at, id)",
         }) {
        if (QString e = db.exec(sql); !e.isEmpty())
            return R::failure(e);
    }
    auto insert = db.prepare(kInsertMessage);
    if (!insert)
        return R::failure(db.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return timedInserts(
        db, vocabulary, messages, [](const Batch &) {},
        [&](const Batch &batch) {
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                const RowIds &ids = batch.ids[size_t(i)];
                bindMessage(insert.get(), batch.items.at(i), ids, ids.identityId, now);
                if (!db.step(insert.get()))
                    return false;
            }
            return true;
        });
}

template <typename F> double medianMs(int runs, F &&f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(millis(t));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// Nearest rank: with 20 samples p99 is the slowest query, which is what an agent remembers.
double percentile(std::vector<double> sorted, double p)
{
    std::sort(sorted.begin(), sorted.end());
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

struct QueryFigures
{
    double pageFirstMs = 0;
    double pageDeepMs = 0;
    double searchP50Ms = 0;
    double searchP99Ms = 0;
};

Result<QueryFigures> measureQueries(const QString &path, const Vocabulary &v)
{
    using R = Result<QueryFigures>;
    auto opened = SqliteCaseStore::open(path);
    if (!opened)
        return R::failure(opened.error());
    std::unique_ptr<SqliteCaseStore> store = opened.takeValue();
    QueryFigures figures;

    const TimelineFilter all;
    const int page = TimelineModel::kPageSize;
    QElapsedTimer t;
    t.start();
    auto count = store->timelineCount(all);
    if (!count)
        return R::failure(count.error());
    // The model's reset counts the rows before its first page: part of open-to-first-page.
    progress(QStringLiteral("  timelineCount: %1 ms").arg(millis(t), 0, 'f', 1));
    t.restart();
    auto anchors = store->timelineAnchors(all, page);
    if (!anchors)
        return R::failure(anchors.error());
    progress(QStringLiteral("  %1 rows, %2 anchors built in %3 ms (not part of the page time)")
                 .arg(count.value())
                 .arg(anchors.value().size())
                 .arg(millis(t), 0, 'f', 1));

    QString failure;
    auto pageAt = [&](std::optional<TimelineKey> after) {
        auto rows = store->timelinePage(all, after, page);
        if (!rows)
            failure = rows.error();
        else if (rows.value().size() != page && count.value() > 10 * page)
            failure = QStringLiteral("a page came back with %1 rows").arg(rows.value().size());
    };
    figures.pageFirstMs = medianMs(kPageRuns, [&] { pageAt(std::nullopt); });
    // Page k+1 starts right after anchor k: the row at 90% depth.
    const qsizetype k = std::clamp<qsizetype>(qsizetype(0.9 * double(count.value()) / page) - 1, 0,
                                              std::max<qsizetype>(0, anchors.value().size() - 1));
    std::optional<TimelineKey> deep;
    if (!anchors.value().isEmpty())
        deep = anchors.value().at(k);
    figures.pageDeepMs = medianMs(kPageRuns, [&] { pageAt(deep); });
    if (!failure.isEmpty())
        return R::failure(failure);
    progress(QStringLiteral("  page at row 0: %1 ms, at row %2: %3 ms (median of %4)")
                 .arg(figures.pageFirstMs, 0, 'f', 3)
                 .arg((k + 1) * page)
                 .arg(figures.pageDeepMs, 0, 'f', 3)
                 .arg(kPageRuns));

    // Common words (top 200), medium (ranks 1,000-6,000) and rare (15,000-29,000), alone and
    // in pairs. The store treats the last word as a prefix, as when an agent is still typing.
    const int n = v.size();
    const QStringList queries{
        QStringLiteral("conto"),
        QStringLiteral("carta"),
        QStringLiteral("bonifico"),
        QStringLiteral("app"),
        QStringLiteral("carta bloccata"),
        QStringLiteral("non funziona"),
        QStringLiteral("bonifico istantaneo"),
        v.word(1000),
        v.word(2500),
        v.word(6000),
        QStringLiteral("conto ") + v.word(1500),
        v.word(800) + QLatin1Char(' ') + v.word(3000),
        v.word(15000),
        v.word(22000),
        v.word(n - 1),
        QStringLiteral("carta ") + v.word(25000),
        v.word(18000) + QLatin1Char(' ') + v.word(27000),
        v.word(4000) + QLatin1Char(' ') + v.word(20000),
        QStringLiteral("truffa ") + v.word(12000),
        QStringLiteral("problema"),
    };
    // The statement is prepared once per connection; the first query pays that, not a search.
    (void)store->searchMessages(QStringLiteral("zzzz"), 20);
    std::vector<double> ms;
    for (const QString &q : queries) {
        QElapsedTimer s;
        s.start();
        auto hits = store->searchMessages(q, 20);
        ms.push_back(millis(s));
        if (!hits)
            return R::failure(hits.error());
        progress(QStringLiteral("  search \"%1\": %2 hits, %3 ms")
                     .arg(q)
                     .arg(hits.value().size())
                     .arg(ms.back(), 0, 'f', 2));
    }
    figures.searchP50Ms = percentile(ms, 0.5);
    figures.searchP99Ms = percentile(ms, 0.99);
    return figures;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// The child process: what the GUI's timeline costs on this database, on its own.
int measureModel(const QString &path)
{
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    TimelineModel model(sqliteStoreFactory(path, nullptr));
    std::optional<double> openMs;
    QString failure;
    QObject::connect(&model, &TimelineModel::loaded, [&] {
        if (!openMs)
            openMs = millis(sinceOpen);
    });
    QObject::connect(&model, &TimelineModel::loadFailed, [&](const QString &e) { failure = e; });
    // WaitForMoreEvents below must wake now and then even if the loader never answers.
    QTimer tick;
    tick.start(100);
    model.setFilter({});
    QElapsedTimer deadline;
    deadline.start();
    auto waitFor = [&](auto &&done) {
        while (!done()) {
            if (!failure.isEmpty() || deadline.elapsed() > 30 * 60 * 1000)
                return false;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        return true;
    };
    if (!waitFor([&] { return openMs.has_value(); })) {
        progress(QStringLiteral("model: %1")
                     .arg(failure.isEmpty() ? QStringLiteral("timed out") : failure));
        return 2;
    }
    progress(QStringLiteral("  model: %1 rows, first page after %2 ms")
                 .arg(model.rowCount())
                 .arg(*openMs, 0, 'f', 1));

    // Scroll to the end one page at a time, as a long drag of the scroll bar would: every
    // page is read once and the page cache cycles through its LRU many times over.
    QElapsedTimer walk;
    walk.start();
    const int rows = model.rowCount();
    for (int row = 0; row < rows; row += TimelineModel::kPageSize) {
        const QModelIndex first = model.index(row, TimelineModel::TextColumn);
        const QModelIndex last = model.index(std::min(rows - 1, row + TimelineModel::kPageSize - 1),
                                             TimelineModel::TextColumn);
        if (!waitFor([&] { return model.data(first, TimelineModel::LoadedRole).toBool(); })) {
            progress(QStringLiteral("model: row %1: %2").arg(row).arg(failure));
            return 2;
        }
        (void)model.data(first);
        (void)model.data(last);
        (void)model.data(model.index(row, TimelineModel::AgeColumn));
    }
    const double rss = peakRssMb();
    progress(QStringLiteral("  model: walked %1 rows in %2 s, %3 pages cached, VmHWM %4 MB")
                 .arg(rows)
                 .arg(double(walk.elapsed()) / 1000, 0, 'f', 1)
                 .arg(model.cachedPageCount())
                 .arg(rss, 0, 'f', 1));
    std::printf("{\"rss_mb_after_scroll\": %.1f, \"open_to_first_page_ms\": %.1f}\n", rss, *openMs);
    std::fflush(stdout);
    return 0;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

int runBench(qint64 messages, const QString &dbOption, bool keep)
{
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/sportello-bench-XXXXXX"));
    if (!temp.isValid()) {
        progress(QStringLiteral("sportello-bench: cannot create a temporary folder"));
        return 2;
    }
    temp.setAutoRemove(!keep);
    const QString path = dbOption.isEmpty() ? temp.filePath(QStringLiteral("sportello-bench.db"))
                                            : QFileInfo(dbOption).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        // The bench needs a fresh file, and must never wipe somebody's real case history.
        progress(QStringLiteral("sportello-bench: %1 already exists; give a new path").arg(path));
        return 3;
    }
    const QString rawPath = temp.filePath(QStringLiteral("raw-baseline.db"));
    const QString rawAfterPath = temp.filePath(QStringLiteral("raw-baseline-after.db"));
    const QString messagesOnlyPath = temp.filePath(QStringLiteral("raw-messages-only.db"));
    auto cleanUp = [&] {
        if (keep) {
            progress(QStringLiteral("kept %1, %2, %3 and %4")
                         .arg(path, rawPath, rawAfterPath, messagesOnlyPath));
            return;
        }
        for (const QString &p : {path, rawPath, rawAfterPath, messagesOnlyPath})
            removeDatabase(p);
    };

    const Vocabulary vocabulary;
    progress(QStringLiteral("sportello-bench: %1 messages, vocabulary of %2 words")
                 .arg(messages)
                 .arg(vocabulary.size()));

    auto runBaseline = [&](const QString &what, const QString &file, auto &&baselineFunction) {
        progress(QStringLiteral("raw SQLite baseline, %1, into %2").arg(what, file));
        auto baseline = baselineFunction(file, vocabulary, messages);
        if (!baseline) {
            progress(QStringLiteral("baseline: %1").arg(baseline.error()));
            return std::optional<BaselineFigures>();
        }
        progress(QStringLiteral("  %1 msgs/s (%2 s; CPU %3 us/msg)")
                     .arg(double(messages) / baseline.value().seconds, 0, 'f', 0)
                     .arg(baseline.value().seconds, 0, 'f', 1)
                     .arg(baseline.value().cpuSeconds * 1e6 / double(messages), 0, 'f', 1));
        if (!keep)
            removeDatabase(file);
        return std::optional<BaselineFigures>(baseline.value());
    };
    const auto baseline = runBaseline(QStringLiteral("the same rows"), rawPath, sameRowsBaseline);
    const auto messagesOnly =
        runBaseline(QStringLiteral("the messages alone"), messagesOnlyPath, messagesOnlyBaseline);
    if (!baseline || !messagesOnly) {
        cleanUp();
        return 2;
    }
    const double messagesOnlyRate = double(messages) / messagesOnly->seconds;

    progress(QStringLiteral("ingest into %1 (batches of %2, generator on its own thread)")
                 .arg(path)
                 .arg(kBatchSize));
    auto ingest = ingestAll(path, vocabulary, messages);
    if (!ingest) {
        progress(QStringLiteral("ingest: %1").arg(ingest.error()));
        cleanUp();
        return 2;
    }
    const double ingestRate = double(messages) / ingest.value().seconds;
    progress(QStringLiteral("  %1 msgs/s (%2 s, %3 s of it waiting for the generator; ingest "
                            "thread CPU %4 us/msg, %5x the baseline's CPU per row)")
                 .arg(ingestRate, 0, 'f', 0)
                 .arg(ingest.value().seconds, 0, 'f', 1)
                 .arg(ingest.value().waitedForGenerator, 0, 'f', 1)
                 .arg(ingest.value().cpuSeconds * 1e6 / double(messages), 0, 'f', 1)
                 .arg(ingest.value().cpuSeconds / baseline->cpuSeconds, 0, 'f', 1));

    // The same baseline again, after ingest: this machine's speed drifts by a fifth or more
    // over a minute, and a baseline on each side of ingest keeps a slow stretch from landing on
    // one side of the ratio only.
    const auto baselineAfter =
        runBaseline(QStringLiteral("the same rows, after ingest"), rawAfterPath, sameRowsBaseline);
    if (!baselineAfter) {
        cleanUp();
        return 2;
    }
    const double rawRate = 2 * double(messages) / (baseline->seconds + baselineAfter->seconds);
    progress(QStringLiteral("  same-rows baseline on both sides of ingest: %1 msgs/s")
                 .arg(rawRate, 0, 'f', 0));

    progress(QStringLiteral("timeline pages and search"));
    auto queries = measureQueries(path, vocabulary);
    if (!queries) {
        progress(QStringLiteral("queries: %1").arg(queries.error()));
        cleanUp();
        return 2;
    }

    progress(QStringLiteral("timeline model, in a fresh process"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-model"), path});
    child.waitForFinished(-1);
    const QJsonObject model = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || model.isEmpty()) {
        progress(QStringLiteral("model measurement failed (exit code %1)").arg(child.exitCode()));
        cleanUp();
        return 2;
    }
    cleanUp();

    const QueryFigures &q = queries.value();
    std::printf(
        "{\"messages\": %lld, \"ingest_msgs_per_s\": %.0f, \"raw_insert_msgs_per_s\": %.0f, "
        "\"ingest_ratio\": %.3f, \"page_first_ms\": %.3f, \"page_depth_900k_ms\": %.3f, "
        "\"search_p50_ms\": %.2f, \"search_p99_ms\": %.2f, \"rss_mb_after_scroll\": %.1f, "
        "\"open_to_first_page_ms\": %.1f, \"raw_messages_only_msgs_per_s\": %.0f, "
        "\"ingest_ratio_messages_only\": %.3f}\n",
        static_cast<long long>(messages), ingestRate, rawRate, ingestRate / rawRate, q.pageFirstMs,
        q.pageDeepMs, q.searchP50Ms, q.searchP99Ms,
        model.value(QStringLiteral("rss_mb_after_scroll")).toDouble(),
        model.value(QStringLiteral("open_to_first_page_ms")).toDouble(), messagesOnlyRate,
        ingestRate / messagesOnlyRate);
    std::fflush(stdout);
    return 0;
}

} // namespace
} // namespace sportello

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sportello-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds a store of N generated messages through ingest and measures it; prints one "
        "JSON object."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("How many messages (default 1000000)."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Where to build the database (a new file)."),
                                QStringLiteral("PATH"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the databases instead of deleting them."));
    QCommandLineOption measure(QStringLiteral("measure-model"),
                               QStringLiteral("Child mode: open a timeline model on PATH."),
                               QStringLiteral("PATH"));
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({messages, db, keep, measure});
    parser.process(app);

    if (parser.isSet(measure))
        return sportello::measureModel(parser.value(measure));
    bool ok = false;
    const qint64 n = parser.value(messages).toLongLong(&ok);
    if (!ok || n < 1) {
        sportello::progress(QStringLiteral("sportello-bench: --messages wants a positive number"));
        return 3;
    }
    return sportello::runBench(n, parser.value(db), parser.isSet(keep));
}
