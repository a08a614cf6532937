#pragma once

#include "Domain.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sportello {

// A reply in the bank's own voice that an agent starts from and then personalises (see
// resources/templates/README.md for the file format and how to write one). The same key in
// Italian and English is the same reply in two languages, so the console can offer the
// customer's language without the agent searching twice.
struct ReplyTemplate
{
    QString key;      // stable id, shared by a template's translations: "ack_first"
    QString language; // "it" or "en"
    QString title;
    QStringList tags;
    QString body;                     // for every network without a variant of its own
    QHash<QString, QString> variants; // toKey(Network) -> text
    // Kept so that replies sent from it still name their template; never offered for new ones.
    bool retired = false;

    QString textFor(Network network) const; // the variant for that network, else body
};

// A value the administrator defines once for the whole bank (the app's name, a help page), so
// that a changed phone number is edited in one place instead of in every template.
struct TemplateVariable
{
    QString name;
    QString description;
    QString defaultValue;
};

// The bank's templates, checked on load so that a broken file is reported to the administrator
// instead of reaching a customer as "Ciao {{custmer_name}}". Immutable once loaded, so it can be
// read from any thread.
class TemplateLibrary
{
public:
    TemplateLibrary() = default; // an empty library: nothing to offer, nothing to search

    // Parses a library; on any error returns std::nullopt and sets *error to a clear English
    // message naming the template and the field.
    static std::optional<TemplateLibrary> fromJson(const QByteArray &json, QString *error);
    // The library shipped in resources (":/templates/templates.json"). An unusable resource is
    // logged as critical and gives an empty library: agents can still write replies by hand.
    static TemplateLibrary builtIn();
    // The library as the store holds it, already checked when it was saved.
    static TemplateLibrary fromTemplates(const QList<ReplyTemplate> &templates,
                                         const QList<TemplateVariable> &variables);
    // The names the console fills itself: customer_name, agent_name, agent_initials,
    // service_hours, private_channel, bank_phone.
    static const QStringList &builtInVariableNames();

    const QList<ReplyTemplate> &templates() const;
    const QList<TemplateVariable> &customVariables() const;
    const ReplyTemplate *find(const QString &key, const QString &language) const;

    // Filters as an agent types: every typed word must begin a word of the title, a tag or the
    // body, ignoring case and accents; titles outrank tags, which outrank bodies. Retired
    // templates are left out; an empty search lists every other template in file order.
    // The pointers stay valid as long as this library (or a copy of it) lives.
    QList<const ReplyTemplate *> search(const QString &typed, const QString &language = {}) const;

private:
    // Folded words of each template, prepared once so that searching on every keystroke does
    // not normalise the whole library again.
    struct SearchWords
    {
        QStringList title;
        QStringList tags;
        QStringList body;
    };

    void add(ReplyTemplate t);
    QList<ReplyTemplate> m_templates;
    QList<SearchWords> m_words; // parallel to m_templates
    QList<TemplateVariable> m_customVariables;
};

struct FilledText
{
    QString text; // with every known variable replaced
    // [start, end) UTF-16 spans of the {{variables}} left in text, e.g. for an empty value.
    QList<QPair<qsizetype, qsizetype>> unfilled;
    QStringList missing; // their names, each once, in order of first appearance
};

// Replaces {{name}} placeholders. A reply must never go out with a placeholder in it, so
// anything that cannot be filled stays visible for the agent instead of disappearing.
class TemplateFiller
{
public:
    // An empty or whitespace-only value leaves its placeholder unfilled, and so does a name
    // without a value. Values are inserted trimmed and verbatim: braces inside a value (a
    // display name like "{{agent_name}}") are never expanded and are not reported as unfilled.
    static FilledText fill(const QString &text, const QHash<QString, QString> &values);
    // Every {{...}} on one line still in a text the agent edited, whatever is inside it.
    static QList<QPair<qsizetype, qsizetype>> unfilledSpans(const QString &text);
};

} // namespace sportello
