// Speaker resolution within one document; see speakers.hpp. Each source mention is first
// classified from its own words (pronoun, person, description, organization, country, group,
// anonymous), then linked to an earlier speaker: a surname to the full name the text gives
// (anywhere in it), a pronoun to the last compatible speaker, a description to the person whose
// title fits, a country's names (China, Beijing) to one speaker.
#include "engine/speakers.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "engine/ascii.hpp"
#include "engine/gender.hpp"
#include "engine/lexicon.hpp"
#include "engine/names.hpp"
#include "engine/split.hpp"
#include "engine/tokenize.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

constexpr std::string_view kPersonPronouns[] = {"he", "she", "him", "her"};
constexpr std::string_view kPluralPronouns[] = {"they", "them"};
constexpr std::string_view kThingPronouns[] = {"it"};
constexpr std::string_view kSelfPronouns[] = {"i", "we", "you"};
constexpr std::string_view kRelatives[] = {"who", "which", "that"};
// What ties people to the person they speak for: "Those close to him".
constexpr std::string_view kCloseTo = " close to ";
// Capitalized particles that open a surname after an honorific: "Mr. Van Voorhis".
constexpr std::string_view kSurnameParticles[] = {"Van", "Von", "De", "Del", "Della", "Di",
                                                  "Da",  "Du",  "Le", "La",  "Al",    "El"};

// Plural nouns that make a phrase a group of speakers.
constexpr std::string_view kGroupNouns[] = {
    "analysts",      "experts",     "officials",     "observers",   "critics",      "diplomats",
    "economists",    "scholars",    "academics",     "researchers", "lawmakers",    "leaders",
    "presidents",    "sides",       "governments",   "countries",   "nations",      "people",
    "residents",     "voters",      "authorities",   "ministers",   "commentators", "historians",
    "strategists",   "specialists", "politicians",   "senators",    "members",      "investors",
    "officers",      "activists",   "protesters",    "democrats",   "republicans",  "allies",
    "partners",      "negotiators", "delegations",   "parties",     "states",       "americans",
    "critics",       "supporters",  "opponents",     "citizens",    "scientists",   "others",
    "police",        "insiders",    "aides",         "staff",       "employees",    "students",
    "workers",       "fans",        "demonstrators", "witnesses",   "neighbors",    "families",
    "relatives",     "parents",     "veterans",      "troops",      "forces",       "prosecutors",
    "investigators", "polls",       "surveys",       "organizers",  "advocates",    "peacekeepers",
    "soldiers",      "delegates",   "lawyers",       "attorneys",   "judges",       "donors",
    "pollsters",     "proponents",  "backers",       "skeptics",    "defenders",    "conservatives",
    "liberals",      "progressives"};
// Groups that speak for nobody but themselves.
constexpr std::string_view kIndependentGroups[] = {
    "analysts",   "experts",      "observers",  "scholars",    "academics",   "researchers",
    "economists", "commentators", "historians", "strategists", "specialists", "scientists"};
// Singular nouns of an unnamed individual: "a U.S. official", "a source".
constexpr std::string_view kAnonymousNouns[] = {"official", "source",  "diplomat", "person",
                                                "aide",     "adviser", "advisor",  "insider",
                                                "officer",  "sources", "people"};
// People around someone, who speak for them: "advisers to Mr. Obama", "allies of Mr. Putin".
constexpr std::string_view kEntourageNouns[] = {
    "advisers",   "advisors", "aides",    "allies",    "officials",       "supporters",
    "associates", "lawyers",  "staffers", "spokesmen", "representatives", "friends"};
// Last words of newsroom names.
constexpr std::string_view kOutletHeads[] = {"news",   "times",     "post",      "journal",
                                             "herald", "tribune",   "gazette",   "magazine",
                                             "radio",  "telegraph", "chronicle", "examiner"};
// Last words that make "The …" a newspaper, though as a bare name they may be a surname
// ("Yun Sun") or a word of anything else.
constexpr std::string_view kNewspaperHeads[] = {
    "observer", "globe",   "inquirer",  "sun",      "dispatch", "register", "monitor",
    "courier",  "ledger",  "sentinel",  "bulletin", "star",     "press",    "daily",
    "guardian", "mercury", "oregonian", "enquirer", "statesman"};
// Papers named by one word after "The", a word that alone is a surname or a noun ("Fiona
// Hill", "a blaze"): only "The Hill" is the paper.
constexpr std::string_view kOneWordPapers[] = {"Hill", "Blaze", "Intercept", "Onion"};
// Whether a lower-case word ends the name of a newspaper that "The" opens ("The Baltimore
// Sun", "The Charlotte Observer").
bool ends_newspaper_name(std::string_view lower_word) {
  return word_set<kOutletHeads>().contains(lower_word) ||
         word_set<kNewspaperHeads>().contains(lower_word);
}
// A party's organs: their staff are partisans, not independent researchers.
constexpr std::string_view kPartyBodies[] = {"national committee", "party", "campaign"};
// Words in an affiliation that make a speaker independent of any government.
constexpr std::string_view kIndependentWords[] = {
    "professor",       "university",      "institute",
    "center",          "centre",          "consulting company",
    "historian",       "political risk",  "political scientist",
    "think tank",      "scholar",         "researcher",
    "analyst",         "expert",          "fellow at",
    "fellow of",       "fellow with",     "senior fellow",
    "research fellow", "visiting fellow", "academy",
    "school of",       "program",         "programme",
    "foundation",      "lecturer",        "economist",
    "college",         "research",        "studies",
    "analyses",        "consultancy",     "observer"};
constexpr std::string_view kMediaWords[] = {
    "reporter",  "journalist",   "correspondent", "newspaper",    "news agency",
    "editor",    "columnist",    "broadcaster",   "outlet",       "host",
    "anchor",    "pundit",       "website",       "blog",         "fact-checker",
    "moderator", "news service", "wire service",  "news network", "magazine",
    "journal",   "publisher",    "commentator",   "podcast",      "newsletter"};
// What makes a newsroom its state's: "state news agency", "the Vatican's official newspaper".
constexpr std::string_view kStateWords[] = {
    "state",    "state-run",  "state-owned",    "state-controlled",
    "official", "government", "government-run", "party"};
// Head nouns of a source that is a work, not a person: "a study by …", "the report".
constexpr std::string_view kWorkNouns[] = {"study",  "report", "poll",   "survey",    "analysis",
                                           "paper",  "review", "data",   "statement", "ruling",
                                           "letter", "memo",   "filing", "audit",     "estimate"};

// Works one finding may be called by in turn: "a Reuters survey … The study found".
constexpr std::string_view kResearchNouns[] = {"study", "poll", "survey", "analysis"};

// Nouns a text calls a news outlet by once it has named it: "the newspaper", "the network".
constexpr std::string_view kOutletNouns[] = {"newspaper",   "paper",   "network",  "channel",
                                             "broadcaster", "agency",  "outlet",   "publication",
                                             "daily",       "tabloid", "magazine", "station"};
// A person's family, who speak for themselves, not for the person's side: "His ex-wife".
constexpr std::string_view kKinNouns[] = {
    "wife",       "ex-wife",         "husband",  "ex-husband",    "son",      "daughter", "father",
    "mother",     "brother",         "sister",   "family",        "children", "parents",  "widow",
    "son-in-law", "daughter-in-law", "grandson", "granddaughter", "nephew",   "niece"};

// Who speaks for one person, as a title after that person's surname: "Gowdy spokesman Jamal
// Ware", "Trump lawyer Michael Cohen".
constexpr std::string_view kStaffRoles[] = {
    "spokesman",     "spokeswoman",      "spokesperson",    "aide",
    "adviser",       "advisor",          "strategist",      "lawyer",
    "attorney",      "campaign manager", "press secretary", "communications director",
    "chief of staff"};

// Nouns a text calls any body by, a company or a charity: "the company", "the group".
constexpr std::string_view kGenericBodies[] = {"company",   "firm",    "group",      "organization",
                                               "nonprofit", "charity", "corporation"};

// Common nouns of bodies beyond kOrgWords that "the …" or "it" may refer back to: "the
// group", "the fund".
constexpr std::string_view kBodyHeads[] = {"group", "firm",    "panel",     "board",
                                           "fund",  "lawsuit", "editorial", "agency"};

// Capitalized words that make a name an organization's: "Committee", "Institute".
constexpr std::string_view kCapitalizedOrgWords[] = {
    "Committee",   "Council",    "Commission",   "Department",     "Ministry",   "Agency",
    "Institute",   "University", "Center",       "Centre",         "Foundation", "Association",
    "Party",       "Office",     "Bureau",       "Administration", "Campaign",   "Company",
    "Corporation", "Bank",       "Fund",         "Group",          "Board",      "Authority",
    "Service",     "Court",      "Organization", "Union",          "League",     "Coalition",
    "Network"};

bool has_capitalized_org_word(std::string_view phrase) {
  static const WordSet words(kCapitalizedOrgWords);
  for (auto w : split(phrase, ' ')) {
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    if (words.contains(w)) return true;
  }
  return false;
}

// Capitalized words of places, events and things that a run of capitals may hold: such a run
// is no person a pronoun could stand for ("Pacific Ocean", "National Baptist Convention").
constexpr std::string_view kThingWords[] = {
    "Ocean",      "Sea",       "River",        "Island",   "Islands", "Atoll",     "Mountain",
    "Mountains",  "Lake",      "Street",       "Avenue",   "Park",    "County",    "City",
    "Valley",     "Bay",       "Beach",        "Airport",  "Hall",    "House",     "Square",
    "Convention", "Debate",    "Debates",      "Act",      "Plan",    "Equality",  "Day",
    "Museum",     "Church",    "Hospital",     "Station",  "Show",    "Times",     "Post",
    "News",       "Journal",   "Media",        "Program",  "Project", "Award",     "Prize",
    "Summit",     "Forum",     "Conference",   "Games",    "Cup",     "Series",    "Speech",
    "Reform",     "Bill",      "Tower",        "Building", "Bridge",  "Road",      "Coal",
    "Inc.",       "Corp.",     "Co.",          "LLC",      "Group",   "Capital",   "Review",
    "Magazine",   "Fort",      "Mount",        "Port",     "Camp",    "Saint",     "St.",
    "Caucus",     "Star",      "East",         "West",     "North",   "South",     "Middle",
    "Central",    "Amendment", "Constitution", "Treaty",   "Accord",  "Agreement", "Doctrine"};

// Last words of buildings and streets named after someone ("Trump Tower").
constexpr std::string_view kBuildingWords[] = {"Tower",   "Towers",  "Building", "Plaza",  "Hotel",
                                               "Bridge",  "Road",    "Street",   "Avenue", "Square",
                                               "Airport", "Stadium", "Arena"};

// Words that make an unnamed phrase an organization.
constexpr std::string_view kOrgWords[] = {
    "ministry",     "department",     "government", "agency",     "center",      "centre",
    "institute",    "university",     "council",    "commission", "committee",   "party",
    "office",       "administration", "campaign",   "company",    "bank",        "newspaper",
    "media",        "poll",           "survey",     "foundation", "embassy",     "army",
    "military",     "parliament",     "congress",   "senate",     "court",       "organization",
    "organisation", "union",          "network",    "outlet",     "report",      "study",
    "statement",    "readout",        "kremlin",    "cabinet",    "authorities", "alliance",
    "bloc",         "camp",           "website",    "blog",       "team"};
// Role nouns of a description ("the Chinese leader") and the titles each may stand for.
struct RoleSynonyms {
  std::string_view role;
  std::string_view titles;  // '|'-separated, lower-case
};
constexpr RoleSynonyms kRoles[] = {
    {"leader", "leader|president|premier|chairman|prime minister|chancellor|king"},
    {"president", "president"},
    {"premier", "premier|prime minister"},
    {"minister", "minister"},
    {"secretary", "secretary"},
    {"spokesperson", "spokesperson|spokesman|spokeswoman"},
    {"spokesman", "spokesperson|spokesman|spokeswoman"},
    {"spokeswoman", "spokesperson|spokesman|spokeswoman"},
    {"diplomat", "diplomat|minister|ambassador|envoy|secretary of state"},
    {"ambassador", "ambassador|envoy"},
    {"envoy", "envoy|ambassador"},
    {"chancellor", "chancellor"},
    {"mayor", "mayor"},
    {"governor", "governor|gov."},
    {"senator", "senator|sen."},
    {"candidate", "candidate|nominee|front-runner|frontrunner|hopeful"},
    {"nominee", "nominee|candidate|front-runner|frontrunner"},
    {"front-runner", "front-runner|frontrunner|candidate|nominee"},
    {"hopeful", "hopeful|candidate"},
    {"chairman", "chairman|chair"},
    {"director", "director"},
    {"commissioner", "commissioner"},
    {"businessman", "businessman|executive|developer"},
    {"businesswoman", "businesswoman|executive|developer"},
    {"billionaire", "billionaire|businessman|businesswoman"},
    {"mogul", "mogul|tycoon|billionaire|businessman|developer|executive"},
    {"tycoon", "tycoon|mogul|billionaire|businessman|developer|executive"},
    {"congressman", "congressman|rep.|representative"},
    {"congresswoman", "congresswoman|rep.|representative"},
    {"lawmaker", "lawmaker|senator|sen.|rep.|representative|congressman|congresswoman"},
    {"politician", "politician|senator|sen.|rep.|governor|gov.|mayor|president"},
};

std::string lower(std::string_view s) {
  return ascii::lowered(s);
}

bool contains_any_word(std::string_view text_lower, std::string_view word) {
  std::size_t at = 0;
  while ((at = text_lower.find(word, at)) != std::string_view::npos) {
    const bool left = at == 0 || !ascii::is_alpha(text_lower[at - 1]);
    const std::size_t e = at + word.size();
    // A plural counts ("analysts"), a longer word does not ("pollster" is no "poll").
    const auto ends = [&](std::size_t k) {
      return k >= text_lower.size() || !ascii::is_alpha(text_lower[k]);
    };
    const bool right = ends(e) || (text_lower[e] == 's' && ends(e + 1));
    if (left && right) return true;
    ++at;
  }
  return false;
}

// Whether one lower-case word is on a list, or is the plural of a word on it: a hash look-up
// where mentions_any would search the word for every entry.
template <const auto& List>
bool is_listed_or_plural(std::string_view word) {
  return word_set<List>().contains(word) ||
         (word.ends_with('s') && word_set<List>().contains(word.substr(0, word.size() - 1)));
}

// A word list split for mentions_any: its purely alphabetic entries as a set, the others
// ("sen.", "state-run", "think tank") as they are.
struct ListIndex {
  std::unordered_set<std::string_view> words;
  std::vector<std::string_view> others;
};
template <const auto& List>
const ListIndex& list_index() {
  static const ListIndex index = [] {
    ListIndex ix;
    for (std::string_view w : List) {
      if (std::all_of(w.begin(), w.end(), [](char c) { return ascii::is_alpha(c); }))
        ix.words.insert(w);
      else
        ix.others.push_back(w);
    }
    return ix;
  }();
  return index;
}

// Whether a lower-case text holds a word of `List` (or its plural) as a whole word. The
// text's words are looked up in a set: this runs for every speaker's description.
template <const auto& List>
bool mentions_any(std::string_view text_lower) {
  const ListIndex& ix = list_index<List>();
  for (const std::string_view w : ix.others)
    if (contains_any_word(text_lower, w)) return true;
  for (std::size_t i = 0; i < text_lower.size();) {
    if (!ascii::is_alpha(text_lower[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text_lower.size() && ascii::is_alpha(text_lower[j])) ++j;
    const std::string_view w = text_lower.substr(i, j - i);
    if (ix.words.contains(w) ||
        (w.size() > 1 && w.back() == 's' && ix.words.contains(w.substr(0, w.size() - 1))))
      return true;
    i = j;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// "Trump this week", "Clinton on Monday": the time is no part of who speaks.
std::string_view without_time(std::string_view s) {
  for (std::string_view t :
       {" this week", " last week", " this month", " last month", " today", " yesterday",
        " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday",
        " on Sunday", " earlier", " later", " also", " again", " too"})
    if (s.size() > t.size() && s.ends_with(t)) return s.substr(0, s.size() - t.size());
  return s;
}

// "she'll", "they’re", "who’s": the pronoun without its contracted auxiliary.
std::string_view without_contraction(std::string_view s) {
  static constexpr std::string_view kCurly = "\xE2\x80\x99";  // U+2019
  std::size_t mark = s.rfind('\'');
  std::size_t width = 1;
  if (const auto curly = s.rfind(kCurly);
      curly != std::string_view::npos && (mark == std::string_view::npos || curly > mark)) {
    mark = curly;
    width = kCurly.size();
  }
  if (mark == std::string_view::npos) return s;
  const std::string_view aux = s.substr(mark + width), rest = s.substr(0, mark);
  if (aux != "ll" && aux != "d" && aux != "s" && aux != "re" && aux != "ve" && aux != "m") return s;
  const std::string l = lower(rest);
  const bool pronoun = word_set<kPersonPronouns>().contains(l) ||
                       word_set<kPluralPronouns>().contains(l) ||
                       word_set<kSelfPronouns>().contains(l) || l == "who" || l == "which";
  return pronoun ? rest : s;
}

// What follows the last possessive: "eldest daughter" of "the nominee's eldest daughter".
std::string_view after_possessive(std::string_view s) {
  std::size_t cut = 0;
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s "})
    if (const auto k = s.rfind(mark); k != std::string_view::npos)
      cut = std::max(cut, k + mark.size());
  return s.substr(cut);
}

// The last space-separated word: "minister" of "the Chinese foreign minister".
std::string_view last_word_of(std::string_view s) {
  const auto space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// A source without the occasion that trails it: "Stumpf in a televised interview", "Trump in
// a statement on Friday" (after without_time).
std::string_view without_occasion(std::string_view s) {
  static constexpr std::string_view kOccasions[] = {
      "interview", "statement", "email", "letter",  "tweet",      "post",     "speech",
      "op-ed",     "memo",      "video", "remarks", "appearance", "briefing", "conversation"};
  if (s.empty() || !ascii::is_upper(s.front()) || !word_set<kOccasions>().contains(last_word_of(s)))
    return s;
  for (std::string_view in : {" in a ", " in an ", " in his ", " in her ", " in their "})
    if (const auto k = s.rfind(in); k != std::string_view::npos && k > 0) return s.substr(0, k);
  return s;
}

// "PENCE" → "Pence", "MR. PENCE" → "Mr. Pence": capitals as a name is written.
std::string title_cased(std::string_view s) {
  std::string out;
  bool word_start = true;
  for (char c : s) {
    out += word_start ? c : ascii::to_lower(c);
    word_start = c == ' ' || c == '-';
  }
  return out;
}

bool is_preposition(std::string_view lower_word) {
  const LexEntry* e = lookup_word(lower_word);
  return e && e->tag == tag::preposition;
}

// A joint poll's sponsors as separate words: "Washington Post-ABC News poll", "NBC News/Wall
// Street Journal survey" name the outlets, not the capital.
std::string sponsors_apart(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 1; i + 1 < out.size(); ++i)
    if ((out[i] == '-' || out[i] == '/') && ascii::is_alnum(out[i - 1]) &&
        ascii::is_upper(out[i + 1]))
      out[i] = ' ';
  return out;
}

// Whether a lower-case plural names people: a listed group ("proponents") or a word with a
// people suffix ("millennials", "farmers").
bool names_people(std::string_view plural) {
  if (word_set<kGroupNouns>().contains(plural)) return true;
  for (std::string_view suffix : {"ers", "ors", "ists", "ans", "als", "ents", "ites"})
    if (plural.ends_with(suffix)) return true;
  return false;
}

// Whether a lower-case title holds one of `titles` ('|'-separated) as `description` means
// it: "the president" is no "vice president" nor "former president" unless it says so.
bool title_fits(std::string_view title, std::string_view titles, std::string_view description) {
  static constexpr std::string_view kRanks[] = {"vice ",      "vice-",   "deputy ",
                                                "assistant ", "former ", "ex-"};
  for (auto t : split(titles, '|')) {
    const auto k = title.find(t);
    if (k == std::string_view::npos || !contains_any_word(title, t)) continue;
    bool ranked = false;
    for (std::string_view rank : kRanks)
      ranked = ranked || (k >= rank.size() && title.substr(k - rank.size(), rank.size()) == rank &&
                          description.find(rank) == std::string_view::npos);
    if (!ranked) return true;
  }
  return false;
}

// The abbreviation a title writes a rank with: "gen." for "general"; empty when none.
std::string_view abbreviated(std::string_view rank) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"general", "gen."},        {"governor", "gov."}, {"senator", "sen."},
      {"representative", "rep."}, {"admiral", "adm."},  {"colonel", "col."},
      {"lieutenant", "lt."},      {"sergeant", "sgt."}, {"captain", "capt."},
      {"professor", "prof."},     {"reverend", "rev."}, {"superintendent", "supt."}};
  for (const auto& [word, abbreviation] : kAbbreviations)
    if (rank == word) return abbreviation;
  return {};
}

// Whether lower-case words before "of" give a share of a group: "half", "only 52 percent",
// "nearly eight", "a majority".
bool names_share(std::string_view words) {
  static constexpr std::string_view kShares[] = {
      "half",    "third", "thirds", "quarter", "quarters", "majority", "minority",
      "percent", "most",  "share",  "two",     "three",    "four",     "five",
      "six",     "seven", "eight",  "nine",    "ten",      "fraction", "plurality"};
  for (auto w : split(words, ' ')) {
    if (word_set<kShares>().contains(w)) return true;
    if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
          return ascii::is_digit(c) || c == '%' || c == '.';
        }))
      return true;
  }
  return false;
}

