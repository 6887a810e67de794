// Writers for extracted attributions: JSON Lines (the schema in README.md), a readable text
// table, and brat standoff. Offsets are converted here, once, from bytes to the user's unit.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/document.hpp"
#include "engine/speakers.hpp"
#include "engine/utf8.hpp"

namespace whosaid {

enum class OutputFormat { jsonl, text, brat };

// One JSON object per attribution, one per line.
// `speakers` (may be null) adds each attribution's resolved speaker.
void write_jsonl(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                 const SpeakerResolution* speakers, OffsetUnit unit);

// A table a person can read: one block per attribution with its parts and offsets.
void write_text(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                const SpeakerResolution* speakers, OffsetUnit unit);

// brat standoff (.ann) for `doc`, in code points as brat expects, with PolNeAR's labels.
void write_brat(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs);

}  // namespace whosaid
