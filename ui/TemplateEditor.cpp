#include "TemplateEditor.h"

#include "ReplyVariables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sportello {

TemplateEditor::TemplateEditor(const TemplateLibrary &library,
                               const QList<TemplateVariable> &variables,
                               const QHash<QString, QString> &bankSettings,
                               std::shared_ptr<const ReplyChecker> checker, QWidget *parent)
    : QDialog(parent), m_templates(library.templates()), m_checker(std::move(checker))
{
    setWindowTitle(tr("Templates and variables"));
    auto *tabs = new QTabWidget(this);

    auto *templatesPage = new QSplitter(Qt::Horizontal, tabs);
    auto *left = new QWidget(templatesPage);
    auto *leftLayout = new QVBoxLayout(left);
    m_listModel = new QStandardItemModel(this);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("templateEditorList"));
    m_list->setModel(m_listModel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *newButton = new QPushButton(tr("&New template"), left);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(newButton);

    auto *form = new QWidget(templatesPage);
    auto *formLayout = new QFormLayout(form);
    m_key = new QLineEdit(form);
    m_language = new QComboBox(form);
    m_language->addItem(tr("Italian"), QStringLiteral("it"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_title = new QLineEdit(form);
    m_tags = new QLineEdit(form);
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_body = new QPlainTextEdit(form);
    m_x = new QPlainTextEdit(form);
    m_facebook = new QPlainTextEdit(form);
    m_instagram = new QPlainTextEdit(form);
    for (QPlainTextEdit *e : {m_x, m_facebook, m_instagram}) {
        e->setPlaceholderText(tr("Empty: the text above is used"));
        e->setMaximumHeight(70);
    }
    m_retired = new QCheckBox(tr("Retired (no longer offered to agents)"), form);
    m_checks = new QLabel(form);
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::PlainText);
    auto *saveButton = new QPushButton(tr("&Save template"), form);
    formLayout->addRow(tr("Key"), m_key);
    formLayout->addRow(tr("Language"), m_language);
    formLayout->addRow(tr("Title"), m_title);
    formLayout->addRow(tr("Tags"), m_tags);
    formLayout->addRow(tr("Text"), m_body);
    formLayout->addRow(tr("X variant"), m_x);
    formLayout->addRow(tr("Facebook variant"), m_facebook);
    formLayout->addRow(tr("Instagram variant"), m_instagram);
    formLayout->addRow(QString(), m_retired);
    formLayout->addRow(tr("Checks"), m_checks);
    formLayout->addRow(QString(), saveButton);
    templatesPage->addWidget(left);
    templatesPage->addWidget(form);
    templatesPage->setStretchFactor(1, 2);
    tabs->addTab(templatesPage, tr("Templates"));

    m_variablesModel = new QStandardItemModel(0, 3, this);
    m_variablesModel->setHorizontalHeaderLabels({tr("Variable"), tr("Meaning"), tr("Value")});
    auto addRow = [this](const QString &name, const QString &meaning, const QString &value,
                         const QString &settingKey) {
        auto *n = new QStandardItem(QStringLiteral("{{%1}}").arg(name));
        n->setEditable(false);
        n->setData(name, Qt::UserRole);
        n->setData(settingKey, Qt::UserRole + 1);
        auto *m = new QStandardItem(meaning);
        m->setEditable(false);
        m_variablesModel->appendRow({n, m, new QStandardItem(value)});
    };
    addRow(QStringLiteral("service_hours"), tr("The team's service hours"),
           bankSettings.value(ReplyVariables::kServiceHoursKey), ReplyVariables::kServiceHoursKey);
    addRow(QStringLiteral("bank_phone"), tr("The bank's public phone number"),
           bankSettings.value(ReplyVariables::kBankPhoneKey), ReplyVariables::kBankPhoneKey);
    for (const TemplateVariable &v : variables)
        addRow(v.name, v.description, v.defaultValue, QString());
    m_variables = new QTableView(tabs);
    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setModel(m_variablesModel);
    m_variables->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_variables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();
    tabs->addTab(m_variables, tr("Variables"));
    connect(m_variablesModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() != 2)
            return;
        const QStandardItem *name = m_variablesModel->item(item->row(), 0);
        const QString settingKey = name->data(Qt::UserRole + 1).toString();
        if (!settingKey.isEmpty())
            emit settingSaved(settingKey, item->text().trimmed());
        else
            emit variableSaved({name->data(Qt::UserRole).toString(),
                                m_variablesModel->item(item->row(), 1)->text(),
                                item->text().trimmed()});
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    for (const ReplyTemplate &t : std::as_const(m_templates)) {
        auto *item = new QStandardItem(
            QStringLiteral("%1 [%2]%3")
                .arg(t.title, t.language, t.retired ? tr(" (retired)") : QString()));
        m_listModel->appendRow(item);
    }
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) { showTemplate(i.row()); });
    connect(newButton, &QPushButton::clicked, this, &TemplateEditor::newTemplate);
    connect(saveButton, &QPushButton::clicked, this, &TemplateEditor::save);
    for (QPlainTextEdit *e : {m_body, m_x, m_facebook, m_instagram})
        connect(e, &QPlainTextEdit::textChanged, this, &TemplateEditor::recheck);
    if (!m_templates.isEmpty())
        m_list->setCurrentIndex(m_listModel->index(0, 0));
    resize(980, 680);
}

