#pragma once

// A tab whose figures take seconds to compute over a large file (data
// quality, duplicate pairs): after the data changed it computes again at once
// if it is in front, otherwise when it is next shown, and never before it
// computed once.

#include "app/common/WorkspaceContext.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <functional>

class QTabWidget;

namespace tessera::app {

class RecomputingTab : public QObject {
    Q_OBJECT

public:
    RecomputingTab(WorkspaceContext& context, QObject* parent);

    // Follows `view` on `tabs` (call each time a new view is made): `loaded`
    // says whether it has computed once, `reload` computes again.
    void watch(QTabWidget* tabs, QWidget* view, std::function<bool()> loaded,
               std::function<void()> reload);

private:
    void dataChanged();

    QPointer<QWidget> m_view;
    std::function<bool()> m_loaded;
    std::function<void()> m_reload;
    QMetaObject::Connection m_tabChanges;
    bool m_stale = false; // data changed while the tab was not shown
};

} // namespace tessera::app
