// The seed articles against their hand-checked attribution lists (fixtures/seeds/*.tsv): each
// line names a cue, a source mention, a content snippet, and optionally the outlet (via) and
// nesting. Missed lines are printed; the count found may not drop below the floor measured
// when the list was written (see README "Seed fixtures").
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/attribution.hpp"
#include "engine/utf8.hpp"
#include "tests/files.hpp"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {
constexpr int kSeedFloor = 48;  // of 50 hand-listed attributions

}  // namespace

TEST_CASE("seed articles: hand-checked attributions are found") {
  const fs::path dir = fs::path(WHOSAID_FIXTURES_DIR) / "seeds";
  std::vector<fs::path> texts;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  REQUIRE(texts.size() == 5);
  int listed = 0, found = 0;
  for (const auto& t : texts) {
    const std::string text = test::slurp(t);
    const auto attrs = extract_attributions(text);
    // Every span starts and ends on a character boundary of the original text.
    for (const auto& a : attrs)
      for (const auto& sp : {a.content.front(), a.content.back(), a.cue.value_or(ByteSpan{}),
                             a.source.value_or(ByteSpan{}), a.via.value_or(ByteSpan{})}) {
        CAPTURE(sp.begin);
        REQUIRE_FALSE(check_utf8(std::string_view(text).substr(sp.begin, sp.end - sp.begin)));
      }
    auto part = [&](const std::optional<ByteSpan>& s) {
      return s ? text.substr(s->begin, s->end - s->begin) : std::string("-");
    };
    std::ifstream expected(fs::path(t).replace_extension(".expected.tsv"));
    REQUIRE(expected);
    const Attribution* previous = nullptr;
    for (std::string line; std::getline(expected, line);) {
      if (line.empty() || line[0] == '#') continue;
      const auto f = test::tab_fields(line);
      REQUIRE(f.size() >= 3);
      ++listed;
      const Attribution* hit = nullptr;
      for (const auto& a : attrs) {
        std::string content;
        for (const auto& c : a.content) content += text.substr(c.begin, c.end - c.begin);
        if (part(a.cue) != f[0] || part(a.source) != f[1] ||
            content.find(f[2]) == std::string::npos)
          continue;
        if (f.size() > 3 && f[3] != "-" && part(a.via) != f[3]) continue;
        if (f.size() > 4 && f[4] == "^" && (!previous || a.parent != previous->id)) continue;
        hit = &a;
        break;
      }
      if (hit) {
        ++found;
      } else {
        MESSAGE(t.filename().string() << ": missed: " << line);
      }
      previous = hit;
    }
  }
  MESSAGE("seed attributions found: " << found << " of " << listed);
  CHECK(listed == 50);
  CHECK(found >= kSeedFloor);
}
