#pragma once

// The free text of demo data, drawn from the word lists of resources/demo:
// notes, interaction outcomes, survey comments and ticket subjects, in Chinese
// (language 0) or English (language 1).

#include "demo/SeededRandom.h"

#include <string>

namespace tessera::domain::demophrases {

// Mood of a phrase: '+' positive, '-' negative, '0' neutral.
char moodOf(double feeling); // feeling about standard normal

const std::string& note(std::size_t language, SeededRandom& random);
// An outcome for an interaction of `kind`, matching `mood` where the list has one.
const std::string& outcome(const std::string& kind, char mood, SeededRandom& random);
const std::string& surveyComment(char mood, std::size_t language, SeededRandom& random);

struct TicketSubject {
    const std::string& category;
    const std::string& subject;
};
TicketSubject ticketSubject(bool complaint, std::size_t language, SeededRandom& random);

} // namespace tessera::domain::demophrases
