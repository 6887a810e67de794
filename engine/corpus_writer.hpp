// Writes CorpusRecords into the index: documents by key (an unchanged one is skipped, a
// changed one replaced), speakers joined across documents by kind and canonical name, their
// aliases, attributions with claims and the full-text index.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

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
  std::int64_t find_or_add_speaker(const std::string& key, const std::string& name,
                                   const std::string& kind);
  void add_alias(std::int64_t speaker, const std::string& alias);

  SQLite::Database& db_;
  std::int64_t fts_from_ = 0;  // attributions above this id are not yet in the full-text index
  // Person speakers with a full name, by the surname their key ends in.
  std::unordered_map<std::string, std::vector<std::int64_t>> full_by_surname_;
  // Speakers and aliases met in this run, so that repeats cost no SQL.
  std::unordered_map<std::string, std::int64_t> speaker_by_key_;
  std::unordered_map<std::int64_t, std::unordered_set<std::string>> aliases_written_;
  void note_full_name(std::int64_t id, const std::string& key);
  SQLite::Statement find_doc_, unindex_attrs_, delete_attrs_, delete_doc_, insert_doc_,
      find_speaker_, insert_speaker_, insert_alias_, insert_attr_;
};

// The key a speaker is stored under: "person:antony blinken" — kind, then the name lower-cased
// with typographic apostrophes folded.
std::string speaker_key(const std::string& kind, const std::string& name);

}  // namespace whosaid
