#pragma once

// What makes a customer record valid, for entry in the GUI, the CLI and imports alike.

#include "storage/customers/CustomerRecord.h"

#include <QCoreApplication>
#include <string>
#include <vector>

namespace tessera::domain {

struct FieldProblem {
    std::string field;   // the record field, e.g. "email"
    std::string message; // translated, says what to change
};

class CustomerRules {
    Q_DECLARE_TR_FUNCTIONS(CustomerRules)

public:
    static constexpr int kMaxCodeLength = 64;
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxTags = 20;

    static std::vector<FieldProblem> validate(const storage::CustomerRecord& customer);

    // Single-field checks, also used for contacts. Empty when acceptable.
    static std::string checkPhone(const std::string& phone);
    static std::string checkEmail(const std::string& email);

    // Trims, drops empties and duplicates; splits on ',', ';' and '|'.
    static std::vector<std::string> parseTags(std::string_view text);
    static std::string trimmed(std::string_view text);
    // "Zhang Wei" -> "Z. W."; "王伟" -> "王*": what analysts see of a person's name.
    static std::string initials(const std::string& name);
};

} // namespace tessera::domain
