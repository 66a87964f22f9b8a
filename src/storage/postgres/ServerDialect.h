#pragma once

// The storage layer writes its SQL once, in the subset SQLite and PostgreSQL
// share; this turns the few spellings that differ into PostgreSQL's before a
// statement goes to the server, so the difference stays here and not in every
// repository:
//   ?1, ?           ->  $1, $n            (placeholders)
//   INSERT OR IGNORE ... [RETURNING]  ->  INSERT ... ON CONFLICT DO NOTHING [RETURNING]
//   BEGIN IMMEDIATE ->  BEGIN             (the server locks rows, not the file)
//   a LIKE b        ->  a ILIKE b         (SQLite's LIKE ignores ASCII case)
//   a IS b, a IS NOT b  ->  a IS NOT DISTINCT FROM b, a IS DISTINCT FROM b
//   IFNULL(         ->  COALESCE(
//   group_concat(x, sep)  ->  string_agg(x, sep)
//   temp.t          ->  pg_temp.t
//   LIMIT -1, LIMIT ?n (negative: no limit)  ->  LIMIT ALL, LIMIT NULLIF(GREATEST($n, -1), -1)
//   INDEXED BY i, NOT INDEXED  ->  (nothing: planner hints)
//   SELECT value FROM json_each(?)  ->  SELECT value::bigint FROM json_array_elements_text($n)
//                   (a list of ids passed as one JSON array)
// A statement on customer_search, SQLite's FTS5 index of the names, is
// skipped: the server keeps no such index (the substring search reads the
// names, storage/customers/PortfolioSql), so there is nothing to maintain.
// String literals, quoted names and comments are copied untouched.

#include <string>
#include <string_view>
#include <vector>

namespace tessera::storage {

struct ServerSql {
    struct Placeholder {
        std::size_t at = 0;     // where "$n" starts in `text`
        std::size_t length = 0; // of "$n"
        int number = 0;
    };
    std::string text;
    int parameters = 0; // the highest placeholder number
    std::vector<Placeholder> placeholders;
    bool skip = false; // maintains an index the server does not keep: runs as nothing

    // The text with each placeholder of a NULL parameter written as NULL:
    // the server cannot type a parameter it only sees compared with NULL
    // (?1 IS NULL OR c = ?1), while SQLite needs no type.
    std::string withNulls(const std::vector<bool>& isNull) const;
};

ServerSql toServerSql(std::string_view sqliteSql);

} // namespace tessera::storage
