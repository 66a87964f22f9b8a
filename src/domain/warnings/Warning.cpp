#include "domain/warnings/Warning.h"

#include "domain/workspace/Calendar.h"

#include <QStringList>

namespace tessera::domain {

std::string warningId(const Warning& w) {
    return std::string(warningKindKey(w.kind)) + ":" + std::to_string(w.customerId) + ":" +
           Calendar::isoDay(w.sinceDay);
}

std::optional<WarningKey> parseWarningId(const std::string& id) {
    const QStringList parts = QString::fromStdString(id).split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    auto kind = warningKindFromKey(parts[0].toStdString());
    bool ok = false;
    const qint64 customer = parts[1].toLongLong(&ok);
    auto day = Calendar::parseDay(parts[2].toStdString());
    if (!kind || !ok || customer < 1 || !day || parts[2].size() != 10)
        return std::nullopt;
    return WarningKey{*kind, customer, *day};
}

Warning makeWarning(storage::WarningCustomer customer, WarningKind kind, std::int32_t sinceDay,
                    const QString& reason) {
    return makeWarning(std::move(customer), kind, sinceDay, reason.toStdString());
}

Warning makeWarning(storage::WarningCustomer customer, WarningKind kind, std::int32_t sinceDay,
                    std::string reason) {
    return Warning{customer.id,
                   std::move(customer.code),
                   std::move(customer.name),
                   std::move(customer.kind),
                   customer.ownerId,
                   std::move(customer.ownerUsername),
                   std::move(customer.ownerDisplayName),
                   kind,
                   sinceDay,
                   std::move(reason),
                   "open"};
}

} // namespace tessera::domain
