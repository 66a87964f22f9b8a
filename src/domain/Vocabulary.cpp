#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::domain::vocabulary {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Vocabulary", text);
}

} // namespace

std::vector<Term> customerKinds() {
    return {{"company", tr("Company")}, {"person", tr("Person")}};
}

std::vector<Term> lifecycleStages() {
    return {{"potential", tr("Potential")}, {"new", tr("New")},
            {"growing", tr("Growing")},     {"mature", tr("Mature")},
            {"declining", tr("Declining")}, {"churned", tr("Churned")}};
}

std::vector<Term> riskLevels() {
    return {{"low", tr("Low")}, {"medium", tr("Medium")}, {"high", tr("High")}};
}

std::vector<Term> contactFrequencies() {
    return {{"weekly", tr("Weekly")},
            {"monthly", tr("Monthly")},
            {"quarterly", tr("Quarterly")},
            {"yearly", tr("Yearly")},
            {"never", tr("Never")}};
}

std::vector<Term> channels() {
    return {{"phone", tr("Phone")},   {"email", tr("Email")}, {"visit", tr("Visit")},
            {"wechat", tr("WeChat")}, {"app", tr("App")},     {"social", tr("Social media")},
            {"web", tr("Website")},   {"other", tr("Other")}};
}

std::vector<Term> interactionKinds() {
    return {
        {"call", tr("Call")},       {"meeting", tr("Meeting")},     {"email", tr("Email")},
        {"message", tr("Message")}, {"complaint", tr("Complaint")}, {"referral", tr("Referral")},
        {"review", tr("Review")},   {"share", tr("Share")},         {"comment", tr("Comment")},
        {"visit", tr("Visit")},     {"other", tr("Other")}};
}

std::vector<Term> directions() {
    return {{"inbound", tr("Inbound")}, {"outbound", tr("Outbound")}};
}

bool contains(const std::vector<Term>& terms, std::string_view key) {
    return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.key == key; });
}

QString labelOf(const std::vector<Term>& terms, std::string_view key) {
    for (const Term& term : terms)
        if (term.key == key)
            return term.label;
    return QString::fromUtf8(key.data(), static_cast<int>(key.size()));
}

} // namespace tessera::domain::vocabulary
