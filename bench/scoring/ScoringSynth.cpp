// scoring_synth: builds the synthetic population of bench_scoring, writes it
// as CSV for the Python peers, and runs this engine on it, printing timings
// as key=value lines that bench/scoring_vs_peer.sh reads.
//
//   scoring_synth [--customers N] [--seed S] [--no-surveys] [--out DIR]
//                 [--scores FILE] [--clv] [--repeat K]
//
// --out DIR     writes transactions.csv, interactions.csv, surveys.csv,
//               recommend.csv and meta.csv (as-of day, window, calibration end)
// --scores FILE runs the pipeline (best of K runs) and writes one row per customer
// --clv         summarises, fits BG/NBD and Gamma-Gamma (best of K), prints the fits

#include "SyntheticPopulation.h"
#include "scoring/clv/BgNbdModel.h"
#include "scoring/clv/ClvSummary.h"
#include "scoring/clv/GammaGammaModel.h"
#include "scoring/PopulationScorer.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <tuple>
#include <vector>

using namespace tessera::scoring;

namespace {

constexpr std::int32_t kCalibrationOffsetDays = 90;

struct Options {
    bench::SyntheticSettings synthetic;
    std::string outDir, scoresFile;
    bool clv = false;
    int repeat = 3;
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--customers" && hasValue)
            options.synthetic.customers = std::stoi(argv[++i]);
        else if (arg == "--seed" && hasValue)
            options.synthetic.seed = std::stoull(argv[++i]);
        else if (arg == "--no-surveys")
            options.synthetic.surveys = false;
        else if (arg == "--out" && hasValue)
            options.outDir = argv[++i];
        else if (arg == "--scores" && hasValue)
            options.scoresFile = argv[++i];
        else if (arg == "--clv")
            options.clv = true;
        else if (arg == "--repeat" && hasValue)
            options.repeat = std::max(1, std::stoi(argv[++i]));
        else
            return false;
    }
    return true;
}

// A buffered CSV writer with shortest round-trip number formatting.
class CsvWriter {
public:
    explicit CsvWriter(const std::string& path) : m_file(std::fopen(path.c_str(), "wb")) {}
    ~CsvWriter() {
        flush();
        if (m_file)
            std::fclose(m_file);
    }
    bool ok() const { return m_file != nullptr; }

    CsvWriter& text(const char* value) {
        separate();
        m_buffer.append(value);
        return *this;
    }
    template <typename Number> CsvWriter& number(Number value) {
        separate();
        if constexpr (std::is_floating_point_v<Number>) {
            if (std::isnan(value))
                return *this; // empty field
            if (std::isinf(value)) {
                m_buffer.append(value > 0 ? "inf" : "-inf");
                return *this;
            }
        }
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        m_buffer.append(digits, end);
        return *this;
    }
    void endRow() {
        m_buffer.push_back('\n');
        m_first = true;
        if (m_buffer.size() > (1 << 20))
            flush();
    }

private:
    void separate() {
        if (!m_first)
            m_buffer.push_back(',');
        m_first = false;
    }
    void flush() {
        if (m_file)
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file);
        m_buffer.clear();
    }

    std::FILE* m_file;
    std::string m_buffer;
    bool m_first = true;
};

// One CSV table from equally long columns (uint8 codes are written as numbers).
template <typename... Columns>
void writeTable(const std::string& path, std::initializer_list<const char*> header,
                const Columns&... columns) {
    CsvWriter out(path);
    for (const char* name : header)
        out.text(name);
    out.endRow();
    const std::size_t rows = std::get<0>(std::tie(columns...)).size();
    for (std::size_t i = 0; i < rows; ++i) {
        (out.number(+columns[i]), ...);
        out.endRow();
    }
}

void writeInputs(const PopulationInput& in, const std::string& dir) {
    std::filesystem::create_directories(dir);
    const auto& t = in.transactions;
    writeTable(dir + "/transactions.csv", {"customer", "day", "amount"}, t.customer, t.day,
               t.amount);
    const auto& i = in.interactions;
    writeTable(dir + "/interactions.csv", {"customer", "day", "kind"}, i.customer, i.day, i.kind);
    const auto& s = in.surveyAnswers;
    writeTable(dir + "/surveys.csv", {"customer", "day", "dimension", "value"}, s.customer, s.day,
               s.dimension, s.value);
    const auto& r = in.recommendAnswers;
    writeTable(dir + "/recommend.csv", {"customer", "day", "value"}, r.customer, r.day, r.value);
    const ScoringParameters defaults;
    CsvWriter meta(dir + "/meta.csv");
    meta.text("customers")
        .text("as_of_day")
        .text("window_days")
        .text("calibration_end_day")
        .endRow();
    meta.number(in.customerCount)
        .number(in.asOfDay)
        .number(defaults.window.days)
        .number(in.asOfDay - kCalibrationOffsetDays)
        .endRow();
}

