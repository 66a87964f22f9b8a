#pragma once

// How sure a pair of customers is the same client, from the keys they share
// (docs/duplicates.md). Each shared key is a piece of evidence with a weight,
// the chance it alone means one client; the pieces combine as independent
// evidence, 1 - Π(1 - wᵢ), so two weak matches make a stronger one and no
// sum passes 1. A pair is a candidate from kDefaultThreshold.

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace tessera::domain {

enum class DuplicateReason { SameIdNumber, SamePhone, SameEmail, SameName };

class DuplicateScoring {
    Q_DECLARE_TR_FUNCTIONS(DuplicateScoring)

public:
    // An ID number (resident card, credit code) names one party.
    static constexpr double kIdNumberWeight = 0.95;
    // A phone or an email is usually one party's, but households, assistants
    // and shared mailboxes (info@) share them.
    static constexpr double kPhoneWeight = 0.8;
    static constexpr double kEmailWeight = 0.8;
    // Two companies with one name key (after their legal form is removed) are
    // likely one; two people with one name are not, so that alone stays
    // below the threshold and needs another key beside it.
    static constexpr double kCompanyNameWeight = 0.6;
    static constexpr double kPersonNameWeight = 0.35;
    static constexpr double kDefaultThreshold = 0.5;

    // The largest group of customers sharing one name key that still counts as
    // evidence: a name more customers share (张伟, "Li Wei") is common, not a sign.
    static constexpr int kMaxNameGroup = 5;
    // The same for a phone, email or ID number: more customers on one value is
    // a switchboard or a placeholder, and its pairs would grow with its square.
    static constexpr int kMaxSharedGroup = 10;

    // The weight of `reason`; `bothCompanies` chooses the name's weight.
    static double weight(DuplicateReason reason, bool bothCompanies);
    // 1 - Π(1 - weight) over the distinct reasons.
    static double score(const std::vector<DuplicateReason>& reasons, bool bothCompanies);

    // "phone", "id_number": stable keys for JSON.
    static const char* key(DuplicateReason reason);
    // "same phone": for people.
    static QString text(DuplicateReason reason);
    // "same email, same name": a pair's reasons in one line, in the
    // language's list separator.
    static QString text(const std::vector<DuplicateReason>& reasons);
};

} // namespace tessera::domain
