// Tagging: lexicon look-ups with the case rules a news text needs (a capitalized cue verb in
// the middle of a sentence is a name: "Want said"; title-case headlines are the exception).
#include "engine/tagger.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "engine/ascii.hpp"
#include "engine/lexicon.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
const std::vector<const MultiwordCue*> kNoMultiwordCues;

// Lower-case -ly words that are not adverbs.
constexpr std::string_view kLyNouns[] = {
    "family",    "ally",     "rally",   "tally",    "supply", "reply",  "italy",
    "july",      "assembly", "anomaly", "monopoly", "belly",  "jelly",  "bully",
    "folly",     "holly",    "lily",    "early",    "only",   "homily", "melancholy",
    "oligopoly", "doily",    "filly",   "gully",    "sully"};

// Nouns that finish a date after a time word ("last week", "Tuesday night"): like the time
// word, they never sit in a speaker phrase.
constexpr std::string_view kTimeNouns[] = {"week",    "month",   "year",      "morning", "night",
                                           "evening", "weekend", "afternoon", "spring",  "summer",
                                           "fall",    "winter",  "day"};

// Whether a token is a number or a number word: "two" in "the past two years".
bool counts(std::string_view s, const Token& t) {
  if (t.kind == TokenKind::number) return true;
  if (t.kind != TokenKind::word) return false;
  thread_local std::string lower;
  ascii::to_lower(t.text(s), lower);
  const LexEntry* e = lookup_word(lower);
  return e && e->tag == tag::determiner;
}

// A time noun or its plural: "week", "weeks".
bool is_time_noun(std::string_view w) {
  if (w.ends_with('s')) w.remove_suffix(1);
  return std::ranges::find(kTimeNouns, w) != std::end(kTimeNouns);
}

// Cue lemmas that are as often nouns: after "a public" or "the latest", "show" is a noun.
constexpr std::string_view kNounLike[] = {
    "show",    "report",  "claim",     "plan",     "hope",     "fear",  "question", "doubt",
    "comment", "counter", "demand",    "promise",  "pledge",   "vow",   "note",     "wish",
    "reply",   "charge",  "estimate",  "forecast", "attack",   "blast", "praise",   "tweet",
    "state",   "reason",  "signal",    "hint",     "joke",     "quip",  "boast",    "worry",
    "aim",     "dispute", "guarantee", "find",     "call for", "call"};

