// Claims: each attribution as a statement a side makes — its speaker and side, the stance its
// cue takes (asserts, denies, accuses, …), and what its content says (engine/claim_text.hpp).
// A denial of "these accusations" is linked to the accusation it answers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/claim_text.hpp"
#include "engine/gazetteer.hpp"
#include "engine/speakers.hpp"

namespace whosaid {

enum class Stance : std::uint8_t { asserts, denies, accuses, warns, urges, pledges, questions };
std::string_view stance_name(Stance s);

struct Claim {
  std::uint32_t doc = 0;           // the document's index in its batch
  std::uint32_t attribution = 0;   // the attribution's id in its document
  ByteSpan span;                   // the content, first fragment start to last fragment end
  std::size_t start = 0, end = 0;  // the same span in the output's offset unit (set by callers)
  std::string text;                // the content as written
  std::string cue;                 // the cue as written, and its lemma
  std::string cue_lemma;
  std::string speaker;  // the resolved speaker's name, or the source as written
  std::string side;     // the speaker's side
  SpeakerKind kind = SpeakerKind::anonymous;
  Stance stance = Stance::asserts;
  ClaimText says;
  std::vector<std::string> topic;  // says.topic(), plus the answered claim's for a denial
  // For an anaphoric denial ("denied these accusations"): the index, in the same claim list,
  // of the claim it answers.
  std::optional<std::size_t> answers;
};

// Sides that speak for a party: not "unknown", "independent" or "media".
bool is_party_side(std::string_view side);

// The claims of one document, in attribution order; appended to `out` so that a batch's
// claims share one list (indexes in `answers` are into `out`).
void append_claims(std::uint32_t doc, std::string_view text,
                   const std::vector<Attribution>& attributions, const SpeakerResolution& speakers,
                   const Gazetteer& g, std::vector<Claim>& out);

}  // namespace whosaid
