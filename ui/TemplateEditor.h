#pragma once

#include "ReplyChecker.h"
#include "ReplyTemplate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace sportello {

// The administrator's view of the template library: create, edit, tag and retire templates,
// each text checked like a reply; and the values of the variables templates use.
class TemplateEditor : public QDialog
{
    Q_OBJECT
public:
    TemplateEditor(const TemplateLibrary &library, const QList<TemplateVariable> &variables,
                   const QHash<QString, QString> &bankSettings,
                   std::shared_ptr<const ReplyChecker> checker, QWidget *parent = nullptr);

signals:
    void templateSaved(const sportello::ReplyTemplate &t);
    void variableSaved(const sportello::TemplateVariable &v);
    void settingSaved(const QString &key, const QString &value);

private:
    void showTemplate(int row);
    void newTemplate();
    void save();
    void recheck();
    ReplyTemplate current() const;

    QList<ReplyTemplate> m_templates;
    std::shared_ptr<const ReplyChecker> m_checker;
    QListView *m_list;
    QStandardItemModel *m_listModel;
    QLineEdit *m_key;
    QComboBox *m_language;
    QLineEdit *m_title;
    QLineEdit *m_tags;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_x;
    QPlainTextEdit *m_facebook;
    QPlainTextEdit *m_instagram;
    QCheckBox *m_retired;
    QLabel *m_checks;
    QTableView *m_variables;
    QStandardItemModel *m_variablesModel;
};

} // namespace sportello
