#include "domain/files/CsvWriter.h"

#include <QCoreApplication>
#include <algorithm>
#include <csv.h>

namespace tessera::domain {
Result<std::unique_ptr<CsvWriter>> CsvWriter::create(const std::string& path, bool withBom) {
    std::unique_ptr<CsvWriter> writer(new CsvWriter(path));
    if (!writer->m_file.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::IoError,
            QCoreApplication::translate("CsvWriter", "Cannot write %1: %2. Choose another folder.")
                .arg(QString::fromStdString(path), writer->m_file.errorString())
                .toStdString());
    if (withBom)
        writer->m_file.write("\xEF\xBB\xBF", 3);
    return writer;
}

Status CsvWriter::writeField(std::string_view field, bool last) {
    // Quote only when needed; libcsv doubles embedded quotes.
    const bool needsQuotes =
        std::any_of(field.begin(), field.end(),
                    [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; }) ||
        (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (needsQuotes) {
        const std::size_t start = m_buffer.size();
        m_buffer.resize(start + field.size() * 2 + 2);
        const std::size_t written =
            csv_write(m_buffer.data() + start, m_buffer.size() - start, field.data(), field.size());
        m_buffer.resize(start + written);
    } else {
        m_buffer.append(field);
    }
    m_buffer += last ? "\r\n" : ",";
    return {};
}

Status CsvWriter::writeRow(const std::vector<std::string_view>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i)
        TESSERA_TRY(writeField(fields[i], i + 1 == fields.size()));
    if (fields.empty())
        m_buffer += "\r\n";
    // Rows are collected and written a megabyte at a time: one write per row
    // cost a million calls for a million-customer export.
    return m_buffer.size() >= kFlushSize ? flush() : Status{};
}

Status CsvWriter::flush() {
    const auto size = static_cast<qint64>(m_buffer.size());
    const bool written = m_file.write(m_buffer.data(), size) == size;
    m_buffer.clear();
    if (!written)
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate("CsvWriter", "Writing %1 failed: %2.")
                             .arg(QString::fromStdString(m_path), m_file.errorString())
                             .toStdString());
    return {};
}

Status CsvWriter::writeRow(const std::vector<std::string>& fields) {
    std::vector<std::string_view> views(fields.begin(), fields.end());
    return writeRow(views);
}

Status CsvWriter::commit() {
    TESSERA_TRY(flush());
    if (!m_file.commit())
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate("CsvWriter", "Saving %1 failed: %2.")
                             .arg(QString::fromStdString(m_path), m_file.errorString())
                             .toStdString());
    return {};
}

} // namespace tessera::domain
