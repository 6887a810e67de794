// Readout diffs on the hand-written readout pairs (fixtures/readouts): every planted
// difference is found, and no statement both readouts make in different words is listed as
// "only in" one of them.
#include "engine/readout_diff.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "engine/attribution.hpp"
#include "tests/files.hpp"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {
std::vector<Statement> statements_of(const std::string& text) {
  const Gazetteer& g = builtin_gazetteer();
  const auto attrs = extract_attributions(text);
  return readout_statements(text, attrs, resolve_speakers(text, attrs, g), g);
}
}  // namespace

TEST_CASE("readout pairs: planted differences found / no spurious 'only in'") {
  const fs::path dir = fs::path(WHOSAID_FIXTURES_DIR) / "readouts";
  std::size_t pairs = 0, planted = 0, found = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (!name.ends_with(".expected.tsv")) continue;
    const std::string stem = name.substr(0, name.size() - std::string(".expected.tsv").size());
    const auto a = statements_of(test::slurp(dir / (stem + "_a.txt")));
    const auto b = statements_of(test::slurp(dir / (stem + "_b.txt")));
    const auto entries = diff_readouts(a, b);
    std::size_t planted_only = 0;
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const auto f = test::tab_fields(line);
      REQUIRE(f.size() >= 2);
      const std::string kind = f[0], in_a = f[1], in_b = f.size() > 2 ? f[2] : "";
      if (kind.starts_with("only")) ++planted_only;
      ++planted;
      const bool hit = std::any_of(entries.begin(), entries.end(), [&](const DiffEntry& d) {
        if (diff_kind_name(d.kind) != kind) return false;
        const bool a_ok =
            in_a.empty() ? !d.a : (d.a && a[*d.a].text.find(in_a) != std::string::npos);
        const bool b_ok =
            in_b.empty() ? !d.b : (d.b && b[*d.b].text.find(in_b) != std::string::npos);
        return a_ok && b_ok;
      });
      CAPTURE(stem);
      CAPTURE(line);
      CHECK(hit);
      found += hit;
    }
    const auto only = std::count_if(entries.begin(), entries.end(), [](const DiffEntry& d) {
      return d.kind == DiffKind::only_a || d.kind == DiffKind::only_b;
    });
    CAPTURE(stem);
    CHECK(static_cast<std::size_t>(only) == planted_only);
    ++pairs;
  }
  MESSAGE("readout pairs: " << pairs << ", planted differences found: " << found << " of "
                            << planted);
  CHECK(pairs >= 3);
}

TEST_CASE("aliases fold before alignment: Xi / President Xi and Xi Jinping are one speaker") {
  const auto a = statements_of(
      "President Xi Jinping spoke with Lula.\n\nPresident Xi said China "
      "would buy more soybeans from Brazil.");
  const auto b = statements_of(
      "Xi Jinping held a call with Brazil's president.\n\nXi said China "
      "will buy more Brazilian soybeans.");
  const auto entries = diff_readouts(a, b);
  const bool reattributed = std::any_of(entries.begin(), entries.end(), [](const DiffEntry& d) {
    return d.kind == DiffKind::reattributed;
  });
  CHECK_FALSE(reattributed);
  const bool soy = std::any_of(entries.begin(), entries.end(), [&](const DiffEntry& d) {
    return d.kind == DiffKind::matched && d.a && a[*d.a].text.find("soybeans") != std::string::npos;
  });
  CHECK(soy);
}
