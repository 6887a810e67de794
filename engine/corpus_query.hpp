// Questions to the corpus index: every attribution matching an audit filter (speaker by any
// alias, side, kind, document date, full text, document), and the list of speakers with
// their aliases, sides and quote counts.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/attribution.hpp"

namespace whosaid {

struct AuditFilter {
  std::string speaker;  // a name or alias: "Blinken", "Yun Sun", "the Chinese foreign ministry"
  std::string side, kind;
  std::string since, until;  // document dates, ISO 8601 prefixes ("2024", "2024-05-16")
  std::string query;         // FTS5 syntax over the contents
  std::string doc;           // a document key, or its file name
};

struct AuditHit {
  std::int64_t doc_id = 0;
  std::string doc, date, outlet;
  std::uint32_t number = 0;
  std::string speaker, speaker_kind, affiliation, side;  // speaker empty: no source
  std::string mention;
  std::optional<ByteSpan> source, cue;
  std::string cue_lemma;
  ByteSpan content, sentence;
  std::vector<ByteSpan> fragments;
  std::string content_text;
  std::string kind, rule, stance;
  double confidence = 0;
};

struct AuditResult {
  std::vector<AuditHit> hits;                 // by document key, then position
  std::map<std::int64_t, std::string> texts;  // each hit document's text, by doc_id
};

// Throws CorpusError for a bad full-text query, naming the problem.
AuditResult run_audit(SQLite::Database& db, const AuditFilter& filter);

struct SpeakerRow {
  std::int64_t id = 0;
  std::string name, kind;
  std::vector<std::string> aliases, sides, affiliations;
  std::int64_t quotes = 0, documents = 0;
};

enum class SpeakerSort { quotes, name, documents };
std::vector<SpeakerRow> list_speakers(SQLite::Database& db, SpeakerSort sort);

}  // namespace whosaid
