// The word lists and small text helpers speaker resolution reads its mentions with: pronouns,
// group and anonymous nouns, outlet and body words, role synonyms; shared by the speaker_*.cpp
// files.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/ascii.hpp"
#include "engine/word_set.hpp"

namespace whosaid::speakers_detail {

inline constexpr std::string_view kPersonPronouns[] = {"he", "she", "him", "her"};

inline constexpr std::string_view kPluralPronouns[] = {"they", "them"};

inline constexpr std::string_view kThingPronouns[] = {"it"};

inline constexpr std::string_view kSelfPronouns[] = {"i", "we", "you"};

inline constexpr std::string_view kRelatives[] = {"who", "which", "that"};

// What ties people to the person they speak for: "Those close to him".
inline constexpr std::string_view kCloseTo = " close to ";

// Capitalized particles that open a surname after an honorific: "Mr. Van Voorhis".
inline constexpr std::string_view kSurnameParticles[] = {"Van", "Von", "De", "Del", "Della", "Di",
                                                         "Da",  "Du",  "Le", "La",  "Al",    "El"};

// Plural nouns that make a phrase a group of speakers.
inline constexpr std::string_view kGroupNouns[] = {
    "analysts",      "experts",     "fact-checkers", "factcheckers",  "reporters",
    "journalists",   "pundits",     "columnists",    "officials",     "observers",
    "critics",       "diplomats",   "economists",    "scholars",      "academics",
    "researchers",   "lawmakers",   "leaders",       "presidents",    "sides",
    "governments",   "countries",   "nations",       "people",        "residents",
    "voters",        "authorities", "ministers",     "commentators",  "historians",
    "strategists",   "specialists", "politicians",   "senators",      "members",
    "investors",     "officers",    "activists",     "protesters",    "democrats",
    "republicans",   "allies",      "partners",      "negotiators",   "delegations",
    "parties",       "states",      "americans",     "critics",       "supporters",
    "opponents",     "citizens",    "scientists",    "others",        "police",
    "insiders",      "aides",       "staff",         "staffers",      "employees",
    "students",      "workers",     "fans",          "demonstrators", "witnesses",
    "neighbors",     "families",    "relatives",     "parents",       "veterans",
    "troops",        "forces",      "prosecutors",   "investigators", "polls",
    "surveys",       "organizers",  "advocates",     "peacekeepers",  "soldiers",
    "delegates",     "lawyers",     "attorneys",     "judges",        "donors",
    "pollsters",     "proponents",  "backers",       "skeptics",      "defenders",
    "conservatives", "liberals",    "progressives",  "boosters",      "loyalists",
    "surrogates",    "groups",      "unions",        "organizations", "companies",
    "firms",         "lobbyists",   "farmers",       "nurses",        "teachers",
    "doctors",       "agents",      "legislators",   "executives",    "watchers",
    "bloggers",      "viewers",     "readers",       "callers",       "listeners",
    "followers",     "consumers",   "shoppers",      "owners",        "users",
    "customers",     "commenters"};

// Groups that speak for nobody but themselves.
inline constexpr std::string_view kIndependentGroups[] = {
    "analysts",   "experts",      "observers",  "scholars",    "academics",   "researchers",
    "economists", "commentators", "historians", "strategists", "specialists", "scientists",
    "pollsters",  "polls",        "surveys",    "watchers"};

// Singular nouns of an unnamed individual: "a U.S. official", "a source".
inline constexpr std::string_view kAnonymousNouns[] = {
    "official", "source",  "diplomat", "person",  "aide",   "adviser",
    "advisor",  "insider", "officer",  "sources", "people", "staffer"};

// People around someone, who speak for them: "advisers to Mr. Obama", "allies of Mr. Putin".
inline constexpr std::string_view kEntourageNouns[] = {
    "advisers", "advisors", "aides",     "allies",          "officials", "supporters", "associates",
    "lawyers",  "staffers", "spokesmen", "representatives", "friends",   "attorneys"};

// Last words of newsroom names.
inline constexpr std::string_view kOutletHeads[] = {
    "news",     "times", "post",      "journal",   "herald",   "tribune",    "gazette",
    "magazine", "radio", "telegraph", "chronicle", "examiner", "journalism", "tv"};

// Last words that make "The …" a newspaper, though as a bare name they may be a surname
// ("Yun Sun") or a word of anything else.
inline constexpr std::string_view kNewspaperHeads[] = {
    "observer", "globe",   "inquirer",  "sun",      "dispatch", "register", "monitor",
    "courier",  "ledger",  "sentinel",  "bulletin", "star",     "press",    "daily",
    "guardian", "mercury", "oregonian", "enquirer", "statesman"};

// Papers named by one word after "The", a word that alone is a surname or a noun ("Fiona
// Hill", "a blaze"): only "The Hill" is the paper.
// State papers named by their readers ("The Tennessean"), listed: "The Texan" may be Cruz.
inline constexpr std::string_view kOneWordPapers[] = {
    "Hill", "Blaze", "Intercept", "Onion", "Tennessean", "Oregonian", "Oklahoman"};

// Whether a lower-case word ends the name of a newspaper that "The" opens ("The Baltimore
// Sun", "The Charlotte Observer").
bool ends_newspaper_name(std::string_view lower_word);

// A party's organs: their staff are partisans, not independent researchers.
inline constexpr std::string_view kPartyBodies[] = {"national committee", "party", "campaign",
                                                    "gop"};

// Words in an affiliation that make a speaker independent of any government.
inline constexpr std::string_view kIndependentWords[] = {
    "professor",          "university",      "institute",   "center",         "centre",
    "consulting company", "consulting firm", "historian",   "political risk", "political scientist",
    "think tank",         "scholar",         "researcher",  "analyst",        "expert",
    "fellow at",          "fellow of",       "fellow with", "senior fellow",  "research fellow",
    "visiting fellow",    "academy",         "school of",   "foundation",     "lecturer",
    "economist",          "college",         "research",    "faculty member", "studies",
    "analyses",           "consultancy",     "observer",    "dean of the",    "institution",
    "endowment",          "program",         "programme"};

inline constexpr std::string_view kMediaWords[] = {"reporter",
                                                   "journalist",
                                                   "correspondent",
                                                   "newspaper",
                                                   "news agency",
                                                   "editor",
                                                   "columnist",
                                                   "broadcaster",
                                                   "editorial board",
                                                   "outlet",
                                                   "host",
                                                   "anchor",
                                                   "pundit",
                                                   "website",
                                                   "news site",
                                                   "blog",
                                                   "fact-checker",
                                                   "moderator",
                                                   "news service",
                                                   "wire service",
                                                   "news network",
                                                   "magazine",
                                                   "journal",
                                                   "publisher",
                                                   "commentator",
                                                   "podcast",
                                                   "newsletter",
                                                   "news organization",
                                                   "fact checker",
                                                   "fact-checking",
                                                   "news account",
                                                   "news report",
                                                   "media report",
                                                   "press report",
                                                   "television network",
                                                   "tv network"};

// What makes a newsroom its state's: "state news agency", "the Vatican's official newspaper".
inline constexpr std::string_view kStateWords[] = {
    "state",    "state-run",  "state-owned",    "state-controlled",
    "official", "government", "government-run", "party"};

// Head nouns of a source that is a work, not a person: "a study by …", "the report".
inline constexpr std::string_view kWorkNouns[] = {
    "study",     "report", "poll",   "survey", "analysis", "paper", "review",  "data",
    "statement", "ruling", "letter", "memo",   "filing",   "audit", "estimate"};

// Documents a person or body issues, which a later "the statement" names again.
inline constexpr std::string_view kIssuedNouns[] = {"statement", "release", "letter", "email",
                                                    "memo"};

// A person's own words, which speak for their owner: "Rubio's statement said", "Shapiro's
// argument reveals".
inline constexpr std::string_view kOwnWordsNouns[] = {
    "statement", "argument", "remarks", "comments", "words",     "tweet",  "tweets",
    "post",      "speech",   "letter",  "op-ed",    "essay",     "column", "memo",
    "email",     "message",  "reply",   "response", "testimony", "blog",   "book"};

// Works one finding may be called by in turn: "a Reuters survey … The study found".
inline constexpr std::string_view kResearchNouns[] = {"study", "poll", "survey", "analysis"};

// Nouns a text calls a news outlet by once it has named it: "the newspaper", "the network".
inline constexpr std::string_view kOutletNouns[] = {
    "newspaper", "paper",       "network", "channel", "broadcaster", "agency",
    "outlet",    "publication", "daily",   "tabloid", "magazine",    "station"};

// A person's family, who speak for themselves, not for the person's side: "His ex-wife".
inline constexpr std::string_view kKinNouns[] = {
    "wife",       "ex-wife",         "husband",  "ex-husband",    "son",      "daughter", "father",
    "mother",     "brother",         "sister",   "family",        "children", "parents",  "widow",
    "son-in-law", "daughter-in-law", "grandson", "granddaughter", "nephew",   "niece"};

// Who speaks for one person, as a title after that person's surname: "Gowdy spokesman Jamal
// Ware", "Trump lawyer Michael Cohen".
inline constexpr std::string_view kStaffRoles[] = {
    "spokesman",     "spokeswoman",      "spokesperson",    "aide",
    "adviser",       "advisor",          "strategist",      "lawyer",
    "attorney",      "campaign manager", "press secretary", "communications director",
    "chief of staff"};

// Nouns a text calls any body by, a company or a charity: "the company", "the group".
inline constexpr std::string_view kGenericBodies[] = {
    "company", "firm", "group", "organization", "nonprofit", "charity", "corporation"};

// Common nouns of bodies beyond kOrgWords that "the …" or "it" may refer back to: "the
// group", "the fund".
inline constexpr std::string_view kBodyHeads[] = {"group", "firm",    "panel",     "board",
                                                  "fund",  "lawsuit", "editorial", "agency"};

// Capitalized words that make a name an organization's: "Committee", "Institute".
inline constexpr std::string_view kCapitalizedOrgWords[] = {
    "Committee",   "Council",    "Commission",   "Department",     "Ministry",    "Agency",
    "Institute",   "University", "Center",       "Centre",         "Foundation",  "Association",
    "Party",       "Office",     "Bureau",       "Administration", "Campaign",    "Company",
    "Corporation", "Bank",       "Fund",         "Group",          "Board",       "Authority",
    "Service",     "Court",      "Organization", "Union",          "League",      "Coalition",
    "Network",     "Project",    "Society",      "Alliance",       "Institution", "Federation",
    "Initiative",  "Academy",    "College",      "Chamber",        "Partnership", "Partners",
    "Club"};

bool has_capitalized_org_word(std::string_view phrase);

// Capitalized words of places, events and things that a run of capitals may hold: such a run
// is no person a pronoun could stand for ("Pacific Ocean", "National Baptist Convention").
inline constexpr std::string_view kThingWords[] = {
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
    "Central",    "Amendment", "Constitution", "Treaty",   "Accord",  "Agreement", "Doctrine",
    "Club",       "Hotel",     "Resort",       "Stadium",  "Arena",   "Casino",    "Restaurant",
    "Library",    "Theater",   "Theatre"};

// Last words of places that a run of capitals may end on: "Bergen County".
inline constexpr std::string_view kPlaceHeads[] = {"County", "City",   "Street", "Avenue", "River",
                                                   "Park",   "Island", "Valley", "Beach",  "Bay",
                                                   "Lake",   "Square", "Hall",   "Airport"};

// Last words of buildings, streets and partnerships named after someone ("Trump Tower").
inline constexpr std::string_view kBuildingWords[] = {
    "Tower", "Towers", "Building", "Plaza", "Hotel", "Bridge", "Road", "Street", "Avenue", "Square",
    "Airport", "Stadium", "Arena",
    // Partnerships, named after their founders: "Paulson Partners" gives "Mr. Paulson" no
    // name (where "Mercury LLC" is what "Mercury" names).
    "Partners", "Associates"};

// Words that make an unnamed phrase an organization.
inline constexpr std::string_view kOrgWords[] = {
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

inline constexpr RoleSynonyms kRoles[] = {
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
    {"politician", "politician|senator|sen.|rep.|governor|gov.|mayor|president"}};

// A party member named by where they come from ("the Wisconsin Republican") is someone the
// text titles by the party, or else the person a "he" there would stand for, when every title
// the text gives that person is a politician's.
inline constexpr RoleSynonyms kPartyMembers[] = {{"republican", "republican"},
                                                 {"democrat", "democrat|democratic"}};
inline bool names_party_member(std::string_view lower_word) {
  return std::any_of(std::begin(kPartyMembers), std::end(kPartyMembers),
                     [&](const RoleSynonyms& r) { return r.role == lower_word; });
}
inline constexpr std::string_view kPoliticianTitles =
    "republican|democrat|democratic|senator|sen.|representative|rep.|congressman|congresswoman|"
    "governor|gov.|speaker|leader|whip|chairman|chairwoman|candidate|nominee|front-runner|"
    "hopeful|mayor|lawmaker|attorney general";

std::string lower(std::string_view s);

bool contains_any_word(std::string_view text_lower, std::string_view word);

// Whether one lower-case word is on a list, or is the plural of a word on it: a hash look-up
// where mentions_any would search the word for every entry.
template <const auto& List>
bool is_listed_or_plural(std::string_view word) {
  return word_set<List>().contains(word) ||
         (word.ends_with('s') && word_set<List>().contains(word.substr(0, word.size() - 1)));
}

// A word list split for mentions_any: its purely alphabetic entries as a set, the others
// ("sen.", "state-run", "think tank") by the word they open with, so that only a text word
// that opens one sends mentions_any to compare; an entry opening with no letter is searched.
struct ListIndex {
  std::unordered_set<std::string_view> words;
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_first_word;
  std::vector<std::string_view> others;
};

template <const auto& List>
const ListIndex& list_index() {
  static const ListIndex index = [] {
    ListIndex ix;
    for (std::string_view w : List) {
      const auto letters = static_cast<std::size_t>(
          std::find_if(w.begin(), w.end(), [](char c) { return !ascii::is_alpha(c); }) - w.begin());
      if (letters == w.size())
        ix.words.insert(w);
      else if (letters > 0)
        ix.by_first_word[w.substr(0, letters)].push_back(w);
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
    if (const auto it = ix.by_first_word.find(w); it != ix.by_first_word.end())
      for (const std::string_view entry : it->second)
        if (contains_any_word(text_lower.substr(i, entry.size() + 2), entry)) return true;
    i = j;
  }
  return false;
}

std::string_view trim(std::string_view s);

// "Trump this week", "Clinton on Monday": the time is no part of who speaks.
std::string_view without_time(std::string_view s);

// "she'll", "they’re", "who’s": the pronoun without its contracted auxiliary.
std::string_view without_contraction(std::string_view s);

// What follows the last possessive: "eldest daughter" of "the nominee's eldest daughter".
std::string_view after_possessive(std::string_view s);

// The last space-separated word: "minister" of "the Chinese foreign minister".
std::string_view last_word_of(std::string_view s);

// A brand writes two words as one with a capital between ("WikiLeaks", "BuzzFeed"); a
// surname does so only after its prefix ("McCain", "DeSantis", "LaHood", "MacArthur").
bool is_brand_name(std::string_view word);

// Capitals with the periods, hyphens and ampersands of initials: "NAACP", "A.F.L.-C.I.O.",
// "AT&T".
bool is_acronym(std::string_view word);

// Whether a lower-case text names a body of a state or a party: see kGovernmentBodies and
// kPublicBodyWords.
bool names_public_body(std::string_view text_lower);

// The last two, for compound heads: "news account" of "one news account".
std::string_view last_two_words_of(std::string_view s);

// A description without its relative clause, which tells what someone did rather than whom
// they speak for: "one of two witnesses" of "one of two witnesses who … the congressman".
inline std::string_view before_relative_clause(std::string_view s) {
  return s.starts_with("who ") ? s.substr(0, 0) : s.substr(0, s.find(" who "));
}

// A source without the occasion that trails it: "Stumpf in a televised interview", "Trump in
// a statement on Friday" (after without_time).
std::string_view without_occasion(std::string_view s);
// The issuer a document stands for: "a statement from the White House" → "the White House",
// "a post from Arianna Huffington", "an analysis of … data by Crowdpac". Only a named
// issuer: "a statement from his campaign" stays as it is.
std::string_view issuer_of_document(std::string_view s);

// "PENCE" → "Pence", "MR. PENCE" → "Mr. Pence": capitals as a name is written.
std::string title_cased(std::string_view s);

bool is_preposition(std::string_view lower_word);

// A joint poll's sponsors as separate words: "Washington Post-ABC News poll", "NBC News/Wall
// Street Journal survey" name the outlets, not the capital.
std::string sponsors_apart(std::string_view s);

// Whether a lower-case plural names people: a listed group ("proponents") or a word with a
// people suffix ("millennials", "farmers").
bool names_people(std::string_view plural);

// Whether people named by this plural speak for whom they surround: "aides", "allies",
// "loyalists"; not "supporters" and "friends", who speak for themselves.
bool speaks_for_owner(std::string_view plural);

// Whether a lower-case title holds one of `titles` ('|'-separated) as `description` means
// it: "the president" is no "vice president" nor "former president" unless it says so.
bool title_fits(std::string_view title, std::string_view titles, std::string_view description);

// The abbreviation a title writes a rank with: "gen." for "general"; empty when none.
std::string_view abbreviated(std::string_view rank);

// Whether lower-case words before "of" give a share of a group: "half", "only 52 percent",
// "nearly eight", "a majority".
bool names_share(std::string_view words);

// The head noun of a description: the last word before its "of", "for", "at", "in" or
// "with" ("The minister of the economy" → "minister", "Nevada's governor" → "governor").
std::string_view head_noun_of(std::string_view description);

std::string_view strip_determiner(std::string_view s);

// Whether `s` opens with a possessive ending: what follows a possessor's name ("Scott's hand").
bool opens_possessive(std::string_view s);

// Government roles whose holder speaks for a state even when the title names none.
inline constexpr std::string_view kOfficialRoles[] = {
    "attorney general", "police", "chief", "governor", "gov.", "senator", "sen.", "rep.",
    "representative", "mayor", "judge", "minister", "secretary", "official", "officer", "spokesman",
    "spokesperson", "spokeswoman", "del.", "delegate", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman",
    "council speaker", "assembly speaker", "councilmember", "council member", "alderman",
    "freeholder", "selectman", "selectwoman", "legislator", "house speaker", "committee chairman",
    "committee chairwoman", "committee chair", "speaker of the house", "majority leader",
    "minority leader", "whip", "lawmaker", "sheriff", "commissioner", "ambassador", "diplomat",
    "general", "gen.", "admiral", "president", "vice president", "prosecutor", "department",
    "agency",
    "campaign",  // "a campaign aide"
    "party chairman", "party chairwoman", "party chair", "committeeman", "committeewoman",
    "party activist", "city manager", "county manager", "town manager", "county executive",
    "public advocate", "delegation", "undersecretary", "under secretary", "adm.",
    // Ranks and services of the armed forces.
    "army", "air force", "navy", "marine corps", "capt.", "lt.", "sgt.", "col.", "maj.", "colonel",
    "lieutenant", "sergeant"};

// Roles that only a state gives: with no speaker to say which state, the places a text
// names decide it. Spokespeople and chiefs also serve companies, so they are not here.
inline constexpr std::string_view kStateRoles[] = {"secretary",
                                                   "senator",
                                                   "sen.",
                                                   "rep.",
                                                   "representative",
                                                   "governor",
                                                   "gov.",
                                                   "mayor",
                                                   "judge",
                                                   "police",
                                                   "congressman",
                                                   "congresswoman",
                                                   "sheriff",
                                                   "prosecutor",
                                                   "attorney general",
                                                   "lawmaker",
                                                   "legislator",
                                                   "assemblyman",
                                                   "assemblywoman",
                                                   "councilman",
                                                   "councilwoman",
                                                   "ambassador",
                                                   "minister",
                                                   "alderman",
                                                   "freeholder",
                                                   "selectman",
                                                   "selectwoman",
                                                   "council speaker",
                                                   "assembly speaker",
                                                   "councilmember",
                                                   "council member",
                                                   "city manager",
                                                   "county manager",
                                                   "town manager",
                                                   "county executive",
                                                   "public advocate",
                                                   "undersecretary",
                                                   "under secretary",
                                                   "admiral",
                                                   "adm.",
                                                   "gen.",
                                                   "army",
                                                   "air force",
                                                   "navy",
                                                   "marine corps",
                                                   "capt.",
                                                   "lt.",
                                                   "sgt.",
                                                   "col.",
                                                   "maj.",
                                                   "colonel",
                                                   "lieutenant",
                                                   "sergeant"};

// Standings in an election: who holds one speaks for the country it is held in, never for
// an international body an article is about.
inline constexpr std::string_view kElectoralRoles[] = {"candidate", "nominee", "hopeful",
                                                       "front-runner", "frontrunner"};

// People who speak for themselves whatever country or candidate their description names: "a
// Donald Trump supporter", "Chinese traders", "a Syrian refugee". A party still says whom a
// partisan backs ("Republican voters").
inline constexpr std::string_view kPrivateRoles[] = {
    "supporter",  "fan",      "voter",   "backer",    "admirer",  "trader",    "owner",
    "resident",   "refugee",  "migrant", "immigrant", "student",  "shopper",   "customer",
    "user",       "reader",   "viewer",  "listener",  "attendee", "volunteer", "caucus-goer",
    "caucusgoer", "traveler", "tourist", "passenger", "worker",   "employee",  "farmer",
    "shopkeeper", "vendor",   "teacher", "nurse",     "parent",   "retiree",   "homeowner",
    "man",        "woman",    "men",     "women",     "novelist", "writer",    "actor",
    "actress",    "artist",   "singer",  "musician",  "poet",     "filmmaker", "comedian",
    "athlete"};

// Bodies of a state that name no country: "the Justice Department", "the Senate"; and any
// name that opens with "Federal" ("the Federal Bureau of Prisons"), where "a Responsible
// Federal Budget" inside a name is a think tank's cause.
inline constexpr std::string_view kGovernmentBodies[] = {"bureau",
                                                         "department",
                                                         "ministry",
                                                         "police",
                                                         "prosecutor",
                                                         "prosecutors",
                                                         "senate",
                                                         "congress",
                                                         "congressional",
                                                         "parliament",
                                                         "army",
                                                         "military",
                                                         "government",
                                                         "board of elections",
                                                         "elections board",
                                                         "election board",
                                                         "legislature",
                                                         "city council",
                                                         "county council",
                                                         "county commission",
                                                         "school board"};

// Words that make a named body a state's or a party's: "the Congressional Budget Office",
// "the Platform Committee", "the House Majority PAC".
inline constexpr std::string_view kPublicBodyWords[] = {
    "office", "agency",   "administration", "commission", "committee", "caucus", "party",
    "gop",    "democrat", "republican",     "pac",        "campaign",  "fund",   "convention",
    "county", "council",  "house",          "federal",    "national",  "state",  "city",
    "court",  "service",  "reserve",        "force",      "guard",     "navy",   "intelligence",
    "staff",  "chiefs",   "assembly",       "corps",      "command",   "cabinet"};

// Head nouns of a journalist's job: "White House correspondent", "Moscow bureau chief".
inline constexpr std::string_view kPressRoles[] = {
    "reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
    "editor",   "columnist", "anchor",     "commentator", "moderator"};

// Whether a lower-case description's head noun is a journalist's job.
inline bool names_press_role(std::string_view lower_description) {
  const std::string_view head = head_noun_of(lower_description);
  return word_set<kPressRoles>().contains(head) ||
         (head == "chief" && lower_description.find("bureau chief") != std::string_view::npos);
}

// Head nouns of the press as a whole: "Turkish media", "state television", "the press".
inline constexpr std::string_view kPressHeads[] = {"media", "television", "tv", "radio", "press"};

// Whether a lower-case description's head noun is the press's, not "social media"'s.
inline bool names_the_press(std::string_view lower_description) {
  return word_set<kPressHeads>().contains(last_word_of(lower_description)) &&
         !lower_description.ends_with("social media");
}

// Bodies that are no state's, whose heads and spokespeople speak for themselves.
inline constexpr std::string_view kPrivateBodies[] = {"federation",
                                                      "union",
                                                      "association",
                                                      "foundation",
                                                      "institute",
                                                      "university",
                                                      "company",
                                                      "corporation",
                                                      "bank",
                                                      "league",
                                                      "coalition",
                                                      "network",
                                                      "workers",
                                                      "chamber",
                                                      "club",
                                                      "society",
                                                      "alliance",
                                                      "afl-cio",
                                                      "organization",
                                                      "advocacy",
                                                      "international",
                                                      "church",
                                                      "patriarchate",
                                                      "diocese",
                                                      "archdiocese",
                                                      "mosque",
                                                      "synagogue",
                                                      "business council",
                                                      "business roundtable"};

}  // namespace whosaid::speakers_detail
