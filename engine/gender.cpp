// Gender cues for pronoun resolution; see gender.hpp. The given-name lists hold common names
// of news subjects (US census top names plus frequent foreign leaders' names); a name that is
// missing stays unknown, which never blocks a resolution.
#include "engine/gender.hpp"

#include <array>

#include "engine/ascii.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

// Not "spokesman" nor "chairman": AP style gives them to women too ("Trump spokesman Hope
// Hicks").
constexpr std::string_view kMaleTitleWords[] = {
    "mr.",         "mr",          "sir",         "lord",    "king",   "prince",    "congressman",
    "businessman", "councilman",  "assemblyman", "father",  "son",    "brother",   "husband",
    "uncle",       "grandfather", "sheikh",      "emperor", "duke",   "monsignor", "pope",
    "cardinal",    "man",         "widower",     "boy",     "nephew", "grandson",  "actor"};
constexpr std::string_view kFemaleTitleWords[] = {
    "mrs.",         "mrs",           "ms.",           "ms",         "miss",
    "madam",        "madame",        "dame",          "lady",       "queen",
    "princess",     "spokeswoman",   "congresswoman", "chairwoman", "businesswoman",
    "councilwoman", "assemblywoman", "mother",        "daughter",   "sister",
    "wife",         "aunt",          "grandmother",   "duchess",    "sen.-elect-woman",
    "woman",        "widow",         "girl",          "niece",      "granddaughter",
    "actress"};

constexpr std::string_view kMaleNames[] = {
    "james",    "john",     "robert",    "michael",     "william",   "david",     "richard",
    "joseph",   "thomas",   "charles",   "christopher", "daniel",    "matthew",   "anthony",
    "antony",   "donald",   "mark",      "paul",        "steven",    "steve",     "andrew",
    "kenneth",  "joshua",   "kevin",     "brian",       "george",    "edward",    "ronald",
    "timothy",  "jason",    "jeffrey",   "ryan",        "jacob",     "gary",      "nicholas",
    "eric",     "jonathan", "stephen",   "larry",       "justin",    "scott",     "brandon",
    "benjamin", "samuel",   "frank",     "gregory",     "raymond",   "alexander", "patrick",
    "jack",     "dennis",   "jerry",     "tyler",       "aaron",     "jose",      "adam",
    "henry",    "nathan",   "douglas",   "zachary",     "peter",     "kyle",      "walter",
    "ethan",    "jeremy",   "harold",    "keith",       "christian", "roger",     "noah",
    "gerald",   "carl",     "terry",     "sean",        "austin",    "arthur",    "lawrence",
    "jesse",    "dylan",    "bryan",     "joe",         "jordan",    "billy",     "bruce",
    "albert",   "willie",   "gabriel",   "logan",       "alan",      "juan",      "wayne",
    "roy",      "ralph",    "randy",     "eugene",      "vincent",   "russell",   "elijah",
    "louis",    "bobby",    "philip",    "johnny",      "bill",      "barack",    "mike",
    "tom",      "tim",      "jim",       "bob",         "ted",       "chris",     "marco",
    "bernie",   "rand",     "lindsey",   "mitch",       "newt",      "rudy",      "jeb",
    "al",       "reince",   "rex",       "hunter",      "beau",      "kevin",     "chuck",
    "harry",    "dick",     "ben",       "dan",         "jon",       "ron",       "rick",
    "greg",     "ken",      "jeff",      "nick",        "matt",      "sam",       "pete",
    "doug",     "fred",     "ed",        "ted",         "vladimir",  "sergei",    "sergey",
    "dmitry",   "dmitri",   "volodymyr", "vitali",      "oleksiy",   "dmytro",    "emmanuel",
    "olaf",     "boris",    "rishi",     "keir",        "narendra",  "recep",     "xi",
    "benjamin", "bashar",   "shinzo",    "fumio",       "jens",      "josep",     "charles",
    "francois", "jean",     "pierre",    "jacques",     "nicolas",   "gerhard",   "helmut",
    "viktor",   "ali",      "mohammed",  "muhammad",    "ahmed",     "hassan",    "hamid",
    "abdel",    "mahmoud",  "ibrahim",   "tayyip",      "luiz",      "jair",      "andres",
    "enrique",  "felipe",   "carlos",    "luis",        "miguel",    "antonio",   "giorgio",
    "mario",    "matteo",   "pedro",     "jorge",       "manuel",    "lloyd",     "jake",
    "ned",      "kurt",     "artyom",    "alexei",      "alexey",    "yevgeny",   "mikhail",
    "nikolai",  "ivan",     "igor",      "yuri",        "andrei",    "oleg",      "howard",
    "leonard",  "norman",   "stanley",   "marvin",      "glenn",     "dale",      "craig",
    "todd",     "shawn",    "martin",    "allen",       "phillip",   "wesley",    "clarence",
    "leroy",    "jay",      "bernard",   "warren",      "curtis",    "barry",     "neil",
    "herman",   "lewis",    "tony",      "karl",        "derek",     "victor",    "troy",
    "alvin",    "mitt",     "trey",      "lamar",       "harvey",    "herbert",   "gordon",
    "tommy",    "marc",     "luke",      "jimmy",       "danny",     "ross",      "rod",
    "orrin",    "darrell",  "hal",       "kenny",       "rob",       "josh",      "zach",
    "nate",     "max",      "hank",      "cory",        "corey",     "trent",     "brett",
    "travis",   "marcus",   "jared",     "charlie",     "andy",      "eddie",     "freddie",
    "teddy",    "ricky",    "mickey",    "sammy",       "joey",      "frankie",   "stevie",
    "johnnie"};
