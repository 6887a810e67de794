// See claims.hpp. The stance comes from the cue lemma; an anaphoric denial answers the
// latest earlier claim of another party side in the same document that accuses or asserts.
#include "engine/claims.hpp"

#include <algorithm>
#include <iterator>

#include "engine/ascii.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

constexpr std::string_view kDeny[] = {"deny",    "reject",    "dismiss", "refute", "rebuff",
                                      "dispute", "brush off", "contest", "disavow"};
constexpr std::string_view kAccuse[] = {"accuse",  "allege",    "blame",     "charge",
                                        "condemn", "criticize", "criticise", "fault",
                                        "attack",  "slam",      "denounce"};
constexpr std::string_view kWarn[] = {"warn", "caution", "threaten", "alert"};
constexpr std::string_view kUrge[] = {"urge",   "call for", "call on", "demand", "press",
                                      "appeal", "ask",      "request", "push"};
constexpr std::string_view kPledge[] = {"pledge",    "promise", "vow",  "commit",
                                        "guarantee", "assure",  "swear"};
constexpr std::string_view kQuestion[] = {"question", "doubt", "wonder", "query"};

// Contents that only point back at an earlier claim: "these accusations", "the claims", "it".
constexpr std::string_view kAnaphoricNouns[] = {
    "accusation", "accusations", "allegation", "allegations", "claim",      "claims",
    "charge",     "charges",     "report",     "reports",     "suggestion", "suggestions",
    "assertion",  "assertions",  "it",         "this",        "that",       "them"};

Stance stance_of(std::string_view lemma) {
  if (word_set<kDeny>().contains(lemma)) return Stance::denies;
  if (word_set<kAccuse>().contains(lemma)) return Stance::accuses;
  if (word_set<kWarn>().contains(lemma)) return Stance::warns;
  if (word_set<kUrge>().contains(lemma)) return Stance::urges;
  if (word_set<kPledge>().contains(lemma)) return Stance::pledges;
  if (word_set<kQuestion>().contains(lemma)) return Stance::questions;
  return Stance::asserts;
}

// "these accusations", "the allegations", "it": a content of at most three words whose last
// is an anaphoric noun.
bool anaphoric(std::string_view content) {
  std::size_t words = 0;
  std::string_view last;
  std::size_t i = 0;
  while (i < content.size()) {
    while (i < content.size() && !ascii::is_alpha(content[i])) ++i;
    const std::size_t b = i;
    while (i < content.size() && ascii::is_alpha(content[i])) ++i;
    if (i > b) {
      ++words;
      last = content.substr(b, i - b);
    }
  }
  return words >= 1 && words <= 3 && word_set<kAnaphoricNouns>().contains(ascii::lowered(last));
}

}  // namespace

std::string_view stance_name(Stance s) {
  switch (s) {
    case Stance::asserts:
      return "asserts";
    case Stance::denies:
      return "denies";
    case Stance::accuses:
      return "accuses";
    case Stance::warns:
      return "warns";
    case Stance::urges:
      return "urges";
    case Stance::pledges:
      return "pledges";
    case Stance::questions:
      return "questions";
  }
  return "asserts";
}

bool is_party_side(std::string_view side) {
  return !side.empty() && side != "unknown" && side != "independent" && side != "media";
}

void append_claims(std::uint32_t doc, std::string_view text,
                   const std::vector<Attribution>& attributions, const SpeakerResolution& speakers,
                   const Gazetteer& g, std::vector<Claim>& out) {
  const std::size_t first = out.size();
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    const Attribution& a = attributions[i];
    Claim c;
    c.doc = doc;
    c.attribution = a.id;
    c.span = {a.content.front().begin, a.content.back().end};
    for (const ByteSpan& f : a.content) {
      if (!c.text.empty()) c.text += " … ";
      c.text += text.substr(f.begin, f.end - f.begin);
    }
    if (a.cue) c.cue = std::string(text.substr(a.cue->begin, a.cue->end - a.cue->begin));
    c.cue_lemma = a.cue_lemma;
    if (const auto& s = speakers.speaker_of[i]) {
      const Speaker& sp = speakers.speakers[*s];
      c.speaker = sp.name;
      c.side = sp.side;
      c.kind = sp.kind;
    } else if (a.source) {
      c.speaker = std::string(text.substr(a.source->begin, a.source->end - a.source->begin));
      c.side = "unknown";
    } else {
      c.side = "unknown";
    }
    c.stance = stance_of(c.cue_lemma);
    c.says = analyze_claim_text(c.text, g);
    c.topic = c.says.topic();
    if (c.stance == Stance::denies && anaphoric(c.text)) {
      // The latest earlier claim of another party side that accuses or asserts.
      for (std::size_t k = out.size(); k > first; --k) {
        const Claim& prev = out[k - 1];
        if (prev.side == c.side || !is_party_side(prev.side)) continue;
        if (prev.stance != Stance::accuses && prev.stance != Stance::asserts) continue;
        c.answers = k - 1;
        std::vector<std::string> merged;
        std::merge(c.topic.begin(), c.topic.end(), prev.topic.begin(), prev.topic.end(),
                   std::back_inserter(merged));
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        c.topic = std::move(merged);
        break;
      }
    }
    out.push_back(std::move(c));
  }
}

}  // namespace whosaid
