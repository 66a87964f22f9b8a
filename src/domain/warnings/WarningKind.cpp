#include "domain/warnings/WarningKind.h"

#include <QCoreApplication>

namespace tessera::domain {

const char* warningKindKey(WarningKind kind) {
    switch (kind) {
    case WarningKind::Churn: return "churn";
    case WarningKind::OverContact: return "over-contact";
    case WarningKind::Cadence: return "cadence";
    case WarningKind::ValueFlow: return "value-flow";
    case WarningKind::FollowUp: return "follow-up";
    case WarningKind::FirstResponseLate: return "first-response-late";
    case WarningKind::ResolutionLate: return "resolution-late";
    case WarningKind::HealthLow: return "health";
    }
    return "churn";
}

std::optional<WarningKind> warningKindFromKey(std::string_view key) {
    for (WarningKind kind : kAllWarningKinds)
        if (key == warningKindKey(kind))
            return kind;
    return std::nullopt;
}

QString warningKindLabel(WarningKind kind) {
    switch (kind) {
    case WarningKind::Churn: return QCoreApplication::translate("WarningKind", "Churn risk");
    case WarningKind::OverContact:
        return QCoreApplication::translate("WarningKind", "Over-contact");
    case WarningKind::Cadence: return QCoreApplication::translate("WarningKind", "Contact overdue");
    case WarningKind::ValueFlow: return QCoreApplication::translate("WarningKind", "Value drop");
    case WarningKind::FollowUp:
        return QCoreApplication::translate("WarningKind", "Follow-up overdue");
    case WarningKind::FirstResponseLate:
        return QCoreApplication::translate("WarningKind", "First response late");
    case WarningKind::ResolutionLate:
        return QCoreApplication::translate("WarningKind", "Resolution late");
    case WarningKind::HealthLow: return QCoreApplication::translate("WarningKind", "Low health");
    }
    return {};
}

} // namespace tessera::domain
