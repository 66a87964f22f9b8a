#include "domain/duplicates/DuplicateScoring.h"

#include <QStringList>
#include <algorithm>

namespace tessera::domain {

double DuplicateScoring::weight(DuplicateReason reason, bool bothCompanies) {
    switch (reason) {
    case DuplicateReason::SameIdNumber: return kIdNumberWeight;
    case DuplicateReason::SamePhone: return kPhoneWeight;
    case DuplicateReason::SameEmail: return kEmailWeight;
    case DuplicateReason::SameName: return bothCompanies ? kCompanyNameWeight : kPersonNameWeight;
    }
    return 0.0;
}

double DuplicateScoring::score(const std::vector<DuplicateReason>& reasons, bool bothCompanies) {
    std::vector<DuplicateReason> distinct = reasons;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    double apart = 1.0; // the chance that every piece of evidence is a coincidence
    for (DuplicateReason reason : distinct)
        apart *= 1.0 - weight(reason, bothCompanies);
    return 1.0 - apart;
}

const char* DuplicateScoring::key(DuplicateReason reason) {
    switch (reason) {
    case DuplicateReason::SameIdNumber: return "id_number";
    case DuplicateReason::SamePhone: return "phone";
    case DuplicateReason::SameEmail: return "email";
    case DuplicateReason::SameName: return "name";
    }
    return "";
}

QString DuplicateScoring::text(DuplicateReason reason) {
    switch (reason) {
    case DuplicateReason::SameIdNumber: return tr("same ID number");
    case DuplicateReason::SamePhone: return tr("same phone");
    case DuplicateReason::SameEmail: return tr("same email");
    case DuplicateReason::SameName: return tr("same name");
    }
    return {};
}

QString DuplicateScoring::text(const std::vector<DuplicateReason>& reasons) {
    QStringList texts;
    for (DuplicateReason reason : reasons)
        texts << text(reason);
    //: Between the reasons of a duplicate pair ("same email, same name").
    return texts.join(tr(", "));
}

} // namespace tessera::domain
