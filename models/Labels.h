#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sportello {

// The words a person sees for the domain's values, translated. Shared by the GUI and the CLI.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString network(Network n);
    static QString status(CaseStatus s);
    static QString category(Category c);
    static QString priority(Priority p);
    static QString language(Language l);
    static QString visibility(Visibility v);
    // "now", "4 min", "3 h", "2 d", then the date: short enough for a timeline column.
    static QString age(const QDateTime &then, const QDateTime &now);
};

} // namespace sportello
