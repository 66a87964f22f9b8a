#include "storage/merge/RowJournal.h"

#include <bit>
#include <cstring>

namespace tessera::storage {

namespace {

constexpr char kMagic[4] = {'T', 'R', 'J', '1'};

class Writer {
public:
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u32(std::uint32_t v) { fixed(v, 4); }
    void u64(std::uint64_t v) { fixed(v, 8); }
    void str(std::string_view s) {
        u32(static_cast<std::uint32_t>(s.size()));
        m_out.insert(m_out.end(), s.begin(), s.end());
    }
    std::vector<std::uint8_t> take() { return std::move(m_out); }

private:
    void fixed(std::uint64_t v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    std::vector<std::uint8_t> m_out;
};

class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_in.size(); }
    std::uint8_t u8() { return static_cast<std::uint8_t>(fixed(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(fixed(4)); }
    std::uint64_t u64() { return fixed(8); }
    std::string str() {
        const std::uint32_t n = u32();
        if (!take(n))
            return {};
        return std::string(reinterpret_cast<const char*>(m_in.data() + m_at - n), n);
    }
    // A count of items each at least `minBytes` long: bounded by what is left,
    // so damaged bytes cannot ask for a huge allocation.
    std::uint32_t count(std::size_t minBytes) {
        const std::uint32_t n = u32();
        if (n > (m_in.size() - m_at) / std::max<std::size_t>(minBytes, 1))
            m_failed = true;
        return m_failed ? 0 : n;
    }

private:
    bool take(std::size_t n) {
        if (m_failed || m_in.size() - m_at < n) {
            m_failed = true;
            return false;
        }
        m_at += n;
        return true;
    }
    std::uint64_t fixed(int bytes) {
        if (!take(static_cast<std::size_t>(bytes)))
            return 0;
        std::uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= static_cast<std::uint64_t>(m_in[m_at - bytes + i]) << (8 * i);
        return v;
    }
    std::span<const std::uint8_t> m_in;
    std::size_t m_at = 0;
    bool m_failed = false;
};

void writeValue(Writer& w, const StoredValue& v) {
    w.u8(static_cast<std::uint8_t>(v.type));
    switch (v.type) {
    case StoredValue::Type::Null: break;
    case StoredValue::Type::Integer: w.u64(static_cast<std::uint64_t>(v.integer)); break;
    case StoredValue::Type::Real: w.u64(std::bit_cast<std::uint64_t>(v.real)); break;
    case StoredValue::Type::Text:
    case StoredValue::Type::Blob: w.str(v.bytes); break;
    }
}

bool readValue(Reader& r, StoredValue& v) {
    const std::uint8_t type = r.u8();
    switch (type) {
    case 0: v.type = StoredValue::Type::Null; return true;
    case 1:
        v.type = StoredValue::Type::Integer;
        v.integer = static_cast<std::int64_t>(r.u64());
        return true;
    case 2:
        v.type = StoredValue::Type::Real;
        v.real = std::bit_cast<double>(r.u64());
        return true;
    case 3:
    case 4:
        v.type = type == 3 ? StoredValue::Type::Text : StoredValue::Type::Blob;
        v.bytes = r.str();
        return true;
    default: return false;
    }
}

} // namespace

void RowJournal::add(std::string label, StoredRows rows) {
    m_sections.push_back({std::move(label), std::move(rows)});
}

const StoredRows* RowJournal::find(std::string_view label) const {
    for (const Section& s : m_sections)
        if (s.label == label)
            return &s.rows;
    return nullptr;
}

void RowJournal::setNumber(std::string label, std::int64_t value) {
    for (auto& [name, number] : m_numbers)
        if (name == label) {
            number = value;
            return;
        }
    m_numbers.emplace_back(std::move(label), value);
}

std::optional<std::int64_t> RowJournal::number(std::string_view label) const {
    for (const auto& [name, number] : m_numbers)
        if (name == label)
            return number;
    return std::nullopt;
}

std::vector<std::uint8_t> RowJournal::encode() const {
    Writer w;
    for (char c : kMagic)
        w.u8(static_cast<std::uint8_t>(c));
    w.u32(static_cast<std::uint32_t>(m_numbers.size()));
    for (const auto& [label, value] : m_numbers) {
        w.str(label);
        w.u64(static_cast<std::uint64_t>(value));
    }
    w.u32(static_cast<std::uint32_t>(m_sections.size()));
    for (const Section& s : m_sections) {
        w.str(s.label);
        w.str(s.rows.table);
        w.u32(static_cast<std::uint32_t>(s.rows.columns.size()));
        for (const std::string& column : s.rows.columns)
            w.str(column);
        w.u32(static_cast<std::uint32_t>(s.rows.rows.size()));
        for (const auto& row : s.rows.rows)
            for (const StoredValue& v : row)
                writeValue(w, v);
    }
    return w.take();
}

Result<RowJournal> RowJournal::decode(std::span<const std::uint8_t> bytes) {
    const Error corrupt =
        makeError(ErrorCode::Corrupt, "The merge journal is damaged; it cannot be undone.");
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return corrupt;
    Reader r(bytes.subspan(sizeof kMagic));
    RowJournal journal;
    const std::uint32_t numbers = r.count(12);
    for (std::uint32_t i = 0; i < numbers && !r.failed(); ++i) {
        std::string label = r.str();
        journal.m_numbers.emplace_back(std::move(label), static_cast<std::int64_t>(r.u64()));
    }
    const std::uint32_t sections = r.count(16);
    for (std::uint32_t i = 0; i < sections && !r.failed(); ++i) {
        Section s;
        s.label = r.str();
        s.rows.table = r.str();
        const std::uint32_t columns = r.count(4);
        for (std::uint32_t c = 0; c < columns && !r.failed(); ++c)
            s.rows.columns.push_back(r.str());
        const std::uint32_t rows = r.count(std::max<std::size_t>(columns, 1));
        for (std::uint32_t n = 0; n < rows && !r.failed(); ++n) {
            auto& row = s.rows.rows.emplace_back(columns);
            for (StoredValue& v : row)
                if (!readValue(r, v))
                    return corrupt;
        }
        journal.m_sections.push_back(std::move(s));
    }
    if (r.failed() || !r.atEnd())
        return corrupt;
    return journal;
}

} // namespace tessera::storage
