// What a claim's words say, for comparing claims: key terms (stems of content words), the
// entities named (sides and people, under one canonical name), broad concepts ("support",
// "war"), numbers with their units, negation and modality. Conflicts and readout diffs both
// compare claims through this, never through raw strings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/gazetteer.hpp"

namespace whosaid {

struct Quantity {
  double value = 0;     // scaled: "$240 billion" → 2.4e11
  std::string unit;     // "$", "percent", or the stem of the counted noun ("enterpris")
  std::string written;  // as in the text: "$240 billion"
};

struct ClaimText {
  std::vector<std::string> terms;     // stems of content words, sorted, unique
  std::vector<std::string> entities;  // "China", "Xi Jinping": sorted, unique
  std::vector<std::string> concepts;  // "support", "war": sorted, unique
  std::vector<Quantity> numbers;
  std::vector<std::string> negators;  // "not", "never", "no evidence", in text order
  std::string modality;               // the first of may/might/could/would/should, or empty
  // Opposite-predicate poles: "increase+" / "increase-" for increase / decrease.
  std::vector<std::string> poles;

  bool negated() const { return !negators.empty(); }
  // Everything a topic is made of, prefixed by kind ("e:China", "c:war", "t:supplier").
  std::vector<std::string> topic() const;
};

ClaimText analyze_claim_text(std::string_view text, const Gazetteer& g);

// Whether two claim texts take opposite poles of one predicate pair ("increase" against
// "decrease"); `evidence` gets the two poles.
bool opposite_poles(const ClaimText& x, const ClaimText& y, std::vector<std::string>& evidence);
// Whether two claim texts give different values for a quantity of the same unit (beyond
// rounding); `evidence` gets the two numbers as written. Equal values for the first shared
// unit mean agreement.
bool numbers_differ(const ClaimText& x, const ClaimText& y, std::vector<std::string>& evidence);

// Topic overlap of two sorted token lists: shared / size of the smaller (0 when either is
// empty), and the shared tokens.
double topic_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b,
                     std::vector<std::string>* shared = nullptr);

}  // namespace whosaid
