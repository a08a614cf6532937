#include "ReplyTemplate.h"
#include "RulesFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <utility>

namespace sportello {
namespace {

using rulesfile::fail;
using rulesfile::lineAndColumn;
using rulesfile::onlyKnownKeys;
using rulesfile::quoted;

constexpr int kSupportedVersion = 1;
constexpr QStringView kOpen = u"{{";
constexpr QStringView kClose = u"}}";

// A title hit says most about what the agent is after, a tag was chosen by whoever wrote the
// template, a body hit may be incidental. A word typed in full beats a prefix at the same level,
// but never climbs a level.
constexpr int kTitleScore = 300;
constexpr int kTagScore = 200;
constexpr int kBodyScore = 100;
constexpr int kWholeWordBonus = 10;

// Lower-case so that {{Customer_Name}} and {{customer_name}} can never be two variables that
// an administrator confuses.
bool isVariableName(QStringView name)
{
    if (name.isEmpty() || name.front() < u'a' || name.front() > u'z')
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

bool isTemplateKey(QStringView key)
{
    return !key.isEmpty() && std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

std::optional<QString> requiredText(const QJsonObject &object, const QString &field,
                                    const QString &where, QString *error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        fail(error, QStringLiteral("%1: %2 is missing.").arg(where, quoted(field)));
        return std::nullopt;
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(error, QStringLiteral("%1: %2 must be a non-empty string.").arg(where, quoted(field)));
        return std::nullopt;
    }
    return value.toString();
}

// Checks the {{ }} of a template text strictly, so that a typo is caught when the library is
// loaded rather than by the pre-send check in front of an agent. Returns an empty string when
// every placeholder is well formed and names a known variable.
QString placeholderProblem(const QString &text, const QSet<QString> &known)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(kOpen, from);
        const qsizetype strayClose = text.indexOf(kClose, from);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            return QStringLiteral("\"}}\" at character %1 closes nothing; every variable is "
                                  "written {{name}}.")
                .arg(strayClose + 1);
        }
        if (open < 0)
            return {};
        const qsizetype close = text.indexOf(kClose, open + kOpen.size());
        if (close < 0) {
            return QStringLiteral("\"{{\" at character %1 is never closed with \"}}\".")
                .arg(open + 1);
        }
        const QStringView inside =
            QStringView(text).sliced(open + kOpen.size(), close - open - kOpen.size());
        if (inside.contains(kOpen)) {
            return QStringLiteral("\"{{\" at character %1 is not closed before the next \"{{\".")
                .arg(open + 1);
        }
        if (!isVariableName(inside)) {
            return QStringLiteral("{{%1}} at character %2 is not a variable name: use lower-case "
                                  "letters, digits and _ with no spaces, like {{customer_name}}.")
                .arg(inside.toString())
                .arg(open + 1);
        }
        if (!known.contains(inside.toString())) {
            QStringList names = known.values();
            names.sort();
            return QStringLiteral("unknown variable {{%1}} at character %2; known variables "
                                  "are %3 (declare new ones in \"custom_variables\").")
                .arg(inside.toString())
                .arg(open + 1)
                .arg(names.join(QStringLiteral(", ")));
        }
        from = close + kClose.size();
    }
    return {};
}

// The next {{...}} at or after `from`, as [start, end), or {-1, -1}. Lenient on purpose: after an
// agent's edits, "{{ nome }}" or "{{}}" must still be caught before sending. A placeholder never
// spans lines, so that a stray "{{" in one paragraph does not pair with a "}}" far below.
QPair<qsizetype, qsizetype> nextPlaceholder(const QString &text, qsizetype from)
{
    qsizetype start = text.indexOf(kOpen, from);
    while (start >= 0) {
        const qsizetype close = text.indexOf(kClose, start + kOpen.size());
        if (close < 0)
            break;
        const QStringView inside =
            QStringView(text).sliced(start + kOpen.size(), close - start - kOpen.size());
        const qsizetype reopen = inside.indexOf(kOpen);
        if (reopen >= 0) {
            start += kOpen.size() + reopen;
            continue;
        }
        const qsizetype lineBreak = std::max(inside.lastIndexOf(u'\n'), inside.lastIndexOf(u'\r'));
        if (lineBreak >= 0) {
            start = text.indexOf(kOpen, start + kOpen.size() + lineBreak + 1);
            continue;
        }
        return {start, close + kClose.size()};
    }
    return {-1, -1};
}

// Case and accents folded away ("Perché" -> "perche"), because agents type in a hurry and
// rarely with accents.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
            category != QChar::Mark_Enclosing)
            out += c;
    }
    return out.toCaseFolded();
}

