// Scoring predicted attributions against gold ones (PolNeAR), with the figures the project
// reports: content partial match, attribution (content + source), exact spans per part, and
// recall on direct quotes. Everything is in code points, as brat is.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/brat.hpp"

namespace whosaid {

struct EvalDocument {
  std::u32string text;  // for trimming white space off span chunks
  std::vector<SpanAttribution> gold, predicted;
};

struct Score {
  std::size_t predicted_hits = 0, predicted = 0, gold_hits = 0, gold = 0;
  double precision() const { return predicted ? double(predicted_hits) / double(predicted) : 0; }
  double recall() const { return gold ? double(gold_hits) / double(gold) : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void add(const Score& o);
};

struct EvalReport {
  std::size_t documents = 0;
  Score content_partial;  // one-to-one pairs by content overlap
  Score attribution;      // pairs whose sources also overlap (or both have none)
  Score source_exact, cue_exact, content_exact;   // trimmed span chunks found verbatim
  std::size_t direct_gold = 0, direct_found = 0;  // gold direct quotes, and those paired
  double direct_recall() const {
    return direct_gold ? double(direct_found) / double(direct_gold) : 0;
  }
  void add(const EvalReport& o);
};

EvalReport evaluate(const EvalDocument& doc);

// The figures as a small table, one line per measure, each "P R F1".
std::string format_report(const EvalReport& r);

// The value of a named figure ("content_partial_f1", "attribution_f1", "source_exact_f1",
// "cue_exact_f1", "content_exact_f1", "direct_recall"), or -1 for an unknown name.
double figure(const EvalReport& r, const std::string& name);

}  // namespace whosaid
