// Writing a JSON string literal. Shared by the output writers and the JSON Lines reader
// (which re-emits metadata keys), and kept apart so neither depends on the other.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// Appends `s` (valid UTF-8) to `out` as a JSON string literal, escaping quotes, backslashes
// and control characters; other characters pass through unescaped.
void append_json_string(std::string& out, std::string_view s);

// The same, or `null` when `s` is empty (an optional field).
void append_json_string_or_null(std::string& out, std::string_view s);

// A JSON array of strings.
void append_json_string_array(std::string& out, const std::vector<std::string>& list);
// A score or confidence as every writer prints it: fixed, two decimals ("0.75").
std::string two_decimals(double x);

}  // namespace whosaid