// The head noun of a description: the last word before its "of", "for", "at", "in" or
// "with" ("The minister of the economy" → "minister", "Nevada's governor" → "governor").
std::string_view head_noun_of(std::string_view description) {
  // "One of the university's top executives": the noun after the share.
  for (std::string_view share :
       {"One of ", "one of ", "Some of ", "some of ", "Many of ", "many of ", "Two of ", "two of "})
    if (description.starts_with(share)) description.remove_prefix(share.size());
  for (std::string_view prep : {" of ", " for ", " at ", " in ", " with "})
    if (const auto k = description.find(prep); k != std::string_view::npos)
      description = description.substr(0, k);
  return last_word_of(description);
}

std::string_view strip_determiner(std::string_view s) {
  for (std::string_view d : {"the ", "The ", "a ", "A ", "an ", "An "})
    if (s.starts_with(d)) {
      s.remove_prefix(d.size());
      // A no-break space arrives as two spaces: "A\u00a0Bloomberg poll".
      while (s.starts_with(' ')) s.remove_prefix(1);
      return s;
    }
  return s;
}

// Whether `s` opens with a possessive ending: what follows a possessor's name ("Scott's hand").
bool opens_possessive(std::string_view s) {
  return s.starts_with("'s") || s.starts_with("\xE2\x80\x99s");
}

// The first side `side_of` gives for a capitalized word of the phrase, possessives dropped:
// "Clinton" in "Clinton’s campaign manager".
template <typename SideOf>
std::optional<std::string> side_of_name_word(std::string_view phrase, SideOf side_of) {
  for (auto w : split(phrase, ' ')) {
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    w = without_possessive(w);
    if (w.size() < 3 || !ascii::is_upper(w[0])) continue;
    if (auto s = side_of(w)) return s;
  }
  return std::nullopt;
}

// The side of a gazetteer person a phrase names by surname: "Clinton campaign manager", "a
// narrator in the Clinton ad".
std::optional<std::string> side_of_person_named(std::string_view phrase, const Gazetteer& g) {
  return side_of_name_word(phrase, [&](std::string_view w) -> std::optional<std::string> {
    auto side = g.side_by_part(w);
    if (!side) return side;
    // A given name in front must make the known person: "Ivana Trump's brief" is not Donald
    // Trump's side.
    const std::size_t at = static_cast<std::size_t>(w.data() - phrase.data());
    if (at < 2 || phrase[at - 1] != ' ') return side;
    const std::size_t b = phrase.rfind(' ', at - 2);
    const std::string_view before =
        phrase.substr(b == std::string_view::npos ? 0 : b + 1,
                      at - 1 - (b == std::string_view::npos ? 0 : b + 1));
    if (before.size() < 2 || !ascii::is_upper(before[0]) || before.back() == '.' ||
        is_role_word(before) || lookup_word(lower(before)) || g.side_of(before))
      return side;  // "The Clinton campaign", "President Trump", "Republican Trump"
    std::string full(before);
    full.append(1, ' ').append(w);
    if (g.person_side(full)) return side;
    return std::nullopt;
  });
}

// Government roles whose holder speaks for a state even when the title names none.
constexpr std::string_view kOfficialRoles[] = {"attorney general",
                                               "police",
                                               "chief",
                                               "governor",
                                               "gov.",
                                               "senator",
                                               "sen.",
                                               "rep.",
                                               "representative",
                                               "mayor",
                                               "judge",
                                               "minister",
                                               "secretary",
                                               "official",
                                               "officer",
                                               "spokesman",
                                               "spokesperson",
                                               "spokeswoman",
                                               "del.",
                                               "delegate",
                                               "congressman",
                                               "congresswoman",
                                               "assemblyman",
                                               "assemblywoman",
                                               "assemblymember",
                                               "councilman",
                                               "councilwoman",
                                               "councilmember",
                                               "alderman",
                                               "legislator",
                                               "house speaker",
                                               "committee chairman",
                                               "committee chairwoman",
                                               "committee chair",
                                               "speaker of the house",
                                               "majority leader",
                                               "minority leader",
                                               "whip",
                                               "lawmaker",
                                               "sheriff",
                                               "commissioner",
                                               "ambassador",
                                               "diplomat",
                                               "general",
                                               "gen.",
                                               "admiral",
                                               "president",
                                               "vice president",
                                               "prosecutor",
                                               "department",
                                               "agency",
                                               "campaign"};  // "a campaign aide"

// Roles that only a state gives: with no speaker to say which state, the places a text
// names decide it. Spokespeople and chiefs also serve companies, so they are not here.
constexpr std::string_view kStateRoles[] = {
    "secretary",    "senator",       "sen.",        "rep.",          "representative",
    "governor",     "gov.",          "mayor",       "judge",         "police",
    "congressman",  "congresswoman", "sheriff",     "prosecutor",    "attorney general",
    "lawmaker",     "legislator",    "assemblyman", "assemblywoman", "councilman",
    "councilwoman", "ambassador",    "minister"};

// Standings in an election: who holds one speaks for the country it is held in, never for
// an international body an article is about.
constexpr std::string_view kElectoralRoles[] = {"candidate", "nominee", "hopeful", "front-runner",
                                                "frontrunner"};

// People who speak for themselves whatever country or candidate their description names: "a
// Donald Trump supporter", "Chinese traders", "a Syrian refugee". A party still says whom a
// partisan backs ("Republican voters").
constexpr std::string_view kPrivateRoles[] = {
    "supporter",  "fan",      "voter",   "backer",    "admirer",  "trader",    "owner",
    "resident",   "refugee",  "migrant", "immigrant", "student",  "shopper",   "customer",
    "user",       "reader",   "viewer",  "listener",  "attendee", "volunteer", "caucus-goer",
    "caucusgoer", "traveler", "tourist", "passenger", "worker",   "employee",  "farmer",
    "shopkeeper", "vendor",   "teacher", "nurse",     "parent",   "retiree",   "homeowner"};

// Whether a lower-case head noun is a private person's (or people's): see kPrivateRoles.
bool is_private_role(std::string_view head_lower) {
  return is_listed_or_plural<kPrivateRoles>(head_lower);
}

// Bodies of a state that name no country: "the Justice Department", "the Senate"; and any
// name that opens with "Federal" ("the Federal Bureau of Prisons"), where "a Responsible
// Federal Budget" inside a name is a think tank's cause.
constexpr std::string_view kGovernmentBodies[] = {
    "bureau", "department", "ministry",   "police", "prosecutor", "prosecutors",
    "senate", "congress",   "parliament", "army",   "military",   "government"};
// Bodies that are no state's, whose heads and spokespeople speak for themselves.
constexpr std::string_view kPrivateBodies[] = {
    "federation", "union",       "association", "foundation", "institute", "university",
    "company",    "corporation", "bank",        "league",     "coalition", "network",
    "workers",    "chamber",     "club",        "society",    "alliance",  "afl-cio"};

