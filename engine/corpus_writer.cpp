// See corpus_writer.hpp.
#include "engine/corpus_writer.hpp"

#include "engine/ascii.hpp"
#include "engine/names.hpp"

namespace whosaid {
namespace {

void bind_text_or_null(SQLite::Statement& s, int i, const std::string& v) {
  if (v.empty())
    s.bind(i);
  else
    s.bind(i, v);
}

std::string fragments_json(const std::vector<ByteSpan>& spans) {
  std::string j = "[";
  for (const ByteSpan& f : spans) {
    if (j.size() > 1) j += ',';
    j += '[' + std::to_string(f.begin) + ',' + std::to_string(f.end) + ']';
  }
  return j + ']';
}

}  // namespace

std::string speaker_key(const std::string& kind, const std::string& name) {
  std::string k = kind + ':';
  for (const char c : fold_apostrophes(name)) {
    if (c == ' ' && (k.back() == ' ' || k.back() == ':')) continue;  // runs of spaces count once
    k += ascii::to_lower(c);
  }
  while (k.back() == ' ') k.pop_back();
  return k;
}

CorpusWriter::CorpusWriter(SQLite::Database& db)
    : db_(db),
      find_doc_(db, "SELECT id, hash FROM documents WHERE key = ?"),
      unindex_attrs_(db,
                     "INSERT INTO contents(contents, rowid, content) SELECT 'delete', id, content "
                     "FROM attributions WHERE doc = ?"),
      delete_attrs_(db, "DELETE FROM attributions WHERE doc = ?"),
      delete_doc_(db, "DELETE FROM documents WHERE id = ?"),
      insert_doc_(db,
                  "INSERT INTO documents(key, origin, outlet, date, title, meta, hash, text) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
      find_speaker_(db, "SELECT id FROM speakers WHERE key = ?"),
      insert_speaker_(db, "INSERT INTO speakers(key, name, kind) VALUES (?, ?, ?)"),
      insert_alias_(db, "INSERT OR IGNORE INTO aliases(speaker, alias) VALUES (?, ?)"),
      insert_attr_(db,
                   "INSERT INTO attributions(doc, number, parent, speaker, mention, kind, rule, "
                   "confidence, source_begin, source_end, cue_begin, cue_end, cue_lemma, "
                   "content_begin, content_end, fragments, content, sentence_begin, "
                   "sentence_end, affiliation, side, stance, claim) VALUES "
                   "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") {
  SQLite::Statement persons(db, "SELECT id, key FROM speakers WHERE kind = 'person'");
  while (persons.executeStep())
    note_full_name(persons.getColumn(0).getInt64(), persons.getColumn(1).getString());
}

void CorpusWriter::note_full_name(std::int64_t id, const std::string& key) {
  const auto space = key.rfind(' ');
  if (space != std::string::npos) full_by_surname_[key.substr(space + 1)].push_back(id);
}

bool CorpusWriter::holds(const std::string& key, const std::string& hash) {
  find_doc_.reset();
  find_doc_.bind(1, key);
  return find_doc_.executeStep() && find_doc_.getColumn(1).getString() == hash;
}

// The full-text index is filled once per batch: FTS5 writes its pending terms at every
// statement's end, so a row-by-row trigger would cost more than the extraction.
void CorpusWriter::begin() {
  db_.exec("BEGIN IMMEDIATE");
  SQLite::Statement top(db_, "SELECT coalesce(max(id), 0) FROM attributions");
  top.executeStep();
  fts_from_ = top.getColumn(0).getInt64();
}

void CorpusWriter::commit() {
  SQLite::Statement fill(
      db_,
      "INSERT INTO contents(rowid, content) SELECT id, content FROM attributions WHERE id > ?");
  fill.bind(1, fts_from_);
  fill.exec();
  db_.exec("COMMIT");
}

std::int64_t CorpusWriter::speaker_id(const std::string& name, const std::string& kind) {
  const std::string key = speaker_key(kind, name);
  if (const auto it = speaker_by_key_.find(key); it != speaker_by_key_.end()) return it->second;
  const std::int64_t id = find_or_add_speaker(key, name, kind);
  speaker_by_key_.emplace(key, id);
  return id;
}

std::int64_t CorpusWriter::find_or_add_speaker(const std::string& key, const std::string& name,
                                               const std::string& kind) {
  find_speaker_.reset();
  find_speaker_.bind(1, key);
  if (find_speaker_.executeStep()) return find_speaker_.getColumn(0).getInt64();
  // A bare surname joins the one full name ending in it that the index holds.
  const bool bare = kind == "person" && key.find(' ') == std::string::npos;
  if (bare)
    if (const auto it = full_by_surname_.find(key.substr(key.find(':') + 1));
        it != full_by_surname_.end() && it->second.size() == 1)
      return it->second.front();
  insert_speaker_.reset();
  insert_speaker_.bind(1, key);
  insert_speaker_.bind(2, name);
  insert_speaker_.bind(3, kind);
  insert_speaker_.exec();
  const std::int64_t id = db_.getLastInsertRowid();
  if (kind == "person" && !bare) note_full_name(id, key);
  add_alias(id, name);
  return id;
}

void CorpusWriter::add_alias(std::int64_t speaker, const std::string& alias) {
  if (alias.empty() || alias.size() > 120) return;
  if (!aliases_written_[speaker].insert(alias).second) return;
  insert_alias_.reset();
  insert_alias_.bind(1, speaker);
  insert_alias_.bind(2, alias);
  insert_alias_.exec();
}

void CorpusWriter::put(const CorpusRecord& r) {
  find_doc_.reset();
  find_doc_.bind(1, r.key);
  if (find_doc_.executeStep()) {
    const std::int64_t old = find_doc_.getColumn(0).getInt64();
    find_doc_.reset();
    unindex_attrs_.reset();  // rows of an earlier batch are in the full-text index
    unindex_attrs_.bind(1, old);
    unindex_attrs_.exec();
    delete_attrs_.reset();
    delete_attrs_.bind(1, old);
    delete_attrs_.exec();
    delete_doc_.reset();
    delete_doc_.bind(1, old);
    delete_doc_.exec();
    ++replaced;
  } else {
    ++added;
  }
  find_doc_.reset();
  insert_doc_.reset();
  insert_doc_.bind(1, r.key);
  insert_doc_.bind(2, r.origin);
  bind_text_or_null(insert_doc_, 3, r.outlet);
  bind_text_or_null(insert_doc_, 4, r.date);
  bind_text_or_null(insert_doc_, 5, r.title);
  bind_text_or_null(insert_doc_, 6, r.meta_json);
  insert_doc_.bind(7, r.hash);
  insert_doc_.bind(8, r.text);
  insert_doc_.exec();
  const std::int64_t doc = db_.getLastInsertRowid();

  for (const CorpusAttribution& a : r.attributions) {
    auto& s = insert_attr_;
    s.reset();
    s.clearBindings();
    s.bind(1, doc);
    s.bind(2, static_cast<std::int64_t>(a.number));
    if (a.parent) s.bind(3, static_cast<std::int64_t>(*a.parent));
    if (!a.speaker_name.empty()) {
      const std::int64_t sp = speaker_id(a.speaker_name, a.speaker_kind);
      add_alias(sp, a.mention);
      s.bind(4, sp);
    }
    bind_text_or_null(s, 5, a.mention);
    s.bind(6, a.kind);
    s.bind(7, a.rule);
    s.bind(8, a.confidence);
    if (a.source) {
      s.bind(9, static_cast<std::int64_t>(a.source->begin));
      s.bind(10, static_cast<std::int64_t>(a.source->end));
    }
    if (a.cue) {
      s.bind(11, static_cast<std::int64_t>(a.cue->begin));
      s.bind(12, static_cast<std::int64_t>(a.cue->end));
      bind_text_or_null(s, 13, a.cue_lemma);
    }
    s.bind(14, static_cast<std::int64_t>(a.content.begin));
    s.bind(15, static_cast<std::int64_t>(a.content.end));
    s.bind(16, fragments_json(a.fragments));
    s.bind(17, a.content_text);
    s.bind(18, static_cast<std::int64_t>(a.sentence.begin));
    s.bind(19, static_cast<std::int64_t>(a.sentence.end));
    bind_text_or_null(s, 20, a.affiliation);
    s.bind(21, a.side);
    bind_text_or_null(s, 22, a.stance);
    bind_text_or_null(s, 23, a.claim_json);
    s.exec();
  }
}

void CorpusWriter::finish() {
  begin();
  // Bare surnames whose full name became known after they were stored.
  SQLite::Statement bares(
      db_, "SELECT id, key FROM speakers WHERE kind = 'person' AND instr(key, ' ') = 0");
  std::vector<std::pair<std::int64_t, std::int64_t>> merges;
  while (bares.executeStep()) {
    const std::string key = bares.getColumn(1).getString();
    const auto it = full_by_surname_.find(key.substr(key.find(':') + 1));
    if (it != full_by_surname_.end() && it->second.size() == 1)
      merges.emplace_back(bares.getColumn(0).getInt64(), it->second.front());
  }
  for (const auto& [bare, full] : merges) {
    SQLite::Statement move(db_, "UPDATE attributions SET speaker = ? WHERE speaker = ?");
    move.bind(1, full);
    move.bind(2, bare);
    move.exec();
    SQLite::Statement aliases(
        db_,
        "INSERT OR IGNORE INTO aliases(speaker, alias) SELECT ?, alias FROM aliases WHERE "
        "speaker = ?");
    aliases.bind(1, full);
    aliases.bind(2, bare);
    aliases.exec();
  }
  db_.exec(
      "DELETE FROM speakers WHERE NOT EXISTS (SELECT 1 FROM attributions a WHERE a.speaker = "
      "speakers.id)");
  commit();
}

}  // namespace whosaid
