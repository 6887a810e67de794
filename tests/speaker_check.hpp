// Checks resolved speakers against expectation lines (mention, name, side, kind, and
// optionally a substring of the affiliation). Shared by the speaker test set and the seeds.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/gazetteer.hpp"
#include "engine/speakers.hpp"

namespace whosaid::test {

struct SpeakerExpectation {
  std::string mention, name, side, kind, affiliation;  // affiliation: a substring, or empty
};

// Parses tab-separated lines "mention<TAB>name<TAB>side<TAB>kind[<TAB>affiliation]".
inline std::vector<SpeakerExpectation> parse_speaker_expectations(const std::string& lines) {
  std::vector<SpeakerExpectation> out;
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ls(line);
    for (std::string x; std::getline(ls, x, '\t');) f.push_back(x);
    if (f.size() < 4) continue;
    out.push_back({f[0], f[1], f[2], f[3], f.size() > 4 ? f[4] : ""});
  }
  return out;
}

struct SpeakerScore {
  int right = 0, total = 0;
  std::vector<std::string> misses;
};

// Every attribution whose source is the expected mention (trailing commas aside) must resolve
// to the expected speaker; a mention no attribution has counts as a miss.
inline SpeakerScore check_speakers(const std::string& text,
                                   const std::vector<SpeakerExpectation>& expected) {
  const auto trimmed = [](std::string s) {
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    return s;
  };
  const auto attrs = extract_attributions(text);
  const auto r = resolve_speakers(text, attrs, builtin_gazetteer());
  SpeakerScore score;
  for (const auto& e : expected) {
    ++score.total;
    bool found = false, ok = true;
    std::string got;
    for (std::size_t i = 0; i < attrs.size(); ++i) {
      const auto& s = attrs[i].source;
      if (!s || trimmed(text.substr(s->begin, s->end - s->begin)) != trimmed(e.mention)) continue;
      found = true;
      if (!r.speaker_of[i]) {
        ok = false;
        got = "(none)";
        continue;
      }
      const Speaker& sp = r.speakers[*r.speaker_of[i]];
      if (sp.name != e.name || sp.side != e.side || speaker_kind_name(sp.kind) != e.kind ||
          sp.affiliation.find(e.affiliation) == std::string::npos) {
        ok = false;
        got = sp.name + " / " + sp.side + " / " + std::string(speaker_kind_name(sp.kind)) + " / " +
              sp.affiliation;
      }
    }
    if (found && ok) {
      ++score.right;
    } else {
      score.misses.push_back(e.mention + " -> expected " + e.name + " / " + e.side + " / " +
                             e.kind + " / …" + e.affiliation + "…, got " +
                             (found ? got : "no attribution with that source"));
    }
  }
  return score;
}

}  // namespace whosaid::test
