// How `whosaid diff` writes a readout diff: two columns a person reads at a glance (A on the
// left, B on the right, one row per entry), or one JSON object a line for pipelines.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/readout_diff.hpp"

namespace whosaid {

struct DiffSide {
  std::string name;  // the readout's id or path
  const std::vector<Statement>* statements = nullptr;
  std::vector<std::size_t> start, end;  // each statement's span in the output offset unit
};

void write_diff_text(std::ostream& out, const DiffSide& a, const DiffSide& b,
                     const std::vector<DiffEntry>& entries, std::size_t width = 120);
void write_diff_jsonl(std::ostream& out, const DiffSide& a, const DiffSide& b,
                      const std::vector<DiffEntry>& entries);

}  // namespace whosaid
