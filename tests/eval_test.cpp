// The scoring rules on small hand-made cases, and brat reading.
#include "engine/eval.hpp"

#include <doctest/doctest.h>

#include "engine/brat.hpp"

using namespace whosaid;

TEST_CASE("read_brat ties T lines into attributions and skips notes") {
  std::vector<std::string> errors;
  const auto a = read_brat(
      "T1\tSource 0 3\tSun\nT2\tCue 4 8\tsaid\nT3\tContent 9 12;14 16\tabc de\n"
      "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT9\tDiscuss 0 3\tx\nbroken line\n",
      &errors);
  REQUIRE(a.size() == 1);
  CHECK(a[0].content.size() == 2);
  CHECK(a[0].source[0].end == 3);
  CHECK(errors == std::vector<std::string>{"line 6: expected tab-separated fields"});
}

TEST_CASE("greedy one-to-one pairing / attribution and exact chunks") {
  EvalDocument d;
  d.text = U"Sun said \u201Cwe win\u201D and more text here";
  SpanAttribution g1{{{9, 17}}, {{4, 8}}, {{0, 3}}};
  SpanAttribution g2{{{22, 31}}, {}, {}};
  d.gold = {g1, g2};
  SpanAttribution p1{{{9, 17}}, {{4, 8}}, {{0, 2}}};  // content exact, source overlaps only
  SpanAttribution p2{{{9, 12}}, {}, {}};              // overlaps g1 too, but g1 is taken
  d.predicted = {p1, p2};
  const auto r = evaluate(d);
  CHECK(r.content_partial.predicted_hits == 1);
  CHECK(r.content_partial.predicted == 2);
  CHECK(r.attribution.predicted_hits == 1);
  CHECK(r.source_exact.predicted_hits == 0);
  CHECK(r.cue_exact.predicted_hits == 1);
  CHECK(r.content_exact.predicted_hits == 1);
  CHECK(r.direct_gold == 1);
  CHECK(r.direct_found == 1);
  CHECK(figure(r, "content_partial_f1") == doctest::Approx(0.5));
  CHECK(figure(r, "nonsense") < 0);
}
