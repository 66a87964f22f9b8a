#pragma once

// A customer's consent to be contacted (product.md capability 1, "consent
// and contact preferences"): give or withdraw a channel, unsubscribe ("all"),
// and the history of every change with who, when and from where. The
// interaction log asks refusalFor() before storing an outbound contact.

#include "common/Result.h"
#include "domain/workspace/Workspace.h"
#include "storage/consent/ConsentRepository.h"

#include <QCoreApplication>
#include <optional>
#include <string>
#include <vector>

namespace tessera::domain {

struct ConsentView {
    std::vector<std::string> channels; // channels the customer allows, in vocabulary order
    bool unsubscribed = false;
    std::vector<storage::ConsentEventRecord> history; // oldest first
};

class ConsentService {
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    // The channel key that stands for every channel: withdrawing it
    // unsubscribes the customer, giving it subscribes them again.
    static constexpr const char* kAllChannels = "all";

    explicit ConsentService(Workspace& workspace) : m_ws(workspace) {}

    Status give(std::int64_t customerId, const std::string& channel, const std::string& source);
    Status withdraw(std::int64_t customerId, const std::string& channel, const std::string& source);
    Result<ConsentView> show(std::int64_t customerId);

    // Why an outbound contact on `channel` may not be made, or nullopt when
    // it may. Inbound contacts are the customer's own and always allowed.
    static std::optional<QString> refusalFor(const storage::ConsentState& state,
                                             const std::string& channel,
                                             const std::string& direction);

    // The history rows a change from `before` to `after` (as the customer
    // editor saves them) amounts to, one per channel that changed.
    static std::vector<storage::ConsentEventRecord>
    changesBetween(const storage::ConsentState& before, const storage::ConsentState& after);

private:
    Status change(std::int64_t customerId, const std::string& channel, bool given,
                  const std::string& source);

    Workspace& m_ws;
};

} // namespace tessera::domain
