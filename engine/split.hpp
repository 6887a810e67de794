// Splitting a string_view at a separator, shared by the lexicon's tables and the brat reader.
#pragma once

#include <boost/container/small_vector.hpp>
#include <string_view>

namespace whosaid {

// Most splits are the few words of a phrase, on every source of every text: kept on the stack.
using Pieces = boost::container::small_vector<std::string_view, 8>;

// The pieces of `s` between occurrences of `sep`, empty pieces included ("a,,b" -> a, "", b).
inline Pieces split(std::string_view s, char sep) {
  Pieces out;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

}  // namespace whosaid
