#include "ServiceHours.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace sportello {

namespace {

const char *const weekdayKeys[] = {"monday", "tuesday",  "wednesday", "thursday",
                                   "friday", "saturday", "sunday"};

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// "24:00" is accepted so a day can run to midnight; seconds are not: nobody plans a shift
// to the second and allowing them would make the JSON round-trip lossy.
std::optional<int> parseMinute(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

Status checkNoOverlap(const QList<ServiceInterval> &sorted)
{
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted[i].startMinute < sorted[i - 1].endMinute)
            return Status::failure(ServiceHours::tr("%1 and %2 overlap.")
                                       .arg(quoted(ServiceHours::formatIntervals({sorted[i - 1]})),
                                            quoted(ServiceHours::formatIntervals({sorted[i]}))));
    }
    return {};
}

void sortIntervals(QList<ServiceInterval> &intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const ServiceInterval &a, const ServiceInterval &b) {
                  return a.startMinute < b.startMinute;
              });
}

} // namespace

ServiceHours::ServiceHours() : m_zone(QByteArrayLiteral("Europe/Rome")) {}

ServiceHours ServiceHours::defaults()
{
    ServiceHours h;
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        h.m_week[d - 1] = {{8 * 60, 20 * 60}};
    h.m_week[Qt::Saturday - 1] = {{9 * 60, 13 * 60}};
    // Capodanno, Epifania, Liberazione, Festa del Lavoro, Repubblica, Ferragosto, Ognissanti,
    // Immacolata, Natale, Santo Stefano.
    h.m_recurring = {{1, 1},  {1, 6},  {4, 25}, {5, 1},   {6, 2},
                     {8, 15}, {11, 1}, {12, 8}, {12, 25}, {12, 26}};
    h.m_easterMonday = true;
    return h;
}

Status ServiceHours::setTimeZone(const QByteArray &ianaId)
{
    // Qt's tz backend reads an id it has no file for as a POSIX rule, so "Rome" would be
    // "valid" and quietly mean UTC: an IANA name must be listed or at least be Area/Place.
    QTimeZone zone(ianaId);
    const bool known = QTimeZone::isTimeZoneIdAvailable(ianaId) || ianaId.contains('/');
    if (ianaId.isEmpty() || !known || !zone.isValid())
        return Status::failure(tr("Unknown time zone %1 (use a name such as Europe/Rome).")
                                   .arg(quoted(QString::fromUtf8(ianaId))));
    m_zone = zone;
    return {};
}

Status ServiceHours::setIntervals(Qt::DayOfWeek day, QList<ServiceInterval> intervals)
{
    for (const ServiceInterval &i : intervals) {
        if (i.startMinute < 0 || i.endMinute > 24 * 60 || i.endMinute <= i.startMinute)
            return Status::failure(tr("The interval %1 does not end after it starts.")
                                       .arg(quoted(formatIntervals({i}))));
    }
    sortIntervals(intervals);
    if (Status s = checkNoOverlap(intervals); !s)
        return s;
    m_week[day - 1] = std::move(intervals);
    return {};
}

void ServiceHours::setRecurringHolidays(QList<MonthDay> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_recurring = std::move(days);
}

void ServiceHours::setOneOffHolidays(QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    m_oneOff = std::move(dates);
}

QDate ServiceHours::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool ServiceHours::isHoliday(const QDate &date) const
{
    if (!date.isValid())
        return false;
    const MonthDay md{date.month(), date.day()};
    if (std::binary_search(m_recurring.begin(), m_recurring.end(), md))
        return true;
    if (std::binary_search(m_oneOff.begin(), m_oneOff.end(), date))
        return true;
    return m_easterMonday && date == easterSunday(date.year()).addDays(1);
}

QList<ServiceInterval> ServiceHours::intervalsOn(const QDate &date) const
{
    if (!date.isValid() || isHoliday(date))
        return {};
    return m_week[date.dayOfWeek() - 1];
}

