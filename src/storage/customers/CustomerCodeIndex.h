#pragma once

// Customer code -> id, built once per import for every customer in the file.
// An open-addressing table of 32-byte slots with codes of up to 12 bytes
// stored in the slot itself: a lookup touches one cache line, which matters at
// ten million lookups per import (std::unordered_map costs two or three
// misses each).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

class CustomerCodeIndex {
public:
    CustomerCodeIndex() { rehash(1024); }

    // Adds `code`; an existing code keeps its first id.
    void insert(std::string_view code, std::int64_t id);
    std::optional<std::int64_t> find(std::string_view code) const;
    bool contains(std::string_view code) const { return find(code).has_value(); }
    std::size_t size() const { return m_size; }
    void reserve(std::size_t count);

private:
    static constexpr std::size_t kInlineBytes = 12;
    struct alignas(32) Slot {
        std::uint64_t hash = 0; // 0 marks an empty slot
        std::int64_t id = 0;
        std::uint32_t length = 0;
        union {
            char inlineCode[kInlineBytes]; // codes of up to kInlineBytes
            std::uint32_t arenaOffset;     // where a longer code lives in m_arena
        };
        Slot() : inlineCode{} {}
    };
    static_assert(sizeof(Slot) == 32);

    static std::uint64_t hashOf(std::string_view code);
    std::string_view codeOf(const Slot& slot) const;
    void rehash(std::size_t capacity);
    void place(const Slot& slot);

    std::vector<Slot> m_slots;
    std::string m_arena;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
};

} // namespace tessera::storage
