// Name runs and title splitting; see names.hpp.
#include "engine/names.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>

#include "engine/ascii.hpp"
#include "engine/lexicon.hpp"
#include "engine/list_titles.hpp"
#include "engine/split.hpp"
#include "engine/tokenize.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

constexpr std::string_view kHonorifics[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame",
                                            "Mr",  "Mrs",  "Ms",  "Dr",  "Rev.",  "Rev", "Fr."};

// Words that open sentences and headlines in capitals but never belong to a name.
constexpr std::string_view kSentenceAdverbs[] = {
    "beyond", "meanwhile", "despite", "amid", "unlike", "although", "though", "while", "when",
    "whether", "after", "before", "since", "during", "until", "because", "still", "yet", "even",
    "just", "only", "now", "then", "today", "here", "there", "why", "how", "what", "where", "asked",
    "yes", "instead", "indeed", "however", "thus", "hence", "besides", "already", "perhaps",
    "moreover", "furthermore", "nevertheless", "nonetheless", "likewise", "otherwise",
    // Indefinite pronouns and imperatives that open a sentence or headline, capitalized but
    // never a name: "Everything Trump says", "Hold Melania Trump to her husband's standards".
    "everything", "everyone", "everybody", "nothing", "nobody", "something", "someone", "somebody",
    "anything", "anyone", "anybody", "hold", "let", "meet", "vote", "ask", "tell", "stop",
    "imagine", "consider", "forget", "remember", "thank", "please"};

// Lower-cased role words; a capitalized run's leading words from this list form the title.
constexpr std::string_view kRoles[] = {"president",
                                       "vice",
                                       "prime",
                                       "minister",
                                       "foreign",
                                       "defense",
                                       "defence",
                                       "secretary",
                                       "state",
                                       "general",
                                       "speaker",
                                       "ambassador",
                                       "spokesperson",
                                       "spokesman",
                                       "spokeswoman",
                                       "chairman",
                                       "chairwoman",
                                       "chair",
                                       "director",
                                       "professor",
                                       "senator",
                                       "sen.",
                                       "rep.",
                                       "representative",
                                       "gov.",
                                       "governor",
                                       "mayor",
                                       "chancellor",
                                       "king",
                                       "queen",
                                       "premier",
                                       "leader",
                                       "chief",
                                       "deputy",
                                       "commissioner",
                                       "envoy",
                                       "adviser",
                                       "advisor",
                                       "councillor",
                                       "counselor",
                                       "gen.",
                                       "adm.",
                                       "lt.",
                                       "col.",
                                       "capt.",
                                       "judge",
                                       "justice",
                                       "attorney",
                                       "former",
                                       "longtime",
                                       "acting",
                                       "top",
                                       "nominee",
                                       "candidate",
                                       "senior",
                                       "national",
                                       "security",
                                       "special",
                                       "house",
                                       "of",
                                       "affairs",
                                       "interior",
                                       "finance",
                                       "trade",
                                       "commerce",
                                       "treasury",
                                       "army",
                                       "navy",
                                       "commander",
                                       "officer",
                                       "official",
                                       "diplomat",
                                       "lawmaker",
                                       "legislator",
                                       "analyst",
                                       "expert",
                                       "economist",
                                       "executive",
                                       "ceo",
                                       "founder",
                                       "head",
                                       "member",
                                       "supreme",
                                       "sergeant",
                                       "colonel",
                                       "major",
                                       "lieutenant",
                                       "admiral",
                                       "marshal",
                                       "captain",
                                       "pope",
                                       "prince",
                                       "princess",
                                       "emperor",
                                       "sheikh",
                                       "ayatollah",
                                       "cardinal",
                                       "bishop",
                                       "rabbi",
                                       "imam",
                                       "dean",
                                       "fellow",
                                       "scholar",
                                       "researcher",
                                       "reporter",
                                       "correspondent",
                                       "editor",
                                       "editor-in-chief",
                                       "commander-in-chief",
                                       "columnist",
                                       "host",
                                       "anchor",
                                       "coach",
                                       "manager",
                                       "strategist",
                                       "pollster",
                                       "whip",
                                       "front-runner",
                                       "frontrunner",
                                       "hopeful",
                                       "congressman",
                                       "congresswoman",
                                       "aide",
                                       "counsel",
                                       "lawyer",
                                       "chairwoman",
                                       "secretary-general",
                                       "moderator",
                                       "commentator",
                                       "journalist",
                                       "contributor",
                                       "consultant",
                                       "operative",
                                       "donor",
                                       "megadonor",
                                       "mega-donor",
                                       "fundraiser",
                                       "blogger",
                                       "actor",
                                       "actress",
                                       "comedian",
                                       "singer",
                                       "rapper",
                                       "novelist",
                                       "filmmaker",
                                       "activist",
                                       "pastor",
                                       "advocate",
                                       "comptroller",
                                       "treasurer",
                                       "sheriff",
                                       "prosecutor",
                                       "auditor"};
