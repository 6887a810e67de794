// The rules that give a speaker's words a side: a party, a government role, a body of a state,
// a broadcaster, a place; shared by the speaker_*.cpp files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/ascii.hpp"
#include "engine/gazetteer.hpp"
#include "engine/names.hpp"
#include "engine/speaker_words.hpp"
#include "engine/split.hpp"

namespace whosaid::speakers_detail {

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
std::optional<std::string> side_of_person_named(std::string_view phrase, const Gazetteer& g);

// Whether a phrase names a body that is no state's (see kPrivateBodies), or an advocacy
// campaign by its capitalized name ("the Brady Campaign to Prevent Gun Violence", where "the
// Carson campaign" and "the Hillary Clinton Campaign" are a candidate's).
bool names_private_body(std::string_view phrase, const Gazetteer& g);
// The same with the phrase already lower-cased.
bool names_private_body(std::string_view phrase, std::string_view phrase_lower, const Gazetteer& g);

// The capitalized name after a role's "of", "for" or "at", up to the first lower-case word
// that joins no name: "Rock the Vote" in "president of Rock the Vote in Washington"; empty
// when there is none.
std::string_view named_body(std::string_view affiliation);

// Whether a body's name ends in a place the gazetteer does not hold the whole name for, and
// names no state's or party's body: "Students For Life of America", "NARAL Pro-Choice America"
// say where they gather, where "Voice of America" is a state's broadcaster.
bool ends_in_place(std::string_view body, const Gazetteer& g);

// Whether a lower-case head noun is a private person's (or people's): see kPrivateRoles.
bool is_private_role(std::string_view head_lower);

// `text` without the places it names after "in" or "from" (and after "of" when `after_of`)
// and without "X-based" words.
std::string places_dropped(std::string_view text, const Gazetteer& g, bool after_of);

// The affiliation without where the speaker is: "a real estate developer in Virginia", "a
// Washington-based developer". A place locates a private person; it is whom an official
// serves only when the role is an official one ("an official in Beijing").
std::string without_locations(std::string_view affiliation, const Gazetteer& g);

// `text` without the US states it names ("Virginia", "New Hampshire").
std::string us_states_dropped(std::string_view text, const Gazetteer& g);

// Whether a word of the phrase is a broadcaster's call sign: "WMUR", "KTLA-TV", "FOX13's".
bool names_broadcaster(std::string_view phrase);

// Whether the phrase names a newspaper after "the" by the last word of its name: "of the
// Riverside Courier", "at the Des Moines Register".
bool names_newspaper(std::string_view phrase);

// The side a stated affiliation implies: academia and think tanks are independent, a
// newsroom is media, otherwise the country or body it names.
std::string side_of_affiliation(std::string_view affiliation, const Gazetteer& g);

// The side a relative clause's tie gives, the clause after "who": "leads the United States
// Pacific Command" (present ties such as "works for", "heads"), or with `past` "served as
// Trump's adviser"; "unknown" when the clause opens with no tie.
std::string side_of_relative_tie(std::string_view rel, const Gazetteer& g, bool past);

// A clause and what follows each " and " in it, where each verb of it may tie: "owns a
// Long Island auto repair shop and donated $2,400 to Ayotte".
Pieces clause_verbs(std::string_view rel);

// What that tie ties the person to: "RT" of "works directly for RT", "Sen. Marco Rubio" of
// "had backed Sen. Marco Rubio"; nullopt when the clause opens with no tie. A clause that
// opens "covered" (a reporter's beat) is returned whole. `buffer` holds the clause when an
// adverb inside the tie is dropped.
std::optional<std::string_view> relative_tie_object(std::string_view rel, bool past,
                                                    std::string& buffer);

// The US party a lower-cased description names: 'D', 'R', 'L' (Libertarian), 'G' (Green),
// or 0 for none or several.
char party_of(std::string_view text_lower);

std::string country_name(std::string_view side);

}  // namespace whosaid::speakers_detail
