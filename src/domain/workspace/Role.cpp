#include "domain/workspace/Role.h"

#include <QCoreApplication>

namespace tessera::domain {

std::string_view roleKey(Role role) {
    switch (role) {
    case Role::AccountManager: return "account_manager";
    case Role::Supervisor: return "supervisor";
    case Role::Analyst: return "analyst";
    case Role::Administrator: return "administrator";
    }
    return "account_manager";
}

std::optional<Role> roleFromKey(std::string_view key) {
    for (Role role : {Role::AccountManager, Role::Supervisor, Role::Analyst, Role::Administrator})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

std::string roleDisplayName(Role role) {
    switch (role) {
    case Role::AccountManager:
        return QCoreApplication::translate("Role", "Account manager").toStdString();
    case Role::Supervisor: return QCoreApplication::translate("Role", "Supervisor").toStdString();
    case Role::Analyst: return QCoreApplication::translate("Role", "Analyst").toStdString();
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator").toStdString();
    }
    return {};
}

} // namespace tessera::domain