void TemplateEditor::showTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    const ReplyTemplate &t = m_templates.at(row);
    m_key->setText(t.key);
    m_key->setReadOnly(true);
    m_language->setCurrentIndex(m_language->findData(t.language));
    m_language->setEnabled(false);
    m_title->setText(t.title);
    m_tags->setText(t.tags.join(QStringLiteral(", ")));
    m_body->setPlainText(t.body);
    m_x->setPlainText(t.variants.value(QStringLiteral("x")));
    m_facebook->setPlainText(t.variants.value(QStringLiteral("facebook")));
    m_instagram->setPlainText(t.variants.value(QStringLiteral("instagram")));
    m_retired->setChecked(t.retired);
}

void TemplateEditor::newTemplate()
{
    m_list->clearSelection();
    for (QLineEdit *e : {m_key, m_title, m_tags})
        e->clear();
    for (QPlainTextEdit *e : {m_body, m_x, m_facebook, m_instagram})
        e->clear();
    m_key->setReadOnly(false);
    m_language->setEnabled(true);
    m_retired->setChecked(false);
    m_key->setFocus();
}

ReplyTemplate TemplateEditor::current() const
{
    ReplyTemplate t;
    t.key = m_key->text().trimmed();
    t.language = m_language->currentData().toString();
    t.title = m_title->text().trimmed();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.tags << tag.trimmed();
    t.body = m_body->toPlainText().trimmed();
    const QList<QPair<QString, QPlainTextEdit *>> variants{
        {QStringLiteral("x"), m_x},
        {QStringLiteral("facebook"), m_facebook},
        {QStringLiteral("instagram"), m_instagram}};
    for (const auto &[network, edit] : variants) {
        if (!edit->toPlainText().trimmed().isEmpty())
            t.variants.insert(network, edit->toPlainText().trimmed());
    }
    t.retired = m_retired->isChecked();
    return t;
}

void TemplateEditor::recheck()
{
    // The same checks as a reply, on each text for its channel; variables are not an error here.
    QStringList problems;
    const ReplyTemplate t = current();
    const QList<QPair<Network, QString>> texts{
        {Network::WhatsApp, t.body},
        {Network::X, t.variants.value(QStringLiteral("x"))},
        {Network::Facebook, t.variants.value(QStringLiteral("facebook"))},
        {Network::Instagram, t.variants.value(QStringLiteral("instagram"))}};
    for (const auto &[network, text] : texts) {
        if (text.isEmpty())
            continue;
        QString sample = text;
        sample.replace(QRegularExpression(QStringLiteral("\\{\\{\\s*[a-z_]+\\s*\\}\\}")),
                       QStringLiteral("Xxxxxxxxxx"));
        const CheckResult r = m_checker->check(
            sample, {network,
                     network == Network::WhatsApp ? Visibility::Private : Visibility::Public,
                     {},
                     {}});
        for (const StyleFinding &f : r.style)
            problems << tr("%1: “%2”: %3")
                            .arg(toKey(network), sample.mid(f.start, f.end - f.start), f.message);
        if (!r.blockingPersonalData.isEmpty())
            problems << tr("%1: personal data in the text").arg(toKey(network));
        if (r.length.over())
            problems << tr("%1: too long (%2 of %3)")
                            .arg(toKey(network))
                            .arg(r.length.used)
                            .arg(r.length.limit);
    }
    m_checks->setText(problems.isEmpty() ? tr("No problems found.")
                                         : problems.join(QLatin1Char('\n')));
}

void TemplateEditor::save()
{
    const ReplyTemplate t = current();
    // The library's own parser is the judge of what a valid template is.
    QJsonObject variants;
    for (auto it = t.variants.begin(); it != t.variants.end(); ++it)
        variants.insert(it.key(), it.value());
    QJsonArray custom;
    for (int row = 0; row < m_variablesModel->rowCount(); ++row) {
        const QString name = m_variablesModel->item(row, 0)->data(Qt::UserRole).toString();
        if (m_variablesModel->item(row, 0)->data(Qt::UserRole + 1).toString().isEmpty())
            custom.append(QJsonObject{{QStringLiteral("name"), name},
                                      {QStringLiteral("description"), QStringLiteral("-")}});
    }
    const QJsonObject doc{
        {QStringLiteral("version"), 1},
        {QStringLiteral("custom_variables"), custom},
        {QStringLiteral("templates"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), t.key},
                                {QStringLiteral("language"), t.language},
                                {QStringLiteral("title"), t.title},
                                {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
                                {QStringLiteral("body"), t.body},
                                {QStringLiteral("variants"), variants},
                                {QStringLiteral("retired"), t.retired}}}}};
    QString error;
    if (!TemplateLibrary::fromJson(QJsonDocument(doc).toJson(), &error)) {
        m_checks->setText(tr("Not saved: %1").arg(error));
        return;
    }
    bool replaced = false;
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates[i].key == t.key && m_templates[i].language == t.language) {
            m_templates[i] = t;
            m_listModel->item(int(i))->setText(
                QStringLiteral("%1 [%2]%3")
                    .arg(t.title, t.language, t.retired ? tr(" (retired)") : QString()));
            replaced = true;
        }
    }
    if (!replaced) {
        m_templates.append(t);
        m_listModel->appendRow(
            new QStandardItem(QStringLiteral("%1 [%2]").arg(t.title, t.language)));
    }
    emit templateSaved(t);
    m_checks->setText(tr("Saved."));
}

} // namespace sportello
