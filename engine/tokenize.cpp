// The tokenizer; see tokenize.hpp. Letters beyond ASCII are classified through ICU.
#include "engine/tokenize.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

#include "engine/ascii.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

// Abbreviations whose period is part of the word; lower-cased, period included.
constexpr std::string_view kAbbreviations[] = {
    "mr.",   "mrs.",  "ms.",   "dr.",    "prof.", "gen.",  "sen.",    "rep.",    "gov.",
    "lt.",   "col.",  "capt.", "sgt.",   "st.",   "jr.",   "sr.",     "rev.",    "hon.",
    "pres.", "inc.",  "corp.", "co.",    "ltd.",  "vs.",   "etc.",    "no.",     "jan.",
    "feb.",  "mar.",  "apr.",  "aug.",   "sep.",  "sept.", "oct.",    "nov.",    "dec.",
    "mt.",   "ft.",   "adm.",  "gov't.", "dept.", "univ.", "est.",    "approx.", "cmdr.",
    "maj.",  "supt.", "atty.", "amb.",   "sens.", "reps.", "messrs.", "del."};

// Decodes the character at `i` and reports whether it is a letter or digit.
bool is_word_char(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return ascii::is_alnum(static_cast<char>(c));
  }
  std::int32_t j = static_cast<std::int32_t>(i);
  UChar32 cp = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), j, static_cast<std::int32_t>(s.size()),
          cp);
  *len = static_cast<std::size_t>(j) - i;
  if (cp < 0) return false;
  return u_isalnum(cp) || u_charType(cp) == U_NON_SPACING_MARK;
}

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v';
}

bool word_char_at(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  return i < s.size() && is_word_char(s, i, &len);
}

// Length of a run of initials such as "U.S." or "a.m." starting at i (0 if none).
std::size_t initials_at(std::string_view s, std::size_t i) {
  std::size_t j = i;
  int letters = 0;
  while (j + 1 < s.size() && ascii::is_alpha(s[j]) && s[j + 1] == '.' &&
         (j == i || s[j - 1] == '.')) {
    j += 2;
    ++letters;
  }
  if (letters == 0) return 0;
  if (j < s.size() && word_char_at(s, j)) return 0;  // "U.Shaped": not initials
  // A single letter + period counts only when capitalized (initial "J." in "John J. Smith").
  if (letters == 1 && !ascii::is_upper(s[i])) return 0;
  return j - i;
}

// Length of a web domain's ending such as ".com" starting at i (0 if none): "GunBroker.com",
// "Factcheck.org" are one name, not a sentence ending before "com".
std::size_t domain_ending_at(std::string_view s, std::size_t i) {
  static constexpr std::string_view kEndings[] = {".com", ".org", ".net", ".gov", ".edu", ".io"};
  // Most periods end a sentence before a space: one look settles them.
  if (i + 1 >= s.size() || !ascii::is_lower(s[i + 1])) return 0;
  for (const std::string_view e : kEndings)
    if (s.substr(i, e.size()) == e && !word_char_at(s, i + e.size())) return e.size();
  return 0;
}

// Whether a single quotation mark opens at a word's start in the paragraph before byte `at`
// (looked for within a bounded reach), so that a quote mark at `at` may close it.
bool single_quote_open(std::string_view s, std::size_t at) {
  constexpr std::size_t kReach = 600;
  const std::size_t from = at > kReach ? at - kReach : 0;
  for (std::size_t k = at; k-- > from;) {
    if (s[k] == '\n') return false;
    if (s[k] == '\'' && (k == 0 || is_space(static_cast<unsigned char>(s[k - 1])) ||
                         s[k - 1] == '"' || s[k - 1] == '('))
      return true;
  }
  return false;
}
}  // namespace

