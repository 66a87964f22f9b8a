#include "scoring/rfm/RfmSegmentTable.h"

#include "scoring/TextFormat.h"

namespace tessera::scoring {

RfmSegmentTable RfmSegmentTable::standard() {
    using S = RfmSegment;
    return RfmSegmentTable{{
        {S::Champions, 5, 5, 4.0, 5.0},
        {S::Loyal, 3, 4, 4.0, 5.0},
        {S::PotentialLoyalist, 4, 5, 2.0, 3.5},
        {S::New, 5, 5, 1.0, 1.5},
        {S::Promising, 4, 4, 1.0, 1.5},
        {S::NeedAttention, 3, 3, 3.0, 3.5},
        {S::AboutToSleep, 3, 3, 1.0, 2.5},
        {S::CantLose, 1, 2, 4.5, 5.0},
        {S::AtRisk, 1, 2, 3.0, 4.0},
        {S::Hibernating, 2, 2, 1.0, 2.5},
        {S::Lost, 1, 1, 1.0, 2.5},
    }};
}

static void checkRuleBounds(const RfmSegmentRule& rule, std::size_t index,
                            std::vector<std::string>& messages) {
    const bool recencyOk = rule.minRecencyScore >= 1 && rule.maxRecencyScore <= 5 &&
                           rule.minRecencyScore <= rule.maxRecencyScore;
    const bool meanOk = rule.minFrequencyMonetaryMean >= 1.0 &&
                        rule.maxFrequencyMonetaryMean <= 5.0 &&
                        rule.minFrequencyMonetaryMean <= rule.maxFrequencyMonetaryMean;
    const std::string prefix = "Segment rule " + text::number(index + 1) + " (" +
                               std::string(rfmSegmentName(rule.segment)) + "): ";
    if (!recencyOk)
        messages.push_back(prefix + "the R score range " + text::number(rule.minRecencyScore) +
                           ".." + text::number(rule.maxRecencyScore) +
                           " must lie within 1..5 and not be empty.");
    if (!meanOk)
        messages.push_back(prefix + "the F/M mean range " +
                           text::number(rule.minFrequencyMonetaryMean) + ".." +
                           text::number(rule.maxFrequencyMonetaryMean) +
                           " must lie within 1..5 and not be empty.");
}

static bool covered(const RfmSegmentTable& table, int recencyScore, double mean) {
    for (const auto& rule : table.rules)
        if (rule.matches(recencyScore, mean))
            return true;
    return false;
}

std::vector<std::string> checkRfmSegmentTable(const RfmSegmentTable& table) {
    std::vector<std::string> messages;
    for (std::size_t i = 0; i < table.rules.size(); ++i)
        checkRuleBounds(table.rules[i], i, messages);
    // Every reachable cell needs a name; the F/M mean moves in half steps.
    for (int r = 1; r <= 5; ++r)
        for (int twiceMean = 2; twiceMean <= 10; ++twiceMean)
            if (!covered(table, r, twiceMean / 2.0))
                messages.push_back("No segment rule covers R score " + text::number(r) +
                                   " with F/M mean " + text::number(twiceMean / 2.0) +
                                   ": add or widen a rule.");
    return messages;
}

} // namespace tessera::scoring
