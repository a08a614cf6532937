#include "DashboardWindow.h"

#include "Labels.h"
#include "SqliteConnection.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace sportello {

namespace {

// Inbound and outbound keep the same colours in every chart.
const QColor kInbound(0x2b, 0x6c, 0xb0);
const QColor kOutbound(0xe0, 0x8a, 0x1e);
const QColor kSingle(0x3c, 0x8d, 0x6e);

QString number(const std::optional<double> &value, int decimals = 1)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString whole(qint64 value)
{
    return QLocale().toString(value);
}

// A tidy top for a value axis: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QTableWidget *readOnlyTable(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool numeric)
{
    auto *item = new QTableWidgetItem(text);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

// One figure as a bar chart, and the same numbers as a table for those who prefer reading
// (and for screen readers, which cannot read a chart).
class ReportChartPanel : public QFrame
{
    Q_DECLARE_TR_FUNCTIONS(ReportChartPanel)
public:
    struct Series
    {
        QString name;
        QColor colour;
        QList<qint64> values;
    };

    ReportChartPanel(const QString &title, QWidget *parent) : QFrame(parent)
    {
        setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 8);
        layout->addWidget(sectionTitle(title, this));
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        m_chart = new QChart;
        m_chart->setMargins(QMargins(2, 2, 2, 2));
        m_chart->setBackgroundRoundness(0);
        m_chart->legend()->setAlignment(Qt::AlignBottom);
        m_chartView = new QChartView(m_chart, m_tabs);
        m_chartView->setRenderHint(QPainter::Antialiasing);
        m_chartView->setMinimumHeight(200);
        m_table = new QTableWidget(m_tabs);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setAlternatingRowColors(true);
        m_tabs->addTab(m_chartView, tr("Chart"));
        m_tabs->addTab(m_table, tr("Table"));
        layout->addWidget(m_tabs);
        m_chartView->setAccessibleName(title);
        m_table->setAccessibleName(title);
    }

    // Horizontal bars leave room for long category names (networks).
    void show(const QStringList &categories, const QList<Series> &series,
              Qt::Orientation orientation = Qt::Vertical)
    {
        const bool horizontal = orientation == Qt::Horizontal;
        m_chart->removeAllSeries();
        for (QAbstractAxis *axis : m_chart->axes())
            m_chart->removeAxis(axis);
        // Inbound and outbound stack: the bar's height is the whole volume.
        QAbstractBarSeries *bars = nullptr;
        if (series.size() > 1 && horizontal)
            bars = new QHorizontalStackedBarSeries;
        else if (series.size() > 1)
            bars = new QStackedBarSeries;
        else if (horizontal)
            bars = new QHorizontalBarSeries;
        else
            bars = new QBarSeries;
        // Read from the top, as a list: the first category on the top bar.
        QStringList order = categories;
        QList<Series> ordered = series;
        if (horizontal) {
            std::reverse(order.begin(), order.end());
            for (Series &s : ordered)
                std::reverse(s.values.begin(), s.values.end());
        }
        QList<qint64> totals(categories.size(), 0);
        for (const Series &s : ordered) {
            auto *set = new QBarSet(s.name);
            set->setColor(s.colour);
            set->setBorderColor(s.colour);
            for (qsizetype i = 0; i < s.values.size(); ++i) {
                set->append(double(s.values.at(i)));
                if (i < totals.size())
                    totals[i] += s.values.at(i);
            }
            bars->append(set);
        }
        const qint64 top = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
        bars->setBarWidth(0.75);
        m_chart->addSeries(bars);
        // Past a dozen categories (hours) a label per bar does not fit: a value axis labels
        // every third one at its bar; the table has them all.
        QAbstractAxis *x = nullptr;
        if (categories.size() > 12) {
            auto *sparse = new QCategoryAxis;
            sparse->setRange(-0.5, double(categories.size()) - 0.5);
            sparse->setStartValue(-0.5);
            sparse->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            for (qsizetype i = 0; i < categories.size(); i += 3)
                sparse->append(categories.at(i).toHtmlEscaped(), double(i));
            x = sparse;
        } else {
            auto *named = new QBarCategoryAxis;
            // Axis labels are rich text: "< 1 h" would vanish unescaped.
            for (const QString &c : order)
                named->append(c.toHtmlEscaped());
            x = named;
        }
        x->setTruncateLabels(false); // "Messenger" in full, not "..."
        m_chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        bars->attachAxis(x);
        auto *y = new QValueAxis;
        // Whole ticks only: counts have no fractions.
        const double ceiling = niceCeiling(double(top));
        y->setRange(0, ceiling);
        y->setLabelFormat(QStringLiteral("%d"));
        y->setTickCount(int(std::min(ceiling, 5.0)) + 1);
        m_chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        bars->attachAxis(y);
        m_chart->legend()->setVisible(series.size() > 1);

        m_table->clear();
        m_table->setRowCount(int(categories.size()));
        m_table->setColumnCount(int(series.size()));
        QStringList headers;
        for (const Series &s : series)
            headers << s.name;
        m_table->setHorizontalHeaderLabels(headers);
        m_table->setVerticalHeaderLabels(categories);
        for (int c = 0; c < series.size(); ++c) {
            for (int r = 0; r < categories.size(); ++r)
                m_table->setItem(r, c, cell(whole(series.at(c).values.value(r)), true));
        }
        m_table->resizeColumnsToContents();
    }

    QTableWidget *table() const { return m_table; }

private:
    QTabWidget *m_tabs;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableWidget *m_table;
};

namespace {

enum Preset
{
    Today,
    LastSevenDays,
    ThisMonth,
    LastMonth
};

// A big number with what it is and, under it, what it is made of.
QFrame *numberTile(const QString &caption, QLabel *&value, QLabel **detail, QWidget *parent,
                   const QString &objectName)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    // Equal widths whatever the numbers: a row of tiles reads as one line of figures.
    tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *title = new QLabel(caption, tile);
    title->setWordWrap(true);
    QPalette muted = title->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    title->setPalette(muted);
    value = new QLabel(QStringLiteral("–"), tile);
    value->setObjectName(objectName);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    value->setFont(big);
    value->setAccessibleDescription(caption);
    layout->addWidget(title);
    layout->addWidget(value);
    if (detail) {
        *detail = new QLabel(tile);
        (*detail)->setObjectName(objectName + QStringLiteral("Detail"));
        (*detail)->setPalette(muted);
        (*detail)->setWordWrap(true);
        layout->addWidget(*detail);
    }
    layout->addStretch();
    return tile;
}

} // namespace

