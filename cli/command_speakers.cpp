// `whosaid speakers`: each document's speakers (who they are, the side they speak for, how
// often and under which mentions), from the same extraction as `extract`; or, with --db, the
// speakers of a whole index with their aliases, sides and quote counts.
#include <boost/program_options.hpp>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/document_batch.hpp"
#include "cli/exit_codes.hpp"
#include "engine/attribution.hpp"
#include "engine/audit_output.hpp"
#include "engine/corpus_db.hpp"
#include "engine/speaker_output.hpp"
#include "engine/speakers.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;

int run_speakers(const std::vector<std::string>& args) {
  std::string format = "text", offsets = "codepoint", db_path, sort = "quotes";
  DocumentOptions documents;
  po::options_description opts("whosaid speakers [options] [PATH...|-]");
  opts.add_options()("help,h", "show this help")(
      "format", po::value(&format)->default_value(format), "text | jsonl (one speaker a line)")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16")(
      "db", po::value(&db_path), "list the speakers of an index instead, across documents")(
      "sort", po::value(&sort)->default_value(sort), "with --db: quotes | name | documents");
  if (!parse_command_line(args, opts, documents,
                          "Lists each document's speakers with their mentions, sides and "
                          "attribution counts.\nExit codes: 0 all documents processed, 1 some "
                          "failed, 2 usage error.\n"))
    return ok;
  if (format != "text" && format != "jsonl") throw po::error("--format must be text or jsonl");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  if (!db_path.empty()) {
    if (!documents.paths.empty()) throw po::error("give either --db FILE or the documents' PATHs");
    SpeakerSort order;
    if (sort == "quotes")
      order = SpeakerSort::quotes;
    else if (sort == "name")
      order = SpeakerSort::name;
    else if (sort == "documents")
      order = SpeakerSort::documents;
    else
      throw po::error("--sort must be quotes, name or documents");
    try {
      const auto db = open_corpus(db_path, CorpusAccess::read);
      write_speaker_rows(std::cout, list_speakers(*db, order), format == "jsonl");
    } catch (const CorpusError& e) {
      std::cerr << "whosaid speakers: " << e.what() << '\n';
      return fatal_error;
    } catch (const SQLite::Exception& e) {
      std::cerr << "whosaid speakers: " << db_path << ": " << e.what() << '\n';
      return fatal_error;
    }
    return ok;
  }
  const Gazetteer gazetteer = documents.gazetteer();
  const auto render = [&](const Document& doc) {
    const auto attrs = extract_attributions(doc.text);
    const auto speakers = resolve_speakers(doc.text, attrs, gazetteer);
    std::ostringstream out;
    if (format == "jsonl")
      write_speakers_jsonl(out, doc, speakers, *unit);
    else
      write_speakers_text(out, doc, speakers, *unit);
    return std::move(out).str();
  };
  const std::size_t failed = process_documents(
      documents, render, [](const Document&, const std::string& s) { std::cout << s; });
  std::cout.flush();
  return failed ? some_failed : ok;
}

}  // namespace whosaid::cli
