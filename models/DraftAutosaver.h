#pragma once

#include "Records.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace sportello {

// Saves what the agent types: 300 ms after the last keystroke, and at least once a second
// while the typing goes on, so a crash (even SIGKILL) loses at most the last second.
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    using Save = std::function<void(const DraftRecord &draft)>;

    static constexpr int kQuietMs = 300;
    static constexpr int kMaxDelayMs = 700;

    explicit DraftAutosaver(Save save, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    // Switching case saves what was pending for the previous one first.
    void setCase(qint64 caseId, const QString &author, Visibility visibility);
    void setVisibility(Visibility visibility);
    void textChanged(const QString &text);
    void flush();
    bool hasPending() const { return m_pending; }

private:
    Save m_save;
    QTimer m_quiet;
    QElapsedTimer m_sinceFirstUnsaved;
    DraftRecord m_draft;
    bool m_pending = false;
};

} // namespace sportello
