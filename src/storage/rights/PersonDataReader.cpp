#include "storage/rights/PersonDataReader.h"

#include "storage/security/PersonalDataColumns.h"

namespace tessera::storage {
namespace {

struct SectionQuery {
    const char* name;
    const char* table; // whose encrypted columns the rows carry ("" for none)
    const char* sql;   // ?1 is the customer's id
};

// Every table with rows about one customer. Scores carry their run's dates;
// consent events and campaigns carry names the person can read.
constexpr SectionQuery kSections[] = {
    {"customer", "customers", "SELECT * FROM customers WHERE id = ?1"},
    {"contacts", "contacts", "SELECT * FROM contacts WHERE customer_id = ?1 ORDER BY id"},
    {"tags", "", "SELECT tag FROM customer_tags WHERE customer_id = ?1 ORDER BY tag"},
    {"consent_history", "",
     "SELECT e.*, u.username AS recorded_by FROM consent_events e "
     "LEFT JOIN users u ON u.id = e.user_id WHERE e.customer_id = ?1 ORDER BY e.at, e.id"},
    {"transactions", "", "SELECT * FROM transactions WHERE customer_id = ?1 ORDER BY day, id"},
    {"interactions", "interactions",
     "SELECT * FROM interactions WHERE customer_id = ?1 ORDER BY at, id"},
    {"survey_responses", "survey_responses",
     "SELECT * FROM survey_responses WHERE customer_id = ?1 ORDER BY day, id"},
    {"survey_answers", "",
     "SELECT a.* FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
     "WHERE r.customer_id = ?1 ORDER BY a.response_id, a.dimension, a.item"},
    {"tickets", "tickets", "SELECT * FROM tickets WHERE customer_id = ?1 ORDER BY opened_at, id"},
    {"follow_ups", "", "SELECT * FROM follow_ups WHERE customer_id = ?1 ORDER BY due_day, id"},
    {"scores", "",
     "SELECT r.started_at AS run_at, r.as_of_day AS run_day, s.* FROM customer_scores s "
     "JOIN scoring_runs r ON r.id = s.run_id WHERE s.customer_id = ?1 ORDER BY s.run_id"},
    {"standing_overrides", "",
     "SELECT * FROM standing_overrides WHERE customer_id = ?1 ORDER BY aspect"},
    {"warning_states", "",
     "SELECT * FROM warning_states WHERE customer_id = ?1 ORDER BY since_day, kind"},
    {"campaigns", "",
     "SELECT c.id, c.name, c.kind, c.start_day, c.end_day FROM campaign_customers cc "
     "JOIN campaigns c ON c.id = cc.campaign_id WHERE cc.customer_id = ?1 ORDER BY c.id"},
    {"aliases", "", "SELECT code FROM customer_aliases WHERE customer_id = ?1 ORDER BY code"},
};

bool endsWith(const std::string& text, const std::string& tail) {
    return text.size() >= tail.size() &&
           text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// The label the column's ciphertext is authenticated with, or "" when the
// column is not encrypted.
std::string encryptedLabel(const std::string& table, const std::string& column) {
    for (const auto& c : kPersonalDataColumns)
        if (table == c.table && column == c.column)
            return c.label;
    return {};
}

} // namespace

Result<std::vector<PersonSection>> PersonDataReader::read(std::int64_t customerId) {
    std::vector<PersonSection> sections;
    for (const SectionQuery& q : kSections) {
        auto s = section(q.name, q.table, q.sql, customerId);
        if (!s)
            return s.error();
        sections.push_back(std::move(*s));
    }
    return sections;
}

Result<PersonSection> PersonDataReader::section(const std::string& name, const std::string& table,
                                                const std::string& sql, std::int64_t customerId) {
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, customerId);
    std::vector<std::string> names;
    std::vector<std::string> labels;
    PersonSection out{name, {}};
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        // The columns once the statement has run (a server's are known only then).
        if (names.empty())
            for (int i = 0; i < stmt->columnCount(); ++i) {
                names.push_back(stmt->columnName(i));
                labels.push_back(encryptedLabel(table, names.back()));
            }
        PersonRow row;
        for (int i = 0; i < static_cast<int>(names.size()); ++i) {
            if (endsWith(names[i], "_hash"))
                continue;
            PersonValue value;
            switch (stmt->columnType(i)) {
            case Statement::ColumnType::Integer: value = stmt->int64(i); break;
            case Statement::ColumnType::Real: value = stmt->real(i); break;
            case Statement::ColumnType::Text: value = stmt->text(i); break;
            case Statement::ColumnType::Blob: {
                if (labels[i].empty())
                    continue; // not personal data the person could read
                auto plain = m_cipher.decrypt(stmt->blob(i), labels[i]);
                if (!plain)
                    return plain.error();
                value = std::move(*plain);
                break;
            }
            case Statement::ColumnType::Null: break;
            }
            row.fields.emplace_back(names[i], std::move(value));
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace tessera::storage
