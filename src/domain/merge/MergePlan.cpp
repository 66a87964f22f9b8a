#include "domain/merge/MergePlan.h"

namespace tessera::domain {

const std::vector<MergeField>& allMergeFields() {
    static const std::vector<MergeField> fields = {
        MergeField::Name,      MergeField::Kind,
        MergeField::Industry,  MergeField::Region,
        MergeField::Channel,   MergeField::Owner,
        MergeField::Lifecycle, MergeField::Risk,
        MergeField::Consent,   MergeField::ContactFrequency,
        MergeField::Phone,     MergeField::Email,
        MergeField::IdNumber,  MergeField::Address,
        MergeField::Notes,
    };
    return fields;
}

const char* mergeFieldKey(MergeField field) {
    switch (field) {
    case MergeField::Name: return "name";
    case MergeField::Kind: return "kind";
    case MergeField::Industry: return "industry";
    case MergeField::Region: return "region";
    case MergeField::Channel: return "channel";
    case MergeField::Owner: return "owner";
    case MergeField::Lifecycle: return "lifecycle";
    case MergeField::Risk: return "risk";
    case MergeField::Consent: return "consent";
    case MergeField::ContactFrequency: return "contact_frequency";
    case MergeField::Phone: return "phone";
    case MergeField::Email: return "email";
    case MergeField::IdNumber: return "id_number";
    case MergeField::Address: return "address";
    case MergeField::Notes: return "notes";
    }
    return "unknown";
}

} // namespace tessera::domain
