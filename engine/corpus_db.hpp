// The corpus index's SQLite database: its schema (documented in README "Corpus index"), the
// schema version check, and the settings every connection uses (WAL, so readers never wait
// for the writer; foreign keys; a busy timeout).
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace whosaid {

// The version this build writes and reads. An older database is refused with a message
// saying how to rebuild it; nothing is migrated silently.
inline constexpr int kCorpusSchemaVersion = 1;

// A database that cannot be used: names the file and the problem.
struct CorpusError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class CorpusAccess { read, write };

// Opens `path`. With write access a missing database is created with the current schema;
// with read access it must exist. Throws CorpusError for a file that is not a whosaid index
// or has another schema version.
std::unique_ptr<SQLite::Database> open_corpus(const std::string& path, CorpusAccess access);

}  // namespace whosaid
