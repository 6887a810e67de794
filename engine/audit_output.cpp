// See audit_output.hpp.
#include "engine/audit_output.hpp"

#include <cstdio>
#include <map>
#include <memory>

#include "engine/json_string.hpp"

namespace whosaid {
namespace {

std::string slice(const std::string& text, ByteSpan s) {
  return text.substr(s.begin, s.end - s.begin);
}

// A paragraph-free, one-line rendering of a sentence for the text report.
std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

struct Converters {
  OffsetUnit unit;
  const AuditResult& r;
  std::map<std::int64_t, std::unique_ptr<OffsetConverter>> by_doc;
  const OffsetConverter& of(std::int64_t doc) {
    auto& c = by_doc[doc];
    if (!c) c = std::make_unique<OffsetConverter>(r.texts.at(doc), unit);
    return *c;
  }
};

void append_span(std::string& out, const OffsetConverter& conv, ByteSpan s) {
  out += "\"start\":" + std::to_string(conv.convert(s.begin)) +
         ",\"end\":" + std::to_string(conv.convert(s.end));
}

// `{"start":…,"end":…,"text":…}` for a span that may be absent (then null); with a lemma
// when one is given.
void append_optional_part(std::string& l, const OffsetConverter& conv, const std::string& text,
                          const std::optional<ByteSpan>& span, std::string_view lemma) {
  if (!span) {
    l += "null";
    return;
  }
  l += '{';
  append_span(l, conv, *span);
  l += ",\"text\":";
  append_json_string(l, slice(text, *span));
  if (!lemma.empty()) {
    l += ",\"lemma\":";
    append_json_string(l, lemma);
  }
  l += '}';
}

void write_jsonl_hit(std::ostream& out, const AuditHit& h, const std::string& text,
                     const OffsetConverter& conv) {
  std::string l = "{\"doc\":";
  append_json_string(l, h.doc);
  l += ",\"date\":";
  append_json_string_or_null(l, h.date);
  l += ",\"outlet\":";
  append_json_string_or_null(l, h.outlet);
  l += ",\"id\":" + std::to_string(h.number) + ",\"speaker\":";
  if (h.speaker.empty()) {
    l += "null";
  } else {
    l += "{\"name\":";
    append_json_string(l, h.speaker);
    l += ",\"kind\":";
    append_json_string(l, h.speaker_kind);
    l += ",\"affiliation\":";
    append_json_string_or_null(l, h.affiliation);
    l += ",\"side\":";
    append_json_string(l, h.side);
    l += '}';
  }
  l += ",\"source\":";
  append_optional_part(l, conv, text, h.source, {});
  l += ",\"cue\":";
  append_optional_part(l, conv, text, h.cue, h.cue_lemma);
  l += ",\"content\":{";
  append_span(l, conv, h.content);
  l += ",\"text\":";
  append_json_string(l, h.content_text);
  l += ",\"fragments\":[";
  for (std::size_t i = 0; i < h.fragments.size(); ++i) {
    if (i) l += ',';
    l += '[' + std::to_string(conv.convert(h.fragments[i].begin)) + ',' +
         std::to_string(conv.convert(h.fragments[i].end)) + ']';
  }
  l += "]},\"sentence\":{";
  append_span(l, conv, h.sentence);
  l += ",\"text\":";
  append_json_string(l, slice(text, h.sentence));
  l += "},\"kind\":";
  append_json_string(l, h.kind);
  l += ",\"rule\":";
  append_json_string(l, h.rule);
  l += ",\"confidence\":" + two_decimals(h.confidence) + ",\"stance\":";
  append_json_string_or_null(l, h.stance);
  l += "}\n";
  out << l;
}

void write_text_hit(std::ostream& out, const AuditHit& h, const std::string& text,
                    const OffsetConverter& conv) {
  out << h.doc;
  if (!h.date.empty()) out << "  " << h.date;
  if (!h.outlet.empty()) out << "  " << h.outlet;
  out << "  #" << h.number << "  [" << conv.convert(h.content.begin) << ','
      << conv.convert(h.content.end) << ")  rule=" << h.rule
      << " confidence=" << two_decimals(h.confidence) << '\n';
  if (h.speaker.empty()) {
    out << "   speaker  (none)\n";
  } else {
    out << "   speaker  " << h.speaker << " (" << h.speaker_kind << ", side " << h.side;
    if (!h.affiliation.empty()) out << "; " << h.affiliation;
    out << ")";
    if (h.source)
      out << "  as \"" << one_line(slice(text, *h.source)) << "\" ["
          << conv.convert(h.source->begin) << ',' << conv.convert(h.source->end) << ')';
    out << '\n';
  }
  if (h.cue)
    out << "   cue      " << one_line(slice(text, *h.cue)) << " [" << conv.convert(h.cue->begin)
        << ',' << conv.convert(h.cue->end) << ")\n";
  out << "   content  " << one_line(h.content_text) << '\n';
  out << "   sentence " << one_line(slice(text, h.sentence)) << "\n\n";
}

}  // namespace

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + '"';
}