DashboardWindow::DashboardWindow(QString databasePath, QList<AccountRecord> accounts,
                                 QStringList agents, QWidget *parent)
    : QMainWindow(parent), m_databasePath(std::move(databasePath)), m_accounts(std::move(accounts)),
      m_agents(std::move(agents)), m_zone(ReportQuery{}.zone),
      m_latest(std::make_shared<std::atomic<int>>(0))
{
    setWindowTitle(tr("Service levels"));
    m_pool.setMaxThreadCount(1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildNumbers());

    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    m_byNetwork = new ReportChartPanel(tr("Messages by network"), central);
    m_byHour = new ReportChartPanel(tr("Messages by hour of day"), central);
    m_byWeekday = new ReportChartPanel(tr("Messages by weekday"), central);
    m_backlogChart = new ReportChartPanel(tr("Backlog by age"), central);
    m_satisfactionChart = new ReportChartPanel(tr("Satisfaction"), central);
    m_byNetwork->setObjectName(QStringLiteral("byNetwork"));
    m_byHour->setObjectName(QStringLiteral("byHour"));
    m_byWeekday->setObjectName(QStringLiteral("byWeekday"));
    m_backlogChart->setObjectName(QStringLiteral("backlogByAge"));
    m_satisfactionChart->setObjectName(QStringLiteral("satisfactionDistribution"));
    charts->addWidget(m_byNetwork, 0, 0);
    charts->addWidget(m_byHour, 0, 1);
    charts->addWidget(m_byWeekday, 0, 2);
    charts->addWidget(m_backlogChart, 1, 0);
    charts->addWidget(m_satisfactionChart, 1, 1);
    charts->addWidget(buildTablesTab(), 1, 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    charts->setColumnStretch(2, 1);
    layout->addLayout(charts, 1);
    setCentralWidget(central);
    resize(1400, 900);

    applyPreset(ThisMonth);
}

DashboardWindow::~DashboardWindow()
{
    // Requests still queued skip their work; the one running finishes before m_pool goes.
    m_latest->store(-1);
}

QWidget *DashboardWindow::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(layout);

    auto dateEdit = [&](const QString &accessibleName) {
        auto *edit = new QDateEdit(bar);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setAccessibleName(accessibleName);
        connect(edit, &QDateEdit::dateChanged, this, &DashboardWindow::scheduleRefresh);
        return edit;
    };
    layout->addWidget(new QLabel(tr("From"), bar));
    m_from = dateEdit(tr("First day"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), bar));
    m_to = dateEdit(tr("Last day, included"));
    layout->addWidget(m_to);

    const QList<QPair<Preset, QString>> presets{{Today, tr("Today")},
                                                {LastSevenDays, tr("Last 7 days")},
                                                {ThisMonth, tr("This month")},
                                                {LastMonth, tr("Last month")}};
    for (const auto &[preset, label] : presets) {
        auto *button = new QToolButton(bar);
        button->setText(label);
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, p = preset] { applyPreset(p); });
        layout->addWidget(button);
    }
    layout->addStretch();
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("reportState"));
    layout->addWidget(m_state);
    m_export = new QPushButton(tr("Export CSV…"), bar);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &DashboardWindow::exportCsvInteractively);
    layout->addWidget(m_export);

    layout = new QHBoxLayout;
    layout->setSpacing(6);
    rows->addLayout(layout);

    auto combo = [&](const QString &label, const QString &objectName) {
        if (layout->count() > 0)
            layout->addSpacing(12);
        layout->addWidget(new QLabel(label, bar));
        auto *box = new QComboBox(bar);
        box->setObjectName(objectName);
        box->setAccessibleName(label);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return box;
    };
    m_network = combo(tr("Network"), QStringLiteral("networkFilter"));
    m_network->addItem(tr("All networks"));
    for (Network n : allNetworks())
        m_network->addItem(Labels::network(n), toKey(n));
    layout->addWidget(m_network);

    m_account = combo(tr("Account"), QStringLiteral("accountFilter"));
    m_account->addItem(tr("All accounts"), qint64(0));
    for (const AccountRecord &a : m_accounts)
        m_account->addItem(tr("%1 on %2")
                               .arg(a.displayName.isEmpty() ? a.handle : a.displayName,
                                    Labels::network(a.network)),
                           a.id);
    layout->addWidget(m_account);

    m_agent = combo(tr("Agent"), QStringLiteral("agentFilter"));
    m_agent->addItem(tr("Everyone"));
    for (const QString &agent : m_agents)
        m_agent->addItem(agent, agent);
    layout->addWidget(m_agent);

    m_category = combo(tr("Category"), QStringLiteral("categoryFilter"));
    m_category->addItem(tr("All categories"));
    for (Category c : allCategories())
        m_category->addItem(Labels::category(c), toKey(c));
    layout->addWidget(m_category);

    for (QComboBox *box : {m_network, m_account, m_agent, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWindow::scheduleRefresh);

    layout->addStretch();
    return bar;
}

