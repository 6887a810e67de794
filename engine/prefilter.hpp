// A one-pass RE2::Set over a unit's text: only units with a quote mark, a cue word, a colon
// or "according to" reach the tagger and the grammars.
#pragma once

#include <re2/set.h>

#include <string_view>

namespace whosaid {

class Prefilter {
 public:
  Prefilter();
  ~Prefilter();
  Prefilter(const Prefilter&) = delete;
  Prefilter& operator=(const Prefilter&) = delete;

  // True when `normalized_unit` may hold reported speech. Thread-safe.
  bool candidate(std::string_view normalized_unit) const;

 private:
  re2::RE2::Set set_;
};

// The process-wide prefilter (built once; RE2 objects are safe to share between threads).
const Prefilter& prefilter();

}  // namespace whosaid
