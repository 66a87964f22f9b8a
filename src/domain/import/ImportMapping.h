#pragma once

// Which file column feeds which import field: recognised header names, plus
// the user's explicit "column=field" pairs, which win.

#include "common/Result.h"
#include "domain/import/ImportKind.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

class ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    // Fails when a pair names an unknown column or field, or a required field
    // has no column.
    static Result<ImportMapping> build(ImportKind kind, const std::vector<std::string>& header,
                                       const std::vector<std::string>& pairs);

    // The column index feeding `field`, or -1.
    int columnOf(const std::string& field) const;
    int columnOf(std::size_t fieldIndex) const { return m_columnOfField[fieldIndex]; }
    std::size_t columnCount() const { return m_columnCount; }
    // Columns that feed no field, to report as not imported.
    const std::vector<std::string>& ignoredColumns() const { return m_ignored; }

    static std::string normalise(std::string_view header);

private:
    ImportKind m_kind = ImportKind::Customers;
    std::vector<int> m_columnOfField; // by index into importFields(kind)
    std::vector<std::string> m_ignored;
    std::size_t m_columnCount = 0;
};

} // namespace tessera::domain
