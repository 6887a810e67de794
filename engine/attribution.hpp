// Reported-speech extraction for one document: the text layer, the prefilter, the grammars,
// and the few document-level rules no single sentence can decide (continuing quotes, the
// speaker of a gerund cue). Produces attributions with byte offsets into the original text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

struct ByteSpan {
  std::uint32_t begin = 0;  // byte offsets into the original text, half-open
  std::uint32_t end = 0;
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class AttributionKind : std::uint8_t { direct, indirect, mixed, according_to };
std::string_view kind_name(AttributionKind k);

struct Attribution {
  std::uint32_t id = 0;  // 1-based, in order of content start
  AttributionKind kind = AttributionKind::indirect;
  std::vector<ByteSpan> content;  // one fragment, or several (split or multi-paragraph quotes)
  std::optional<ByteSpan> cue;
  std::string cue_lemma;
  std::optional<ByteSpan> source;
  std::optional<ByteSpan> via;
  // An apposition describing the source that stands apart from it ("Yun Sun said. , director
  // of …, told AFP"); the speaker resolver reads it as the affiliation. Not part of the output.
  std::optional<ByteSpan> source_apposition;
  // The subject of "seem" or "appear" ("Sanders appears to have a slight lead"): the writer's
  // judgement is about it, so it is no source but the first content fragment. The speaker
  // resolver still reads it, as a reader does, for the pronouns after it. Not in the output.
  std::optional<ByteSpan> judged;
  std::optional<std::uint32_t> parent;  // id of the enclosing attribution
  std::string_view rule;                // the grammar rule (or document rule) that fired
  double confidence = 0;
};

// Extracts every attribution of `text`, which must be valid UTF-8 (see check_utf8). The
// result is deterministic: sorted by content start, then cue start.
std::vector<Attribution> extract_attributions(std::string_view text);

}  // namespace whosaid
