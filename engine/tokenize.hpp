// Tokens with byte spans over the normalized text: the unit every later stage matches on.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid {

enum class TokenKind : std::uint8_t { word, number, punct, quote };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the normalized text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool paragraph_start = false;  // first token after a line break (or of the text)
  bool space_before = false;     // white space (or text start) right before it
  bool space_after = false;      // white space (or text end) right after it

  std::string_view text(std::string_view s) const { return s.substr(begin, end - begin); }
};

// Splits normalized text into tokens. Linear in the text size. Words keep internal
// apostrophes and hyphens (Russia's, don't, China-Russia), a leading apostrophe before digits
// ('90s), and the periods of abbreviations and initials (U.S., D.C., Mr., a.m.).
std::vector<Token> tokenize(std::string_view normalized);

// True when `word` (with its trailing period) is a known abbreviation or a run of initials.
bool is_abbreviation(std::string_view word);

}  // namespace whosaid