void writeScores(const PopulationScores& s, const std::string& path) {
    CsvWriter out(path);
    for (const char* column :
         {"customer", "r_days", "f", "m", "s", "score_r", "score_f", "score_m", "score_s", "rfms",
          "segment", "cluster", "crmv", "tier_score", "tier"})
        out.text(column);
    out.endRow();
    for (std::size_t c = 0; c < s.customerCount(); ++c) {
        const auto i = static_cast<Eigen::Index>(c);
        out.number(i)
            .number(s.raw.recencyDays[i])
            .number(s.raw.frequency[i])
            .number(s.raw.monetary[i])
            .number(s.raw.social[i]);
        for (std::size_t d = 0; d < 4; ++d)
            out.number(int(s.scores.scores[d][c]));
        out.number(s.rfms[i])
            .text(rfmSegmentName(s.segment[c]).data())
            .number(s.clustering.cluster[c])
            .number(s.crmv.crmv[i])
            .number(s.tierScore[i])
            .text(tierName(s.tier(c)).data());
        out.endRow();
    }
}

// Best wall-clock time of `repeat` runs, in seconds.
double bestOf(int repeat, const std::function<void()>& run) {
    double best = INFINITY;
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        best = std::min(best, took.count());
    }
    return best;
}

int runScores(const PopulationInput& input, const Options& options) {
    const ScoringParameters parameters;
    tessera::Result<PopulationScores> scores = scorePopulation(input, parameters);
    const double seconds =
        bestOf(options.repeat, [&] { scores = scorePopulation(input, parameters); });
    if (!scores.ok()) {
        std::fprintf(stderr, "scoring failed: %s\n", scores.error().message.c_str());
        return 1;
    }
    std::printf("engine_seconds=%.6f\nkmeans_iterations=%d\n", seconds,
                scores->clustering.iterations);
    writeScores(*scores, options.scoresFile);
    return 0;
}

int runClv(const PopulationInput& input, const Options& options) {
    const std::int32_t calibrationEnd = input.asOfDay - kCalibrationOffsetDays;
    auto summary = summariseForClv(input.transactions, input.customerCount, calibrationEnd,
                                   ClvTimeUnit::Weeks);
    tessera::Result<BgNbdFit> bgNbd = fitBgNbd(summary->x, summary->tx, summary->T);
    tessera::Result<GammaGammaFit> gammaGamma = fitGammaGamma(summary->x, summary->m);
    const double summarySeconds = bestOf(options.repeat, [&] {
        summary = summariseForClv(input.transactions, input.customerCount, calibrationEnd,
                                  ClvTimeUnit::Weeks);
    });
    const double fitSeconds = bestOf(options.repeat, [&] {
        bgNbd = fitBgNbd(summary->x, summary->tx, summary->T);
        gammaGamma = fitGammaGamma(summary->x, summary->m);
    });
    if (!bgNbd.ok() || !gammaGamma.ok()) {
        std::fprintf(stderr, "fit failed\n");
        return 1;
    }
    const auto& b = *bgNbd;
    const auto& g = *gammaGamma;
    std::printf("clv_customers=%zu\nclv_summary_seconds=%.6f\nclv_fit_seconds=%.6f\n",
                summary->size(), summarySeconds, fitSeconds);
    std::printf("bgnbd r=%.6f alpha=%.6f a=%.6f b=%.6f loglik=%.4f iterations=%d "
                "distinct_histories=%lld converged=%d\n",
                b.parameters.r, b.parameters.alpha, b.parameters.a, b.parameters.b, b.logLikelihood,
                b.iterations, static_cast<long long>(b.distinctHistories), b.converged);
    std::printf("gammagamma p=%.6f q=%.6f v=%.6f loglik=%.4f customers=%lld converged=%d\n",
                g.parameters.p, g.parameters.q, g.parameters.v, g.logLikelihood,
                static_cast<long long>(g.customersUsed), g.converged);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: scoring_synth [--customers N] [--seed S] [--no-surveys] "
                             "[--out DIR] [--scores FILE] [--clv] [--repeat K]\n");
        return 2;
    }
    const PopulationInput input = bench::syntheticPopulation(options.synthetic);
    std::printf("customers=%d\ntransactions=%zu\ninteractions=%zu\nsurvey_answers=%zu\n",
                input.customerCount, input.transactions.size(), input.interactions.size(),
                input.surveyAnswers.size());
    if (!options.outDir.empty())
        writeInputs(input, options.outDir);
    if (!options.scoresFile.empty() && runScores(input, options) != 0)
        return 1;
    if (options.clv && runClv(input, options) != 0)
        return 1;
    return 0;
}
