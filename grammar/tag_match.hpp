// What a reported-speech grammar rule returns: the parts it recognized, as spans of the tag
// string (one tag per token slot; see engine/lexicon.hpp for the alphabet). This header is all
// the engine needs from grammar/; the X3 machinery stays behind parse_at().
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace whosaid::grammar {

struct TagSpan {
  std::uint32_t begin = 0;  // half-open, in tag positions
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// The parts of one attribution. `content2` holds the second fragment of a split quote.
struct TagMatch {
  TagSpan source, cue, content, content2, via;
  TagSpan apposition;          // an apposition to the source standing apart from it (told_tail)
  std::uint32_t end = 0;       // where the match stopped
  const char* base = nullptr;  // start of the tag string; set by parse_at for the actions
};

// One named rule per reported-speech construction, tried in this order at each position.
enum class RuleId : std::uint8_t {
  split_quote,      // “…,” the minister said, “…”
  post_cue,         // “…,” Sun said.
  inverted_cue,     // “…,” said Hal Brands, professor of …
  headline_colon,   // Gingrich: Trump Must Decide …
  according_front,  // According to X, …
  cue_quote,        // Gingrich said, “…”
  colon_cue,        // Blinken said: “…”
  colon_block,      // He said:¶“…” (the content is the quotation opening the next paragraph)
  tell_cue,         // X told AFP (that) …
  indirect,         // Qin Gang said (that) China was …
  trailing_cue,     // China is considering sending aid, the U.S. says.
  according_back,   // …, according to analysts.
  gerund_cue,       // …, stating that it has the right …
  noun_cue,         // Xi Jinping’s denial of China’s participation in the war
  coordinated_cue,  // Blinken visited Beijing and warned officials that …
  passive_agent,    // The meeting was first reported by Politico.
};
inline constexpr int kRuleCount = 16;

// Where a rule may start: anywhere; only at the start of the span being scanned; there or
// right after a comma; or where a phrase can begin (span start, after punctuation, a
// quotation, "that", "and" or a subordinator), so a speaker is never cut out of a longer one.
enum class Anchor : std::uint8_t { anywhere, span_start, span_start_or_comma, phrase_start };

struct RuleInfo {
  RuleId id;
  std::string_view name;
  Anchor anchor;
  double confidence;       // how often the rule is right when it fires (tuned on PolNeAR train)
  std::string_view first;  // the tags the rule can start with; empty: any
  std::string_view needs;  // the unit must hold one of these tags for the rule to match
};

const RuleInfo& rule_info(RuleId id);

// Tries rule `id` on tags[start, tags.size()). The span end acts as end of input.
std::optional<TagMatch> parse_at(RuleId id, std::string_view tags, std::size_t start);

}  // namespace whosaid::grammar
