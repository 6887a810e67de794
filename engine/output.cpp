// Output writers; see output.hpp.
#include "engine/output.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "engine/json_string.hpp"
#include "engine/speaker_output.hpp"

namespace whosaid {
namespace {

std::string_view slice(const Document& doc, ByteSpan s) {
  return std::string_view(doc.text).substr(s.begin, s.end - s.begin);
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
                 const SpeakerResolution* speakers, OffsetUnit unit) {
  // The record is written field by field rather than through a JSON DOM: its shape is fixed,
  // and building a DOM per attribution cost an eighth of extraction time (bench/).
  const OffsetConverter conv(doc.text, unit);
  const std::string& meta = doc.meta_json;
  std::string line;
  auto number = [&](std::size_t v) { line += std::to_string(v); };
  auto span = [&](const char* key, const std::optional<ByteSpan>& sp, const std::string* lemma) {
    line += ",\"";
    line += key;
    line += "\":";
    if (!sp) {
      line += "null";
      return;
    }
    line += "{\"start\":";
    number(conv.convert(sp->begin));
    line += ",\"end\":";
    number(conv.convert(sp->end));
    line += ",\"text\":";
    append_json_string(line, slice(doc, *sp));
    if (lemma) {
      line += ",\"lemma\":";
      append_json_string(line, *lemma);
    }
    line += '}';
  };
  for (std::size_t ai = 0; ai < attrs.size(); ++ai) {
    const Attribution& a = attrs[ai];
    line.clear();
    line += "{\"doc\":";
    append_json_string(line, doc.id);
    line += ",\"id\":";
    number(a.id);
    line += ",\"kind\":\"";
    line += kind_name(a.kind);
    line += "\",\"content\":{\"start\":";
    number(conv.convert(a.content.front().begin));
    line += ",\"end\":";
    number(conv.convert(a.content.back().end));
    line += ",\"text\":";
    append_json_string(line, content_text(doc, a));
    line += ",\"spans\":[";
    for (std::size_t i = 0; i < a.content.size(); ++i) {
      if (i) line += ',';
      line += '[';
      number(conv.convert(a.content[i].begin));
      line += ',';
      number(conv.convert(a.content[i].end));
      line += ']';
    }
    line += "]}";
    span("cue", a.cue, &a.cue_lemma);
    span("source", a.source, nullptr);
    span("via", a.via, nullptr);
    if (speakers) {
      line += ",\"speaker\":";
      const auto& who = speakers->speaker_of[ai];
      if (!who) {
        line += "null";
      } else {
        line += '{';
        append_speaker_fields(line, speakers->speakers[*who]);
        line += '}';
      }
    }
    line += ",\"parent\":";
    if (a.parent)
      number(*a.parent);
    else
      line += "null";
    line += ",\"rule\":\"";
    line += a.rule;
    line += "\",\"confidence\":";
    line += two_decimals(a.confidence);
    if (!meta.empty()) {
      line += ",\"meta\":";
      line += meta;
    }
    line += "}\n";
    out << line;
  }
}

void write_text(std::ostream& out, const Document& doc, const std::vector<Attribution>& attrs,
                const SpeakerResolution* speakers, OffsetUnit unit) {
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
  for (std::size_t ai = 0; ai < attrs.size(); ++ai) {
    const Attribution& a = attrs[ai];
    out << '#' << a.id << ' ' << kind_name(a.kind) << "  rule=" << a.rule
        << "  confidence=" << rounded(a.confidence);
    if (a.parent) out << "  parent=#" << *a.parent;
    out << '\n';
    part("source  ", a.source);
    if (speakers && speakers->speaker_of[ai]) {
      const Speaker& s = speakers->speakers[*speakers->speaker_of[ai]];
      out << "   speaker  " << s.name << " (" << speaker_kind_name(s.kind) << ", side " << s.side;
      if (!s.affiliation.empty()) out << "; " << s.affiliation;
      out << ")\n";
    }
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
