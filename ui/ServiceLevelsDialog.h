#pragma once

#include "ServiceLevels.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sportello {

// The administrator's editor for the service levels: first-reply targets, the warning lead,
// the weekly hours and the holidays. It only edits a value; whoever opened it saves value().
// OK stays disabled while anything fails to parse, and the reason is shown in the dialog.
class ServiceLevelsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServiceLevelsDialog(const ServiceLevels &current, QWidget *parent = nullptr);

    // The edited service levels; meaningful after accept().
    ServiceLevels value() const { return m_value; }
    // Why the current input cannot be accepted; empty when it can.
    QString problem() const { return m_problem; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<ServiceLevels> parse() const;
    void revalidate();
    void addHoliday();
    void removeHoliday();
    void showHolidays(const ServiceHours &hours);

    static constexpr int networkCount = 8;
    std::array<std::array<QSpinBox *, 2>, networkCount> m_targets{};
    QSpinBox *m_dueSoon;
    QLineEdit *m_zone;
    std::array<QLineEdit *, 7> m_days{};
    QListWidget *m_holidays;
    QLineEdit *m_newHoliday;
    QPushButton *m_addHoliday;
    QPushButton *m_removeHoliday;
    QCheckBox *m_easterMonday;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    ServiceLevels m_value;
    QString m_problem;
};

} // namespace sportello
