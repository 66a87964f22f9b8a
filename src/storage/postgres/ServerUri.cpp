#include "storage/postgres/ServerUri.h"

namespace tessera::storage {

bool isServerUri(std::string_view location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string withoutPassword(std::string_view uri) {
    // postgresql://user:secret@host/db -> postgresql://user@host/db; a
    // password=... parameter is cut the same way.
    std::string out(uri);
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const auto authorityEnd = out.find_first_of("/?", scheme + 3);
        const auto at = out.rfind('@', authorityEnd);
        if (at != std::string::npos && at > scheme) {
            const auto colon = out.find(':', scheme + 3);
            if (colon != std::string::npos && colon < at)
                out.erase(colon, at - colon);
        }
    }
    for (std::string::size_type p = out.find("password="); p != std::string::npos;
         p = out.find("password=", p)) {
        const auto end = out.find('&', p);
        out.replace(p, (end == std::string::npos ? out.size() : end) - p, "password=***");
        p += 12;
    }
    return out;
}

} // namespace tessera::storage