// Whether a cue word reads as a noun or adjective here rather than as the finite cue:
// - right after a determiner ("the warning", "a report");
// - right after a possessive ("China's continued support");
// - a noun-like lemma right after a preposition ("a series of tweets");
// - a base form right after an -ing word ("shifting blame");
// - a noun-like lemma after a determiner and one modifier ("a public show"), unless that
//   modifier is a plural ("the polls show", where it is the verb).
bool reads_as_noun(const TaggedUnit& u, std::string_view word, std::string_view lemma,
                   std::string_view s, const std::vector<Token>& tokens) {
  const auto n = u.tags.size();
  if (n == 0) return false;
  // Only the plain form or its plural can be the noun: "the center found" has a verb.
  const bool noun_like =
      std::ranges::find(kNounLike, lemma) != std::end(kNounLike) &&
      (word == lemma || (word.size() == lemma.size() + 1 && word.starts_with(lemma)) ||
       (word.size() == lemma.size() + 2 && word.starts_with(lemma) && word.ends_with("es")) ||
       (lemma.ends_with('y') && word.size() == lemma.size() + 2 && word.ends_with("ies") &&
        word.starts_with(lemma.substr(0, lemma.size() - 1))));
  if (u.tags[n - 1] == 'D') return true;
  // After a participle or an adjective, a plural of a noun-like lemma is the noun:
  // "disparaging remarks", "early-morning tweets", "scrutinized reports".
  if (word != lemma && word.ends_with('s') && u.tags[n - 1] == 'w' &&
      (noun_like || lemma == "remark" || lemma == "decline" || lemma == "mention")) {
    const auto prev = tokens[u.slots[n - 1].begin].text(s);
    for (std::string_view e :
         {"ing", "ed", "ous", "ive", "ful", "ic", "ant", "ent", "al", "ble", "ist", "ory", "ary"})
      if (prev.size() > e.size() + 2 && prev.ends_with(e)) return true;
  }
  // What is taken down is a note: "take notes", "took notes about".
  if (lemma == "note" && word == "notes" && u.tags[n - 1] == 'w') {
    const auto prev = tokens[u.slots[n - 1].begin].text(s);
    for (std::string_view take : {"take", "takes", "took", "taking", "taken"})
      if (prev == take) return true;
  }
  // A plural after the first noun of a fixed compound is its second: "phone calls", "news
  // reports", "late-night calls".
  if (word != lemma && noun_like && u.tags[n - 1] == 'w') {
    static constexpr std::string_view kCompoundHeads[] = {
        "phone", "telephone", "conference", "robo", "late-night", "news", "media"};
    const auto prev = tokens[u.slots[n - 1].begin].text(s);
    if (std::ranges::find(kCompoundHeads, prev) != std::end(kCompoundHeads)) return true;
  }
  // A programme is a show: "the talk show host", "the TV show", "a reality show".
  if (lemma == "show" && (u.tags[n - 1] == 'w' || u.tags[n - 1] == 'N')) {
    static constexpr std::string_view kShowKinds[] = {
        "talk", "tv", "television", "reality", "radio", "game", "cable", "morning", "cooking"};
    thread_local std::string prev;
    ascii::to_lower(tokens[u.slots[n - 1].begin].text(s), prev);
    if (std::ranges::find(kShowKinds, prev) != std::end(kShowKinds)) return true;
  }
  // So is a day's programme after an article: "the Sunday morning shows".
  if (lemma == "show" && u.tags[n - 1] == tag::breaker) {
    std::size_t k = n - 1;
    while (k > 0 && u.tags[k - 1] == tag::breaker) --k;
    if (k > 0 && u.tags[k - 1] == 'D') return true;
  }
  // After a possessive and one modifier a noun-like lemma is the noun: "Mrs. Clinton's tax
  // plan would raise".
  if (noun_like && n >= 2 && u.tags[n - 1] == 'w' && u.tags[n - 2] == 'N') {
    const auto owner = tokens[u.slots[n - 2].begin].text(s);
    if (owner.ends_with("'s") || owner.ends_with("\xE2\x80\x99s")) return true;
  }
  // After a preposition a noun-like lemma is the noun: "a series of tweets", "with plans".
  if (u.tags[n - 1] == 'p' && noun_like) return true;
  const auto before = tokens[u.slots[n - 1].begin].text(s);
  if (u.tags[n - 1] == 'N' || u.tags[n - 1] == 'w') {
    if (before.ends_with("'s") || before.ends_with("s'")) return true;
    if (word == lemma && before.size() > 4 && before.ends_with("ing")) return true;
  }
  // A year between a determiner and the lemma is a modifier: "the 2013 report found", "the
  // authors of that 2013 report". A count is not: "the two report to Mr. Kim".
  if (n >= 2 && u.tags[n - 1] == '#' && before.size() == 4 &&
      (before.starts_with("19") || before.starts_with("20")) &&
      (u.tags[n - 2] == 'D' || (n >= 3 && u.tags[n - 2] == 't' && u.tags[n - 3] == 'p')))
    return true;
  // determiner + one modifier + noun-like lemma; a longer look-back cost more recall than it
  // saved precision on PolNeAR train.
  // After "a" or "an" the modifier may look plural ("a news report") or be a year ("a 2009
  // report"): a singular article leaves the verb no subject.
  if (n < 2 || u.tags[n - 2] != 'D' || !noun_like) return false;
  const auto det = tokens[u.slots[n - 2].begin].text(s);
  const bool singular = det == "a" || det == "an" || det == "A" || det == "An";
  if (u.tags[n - 1] == '#') return singular;
  // A work is what shows or finds, never the first half of a compound: "The survey shows".
  static constexpr std::string_view kWorks[] = {"poll",   "survey", "study", "report",
                                                "review", "audit",  "data",  "analysis"};
  if (std::ranges::find(kWorks, before) != std::end(kWorks)) return false;
  return (u.tags[n - 1] == 'w' || u.tags[n - 1] == 'N') && (!before.ends_with("s") || singular);
}

