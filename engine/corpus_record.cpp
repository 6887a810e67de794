// See corpus_record.hpp.
#include "engine/corpus_record.hpp"

#include <xxhash.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "engine/ascii.hpp"
#include "engine/claims.hpp"
#include "engine/json_string.hpp"
#include "engine/lexicon.hpp"
#include "engine/speakers.hpp"
#include "engine/tokenize.hpp"

#ifndef WHOSAID_VERSION
#define WHOSAID_VERSION "dev"
#endif

namespace whosaid {
namespace {

// Pronouns name nobody by themselves; they are kept out of a speaker's aliases.
bool is_pronoun(std::string_view w) {
  const LexEntry* e = lookup_word(ascii::lowered(w));
  return e && (e->tag == tag::pronoun || e->tag == tag::relative);
}

// A metadata field by any of its usual names, as a string.
std::string meta_field(const nlohmann::json& meta, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (const auto it = meta.find(n); it != meta.end() && it->is_string())
      return it->get<std::string>();
  return {};
}

// Whether the text before `at` ends a sentence there: . ! ? after a word that is no
// abbreviation, then a space.
bool sentence_ends_before(std::string_view text, std::size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  std::size_t k = at - 1;  // the space
  while (k > 0 && (text[k - 1] == '"' || text[k - 1] == '\'' || text[k - 1] == ')')) --k;
  if (k >= 3 && text.substr(k - 3, 3) == "\xE2\x80\x9D") k -= 3;  // closing ”
  if (k == 0) return false;
  const char c = text[k - 1];
  if (c == '!' || c == '?') return true;
  if (c != '.') return false;
  std::size_t w = k - 1;
  while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n') --w;
  return !is_abbreviation(text.substr(w, k - w));
}

}  // namespace

ByteSpan sentence_around(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  constexpr std::size_t kLookAround = 1500;  // a sentence is never longer than this
  std::size_t b = std::min<std::size_t>(begin, text.size());
  const std::size_t floor = b > kLookAround ? b - kLookAround : 0;
  while (b > floor && text[b - 1] != '\n' && !sentence_ends_before(text, b)) --b;
  std::size_t e = std::max<std::size_t>(end, b);
  const std::size_t ceiling = std::min(text.size(), e + kLookAround);
  while (e < ceiling && text[e] != '\n' && !sentence_ends_before(text, e + 1)) ++e;
  while (e > b && text[e - 1] == ' ') --e;
  // Never cut a UTF-8 character: back off continuation bytes at either end.
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

std::string corpus_hash(const Document& doc) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  XXH3_64bits_update(state, doc.text.data(), doc.text.size());
  XXH3_64bits_update(state, "\0", 1);
  XXH3_64bits_update(state, doc.meta_json.data(), doc.meta_json.size());
  // A new engine may read the same text differently: its version is part of the hash.
  constexpr std::string_view version = "\0" WHOSAID_VERSION;
  XXH3_64bits_update(state, version.data(), version.size());
  const XXH64_hash_t h = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

CorpusRecord make_corpus_record(const Document& doc, const Gazetteer& g) {
  CorpusRecord r;
  r.key = doc.id;
  r.origin = doc.origin;
  r.meta_json = doc.meta_json;
  r.hash = corpus_hash(doc);
  r.text = doc.text;
  if (!doc.meta_json.empty()) {
    const auto meta = nlohmann::json::parse(doc.meta_json, nullptr, false);
    if (meta.is_object()) {
      r.outlet = meta_field(meta, {"outlet", "source", "publisher"});
      r.date = meta_field(meta, {"date", "published", "published_at"});
      r.title = meta_field(meta, {"title", "headline"});
    }
  }
  const std::string_view text = doc.text;
  const auto attrs = extract_attributions(text);
  const auto speakers = resolve_speakers(text, attrs, g);
  std::vector<Claim> claims;
  append_claims(0, text, attrs, speakers, g, claims);
  r.attributions.reserve(attrs.size());
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    const Attribution& a = attrs[i];
    CorpusAttribution c;
    c.number = a.id;
    c.parent = a.parent;
    c.kind = std::string(kind_name(a.kind));
    c.rule = std::string(a.rule);
    c.confidence = a.confidence;
    c.source = a.source;
    c.cue = a.cue;
    c.cue_lemma = a.cue_lemma;
    c.fragments = a.content;
    c.content = {a.content.front().begin, a.content.back().end};
    for (const ByteSpan& f : a.content) {
      if (!c.content_text.empty()) c.content_text += " \xE2\x80\xA6 ";
      c.content_text += text.substr(f.begin, f.end - f.begin);
    }
    if (a.source) {
      std::string_view m = text.substr(a.source->begin, a.source->end - a.source->begin);
      if (const auto comma = m.find(','); comma != std::string_view::npos) m = m.substr(0, comma);
      if (!is_pronoun(m)) c.mention = std::string(m);
    }
    std::uint32_t lo = c.content.begin, hi = c.content.end;
    for (const auto& s : {a.source, a.cue})
      if (s) lo = std::min(lo, s->begin), hi = std::max(hi, s->end);
    c.sentence = sentence_around(text, lo, hi);
    if (const auto& s = speakers.speaker_of[i]) {
      const Speaker& sp = speakers.speakers[*s];
      c.speaker_name = sp.name;
      c.speaker_kind = std::string(speaker_kind_name(sp.kind));
      c.affiliation = sp.affiliation;
      c.side = sp.side;
    }
    r.attributions.push_back(std::move(c));
  }
  std::unordered_map<std::uint32_t, CorpusAttribution*> by_number;
  for (CorpusAttribution& c : r.attributions) by_number[c.number] = &c;
  for (const Claim& cl : claims) {
    const auto found = by_number.find(cl.attribution);
    if (found == by_number.end()) continue;
    CorpusAttribution* it = found->second;
    it->stance = std::string(stance_name(cl.stance));
    std::vector<std::string> numbers;
    for (const auto& q : cl.says.numbers) numbers.push_back(q.written);
    std::string& j = it->claim_json;
    j = "{\"negators\":";
    append_json_string_array(j, cl.says.negators);
    j += ",\"modality\":";
    append_json_string_or_null(j, cl.says.modality);
    j += ",\"entities\":";
    append_json_string_array(j, cl.says.entities);
    j += ",\"numbers\":";
    append_json_string_array(j, numbers);
    j += ",\"topic\":";
    append_json_string_array(j, cl.topic);
    j += '}';
  }
  return r;
}

}  // namespace whosaid
