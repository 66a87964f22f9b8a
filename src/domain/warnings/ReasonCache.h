#pragma once

// Warning reasons that vary with a few whole numbers (days, contacts, a
// cadence), each sentence translated and formatted once per distinct set of
// numbers: a million churn warnings share a few thousand sentences, and
// formatting each one again cost more than the query that found them.

#include <QString>
#include <array>
#include <cstdint>
#include <map>
#include <string>

namespace tessera::domain {

template <std::size_t N> class ReasonCache {
public:
    using Key = std::array<std::int64_t, N>;

    // The sentence for `key`, made by `make()` (returning a QString) the first time.
    template <typename Make> const std::string& get(const Key& key, Make make) {
        auto [it, added] = m_texts.try_emplace(key);
        if (added)
            it->second = make().toStdString();
        return it->second;
    }

private:
    std::map<Key, std::string> m_texts;
};

} // namespace tessera::domain
