// See corpus_db.hpp. The schema below is the single source of truth; README's "Corpus index"
// section describes it for users.
#include "engine/corpus_db.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <optional>

namespace whosaid {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  outlet TEXT, date TEXT, title TEXT, meta TEXT,
  hash TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE INDEX documents_by_date ON documents(date);
CREATE TABLE speakers(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL);
CREATE TABLE aliases(
  speaker INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
  alias TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY(speaker, alias)) WITHOUT ROWID;
CREATE INDEX aliases_by_alias ON aliases(alias);
-- AUTOINCREMENT: an id is never reused, so the full-text index (filled per batch from the
-- ids above the last one indexed) never mistakes a new row for a deleted one.
CREATE TABLE attributions(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  parent INTEGER,
  speaker INTEGER REFERENCES speakers(id),
  mention TEXT,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL,
  confidence REAL NOT NULL,
  source_begin INTEGER, source_end INTEGER,
  cue_begin INTEGER, cue_end INTEGER, cue_lemma TEXT,
  content_begin INTEGER NOT NULL, content_end INTEGER NOT NULL,
  fragments TEXT NOT NULL,
  content TEXT NOT NULL,
  sentence_begin INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  affiliation TEXT,
  side TEXT NOT NULL,
  stance TEXT,
  claim TEXT);
CREATE INDEX attributions_by_doc ON attributions(doc);
CREATE INDEX attributions_by_speaker ON attributions(speaker);
CREATE INDEX attributions_by_side ON attributions(side);
CREATE VIRTUAL TABLE contents USING fts5(content, content='attributions', content_rowid='id');
)sql";

void configure(SQLite::Database& db) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA busy_timeout = 10000");
  db.exec("PRAGMA cache_size = -65536");  // 64 MB: the index's B-trees stay in memory
}

// The schema version stored in `db`; none for an empty database.
std::optional<int> stored_version(SQLite::Database& db, const std::string& path) {
  if (!db.tableExists("meta")) {
    SQLite::Statement any(db, "SELECT count(*) FROM sqlite_master");
    any.executeStep();
    if (any.getColumn(0).getInt() == 0) return std::nullopt;
    throw CorpusError(path + ": not a whosaid index (it has no meta table)");
  }
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!q.executeStep()) throw CorpusError(path + ": not a whosaid index (no schema_version)");
  return std::stoi(q.getColumn(0).getString());
}

}  // namespace

std::unique_ptr<SQLite::Database> open_corpus(const std::string& path, CorpusAccess access) {
  if (access == CorpusAccess::read && !std::filesystem::exists(path))
    throw CorpusError(path + ": no such index (build it with `whosaid index --db " + path + "`)");
  std::unique_ptr<SQLite::Database> db;
  try {
    db = std::make_unique<SQLite::Database>(path, access == CorpusAccess::write
                                                      ? SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE
                                                      : SQLite::OPEN_READONLY);
    configure(*db);
    const std::optional<int> stored = stored_version(*db, path);
    if (!stored && access == CorpusAccess::write) {
      // WAL lets `audit` read while `index` writes; NORMAL sync is durable at checkpoints and
      // never corrupts on a crash.
      db->exec("PRAGMA journal_mode = WAL");
      db->exec("PRAGMA synchronous = NORMAL");
      SQLite::Transaction t(*db);
      db->exec(kSchema);
      SQLite::Statement v(*db, "INSERT INTO meta(key, value) VALUES ('schema_version', ?)");
      v.bind(1, std::to_string(kCorpusSchemaVersion));
      v.exec();
      t.commit();
      return db;
    }
    if (!stored) throw CorpusError(path + ": not a whosaid index (it is empty)");
    const int version = *stored;
    if (version != kCorpusSchemaVersion)
      throw CorpusError(path + ": index schema version " + std::to_string(version) +
                        (version < kCorpusSchemaVersion ? " is older than" : " is newer than") +
                        " this whosaid's (" + std::to_string(kCorpusSchemaVersion) +
                        "); rebuild it with `whosaid index --db NEW.db PATH…`");
    if (access == CorpusAccess::write) db->exec("PRAGMA synchronous = NORMAL");
  } catch (const SQLite::Exception& e) {
    throw CorpusError(path + ": " + e.what());
  }
  return db;
}

}  // namespace whosaid
