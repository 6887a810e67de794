// ASCII character classes and case folding, inline and locale-free: the tokenizer and tagger
// call these per byte, where libc's locale-aware functions cost a call each. Bytes >= 0x80
// are never letters here; callers classify those through ICU.
#pragma once

#include <string>
#include <string_view>

namespace whosaid::ascii {

constexpr bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_alpha(char c) {
  return is_upper(c) || is_lower(c);
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}
constexpr char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Lower-cases the ASCII letters of `s` into `out` (reused, so no allocation in loops).
inline void to_lower(std::string_view s, std::string& out) {
  out.resize(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) out[i] = to_lower(s[i]);
}

inline std::string lowered(std::string_view s) {
  std::string out;
  to_lower(s, out);
  return out;
}

}  // namespace whosaid::ascii
