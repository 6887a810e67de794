// The diff of two readouts of one event: every statement of each (the attributed claims and
// the readout's own sentences, "The two sides agreed …"), aligned by content similarity with
// speakers' aliases folded, and sorted into matched, only in A, only in B, re-attributed (the
// same content given to different speakers) and conflicting (matched, but they disagree).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/claim_text.hpp"
#include "engine/gazetteer.hpp"
#include "engine/speakers.hpp"

namespace whosaid {

struct Statement {
  ByteSpan span;        // the sentence in its readout
  std::string text;     // the sentence as written
  std::string speaker;  // who the readout says said it (resolved name), or empty
  std::string side;
  std::string said;  // what was said: the content if attributed, else the sentence
  ClaimText says;
  std::vector<std::string> topic;
};

// The statements of one readout, in order.
std::vector<Statement> readout_statements(std::string_view text,
                                          const std::vector<Attribution>& attributions,
                                          const SpeakerResolution& speakers, const Gazetteer& g);

enum class DiffKind : std::uint8_t { matched, reattributed, conflicting, only_a, only_b };
std::string_view diff_kind_name(DiffKind k);

struct DiffEntry {
  DiffKind kind = DiffKind::matched;
  std::optional<std::size_t> a, b;  // statement indexes
  double similarity = 0;
  std::string reason;                 // for conflicting: negation / opposite / numbers
  std::vector<std::string> evidence;  // the words that show it
};

struct DiffOptions {
  double min_similarity = 0.34;  // Dice overlap of topic tokens for two statements to match
};

// Aligns a with b one-to-one (best pairs first) and classifies every statement. Entries are
// in A's order, with B's unmatched statements after, in B's order.
std::vector<DiffEntry> diff_readouts(const std::vector<Statement>& a,
                                     const std::vector<Statement>& b,
                                     const DiffOptions& options = {});

}  // namespace whosaid
