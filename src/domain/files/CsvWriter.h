#pragma once

// Writes a CSV file safely: rows are quoted by libcsv, the file is written to a
// temporary name and only replaces the target on commit(), so a failed or
// cancelled export never leaves half a file behind.

#include "common/Result.h"

#include <QSaveFile>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

class CsvWriter {
public:
    // `withBom` writes a UTF-8 byte order mark so spreadsheet programs read
    // Chinese text correctly.
    static Result<std::unique_ptr<CsvWriter>> create(const std::string& path, bool withBom);

    Status writeRow(const std::vector<std::string>& fields);
    Status writeRow(const std::vector<std::string_view>& fields);
    Status commit();
    const std::string& path() const { return m_path; }

private:
    CsvWriter(std::string path) : m_path(std::move(path)), m_file(QString::fromStdString(m_path)) {}
    Status writeField(std::string_view field, bool last);
    Status flush();

    static constexpr std::size_t kFlushSize = std::size_t{1} << 20;

    std::string m_path;
    QSaveFile m_file;
    std::string m_buffer;
};

} // namespace tessera::domain