// `text` without the places it names after "in" or "from" (and after "of" when `after_of`)
// and without "X-based" words.
std::string places_dropped(std::string_view text, const Gazetteer& g, bool after_of) {
  std::string out;
  const auto words = split(text, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.find("-based") != std::string_view::npos) continue;
    if ((w == "in" || w == "from" || (after_of && w == "of")) && i + 1 < words.size()) {
      // The longest run of up to three words after the preposition that is a place.
      std::size_t take = 0;
      std::string run;
      for (std::size_t n = 1; n <= 3 && i + n < words.size(); ++n) {
        std::string_view next = words[i + n];
        while (!next.empty() && !ascii::is_alnum(next.back())) next.remove_suffix(1);
        run += (n > 1 ? " " : "") + std::string(next);
        if (g.is_place(run)) take = n;
        if (next.size() != words[i + n].size()) break;  // punctuation ends the name
      }
      // A town the gazetteer does not know, then its state or country: "from Brownsville,
      // Texas", "in Santa Catarina, Mexico".
      if (take == 0)
        for (std::size_t n = 1; n <= 3 && i + n + 1 < words.size(); ++n) {
          const std::string_view town = words[i + n];
          if (town.empty() || !ascii::is_upper(town[0])) break;
          if (!town.ends_with(',')) continue;
          std::string place;
          for (std::size_t m = 1; m <= 2 && i + n + m < words.size(); ++m) {
            std::string_view next = words[i + n + m];
            while (!next.empty() && !ascii::is_alnum(next.back())) next.remove_suffix(1);
            place += (m > 1 ? " " : "") + std::string(next);
            if (g.is_place(place)) take = n + m;
          }
          break;
        }
      if (take > 0) {
        i += take;
        continue;
      }
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// The affiliation without where the speaker is: "a real estate developer in Virginia", "a
// Washington-based developer". A place locates a private person; it is whom an official
// serves only when the role is an official one ("an official in Beijing").
std::string without_locations(std::string_view affiliation, const Gazetteer& g) {
  // Most affiliations place nobody: answer those without lower-casing or word lists.
  if (affiliation.find(" in ") == std::string_view::npos &&
      affiliation.find(" from ") == std::string_view::npos &&
      affiliation.find("-based") == std::string_view::npos)
    return std::string(affiliation);
  const std::string l = lower(affiliation);
  if ((mentions_any<kOfficialRoles>(l) || mentions_any<kGovernmentBodies>(l)) &&
      !mentions_any<kPrivateBodies>(l))
    return std::string(affiliation);
  return places_dropped(affiliation, g, false);
}

// `text` without the US states it names ("Virginia", "New Hampshire").
std::string us_states_dropped(std::string_view text, const Gazetteer& g) {
  std::string out;
  const auto words = split(text, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t take = 0;
    for (std::size_t n = 1; n <= 2 && i + n <= words.size(); ++n) {
      const auto run =
          text.substr(static_cast<std::size_t>(words[i].data() - text.data()),
                      static_cast<std::size_t>(words[i + n - 1].data() - words[i].data()) +
                          words[i + n - 1].size());
      if (g.is_place(run) && !g.is_country(run)) take = n;
    }
    if (take > 0) {
      i += take - 1;
      continue;
    }
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// Whether a word of the phrase is a broadcaster's call sign: "WMUR", "KTLA-TV", "FOX13's".
bool names_broadcaster(std::string_view phrase) {
  for (auto w : split(phrase, ' ')) {
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    w = without_possessive(w);
    for (std::string_view band : {"-TV", "-FM", "-AM"})
      if (w.ends_with(band)) w.remove_suffix(band.size());
    const auto upper = [](std::string_view s) {
      return !s.empty() &&
             std::all_of(s.begin(), s.end(), [](char c) { return ascii::is_upper(c); });
    };
    // US stations: four capitals from K or W.
    if (w.size() == 4 && (w[0] == 'K' || w[0] == 'W') && upper(w)) return true;
    // A network's local affiliate by channel: "FOX13", "NBC4".
    for (std::string_view net : {"FOX", "NBC", "ABC", "CBS", "Fox"})
      if (w.size() > net.size() && w.size() <= net.size() + 2 && w.starts_with(net) &&
          std::all_of(w.begin() + static_cast<std::ptrdiff_t>(net.size()), w.end(),
                      [](char c) { return ascii::is_digit(c); }))
        return true;
  }
  return false;
}

// The side a stated affiliation implies: academia and think tanks are independent, a
// newsroom is media, otherwise the country or body it names.
std::string side_of_affiliation(std::string_view affiliation, const Gazetteer& g) {
  // A relative clause describes the body, not whom the person speaks for: "president of the
  // United Federation of Teachers, which represents New York City educators".
  for (std::string_view rel : {", which ", ", who ", ", whose "})
    if (const auto k = affiliation.find(rel); k != std::string_view::npos)
      affiliation = affiliation.substr(0, k);
  // A second apposition describes the last noun: it speaks only when the first part says
  // nothing ("the foreign minister of France, a permanent member of the Security Council" is
  // France; "director of the House Majority PAC, a Democratic super PAC" is the US).
  for (std::string_view rel : {", a ", ", an ", ", one of "})
    if (const auto k = affiliation.find(rel); k != std::string_view::npos && k > 0) {
      if (std::string s = side_of_affiliation(affiliation.substr(0, k), g); s != "unknown")
        return s;
      break;
    }
  const std::string located = without_locations(affiliation, g);
  affiliation = located;
  const std::string l = lower(affiliation);
  // A private person: only a party or a body the description names says whom they back ("a
  // Donald Trump supporter", "a Syrian refugee" speak for themselves).
  if (is_private_role(lower(head_noun_of(affiliation)))) {
    // What such a person does is no employer: "a Sanders volunteer who goes to colleges".
    if (mentions_any<kIndependentWords>(std::string_view(l).substr(0, l.find(" who "))))
      return "independent";
    return g.side_in(affiliation, false).value_or("unknown");
  }
  // A party's own staff speak for its side, whatever their job ("Republican National
  // Committee Research Director").
  if (mentions_any<kPartyBodies>(l)) {
    if (auto s = g.side_in(affiliation)) return *s;
    if (auto s = side_of_person_named(affiliation, g)) return *s;  // "Obama's campaigns"
  }
  // A government's own research office is no think tank: "State Department Refugee
  // Processing Center".
  if (auto s = g.government_opening(affiliation)) return *s;
  if (mentions_any<kIndependentWords>(l)) return "independent";
  // A newsroom is media unless it is the state's ("China's state news agency") or a named
  // body's; a country's paper is not its government's voice ("a Portuguese newspaper").
  if (auto s = g.side_in(affiliation)) {
    if (mentions_any<kMediaWords>(l) && !mentions_any<kStateWords>(l))
      return g.side_in(affiliation, false).value_or("media");
    // A state says where a private body is, not whom it serves: "Virginia AFL-CIO President".
    if (mentions_any<kPrivateBodies>(l) && !mentions_any<kGovernmentBodies>(l))
      return g.side_in(us_states_dropped(affiliation, g)).value_or("unknown");
    return *s;
  }
  if (mentions_any<kMediaWords>(l)) return "media";
  // A tie to a known person: "Clinton campaign manager", "a spokeswoman for Hillary Clinton".
  if (auto s = side_of_person_named(affiliation, g)) return *s;
  if (names_broadcaster(affiliation)) return "media";
  return "unknown";
}

// The US party a lower-cased description names: 'D', 'R', 'L' (Libertarian), 'G' (Green),
// or 0 for none or several.
char party_of(std::string_view text_lower) {
  const bool d = contains_any_word(text_lower, "democratic") ||
                 contains_any_word(text_lower, "democrat") ||
                 text_lower.find("(d-") != std::string_view::npos;
  const bool r = contains_any_word(text_lower, "republican") ||
                 contains_any_word(text_lower, "gop") ||
                 text_lower.find("(r-") != std::string_view::npos;
  const bool l = contains_any_word(text_lower, "libertarian");
  const bool g = text_lower.find("green party") != std::string_view::npos;
  if (d + r + l + g != 1) return 0;
  return d ? 'D' : r ? 'R' : l ? 'L' : 'G';
}

std::string country_name(std::string_view side) {
  if (side == "US") return "United States";
  if (side == "UK") return "United Kingdom";
  if (side == "EU") return "European Union";
  if (side == "UN") return "United Nations";
  return std::string(side);
}

// How many titled mentions of one name (or, times ten, of any name) a look-up tries.
constexpr std::size_t kMaxTitlesTried = 5;
// The most bytes between two names of one list: ", and ", or a "(D-Va.)" and a separator.
constexpr std::uint32_t kListGap = 20;
// How far before a possessive description its owner may be named ("his top aide, X").
constexpr std::uint32_t kOwnerReach = 400;
// How many words a description before a name may have ("his senior climate adviser").
constexpr std::size_t kDescriptionWords = 6;
// A full name this close before a bare surname is the one it stands for, however rare.
constexpr std::uint32_t kNearFullName = 1000;
// How far back "the Post" looks for the outlet named in full, in bytes: an article's length,
// so that a corpus pasted as one text is not searched from its start for every mention.
constexpr std::uint32_t kOutletLookBack = 20000;
// How far back a sentence start and a pronoun's antecedent are looked for, in bytes.
constexpr std::uint32_t kSentenceLookBack = 1500;
constexpr std::uint32_t kPronounLookBack = 2000;
// The headline, subhead and lede of a text: where a description may come before its name.
constexpr std::uint32_t kHeadZone = 400;

class Resolver {
 public:
  Resolver(std::string_view text, const Gazetteer& g) : text_(text), g_(g) {}

  // `parent`: the attribution whose content holds this one, if any.
  std::optional<std::uint32_t> resolve(const Attribution& a, const Attribution* parent) {
    if (!a.source) return std::nullopt;
    const ByteSpan span = *a.source;
    const std::string_view mention = text_.substr(span.begin, span.end - span.begin);
    std::string_view extra;
    if (a.source_apposition)
      extra = text_.substr(a.source_apposition->begin,
                           a.source_apposition->end - a.source_apposition->begin);
    content_ = &a.content;
    parent_content_ = parent ? &parent->content : nullptr;
    parent_speaker_ = std::nullopt;
    if (parent)
      if (const auto it = speaker_by_attribution_.find(parent->id);
          it != speaker_by_attribution_.end())
        parent_speaker_ = it->second;
    auto idx = classify_and_link(mention, extra, span.begin);
    content_ = parent_content_ = nullptr;
    if (idx) {
      speaker_by_attribution_[a.id] = *idx;
      Speaker& s = speakers_[*idx];
      // A byline: "Julie Hirschfeld Davis reported from Midway Atoll" names a reporter.
      if (s.kind == SpeakerKind::person && s.side == "unknown" && a.cue &&
          text_.substr(a.cue->begin, a.cue->end - a.cue->begin).starts_with("reported from"))
        s.side = "media";
      // Two attributions may share one mention ("…," he said, "…" and what follows); they are
      // resolved one after the other, so only the last few mentions are compared (a speaker of
      // a long text has many).
      const auto recent = s.mentions.end() - std::min<std::ptrdiff_t>(4, std::ssize(s.mentions));
      if (std::find(recent, s.mentions.end(), span) == s.mentions.end()) s.mentions.push_back(span);
      ++s.attributions;
      remember(*idx);
      // The narrator is never a "he" or "she" of the text: "If, as I've suggested, he …".
      // Nor is someone another speaker reports ("“… that she continuously says …,” she said",
      // "McClenney said Clinton does not show …. “…,” she said"): the one who speaks next is
      // whoever spoke last in the narrative.
      if (s.kind == SpeakerKind::person && idx != narrator_ && !parent) {
        recent_persons_.push_back({*idx, span.begin});
        if (recent_persons_.size() > 16) recent_persons_.erase(recent_persons_.begin());
      }
    }
    return idx;
  }

  // People the text gives a campaign ("Kasich's campaign", "the Carson campaign", "Sanders
  // campaigned"): candidates, whom the home side takes as it takes office holders, though the
  // text may never call them so. The surname is whose the text says it is there, so a
  // candidate's kin keep their own side. The text is read once, and only when someone could
  // take the title.
  void mark_campaigners(std::vector<Speaker>& speakers) const {
    const auto may_run = [](const Speaker& s) {
      return s.kind == SpeakerKind::person && s.side == "unknown" && s.title.empty();
    };
    if (std::none_of(speakers.begin(), speakers.end(), may_run)) return;
    std::unordered_set<std::string> running;
    for (std::string_view noun : {"campaign", "candidacy"})
      for (auto at = text_.find(noun); at != std::string_view::npos;
           at = text_.find(noun, at + noun.size())) {
        std::string_view before = text_.substr(0, at);
        if (!before.ends_with(' ')) continue;
        before.remove_suffix(1);
        for (std::string_view race : {" presidential", " Senate", " congressional", " reelection"})
          if (before.ends_with(race)) before.remove_suffix(race.size());  // "Bush's presidential"
        for (std::string_view link : {" is", " was"})                     // "Carson is campaigning"
          if (before.ends_with(link) && text_.substr(at + noun.size()).starts_with("ing"))
            before.remove_suffix(link.size());
        const std::string_view word = without_possessive(last_word_of(before));
        if (word.size() < 2 || !ascii::is_upper(word[0]) || !ascii::is_lower(word.back())) continue;
        const NameMention* full = full_name_for(word, static_cast<std::uint32_t>(at));
        running.insert(full ? full->name : std::string(word));
      }
    for (Speaker& s : speakers)
      if (may_run(s) && running.contains(s.name)) s.title = "candidate";
  }

  // A person whose mentions as a source said nothing of a side may be described where the
  // text names them otherwise: "Dean, a former Democratic National Committee chairman, …"
  // before "Dean, a medical doctor, then appeared". The first apposition after the surname
  // that gives a side settles it.
  // Runs on the taken speakers once the home side is given, so that these private people's
  // sides do not sway it.
  void settle_from_later_appositions(std::vector<Speaker>& speakers) const {
    for (Speaker& s : speakers) {
      if (s.kind != SpeakerKind::person || s.side != "unknown") continue;
      const auto space = s.name.rfind(' ');
      if (space == std::string::npos) continue;
      const std::string_view surname = std::string_view(s.name).substr(space + 1);
      std::size_t tried = 0;
      for (auto k = text_.find(surname); k != std::string_view::npos && tried < 20;
           k = text_.find(surname, k + 1)) {
        const auto end = static_cast<std::uint32_t>(k + surname.size());
        if (k > 0 && ascii::is_alpha(text_[k - 1])) continue;
        if (end < text_.size() && ascii::is_alpha(text_[end])) continue;
        ++tried;
        const std::string apposition = apposition_after(end);
        if (apposition.empty()) continue;
        if (const std::string side = side_of_affiliation(apposition, g_); side != "unknown") {
          s.side = side;
          if (s.affiliation.empty()) s.affiliation = apposition;
          break;
        }
      }
    }
  }

  std::vector<Speaker> take() { return std::move(speakers_); }
  // Speakers that belong to another ("Barack Obama's advisers") with their owner, as indices.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& owners() const { return owners_; }

 private:
  // The person names of the whole text with the look-ups the resolver needs, built on first
  // use (many documents never need them); every look-up is a hash or a binary search, so a
  // very long document stays linear.
  struct NameIndex {
    std::vector<NameMention> names;                                                 // in text order
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> full_by_part;  // multi-word
    std::vector<Gender> own_gender;  // what each name's own words say (mention_gender)
    std::unordered_map<std::string_view, std::uint32_t> full_count;  // multi-word mentions by name
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> titled_by_name;
    std::vector<std::uint32_t> titled;  // names with a title, in text order
    std::vector<Gender> gender;         // of each name
    std::unordered_map<std::string, Gender> gender_by_name;
    std::unordered_set<std::string_view> us_party;  // names followed by "(R-La.)", "(D)"
    // Full names the text introduces as someone's kin: "Mr. Bush's father, George Bush".
    std::unordered_set<std::string_view> kin_named;
    // The last words of all titles, lower-cased: "judge" for "U.S. District Judge".
    std::unordered_set<std::string> title_heads;
    // Whose description a name's is: "his top aide, Tad Devine" → the "he" named before.
    std::unordered_map<std::string_view, std::uint32_t> owner_by_name;
    // Surnames after "Mr." or "Mrs.": how many of each gender ("Mr. Obama" ×12).
    std::unordered_map<std::string_view, std::array<std::uint32_t, 3>> said_of_part;
  };
  std::optional<std::uint32_t> classify_and_link(std::string_view mention, std::string_view extra,
                                                 std::uint32_t at) {
    // Head and apposition: "Yun Sun, director of the China Program at the Stimson Center,".
    std::string_view head = trim(mention), apposition = trim(extra);
    if (const auto comma = head.find(", "); comma != std::string_view::npos) {
      apposition = trim(head.substr(comma + 1));
      head = trim(head.substr(0, comma));
      // A description in front of the name: "The state's campaign chairman, Phil Lovas,",
      // "A Democrat, Mr. Justice,", "Nevada's governor, Brian Sandoval, a Republican,". The
      // name is who speaks; the description is the title.
      const std::string_view name = trim(apposition.substr(0, apposition.find(", ")));
      const auto possessive = [](std::string_view h) {
        for (std::string_view mark : {"'s ", "\xE2\x80\x99s "})
          if (const auto k = h.find(mark); k != std::string_view::npos &&
                                           k + mark.size() < h.size() &&
                                           ascii::is_lower(h[k + mark.size()]))
            return true;
        return false;
      };
      // A description names a role or a party ("A Democrat, Mr. Justice,"): "the election,
      // Minyon Moore, a senior adviser," is a clause's end, and the words after the name
      // describe her.
      const bool described =
          (strip_determiner(head).size() < head.size() || possessive(head) ||
           head.starts_with("his ") || head.starts_with("her ") || head.starts_with("their ") ||
           head.starts_with("His ") || head.starts_with("Her ") || head.starts_with("Their ")) &&
          names_person(head_noun_of(head));
      if (name_alone(name) && !name_alone(head) && !head.empty() &&
          (ascii::is_lower(head[0]) || described)) {
        // Lower-case words without an article are the end of a clause, not a description
        // ("… elections procedures, Chris Herren, chief of the voting section,"): what
        // follows the name describes the person then.
        const std::string_view rest =
            trim(apposition.substr(std::min(apposition.size(), name.size() + 1)));
        apposition = described || rest.empty() ? head : rest;
        head = name;
      }
    }
    head = without_occasion(without_time(head));
    head = without_contraction(head);
    // "Obama himself": the emphasis is no part of the name.
    for (std::string_view self : {" himself", " herself", " themselves", " itself"})
      if (head.ends_with(self) && head.size() > self.size()) head.remove_suffix(self.size());
    if (const std::string_view named = name_in_headline(head); !named.empty()) head = named;
    const std::string head_lower = lower(head);

    // Pronouns and relatives.
    if (word_set<kPersonPronouns>().contains(head_lower)) {
      const Gender g = gender_of_pronoun(head_lower);
      auto idx = person_for_pronoun(g, at);
      if (idx && g != Gender::unknown && gender_[*idx] == Gender::unknown) gender_[*idx] = g;
      return idx;
    }
    if (word_set<kPluralPronouns>().contains(head_lower)) {
      if (auto idx = parent_as_subject(at)) return idx;
      if (auto idx = plural_subject_before(at)) return idx;
      if (last_plural_) return last_plural_;
      // One person is never a "they": unresolved, it stays as written.
      if (last_any_ && speakers_[*last_any_].kind != SpeakerKind::person) return last_any_;
      return find_or_add("other:they", std::string(head), SpeakerKind::group, "", "unknown");
    }
    // "It" stands for a body or a work, never a person: unresolved, it stays as written.
    if (word_set<kThingPronouns>().contains(head_lower)) {
      bool other_subject = false;
      if (auto idx = body_for_it(at, &other_subject)) return idx;
      return last_thing_ && !other_subject
                 ? *last_thing_
                 : find_or_add("other:it", "it", SpeakerKind::anonymous, "", "unknown");
    }
    // "I" and "we" as a source are the narrator: quoted speakers' own words are inside quotes.
    if (head_lower == "i" || head_lower == "me") {
      // In a transcript the paragraph's label speaks: "WALLACE: … I want to ask you".
      if (const std::string label = transcript_label(at); !label.empty())
        return classify_and_link(label, "", at);
      return narrator_ = find_or_add("narrator:i", "the author", SpeakerKind::person, "", "media");
    }
    if (head_lower == "we" || head_lower == "us")
      return find_or_add("narrator:we", "the authors", SpeakerKind::group, "", "media");
    if (word_set<kSelfPronouns>().contains(head_lower)) return last_any_;
    if (head_lower == "which") return body_before(at);
    if (word_set<kRelatives>().contains(head_lower)) return person_or_group_before(at);
    // "his advisers", "her campaign": the people or body of the person the pronoun names.
    if (head_lower.starts_with("his ") || head_lower.starts_with("her ") ||
        head_lower.starts_with("their "))
      if (auto idx = possessed(head, at)) return idx;

    const std::string_view bare = strip_determiner(head);
    const std::string bare_lower = lower(bare);
    const auto words = split(bare_lower, ' ');
    // The head noun: the last word before a prepositional phrase or relative clause
    // ("Protesters in Tbilisi", "sources familiar with the talks").
    std::string_view last_word;
    for (auto w : words) {
      if (!last_word.empty() &&
          (w == "in" || w == "of" || w == "at" || w == "from" || w == "by" || w == "with" ||
           w == "for" || w == "on" || w == "familiar" || w == "close" || w == "who" || w == "that"))
        break;
      last_word = w;
    }

    // A named person's people: "Trump's supporters", "Clinton’s team" speak for that person's
    // side, as "his advisers" do.
    if (auto idx = possessor_people(bare, at)) return idx;

    // A newspaper by its name after "The": "The Charlotte Observer", "The Baltimore Sun". A
    // person's name takes no article, so the head word cannot be a surname here.
    if (words.size() == 1 && head.starts_with("The ") && word_set<kOneWordPapers>().contains(bare))
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), "media");
    // An outlet the text named in full, by the last word of its name: "the Post" after "The
    // Washington Post".
    if (words.size() == 1 && bare.size() < head.size() && ascii::is_upper(bare[0]) &&
        ends_newspaper_name(words.front()))
      if (const auto outlet =
              g_.last_outlet_in(text_.substr(at > kOutletLookBack ? at - kOutletLookBack : 0,
                                             std::min<std::uint32_t>(at, kOutletLookBack)),
                                [](std::string_view w) { return ends_newspaper_name(lower(w)); });
          outlet && outlet->size() > bare.size() && outlet->ends_with(bare) &&
          (*outlet)[outlet->size() - bare.size() - 1] == ' ') {
        const auto side = g_.side_of(*outlet);
        return find_or_add("org:" + lower(*outlet), std::string(*outlet), SpeakerKind::organization,
                           std::string(apposition), side ? *side : "media");
      }
    if (bare.size() < head.size() && words.size() >= 2 && !g_.side_of(bare) &&
        ends_newspaper_name(words.back()) &&
        std::all_of(words.begin(), words.end(), [&](std::string_view w) {
          return ascii::is_upper(bare[static_cast<std::size_t>(w.data() - bare_lower.data())]);
        }))
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), "media");

    // "The bloc" in a text about the European Union is the Union.
    if (last_word == "bloc" && words.size() <= 2 &&
        (text_.find("E.U.") != std::string_view::npos ||
         text_.find("European Union") != std::string_view::npos ||
         text_.find("EU ") != std::string_view::npos))
      return find_or_add("country:EU", country_name("EU"), SpeakerKind::country, "", "EU");

    // The surname of someone the text names, though also a place or a role: "Mark Cuban …
    // Cuban said", "Billie Jean King … King says".
    if (words.size() == 1 && ascii::is_upper(bare[0]) && (g_.side_of(bare) || is_role_word(bare)) &&
        full_name_for(bare, at))
      return person(std::string(bare), std::string(apposition), "", at);
    // A people by its plural demonym: "Americans", "Israelis" (not "the Philippines").
    if (words.size() == 1 && bare.size() > 4 && bare.ends_with('s') &&
        (bare.ends_with("ans") || bare.ends_with("is")) &&
        g_.is_country(bare.substr(0, bare.size() - 1)))
      return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                         std::string(apposition), *g_.side_of(bare.substr(0, bare.size() - 1)));
    // A country, its capital or demonym as the actor: one speaker per country.
    if (g_.is_country(bare)) {
      const std::string side = *g_.side_of(bare);
      return find_or_add("country:" + side, country_name(side), SpeakerKind::country, "", side);
    }

    // A people by its plural demonym: "many Mexicans", "Ukrainians".
    if (const auto sp = bare.rfind(' '); last_word.size() > 4 && last_word.ends_with('s')) {
      const std::string_view tail = bare.substr(sp == std::string_view::npos ? 0 : sp + 1);
      // A country's people, not an outlet's readers: "Economists" is no "The Economist".
      if (ascii::is_upper(tail[0]) && tail.size() == last_word.size() &&
          g_.is_country(tail.substr(0, tail.size() - 1)))
        if (const auto side = g_.side_of(tail.substr(0, tail.size() - 1)))
          return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                             std::string(apposition), *side);
    }

    // A share of a group speaks as that group: "Half of Vermont Democrats", "Only 52 percent
    // of registered voters", "78 percent of voters in a recent CBS News poll" (the poll's
    // respondents, not its sponsor).
    if (const auto of = bare_lower.find(" of ");
        of != std::string::npos && names_share(std::string_view(bare_lower).substr(0, of))) {
      std::string_view people = bare.substr(of + 4);
      if (const auto in = people.find(" in "); in != std::string_view::npos)
        people = people.substr(0, in);
      const std::string noun(last_word_of(lower(people)));
      if (names_people(noun))
        return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                           std::string(apposition), group_side(people, noun));
    }

    // A group: "analysts", "U.S. officials", "the two presidents".
    if (word_set<kGroupNouns>().contains(last_word))
      return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                         std::string(apposition), group_side(head, last_word));

    // "The newspaper", "the network", "the agency": the outlet the text named last.
    if (bare.size() < head.size() && words.size() <= 2 && ascii::is_lower(bare[0]) &&
        word_set<kOutletNouns>().contains(last_word) &&
        (words.size() == 1 ? last_word != "agency"
                           : words.front() == "news" || words.front() == "state"))
      if (auto idx = outlet_before(at)) return idx;

    // A work named by its head noun, not its author: "a 2014 study by Justin Levitt".
    if (word_set<kWorkNouns>().contains(last_word)) {
      // "The study found" after "according to a recent Reuters survey": the work of that
      // kind named last.
      const auto kind_of = [](std::string_view noun) {
        return word_set<kResearchNouns>().contains(noun) ? std::string_view("research") : noun;
      };
      if (last_work_ && (head.starts_with("the ") || head.starts_with("The ")) &&
          words.size() <= 2 && ascii::is_lower(bare.front()) && apposition.empty() &&
          kind_of(last_word) == kind_of(last_work_noun_))
        return *last_work_;
      // A headline's "Poll:" is the poll its story names first: "A Bloomberg poll shows".
      if (!last_work_ && words.size() == 1 && bare.size() == head.size() && at < kHeadZone)
        if (const std::string_view named = work_named_after(at + bare.size(), last_word);
            !named.empty())
          return classify_and_link(named, "",
                                   static_cast<std::uint32_t>(named.data() - text_.data()));
      // A work speaks for who made it, not for where it looked: "an ORC poll of South
      // Carolina", "a Washington Post-ABC News poll".
      const std::string side =
          side_of_affiliation(places_dropped(sponsors_apart(bare), g_, true), g_);
      last_work_noun_ = last_word;
      return last_work_ = find_or_add("org:" + bare_lower, std::string(bare),
                                      SpeakerKind::organization, std::string(apposition), side);
    }

    // People near someone speak for that person's side: "Those close to him", "a source close
    // to Mr. Putin".
    if (const auto close = head.find(kCloseTo); close != std::string_view::npos)
      if (auto idx = close_to(head, close, at)) return idx;
    // Someone described by their tie to a named person or body: "a spokeswoman for Hillary
    // Clinton", "an adviser to Mr. Trump", "aides of the president". Anonymous, on that side.
    for (std::string_view link : {" for ", " to ", " of "}) {
      const auto cut = head.find(link);
      if (cut == std::string_view::npos) continue;
      const std::string_view before = head.substr(0, cut), after = head.substr(cut + link.size());
      const bool described =
          !before.empty() && (before.starts_with("a ") || before.starts_with("an ") ||
                              before.starts_with("A ") || before.starts_with("An "));
      // Several of them, without an article: "advisers to Mr. Obama", "allies of Mr. Putin".
      const bool several = !before.empty() && before.find(' ') == std::string_view::npos &&
                           word_set<kEntourageNouns>().contains(lower(before));
      if ((!described && !several) || after.empty() || !ascii::is_upper(strip_determiner(after)[0]))
        continue;
      // "advisers to Mr. Obama" are "Barack Obama's advisers", as "his advisers" are.
      if (several && !has_capitalized_org_word(after) && !g_.side_of(strip_determiner(after)))
        if (const auto o = classify_and_link(
                after, "", at + static_cast<std::uint32_t>(after.data() - head.data()));
            o && speakers_[*o].kind == SpeakerKind::person)
          return owned(*o, before);
      const std::string side = side_of_affiliation(after, g_);
      return find_or_add((several ? "group:" : "anon:") + head_lower, std::string(head),
                         several ? SpeakerKind::group : SpeakerKind::anonymous,
                         std::string(apposition), side);
    }

    // Several named speakers at once: "Hillary Clinton and Donald Trump".
    if (const auto cut = head.find(" and ");
        cut != std::string_view::npos && cut + 5 < head.size() &&
        ascii::is_upper(strip_determiner(head.substr(cut + 5)).front()) &&
        !has_capitalized_org_word(head)) {
      // One person with two roles after one article: "the Florida senator and Republican
      // presidential candidate" is who the first role names.
      if (strip_determiner(head).size() < head.size() &&
          is_role_word(last_word_of(head.substr(0, cut))) && is_role_word(last_word_of(head)))
        return classify_and_link(head.substr(0, cut), apposition, at);
      const std::string side_a = side_of_member(head.substr(0, cut)),
                        side_b = side_of_member(head.substr(cut + 5));
      const std::string side = side_a == side_b ? side_a : "unknown";
      return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                         std::string(apposition), side);
    }

    // An acronym is a body: "the NAACP", "NATO".
    if (words.size() == 1 && bare.size() >= 3 &&
        std::all_of(bare.begin(), bare.end(), [](char c) { return ascii::is_upper(c); })) {
      // Unless it is a known surname in capitals, as transcripts label speakers ("PENCE:").
      const std::string surname = title_cased(bare);
      // A transcript's label ("WALLACE:") is a person even when the text never names them.
      const bool in_text =
          bare.data() >= text_.data() && bare.data() + bare.size() < text_.data() + text_.size();
      const bool label = in_text && bare.data()[bare.size()] == ':';
      // A known body ("FBI", "CNN") is no surname: asking the text's names costs building them.
      if (label ||
          (!g_.side_of(bare) && (g_.person_by_part(surname) || full_name_for(surname, at))))
        return person(surname, std::string(apposition), "", at);
      const std::string side = side_of_affiliation(bare, g_);
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), side);
    }
    // A person named in the phrase, with the title in front of the name.
    std::string title, name;
    // A parenthetical after the name ("Ted Cruz (R-Tex.)") describes the person.
    std::string_view named = head, paren;
    if (const auto open = head.find(" ("); open != std::string_view::npos && head.ends_with(")")) {
      named = head.substr(0, open);
      paren = head.substr(open + 1);
    }
    // A name counts when what stands before it is a title (ending in a role, an honorific or
    // a demonym) or nothing: "the Commission on Presidential Debates" is not a person.
    const auto title_fits = [&](const std::string& t) {
      if (t.empty()) return true;
      // Where the person works, after a full name: "Stephen Vladeck of the University of
      // Texas" (not "Three-quarters of the board").
      if ((t.starts_with("of ") || t.starts_with("at ") || t.starts_with("from ")) &&
          (name.find(' ') != std::string::npos || gender_of_title(named) != Gender::unknown))
        return true;
      const auto last = last_word_of(t);
      if (last == "of" || last == "for") return false;  // "the Federal Bureau of Prisons"
      return is_role_word(last) || is_honorific(last) || g_.side_of(last).has_value() ||
             (!last.empty() && ascii::is_upper(last[0]) && !has_capitalized_org_word(t));
    };
    // A plain noun in front of a full name describes the person: "9/11 widow Terry Strada",
    // "Holt's liberal NBC News colleague Matt Lauer".
    const auto described = [&](const std::string& t, const std::string& n) {
      const auto last = last_word_of(t);
      return n.find(' ') != std::string::npos && !last.empty() && ascii::is_lower(last[0]) &&
             std::count(t.begin(), t.end(), ' ') < 6 && !lookup_word(last) &&
             !word_set<kGroupNouns>().contains(last) &&
             // "a projection by the consulting firm Oxford Economics" is a work's source
             t.find(" by ") == std::string::npos && t.find(" from ") == std::string::npos;
    };
    if (split_title_and_name(named, g_, &title, &name) &&
        (title_fits(title) || described(title, name)) && !has_capitalized_org_word(name) &&
        !g_.side_of(name)) {
      // What a newsroom noun introduces is the outlet, not a person: "The Portuguese
      // newspaper Correio da Manha".
      if (word_set<kOutletNouns>().contains(last_word_of(title)))
        return find_or_add("org:" + lower(name), name, SpeakerKind::organization,
                           std::string(apposition), side_of_affiliation(title, g_));
      if (!paren.empty())
        title = title.empty() ? std::string(paren) : title + " " + std::string(paren);
      // A relative clause tells what the person did, the title what they are: "Police
      // Commissioner Richard Ross, who spent the morning in the streets".
      const bool clause = (apposition.starts_with("who ") || apposition.starts_with("whose ")) &&
                          side_of_affiliation(apposition, g_) == "unknown";
      std::string affiliation(
          apposition.empty() || (clause && !title.empty()) ? std::string_view(title) : apposition);
      // An honorific alone leaves no title; it still tells the gender.
      return person(name, affiliation, title, at,
                    title.empty() ? gender_of_title(named) : Gender::unknown);
    }

    // An indefinite singular official: anonymous, with the side its description gives.
    const bool indefinite = head_lower.starts_with("a ") || head_lower.starts_with("an ");
    if ((indefinite || last_word == "sources") && word_set<kAnonymousNouns>().contains(last_word)) {
      const auto side = g_.side_in(head);
      return find_or_add("anon:" + head_lower, std::string(head), SpeakerKind::anonymous,
                         std::string(apposition), side ? *side : "unknown");
    }

    // A body whose name has an organization word: "The Committee for a Responsible Federal
    // Budget", "the Stimson Center".
    if (has_capitalized_org_word(bare) && !g_.is_country(bare)) {
      const std::string side = side_of_affiliation(bare, g_);
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), side);
    }

    // A description by role: "the Chinese leader", "the spokesperson".
    for (const auto& r : kRoles)
      if (last_word == r.role) {
        const auto side = g_.side_in(head);
        const char party = party_of(head_lower);
        if (auto hit = person_with_role(r.titles, head_lower, side, at, party)) return hit;
        // A subhead before the lede names its person only after ("Senator from Texas says
        // he cannot …" over "Sen. Ted Cruz (R-Tex) is endorsing …").
        if (at < kHeadZone)
          if (auto hit = person_with_role(r.titles, head_lower, side, at + kHeadZone, party))
            return hit;
        // A definite description with no titled holder in the text ("Sanders said … The
        // senator said") is anaphoric: the person a "he" or "she" there would stand for, when
        // nothing the text says of that person contradicts the role or the side.
        if (!indefinite)
          if (auto hit = salient_person_for_role(r.titles, head_lower, side, at, party)) {
            // The description is all the text says of the person: "Reid … The minority
            // leader said" makes Reid an official.
            Speaker& p = speakers_[*hit];
            if (p.affiliation.empty() && p.title.empty()) {
              p.affiliation = std::string(bare);
              only_described_.insert(*hit);
            }
            return hit;
          }
        return find_or_add("desc:" + bare_lower, std::string(bare), SpeakerKind::person,
                           std::string(apposition), side ? *side : "unknown");
      }
    // Any other role, definite or bare, is the person the text gives that title: "The judge"
    // after "U.S. District Judge Richard Leon", a headline's "Pastor" over "Pastor Kevin
    // Swanson". Not "one aide", "another supporter", nor a plural; and in the body only with
    // an article, as a bare capitalized word there is a name ("Spicer").
    if ((bare.size() < head.size() || at < kHeadZone) && !indefinite &&
        !head_lower.starts_with("one ") && !head_lower.starts_with("another ") &&
        words.size() <= 3 && !last_word.ends_with('s') && names_person(last_word) &&
        !word_set<kOrgWords>().contains(last_word) &&
        (index().title_heads.contains(std::string(last_word)) ||
         index().title_heads.contains(std::string(abbreviated(last_word))))) {
      const auto side = g_.side_in(head);
      if (auto hit = person_with_role(last_word, head_lower, side, at, 0, true)) return hit;
      if (at < kHeadZone)
        if (auto hit = person_with_role(last_word, head_lower, side, at + kHeadZone, 0, true))
          return hit;
    }
    // A named body: "the Kremlin", "Xinhua", "the New York Times".
    if (auto side = g_.side_of(bare)) {
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), *side);
    }
    // A named body after a description of it: "China's state news agency Xinhua".
    const auto bare_words = split(bare, ' ');
    for (std::size_t n = std::min<std::size_t>(3, bare_words.size()); n >= 1; --n) {
      const auto tail = bare.substr(
          static_cast<std::size_t>(bare_words[bare_words.size() - n].data() - bare.data()));
      if (tail.size() == bare.size() || g_.is_country(tail)) continue;
      if (auto side = g_.side_of(tail)) {
        const std::string_view description = bare.substr(0, bare.size() - tail.size());
        // A writer in a paper: "wrote Ben Jacobs in The Guardian" is Jacobs, for the paper.
        if (*side == "media" && description.ends_with(" in ") &&
            name_alone(description.substr(0, description.size() - 4)))
          return person(std::string(description.substr(0, description.size() - 4)),
                        std::string(bare.substr(description.size() - 3)), "", at);
        // The description's country wins for state media ("Russian state media" is not "media").
        const auto described = g_.side_in(description);
        const bool state = mentions_any<kStateWords>(lower(description));
        return find_or_add("org:" + lower(tail), std::string(tail), SpeakerKind::organization,
                           std::string(apposition),
                           *side == "media" && described && state ? *described : *side);
      }
    }
    // "The commission", "the campaign": the body the text named before with that word.
    // A modifier must be in the name too: "the budget office", not "the appeals court" for
    // the Supreme Court.
    if (bare.size() < head.size() && words.size() <= 2 && ascii::is_lower(bare[0]) &&
        (word_set<kOrgWords>().contains(last_word) || word_set<kBodyHeads>().contains(last_word))) {
      if (auto idx = named_body_before(last_word, at)) {
        const std::string name = lower(speakers_[*idx].name);
        if (words.size() == 1 || contains_any_word(name, words.front())) return idx;
      }
      if (words.size() == 1)
        if (auto idx = body_just_quoted(last_word)) return idx;
    }
    if (mentions_any<kOrgWords>(bare_lower) || mentions_any<kIndependentWords>(bare_lower)) {
      std::string side = side_of_affiliation(bare, g_);
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), side);
    }

    // An outlet by the head of its name: "Yahoo News", "the Tampa Bay Times".
    if (words.size() >= 2 && ascii::is_upper(bare[0]) &&
        word_set<kOutletHeads>().contains(words.back()))
      return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                         std::string(apposition), "media");
    // A single capitalized word: a surname or given name ("Sun", "Lukin", "Want").
    if (words.size() == 1 && !bare.empty() && ascii::is_upper(bare[0]))
      return person(std::string(bare), std::string(apposition), "", at);

    // Anything else is an unnamed source described as written, on the side of what the
    // description names ("a narrator in the Clinton ad").
    // Only the cheap look-ups: this is the most frequent case.
    std::string side = "unknown";
    const bool own = is_private_role(last_word);
    if (const auto s = g_.side_in(head, !own))
      side = *s;
    else if (const auto p = own ? std::nullopt : side_of_person_named(head, g_))
      side = *p;
    else if (is_listed_or_plural<kMediaWords>(last_word))
      side = "media";  // "this reporter", "the moderator", "columnists"
    return find_or_add("other:" + bare_lower, std::string(bare), SpeakerKind::anonymous,
                       std::string(apposition), side);
  }

  // In a title-case headline every word is capitalized, so a run of capitals there is no
  // name: who speaks is the last name inside it that the body gives in full or the gazetteer
  // knows ("Conservative Icon Morton Blackwell Endorses Ted Cruz", "9 (More) Offensive Things
  // Donald Trump Has Said"). Empty when `head` is not such a run or holds no such name.
  std::string_view name_in_headline(std::string_view head) const {
    if (head.data() < text_.data() || head.data() + head.size() > text_.data() + text_.size() ||
        head.find(' ') == std::string_view::npos || !ascii::is_upper(head[0]))
      return {};
    const auto begin = static_cast<std::uint32_t>(head.data() - text_.data());
    if (begin >= kHeadZone || !in_title_case_paragraph(text_, begin)) return {};
    const auto& names = index().names;
    auto it = std::lower_bound(names.begin(), names.end(), begin,
                               [](const NameMention& m, std::uint32_t b) { return m.begin < b; });
    std::string_view found;
    for (; it != names.end() && it->end <= begin + head.size(); ++it)
      found = text_.substr(it->begin, it->end - it->begin);
    if (found.empty() || found.size() == head.size() ||
        head.find(" and ") != std::string_view::npos)
      return {};
    // Unless the name only qualifies a noun: "Trump Supporter", "Trump’s Son", "Former
    // Clinton Pollster Douglas Schoen" name someone else.
    const std::string_view after =
        head.substr(static_cast<std::size_t>(found.data() + found.size() - head.data()));
    if (opens_possessive(after)) return {};
    if (after.starts_with(' ')) {
      const std::string_view next = after.substr(1, after.find(' ', 1) - 1);
      if (names_person(next) || word_set<kOrgWords>().contains(lower(next))) return {};
    }
    return found;
  }

  // The side of one member of a coordinated source: a country or body it names, or the
  // person it names ("Trump and Clinton" are both US).
  std::string side_of_member(std::string_view member) const {
    if (auto s = g_.side_in(member)) return *s;
    std::string title, name;
    // A body or role, not a name: "The Clinton campaign" (and DNC).
    if (!split_title_and_name(member, g_, &title, &name)) return side_of_affiliation(member, g_);
    // What the text says at the full name: its title, and a short apposition after it
    // ("Charles E. Grassley, Republican of Iowa, and …").
    std::string apposition;
    if (name.find(' ') == std::string::npos)
      if (const NameMention* full = full_name_for(name, 0)) {
        name = full->name;
        if (!full->title.empty()) title = full->title;
        const std::string_view after = text_.substr(full->end, 80);
        if (after.starts_with(", ")) {
          const std::string_view rest = after.substr(2);
          apposition = rest.substr(0, std::min(rest.find(','), rest.find('.')));
        }
      }
    if (const auto it = person_key_.find(name);
        it != person_key_.end() && speakers_[it->second].side != "unknown")
      return speakers_[it->second].side;
    if (auto known = g_.person_by_part(name.substr(name.rfind(' ') + 1)))
      if (auto s = g_.person_side(*known)) return *s;
    return person_side(name, apposition, title);
  }

  // Whether a phrase is a person's name and nothing else: "Phil Lovas", "Mr. Justice"; not
  // "state's campaign chairman" nor "Gov. Pence" (a title).
  bool name_alone(std::string_view phrase) const {
    std::string title, name;
    if (phrase.empty() || !ascii::is_upper(phrase[0]) ||
        !split_title_and_name(phrase, g_, &title, &name) || !title.empty() ||
        has_capitalized_org_word(name) || g_.side_of(name))
      return false;
    return name.find(' ') != std::string::npos || name.size() < phrase.size();
  }

  // A person by name: a short name ("Sun", "Xi") links to the full name the text gives.
  std::uint32_t person_of(const NameMention& m) {
    return person(m.name, "", m.title, m.begin, m.said);
  }

  // `said`: the gender the mention's own words give ("Mr.", "Mrs."), which a title may omit.
  std::uint32_t person(std::string name, std::string affiliation, std::string title,
                       std::uint32_t at, Gender said = Gender::unknown) {
    const Gender titled = said != Gender::unknown || title.empty() ? said : gender_of_title(title);
    if (name.find(' ') == std::string::npos) {
      if (const NameMention* full = full_name_for(name, at, titled)) {
        name = full->name;
        if (title.empty()) title = full->title;
      } else if (auto known = g_.person_by_part(name);
                 known && gender_compatible(titled, name_gender(*known, ""))) {
        name = *known;  // "Putin" in an article that never writes "Vladimir Putin"
      } else if (const NameMention* typo = misspelled_surname(name, at)) {
        name = typo->name;  // "Wines believes" two lines after "Leslie Wimes"
        if (title.empty()) title = typo->title;
      }
    } else if (const auto space = name.find(' ');
               name.find(' ', space + 1) == std::string::npos &&
               word_set<kSurnameParticles>().contains(std::string_view(name).substr(0, space))) {
      // A surname with its particle ("Mr. Van Voorhis") is the full name that ends in it.
      if (const NameMention* full = longer_name_ending_in(name, at, titled)) {
        name = full->name;
        if (title.empty()) title = full->title;
      }
    }
    // The title the text gives the name elsewhere, when none came with it: "Tenney" after a
    // headline's "Claudia Tenney" and the lede's "Assemblywoman Claudia Tenney".
    if (title.empty() && name.find(' ') != std::string::npos)
      if (const auto it = index().titled_by_name.find(name); it != index().titled_by_name.end())
        title = index().names[it->second.front()].title;
    if (const auto it = person_key_.find(name); it != person_key_.end()) {
      Speaker& s = speakers_[it->second];
      if (gender_[it->second] == Gender::unknown)
        gender_[it->second] = titled != Gender::unknown ? titled : name_gender(name, title);
      // New facts about a known person may settle a side that was unknown.
      if (s.title.empty()) s.title = title;
      if (affiliation.empty()) affiliation = title;
      if (s.affiliation.empty() && !affiliation.empty()) {
        s.affiliation = affiliation;
        if (s.side == "unknown") s.side = person_side(name, s.affiliation, title);
      }
      return it->second;
    }
    // A surname may also name a speaker seen before under the full name: "Hill" for Fiona
    // Hill, "von der Leyen" for Ursula von der Leyen.
    const auto last_space = name.rfind(' ');
    const std::string last = last_space == std::string::npos ? name : name.substr(last_space + 1);
    if (const auto it = person_by_part_.find(last); it != person_by_part_.end()) {
      const std::string& known = speakers_[it->second].name;
      if ((last_space == std::string::npos || known.ends_with(" " + name)) &&
          gender_compatible(titled, gender_[it->second]))
        return it->second;
    }
    if (affiliation.empty()) affiliation = title;
    const std::string side = person_side(name, affiliation, title);
    const auto idx = add(name, SpeakerKind::person, affiliation, side);
    speakers_[idx].title = title;
    gender_[idx] = titled != Gender::unknown ? titled : name_gender(name, title);
    person_key_[name] = idx;
    for (auto part : split(name, ' ')) person_by_part_.try_emplace(std::string(part), idx);
    if (side == "unknown")
      if (const auto employer = employer_in_title(title, name, at)) derived(*employer, idx);
    return idx;
  }

  // The person whose staff a title names: "Gowdy spokesman" before "Jamal Ware" is Trey
  // Gowdy's, when the text names him in full; the spokesman speaks for his side.
  std::optional<std::uint32_t> employer_in_title(const std::string& title, const std::string& name,
                                                 std::uint32_t at) {
    const auto space = title.find(' ');
    if (space == std::string::npos || !ascii::is_upper(title[0]) ||
        !word_set<kStaffRoles>().contains(lower(std::string_view(title).substr(space + 1))))
      return std::nullopt;
    const NameMention* full = full_name_for(std::string_view(title).substr(0, space), at);
    if (!full || full->name == name) return std::nullopt;
    return person_of(*full);
  }

  std::string person_side(const std::string& name, const std::string& affiliation,
                          const std::string& title) const {
    // US party-and-state shorthand after a name: "(R-Tex.)", "(D-Mo.)".
    for (const std::string* t : {&affiliation, &title})
      if (t->find("(R-") != std::string::npos || t->find("(D-") != std::string::npos ||
          t->find("(I-") != std::string::npos)
        return "US";
    // A prominent person speaks for their side whatever a clause about them names ("Hillary
    // Clinton, who served as secretary of state when … to intervene in Libya").
    if (auto s = g_.person_side(name)) return *s;
    // With a middle name or initial the gazetteer leaves out: "Hillary Rodham Clinton".
    if (const auto first = name.find(' '), last = name.rfind(' '); first != last)
      if (auto s = g_.person_side(name.substr(0, first) + name.substr(last))) return *s;
    if (!affiliation.empty()) {
      const std::string s = side_of_affiliation(affiliation, g_);
      if (s != "unknown") return s;
    }
    if (!title.empty()) {
      const std::string s = side_of_affiliation(title, g_);
      if (s != "unknown") return s;
    }
    // A bare surname all known holders of which share a side ("Clinton").
    if (name.find(' ') == std::string::npos)
      if (auto s = g_.side_by_part(name)) return *s;
    // A fuller form of a known name: "Joseph R. Biden" for "Joe Biden" (same surname, same
    // initial).
    if (const auto space = name.rfind(' '); space != std::string::npos)
      if (const auto known = g_.person_by_part(name.substr(space + 1));
          known && known->front() == name.front())
        if (auto s = g_.person_side(*known)) return *s;
    if (index().us_party.contains(name)) return "US";
    // A tie to a person of this text: "Stein spokeswoman" speaks for Jill Stein's side.
    const auto text_person_side = [&](std::string_view w) -> std::optional<std::string> {
      const auto it = person_by_part_.find(w);
      if (it == person_by_part_.end()) return std::nullopt;
      const Speaker& p = speakers_[it->second];
      if (p.name == name || p.side == "unknown") return std::nullopt;
      return p.side;
    };
    for (const std::string* t : {&affiliation, &title})
      if (!t->empty())
        if (auto s = side_of_name_word(*t, text_person_side)) return *s;
    // Titles given to the name elsewhere in the text, the first few: the first side one of
    // them gives.
    const NameIndex& idx = index();
    const auto other_titles = [&](const auto& side_of_title) -> std::optional<std::string> {
      if (const auto it = idx.titled_by_name.find(name); it != idx.titled_by_name.end())
        for (std::size_t k = 0; k < it->second.size() && k < kMaxTitlesTried; ++k)
          if (auto s = side_of_title(idx.names[it->second[k]].title)) return s;
      return std::nullopt;
    };
    // "Chinese Foreign Minister Qin Gang".
    if (auto s = other_titles([&](const std::string& t) -> std::optional<std::string> {
          std::string side = side_of_affiliation(t, g_);
          if (side == "unknown") return std::nullopt;
          return side;
        }))
      return *s;
    // "The finance minister, Lou Jiwei," after "The Chinese finance minister jabbed back".
    for (const std::string* t : {&affiliation, &title})
      if (auto s = side_of_role_named_before(*t)) return *s;
    if (auto s = other_titles([&](const std::string& t) { return side_of_role_named_before(t); }))
      return *s;
    // An aide speaks for whom they serve: "Obama's senior climate adviser", "his top aide".
    if (auto s = other_titles(
            [&](const std::string& t) { return side_of_name_word(t, text_person_side); }))
      return *s;
    if (const auto it = idx.owner_by_name.find(name); it != idx.owner_by_name.end()) {
      const NameMention& owner = idx.names[it->second];
      if (auto s = g_.person_side(owner.name)) return *s;
      if (auto s = side_of_person_named(owner.name, g_)) return *s;
      if (auto s = text_person_side(owner.parts.back())) return *s;
      const std::string s = side_of_affiliation(owner.title, g_);
      if (s != "unknown") return s;
    }
    return "unknown";
  }

  // The side of a bare role ("the finance minister") that the text gives elsewhere with a
  // country: "the Chinese finance minister", "China's finance minister".
  std::optional<std::string> side_of_role_named_before(std::string_view title) const {
    // Asked again for each candidate of each role look-up: the text is searched once a title.
    const auto [cached, fresh] = role_side_.try_emplace(std::string(title));
    if (fresh) cached->second = search_role_side(title);
    return cached->second;
  }
  std::optional<std::string> search_role_side(std::string_view title) const {
    for (std::string_view article : {"The ", "the ", "A ", "a ", "An ", "an "})
      if (title.starts_with(article)) title.remove_prefix(article.size());
    if (title.empty() || title.find(' ') == std::string_view::npos ||
        !is_role_word(last_word_of(title)))
      return std::nullopt;
    for (const char c : title)
      if (!ascii::is_lower(c) && c != ' ') return std::nullopt;
    for (auto at = text_.find(title); at != std::string_view::npos;
         at = text_.find(title, at + title.size())) {
      if (at < 2 || text_[at - 1] != ' ') continue;
      std::string_view before = text_.substr(0, at - 1);
      before = without_possessive(before.substr(before.find_last_of(" \n") + 1));
      if (before.empty() || !ascii::is_upper(before.front())) continue;
      if (auto s = g_.side_of(before)) return s;
    }
    return std::nullopt;
  }

  // The full name containing `part` that the text gives. When the text gives several ("Ted
  // Cruz", "Heidi Cruz"), the one named just before `at` wins when it is the only one named
  // there; otherwise the first introduced: news style names a second holder of a surname in
  // full each time, while the article's main holder is the one the bare surname means. Null
  // when the text never gives one (the name stays as written).
  const NameMention* full_name_for(std::string_view part, std::uint32_t at,
                                   Gender want = Gender::unknown) const {
    const NameIndex& idx = index();
    const std::string folded = fold_apostrophes(part);
    const NameMention* hit = full_name_in(idx, folded, at, want);
    if (!hit) return hit;
    // A prominent holder of the surname whom the text introduces first is who the bare
    // surname means, whoever stands nearer: "Trump says" after "Ivanka Trump, the nominee's
    // eldest daughter". An article that opens on "Liz Cheney, the daughter of former Vice
    // President Dick Cheney" means her by "Cheney".
    for (const std::uint32_t i : idx.full_by_part.at(folded))
      if (gender_compatible(want, idx.own_gender[i])) {
        const NameMention& first = idx.names[i];
        if (first.name == hit->name) return hit;  // the usual case: no hash look-up
        const auto known = g_.person_by_part(folded);
        return known && *known == first.name ? &first : hit;
      }
    return hit;
  }

  // Whether two words differ by one letter changed, added or dropped (compare them in one
  // case: "McLenney" drops the "C" of "McClenney").
  static bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() < b.size()) std::swap(a, b);
    if (a.size() - b.size() > 1) return false;
    std::size_t i = 0;
    while (i < b.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
    return a.substr(i + 1) == b.substr(i);
  }

  // The full name named shortly before `at` whose surname `word` misspells by one letter
  // ("Wines" for "Leslie Wimes", "McLenney" for "Tyresha McClenney"): same first letter,
  // five letters or more, and only one such name. A surname the text gives as is never
  // comes here.
  const NameMention* misspelled_surname(std::string_view word, std::uint32_t at) const {
    if (word.size() < 5 || !ascii::is_upper(word[0])) return nullptr;
    const auto& names = index().names;
    auto it = std::upper_bound(names.begin(), names.end(), at,
                               [](std::uint32_t v, const NameMention& m) { return v < m.end; });
    const NameMention* found = nullptr;
    const std::string word_lower = ascii::lowered(word);
    std::string last_lower;  // reused across candidates
    while (it != names.begin()) {
      const NameMention& m = *--it;
      if (at - m.end > kNearFullName) break;
      if (m.parts.size() < 2) continue;
      const std::string_view last = m.parts.back();
      // "The Khans" are Ghazala and Khizr Khan together, no misspelling of either.
      if (last[0] != word[0] || (word.size() == last.size() + 1 && word.back() == 's')) continue;
      ascii::to_lower(last, last_lower);
      if (!one_edit_apart(last_lower, word_lower)) continue;
      if (found && found->name != m.name) return nullptr;
      found = &m;
    }
    return found;
  }

  // The text's full name that ends in a particle surname ("de Blasio"), nearest before
  // `at` or else the first; the particle's case follows the sentence ("De Blasio said").
  const NameMention* longer_name_ending_in(const std::string& surname, std::uint32_t at,
                                           Gender want) const {
    const NameIndex& idx = index();
    const auto it = idx.full_by_part.find(
        fold_apostrophes(std::string_view(surname).substr(surname.rfind(' ') + 1)));
    if (it == idx.full_by_part.end()) return nullptr;
    const std::string low = ascii::lowered(surname);
    const NameMention* found = nullptr;
    for (const std::uint32_t i : it->second) {
      const NameMention& m = idx.names[i];
      if (m.name.size() <= surname.size() || !gender_compatible(want, idx.own_gender[i]) ||
          m.name[m.name.size() - surname.size() - 1] != ' ' ||
          ascii::lowered(std::string_view(m.name).substr(m.name.size() - surname.size())) != low)
        continue;
      if (found && m.begin > at) break;
      found = &m;
    }
    return found;
  }

  // Whether the text's "Mr. X" / "Mrs. X" mostly mean someone of the other gender than the
  // only full holder it gives: "the first lady, Michelle Obama" once, "Mr. Obama" a dozen
  // times. A bare "Obama" then is not Michelle.
  static bool other_gender_prevails(const NameIndex& idx, const std::string& part,
                                    const NameMention& holder) {
    const Gender g = mention_gender(holder);
    if (g == Gender::unknown) return false;
    const auto it = idx.said_of_part.find(part);
    if (it == idx.said_of_part.end()) return false;
    const Gender other = g == Gender::male ? Gender::female : Gender::male;
    const auto held = idx.full_count.find(holder.name);
    return it->second[static_cast<std::size_t>(other)] >
           (held == idx.full_count.end() ? 0 : held->second);
  }

  // What a mention's own words say of its gender: its title, else its given name.
  static Gender mention_gender(const NameMention& m) {
    if (m.said != Gender::unknown) return m.said;
    const Gender g = m.title.empty() ? Gender::unknown : gender_of_title(m.title);
    if (g != Gender::unknown || m.parts.size() < 2) return g;
    return gender_of_given_name(m.parts.front());
  }

  // The first holder in `list` that `fits`, looking at a bounded number of them.
  template <class Fits>
  static const NameMention* first_fitting(const NameIndex& idx,
                                          const std::vector<std::uint32_t>& list, Fits fits) {
    for (std::size_t k = 0; k < list.size() && k < 64; ++k)
      if (fits(list[k])) return &idx.names[list[k]];
    return nullptr;
  }

  // `want`: the gender the short mention's own title gives ("Mr. Obama" is never Michelle
  // Obama); holders of another gender are passed over.
  static const NameMention* full_name_in(const NameIndex& idx, const std::string& part,
                                         std::uint32_t at, Gender want = Gender::unknown) {
    const auto it = idx.full_by_part.find(part);
    if (it == idx.full_by_part.end()) return nullptr;
    const auto& list = it->second;  // in text order
    const auto fits = [&](std::uint32_t i) { return gender_compatible(want, idx.own_gender[i]); };
    auto after =
        std::upper_bound(list.begin(), list.end(), at,
                         [&](std::uint32_t v, std::uint32_t i) { return v < idx.names[i].begin; });
    const NameMention* near = nullptr;
    for (auto b = after; b != list.begin();) {
      const NameMention& m = idx.names[*--b];
      if (m.end > at || !fits(*b)) continue;
      if (at - m.end >= kNearFullName) break;
      if (near && near->name != m.name) return first_fitting(idx, list, fits);  // two nearby
      near = &m;
    }
    const NameMention* first = first_fitting(idx, list, fits);
    if (!first) return nullptr;
    if (want == Gender::unknown && other_gender_prevails(idx, part, near ? *near : *first))
      return nullptr;
    if (!near || near->name == first->name) return first;
    // The nearby holder loses to a first-introduced one the article names far more often
    // ("Chelsea Clinton" near a bare "Clinton" in an article about Hillary Clinton), or when
    // the text brought the nearby one in as kin ("Mr. Bush's father, George Bush").
    if (idx.kin_named.contains(near->name) && !idx.kin_named.contains(first->name)) return first;
    return idx.full_count.at(first->name) >= 3 * idx.full_count.at(near->name) ? first : near;
  }

  // The gender a person's name or title tells: from the title, the given name, or what the
  // text says of the same name elsewhere ("Mr. Clarke" makes "Tom Clarke" male).
  Gender name_gender(const std::string& name, const std::string& title) const {
    if (const Gender g = gender_of_title(title); g != Gender::unknown) return g;
    const NameIndex& idx = index();
    if (const auto it = idx.gender_by_name.find(name); it != idx.gender_by_name.end())
      return it->second;
    const auto space = name.find(' ');
    if (space == std::string::npos) return Gender::unknown;
    return gender_of_given_name(std::string_view(name).substr(0, space));
  }

  // Where the sentence holding `at` starts: after the last . ! ? that ends a word which is no
  // abbreviation, or after a line break; a bounded look-back.
  std::uint32_t sentence_start(std::uint32_t at,
                               std::uint32_t look_back = kSentenceLookBack) const {
    const std::uint32_t floor = at > look_back ? at - look_back : 0;
    for (std::uint32_t k = at; k > floor; --k) {
      const char c = text_[k - 1];
      if (c == '\n') return k;
      if ((c != '.' && c != '!' && c != '?') || k >= at || text_[k] != ' ') continue;
      if (c == '.') {
        std::uint32_t w = k - 1;
        while (w > floor && text_[w - 1] != ' ' && text_[w - 1] != '\n') --w;
        if (is_abbreviation(text_.substr(w, k - w))) continue;
      }
      return k + 1;
    }
    return floor;
  }

  // Whether name i of the index may be what a "he" or "she" of gender g stands for: its
  // gender fits, and it is known to be a person (a gender, a title, an initial, or a speaker
  // already) rather than any capitalized run ("Pacific Ocean", "Presidential Debates").
  bool antecedent_fits(std::size_t i, Gender g) const {
    const NameIndex& idx = index();
    if (!gender_compatible(g, idx.gender[i])) return false;
    const NameMention& m = idx.names[i];
    if (after_preposition(m.begin)) return false;
    if (idx.gender[i] != Gender::unknown || !m.title.empty() || person_key_.contains(m.name))
      return true;
    if (g_.person_side(m.name).has_value()) return true;
    return m.parts.size() >= 2 && plain_name(m);
  }

  // Whether the word before `at` is a preposition (the lexicon's): the name there is an object
  // ("Campaigning against Mitt Romney in 2012, he …"), which a reader does not take a pronoun to
  // mean. With `past_title`, capitalized words in between are skipped: "after meeting with
  // Russian President Vladimir Putin".
  bool after_preposition(std::uint32_t at, bool past_title = false) const {
    std::uint32_t end = at;
    for (int words = 0; words < 4; ++words) {
      while (end > 0 && text_[end - 1] == ' ') --end;
      std::uint32_t begin = end;
      while (begin > 0 && ascii::is_alpha(text_[begin - 1])) --begin;
      if (end == begin) return false;
      const std::string_view word = text_.substr(begin, end - begin);
      if (!past_title || !ascii::is_upper(word.front())) return is_preposition(lower(word));
      end = begin;
    }
    return false;
  }

  // A run of capitals with no place, body or thing word in it: "Tom Clarke", not "New York",
  // "Pacific Ocean" or "WASHINGTON".
  bool plain_name(const NameMention& m) const {
    if (has_capitalized_org_word(m.name) || g_.side_of(m.name)) return false;
    for (const auto& p : m.parts) {
      if (word_set<kThingWords>().contains(p) || g_.side_of(p).has_value()) return false;
      if (p.size() > 1 && ascii::is_upper(p[1])) return false;
    }
    return true;
  }

  // Whether a "he"/"she" of gender g stands in [from, to), outside the quoted content.
  bool pronoun_between(std::uint32_t from, std::uint32_t to, Gender g) const {
    const std::string_view words[] = {g == Gender::female ? "she" : "he",
                                      g == Gender::female ? "She" : "He"};
    if (to <= from) return false;
    const std::string_view span = text_.substr(from, to - from);
    for (std::string_view w : words)
      for (std::size_t k = span.find(w); k != std::string_view::npos; k = span.find(w, k + 1)) {
        const std::size_t at = from + k;
        const bool left = at == 0 || !ascii::is_alpha(text_[at - 1]);
        const bool right = at + w.size() >= text_.size() || !ascii::is_alpha(text_[at + w.size()]);
        if (left && right && !inside_content(static_cast<std::uint32_t>(at))) return true;
      }
    return false;
  }

  // The first "<Sponsor> <noun>" after `from` in the text's opening ("a Bloomberg poll"), as
  // a view from its first capitalized word; empty when the noun comes without a name.
  std::string_view work_named_after(std::uint32_t from, std::string_view noun) const {
    const std::string_view zone = text_.substr(from, 3 * kHeadZone);
    for (std::size_t k = zone.find(noun); k != std::string_view::npos; k = zone.find(noun, k + 1)) {
      const std::size_t end = k + noun.size();
      if (k < 2 || zone[k - 1] != ' ' || (end < zone.size() && ascii::is_alpha(zone[end])))
        continue;
      // Back over the capitalized words before the noun, and the few plain words a poll's
      // name carries: "a new Washington Post-ABC News national poll".
      static constexpr std::string_view kPlain[] = {"national", "nationwide", "tracking", "opinion",
                                                    "exit",     "online",     "state",    "new",
                                                    "latest",   "recent"};
      std::size_t begin = k, named = k;
      while (begin >= 2 && zone[begin - 1] == ' ') {
        std::size_t w = begin - 1;
        while (w > 0 && zone[w - 1] != ' ' && zone[w - 1] != '\n') --w;
        const std::string_view word = zone.substr(w, begin - 1 - w);
        if (word.empty()) break;
        if (ascii::is_upper(word[0]))
          named = w;
        else if (!word_set<kPlain>().contains(word))
          break;
        begin = w;
      }
      // From where the phrase's speaker key starts: the words after its article.
      if (named < k) return zone.substr(begin, end - begin);
    }
    return {};
  }

  // Whether a noun names a person or their party: a role word ("governor"), a word with a
  // person suffix ("blogger", "committeeman", "executives"), or a party ("Democrat").
  bool names_person(std::string_view noun) const {
    const std::string l = lower(noun);
    static constexpr std::string_view kPeopleNouns[] = {
        "friend", "colleague", "aide",   "wife",  "husband", "son",   "daughter", "brother",
        "sister", "mother",    "father", "widow", "cousin",  "chief", "head",     "spouse",
        "boss",   "deputy",    "ally",   "rival", "friends", "aides", "allies",   "sons"};
    if (is_role_word(l) || g_.side_of(noun) || word_set<kPeopleNouns>().contains(l)) return true;
    for (std::string_view suffix : {"er", "or", "ist", "man", "woman", "ive", "ant", "ent"})
      if (l.ends_with(suffix) ||
          (l.ends_with('s') && std::string_view(l).substr(0, l.size() - 1).ends_with(suffix)) ||
          l.ends_with("men"))
        return true;
    return false;
  }

  // The side of a group by its words: its head noun ("analysts" are independent), else the
  // country or body it names ("U.S. officials").
  std::string group_side(std::string_view phrase, std::string_view head_noun) const {
    if (word_set<kIndependentGroups>().contains(head_noun)) return "independent";
    // Where private people are does not say whom they speak for: "Protesters in Tbilisi".
    if (auto s = g_.side_in(without_locations(phrase, g_), !is_private_role(head_noun))) return *s;
    return "unknown";
  }

  // The speaker of the enclosing content when a "they" at `at` opens it: "Half of Vermont
  // Democrats said they want …", "78 percent of voters in a recent CBS News poll said they
  // think …". Only a plural speaker: one person is no "they".
  std::optional<std::uint32_t> parent_as_subject(std::uint32_t at) const {
    if (!parent_content_ || !parent_speaker_ ||
        speakers_[*parent_speaker_].kind == SpeakerKind::person)
      return std::nullopt;
    for (const ByteSpan& c : *parent_content_) {
      if (at < c.begin || at >= c.end) continue;
      std::string_view before = text_.substr(c.begin, at - c.begin);
      if (before.starts_with("that ")) before.remove_prefix(5);
      if (trim(before).empty()) return parent_speaker_;
    }
    return std::nullopt;
  }

  bool inside_content(std::uint32_t pos) const {
    if (!content_) return false;
    for (const ByteSpan& c : *content_)
      if (pos >= c.begin && pos < c.end) return true;
    return false;
  }

  // The antecedent a reader picks for "he" or "she" at `at`: a compatible person named
  // earlier in the same sentence outside the quotation (the leftmost: the subject); else the
  // subject of a sentence written since the last compatible person quoted; else that person;
  // else the nearest compatible person named before.
  std::optional<std::uint32_t> person_for_pronoun(Gender g, std::uint32_t at) {
    const NameIndex& idx = index();
    const auto& names = idx.names;
    // Inside reported speech ("Flynn said Trump was right when he said …") the pronoun is
    // the reported clause's own subject: the nearest compatible person named in it.
    if (parent_content_)
      for (const ByteSpan& c : *parent_content_) {
        if (at < c.begin || at >= c.end) continue;
        auto it =
            std::lower_bound(names.begin(), names.end(), at,
                             [](const NameMention& m, std::uint32_t v) { return m.begin < v; });
        while (it != names.begin()) {
          const NameMention& m = *--it;
          if (m.begin < c.begin) break;
          const auto i = static_cast<std::size_t>(it - names.begin());
          // A possessor ("a gun in Scott's hand") is not the clause's subject.
          if (opens_possessive(text_.substr(m.end, 4))) continue;
          if (!inside_content(m.begin) && antecedent_fits(i, g)) return person_of(m);
        }
      }
    const std::uint32_t start = sentence_start(at);
    // The names of this sentence start here; the look-back below goes the other way from it.
    const auto sentence_names =
        std::lower_bound(names.begin(), names.end(), start,
                         [](const NameMention& m, std::uint32_t v) { return m.begin < v; });
    for (auto it = sentence_names; it != names.end() && it->end <= at; ++it) {
      const auto i = static_cast<std::size_t>(it - names.begin());
      if (inside_content(it->begin) || !antecedent_fits(i, g)) continue;
      // "He said he …": an earlier pronoun is the subject; follow the chain instead.
      if (!pronoun_between(start, it->begin, g)) return person_of(*it);
      break;
    }
    std::optional<std::uint32_t> quoted;
    std::uint32_t quoted_at = 0;
    for (auto r = recent_persons_.rbegin(); r != recent_persons_.rend(); ++r)
      if (gender_compatible(g, gender_[r->first])) {
        quoted = r->first;
        quoted_at = r->second;
        break;
      }
    const std::uint32_t floor = at > kPronounLookBack ? at - kPronounLookBack : 0;
    auto back = sentence_names;
    std::optional<std::size_t> nearest, nearest_sure;
    while (back != names.begin()) {
      const NameMention& m = *--back;
      const auto i = static_cast<std::size_t>(back - names.begin());
      if (m.begin < floor || (quoted && m.begin <= quoted_at)) break;
      // A name the quotation itself speaks of ("Obama had will.i.am," he said) is no antecedent.
      if (inside_content(m.begin) || !antecedent_fits(i, g)) continue;
      if (!nearest) nearest = i;
      // A "she" takes the nearest woman over an earlier subject whose gender nothing says
      // ("… Pat Kennedy is the greatest … a message from … Wendy Sherman … she wrote").
      // Not a possessor ("Ivanka Trump's statement"), nor over the speaker just quoted.
      if (g != Gender::unknown && idx.gender[i] == g && !nearest_sure &&
          !opens_possessive(text_.substr(m.end, 4)))
        nearest_sure = i;
      // (The quoted speaker's mention and the name the index holds for it may start apart:
      // "Conservative economist Aparna Mathur".)
      constexpr std::uint32_t kSameMention = 200;
      if (nearest_sure && idx.gender[i] == Gender::unknown &&
          !(quoted && quoted_at + kSameMention > m.begin && m.begin + kSameMention > quoted_at)) {
        const std::uint32_t opens = sentence_start(m.begin);
        if (i == 0 || names[i - 1].end <= opens) return person_of(names[*nearest_sure]);
        continue;
      }
      // A subject: the first name of its sentence, with no pronoun of the same gender before
      // it ("The difference, he told me, is … Mr. Trump": the subject is "he").
      const std::uint32_t opens = sentence_start(m.begin);
      // The quoted speaker opened this sentence, though not as a name the index knows
      // ("Obama said after meeting with … Putin"): a name after a preposition there is no
      // subject. (An addressee may answer: "Tapper asked Trump".)
      if (quoted && quoted_at >= opens && quoted_at < m.begin && after_preposition(m.begin, true))
        break;
      if (i == 0 || names[i - 1].end <= opens) {
        if (pronoun_between(opens, m.begin, g)) break;
        return person_of(m);
      }
    }
    if (quoted) return quoted;
    if (nearest) return person_of(names[*nearest]);
    if (!last_person_ || gender_compatible(g, gender_[*last_person_])) return last_person_;
    // No subject of the pronoun's gender: a reader settles for the nearest such person named
    // as an object ("the very words of Abraham Lincoln … He concluded"), not for the last
    // speaker, who is of the other.
    for (auto b = sentence_names; b != names.begin();) {
      const NameMention& m = *--b;
      if (m.begin < floor) break;
      const auto i = static_cast<std::size_t>(b - names.begin());
      if (!inside_content(m.begin) && gender_compatible(g, idx.gender[i]) &&
          (idx.gender[i] == g || (m.parts.size() >= 2 && plain_name(m))))
        return person_of(m);
    }
    return std::nullopt;
  }

  // "…, which": the noun phrase before the comma ("members of the Saudi government, which
  // denied"), from its last "of"/"for"/"from", resolved like a source of its own.
  std::optional<std::uint32_t> body_before(std::uint32_t at) {
    const std::string_view phrase = phrase_before(at);
    // Only a body or a country: anything else ("a study", "brain cancer") says nothing of who.
    const bool body = !phrase.empty() && phrase.size() <= 80 &&
                      (g_.side_in(phrase) || has_capitalized_org_word(phrase) ||
                       mentions_any<kOrgWords>(lower(phrase)));
    if (!body) return nearest_name_before(at);
    return classify_and_link(phrase, "", static_cast<std::uint32_t>(phrase.data() - text_.data()));
  }

  // "…, who": a group the phrase before names ("Democrats and Republicans, who have
  // questioned"), else the nearest name.
  std::optional<std::uint32_t> person_or_group_before(std::uint32_t at) {
    std::string_view phrase = phrase_before(at);
    // Past a place after the group: "nervous Democrats on Capitol Hill, who".
    for (std::string_view place : {" on ", " in ", " at ", " from "})
      if (const auto k = phrase.rfind(place); k != std::string_view::npos &&
                                              k + place.size() < phrase.size() &&
                                              ascii::is_upper(phrase[k + place.size()]))
        phrase = phrase.substr(0, k);
    if (phrase.empty() || !word_set<kGroupNouns>().contains(lower(last_word_of(phrase))))
      return nearest_name_before(at);
    auto space = phrase.rfind(' ');
    // The group's own words: capitals and "and" before the plural ("both Democrats and
    // Republicans" → "Democrats and Republicans").
    while (space != std::string_view::npos) {
      const auto prev = phrase.rfind(' ', space - 1);
      const std::string_view w =
          phrase.substr(prev == std::string_view::npos ? 0 : prev + 1,
                        space - (prev == std::string_view::npos ? 0 : prev + 1));
      if (w.empty() || (!ascii::is_upper(w[0]) && w != "and")) break;
      space = prev;
    }
    if (space != std::string_view::npos) phrase = phrase.substr(space + 1);
    if (phrase.starts_with("and ")) phrase.remove_prefix(4);
    return classify_and_link(phrase, "", static_cast<std::uint32_t>(phrase.data() - text_.data()));
  }

  // What an "it" at `at` stands for: the body or country that opens its sentence as its
  // subject ("The United Nations Security Council on Friday condemned … what it called", "The
  // report also said … It said"), or the previous sentence's when "It" opens its own.
  // `other_subject` is set when a subject that is no body opens it ("The Missouri bill …. It
  // appeared", "The Russians … as it claims"): the "it" is that, not the last body.
  std::optional<std::uint32_t> body_for_it(std::uint32_t at, bool* other_subject) {
    std::uint32_t start = sentence_start(at);
    if (start >= at && at >= 2) start = sentence_start(at - 2);
    const std::string_view sentence = text_.substr(start, at - start);
    // Word by word up to the subject's verb: a capitalized run (with the "of", "for", "and",
    // "on" inside names), then lower-case words ("The Kazakh government").
    std::size_t k = sentence.starts_with("The ") ? 4 : 0;
    // A sentence that opens with anything else ("In a blog post, Twitter said", "But") has
    // its subject further in: no help.
    if (k == 0) {
      std::size_t e = 0;
      while (e < sentence.size() && ascii::is_alpha(sentence[e])) ++e;
      if (e == 0 || lookup_word(lower(sentence.substr(0, e)))) return std::nullopt;
    }
    std::size_t run_end = 0, end = 0, words = 0;
    bool lower_seen = false;
    while (k < sentence.size() && words < 7) {
      std::size_t e = k;
      while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',') ++e;
      const std::string_view w = sentence.substr(k, e - k);
      if (w.empty()) break;
      const bool inner = (w == "of" || w == "for" || w == "and" || w == "on") && run_end > 0;
      if (ascii::is_upper(w[0]) && !lower_seen) {
        run_end = end = e;
      } else if (!inner) {
        const std::string lw = lower(w);
        const LexEntry* lex = lookup_word(lw);
        // Right after the name, a word in -s is its verb: "The FBI needs to stay out … unless
        // it wants".
        const bool third_person =
            !lower_seen && run_end > 0 && lw.size() > 3 && lw.ends_with('s') && !lw.ends_with("ss");
        const bool verbish = (lex && lex->tag != tag::word && lex->tag != tag::determiner) ||
                             (lw.size() > 3 && (lw.ends_with("ed") || lw.ends_with("ly"))) ||
                             !ascii::is_lower(w[0]) || third_person;
        if (verbish || words >= 4) break;
        lower_seen = true;
        end = e;
      }
      ++words;
      if (e >= sentence.size() || sentence[e] == ',') break;
      k = e + 1;
    }
    if (end == 0 || words >= 7) return std::nullopt;  // nothing, or a title-case headline
    // "The Commission on Presidential Debates", not "the Council on Friday".
    const std::string_view phrase = without_time(sentence.substr(0, end));
    const std::string_view bare = strip_determiner(phrase);
    if (!lower_seen) {
      // A people or a party's members are a "they": "The Russians", "Republicans".
      if (bare.ends_with("ans")) *other_subject = true;
      if (*other_subject) return std::nullopt;
      // A lone word read as a surname is the body "it" stands for: "Twitter said in a
      // statement that it condemns …".
      if (bare.find(' ') == std::string_view::npos && !g_.side_of(bare) &&
          gender_of_given_name(bare) == Gender::unknown && named_inside_sentence(bare, at))
        if (const auto idx = classify_and_link(phrase, "", start); idx && as_body(*idx)) return idx;
      if (!g_.is_country(bare) && !has_capitalized_org_word(bare) && !g_.side_of(bare))
        return std::nullopt;  // an unknown name says nothing
      return classify_and_link(phrase, "", start);
    }
    // A body named by its common noun: "The report", "The Kazakh government", "The group".
    const std::string head = lower(last_word_of(bare));
    if (word_set<kWorkNouns>().contains(head) || mentions_any<kOrgWords>(head) ||
        word_set<kBodyHeads>().contains(head))
      return classify_and_link(phrase, "", start);
    *other_subject = true;
    return std::nullopt;
  }

  // The news outlet named last in the text before `at`, within a few paragraphs.
  std::optional<std::uint32_t> outlet_before(std::uint32_t at) {
    constexpr std::uint32_t kLookBack = 1500;
    const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
    const auto outlet = g_.last_outlet_in(text_.substr(floor, at - floor), [](std::string_view w) {
      return ends_newspaper_name(lower(w));
    });
    if (!outlet) return std::nullopt;
    // Named as an organization directly: a look-up by name might take "CNN:" for a label.
    const auto side = g_.side_of(*outlet);
    return find_or_add("org:" + lower(*outlet), std::string(*outlet), SpeakerKind::organization, "",
                       side ? *side : "media");
  }

  // The body a definite description at `at` refers back to: the last name before it that
  // holds the noun ("the Commission on Presidential Debates" for "the commission") or that
  // the noun follows ("the Trump campaign", "Clinton's campaign" for "the campaign").
  std::optional<std::uint32_t> named_body_before(std::string_view noun, std::uint32_t at) {
    constexpr std::uint32_t kLookBack = 3000;
    const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
    const std::string_view window = text_.substr(floor, at - floor);
    const auto is_word_char = [](char c) {
      return ascii::is_alnum(c) || c == '\'' || c == '.' || c == '-' ||
             static_cast<unsigned char>(c) >= 0x80;
    };
    const auto capitalized_at = [&](std::size_t b) {
      return b < window.size() && ascii::is_upper(window[b]);
    };
    for (std::size_t k = window.size(); k > 0;) {
      // Case-blind search backwards for the noun as a whole word, in place: a lowered copy of
      // the window and rfind cost 0.5% of all extraction in instructions.
      std::size_t hit = std::string_view::npos;
      for (std::size_t i = k; i-- > 0;) {
        if (i + noun.size() > window.size()) continue;
        if (ascii::to_lower(window[i]) != noun[0]) continue;
        bool same = true;
        for (std::size_t j = 1; j < noun.size() && same; ++j)
          same = ascii::to_lower(window[i + j]) == noun[j];
        if (!same) continue;
        const std::size_t e = i + noun.size();
        if ((i > 0 && is_word_char(window[i - 1])) ||
            (e < window.size() && ascii::is_alpha(window[e])))
          continue;
        hit = i;
        break;
      }
      if (hit == std::string_view::npos) return std::nullopt;
      k = hit;
      // The capitalized words before it, with "of"/"for"/"on" inside names.
      std::size_t b = hit;
      while (b > 0) {
        std::size_t pb = b - 1;
        while (pb > 0 && window[pb - 1] == ' ') --pb;
        if (pb == 0 || window[pb] != ' ') break;
        std::size_t wb = pb;
        while (wb > 0 && is_word_char(window[wb - 1])) --wb;
        if (wb == pb || !capitalized_at(wb) || lookup_word(lower(window.substr(wb, pb - wb))))
          break;  // "The", "Yesterday" open the sentence, not the name
        b = wb;
      }
      std::size_t e = hit + noun.size();
      if (capitalized_at(hit)) {
        // The name may go on after the noun, through "of", "for" or "on" when a capital
        // follows: "Commission on Presidential Debates".
        for (std::size_t n = e; n + 1 < window.size() && window[n] == ' ';) {
          const std::size_t wb = n + 1;
          std::size_t we = wb;
          while (we < window.size() && is_word_char(window[we])) ++we;
          const std::string_view w = window.substr(wb, we - wb);
          n = we;
          if (w == "of" || w == "for" || w == "on") continue;
          if (!capitalized_at(wb)) break;
          e = we;
        }
        while (e > hit && !ascii::is_alnum(window[e - 1])) --e;
      } else if (b == hit) {
        continue;  // a common noun with no name before it: "the campaign" again
      }
      const std::string_view name = window.substr(b, e - b);
      if (name.find(' ') == std::string_view::npos) continue;  // "Network" opening a sentence
      return classify_and_link(name, "", floor + static_cast<std::uint32_t>(b));
    }
    return std::nullopt;
  }

  // The speaker label that opens the paragraph holding `at` ("WALLACE:", "MR. PENCE:"), in
  // title case so that it resolves like a surname; empty when the paragraph has none.
  std::string transcript_label(std::uint32_t at) const {
    const auto nl = text_.rfind('\n', at);
    std::size_t k = nl == std::string_view::npos ? 0 : nl + 1;
    while (k < at && (text_[k] == '"' || text_[k] == ' ')) ++k;
    const std::size_t begin = k;
    std::size_t letters = 0;
    while (k < at &&
           (ascii::is_upper(text_[k]) || text_[k] == ' ' || text_[k] == '.' || text_[k] == '-')) {
      letters += ascii::is_upper(text_[k]) ? 1 : 0;
      ++k;
    }
    if (k >= at || text_[k] != ':' || letters < 2 || k - begin > 40) return {};
    return title_cased(text_.substr(begin, k - begin));
  }

  // "United Nations peacekeepers are not prepared …, though they find": the plural noun
  // phrase that opens the sentence holding a "they" at `at`, up to its first verb.
  // A "They" that opens its sentence looks at the previous one ("Voting rights advocates have
  // expressed deep concern. They cite …").
  std::optional<std::uint32_t> plural_subject_before(std::uint32_t at) {
    std::uint32_t start = sentence_start(at);
    if (start >= at && at >= 2) start = sentence_start(at - 2);
    if (start >= at) return std::nullopt;
    const std::string_view sentence = text_.substr(start, at - start);
    std::size_t end = 0, words = 0;
    for (std::size_t k = 0; k < sentence.size() && words <= 6;) {
      std::size_t e = k;
      while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',') ++e;
      const LexEntry* lex = lookup_word(lower(sentence.substr(k, e - k)));
      if (lex && (lex->tag == tag::aux || lex->tag == tag::cue || lex->tag == tag::tell)) break;
      end = e;
      ++words;
      // An example list after the subject is no part of it: "Proponents, including the
      // United States Conference of Mayors, have urged … although they say".
      if (e < sentence.size() && sentence[e] == ',' &&
          (sentence.substr(e).starts_with(", including ") ||
           sentence.substr(e).starts_with(", such as ")))
        break;
      if (e >= sentence.size() || sentence[e] == ',') return std::nullopt;
      k = e + 1;
    }
    const std::string_view phrase = sentence.substr(0, end);
    // The head noun stands before a place or body after it: "Some Democrats in Congress".
    std::string_view head = phrase;
    for (std::string_view prep : {" in ", " on ", " at ", " from "})
      if (const auto k = head.find(prep); k != std::string_view::npos) head = head.substr(0, k);
    const std::string_view last = last_word_of(head);
    // The sentence's first word is capitalized whatever it is: "Proponents", "Millennials"
    // (people, not "Things were bad"); so are parties and peoples ("Some Democrats").
    const bool lower_case =
        ascii::is_lower(last[0]) ||
        (last.size() > 1 && ascii::is_lower(last[1]) &&
         (last.size() == head.size() ? names_people(lower(last))
                                     : word_set<kGroupNouns>().contains(lower(last))));
    if (words == 0 || words > 6 || last.size() < 4 || !lower_case || !last.ends_with('s') ||
        last.ends_with("ss"))
      return std::nullopt;
    return classify_and_link(phrase, "", start);
  }

  // The noun phrase that a relative at `at` follows, from its last "of"/"for"/"from"/"by".
  std::string_view phrase_before(std::uint32_t at) const {
    std::uint32_t end = at;
    // Past spaces, commas and the quotation marks of a quoted phrase: ‘"some people" who’.
    for (bool more = true; more;) {
      more = false;
      while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == ',' || text_[end - 1] == '"'))
        --end, more = true;
      if (end >= 3 && text_.substr(end - 3, 2) == "\xE2\x80" &&
          (text_[end - 1] == '\x9D' || text_[end - 1] == '\x99'))
        end -= 3, more = true;
    }
    // A speaker phrase is short: its start is looked for only this far back.
    const std::uint32_t start = sentence_start(end, 200);
    std::string_view phrase = text_.substr(start, end - start);
    for (std::string_view cut : {" of ", " for ", " from ", " by ", " to ", ", "}) {
      const auto k = phrase.rfind(cut);
      if (k != std::string_view::npos) phrase = phrase.substr(k + cut.size());
    }
    return phrase;
  }

  // "Trump's supporters" → "Donald Trump's supporters", when the owner is a person and the
  // rest a plural of people, a team or one role ("Obama's former campaign strategist").
  std::optional<std::uint32_t> possessor_people(std::string_view bare, std::uint32_t at) {
    // Some of them speak for the same side: "one of Mr. Obama's climate advisers".
    for (std::string_view some : {"one of ", "some of ", "many of ", "several of ", "two of ",
                                  "One of ", "Some of ", "Many of ", "Several of ", "Two of "})
      if (bare.starts_with(some)) {
        const auto o = possessor_people(bare.substr(some.size()), at);
        if (!o) return std::nullopt;
        const Speaker owner = speakers_[*o];
        return derived(*o, find_or_add("owned:" + lower(bare), std::string(bare),
                                       some.starts_with("one") || some.starts_with("One")
                                           ? SpeakerKind::anonymous
                                           : SpeakerKind::group,
                                       "", owner.side));
      }
    std::size_t mark = bare.find("'s ");
    std::size_t width = 3;
    if (mark == std::string_view::npos) {
      mark = bare.find("\xE2\x80\x99s ");
      width = 5;
    }
    // A name ending in "s" may take the apostrophe alone: "Sanders’ campaign".
    for (const std::string_view bare_mark :
         {std::string_view("s' "), std::string_view("s\xE2\x80\x99 ")})
      if (mark == std::string_view::npos)
        if (const auto k = bare.find(bare_mark); k != std::string_view::npos) {
          mark = k + 1;
          width = bare_mark.size() - 1;
        }
    if (mark == std::string_view::npos || mark == 0 || !ascii::is_upper(bare[0]))
      return std::nullopt;
    const std::string_view owner = bare.substr(0, mark), rest = bare.substr(mark + width);
    const std::string rest_lower = lower(rest);
    const std::string_view last = last_word_of(rest_lower);
    const bool people = word_set<kGroupNouns>().contains(last) ||
                        word_set<kEntourageNouns>().contains(last) || last == "team" ||
                        last == "camp" || is_role_word(last) ||
                        // A body that is the owner's own: "Burr's office", "Cruz's campaign".
                        last == "office" || last == "campaign";
    if (rest.empty() || !ascii::is_lower(rest[0]) || !people || has_capitalized_org_word(owner) ||
        g_.side_of(owner))
      return std::nullopt;
    const auto o = classify_and_link(owner, "", at);
    if (!o || speakers_[*o].kind != SpeakerKind::person) return std::nullopt;
    // One aide, just after someone the text named who has no title of their own: "David
    // Axelrod on Wednesday called … Obama's former campaign strategist said" is Axelrod. Not
    // kin, who are new people ("Trump's daughter"), nor a prominent person, nobody's aide.
    if (head_noun_of(rest_lower) == last && is_role_word(last) && !last.ends_with('s') &&
        !word_set<kKinNouns>().contains(last))
      if (auto hit = salient_person_for_role(last, rest_lower, std::nullopt, at);
          hit && *hit != *o && !g_.person_side(speakers_[*hit].name) &&
          !index().titled_by_name.contains(speakers_[*hit].name)) {
        Speaker& aide = speakers_[*hit];
        if (aide.affiliation.empty()) aide.affiliation = std::string(bare);
        if (aide.side == "unknown") aide.side = speakers_[*o].side;
        return hit;
      }
    return owned(*o, rest);
  }

  // "Those close to him" → "Those close to Terry McAuliffe", on his side. `close` is where
  // kCloseTo starts in `head`.
  std::optional<std::uint32_t> close_to(std::string_view head, std::size_t close,
                                        std::uint32_t at) {
    const std::size_t owner_at = close + kCloseTo.size();
    const std::string_view after = head.substr(owner_at);
    const std::string after_lower = lower(after);
    std::optional<std::uint32_t> owner;
    if (after_lower == "him" || after_lower == "her")
      owner = person_for_pronoun(after_lower == "him" ? Gender::male : Gender::female, at);
    else if (after_lower == "them")
      owner = last_plural_;
    else if (!after.empty() && ascii::is_upper(after[0]))
      owner = classify_and_link(after, "", at + static_cast<std::uint32_t>(owner_at));
    if (!owner) return std::nullopt;
    const Speaker o = speakers_[*owner];  // a copy: adding a speaker may reallocate
    const std::string name = std::string(head.substr(0, owner_at)) + o.name;
    const std::string first = lower(head.substr(0, head.find(' ')));
    const SpeakerKind kind = first == "a" || first == "an" || first == "one"
                                 ? SpeakerKind::anonymous
                                 : SpeakerKind::group;
    return derived(*owner, find_or_add("close:" + lower(name), name, kind, "", o.side));
  }

  // "his advisers" → "Barack Obama's advisers", on his side; "her campaign" likewise.
  std::optional<std::uint32_t> possessed(std::string_view head, std::uint32_t at) {
    const auto space = head.find(' ');
    const std::string owner_word = lower(head.substr(0, space));
    const std::string_view rest = head.substr(space + 1);
    std::optional<std::uint32_t> owner;
    if (owner_word == "their") {
      // The plural subject of the sentence, else the last group: "Scott's relatives, including
      // his wife, watched the videos, according to their attorneys".
      owner = plural_subject_before(at);
      if (!owner) owner = last_plural_;
    } else {
      owner = person_for_pronoun(owner_word == "his" ? Gender::male : Gender::female, at);
    }
    if (!owner) return std::nullopt;
    // Kin the text names is that person, of the family's surname: "his wife Michelle".
    if (const auto sp = rest.find(' '); sp != std::string_view::npos && sp + 1 < rest.size() &&
                                        ascii::is_upper(rest[sp + 1]) &&
                                        word_set<kKinNouns>().contains(lower(rest.substr(0, sp)))) {
      const Speaker& o = speakers_[*owner];
      std::string name(rest.substr(sp + 1));
      if (name.find(' ') == std::string::npos && o.kind == SpeakerKind::person &&
          o.name.find(' ') != std::string::npos)
        name += o.name.substr(o.name.rfind(' '));
      return person(name, std::string(rest.substr(0, sp)), "", at);
    }
    return owned(*owner, rest);
  }

  // What belongs to a speaker and speaks for them: "Barack Obama's advisers", on his side.
  std::uint32_t owned(std::uint32_t owner, std::string_view rest) {
    const Speaker o = speakers_[owner];  // a copy: adding a speaker may reallocate
    const std::string rest_lower = lower(rest);
    const auto words = split(rest_lower, ' ');
    const std::string_view last = words.empty() ? std::string_view() : words.back();
    SpeakerKind kind = SpeakerKind::anonymous;
    if (word_set<kGroupNouns>().contains(last) || word_set<kEntourageNouns>().contains(last) ||
        last == "team")
      kind = SpeakerKind::group;
    else if (mentions_any<kOrgWords>(last) ||
             (!is_role_word(last) && mentions_any<kOrgWords>(rest_lower)))
      kind = SpeakerKind::organization;  // not "his campaign strategist", one person
    // A plural owner takes the apostrophe alone: "Scott's relatives' attorneys".
    const bool plural_owner = o.kind != SpeakerKind::person && o.name.ends_with('s');
    const std::string name = o.name + (plural_owner ? "' " : "'s ") + std::string(rest);
    if (word_set<kKinNouns>().contains(last))
      return find_or_add("owned:" + lower(name), name, kind, "", "unknown");
    return derived(owner, find_or_add("owned:" + lower(name), name, kind, "", o.side));
  }

  std::optional<std::uint32_t> nearest_name_before(std::uint32_t at, std::uint32_t within = 200) {
    const auto& names = index().names;  // in text order, so their ends increase
    auto it = std::upper_bound(names.begin(), names.end(), at,
                               [](std::uint32_t v, const NameMention& m) { return v < m.end; });
    if (it == names.begin() || at - std::prev(it)->end >= within) return last_any_;
    const NameMention& best = *std::prev(it);
    return person_of(best);
  }

  // The latest person (a speaker so far, or a titled name in the text) whose title fits.
  std::optional<std::uint32_t> person_with_role(std::string_view titles,
                                                std::string_view description,
                                                const std::optional<std::string>& side,
                                                std::uint32_t at, char party = 0,
                                                bool head_only = false) {
    // The role is what follows a possessive: "the Republican presidential nominee's eldest
    // daughter" is a daughter, not the nominee. With `head_only`, the role must be the title's
    // last word: "the state" is no "Secretary of State".
    const auto fits = [&](std::string_view title_lower) {
      const std::string_view role = after_possessive(title_lower);
      if (!head_only) return title_fits(role, titles, description);
      const std::string_view head = last_word_of(role);
      return (head == titles || head == abbreviated(titles)) &&
             !role.ends_with(" of " + std::string(titles));
    };
    // The titled names before `at`, latest first, looking back a bounded number of them.
    const NameIndex& idx = index();
    auto end =
        std::upper_bound(idx.titled.begin(), idx.titled.end(), at,
                         [&](std::uint32_t v, std::uint32_t i) { return v < idx.names[i].begin; });
    for (std::size_t tried = 0; end != idx.titled.begin() && tried < kMaxTitlesTried * 10;
         ++tried) {
      const NameMention& m = idx.names[*--end];
      const std::string title = lower(m.title);
      // "King Solomon Missionary Baptist Church" is no king's name.
      if (!fits(title) || has_capitalized_org_word(m.name)) continue;
      if (side && person_side(m.name, "", m.title) != *side) continue;
      // "The Democratic presidential nominee" is not the Republican one.
      if (const char p = party_of(title); party && p && p != party) continue;
      return person_of(latest_of_list(m, at));
    }
    return std::nullopt;
  }

  // Of the names a plural title lists ("hosts Joe Scarborough and Mika Brzezinski"), the one
  // the text names last before `at`; `m` is the list's last name that fits.
  const NameMention& latest_of_list(const NameMention& m, std::uint32_t at) const {
    const NameIndex& idx = index();
    std::unordered_set<std::string_view> listed;
    std::uint32_t next_begin = m.begin;
    for (std::size_t k = static_cast<std::size_t>(&m - idx.names.data()); k-- > 0;) {
      const NameMention& o = idx.names[k];
      if (o.title != m.title || o.end + kListGap < next_begin) break;
      listed.insert(o.name);
      next_begin = o.begin;
    }
    if (listed.empty()) return m;
    listed.insert(m.name);
    auto b = std::upper_bound(idx.names.begin(), idx.names.end(), at,
                              [](std::uint32_t v, const NameMention& n) { return v < n.begin; });
    for (std::size_t tried = 0; b != idx.names.begin() && tried < kMaxTitlesTried * 10; ++tried)
      if (const NameMention& o = *--b; listed.contains(o.name)) return o;
    return m;
  }

  std::optional<std::uint32_t> salient_person_for_role(std::string_view titles,
                                                       std::string_view description,
                                                       const std::optional<std::string>& side,
                                                       std::uint32_t at, char party = 0) {
    const auto hit = person_for_pronoun(Gender::unknown, at);
    if (!hit) return std::nullopt;
    Speaker& s = speakers_[*hit];
    if (s.kind != SpeakerKind::person) return std::nullopt;
    // A person the text has not described takes the description's side ("Bush went after
    // Trump … the former Florida governor said"), unless the same sentence names that person
    // before it, when the description is someone else ("In an interview with hosts Joe
    // Scarborough and Mika Brzezinski, the Democratic candidate said").
    const auto named_earlier_in_sentence = [&] {
      const std::uint32_t from = sentence_start(at);
      return text_.substr(from, at - from).find(last_word_of(s.name)) != std::string_view::npos;
    };
    const bool undescribed =
        s.side == "unknown" && (s.affiliation.empty() || only_described_.contains(*hit)) &&
        s.title.empty() && !description.starts_with("one ") &&
        std::count(description.begin(), description.end(), ' ') < 5 && !named_earlier_in_sentence();
    if (side && s.side != *side && !undescribed) return std::nullopt;
    const NameIndex& idx = index();
    // A party in the description ("The Democratic nominee") must not be the other one the
    // text gives the person, in the affiliation or a title.
    char given = party ? party_of(lower(s.affiliation)) : 0;
    // Any title the text gives this person (the first few) must be one the role stands for.
    if (const auto it = idx.titled_by_name.find(s.name); it != idx.titled_by_name.end())
      for (std::size_t k = 0; k < it->second.size() && k < kMaxTitlesTried; ++k) {
        const std::string t = lower(idx.names[it->second[k]].title);
        if (party && !given) given = party_of(t);
        // A standing in a race is no office: "front-runner Donald Trump" is "the mogul".
        const auto last = last_word_of(t);
        if (!title_fits(t, titles, description) && is_role_word(last) && last != "front-runner" &&
            last != "frontrunner" && last != "hopeful")
          return std::nullopt;
      }
    if (given && given != party) return std::nullopt;
    if (side && undescribed) s.side = *side;
    return hit;
  }

  // "Twitter said … The company said": the speaker just before, when it is a body of no
  // state whose name lacks the noun. A lone capitalized word read as a surname ("Twitter")
  // with nothing to say it is a person is that body.
  std::optional<std::uint32_t> body_just_quoted(std::string_view noun) {
    if (!last_any_ || !word_set<kGenericBodies>().contains(noun)) return std::nullopt;
    Speaker& s = speakers_[*last_any_];
    if (s.side != "unknown") return std::nullopt;
    if (as_body(*last_any_)) return last_any_;
    return std::nullopt;
  }

  // Whether the text gives a capitalized word after a lower-case one ("said Twitter"), as a
  // name and not only as the first word of a sentence ("Regardless").
  // Looked for near `at` only, as "the Post" is: a corpus pasted as one text would otherwise
  // be searched whole for every "it".
  bool named_inside_sentence(std::string_view word, std::uint32_t at) const {
    const std::uint32_t from = at > kOutletLookBack ? at - kOutletLookBack : 0;
    const std::string_view near = text_.substr(from, 2 * kOutletLookBack);
    for (std::size_t k = near.find(word); k != std::string_view::npos; k = near.find(word, k + 1))
      if (k >= 2 && near[k - 1] == ' ' && ascii::is_lower(near[k - 2])) return true;
    return false;
  }

  // Whether a speaker is a body, or could be one and now is: a lone capitalized word taken for
  // a surname, with no title, description or gender to say it is a person.
  bool as_body(std::uint32_t idx) {
    Speaker& s = speakers_[idx];
    if (s.kind == SpeakerKind::organization) return true;
    if (s.kind != SpeakerKind::person || s.name.find(' ') != std::string::npos ||
        !s.title.empty() || !s.affiliation.empty() || gender_[idx] != Gender::unknown)
      return false;
    s.kind = SpeakerKind::organization;
    return true;
  }

  // Records that `idx` speaks for `owner`: a side the owner gets later is theirs too.
  std::uint32_t derived(std::uint32_t owner, std::uint32_t idx) {
    if (owner != idx) owners_.emplace_back(idx, owner);
    return idx;
  }

  std::uint32_t find_or_add(const std::string& key, std::string name, SpeakerKind kind,
                            std::string affiliation, std::string side) {
    if (const auto it = other_key_.find(key); it != other_key_.end()) return it->second;
    const auto idx = add(std::move(name), kind, std::move(affiliation), std::move(side));
    other_key_[key] = idx;
    return idx;
  }

  std::uint32_t add(std::string name, SpeakerKind kind, std::string affiliation, std::string side) {
    Speaker s;
    s.id = static_cast<std::uint32_t>(speakers_.size() + 1);
    // A no-break space arrives as two spaces ("75 percent of\u00a0Democrats"): a name has one.
    for (auto k = name.find("  "); k != std::string::npos; k = name.find("  ", k)) name.erase(k, 1);
    s.name = std::move(name);
    s.kind = kind;
    s.affiliation = std::string(trim(affiliation));
    s.side = std::move(side);
    speakers_.push_back(std::move(s));
    gender_.push_back(Gender::unknown);
    return static_cast<std::uint32_t>(speakers_.size() - 1);
  }

  void remember(std::uint32_t idx) {
    last_any_ = idx;
    switch (speakers_[idx].kind) {
      case SpeakerKind::person:
        if (idx != narrator_) last_person_ = idx;
        break;
      case SpeakerKind::anonymous: {
        // Only a single unnamed person ("a U.S. official") is a "he" or "she" later.
        const std::string& n = speakers_[idx].name;
        if (n.starts_with("a ") || n.starts_with("an ") || n.starts_with("A ") ||
            n.starts_with("An "))
          last_person_ = idx;
        break;
      }
      case SpeakerKind::group:
        last_plural_ = idx;
        break;
      case SpeakerKind::organization:
      case SpeakerKind::country:
        last_thing_ = idx;
        // "They" often stands for a government or body, seldom for a newspaper: "The Hill
        // reported. … You know what they say".
        if (speakers_[idx].side != "media") last_plural_ = idx;
        break;
    }
  }

  std::string_view text_;
  const Gazetteer& g_;
  std::optional<std::uint32_t> narrator_;  // "the author", once an "I" speaks
  const NameIndex& index() const {
    if (!index_) {
      index_.emplace();
      build_index(*index_);
    }
    return *index_;
  }

  // The description after a full name: "Jorge G. Castañeda, a former Mexican foreign
  // minister who …" gives "a former Mexican foreign minister". Empty when none follows.
  std::string apposition_after(std::uint32_t end) const {
    const std::string_view rest = text_.substr(end, 160);
    std::size_t k = 0;
    for (std::string_view open : {", a ", ", an ", ", the "})
      if (rest.starts_with(open)) k = 2;
    if (k == 0) return {};
    const std::size_t stop = rest.find_first_of(",.;()\n\"", k);
    if (stop == std::string_view::npos) return {};
    std::string_view apposition = rest.substr(k, stop - k);
    for (std::string_view cut : {" who ", " whose ", " which ", " that ", " -- ", " \xE2\x80\x94"})
      if (const auto c = apposition.find(cut); c != std::string_view::npos)
        apposition = apposition.substr(0, c);
    // A clause is no description: "Donald Trump, the answer is no".
    if (has_verb(apposition)) return {};
    return std::string(apposition);
  }

  // The description a name stands in apposition to: "His campaign manager, Jeff Weaver,",
  // "Nevada's governor, Brian Sandoval,". Empty unless it opens with an article or a
  // possessive and ends in a role word.
  std::string description_before(std::uint32_t begin, Gender* owner = nullptr) const {
    if (begin < 4 || text_.substr(begin - 2, 2) != ", ") return {};
    const std::uint32_t from = begin > 80 ? begin - 80 : 0;
    std::string_view phrase = text_.substr(from, begin - 2 - from);
    if (const auto k = phrase.find_last_of(",.;:\n\"("); k != std::string_view::npos)
      phrase = phrase.substr(k + 1);
    phrase = trim(phrase);
    if (phrase.empty() || !is_role_word(last_word_of(phrase))) return {};
    // The role is a goal, not the head: "In her quest for the nomination for president, X".
    if (phrase.ends_with(" for " + std::string(last_word_of(phrase)))) return {};
    static constexpr std::string_view kOpeners[] = {"The", "A", "An", "the", "a", "an"};
    // A possessive pronoun is the owner's, not this person's: it would tell the owner's
    // gender ("His campaign manager, Jeff Weaver" → "campaign manager").
    static constexpr std::string_view kPronouns[] = {"His", "Her", "Their", "his", "her", "their"};
    // The noun phrase opens at an article or possessive within the last few words, after
    // any clause: "he summoned his senior climate adviser, Brian Deese".
    const std::vector<std::string_view> words = split(phrase, ' ');
    std::size_t k = words.size() > kDescriptionWords ? words.size() - kDescriptionWords : 0;
    for (; k < words.size(); ++k) {
      const std::string_view w = words[k];
      if (!word_set<kOpeners>().contains(w) && !word_set<kPronouns>().contains(w) &&
          !w.ends_with("'s") && !w.ends_with("\xE2\x80\x99s"))
        continue;
      const std::string_view np = phrase.substr(static_cast<std::size_t>(w.data() - phrase.data()));
      // Not a clause, nor a coordination: "the president and the first lady, Michelle Obama".
      if (!has_verb(np) && np.find(" and ") == np.npos && np.find(" or ") == np.npos) break;
    }
    if (k == words.size()) return {};
    const std::string_view first = words[k];
    phrase.remove_prefix(static_cast<std::size_t>(first.data() - phrase.data()));
    const bool pronoun = word_set<kPronouns>().contains(first);
    if (pronoun) phrase.remove_prefix(std::min(phrase.size(), first.size() + 1));
    if (pronoun && owner)
      *owner = first[1] == 'i' ? Gender::male : first[1] == 'e' ? Gender::female : Gender::unknown;
    return std::string(phrase);
  }

  // Whether a phrase holds a verb of saying or an auxiliary: then it is a clause.
  static bool has_verb(std::string_view phrase) {
    char buf[24];
    for (auto w : split(phrase, ' ')) {
      if (w.size() > sizeof buf) continue;
      for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii::to_lower(w[i]);
      if (const LexEntry* e = lookup_word(std::string_view(buf, w.size()));
          e && (e->tag == tag::aux || e->tag == tag::cue || e->tag == tag::tell))
        return true;
    }
    return false;
  }

  void build_index(NameIndex& x) const {
    x.names = find_person_names(text_, g_);
    add_short_mentions(x.names);
    std::vector<std::pair<std::uint32_t, Gender>> owned;  // "his aide, X": X and his gender
    for (std::uint32_t i = 0; i < x.names.size(); ++i) {
      NameMention& m = x.names[i];
      if (m.title.empty() && m.parts.size() >= 2) {
        m.title = apposition_after(m.end);
        Gender owner = Gender::unknown;
        if (m.title.empty()) m.title = description_before(m.begin, &owner);
        if (owner != Gender::unknown) owned.emplace_back(i, owner);
      }
    }
    x.own_gender.resize(x.names.size());
    std::unordered_map<std::string_view, Gender> of_given;  // given name -> gender, looked up once
    for (std::size_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      Gender g = m.said != Gender::unknown ? m.said
                 : m.title.empty()         ? Gender::unknown
                                           : gender_of_title(m.title);
      if (g == Gender::unknown && m.parts.size() >= 2) {
        const auto [it, fresh] = of_given.try_emplace(m.parts.front(), Gender::unknown);
        if (fresh) it->second = gender_of_given_name(m.parts.front());
        g = it->second;
      }
      x.own_gender[i] = g;
    }
    for (std::uint32_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      // A building or a firm named after someone is not that someone's full name: "Trump
      // Tower" gives "Mr. Trump" no name.
      if (m.parts.size() >= 2 && !word_set<kBuildingWords>().contains(m.parts.back())) {
        for (const auto& p : m.parts) x.full_by_part[p].push_back(i);
        ++x.full_count[m.name];
        if (kin_before(m.begin)) x.kin_named.insert(m.name);
      }
      if (m.parts.size() == 1 && m.said != Gender::unknown)
        ++x.said_of_part[m.parts.front()][static_cast<std::size_t>(m.said)];
    }
    // A bare surname stands for the full name the text gives for it.
    for (NameMention& m : x.names)
      if (m.name.empty()) {
        const NameMention* full = full_name_in(x, m.parts.front(), m.begin, mention_gender(m));
        m.name = full ? full->name : m.parts.front();
      }
    for (std::uint32_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      if (!m.title.empty()) {
        x.titled_by_name[m.name].push_back(i);
        // A title on a surname alone is also the full name's: "Ohio Gov. Kasich" titles John
        // Kasich. The mention keeps its own name, which pronouns are matched against.
        if (m.parts.size() == 1)
          if (const NameMention* full = full_name_in(x, m.name, m.begin, mention_gender(m));
              full && full->parts.back() == m.name)
            x.titled_by_name[full->name].push_back(i);
        x.titled.push_back(i);
        x.title_heads.insert(lower(last_word_of(m.title)));
      }
      const std::string_view after = text_.substr(m.end, 4);
      if (after == " (R-" || after == " (D-" || after == " (I-" || after == " (R)" ||
          after == " (D)")
        x.us_party.insert(m.name);
    }
    // Genders: what a mention's title or given name says, then spread to the other mentions
    // of the same name and surname ("Mr. Clarke" makes "Tom Clarke" male).
    x.gender.resize(x.names.size());
    std::unordered_map<std::string, Gender> by_surname;
    // Whose mentions gave the surname its gender: the one name, or empty for several.
    std::unordered_map<std::string_view, std::string_view> surname_holder;
    for (std::size_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      const Gender g = x.own_gender[i];
      x.gender[i] = g;
      if (g == Gender::unknown) continue;
      note_gender(x.gender_by_name, m.name, g);
      note_gender(by_surname, m.parts.back(), g);
      if (const auto [it, fresh] = surname_holder.try_emplace(m.parts.back(), m.name);
          !fresh && it->second != m.name)
        it->second = {};
    }
    for (std::size_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      if (const auto it = x.gender_by_name.find(m.name); it != x.gender_by_name.end()) {
        x.gender[i] = it->second;
      } else if (const auto s = by_surname.find(m.parts.back());
                 m.parts.size() == 1 && s != by_surname.end() &&
                 (m.name.find(' ') == std::string::npos ||
                  surname_holder.at(m.parts.back()) == m.name)) {
        // Only a bare surname takes a holder's gender: "Rakeyia Scott" is not her husband
        // Keith Lamont Scott's "he". Nor does a bare surname that stands for another holder:
        // "Fiorina" for Carly Fiorina is not her husband Frank's "he".
        x.gender[i] = s->second;
        x.gender_by_name.emplace(m.name, s->second);
      }
    }
    // "He summoned his senior climate adviser, Brian Deese": the owner is the last name
    // before of the possessive's gender.
    for (const auto& [i, want] : owned)
      for (std::uint32_t j = i; j-- > 0 && x.names[j].end + kOwnerReach > x.names[i].begin;)
        if (x.gender[j] == want && x.names[j].name != x.names[i].name) {
          x.owner_by_name.try_emplace(x.names[i].name, j);
          break;
        }
  }

  // Whether a kin noun stands right before `at`, with or without a comma: "his father, George
  // Bush", "her husband Frank".
  bool kin_before(std::uint32_t at) const {
    std::string_view before = text_.substr(0, at);
    if (!before.ends_with(' ')) return false;
    before.remove_suffix(1);
    if (before.ends_with(',')) before.remove_suffix(1);
    return word_set<kKinNouns>().contains(last_word_of(before));
  }

  // The first gender noted for a key sticks; a contradiction makes it unknown for good.
  static void note_gender(std::unordered_map<std::string, Gender>& map, const std::string& key,
                          Gender g) {
    const auto [it, fresh] = map.try_emplace(key, g);
    if (!fresh && it->second != g) it->second = Gender::unknown;
  }

  // Adds a mention (name still empty) for every capitalized word that is a word of a full name
  // the text gives, outside the names already found: "Trump" after "Donald Trump". Keeps
  // `names` in text order.
  void add_short_mentions(std::vector<NameMention>& names) const {
    // Views into `names`, which stays in place until the merge below.
    std::unordered_set<std::string_view> parts, judged;
    for (const auto& m : names)
      if (m.parts.size() >= 2 && judged.insert(m.name).second && plain_name(m))
        for (const auto& p : m.parts) parts.insert(p);
    if (parts.empty()) return;
    // Which (first letter, length) pairs the parts have: most capitalized words of a text
    // ("The", "But", "Washington") are then passed over without hashing.
    std::array<std::uint64_t, 26> shapes{};
    for (std::string_view p : parts)
      if (!p.empty() && ascii::is_upper(p[0]))
        shapes[static_cast<std::size_t>(p[0] - 'A')] |= std::uint64_t{1}
                                                        << std::min<std::size_t>(p.size(), 63);
    std::vector<NameMention> shorts;
    std::size_t next = 0;  // the first found name not yet passed
    const std::size_t n = text_.size();
    for (std::size_t i = 0; i < n;) {
      while (i < n && !(text_[i] >= 'A' && text_[i] <= 'Z')) ++i;  // the common case: a tight loop
      if (i >= n) break;
      if (i > 0 && (ascii::is_alnum(text_[i - 1]) || text_[i - 1] == '-' || text_[i - 1] == '\'' ||
                    text_[i - 1] == '.')) {
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < text_.size() && (ascii::is_alnum(text_[e]) || text_[e] == '-')) ++e;
      while (next < names.size() && names[next].end <= i) ++next;
      const bool inside = next < names.size() && names[next].begin <= i;
      // The word holds letters, digits and hyphens only, so it needs no apostrophe folding.
      const bool shaped =
          (shapes[static_cast<std::size_t>(text_[i] - 'A')] >> std::min<std::size_t>(e - i, 63)) &
          1;
      if (const auto word = text_.substr(i, e - i);
          shaped && !inside && e - i >= 2 && parts.contains(word)) {
        NameMention m;
        m.begin = static_cast<std::uint32_t>(i);
        m.end = static_cast<std::uint32_t>(e);
        m.parts.emplace_back(word);
        shorts.push_back(std::move(m));
      }
      i = e;
    }
    if (shorts.empty()) return;
    std::vector<NameMention> merged;
    merged.reserve(names.size() + shorts.size());
    std::merge(std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()),
               std::make_move_iterator(shorts.begin()), std::make_move_iterator(shorts.end()),
               std::back_inserter(merged),
               [](const NameMention& a, const NameMention& b) { return a.begin < b.begin; });
    names = std::move(merged);
  }

  mutable std::optional<NameIndex> index_;
  // Sides of bare roles found elsewhere in the text, by title (side_of_role_named_before).
  mutable std::unordered_map<std::string, std::optional<std::string>> role_side_;
  std::vector<Speaker> speakers_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> owners_;  // (derived, owner) indices
  // People whose affiliation is only a description the text used for them ("the minority
  // leader"), which a later description with a side may still complete.
  std::unordered_set<std::uint32_t> only_described_;
  std::map<std::string, std::uint32_t> person_key_;                   // full name -> speaker
  std::map<std::string, std::uint32_t, std::less<>> person_by_part_;  // a name's word -> speaker
  std::map<std::string, std::uint32_t> other_key_;                    // kind:description -> speaker
  std::optional<std::uint32_t> last_person_, last_plural_, last_thing_, last_any_;
  std::optional<std::uint32_t> last_work_;  // the last study, poll or report that spoke
  std::string last_work_noun_;              // its head noun: "survey"
  // The latest person speakers with where each was mentioned, oldest first.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> recent_persons_;
  std::vector<Gender> gender_;                      // of each speaker
  const std::vector<ByteSpan>* content_ = nullptr;  // the content of the attribution resolved
  const std::vector<ByteSpan>* parent_content_ = nullptr;  // the content it is nested in
  std::optional<std::uint32_t> parent_speaker_;            // who speaks that content
  std::unordered_map<std::uint32_t, std::uint32_t> speaker_by_attribution_;  // by id
};
}  // namespace

