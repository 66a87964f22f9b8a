#pragma once

// A journey map's figures for one period and one population (docs/journeys.md):
// per touchpoint volume, reach, satisfaction, complaints, first response and
// improvement priority; per stage the customers who reached it and the
// drop-off to the next; the most common stage sequences. Optional figures
// are "unknown" (nothing to average), never zero.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct TouchpointFigures {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    bool retired = false;
    std::int64_t volume = 0;     // interactions at the touchpoint in the period
    double volumeShare = 0.0;    // volume / all interactions of the population
    std::optional<double> reach; // distinct customers here / population (none: empty population)
    std::int64_t responses = 0;  // survey responses with CSAT tied to it
    std::optional<double> satisfaction;           // mean CSAT, 1..5
    std::optional<double> normalisedSatisfaction; // (mean - 1) / 4
    std::optional<double> nps;                    // mean NPS score, 0..10
    std::int64_t complaints = 0;                  // complaint interactions plus tickets
    std::optional<double> complaintRate;          // complaints / volume
    std::optional<double> firstResponseHours;     // median over its answered tickets
    std::optional<double> priority;               // (1 - normalised satisfaction) x volume share
    std::optional<int> rank;                      // 1, 2 or 3 for the top three priorities
    bool painPoint = false;                       // complaint rate at or above the profile's
};

struct StageFigures {
    std::int64_t id = 0;
    std::string name;
    int position = 0;
    bool retired = false;
    std::int64_t customers = 0; // customers with an interaction at the stage
    std::vector<TouchpointFigures> touchpoints;
};

// Customers who reached `from` and, after it, `to` (the next stage in order).
struct StageDropOff {
    std::string from;
    std::string to;
    std::int64_t reached = 0;
    std::int64_t continued = 0;
    std::int64_t dropped() const { return reached - continued; }
    std::optional<double> dropShare() const {
        return reached > 0 ? std::optional<double>(static_cast<double>(dropped()) /
                                                   static_cast<double>(reached))
                           : std::nullopt;
    }
};

// A sequence of stages as customers went through them (repeats of the same
// stage in a row count once) and how many of them are churned or at risk.
struct JourneyPath {
    std::vector<std::string> stages;
    std::int64_t customers = 0;
    std::int64_t atRisk = 0;
    double churnShare() const {
        return customers > 0 ? static_cast<double>(atRisk) / static_cast<double>(customers) : 0.0;
    }
};

struct JourneyMap {
    std::string period;     // "2026Q3"
    std::string population; // "" for everyone, else "tier=Gold", "owner=am1", ...
    std::int32_t firstDay = 0;
    std::int32_t lastDay = 0;
    std::int64_t customers = 0;    // the population's size
    std::int64_t interactions = 0; // all its interactions in the period
    double painPointRate = 0.0;    // the profile's complaint rate that marks a pain point
    std::vector<StageFigures> stages;
    std::vector<StageDropOff> dropOffs; // between consecutive stages, in order
    std::vector<JourneyPath> paths;     // most customers first

    // The touchpoint named `name` in stage `stage`, if the map shows it.
    const TouchpointFigures* find(const std::string& stage, const std::string& name) const;
};

} // namespace tessera::domain
