// `whosaid audit`: every attribution matching a speaker (by any alias), side, kind, date range,
// full-text query or document, from an index (--db) or straight from documents (indexed in
// memory first), as a text report, JSON Lines or CSV.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/corpus_indexer.hpp"
#include "cli/exit_codes.hpp"
#include "engine/audit_output.hpp"
#include "engine/corpus_db.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;

int run_audit(const std::vector<std::string>& args) {
  std::string db_path, format = "text", offsets = "codepoint";
  AuditFilter f;
  DocumentOptions documents;
  po::options_description opts("whosaid audit (--db FILE | PATH...) [filters] [options]");
  opts.add_options()("help,h", "show this help")("db", po::value(&db_path),
                                                 "an index built by `whosaid index`")(
      "speaker", po::value(&f.speaker), "a speaker by name or any alias (\"Blinken\")")(
      "side", po::value(&f.side), "US, China, …, independent, media, unknown")(
      "kind", po::value(&f.kind), "person | organization | country | group | anonymous")(
      "since", po::value(&f.since), "documents dated on or after (YYYY[-MM[-DD]])")(
      "until", po::value(&f.until), "documents dated on or before (YYYY[-MM[-DD]])")(
      "query", po::value(&f.query), "full-text query over the contents (SQLite FTS5 syntax)")(
      "doc", po::value(&f.doc), "one document, by its key or file name")(
      "format", po::value(&format)->default_value(format), "text | jsonl | csv")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16");
  if (!parse_command_line(args, opts, documents,
                          "Without --db, the PATHs are indexed in memory first.\nExit codes: 0 "
                          "done (also with no hits), 1 some documents failed, 2 usage error, 3 "
                          "the index cannot be used.\n"))
    return ok;
  AuditFormat fmt;
  if (format == "text")
    fmt = AuditFormat::text;
  else if (format == "jsonl")
    fmt = AuditFormat::jsonl;
  else if (format == "csv")
    fmt = AuditFormat::csv;
  else
    throw po::error("--format must be text, jsonl or csv");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  if (!f.kind.empty() && f.kind != "person" && f.kind != "organization" && f.kind != "country" &&
      f.kind != "group" && f.kind != "anonymous")
    throw po::error("--kind must be person, organization, country, group or anonymous");
  if (db_path.empty() == documents.paths.empty())
    throw po::error("give either --db FILE or the documents' PATHs");
  std::size_t failed = 0;
  try {
    std::unique_ptr<SQLite::Database> db;
    if (!db_path.empty()) {
      db = open_corpus(db_path, CorpusAccess::read);
    } else {
      db = open_corpus(":memory:", CorpusAccess::write);
      failed = index_documents(*db, documents, documents.gazetteer(), 1000).failed;
    }
    const AuditResult r = run_audit(*db, f);
    write_audit(std::cout, r, fmt, *unit);
  } catch (const CorpusError& e) {
    std::cerr << "whosaid audit: " << e.what() << '\n';
    return !f.query.empty() && std::string_view(e.what()).starts_with("--query") ? usage_error
                                                                                 : fatal_error;
  } catch (const SQLite::Exception& e) {
    std::cerr << "whosaid audit: " << db_path << ": " << e.what() << '\n';
    return fatal_error;
  }
  std::cout.flush();
  return failed ? some_failed : ok;
}

}  // namespace whosaid::cli
