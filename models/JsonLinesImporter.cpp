#include "JsonLinesImporter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sportello {

JsonLinesImporter::JsonLinesImporter(CaseStore &store, int batchSize)
    : m_store(store), m_batchSize(batchSize)
{
}

JsonLinesImporter::Summary JsonLinesImporter::run(QIODevice &input)
{
    Summary summary;
    QList<InboundItem> batch;
    QHash<QString, qint64> lineOf; // network id -> line, to place the store's own rejections

    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        auto report = m_store.ingest(batch);
        if (!report) {
            summary.fatal = QCoreApplication::translate(
                                "JsonLinesImporter",
                                "Saving stopped before line %1: %2. Lines before it were saved.")
                                .arg(lineOf.value(batch.first().networkId))
                                .arg(report.error());
            return false;
        }
        summary.accepted += report.value().accepted;
        summary.duplicates += report.value().duplicates;
        summary.casesOpened += report.value().casesOpened;
        for (const QString &rejection : report.value().rejected) {
            const QString id = rejection.section(QLatin1String(": "), 0, 0);
            summary.errors.append({lineOf.value(id), rejection.section(QLatin1String(": "), 1)});
        }
        batch.clear();
        lineOf.clear();
        return true;
    };

    qint64 lineNumber = 0;
    while (!input.atEnd()) {
        QByteArray line = input.readLine();
        ++lineNumber;
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        ++summary.lines;
        auto item = InboundItem::fromJsonLine(line);
        if (!item) {
            summary.errors.append({lineNumber, item.error()});
            continue;
        }
        lineOf.insert(item.value().networkId, lineNumber);
        batch.append(item.takeValue());
        if (batch.size() >= m_batchSize && !flush())
            return summary;
    }
    flush();
    std::sort(summary.errors.begin(), summary.errors.end(),
              [](const LineError &a, const LineError &b) { return a.line < b.line; });
    return summary;
}

} // namespace sportello
