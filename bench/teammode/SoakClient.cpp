// One client of the team-mode soak (bench/soak_server.sh): signs in to a
// server as one user and, until the time is up, does what that user does all
// day. An account manager logs interactions, edits customers (re-reading and
// trying again when someone else changed the customer first: a refused edit
// is the row version doing its job, not an error) and lists the portfolio; a
// supervisor logs and lists; an analyst runs scoring. Prints one JSON object: operations,
// latencies, errors, and the successful edits per customer, from which the
// script proves that no update was lost. Nothing here asserts a timing.

#include "domain/customers/CustomerService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/scoring/ScoringService.h"
#include "domain/setup/WorkspaceSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <map>
#include <random>

using namespace tessera;

namespace {

struct Tally {
    std::map<std::string, QJsonArray> latencies; // per kind of operation, ms
    std::map<std::int64_t, int> edits;           // successful edits per customer id
    std::map<std::string, int> errors;           // per kind of operation
    int conflicts = 0;
    QJsonArray errorMessages;

    template <typename Op> void time(const std::string& kind, Op&& op) {
        QElapsedTimer timer;
        timer.start();
        const Status done = op();
        latencies[kind].append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!done) {
            ++errors[kind];
            if (errorMessages.size() < 5)
                errorMessages.append(QString::fromStdString(kind + ": " + done.error().message));
        }
    }
};

// Re-reads and tries again when another user changed the customer first.
Status editCustomer(domain::Workspace& ws, std::int64_t id, const std::string& mark, Tally& tally) {
    domain::CustomerService customers(ws);
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto view = customers.open(id);
        if (!view)
            return view.error();
        storage::CustomerRecord record = view->record;
        record.industry = mark;
        Status updated = customers.update(record);
        if (updated) {
            ++tally.edits[id];
            return {};
        }
        if (updated.error().code != ErrorCode::Conflict)
            return updated;
        ++tally.conflicts;
    }
    return makeError(ErrorCode::Conflict, "20 conflicting edits in a row");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption("db", "server URI", "uri");
    const QCommandLineOption userOption("user", "Tessera user", "name");
    const QCommandLineOption passwordOption("password", "password", "text", "tessera-demo");
    const QCommandLineOption secondsOption("seconds", "how long", "n", "300");
    const QCommandLineOption seedOption("seed", "random seed", "n", "1");
    const QCommandLineOption portfolioOption("portfolio", "customers to edit (first N)", "n", "40");
    parser.addOptions(
        {dbOption, userOption, passwordOption, secondsOption, seedOption, portfolioOption});
    parser.process(app);
    const std::string user = parser.value(userOption).toStdString();

    auto ws = domain::WorkspaceSetup::open(parser.value(dbOption).toStdString());
    if (!ws) {
        std::fprintf(stderr, "open: %s\n", ws.error().message.c_str());
        return 1;
    }
    if (auto in = (*ws)->login(user, parser.value(passwordOption).toStdString()); !in) {
        std::fprintf(stderr, "login: %s\n", in.error().message.c_str());
        return 1;
    }
    domain::Workspace& w = **ws;
    const bool analyst = w.session().role == domain::Role::Analyst;
    // Supervisors log and list; editing customers is the account managers' (AccessPolicy).
    const bool edits = w.session().role == domain::Role::AccountManager;
    domain::PortfolioFilter filter;
    filter.limit = parser.value(portfolioOption).toLongLong();
    auto mine = domain::CustomerService(w).queryIds(filter);
    if (!analyst && (!mine || mine->empty())) {
        std::fprintf(stderr, "no customers for %s\n", user.c_str());
        return 1;
    }

    std::mt19937 random(parser.value(seedOption).toUInt());
    Tally tally;
    QElapsedTimer clock;
    clock.start();
    const qint64 until = parser.value(secondsOption).toLongLong() * 1000;
    int n = 0;
    while (clock.elapsed() < until) {
        ++n;
        if (analyst) {
            tally.time("score", [&]() -> Status {
                auto run = domain::ScoringService(w).run({});
                return run ? Status{} : Status{run.error()};
            });
            continue;
        }
        const std::int64_t id = (*mine)[random() % mine->size()];
        const unsigned pick = random() % 10;
        if (pick < 4) {
            tally.time("interaction", [&]() -> Status {
                domain::InteractionDraft draft;
                draft.customerId = id;
                draft.channel = "wechat";
                draft.kind = "message";
                draft.direction = "inbound";
                auto added = domain::InteractionService(w).add(draft);
                return added ? Status{} : Status{added.error()};
            });
        } else if (pick < 7 && edits) {
            tally.time("edit",
                       [&] { return editCustomer(w, id, "soak " + std::to_string(n), tally); });
        } else {
            tally.time("list", [&]() -> Status {
                domain::PortfolioFilter page;
                page.limit = 50;
                domain::CustomerService customers(w);
                auto ids = customers.queryIds(page);
                if (!ids)
                    return ids.error();
                auto rows = customers.rows(*ids);
                return rows ? Status{} : Status{rows.error()};
            });
        }
    }
    QJsonObject out{{"user", QString::fromStdString(user)},
                    {"seconds", static_cast<double>(clock.elapsed()) / 1000.0},
                    {"errors",
                     [&] {
                         QJsonObject byKind;
                         for (const auto& [kind, count] : tally.errors)
                             byKind[QString::fromStdString(kind)] = count;
                         return byKind;
                     }()},
                    {"conflicts_retried", tally.conflicts},
                    {"error_messages", tally.errorMessages}};
    QJsonObject latencies;
    for (const auto& [kind, values] : tally.latencies)
        latencies[QString::fromStdString(kind)] = values;
    out["latencies_ms"] = latencies;
    QJsonObject editsByCustomer;
    for (const auto& [id, count] : tally.edits)
        editsByCustomer[QString::number(id)] = count;
    out["edits"] = editsByCustomer;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
