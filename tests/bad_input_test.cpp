// Hostile input: each case gets a clear error or a correct result, never a crash, and stays
// linear (timings live in bench/, not here).
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "engine/attribution.hpp"
#include "engine/document.hpp"
#include "engine/utf8.hpp"

using namespace whosaid;

TEST_CASE("invalid UTF-8 and binary data are refused with the byte offset") {
  Document d;
  d.origin = "bad.txt";
  d.text = std::string("ok \xC3\x28 no");
  const auto e = check_text(d);
  REQUIRE(e);
  CHECK(e->describe() == "bad.txt: invalid UTF-8 sequence at byte 3");
  d.text = std::string(
      "\x7f"
      "ELF\0\0\0",
      7);
  const auto bin = check_text(d);
  REQUIRE(bin);
  CHECK(bin->describe().find("NUL byte") != std::string::npos);
}

TEST_CASE("an empty text has no attributions") {
  CHECK(extract_attributions("").empty());
}

TEST_CASE("20 MB without a line break is processed") {
  std::string big;
  big.reserve(20u << 20);
  const std::string sentence = "Officials said the talks went well, “and will go on,” he said; ";
  while (big.size() < (20u << 20)) big += sentence;
  const auto a = extract_attributions(big);
  // One sentence of 20 MB is cut into bounded units; each unit yields attributions.
  CHECK(a.size() > 10000);
  for (const auto& x : a) {
    REQUIRE(x.content.back().end <= big.size());
    REQUIRE(x.content.front().begin < x.content.back().end);
  }
}

TEST_CASE("10000 unbalanced quote marks") {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += i % 3 ? "“a " : "” b ";
  text += "\n“Done,” she said.";
  const auto a = extract_attributions(text);
  REQUIRE_FALSE(a.empty());
  CHECK(a.back().rule == std::string_view("post_cue"));
}

TEST_CASE("JSON Lines records: bad JSON and a missing text are errors naming the line") {
  auto r = parse_jsonl_record("{\"id\": 1, \"text\": ", "in.jsonl:3");
  REQUIRE(std::holds_alternative<InputError>(r));
  CHECK(std::get<InputError>(r).describe().starts_with("in.jsonl:3: not valid JSON"));
  r = parse_jsonl_record("{\"id\": \"a\"}", "in.jsonl:4");
  REQUIRE(std::holds_alternative<InputError>(r));
  CHECK(std::get<InputError>(r).describe() == "in.jsonl:4: record has no \"text\" field");
  r = parse_jsonl_record("[1,2]", "in.jsonl:5");
  REQUIRE(std::holds_alternative<InputError>(r));
  r = parse_jsonl_record("{\"id\": 7, \"text\": \"Hi.\", \"outlet\": \"AFP\"}", "in.jsonl:6");
  REQUIRE(std::holds_alternative<Document>(r));
  const auto& d = std::get<Document>(r);
  CHECK(d.id == "7");
  CHECK(d.meta_json == "{\"outlet\":\"AFP\"}");
  // Nested metadata is kept verbatim; a non-string id is its JSON text.
  r = parse_jsonl_record("{\"text\": \"x\", \"tags\": [1, {\"a\": null}], \"id\": 12.5}",
                         "in.jsonl:7");
  REQUIRE(std::holds_alternative<Document>(r));
  CHECK(std::get<Document>(r).meta_json == "{\"tags\":[1, {\"a\": null}]}");
  CHECK(std::get<Document>(r).id == "12.5");
  // Trailing garbage and a non-string text are errors too.
  CHECK(std::holds_alternative<InputError>(parse_jsonl_record("{\"text\": \"x\"} junk", "l")));
  CHECK(std::holds_alternative<InputError>(parse_jsonl_record("{\"text\": 5}", "l")));
}