// Words that join a title without naming a role: "U.S. Secretary of State", "first lady",
// "Minister of the Interior".
constexpr std::string_view kTitleLinks[] = {"u.s.",
                                            "us",
                                            "then",
                                            "new",
                                            "incoming",
                                            "outgoing",
                                            "first",
                                            "lady",
                                            "representatives",
                                            "department",
                                            "ministry",
                                            "council",
                                            "committee",
                                            "assembly",
                                            "parliament",
                                            "congress",
                                            "senate",
                                            "party",
                                            "government",
                                            "administration",
                                            "and",
                                            "the",
                                            "a",
                                            "an"};

// Words that can never be part of a person's name.
constexpr std::string_view kNotNames[] = {
    "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As", "It", "He", "She", "They",
    "We", "I", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "However", "While", "After", "Before", "When", "Last", "Next", "Despite",
    "Although", "According", "Why", "What", "See", "Watch", "Click", "How", "Key", "New", "Update",
    "University", "Institute", "Center", "Centre", "School", "Program", "Programme", "Department",
    "Ministry", "Council", "Committee", "Party", "Agency", "News", "Times", "Post", "Journal",
    "Daily", "TV", "Tribune", "Gazette", "Chronicle", "Dispatch", "Telegraph", "Inquirer", "Group",
    "Bank", "Company", "Corporation", "Foundation", "Studies", "Analyses", "Federal", "Eastern",
    "Western", "Northern", "Southern", "War", "Summit", "Conference", "Initiative", "Forum",
    "Organization", "Association", "Union", "Republic", "Kingdom", "States", "Nations", "Affairs",
    "International", "Global", "World", "Day", "Election", "Act", "Week", "Museum", "Street",
    "Avenue", "Off", "Team", "Enforcement", "Security", "Services", "Administration", "Commission",
    "Office", "Service", "Force", "Guard", "Patrol", "District", "Precinct",
    // Faiths and parties in the plural name peoples: "Rohingya Muslims".
    "Muslims", "Christians", "Jews", "Hindus", "Buddhists", "Sikhs", "Catholics", "Protestants",
    "Evangelicals", "Mormons", "Democrats", "Republicans",
    // Regional adjectives, which the gazetteer gives no side: "Southeast Asian nations".
    "Asian", "African", "European", "Arab", "Latin", "Southeast", "Northeast", "Southwest",
    "Northwest", "Midwestern"};

constexpr std::string_view kParticles[] = {"de",  "van", "von", "bin", "al", "da",  "del",
                                           "der", "la",  "le",  "di",  "du", "ibn", "el"};

// Last parts of a newspaper's compound name: "Sun-Times", "Post-Dispatch" (where a surname
// may end in "-Day").
constexpr std::string_view kPaperTails[] = {"News",     "Times",     "Journal",     "Tribune",
                                            "Gazette",  "Chronicle", "Dispatch",    "Telegraph",
                                            "Inquirer", "Herald",    "Constitution"};

// The last part of a compound ("Dispatch" of "Post-Dispatch"), or the word.
std::string_view after_hyphen(std::string_view w) {
  return w.substr(w.rfind('-') + 1);
}

