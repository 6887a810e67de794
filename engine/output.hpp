// Writers for extracted attributions: JSON Lines (the schema in README.md), a readable text
// table, and brat standoff. Offsets are converted here, once, from bytes to the user's unit.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/document.hpp"
#include "engine/utf8.hpp"

namespace whosaid {

enum class OutputFormat { jsonl, text, brat };

// Appends `s` (valid UTF-8) to `out` as a JSON string literal, escaping quotes, backslashes
// and control characters; other characters pass through unescaped.
void append_json_string(std::string& out, std::string_view s);

// One JSON object per attribution, one per line.
void write_jsonl(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                 OffsetUnit unit);

// A table a person can read: one block per attribution with its parts and offsets.
void write_text(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                OffsetUnit unit);

// brat standoff (.ann) for `doc`, in code points as brat expects, with PolNeAR's labels.
void write_brat(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs);

}  // namespace whosaid
