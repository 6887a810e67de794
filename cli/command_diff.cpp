// `whosaid diff A B`: what two readouts of one event each report, who they say said it, and
// where they disagree.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/document_batch.hpp"
#include "cli/exit_codes.hpp"
#include "engine/attribution.hpp"
#include "engine/diff_output.hpp"
#include "engine/readout_diff.hpp"
#include "engine/speakers.hpp"
#include "engine/utf8.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;

int run_diff(const std::vector<std::string>& args) {
  std::string format = "text", offsets = "codepoint";
  double min_similarity = DiffOptions{}.min_similarity;
  std::size_t width = 120;
  DocumentOptions documents;
  po::options_description opts("whosaid diff [options] A B");
  opts.add_options()("help,h", "show this help")(
      "format", po::value(&format)->default_value(format), "text | jsonl (one entry a line)")(
      "min-similarity", po::value(&min_similarity)->default_value(min_similarity),
      "how alike two statements must be to match (0..1)")(
      "width", po::value(&width)->default_value(width), "text width of the side-by-side view")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16");
  if (!parse_command_line(args, opts, documents,
                          "Aligns the statements of two readouts of the same event and reports "
                          "what is matched,\nonly in A, only in B, re-attributed or "
                          "conflicting. A and B are two files, or one\nJSON Lines file of two "
                          "records.\nExit codes: 0 ok, 1 a readout could not be read, 2 usage "
                          "error.\n"))
    return ok;
  if (format != "text" && format != "jsonl") throw po::error("--format must be text or jsonl");
  if (min_similarity <= 0 || min_similarity > 1)
    throw po::error("--min-similarity must be in (0, 1]");
  if (width < 40) throw po::error("--width must be at least 40");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  const Gazetteer gazetteer = documents.gazetteer();

  std::vector<std::string> names;
  std::vector<std::vector<Statement>> statements;
  std::vector<std::vector<std::size_t>> starts, ends;
  const auto render = [&](const Document&) { return std::string(); };
  const auto sink = [&](const Document& doc, const std::string&) {
    const auto attrs = extract_attributions(doc.text);
    const auto speakers = resolve_speakers(doc.text, attrs, gazetteer);
    statements.push_back(readout_statements(doc.text, attrs, speakers, gazetteer));
    const OffsetConverter conv(doc.text, *unit);
    starts.emplace_back();
    ends.emplace_back();
    for (const Statement& s : statements.back()) {
      starts.back().push_back(conv.convert(s.span.begin));
      ends.back().push_back(conv.convert(s.span.end));
    }
    names.push_back(doc.id);
  };
  const std::size_t failed = process_documents(documents, render, sink);
  if (failed) return some_failed;
  if (statements.size() != 2)
    throw po::error("diff needs exactly two readouts, got " + std::to_string(statements.size()));
  DiffOptions options;
  options.min_similarity = min_similarity;
  const auto entries = diff_readouts(statements[0], statements[1], options);
  const DiffSide a{names[0], &statements[0], starts[0], ends[0]};
  const DiffSide b{names[1], &statements[1], starts[1], ends[1]};
  if (format == "jsonl")
    write_diff_jsonl(std::cout, a, b, entries);
  else
    write_diff_text(std::cout, a, b, entries, width);
  std::cout.flush();
  return ok;
}

}  // namespace whosaid::cli
