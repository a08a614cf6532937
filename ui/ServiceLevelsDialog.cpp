#include "ServiceLevelsDialog.h"

#include "Labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sportello {

namespace {

const Visibility visibilities[] = {Visibility::Public, Visibility::Private};

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

ServiceLevelsDialog::ServiceLevelsDialog(const ServiceLevels &current, QWidget *parent)
    : QDialog(parent), m_value(current)
{
    setWindowTitle(tr("Service levels"));
    auto *tabs = new QTabWidget(this);

    // Targets: 8 networks x 2 visibilities is small enough for plain spin boxes, which keep
    // every cell reachable with Tab and typeable without opening an editor.
    auto *targetsPage = new QWidget(tabs);
    auto *targetsLayout = new QVBoxLayout(targetsPage);
    auto *targetsBox = new QGroupBox(tr("First reply within (service minutes)"), targetsPage);
    auto *grid = new QGridLayout(targetsBox);
    grid->addWidget(new QLabel(tr("Network"), targetsBox), 0, 0);
    for (int v = 0; v < 2; ++v)
        grid->addWidget(new QLabel(Labels::visibility(visibilities[v]), targetsBox), 0, v + 1);
    const QList<Network> networks = allNetworks();
    Q_ASSERT(networks.size() == networkCount);
    for (int n = 0; n < networkCount; ++n) {
        auto *label = new QLabel(Labels::network(networks[n]), targetsBox);
        grid->addWidget(label, n + 1, 0);
        for (int v = 0; v < 2; ++v) {
            auto *spin = new QSpinBox(targetsBox);
            spin->setRange(1, ServiceLevels::maxTargetMinutes);
            spin->setSuffix(tr(" min"));
            spin->setValue(current.targetMinutes(networks[n], visibilities[v]));
            spin->setAccessibleName(Labels::network(networks[n]) + u' ' +
                                    Labels::visibility(visibilities[v]));
            grid->addWidget(spin, n + 1, v + 1);
            m_targets[n][v] = spin;
            if (v == 0)
                label->setBuddy(spin);
        }
    }
    targetsLayout->addWidget(targetsBox);
    auto *warningForm = new QFormLayout;
    m_dueSoon = new QSpinBox(targetsPage);
    m_dueSoon->setRange(0, ServiceLevels::maxDueSoonMinutes);
    m_dueSoon->setSuffix(tr(" min"));
    m_dueSoon->setValue(current.dueSoonMinutes());
    warningForm->addRow(tr("&Warn before the target:"), m_dueSoon);
    targetsLayout->addLayout(warningForm);
    targetsLayout->addStretch(1);
    tabs->addTab(targetsPage, tr("&Targets"));

    auto *hoursPage = new QWidget(tabs);
    auto *hoursLayout = new QVBoxLayout(hoursPage);
    auto *weekBox = new QGroupBox(tr("Weekly hours"), hoursPage);
    auto *weekForm = new QFormLayout(weekBox);
    const ServiceHours &hours = current.hours();
    m_zone = new QLineEdit(QString::fromUtf8(hours.timeZone().id()), weekBox);
    m_zone->setToolTip(tr("An IANA time zone name, such as Europe/Rome."));
    weekForm->addRow(tr("Time &zone:"), m_zone);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const auto day = static_cast<Qt::DayOfWeek>(d);
        auto *edit = new QLineEdit(ServiceHours::formatIntervals(hours.intervals(day)), weekBox);
        edit->setPlaceholderText(tr("closed"));
        edit->setToolTip(tr("For example 08:00-13:00, 14:00-20:00; leave empty when closed."));
        weekForm->addRow(capitalized(locale().dayName(d, QLocale::LongFormat)) + u':', edit);
        m_days[d - 1] = edit;
    }
    hoursLayout->addWidget(weekBox);