QWidget *DashboardWindow::buildNumbers()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(numberTile(tr("First response, mean (min)"), m_responseMean, nullptr, row,
                                 QStringLiteral("firstResponseMean")));
    layout->addWidget(numberTile(tr("First response, median (min)"), m_responseMedian, nullptr, row,
                                 QStringLiteral("firstResponseMedian")));
    layout->addWidget(numberTile(tr("First response, 90th percentile (min)"), m_responseP90,
                                 nullptr, row, QStringLiteral("firstResponseP90")));
    layout->addWidget(numberTile(tr("Response rate"), m_responseRate, &m_responseRateDetail, row,
                                 QStringLiteral("responseRate")));
    layout->addWidget(
        numberTile(tr("SLA compliance"), m_sla, &m_slaDetail, row, QStringLiteral("sla")));
    layout->addWidget(
        numberTile(tr("Backlog at the end"), m_backlog, nullptr, row, QStringLiteral("backlog")));
    layout->addWidget(numberTile(tr("Satisfaction (1–5)"), m_satisfaction, &m_satisfactionDetail,
                                 row, QStringLiteral("satisfaction")));
    layout->addWidget(
        numberTile(tr("Reopened cases"), m_reopened, nullptr, row, QStringLiteral("reopened")));
    layout->addWidget(numberTile(tr("Messages received"), m_volume, &m_volumeDetail, row,
                                 QStringLiteral("volume")));
    return row;
}

