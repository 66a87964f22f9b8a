#pragma once

// Service tickets and complaints (product.md capability 5): open one from a
// customer or from a complaint interaction, classify it, assign, respond,
// resolve, close and reopen it, and list tickets with their service levels
// evaluated at an instant. Account managers work on their own customers'
// tickets, supervisors on their team's; analysts only read.

#include "common/Result.h"
#include "domain/tickets/ServiceLevel.h"
#include "domain/workspace/Workspace.h"
#include "storage/tickets/TicketRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct TicketDraft {
    std::int64_t customerId = 0;
    std::string category; // quality | attitude | delivery | billing | other
    std::string level;    // immediate | 24h | 72h
    std::string subject;
    std::optional<std::string> description;
    std::optional<std::int64_t> at;              // ms; default now, never in the future
    std::optional<std::int64_t> fromInteraction; // a complaint interaction of the customer
    bool complaint = false;                      // also true when opened from a complaint
    std::optional<std::int64_t> assigneeId;
    // A journey touchpoint by name ('' none); opened from an interaction: its touchpoint.
    std::string touchpoint;
};

enum class TicketStep { Assign, Respond, Resolve, Close, Reopen };

struct TicketChange {
    TicketStep step = TicketStep::Respond;
    std::optional<std::int64_t> assigneeId; // Assign (default: the caller)
    std::optional<std::int64_t> at;         // ms; default now
};

struct TicketView {
    storage::TicketRow row;
    ServiceLevelStatus level;
    std::int64_t asOf = 0;   // ms the service level was evaluated at
    std::string statusAsOf;  // open | assigned | responded | resolved | closed
    std::string escalatedTo; // the owner's supervisor, '' when not escalated
};

struct TicketFilter {
    std::optional<std::int64_t> customerId;
    bool unresolvedOnly = false;      // open, assigned or responded at the instant
    std::optional<std::int64_t> asOf; // ms; default now
};

class TicketService {
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    explicit TicketService(Workspace& workspace) : m_ws(workspace) {}

    static const std::vector<std::string>& categories();
    static std::optional<TicketStep> stepFromKey(const std::string& key);
    static const char* stepKey(TicketStep step);

    Result<std::int64_t> open(const TicketDraft& draft);
    Result<TicketView> change(std::int64_t ticketId, const TicketChange& change);
    Result<TicketView> find(std::int64_t ticketId, std::optional<std::int64_t> asOf = {});
    Result<std::vector<TicketView>> list(const TicketFilter& filter);
    // The satisfaction check after closing: a CSAT (1-5) response tied to the ticket.
    Result<std::int64_t> recordSatisfaction(std::int64_t ticketId, int csat,
                                            const std::optional<std::string>& comment);

    // The service level of `row` at `atMs` with the current profile's targets.
    TicketView evaluate(storage::TicketRow row, std::int64_t atMs,
                        const scoring::WarningThresholds& thresholds) const;

private:
    Result<std::int64_t> checkedInstant(std::optional<std::int64_t> at, std::int64_t notBefore,
                                        const QString& what);
    static QString stepLabel(TicketStep step); // "the response", for messages
    Status checkAssignee(std::int64_t assigneeId, std::int64_t customerId);
    Status apply(storage::TicketRow& row, const TicketChange& change, std::int64_t at);
    Result<storage::TicketRow> load(std::int64_t ticketId);

    Workspace& m_ws;
};

} // namespace tessera::domain
