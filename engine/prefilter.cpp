// Builds the prefilter's pattern from the lexicon, so a new cue verb needs no second edit.
#include "engine/prefilter.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/lexicon.hpp"

namespace whosaid {
namespace {
RE2::Options make_options() {
  RE2::Options opts;
  opts.set_max_mem(64 << 20);
  return opts;
}
}  // namespace

Prefilter::Prefilter() : set_(make_options(), RE2::UNANCHORED) {
  std::vector<std::string> words = cue_word_forms();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string cue_words = "(?i)\\b(?:";
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) cue_words += '|';
    cue_words += RE2::QuoteMeta(words[i]);
  }
  cue_words += ")\\b";
  // One pattern per trigger; the set compiles them into a single DFA, so the scan is one pass.
  for (const std::string& p : {std::string("[\"']"), cue_words, std::string(":")}) {
    std::string error;
    if (set_.Add(p, &error) < 0) throw std::logic_error("prefilter pattern: " + error);
  }
  if (!set_.Compile()) throw std::logic_error("prefilter: RE2::Set did not compile");
}

Prefilter::~Prefilter() = default;

bool Prefilter::candidate(std::string_view unit) const {
  return set_.Match(re2::StringPiece(unit.data(), unit.size()), nullptr);
}

const Prefilter& prefilter() {
  static const Prefilter p;
  return p;
}

}  // namespace whosaid