bool is_abbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  // Every abbreviation listed is short: longer words skip the lower-casing and the look-up.
  if (word.size() <= 8) {
    char buf[8];
    for (std::size_t i = 0; i < word.size(); ++i) buf[i] = ascii::to_lower(word[i]);
    if (word_set<kAbbreviations>().contains(std::string_view(buf, word.size()))) return true;
  }
  return initials_at(word, 0) == word.size();
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5);
  bool pending_paragraph = true;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (is_space(c)) {
      if (c == '\n') pending_paragraph = true;
      if (!out.empty()) out.back().space_after = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.paragraph_start = pending_paragraph;
    t.space_before = i == 0 || is_space(static_cast<unsigned char>(s[i - 1]));
    pending_paragraph = false;
    std::size_t len = 0;
    if (const std::size_t n = initials_at(s, i); n > 0) {
      t.kind = TokenKind::word;
      i += n;
    } else if (is_word_char(s, i, &len) ||
               (c == '\'' && i + 1 < s.size() && ascii::is_digit(s[i + 1]) &&
                (i == 0 || !word_char_at(s, i - 1)))) {
      bool digits_only = true;
      if (c == '\'') len = 1;
      while (i < s.size()) {
        // ASCII letters and digits, the common case, without the general look-up.
        if (const char a = s[i]; ascii::is_alnum(a)) {
          if (!ascii::is_digit(a)) digits_only = false;
          ++i;
          continue;
        }
        std::size_t l = 0;
        if (is_word_char(s, i, &l)) {
          if (!ascii::is_digit(s[i])) digits_only = false;
          i += l;
          continue;
        }
        if (s[i] == '\'' && i == t.begin) {  // leading apostrophe of '90s
          ++i;
          continue;
        }
        // Joiners inside a word: Russia's, China-Russia, 1,000, 3.5, 9/11, AT&T, and the slash
        // of two sponsors' names: CNN/ORC, NBC/WSJ.
        const char j = s[i];
        if (j == '/' && i > t.begin && ascii::is_upper(s[i - 1]) && i + 1 < s.size() &&
            ascii::is_upper(s[i + 1])) {
          ++i;
          continue;
        }
        if (j == '.' && i > t.begin && ascii::is_alnum(s[i - 1]))
          if (const std::size_t n = domain_ending_at(s, i); n > 0) {
            i += n;
            break;
          }
        // Initials after a hyphen end the word with their periods: "China-U.S. ties".
        if (j == '-' && i > t.begin)
          if (const std::size_t n = initials_at(s, i + 1); n > 0) {
            i += 1 + n;
            break;
          }
        const bool joins = (j == '\'' || j == '-' || j == '&' ||
                            ((j == ',' || j == '.' || j == '/') && digits_only)) &&
                           i > t.begin && word_char_at(s, i + 1) &&
                           (j != ',' || (i + 3 < s.size() && ascii::is_digit(s[i + 1])));
        if (!joins) break;
        ++i;
      }
      // A capitalized name in -s takes a bare apostrophe as its possessive: "Sanders' campaign"
      // (the tagger reads "Sanders'" as it reads "Clinton's"), not a closing quote.
      // Before a capital too, unless a single quotation opened earlier in the paragraph may
      // close there: "Reuters' Luciana Lopez".
      if (i + 2 < s.size() && s[i] == '\'' && s[i + 1] == ' ' &&
          (ascii::is_lower(s[i + 2]) || (ascii::is_upper(s[i + 2]) && !single_quote_open(s, i))) &&
          ascii::is_upper(s[t.begin]) && (s[i - 1] == 's' || s[i - 1] == 'S'))
        ++i;
      // A known abbreviation keeps its period: "Mr." "Gen." "Jan."
      if (i < s.size() && s[i] == '.' && is_abbreviation(s.substr(t.begin, i + 1 - t.begin))) ++i;
      t.kind = digits_only ? TokenKind::number : TokenKind::word;
    } else if (c == '"' || c == '\'') {
      t.kind = TokenKind::quote;
      ++i;
    } else if (c == '.' && s.substr(i, 3) == "...") {
      t.kind = TokenKind::punct;
      i += 3;
    } else {
      t.kind = TokenKind::punct;
      i += c < 0x80 ? 1 : std::max<std::size_t>(len, 1);
    }
    t.end = static_cast<std::uint32_t>(i);
    t.space_after = i >= s.size() || is_space(static_cast<unsigned char>(s[i]));
    out.push_back(t);
  }
  return out;
}

}  // namespace whosaid
