#include "cli/CustomerRef.h"

#include "domain/customers/CustomerService.h"

#include <charconv>

namespace tessera::cli {

Result<std::int64_t> customerIdFor(domain::Workspace& ws, const std::string& codeOrId) {
    auto id = domain::CustomerService(ws).idForCode(codeOrId);
    if (id)
        return id;
    std::int64_t numeric = 0;
    const char* end = codeOrId.data() + codeOrId.size();
    auto [ptr, ec] = std::from_chars(codeOrId.data(), end, numeric);
    if (ec != std::errc() || ptr != end)
        return id.error();
    return numeric;
}

} // namespace tessera::cli
