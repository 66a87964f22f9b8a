#include "demo/activity/DemoSeasonality.h"

#include "domain/workspace/Calendar.h"
#include "demo/DemoWordLists.h"

#include <QDate>
#include <algorithm>
#include <unordered_map>

namespace tessera::domain {
namespace {

constexpr double kPreFestivalBoost = 1.7; // gifts and stock-ups in the three weeks before
constexpr double kFestivalDip = 0.4;      // the first week of the new year is a holiday
constexpr int kPreFestivalDays = 21;
constexpr int kFestivalDays = 7;

double monthWeight(const QDate& date) {
    switch (date.month()) {
    case 7:
    case 8: return 0.9;
    case 10: return 1.15;
    case 11: return date.day() <= 11 ? 2.4 : 1.35; // the run-up to the 11.11 shopping festival
    case 12: return date.day() >= 15 && date.day() <= 24 ? 1.8 : 1.5;
    default: return 1.0;
    }
}

// Spring Festival day of each year listed in resources/demo/lunar_new_year.txt.
std::unordered_map<int, std::int32_t> springFestivals() {
    std::unordered_map<int, std::int32_t> byYear;
    const DemoWordList& dates = DemoWordList::named("lunar_new_year");
    for (std::size_t i = 0; i < dates.size(); ++i)
        if (auto day = Calendar::parseDay(dates.field(i, 0)))
            byYear.emplace(Calendar::dateFromDay(*day).year(), *day);
    return byYear;
}

double festivalWeight(std::int32_t day, const std::unordered_map<int, std::int32_t>& festivals) {
    const int year = Calendar::dateFromDay(day).year();
    // The festival falls in January or February, so this year's or next year's matters.
    for (int y : {year, year + 1}) {
        const auto it = festivals.find(y);
        if (it == festivals.end())
            continue;
        const std::int32_t offset = day - it->second;
        if (offset >= -kPreFestivalDays && offset < 0)
            return kPreFestivalBoost;
        if (offset >= 0 && offset < kFestivalDays)
            return kFestivalDip;
    }
    return 1.0;
}

} // namespace

DemoSeasonality::DemoSeasonality(std::int32_t firstDay, std::int32_t lastDay)
    : m_firstDay(firstDay) {
    const auto festivals = springFestivals();
    for (std::int32_t day = firstDay; day <= lastDay; ++day) {
        const double w = monthWeight(Calendar::dateFromDay(day)) * festivalWeight(day, festivals);
        m_weights.push_back(w);
        m_maximum = std::max(m_maximum, w);
    }
}

double DemoSeasonality::weight(std::int32_t day) const {
    return m_weights[static_cast<std::size_t>(day - m_firstDay)];
}

std::int32_t DemoSeasonality::drawDay(SeededRandom& random, std::int32_t from,
                                      std::int32_t to) const {
    // Rejection sampling: uniform proposals kept in proportion to their weight.
    for (;;) {
        const auto day = static_cast<std::int32_t>(random.between(from, to));
        if (random.uniform() * m_maximum < weight(day))
            return day;
    }
}

} // namespace tessera::domain
