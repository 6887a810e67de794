// A compact, readable rendering of extraction results for inline test tables (after RE2's
// parse_test.cc): "rule{source|cue|content}" per attribution, joined by "; ".
#pragma once

#include <string>
#include <string_view>

#include "engine/attribution.hpp"

namespace whosaid::test {

inline std::string dump(std::string_view text) {
  std::string out;
  auto part = [&](const std::optional<ByteSpan>& s) {
    return s ? std::string(text.substr(s->begin, s->end - s->begin)) : std::string("-");
  };
  for (const Attribution& a : extract_attributions(text)) {
    if (!out.empty()) out += "; ";
    for (const std::string& piece : {std::string(a.rule), std::string("{"), part(a.source),
                                     std::string("|"), part(a.cue), std::string("|")})
      out += piece;
    for (std::size_t i = 0; i < a.content.size(); ++i) {
      if (i) out += " + ";
      out += text.substr(a.content[i].begin, a.content[i].end - a.content[i].begin);
    }
    out += "}";
    if (a.parent) {
      out += '^';
      out += std::to_string(*a.parent);
    }
  }
  return out;
}

}  // namespace whosaid::test