// Whether an -ing form of a cue verb modifies the noun after it inside a noun phrase: "a
// creative writing professor", "the reporting requirements". Only after a determiner (and one
// modifier), and only before a lower-case word the lexicon does not know, so that "a
// spokesman speaking on condition …" keeps its verb.
bool modifies_next_noun(const TaggedUnit& u, std::string_view word, std::string_view lemma,
                        std::string_view s, const std::vector<Token>& tokens, std::uint32_t k,
                        TokenRange unit) {
  const auto n = u.tags.size();
  if (n == 0 || word == lemma || !word.ends_with("ing")) return false;
  if (u.tags[n - 1] != 'D' && !(n >= 2 && u.tags[n - 1] == 'w' && u.tags[n - 2] == 'D'))
    return false;
  if (k + 1 >= unit.end || tokens[k + 1].kind != TokenKind::word) return false;
  const std::string_view next = tokens[k + 1].text(s);
  if (!ascii::is_lower(next[0])) return false;
  thread_local std::string next_lower;
  ascii::to_lower(next, next_lower);
  return lookup_word(next_lower) == nullptr;
}

bool starts_upper(std::string_view w) {
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return ascii::is_upper(static_cast<char>(c));
  std::int32_t i = 0;
  UChar32 cp = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(w.data()), i, static_cast<std::int32_t>(w.size()),
          cp);
  return cp >= 0 && u_isupper(cp);
}

// Whether a capitalized participle opening the sentence is the first word of a body's name:
// "Planned Parenthood said", "Concerned Veterans for America argues". Only participles that
// describe (a speech verb opening a sentence inverts it: "Continued Stone: …", "Said Sun:"),
// and only before a capitalized word the lexicon does not know.
bool participle_before_name(std::string_view lower, std::string_view s,
                            const std::vector<Token>& tokens, std::uint32_t k, TokenRange unit) {
  static constexpr std::string_view kDescribing[] = {"planned", "concerned", "united", "organized",
                                                     "allied"};
  if (!word_set<kDescribing>().contains(lower) || k + 1 >= unit.end ||
      tokens[k + 1].kind != TokenKind::word)
    return false;
  const std::string_view next = tokens[k + 1].text(s);
  if (!starts_upper(next)) return false;
  std::string next_lower;
  ascii::to_lower(next, next_lower);
  return lookup_word(next_lower) == nullptr;
}

// Whether a capitalized modal opening the sentence is a surname: "Will believes", "May said".
// A modal takes the bare verb ("Will Trump win"); an inflected one after it needs a subject.
bool modal_as_surname(std::string_view lower, std::string_view s, const std::vector<Token>& tokens,
                      std::uint32_t k, TokenRange unit) {
  if ((lower != "will" && lower != "may") || k + 1 >= unit.end ||
      tokens[k + 1].kind != TokenKind::word)
    return false;
  std::string next_lower;
  ascii::to_lower(tokens[k + 1].text(s), next_lower);
  const LexEntry* next = lookup_word(next_lower);
  return next && (next->tag == 'V' || next->tag == 'K' || next->tag == 'v') &&
         next->lemma != next_lower;
}

