// See corpus_query.hpp. Filters become one SQL statement with bound parameters; user text is
// never spliced into SQL.
#include "engine/corpus_query.hpp"

#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include "engine/ascii.hpp"
#include "engine/corpus_db.hpp"

namespace whosaid {
namespace {

std::vector<ByteSpan> parse_fragments(const std::string& json) {
  std::vector<ByteSpan> out;
  const auto j = nlohmann::json::parse(json, nullptr, false);
  if (!j.is_array()) return out;
  for (const auto& f : j)
    if (f.is_array() && f.size() == 2)
      out.push_back({f[0].get<std::uint32_t>(), f[1].get<std::uint32_t>()});
  return out;
}

std::optional<ByteSpan> span_of(const SQLite::Column& b, const SQLite::Column& e) {
  if (b.isNull() || e.isNull()) return std::nullopt;
  return ByteSpan{static_cast<std::uint32_t>(b.getInt64()),
                  static_cast<std::uint32_t>(e.getInt64())};
}

std::vector<std::string> json_strings(const SQLite::Column& c) {
  std::vector<std::string> out;
  if (c.isNull()) return out;
  const auto j = nlohmann::json::parse(c.getString(), nullptr, false);
  if (j.is_array())
    for (const auto& s : j)
      if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

}  // namespace

AuditResult run_audit(SQLite::Database& db, const AuditFilter& f) {
  std::string sql =
      "SELECT a.doc, d.key, d.date, d.outlet, a.number, s.name, s.kind, a.affiliation, a.side, "
      "a.mention, a.source_begin, a.source_end, a.cue_begin, a.cue_end, a.cue_lemma, "
      "a.content_begin, a.content_end, a.sentence_begin, a.sentence_end, a.fragments, a.content, "
      "a.kind, a.rule, a.stance, a.confidence "
      "FROM attributions a JOIN documents d ON d.id = a.doc "
      "LEFT JOIN speakers s ON s.id = a.speaker WHERE 1";
  std::vector<std::string> params;
  const auto param = [&](std::string v) {
    params.push_back(std::move(v));
    return std::string("?").append(std::to_string(params.size()));
  };
  if (!f.speaker.empty()) {
    const std::string name = param(f.speaker);
    const std::string surname = param(std::string(" ").append(ascii::lowered(f.speaker)));
    sql += " AND a.speaker IN (SELECT id FROM speakers WHERE name = " + name +
           " COLLATE NOCASE UNION SELECT speaker FROM aliases WHERE alias = " + name +
           " UNION SELECT id FROM speakers WHERE kind = 'person' AND length(key) > length(" +
           surname + ") AND substr(key, length(key) - length(" + surname + ") + 1) = " + surname +
           ")";
  }
  if (!f.side.empty()) sql += " AND a.side = " + param(f.side) + " COLLATE NOCASE";
  if (!f.kind.empty()) sql += " AND s.kind = " + param(f.kind);
  if (!f.since.empty()) sql += " AND d.date >= " + param(f.since);
  if (!f.until.empty()) {
    const std::string u = param(f.until);
    sql += " AND substr(d.date, 1, length(" + u + ")) <= " + u;
  }
  if (!f.query.empty())
    sql += " AND a.id IN (SELECT rowid FROM contents WHERE contents MATCH " + param(f.query) + ")";
  if (!f.doc.empty()) {
    const std::string d = param(f.doc);
    sql += " AND (d.key = " + d + " OR substr(d.key, -length(" + d + ") - 1) = '/' || " + d + ")";
  }
  sql += " ORDER BY d.key, a.content_begin, a.number";

  // A query FTS5 cannot parse is the user's mistake, not the index's: say so first.
  if (!f.query.empty()) try {
      SQLite::Statement probe(db, "SELECT rowid FROM contents WHERE contents MATCH ? LIMIT 1");
      probe.bind(1, f.query);
      probe.executeStep();
    } catch (const SQLite::Exception& e) {
      throw CorpusError("--query \"" + f.query + "\": " + e.what());
    }
  AuditResult r;
  try {
    SQLite::Statement q(db, sql);
    for (std::size_t i = 0; i < params.size(); ++i) q.bind(static_cast<int>(i + 1), params[i]);
    while (q.executeStep()) {
      AuditHit h;
      h.doc_id = q.getColumn(0).getInt64();
      h.doc = q.getColumn(1).getString();
      h.date = q.getColumn(2).getString();
      h.outlet = q.getColumn(3).getString();
      h.number = static_cast<std::uint32_t>(q.getColumn(4).getInt64());
      h.speaker = q.getColumn(5).getString();
      h.speaker_kind = q.getColumn(6).getString();
      h.affiliation = q.getColumn(7).getString();
      h.side = q.getColumn(8).getString();
      h.mention = q.getColumn(9).getString();
      h.source = span_of(q.getColumn(10), q.getColumn(11));
      h.cue = span_of(q.getColumn(12), q.getColumn(13));
      h.cue_lemma = q.getColumn(14).getString();
      h.content = *span_of(q.getColumn(15), q.getColumn(16));
      h.sentence = *span_of(q.getColumn(17), q.getColumn(18));
      h.fragments = parse_fragments(q.getColumn(19).getString());
      h.content_text = q.getColumn(20).getString();
      h.kind = q.getColumn(21).getString();
      h.rule = q.getColumn(22).getString();
      h.stance = q.getColumn(23).getString();
      h.confidence = q.getColumn(24).getDouble();
      r.hits.push_back(std::move(h));
    }
    SQLite::Statement text(db, "SELECT text FROM documents WHERE id = ?");
    for (const AuditHit& h : r.hits) {
      if (r.texts.count(h.doc_id)) continue;
      text.reset();
      text.bind(1, h.doc_id);
      if (text.executeStep()) r.texts[h.doc_id] = text.getColumn(0).getString();
    }
  } catch (const SQLite::Exception& e) {
    throw CorpusError(e.what());
  }
  return r;
}

std::vector<SpeakerRow> list_speakers(SQLite::Database& db, SpeakerSort sort) {
  std::string sql =
      "SELECT s.id, s.name, s.kind, count(a.id), count(DISTINCT a.doc), "
      "(SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE speaker = s.id "
      "ORDER BY alias)), "
      "(SELECT json_group_array(side) FROM (SELECT DISTINCT side FROM attributions WHERE "
      "speaker = s.id ORDER BY side)), "
      "(SELECT json_group_array(affiliation) FROM (SELECT DISTINCT affiliation FROM attributions "
      "WHERE speaker = s.id AND affiliation IS NOT NULL ORDER BY affiliation)) "
      "FROM speakers s JOIN attributions a ON a.speaker = s.id GROUP BY s.id ORDER BY ";
  switch (sort) {
    case SpeakerSort::quotes:
      sql += "count(a.id) DESC, s.name, s.id";
      break;
    case SpeakerSort::name:
      sql += "s.name, s.id";
      break;
    case SpeakerSort::documents:
      sql += "count(DISTINCT a.doc) DESC, s.name, s.id";
      break;
  }
  std::vector<SpeakerRow> rows;
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    SpeakerRow r;
    r.id = q.getColumn(0).getInt64();
    r.name = q.getColumn(1).getString();
    r.kind = q.getColumn(2).getString();
    r.quotes = q.getColumn(3).getInt64();
    r.documents = q.getColumn(4).getInt64();
    r.aliases = json_strings(q.getColumn(5));
    r.sides = json_strings(q.getColumn(6));
    r.affiliations = json_strings(q.getColumn(7));
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace whosaid
