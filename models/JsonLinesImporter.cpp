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
    QList<qint64> lineOf; // the line of each item in the batch, to place the store's rejections

    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        auto report = m_store.ingest(batch);
        if (!report) {
            summary.fatal = QCoreApplication::translate(
                                "JsonLinesImporter",
                                "Saving stopped before line %1: %2. Lines before it were saved.")
                                .arg(lineOf.value(0))
                                .arg(report.error());
            return false;
        }
        summary.accepted += report.value().accepted;
        summary.duplicates += report.value().duplicates;
        summary.casesOpened += report.value().casesOpened;
        for (const IngestRejection &rejection : report.value().rejected)
            summary.errors.append({lineOf.value(rejection.index), rejection.reason});
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
        lineOf.append(lineNumber);
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
