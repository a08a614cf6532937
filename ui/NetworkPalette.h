#pragma once

#include "Domain.h"

#include <QColor>

namespace sportello {

// The colours that tell networks, statuses and priorities apart at a glance. Chosen to stay
// readable on light and dark palettes and for common colour-vision deficiencies (each is
// also written out in text beside it).
struct NetworkPalette
{
    static QColor network(Network n);
    static QColor network(const QString &key);
    static QColor status(CaseStatus s);
    static QColor priority(Priority p);
};

} // namespace sportello
