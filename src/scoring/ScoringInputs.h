#pragma once

// The engine's inputs: one column per field, customers referred to by a dense
// index 0..n-1 that the domain layer assigns. Days are int32 days since
// 1970-01-01 in the database's time zone. Rows may come in any order; rows
// sorted by customer then day (or by day) take the fastest path.

#include "common/Result.h"
#include "scoring/ScoringParameters.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace tessera::scoring {

// Orders and refunds: a refund is a negative amount.
struct TransactionColumns {
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<double> amount;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows);
    void add(std::int32_t customerIndex, std::int32_t dayNumber, double value);
};

// Touchpoints; `kind` is an InteractionKind code.
struct InteractionColumns {
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<std::uint8_t> kind;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows);
    void add(std::int32_t customerIndex, std::int32_t dayNumber, std::uint8_t kindCode);
};

// One row per answered survey item: `dimension` 0..4 is CRMV dimension k-1
// (personalised service, emotional connection, protection of rights and
// benefits, perceived value, ease of interaction); `value` is on
// 1..likertScaleMax. A response may hold several items per dimension.
struct SurveyAnswerColumns {
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<std::uint8_t> dimension;
    std::vector<double> value;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows);
    void add(std::int32_t customerIndex, std::int32_t dayNumber, std::uint8_t dimensionIndex,
             double answer);
};

// Likelihood-to-recommend answers, 0..10.
struct RecommendAnswerColumns {
    std::vector<std::int32_t> customer;
    std::vector<std::int32_t> day;
    std::vector<double> value;

    std::size_t size() const { return customer.size(); }
    void reserve(std::size_t rows);
    void add(std::int32_t customerIndex, std::int32_t dayNumber, double answer);
};

inline constexpr int kCrmvDimensionCount = 5;
inline constexpr double kRecommendScaleMax = 10.0;

struct PopulationInput {
    std::int32_t customerCount = 0; // n: customers are 0..n-1
    std::int32_t asOfDay = 0;       // D
    TransactionColumns transactions;
    InteractionColumns interactions;
    SurveyAnswerColumns surveyAnswers;
    RecommendAnswerColumns recommendAnswers;
};

// The days that count: first <= d <= last, i.e. D - W < d <= D.
struct DayWindow {
    std::int64_t first = std::numeric_limits<std::int64_t>::min();
    std::int64_t last = 0;

    static DayWindow ending(std::int32_t asOfDay, const WindowSettings& settings);
    bool contains(std::int32_t day) const { return day >= first && day <= last; }
};

// Each check reports the first bad row (1-based) and what is wrong with it.
// The aggregators run them on the tables they read, so scorePopulation()
// refuses bad input with the same messages.
Status checkTransactions(const TransactionColumns& rows, std::int32_t customerCount);
Status checkInteractions(const InteractionColumns& rows, std::int32_t customerCount);
Status checkSurveyAnswers(const SurveyAnswerColumns& rows, std::int32_t customerCount,
                          int likertScaleMax);
Status checkRecommendAnswers(const RecommendAnswerColumns& rows, std::int32_t customerCount);

} // namespace tessera::scoring