// Whether "by" at token k names the agent of the participle cue before it: a name, an article
// or a count follows ("was first reported by Politico", "a fact later confirmed by the
// department", "was rejected by 64 percent"), not a means ("said by phone", "responded by
// saying").
bool agent_follows(const TaggedUnit& u, std::string_view s, const std::vector<Token>& tokens,
                   std::uint32_t k, TokenRange unit) {
  if (u.tags.empty() || (u.tags.back() != tag::cue && u.tags.back() != tag::tell)) return false;
  if (k + 1 >= unit.end || k == unit.begin) return false;
  const std::string_view verb = tokens[k - 1].text(s);
  static constexpr std::string_view kParticiples[] = {"told",  "written", "seen",
                                                      "shown", "known",   "heard"};
  if (!verb.ends_with("ed") && std::ranges::find(kParticiples, verb) == std::end(kParticiples))
    return false;
  // Only verbs whose agent speaks: "backed by", "opposed by", "issued by" name supporters,
  // opponents and issuers.
  static constexpr std::string_view kSpokenBy[] = {
      "report",    "echo",    "tell",    "confirm", "claim",    "criticize", "denounce",
      "mention",   "ask",     "accuse",  "attack",  "describe", "write",     "reject",
      "deny",      "cite",    "quote",   "tweet",   "announce", "state",     "predict",
      "condemn",   "praise",  "call",    "urge",    "note",     "dispute",   "challenge",
      "question",  "blame",   "endorse", "propose", "suggest",  "warn",      "characterize",
      "criticise", "applaud", "hail",    "slam",    "blast",    "dismiss",   "label",
      "disclose",  "reveal",  "publish", "post",    "share",    "contradict"};
  if (std::ranges::find(kSpokenBy, u.lemmas.back()) == std::end(kSpokenBy)) return false;
  const Token& next = tokens[k + 1];
  if (next.kind == TokenKind::number) return true;
  if (next.kind != TokenKind::word) return false;
  const std::string_view w = next.text(s);
  if (starts_upper(w)) return true;
  const LexEntry* e = lookup_word(w);
  return e && e->tag == tag::determiner;
}

char punct_tag(char c) {
  switch (c) {
    case ',':
    case '.':
    case ':':
    case ';':
    case '!':
    case '?':
    case '(':
    case ')':
    case '-':
      return c;
    default:
      return '~';
  }
}

// Title-case text (headlines): most words capitalized, so case says nothing about names.
bool is_title_case(std::string_view s, const std::vector<Token>& tokens, TokenRange unit) {
  int words = 0, upper = 0;
  for (auto k = unit.begin; k < unit.end; ++k) {
    if (tokens[k].kind != TokenKind::word) continue;
    const auto w = tokens[k].text(s);
    if (w.size() <= 3) continue;  // "a", "of", "the" stay lower in titles
    ++words;
    upper += starts_upper(w);
  }
  return words >= 3 && upper * 10 >= words * 8;
}
}  // namespace

std::vector<std::uint32_t> quotation_index(const std::vector<Quotation>& quotes,
                                           std::size_t tokens) {
  std::vector<std::uint32_t> close(tokens, kNone);
  for (const auto& q : quotes)
    if (q.depth == 0) close[q.open] = q.close;
  return close;
}