bool ServiceHours::hasServiceTime() const
{
    return std::any_of(m_week.begin(), m_week.end(),
                       [](const QList<ServiceInterval> &day) { return !day.isEmpty(); });
}

bool ServiceHours::operator==(const ServiceHours &other) const
{
    return m_zone.id() == other.m_zone.id() && m_week == other.m_week &&
           m_recurring == other.m_recurring && m_oneOff == other.m_oneOff &&
           m_easterMonday == other.m_easterMonday;
}

QString ServiceHours::weekdayKey(Qt::DayOfWeek day)
{
    return QString::fromLatin1(weekdayKeys[day - 1]);
}

Result<QList<ServiceInterval>> ServiceHours::parseIntervals(const QString &text)
{
    QList<ServiceInterval> intervals;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return intervals;
    for (const QString &part : trimmed.split(u',')) {
        const QString piece = part.trimmed();
        const QStringList ends = piece.split(u'-');
        if (ends.size() != 2)
            return Result<QList<ServiceInterval>>::failure(
                tr("%1 is not an interval: write it as 08:00-13:00.").arg(quoted(piece)));
        const auto start = parseMinute(ends[0].trimmed());
        const auto end = parseMinute(ends[1].trimmed());
        for (const auto &[value, textual] : {std::pair{start, ends[0]}, std::pair{end, ends[1]}}) {
            if (!value)
                return Result<QList<ServiceInterval>>::failure(
                    tr("%1 is not a time: use HH:MM from 00:00 to 24:00.")
                        .arg(quoted(textual.trimmed())));
        }
        if (*end <= *start)
            return Result<QList<ServiceInterval>>::failure(
                tr("In %1 the end is not after the start.").arg(quoted(piece)));
        intervals.append({*start, *end});
    }
    sortIntervals(intervals);
    if (Status s = checkNoOverlap(intervals); !s)
        return Result<QList<ServiceInterval>>::failure(s.error());
    return intervals;
}

QString ServiceHours::formatIntervals(const QList<ServiceInterval> &intervals)
{
    QStringList parts;
    for (const ServiceInterval &i : intervals)
        parts << formatMinute(i.startMinute) + u'-' + formatMinute(i.endMinute);
    return parts.join(QStringLiteral(", "));
}

Status ServiceHours::parseHoliday(const QString &text, MonthDay *recurring, QDate *once)
{
    static const QRegularExpression monthDay(QStringLiteral("^(\\d{2})-(\\d{2})$"));
    static const QRegularExpression fullDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = monthDay.match(t); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        // A leap year, so that 02-29 is a valid yearly holiday.
        if (QDate(2000, month, day).isValid()) {
            *recurring = {month, day};
            *once = QDate();
            return {};
        }
    } else if (const auto m = fullDate.match(t); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid()) {
            *once = date;
            return {};
        }
    }
    return Status::failure(
        tr("%1 is not a date: use MM-DD for every year or YYYY-MM-DD for a single day.")
            .arg(quoted(t)));
}

QString ServiceHours::formatHoliday(const MonthDay &day)
{
    return QStringLiteral("%1-%2")
        .arg(day.month, 2, 10, QLatin1Char('0'))
        .arg(day.day, 2, 10, QLatin1Char('0'));
}