QWidget *DashboardWindow::buildTablesTab()
{
    auto *panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(sectionTitle(tr("Task force and incidents"), panel));
    auto *tabs = new QTabWidget(panel);
    tabs->setDocumentMode(true);
    m_escalations = readOnlyTable(
        {tr("Department"), tr("Escalated"), tr("Answered"), tr("Turnaround (h)"), tr("Late")}, 0,
        tabs);
    m_escalations->setObjectName(QStringLiteral("escalations"));
    m_escalations->horizontalHeaderItem(3)->setToolTip(
        tr("Answered escalations: mean / median hours from hand-over to answer"));
    m_escalations->horizontalHeaderItem(4)->setToolTip(
        tr("Escalations still open after their due time"));
    m_escalations->setAccessibleName(tr("Escalations by department"));
    m_incidents = readOnlyTable(
        {tr("No."), tr("Incident"), tr("State"), tr("Opened"), tr("Linked cases")}, 1, tabs);
    m_incidents->setObjectName(QStringLiteral("incidents"));
    m_incidents->setAccessibleName(tr("Incidents opened in the period"));
    tabs->addTab(m_escalations, tr("Escalations"));
    tabs->addTab(m_incidents, tr("Incidents"));
    layout->addWidget(tabs);
    return panel;
}

void DashboardWindow::applyPreset(int preset)
{
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_zone).date();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (Preset(preset)) {
    case Today:
        setPeriod(today, today);
        break;
    case LastSevenDays:
        setPeriod(today.addDays(-6), today);
        break;
    case ThisMonth:
        setPeriod(firstOfMonth, today);
        break;
    case LastMonth:
        setPeriod(firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1));
        break;
    }
}

void DashboardWindow::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    scheduleRefresh();
}

ReportQuery DashboardWindow::currentQuery() const
{
    ReportQuery q;
    q.zone = m_zone;
    q.from = QDateTime(m_from->date(), QTime(0, 0), m_zone);
    q.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone);
    if (m_network->currentIndex() > 0)
        q.network = networkFromKey(m_network->currentData().toString());
    q.accountId = m_account->currentData().toLongLong();
    q.agent = m_agent->currentData().toString();
    if (m_category->currentIndex() > 0)
        q.category = categoryFromKey(m_category->currentData().toString());
    return q;
}

// Several controls change at once (a preset sets both dates): one computation for all.
void DashboardWindow::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void DashboardWindow::refresh()
{
    const int generation = ++m_generation;
    m_latest->store(generation);
    m_state->setText(tr("Computing…"));
    const ReportQuery query = currentQuery();
    const QString path = m_databasePath;
    auto latest = m_latest;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        present(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, query, generation, latest] {
        Outcome outcome;
        outcome.generation = generation;
        if (latest->load() != generation)
            return outcome; // a newer request came in while this one waited
        // A connection belongs to the thread that opened it: this one lives and dies here.
        auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        if (!connection) {
            outcome.error = connection.error();
            return outcome;
        }
        auto figures = ServiceReport::compute(connection.value()->database(), query);
        if (figures)
            outcome.figures = figures.takeValue();
        else
            outcome.error = figures.error();
        return outcome;
    }));
}

void DashboardWindow::present(const Outcome &outcome)
{
    if (outcome.generation != m_generation)
        return;
    if (outcome.figures)
        showFigures(*outcome.figures);
    else
        showError(outcome.error);
}

void DashboardWindow::showError(const QString &message)
{
    m_figures.reset();
    m_export->setEnabled(false);
    m_state->setText(tr("The figures could not be computed: %1").arg(message));
    emit computeFailed(message);
}

