#pragma once

// The connection an export runs on. Personal data leaves unmasked only after
// the password is given again, and the confirmation holds on the connection
// it was made on, so such an export runs there; other exports get a fresh
// worker connection.

#include "app/common/WorkspaceContext.h"

#include <functional>
#include <memory>

namespace tessera::app {

// Calls `start` with the connection; with `confirm`, once the password was
// given again on it. `dropped` when there is none (cancelled, or no connection).
void withExportConnection(WorkspaceContext& context, bool confirm, const QString& title,
                          const QString& message,
                          const std::function<void(std::shared_ptr<domain::Workspace>)>& start,
                          const std::function<void()>& dropped);

} // namespace tessera::app