void tag_unit(std::string_view s, const std::vector<Token>& tokens,
              const std::vector<std::uint32_t>& quote_close, TokenRange unit, TaggedUnit& out) {
  out.tags.clear();
  out.slots.clear();
  out.lemmas.clear();
  const bool title = is_title_case(s, tokens, unit);
  thread_local std::string lower;
  thread_local std::string next_lower;
  auto push = [&](char t, std::uint32_t b, std::uint32_t e, std::string_view lemma = {}) {
    out.tags.push_back(t);
    out.slots.push_back({b, e});
    out.lemmas.push_back(lemma);
  };
  for (std::uint32_t k = unit.begin; k < unit.end; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::quote) {
      if (quote_close[k] != kNone && quote_close[k] < unit.end) {
        push('Q', k, quote_close[k] + 1);
        k = quote_close[k];
      } else {
        push('~', k, k + 1);
      }
      continue;
    }
    if (t.kind == TokenKind::number) {
      push('#', k, k + 1);
      continue;
    }
    if (t.kind == TokenKind::punct) {
      push(punct_tag(s[t.begin]), k, k + 1);
      continue;
    }
    const auto w = t.text(s);
    ascii::to_lower(w, lower);
    // Multiword cues: "according to", "quoted as saying"; never right after a determiner,
    // where the first word is a noun ("These calls for more troops have come").
    bool matched = false;
    const bool after_determiner = !out.tags.empty() && out.tags.back() == tag::determiner;
    for (const MultiwordCue* m : after_determiner ? kNoMultiwordCues : multiword_cues(lower)) {
      if (k + m->words.size() > unit.end) continue;
      bool all = true;
      for (std::size_t i = 1; i < m->words.size() && all; ++i) {
        ascii::to_lower(tokens[k + i].text(s), next_lower);
        all = next_lower == m->words[i];
      }
      if (!all) continue;
      push(m->tag, k, static_cast<std::uint32_t>(k + m->words.size()), m->lemma);
      k += static_cast<std::uint32_t>(m->words.size() - 1);
      matched = true;
      break;
    }
    if (matched) continue;
    const bool upper = starts_upper(w);
    const bool sentence_start =
        k == unit.begin || (k > unit.begin && s[tokens[k - 1].begin] == '"');
    // Possessives are names or words, never function words: "China's", "Russia’s".
    const bool possessive = lower.ends_with("'s") || lower.ends_with("s'");
    const LexEntry* e = possessive ? nullptr : lookup_word(lower);
    // After a preposition "that" before a number or a plain word is a determiner: "one of the
    // authors of that 2013 report", "in that state".
    if (e && e->tag == tag::that && !out.tags.empty() && out.tags.back() == 'p' &&
        k + 1 < unit.end &&
        (tokens[k + 1].kind == TokenKind::number ||
         (tokens[k + 1].kind == TokenKind::word && ascii::is_lower(s[tokens[k + 1].begin]) &&
          !lookup_word(tokens[k + 1].text(s))))) {
      push(tag::determiner, k, k + 1);
      continue;
    }
    if (e && std::string_view(lower) == "by" && agent_follows(out, s, tokens, k, unit)) {
      push(tag::agent, k, k + 1);
      continue;
    }
    // A capitalized breaker before "of" and a capital opens a name: "the March of Dimes".
    if (e && e->tag == tag::breaker && upper && !sentence_start && k + 2 < unit.end &&
        tokens[k + 1].text(s) == "of" && starts_upper(tokens[k + 2].text(s))) {
      push('N', k, k + 1);
      continue;
    }
    // "most" before an adverb in -ly and a cue grades the adverb: "and most recently defended"
    // has no subject "most" (where "most likely voters" is a subject).
    if (const std::string_view l = lower;
        (l == "most" || l == "more" || l == "least") && k + 2 < unit.end &&
        tokens[k + 1].kind == TokenKind::word && tokens[k + 2].kind == TokenKind::word) {
      ascii::to_lower(tokens[k + 1].text(s), next_lower);
      const bool adverb = next_lower.size() > 4 && next_lower.ends_with("ly");
      ascii::to_lower(tokens[k + 2].text(s), next_lower);
      const LexEntry* verb = adverb ? lookup_word(next_lower) : nullptr;
      if (verb && (verb->tag == 'V' || verb->tag == 'K')) {
        push('r', k, k + 1);
        continue;
      }
    }
    if (e) {
      const bool verbish = e->tag == 'V' || e->tag == 'K' || e->tag == 'v';
      if (upper && (verbish || e->tag == 'a') && !title &&
          (!sentence_start || participle_before_name(lower, s, tokens, k, unit) ||
           modal_as_surname(lower, s, tokens, k, unit))) {
        // A name spelled like a verb or a modal: "Last week, Want said", "Theresa May said",
        // "Planned Parenthood said".
        push('N', k, k + 1);
      } else if (e->tag == tag::breaker && w.size() >= 3 && !title && !out.tags.empty() &&
                 out.tags.back() == tag::name &&
                 std::ranges::all_of(w, [](char c) { return ascii::is_upper(c); })) {
        push('N', k, k + 1);  // a time word in capitals after a name is part of it: "USA TODAY"
      } else if (e->tag == tag::breaker && !upper && lower.size() == 5 &&
                 std::string_view(lower) == "march") {
        push('w', k, k + 1);  // the month is capitalized; "organizers of the march" is a noun
      } else if (verbish && k > unit.begin && tokens[k - 1].text(s) == "to" && lower == e->lemma) {
        push('w', k, k + 1);  // an infinitive ("to talk") is never the finite cue
      } else if (e->lemma == "show" && k + 1 < unit.end && tokens[k + 1].text(s) == "up") {
        push('w', k, k + 1);  // "voters show up": they come, they say nothing
      } else if (lower.size() == 8 && std::string_view(lower) == "speaking" && k + 2 < unit.end &&
                 tokens[k + 1].text(s) == "on" &&
                 (tokens[k + 2].text(s) == "condition" ||
                  (tokens[k + 2].text(s) == "the" && k + 3 < unit.end &&
                   tokens[k + 3].text(s) == "condition"))) {
        // An anonymous source's terms are an aside between speaker and cue: "An Israeli
        // official, speaking on the condition of anonymity to discuss …, said".
        push('r', k, k + 1);
      } else if (verbish && reads_as_noun(out, lower, e->lemma, s, tokens)) {
        push('w', k, k + 1);
      } else if (verbish && modifies_next_noun(out, lower, e->lemma, s, tokens, k, unit)) {
        push('w', k, k + 1);
      } else {
        push(e->tag, k, k + 1, verbish || e->tag == tag::cue_noun ? e->lemma : std::string_view{});
      }
      continue;
    }
    if (upper && sentence_start && lower.size() > 4 && lower.ends_with("ed") && k + 1 < unit.end &&
        tokens[k + 1].kind == TokenKind::word) {
      // A participle opening the sentence ("Reached by phone, Dale Ferris …", "Asked about
      // the race, …") frames the subject; it is no name.
      ascii::to_lower(tokens[k + 1].text(s), next_lower);
      const LexEntry* next = lookup_word(next_lower);
      if (next && next->tag == tag::preposition) {
        push(tag::breaker, k, k + 1);
        continue;
      }
    }
    // "in the past" and "in recent years" date the cue as "last week" does: "Sanders in the
    // past has criticized the president".
    // ("in the past two years" is left alone: a count follows.)
    if (std::string_view(lower) == "past" && out.tags.size() >= 2 &&
        out.tags.back() == tag::determiner && out.tags[out.tags.size() - 2] == tag::preposition &&
        tokens[out.slots.back().begin].text(s) == "the" &&
        tokens[out.slots[out.slots.size() - 2].begin].text(s) == "in" &&
        (k + 1 >= unit.end || !counts(s, tokens[k + 1]))) {
      out.tags.back() = tag::breaker;
      push(tag::breaker, k, k + 1);
      continue;
    }
    if (std::string_view(lower) == "recent" && !out.tags.empty() &&
        out.tags.back() == tag::preposition && k + 1 < unit.end &&
        tokens[k + 1].kind == TokenKind::word) {
      ascii::to_lower(tokens[k + 1].text(s), next_lower);
      if (is_time_noun(next_lower)) {
        push(tag::breaker, k, k + 1);
        continue;
      }
    }
    // "likely" before a plural noun is an adjective: "likely voters" (where "will likely say"
    // keeps the adverb).
    if (std::string_view(lower) == "likely" && k + 1 < unit.end &&
        tokens[k + 1].kind == TokenKind::word) {
      ascii::to_lower(tokens[k + 1].text(s), next_lower);
      const LexEntry* next = lookup_word(next_lower);
      if (next_lower.size() > 3 && next_lower.ends_with('s') && !next_lower.ends_with("ss") &&
          !next) {
        push('w', k, k + 1);
        continue;
      }
    }
    if (upper) {
      push('N', k, k + 1);
    } else if (lower.size() > 4 && lower.ends_with("ly") &&
               std::ranges::find(kLyNouns, lower) == std::end(kLyNouns)) {
      push('r', k, k + 1);
    } else if (!out.tags.empty() && out.tags.back() == tag::breaker && is_time_noun(lower)) {
      push(tag::breaker, k, k + 1);  // "last week", "Wednesday morning": a date, as "last" is
    } else {
      push('w', k, k + 1);
    }
  }
}

}  // namespace whosaid
