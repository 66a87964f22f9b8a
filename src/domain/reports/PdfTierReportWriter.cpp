#include "domain/reports/PdfTierReportWriter.h"

#include "domain/reports/ReportCellFormat.h"
#include "domain/reports/ReportProgress.h"
#include "domain/reports/TierReportLayout.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace tessera::domain {
namespace {

constexpr int kDpi = 300;

QFont reportFont(double points, bool bold = false) {
    QFont font;
    // Latin text and digits in DejaVu Sans, Chinese in Droid Sans Fallback,
    // both always there on Debian. Qt's PDF writer names each glyph by the
    // lowest character the font maps to it, so with Noto Sans CJK a copied or
    // searched 石 or 金 comes out as the look-alike Kangxi radical ⽯ or ⾦, and
    // digits beside Latin letters as nothing at all; these two fonts have
    // neither problem. Noto Sans CJK stands in where Droid is missing.
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: "profile" drawn with an fi ligature is found by no search.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// How much of the room left after every column's longest title word a
// column gets: names most, short numbers least.
double columnWeight(const ReportColumn& column) {
    if (column.key == "name" || column.key == "owner")
        return 2.2;
    switch (column.kind) {
    case ReportValueKind::Text:
    case ReportValueKind::Segment: return 1.4;
    case ReportValueKind::Tier:
    case ReportValueKind::Movement:
    case ReportValueKind::Money: return 1.1;
    default: return 0.8;
    }
}

constexpr int kMaxHeaderLines = 3;

// A typical widest value of the column, so that dates, tier names and
// amounts are not cut short.
QString typicalValue(const ReportColumn& column) {
    if (column.key == "name")
        return QStringLiteral("Shanghai Trading Co.");
    if (column.key == "owner")
        return QStringLiteral("Account Manager");
    if (column.key == "kind")
        return QStringLiteral("company");
    switch (column.kind) {
    case ReportValueKind::Tier: return QStringLiteral("Platinum");
    case ReportValueKind::Movement: return QStringLiteral("Promoted");
    case ReportValueKind::Segment: return QStringLiteral("Need attention");
    case ReportValueKind::Money: return QStringLiteral("000,000.00");
    case ReportValueKind::Count: return QStringLiteral("00,000");
    case ReportValueKind::Share: return QStringLiteral("100.0%");
    case ReportValueKind::Probability: return QStringLiteral("0.0000");
    default: return {};
    }
}

// Draws the document page by page: a cursor down the page, a new page (with
// the table's header again) when the next row would not fit, and the page
// number in the footer.
class PdfPages {
public:
    PdfPages(QPdfWriter& pdf, QPainter& painter, QString footer)
        : m_pdf(pdf), m_painter(painter), m_footer(std::move(footer)) {
        m_area = QRectF(pdf.pageLayout().paintRectPixels(kDpi));
        m_area.moveTo(0, 0);
        m_y = 0;
    }

    void title(const ReportDocument& document);
    Status table(const ReportTable& table, ReportProgress& progress);
    void finish() { drawFooter(); }

private:
    double lineHeight(const QFont& font) const {
        return QFontMetricsF(font, &m_pdf).height() * 1.45;
    }
    bool fits(double height) const { return m_y + height <= m_area.height() - footerHeight(); }
    double footerHeight() const { return lineHeight(reportFont(7)) * 1.5; }
    void newPage();
    void drawFooter();
    void drawHeader(const std::vector<ReportColumn>& columns, const std::vector<double>& widths);
    void drawRow(const std::vector<QString>& cells, const std::vector<ReportColumn>& columns,
                 const std::vector<double>& widths, const QFont& font, bool shaded, int lines = 1);
    std::vector<double> columnWidths(const std::vector<ReportColumn>& columns) const;

    QPdfWriter& m_pdf;
    QPainter& m_painter;
    QString m_footer;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
    ReportCellFormat m_format;
};

void PdfPages::newPage() {
    drawFooter();
    m_pdf.newPage();
    ++m_page;
    m_y = 0;
}

void PdfPages::drawFooter() {
    const QFont font = reportFont(7);
    m_painter.setFont(font);
    m_painter.setPen(QColor(0x55, 0x5f, 0x6a));
    const QRectF line(0, m_area.height() - lineHeight(font), m_area.width(), lineHeight(font));
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                       PdfTierReportWriter::tr("Page %1").arg(m_page));
}

void PdfPages::title(const ReportDocument& document) {
    const QFont heading = reportFont(16, true);
    m_painter.setFont(heading);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, m_y, m_area.width(), lineHeight(heading)),
                       Qt::AlignLeft | Qt::AlignVCenter, document.title);
    m_y += lineHeight(heading) * 1.2;
    const QFont label = reportFont(9, true);
    const QFont value = reportFont(9);
    const double labelWidth = m_area.width() * 0.25;
    const double valueWidth = m_area.width() - labelWidth;
    const QFontMetricsF valueMetrics(value, &m_pdf);
    for (const ReportFact& fact : document.facts) {
        // A long value (the lifetime value model warnings) wraps between words.
        const double line = lineHeight(value);
        const double height = std::max(
            line,
            valueMetrics.boundingRect(QRectF(0, 0, valueWidth, 1e6), Qt::TextWordWrap, fact.value)
                .height());
        m_painter.setFont(label);
        m_painter.drawText(QRectF(0, m_y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                           fact.label);
        m_painter.setFont(value);
        m_painter.drawText(QRectF(labelWidth, m_y, valueWidth, height),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, fact.value);
        m_y += height;
    }
}

