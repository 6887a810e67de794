// Conflicting claims: pairs of claims by different party sides on the same topic that cannot
// both stand — one denies what the other asserts, one negates what the other asserts, they
// take opposite predicates, or they give different numbers for the same quantity.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claims.hpp"

namespace whosaid {

enum class ConflictReason : std::uint8_t { denial, negation, opposite, numbers };
std::string_view conflict_reason_name(ConflictReason r);

struct Conflict {
  std::size_t a = 0, b = 0;  // indexes into the claim list; a < b
  ConflictReason reason = ConflictReason::denial;
  std::vector<std::string> triggers;  // the words that made the call
  std::vector<std::string> shared;    // the topic both claims share
  double score = 0;                   // 0..1
};

struct ConflictOptions {
  double min_score = 0.5;
  // A topic token held by more claims than this is too common to pair claims on its own
  // (it still counts toward their overlap); keeps the work near-linear on large corpora.
  std::size_t max_postings = 400;
};

// Every conflicting pair, ordered by (a, b). Memory grows with the number of claims, not of
// pairs: candidates come from an inverted index, one claim at a time.
std::vector<Conflict> find_conflicts(const std::vector<Claim>& claims,
                                     const ConflictOptions& options = {});

}  // namespace whosaid
