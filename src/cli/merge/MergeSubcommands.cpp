#include "cli/merge/MergeSubcommands.h"

#include "cli/CustomerRef.h"
#include "domain/merge/MergeService.h"

#include <QStringList>

namespace tessera::cli {

void MergeSubcommands::configure(CLI::App& customers) {
    m_merge = customers.add_subcommand(
        "merge", tr("Merge a duplicate customer into another: its contacts, activity, tags and "
                    "score history move over, and its code stays as an alias")
                     .toStdString());
    m_merge
        ->add_option("--into", m_into,
                     tr("The customer that stays (code or internal id)").toStdString())
        ->required()
        ->option_text("CODE");
    m_merge
        ->add_option("--from", m_from,
                     tr("The duplicate that goes into it (code or internal id)").toStdString())
        ->required()
        ->option_text("CODE");
    m_merge
        ->add_option("--take-from-b", m_takeFromB,
                     tr("Fields whose value comes from the duplicate, comma-separated: name, "
                        "kind, industry, region, channel, owner, lifecycle, risk, consent, "
                        "contact_frequency, phone, email, id_number, address, notes")
                         .toStdString())
        ->option_text("FIELDS");

    m_unmerge = customers.add_subcommand(
        "unmerge", tr("Undo a merge, as long as the customer it went into has not changed since")
                       .toStdString());
    m_unmerge
        ->add_option("--merge", m_mergeId,
                     tr("The merge's number, as customers merge printed it").toStdString())
        ->required()
        ->option_text("ID");
}

bool MergeSubcommands::parsed() const {
    return m_merge->parsed() || m_unmerge->parsed();
}

int MergeSubcommands::run(const Context& context) {
    auto ws = context.signIn();
    if (!ws)
        return context.out().fail(ws.error());
    const int code = m_merge->parsed() ? merge(context, **ws) : unmerge(context, **ws);
    return code == kExitOk ? finish(context, **ws) : code;
}

int MergeSubcommands::merge(const Context& context, domain::Workspace& ws) {
    const Output& out = context.out();
    auto fields = domain::MergeService::parseFields(m_takeFromB);
    if (!fields)
        return out.fail(fields.error());
    auto into = customerIdFor(ws, m_into);
    if (!into)
        return out.fail(into.error());
    auto from = customerIdFor(ws, m_from);
    if (!from)
        return out.fail(from.error());
    domain::MergePlan plan{*into, *from, *fields};
    auto merged = domain::MergeService(ws).merge(plan);
    if (!merged)
        return out.fail(merged.error());
    out.line(tr("Merged %1 into %2 as merge %3 (undo with: customers unmerge --merge %3).")
                 .arg(qs(m_from), qs(m_into))
                 .arg(merged->mergeId));
    QJsonObject moved;
    QJsonObject setAside;
    for (const auto& count : merged->counts) {
        moved[qs(count.table)] = static_cast<qint64>(count.moved);
        setAside[qs(count.table)] = static_cast<qint64>(count.setAside);
        if (count.moved || count.setAside)
            out.line(
                tr("  %1: %2 moved%3")
                    .arg(qs(count.table), -20)
                    .arg(count.moved)
                    .arg(count.setAside
                             ? tr(", %1 set aside (the survivor has the same)").arg(count.setAside)
                             : QString()));
    }
    QJsonArray taken;
    for (auto field : *fields)
        taken.append(QString::fromLatin1(domain::mergeFieldKey(field)));
    out.document(QJsonObject{{"merge", static_cast<qint64>(merged->mergeId)},
                             {"into", qs(m_into)},
                             {"from", qs(m_from)},
                             {"into_id", static_cast<qint64>(merged->intoId)},
                             {"from_id", static_cast<qint64>(merged->fromId)},
                             {"taken_from_b", taken},
                             {"moved", moved},
                             {"set_aside", setAside}});
    return kExitOk;
}

int MergeSubcommands::unmerge(const Context& context, domain::Workspace& ws) {
    const Output& out = context.out();
    if (Status undone = domain::MergeService(ws).unmerge(m_mergeId); !undone)
        return out.fail(undone.error());
    out.line(tr("Merge %1 undone: both customers are as they were before it.").arg(m_mergeId));
    out.document(QJsonObject{{"merge", static_cast<qint64>(m_mergeId)}, {"undone", true}});
    return kExitOk;
}

} // namespace tessera::cli
