#pragma once

// Says in words and figures how a customer's scores and tier came about, from
// what the run stored: the raw values against the run's cut values, the
// RFMS sum, the segment lookup, the cluster, the CRMV weights, the tier
// cut-offs and the lifetime-value models.

#include "domain/scoring/ProfileService.h"
#include "domain/scoring/ScoringRunDetails.h"
#include "domain/scoring/ScoringService.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

struct ExplanationStep {
    std::string
        key; // recency, frequency, monetary, social, rfms, segment, cluster, crmv, tier, clv
    std::string text; // translated sentence(s) with the figures
};

class ScoreExplainer {
    Q_DECLARE_TR_FUNCTIONS(ScoreExplainer)

public:
    static std::vector<ExplanationStep> explain(const CustomerScoreHistoryEntry& entry,
                                                const ScoringRunDetails& details,
                                                const ProfileVersion& profile);
};

} // namespace tessera::domain
