// Speaker listings; see speaker_output.hpp.
#include "engine/speaker_output.hpp"

#include <string>

#include "engine/json_string.hpp"

namespace whosaid {

void append_speaker_fields(std::string& out, const Speaker& s) {
  out += "\"id\":" + std::to_string(s.id) + ",\"name\":";
  append_json_string(out, s.name);
  out += ",\"kind\":\"";
  out += speaker_kind_name(s.kind);
  out += "\",\"affiliation\":";
  append_json_string_or_null(out, s.affiliation);
  out += ",\"side\":";
  append_json_string(out, s.side);
}

void write_speakers_jsonl(std::ostream& out, const Document& doc, const SpeakerResolution& r,
                          OffsetUnit unit) {
  const OffsetConverter conv(doc.text, unit);
  std::string line;
  for (const Speaker& s : r.speakers) {
    line = "{\"doc\":";
    append_json_string(line, doc.id);
    line += ',';
    append_speaker_fields(line, s);
    line += ",\"attributions\":" + std::to_string(s.attributions) + ",\"mentions\":[";
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      const ByteSpan& m = s.mentions[i];
      if (i) line += ',';
      line += "{\"start\":" + std::to_string(conv.convert(m.begin)) +
              ",\"end\":" + std::to_string(conv.convert(m.end)) + ",\"text\":";
      append_json_string(line, std::string_view(doc.text).substr(m.begin, m.end - m.begin));
      line += '}';
    }
    line += "]}\n";
    out << line;
  }
}

void write_speakers_text(std::ostream& out, const Document& doc, const SpeakerResolution& r,
                         OffsetUnit unit) {
  const OffsetConverter conv(doc.text, unit);
  out << "== " << doc.id << " (" << r.speakers.size() << " speaker"
      << (r.speakers.size() == 1 ? "" : "s") << ")\n";
  for (const Speaker& s : r.speakers) {
    out << 'S' << s.id << ' ' << s.name << "  " << speaker_kind_name(s.kind) << "  side=" << s.side
        << "  attributions=" << s.attributions << '\n';
    if (!s.affiliation.empty()) out << "   affiliation  " << s.affiliation << '\n';
    out << "   mentions    ";
    for (std::size_t i = 0; i < s.mentions.size(); ++i) {
      const ByteSpan& m = s.mentions[i];
      out << (i ? "; " : " ") << std::string_view(doc.text).substr(m.begin, m.end - m.begin) << " ["
          << conv.convert(m.begin) << ',' << conv.convert(m.end) << ')';
    }
    out << '\n';
  }
}

}  // namespace whosaid
