#include "cli/rights/RightsSubcommands.h"

#include "cli/CustomerRef.h"
#include "domain/rights/ErasureService.h"
#include "domain/rights/PersonExportService.h"

#include <QJsonObject>

namespace tessera::cli {

void RightsSubcommands::configure(CLI::App& customers) {
    m_export = customers.add_subcommand(
        "export-person",
        tr("Write everything held about one person to a JSON file, on their request "
           "(administrators; asks for the password again)")
            .toStdString());
    m_export->add_option("--id", m_id, tr("The customer's code").toStdString())
        ->required()
        ->option_text("CODE");
    m_export->add_option("--out", m_out, tr("The JSON file to write").toStdString())
        ->required()
        ->option_text("FILE");

    m_erase = customers.add_subcommand(
        "erase", tr("Erase a person's personal data: the name becomes a pseudonym, contact "
                    "details, ID number, address, notes and comments are deleted; revenue and "
                    "scores stay (administrators; asks for the password again)")
                     .toStdString());
    m_erase->add_option("--id", m_id, tr("The customer's code").toStdString())
        ->required()
        ->option_text("CODE");
    m_erase
        ->add_option("--reason", m_reason,
                     tr("Why (e.g. the person's request and its date); kept in the register of "
                        "erasures, so name no personal data")
                         .toStdString())
        ->required()
        ->option_text("TEXT");
}

bool RightsSubcommands::parsed() const {
    return m_export->parsed() || m_erase->parsed();
}

int RightsSubcommands::run(const Context& context) {
    const Output& out = context.out();
    auto ws = context.signIn();
    if (!ws)
        return out.fail(ws.error());
    auto customer = customerIdFor(**ws, m_id);
    if (!customer)
        return out.fail(customer.error());
    if (Status confirmed = confirmIdentity(**ws); !confirmed)
        return out.fail(confirmed.error());
    const int code = m_export->parsed() ? exportPerson(context, **ws, *customer)
                                        : erase(context, **ws, *customer);
    return code == kExitOk ? finish(context, **ws) : code;
}

int RightsSubcommands::exportPerson(const Context& context, domain::Workspace& ws,
                                    std::int64_t customerId) {
    const Output& out = context.out();
    auto summary = domain::PersonExportService(ws).exportPerson(customerId, m_out);
    if (!summary)
        return out.fail(summary.error());
    out.line(
        tr("Wrote %1 rows about customer %2 to %3.").arg(summary->rows).arg(qs(m_id), qs(m_out)));
    out.document(QJsonObject{{"customer", qs(m_id)},
                             {"customer_id", static_cast<qint64>(customerId)},
                             {"rows", static_cast<qint64>(summary->rows)},
                             {"file", qs(m_out)}});
    return kExitOk;
}

int RightsSubcommands::erase(const Context& context, domain::Workspace& ws,
                             std::int64_t customerId) {
    const Output& out = context.out();
    auto report = domain::ErasureService(ws).erase(customerId, m_reason);
    if (!report)
        return out.fail(report.error());
    out.line(tr("Erased the personal data of customer %1; it is now %2 (erasure %3). Backups "
                "made before still hold it until retention removes them: see 'backup --list'.")
                 .arg(qs(m_id), qs(report->pseudonym))
                 .arg(report->erasureId));
    if (!report->walTruncated)
        out.line(tr("Another program has this database open: old pages leave its WAL file "
                    "when that program closes it."));
    out.document(QJsonObject{{"customer", qs(m_id)},
                             {"customer_id", static_cast<qint64>(customerId)},
                             {"pseudonym", qs(report->pseudonym)},
                             {"erasure", static_cast<qint64>(report->erasureId)},
                             {"wal_truncated", report->walTruncated}});
    return kExitOk;
}

} // namespace tessera::cli
