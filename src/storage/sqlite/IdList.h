#pragma once

// Integer ids written into SQL text as "1,2,3" for an IN (...) list: the ids
// come from the session or the caller, never from user text, and a fixed
// statement shape with one parameter per id would be re-prepared per count.

#include <cstdint>
#include <string>
#include <vector>

namespace tessera::storage {

inline std::string idList(const std::vector<std::int64_t>& ids) {
    std::string list;
    for (std::int64_t id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

} // namespace tessera::storage
