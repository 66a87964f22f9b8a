#include "domain/import/ImportMapping.h"

#include <QStringList>
#include <algorithm>

namespace tessera::domain {
namespace {

QString joinedColumns(const std::vector<std::string>& header) {
    QStringList names;
    for (const std::string& name : header)
        names << QString::fromStdString(name);
    return names.join(QStringLiteral(", "));
}

QString joinedFields(ImportKind kind) {
    QStringList names;
    for (const ImportField& field : importFields(kind))
        names << QString::fromStdString(field.key);
    return names.join(QStringLiteral(", "));
}

int fieldIndex(ImportKind kind, const std::string& key) {
    const auto& fields = importFields(kind);
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].key == key)
            return static_cast<int>(i);
    return -1;
}

} // namespace

std::string ImportMapping::normalise(std::string_view header) {
    std::string out;
    for (char c : header) {
        if (c == ' ' || c == '_' || c == '-' || c == '\t' || c == '"')
            continue;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

Result<ImportMapping> ImportMapping::build(ImportKind kind, const std::vector<std::string>& header,
                                           const std::vector<std::string>& pairs) {
    ImportMapping mapping;
    mapping.m_kind = kind;
    mapping.m_columnCount = header.size();
    const auto& fields = importFields(kind);
    mapping.m_columnOfField.assign(fields.size(), -1);
    std::vector<bool> columnUsed(header.size(), false);

    // Explicit pairs first.
    for (const std::string& pair : pairs) {
        const auto equals = pair.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == pair.size())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The mapping '%1' must look like COLUMN=FIELD.")
                                 .arg(QString::fromStdString(pair))
                                 .toStdString());
        const std::string column = pair.substr(0, equals);
        const std::string field = pair.substr(equals + 1);
        const int f = fieldIndex(kind, field);
        if (f < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("'%1' is not a field of %2 imports. Fields: %3.")
                                 .arg(QString::fromStdString(field),
                                      QString::fromLatin1(importKindKey(kind).data()),
                                      joinedFields(kind))
                                 .toStdString());
        auto it = std::find(header.begin(), header.end(), column);
        if (it == header.end())
            it = std::find_if(header.begin(), header.end(), [&](const std::string& h) {
                return normalise(h) == normalise(column);
            });
        if (it == header.end())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file has no column '%1'. Columns: %2.")
                                 .arg(QString::fromStdString(column), joinedColumns(header))
                                 .toStdString());
        const int c = static_cast<int>(it - header.begin());
        mapping.m_columnOfField[f] = c;
        columnUsed[c] = true;
    }
    // Then recognised header names, for fields still without a column.
    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (mapping.m_columnOfField[f] >= 0)
            continue;
        for (std::size_t c = 0; c < header.size() && mapping.m_columnOfField[f] < 0; ++c) {
            if (columnUsed[c])
                continue;
            const std::string name = normalise(header[c]);
            for (const std::string& synonym : fields[f].synonyms) {
                if (name == normalise(synonym)) {
                    mapping.m_columnOfField[f] = static_cast<int>(c);
                    columnUsed[c] = true;
                    break;
                }
            }
        }
    }
    for (std::size_t f = 0; f < fields.size(); ++f) {
        if (fields[f].required && mapping.m_columnOfField[f] < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file has no column for the required field '%1'. Columns "
                                "found: %2. Name a column with --map COLUMN=%1.")
                                 .arg(QString::fromStdString(fields[f].key), joinedColumns(header))
                                 .toStdString());
    }
    for (std::size_t c = 0; c < header.size(); ++c)
        if (!columnUsed[c])
            mapping.m_ignored.push_back(header[c]);
    return mapping;
}

int ImportMapping::columnOf(const std::string& field) const {
    const int f = fieldIndex(m_kind, field);
    return f < 0 ? -1 : m_columnOfField[f];
}

} // namespace tessera::domain
