#include "demo/DemoPeople.h"

#include "domain/workspace/Calendar.h"
#include "demo/DemoWordLists.h"

#include <QDate>
#include <array>
#include <cctype>
#include <cstdio>

namespace tessera::domain {
namespace {

constexpr double kChineseAbroadShare = 0.05;  // Chinese names in Hong Kong, Singapore, ...
constexpr double kEnglishInChinaShare = 0.22; // foreign companies and residents in China
constexpr double kPersonWithoutIndustry = 0.15;

// The lists and their weights, looked up once.
struct Lists {
    const DemoWordList& surnamesZh = DemoWordList::named("surnames_zh");
    const DemoWordList& givenZh = DemoWordList::named("given_names_zh");
    const DemoWordList& surnamesEn = DemoWordList::named("surnames_en");
    const DemoWordList& givenEn = DemoWordList::named("given_names_en");
    const DemoWordList& coresZh = DemoWordList::named("company_cores_zh");
    const DemoWordList& tradesZh = DemoWordList::named("company_trades_zh");
    const DemoWordList& suffixesZh = DemoWordList::named("company_suffixes_zh");
    const DemoWordList& coresEn = DemoWordList::named("company_cores_en");
    const DemoWordList& tradesEn = DemoWordList::named("company_trades_en");
    const DemoWordList& citiesCn = DemoWordList::named("cities_cn");
    const DemoWordList& citiesAbroad = DemoWordList::named("cities_abroad");
    const DemoWordList& streetsZh = DemoWordList::named("streets_zh");
    const DemoWordList& roles = DemoWordList::named("contact_roles");
    const DemoWordList& mailDomains = DemoWordList::named("email_domains");
    WeightedChoice surnameZhChoice = surnamesZh.weightedBy(2);
    WeightedChoice tradeZhChoice = tradesZh.weightedBy(3);
    WeightedChoice suffixZhChoice = suffixesZh.weightedBy(1);
    WeightedChoice tradeEnChoice = tradesEn.weightedBy(3);
    WeightedChoice cityCnChoice = citiesCn.weightedBy(6);
    WeightedChoice cityAbroadChoice = citiesAbroad.weightedBy(5);
    std::array<std::vector<std::size_t>, 2> domainsByLanguage; // rows of email_domains
    std::array<WeightedChoice, 2> domainChoice;

    Lists() {
        for (std::size_t language = 0; language < 2; ++language) {
            std::vector<double> weights;
            for (std::size_t i = 0; i < mailDomains.size(); ++i)
                if (mailDomains.field(i, 0) == (language == 0 ? "zh" : "en")) {
                    domainsByLanguage[language].push_back(i);
                    weights.push_back(mailDomains.number(i, 2));
                }
            domainChoice[language] = WeightedChoice(weights);
        }
    }

