// See conflicts.hpp. For each claim, the claims after it that share a topic token are counted
// through an inverted index (a dense counter reset per claim); each candidate of another
// party side is then judged on the four reasons, strongest first.
#include "engine/conflicts.hpp"

#include <algorithm>
#include <unordered_map>

namespace whosaid {
namespace {

// Shared entities and other tokens of two topics.
struct Shared {
  std::vector<std::string> tokens;
  std::size_t entities = 0, others = 0, terms = 0;
  double overlap = 0;  // shared / the smaller topic
  double dice = 0;     // shared / the mean topic size: low when one claim is much broader
};

Shared share(const Claim& x, const Claim& y) {
  Shared s;
  s.overlap = topic_overlap(x.topic, y.topic, &s.tokens);
  for (const auto& t : s.tokens) {
    (t.starts_with("e:") ? s.entities : s.others) += 1;
    s.terms += t.starts_with("t:");
  }
  s.dice = 2.0 * static_cast<double>(s.tokens.size()) /
           static_cast<double>(x.topic.size() + y.topic.size());
  return s;
}

// Cues of wanting, planning or seeming state no fact that a denial could answer.
constexpr std::string_view kIntentLemmas[] = {"seek",   "want",   "plan",     "hope",   "aim",
                                              "expect", "intend", "continue", "appear", "seem",
                                              "wish",   "try",    "look",     "feel",   "worry"};

bool disputes(const Claim& c) {
  if (std::find(std::begin(kIntentLemmas), std::end(kIntentLemmas), c.cue_lemma) !=
      std::end(kIntentLemmas))
    return false;
  return c.stance == Stance::asserts || c.stance == Stance::accuses || c.stance == Stance::warns;
}

std::optional<Conflict> judge(const std::vector<Claim>& claims, std::size_t i, std::size_t j) {
  const Claim& x = claims[i];
  const Claim& y = claims[j];
  Conflict c;
  c.a = i;
  c.b = j;
  Shared s = share(x, y);
  c.shared = s.tokens;
  // Denial: one side denies what the other asserts or accuses.
  const bool x_denies = x.stance == Stance::denies, y_denies = y.stance == Stance::denies;
  if (x_denies != y_denies) {
    const Claim& d = x_denies ? x : y;
    const Claim& o = x_denies ? y : x;
    const std::size_t o_index = x_denies ? j : i;
    if (disputes(o)) {
      if (d.answers && *d.answers == o_index) {
        c.reason = ConflictReason::denial;
        c.triggers = {d.cue, d.text};
        c.score = 0.95;
        return c;
      }
      // An explicit denial on the same subject: an act in common, and every entity the
      // denial names is named by the other claim (denying Xi will skip a summit does not
      // answer that Biden will attend it).
      const bool contained = std::includes(o.says.entities.begin(), o.says.entities.end(),
                                           d.says.entities.begin(), d.says.entities.end());
      // And the same act: two shared words, or two shared concepts about two shared entities
      // ("China's participation in the war in Ukraine" against "a top supplier … assault on
      // Ukraine … China's support").
      const std::size_t concepts = s.others - s.terms;
      const bool same_act = s.terms >= 2 || (concepts >= 2 && s.entities >= 2);
      if (!d.answers && contained && same_act && s.entities >= 1 && s.overlap >= 0.5) {
        c.reason = ConflictReason::denial;
        c.triggers = {d.cue};
        c.score = 0.5 + 0.4 * s.overlap;
        return c;
      }
    }
    return std::nullopt;
  }
  if (x_denies) return std::nullopt;  // two denials do not contradict each other
  // The same proposition asserted and negated.
  // Negations, opposite predicates and numbers need the same proposition: shared words, not
  // just the same people and broad concepts.
  if (s.terms < 1 || s.dice < 0.3) return std::nullopt;
  if (x.says.negated() != y.says.negated() && s.terms >= 2 && s.entities >= 1 && s.overlap >= 0.6 &&
      s.dice >= 0.4) {
    c.reason = ConflictReason::negation;
    c.triggers = x.says.negated() ? x.says.negators : y.says.negators;
    c.score = 0.4 + 0.5 * s.overlap;
    return c;
  }
  if (s.entities >= 1 && s.others >= 1 && s.overlap >= 0.4) {
    std::vector<std::string> t;
    // The predicate words differ by definition: the subject and its parties must match.
    if (s.entities >= 2 && opposite_poles(x.says, y.says, t)) {
      c.reason = ConflictReason::opposite;
      c.triggers = std::move(t);
      c.score = 0.4 + 0.5 * s.overlap;
      return c;
    }
    if (s.terms >= 2 && numbers_differ(x.says, y.says, t)) {
      c.reason = ConflictReason::numbers;
      c.triggers = std::move(t);
      c.score = 0.4 + 0.5 * s.overlap;
      return c;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view conflict_reason_name(ConflictReason r) {
  switch (r) {
    case ConflictReason::denial:
      return "denial";
    case ConflictReason::negation:
      return "negation";
    case ConflictReason::opposite:
      return "opposite";
    case ConflictReason::numbers:
      return "numbers";
  }
  return "denial";
}

std::vector<Conflict> find_conflicts(const std::vector<Claim>& claims,
                                     const ConflictOptions& options) {
  // Only claims of party sides take part.
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
  for (std::uint32_t i = 0; i < claims.size(); ++i)
    if (is_party_side(claims[i].side))
      for (const auto& t : claims[i].topic) postings[t].push_back(i);
  std::vector<Conflict> out;
  std::vector<std::uint32_t> count(claims.size(), 0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const Claim& x = claims[i];
    if (!is_party_side(x.side)) continue;
    touched.clear();
    for (const auto& t : x.topic) {
      const auto& list = postings[t];
      if (list.size() > options.max_postings) continue;
      // Postings are ascending: only the claims after i.
      for (auto it = std::upper_bound(list.begin(), list.end(), i); it != list.end(); ++it) {
        if (count[*it]++ == 0) touched.push_back(*it);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t j : touched) {
      count[j] = 0;
      if (claims[j].side == x.side) continue;
      if (auto c = judge(claims, i, j); c && c->score >= options.min_score) out.push_back(*c);
    }
  }
  // A denial answering an earlier claim is found from the later claim's side as well.
  for (std::uint32_t i = 0; i < claims.size(); ++i) {
    const Claim& d = claims[i];
    if (!d.answers || *d.answers >= i || !is_party_side(d.side)) continue;
    const std::size_t j = *d.answers;
    const bool found = std::any_of(out.begin(), out.end(),
                                   [&](const Conflict& c) { return c.a == j && c.b == i; });
    if (!found)
      if (auto c = judge(claims, j, i); c && c->score >= options.min_score) out.push_back(*c);
  }
  std::sort(out.begin(), out.end(), [](const Conflict& p, const Conflict& q) {
    return std::pair(p.a, p.b) < std::pair(q.a, q.b);
  });
  return out;
}

}  // namespace whosaid
