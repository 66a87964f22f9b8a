#pragma once

// A journal of captured rows under labels ("customer.from", "moved:contacts"),
// with a few labelled numbers, serialised to a compact byte string for a BLOB
// column. The format, little-endian throughout:
//   "TRJ1"  u32 numbers  { str label  i64 value }*
//           u32 sections { str label  str table  u32 columns { str name }*
//                          u32 rows { { u8 type  payload }* }* }*
// where str is u32 length + bytes, and a value's payload is nothing (NULL),
// i64 (integer), the IEEE-754 bits as u64 (real) or a str (text, blob).
// Values keep their storage class and bytes, so a restore writes back exactly
// what was read.

#include "common/Result.h"
#include "storage/merge/StoredRows.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tessera::storage {

class RowJournal {
public:
    struct Section {
        std::string label;
        StoredRows rows;
    };

    void add(std::string label, StoredRows rows);
    // The section with this label, or nullptr.
    const StoredRows* find(std::string_view label) const;
    const std::vector<Section>& sections() const { return m_sections; }

    void setNumber(std::string label, std::int64_t value);
    std::optional<std::int64_t> number(std::string_view label) const;

    std::vector<std::uint8_t> encode() const;
    // Fails with Corrupt on bytes that are not a journal of this format.
    static Result<RowJournal> decode(std::span<const std::uint8_t> bytes);

private:
    std::vector<std::pair<std::string, std::int64_t>> m_numbers;
    std::vector<Section> m_sections;
};

} // namespace tessera::storage
