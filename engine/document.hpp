// A document as whosaid receives it: an id, the text, and whatever metadata came with it
// (JSON Lines input keeps every field but "text"), plus where it came from for diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace whosaid {

struct Document {
  std::string id;
  std::string text;
  std::string meta_json;  // the record's other fields as a JSON object, or empty
  std::string origin;     // "file.jsonl:12" or a path, for error messages
};

// Why a document could not be read: where, and what is wrong, in one line.
struct InputError {
  std::string origin;
  std::string message;
  std::string describe() const { return origin + ": " + message; }
};

// Parses one JSON Lines record `{"id":…, "text":…, …}`. A missing id becomes
// "<origin>". Errors name the origin and, for bad JSON, the byte position in the line.
std::variant<Document, InputError> parse_jsonl_record(std::string_view line, std::string origin);

// Checks a document's text (UTF-8, no NUL); the error names the origin and byte offset.
std::optional<InputError> check_text(const Document& doc);

}  // namespace whosaid
