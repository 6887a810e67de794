// One document made ready for the corpus index: its attributions with their speakers, claims
// and the sentence around each, computed on a worker thread so that storing it is only SQL.
// Offsets stay in bytes; `whosaid audit` converts them for output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/attribution.hpp"
#include "engine/document.hpp"
#include "engine/gazetteer.hpp"

namespace whosaid {

struct CorpusAttribution {
  std::uint32_t number = 0;             // the attribution's id in its document
  std::optional<std::uint32_t> parent;  // the enclosing attribution's number
  std::string kind, rule;               // "direct", "post_cue"
  double confidence = 0;
  std::optional<ByteSpan> source, cue;
  std::string mention;  // the source as written, apposition left out
  std::string cue_lemma;
  ByteSpan content;  // first fragment's start to last fragment's end
  std::vector<ByteSpan> fragments;
  std::string content_text;  // fragments joined by " … "
  ByteSpan sentence;         // the sentences the attribution stands in
  // The speaker as the document resolves it; name empty when the attribution has no source.
  std::string speaker_name, speaker_kind, affiliation, side = "unknown";
  std::string stance;      // "asserts", "denies", …
  std::string claim_json;  // negators, modality, entities, numbers, topic
};

struct CorpusRecord {
  std::string key;  // the document's id: its path, or its JSON Lines id
  std::string origin;
  std::string outlet, date, title;  // from JSON Lines metadata, when given
  std::string meta_json;
  std::string hash;  // of text, metadata and the engine version
  std::string text;
  std::vector<CorpusAttribution> attributions;
};

// The content hash a document would be stored under; equal hashes mean nothing to redo.
std::string corpus_hash(const Document& doc);

// Extracts, resolves and analyzes `doc` (which must have passed check_text).
CorpusRecord make_corpus_record(const Document& doc, const Gazetteer& g);

// The span of the sentences holding [begin, end): from the start of the sentence holding
// `begin` to the end of the one holding `end - 1`. Sentences end at . ! ? (not after an
// abbreviation) and at line breaks.
ByteSpan sentence_around(std::string_view text, std::uint32_t begin, std::uint32_t end);

}  // namespace whosaid
