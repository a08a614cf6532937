#include "TemplatePicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace sportello {

TemplatePicker::TemplatePicker(const TemplateLibrary &library, Network network,
                               const QString &language, QWidget *parent)
    : QDialog(parent), m_library(library), m_network(network), m_language(language)
{
    setWindowTitle(tr("Insert a template"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setPlaceholderText(tr("Type to filter by title, tag or text"));
    m_filter->installEventFilter(this);
    m_model = new QStandardItemModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(140);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePicker::refilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TemplatePicker::showPreview);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        const int row = m_list->currentIndex().row();
        m_chosen = row >= 0 && row < m_shown.size() ? m_shown.at(row) : nullptr;
    });
    refilter();
    resize(560, 520);
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows in the filter move through the list: the hands stay on the keyboard.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row =
                std::clamp(m_list->currentIndex().row() + step, 0, int(m_shown.size()) - 1);
            m_list->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePicker::refilter()
{
    m_shown = m_library.search(m_filter->text(), m_language);
    if (m_shown.isEmpty() && !m_language.isEmpty())
        m_shown = m_library.search(m_filter->text());
    m_model->clear();
    for (const ReplyTemplate *t : std::as_const(m_shown)) {
        auto *item =
            new QStandardItem(QStringLiteral("%1  [%2] %3")
                                  .arg(t->title, t->language, t->tags.join(QStringLiteral(", "))));
        m_model->appendRow(item);
    }
    if (!m_shown.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, 0));
    showPreview();
}

void TemplatePicker::showPreview()
{
    const int row = m_list->currentIndex().row();
    m_preview->setPlainText(row >= 0 && row < m_shown.size() ? m_shown.at(row)->textFor(m_network)
                                                             : QString());
}

} // namespace sportello