namespace {
constexpr std::string_view kOfficialGroups[] = {"police",      "lawmakers",   "senators",
                                                "officials",   "prosecutors", "investigators",
                                                "authorities", "aides",       "officers"};

// Whether a role is held in a body that is no state's: "president of the United Federation of
// Teachers", "spokeswoman for the EB-5 Investment Coalition".
bool serves_private_body(std::string_view affiliation) {
  // The body in front of the role: "Virginia AFL-CIO President".
  if (const std::string_view role = last_word_of(affiliation);
      is_role_word(role) &&
      mentions_any<kPrivateBodies>(lower(affiliation.substr(0, affiliation.size() - role.size()))))
    return true;
  for (std::string_view link : {" of ", " for "}) {
    const auto at = affiliation.find(link);
    if (at == std::string_view::npos) continue;
    std::string_view body = affiliation.substr(at + link.size());
    body = body.substr(0, body.find(", "));
    if (mentions_any<kPrivateBodies>(lower(body))) return true;
  }
  return false;
}

// A reader's default: an official whose title names no country speaks for the side the
// article is about — the side most of its other speakers have.
// The country of the places a text names most (countries, capitals, US states), for a text
// whose speakers name none: "the Labor Secretary" in a story from New York and Washington.
// Looked up word by word and by pairs of capitalized words ("New York").
std::map<std::string, std::uint32_t> place_weight(std::string_view text, const Gazetteer& g) {
  std::map<std::string, std::uint32_t> weight;
  const auto words = split(text, ' ');
  // Punctuation around a word goes, but initials keep their last period: "U.S." is no "U.S".
  const auto bare = [](std::string_view w) {
    const std::string_view whole = w;
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    if (w.find('.') != std::string_view::npos && w.size() < whole.size() && whole[w.size()] == '.')
      w = whole.substr(0, w.size() + 1);
    while (!w.empty() && !ascii::is_alnum(w.front())) w.remove_prefix(1);
    return w;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = bare(words[i]);
    if (w.empty() || !ascii::is_upper(w[0])) continue;
    if (i + 1 < words.size() && w.size() == words[i].size()) {
      const std::string_view next = bare(words[i + 1]);
      if (!next.empty() && ascii::is_upper(next[0])) {
        const std::string pair = std::string(w) + " " + std::string(next);
        if (g.is_place(pair)) {
          ++weight[*g.side_of(pair)];
          ++i;
          continue;
        }
      }
    }
    if (g.is_place(w)) ++weight[*g.side_of(w)];
  }
  return weight;
}

void assign_home_side(std::vector<Speaker>& speakers, const Gazetteer& g, std::string_view text) {
  std::map<std::string, std::uint32_t> weight;
  bool from_places = false;
  for (const Speaker& s : speakers)
    if (s.side != "unknown" && s.side != "independent" && s.side != "media")
      weight[s.side] += s.attributions;
  if (weight.empty()) {
    // Only worth reading the text for when someone would take the side.
    const bool officials = std::any_of(speakers.begin(), speakers.end(), [](const Speaker& s) {
      return s.side == "unknown" && s.kind != SpeakerKind::group &&
             mentions_any<kStateRoles>(lower(s.title + " " + s.affiliation + " " + s.name));
    });
    if (officials) weight = place_weight(text, g);
    from_places = true;
  }
  if (weight.empty()) return;
  std::string home;
  std::uint32_t best = 0, total = 0;
  for (const auto& [side, w] : weight) {
    total += w;
    if (w > best) best = w, home = side;
  }
  if (best * 2 <= total) return;  // no side dominates: leave the officials unknown
  const bool country = g.is_country(home);
  for (Speaker& s : speakers) {
    if (s.side != "unknown" || s.kind == SpeakerKind::country) continue;
    const std::string l = lower(s.title + " " + s.affiliation + " " + s.name);
    // A role inside a named body that is no state's: "president of the United Federation of
    // Teachers" heads a union, "spokeswoman for the EB-5 Investment Coalition" speaks for one.
    if (s.kind == SpeakerKind::person && serves_private_body(s.affiliation)) continue;
    // Groups only when all of one service: "the two presidents" may be two sides.
    const bool official =
        from_places ? s.kind != SpeakerKind::group &&
                          (mentions_any<kStateRoles>(l) || (s.kind == SpeakerKind::organization &&
                                                            mentions_any<kGovernmentBodies>(l)))
        : s.kind == SpeakerKind::group ? mentions_any<kOfficialGroups>(l)
        : s.kind == SpeakerKind::organization
            ? mentions_any<kGovernmentBodies>(l) || lower(s.name).starts_with("federal ")
            : mentions_any<kOfficialRoles>(l) || (country && mentions_any<kElectoralRoles>(l)) ||
                  // A judge of a high court: "Justice Scalia" (not "a criminal justice expert").
                  s.title == "Justice" || s.title.ends_with("Court Justice") ||
                  s.title.ends_with("Chief Justice") || s.title.ends_with("Associate Justice");
    if (official) s.side = home;
  }
}

// People the text shows working for an outlet, though no description of theirs says so:
// "According to Jack Kelly, writing for RealClearPolitics", "on Hugh Hewitt's radio show".
void mark_media_people(SpeakerResolution& r, const std::vector<Attribution>& attributions,
                       std::string_view text, const Gazetteer& g) {
  const auto unknown_person = [&](std::uint32_t idx) {
    return r.speakers[idx].kind == SpeakerKind::person && r.speakers[idx].side == "unknown";
  };
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    if (!r.speaker_of[i] || !attributions[i].source || !unknown_person(*r.speaker_of[i])) continue;
    const std::string_view after = text.substr(attributions[i].source->end, 80);
    for (const std::string_view writing : {", writing for ", ", writing in ", ", writing at "}) {
      if (!after.starts_with(writing)) continue;
      const std::string_view rest = after.substr(2);
      const std::string_view clause = rest.substr(0, rest.find_first_of(",:;\n"));
      if (side_of_affiliation(clause, g) != "media") break;
      Speaker& s = r.speakers[*r.speaker_of[i]];
      s.side = "media";
      if (s.affiliation.empty()) s.affiliation = std::string(clause);
      break;
    }
  }
  // Hosts, read once from the text: the capitalized words before "'s radio show". A host is
  // known by a full name, so the text is read only when such a person lacks a side.
  bool any_unknown = false;
  for (std::uint32_t idx = 0; idx < r.speakers.size(); ++idx)
    any_unknown |= unknown_person(idx) && r.speakers[idx].name.find(' ') != std::string::npos;
  if (!any_unknown) return;
  std::unordered_set<std::string_view> hosts;
  for (const std::string_view show : {"show", "podcast", "radio program"})
    for (std::size_t k = text.find(show); k != std::string_view::npos; k = text.find(show, k + 1)) {
      if (k + show.size() < text.size() && ascii::is_alpha(text[k + show.size()])) continue;
      std::string_view before = text.substr(0, k);
      for (const std::string_view kind : {"radio ", "talk ", "TV ", "television "})
        if (before.ends_with(kind)) before.remove_suffix(kind.size());
      if (before.ends_with("'s "))
        before.remove_suffix(3);
      else if (before.ends_with("\xE2\x80\x99s "))
        before.remove_suffix(5);
      else
        continue;
      // Back over up to four capitalized words: the host's name.
      std::size_t b = before.size();
      for (int words = 0; words < 4 && b > 0; ++words) {
        std::size_t w = before.find_last_of(" \n", b - 1);
        w = w == std::string_view::npos ? 0 : w + 1;
        if (w >= b || !ascii::is_upper(before[w])) break;
        hosts.insert(before.substr(w));
        if (w == 0 || before[w - 1] != ' ') break;
        b = w - 1;
      }
    }
  for (std::uint32_t idx = 0; idx < r.speakers.size(); ++idx)
    if (unknown_person(idx) && hosts.contains(r.speakers[idx].name)) r.speakers[idx].side = "media";
}

}  // namespace

