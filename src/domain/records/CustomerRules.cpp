#include "domain/records/CustomerRules.h"

#include "domain/records/Vocabulary.h"

#include <QString>
#include <QStringList>
#include <algorithm>

namespace tessera::domain {
namespace {

bool hasControlCharacters(const std::string& text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// The length in UTF-16 units, as QString counts it, without making one:
// every byte but a continuation byte starts a character, and a four-byte
// sequence is a surrogate pair.
int length(const std::string& text) {
    int units = 0;
    for (const char byte : text) {
        const auto c = static_cast<unsigned char>(byte);
        units += (c & 0xC0) != 0x80;
        units += c >= 0xF0;
    }
    return units;
}

// Stored keys of a vocabulary, computed once: validation runs per imported row.
using KeySet = std::vector<std::string>;
KeySet keysOf(const std::vector<Term>& terms) {
    KeySet keys;
    for (const Term& term : terms)
        keys.push_back(term.key);
    return keys;
}
bool known(const KeySet& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The message is made only for a problem: translating and formatting it for
// every valid row was most of the time an import spent per customer.
template <typename MakeMessage>
void require(std::vector<FieldProblem>& problems, bool ok, const char* field,
             MakeMessage&& message) {
    if (!ok)
        problems.push_back({field, QString(message()).toStdString()});
}

} // namespace

std::string CustomerRules::trimmed(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<int>(text.size())).trimmed().toStdString();
}

std::string CustomerRules::checkPhone(const std::string& phone) {
    int digits = 0;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (std::string_view("+-() ./").find(c) == std::string_view::npos)
            return tr("The phone number '%1' may only contain digits, spaces and + - ( ) . /.")
                .arg(QString::fromStdString(phone))
                .toStdString();
    }
    if (digits < 5 || digits > 20)
        return tr("The phone number '%1' needs 5 to 20 digits.")
            .arg(QString::fromStdString(phone))
            .toStdString();
    return {};
}

std::string CustomerRules::checkEmail(const std::string& email) {
    const auto at = email.find('@');
    const bool shaped = at != std::string::npos && at > 0 &&
                        email.find('@', at + 1) == std::string::npos &&
                        email.find('.', at) != std::string::npos && email.back() != '.' &&
                        email.find(' ') == std::string::npos && email.size() <= 254;
    if (!shaped)
        return tr("'%1' is not an email address (like name@example.com).")
            .arg(QString::fromStdString(email))
            .toStdString();
    return {};
}

std::vector<FieldProblem> CustomerRules::validate(const storage::CustomerRecord& c) {
    static const KeySet kinds = keysOf(vocabulary::customerKinds());
    static const KeySet stages = keysOf(vocabulary::lifecycleStages());
    static const KeySet risks = keysOf(vocabulary::riskLevels());
    static const KeySet frequencies = keysOf(vocabulary::contactFrequencies());
    static const KeySet channels = keysOf(vocabulary::channels());
    std::vector<FieldProblem> problems;
    require(problems, !c.code.empty(), "code",
            [&] { return tr("The customer code is required."); });
    require(problems, length(c.code) <= kMaxCodeLength && !hasControlCharacters(c.code), "code",
            [&] {
                return tr("The customer code may have at most %1 characters and no line breaks.")
                    .arg(kMaxCodeLength);
            });
    require(problems, !c.name.empty(), "name", [&] { return tr("The name is required."); });
    require(problems, length(c.name) <= kMaxNameLength && !hasControlCharacters(c.name), "name",
            [&] {
                return tr("The name may have at most %1 characters and no line breaks.")
                    .arg(kMaxNameLength);
            });
    require(problems, known(kinds, c.kind), "kind", [&] {
        return tr("The type must be company or person, not '%1'.")
            .arg(QString::fromStdString(c.kind));
    });
    require(problems, known(stages, c.lifecycle), "lifecycle", [&] {
        return tr("Unknown lifecycle stage '%1' (use potential, new, growing, mature, declining or "
                  "churned).")
            .arg(QString::fromStdString(c.lifecycle));
    });
    require(problems, known(risks, c.risk), "risk", [&] {
        return tr("Unknown risk level '%1' (use low, medium or high).")
            .arg(QString::fromStdString(c.risk));
    });
    require(problems, known(frequencies, c.contactFrequency), "contact_frequency", [&] {
        return tr("Unknown contact frequency '%1' (use weekly, monthly, quarterly, yearly or "
                  "never).")
            .arg(QString::fromStdString(c.contactFrequency));
    });
    for (const std::string& channel : parseTags(c.consentChannels))
        require(problems, known(channels, channel), "consent_channels", [&] {
            return tr("Unknown channel '%1' in the consent list.")
                .arg(QString::fromStdString(channel));
        });
    if (c.phone && !c.phone->empty())
        if (std::string problem = checkPhone(*c.phone); !problem.empty())
            problems.push_back({"phone", problem});
    if (c.email && !c.email->empty())
        if (std::string problem = checkEmail(*c.email); !problem.empty())
            problems.push_back({"email", problem});
    if (c.idNumber)
        require(problems, length(*c.idNumber) <= 40 && !hasControlCharacters(*c.idNumber),
                "id_number", [&] { return tr("The ID number may have at most 40 characters."); });
    require(problems, static_cast<int>(c.tags.size()) <= kMaxTags, "tags",
            [&] { return tr("A customer may have at most %1 tags.").arg(kMaxTags); });
    for (const std::string& tag : c.tags)
        require(problems, length(tag) <= 64, "tags",
                [&] { return tr("A tag may have at most 64 characters."); });
    for (const storage::ContactRecord& contact : c.contacts) {
        require(problems, !contact.name.empty(), "contacts",
                [&] { return tr("Every contact needs a name."); });
        if (contact.phone && !contact.phone->empty())
            if (std::string problem = checkPhone(*contact.phone); !problem.empty())
                problems.push_back({"contacts", problem});
        if (contact.email && !contact.email->empty())
            if (std::string problem = checkEmail(*contact.email); !problem.empty())
                problems.push_back({"contacts", problem});
    }
    return problems;
}

std::vector<std::string> CustomerRules::parseTags(std::string_view text) {
    std::vector<std::string> tags;
    std::string current;
    auto flush = [&] {
        std::string tag = trimmed(current);
        if (!tag.empty() && std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(std::move(tag));
        current.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == '|')
            flush();
        else
            current.push_back(c);
    }
    flush();
    return tags;
}

std::string CustomerRules::initials(const std::string& name) {
    const QString text = QString::fromStdString(name).trimmed();
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 1 && !text.isEmpty() && text.at(0).unicode() >= 0x2E80) {
        // A CJK name: keep the family name, hide the given name.
        return (text.left(1) + QString(text.size() - 1, QLatin1Char('*'))).toStdString();
    }
    QStringList letters;
    for (const QString& part : parts)
        letters << part.left(1).toUpper() + QLatin1Char('.');
    return letters.join(QLatin1Char(' ')).toStdString();
}

} // namespace tessera::domain