// A capitalized word joined to a participle or an agent noun describes someone ("Oscar-winner",
// "Pulitzer-winning", "Texas-based", "Harvard-educated"); a name's parts after a hyphen are
// capitalized or short ("Jean-Yves", "Kim Jong-un", "Ban Ki-moon").
bool describing_compound(std::string_view w) {
  const auto hyphen = w.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  const std::string_view tail = w.substr(hyphen + 1);
  if (tail.size() < 4 || !ascii::is_lower(tail.front())) return false;
  for (std::string_view end : {"ing", "ed", "er", "born", "based"})
    if (tail.ends_with(end)) return true;
  return false;
}

bool capitalized(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  // Latin capitals beyond ASCII start at 0xC3; 0xE2 leads dashes, quotes and symbols.
  return ascii::is_upper(w[0]) || (c >= 0xC3 && c != 0xE2);
}

// Drops punctuation and quote marks (“ ” ‘ ’ « ») around a word; a final period stays, as it
// may belong to an abbreviation. Looks at the edge bytes only: it runs on every word.
std::string_view trim_word(std::string_view w) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(w[i]); };
  while (!w.empty()) {
    const std::size_t n = w.size();
    const unsigned char b = byte(n - 1);
    if (b < 0x80) {
      if (ascii::is_alnum(static_cast<char>(b)) || b == '.') break;
      w.remove_suffix(1);
    } else if (n >= 3 && byte(n - 3) == 0xE2 && byte(n - 2) == 0x80 && b >= 0x98 && b <= 0x9D) {
      w.remove_suffix(3);
    } else if (n >= 2 && byte(n - 2) == 0xC2 && (b == 0xAB || b == 0xBB)) {
      w.remove_suffix(2);
    } else {
      break;
    }
  }
  while (!w.empty()) {
    const unsigned char f = byte(0);
    if (f < 0x80) {
      if (ascii::is_alnum(static_cast<char>(f))) break;
      w.remove_prefix(1);
    } else if (w.size() >= 3 && f == 0xE2 && byte(1) == 0x80 && byte(2) >= 0x98 &&
               byte(2) <= 0x9D) {
      w.remove_prefix(3);
    } else if (w.size() >= 2 && f == 0xC2 && (byte(1) == 0xAB || byte(1) == 0xBB)) {
      w.remove_prefix(2);
    } else {
      break;
    }
  }
  return w;
}

bool opens_sentence_not_title(std::string_view w) {
  const std::string lower_w = ascii::lowered(w);
  if (word_set<kSentenceAdverbs>().contains(lower_w)) return true;
  const LexEntry* e = lookup_word(lower_w);
  if (!e) return false;
  const char t = e->tag;
  return t == tag::determiner || t == tag::conj || t == tag::preposition || t == tag::pronoun ||
         t == tag::that || t == tag::aux || t == tag::breaker;
}

std::string join(const Pieces& words, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) {
    if (i > from) s += ' ';
    s += words[i];
  }
  return s;
}
// Initials of given names: "B.", "G.K.", "J.J.".
bool is_initials(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (!ascii::is_upper(w[i]) || w[i + 1] != '.') return false;
  return true;
}

// Standings capitalized for opening a sentence, which no occupation's ending gives away:
// "Rival Hillary Clinton's campaign".
constexpr std::string_view kStandings[] = {"Rival",     "Opponent",  "Challenger",
                                           "Incumbent", "Contender", "Fellow"};

// Whether a word has an occupation's ending ("Billionaire", "Businessman", "Comedian") or is
// a standing (kStandings).
bool occupation_like(std::string_view w) {
  if (word_set<kStandings>().contains(w)) return true;
  for (std::string_view e : {"aire", "man", "woman", "er", "ist", "or", "ian", "ess", "eur"})
    if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
  return false;
}

}  // namespace

std::string fold_apostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.substr(i, 3) == "\xE2\x80\x99") {
      out += '\'';
      i += 2;
    } else {
      out += word[i];
    }
  }
  return out;
}

namespace {
// A short word lower-cased into `buf`, or empty when it does not fit (no role is that long).
std::string_view lowered_into(std::string_view word, std::array<char, 32>& buf) {
  if (word.size() > buf.size()) return {};
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = ascii::to_lower(word[i]);
  return {buf.data(), word.size()};
}
}  // namespace

