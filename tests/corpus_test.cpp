// The corpus index: storing the seed articles, auditing them by speaker (any alias), side and
// full text; unchanged documents skipped and changed ones replaced; speakers joined across
// documents only when the text allows; schema versions checked.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "engine/corpus_db.hpp"
#include "engine/corpus_query.hpp"
#include "engine/corpus_record.hpp"
#include "engine/corpus_writer.hpp"
#include "tests/files.hpp"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {

Document doc_of(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.origin = d.id;
  return d;
}

void store(SQLite::Database& db, const std::vector<Document>& docs) {
  CorpusWriter w(db);
  w.begin();
  for (const auto& d : docs)
    if (!w.holds(d.id, corpus_hash(d))) w.put(make_corpus_record(d, builtin_gazetteer()));
  w.commit();
  w.finish();
}

std::vector<Document> seed_documents() {
  std::vector<Document> docs;
  std::set<fs::path> paths;
  for (const auto& e : fs::directory_iterator(fs::path(WHOSAID_FIXTURES_DIR) / "seeds"))
    if (e.path().extension() == ".txt") paths.insert(e.path());
  for (const auto& p : paths) docs.push_back(doc_of(p.filename().string(), test::slurp(p)));
  return docs;
}

std::int64_t count(SQLite::Database& db, const char* sql) {
  SQLite::Statement q(db, sql);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace

TEST_CASE("audit of the seeds: every Blinken quote / and nothing else") {
  auto db = open_corpus(":memory:", CorpusAccess::write);
  store(*db, seed_documents());
  AuditFilter f;
  f.speaker = "Blinken";
  const auto r = run_audit(*db, f);
  // Hand-checked: 000 #16 "has pledged", 002 "visited Beijing … and warned", 004 "alleged",
  // "said" and "hinting".
  REQUIRE(r.hits.size() == 5);
  std::set<std::string> docs;
  for (const auto& h : r.hits) {
    CHECK(h.speaker == "Antony Blinken");
    CHECK(h.side == "US");
    docs.insert(h.doc.substr(0, 3));
  }
  CHECK(docs == std::set<std::string>{"000", "002", "004"});
  // Any alias finds the same quotes.
  f.speaker = "U.S. Secretary of State Antony Blinken";
  CHECK(run_audit(*db, f).hits.size() == 5);
  f.speaker = "antony blinken";
  CHECK(run_audit(*db, f).hits.size() == 5);
}

TEST_CASE("audit: quotes attributed through a surname / a side / a full-text query") {
  auto db = open_corpus(":memory:", CorpusAccess::write);
  store(*db, seed_documents());
  AuditFilter f;
  f.speaker = "Yun Sun";
  const auto sun = run_audit(*db, f);
  REQUIRE(sun.hits.size() == 3);
  int through_surname = 0;
  for (const auto& h : sun.hits) {
    CHECK(h.speaker == "Yun Sun");
    through_surname += h.mention == "Sun";
    // Offsets point at the content as stored.
    const std::string& text = sun.texts.at(h.doc_id);
    CHECK(text.substr(h.content.begin, h.content.end - h.content.begin) == h.content_text);
    CHECK(h.sentence.begin <= h.content.begin);
    CHECK(h.sentence.end >= h.content.end);
  }
  CHECK(through_surname == 2);

  f = {};
  f.side = "China";
  const auto china = run_audit(*db, f);
  CHECK(china.hits.size() >= 10);
  for (const auto& h : china.hits) CHECK(h.side == "China");

  f = {};
  f.query = "sanctions";
  const auto q = run_audit(*db, f);
  REQUIRE_FALSE(q.hits.empty());
  for (const auto& h : q.hits) CHECK(h.content_text.find("sanction") != std::string::npos);
  f.query = "\"unbalanced";
  CHECK_THROWS_AS(run_audit(*db, f), CorpusError);
}

TEST_CASE("index: unchanged documents are held / a changed one is replaced") {
  auto db = open_corpus(":memory:", CorpusAccess::write);
  const Document a = doc_of("a", "“We will not back down,” Li Wei said.");
  store(*db, {a});
  CorpusWriter w(*db);
  CHECK(w.holds("a", corpus_hash(a)));
  const Document changed = doc_of("a", "“We will talk,” Li Wei said on Friday.");
  CHECK_FALSE(w.holds("a", corpus_hash(changed)));
  store(*db, {changed});
  CHECK(count(*db, "SELECT count(*) FROM documents") == 1);
  AuditFilter f;
  f.query = "talk";
  CHECK(run_audit(*db, f).hits.size() == 1);
  f.query = "back";  // the old content left the full-text index too
  CHECK(run_audit(*db, f).hits.empty());
}

TEST_CASE("speakers across documents: a bare surname joins the one full name") {
  auto db = open_corpus(":memory:", CorpusAccess::write);
  // The bare surname is stored first; finish() joins it once the full name is known.
  store(*db, {doc_of("1", "“The talks went well,” Okafor said.")});
  store(*db, {doc_of("2", "“We expect a deal,” said Amara Okafor, a trade envoy.")});
  CHECK(count(*db, "SELECT count(*) FROM speakers WHERE kind = 'person'") == 1);
  AuditFilter f;
  f.speaker = "Amara Okafor";
  CHECK(run_audit(*db, f).hits.size() == 2);

  // Two people with one surname stay apart, and a bare surname then joins neither.
  auto db2 = open_corpus(":memory:", CorpusAccess::write);
  store(*db2,
        {doc_of("1", "“No,” said Dana Whitfield."), doc_of("2", "“Yes,” said Joan Whitfield."),
         doc_of("3", "“Maybe,” Whitfield said.")});
  CHECK(count(*db2, "SELECT count(*) FROM speakers WHERE kind = 'person'") == 3);
  f.speaker = "Dana Whitfield";
  CHECK(run_audit(*db2, f).hits.size() == 1);
}

TEST_CASE("schema: an older or foreign database is refused with the file named") {
  const fs::path dir = fs::temp_directory_path() / "whosaid_corpus_test";
  fs::create_directories(dir);
  const std::string old_db = (dir / "old.db").string();
  fs::remove(old_db);
  {
    SQLite::Database db(old_db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)");
    db.exec("INSERT INTO meta VALUES ('schema_version', '0')");
  }
  try {
    open_corpus(old_db, CorpusAccess::read);
    FAIL("an old schema was accepted");
  } catch (const CorpusError& e) {
    const std::string what = e.what();
    CHECK(what.find(old_db) != std::string::npos);
    CHECK(what.find("older") != std::string::npos);
  }
  const std::string foreign = (dir / "foreign.db").string();
  fs::remove(foreign);
  {
    SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t(x)");
  }
  CHECK_THROWS_AS(open_corpus(foreign, CorpusAccess::write), CorpusError);
  CHECK_THROWS_AS(open_corpus((dir / "missing.db").string(), CorpusAccess::read), CorpusError);
  fs::remove_all(dir);
}

TEST_CASE("sentence_around: from the sentence start to its end / not cut at abbreviations") {
  const std::string t = "First one. Mr. Li said the U.S. was wrong. Last one.";
  const auto at = static_cast<std::uint32_t>(t.find("said"));
  const ByteSpan s = sentence_around(t, at, at + 4);
  CHECK(t.substr(s.begin, s.end - s.begin) == "Mr. Li said the U.S. was wrong.");
}
