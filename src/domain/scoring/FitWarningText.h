#pragma once

// The warnings of an unsound lifetime-value fit (scoring/clv/FitSoundness.h)
// as sentences in the user's language: what went wrong, what it means for
// P(alive), expected purchases and CLV, and what to do about it. The engine
// keeps only kinds and figures, so a stored run is worded in the language of
// whoever reads it.

#include "domain/scoring/ScoringRunDetails.h"
#include "scoring/clv/FitSoundness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <vector>

namespace tessera::domain {

enum class LifetimeModel { BgNbd, GammaGamma };

class FitWarningText {
    Q_DECLARE_TR_FUNCTIONS(FitWarningText)

public:
    static QString sentence(LifetimeModel model, const scoring::FitWarning& warning);
    static QStringList sentences(LifetimeModel model,
                                 const std::vector<scoring::FitWarning>& warnings);
    // Both fits of a run, BG/NBD first; empty when both are sound (or the run
    // is older than the checks).
    static QStringList sentences(const ScoringRunDetails& details);

    static QJsonArray sentencesJson(LifetimeModel model,
                                    const std::vector<scoring::FitWarning>& warnings);
};

} // namespace tessera::domain
