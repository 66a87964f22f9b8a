#include "storage/postgres/ServerDialect.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace tessera::storage {
namespace {

bool isWordStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}

bool isWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

std::string upper(std::string_view word) {
    std::string out(word);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

class Translator {
public:
    explicit Translator(std::string_view in) : m_in(in) { m_out.text.reserve(in.size() + 32); }

    ServerSql run() {
        while (m_at < m_in.size()) {
            const char c = m_in[m_at];
            const char next = m_at + 1 < m_in.size() ? m_in[m_at + 1] : '\0';
            if (c == '\'' || c == '"')
                copyQuoted(c);
            else if (c == '-' && next == '-')
                copyUntil("\n");
            else if (c == '/' && next == '*')
                copyUntil("*/");
            else if (c == '?')
                placeholder();
            else if (isWordStart(c))
                word();
            else
                m_out.text += m_in[m_at++];
        }
        if (m_onConflictDoNothing)
            addOnConflict();
        return std::move(m_out);
    }

private:
    void copyQuoted(char quote) {
        m_out.text += m_in[m_at++];
        while (m_at < m_in.size()) {
            const char c = m_in[m_at++];
            m_out.text += c;
            if (c != quote)
                continue;
            if (m_at < m_in.size() && m_in[m_at] == quote) // doubled: still inside
                m_out.text += m_in[m_at++];
            else
                return;
        }
    }

    void copyUntil(std::string_view end) {
        const std::size_t stop = m_in.find(end, m_at + 2);
        const std::size_t to = stop == std::string_view::npos ? m_in.size() : stop + end.size();
        m_out.text.append(m_in.substr(m_at, to - m_at));
        m_at = to;
    }

    // SQLite numbers a bare ? one above the highest number used so far.
    void placeholder() {
        ++m_at;
        std::size_t digits = m_at;
        while (digits < m_in.size() && std::isdigit(static_cast<unsigned char>(m_in[digits])))
            ++digits;
        int number = m_out.parameters + 1;
        if (digits > m_at)
            number = std::stoi(std::string(m_in.substr(m_at, digits - m_at)));
        m_at = digits;
        m_out.parameters = std::max(m_out.parameters, number);
        const std::string written = "$" + std::to_string(number);
        m_out.placeholders.push_back({m_out.text.size(), written.size(), number});
        m_out.text += written;
    }

    std::string_view peekWord(std::size_t from, std::size_t* end) const {
        while (from < m_in.size() && std::isspace(static_cast<unsigned char>(m_in[from])))
            ++from;
        std::size_t to = from;
        while (to < m_in.size() && isWordChar(m_in[to]))
            ++to;
        *end = to;
        return m_in.substr(from, to - from);
    }

    void word() {
        std::size_t end = m_at;
        while (end < m_in.size() && isWordChar(m_in[end]))
            ++end;
        const std::string_view text = m_in.substr(m_at, end - m_at);
        const std::string key = upper(text);
        m_at = end;
        std::size_t after = 0;
        if (key == "INSERT" && upper(peekWord(m_at, &after)) == "OR") {
            std::size_t afterIgnore = 0;
            if (upper(peekWord(after, &afterIgnore)) == "IGNORE") {
                m_out.text += text;
                m_at = afterIgnore;
                m_onConflictDoNothing = true;
                return;
            }
        }
        if (key == "BEGIN" && upper(peekWord(m_at, &after)) == "IMMEDIATE") {
            m_out.text += text;
            m_at = after;
            return;
        }
        // SQLite's planner hints: the server's planner chooses for itself.
        if (key == "NOT" && upper(peekWord(m_at, &after)) == "INDEXED") {
            m_at = after;
            return;
        }
        if (key == "INDEXED" && upper(peekWord(m_at, &after)) == "BY") {
            peekWord(after, &m_at); // and the index's name
            return;
        }
        if (key == "CUSTOMER_SEARCH")
            m_out.skip = true;
        // Tessera passes a list of ids as one JSON array parameter, read with
        // SELECT value FROM json_each(?): the server's twin yields text.
        if (key == "VALUE" && upper(peekWord(m_at, &after)) == "FROM") {
            std::size_t afterJson = 0;
            if (upper(peekWord(after, &afterJson)) == "JSON_EACH") {
                m_out.text += "value::bigint FROM json_array_elements_text";
                m_at = afterJson;
                return;
            }
        }
        if (key == "IS") {
            isComparison();
            return;
        }
        if (key == "LIMIT") {
            m_out.text += text;
            limit();
            return;
        }
        if (key == "RETURNING" && !m_returningAt)
            m_returningAt = m_out.text.size();
        if (key == "LIKE")
            m_out.text += "ILIKE";
        else if (key == "IFNULL")
            m_out.text += "COALESCE";
        else if (key == "GROUP_CONCAT") // always with its separator in Tessera's SQL
            m_out.text += "string_agg";
        else if (key == "TEMP" && m_at < m_in.size() && m_in[m_at] == '.')
            m_out.text += "pg_temp";
        else
            m_out.text.append(text);
    }

    // SQLite reads a negative LIMIT as none; the server refuses it. A literal
    // -1 becomes ALL; a bound value passes through NULLIF(GREATEST(v, -1), -1),
    // NULL being the server's "no limit".
    void limit() {
        std::size_t at = m_at;
        while (at < m_in.size() && std::isspace(static_cast<unsigned char>(m_in[at])))
            ++at;
        if (at < m_in.size() && m_in[at] == '-') {
            std::size_t end = at + 1;
            while (end < m_in.size() && std::isdigit(static_cast<unsigned char>(m_in[end])))
                ++end;
            m_out.text += " ALL";
            m_at = end;
            return;
        }
        if (at < m_in.size() && m_in[at] == '?') {
            m_out.text += " NULLIF(GREATEST(";
            m_at = at;
            placeholder();
            m_out.text += ", -1), -1)";
        }
    }

    // SQLite's a IS b and a IS NOT b compare NULLs as equal values; the
    // server spells them IS [NOT] DISTINCT FROM. IS NULL, IS NOT NULL, IS
    // TRUE and the like stay.
    void isComparison() {
        static const auto keeps = [](const std::string& word) {
            return word == "NULL" || word == "TRUE" || word == "FALSE" || word == "DISTINCT" ||
                   word == "UNKNOWN";
        };
        std::size_t after = 0;
        std::string next = upper(peekWord(m_at, &after));
        if (next == "NOT") {
            std::size_t afterNot = 0;
            if (keeps(upper(peekWord(after, &afterNot)))) {
                m_out.text += "IS";
                return;
            }
            m_out.text += "IS DISTINCT FROM";
            m_at = after;
            return;
        }
        m_out.text += keeps(next) ? "IS" : "IS NOT DISTINCT FROM";
    }

    void addOnConflict() {
        static constexpr std::string_view clause = " ON CONFLICT DO NOTHING ";
        std::string& text = m_out.text;
        if (m_returningAt) {
            text.insert(*m_returningAt, clause);
            for (ServerSql::Placeholder& p : m_out.placeholders)
                if (p.at > *m_returningAt)
                    p.at += clause.size();
            return;
        }
        while (!text.empty() &&
               (std::isspace(static_cast<unsigned char>(text.back())) || text.back() == ';'))
            text.pop_back();
        text += clause;
    }

    std::string_view m_in;
    std::size_t m_at = 0;
    ServerSql m_out;
    bool m_onConflictDoNothing = false;
    std::optional<std::size_t> m_returningAt;
};

} // namespace

std::string ServerSql::withNulls(const std::vector<bool>& isNull) const {
    std::string out;
    std::size_t from = 0;
    for (const Placeholder& p : placeholders) {
        if (p.number < 1 || static_cast<std::size_t>(p.number) > isNull.size() ||
            !isNull[static_cast<std::size_t>(p.number - 1)])
            continue;
        out.append(text, from, p.at - from);
        out += "NULL";
        from = p.at + p.length;
    }
    out.append(text, from, std::string::npos);
    return out;
}

ServerSql toServerSql(std::string_view sqliteSql) {
    return Translator(sqliteSql).run();
}

} // namespace tessera::storage
