// The scoring rules; see eval.hpp and the README's "Evaluation" section.
#include "engine/eval.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

namespace whosaid {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0;
}

bool is_quote_mark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 ||
         c == 0xAB || c == 0xBB || c == 0x201E;
}

std::size_t overlap(const std::vector<CodepointSpan>& a, const std::vector<CodepointSpan>& b) {
  std::size_t n = 0;
  for (const auto& x : a)
    for (const auto& y : b) {
      const auto lo = std::max(x.begin, y.begin), hi = std::min(x.end, y.end);
      if (hi > lo) n += hi - lo;
    }
  return n;
}

using Chunk = std::pair<std::uint32_t, std::uint32_t>;

std::set<Chunk> chunks(const std::u32string& text, const std::vector<SpanAttribution>& attrs,
                       std::vector<CodepointSpan> SpanAttribution::*part) {
  std::set<Chunk> out;
  for (const auto& a : attrs)
    for (const auto& s : a.*part) {
      auto b = std::min<std::size_t>(s.begin, text.size());
      auto e = std::min<std::size_t>(s.end, text.size());
      while (b < e && is_space(text[b])) ++b;
      while (e > b && is_space(text[e - 1])) --e;
      if (e > b) out.emplace(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
    }
  return out;
}

Score exact(const std::u32string& text, const EvalDocument& d,
            std::vector<CodepointSpan> SpanAttribution::*part) {
  const auto g = chunks(text, d.gold, part);
  const auto p = chunks(text, d.predicted, part);
  Score s;
  s.gold = g.size();
  s.predicted = p.size();
  for (const auto& c : p) s.predicted_hits += g.count(c);
  s.gold_hits = s.predicted_hits;
  return s;
}

bool is_direct(const std::u32string& text, const SpanAttribution& a) {
  const auto b = a.content.front().begin, e = a.content.back().end;
  if (e <= b || e > text.size()) return false;
  std::size_t lo = b, hi = e;
  while (lo < hi && is_space(text[lo])) ++lo;
  while (hi > lo && is_space(text[hi - 1])) --hi;
  return hi > lo && (is_quote_mark(text[lo]) || is_quote_mark(text[hi - 1]));
}
}  // namespace

void Score::add(const Score& o) {
  predicted_hits += o.predicted_hits;
  predicted += o.predicted;
  gold_hits += o.gold_hits;
  gold += o.gold;
}

void EvalReport::add(const EvalReport& o) {
  documents += o.documents;
  content_partial.add(o.content_partial);
  attribution.add(o.attribution);
  source_exact.add(o.source_exact);
  cue_exact.add(o.cue_exact);
  content_exact.add(o.content_exact);
  direct_gold += o.direct_gold;
  direct_found += o.direct_found;
}

EvalReport evaluate(const EvalDocument& d) {
  EvalReport r;
  r.documents = 1;
  // Greedy one-to-one pairing by the size of the content overlap, largest first; ties by
  // index so the result does not depend on sort stability.
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> candidates;  // -overlap, g, p
  for (std::size_t g = 0; g < d.gold.size(); ++g)
    for (std::size_t p = 0; p < d.predicted.size(); ++p)
      if (const auto o = overlap(d.gold[g].content, d.predicted[p].content); o > 0)
        candidates.emplace_back(o, g, p);
  std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
    if (std::get<0>(x) != std::get<0>(y)) return std::get<0>(x) > std::get<0>(y);
    return std::tie(std::get<1>(x), std::get<2>(x)) < std::tie(std::get<1>(y), std::get<2>(y));
  });
  std::vector<bool> gold_used(d.gold.size()), pred_used(d.predicted.size());
  std::size_t pairs = 0, attributed = 0;
  for (const auto& [o, g, p] : candidates) {
    if (gold_used[g] || pred_used[p]) continue;
    gold_used[g] = pred_used[p] = true;
    ++pairs;
    const auto& gs = d.gold[g].source;
    const auto& ps = d.predicted[p].source;
    if ((gs.empty() && ps.empty()) || overlap(gs, ps) > 0) ++attributed;
  }
  r.content_partial = {pairs, d.predicted.size(), pairs, d.gold.size()};
  r.attribution = {attributed, d.predicted.size(), attributed, d.gold.size()};
  r.source_exact = exact(d.text, d, &SpanAttribution::source);
  r.cue_exact = exact(d.text, d, &SpanAttribution::cue);
  r.content_exact = exact(d.text, d, &SpanAttribution::content);
  for (std::size_t g = 0; g < d.gold.size(); ++g) {
    if (!is_direct(d.text, d.gold[g])) continue;
    ++r.direct_gold;
    r.direct_found += gold_used[g];
  }
  return r;
}

std::string format_report(const EvalReport& r) {
  std::string out;
  char line[160];
  std::snprintf(line, sizeof line, "documents            %zu\n", r.documents);
  out += line;
  std::snprintf(line, sizeof line, "%-20s %9s %9s %9s %8s %8s\n", "measure", "precision", "recall",
                "f1", "pred", "gold");
  out += line;
  auto row = [&](const char* name, const Score& s) {
    std::snprintf(line, sizeof line, "%-20s %9.3f %9.3f %9.3f %8zu %8zu\n", name, s.precision(),
                  s.recall(), s.f1(), s.predicted, s.gold);
    out += line;
  };
  row("content_partial", r.content_partial);
  row("attribution", r.attribution);
  row("source_exact", r.source_exact);
  row("cue_exact", r.cue_exact);
  row("content_exact", r.content_exact);
  std::snprintf(line, sizeof line, "%-20s %29.3f %8zu %8zu\n", "direct_recall", r.direct_recall(),
                r.direct_found, r.direct_gold);
  out += line;
  return out;
}

double figure(const EvalReport& r, const std::string& name) {
  if (name == "content_partial_f1") return r.content_partial.f1();
  if (name == "attribution_f1") return r.attribution.f1();
  if (name == "source_exact_f1") return r.source_exact.f1();
  if (name == "cue_exact_f1") return r.cue_exact.f1();
  if (name == "content_exact_f1") return r.content_exact.f1();
  if (name == "direct_recall") return r.direct_recall();
  return -1;
}

}  // namespace whosaid
