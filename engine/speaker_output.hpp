// Writers for `whosaid speakers`: each document's speakers with their mentions, kinds,
// affiliations, sides and attribution counts.
#pragma once

#include <ostream>
#include <string>

#include "engine/document.hpp"
#include "engine/speakers.hpp"
#include "engine/utf8.hpp"

namespace whosaid {

// Appends a speaker's identity as JSON members: "id":…,"name":…,"kind":…,"affiliation":…,"side":…
// (shared by the attribution records and the speaker listings).
void append_speaker_fields(std::string& out, const Speaker& s);

// One JSON object per speaker, one per line.
void write_speakers_jsonl(std::ostream& out, const Document& doc, const SpeakerResolution& r,
                          OffsetUnit unit);

// A block per document, a few lines per speaker, for a person to read.
void write_speakers_text(std::ostream& out, const Document& doc, const SpeakerResolution& r,
                         OffsetUnit unit);

}  // namespace whosaid