QStringList foldedWords(const QString &text)
{
    QStringList words;
    QString current;
    for (QChar c : folded(text)) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// Sorted and unique, so that a prefix is looked up by bisection.
QStringList searchable(QStringList words)
{
    words.sort();
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

// Placeholders are not words the customer will read: without this, typing "name" would match
// every template through {{customer_name}}.
QString withoutPlaceholders(const QString &text)
{
    QString out;
    qsizetype from = 0;
    for (auto span = nextPlaceholder(text, 0); span.first >= 0;
         span = nextPlaceholder(text, from)) {
        out += QStringView(text).sliced(from, span.first - from);
        out += u' ';
        from = span.second;
    }
    out += QStringView(text).sliced(from);
    return out;
}

int fieldScore(const QStringList &sortedWords, const QString &typed, int base)
{
    const auto it = std::lower_bound(sortedWords.begin(), sortedWords.end(), typed);
    if (it == sortedWords.end() || !it->startsWith(typed))
        return 0;
    return base + (*it == typed ? kWholeWordBonus : 0);
}

} // namespace

QString ReplyTemplate::textFor(Network network) const
{
    const QString variant = variants.value(toKey(network));
    return variant.trimmed().isEmpty() ? body : variant;
}

const QStringList &TemplateLibrary::builtInVariableNames()
{
    static const QStringList names{
        QStringLiteral("customer_name"),   QStringLiteral("agent_name"),
        QStringLiteral("agent_initials"),  QStringLiteral("service_hours"),
        QStringLiteral("private_channel"), QStringLiteral("bank_phone"),
    };
    return names;
}

std::optional<TemplateLibrary> TemplateLibrary::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> parsed = rulesfile::topObject(
        json, QStringLiteral("Reply templates"), QStringLiteral("templates"), error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    const QString top = QStringLiteral("Reply templates");
    if (!onlyKnownKeys(root,
                       {QStringLiteral("version"), QStringLiteral("comment"),
                        QStringLiteral("custom_variables"), QStringLiteral("templates")},
                       top, error))
        return std::nullopt;
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.toInt(-1) != kSupportedVersion) {
        const QString found = version.isUndefined()
                                  ? QStringLiteral("it is missing")
                                  : QStringLiteral("found %1").arg(version.toVariant().toString());
        fail(error, QStringLiteral("%1: \"version\" must be %2 (%3).")
                        .arg(top)
                        .arg(kSupportedVersion)
                        .arg(found));
        return std::nullopt;
    }

    TemplateLibrary library;
    QSet<QString> known(builtInVariableNames().begin(), builtInVariableNames().end());

    const QJsonValue customValue = root.value(QStringLiteral("custom_variables"));
    if (!customValue.isUndefined() && !customValue.isArray()) {
        fail(error, QStringLiteral("%1: \"custom_variables\" must be an array.").arg(top));
        return std::nullopt;
    }
    const QJsonArray custom = customValue.toArray();
    for (qsizetype i = 0; i < custom.size(); ++i) {
        QString where = QStringLiteral("custom_variables[%1]").arg(i);
        if (!custom[i].isObject()) {
            fail(error, where + QStringLiteral(": must be an object."));
            return std::nullopt;
        }
        const QJsonObject entry = custom[i].toObject();
        if (!onlyKnownKeys(entry,
                           {QStringLiteral("name"), QStringLiteral("description"),
                            QStringLiteral("default"), QStringLiteral("comment")},
                           where, error))
            return std::nullopt;
        const std::optional<QString> name =
            requiredText(entry, QStringLiteral("name"), where, error);
        if (!name)
            return std::nullopt;
        where += QStringLiteral(" (%1)").arg(quoted(*name));
        if (!isVariableName(*name)) {
            fail(error, where + QStringLiteral(": a variable name uses lower-case letters, digits "
                                               "and _ only, and starts with a letter."));
            return std::nullopt;
        }
        if (builtInVariableNames().contains(*name)) {
            fail(error, where + QStringLiteral(": is built in; the console fills it itself."));
            return std::nullopt;
        }
        if (known.contains(*name)) {
            fail(error, where + QStringLiteral(": is declared twice."));
            return std::nullopt;
        }
        const std::optional<QString> description =
            requiredText(entry, QStringLiteral("description"), where, error);
        if (!description)
            return std::nullopt;
        const QJsonValue defaultValue = entry.value(QStringLiteral("default"));
        if (!defaultValue.isUndefined() && !defaultValue.isString()) {
            fail(error, where + QStringLiteral(": \"default\" must be a string."));
            return std::nullopt;
        }
        known.insert(*name);
        library.m_customVariables.append({*name, *description, defaultValue.toString()});
    }

    const QJsonValue templatesValue = root.value(QStringLiteral("templates"));
    if (!templatesValue.isArray()) {
        fail(error, QStringLiteral("%1: \"templates\" must be an array.").arg(top));
        return std::nullopt;
    }
    const QJsonArray templates = templatesValue.toArray();
    QHash<QPair<QString, QString>, qsizetype> seen; // (key, language) -> index
    for (qsizetype i = 0; i < templates.size(); ++i) {
        QString where = QStringLiteral("templates[%1]").arg(i);
        if (!templates[i].isObject()) {
            fail(error, where + QStringLiteral(": must be an object."));
            return std::nullopt;
        }
        const QJsonObject entry = templates[i].toObject();
        if (!onlyKnownKeys(entry,
                           {QStringLiteral("key"), QStringLiteral("language"),
                            QStringLiteral("title"), QStringLiteral("tags"), QStringLiteral("body"),
                            QStringLiteral("variants"), QStringLiteral("retired"),
                            QStringLiteral("comment")},
                           where, error))
            return std::nullopt;

        ReplyTemplate t;
        const std::optional<QString> key = requiredText(entry, QStringLiteral("key"), where, error);
        if (!key)
            return std::nullopt;
        if (!isTemplateKey(*key)) {
            fail(error, QStringLiteral("%1: \"key\" %2 may use lower-case letters, digits and _ "
                                       "only; it is stored with every reply sent from it.")
                            .arg(where, quoted(*key)));
            return std::nullopt;
        }
        const std::optional<QString> languageKey =
            requiredText(entry, QStringLiteral("language"), where, error);
        if (!languageKey)
            return std::nullopt;
        const std::optional<Language> language = languageFromKey(*languageKey);
        if (!language || *language == Language::Other) {
            fail(error, QStringLiteral("%1 (%2): \"language\" must be \"it\" or \"en\", not %3.")
                            .arg(where, quoted(*key), quoted(*languageKey)));
            return std::nullopt;
        }
        t.key = *key;
        t.language = toKey(*language);
        where += QStringLiteral(" (%1, %2)").arg(quoted(t.key), t.language);
        const auto id = qMakePair(t.key, t.language);
        if (const auto previous = seen.constFind(id); previous != seen.constEnd()) {
            fail(error, QStringLiteral("%1: duplicate of templates[%2]; each key appears once per "
                                       "language.")
                            .arg(where)
                            .arg(*previous));
            return std::nullopt;
        }
        seen.insert(id, i);

        const std::optional<QString> title =
            requiredText(entry, QStringLiteral("title"), where, error);
        if (!title)
            return std::nullopt;
        t.title = title->trimmed();

        const QJsonValue tags = entry.value(QStringLiteral("tags"));
        if (!tags.isArray()) {
            fail(error, where + QStringLiteral(": \"tags\" must be a list of words, such as "
                                               "[\"carta\", \"blocco carta\"]."));
            return std::nullopt;
        }
        for (const QJsonValue &tag : tags.toArray()) {
            if (!tag.isString() || tag.toString().trimmed().isEmpty()) {
                fail(error, where + QStringLiteral(": every tag must be a non-empty string."));
                return std::nullopt;
            }
            t.tags.append(tag.toString().trimmed());
        }

        const std::optional<QString> body =
            requiredText(entry, QStringLiteral("body"), where, error);
        if (!body)
            return std::nullopt;
        if (const QString problem = placeholderProblem(*body, known); !problem.isEmpty()) {
            fail(error, QStringLiteral("%1, \"body\": %2").arg(where, problem));
            return std::nullopt;
        }
        t.body = *body;

        const QJsonValue variants = entry.value(QStringLiteral("variants"));
        if (!variants.isUndefined() && !variants.isObject()) {
            fail(error, where + QStringLiteral(": \"variants\" must be an object such as "
                                               "{\"x\": \"...\"}."));
            return std::nullopt;
        }
        const QJsonObject variantObject = variants.toObject();
        for (auto it = variantObject.begin(); it != variantObject.end(); ++it) {
            const QString field = QStringLiteral("\"variants.%1\"").arg(it.key());
            const std::optional<Network> network = networkFromKey(it.key());
            if (!network) {
                QStringList networks;
                for (Network n : allNetworks())
                    networks.append(toKey(n));
                fail(error, QStringLiteral("%1, %2: unknown network; expected one of: %3.")
                                .arg(where, field, networks.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            const QString networkKey = toKey(*network);
            if (t.variants.contains(networkKey)) {
                fail(error, QStringLiteral("%1, %2: a second variant for %3.")
                                .arg(where, field, quoted(networkKey)));
                return std::nullopt;
            }
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                fail(error, QStringLiteral("%1, %2: must be a non-empty string (leave the network "
                                           "out to use the body).")
                                .arg(where, field));
                return std::nullopt;
            }
            const QString text = it.value().toString();
            if (const QString problem = placeholderProblem(text, known); !problem.isEmpty()) {
                fail(error, QStringLiteral("%1, %2: %3").arg(where, field, problem));
                return std::nullopt;
            }
            t.variants.insert(networkKey, text);
        }

        const QJsonValue retired = entry.value(QStringLiteral("retired"));
        if (!retired.isUndefined() && !retired.isBool()) {
            fail(error, where + QStringLiteral(": \"retired\" must be true or false."));
            return std::nullopt;
        }
        t.retired = retired.toBool(false);

        library.add(std::move(t));
    }
    return library;
}

void TemplateLibrary::add(ReplyTemplate t)
{
    QStringList tagWords;
    for (const QString &tag : std::as_const(t.tags))
        tagWords += foldedWords(tag);
    m_words.append({searchable(foldedWords(t.title)), searchable(tagWords),
                    searchable(foldedWords(withoutPlaceholders(t.body)))});
    m_templates.append(std::move(t));
}

TemplateLibrary TemplateLibrary::fromTemplates(const QList<ReplyTemplate> &templates,
                                               const QList<TemplateVariable> &variables)
{
    TemplateLibrary library;
    for (const ReplyTemplate &t : templates)
        library.add(t);
    library.m_customVariables = variables;
    return library;
}

TemplateLibrary TemplateLibrary::builtIn()
{
    // Parsed once: the resource cannot change while the program runs, and copies share data.
    static const TemplateLibrary shipped = [] {
        QFile file(QStringLiteral(":/templates/templates.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("Built-in reply templates missing, no templates will be offered: %s",
                      qUtf8Printable(file.errorString()));
            return TemplateLibrary();
        }
        QString error;
        std::optional<TemplateLibrary> library = fromJson(file.readAll(), &error);
        if (!library) {
            qCritical("Built-in reply templates unusable, no templates will be offered: %s",
                      qUtf8Printable(error));
            return TemplateLibrary();
        }
        return std::move(*library);
    }();
    return shipped;
}

const QList<ReplyTemplate> &TemplateLibrary::templates() const
{
    return m_templates;
}

const QList<TemplateVariable> &TemplateLibrary::customVariables() const
{
    return m_customVariables;
}

const ReplyTemplate *TemplateLibrary::find(const QString &key, const QString &language) const
{
    for (const ReplyTemplate &t : m_templates) {
        if (t.key == key && t.language == language)
            return &t;
    }
    return nullptr;
}

QList<const ReplyTemplate *> TemplateLibrary::search(const QString &typed,
                                                     const QString &language) const
{
    const QStringList words = foldedWords(typed);
    QList<QPair<int, qsizetype>> hits; // (score, index)
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const ReplyTemplate &t = m_templates[i];
        if (t.retired ||
            (!language.isEmpty() && t.language.compare(language, Qt::CaseInsensitive) != 0))
            continue;
        const SearchWords &w = m_words[i];
        int score = 0;
        for (const QString &word : words) {
            const int best = std::max({fieldScore(w.title, word, kTitleScore),
                                       fieldScore(w.tags, word, kTagScore),
                                       fieldScore(w.body, word, kBodyScore)});
            if (best == 0) {
                score = -1;
                break;
            }
            score += best;
        }
        if (score >= 0)
            hits.append({score, i});
    }
    // Stable, so that equal matches keep the order the administrator gave the file.
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<const ReplyTemplate *> result;
    result.reserve(hits.size());
    for (const auto &hit : std::as_const(hits))
        result.append(&m_templates[hit.second]);
    return result;
}

FilledText TemplateFiller::fill(const QString &text, const QHash<QString, QString> &values)
{
    FilledText result;
    result.text.reserve(text.size());
    qsizetype from = 0;
    // One pass over the template only: what a value inserts is never scanned again, so a
    // customer's display name cannot pull in other variables.
    for (auto span = nextPlaceholder(text, 0); span.first >= 0;
         span = nextPlaceholder(text, from)) {
        result.text += QStringView(text).sliced(from, span.first - from);
        const QStringView placeholder =
            QStringView(text).sliced(span.first, span.second - span.first);
        const QString name =
            placeholder.sliced(kOpen.size(), placeholder.size() - kOpen.size() - kClose.size())
                .trimmed()
                .toString();
        const QString value = values.value(name).trimmed();
        if (!value.isEmpty()) {
            result.text += value;
        } else {
            const qsizetype start = result.text.size();
            result.text += placeholder;
            result.unfilled.append({start, result.text.size()});
            if (!name.isEmpty() && !result.missing.contains(name))
                result.missing.append(name);
        }
        from = span.second;
    }
    result.text += QStringView(text).sliced(from);
    return result;
}

QList<QPair<qsizetype, qsizetype>> TemplateFiller::unfilledSpans(const QString &text)
{
    QList<QPair<qsizetype, qsizetype>> spans;
    for (auto span = nextPlaceholder(text, 0); span.first >= 0;
         span = nextPlaceholder(text, span.second))
        spans.append(span);
    return spans;
}

} // namespace sportello
