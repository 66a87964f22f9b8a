#include "storage/customers/CustomerCodeIndex.h"

#include <cstring>

namespace tessera::storage {

std::uint64_t CustomerCodeIndex::hashOf(std::string_view code) {
    // FNV-1a with a final avalanche; never 0, which marks empty slots.
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : code) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h | 1;
}

std::string_view CustomerCodeIndex::codeOf(const Slot& slot) const {
    if (slot.length <= kInlineBytes)
        return {slot.inlineCode, slot.length};
    return {m_arena.data() + slot.arenaOffset, slot.length};
}

void CustomerCodeIndex::reserve(std::size_t count) {
    std::size_t capacity = 1024;
    while (capacity < count * 2)
        capacity *= 2;
    if (capacity > m_slots.size())
        rehash(capacity);
}

void CustomerCodeIndex::rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const Slot& slot : old)
        if (slot.hash)
            place(slot);
}

void CustomerCodeIndex::place(const Slot& slot) {
    std::size_t i = slot.hash & m_mask;
    while (m_slots[i].hash)
        i = (i + 1) & m_mask;
    m_slots[i] = slot;
}

void CustomerCodeIndex::insert(std::string_view code, std::int64_t id) {
    if (contains(code))
        return;
    if ((m_size + 1) * 2 > m_slots.size())
        rehash(m_slots.size() * 2);
    Slot slot;
    slot.hash = hashOf(code);
    slot.id = id;
    slot.length = static_cast<std::uint32_t>(code.size());
    if (code.size() <= kInlineBytes) {
        std::memcpy(slot.inlineCode, code.data(), code.size());
    } else {
        slot.arenaOffset = static_cast<std::uint32_t>(m_arena.size());
        m_arena.append(code);
    }
    place(slot);
    ++m_size;
}

std::optional<std::int64_t> CustomerCodeIndex::find(std::string_view code) const {
    const std::uint64_t hash = hashOf(code);
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot& slot = m_slots[i];
        if (!slot.hash)
            return std::nullopt;
        if (slot.hash == hash && slot.length == code.size() && codeOf(slot) == code)
            return slot.id;
    }
}

} // namespace tessera::storage
