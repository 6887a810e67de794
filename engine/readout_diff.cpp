// See readout_diff.hpp. Statements are the readout's sentences; a sentence that holds an
// attribution is represented by what was said and who said it, so that "Xi stressed that …"
// and "President Xi said …" meet on the content and compare on the speaker.
#include "engine/readout_diff.hpp"

#include <algorithm>
#include <tuple>

#include "engine/normalize.hpp"
#include "engine/sentences.hpp"
#include "engine/tokenize.hpp"

namespace whosaid {
namespace {

// Readouts name the meeting's parties together in many ways ("the two sides", "both
// leaders", "the ministers"); all of them are one speaker.
constexpr std::string_view kBothSides = "both sides";
constexpr std::string_view kJointNouns[] = {"sides",       "parties",     "leaders", "ministers",
                                            "delegations", "presidents",  "state",   "countries",
                                            "heads",       "governments", "nations", "men"};

bool joint_speaker(const Speaker& s) {
  if (s.kind != SpeakerKind::group && s.kind != SpeakerKind::anonymous) return false;
  std::string_view rest = s.name;
  while (!rest.empty()) {  // any word of the description: "two heads of state"
    const auto sp = rest.find(' ');
    const std::string_view w = rest.substr(0, sp);
    for (auto j : kJointNouns)
      if (w == j) return true;
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  return false;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b,
            std::vector<std::string>* shared) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::string> s;
  topic_overlap(a, b, &s);
  const double d = 2.0 * static_cast<double>(s.size()) / static_cast<double>(a.size() + b.size());
  if (shared) *shared = std::move(s);
  return d;
}

std::size_t non_entities(const std::vector<std::string>& shared) {
  return static_cast<std::size_t>(std::count_if(
      shared.begin(), shared.end(), [](const std::string& t) { return !t.starts_with("e:"); }));
}

// Why two matched statements disagree, if they do.
bool disagree(const Statement& x, const Statement& y, const std::vector<std::string>& shared,
              DiffEntry& e) {
  if (x.says.negated() != y.says.negated() && non_entities(shared) >= 2) {
    e.reason = "negation";
    e.evidence = x.says.negated() ? x.says.negators : y.says.negators;
    return true;
  }
  if (opposite_poles(x.says, y.says, e.evidence)) {
    e.reason = "opposite";
    return true;
  }
  if (numbers_differ(x.says, y.says, e.evidence)) {
    e.reason = "numbers";
    return true;
  }
  return false;
}

// "Biden spoke with Xi" and "Xi spoke with Biden": each sentence names the other's speaker,
// so the act is mutual and nothing was re-attributed.
bool names_each_other(const Statement& x, const Statement& y) {
  const auto surname = [](const std::string& name) {
    const auto sp = name.rfind(' ');
    return sp == std::string::npos ? name : name.substr(sp + 1);
  };
  return x.text.find(surname(y.speaker)) != std::string::npos ||
         y.text.find(surname(x.speaker)) != std::string::npos;
}

}  // namespace

std::string_view diff_kind_name(DiffKind k) {
  switch (k) {
    case DiffKind::matched:
      return "matched";
    case DiffKind::reattributed:
      return "re-attributed";
    case DiffKind::conflicting:
      return "conflicting";
    case DiffKind::only_a:
      return "only in A";
    case DiffKind::only_b:
      return "only in B";
  }
  return "matched";
}

std::vector<Statement> readout_statements(std::string_view text,
                                          const std::vector<Attribution>& attributions,
                                          const SpeakerResolution& speakers, const Gazetteer& g) {
  const NormalizedText norm(text);
  const auto tokens = tokenize(norm.text());
  std::vector<Statement> out;
  for (const TokenRange& s : split_sentences(norm.text(), tokens)) {
    if (s.empty()) continue;
    Statement st;
    st.span = {static_cast<std::uint32_t>(norm.to_original(tokens[s.begin].begin)),
               static_cast<std::uint32_t>(norm.to_original(tokens[s.end - 1].end))};
    st.text = std::string(text.substr(st.span.begin, st.span.end - st.span.begin));
    // The sentence's main attribution: top level, content starting inside the sentence,
    // the longest such.
    const Attribution* main = nullptr;
    std::size_t main_index = 0;
    for (std::size_t i = 0; i < attributions.size(); ++i) {
      const Attribution& a = attributions[i];
      const std::uint32_t at = a.cue ? a.cue->begin : a.content.front().begin;
      if (a.parent || at < st.span.begin || at >= st.span.end) continue;
      if (!main || a.content.back().end - a.content.front().begin >
                       main->content.back().end - main->content.front().begin) {
        main = &a;
        main_index = i;
      }
    }
    // The topic comes from the whole sentence: readouts put the same fact as speech or as
    // narration ("Xi stressed that …" / "The two sides agreed …"), and "X spoke with Y" is a
    // meeting, not a quotation.
    st.said = st.text;
    if (main) {
      if (const auto& sp = speakers.speaker_of[main_index]) {
        const Speaker& who = speakers.speakers[*sp];
        st.speaker = joint_speaker(who) ? std::string(kBothSides) : who.name;
        st.side = who.side;
      }
    }
    st.says = analyze_claim_text(st.said, g);
    st.topic = st.says.topic();
    // Who acts is part of what a readout reports ("Xi met Biden" / "Biden spoke with Xi").
    if (!st.speaker.empty() && st.speaker != kBothSides) {
      const std::string who = "e:" + st.speaker;
      st.topic.insert(std::lower_bound(st.topic.begin(), st.topic.end(), who), who);
      st.topic.erase(std::unique(st.topic.begin(), st.topic.end()), st.topic.end());
    }
    if (!st.topic.empty()) out.push_back(std::move(st));
  }
  return out;
}

std::vector<DiffEntry> diff_readouts(const std::vector<Statement>& a,
                                     const std::vector<Statement>& b, const DiffOptions& options) {
  std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j)
      if (const double d = dice(a[i].topic, b[j].topic, nullptr); d >= options.min_similarity)
        pairs.emplace_back(d, i, j);
  // Best pairs first; ties in reading order, so the result is deterministic.
  std::sort(pairs.begin(), pairs.end(), [](const auto& p, const auto& q) {
    if (std::get<0>(p) != std::get<0>(q)) return std::get<0>(p) > std::get<0>(q);
    return std::tie(std::get<1>(p), std::get<2>(p)) < std::tie(std::get<1>(q), std::get<2>(q));
  });
  std::vector<std::optional<std::size_t>> match_a(a.size()), match_b(b.size());
  std::vector<double> sim_a(a.size(), 0);
  for (const auto& [d, i, j] : pairs) {
    if (match_a[i] || match_b[j]) continue;
    match_a[i] = j;
    match_b[j] = i;
    sim_a[i] = d;
  }
  std::vector<DiffEntry> out;
  for (std::size_t i = 0; i < a.size(); ++i) {
    DiffEntry e;
    e.a = i;
    if (!match_a[i]) {
      e.kind = DiffKind::only_a;
      out.push_back(std::move(e));
      continue;
    }
    const std::size_t j = *match_a[i];
    e.b = j;
    e.similarity = sim_a[i];
    std::vector<std::string> shared;
    dice(a[i].topic, b[j].topic, &shared);
    if (disagree(a[i], b[j], shared, e))
      e.kind = DiffKind::conflicting;
    else if (!a[i].speaker.empty() && !b[j].speaker.empty() && a[i].speaker != b[j].speaker &&
             !names_each_other(a[i], b[j]))
      e.kind = DiffKind::reattributed;
    else
      e.kind = DiffKind::matched;
    out.push_back(std::move(e));
  }
  for (std::size_t j = 0; j < b.size(); ++j)
    if (!match_b[j]) {
      DiffEntry e;
      e.kind = DiffKind::only_b;
      e.b = j;
      out.push_back(std::move(e));
    }
  return out;
}

}  // namespace whosaid
