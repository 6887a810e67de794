// See conflict_output.hpp. JSON is written by hand with append_json_string, as elsewhere in
// the output layer, so that key order and number format are fixed.
#include "engine/conflict_output.hpp"

#include <cstdio>

#include "engine/json_string.hpp"

namespace whosaid {

void append_claim_json(std::string& out, const Claim& c, const std::string& doc) {
  out += "{\"doc\":";
  append_json_string(out, doc);
  out += ",\"start\":" + std::to_string(c.start) + ",\"end\":" + std::to_string(c.end);
  out += ",\"text\":";
  append_json_string(out, c.text);
  out += ",\"cue\":";
  append_json_string(out, c.cue);
  out += ",\"stance\":";
  append_json_string(out, stance_name(c.stance));
  out += ",\"speaker\":";
  append_json_string(out, c.speaker);
  out += ",\"side\":";
  append_json_string(out, c.side);
  out += ",\"negated\":";
  out += c.says.negated() ? "true" : "false";
  out += ",\"modality\":";
  append_json_string_or_null(out, c.says.modality);
  out += ",\"entities\":";
  append_json_string_array(out, c.says.entities);
  out += ",\"numbers\":[";
  for (std::size_t i = 0; i < c.says.numbers.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, c.says.numbers[i].written);
  }
  out += "]}";
}

void write_conflicts_jsonl(std::ostream& out, const std::vector<Conflict>& conflicts,
                           const std::vector<Claim>& claims, const std::vector<std::string>& docs) {
  std::string line;
  for (const Conflict& c : conflicts) {
    line.clear();
    line += "{\"reason\":";
    append_json_string(line, conflict_reason_name(c.reason));
    line += ",\"score\":" + two_decimals(c.score) + ",\"triggers\":";
    append_json_string_array(line, c.triggers);
    line += ",\"shared\":";
    append_json_string_array(line, c.shared);
    line += ",\"a\":";
    append_claim_json(line, claims[c.a], docs[claims[c.a].doc]);
    line += ",\"b\":";
    append_claim_json(line, claims[c.b], docs[claims[c.b].doc]);
    line += "}\n";
    out << line;
  }
}

void write_conflicts_text(std::ostream& out, const std::vector<Conflict>& conflicts,
                          const std::vector<Claim>& claims, const std::vector<std::string>& docs) {
  out << conflicts.size() << " conflict" << (conflicts.size() == 1 ? "" : "s") << "\n";
  std::size_t n = 0;
  for (const Conflict& c : conflicts) {
    out << "\n#" << ++n << " " << conflict_reason_name(c.reason) << "  score "
        << two_decimals(c.score) << "\n";
    for (const auto& [tag, index] : {std::pair{"A", c.a}, std::pair{"B", c.b}}) {
      const Claim& cl = claims[index];
      out << "  " << tag << "  " << cl.speaker << " (" << cl.side << ") " << stance_name(cl.stance)
          << " [" << cl.cue << "]\n     " << docs[cl.doc] << " [" << cl.start << "," << cl.end
          << ")\n     " << cl.text << "\n";
    }
    out << "  why: ";
    for (std::size_t i = 0; i < c.triggers.size(); ++i) out << (i ? " | " : "") << c.triggers[i];
    out << "\n  shared:";
    for (const auto& s : c.shared) out << " " << s;
    out << "\n";
  }
}

}  // namespace whosaid