std::vector<double> PdfPages::columnWidths(const std::vector<ReportColumn>& columns) const {
    // Each column at least as wide as the longest word of its title (titles
    // wrap between words) and a typical value, the rest shared out by weight.
    const QFontMetricsF header(reportFont(7, true), &m_pdf);
    const QFontMetricsF body(reportFont(7), &m_pdf);
    const double padding = header.averageCharWidth() * 1.5;
    std::vector<double> widths;
    double used = 0, weights = 0;
    for (const ReportColumn& column : columns) {
        double word = body.horizontalAdvance(typicalValue(column));
        for (const QString& part : column.title.split(QLatin1Char(' ')))
            word = std::max(word, header.horizontalAdvance(part));
        widths.push_back(word + padding);
        used += widths.back();
        weights += columnWeight(column);
    }
    const double spare = std::max(0.0, m_area.width() - used);
    for (std::size_t c = 0; c < widths.size(); ++c)
        widths[c] += spare * columnWeight(columns[c]) / weights;
    if (used > m_area.width()) // too many columns: all narrower alike
        for (double& width : widths)
            width *= m_area.width() / used;
    return widths;
}

void PdfPages::drawRow(const std::vector<QString>& cells, const std::vector<ReportColumn>& columns,
                       const std::vector<double>& widths, const QFont& font, bool shaded,
                       int lines) {
    const double height = lineHeight(font) * lines;
    if (shaded)
        m_painter.fillRect(QRectF(0, m_y, m_area.width(), height), QColor(0xf1, 0xf4, 0xf7));
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, &m_pdf);
    const double padding = metrics.averageCharWidth() * 0.5;
    double x = 0;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const bool number = columns[c].kind >= ReportValueKind::Count;
        const QRectF box(x + padding, m_y, widths[c] - 2 * padding, height);
        const int align = (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        if (lines > 1)
            m_painter.drawText(box, align | Qt::TextWordWrap, cells[c]);
        else
            m_painter.drawText(box, align,
                               metrics.elidedText(cells[c], Qt::ElideRight, box.width()));
        x += widths[c];
    }
    m_y += height;
}

// Column titles wrap between words where a column is too narrow for them.
void PdfPages::drawHeader(const std::vector<ReportColumn>& columns,
                          const std::vector<double>& widths) {
    const QFont font = reportFont(7, true);
    const QFontMetricsF metrics(font, &m_pdf);
    const double padding = metrics.averageCharWidth();
    std::vector<QString> titles;
    double tallest = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        titles.push_back(columns[c].title);
        const QRectF room(0, 0, widths[c] - padding, 1e6);
        tallest =
            std::max(tallest, metrics.boundingRect(room, Qt::TextWordWrap, titles.back()).height());
    }
    const int lines = std::clamp(static_cast<int>(std::ceil(tallest / metrics.height() - 0.01)), 1,
                                 kMaxHeaderLines);
    drawRow(titles, columns, widths, font, /*shaded=*/true, lines);
    m_painter.setPen(QPen(QColor(0x8a, 0x96, 0xa3), kDpi / 150.0));
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_area.width(), m_y));
}

