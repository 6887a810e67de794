// `whosaid conflicts`: claims from different sides on the same topic that cannot both stand,
// within and across the given documents, each with both claims, the reason and the evidence.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/claim_batch.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "engine/conflict_output.hpp"
#include "engine/conflicts.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;

int run_conflicts(const std::vector<std::string>& args) {
  std::string format = "text", offsets = "codepoint";
  double min_score = 0.5;
  DocumentOptions documents;
  po::options_description opts("whosaid conflicts [options] [PATH...|-]");
  opts.add_options()("help,h", "show this help")(
      "format", po::value(&format)->default_value(format), "text | jsonl (one flag a line)")(
      "min-score", po::value(&min_score)->default_value(min_score),
      "report flags scoring at least this (0..1)")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16");
  if (!parse_command_line(
          args, opts, documents,
          "Flags pairs of claims by different sides on the same topic that conflict: a denial,\n"
          "a negation, opposite predicates or different numbers.\nExit codes: 0 all documents "
          "processed, 1 some failed, 2 usage error.\n"))
    return ok;
  if (format != "text" && format != "jsonl") throw po::error("--format must be text or jsonl");
  if (min_score < 0 || min_score > 1) throw po::error("--min-score must be between 0 and 1");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  const ClaimBatch batch = collect_claims(documents, documents.gazetteer(), *unit);
  ConflictOptions options;
  options.min_score = min_score;
  const auto conflicts = find_conflicts(batch.claims, options);
  if (format == "jsonl")
    write_conflicts_jsonl(std::cout, conflicts, batch.claims, batch.docs);
  else
    write_conflicts_text(std::cout, conflicts, batch.claims, batch.docs);
  std::cout.flush();
  return batch.failed ? some_failed : ok;
}

}  // namespace whosaid::cli
