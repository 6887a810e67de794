// JSON Lines records and text checks; see document.hpp.
#include "engine/document.hpp"

#include "engine/utf8.hpp"

namespace whosaid {

std::variant<Document, InputError> parse_jsonl_record(std::string_view line, std::string origin) {
  nlohmann::ordered_json j;
  try {
    j = nlohmann::ordered_json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    return InputError{origin, std::string("not valid JSON (byte ") + std::to_string(e.byte) + ")"};
  }
  if (!j.is_object()) return InputError{origin, "a JSON Lines record must be an object"};
  const auto text = j.find("text");
  if (text == j.end()) return InputError{origin, "record has no \"text\" field"};
  if (!text->is_string()) return InputError{origin, "\"text\" must be a string"};
  Document d;
  d.origin = std::move(origin);
  d.text = std::move(text->get_ref<std::string&>());
  if (const auto id = j.find("id"); id != j.end()) {
    d.id = id->is_string() ? id->get<std::string>() : id->dump();
  } else {
    d.id = d.origin;
  }
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.key() != "text" && it.key() != "id") d.meta[it.key()] = it.value();
  return d;
}

std::optional<InputError> check_text(const Document& doc) {
  if (const auto err = check_utf8(doc.text))
    return InputError{doc.origin, err->reason + " at byte " + std::to_string(err->offset)};
  return std::nullopt;
}

}  // namespace whosaid
