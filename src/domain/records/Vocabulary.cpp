#include "domain/records/Vocabulary.h"

#include <QCoreApplication>
#include <algorithm>

namespace tessera::domain::vocabulary {
std::vector<Term> customerKinds() {
    return {{"company", QCoreApplication::translate("Vocabulary", "Company")},
            {"person", QCoreApplication::translate("Vocabulary", "Person")}};
}

std::vector<Term> lifecycleStages() {
    return {{"potential", QCoreApplication::translate("Vocabulary", "Potential")},
            {"new", QCoreApplication::translate("Vocabulary", "New")},
            {"growing", QCoreApplication::translate("Vocabulary", "Growing")},
            {"mature", QCoreApplication::translate("Vocabulary", "Mature")},
            {"declining", QCoreApplication::translate("Vocabulary", "Declining")},
            {"churned", QCoreApplication::translate("Vocabulary", "Churned")}};
}

std::vector<Term> loyaltyStages() {
    return {{"awareness", QCoreApplication::translate("Vocabulary", "Awareness")},
            {"evaluation", QCoreApplication::translate("Vocabulary", "Evaluation")},
            {"commitment", QCoreApplication::translate("Vocabulary", "Commitment")},
            {"behaviour", QCoreApplication::translate("Vocabulary", "Advocacy (behaviour)")}};
}

std::vector<Term> crmvDimensions() {
    return {{"personalised", QCoreApplication::translate("Vocabulary", "Personalised service")},
            {"emotional", QCoreApplication::translate("Vocabulary", "Emotional connection")},
            {"rights", QCoreApplication::translate("Vocabulary", "Protection of rights")},
            {"value", QCoreApplication::translate("Vocabulary", "Perceived value")},
            {"ease", QCoreApplication::translate("Vocabulary", "Ease of interaction")}};
}

std::vector<Term> riskLevels() {
    return {{"low", QCoreApplication::translate("Vocabulary", "Low")},
            {"medium", QCoreApplication::translate("Vocabulary", "Medium")},
            {"high", QCoreApplication::translate("Vocabulary", "High")}};
}

std::vector<Term> contactFrequencies() {
    return {{"weekly", QCoreApplication::translate("Vocabulary", "Weekly")},
            {"monthly", QCoreApplication::translate("Vocabulary", "Monthly")},
            {"quarterly", QCoreApplication::translate("Vocabulary", "Quarterly")},
            {"yearly", QCoreApplication::translate("Vocabulary", "Yearly")},
            {"never", QCoreApplication::translate("Vocabulary", "Never")}};
}

std::vector<Term> channels() {
    return {{"phone", QCoreApplication::translate("Vocabulary", "Phone")},
            {"email", QCoreApplication::translate("Vocabulary", "Email")},
            {"visit", QCoreApplication::translate("Vocabulary", "Visit")},
            {"wechat", QCoreApplication::translate("Vocabulary", "WeChat")},
            {"app", QCoreApplication::translate("Vocabulary", "App")},
            {"social", QCoreApplication::translate("Vocabulary", "Social media")},
            {"web", QCoreApplication::translate("Vocabulary", "Website")},
            {"other", QCoreApplication::translate("Vocabulary", "Other")}};
}

std::vector<Term> interactionKinds() {
    return {{"call", QCoreApplication::translate("Vocabulary", "Call")},
            {"meeting", QCoreApplication::translate("Vocabulary", "Meeting")},
            {"email", QCoreApplication::translate("Vocabulary", "Email")},
            {"message", QCoreApplication::translate("Vocabulary", "Message")},
            {"complaint", QCoreApplication::translate("Vocabulary", "Complaint")},
            {"referral", QCoreApplication::translate("Vocabulary", "Referral")},
            {"review", QCoreApplication::translate("Vocabulary", "Review")},
            {"share", QCoreApplication::translate("Vocabulary", "Share")},
            {"comment", QCoreApplication::translate("Vocabulary", "Comment")},
            {"visit", QCoreApplication::translate("Vocabulary", "Visit")},
            {"other", QCoreApplication::translate("Vocabulary", "Other")}};
}

std::vector<Term> directions() {
    return {{"inbound", QCoreApplication::translate("Vocabulary", "Inbound")},
            {"outbound", QCoreApplication::translate("Vocabulary", "Outbound")}};
}

std::vector<Term> tiers() {
    return {{"Diamond", QCoreApplication::translate("Vocabulary", "Diamond")},
            {"Platinum", QCoreApplication::translate("Vocabulary", "Platinum")},
            {"Gold", QCoreApplication::translate("Vocabulary", "Gold")},
            {"Silver", QCoreApplication::translate("Vocabulary", "Silver")},
            {"Bronze", QCoreApplication::translate("Vocabulary", "Bronze")}};
}

std::vector<Term> rfmSegments() {
    return {{"Champions", QCoreApplication::translate("Vocabulary", "Champions")},
            {"Loyal", QCoreApplication::translate("Vocabulary", "Loyal")},
            {"Potential loyalist", QCoreApplication::translate("Vocabulary", "Potential loyalist")},
            {"New", QCoreApplication::translate("Vocabulary", "New", "RFM segment")},
            {"Promising", QCoreApplication::translate("Vocabulary", "Promising")},
            {"Need attention", QCoreApplication::translate("Vocabulary", "Need attention")},
            {"About to sleep", QCoreApplication::translate("Vocabulary", "About to sleep")},
            {"At risk", QCoreApplication::translate("Vocabulary", "At risk")},
            {"Can't lose", QCoreApplication::translate("Vocabulary", "Can't lose")},
            {"Hibernating", QCoreApplication::translate("Vocabulary", "Hibernating")},
            {"Lost", QCoreApplication::translate("Vocabulary", "Lost")}};
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
