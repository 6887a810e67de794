// How `whosaid conflicts` writes its flags: one JSON object a line for pipelines, or the two
// claims one above the other with the reason and evidence, for a person.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/claims.hpp"
#include "engine/conflicts.hpp"

namespace whosaid {

// `docs[c.doc]` names each claim's document (its id or path).
void write_conflicts_jsonl(std::ostream& out, const std::vector<Conflict>& conflicts,
                           const std::vector<Claim>& claims, const std::vector<std::string>& docs);
void write_conflicts_text(std::ostream& out, const std::vector<Conflict>& conflicts,
                          const std::vector<Claim>& claims, const std::vector<std::string>& docs);

// One claim as a JSON object (doc, offsets, text, cue, stance, speaker, side, …); shared with
// the readout diff.
void append_claim_json(std::string& out, const Claim& c, const std::string& doc);

}  // namespace whosaid
