#pragma once

#include "ReplyTemplate.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace sportello {

// Type to filter by title, tag and body; arrows to move; Enter to insert.
class TemplatePicker : public QDialog
{
    Q_OBJECT
public:
    TemplatePicker(const TemplateLibrary &library, Network network, const QString &language,
                   QWidget *parent = nullptr);
    const ReplyTemplate *chosen() const { return m_chosen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void showPreview();
    const TemplateLibrary &m_library;
    Network m_network;
    QString m_language;
    QList<const ReplyTemplate *> m_shown;
    const ReplyTemplate *m_chosen = nullptr;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_preview;
};

} // namespace sportello
