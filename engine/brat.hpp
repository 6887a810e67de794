// Reads brat standoff attribution files as PolNeAR writes them: T lines (Source, Cue,
// Content spans, code-point offsets, ';'-separated fragments) tied by E lines into attributions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

struct CodepointSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// One attribution in code points; a missing part is an empty vector.
struct SpanAttribution {
  std::vector<CodepointSpan> content, cue, source;
};

// Parses `ann`. Labels other than Source/Cue/Content and E lines other than Attribution and
// Attribution-no-source (Discuss, Discard) are ignored. Malformed lines are reported in
// `errors` as "line N: …" and skipped.
std::vector<SpanAttribution> read_brat(std::string_view ann, std::vector<std::string>* errors);

}  // namespace whosaid
