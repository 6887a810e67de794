// Every country ICU knows by an English name, so that a side exists for countries the
// built-in gazetteer does not list ("Myanmar", "Chile"). ICU gives names, not demonyms or
// capitals: those stay the built-in table's and the user's --sides file's.
#pragma once

#include <string>
#include <vector>

namespace whosaid {

struct CountryNames {
  std::string side;                  // "Myanmar"
  std::vector<std::string> aliases;  // "Myanmar", "Burma"
};

// In ISO 3166 code order. Names that are as often a person's or a US state's ("Georgia",
// "Jordan", "Chad") are left out, and so are names of more than three words.
std::vector<CountryNames> world_countries();

}  // namespace whosaid
