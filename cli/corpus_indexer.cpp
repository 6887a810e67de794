// See corpus_indexer.hpp.
#include "cli/corpus_indexer.hpp"

#include "engine/corpus_record.hpp"
#include "engine/corpus_writer.hpp"

namespace whosaid::cli {

IndexStats index_documents(SQLite::Database& db, const DocumentOptions& documents,
                           const Gazetteer& gazetteer, std::size_t batch) {
  IndexStats stats;
  CorpusWriter writer(db);
  std::size_t in_transaction = 0;
  const auto wanted = [&](const Document& d) {
    if (!writer.holds(d.id, corpus_hash(d))) return true;
    ++stats.unchanged;
    return false;
  };
  const auto render = [&](const Document& d) { return make_corpus_record(d, gazetteer); };
  const auto sink = [&](const Document&, CorpusRecord& r) {
    if (in_transaction == 0) writer.begin();
    writer.put(r);
    stats.bytes += r.text.size();
    if (++in_transaction >= batch) {
      writer.commit();
      in_transaction = 0;
    }
  };
  stats.failed = process_documents_as<CorpusRecord>(documents, wanted, render, sink, true);
  if (in_transaction > 0) writer.commit();
  writer.finish();
  stats.added = writer.added;
  stats.replaced = writer.replaced;
  return stats;
}

}  // namespace whosaid::cli
