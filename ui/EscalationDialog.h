#pragma once

#include "Records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sportello {

// Asks where a case goes and why. Escalate mode: department, level, urgency, reason, note.
// Move mode: another department and a reason; level and urgency stay as they are.
class EscalationDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Escalate,
        Move
    };

    // `current`: the department the case is with (left out in Move mode), 0 for none.
    EscalationDialog(Mode mode, const QList<DepartmentRecord> &departments, qint64 current,
                     QWidget *parent = nullptr);

    EscalationRequest request() const;
    Mode mode() const { return m_mode; }

    // For the caller and the tests: the fields, as a person would set them.
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *urgencyBox() const { return m_urgency; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    bool isComplete() const;

    // "16 h", "90 min": a department's answer deadline as the agent reads it.
    static QString deadlineText(int minutes);

private:
    void updateOk();

    Mode m_mode;
    QComboBox *m_department;
    QComboBox *m_level = nullptr;
    QComboBox *m_urgency = nullptr;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_empty;
    QDialogButtonBox *m_buttons;
};

// One piece of free text the action needs: the department's answer, or why.
// OK stays disabled while the text is blank.
class EscalationTextDialog : public QDialog
{
    Q_OBJECT
public:
    EscalationTextDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    QString text() const;
    QPlainTextEdit *edit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace sportello
