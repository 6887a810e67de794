// Word lists behind the tags. Cue verbs are listed by lemma and inflected here; the list
// follows the cues PolNeAR's annotators marked (speech, belief, intention, accusation,
// denial, warning, promise), drawn from the train split: a verb is listed when its forms are
// annotated as cues in about half their occurrences or more (tools: see bench/README.md).
#include "engine/lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "engine/ascii.hpp"
#include "engine/split.hpp"

namespace whosaid {
namespace {

// "lemma" alone is inflected regularly; "lemma:3sg:past:gerund[:participle]" spells them out.
constexpr std::string_view kCueVerbs[] = {"call",
                                          "continue",
                                          "endorse",
                                          "cite",
                                          "defend",
                                          "express",
                                          "refer:refers:referred:referring",
                                          "offer",
                                          "discuss",
                                          "talk",
                                          "post",
                                          "appear",
                                          "seem",
                                          "issue",
                                          "speak:speaks:spoke:speaking:spoken",
                                          "recite",
                                          "echo:echoes:echoed:echoing",
                                          "tout",
                                          "highlight",
                                          "vote",
                                          "oppose",
                                          "back",
                                          "say:says:said:saying",
                                          "add",
                                          "write:writes:wrote:writing:written",
                                          "note",
                                          "report",
                                          "announce",
                                          "suggest",
                                          "show:shows:showed:showing:shown",
                                          "find:finds:found:finding",
                                          "tweet",
                                          "argue",
                                          "think:thinks:thought:thinking",
                                          "explain",
                                          "believe",
                                          "acknowledge",
                                          "accuse",
                                          "criticize",
                                          "criticise",
                                          "declare",
                                          "urge",
                                          "recall",
                                          "want",
                                          "conclude",
                                          "claim",
                                          "respond",
                                          "propose",
                                          "agree",
                                          "hope",
                                          "state",
                                          "refuse",
                                          "warn",
                                          "promise",
                                          "insist",
                                          "reply",
                                          "plan:plans:planned:planning",
                                          "reveal",
                                          "seek:seeks:sought:seeking",
                                          "predict",
                                          "question",
                                          "pledge",
                                          "vow",
                                          "fear",
                                          "admit:admits:admitted:admitting",
                                          "blame",
                                          "reject",
                                          "confirm",
                                          "deny",
                                          "indicate",
                                          "emphasize",
                                          "emphasise",
                                          "stress",
                                          "maintain",
                                          "allege",
                                          "assert",
                                          "contend",
                                          "concede",
                                          "complain",
                                          "boast",
                                          "joke",
                                          "quip",
                                          "testify",
                                          "estimate",
                                          "observe",
                                          "remark",
                                          "mention",
                                          "reiterate",
                                          "affirm",
                                          "reaffirm",
                                          "demand",
                                          "threaten",
                                          "intend",
                                          "worry",
                                          "doubt",
                                          "signal:signals:signaled:signaling",
                                          "hint",
                                          "comment",
                                          "counter",
                                          "retort",
                                          "recount",
                                          "disclose",
                                          "caution",
                                          "advise",
                                          "recommend",
                                          "condemn",
                                          "denounce",
                                          "slam:slams:slammed:slamming",
                                          "decry",
                                          "lament",
                                          "exclaim",
                                          "expect",
                                          "wish",
                                          "decline",
                                          "feel:feels:felt:feeling",
                                          "dismiss",
                                          "praise",
                                          "underscore",
                                          "underline",
                                          "insinuate",
                                          "imply",
                                          "speculate",
                                          "wonder",
                                          "brag:brags:bragged:bragging",
                                          "swear:swears:swore:swearing:sworn",
                                          "proclaim",
                                          "posit",
                                          "reason",
                                          "dispute",
                                          "refute",
                                          "rebut:rebuts:rebutted:rebutting",
                                          "charge",
                                          "guarantee",
                                          "forecast:forecasts:forecast:forecasting",
                                          "concur:concurs:concurred:concurring",
                                          "disagree",
                                          "envision",
                                          "envisage",
                                          "assume",
                                          "suspect",
                                          "recognize",
                                          "recognise",
                                          "lambast",
                                          "blast",
                                          "attack",
                                          "describe",
                                          "opine",
                                          "muse",
                                          "surmise",
                                          "theorize",
                                          "confide",
                                          "grumble",
                                          "scoff",
                                          "sneer",
                                          "snap:snaps:snapped:snapping",
                                          "yell",
                                          "shout",
                                          "scream",
                                          "whisper",
                                          "mutter",
                                          "plead",
                                          "beg:begs:begged:begging",
                                          "pray",
                                          "aim"};

// Verbs whose object is the addressee, not the content: "told AFP that ...".
constexpr std::string_view kTellVerbs[] = {
    "tell:tells:told:telling", "inform", "assure", "remind", "notify", "brief", "ask", "reassure"};

constexpr std::string_view kAux[] = {
    "has", "have", "had", "is", "was", "were", "are", "am", "will", "would", "could", "should",
    "may", "might", "can", "cannot", "did", "does", "do", "been", "be", "being", "shall", "must",
    "'s", "has been", "was being", "had been", "'ve", "'d", "'ll",
    // Negated forms, one token each ("Clinton doesn't show"): auxiliaries, never name words.
    "doesn't", "don't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't",
    "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "mustn't"};

constexpr std::string_view kAdverbs[] = {
    "also",         "reportedly",  "later",      "again",      "then",         "once",
    "often",        "already",     "even",       "still",      "just",         "never",
    "not",          "repeatedly",  "previously", "recently",   "publicly",     "privately",
    "strongly",     "firmly",      "flatly",     "explicitly", "openly",       "further",
    "first",        "long",        "too",        "always",     "allegedly",    "apparently",
    "subsequently", "immediately", "quickly",    "directly",   "separately",   "similarly",
    "meanwhile",    "ever",        "n't",        "now",        "almost",       "nearly",
    "seldom",       "rarely",      "frequently", "swiftly",    "promptly",     "initially",
    "originally",   "eventually",  "finally",    "officially", "specifically", "pointedly",
    "bluntly",      "correctly",   "rightly",    "falsely",    "wrongly",      "angrily",
    "sharply",      "tersely"};

constexpr std::string_view kPronouns[] = {
    "he", "she", "they", "we", "i", "it", "you", "others",
    // With a contracted auxiliary, one token each ("she'll continue"); the speaker resolver
    // reads the pronoun alone.
    "he'll", "she'll", "they'll", "we'll", "i'll", "he'd", "she'd", "they'd", "we'd", "i'd", "he's",
    "she's", "they're", "we're", "they've", "we've", "i've", "i'm"};

// Apart from the other pronouns: only these open a relative clause after a speaker ("officials
// who spoke"), where "it" after a noun starts a new clause ("told reporters it was clear").
constexpr std::string_view kRelatives[] = {"who", "which"};

constexpr std::string_view kDeterminers[] = {
    "the",   "a",       "an",    "this", "these", "those", "his",     "her",    "its",
    "their", "our",     "my",    "your", "some",  "many",  "several", "most",   "all",
    "both",  "each",    "every", "any",  "no",    "two",   "three",   "four",   "five",
    "other", "another", "such",  "few",  "more",  "much",  "one",     "either", "neither"};

constexpr std::string_view kPrepositions[] = {
    "of",   "at",     "for",    "in",     "on",      "from",    "with",    "to",
    "by",   "about",  "over",   "under",  "between", "among",   "within",  "near",
    "into", "across", "behind", "toward", "towards", "against", "without", "via"};

// Words that end or precede a speaker phrase: subordinators, discourse adverbs, time words.
constexpr std::string_view kBreakers[] = {
    "when",        "while",        "as",          "if",        "because", "although", "though",
    "whenever",    "since",        "after",       "before",    "where",   "whether",  "however",
    "yet",         "so",           "thus",        "therefore", "instead", "indeed",   "also",
    "despite",     "amid",         "during",      "until",     "unless",  "whereas",  "than",
    "monday",      "tuesday",      "wednesday",   "thursday",  "friday",  "saturday", "sunday",
    "today",       "yesterday",    "tonight",     "tomorrow",  "earlier", "last",     "next",
    "january",     "february",     "march",       "april",     "june",    "july",     "august",
    "september",   "october",      "november",    "december",  "not",     "what",     "how",
    "why",         "whom",         "whose",       "nor",       "like",    "unlike",   "moreover",
    "furthermore", "nevertheless", "nonetheless", "likewise"};

constexpr std::string_view kOutlets[] = {"afp",
                                         "reuters",
                                         "ap",
                                         "the associated press",
                                         "associated press",
                                         "xinhua",
                                         "tass",
                                         "ria novosti",
                                         "interfax",
                                         "cnn",
                                         "bbc",
                                         "nbc",
                                         "abc",
                                         "cbs",
                                         "fox news",
                                         "msnbc",
                                         "npr",
                                         "bloomberg",
                                         "politico",
                                         "axios",
                                         "the guardian",
                                         "the new york times",
                                         "the washington post",
                                         "the wall street journal",
                                         "the times",
                                         "state media",
                                         "state television",
                                         "state tv",
                                         "state-run media",
                                         "the global times",
                                         "global times",
                                         "people's daily",
                                         "cctv",
                                         "rt",
                                         "kyodo",
                                         "yonhap",
                                         "al jazeera",
                                         "the financial times",
                                         "financial times",
                                         "the hill"};

// Lemmas mostly read as nouns in their base and -s forms ("state laws", "the issues",
// "votes"): only their past and -ing forms are cues.
constexpr std::string_view kPastOnly[] = {"state",    "issue",  "post",    "comment", "back",
                                          "vote",     "offer",  "talk",    "fear",    "charge",
                                          "estimate", "attack", "question"};

struct MultiwordSpec {
  std::string_view words;
  char tag;
  std::string_view lemma;
};
constexpr std::array<MultiwordSpec, 30> kMultiword{{
    {"according to", tag::according, "according to"},
    {"think tank", tag::word, ""},  // a noun, though "think" is a cue
    {"think tanks", tag::word, ""},
    {"quoted as saying", tag::cue, "say"},
    {"was quoted as saying", tag::cue, "say"},
    {"pointed out", tag::cue, "point out"},
    {"points out", tag::cue, "point out"},
    {"point out", tag::cue, "point out"},
    {"called for", tag::cue, "call for"},
    {"calls for", tag::cue, "call for"},
    {"called on", tag::cue, "call on"},
    {"calls on", tag::cue, "call on"},
    {"made clear", tag::cue, "make clear"},
    {"made it clear", tag::cue, "make clear"},
    {"makes clear", tag::cue, "make clear"},
    {"went on to say", tag::cue, "say"},
    {"goes on to say", tag::cue, "say"},
    {"spoke of", tag::cue, "speak of"},
    {"talked about", tag::cue, "talk about"},
    {"weighed in", tag::cue, "weigh in"},
    {"shot back", tag::cue, "shoot back"},  // a retort, not a gun or a figure "shot back up"
    {"shoots back", tag::cue, "shoot back"},
    {"fired back", tag::cue, "fire back"},
    {"fires back", tag::cue, "fire back"},
    {"hit back", tag::cue, "hit back"},
    {"hits back", tag::cue, "hit back"},
    {"called it", tag::cue, "call"},
    {"calling for", tag::gerund, "call for"},
    {"pointing out", tag::gerund, "point out"},
    {"calling on", tag::gerund, "call on"},
}};

// Nouns of speech that carry a claim after a possessive: "Xi's denial of …". Only nouns that
// are not also cue verbs ("claim" is tagged as the verb).
struct CueNoun {
  std::string_view noun, lemma;
};
constexpr CueNoun kCueNouns[] = {
    {"denial", "deny"},        {"denials", "deny"},         {"accusation", "accuse"},
    {"accusations", "accuse"}, {"allegation", "allege"},    {"allegations", "allege"},
    {"assertion", "assert"},   {"assertions", "assert"},    {"insistence", "insist"},
    {"rejection", "reject"},   {"condemnation", "condemn"}, {"admission", "admit"},
    {"assurances", "assure"},  {"assurance", "assure"}};

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Regular English inflection: 3rd person singular, past, gerund.
std::array<std::string, 3> inflect(const std::string& v) {
  const char last = v.back();
  if (last == 'e') return {v + "s", v + "d", v.substr(0, v.size() - 1) + "ing"};
  if (last == 'y' && v.size() > 1 && !is_vowel(v[v.size() - 2]))
    return {v.substr(0, v.size() - 1) + "ies", v.substr(0, v.size() - 1) + "ied", v + "ing"};
  if (v.ends_with("s") || v.ends_with("sh") || v.ends_with("ch") || v.ends_with("x") ||
      v.ends_with("z"))
    return {v + "es", v + "ed", v + "ing"};
  return {v + "s", v + "ed", v + "ing"};
}

// Hashing that accepts string_view keys, so look-ups allocate nothing (C++20 heterogeneous
// look-up in unordered containers).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

struct Lexicon {
  StringMap<LexEntry> words;
  StringMap<std::vector<const MultiwordCue*>> multi;
  // For each first byte, a bit per length (below 32) of the multiword cues' first words: most
  // words of a text are ruled out without hashing them.
  std::array<std::uint32_t, 256> multi_first{};
  std::vector<MultiwordCue> multi_store;
  std::vector<std::string> cue_words;  // every form of every cue verb and multiword cue

  void put(std::string_view w, char t, std::string_view lemma = {}) {
    words.try_emplace(std::string(w), LexEntry{t, lemma});
  }

  void add_verb(std::string_view spec, char finite) {
    const auto parts = split(spec, ':');
    const std::string_view lemma = parts[0];
    std::array<std::string, 4> forms;
    if (parts.size() >= 4) {
      forms = {std::string(parts[1]), std::string(parts[2]), std::string(parts[3]),
               parts.size() > 4 ? std::string(parts[4]) : std::string(parts[2])};
    } else {
      const auto f = inflect(std::string(lemma));
      forms = {f[0], f[1], f[2], f[1]};
    }
    if (std::ranges::find(kPastOnly, lemma) == std::end(kPastOnly)) {
      put(lemma, finite, lemma);
      put(forms[0], finite, lemma);
    }
    put(forms[1], finite, lemma);
    put(forms[3], finite, lemma);
    put(forms[2], tag::gerund, lemma);
    cue_words.emplace_back(lemma);
    for (const auto& f : forms) cue_words.push_back(f);
  }

  Lexicon() {
    multi_store.reserve(kMultiword.size());
    for (const auto& m : kMultiword) {
      const auto words = split(m.words, ' ');
      MultiwordCue c{{words.begin(), words.end()}, m.tag, m.lemma};
      multi_store.push_back(std::move(c));
    }
    for (const auto& c : multi_store) {
      const std::string_view first = c.words.front();
      multi[std::string(first)].push_back(&c);
      if (first.size() < 32)
        multi_first[static_cast<unsigned char>(first[0])] |= std::uint32_t{1} << first.size();
    }
    for (const auto& m : kMultiword) cue_words.emplace_back(m.words);
    for (auto& [k, v] : multi)
      std::stable_sort(v.begin(), v.end(),
                       [](auto* a, auto* b) { return a->words.size() > b->words.size(); });

    // Function words first: a word is tagged by its first (most specific) class.
    for (auto w : kAux) put(w, tag::aux);
    for (auto w : kAdverbs) put(w, tag::adverb);
    put("that", tag::that);
    put("and", tag::conj);
    put("or", tag::conj);
    put("but", tag::conj);
    put("&", tag::conj);
    for (auto w : kPronouns) put(w, tag::pronoun);
    for (auto w : kRelatives) put(w, tag::relative);
    for (auto w : kDeterminers) put(w, tag::determiner);
    for (auto w : kPrepositions) put(w, tag::preposition);
    for (auto w : kBreakers) put(w, tag::breaker);
    for (auto v : kTellVerbs) add_verb(v, tag::tell);
    for (auto v : kCueVerbs) add_verb(v, tag::cue);
    for (const auto& [noun, lemma] : kCueNouns) {
      put(noun, tag::cue_noun, lemma);
      cue_words.emplace_back(noun);
    }
  }
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}
}  // namespace

const LexEntry* lookup_word(std::string_view lower) {
  const auto& w = lexicon().words;
  const auto it = w.find(lower);
  return it == w.end() ? nullptr : &it->second;
}

const std::vector<const MultiwordCue*>& multiword_cues(std::string_view lower_first) {
  static const std::vector<const MultiwordCue*> none;
  const Lexicon& lex = lexicon();
  if (lower_first.empty() || lower_first.size() >= 32 ||
      !(lex.multi_first[static_cast<unsigned char>(lower_first[0])] >> lower_first.size() & 1))
    return none;
  const auto& m = lex.multi;
  const auto it = m.find(lower_first);
  return it == m.end() ? none : it->second;
}

const std::vector<std::string>& cue_word_forms() {
  return lexicon().cue_words;
}

bool is_outlet(std::string_view phrase) {
  const std::string lower = ascii::lowered(phrase);
  for (auto o : kOutlets)
    if (lower == o || (lower.size() > o.size() + 1 && lower.ends_with(o) &&
                       lower[lower.size() - o.size() - 1] == ' '))
      return true;
  return false;
}

}  // namespace whosaid
