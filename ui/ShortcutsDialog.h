#pragma once

#include <QAction>
#include <QDialog>

namespace sportello {

// Lists every keyboard shortcut, read from the window's own actions so the list cannot
// drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace sportello