    auto *holidayBox = new QGroupBox(tr("Holidays (closed all day)"), hoursPage);
    auto *holidayLayout = new QVBoxLayout(holidayBox);
    m_holidays = new QListWidget(holidayBox);
    m_holidays->setObjectName(QStringLiteral("serviceHolidays"));
    m_holidays->setAccessibleName(tr("Holidays"));
    auto *addRow = new QHBoxLayout;
    m_newHoliday = new QLineEdit(holidayBox);
    m_newHoliday->setPlaceholderText(tr("MM-DD every year, or YYYY-MM-DD once"));
    m_newHoliday->setAccessibleName(tr("New holiday"));
    m_addHoliday = new QPushButton(tr("&Add"), holidayBox);
    m_removeHoliday = new QPushButton(tr("&Remove"), holidayBox);
    addRow->addWidget(m_newHoliday, 1);
    addRow->addWidget(m_addHoliday);
    addRow->addWidget(m_removeHoliday);
    m_easterMonday = new QCheckBox(tr("Easter &Monday (computed every year)"), holidayBox);
    m_easterMonday->setChecked(hours.easterMonday());
    holidayLayout->addWidget(m_holidays, 1);
    holidayLayout->addLayout(addRow);
    holidayLayout->addWidget(m_easterMonday);
    hoursLayout->addWidget(holidayBox, 1);
    tabs->addTab(hoursPage, tr("Service &hours"));
    showHolidays(hours);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("serviceLevelsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (const auto &row : m_targets)
        for (QSpinBox *spin : row)
            connect(spin, &QSpinBox::valueChanged, this, &ServiceLevelsDialog::revalidate);
    connect(m_dueSoon, &QSpinBox::valueChanged, this, &ServiceLevelsDialog::revalidate);
    connect(m_zone, &QLineEdit::textChanged, this, &ServiceLevelsDialog::revalidate);
    for (QLineEdit *edit : m_days)
        connect(edit, &QLineEdit::textChanged, this, &ServiceLevelsDialog::revalidate);
    connect(m_easterMonday, &QCheckBox::toggled, this, &ServiceLevelsDialog::revalidate);
    m_newHoliday->installEventFilter(this);
    m_holidays->installEventFilter(this);
    connect(m_addHoliday, &QPushButton::clicked, this, &ServiceLevelsDialog::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &ServiceLevelsDialog::removeHoliday);
    connect(m_newHoliday, &QLineEdit::textChanged, this, &ServiceLevelsDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceLevelsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceLevelsDialog::reject);
    revalidate();
}

Result<ServiceLevels> ServiceLevelsDialog::parse() const
{
    using R = Result<ServiceLevels>;
    ServiceLevels levels;
    const QList<Network> networks = allNetworks();
    for (int n = 0; n < networkCount; ++n) {
        for (int v = 0; v < 2; ++v) {
            if (Status s =
                    levels.setTargetMinutes(networks[n], visibilities[v], m_targets[n][v]->value());
                !s)
                return R::failure(s.error());
        }
    }
    if (Status s = levels.setDueSoonMinutes(m_dueSoon->value()); !s)
        return R::failure(s.error());

    ServiceHours hours;
    if (Status s = hours.setTimeZone(m_zone->text().trimmed().toUtf8()); !s)
        return R::failure(s.error());
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const QString dayName = capitalized(locale().dayName(d, QLocale::LongFormat));
        auto intervals = ServiceHours::parseIntervals(m_days[d - 1]->text());
        if (!intervals)
            return R::failure(tr("%1: %2").arg(dayName, intervals.error()));
        if (Status s = hours.setIntervals(static_cast<Qt::DayOfWeek>(d), intervals.takeValue()); !s)
            return R::failure(tr("%1: %2").arg(dayName, s.error()));
    }
    QList<MonthDay> recurring;
    QList<QDate> oneOff;
    for (int i = 0; i < m_holidays->count(); ++i) {
        MonthDay md;
        QDate date;
        if (Status s = ServiceHours::parseHoliday(m_holidays->item(i)->text(), &md, &date); !s)
            return R::failure(s.error());
        if (date.isValid())
            oneOff << date;
        else
            recurring << md;
    }
    hours.setRecurringHolidays(recurring);
    hours.setOneOffHolidays(oneOff);
    hours.setEasterMonday(m_easterMonday->isChecked());
    if (!hours.hasServiceTime())
        return R::failure(tr("Enter the hours of at least one weekday: with every day closed "
                             "no target could ever be met."));
    levels.setHours(std::move(hours));
    return levels;
}

void ServiceLevelsDialog::revalidate()
{
    const Result<ServiceLevels> parsed = parse();
    m_problem = parsed.ok() ? QString() : parsed.error();
    // A date typed but not yet added would be lost on OK; say so rather than drop it.
    const QString pending = m_newHoliday->text().trimmed();
    if (m_problem.isEmpty() && !pending.isEmpty()) {
        MonthDay md;
        QDate date;
        const Status s = ServiceHours::parseHoliday(pending, &md, &date);
        m_problem =
            s ? tr("Press Add to add the holiday %1, or clear the field.").arg(pending) : s.error();
    }
    m_error->setText(m_problem);
    m_error->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    m_removeHoliday->setEnabled(m_holidays->count() > 0);
}

void ServiceLevelsDialog::accept()
{
    revalidate();
    if (!m_problem.isEmpty())
        return;
    m_value = parse().takeValue();
    QDialog::accept();
}

bool ServiceLevelsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the holiday field adds the date instead of pressing OK; Delete in the list
    // removes the selected one.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (watched == m_newHoliday && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            addHoliday();
            return true;
        }
        if (watched == m_holidays && key == Qt::Key_Delete) {
            removeHoliday();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ServiceLevelsDialog::addHoliday()
{
    MonthDay md;
    QDate date;
    if (!ServiceHours::parseHoliday(m_newHoliday->text(), &md, &date)) {
        revalidate(); // shows why
        return;
    }
    ServiceHours hours;
    QList<MonthDay> recurring;
    QList<QDate> oneOff;
    for (int i = 0; i < m_holidays->count(); ++i) {
        MonthDay existingDay;
        QDate existingDate;
        if (ServiceHours::parseHoliday(m_holidays->item(i)->text(), &existingDay, &existingDate)) {
            if (existingDate.isValid())
                oneOff << existingDate;
            else
                recurring << existingDay;
        }
    }
    if (date.isValid())
        oneOff << date;
    else
        recurring << md;
    hours.setRecurringHolidays(recurring);
    hours.setOneOffHolidays(oneOff);
    showHolidays(hours);
    const QString added =
        date.isValid() ? ServiceHours::formatHoliday(date) : ServiceHours::formatHoliday(md);
    const auto matches = m_holidays->findItems(added, Qt::MatchExactly);
    if (!matches.isEmpty())
        m_holidays->setCurrentItem(matches.first());
    m_newHoliday->clear();
    revalidate();
}

void ServiceLevelsDialog::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0)
        return;
    delete m_holidays->takeItem(row);
    revalidate();
}

void ServiceLevelsDialog::showHolidays(const ServiceHours &hours)
{
    m_holidays->clear();
    for (const MonthDay &md : hours.recurringHolidays())
        m_holidays->addItem(ServiceHours::formatHoliday(md));
    for (const QDate &date : hours.oneOffHolidays())
        m_holidays->addItem(ServiceHours::formatHoliday(date));
}

} // namespace sportello
