// Filling a corpus index from documents: shared by `whosaid index` (a database file) and
// `whosaid audit PATH…` (an index in memory). Documents already held with the same content
// hash are skipped before any extraction; each batch is one transaction.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>

#include "cli/document_batch.hpp"

namespace whosaid::cli {

struct IndexStats {
  std::uint64_t added = 0, replaced = 0, unchanged = 0, failed = 0;
  std::uint64_t bytes = 0;  // text of the documents extracted
};

IndexStats index_documents(SQLite::Database& db, const DocumentOptions& documents,
                           const Gazetteer& gazetteer, std::size_t batch);

}  // namespace whosaid::cli
