#include "domain/workspace/JobControl.h"

#include <QCoreApplication>

namespace tessera::domain {

Status JobControl::checkCancelled() const {
    if (!cancelled())
        return {};
    return makeError(
        ErrorCode::Cancelled,
        QCoreApplication::translate("JobControl", "Cancelled; nothing was changed.").toStdString());
}

} // namespace tessera::domain
