#include "demo/DemoPhrases.h"

#include "demo/DemoWordLists.h"

#include <map>
#include <vector>

namespace tessera::domain::demophrases {
namespace {

const char* const kLanguages[] = {"zh", "en"};

// Rows of a list grouped by a key made of some of their fields, for uniform picks.
class Grouped {
public:
    Grouped(const DemoWordList& list, std::initializer_list<std::size_t> keyColumns,
            std::size_t textColumn)
        : m_list(list), m_textColumn(textColumn) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string key;
            for (std::size_t column : keyColumns)
                key += list.field(i, column) + "|";
            m_groups[key].push_back(i);
        }
    }

    bool has(const std::string& key) const { return m_groups.count(key) > 0; }
    std::size_t pickRow(const std::string& key, SeededRandom& random) const {
        const std::vector<std::size_t>& rows = m_groups.at(key);
        return rows[static_cast<std::size_t>(random.below(static_cast<std::int64_t>(rows.size())))];
    }
    const std::string& pick(const std::string& key, SeededRandom& random) const {
        return m_list.field(pickRow(key, random), m_textColumn);
    }
    const DemoWordList& list() const { return m_list; }

private:
    const DemoWordList& m_list;
    std::size_t m_textColumn;
    std::map<std::string, std::vector<std::size_t>> m_groups;
};

struct Phrases {
    Grouped notes{DemoWordList::named("notes"), {0}, 1};
    Grouped outcomesByKindAndMood{DemoWordList::named("outcomes"), {0, 2}, 1};
    Grouped outcomesByKind{DemoWordList::named("outcomes"), {0}, 1};
    Grouped comments{DemoWordList::named("survey_comments"), {0, 1}, 2};
    Grouped tickets{DemoWordList::named("ticket_subjects"), {1}, 0};

    static const Phrases& get() {
        static const Phrases phrases;
        return phrases;
    }
};

std::string key(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts)
        out.append(part).append("|");
    return out;
}

} // namespace

char moodOf(double feeling) {
    if (feeling > 0.3)
        return '+';
    return feeling < -0.7 ? '-' : '0';
}

const std::string& note(std::size_t language, SeededRandom& random) {
    return Phrases::get().notes.pick(key({kLanguages[language]}), random);
}

const std::string& outcome(const std::string& kind, char mood, SeededRandom& random) {
    const Phrases& p = Phrases::get();
    const std::string withMood = key({kind, std::string_view(&mood, 1)});
    if (p.outcomesByKindAndMood.has(withMood))
        return p.outcomesByKindAndMood.pick(withMood, random);
    return p.outcomesByKind.pick(key({kind}), random);
}

const std::string& surveyComment(char mood, std::size_t language, SeededRandom& random) {
    return Phrases::get().comments.pick(key({std::string_view(&mood, 1), kLanguages[language]}),
                                        random);
}

TicketSubject ticketSubject(bool complaint, std::size_t language, SeededRandom& random) {
    const Grouped& tickets = Phrases::get().tickets;
    const std::size_t row = tickets.pickRow(key({complaint ? "1" : "0"}), random);
    return {tickets.list().field(row, 0), tickets.list().field(row, 2 + language)};
}

} // namespace tessera::domain::demophrases
