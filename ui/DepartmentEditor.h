#pragma once

#include "Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace sportello {

// The administrator's list of task-force departments. It shows the list it is handed and
// asks for saves by signal; the caller saves and hands the list back (setDepartments), or the
// store's refusal (showError). A department is retired, never deleted: old escalations keep it.
class DepartmentEditor : public QDialog
{
    Q_OBJECT
public:
    explicit DepartmentEditor(QWidget *parent = nullptr);

    void setDepartments(const QList<DepartmentRecord> &departments);
    void showError(const QString &error);

    // The form, for the tests.
    QTableView *table() const { return m_table; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *contactEdit() const { return m_contact; }
    QSpinBox *deadlineBox() const { return m_deadline; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *retiredBox() const { return m_retired; }
    QPushButton *saveButton() const { return m_save; }

public slots:
    void newDepartment();
    void save();

signals:
    void saveRequested(const sportello::DepartmentRecord &department);

private:
    void showDepartment(int row);
    void updateSave();
    DepartmentRecord edited() const;
    QString problem() const; // why the form cannot be saved yet, empty when it can

    QList<DepartmentRecord> m_departments;
    qint64 m_editingId = 0; // 0: a new department
    QString m_pendingKey;   // selected again once the saved list comes back
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QSpinBox *m_deadline;
    QComboBox *m_unit;
    QCheckBox *m_retired;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_save;
};

} // namespace sportello
