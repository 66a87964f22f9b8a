#pragma once

// The four roles of product.md and what each may see.

#include <optional>
#include <string>
#include <string_view>

namespace tessera::domain {

enum class Role { AccountManager, Supervisor, Analyst, Administrator };

std::string_view roleKey(Role role); // as stored: account_manager, supervisor, ...
std::optional<Role> roleFromKey(std::string_view key);
std::string roleDisplayName(Role role); // translated

} // namespace tessera::domain
