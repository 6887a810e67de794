// Plural titles before a list of names; see list_titles.hpp.
#include "engine/list_titles.hpp"

#include <string>

#include "engine/ascii.hpp"
#include "engine/split.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

// Lower-case words that may stand in front of a plural title and belong to it: "former
// presidents", "Democratic presidential candidates", "his leading rivals".
constexpr std::string_view kListModifiers[] = {
    "former", "presidential", "leading", "trailing", "fellow", "top", "senior", "state", "vice"};

// What may open a list after its plural title: "candidates such as Marco Rubio and ...",
// "Other Republican candidates, including Carly Fiorina and Ben Carson,".
constexpr std::string_view kListOpeners[] = {
    " such as ", " including ", ", such as ", ", including ", ": ", ", ", " "};

// What may part two names of the list, after an optional "(D-Va.)".
constexpr std::string_view kListSeparators[] = {", ", " and ", ", and ", " or ", ", or "};

bool is_party_word(std::string_view w) {
  return w == "Democrat" || w == "Republican";
}

// The singular of a plural title word, or empty: "candidates" → "candidate", "Sens." →
// "Sen.", "Republicans" → "Republican".
std::string singular_title(std::string_view w) {
  if (w.size() > 2 && w.ends_with("s.") && ascii::is_upper(w[0])) {
    std::string one = std::string(w.substr(0, w.size() - 2)) + ".";
    return is_role_word(one) ? one : std::string();
  }
  if (w.size() < 4 || !w.ends_with('s')) return {};
  const std::string_view one = w.substr(0, w.size() - 1);
  return is_role_word(one) || is_party_word(one) ? std::string(one) : std::string();
}

// The plural title that ends at `end` with its modifiers, in the singular, or empty.
std::string plural_title_before(std::string_view text, std::size_t end, const Gazetteer& g) {
  const std::size_t from = end > 80 ? end - 80 : 0;
  std::string_view before = text.substr(from, end - from);
  if (const auto nl = before.rfind('\n'); nl != std::string_view::npos)
    before = before.substr(nl + 1);
  // (A no-break space arrives as two spaces: "Sens.\u00a0Mike Crapo".)
  while (before.ends_with(' ')) before.remove_suffix(1);
  const Pieces words = split(before, ' ');
  if (words.empty()) return {};
  std::string title = singular_title(words.back());
  if (title.empty()) return {};
  for (std::size_t k = words.size() - 1, taken = 0; k-- > 0 && taken < 3; ++taken) {
    const std::string_view w = words[k];
    const bool modifier = word_set<kListModifiers>().contains(ascii::lowered(w)) ||
                          is_party_word(w) ||
                          (ascii::is_upper(w.empty() ? 'a' : w[0]) && w.find('.') == w.npos &&
                           g.side_of(w).has_value());
    if (!modifier) break;
    title = std::string(w) + " " + title;
  }
  return title;
}

// Whether `between` (the text from one name's end to the next's start) parts two names of a
// list: a separator after an optional short parenthesis ("(D-Va.)").
bool separates_list(std::string_view between) {
  if (between.starts_with(" (")) {
    const auto close = between.find(')');
    if (close == std::string_view::npos || close > 14) return false;
    between.remove_prefix(close + 1);
  }
  for (std::string_view s : kListSeparators)
    if (between == s) return true;
  return false;
}

}  // namespace

void share_list_titles(std::string_view text, const Gazetteer& g, std::vector<NameMention>& names) {
  for (std::size_t i = 0; i + 1 < names.size(); ++i) {
    NameMention& first = names[i];
    std::string title;
    if (first.title.find(' ') == std::string::npos && !first.title.empty()) {
      title = singular_title(first.title);  // "Sens. Ted Cruz and Marco Rubio"
    } else if (!first.title.empty()) {
      // With its modifiers: "Idaho Republican Sens. Mike Crapo and Jim Risch".
      const auto space = first.title.rfind(' ');
      if ((first.title.ends_with('s') || first.title.ends_with("s.")) &&
          !singular_title(std::string_view(first.title).substr(space + 1)).empty() &&
          first.begin > 1 && text[first.begin - 1] == ' ')
        title = plural_title_before(text, first.begin - 1, g);
    } else {
      for (std::string_view open : kListOpeners)
        // Most names follow no plural at all: the byte before the opener tells ("s", "s.").
        if (first.begin > open.size() + 1 &&
            (text[first.begin - open.size() - 1] == 's' ||
             text.substr(first.begin - open.size() - 2, 2) == "s.") &&
            text.substr(first.begin - open.size(), open.size()) == open) {
          title = plural_title_before(text, first.begin - open.size(), g);
          if (!title.empty()) break;
        }
    }
    if (title.empty()) continue;
    std::size_t last = i;
    while (last + 1 < names.size() && names[last + 1].title.empty() &&
           names[last + 1].begin > names[last].end &&
           separates_list(text.substr(names[last].end, names[last + 1].begin - names[last].end)))
      ++last;
    if (last == i) continue;  // one name: the plural was someone else's ("candidates Monday")
    for (std::size_t k = i; k <= last; ++k) names[k].title = title;
    i = last;
  }
}

}  // namespace whosaid