    static const Lists& get() {
        static const Lists lists;
        return lists;
    }
};

// A person's name and the ASCII pieces an e-mail address is made of.
struct PersonName {
    std::string full;
    std::string given; // ASCII, lower case
    std::string family;
};

// Where the customer is: a row of cities_cn or of cities_abroad.
struct Place {
    bool china = true;
    std::size_t row = 0;
};

std::string capitalised(std::string text) {
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string asciiLetters(const std::string& text) {
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string digits(SeededRandom& random, int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + random.below(10));
    return out;
}

// The ASCII form of an English list entry: its second field, or the entry itself.
std::string emailForm(const DemoWordList::Row& row) {
    return asciiLetters(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
}

PersonName personName(bool chinese, SeededRandom& random) {
    const Lists& l = Lists::get();
    if (chinese) {
        const auto& family = l.surnamesZh[l.surnameZhChoice.pick(random)];
        const auto& given = l.givenZh.pick(random);
        return {family[0] + given[0], given[1], family[1]};
    }
    const auto& given = l.givenEn.pick(random);
    const auto& family = l.surnamesEn.pick(random);
    return {given[0] + " " + family[0], emailForm(given), emailForm(family)};
}

Place drawPlace(bool chinese, SeededRandom& random) {
    const Lists& l = Lists::get();
    const bool china = random.chance(chinese ? 1 - kChineseAbroadShare : kEnglishInChinaShare);
    return {china, china ? l.cityCnChoice.pick(random) : l.cityAbroadChoice.pick(random)};
}

const DemoWordList::Row& cityRow(const Place& place) {
    const Lists& l = Lists::get();
    return place.china ? l.citiesCn[place.row] : l.citiesAbroad[place.row];
}

std::string mobilePhone(const Place& place, SeededRandom& random) {
    if (place.china) { // 13x numbers are the most common, so they appear twice
        static const std::array<const char*, 8> prefixes = {"13", "15", "18", "17",
                                                            "19", "16", "14", "13"};
        return prefixes[static_cast<std::size_t>(random.below(8))] + digits(random, 9);
    }
    return cityRow(place)[2] + " " + std::to_string(random.between(6, 9)) + digits(random, 3) +
           " " + digits(random, 4);
}

std::string officePhone(const Place& place, SeededRandom& random) {
    if (place.china)
        return cityRow(place)[3] + "-" + std::to_string(random.between(5, 8)) + digits(random, 7);
    return cityRow(place)[2] + " " + std::to_string(random.between(2, 6)) + digits(random, 3) +
           " " + digits(random, 4);
}

std::string pickFrom(const std::string& commaList, SeededRandom& random) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto comma = commaList.find(',', start);
        parts.push_back(commaList.substr(start, comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return parts[static_cast<std::size_t>(random.below(static_cast<std::int64_t>(parts.size())))];
}

std::string address(const Place& place, bool company, SeededRandom& random) {
    const DemoWordList::Row& city = cityRow(place);
    if (!place.china)
        return std::to_string(random.between(1, 400)) + " " + pickFrom(city[4], random) + ", " +
               city[0] + ", " + city[1];
    std::string text = city[1] + pickFrom(city[5], random) +
                       Lists::get().streetsZh.pick(random)[0] +
                       std::to_string(random.between(1, 999)) + "号";
    if (company)
        return text + std::to_string(random.between(2, 30)) + "楼";
    return text + std::to_string(random.between(1, 20)) + "栋" +
           std::to_string(random.between(1, 30) * 100 + random.between(1, 8)) + "室";
}

// An 18-character resident identity card number with its ISO 7064 check character.
std::string residentId(const Place& place, std::int32_t endDay, SeededRandom& random) {
    const QDate birth = Calendar::dateFromDay(
        endDay - static_cast<std::int32_t>(random.between(22 * 365, 68 * 365)));
    char date[9];
    std::snprintf(date, sizeof date, "%04d%02d%02d", birth.year(), birth.month(), birth.day());
    std::string id = cityRow(place)[4] + date + digits(random, 3);
    static const std::array<int, 17> weights = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                3, 7, 9,  10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += (id[i] - '0') * weights[i];
    return id + "10X98765432"[sum % 11];
}

// An 18-character unified social credit code of a company, with its check character.
std::string creditCode(const Place& place, SeededRandom& random) {
    static const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static const std::array<int, 17> weights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                29, 25, 13, 8,  24, 10, 30, 28};
    std::string code = "91" + cityRow(place)[4];
    for (int i = 0; i < 9; ++i)
        code += alphabet[static_cast<std::size_t>(random.below(31))];
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += static_cast<int>(alphabet.find(code[i])) * weights[i];
    return code + alphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

std::string personalEmail(const PersonName& name, bool chinese, SeededRandom& random) {
    const Lists& l = Lists::get();
    const std::size_t language = chinese ? 0 : 1;
    const std::size_t row = l.domainsByLanguage[language][l.domainChoice[language].pick(random)];
    const std::string& domain = l.mailDomains.field(row, 1);
    if (domain == "qq.com" && random.chance(0.5)) // QQ addresses are often the QQ number
        return std::to_string(random.between(10000000, 2999999999)) + "@" + domain;
    switch (random.below(3)) {
    case 0: return name.given + "." + name.family + "@" + domain;
    case 1: return name.family + name.given + digits(random, 2) + "@" + domain;
    default: return name.given.substr(0, 1) + name.family + digits(random, 3) + "@" + domain;
    }
}

void fillPerson(const DemoContext& c, const DemoProfile& p, const Place& place,
                SeededRandom& random, storage::CustomerRecord& r) {
    const Lists& l = Lists::get();
    const PersonName name = personName(p.chinese, random);
    r.name = name.full;
    if (!random.chance(kPersonWithoutIndustry)) // the sector the person works in
        r.industry = l.tradesEn[l.tradeEnChoice.pick(random)][1];
    r.phone = mobilePhone(place, random);
    r.email = personalEmail(name, p.chinese, random);
    r.idNumber = place.china && p.chinese
                     ? residentId(place, c.endDay, random)
                     : std::string(1, "EGKP"[random.below(4)]) + digits(random, 8);
    r.address = address(place, false, random);
}

std::vector<storage::ContactRecord> companyContacts(const DemoProfile& p, const Place& place,
                                                    const std::string& domain,
                                                    SeededRandom& random) {
    const Lists& l = Lists::get();
    static const WeightedChoice contactCount({45, 35, 20}); // one, two or three contacts
    const int count = 1 + static_cast<int>(contactCount.pick(random));
    std::vector<storage::ContactRecord> contacts;
    for (int i = 0; i < count; ++i) {
        const bool chinese = random.chance(0.9) ? p.chinese : !p.chinese;
        const PersonName name = personName(chinese, random);
        storage::ContactRecord contact;
        contact.name = name.full;
        contact.role = l.roles.pick(random)[p.chinese ? 0 : 1];
        contact.phone = mobilePhone(place, random);
        contact.email = name.given + "." + name.family + "@" + domain;
        contact.isPrimary = i == 0;
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

void fillCompany(const DemoProfile& p, const Place& place, SeededRandom& random,
                 storage::CustomerRecord& r) {
    const Lists& l = Lists::get();
    const DemoWordList::Row& city = cityRow(place);
    std::string domain;
    if (p.chinese) {
        const auto& core = l.coresZh.pick(random);
        const auto& trade = l.tradesZh[l.tradeZhChoice.pick(random)];
        const std::string prefix = place.china && random.chance(0.7) ? city[0] : "";
        r.name = prefix + core[0] + trade[0] + l.suffixesZh[l.suffixZhChoice.pick(random)][0];
        r.industry = trade[1];
        domain = core[1] + trade[2] + (place.china ? ".com.cn" : ".com");
    } else {
        const std::string& core = l.coresEn.pick(random)[0];
        const auto& trade = l.tradesEn[l.tradeEnChoice.pick(random)];
        // A foreign company's subsidiary in China carries the city in its name.
        const std::string form = place.china ? "(" + capitalised(city[2]) + ") Co., Ltd." : city[3];
        r.name = core + " " + trade[0] + " " + form;
        r.industry = trade[1];
        domain = asciiLetters(core) + trade[2] + ".com";
    }
    r.phone = officePhone(place, random);
    r.email = std::string(random.chance(0.5) ? "info@" : "sales@") + domain;
    r.idNumber = place.china ? creditCode(place, random) : digits(random, 8);
    r.address = address(place, true, random);
    r.contacts = companyContacts(p, place, domain, random);
}

} // namespace

void fillDemoIdentity(const DemoContext& context, const DemoProfile& profile, SeededRandom& random,
                      storage::CustomerRecord& record) {
    const Place place = drawPlace(profile.chinese, random);
    record.region = cityRow(place)[0];
    if (profile.company)
        fillCompany(profile, place, random, record);
    else
        fillPerson(context, profile, place, random, record);
}

} // namespace tessera::domain
