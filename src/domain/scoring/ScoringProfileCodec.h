#pragma once

// A scoring profile as JSON: every setting of scoring.md under a readable
// key, so profiles can be stored, shown, compared and edited key by key.

#include "common/Result.h"
#include "scoring/ScoringParameters.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <string>
#include <vector>

namespace tessera::domain {

class ScoringProfileCodec {
    Q_DECLARE_TR_FUNCTIONS(ScoringProfileCodec)

public:
    static QJsonObject encode(const scoring::ScoringParameters& parameters);
    // Refuses unknown keys, wrong types and settings the engine cannot use,
    // naming each one.
    static Result<scoring::ScoringParameters> decode(const QJsonObject& json);

    // Applies "path.to.key=value" edits (numbers, true/false, or text for
    // enumerations) to `json`; an array element is "path.index".
    static Result<QJsonObject> applyEdits(QJsonObject json, const std::vector<std::string>& edits);

    // Flattened "path.to.key" -> value text, in a stable order, for display.
    static std::vector<std::pair<std::string, std::string>> flatten(const QJsonObject& json);
};

} // namespace tessera::domain
