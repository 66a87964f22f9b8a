// tessera-cli duplicates: the customers that look like the same client
// (docs/duplicates.md), best first, each pair with both codes and names, its
// score and the reasons.

#include "cli/Command.h"
#include "domain/duplicates/DuplicateFinder.h"

#include <QJsonArray>

namespace tessera::cli {
namespace {

using domain::DuplicateFinder;
using domain::DuplicatePair;
using domain::DuplicateScoring;
using domain::DuplicateSide;

QJsonObject sideJson(const DuplicateSide& side) {
    return {{"id", static_cast<qint64>(side.id)},
            {"code", qs(side.code)},
            {"name", qs(side.name)},
            {"kind", qs(side.kind)},
            {"owner", side.ownerId ? QJsonValue(qs(side.ownerName)) : QJsonValue()}};
}

QJsonObject pairJson(const DuplicatePair& pair) {
    QJsonArray reasons;
    for (domain::DuplicateReason reason : pair.reasons)
        reasons.append(QString::fromLatin1(DuplicateScoring::key(reason)));
    return {{"first", sideJson(pair.first)},
            {"second", sideJson(pair.second)},
            {"score", pair.score},
            {"reasons", reasons}};
}

class DuplicatesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DuplicatesCommand)

public:
    static constexpr int kDefaultLimit = 100;

    const char* name() const override { return "duplicates"; }

    void configure(CLI::App& command) override {
        command.description(
            tr("List customers that look like the same client (same phone, email or ID number, "
               "or a similar name), best first, with a score and the reasons")
                .toStdString());
        command
            .add_option("--limit", m_limit,
                        tr("At most this many pairs (default %1)").arg(kDefaultLimit).toStdString())
            ->option_text("N");
        command
            .add_option("--min-score", m_minScore,
                        tr("Only pairs scoring at least this, from 0 to 1 (default %1)")
                            .arg(DuplicateScoring::kDefaultThreshold)
                            .toStdString())
            ->option_text("S");
    }

    int run(const Context& context) override {
        const Output& out = context.out();
        if (m_limit < 1)
            return out.fail(ErrorCode::InvalidArgument, tr("--limit is at least 1."));
        if (!(m_minScore >= 0.0 && m_minScore <= 1.0))
            return out.fail(ErrorCode::InvalidArgument,
                            tr("--min-score is a number from 0 to 1, such as 0.8."));
        auto ws = context.signIn();
        if (!ws)
            return out.fail(ws.error());
        domain::DuplicateRequest request;
        request.minScore = m_minScore;
        request.limit = static_cast<std::size_t>(m_limit);
        auto list = DuplicateFinder(**ws).find(request);
        if (!list)
            return out.fail(list.error());
        QJsonArray pairs;
        for (const DuplicatePair& pair : list->pairs) {
            pairs.append(pairJson(pair));
            out.line(QStringLiteral("%1  %2 %3  %4 %5  %6")
                         .arg(QString::number(pair.score, 'f', 2))
                         .arg(qs(pair.first.code), -10)
                         .arg(qs(pair.first.name), -24)
                         .arg(qs(pair.second.code), -10)
                         .arg(qs(pair.second.name), -24)
                         .arg(DuplicateScoring::text(pair.reasons)));
        }
        out.line(list->total == static_cast<std::int64_t>(list->pairs.size())
                     ? tr("%n possible duplicate pair(s) scoring at least %1", nullptr,
                          static_cast<int>(list->total))
                           .arg(m_minScore)
                     : tr("%1 of %n possible duplicate pair(s) scoring at least %2 shown; raise "
                          "--limit to see more",
                          nullptr, static_cast<int>(list->total))
                           .arg(list->pairs.size())
                           .arg(m_minScore));
        out.document(QJsonObject{{"pairs", pairs},
                                 {"total", static_cast<qint64>(list->total)},
                                 {"min_score", m_minScore},
                                 {"masked", list->masked}});
        return finish(context, **ws);
    }

private:
    int m_limit = kDefaultLimit;
    double m_minScore = DuplicateScoring::kDefaultThreshold;
};

} // namespace

std::unique_ptr<Command> makeDuplicatesCommand() {
    return std::make_unique<DuplicatesCommand>();
}

} // namespace tessera::cli
