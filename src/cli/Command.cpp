#include "cli/Command.h"

#include "cli/Credentials.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QCoreApplication>
#include <cstdlib>

namespace tessera::cli {

Result<std::string> Context::userName() const {
    std::string user = m_global.user;
    if (user.empty())
        if (const char* fromEnv = std::getenv("TESSERA_USER"))
            user = fromEnv;
    if (user.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "Context", "Sign in with --user NAME (or set TESSERA_USER).")
                             .toStdString());
    return user;
}

Result<std::unique_ptr<domain::Workspace>> Context::signIn() const {
    auto user = userName();
    if (!user)
        return user.error();
    auto ws = domain::WorkspaceSetup::open(m_global.db);
    if (!ws)
        return ws.error();
    auto password = currentPassword(*user);
    if (!password)
        return password.error();
    TESSERA_TRY((*ws)->login(*user, *password, /*deferAudit=*/true));
    return ws;
}

int finish(const Context& context, domain::Workspace& ws) {
    if (auto flushed = ws.flushAudit(); !flushed)
        return context.out().fail(flushed.error());
    return kExitOk;
}

Status confirmIdentity(domain::Workspace& ws) {
    auto password = currentPassword(ws.session().username);
    if (!password)
        return password.error();
    return ws.confirmIdentity(*password);
}

} // namespace tessera::cli
