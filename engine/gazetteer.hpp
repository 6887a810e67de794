// Which side a name speaks for: countries, their demonyms and capitals used as actors, major
// government bodies and state media, each mapped to a side ("US", "China", …), plus the
// words that make a speaker independent (think tanks, universities) or a news outlet ("media").
// Built in, and extended or overridden by a user's --sides file.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid {

// Why a --sides file was refused, naming the file and the problem.
struct SidesError {
  std::string message;
};

class Gazetteer {
 public:
  // The built-in gazetteer.
  Gazetteer();

  // Adds the sides in a JSON file {"Side": ["alias", …], …}; an alias already known moves to
  // the file's side. Returns an error naming the file and what is wrong.
  std::optional<SidesError> load_sides_file(const std::string& path);
  std::optional<SidesError> load_sides_json(std::string_view json, const std::string& origin);

  // The side of a phrase by the longest alias it contains as whole words (case-sensitive for
  // capitalized aliases, so "us" the pronoun is not "US"); nullopt when none. Without
  // `countries`, aliases of countries, demonyms and capitals do not count ("a Portuguese
  // newspaper" names no body).
  std::optional<std::string> side_in(std::string_view phrase, bool countries = true) const;

  // The side of the government body a name opens with: "State Department Refugee Processing
  // Center" is the US, whatever its last word says; nullopt when it opens with none.
  std::optional<std::string> government_opening(std::string_view phrase) const;

  // The side of a phrase that is exactly an alias ("Beijing", "the Kremlin", "Xinhua").
  std::optional<std::string> side_of(std::string_view phrase) const;

  // The side of a prominent person by full name ("Wang Yi" -> "China"); nullopt if unknown.
  std::optional<std::string> person_side(std::string_view full_name) const;

  // Whether that person is known as someone's aide ("David Axelrod"), not as a principal.
  bool is_aide(std::string_view full_name) const;

  // The one prominent person whose full name has `part` as a word ("Putin" -> "Vladimir
  // Putin"); nullopt when none or several do ("Li", "Kim").
  std::optional<std::string> person_by_part(std::string_view part) const;

  // The side every prominent person with surname `part` shares ("Clinton" -> "US", though
  // two Clintons are known); nullopt when none is known or their sides differ.
  std::optional<std::string> side_by_part(std::string_view part) const;

  // True when `alias` names a country or a capital (an actor that is a country).
  bool is_country(std::string_view phrase) const;

  // The last news outlet (independent or state media) the text names, as a view into it:
  // "RT" in "RT America hired a host.", for "the network" after it.
  // `is_head(word)` tells words that end a newspaper's name ("Sentinel", "Observer"), so
  // outlets the gazetteer does not know count too ("the Orlando Sentinel").
  std::optional<std::string_view> last_outlet_in(
      std::string_view text, const std::function<bool(std::string_view)>& is_head) const;

  // True for a country, a capital or a US state: where someone is, not whom they serve.
  bool is_place(std::string_view phrase) const;

 private:
  void add(std::string_view alias, std::string_view side, bool country);
  // Maps keyed by std::string that accept string_view look-ups without allocating.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  Map<std::string> side_;         // alias (without "the ") -> side
  Map<bool> country_;             // alias -> names a country/capital
  Map<bool> place_;               // US states (countries are in country_)
  Map<bool> outlet_;              // news outlets, independent or state media
  Map<bool> government_;          // government bodies ("State Department"), not parties
  Map<std::string> person_side_;  // full name -> side
  Map<bool> aide_;                // full names of known aides (also in person_side_)
  Map<bool> full_name_only_;      // people in person_side_ whose surname alone names no one
  // name word -> the one full name it belongs to, or "" when several do. Rebuilt whenever
  // people are added, never lazily: a gazetteer is shared read-only by worker threads.
  Map<std::string> person_part_;
  Map<std::string> part_side_;  // name word -> the side of all who hold it, or ""
  void index_person_parts();
  std::size_t longest_words_ = 1;
};

// The process-wide built-in gazetteer.
const Gazetteer& builtin_gazetteer();

}  // namespace whosaid
