// Output writers; see output.hpp.
#include "engine/output.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

namespace whosaid {
namespace {

using json = nlohmann::ordered_json;

std::string_view slice(const Document& doc, ByteSpan s) {
  return std::string_view(doc.text).substr(s.begin, s.end - s.begin);
}

json span_json(const Document& doc, const OffsetConverter& conv, const std::optional<ByteSpan>& s) {
  if (!s) return nullptr;
  json j;
  j["start"] = conv.convert(s->begin);
  j["end"] = conv.convert(s->end);
  j["text"] = slice(doc, *s);
  return j;
}

std::string content_text(const Document& doc, const Attribution& a) {
  std::string t;
  for (const ByteSpan& f : a.content) {
    if (!t.empty()) t += " … ";
    t += slice(doc, f);
  }
  return t;
}

double rounded(double x) {
  return std::round(x * 100.0) / 100.0;
}
}  // namespace

void write_jsonl(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                 OffsetUnit unit) {
  const OffsetConverter conv(doc.text, unit);
  for (const Attribution& a : attrs) {
    json j;
    j["doc"] = doc.id;
    j["id"] = a.id;
    j["kind"] = kind_name(a.kind);
    json content;
    content["start"] = conv.convert(a.content.front().begin);
    content["end"] = conv.convert(a.content.back().end);
    content["text"] = content_text(doc, a);
    json spans = json::array();
    for (const ByteSpan& f : a.content)
      spans.push_back({conv.convert(f.begin), conv.convert(f.end)});
    content["spans"] = std::move(spans);
    j["content"] = std::move(content);
    json cue = span_json(doc, conv, a.cue);
    if (!cue.is_null()) cue["lemma"] = a.cue_lemma;
    j["cue"] = std::move(cue);
    j["source"] = span_json(doc, conv, a.source);
    j["via"] = span_json(doc, conv, a.via);
    j["parent"] = a.parent ? json(*a.parent) : json(nullptr);
    j["rule"] = a.rule;
    j["confidence"] = rounded(a.confidence);
    if (!doc.meta.empty()) j["meta"] = doc.meta;
    out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
}

void write_text(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                OffsetUnit unit) {
  const OffsetConverter conv(doc.text, unit);
  out << "== " << doc.id << " (" << attrs.size() << " attribution" << (attrs.size() == 1 ? "" : "s")
      << ")\n";
  auto part = [&](std::string_view label, const std::optional<ByteSpan>& s) {
    out << "   " << label;
    if (s)
      out << '[' << conv.convert(s->begin) << ',' << conv.convert(s->end) << ") " << slice(doc, *s);
    else
      out << "-";
    out << '\n';
  };
  for (const Attribution& a : attrs) {
    out << '#' << a.id << ' ' << kind_name(a.kind) << "  rule=" << a.rule
        << "  confidence=" << rounded(a.confidence);
    if (a.parent) out << "  parent=#" << *a.parent;
    out << '\n';
    part("source  ", a.source);
    part("cue     ", a.cue);
    if (a.via) part("via     ", a.via);
    out << "   content [" << conv.convert(a.content.front().begin) << ','
        << conv.convert(a.content.back().end) << ") " << content_text(doc, a) << '\n';
  }
}

void write_brat(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs) {
  const OffsetConverter conv(doc.text, OffsetUnit::codepoint);
  int t = 0;
  int e = 0;
  auto text_of = [&](const std::vector<ByteSpan>& frags) {
    std::string s;
    for (const auto& f : frags) {
      if (!s.empty()) s += ' ';
      s += slice(doc, f);
    }
    for (auto& c : s)
      if (c == '\n' || c == '\t') c = ' ';
    return s;
  };
  auto entity = [&](std::string_view label, const std::vector<ByteSpan>& frags) {
    out << 'T' << ++t << '\t' << label << ' ';
    for (std::size_t i = 0; i < frags.size(); ++i) {
      if (i) out << ';';
      out << conv.convert(frags[i].begin) << ' ' << conv.convert(frags[i].end);
    }
    out << '\t' << text_of(frags) << '\n';
    return t;
  };
  for (const Attribution& a : attrs) {
    const int content = entity("Content", a.content);
    const int cue = a.cue ? entity("Cue", {*a.cue}) : 0;
    const int source = a.source ? entity("Source", {*a.source}) : 0;
    const ByteSpan anchor = a.cue ? *a.cue : a.content.front();
    const int trigger = entity(a.source ? "Attribution" : "Attribution-no-source", {anchor});
    out << 'E' << ++e << '\t' << (a.source ? "Attribution" : "Attribution-no-source") << ":T"
        << trigger << " Content:T" << content;
    if (cue) out << " Cue:T" << cue;
    if (source) out << " Source:T" << source;
    out << '\n';
  }
}

}  // namespace whosaid
