// Writing audit hits and speaker lists: a text report for people, JSON Lines for pipelines and
// CSV for spreadsheets. Offsets are converted from the stored bytes into the unit asked for.
#pragma once

#include <ostream>
#include <vector>

#include "engine/corpus_query.hpp"
#include "engine/utf8.hpp"

namespace whosaid {

enum class AuditFormat { text, jsonl, csv };

void write_audit(std::ostream& out, const AuditResult& result, AuditFormat format, OffsetUnit unit);

// Text or JSON Lines (CSV is refused by the caller: aliases and sides are lists).
void write_speaker_rows(std::ostream& out, const std::vector<SpeakerRow>& rows, bool jsonl);

// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
std::string csv_field(std::string_view s);

}  // namespace whosaid
