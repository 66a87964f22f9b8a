#pragma once

// How scores read on screen: translated tier and segment names, the tier
// colours, numbers in the user's locale, and an em dash for "no value". The
// portfolio, the score card, the tier history and the run dialogs share it so
// the same number always looks the same.

#include "domain/scoring/ScoringService.h"
#include "storage/scoring/ScoringRecords.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

class QTableWidgetItem;

namespace tessera::app {

class ScoreText {
    Q_DECLARE_TR_FUNCTIONS(ScoreText)

public:
    static QString missing(); // an em dash

    static QString tierLabel(const std::string& tier);
    static QString segmentLabel(const std::string& segment);
    static QColor tierColour(const std::string& tier);
    // A coloured label for rich text: `text` on `colour`.
    static QString badgeHtml(const QString& text, const QColor& colour);
    static QString tierBadgeHtml(const std::string& tier);

    static QString rfmCode(const storage::CustomerScoreRecord& score); // e.g. 5-4-5-2
    static QString points(double value);                               // 0..100 scores
    static QString points(const std::optional<double>& value);
    static QString money(const std::optional<double>& value);
    static QString count(const std::optional<double>& value); // expected purchases
    static QString probability(const std::optional<double>& value);
    // A table cell with a 0..100 score, right-aligned.
    static QTableWidgetItem* pointsItem(double value);
    // A table cell for TierBadgeDelegate: the tier's name, its key in TierRole.
    static QTableWidgetItem* tierItem(const std::string& tier);

    // "Run 3 · 2026-10-31 · profile v1 · 3,000 customers"
    static QString runLabel(const storage::ScoringRunRecord& run);
    // What a finished run produced, a few lines for the user.
    static QString runSummary(const domain::ScoringRunSummary& summary);
};

} // namespace tessera::app
