#include "domain/accessreview/PersonalDataReads.h"

#include "domain/workspace/AccessPolicy.h"

#include <charconv>

namespace tessera::domain {
namespace {

constexpr std::string_view kMasked = " (masked)";
constexpr std::string_view kCustomers = " customers";

bool endsWith(std::string_view text, std::string_view tail) {
    return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

} // namespace

const std::vector<std::string>& PersonalDataReads::actions() {
    static const std::vector<std::string> keys = {
        actionKey(Action::ReadPersonalData), actionKey(Action::ExportPersonData),
        actionKey(Action::ExportCustomers),  actionKey(Action::ExportReports),
        actionKey(Action::ReadCustomer),     actionKey(Action::ListCustomers)};
    return keys;
}

std::optional<std::int64_t> PersonalDataReads::exportedRecords(std::string_view detail) {
    if (endsWith(detail, kMasked))
        detail.remove_suffix(kMasked.size());
    if (!endsWith(detail, kCustomers))
        return std::nullopt;
    detail.remove_suffix(kCustomers.size());
    std::size_t start = detail.size();
    while (start > 0 && detail[start - 1] >= '0' && detail[start - 1] <= '9')
        --start;
    std::int64_t n = 0;
    const auto digits = detail.substr(start);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return n;
}

PersonalDataRead PersonalDataReads::classify(const storage::AccessEvent& e) {
    PersonalDataRead read;
    if (e.outcome == "refused") {
        read.kind = PersonalDataRead::Kind::Refused;
        return read;
    }
    if (e.outcome != "ok")
        return read;
    if (e.action == actionKey(Action::ReadPersonalData) ||
        e.action == actionKey(Action::ExportPersonData)) {
        read.kind = PersonalDataRead::Kind::Record;
        read.records = 1;
        if (e.objectType == "customer")
            read.customerId = std::string(e.objectId);
        return read;
    }
    if (e.action == actionKey(Action::ExportCustomers) ||
        e.action == actionKey(Action::ExportReports)) {
        if (endsWith(e.detail, kMasked))
            return read; // initials and no contact details
        read.kind = PersonalDataRead::Kind::Export;
        // An export whose detail does not say how many it wrote still read
        // at least one record.
        read.records = exportedRecords(e.detail).value_or(1);
        return read;
    }
    return read; // a masked open (customer.read) reads no personal data
}

} // namespace tessera::domain
