// See world_countries.hpp. Display names come from ICU's locale data (icu-uc).
#include "engine/world_countries.hpp"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <string_view>

namespace whosaid {
namespace {

constexpr std::string_view kAmbiguous[] = {"Georgia",  "Jordan", "Chad",     "Jersey",
                                           "Guernsey", "Niger",  "Dominica", "Isle of Man"};

std::string english_name(const char* code) {
  const std::string locale = std::string("und_") + code;
  UChar name[128];
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = uloc_getDisplayCountry(locale.c_str(), "en", name, 128, &err);
  if (U_FAILURE(err) || n <= 0 || n >= 128) return {};
  char utf8[512];
  int32_t len = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(utf8, sizeof utf8, &len, name, n, &err);
  if (U_FAILURE(err)) return {};
  return std::string(utf8, static_cast<std::size_t>(len));
}

}  // namespace

std::vector<CountryNames> world_countries() {
  std::vector<CountryNames> out;
  for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
    std::string name = english_name(*code);
    // A display name that is only the code means ICU has no English name for it.
    if (name.size() <= 2) continue;
    CountryNames c;
    if (const auto open = name.find(" ("); open != std::string::npos && name.ends_with(")")) {
      // "Myanmar (Burma)": both names.
      c.side = name.substr(0, open);
      c.aliases = {c.side, name.substr(open + 2, name.size() - open - 3)};
    } else if (const auto dash = name.find(" - "); dash != std::string::npos) {
      // "Congo - Kinshasa": the full name, and the capital that tells the two apart.
      c.side = name;
      c.aliases = {name, name.substr(dash + 3)};
    } else if (name.ends_with(" SAR China")) {
      c.side = name.substr(0, name.size() - 10);  // "Hong Kong SAR China"
      c.aliases = {c.side};
    } else {
      c.side = name;
      c.aliases = {name};
    }
    // Long names ("United States Minor Outlying Islands") would lengthen every phrase look-up
    // (the gazetteer tries word windows up to its longest alias) for places no news source is.
    std::erase_if(c.aliases, [](const std::string& a) {
      return std::count(a.begin(), a.end(), ' ') > 2 ||
             std::find(std::begin(kAmbiguous), std::end(kAmbiguous), a) != std::end(kAmbiguous);
    });
    if (!c.aliases.empty()) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace whosaid
