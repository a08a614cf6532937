#include "DraftAutosaver.h"

namespace sportello {

DraftAutosaver::DraftAutosaver(Save save, QObject *parent)
    : QObject(parent), m_save(std::move(save))
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::setCase(qint64 caseId, const QString &author, Visibility visibility)
{
    flush();
    m_draft = DraftRecord{caseId, author, visibility, {}, {}};
}

void DraftAutosaver::setVisibility(Visibility visibility)
{
    if (m_draft.visibility == visibility)
        return;
    m_draft.visibility = visibility;
    if (m_draft.caseId != 0 && !m_draft.text.isEmpty())
        textChanged(m_draft.text);
}

void DraftAutosaver::textChanged(const QString &text)
{
    if (m_draft.caseId == 0)
        return;
    m_draft.text = text;
    if (!m_pending) {
        m_pending = true;
        m_sinceFirstUnsaved.start();
    }
    // Continuous typing never postpones a save past the limit.
    const qint64 waited = m_sinceFirstUnsaved.elapsed();
    if (waited >= kMaxDelayMs) {
        flush();
        return;
    }
    m_quiet.start(int(std::min<qint64>(kQuietMs, kMaxDelayMs - waited)));
}

void DraftAutosaver::flush()
{
    m_quiet.stop();
    if (!m_pending || m_draft.caseId == 0)
        return;
    m_pending = false;
    m_save(m_draft);
}

} // namespace sportello
