#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sportello {

// A value or a message a person can read. Store and parser failures travel as values so
// every caller has to decide what the user sees; nothing is thrown across Qt's event loop.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary, hand the value out by move: `for (x : f().value())` then owns what it
    // iterates instead of dangling.
    T value() && { return std::move(*m_value); }
    T takeValue() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

class Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status s;
        s.m_error = std::move(message);
        if (s.m_error.isEmpty())
            s.m_error = QStringLiteral("unknown error");
        return s;
    }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
};

} // namespace sportello
