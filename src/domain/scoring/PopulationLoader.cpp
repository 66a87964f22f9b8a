#include "domain/scoring/PopulationLoader.h"

#include "scoring/survey/InteractionKind.h"
#include "storage/activity/ActivityScan.h"

#include <array>
#include <future>
#include <limits>

namespace tessera::domain {
namespace {

// Maps customer ids to dense indexes through a direct table: ids are dense
// rowids, so a vector beats a hash map by far at ten million lookups.
class DenseIndex {
public:
    explicit DenseIndex(const std::vector<std::int64_t>& ids) {
        const std::int64_t maxId = ids.empty() ? 0 : ids.back();
        m_indexOf.assign(static_cast<std::size_t>(maxId) + 1, -1);
        for (std::size_t i = 0; i < ids.size(); ++i)
            m_indexOf[static_cast<std::size_t>(ids[i])] = static_cast<std::int32_t>(i);
    }
    std::int32_t operator()(std::int64_t id) const {
        return id >= 0 && static_cast<std::size_t>(id) < m_indexOf.size()
                   ? m_indexOf[static_cast<std::size_t>(id)]
                   : -1;
    }

private:
    std::vector<std::int32_t> m_indexOf;
};

} // namespace

std::uint8_t interactionKindCode(std::string_view kind) {
    using scoring::InteractionKind;
    // Called once per interaction (millions): a table of the engine's names.
    static const auto codes = [] {
        std::array<std::string_view, scoring::kInteractionKindCount> names;
        for (int code = 0; code < scoring::kInteractionKindCount; ++code)
            names[static_cast<std::size_t>(code)] =
                scoring::interactionKindName(static_cast<InteractionKind>(code));
        return names;
    }();
    for (std::size_t code = 0; code < codes.size(); ++code)
        if (codes[code] == kind)
            return static_cast<std::uint8_t>(code);
    return static_cast<std::uint8_t>(InteractionKind::Other);
}

namespace {

// Interactions and survey answers in the window, read on their own connection.
Status loadEngagement(storage::Database& db, const DenseIndex& indexOf, std::int32_t firstDay,
                      std::int32_t asOfDay, scoring::PopulationInput& input) {
    TESSERA_TRY(storage::scanInteractions(
        db, firstDay, asOfDay, [&](std::int64_t id, std::int32_t day, std::string_view kind) {
            if (const std::int32_t i = indexOf(id); i >= 0)
                input.interactions.add(i, day, interactionKindCode(kind));
        }));
    TESSERA_TRY(storage::scanSurveyAnswers(
        db, firstDay, asOfDay, [&](std::int64_t id, std::int32_t day, int dimension, int value) {
            if (const std::int32_t i = indexOf(id); i >= 0)
                input.surveyAnswers.add(i, day, static_cast<std::uint8_t>(dimension - 1), value);
        }));
    return storage::scanRecommendAnswers(db, firstDay, asOfDay,
                                         [&](std::int64_t id, std::int32_t day, int value) {
                                             if (const std::int32_t i = indexOf(id); i >= 0)
                                                 input.recommendAnswers.add(i, day, value);
                                         });
}

Status loadTransactions(storage::Database& db, const DenseIndex& indexOf, std::int32_t lastDay,
                        scoring::PopulationInput& input) {
    return storage::scanTransactions(
        db, lastDay, [&](std::int64_t id, std::int32_t day, std::int64_t cents) {
            if (const std::int32_t i = indexOf(id); i >= 0)
                input.transactions.add(i, day, static_cast<double>(cents) / 100.0);
        });
}

} // namespace

Result<Population> loadPurchases(storage::Database& db, std::int32_t lastDay) {
    Population population;
    auto ids = storage::activeCustomerIds(db);
    if (!ids)
        return ids.error();
    population.customerIds = std::move(*ids);
    const DenseIndex indexOf(population.customerIds);
    population.input.customerCount = static_cast<std::int32_t>(population.customerIds.size());
    population.input.asOfDay = lastDay;
    TESSERA_TRY(loadTransactions(db, indexOf, lastDay, population.input));
    return population;
}

Result<Population> loadPopulation(storage::Database& db, std::int32_t asOfDay,
                                  const scoring::WindowSettings& window) {
    // Both read transactions start before the heavy reading, so the two
    // connections see the database as of (almost) the same moment.
    auto engagementDb = storage::Database::open(db.path());
    if (!engagementDb)
        return engagementDb.error();
    storage::ReadSnapshot mainSnapshot(db);
    storage::ReadSnapshot engagementSnapshot(**engagementDb);
    TESSERA_TRY(mainSnapshot.status());
    TESSERA_TRY(engagementSnapshot.status());

    Population population;
    auto ids = storage::activeCustomerIds(db);
    if (!ids)
        return ids.error();
    population.customerIds = std::move(*ids);
    const DenseIndex indexOf(population.customerIds);
    scoring::PopulationInput& input = population.input;
    input.customerCount = static_cast<std::int32_t>(population.customerIds.size());
    input.asOfDay = asOfDay;
    const scoring::DayWindow days = scoring::DayWindow::ending(asOfDay, window);
    const auto firstDay = static_cast<std::int32_t>(
        std::max<std::int64_t>(days.first, std::numeric_limits<std::int32_t>::min()));

    // Interactions and surveys on a second connection and thread while this
    // one reads the transactions (all history: lifetime value needs it; the
    // engine applies the window to RFM-S itself).
    auto engagement = std::async(std::launch::async, [&] {
        return loadEngagement(**engagementDb, indexOf, firstDay, asOfDay, input);
    });
    const Status purchases = loadTransactions(db, indexOf, asOfDay, input);
    const Status engaged = engagement.get();
    TESSERA_TRY(purchases);
    TESSERA_TRY(engaged);
    return population;
}

} // namespace tessera::domain
