#include "domain/reports/XlsxTierReportWriter.h"

#include "domain/files/StagedFile.h"
#include "domain/reports/ReportCellFormat.h"
#include "domain/reports/ReportProgress.h"
#include "domain/reports/TierReportLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cstdio>
#include <map>
#include <memory>
#include <utility>
#include <xlsxwriter.h>

namespace tessera::domain {
namespace {

constexpr lxw_row_t kRowsPerSheet = LXW_ROW_MAX; // the header and 1,048,575 rows
constexpr int kSheetNameLength = 31;
constexpr std::size_t kSheetBuffer = std::size_t{1} << 20;

Error xlsxError(const std::string& path, lxw_error error) {
    return makeError(ErrorCode::IoError,
                     QCoreApplication::translate("XlsxTierReportWriter", "Writing %1 failed: %2.")
                         .arg(QString::fromStdString(path), QString::fromUtf8(lxw_strerror(error)))
                         .toStdString());
}

const char* numberFormat(ReportValueKind kind) {
    switch (kind) {
    case ReportValueKind::Count: return "#,##0";
    case ReportValueKind::Integer: return "0";
    case ReportValueKind::Money: return "#,##0.00";
    case ReportValueKind::Share: return "0.0%";
    case ReportValueKind::Points: return "0.0";
    case ReportValueKind::Probability: return "0.0000";
    default: return nullptr;
    }
}

double columnWidth(const ReportColumn& column) {
    if (column.key == "name" || column.key == "owner")
        return 24;
    return column.kind == ReportValueKind::Text ? 16 : 13;
}

// One workbook being written: its cell formats, its sheet names, and the
// libxlsxwriter object, freed without writing unless closed.
class Workbook {
public:
    Workbook(lxw_workbook* book, std::string path) : m_book(book), m_path(std::move(path)) {
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xE8EEF4);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        // Only distinct formats, and none for plain text: libxlsxwriter 1.1
        // hashes a format that duplicates another on every cell written with
        // it (17% of the time of a million-row report).
        lxw_format* boldText = workbook_add_format(m_book);
        format_set_bold(boldText);
        for (bool bold : {false, true})
            for (int kind = 0; kind <= static_cast<int>(ReportValueKind::Probability); ++kind) {
                const char* number = numberFormat(static_cast<ReportValueKind>(kind));
                if (!number) {
                    m_cells[bold][kind] = bold ? boldText : nullptr;
                    continue;
                }
                lxw_format* format = workbook_add_format(m_book);
                format_set_num_format(format, number);
                if (bold)
                    format_set_bold(format);
                m_cells[bold][kind] = format;
            }
    }
    ~Workbook() {
        if (m_book)
            lxw_workbook_free(m_book);
    }

    lxw_worksheet* addSheet(const QString& title);
    Status writeFacts(const ReportDocument& document);
    Status writeTable(const ReportTable& table, ReportProgress& progress);
    Status close() {
        const lxw_error error = workbook_close(std::exchange(m_book, nullptr));
        return error == LXW_NO_ERROR ? Status{} : Status{xlsxError(m_path, error)};
    }

private:
    lxw_worksheet* startTableSheet(const ReportTable& table, const QString& title);
    Status writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ReportColumn& column,
                     const ReportCell& cell, bool bold);
    Status check(lxw_error error) const {
        return error == LXW_NO_ERROR ? Status{} : Status{xlsxError(m_path, error)};
    }

    lxw_workbook* m_book;
    std::string m_path;
    lxw_format* m_header = nullptr;
    lxw_format* m_title = nullptr;
    lxw_format* m_cells[2][static_cast<int>(ReportValueKind::Probability) + 1] = {};
    // The translated name of a tier, segment or movement key as UTF-8, made
    // once per key rather than once per cell.
    const char* label(ReportValueKind kind, const std::string& key) {
        auto [it, added] = m_labels.try_emplace({kind, key});
        if (added)
            it->second = m_text.label(kind, key).toUtf8();
        return it->second.constData();
    }

    ReportCellFormat m_text;
    std::map<std::pair<ReportValueKind, std::string>, QByteArray> m_labels;
    std::vector<std::unique_ptr<char[]>> m_buffers; // of the sheets' temporary files
    QSet<QString> m_sheetNames;
};

