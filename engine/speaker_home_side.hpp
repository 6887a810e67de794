// The sides a document's speakers take from the document as a whole: the side the article is
// about for officials whose title names none, media for an outlet's own writers.
#pragma once

#include <string_view>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/gazetteer.hpp"
#include "engine/speakers.hpp"

namespace whosaid::speakers_detail {

// A reader's default: an official whose title names no country speaks for the side the
// article is about — the side most of its other speakers have.
void assign_home_side(std::vector<Speaker>& speakers, const Gazetteer& g, std::string_view text);

// An unnamed agent of one of the document's people speaks for that person's side: "A
// representative for Mr. Pinchuk" is a private man's, whatever the article's officials are.
// Run after assign_home_side: the principal's side replaces any home side given the agent.
void agents_take_principal_side(std::vector<Speaker>& speakers);

// People the text shows working for an outlet, though no description of theirs says so:
// "According to Jack Kelly, writing for RealClearPolitics", "on Hugh Hewitt's radio show".
void mark_media_people(SpeakerResolution& r, const std::vector<Attribution>& attributions,
                       std::string_view text, const Gazetteer& g);

}  // namespace whosaid::speakers_detail
