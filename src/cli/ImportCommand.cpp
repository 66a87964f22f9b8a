// tessera-cli import KIND: loads a CSV (or CDNOW) file as one transaction.

#include "cli/Command.h"
#include "cli/TerminalProgress.h"
#include "domain/import/ImportService.h"

#include <QDir>
#include <QFileInfo>

namespace tessera::cli {
namespace {

class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    const char* name() const override { return "import"; }

    void configure(CLI::App& command) override {
        command.description(tr("Import customers, transactions, interactions, surveys or "
                               "tickets from a CSV file as one transaction.")
                                .toStdString());
        command.add_option("kind", m_kind, tr("What the file holds").toStdString())
            ->required()
            ->check(
                CLI::IsMember({"customers", "transactions", "interactions", "surveys", "tickets"}));
        command.add_option("--file", m_file, tr("The file to import").toStdString())
            ->required()
            ->option_text("CSV");
        command.add_option("--format", m_format, tr("csv (default) or cdnow").toStdString())
            ->check(CLI::IsMember({"csv", "cdnow"}));
        command
            .add_option("--map", m_mappings,
                        tr("Feed a field from a column: COLUMN=FIELD (repeatable)").toStdString())
            ->option_text("COLUMN=FIELD");
        command
            .add_option("--delimiter", m_delimiter,
                        tr("comma, semicolon or tab (default: detected)").toStdString())
            ->check(CLI::IsMember({",", ";", "tab", "comma", "semicolon"}));
        command.add_option("--encoding", m_encoding,
                           tr("auto (default), utf-8 or gbk").toStdString());
        command.add_flag("--strict", m_strict,
                         tr("Import nothing if any row is rejected").toStdString());
        command.add_flag(
            "--create-customers", m_createCustomers,
            tr("Create customers that rows refer to but that do not exist").toStdString());
        command
            .add_option(
                "--rejects", m_rejects,
                tr("Where to write rejected rows (default: FILE.rejected.csv)").toStdString())
            ->option_text("FILE");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        auto request = buildRequest();
        if (!request)
            return out.fail(request.error());
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        TerminalProgress progress(out);
        auto report = domain::ImportService(**ws).run(*request, progress.job());
        progress.clear();
        if (!report)
            return out.fail(report.error());
        print(out, *report);
        return finish(context, **ws);
    }

private:
    Result<domain::ImportRequest> buildRequest() const {
        domain::ImportRequest request;
        request.kind = *domain::importKindFromKey(m_kind);
        request.path = m_file;
        request.cdnowFormat = m_format == "cdnow";
        request.mappings = m_mappings;
        request.strict = m_strict;
        request.createCustomers = m_createCustomers;
        if (m_delimiter == "tab")
            request.dialect.delimiter = '\t';
        else if (m_delimiter == "semicolon" || m_delimiter == ";")
            request.dialect.delimiter = ';';
        else if (m_delimiter == "comma" || m_delimiter == ",")
            request.dialect.delimiter = ',';
        const auto encoding = domain::encodingFromName(m_encoding);
        if (!encoding)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Unknown encoding '%1'; use auto, utf-8 or gbk.")
                                 .arg(qs(m_encoding))
                                 .toStdString());
        request.dialect.encoding = *encoding;
        request.rejectsPath = m_rejects.empty() ? defaultRejectsPath() : m_rejects;
        return request;
    }

    // Next to the input when that folder is writable, else in the current folder.
    std::string defaultRejectsPath() const {
        const QFileInfo input(qs(m_file));
        const QString name = input.fileName() + QStringLiteral(".rejected.csv");
        if (QFileInfo(input.absolutePath()).isWritable())
            return input.absoluteDir().filePath(name).toStdString();
        return name.toStdString();
    }

    static void print(const Output& out, const domain::ImportReport& r) {
        out.line(
            tr("Read %1 rows: %2 loaded, %3 rejected; %4 customers created (import #%5, %6 s).")
                .arg(r.rowsRead)
                .arg(r.rowsLoaded)
                .arg(r.rowsRejected)
                .arg(r.customersCreated)
                .arg(r.importId)
                .arg(static_cast<double>(r.durationMs) / 1000.0, 0, 'f', 2));
        for (const std::string& warning : r.warnings)
            out.line(tr("Note: %1").arg(qs(warning)));
        for (std::size_t i = 0; i < r.firstRejections.size() && i < 5; ++i)
            out.line(tr("  line %1: %2")
                         .arg(r.firstRejections[i].line)
                         .arg(qs(r.firstRejections[i].reason)));
        if (!r.rejectsPath.empty())
            out.line(tr("Rejected rows and their reasons: %1").arg(qs(r.rejectsPath)));
        QJsonObject json;
        json["import_id"] = static_cast<qint64>(r.importId);
        json["kind"] = QString::fromLatin1(domain::importKindKey(r.kind).data());
        json["file"] = qs(r.file);
        json["encoding"] = qs(r.encoding);
        json["rows_read"] = static_cast<qint64>(r.rowsRead);
        json["rows_loaded"] = static_cast<qint64>(r.rowsLoaded);
        json["rows_rejected"] = static_cast<qint64>(r.rowsRejected);
        json["customers_created"] = static_cast<qint64>(r.customersCreated);
        json["duration_ms"] = static_cast<qint64>(r.durationMs);
        json["rejected_file"] =
            r.rejectsPath.empty() ? QJsonValue() : QJsonValue(qs(r.rejectsPath));
        json["warnings"] = jsonStrings(r.warnings);
        QJsonArray rejections;
        for (const auto& rejected : r.firstRejections)
            rejections.append(QJsonObject{{"line", static_cast<qint64>(rejected.line)},
                                          {"reason", qs(rejected.reason)}});
        json["rejections"] = rejections;
        out.document(json);
    }

    std::string m_kind;
    std::string m_file;
    std::string m_format = "csv";
    std::vector<std::string> m_mappings;
    std::string m_delimiter;
    std::string m_encoding = "auto";
    bool m_strict = false;
    bool m_createCustomers = false;
    std::string m_rejects;
};

} // namespace

std::unique_ptr<Command> makeImportCommand() {
    return std::make_unique<ImportCommand>();
}

} // namespace tessera::cli