void write_audit(std::ostream& out, const AuditResult& r, AuditFormat format, OffsetUnit unit) {
  Converters conv{unit, r, {}};
  if (format == AuditFormat::csv)
    out << "doc,date,outlet,id,speaker,kind,side,affiliation,mention,mention_start,mention_end,"
           "cue,cue_start,cue_end,content,content_start,content_end,sentence,rule,confidence,"
           "stance\r\n";
  for (const AuditHit& h : r.hits) {
    const std::string& text = r.texts.at(h.doc_id);
    const OffsetConverter& c = conv.of(h.doc_id);
    if (format == AuditFormat::jsonl) {
      write_jsonl_hit(out, h, text, c);
    } else if (format == AuditFormat::text) {
      write_text_hit(out, h, text, c);
    } else {
      const auto num = [&](const std::optional<ByteSpan>& s, bool end) {
        return s ? std::to_string(c.convert(end ? s->end : s->begin)) : std::string();
      };
      out << csv_field(h.doc) << ',' << csv_field(h.date) << ',' << csv_field(h.outlet) << ','
          << h.number << ',' << csv_field(h.speaker) << ',' << csv_field(h.speaker_kind) << ','
          << csv_field(h.side) << ',' << csv_field(h.affiliation) << ','
          << csv_field(h.source ? slice(text, *h.source) : "") << ',' << num(h.source, false) << ','
          << num(h.source, true) << ',' << csv_field(h.cue ? slice(text, *h.cue) : "") << ','
          << num(h.cue, false) << ',' << num(h.cue, true) << ',' << csv_field(h.content_text) << ','
          << c.convert(h.content.begin) << ',' << c.convert(h.content.end) << ','
          << csv_field(slice(text, h.sentence)) << ',' << h.rule << ','
          << two_decimals(h.confidence) << ',' << csv_field(h.stance) << "\r\n";
    }
  }
}

void write_speaker_rows(std::ostream& out, const std::vector<SpeakerRow>& rows, bool jsonl) {
  for (const SpeakerRow& r : rows) {
    if (jsonl) {
      std::string l = "{\"id\":" + std::to_string(r.id) + ",\"name\":";
      append_json_string(l, r.name);
      l += ",\"kind\":";
      append_json_string(l, r.kind);
      l += ",\"sides\":";
      append_json_string_array(l, r.sides);
      l += ",\"aliases\":";
      append_json_string_array(l, r.aliases);
      l += ",\"affiliations\":";
      append_json_string_array(l, r.affiliations);
      l += ",\"quotes\":" + std::to_string(r.quotes) +
           ",\"documents\":" + std::to_string(r.documents) + "}\n";
      out << l;
      continue;
    }
    const auto joined = [](const std::vector<std::string>& v) {
      std::string s;
      for (const auto& x : v) s += (s.empty() ? "" : "; ") + x;
      return s;
    };
    out << r.name << "  " << r.kind << "  sides=" << joined(r.sides) << "  quotes=" << r.quotes
        << "  documents=" << r.documents << '\n';
    if (!r.aliases.empty()) out << "   aliases       " << joined(r.aliases) << '\n';
    if (!r.affiliations.empty()) out << "   affiliations  " << joined(r.affiliations) << '\n';
  }
}

}  // namespace whosaid