std::string_view speaker_kind_name(SpeakerKind k) {
  switch (k) {
    case SpeakerKind::person:
      return "person";
    case SpeakerKind::organization:
      return "organization";
    case SpeakerKind::country:
      return "country";
    case SpeakerKind::group:
      return "group";
    case SpeakerKind::anonymous:
      return "anonymous";
  }
  return "person";
}

SpeakerResolution resolve_speakers(std::string_view text,
                                   const std::vector<Attribution>& attributions,
                                   const Gazetteer& gazetteer) {
  SpeakerResolution r;
  r.speaker_of.resize(attributions.size());
  // Resolve in reading order of the source mentions, so a pronoun sees what a reader saw.
  std::vector<std::size_t> order(attributions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto pos = [&](std::size_t i) {
    const Attribution& a = attributions[i];
    return a.source ? a.source->begin : a.content.front().begin;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) { return pos(x) < pos(y); });
  std::unordered_map<std::uint32_t, std::size_t> by_id;
  for (std::size_t i = 0; i < attributions.size(); ++i) by_id[attributions[i].id] = i;
  // A no-break space ("Vermont\u00A0Sen. Bernie Sanders") parts words as a space does; two
  // ASCII spaces in its place keep every byte offset.
  std::string spaced;
  if (text.find("\xC2\xA0") != std::string_view::npos) {
    spaced = text;
    for (std::size_t at = 0; (at = spaced.find("\xC2\xA0", at)) != std::string::npos; at += 2)
      spaced.replace(at, 2, "  ");
    text = spaced;
  }
  Resolver resolver(text, gazetteer);
  for (std::size_t i : order) {
    const Attribution& a = attributions[i];
    const Attribution* parent = nullptr;
    if (a.parent)
      if (const auto it = by_id.find(*a.parent); it != by_id.end())
        parent = &attributions[it->second];
    r.speaker_of[i] = resolver.resolve(a, parent);
  }
  const auto owners = resolver.owners();
  r.speakers = resolver.take();
  resolver.mark_campaigners(r.speakers);
  assign_home_side(r.speakers, gazetteer, text);
  resolver.settle_from_later_appositions(r.speakers);
  // "his advisers" speak for him, whatever side he got from the home side.
  for (const auto& [d, o] : owners)
    if (r.speakers[d].side == "unknown") r.speakers[d].side = r.speakers[o].side;
  mark_media_people(r, attributions, text, gazetteer);
  // A speaker made while weighing a reading that lost (an owner, a titled holder) speaks
  // nowhere: it is no one's to list. The rest are numbered again in order.
  std::vector<std::uint32_t> moved(r.speakers.size());
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < r.speakers.size(); ++i) {
    if (r.speakers[i].attributions == 0) continue;
    moved[i] = kept;
    if (kept != i) r.speakers[kept] = std::move(r.speakers[i]);
    r.speakers[kept].id = kept + 1;
    ++kept;
  }
  r.speakers.resize(kept);
  for (auto& of : r.speaker_of)
    if (of) of = moved[*of];
  return r;
}

}  // namespace whosaid
