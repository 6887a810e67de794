// Conflicts between sides: the seed articles' known contradictions are flagged, each reason
// fires on a sentence pair written for it, and the near-miss suite (fixtures/conflicts) flags
// nothing.
#include "engine/conflicts.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "engine/attribution.hpp"
#include "engine/speakers.hpp"
#include "tests/files.hpp"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {

std::vector<Claim> claims_of(const std::vector<std::string>& docs) {
  const Gazetteer& g = builtin_gazetteer();
  std::vector<Claim> claims;
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    const auto attrs = extract_attributions(docs[d]);
    append_claims(d, docs[d], attrs, resolve_speakers(docs[d], attrs, g), g, claims);
  }
  return claims;
}

// Whether a conflict pairs a claim whose text holds `x` with one whose text holds `y`.
bool flagged(const std::vector<Conflict>& cs, const std::vector<Claim>& claims, std::string_view x,
             std::string_view y, ConflictReason reason) {
  return std::any_of(cs.begin(), cs.end(), [&](const Conflict& c) {
    const auto& a = claims[c.a].text;
    const auto& b = claims[c.b].text;
    const bool pair = (a.find(x) != std::string::npos && b.find(y) != std::string::npos) ||
                      (a.find(y) != std::string::npos && b.find(x) != std::string::npos);
    return pair && c.reason == reason;
  });
}

}  // namespace

TEST_CASE("seed articles: the known contradictions between sides are flagged") {
  std::vector<std::string> docs;
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(fs::path(WHOSAID_FIXTURES_DIR) / "seeds"))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) docs.push_back(test::slurp(p));
  const auto claims = claims_of(docs);
  const auto cs = find_conflicts(claims);
  // The U.S. official's components claim against China's denial, in the same article.
  CHECK(flagged(cs, claims, "providing Russia with critical components", "these accusations",
                ConflictReason::denial));
  // Blinken's "top supplier" allegation against Xi's denial, across two articles.
  CHECK(flagged(cs, claims, "top supplier", "China’s participation in the war",
                ConflictReason::denial));
  // Only party sides are ever paired, never analysts, outlets or unknown speakers; never a
  // side with itself.
  for (const Conflict& c : cs) {
    CAPTURE(claims[c.a].text);
    CAPTURE(claims[c.b].text);
    CHECK(is_party_side(claims[c.a].side));
    CHECK(is_party_side(claims[c.b].side));
    CHECK(claims[c.a].side != claims[c.b].side);
  }
}

TEST_CASE("each reason fires on a pair written for it") {
  SUBCASE("negation") {
    const auto claims = claims_of(
        {"The State Department said China has sent lethal aid to Russia.",
         "China's foreign ministry said there is no evidence that China has sent lethal aid to "
         "Russia."});
    CHECK(flagged(find_conflicts(claims), claims, "has sent lethal aid", "no evidence",
                  ConflictReason::negation));
  }
  SUBCASE("opposite predicates") {
    const auto claims = claims_of(
        {"The Kremlin said trade between Russia and China will increase sharply this year.",
         "The White House said trade between Russia and China will decrease this year."});
    CHECK(
        flagged(find_conflicts(claims), claims, "increase", "decrease", ConflictReason::opposite));
  }
  SUBCASE("numbers") {
    const auto claims = claims_of(
        {"The Kremlin said trade between Russia and China reached $240 billion last year.",
         "The White House said trade between Russia and China reached $190 billion last year."});
    CHECK(flagged(find_conflicts(claims), claims, "$240 billion", "$190 billion",
                  ConflictReason::numbers));
  }
  SUBCASE("an explicit denial across documents") {
    const auto claims =
        claims_of({"The Pentagon said China is supplying drones to Russia for the war in Ukraine.",
                   "Beijing denied supplying drones to Russia for the war in Ukraine."});
    CHECK(flagged(find_conflicts(claims), claims, "supplying drones", "supplying drones",
                  ConflictReason::denial));
  }
}

TEST_CASE("near misses: nothing is flagged") {
  // fixtures/conflicts/near_misses.txt: cases separated by lines of "===", documents within a
  // case by lines of "---".
  const std::string all =
      test::slurp(fs::path(WHOSAID_FIXTURES_DIR) / "conflicts" / "near_misses.txt");
  std::size_t cases = 0;
  std::size_t at = 0;
  while (at < all.size()) {
    auto end = all.find("\n===\n", at);
    if (end == std::string::npos) end = all.size();
    const std::string block = all.substr(at, end - at);
    at = end + 5;
    std::vector<std::string> docs;
    for (std::size_t p = 0; p <= block.size();) {
      auto q = block.find("\n---\n", p);
      if (q == std::string::npos) q = block.size();
      docs.push_back(block.substr(p, q - p));
      p = q + 5;
    }
    const auto claims = claims_of(docs);
    const auto cs = find_conflicts(claims);
    CAPTURE(block);
    CHECK(claims.size() >= 2);  // each case has claims that could be paired
    CHECK(cs.empty());
    ++cases;
  }
  CHECK(cases >= 8);
}
