// A fixed set of words with O(1) membership, built once from a constant list. Word lists are
// consulted for every capitalized word of every document, where a linear scan costs too much.
#pragma once

#include <iterator>
#include <string_view>
#include <unordered_set>

namespace whosaid {

class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : set_(std::begin(words), std::end(words)) {}
  bool contains(std::string_view w) const { return set_.count(w) > 0; }

 private:
  std::unordered_set<std::string_view> set_;
};

// The set of a constant word list, built on first use: `word_set<kGroupNouns>().contains(w)`.
template <const auto& List>
const WordSet& word_set() {
  static const WordSet s(List);
  return s;
}

}  // namespace whosaid
