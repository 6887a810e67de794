// `whosaid extract`: every attribution in the given documents, with its speaker, as JSON
// Lines, a text table or brat standoff.
#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/document_batch.hpp"
#include "cli/exit_codes.hpp"
#include "engine/attribution.hpp"
#include "engine/output.hpp"
#include "engine/speakers.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;
namespace {

std::string safe_name(std::string_view id) {
  std::string s(id);
  for (auto& c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '_';
  return s.empty() ? "doc" : s;
}
}  // namespace

int run_extract(const std::vector<std::string>& args) {
  std::string format = "jsonl", offsets = "codepoint", brat_dir;
  DocumentOptions documents;
  po::options_description opts("whosaid extract [options] [PATH...|-]");
  opts.add_options()("help,h", "show this help")(
      "format", po::value(&format)->default_value(format), "jsonl | text | brat")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16")(
      "brat-dir", po::value(&brat_dir), "with --format brat: write NAME.txt and NAME.ann here");
  if (!parse_command_line(args, opts, documents,
                          "Reads files, folders (recursively) or standard input and writes one "
                          "attribution per line.\nExit codes: 0 all documents processed, 1 some "
                          "failed (reported on stderr), 2 usage error.\n"))
    return ok;
  OutputFormat fmt;
  if (format == "jsonl")
    fmt = OutputFormat::jsonl;
  else if (format == "text")
    fmt = OutputFormat::text;
  else if (format == "brat")
    fmt = OutputFormat::brat;
  else
    throw po::error("--format must be jsonl, text or brat");
  if (fmt == OutputFormat::brat && brat_dir.empty())
    throw po::error("--format brat needs --brat-dir DIR (one .ann beside each .txt)");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  const Gazetteer gazetteer = documents.gazetteer();

  const auto render = [&](const Document& doc) {
    const auto attrs = extract_attributions(doc.text);
    std::ostringstream out;
    if (fmt == OutputFormat::brat) {
      write_brat(out, doc, attrs);
    } else {
      const auto speakers = resolve_speakers(doc.text, attrs, gazetteer);
      if (fmt == OutputFormat::jsonl)
        write_jsonl(out, doc, attrs, &speakers, *unit);
      else
        write_text(out, doc, attrs, &speakers, *unit);
    }
    return std::move(out).str();
  };
  const auto sink = [&](const Document& doc, const std::string& output) {
    if (fmt != OutputFormat::brat) {
      std::cout << output;
      return;
    }
    const auto base = std::filesystem::path(brat_dir) / safe_name(doc.id);
    std::ofstream(base.string() + ".txt", std::ios::binary) << doc.text;
    std::ofstream(base.string() + ".ann", std::ios::binary) << output;
  };
  if (fmt == OutputFormat::brat) std::filesystem::create_directories(brat_dir);
  const std::size_t failed = process_documents(documents, render, sink);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "whosaid: cannot write output\n";
    return fatal_error;
  }
  return failed ? some_failed : ok;
}

}  // namespace whosaid::cli