lxw_worksheet* Workbook::addSheet(const QString& title) {
    // Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case.
    QString base = title;
    base.remove(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")));
    base = base.left(kSheetNameLength);
    QString name = base;
    for (int n = 2; m_sheetNames.contains(name.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(kSheetNameLength - static_cast<int>(suffix.size())) + suffix;
    }
    m_sheetNames.insert(name.toLower());
    return workbook_add_worksheet(m_book, name.toUtf8().constData());
}

Status Workbook::writeFacts(const ReportDocument& document) {
    lxw_worksheet* sheet = addSheet(QCoreApplication::translate("XlsxTierReportWriter", "Report"));
    worksheet_set_column(sheet, 0, 0, 30, nullptr);
    worksheet_set_column(sheet, 1, 1, 50, nullptr);
    TESSERA_TRY(
        check(worksheet_write_string(sheet, 0, 0, document.title.toUtf8().constData(), m_title)));
    lxw_row_t row = 2;
    for (const ReportFact& fact : document.facts) {
        TESSERA_TRY(check(
            worksheet_write_string(sheet, row, 0, fact.label.toUtf8().constData(), m_header)));
        TESSERA_TRY(check(
            worksheet_write_string(sheet, row++, 1, fact.value.toUtf8().constData(), nullptr)));
    }
    return {};
}

lxw_worksheet* Workbook::startTableSheet(const ReportTable& table, const QString& title) {
    lxw_worksheet* sheet = addSheet(title);
    // In constant-memory mode each sheet's XML goes through a temporary file
    // by stdio: a large buffer writes a million rows in far fewer system calls.
    // (glibc ignores the size unless given the buffer; the buffer must live
    // until the workbook is closed or freed.)
    if (sheet && sheet->file) {
        m_buffers.push_back(std::make_unique<char[]>(kSheetBuffer));
        std::setvbuf(sheet->file, m_buffers.back().get(), _IOFBF, kSheetBuffer);
    }
    for (lxw_col_t c = 0; c < table.columns.size(); ++c) {
        worksheet_set_column(sheet, c, c, columnWidth(table.columns[c]), nullptr);
        worksheet_write_string(sheet, 0, c, table.columns[c].title.toUtf8().constData(), m_header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return sheet;
}

Status Workbook::writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                           const ReportColumn& column, const ReportCell& cell, bool bold) {
    lxw_format* format = m_cells[bold][static_cast<int>(column.kind)];
    if (const auto* number = std::get_if<double>(&cell))
        return check(worksheet_write_number(sheet, row, col, *number, format));
    if (const auto* text = std::get_if<std::string>(&cell)) {
        if (column.kind == ReportValueKind::Text)
            return check(worksheet_write_string(sheet, row, col, text->c_str(), format));
        return check(worksheet_write_string(sheet, row, col, label(column.kind, *text), format));
    }
    return {};
}

Status Workbook::writeTable(const ReportTable& table, ReportProgress& progress) {
    int part = 1;
    lxw_worksheet* sheet = startTableSheet(table, table.title);
    lxw_row_t row = 1;
    std::int64_t written = 0;
    Status status;
    TESSERA_TRY(table.forEachRow([&](const ReportRow& cells) {
        if (row == kRowsPerSheet) {
            sheet = startTableSheet(table, QStringLiteral("%1 (%2)").arg(table.title).arg(++part));
            row = 1;
        }
        const bool bold = table.lastRowIsTotal && ++written == table.rowCount;
        for (lxw_col_t c = 0; c < cells.size() && status; ++c)
            status = writeCell(sheet, row, c, table.columns[c], cells[c], bold);
        ++row;
        if (status)
            status = progress.row();
        return status.ok();
    }));
    return status;
}

} // namespace

Status XlsxTierReportWriter::write(const TierReport& report, const std::string& path,
                                   const JobControl& job) {
    const ReportDocument document = TierReportLayout::document(report);
    auto staged = StagedFile::create(path);
    if (!staged)
        return staged.error();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a million rows make sheets of more than 4 GB uncompressed
    lxw_workbook* book = workbook_new_opt((*staged)->temporaryPath().c_str(), &options);
    if (!book)
        return xlsxError(path, LXW_ERROR_CREATING_XLSX_FILE);
    Workbook workbook(book, path);
    ReportProgress progress(document, job);
    TESSERA_TRY(workbook.writeFacts(document));
    for (const ReportTable& table : document.tables)
        TESSERA_TRY(workbook.writeTable(table, progress));
    TESSERA_TRY(workbook.close());
    TESSERA_TRY((*staged)->commit());
    progress.done();
    return {};
}

} // namespace tessera::domain
