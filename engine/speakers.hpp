// Speakers: who each attribution's source mention is. A mention ("Sun", "he", "the Chinese
// foreign ministry spokesperson", "a U.S. official") is resolved within its document to a
// speaker with a name, a kind, the affiliation the article states and the side it speaks for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/gazetteer.hpp"

namespace whosaid {

enum class SpeakerKind : std::uint8_t { person, organization, country, group, anonymous };
std::string_view speaker_kind_name(SpeakerKind k);

struct Speaker {
  std::uint32_t id = 0;  // 1-based, in order of first attribution
  std::string name;      // "Yun Sun", "China", "a U.S. official"
  SpeakerKind kind = SpeakerKind::person;
  std::string affiliation;  // "director of the China Program at the Stimson Center", or empty
  std::string side;         // "US", "China", …, "independent", "media" or "unknown"
  // The title written in front of a person's name ("Police Commissioner"), which an
  // apposition may have displaced as the affiliation; not output.
  std::string title;
  std::vector<ByteSpan> mentions;  // the source mentions resolved to this speaker
  std::uint32_t attributions = 0;  // how many attributions it is the speaker of
};

struct SpeakerResolution {
  std::vector<Speaker> speakers;
  // speaker_of[i]: index into `speakers` for attributions[i], or nullopt (no source).
  std::vector<std::optional<std::uint32_t>> speaker_of;
};

// Resolves the sources of `attributions` (as extract_attributions returned them for `text`).
SpeakerResolution resolve_speakers(std::string_view text,
                                   const std::vector<Attribution>& attributions,
                                   const Gazetteer& gazetteer);

}  // namespace whosaid
