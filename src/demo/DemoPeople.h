#pragma once

// Who a demo customer is: a Chinese or English name for a person or a company,
// the region, industry and the personal data (phone, e-mail, ID number,
// address), and for companies the people to talk to there. Everything comes
// from the word lists in resources/demo.

#include "demo/DemoContext.h"
#include "demo/DemoProfile.h"
#include "storage/customers/CustomerRecord.h"

namespace tessera::domain {

// Fills name, region, industry, phone, email, idNumber, address and contacts.
void fillDemoIdentity(const DemoContext& context, const DemoProfile& profile, SeededRandom& random,
                      storage::CustomerRecord& record);

} // namespace tessera::domain
