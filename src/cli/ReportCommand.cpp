// tessera-cli report tiers: the tier report of a scoring run (optionally
// compared with another) as CSV, XLSX or PDF.

#include "cli/Command.h"
#include "cli/TerminalProgress.h"
#include "domain/reports/TierReportService.h"
#include "domain/reports/TierReportWriter.h"

namespace tessera::cli {
namespace {

class ReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    const char* name() const override { return "report"; }

    void configure(CLI::App& command) override {
        command.description(tr("Write a report to a file.").toStdString());
        command.require_subcommand(1);
        CLI::App* tiers = command.add_subcommand(
            "tiers", tr("The tier report of a scoring run: customers and revenue per tier and per "
                        "account manager, and with --compare the promotions and demotions")
                         .toStdString());
        tiers->add_option("--format", m_format, tr("csv, xlsx or pdf").toStdString())
            ->required()
            ->option_text("FORMAT");
        tiers->add_option("--out", m_out, tr("The report file to write").toStdString())
            ->required()
            ->option_text("FILE");
        tiers->add_option("--run", m_run, tr("The scoring run (default: the newest)").toStdString())
            ->option_text("ID");
        tiers
            ->add_option(
                "--compare", m_compare,
                tr("A second run to compare with: who was promoted or demoted since").toStdString())
            ->option_text("RUN");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        // Quick mistakes first, before a password prompt.
        if (Status destination = domain::TierReportService::checkDestination(m_format, m_out);
            !destination)
            return out.fail(destination.error());
        domain::TierReportRequest request;
        if (m_run)
            request.runId = *m_run;
        request.compareRunId = m_compare;
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        domain::TierReportService reports(**ws);
        if (reports.exportNeedsConfirmation())
            if (Status confirmed = confirmIdentity(**ws); !confirmed)
                return out.fail(confirmed.error());
        TerminalProgress progress(out);
        auto done = reports.exportReport(request, m_format, m_out, progress.job());
        progress.clear();
        if (!done)
            return out.fail(done.error());
        print(out, *done);
        return finish(context, **ws);
    }

private:
    static void print(const Output& out, const domain::TierReportExport& done) {
        QString line = done.compareRunId
                           ? tr("Tier report of scoring run %1 compared with run %2: %3 customers, "
                                "%4 promoted, %5 demoted.")
                                 .arg(done.runId)
                                 .arg(*done.compareRunId)
                                 .arg(done.customers)
                                 .arg(done.promotions)
                                 .arg(done.demotions)
                           : tr("Tier report of scoring run %1: %2 customers.")
                                 .arg(done.runId)
                                 .arg(done.customers);
        out.line(line);
        out.line((done.masked ? tr("Written to %1 (%2; names of persons masked).")
                              : tr("Written to %1 (%2)."))
                     .arg(qs(done.path), qs(done.format)));
        out.document(QJsonObject{
            {"run", static_cast<qint64>(done.runId)},
            {"compare", done.compareRunId ? QJsonValue(static_cast<qint64>(*done.compareRunId))
                                          : QJsonValue()},
            {"format", qs(done.format)},
            {"out", qs(done.path)},
            {"customers", static_cast<qint64>(done.customers)},
            {"promotions", static_cast<qint64>(done.promotions)},
            {"demotions", static_cast<qint64>(done.demotions)},
            {"masked", done.masked}});
    }

    std::string m_format;
    std::string m_out;
    std::optional<std::int64_t> m_run;
    std::optional<std::int64_t> m_compare;
};

} // namespace

std::unique_ptr<Command> makeReportCommand() {
    return std::make_unique<ReportCommand>();
}

} // namespace tessera::cli
