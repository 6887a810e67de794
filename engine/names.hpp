// Person names in running text, with the titles in front of them: "U.S. Secretary of State
// Antony Blinken" is the name "Antony Blinken" with the title "U.S. Secretary of State". The
// speaker resolver uses these to turn "Blinken" or "Mr. Xi" into a full name even when the full
// name appears only outside any attribution.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/gazetteer.hpp"
#include "engine/gender.hpp"

namespace whosaid {

struct NameMention {
  std::uint32_t begin = 0;  // byte span of the name (title excluded) in the text
  std::uint32_t end = 0;
  std::string name;                // "Antony Blinken"
  std::string title;               // "U.S. Secretary of State", or empty
  std::vector<std::string> parts;  // the name's words: "Antony", "Blinken"
  Gender said = Gender::unknown;   // what the words before the name say: "Mr.", "Mrs."
};

// Whether the words after an "of" name a known person spoken about, not a place the speaker
// is from: "Christie" in "said Patrick Murray of Christie", not "New York".
bool spoken_of_known_person(std::string_view of_object, const Gazetteer& g);

// Splits a phrase into title and name: leading role words, honorifics and demonyms are the
// title; the capitalized words after them (1 to 4, none a place or a role) are the name.
// Returns false when no name remains ("the Chinese foreign ministry spokesperson").
bool split_title_and_name(std::string_view phrase, const Gazetteer& g, std::string* title,
                          std::string* name);

// Every person name in `text`, in order. A name is a run of capitalized words (with "of",
// "de", "van", "bin", "al-" particles inside) that split_title_and_name accepts and that has at
// least two words, or one word after an honorific or title ("Mr. Xi", "President Putin").
std::vector<NameMention> find_person_names(std::string_view text, const Gazetteer& g);

// Whether the paragraph holding byte `at` is a title-case headline: most of its words
// capitalized ("Obama Sees Personal Insult in a Black Voter Shortfall"), where any run of
// capitals looks like a name.
bool in_title_case_paragraph(std::string_view text, std::size_t at);

// `w` without a possessive "'s" or "’s": "Clinton" for "Clinton’s". Inline: it runs on
// every word of every name and description.
inline std::string_view without_possessive(std::string_view w) {
  if (w.ends_with("'s"))
    w.remove_suffix(2);
  else if (w.ends_with("\xE2\x80\x99s"))
    w.remove_suffix(4);
  return w;
}

// `word` with typographic apostrophes (’) as straight ones, for matching names that one
// article spells both ways ("O’Neill", "O'Neill").
std::string fold_apostrophes(std::string_view word);

// Role, title and honorific words ("President", "Minister", "spokesperson", "Mr.").
bool is_role_word(std::string_view word);
// A word of is_role_word that names a role by itself ("fellow", "co-founder"'s "founder"), not
// one that only joins a title ("of", "the", "U.S.", "committee").
bool is_person_role(std::string_view word);
bool is_honorific(std::string_view word);

}  // namespace whosaid
