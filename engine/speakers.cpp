// Speaker resolution within one document; see speakers.hpp. The resolver
// (speaker_resolver.hpp) links each source mention to a speaker; the home side
// (speaker_home_side.hpp) then gives officials with no side of their own the article's.
#include "engine/speakers.hpp"

#include "engine/speaker_home_side.hpp"
#include "engine/speaker_resolver.hpp"

namespace whosaid {

using speakers_detail::assign_home_side;
using speakers_detail::mark_media_people;
using speakers_detail::Resolver;

std::string_view speaker_kind_name(SpeakerKind k) {
  switch (k) {
    case SpeakerKind::person:
      return "person";
    case SpeakerKind::organization:
      return "organization";
    case SpeakerKind::country:
      return "country";
    case SpeakerKind::group:
      return "group";
    case SpeakerKind::anonymous:
      return "anonymous";
  }
  return "person";
}

SpeakerResolution resolve_speakers(std::string_view text,
                                   const std::vector<Attribution>& attributions,
                                   const Gazetteer& gazetteer) {
  SpeakerResolution r;
  r.speaker_of.resize(attributions.size());
  // Resolve in reading order of the source mentions, so a pronoun sees what a reader saw.
  std::vector<std::size_t> order(attributions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto pos = [&](std::size_t i) {
    const Attribution& a = attributions[i];
    return a.source ? a.source->begin : a.judged ? a.judged->begin : a.content.front().begin;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto x, auto y) { return pos(x) < pos(y); });
  std::unordered_map<std::uint32_t, std::size_t> by_id;
  for (std::size_t i = 0; i < attributions.size(); ++i) by_id[attributions[i].id] = i;
  // A no-break space ("Vermont\u00A0Sen. Bernie Sanders") parts words as a space does; two
  // ASCII spaces in its place keep every byte offset.
  std::string spaced;
  if (text.find("\xC2\xA0") != std::string_view::npos) {
    spaced = text;
    for (std::size_t at = 0; (at = spaced.find("\xC2\xA0", at)) != std::string::npos; at += 2)
      spaced.replace(at, 2, "  ");
    text = spaced;
  }
  Resolver resolver(text, gazetteer);
  resolver.set_quotations(attributions);
  for (std::size_t i : order) {
    const Attribution& a = attributions[i];
    const Attribution* parent = nullptr;
    if (a.parent)
      if (const auto it = by_id.find(*a.parent); it != by_id.end())
        parent = &attributions[it->second];
    if (a.judged)
      resolver.read_subject(a, parent);
    else
      r.speaker_of[i] = resolver.resolve(a, parent);
  }
  const auto owners = resolver.owners();
  r.speakers = resolver.take();
  resolver.mark_campaigners(r.speakers);
  assign_home_side(r.speakers, gazetteer, text);
  speakers_detail::agents_take_principal_side(r.speakers);
  resolver.settle_from_later_appositions(r.speakers);
  // "his advisers" speak for him, whatever side he got from the home side.
  for (const auto& [d, o] : owners)
    if (r.speakers[d].side == "unknown") r.speakers[d].side = r.speakers[o].side;
  mark_media_people(r, attributions, text, gazetteer);
  // A speaker made while weighing a reading that lost (an owner, a titled holder) speaks
  // nowhere: it is no one's to list. The rest are numbered again in order.
  std::vector<std::uint32_t> moved(r.speakers.size());
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < r.speakers.size(); ++i) {
    if (r.speakers[i].attributions == 0) continue;
    moved[i] = kept;
    if (kept != i) r.speakers[kept] = std::move(r.speakers[i]);
    r.speakers[kept].id = kept + 1;
    ++kept;
  }
  r.speakers.resize(kept);
  for (auto& of : r.speaker_of)
    if (of) of = moved[*of];
  return r;
}

}  // namespace whosaid