bool is_role_word(std::string_view word) {
  // One look-up in the union: this runs for most words of every source phrase.
  static const std::unordered_set<std::string_view> words = [] {
    std::unordered_set<std::string_view> w(std::begin(kRoles), std::end(kRoles));
    w.insert(std::begin(kTitleLinks), std::end(kTitleLinks));
    return w;
  }();
  std::array<char, 32> buf;
  return words.contains(lowered_into(word, buf));
}

bool is_person_role(std::string_view word) {
  std::array<char, 32> buf;
  return word_set<kRoles>().contains(lowered_into(word, buf));
}
bool is_honorific(std::string_view word) {
  return word_set<kHonorifics>().contains(word);
}

bool spoken_of_known_person(std::string_view of_object, const Gazetteer& g) {
  return !g.side_of(of_object) && g.person_by_part(without_possessive(of_object));
}

bool split_title_and_name(std::string_view phrase, const Gazetteer& g, std::string* title,
                          std::string* name) {
  // "Charles B. Rangel of New York": the name ends before " of " when a name precedes it; the
  // place joins the title. "Secretary of State Antony Blinken" is not cut (a role precedes).
  std::size_t of = std::string_view::npos;
  for (std::string_view link : {" of ", " at ", " from "}) of = std::min(of, phrase.find(link));
  if (of != std::string_view::npos && of > 0) {
    const auto left = phrase.substr(0, of);
    const auto last_word =
        left.substr(left.rfind(' ') == std::string_view::npos ? 0 : left.rfind(' ') + 1);
    // A role word there is a title's unless it ends a full name ("Representative Peter T.
    // King of New York").
    if (capitalized(last_word) && !is_honorific(last_word) &&
        split_title_and_name(left, g, title, name) &&
        (!is_role_word(last_word) || name->find(' ') != std::string::npos)) {
      // "said … Patrick Murray of Christie" speaks about a known person, not for a place.
      const std::string_view after = phrase.substr(of + 1);
      if (after.starts_with("of ") && spoken_of_known_person(after.substr(3), g)) return true;
      const std::string place(after);
      *title = title->empty() ? place : *title + " " + place;
      return true;
    }
  }
  Pieces words;
  for (auto w : split(phrase, ' ')) {
    w = trim_word(w);
    if (!w.empty()) words.push_back(w);
  }
  // A generational suffix ends the name without being a word of it: "Joseph R. Biden Jr.".
  if (words.size() >= 3)
    for (std::string_view suffix : {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
      if (words.back() == suffix) {
        words.pop_back();
        break;
      }
  // The name is the longest run of name-like words at the end of the phrase.
  std::size_t start = words.size();
  while (start > 0) {
    const auto w = without_possessive(words[start - 1]);
    // A possessive before the name is its owner, no part of it: "North Carolina’s Ada
    // Fisher", "BlazeTV’s Glenn Beck". So is an origin: "South Korean-born Monte Haines".
    if (start < words.size() && (w.size() < words[start - 1].size() || w.ends_with("-born"))) break;
    const bool particle =
        word_set<kParticles>().contains(w) || w.starts_with("al-") || w.starts_with("bin");
    // A middle initial ("Charles B. Rangel") is part of a name.
    const bool initial = is_initials(w);
    if (initial && start < words.size() && !g.side_of(w) && (start > 1 || w.size() > 2)) {
      --start;
      continue;
    }
    // Function words ("For", "The" at a sentence's start, in title-case headlines) are never
    // part of a name; nor is a cue verb that ends the phrase.
    const std::string lower_w = ascii::lowered(w);
    if (word_set<kSentenceAdverbs>().contains(lower_w)) break;
    // "May" and "Will" end a name after another name word ("Theresa May", "George Will");
    // after anything else they are the month or the auxiliary.
    const bool month_surname = (w == "May" || w == "Will") && start == words.size() && start >= 2 &&
                               capitalized(words[start - 2]) &&
                               !word_set<kNotNames>().contains(words[start - 2]) &&
                               !lookup_word(ascii::lowered(words[start - 2]));
    if (const LexEntry* e = month_surname ? nullptr : lookup_word(lower_w)) {
      const char t = e->tag;
      // "Will" before a surname is a given name: a source phrase holds no auxiliary there.
      const bool given_will = lower_w == "will" && start < words.size();
      const bool function_word = t == tag::preposition || t == tag::determiner ||
                                 t == tag::pronoun || (t == tag::aux && !given_will) ||
                                 t == tag::conj || t == tag::breaker || t == tag::that;
      const bool final_cue =
          (t == tag::cue || t == tag::tell || t == tag::gerund) && start == words.size();
      if (function_word || final_cue) break;
    }
    // Right after an honorific, even a role word is a name: "Mr. King".
    const bool after_honorific = start >= 2 && is_honorific(words[start - 2]);
    // A role word that ends the phrase after a given name is a surname: "Larry King".
    // (Past a middle initial: "Peter T. King".)
    const std::size_t given = start >= 3 && is_initials(words[start - 2]) ? start - 3
                              : start >= 2                                ? start - 2
                                                                          : start;
    const bool surname_after_given = start == words.size() && given < start &&
                                     gender_of_given_name(words[given]) != Gender::unknown;
    // So is a place or demonym there: "Mark Cuban", "George Washington". A place before a
    // surname is a given name after an occupation: "actress America Ferrera".
    const bool given_after_occupation = words.size() - start == 1 && start >= 2 &&
                                        ascii::is_lower(words[start - 2][0]) &&
                                        occupation_like(words[start - 2]);
    const bool namey =
        (capitalized(w) || particle) &&
        (after_honorific || surname_after_given || !is_role_word(w)) && !is_honorific(w) &&
        (month_surname || (!word_set<kNotNames>().contains(w) && !describing_compound(w) &&
                           !(w.find('-') != std::string_view::npos &&
                             word_set<kPaperTails>().contains(after_hyphen(w))))) &&
        (surname_after_given || given_after_occupation || !g.side_of(w) ||
         // A person the gazetteer knows by that surname: "Vicente Fox" is no network's.
         (start == words.size() && start >= 2 &&
          g.person_side(std::string(words[start - 2]) + " " + std::string(w)))) &&
        w.find('.') == std::string_view::npos;
    if (!namey || words.size() - start >= 4) break;
    --start;
  }
  // No leading particle, unless the phrase is only the surname ("von der Leyen").
  if (start > 0)
    while (start < words.size() && word_set<kParticles>().contains(words[start])) ++start;
  if (start == words.size()) return false;
  // A gendered title capitalized for opening the sentence is no given name, whatever follows:
  // "Assemblywoman Claudia Tenney".
  if (words.size() - start >= 3 &&
      (words[start].ends_with("man") || words[start].ends_with("woman")) &&
      gender_of_title(words[start]) != Gender::unknown)
    ++start;
  // Nor is an occupation before a known given name, at the sentence's start or after a place:
  // "Billionaire Mark Cuban", "New York Congressman Pete King", "County Recorder Helen
  // Purcell". A given name before it keeps it ("Christopher Allen Smith"). Nor is the object
  // of a title's "of": "Chief of Staff Katie Walsh", "Director of Communications Hope Hicks".
  for (std::size_t p = start + 1; p + 1 < words.size(); ++p)
    if (gender_of_given_name(words[p]) != Gender::unknown &&
        gender_of_given_name(words[p - 1]) == Gender::unknown &&
        (occupation_like(words[p - 1]) || (p >= 2 && words[p - 2] == "of"))) {
      start = p;
      break;
    }
  const std::size_t n = words.size() - start;
  // A single word is a name only after a title or honorific ("Mr. Xi"), or alone.
  if (n == 1 && start > 0) {
    const auto prev = words[start - 1];
    // A demonym alone before an unknown surname is a given name: "German Ortega" (where
    // "Russian Putin" is the known person, and "China Daily" no demonym).
    const bool demonym_given = start == 1 && words.size() == 2 && g.is_country(prev) &&
                               (prev.ends_with("an") || prev.ends_with("ese") ||
                                prev.ends_with("ish") || prev.ends_with('i')) &&
                               !g.person_by_part(words[1]) && !g.side_of(words[1]);
    if (demonym_given)
      start = 0;
    else if (!is_honorific(prev) && !is_role_word(prev))
      return false;
  }
  *name = join(words, start, words.size());
  if (name->ends_with("'s"))
    name->resize(name->size() - 2);
  else if (name->ends_with("\xE2\x80\x99s"))
    name->resize(name->size() - 4);
  std::size_t t = 0;
  // Articles, conjunctions and sentence adverbs in front ("But Mr. Obama", "If Donald Trump")
  // are not part of the title.
  while (t < start && opens_sentence_not_title(words[t])) ++t;
  *title = join(words, t, start);
  // An honorific alone is not a title worth reporting.
  if (start - t == 1 && is_honorific(words[t])) title->clear();
  return true;
}

// Up to four lower-case role words that end right before `at` ("top government lawmaker"),
// with the party or demonym in front of them ("Republican presidential nominee").
std::string lowercase_title_before(std::string_view text, std::size_t at, const Gazetteer& g) {
  std::size_t start = at;
  int words = 0;
  while (words < 4 && start >= 2 && text[start - 1] == ' ') {
    std::size_t b = start - 1;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    const auto w = text.substr(b, start - 1 - b);
    if (!w.empty() && words > 0 && ascii::is_upper(w[0])) {
      // The body or country the role serves, in up to four capitalized words: "Russian
      // spokesman", "Green Party presidential candidate", "Chinese Foreign Ministry
      // spokesman". The longest run that names a side is the title's.
      std::size_t rb = b, best = std::string_view::npos;
      for (int n = 0; n < 4; ++n) {
        if (g.side_in(text.substr(rb, start - 1 - rb))) best = rb;
        if (rb < 2 || text[rb - 1] != ' ') break;
        std::size_t pb = rb - 1;
        while (pb > 0 && text[pb - 1] != ' ' && text[pb - 1] != '\n') --pb;
        const auto prev = text.substr(pb, rb - 1 - pb);
        if (prev.empty() || !ascii::is_upper(prev[0]) || !ascii::is_alnum(prev.back())) break;
        rb = pb;
      }
      if (best != std::string_view::npos) {
        start = best;
        ++words;
      }
      break;
    }
    // An adjective before the role: "presidential nominee", "congressional candidate".
    // And whose staff: "campaign chairman", "campaign manager".
    const bool modifier = words > 0 && (w.ends_with("al") || w.ends_with("ic") || w == "campaign");
    if (w.empty() || !ascii::is_lower(w[0]) || !(is_role_word(w) || modifier) || w == "of" ||
        w == "the" || w == "and" || w == "a" || w == "an")
      break;
    start = b;
    ++words;
  }
  return words ? std::string(text.substr(start, at - 1 - start)) : std::string();
}

bool in_title_case_paragraph(std::string_view text, std::size_t at) {
  std::size_t b = text.rfind('\n', at);
  b = b == std::string_view::npos ? 0 : b + 1;
  std::size_t e = text.find('\n', at);
  if (e == std::string_view::npos) e = text.size();
  if (e - b > 300) return false;  // a headline is short
  int words = 0, capitals = 0;
  // Word by word without splitting into a vector: this runs once per paragraph of every text.
  for (std::size_t i = b; i < e;) {
    while (i < e && text[i] == ' ') ++i;
    if (i >= e) break;
    std::size_t k = i;
    while (k < e && text[k] != ' ') ++k;
    auto w = text.substr(i, k - i);
    i = k;
    ++words;
    while (!w.empty() && (w.front() == '\'' || w.front() == '"')) w.remove_prefix(1);
    // Typographic quotes: ‘Turn Away’, “Boasters”.
    while (w.starts_with("\xE2\x80\x98") || w.starts_with("\xE2\x80\x9C")) w.remove_prefix(3);
    if (capitalized(w)) ++capitals;
  }
  return words >= 4 && capitals * 3 >= words * 2;
}

// In a title-case headline every word is capitalized ("Hillary Clinton Goes After Donald
// Trump As The New Mitt Romney"), so a run there is no name. The names inside it are those
// the body gives in full, or the gazetteer knows, as two or three consecutive words.
static void add_headline_names(std::string_view text, const Gazetteer& g,
                               const std::vector<std::string_view>& runs,
                               std::vector<NameMention>& out) {
  // The body's full names, searched in place when the text is short: a headline has a dozen
  // windows at most, while hashing every name of every text would cost more than the search.
  // A long text (a corpus pasted as one document holds a headline per article) gets a set, or
  // the search would grow with the square of its length.
  constexpr std::size_t kSearchInPlace = 256;
  std::unordered_set<std::string_view> full_names;
  if (out.size() > kSearchInPlace)
    for (const NameMention& m : out)
      if (m.parts.size() >= 2) full_names.insert(m.name);
  const auto known = [&](std::string_view name) {
    if (out.size() > kSearchInPlace) return full_names.contains(name);
    return std::any_of(out.begin(), out.end(),
                       [&](const NameMention& m) { return m.parts.size() >= 2 && m.name == name; });
  };
  std::vector<NameMention> found;
  for (const std::string_view run : runs) {
    const auto words = split(run, ' ');
    for (std::size_t k = 0; k < words.size(); ++k)
      for (std::size_t n = 3; n >= 2; --n) {
        if (k + n > words.size()) continue;
        const auto first = words[k], last = words[k + n - 1];
        auto name = run.substr(static_cast<std::size_t>(first.data() - run.data()),
                               static_cast<std::size_t>(last.data() + last.size() - first.data()));
        while (!name.empty() && !ascii::is_alpha(name.back())) name.remove_suffix(1);
        if (name.empty() || !capitalized(name) || (!g.person_side(name) && !known(name))) continue;
        NameMention m;
        m.begin = static_cast<std::uint32_t>(name.data() - text.data());
        m.end = m.begin + static_cast<std::uint32_t>(name.size());
        m.name = std::string(name);
        for (auto w : split(m.name, ' ')) m.parts.push_back(fold_apostrophes(w));
        found.push_back(std::move(m));
        k += n - 1;
        break;
      }
  }
  if (found.empty()) return;
  // Headlines come first in a text; keep the list in text order all the same.
  out.insert(out.end(), std::make_move_iterator(found.begin()),
             std::make_move_iterator(found.end()));
  std::stable_sort(out.begin(), out.end(),
                   [](const NameMention& a, const NameMention& b) { return a.begin < b.begin; });
}

std::vector<NameMention> find_person_names(std::string_view text, const Gazetteer& g) {
  std::vector<NameMention> out;
  std::size_t headline_end = 0;  // the paragraph [.., headline_end) was judged a headline
  std::size_t checked_end = 0;   // paragraphs before this byte were judged
  std::unordered_map<std::string_view, NameMention> seen;  // run text -> its name, if any
  std::vector<std::string_view> headline_runs;  // runs of capitals in title-case headlines
  std::size_t i = 0;
  while (i < text.size()) {
    // Jump to the next word that starts with a capital (or a non-ASCII letter): a tight byte
    // loop, since most words are lower-case.
    static constexpr auto kMayStart = [] {
      std::array<bool, 256> t{};
      for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = true;
      for (int c = 0xC3; c < 256; ++c) t[static_cast<std::size_t>(c)] = true;
      return t;
    }();
    for (; i < text.size(); ++i) {
      if (!kMayStart[static_cast<unsigned char>(text[i])]) continue;  // the common case
      if (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' ||
          text[i - 1] == '"')
        break;
    }
    if (i >= text.size()) break;
    const std::size_t run_begin = i;
    std::size_t run_end = i;
    std::size_t owner_end = 0;  // the end of the first possessive's owner after the first word
    std::size_t j = i;
    while (j < text.size()) {
      std::size_t k = j;
      while (k < text.size() && text[k] != ' ' && text[k] != '\n') ++k;
      const auto raw = text.substr(j, k - j);
      if (j > run_begin && raw.front() == '(') break;  // "Ted Cruz (R-Tex.)": not the name
      auto w = trim_word(raw);
      bool stops = raw.size() != w.size();
      if (const std::string_view owner = without_possessive(w);
          owner_end == 0 && j > run_begin && owner.size() != w.size())
        owner_end = static_cast<std::size_t>(owner.data() - text.data()) + owner.size();
      if (w.ends_with('.') && !is_abbreviation(w)) {  // a sentence's last word
        w.remove_suffix(1);
        stops = true;
      }
      const bool joins =
          capitalized(w) || ((word_set<kParticles>().contains(w) || w == "of") &&
                             k + 1 < text.size() && capitalized(text.substr(k + 1, 1)));
      if (w.empty() || !joins) break;
      run_end = static_cast<std::size_t>(w.data() - text.data()) + w.size();
      j = k;
      if (stops || j >= text.size() || text[j] == '\n') break;
      while (j < text.size() && text[j] == ' ') ++j;
    }
    const auto run = text.substr(run_begin, run_end - run_begin);
    if (run_begin >= checked_end) {
      const std::size_t e = text.find('\n', run_begin);
      checked_end = e == std::string_view::npos ? text.size() : e;
      if (in_title_case_paragraph(text, run_begin)) headline_end = checked_end;
    }
    if (run_begin < headline_end && run.find(' ') != std::string_view::npos)
      headline_runs.push_back(run);
    // A lone capitalized word (most often a sentence's first) is never a name on its own.
    if (run_begin >= headline_end && run.find(' ') != std::string_view::npos) {
      // Articles repeat the same runs ("Hillary Clinton"): split each distinct run once.
      const auto split_run = [&](std::string_view r) {
        auto [it, fresh] = seen.try_emplace(r);
        if (fresh) {
          std::string title, name;
          // One word is a name only after a real title: "President Putin", not "New York".
          const auto titled = [&](const std::string& t) {
            const auto sp = t.rfind(' ');
            const std::string_view last =
                std::string_view(t).substr(sp == std::string::npos ? 0 : sp + 1);
            static constexpr std::string_view kModifiers[] = {
                "new",   "incoming", "outgoing", "first",  "then",    "former", "acting",
                "top",   "senior",   "national", "of",     "special", "u.s.",   "us",
                "state", "house",    "vice",     "deputy", "foreign", "prime",  "supreme"};
            if (t.empty() || word_set<kModifiers>().contains(ascii::lowered(last))) return false;
            return is_role_word(last) || is_honorific(last) || g.side_of(last).has_value();
          };
          // A place is no one's name: "South Carolina", "New Hampshire".
          const bool ok = split_title_and_name(r, g, &title, &name) && !g.is_place(name);
          const auto at = ok ? r.rfind(name.substr(0, name.find(' '))) : std::string_view::npos;
          // The honorific in front, which the title leaves out, still tells the gender.
          const Gender said = !title.empty() || at == std::string_view::npos || at == 0
                                  ? Gender::unknown
                                  : gender_of_title(r.substr(0, at));
          if (ok && (name.find(' ') != std::string::npos || titled(title) ||
                     (title.empty() && said != Gender::unknown))) {
            NameMention& m = it->second;
            m.said = said;
            m.begin = static_cast<std::uint32_t>(at == std::string_view::npos ? 0 : at);
            m.name = std::move(name);
            m.title = std::move(title);
            for (auto w : split(m.name, ' ')) m.parts.push_back(fold_apostrophes(w));
          }
        }
        return it;
      };
      auto it = split_run(run);
      // A run through a possessive that makes no name may hold one before it: "Rep. Alan
      // Grayson's Senate campaign" (where "The Atlantic's Jeffrey Goldberg" is one).
      if (it->second.name.empty() && owner_end > run_begin && owner_end < run_end &&
          text.substr(run_begin, owner_end - run_begin).find(' ') != std::string_view::npos) {
        run_end = owner_end;
        it = split_run(text.substr(run_begin, run_end - run_begin));
      }
      if (!it->second.name.empty()) {
        NameMention m = it->second;
        m.begin += static_cast<std::uint32_t>(run_begin);
        m.end = static_cast<std::uint32_t>(run_end);
        // Lower-case role words right before the run belong to the title: "top government
        // lawmaker Li Zhanshu".
        if (m.title.empty() || it->second.begin == 0) {
          const std::string before = lowercase_title_before(text, run_begin, g);
          if (!before.empty()) m.title = m.title.empty() ? before : before + " " + m.title;
        }
        out.push_back(std::move(m));
      }
    }
    i = std::max(j, run_begin + 1);
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
  }
  if (!headline_runs.empty()) add_headline_names(text, g, headline_runs, out);
  share_list_titles(text, g, out);
  return out;
}

}  // namespace whosaid