constexpr std::string_view kFemaleNames[] = {
    "mary",      "patricia",  "jennifer",  "linda",     "elizabeth", "barbara",     "susan",
    "jessica",   "sarah",     "karen",     "nancy",     "lisa",      "betty",       "margaret",
    "sandra",    "ashley",    "kimberly",  "emily",     "donna",     "michelle",    "dorothy",
    "carol",     "amanda",    "melissa",   "deborah",   "stephanie", "rebecca",     "sharon",
    "laura",     "cynthia",   "kathleen",  "amy",       "shirley",   "angela",      "helen",
    "anna",      "brenda",    "pamela",    "nicole",    "emma",      "samantha",    "katherine",
    "christine", "debra",     "rachel",    "catherine", "carolyn",   "janet",       "ruth",
    "maria",     "heather",   "diane",     "virginia",  "julie",     "joyce",       "victoria",
    "olivia",    "kelly",     "christina", "lauren",    "joan",      "evelyn",      "judith",
    "megan",     "cheryl",    "andrea",    "hannah",    "martha",    "jacqueline",  "frances",
    "gloria",    "ann",       "teresa",    "kathryn",   "sara",      "janice",      "jean",
    "alice",     "madison",   "doris",     "abigail",   "julia",     "judy",        "grace",
    "denise",    "amber",     "marilyn",   "beverly",   "danielle",  "theresa",     "sophia",
    "marie",     "diana",     "brittany",  "natalie",   "isabella",  "charlotte",   "rose",
    "alexis",    "kayla",     "hillary",   "kellyanne", "ivanka",    "melania",     "chelsea",
    "huma",      "elizabeth", "kamala",    "nikki",     "sarah",     "condoleezza", "madeleine",
    "nancy",     "dianne",    "kirsten",   "tammy",     "maxine",    "debbie",      "heidi",
    "jill",      "kate",      "katie",     "jane",      "sue",       "ellen",       "liz",
    "ursula",    "angela",    "theresa",   "liz",       "giorgia",   "marine",      "annalena",
    "kaja",      "christine", "federica",  "jacinda",   "sanna",     "maria",       "valentina",
    "svetlana",  "olga",      "tatiana",   "irina",     "natalia",   "yulia",       "iryna",
    "olena",     "samantha",  "susan",     "janet",     "gina",      "jen",         "karine",
    "wendy",     "victoria",  "fiona",     "ruth",      "sonia",     "sonya",       "dilma",
    "cristina",  "michelle",  "oprah",     "loretta",   "minyon",    "donna",       "quina",
    "aung",      "lois",      "connie",    "tina",      "rita",      "sheila",      "rosa",
    "wanda",     "peggy",     "ella",      "lori",      "vicki",     "cindy",       "gail",
    "jeanne",    "paula",     "erin",      "sally",     "claire",    "eva",         "holly",
    "jenna",     "kristen",   "suzanne",   "marsha",    "valerie",   "vanessa",     "tamara",
    "joanne",    "carla",     "monica",    "yvonne",    "elaine",    "colleen",     "kristin",
    "tara",      "stacey",    "meghan",    "molly",     "bonnie",    "kay",         "allison",
    "kellie",    "hope"};

}  // namespace

Gender gender_of_title(std::string_view title) {
  // Word by word through a small buffer, without a lowered copy or a split: this runs for
  // most names of every text.
  std::array<char, 32> buf;
  bool after_first = false;  // "first lady" anywhere, even past a preposition
  bool past_preposition = false;
  Gender found = Gender::unknown;
  for (std::size_t i = 0; i < title.size();) {
    while (i < title.size() && title[i] == ' ') ++i;
    std::size_t k = i;
    while (k < title.size() && title[k] != ' ') ++k;
    std::string_view w = title.substr(i, k - i);
    i = k;
    while (!w.empty() && (w.back() == ',' || w.back() == ')')) w.remove_suffix(1);
    while (!w.empty() && w.front() == '(') w.remove_prefix(1);
    if (w.empty() || w.size() > buf.size()) {
      after_first = false;
      continue;
    }
    for (std::size_t j = 0; j < w.size(); ++j) buf[j] = ascii::to_lower(w[j]);
    const std::string_view l(buf.data(), w.size());
    if (after_first && l.starts_with("lady")) return Gender::female;
    after_first = l == "first";
    if (past_preposition || found != Gender::unknown) continue;
    // Past a preposition the words are someone else's: "a spokesman for Mrs. Clinton".
    if (l == "for" || l == "of" || l == "to" || l == "at" || l == "with")
      past_preposition = true;
    else if (word_set<kMaleTitleWords>().contains(l))
      found = Gender::male;
    else if (word_set<kFemaleTitleWords>().contains(l))
      found = Gender::female;
  }
  return found;
}

Gender gender_of_given_name(std::string_view name) {
  const std::string l = ascii::lowered(name);
  const bool male = word_set<kMaleNames>().contains(l);
  const bool female = word_set<kFemaleNames>().contains(l);
  if (male == female) return Gender::unknown;  // unlisted, or both ("Jean")
  return male ? Gender::male : Gender::female;
}

Gender gender_of_pronoun(std::string_view pronoun) {
  const std::string l = ascii::lowered(pronoun);
  if (l == "he" || l == "him" || l == "his") return Gender::male;
  if (l == "she" || l == "her" || l == "hers") return Gender::female;
  return Gender::unknown;
}

}  // namespace whosaid
