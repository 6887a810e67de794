// `whosaid index`: extracts documents (with speakers and claims) into a SQLite index that
// `whosaid audit` and `whosaid speakers --db` query. Re-running on the same inputs changes
// nothing; a changed document is replaced; an interrupted run leaves every committed batch.
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/corpus_indexer.hpp"
#include "cli/exit_codes.hpp"
#include "engine/corpus_db.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;

int run_index(const std::vector<std::string>& args) {
  std::string db_path;
  std::size_t batch = 64;
  DocumentOptions documents;
  po::options_description opts("whosaid index --db FILE [options] [PATH...|-]");
  opts.add_options()("help,h", "show this help")("db", po::value(&db_path),
                                                 "the index file (created when missing)")(
      "batch", po::value(&batch)->default_value(batch), "documents per transaction");
  if (!parse_command_line(args, opts, documents,
                          "Indexes files, folders (recursively) or standard input; prints what "
                          "changed on stderr.\nExit codes: 0 all documents indexed, 1 some "
                          "failed (reported on stderr), 2 usage error, 3 the index cannot be "
                          "used.\n"))
    return ok;
  if (db_path.empty()) throw po::error("--db FILE is required");
  if (batch == 0) throw po::error("--batch must be at least 1");
  const Gazetteer gazetteer = documents.gazetteer();
  const auto started = std::chrono::steady_clock::now();
  IndexStats s;
  try {
    const auto db = open_corpus(db_path, CorpusAccess::write);
    s = index_documents(*db, documents, gazetteer, batch);
  } catch (const CorpusError& e) {
    std::cerr << "whosaid index: " << e.what() << '\n';
    return fatal_error;
  } catch (const SQLite::Exception& e) {
    std::cerr << "whosaid index: " << db_path << ": " << e.what() << '\n';
    return fatal_error;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  char line[256];
  std::snprintf(line, sizeof line,
                "whosaid index: %llu added, %llu replaced, %llu unchanged, %llu failed; %.2f MB "
                "extracted in %.2f s\n",
                static_cast<unsigned long long>(s.added),
                static_cast<unsigned long long>(s.replaced),
                static_cast<unsigned long long>(s.unchanged),
                static_cast<unsigned long long>(s.failed), s.bytes / 1e6, seconds);
  std::cerr << line;
  return s.failed ? some_failed : ok;
}

}  // namespace whosaid::cli
