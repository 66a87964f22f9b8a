#pragma once

// A tool window shown once: the first call makes it (deleted when closed),
// later calls bring the same window to the front.

#include <QPointer>
#include <functional>

namespace tessera::app {

template <typename Dialog>
Dialog* showToolDialog(QPointer<Dialog>& slot, const std::function<Dialog*()>& make) {
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

} // namespace tessera::app
