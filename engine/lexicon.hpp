// The word classes the grammars see. Each token becomes one tag character; the grammars in
// grammar/ match over the resulting string, so the lexicon is where a word's role is decided.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// The tag alphabet. Kept as chars so that the X3 grammars can name them as literals.
namespace tag {
inline constexpr char quote = 'Q';        // a whole top-level quotation
inline constexpr char cue = 'V';          // finite cue verb: said, says, believes, denied
inline constexpr char tell = 'K';         // cue verb taking an addressee: told, assured
inline constexpr char gerund = 'v';       // non-finite cue: saying, adding, stating
inline constexpr char cue_noun = 'n';     // a noun of speech after a possessive: denial
inline constexpr char according = 'G';    // "according to"
inline constexpr char aux = 'a';          // has, had, was, will, would, did
inline constexpr char adverb = 'r';       // also, reportedly, strongly, -ly words
inline constexpr char that = 't';         // the complementizer "that"
inline constexpr char name = 'N';         // capitalized word
inline constexpr char pronoun = 'P';      // subject pronoun: he, she, they
inline constexpr char relative = 'W';     // relative pronoun opening a clause: who, which
inline constexpr char determiner = 'D';   // the, a, his, some, two
inline constexpr char preposition = 'p';  // of, at, for, in, with
inline constexpr char agent = 'b';        // "by" naming a passive cue's agent: reported by AP
inline constexpr char conj = 'c';         // and, or, but
inline constexpr char breaker = 'x';      // words that never sit in a speaker phrase
inline constexpr char word = 'w';         // any other word
inline constexpr char number = '#';
inline constexpr char other = '~';  // punctuation without a tag of its own
}  // namespace tag

struct LexEntry {
  char tag = tag::word;
  std::string_view lemma;  // for cue verbs: the dictionary form ("said" -> "say")
};

// Looks up a lower-cased single word. Returns nullptr for words the lexicon does not know.
const LexEntry* lookup_word(std::string_view lower);

// A cue of several words ("according to", "pointed out", "quoted as saying").
struct MultiwordCue {
  std::vector<std::string_view> words;  // lower-cased
  char tag;
  std::string_view lemma;
};

// The multiword cues whose first word is `lower_first`, longest first; empty if none.
const std::vector<const MultiwordCue*>& multiword_cues(std::string_view lower_first);

// Every spelling of every cue (verb forms and multiword cues), for the prefilter.
const std::vector<std::string>& cue_word_forms();

// True when a speaker phrase's text names a news outlet or a state medium (AFP, Xinhua,
// state media), so that "told AFP" or "according to Xinhua" gives a `via`.
bool is_outlet(std::string_view phrase);

}  // namespace whosaid