Status PdfPages::table(const ReportTable& table, ReportProgress& progress) {
    const QFont heading = reportFont(11, true);
    const QFont body = reportFont(7);
    const QFont total = reportFont(7, true);
    std::vector<std::size_t> shown; // the columns the PDF shows
    std::vector<ReportColumn> columns;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (!table.columns[c].sameOnEveryRow) {
            shown.push_back(c);
            columns.push_back(table.columns[c]);
        }
    const std::vector<double> widths = columnWidths(columns);
    // The heading stays with the header and a first row.
    m_y += lineHeight(heading) * 0.6;
    if (!fits(lineHeight(heading) + 3 * lineHeight(body)))
        newPage();
    m_painter.setFont(heading);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, m_y, m_area.width(), lineHeight(heading)),
                       Qt::AlignLeft | Qt::AlignVCenter, table.title);
    m_y += lineHeight(heading);
    drawHeader(columns, widths);

    std::int64_t drawn = 0;
    std::vector<QString> cells(columns.size());
    Status status;
    TESSERA_TRY(table.forEachRow([&](const ReportRow& row) {
        if (drawn == PdfTierReportWriter::kMaxRowsPerTable)
            return false;
        if (!fits(lineHeight(body))) {
            newPage(); // the header again, so each page reads on its own
            drawHeader(columns, widths);
        }
        for (std::size_t c = 0; c < shown.size(); ++c)
            cells[c] = m_format.display(columns[c], row[shown[c]]);
        const bool isTotal = table.lastRowIsTotal && drawn + 1 == table.rowCount;
        drawRow(cells, columns, widths, isTotal ? total : body, drawn % 2 == 1);
        ++drawn;
        status = progress.row();
        return status.ok();
    }));
    TESSERA_TRY(status);
    if (drawn == 0 || drawn < table.rowCount) {
        const QString note =
            drawn == 0 ? PdfTierReportWriter::tr("None.")
                       : PdfTierReportWriter::tr(
                             "The first %1 of %2 rows; the CSV and XLSX exports hold them all.")
                             .arg(drawn)
                             .arg(table.rowCount);
        if (!fits(lineHeight(body)))
            newPage();
        m_painter.setFont(reportFont(7, false));
        m_painter.drawText(QRectF(0, m_y, m_area.width(), lineHeight(body)),
                           Qt::AlignLeft | Qt::AlignVCenter, note);
        m_y += lineHeight(body);
    }
    return {};
}

Error pdfError(const char* what, const std::string& path, const QString& reason = {}) {
    return makeError(ErrorCode::IoError, QCoreApplication::translate("PdfTierReportWriter", what)
                                             .arg(QString::fromStdString(path), reason)
                                             .toStdString());
}

} // namespace

Status PdfTierReportWriter::write(const TierReport& report, const std::string& path,
                                  const JobControl& job) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(
            ErrorCode::Internal,
            PdfTierReportWriter::tr("Writing a PDF needs Qt's graphical application object "
                                    "(QGuiApplication); this program did not create one.")
                .toStdString());
    const ReportDocument document = TierReportLayout::document(report);
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return pdfError(
            QT_TRANSLATE_NOOP("PdfTierReportWriter", "Cannot write %1: %2. Choose another folder."),
            path, file.errorString());
    QPdfWriter pdf(&file);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                  QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Tessera"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return pdfError(QT_TRANSLATE_NOOP("PdfTierReportWriter", "Cannot write %1."), path);
    ReportProgress progress(document, job, kMaxRowsPerTable);
    PdfPages pages(pdf, painter, document.title);
    pages.title(document);
    for (const ReportTable& table : document.tables)
        if (Status drawn = pages.table(table, progress); !drawn) {
            painter.end();
            return drawn; // the QSaveFile is dropped: no file
        }
    pages.finish();
    if (!painter.end() || !file.commit())
        return pdfError(QT_TRANSLATE_NOOP("PdfTierReportWriter", "Saving %1 failed: %2."), path,
                        file.errorString());
    progress.done();
    return {};
}

} // namespace tessera::domain
