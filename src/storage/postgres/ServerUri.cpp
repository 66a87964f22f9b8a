#include "storage/postgres/ServerUri.h"

#include <cctype>
#include <charconv>

namespace tessera::storage {
namespace {

std::string percentEncoded(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string percentDecoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        int value = 0;
        if (text[i] == '%' && i + 2 < text.size() &&
            std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16).ptr ==
                text.data() + i + 3) {
            out += static_cast<char>(value);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

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

std::string serverUri(const ServerAddress& a) {
    std::string uri = "postgresql://" + percentEncoded(a.user);
    if (!a.password.empty())
        uri += ":" + percentEncoded(a.password);
    const bool socketFolder = a.host.starts_with('/');
    uri += "@";
    if (!socketFolder)
        uri += percentEncoded(a.host) + ":" + std::to_string(a.port);
    uri += "/" + percentEncoded(a.database);
    if (socketFolder)
        uri += "?host=" + percentEncoded(a.host) + "&port=" + std::to_string(a.port);
    return uri;
}

std::optional<ServerAddress> parseServerUri(std::string_view uri) {
    constexpr std::string_view scheme = "postgresql://";
    if (!uri.starts_with(scheme))
        return std::nullopt;
    uri.remove_prefix(scheme.size());
    ServerAddress a;
    const auto at = uri.find('@');
    const auto slash = uri.find('/');
    if (at == std::string_view::npos || slash == std::string_view::npos || at > slash)
        return std::nullopt;
    const std::string_view userPart = uri.substr(0, at);
    const auto colon = userPart.find(':');
    a.user = percentDecoded(userPart.substr(0, colon));
    if (colon != std::string_view::npos)
        a.password = percentDecoded(userPart.substr(colon + 1));
    const std::string_view hostPart = uri.substr(at + 1, slash - at - 1);
    std::string_view rest = uri.substr(slash + 1);
    const auto question = rest.find('?');
    a.database = percentDecoded(rest.substr(0, question));
    const auto readPort = [&a](std::string_view digits) {
        return std::from_chars(digits.data(), digits.data() + digits.size(), a.port).ec ==
               std::errc{};
    };
    if (!hostPart.empty()) {
        const auto portColon = hostPart.rfind(':');
        a.host = percentDecoded(hostPart.substr(0, portColon));
        if (portColon != std::string_view::npos && !readPort(hostPart.substr(portColon + 1)))
            return std::nullopt;
    }
    if (question != std::string_view::npos) {
        std::string_view query = rest.substr(question + 1);
        while (!query.empty()) {
            const auto amp = query.find('&');
            const std::string_view pair = query.substr(0, amp);
            if (pair.starts_with("host="))
                a.host = percentDecoded(pair.substr(5));
            else if (pair.starts_with("port=") && !readPort(pair.substr(5)))
                return std::nullopt;
            query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        }
    }
    if (a.host.empty() || a.database.empty() || a.user.empty())
        return std::nullopt;
    return a;
}

} // namespace tessera::storage
