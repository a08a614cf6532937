#pragma once

#include "CaseStore.h"

#include <QIODevice>

namespace sportello {

// Reads normalised items, one JSON object a line, and ingests them in batches. A bad line is
// reported with its number and reason and skipped; the good ones are kept.
class JsonLinesImporter
{
public:
    struct LineError
    {
        qint64 line = 0;
        QString reason;
    };
    struct Summary
    {
        qint64 lines = 0; // non-empty lines read
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 casesOpened = 0;
        QList<LineError> errors;
        QString fatal; // why reading or saving stopped early; what was saved before stays
    };

    explicit JsonLinesImporter(CaseStore &store, int batchSize = 1000);
    Summary run(QIODevice &input);

private:
    CaseStore &m_store;
    int m_batchSize;
};

} // namespace sportello
