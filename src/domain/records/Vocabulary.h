#pragma once

// The fixed vocabularies of the customer record and the interaction log, as
// stored keys with their translated labels.

#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace tessera::domain {

struct Term {
    std::string key;
    QString label; // translated
};

namespace vocabulary {

std::vector<Term> customerKinds();      // company, person
std::vector<Term> lifecycleStages();    // potential, new, growing, mature, declining, churned
std::vector<Term> loyaltyStages();      // awareness, evaluation, commitment, behaviour
std::vector<Term> riskLevels();         // low, medium, high
std::vector<Term> contactFrequencies(); // weekly, monthly, quarterly, yearly, never
std::vector<Term> channels();           // phone, email, visit, wechat, app, social, web, other
std::vector<Term> interactionKinds();   // call, meeting, email, message, complaint, referral, ...
std::vector<Term> directions();         // inbound, outbound
// The five CRMV dimensions, in their stored order (dimension 1..5).
std::vector<Term> crmvDimensions(); // personalised, emotional, rights, value, ease
// Keys as the scoring engine names them (scoring::tierName, rfmSegmentName), best first.
std::vector<Term> tiers();       // Diamond, Platinum, Gold, Silver, Bronze
std::vector<Term> rfmSegments(); // Champions, Loyal, ..., Lost

bool contains(const std::vector<Term>& terms, std::string_view key);
QString labelOf(const std::vector<Term>& terms, std::string_view key);

} // namespace vocabulary
} // namespace tessera::domain
