#pragma once

// Customers planted for the duplicate tests (domain, CLI, GUI): the three
// pairs issue 14 names, an ID-number pair, and near misses that must not
// pair. Written through the repository, so every key is made as the
// application makes it.

#include "domain/workspace/Workspace.h"
#include "storage/customers/CustomerRepository.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace tessera::test {

struct PlantedCustomer {
    const char* code;
    const char* name;
    const char* kind;
    const char* owner; // a user name of the standard database
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<std::string> idNumber;
};

// Pairs: P1/P2 (phone), E1/E2 (email, and the same person's name), C1/C2
// (company name), I1/I2 (ID number). C2 belongs to sup2's team, so sup does
// not see that pair.
inline const PlantedCustomer kPlantedDuplicates[] = {
    {"P1", "Zhou Min", "person", "am1", "+86 138-0013-8000", {}, {}},
    {"P2", "周敏", "person", "am2", "13800138000", {}, {}},
    {"E1", "Li Na", "person", "am1", {}, "Li.Na@Example.com ", {}},
    {"E2", "Li Na", "person", "am2", {}, "li.na@example.com", {}},
    {"C1", "北京星辰科技有限公司", "company", "am1", {}, {}, {}},
    {"C2", "北京星辰科技", "company", "am3", {}, {}, {}},
    {"I1", "Wu Lei", "person", "am1", {}, {}, "11010519491231002x"},
    {"I2", "Wu L.", "person", "am2", {}, {}, "110105-19491231-002X"},
    // Near misses: a shared surname, one differing phone digit, a person's
    // name alone, and a company name too common to count.
    {"N1", "张伟", "person", "am1", "13900139000", {}, {}},
    {"N2", "张芳", "person", "am1", "13900139001", {}, {}},
    {"N3", "Li Wei", "person", "am1", {}, "li.wei@example.com", {}},
    {"N4", "Wang Fang", "person", "am1", {}, {}, {}},
    {"N5", "Wang Fang", "person", "am2", {}, {}, {}},
    {"N6", "Common Trading Co., Ltd.", "company", "am1", {}, {}, {}},
    {"N7", "Common Trading Ltd", "company", "am1", {}, {}, {}},
    {"N8", "Common Trading Inc.", "company", "am2", {}, {}, {}},
    {"N9", "Common Trading GmbH", "company", "am2", {}, {}, {}},
    {"NA", "COMMON TRADING", "company", "am3", {}, {}, {}},
    {"NB", "Common Trading LLC", "company", "am3", {}, {}, {}},
};

// Writes the planted customers with `ws` (signed in with the data key).
inline void plantDuplicates(domain::Workspace& ws) {
    storage::CustomerRepository repo(ws.db(), ws.cipher());
    for (const PlantedCustomer& p : kPlantedDuplicates) {
        storage::CustomerRecord c;
        c.code = p.code;
        c.name = p.name;
        c.kind = p.kind;
        auto owner = ws.db().prepare("SELECT id FROM users WHERE username = ?");
        owner->bind(1, std::string(p.owner));
        c.ownerId = owner->first([](const storage::Statement& s) { return s.int64(0); })->value();
        c.phone = p.phone;
        c.email = p.email;
        c.idNumber = p.idNumber;
        c.createdAt = c.updatedAt = 1;
        if (!repo.insert(c))
            throw std::runtime_error(std::string("planting ") + p.code);
    }
}

} // namespace tessera::test