QString ServiceHours::formatHoliday(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Result<ServiceHours> ServiceHours::fromJson(const QJsonObject &json)
{
    using R = Result<ServiceHours>;
    static const QStringList known = {QStringLiteral("timeZone"), QStringLiteral("week"),
                                      QStringLiteral("holidays"), QStringLiteral("easterMonday")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return R::failure(tr("Service hours: unknown key %1 (allowed keys: %2).")
                                  .arg(quoted(it.key()), known.join(QStringLiteral(", "))));
    }

    ServiceHours hours;
    if (json.contains(QStringLiteral("timeZone"))) {
        const QJsonValue zone = json.value(QStringLiteral("timeZone"));
        if (!zone.isString())
            return R::failure(
                tr("Service hours: \"timeZone\" must be a name such as Europe/Rome."));
        if (Status s = hours.setTimeZone(zone.toString().toUtf8()); !s)
            return R::failure(tr("Service hours: %1").arg(s.error()));
    }

    const QJsonValue week = json.value(QStringLiteral("week"));
    if (!week.isUndefined() && !week.isObject())
        return R::failure(tr("Service hours: \"week\" must be an object with one list of "
                             "intervals per weekday, monday to sunday."));
    const QJsonObject weekObject = week.toObject();
    for (auto it = weekObject.begin(); it != weekObject.end(); ++it) {
        const auto *found =
            std::find(std::begin(weekdayKeys), std::end(weekdayKeys), it.key().toLatin1());
        if (found == std::end(weekdayKeys))
            return R::failure(tr("Service hours: unknown weekday %1 (use monday to sunday).")
                                  .arg(quoted(it.key())));
        const auto day = static_cast<Qt::DayOfWeek>(found - std::begin(weekdayKeys) + 1);
        if (!it.value().isArray())
            return R::failure(tr("Service hours, %1: write a list such as "
                                 "[\"08:00-13:00\", \"14:00-20:00\"], or [] when closed.")
                                  .arg(it.key()));
        QStringList pieces;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isString() || v.toString().contains(u','))
                return R::failure(tr("Service hours, %1: each interval must be a text such as "
                                     "\"08:00-13:00\".")
                                      .arg(it.key()));
            pieces << v.toString();
        }
        auto parsed = parseIntervals(pieces.join(u','));
        if (!parsed)
            return R::failure(tr("Service hours, %1: %2").arg(it.key(), parsed.error()));
        hours.m_week[day - 1] = parsed.takeValue();
    }

    const QJsonValue holidays = json.value(QStringLiteral("holidays"));
    if (!holidays.isUndefined() && !holidays.isArray())
        return R::failure(tr("Service hours: \"holidays\" must be a list of dates such as "
                             "\"12-25\" or \"2026-12-24\"."));
    QList<MonthDay> recurring;
    QList<QDate> oneOff;
    for (const QJsonValue &v : holidays.toArray()) {
        MonthDay md;
        QDate date;
        if (!v.isString())
            return R::failure(tr("Service hours, holidays: each date must be a text such as "
                                 "\"12-25\" or \"2026-12-24\"."));
        if (Status s = parseHoliday(v.toString(), &md, &date); !s)
            return R::failure(tr("Service hours, holidays: %1").arg(s.error()));
        if (date.isValid())
            oneOff << date;
        else
            recurring << md;
    }
    hours.setRecurringHolidays(std::move(recurring));
    hours.setOneOffHolidays(std::move(oneOff));

    const QJsonValue easter = json.value(QStringLiteral("easterMonday"));
    if (!easter.isUndefined() && !easter.isBool())
        return R::failure(tr("Service hours: \"easterMonday\" must be true or false."));
    hours.m_easterMonday = easter.toBool(false);
    return hours;
}

QJsonObject ServiceHours::toJson() const
{
    QJsonObject week;
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        QJsonArray day;
        for (const ServiceInterval &i : m_week[d - 1])
            day.append(formatIntervals({i}));
        week.insert(weekdayKey(static_cast<Qt::DayOfWeek>(d)), day);
    }
    QJsonArray holidays;
    for (const MonthDay &md : m_recurring)
        holidays.append(formatHoliday(md));
    for (const QDate &date : m_oneOff)
        holidays.append(formatHoliday(date));
    return QJsonObject{{QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())},
                       {QStringLiteral("week"), week},
                       {QStringLiteral("holidays"), holidays},
                       {QStringLiteral("easterMonday"), m_easterMonday}};
}

} // namespace sportello
