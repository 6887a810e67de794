// Splitting a string_view at a separator, shared by the lexicon's tables and the brat reader.
#pragma once

#include <string_view>
#include <vector>

namespace whosaid {

// The pieces of `s` between occurrences of `sep`, empty pieces included ("a,,b" -> a, "", b).
inline std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

}  // namespace whosaid
