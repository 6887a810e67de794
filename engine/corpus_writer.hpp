// Writes CorpusRecords into the index: documents by key (an unchanged one is skipped, a
// changed one replaced), speakers joined across documents by kind and canonical name, their
// aliases, attributions with claims and the full-text index.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>

#include "engine/corpus_record.hpp"

namespace whosaid {

class CorpusWriter {
 public:
  explicit CorpusWriter(SQLite::Database& db);

  // Whether the index already holds document `key` with content hash `hash`.
  bool holds(const std::string& key, const std::string& hash);
  // Stores `r`, replacing an earlier version of the same key. Call between begin() and
  // commit(): a batch is stored whole or not at all.
  void put(const CorpusRecord& r);
  void begin();
  void commit();
  // Ends a run: a bare surname ("Sun") stored before its full name was known joins the one
  // full name ending in it ("Yun Sun"), when there is exactly one; speakers left with no
  // attribution are removed.
  void finish();

  std::uint64_t added = 0, replaced = 0;

 private:
  std::int64_t speaker_id(const std::string& name, const std::string& kind);
  void add_alias(std::int64_t speaker, const std::string& alias);

  SQLite::Database& db_;
  SQLite::Statement find_doc_, delete_attrs_, delete_doc_, insert_doc_, find_speaker_,
      find_surname_, insert_speaker_, insert_alias_, insert_attr_;
};

// The key a speaker is stored under: "person:antony blinken" — kind, then the name lower-cased
// with typographic apostrophes folded.
std::string speaker_key(const std::string& kind, const std::string& name);

}  // namespace whosaid
