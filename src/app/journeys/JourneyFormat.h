#pragma once

// How journey figures read on screen: the diverging satisfaction colour of a
// card, and numbers, shares and "unknown" in the user's locale. The map, its
// tooltips, the paths panel and the snapshot comparison share it, so the same
// figure always looks the same.

#include "domain/journeymaps/JourneyMap.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tessera::app {

class JourneyFormat {
    Q_DECLARE_TR_FUNCTIONS(JourneyFormat)

public:
    // Red at 0, yellow at 0.5, green at 1 (normalised satisfaction); grey
    // when nobody answered, so "unknown" never passes for "average".
    static QColor satisfactionColour(const std::optional<double>& normalised);
    static QColor unknownColour();

    static QString count(std::int64_t value);
    static QString percent(double share, int decimals = 1);
    static QString percent(const std::optional<double>& share, int decimals = 1);
    static QString csat(const std::optional<double>& satisfaction); // "4.2" or an en dash
    static QString nps(const std::optional<double>& score);
    static QString hours(const std::optional<double>& value);
    static QString priority(const std::optional<double>& value);
    static QString missing(); // an en dash

    // Every figure of a card, one a line, for its tooltip.
    static QString tooltip(const domain::StageFigures& stage,
                           const domain::TouchpointFigures& touchpoint);
    // "Awareness → Use → After-sales"
    static QString path(const std::vector<std::string>& stages);
};

} // namespace tessera::app
