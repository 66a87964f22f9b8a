#include "domain/warnings/FollowUpRule.h"

namespace tessera::domain {

Result<std::vector<Warning>> FollowUpRule::evaluate(storage::WarningRepository& repository,
                                                    const WarningInputs& in) {
    return warningsFrom<storage::OverdueFollowUpFact>(
        [&](const auto& sink) { return repository.overdueFollowUps(in.asOfDay, in.owners, sink); },
        [&](const storage::OverdueFollowUpFact& f) -> std::optional<Warning> {
            const QString due = Calendar::isoDate(f.dueDay);
            const int late = in.asOfDay - f.dueDay;
            const QString reason =
                f.note.empty() || in.masksPersonalData
                    ? tr("Follow-up due %1 is %2 days overdue.").arg(due).arg(late)
                    : tr("Follow-up due %1 is %2 days overdue: %3")
                          .arg(due)
                          .arg(late)
                          .arg(QString::fromStdString(f.note));
            return makeWarning(f.customer, WarningKind::FollowUp, f.dueDay + 1, reason);
        });
}

} // namespace tessera::domain