void DashboardWindow::showFigures(const ReportFigures &f)
{
    m_figures = f;
    m_export->setEnabled(true);
    m_state->setText(
        tr("Figures up to %1")
            .arg(QLocale().toString(f.judgedAt.toTimeZone(m_zone), QLocale::ShortFormat)));

    m_responseMean->setText(number(f.firstResponseMeanMinutes));
    m_responseMedian->setText(number(f.firstResponseMedianMinutes));
    m_responseP90->setText(number(f.firstResponseP90Minutes));
    m_responseRate->setText(f.responseRatePercent ? tr("%1%").arg(number(f.responseRatePercent))
                                                  : number(std::nullopt));
    m_responseRateDetail->setText(
        tr("%1 of %2 cases answered").arg(whole(f.casesAnswered), whole(f.casesOpened)));
    m_sla->setText(f.slaCompliancePercent ? tr("%1%").arg(number(f.slaCompliancePercent))
                                          : number(std::nullopt));
    m_slaDetail->setText(tr("%1 on time, %2 late").arg(whole(f.slaMet), whole(f.slaBreached)));
    m_backlog->setText(whole(f.backlog));
    m_satisfaction->setText(number(f.satisfactionAverage, 2));
    m_satisfactionDetail->setText(tr("%1 answers").arg(whole(f.satisfactionCount)));
    m_reopened->setText(whole(f.reopenedCases));
    m_volume->setText(whole(f.messages.inbound));
    m_volumeDetail->setText(tr("%1 sent").arg(whole(f.messages.outbound)));

    const QString in = tr("Inbound");
    const QString out = tr("Outbound");
    auto volumes = [&](auto begin, auto end) {
        ReportChartPanel::Series inbound{in, kInbound, {}};
        ReportChartPanel::Series outbound{out, kOutbound, {}};
        for (auto it = begin; it != end; ++it) {
            inbound.values << it->inbound;
            outbound.values << it->outbound;
        }
        return QList<ReportChartPanel::Series>{inbound, outbound};
    };
    QStringList networks;
    for (Network n : allNetworks())
        networks << Labels::network(n);
    m_byNetwork->show(networks, volumes(f.byNetwork.begin(), f.byNetwork.end()), Qt::Horizontal);
    QStringList hours;
    for (int h = 0; h < 24; ++h)
        hours << QString::number(h);
    m_byHour->show(hours, volumes(f.byHour.begin(), f.byHour.end()));
    QStringList weekdays;
    for (int d = 1; d <= 7; ++d)
        weekdays << QLocale().dayName(d, QLocale::ShortFormat);
    m_byWeekday->show(weekdays, volumes(f.byWeekday.begin(), f.byWeekday.end()));

    const QStringList ages{tr("< 1 h"), tr("1–4 h"), tr("4–24 h"), tr("1–3 d"), tr("> 3 d")};
    m_backlogChart->show(ages, {{tr("Active cases"), kSingle,
                                 QList<qint64>(f.backlogByAge.begin(), f.backlogByAge.end())}});
    m_satisfactionChart->show(
        {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
         QStringLiteral("5")},
        {{tr("Answers"), kSingle,
          QList<qint64>(f.satisfactionDistribution.begin(), f.satisfactionDistribution.end())}});

    m_escalations->setRowCount(int(f.escalations.size()));
    for (int r = 0; r < f.escalations.size(); ++r) {
        const DepartmentEscalations &d = f.escalations.at(r);
        m_escalations->setItem(r, 0, cell(d.name, false));
        m_escalations->setItem(r, 1, cell(whole(d.escalated), true));
        m_escalations->setItem(r, 2, cell(whole(d.answered), true));
        m_escalations->setItem(
            r, 3,
            cell(tr("%1 / %2").arg(number(d.meanTurnaroundHours), number(d.medianTurnaroundHours)),
                 true));
        m_escalations->setItem(r, 4, cell(whole(d.openPastDue), true));
    }
    m_incidents->setRowCount(int(f.incidents.size()));
    for (int r = 0; r < f.incidents.size(); ++r) {
        const IncidentFigures &i = f.incidents.at(r);
        m_incidents->setItem(r, 0, cell(QString::number(i.id), true));
        m_incidents->setItem(r, 1, cell(i.title, false));
        m_incidents->setItem(r, 2, cell(i.state, false));
        m_incidents->setItem(
            r, 3,
            cell(QLocale().toString(i.openedAt.toTimeZone(m_zone), QLocale::ShortFormat), false));
        m_incidents->setItem(r, 4, cell(whole(i.linkedCases), true));
    }
    emit figuresShown();
}

void DashboardWindow::exportCsvInteractively()
{
    if (!m_figures)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("service-levels-%1-%2.csv")
                    .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DashboardWindow::exportCsv(const QString &path)
{
    if (!m_figures)
        return;
    // QSaveFile syncs the file to disk before it renames it into place, which takes a while on
    // a slow or network folder: the writing runs on a pool thread and the window stays live.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString problem = watcher->result();
        if (problem.isEmpty()) {
            m_state->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
            emit csvExported(path, true);
            return;
        }
        m_state->clear();
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Export CSV"),
            tr("The figures could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportError"));
        box->setInformativeText(problem);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit csvExported(path, false);
    });
    m_state->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    watcher->setFuture(QtConcurrent::run([csv = toCsv(*m_figures).toUtf8(), path] {
        // Written beside the target and renamed at the end: a full disk or a refused folder
        // leaves the old file (or none) in place, never half a report.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace sportello
