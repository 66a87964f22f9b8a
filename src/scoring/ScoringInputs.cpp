#include "scoring/ScoringInputs.h"

#include "scoring/TextFormat.h"

#include <cmath>
#include <optional>
#include <string>

namespace tessera::scoring {

void TransactionColumns::reserve(std::size_t rows) {
    customer.reserve(rows);
    day.reserve(rows);
    amount.reserve(rows);
}

void TransactionColumns::add(std::int32_t customerIndex, std::int32_t dayNumber, double value) {
    customer.push_back(customerIndex);
    day.push_back(dayNumber);
    amount.push_back(value);
}

void InteractionColumns::reserve(std::size_t rows) {
    customer.reserve(rows);
    day.reserve(rows);
    kind.reserve(rows);
}

void InteractionColumns::add(std::int32_t customerIndex, std::int32_t dayNumber,
                             std::uint8_t kindCode) {
    customer.push_back(customerIndex);
    day.push_back(dayNumber);
    kind.push_back(kindCode);
}

void SurveyAnswerColumns::reserve(std::size_t rows) {
    customer.reserve(rows);
    day.reserve(rows);
    dimension.reserve(rows);
    value.reserve(rows);
}

void SurveyAnswerColumns::add(std::int32_t customerIndex, std::int32_t dayNumber,
                              std::uint8_t dimensionIndex, double answer) {
    customer.push_back(customerIndex);
    day.push_back(dayNumber);
    dimension.push_back(dimensionIndex);
    value.push_back(answer);
}

void RecommendAnswerColumns::reserve(std::size_t rows) {
    customer.reserve(rows);
    day.reserve(rows);
    value.reserve(rows);
}

void RecommendAnswerColumns::add(std::int32_t customerIndex, std::int32_t dayNumber,
                                 double answer) {
    customer.push_back(customerIndex);
    day.push_back(dayNumber);
    value.push_back(answer);
}

DayWindow DayWindow::ending(std::int32_t asOfDay, const WindowSettings& settings) {
    DayWindow window;
    window.last = asOfDay;
    if (!settings.allHistory)
        window.first = static_cast<std::int64_t>(asOfDay) - settings.days + 1;
    return window;
}

namespace {

Error rowError(const char* table, std::size_t row, const std::string& problem) {
    return makeError(ErrorCode::InvalidArgument,
                     std::string(table) + " row " + text::number(row + 1) + ": " + problem);
}

// Shared shape of every check: equal column lengths, a valid customer index,
// then the table's own test of a row (which returns nothing when the row is fine).
template <typename Columns, typename RowProblem>
Status checkRows(const char* table, const Columns& rows, std::int32_t customerCount,
                 std::size_t otherColumnLength, RowProblem rowProblem) {
    if (customerCount < 0)
        return makeError(ErrorCode::InvalidArgument, "The number of customers cannot be negative.");
    if (rows.day.size() != rows.size() || otherColumnLength != rows.size())
        return makeError(ErrorCode::Internal,
                         std::string(table) + " columns have different lengths.");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows.customer[i] < 0 || rows.customer[i] >= customerCount)
            return rowError(table, i,
                            "customer index " + text::number(rows.customer[i]) + " is outside 0.." +
                                text::number(customerCount - 1) + ".");
        if (std::optional<std::string> problem = rowProblem(i))
            return rowError(table, i, *problem);
    }
    return {};
}

using Problem = std::optional<std::string>;

Problem rangeProblem(const char* what, double value, double low, double high) {
    if (std::isfinite(value) && value >= low && value <= high)
        return std::nullopt;
    return std::string(what) + " " + text::number(value) + " is outside " + text::number(low) +
           ".." + text::number(high) + ".";
}

} // namespace

Status checkTransactions(const TransactionColumns& rows, std::int32_t customerCount) {
    return checkRows("Transaction", rows, customerCount, rows.amount.size(), [&](std::size_t i) {
        return std::isfinite(rows.amount[i]) ? Problem() : Problem("amount is not a number.");
    });
}

Status checkInteractions(const InteractionColumns& rows, std::int32_t customerCount) {
    return checkRows("Interaction", rows, customerCount, rows.kind.size(),
                     [](std::size_t) { return Problem(); });
}

Status checkSurveyAnswers(const SurveyAnswerColumns& rows, std::int32_t customerCount,
                          int likertScaleMax) {
    if (rows.value.size() != rows.size())
        return makeError(ErrorCode::Internal, "Survey answer columns have different lengths.");
    return checkRows("Survey answer", rows, customerCount, rows.dimension.size(),
                     [&](std::size_t i) {
                         if (rows.dimension[i] >= kCrmvDimensionCount)
                             return Problem("dimension " + text::number(int(rows.dimension[i])) +
                                            " is outside 0..4.");
                         return rangeProblem("answer", rows.value[i], 1.0, likertScaleMax);
                     });
}

Status checkRecommendAnswers(const RecommendAnswerColumns& rows, std::int32_t customerCount) {
    return checkRows("Likelihood-to-recommend", rows, customerCount, rows.value.size(),
                     [&](std::size_t i) {
                         return rangeProblem("answer", rows.value[i], 0.0, kRecommendScaleMax);
                     });
}

} // namespace tessera::scoring
