// JSON Lines records (parsed with simdjson's on-demand API: a record's text is copied once,
// not built character by character) and text checks; see document.hpp.
#include "engine/document.hpp"

#include <simdjson.h>

#include <nlohmann/json.hpp>

#include "engine/json_string.hpp"
#include "engine/utf8.hpp"

namespace whosaid {
namespace {

std::string_view trim_right(std::string_view s) {
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

// The JSON text of a value as it stood in the record (objects and arrays whole).
simdjson::error_code raw_value(simdjson::ondemand::value v, std::string_view* out) {
  simdjson::ondemand::json_type type;
  if (auto e = v.type().get(type)) return e;
  if (type == simdjson::ondemand::json_type::object) {
    simdjson::ondemand::object o;
    if (auto e = v.get_object().get(o)) return e;
    return o.raw_json().get(*out);
  }
  if (type == simdjson::ondemand::json_type::array) {
    simdjson::ondemand::array a;
    if (auto e = v.get_array().get(a)) return e;
    return a.raw_json().get(*out);
  }
  *out = trim_right(v.raw_json_token());
  return simdjson::SUCCESS;
}
}  // namespace

std::variant<Document, InputError> parse_jsonl_record(std::string_view line, std::string origin) {
  thread_local simdjson::ondemand::parser parser;
  auto bad_json = [&](simdjson::error_code e) {
    return InputError{origin, std::string("not valid JSON (") + simdjson::error_message(e) + ")"};
  };
  const simdjson::padded_string padded(line);
  simdjson::ondemand::document doc;
  if (auto e = parser.iterate(padded).get(doc)) return bad_json(e);
  simdjson::ondemand::json_type type;
  if (auto e = doc.type().get(type)) return bad_json(e);
  if (type != simdjson::ondemand::json_type::object) {
    // Only on this error path: tell a valid non-object from text that is not JSON at all.
    if (!nlohmann::json::accept(line)) return InputError{origin, "not valid JSON"};
    return InputError{origin, "a JSON Lines record must be an object"};
  }
  simdjson::ondemand::object object;
  if (auto e = doc.get_object().get(object)) return bad_json(e);

  Document d;
  bool has_text = false, has_id = false;
  std::string meta;
  for (auto field : object) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return bad_json(e);
    simdjson::ondemand::value value;
    if (auto e = field.value().get(value)) return bad_json(e);
    if (key == "text") {
      std::string_view text;
      if (value.get_string().get(text)) return InputError{origin, "\"text\" must be a string"};
      d.text.assign(text);
      has_text = true;
    } else if (key == "id") {
      std::string_view id;
      if (value.get_string().get(id) == simdjson::SUCCESS) {
        d.id.assign(id);
      } else {
        std::string_view raw;
        if (auto e = raw_value(value, &raw)) return bad_json(e);
        d.id.assign(raw);
      }
      has_id = true;
    } else {
      std::string_view raw;
      if (auto e = raw_value(value, &raw)) return bad_json(e);
      meta += meta.empty() ? "{" : ",";
      append_json_string(meta, key);
      meta += ':';
      meta += raw;
    }
  }
  // After the whole object, the iterator must be at the end of the line.
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::SUCCESS)
    return InputError{origin, "not valid JSON (text after the record)"};
  if (!has_text) return InputError{origin, "record has no \"text\" field"};
  if (!meta.empty()) d.meta_json = meta + "}";
  d.origin = std::move(origin);
  if (!has_id) d.id = d.origin;
  return d;
}

std::optional<InputError> check_text(const Document& doc) {
  if (const auto err = check_utf8(doc.text))
    return InputError{doc.origin, err->reason + " at byte " + std::to_string(err->offset)};
  return std::nullopt;
}

}  // namespace whosaid
