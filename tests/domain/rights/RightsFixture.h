#pragma once

// The fixture of the personal-data rights tests: the standard database with a
// fixed clock (DayFixture) and one person planted through the real use cases
// with distinctive values in every personal field and every free-text column
// that hangs off a customer, so a byte search of the file can find them.

#include "domain/consent/ConsentService.h"
#include "domain/customers/CustomerService.h"
#include "domain/followups/FollowUpService.h"
#include "domain/interactions/InteractionService.h"
#include "domain/surveys/SurveyService.h"
#include "domain/tickets/TicketService.h"
#include "support/DayFixture.h"

#include <QFile>
#include <string>
#include <vector>

namespace tessera::test {

class RightsFixture : public DayFixture {
protected:
    static constexpr const char* kFormerName = "Zephyrine Quartermaine";
    static constexpr const char* kName = "Zephyrine Quartermaine-Olufsen";
    static constexpr const char* kFormerAddress = "12 Old Mossgrave Court, Lantern City";
    static constexpr const char* kAddress = "77 Quillfeather Lane, Lantern City";
    static constexpr const char* kPhone = "+86 139-4417-2093";
    static constexpr const char* kPhoneDigits = "8613944172093";
    static constexpr const char* kEmail = "zephyrine.q@rights-test.example";
    static constexpr const char* kIdNumber = "RIGHTSID-77341905";
    static constexpr const char* kNotes = "Prefers evening calls about the Vorpal account";
    static constexpr const char* kContactName = "Bartholomew Nightingale-Rhee";
    static constexpr const char* kContactPhone = "13755510177";
    static constexpr const char* kContactEmail = "bart.nightingale@rights-test.example";
    static constexpr const char* kInteractionNote = "Discussed the Quillfeather mortgage plans";
    static constexpr const char* kOutcome = "callback about Vorpalwood";
    static constexpr const char* kSurveyComment = "Loved the Mossgrave lantern tour";
    static constexpr const char* kTicketSubject = "Refund for the Olufsen order";
    static constexpr const char* kTicketDescription =
        "Card ending 4242 charged twice by Ravensbrook";
    static constexpr const char* kFollowUpNote = "Ring Zephyrine about the Ravensbrook refund";
    static constexpr const char* kConsentSource = "signed form Quartermaine-7781";

    // Every value the erasure must remove, in the forms a search may meet.
    static std::vector<std::string> erasedValues() {
        return {kName,         kFormerAddress, kAddress,       kPhone,
                kPhoneDigits,  kEmail,         kIdNumber,      kNotes,
                kContactName,  kContactPhone,  kContactEmail,  kInteractionNote,
                kOutcome,      kSurveyComment, kTicketSubject, kTicketDescription,
                kFollowUpNote, kConsentSource};
    }

    // Plants the person as am1 (their account manager), with an edit, a
    // contact, consent, an interaction, a survey, a ticket, a follow-up and a
    // purchase; returns the customer's id.
    std::int64_t plantPerson() {
        auto ws = as("am1");
        // As SQLite's own default is (Debian builds it on): the edits below
        // leave old versions in free space, which the erasure must clear too.
        if (!ws->db().isServer())
            check(ws->db().exec("PRAGMA secure_delete = OFF"));
        domain::CustomerService customers(*ws);
        storage::CustomerRecord c;
        c.code = "RIGHTS-1";
        c.name = kFormerName;
        c.kind = "person";
        c.industry = "Retail";
        c.region = "Lantern";
        c.consentChannels = "phone,email,visit";
        c.phone = kPhone;
        c.email = kEmail;
        c.idNumber = kIdNumber;
        c.address = kFormerAddress;
        c.notes = kNotes;
        c.tags = {"vip"};
        storage::ContactRecord contact;
        contact.name = kContactName;
        contact.role = "spouse";
        contact.phone = kContactPhone;
        contact.email = kContactEmail;
        c.contacts = {contact};
        const std::int64_t id = value(customers.create(c));
        // An edit rewrites the row: the old versions must not survive either.
        auto view = value(customers.open(id));
        view.record.name = kName;
        view.record.address = kAddress;
        check(customers.update(view.record));
        check(domain::ConsentService(*ws).give(id, "wechat", kConsentSource));
        domain::InteractionDraft interaction;
        interaction.customerId = id;
        interaction.channel = "phone";
        interaction.kind = "call";
        interaction.direction = "outbound";
        interaction.outcome = kOutcome;
        interaction.note = kInteractionNote;
        interaction.at = instant(*ws, "2026-06-29 15:00");
        value(domain::InteractionService(*ws).add(interaction));
        domain::SurveyDraft survey;
        survey.customerId = id;
        survey.nps = 9;
        survey.answers = {{1, 1, 5}, {2, 3, 4}};
        survey.comment = kSurveyComment;
        value(domain::SurveyService(*ws).add(survey));
        domain::TicketDraft ticket;
        ticket.customerId = id;
        ticket.category = "billing";
        ticket.level = "24h";
        ticket.subject = kTicketSubject;
        ticket.description = kTicketDescription;
        value(domain::TicketService(*ws).open(ticket));
        domain::FollowUpDraft followUp;
        followUp.customerId = id;
        followUp.dueDay = ws->calendar().today() + 3;
        followUp.note = kFollowUpNote;
        value(domain::FollowUpService(*ws).add(followUp));
        // Purchases come from imports, which an account manager does not run.
        check(as("admin")->db().exec(
            "INSERT INTO transactions (customer_id, day, id, amount_cents, quantity) VALUES (" +
            std::to_string(id) + ", 20600, 1, 123456, 2)"));
        return id;
    }

    // The bytes of the database file and its WAL (when there is one).
    std::string fileAndWal() const {
        std::string bytes;
        for (const std::string& p : {path, path + "-wal"}) {
            QFile f(QString::fromStdString(p));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll().toStdString();
        }
        return bytes;
    }

    // The values of erasedValues() found in the file or its WAL.
    std::vector<std::string> valuesFound() const {
        const std::string bytes = fileAndWal();
        std::vector<std::string> found;
        for (const std::string& v : erasedValues())
            if (bytes.find(v) != std::string::npos)
                found.push_back(v);
        return found;
    }

    template <typename T> static T value(Result<T> result) {
        if (!result)
            throw std::runtime_error(result.error().message);
        return std::move(*result);
    }
    static void check(const Status& status) {
        if (!status)
            throw std::runtime_error(status.error().message);
    }
};

} // namespace tessera::test
