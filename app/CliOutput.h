#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// How every sportello-cli command writes and fails, so exit codes and messages agree.
namespace sportello::cli {

// The tool's exit codes: 0 done; 1 refused or rejected (the reason on stderr); 2 the
// database, a file or the audit key cannot be used; 3 the command line itself was wrong.
constexpr int kOk = 0;
constexpr int kRefused = 1;
constexpr int kUnusable = 2;
constexpr int kUsage = 3;

inline void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

inline int usage(const QString &why)
{
    write(stderr,
          QStringLiteral("sportello-cli: %1\nTry 'sportello-cli --help'.\n").arg(why).toUtf8());
    return kUsage;
}

inline int fail(int code, const QString &why)
{
    write(stderr, QStringLiteral("sportello-cli: %1\n").arg(why).toUtf8());
    return code;
}

} // namespace sportello::cli
