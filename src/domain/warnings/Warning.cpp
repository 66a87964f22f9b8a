#include "domain/warnings/Warning.h"

namespace tessera::domain {

Warning makeWarning(const storage::WarningCustomer& customer, WarningKind kind,
                    std::int32_t sinceDay, const QString& reason) {
    return Warning{customer.id,
                   customer.code,
                   customer.name,
                   customer.kind,
                   customer.ownerId,
                   customer.ownerUsername,
                   customer.ownerDisplayName,
                   kind,
                   sinceDay,
                   reason.toStdString()};
}

} // namespace tessera::domain
