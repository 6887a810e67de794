// The extraction pipeline; see attribution.hpp.
#include "engine/attribution.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <limits>

#include "engine/ascii.hpp"
#include "engine/lexicon.hpp"
#include "engine/names.hpp"
#include "engine/normalize.hpp"
#include "engine/prefilter.hpp"
#include "engine/quotes.hpp"
#include "engine/sentences.hpp"
#include "engine/source_check.hpp"
#include "engine/tagger.hpp"
#include "engine/tokenize.hpp"
#include "engine/word_set.hpp"
#include "grammar/tag_match.hpp"

namespace whosaid {
namespace {

using grammar::Anchor;
using grammar::RuleId;
using grammar::TagMatch;
using grammar::TagSpan;

// Verbs of a state of mind: what such a verb holds is no report when another verb reports
// it or when it only names a thing ("what voters want").
constexpr std::string_view kStates[] = {"want",   "feel",  "plan",    "intend",
                                        "expect", "think", "believe", "hope"};

// Quotation-first rules, then the span-start rules (a trailing cue decides a whole sentence:
// "China denies it, officials say."), then the speaker-first ones.
constexpr std::array kRuleOrder{
    RuleId::split_quote,     RuleId::post_cue,     RuleId::inverted_cue,   RuleId::headline_colon,
    RuleId::according_front, RuleId::trailing_cue, RuleId::according_back, RuleId::cue_quote,
    RuleId::colon_cue,       RuleId::colon_block,  RuleId::tell_cue,       RuleId::passive_agent,
    RuleId::indirect,        RuleId::gerund_cue,   RuleId::noun_cue,       RuleId::coordinated_cue};

// Rules whose content is a clause that may hold a nested attribution.
bool has_clause_content(RuleId id) {
  return id != RuleId::split_quote && id != RuleId::post_cue && id != RuleId::inverted_cue &&
         id != RuleId::cue_quote && id != RuleId::colon_block && id != RuleId::passive_agent;
}

constexpr int kMaxDepth = 2;

// Prepositions of place and time: a clause after a cue never opens with one
// ("chemicals found in refrigerants", "appeared on MSNBC"), while "spoke about", "agreed
// with", "commented on" and "plans to" do introduce what was said.
constexpr std::string_view kNotTopicPrepositions[] = {
    "in", "at", "into", "from", "for", "during", "after", "before", "inside", "near"};

// What follows "appear" when it means being present: "appeared on MSNBC", "appeared with".
constexpr std::string_view kAppearanceWords[] = {"on", "with",    "alongside", "together", "as",
                                                 "by", "onstage", "before",    "in",       "at"};

// What follows "add" when it means adding to a sum or a list: "adding to her lead", "would
// add up to $1.5 trillion", "has added another link".
constexpr std::string_view kAdditionWords[] = {"to", "up", "another"};

// Sets of tag characters as bitsets: membership is one bit test in the scan loop.
using TagSet = std::bitset<128>;

TagSet tag_set(std::string_view chars, bool empty_means_all) {
  TagSet s;
  if (chars.empty() && empty_means_all) return s.set();
  for (char c : chars) s.set(static_cast<unsigned char>(c) & 127);
  return s;
}

struct RuleTagSets {
  std::array<TagSet, grammar::kRuleCount> first, needs;
  TagSet phrase_boundary;  // tags after which a speaker phrase may begin
};

const RuleTagSets& rule_tag_sets() {
  static const RuleTagSets sets = [] {
    RuleTagSets r;
    for (RuleId id : kRuleOrder) {
      const auto& info = grammar::rule_info(id);
      r.first[static_cast<std::size_t>(id)] = tag_set(info.first, true);
      r.needs[static_cast<std::size_t>(id)] = tag_set(info.needs, true);
    }
    r.phrase_boundary = tag_set(",;:()-Qtcx~.", false);
    return r;
  }();
  return sets;
}
// Tokens between the marks of a quotation for it to count as speech when nothing attributes
// it; shorter ones are mostly scare quotes (“no limits”).
constexpr std::uint32_t kMinBareQuoteTokens = 3;

// An attribution while it is still in normalized token space.
struct Draft {
  Attribution a;
  std::uint32_t local = 0;  // index among drafts, before sorting
  std::optional<std::uint32_t> parent_local;
  TagSpan source_slots, content_slots;  // in its unit's tags; content_slots empty if split
};

class Extractor {
 public:
  explicit Extractor(std::string_view text)
      : norm_(text),
        s_(norm_.text()),
        tokens_(tokenize(s_)),
        quotes_(find_quotations(norm_, tokens_)),
        quote_close_(quotation_index(quotes_, tokens_.size())) {}

  std::vector<Attribution> run() {
    const auto sentences = split_sentences(s_, tokens_);
    const auto units = attribution_units(sentences, quotes_, tokens_);
    for (const TokenRange& unit : units) {
      const std::uint32_t b = tokens_[unit.begin].begin;
      const std::uint32_t e = tokens_[unit.end - 1].end;
      if (!prefilter().candidate(std::string_view(s_).substr(b, e - b))) continue;
      tag_unit(s_, tokens_, quote_close_, unit, tagged_);
      scan(tagged_, unit, 0, static_cast<std::uint32_t>(tagged_.tags.size()), std::nullopt, 0);
    }
    add_continuing_quotes(units);
    add_bare_quotes();
    return finish();
  }

 private:
  // Tries the rules at each position of tags[begin, end); nested content is scanned again.
  void scan(const TaggedUnit& tu, TokenRange unit, std::uint32_t begin, std::uint32_t end,
            std::optional<std::uint32_t> parent, int depth) {
    const std::string_view tags = std::string_view(tu.tags).substr(0, end);
    std::optional<ByteSpan> last_source;
    // Rules whose required tags are absent from this span cannot match anywhere in it.
    TagSet present;
    for (std::uint32_t i = begin; i < end; ++i)
      present.set(static_cast<unsigned char>(tags[i]) & 127);
    const auto& sets = rule_tag_sets();
    std::array<bool, grammar::kRuleCount> possible{};
    for (RuleId id : kRuleOrder) {
      const auto r = static_cast<std::size_t>(id);
      possible[r] = (present & sets.needs[r]).any();
    }
    // A coordinated cue needs "and"/"or", adverbs or auxiliaries, then a cue verb: rare, and
    // its grammar is tried at every phrase start, so look for that first.
    if (possible[static_cast<std::size_t>(RuleId::coordinated_cue)]) {
      bool seen = false;
      for (std::uint32_t k = begin; k + 1 < end && !seen; ++k) {
        if (tags[k] != 'c') continue;
        std::uint32_t v = k + 1;
        while (v < end && (tags[v] == 'a' || tags[v] == 'r')) ++v;
        seen = v < end && (tags[v] == 'V' || tags[v] == 'K');
      }
      possible[static_cast<std::size_t>(RuleId::coordinated_cue)] = seen;
    }
    for (std::uint32_t i = begin; i < end;) {
      bool fired = false;
      for (RuleId id : kRuleOrder) {
        if (!possible[static_cast<std::size_t>(id)]) continue;
        const auto& info = grammar::rule_info(id);
        if (!sets.first[static_cast<std::size_t>(id)].test(static_cast<unsigned char>(tags[i]) &
                                                           127))
          continue;
        if (info.anchor == Anchor::span_start && i != begin) continue;
        if (info.anchor == Anchor::span_start_or_comma && i != begin && tags[i - 1] != ',')
          continue;
        if (info.anchor == Anchor::phrase_start && i != begin &&
            !sets.phrase_boundary.test(static_cast<unsigned char>(tags[i - 1]) & 127))
          continue;
        if (id == RuleId::headline_colon && !(depth == 0 && is_whole_paragraph(unit))) continue;
        auto m = grammar::parse_at(id, tags, i);
        if (!m || m->end <= i) continue;
        if (id == RuleId::colon_block && !take_next_paragraph_quote(tu, unit, *m)) continue;
        if (id == RuleId::coordinated_cue && !cut_before_first_verb(tu, *m)) continue;
        if (id == RuleId::passive_agent) cut_agent(tu, *m);
        if (id == RuleId::indirect) join_split_place(tu, *m, begin);
        if (id == RuleId::indirect && clause_before_named_source(tu, *m, begin)) continue;
        if (!m->source.empty() && !source_fits_cue(tu, *m)) continue;
        // The words before the cue are that subject's, the verb no cue: go on after it.
        if (verb_not_cue(id, tu, *m)) {
          i = m->cue.end;
          fired = true;
          break;
        }
        if (id == RuleId::post_cue && new_sentence_after_quote(tu, *m)) continue;
        if (noun_before_verb(tu, *m) || advised(tu, *m) || generic_supposition(tu, *m) ||
            names_or_charges(id, tu, *m) || infinitive_object(id, tu, *m) ||
            verb_inside_source(id, tu, *m) ||
            (m->cue.end > m->cue.begin + 1 && bare_form_after_perfect(tu, *m)))
          continue;
        if (id == RuleId::noun_cue && !possessive_source(tu, *m)) continue;
        // An inverted cue is a bare verb ("said Sun"); with an auxiliary its subject came
        // before and what follows is its object: "this “reporter” has revealed her bias".
        if (id == RuleId::inverted_cue && tu.tags[m->cue.begin] == tag::aux) continue;
        if (id == RuleId::trailing_cue &&
            (named_apposition(tu, m->content) || object_after_inverted(id, tu, *m)))
          continue;
        // A report in a clause put before the main one does not hold that clause, nor what
        // follows this match in it.
        if (const auto released = main_clause_after_fronted(tu, *m, parent)) {
          parent = *released;
          --depth;
        }
        const std::uint32_t local = emit(tu, *m, id, parent, depth, last_source);
        if (drafts_[local].a.source) last_source = drafts_[local].a.source;
        if (has_clause_content(id) && depth + 1 < kMaxDepth)
          scan(tu, unit, m->content.begin, m->content.end, local, depth + 1);
        // A gerund cue ends the clause before it, so resume right there.
        i = (id == RuleId::gerund_cue || !has_clause_content(id)) ? m->end : m->content.end;
        if (i <= m->cue.begin) i = m->end;
        fired = true;
        break;
      }
      if (!fired) ++i;
    }
  }

  // Whether the matched verb is no cue there (the filters below). Out of line, so that the
  // rule loop above stays small: few matches get this far.
  [[gnu::noinline]] bool verb_not_cue(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    return prepositional_object(id, tu, m) || act_without_report(id, tu, m) ||
           plan_without_clause(id, tu, m) || kept_not_said(id, tu, m) ||
           found_not_concluded(id, tu, m) || noun_after_article(id, tu, m) ||
           phrasal_not_speech(id, tu, m) || object_not_words(id, tu, m) ||
           idle_continuation(id, tu, m) || idle_addition(id, tu, m) ||
           state_inside_report(id, tu, m) || condition_or_question(id, tu, m);
  }

  // A report opening a clause put before the sentence's main clause ends at that clause's
  // comma; the subject and cue after it report on their own, not inside it: "Though he did
  // not mention Marco Rubio or John Kasich by name, he made it clear …", "When Sanders accused
  // Clinton of …, she said …". Then the report's content is cut at the comma and the parent
  // to give the match instead is returned. (Not "As POLITICO revealed, the RNC agreed", whose
  // content is the main clause, nor an aside: "because, she said, the comment …".)
  [[gnu::noinline]] std::optional<std::optional<std::uint32_t>> main_clause_after_fronted(
      const TaggedUnit& tu, const TagMatch& m, std::optional<std::uint32_t> parent) {
    if (!parent || m.source.empty() || m.source.begin == 0 || tu.tags[m.source.begin - 1] != ',')
      return std::nullopt;
    const std::uint32_t comma = m.source.begin - 1;
    if (m.cue.end + 1 < tu.tags.size() && tu.tags[m.cue.end] == ',' &&
        tu.tags[m.cue.end + 1] != 'Q')
      return std::nullopt;
    Draft& p = drafts_[*parent];
    if (p.source_slots.empty() || p.source_slots.begin == 0 || p.content_slots.empty() ||
        p.content_slots.begin >= comma || p.content_slots.end <= comma)
      return std::nullopt;
    static constexpr std::string_view kOpeners[] = {
        "though", "although", "while",  "when", "as",    "because", "if",
        "since",  "after",    "before", "once", "until", "whereas"};
    static constexpr std::string_view kLeads[] = {"Even", "But", "And", "Yet", "So"};
    const auto word = [&](std::uint32_t k) { return tokens_[tu.slots[k].begin].text(s_); };
    const std::uint32_t k = p.source_slots.begin - 1;
    const std::string_view w = word(k);
    // Capitalized, it opens the sentence; else only after a sentence's lead word.
    const bool opens =
        !w.empty() && word_set<kOpeners>().contains(ascii::lowered(w)) &&
        (ascii::is_upper(w[0]) || (k > 0 && word_set<kLeads>().contains(word(k - 1))));
    if (!opens) return std::nullopt;
    p.content_slots.end = comma;
    p.a.content = fragments_of(tokens_of(tu, p.content_slots));
    if (p.a.kind != AttributionKind::according_to) {
      TagMatch cut;
      cut.content = p.content_slots;
      p.a.kind = kind_of(tu, cut, RuleId::indirect);
    }
    return p.parent_local;
  }

  // Whether the source stands before its cue with a word in front of it, which the two
  // filters below read.
  static bool subject_after_a_word(const TagMatch& m) {
    return !m.source.empty() && m.source.begin > 0 && m.source.end <= m.cue.begin;
  }

  // A verb in a condition or an embedded question reports nothing: "if he thinks Curiel has
  // engaged in misconduct", "asked whether she wanted Cruz to campaign", "outlined how he
  // thinks the campaign could close the gap". ("until Haley said" tells it happened.)
  bool condition_or_question(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (!subject_after_a_word(m)) return false;
    static constexpr std::string_view kOpeners[] = {"if", "whether", "unless", "how", "why"};
    const std::uint32_t k = m.source.begin - 1;
    const std::string w = ascii::lowered(tokens_[tu.slots[k].begin].text(s_).substr(0, 8));
    if (w != "what" && !word_set<kOpeners>().contains(w)) return false;
    // A comma in the source may close the clause the word opened: "if elected, Moore said".
    for (std::uint32_t j = m.source.begin; j < m.source.end; ++j)
      if (tu.tags[j] == ',') return false;
    // A state of mind in a free relative names a thing: "giving readers what they want". One
    // with a clause after it holds that clause: "in what it hopes will become a hub".
    if (w == "what") {
      if (!word_set<kStates>().contains(verb_cue_lemma(id, tu, m, false))) return false;
      static constexpr std::string_view kAuxiliaries[] = {
          "will", "would", "is", "are", "was", "were", "could", "can", "may", "might", "should"};
      return m.cue.end >= tu.slots.size() ||
             !word_set<kAuxiliaries>().contains(tokens_[tu.slots[m.cue.end].begin].text(s_));
    }
    if (w != "how" && w != "why") return true;
    // Words said are said whatever asks how or why: "pressed on why he had said it was an
    // honor". A reason or manner the sentence states is no question: "That's why critics".
    static constexpr std::string_view kSaid[] = {"say", "tell", "write", "explain"};
    if (word_set<kSaid>().contains(verb_cue_lemma(id, tu, m, false))) return false;
    const auto before = k > 0 ? tokens_[tu.slots[k - 1].begin].text(s_) : std::string_view();
    return before != "is" && without_possessive(before).size() == before.size();
  }

  // A state of mind inside a report is part of what was reported, not a second source:
  // "Trump said that Mexico wants …", "Kasich says he believes …". The report is the
  // attribution; the inner verb is its content.
  bool state_inside_report(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (!subject_after_a_word(m)) return false;
    if (!word_set<kStates>().contains(verb_cue_lemma(id, tu, m, false))) return false;
    // The report verb stands right before the source, or before its "that" with the
    // addressee and a date between: "told The Huffington Post on Monday that he thought".
    // A "that" no report verb opens is no report: "Part of it is that Republicans think".
    const auto reports = [&](std::uint32_t j) {
      const char t = tu.tags[j];
      return (t == tag::cue || t == tag::tell || t == tag::gerund) &&
             !word_set<kStates>().contains(tu.lemmas[j]);
    };
    std::uint32_t k = m.source.begin - 1;
    if (reports(k)) return true;
    if (tu.tags[k] != tag::that) return false;
    for (std::uint32_t looked = 0; k > 0 && looked < 8; ++looked) {
      const char t = tu.tags[--k];
      if (t == '.' || t == ';' || t == tag::quote || t == tag::relative) return false;
      if (reports(k)) return true;
    }
    return false;
  }

  // A noun cue needs its holder in the possessive: "Xi Jinping's denial", not "the Xi denial".
  // The speaker phrase of a coordinated cue swallows the first verb phrase, whose verb the
  // tags cannot tell from a noun ("Antony Blinken visited Beijing"). The speaker ends before
  // the first past-tense word (lower-case, "-ed"); without one the match is dropped.
  bool cut_before_first_verb(const TaggedUnit& tu, TagMatch& m) const {
    for (std::uint32_t k = m.source.begin + 1; k < m.source.end; ++k) {
      const auto w = tokens_[tu.slots[k].begin].text(s_);
      if (tu.tags[k] == 'w' && w.size() > 4 && ascii::is_lower(w[0]) && w.ends_with("ed")) {
        m.source.end = k;
        return true;
      }
    }
    return false;
  }

  // "Stacy Baker of Columbia, South Carolina says", "Brad DeLong of the University of
  // California, Berkeley suggests": a place or body named in two parts belongs to the speaker
  // in front of it. The grammar ends that speaker at the comma, so the source found starts
  // after it; it is widened back to the phrase start when only names and "of" links lie
  // between.
  void join_split_place(const TaggedUnit& tu, TagMatch& m, std::uint32_t begin) const {
    const std::uint32_t b = m.source.begin;
    if (b < begin + 4 || tu.tags[b - 1] != ',' || m.source.end - b > 4) return;
    for (std::uint32_t k = b; k < m.source.end; ++k)
      if (tu.tags[k] != tag::name && tu.tags[k] != tag::conj) return;
    std::uint32_t j = b - 1;
    int links = 0;
    for (;;) {
      const std::uint32_t run_end = j;
      while (j > begin && tu.tags[j - 1] == tag::name) --j;
      if (j == run_end) return;
      std::uint32_t link = j;
      if (link > begin && tu.tags[link - 1] == tag::determiner) --link;
      if (link > begin && tu.tags[link - 1] == tag::preposition &&
          first_word(tu, link - 1) == "of") {
        j = link - 1;
        ++links;
        continue;
      }
      break;
    }
    if (links == 0 || (j != begin && tu.tags[j - 1] != ',')) return;
    m.source.begin = j;
  }

  // "where members pay dues, Jay DiPietro, the club's president, said", "where it costs
  // $70,000 to sign up, Jay DiPietro … suggested": the words from a breaker or a sign (the "$")
  // to the comma end a clause of their own, no description of the name after them. The scan
  // goes on and finds the speaker at the name.
  static bool clause_before_named_source(const TaggedUnit& tu, const TagMatch& m,
                                         std::uint32_t begin) {
    const std::uint32_t b = m.source.begin;
    if (b <= begin || (tu.tags[b - 1] != tag::breaker && tu.tags[b - 1] != tag::other))
      return false;
    for (std::uint32_t k = b; k + 1 < m.source.end; ++k) {
      if (tu.tags[k] == tag::name) return false;
      if (tu.tags[k] == ',') return tu.tags[k + 1] == tag::name;
    }
    return false;
  }

  // A passive's agent keeps its "of" phrases ("a number of tax experts", "the Department of
  // State") and ends before any other preposition ("the White House on Tuesday") or a verb
  // form ("520 superdelegates compared with", "the Turkish government of attempting a coup").
  void cut_agent(const TaggedUnit& tu, TagMatch& m) const {
    for (std::uint32_t k = m.source.begin + 1; k < m.source.end; ++k) {
      const std::string_view w = first_word(tu, k);
      const bool verb_form = tu.tags[k] == tag::word && ascii::is_lower(w[0]) &&
                             (w.ends_with("ing") || w.ends_with("ed"));
      if ((tu.tags[k] == tag::preposition && w != "of") || verb_form) {
        m.source.end = k;
        break;
      }
    }
    while (m.source.end > m.source.begin + 1 && tu.tags[m.source.end - 1] == tag::preposition)
      --m.source.end;
  }

  // Whether the clause after the cue opens with a place or time preposition (see
  // kNotTopicPrepositions), unless that dates the cue ("said on Tuesday he would …").
  bool prepositional_object(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect && id != RuleId::coordinated_cue) return false;
    const std::uint32_t k = m.content.begin;
    if (k >= tu.tags.size()) return false;
    if (k + 1 < tu.tags.size() && tu.tags[k + 1] == 'x') return false;
    const std::string_view w = tokens_[tu.slots[k].begin].text(s_);
    char buf[12];
    if (w.size() > sizeof buf) return false;
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii::to_lower(w[i]);
    const std::string_view word(buf, w.size());
    // Someone who appears on a show or with a candidate is seen, not heard: "Obama previously
    // appeared with Clinton" (where "appeared to" reports a look, as PolNeAR marks it).
    if (m.cue.end > 0 && tu.lemmas[m.cue.end - 1] == "appear" &&
        word_set<kAppearanceWords>().contains(word))
      return true;
    if (tu.tags[k] != 'p') return false;
    return word_set<kNotTopicPrepositions>().contains(word);
  }

  // The lemma of the cue verb of a rule whose content is the clause after it ("indirect",
  // "coordinated_cue", and with `gerund_too` "gerund_cue"); empty for other rules.
  std::string_view verb_cue_lemma(RuleId id, const TaggedUnit& tu, const TagMatch& m,
                                  bool gerund_too) const {
    const bool clause_rule = id == RuleId::indirect || id == RuleId::coordinated_cue ||
                             (gerund_too && id == RuleId::gerund_cue);
    if (!clause_rule || m.cue.end == 0) return {};
    return tu.lemmas[m.cue.end - 1];
  }

  // An unquoted head inverts only a verb of saying or writing ("…, says the report", "…, wrote
  // his nephew on Facebook"). After any other verb the phrase before the comma is the verb's
  // subject and the one after it its object: "Grayson, an Orlando Democrat who was first
  // elected in 2008, criticized his GOP opponents", "…, Ken Starr praises".
  static bool object_after_inverted(RuleId id, const TaggedUnit& tu, const TagMatch& m) {
    if (id != RuleId::trailing_cue || m.cue.end == 0 || m.source.begin < m.cue.end) return false;
    static constexpr std::string_view kInverting[] = {
        "say",    "write", "report", "add",   "ask",     "explain", "reply", "tweet",
        "recall", "tell",  "note",   "argue", "observe", "insist",  "quip",  "joke"};
    return !word_set<kInverting>().contains(tu.lemmas[m.cue.end - 1]);
  }

  // Whether nothing follows the cue in its clause.
  static bool no_content(const TaggedUnit& tu, const TagMatch& m) {
    return m.content.begin >= tu.tags.size() || m.content.begin >= m.content.end;
  }

  // The first word after the cue, lower-cased: what the filters below read the cue's sense by.
  std::string first_content_word(const TaggedUnit& tu, const TagMatch& m) const {
    return ascii::lowered(first_word(tu, m.content.begin));
  }

  // "speak" and "talk" report speech only with what it was about: "spoke about the
  // consulate", "spoke out against Trump", "speak affectionately of"; not "spoke with voters",
  // "spoke to reporters Thursday", "spoke briefly", "spoke Hebrew", "speaking on the condition
  // of anonymity".
  static constexpr std::string_view kTopics[] = {"about",     "of",         "out",        "up",
                                                 "against",   "favorably",  "highly",     "warmly",
                                                 "glowingly", "positively", "negatively", "openly",
                                                 "candidly",  "frankly",    "fondly",     "that"};
  // The verbs below that name an act, not a report, unless what follows says what was said
  // or stood for. One look-up of the lemma for all: most matches are none of them.
  bool act_without_report(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    const std::string_view lemma = verb_cue_lemma(id, tu, m, true);
    if (lemma.size() == 4 && !no_content(tu, m)) {
      if (lemma == "vote") return vote_without_stance(tu, m);
      if (lemma == "seek") return office_sought(tu, m);
    }
    return speech_without_topic(id, tu, m, lemma);
  }

  bool speech_without_topic(RuleId id, const TaggedUnit& tu, const TagMatch& m,
                            std::string_view lemma) const {
    if (lemma.empty() && m.cue.end > m.cue.begin + 1 &&
        (id == RuleId::indirect || id == RuleId::gerund_cue))
      return phrase_without_topic(tu, m);
    if (lemma != "speak" && lemma != "talk") return false;
    if (no_content(tu, m)) return true;
    const std::uint32_t k = m.content.begin;
    const std::string word = first_content_word(tu, m);
    if (word_set<kTopics>().contains(word)) return false;
    // An anonymous source's terms are no topic: "speaking on the condition of anonymity".
    if (word == "on" && k + 2 < m.content.end) {
      const std::string_view next = first_word(tu, k + 1);
      if (next == "condition" || (next == "the" && first_word(tu, k + 2) == "condition"))
        return true;
    }
    // "spoke to reporters Thursday about the plan", "spoke emotionally of his flights": the
    // topic after an addressee or an adverb ("of" only after the adverb: "spoke with Teachout
    // on the latest episode of its podcast" has none).
    for (std::uint32_t j = k + 1; j < m.content.end && j < k + 12; ++j)
      if (const std::string_view w = first_word(tu, j);
          w == "about" || (w == "of" && tu.tags[j - 1] == tag::adverb))
        return false;
    return true;
  }

  // Voting takes a stance only with what it was for or against: "voted against the bill",
  // "voted to endorse Clinton", "voted Democratic"; not "voted in the Democratic primary",
  // "voted on March 2", "voted peacefully".
  bool vote_without_stance(const TaggedUnit& tu, const TagMatch& m) const {
    const std::string word = first_content_word(tu, m);
    if (word == "in")
      return !(m.content.begin + 1 < m.content.end &&
               first_word(tu, m.content.begin + 1) == "favor");
    return word == "on" || word == "at" || word == "early" || word == "peacefully";
  }

  // Seeking an office is running for it, not a stance: "as Mrs. Clinton seeks the White
  // House", "seeks reelection", "would not seek the presidency".
  bool office_sought(const TaggedUnit& tu, const TagMatch& m) const {
    static constexpr std::string_view kOffices[] = {
        "presidency",   "nomination", "office", "reelection", "re-election", "seat",
        "governorship", "mayoralty",  "term",   "post",       "job"};
    // The first noun, past an article and up to two modifiers: "a second term", "the
    // Republican nomination".
    for (std::uint32_t k = m.content.begin; k < m.content.end && k < m.content.begin + 4; ++k) {
      const std::string w = ascii::lowered(first_word(tu, k));
      if (word_set<kOffices>().contains(w)) return true;
      // "the White House", not "white voters".
      if (w == "white" && k + 1 < m.content.end && first_word(tu, k + 1) == "House") return true;
      if (tu.tags[k] != tag::determiner && tu.tags[k] != tag::name && tu.tags[k] != tag::word &&
          tu.tags[k] != tag::number)
        return false;
    }
    return false;
  }

  // The same for a cue that took the verb's phrase in ("will also speak to WDBJ in Roanoke",
  // "spoke for 77 minutes"): speech only with a topic in that phrase, or a verb of saying
  // after it ("spoke to reporters Thursday, saying …").
  bool phrase_without_topic(const TaggedUnit& tu, const TagMatch& m) const {
    std::uint32_t v = m.cue.end - 1;
    while (v > m.cue.begin && tu.lemmas[v].empty()) --v;
    if (tu.lemmas[v] != "speak" && tu.lemmas[v] != "talk") return false;
    for (std::uint32_t j = v + 1; j < m.cue.end; ++j) {
      const std::string w = ascii::lowered(first_word(tu, j));
      if (w == "about" || (j == v + 1 && word_set<kTopics>().contains(w))) return false;
    }
    if (no_content(tu, m)) return true;
    const std::string next = first_content_word(tu, m);
    return !next.empty() && ascii::is_alpha(next[0]) && !next.ends_with("ing");
  }

  // A plan or advice reports a stance only with its clause: "plans to vote for Sanders",
  // "advised that the order was lawful", "advised against it"; not the nouns and objects in
  // "Obama's Gitmo plan leaves everyone unhappy", "the plans, which dominate", "planned
  // deals", "advises big corporations on mergers".
  bool plan_without_clause(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    const std::string_view lemma = verb_cue_lemma(id, tu, m, false);
    if (lemma != "plan" && lemma != "advise") return false;
    if (no_content(tu, m)) return true;
    const std::string word = first_content_word(tu, m);
    if (lemma == "plan") return word != "to" && word != "on";
    return word != "that" && word != "against" && tu.tags[m.content.begin] != tag::that;
  }

  // A bare cue word after "a" and at most one modifier is a noun, which a singular subject
  // could not take as its verb: "China as a possible suspect", "a formal complaint".
  bool noun_after_article(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect || m.cue.end != m.cue.begin + 1 || m.source.empty() ||
        m.source.end != m.cue.begin || m.source.end - m.source.begin > 2)
      return false;
    const std::string_view article = first_word(tu, m.source.begin);
    if (article != "a" && article != "an" && article != "A" && article != "An") return false;
    if (m.source.end - m.source.begin == 2 && tu.tags[m.source.begin + 1] != tag::word)
      return false;
    const std::string cue = ascii::lowered(first_word(tu, m.cue.begin));
    return cue == tu.lemmas[m.cue.begin];
  }

  // "maintain" reports only a clause: "maintained that the server was secure", "maintains
  // he did nothing wrong"; not what is kept: "maintains a commanding lead", "has maintained
  // support among black voters".
  bool kept_not_said(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (verb_cue_lemma(id, tu, m, false) != "maintain") return false;
    if (no_content(tu, m)) return true;
    const char t = tu.tags[m.content.begin];
    return t != tag::that && t != tag::pronoun && t != tag::name && t != tag::quote;
  }

  // "find" reports a conclusion ("the poll found that …", "found Trump the winner",
  // "I find his message chilling"), not what someone came upon or into: "found himself in
  // trouble", "found a way to", "found ways", "could find a sponsor", "can be found here",
  // "helped found Fox News".
  bool found_not_concluded(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (verb_cue_lemma(id, tu, m, false) != "find") return false;
    if (no_content(tu, m)) return true;
    static constexpr std::string_view kNotConcluding[] = {
        "can",   "could", "can't", "couldn't", "cannot", "will",  "won't",
        "would", "might", "may",   "should",   "be",     "is",    "was",
        "are",   "were",  "been",  "helped",   "help",   "helps", "to"};
    for (std::uint32_t c = m.cue.begin; c + 1 < m.cue.end; ++c)
      if (word_set<kNotConcluding>().contains(ascii::lowered(first_word(tu, c)))) return true;
    if (m.source.end > m.source.begin && m.source.end == m.cue.begin &&
        word_set<kNotConcluding>().contains(ascii::lowered(first_word(tu, m.source.end - 1))))
      return true;
    static constexpr std::string_view kCameUpon[] = {
        "a",      "an",         "ways",      "himself",  "herself",   "itself",
        "myself", "themselves", "ourselves", "yourself", "yourselves"};
    const std::string first = first_content_word(tu, m);
    // "finds its way to the city", "found their way".
    static constexpr std::string_view kOwners[] = {"its", "their", "his", "her", "my", "our"};
    if (word_set<kOwners>().contains(first) && m.content.begin + 1 < m.content.end &&
        first_word(tu, m.content.begin + 1) == "way")
      return true;
    return word_set<kCameUpon>().contains(first);
  }

  // A cue verb with a particle or an idiom that says nothing was said: "backed out of the
  // conference", "backed down", "called off the deal", "begged the question of whether"; and
  // "admit" in the passive.
  bool phrasal_not_speech(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    const std::string_view lemma = verb_cue_lemma(id, tu, m, false);
    // Whoever is admitted is let in: "they aren't admitted until they are vetted".
    if (lemma == "admit") {
      static constexpr std::string_view kBe[] = {"is",     "was",    "were",   "are",
                                                 "been",   "be",     "being",  "isn't",
                                                 "wasn't", "aren't", "weren't"};
      for (std::uint32_t i = m.cue.begin; i < m.cue.end; ++i)
        if (tu.tags[i] == 'a' && word_set<kBe>().contains(ascii::lowered(first_word(tu, i))))
          return true;
      return false;
    }
    if ((lemma != "back" && lemma != "call" && lemma != "beg" && lemma != "shoot back") ||
        no_content(tu, m))
      return false;
    const std::string next = first_content_word(tu, m);
    // A figure that rose again: "spending shot back up".
    if (lemma == "shoot back") return next == "up" || next == "down" || next == "to";
    if (lemma == "beg")
      return next == "the" && m.content.begin + 1 < m.content.end &&
             ascii::lowered(first_word(tu, m.content.begin + 1)) == "question";
    if (lemma == "call") return next == "off";
    // ("backed away from a suggestion", "backed off his proposals" take a stance back.)
    return next == "out" || next == "down";
  }

  // A cue verb whose object is a thing held or given, not words: "still boasts just the one
  // supermarket", "boasted only one paid staffer" (where "boasted of", "boasted that" speak);
  // "offered a glimpse of", "offered a unique opportunity" (where "offered his thoughts"
  // speaks); and a cue with only a reflexive after it: "that bond quickly revealed itself".
  bool object_not_words(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    const std::string_view lemma = verb_cue_lemma(id, tu, m, false);
    if (lemma.empty() || no_content(tu, m)) return false;
    // (Most matches are neither, and are let go before any word is read.)
    const bool single = m.content.end == m.content.begin + 1;
    if (!single && lemma != "boast" && lemma != "offer") return false;
    const std::string first = first_content_word(tu, m);
    static constexpr std::string_view kReflexives[] = {"itself", "themselves", "himself",
                                                       "herself"};
    if (single && word_set<kReflexives>().contains(first)) return true;
    if (lemma == "boast") {
      static constexpr std::string_view kQuantities[] = {
          "a", "an", "the", "just", "only", "one", "two", "some", "more", "nearly", "roughly"};
      // ("boasted about 30 donors", not "boasted about a plan".)
      const bool about_number = (first == "about" || first == "over") &&
                                m.content.begin + 1 < m.content.end &&
                                tu.tags[m.content.begin + 1] == tag::number;
      return word_set<kQuantities>().contains(first) || about_number ||
             tu.tags[m.content.begin] == tag::number;
    }
    if (lemma != "offer") return false;
    static constexpr std::string_view kViews[] = {"glimpse", "window",   "contrast", "opportunity",
                                                  "chance",  "snapshot", "reminder", "feel"};
    // (Past adjectives: "offered the waving, smiling feel of a reunion tour".)
    for (std::uint32_t k = m.content.begin; k < m.content.end && k < m.content.begin + 6; ++k)
      if (word_set<kViews>().contains(ascii::lowered(first_word(tu, k)))) return true;
    return false;
  }

  // A name, then a past-tense verb with its object, is a clause that ends in a noun, not a
  // speaker: "POLITICO published a story detailing four police reports", "Trump tweaked his
  // campaign promise". (Before a colon it is a speaker: "Sanders delivered a snappy retort:".)
  bool verb_inside_source(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect || m.source.empty()) return false;
    std::uint32_t k = m.source.begin;
    while (k < m.source.end && tu.tags[k] == tag::name) ++k;
    if (k == m.source.begin || k + 1 >= m.source.end || tu.tags[k] != tag::word ||
        tu.tags[k + 1] != tag::determiner)
      return false;
    const std::string_view verb = first_word(tu, k);
    return verb.size() > 4 && ascii::is_lower(verb[0]) && verb.ends_with("ed");
  }

  // "continue" reports speech only when what goes on is speech: "continued that …",
  // "continues to insist …", "continued, “…”"; not "continues to trail Clinton" nor "will
  // continue their legislative attacks".
  bool idle_continuation(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect && id != RuleId::coordinated_cue) return false;
    if (m.cue.end == 0 || tu.lemmas[m.cue.end - 1] != "continue") return false;
    const std::uint32_t k = m.content.begin;
    if (k >= tu.tags.size()) return true;
    if (tu.tags[k] == tag::that || tu.tags[k] == tag::quote || tu.tags[k] == tag::gerund)
      return false;
    if (k + 1 >= tu.tags.size() || tokens_[tu.slots[k].begin].text(s_) != "to") return true;
    const std::string next = ascii::lowered(tokens_[tu.slots[k + 1].begin].text(s_));
    const LexEntry* e = lookup_word(next);
    return !(e && (e->tag == tag::cue || e->tag == tag::tell));
  }

  // "add" reports speech unless it adds to something ("adding to her lead", "added 255,000
  // jobs") or is passive ("might be added to the film").
  bool idle_addition(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect && id != RuleId::coordinated_cue && id != RuleId::gerund_cue)
      return false;
    if (m.cue.end == 0 || tu.lemmas[m.cue.end - 1] != "add") return false;
    for (std::uint32_t c = m.cue.begin; c + 1 < m.cue.end; ++c) {
      const std::string_view aux = first_word(tu, c);
      if (aux == "be" || aux == "is" || aux == "was" || aux == "been" || aux == "being")
        return true;
    }
    const std::uint32_t k = m.content.begin;
    if (k >= tu.tags.size() || tu.tags[k] == tag::quote) return false;
    const std::string_view w = first_word(tu, k);
    if (w.empty()) return false;
    if (ascii::is_digit(w[0]) || w[0] == '$') return true;
    return word_set<kAdditionWords>().contains(w);
  }

  // The first word of a slot as written (a slot holds one token, or a whole quotation).
  std::string_view first_word(const TaggedUnit& tu, std::uint32_t slot) const {
    return tokens_[tu.slots[slot].begin].text(s_);
  }

  // Whether the cue is a noun that the phrase before it modifies, as its own verb follows:
  // "the jobs report was released", "A new Pew Research report compares …", "the State IG
  // report could not corroborate". A verb of speech in its bare form takes no auxiliary or
  // second verb straight after it ("analysts report that …").
  bool noun_before_verb(const TaggedUnit& tu, const TagMatch& m) const {
    if (m.cue.end != m.cue.begin + 1 || m.cue.end >= tu.tags.size()) return false;
    const char next = tu.tags[m.cue.end];
    // A third-person verb with its object: "report compares a variety of samples", "Jobs
    // report gives Democrats a lift".
    const bool verb_s =
        next == tag::word && m.cue.end + 1 < tu.tags.size() &&
        (tu.tags[m.cue.end + 1] == tag::determiner || tu.tags[m.cue.end + 1] == tag::name) &&
        first_word(tu, m.cue.end).ends_with('s');
    // Or a participle with its agent: "the Silk Road plan advanced by Hillary Clinton".
    const bool passive = next == tag::word && m.cue.end + 1 < tu.tags.size() &&
                         first_word(tu, m.cue.end).ends_with("ed") &&
                         first_word(tu, m.cue.end + 1) == "by";
    if (next != tag::aux && next != tag::cue && next != tag::tell && !verb_s && !passive)
      return false;
    // Only words that are nouns as often as verbs: "they say has treated him unfairly" is a
    // speaker's clause with its subject moved out.
    static constexpr std::string_view kNounCues[] = {"report", "plan",    "reply",    "caution",
                                                     "claim",  "call",    "tweet",    "post",
                                                     "pledge", "promise", "statement"};
    const std::string word = ascii::lowered(first_word(tu, m.cue.begin));
    return word == tu.lemmas[m.cue.begin] && word_set<kNounCues>().contains(word);
  }

  // Whether a bare participle after a noun names or charges its subject rather than reporting
  // its speech: "The man accused of purchasing two of the guns", "fund organizations suspected
  // of ties", "a group of disaffected Ethiopians called Ginbot 7, was a force", "older titles
  // thought to be past their prime".
  bool names_or_charges(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect || m.cue.end != m.cue.begin + 1) return false;
    const std::string_view verb = first_word(tu, m.cue.begin);
    if (m.cue.end + 1 < tu.tags.size() && (verb == "thought" || verb == "believed") &&
        first_word(tu, m.cue.end) == "to") {
      const std::string_view next = first_word(tu, m.cue.end + 1);
      if (next == "be" || next == "have") return true;
    }
    if (!verb.ends_with("ed") || m.cue.end >= tu.tags.size()) return false;
    const std::string_view lemma = tu.lemmas[m.cue.begin];
    if (lemma == "accuse" || lemma == "suspect") return first_word(tu, m.cue.end) == "of";
    // Let into a country by a common noun's people: "refugees from Iraq admitted to the
    // United States" (where "officials admitted to reporters" confess).
    if (lemma == "admit" && m.cue.end + 2 < tu.tags.size() &&
        (first_word(tu, m.cue.end) == "to" || first_word(tu, m.cue.end) == "into") &&
        first_word(tu, m.cue.end + 1) == "the" && tu.tags[m.cue.end + 2] == tag::name &&
        !m.source.empty() && tu.tags[m.source.begin] != tag::name &&
        tu.tags[m.source.begin] != tag::pronoun)
      return true;
    // Only a common noun is named so: "Trump called Clinton, his challenger, a co-founder".
    if (lemma != "call" || m.source.empty() || tu.tags[m.source.begin] == tag::name ||
        tu.tags[m.source.begin] == tag::pronoun)
      return false;
    std::uint32_t k = m.cue.end;
    while (k < tu.tags.size() && (tu.tags[k] == tag::name || tu.tags[k] == tag::number)) ++k;
    return k > m.cue.end && (k == tu.tags.size() || tu.tags[k] == ',' || tu.tags[k] == '.');
  }

  // Whether the cue's verb, after "had" or "has", is in its bare form and so a noun: "Obama had
  // reason to bask in the sun" (the verbs of speech whose participle is their bare form are
  // irregular, and listed).
  [[gnu::noinline]] bool bare_form_after_perfect(const TaggedUnit& tu, const TagMatch& m) const {
    static constexpr std::string_view kSameParticiple[] = {
        "read", "put",  "set",  "let",    "broadcast", "forecast", "spread",
        "bet",  "quit", "come", "become", "run",       "cut",      "hit"};
    for (std::uint32_t k = m.cue.begin; k + 1 < m.cue.end; ++k) {
      if (tu.tags[k] != tag::aux) continue;
      const std::string_view aux = first_word(tu, k);
      if (aux != "had" && aux != "has" && aux != "have") continue;
      const std::string_view verb = first_word(tu, k + 1);
      return verb == tu.lemmas[k + 1] && !verb.ends_with("ed") &&
             !word_set<kSameParticiple>().contains(verb);
    }
    return false;
  }

  // Whether the cue word is the object of an infinitive in the phrase before it, not a verb:
  // "markers to write notes", "goes on to list reasons", "the chance to help defend", or a
  // bare infinitive after a verb of perception: "went to see Ayotte speak". A past tense is
  // still the verb: "officials declining to comment said".
  bool infinitive_object(RuleId id, const TaggedUnit& tu, const TagMatch& m) const {
    if (id != RuleId::indirect || m.cue.end != m.cue.begin + 1 || m.source.end < m.source.begin + 2)
      return false;
    const std::string_view cue = first_word(tu, m.cue.begin);
    if (cue.ends_with("ed") || cue != tu.lemmas[m.cue.begin]) {
      // Only the plural of a noun of speech stays an object here: "to echo remarks".
      if (!cue.ends_with('s') || cue.ends_with("ss")) return false;
    }
    std::uint32_t k = m.source.end - 1;
    // An infinitive's verb is bare; "close to him", "privy to negotiations" are objects.
    const std::string_view last = first_word(tu, k);
    if (tu.tags[k] == tag::word && ascii::is_lower(last[0]) && first_word(tu, k - 1) == "to" &&
        !last.ends_with('s') && last != "him" && last != "her" && last != "them" && last != "us" &&
        last != "me")
      return true;
    if (tu.lemmas[m.cue.begin] != "speak" && tu.lemmas[m.cue.begin] != "talk") return false;
    while (k > m.source.begin && (tu.tags[k] == tag::name || tu.tags[k] == tag::conj)) --k;
    if (k + 1 == m.source.end) return false;
    const std::string_view w = first_word(tu, k);
    return w == "see" || w == "hear" || w == "watch" || w == "saw" || w == "heard" ||
           w == "watched";
  }

  // Whether the cue gives advice, not speech: "the Senate should not confirm a replacement",
  // "the United States should formally declare war".
  bool advised(const TaggedUnit& tu, const TagMatch& m) const {
    // "I should say that …" hedges the writer's own statement.
    if (m.source.end == m.source.begin + 1 && first_word(tu, m.source.begin) == "I") return false;
    for (std::uint32_t k = m.cue.begin; k < m.cue.end; ++k) {
      const std::string w = ascii::lowered(first_word(tu, k));
      if (w == "should" || w == "shouldn't" || w == "shouldn’t") return true;
    }
    return false;
  }

  // Whether the subject is anyone at all and the cue only supposes: "one might think the
  // senator would fill the stadium", "one would think".
  bool generic_supposition(const TaggedUnit& tu, const TagMatch& m) const {
    if (m.source.end != m.source.begin + 1 || m.cue.end < m.cue.begin + 2) return false;
    const std::string who = ascii::lowered(first_word(tu, m.source.begin));
    const std::string modal = ascii::lowered(first_word(tu, m.cue.begin));
    return who == "one" && (modal == "might" || modal == "would" || modal == "could" ||
                            modal == "may" || modal == "can");
  }

  // Whether a span is a name and its apposition and nothing more ("Ivanka Trump, the
  // nominee's eldest daughter"): the subject of the verb after it, never what that verb
  // reports.
  static bool named_apposition(const TaggedUnit& tu, TagSpan span) {
    std::uint32_t k = span.begin;
    while (k < span.end && tu.tags[k] == tag::name) ++k;
    if (k == span.begin || k + 1 >= span.end || tu.tags[k] != ',' ||
        tu.tags[k + 1] != tag::determiner)
      return false;
    for (++k; k < span.end; ++k)
      if (tu.tags[k] == tag::aux || tu.tags[k] == tag::cue || tu.tags[k] == tag::tell ||
          tu.tags[k] == tag::pronoun || tu.tags[k] == tag::that || tu.tags[k] == ',')
        return false;
    return true;
  }

  // Whether a post-cue match is instead a new sentence after a quotation that closed its own:
  // "“… dear to my heart.” He said he recognizes …". The quotation ends with a period, the
  // speaker is capitalized, and the cue goes on with what it reports (a pronoun, "that", a
  // noun phrase, or a verb after what the rule took for an addressee), where "“… .” Sun said." and
  // "“… .” Sun said Tuesday." end at the cue.
  bool new_sentence_after_quote(const TaggedUnit& tu, const TagMatch& m) const {
    const TokenRange q = tu.slots[m.content.begin];
    if (q.end - q.begin < 3 || s_[tokens_[q.end - 2].begin] != '.') return false;
    if (m.content.end >= tu.tags.size() || tu.tags[m.content.end] == ',') return false;
    if (m.end >= tu.tags.size()) return false;
    switch (tu.tags[m.end]) {
      case tag::pronoun:
      case tag::that:
      case tag::determiner:
      case tag::name:
      case tag::word:
      case tag::number:
      case tag::aux:
      case tag::cue:
      case tag::tell:
        return true;
      default:
        return false;
    }
  }

  bool possessive_source(const TaggedUnit& tu, const TagMatch& m) const {
    const auto w = tokens_[tu.slots[m.source.end - 1].end - 1].text(s_);
    return w.ends_with("'s") || w.ends_with("s'");
  }

  // Whether the matched subject can be the source of the matched cue (see source_check.hpp).
  bool source_fits_cue(const TaggedUnit& tu, const TagMatch& m) const {
    std::string_view lemma;
    for (std::uint32_t k = m.cue.end; k > m.cue.begin; --k)
      if (!tu.lemmas[k - 1].empty()) {
        lemma = tu.lemmas[k - 1];
        break;
      }
    const auto word_at = [&](std::uint32_t slot) {
      return tokens_[tu.slots[slot].end - 1].text(s_);
    };
    // A cue that ends on a preposition takes an object, not a speaker, after it: in ", called
    // for an open primary process." the phrase after the verb is what was asked for.
    if (m.cue.end <= m.source.begin && tu.tags[m.cue.end - 1] == 'V') {
      const LexEntry* e = lookup_word(ascii::lowered(word_at(m.cue.end - 1)));
      if (e && e->tag == tag::preposition) return false;
    }
    std::uint32_t head = m.source.begin;
    for (std::uint32_t k = m.source.begin; k < m.source.end; ++k) {
      const char t = tu.tags[k];
      if (k > m.source.begin && (t == 'p' || t == ',' || t == 't')) break;
      head = k;
    }
    const std::string_view first = tokens_[tu.slots[m.source.begin].begin].text(s_);
    if (m.source.end == m.source.begin + 1 && tu.tags[m.cue.begin] != 'n' &&
        possessive_of_name(first))
      return false;
    return plausible_source(lemma, first, word_at(head));
  }

  // For "He said:" at a paragraph's end: the quotation opening the next paragraph becomes the
  // content (appended to the tag string as one more 'Q' slot). False when there is none.
  bool take_next_paragraph_quote(const TaggedUnit& tu, TokenRange unit, TagMatch& m) {
    if (unit.end >= tokens_.size() || !tokens_[unit.end].paragraph_start) return false;
    const std::uint32_t close = quote_close_[unit.end];
    if (close == std::numeric_limits<std::uint32_t>::max()) return false;
    const auto slot = static_cast<std::uint32_t>(tu.tags.size());
    extra_slot_ = TokenRange{unit.end, close + 1};
    m.content = TagSpan{slot, slot + 1};
    return true;
  }

  bool is_whole_paragraph(TokenRange unit) const {
    return tokens_[unit.begin].paragraph_start &&
           (unit.end >= tokens_.size() || tokens_[unit.end].paragraph_start);
  }

  TokenRange tokens_of(const TaggedUnit& tu, TagSpan span) const {
    if (span.begin >= tu.slots.size()) return extra_slot_;  // see take_next_paragraph_quote
    return {tu.slots[span.begin].begin, tu.slots[span.end - 1].end};
  }

  ByteSpan bytes_of(TokenRange r) const {
    return {static_cast<std::uint32_t>(norm_.to_original(tokens_[r.begin].begin)),
            static_cast<std::uint32_t>(norm_.to_original(tokens_[r.end - 1].end))};
  }

  // Content fragments: one per paragraph the tokens run over (multi-paragraph quotes).
  std::vector<ByteSpan> fragments_of(TokenRange r) const {
    std::vector<ByteSpan> out;
    std::uint32_t start = r.begin;
    for (std::uint32_t k = r.begin + 1; k < r.end; ++k)
      if (tokens_[k].paragraph_start) {
        out.push_back(bytes_of({start, k}));
        start = k;
      }
    out.push_back(bytes_of({start, r.end}));
    return out;
  }

  std::uint32_t emit(const TaggedUnit& tu, const TagMatch& m, RuleId id,
                     std::optional<std::uint32_t> parent, int depth,
                     const std::optional<ByteSpan>& last_source) {
    Draft d;
    d.local = static_cast<std::uint32_t>(drafts_.size());
    d.parent_local = parent;
    d.source_slots = m.source;
    if (m.content2.empty()) d.content_slots = m.content;
    Attribution& a = d.a;
    const auto& info = grammar::rule_info(id);
    a.rule = info.name;
    a.confidence = info.confidence * (depth > 0 ? 0.9 : 1.0);
    a.content = fragments_of(tokens_of(tu, m.content));
    if (!m.content2.empty()) {
      for (const ByteSpan& f : fragments_of(tokens_of(tu, m.content2))) a.content.push_back(f);
    }
    if (!m.cue.empty()) {
      a.cue = bytes_of(tokens_of(tu, m.cue));
      for (std::uint32_t k = m.cue.end; k > m.cue.begin; --k)
        if (!tu.lemmas[k - 1].empty()) {
          a.cue_lemma = std::string(tu.lemmas[k - 1]);
          break;
        }
      if (a.cue_lemma.empty()) a.cue_lemma = std::string(original_text(*a.cue));
    }
    // A passive's subject is dropped, unless the rule took its agent as the source.
    if (!m.source.empty() && (id == RuleId::passive_agent || !is_passive(tu, m.cue))) {
      a.source = bytes_of(tokens_of(tu, m.source));
    } else if (id == RuleId::gerund_cue) {
      // "X denied …, stating that …": X speaks both. Whoever the cue right before it has,
      // even nested: "Comey cannot say that “…,” Lewandowski added, saying …".
      a.source = source_of_cue_before(tu, m);
      if (!a.source) a.source = last_source;
    }
    if (id == RuleId::noun_cue && a.source) {  // the holder without its possessive 's
      const std::string_view src = original_text(*a.source);
      for (std::string_view p : {"\xE2\x80\x99s", "'s", "s'", "s\xE2\x80\x99"})
        if (src.ends_with(p)) {
          a.source->end -= static_cast<std::uint32_t>(p.size() - (p.front() == 's' ? 1 : 0));
          break;
        }
    }
    if (!m.apposition.empty()) a.source_apposition = bytes_of(tokens_of(tu, m.apposition));
    if (!m.via.empty()) {
      const ByteSpan v = bytes_of(tokens_of(tu, m.via));
      if (is_outlet(original_text(v))) a.via = v;
    }
    a.kind = kind_of(tu, m, id);
    drafts_.push_back(std::move(d));
    return drafts_.back().local;
  }

  // The source of the attribution whose cue ends at the comma before a gerund cue.
  std::optional<ByteSpan> source_of_cue_before(const TaggedUnit& tu, const TagMatch& m) const {
    if (m.cue.begin < 2 || tu.tags[m.cue.begin - 1] != ',') return std::nullopt;
    const std::uint32_t end = bytes_of(tokens_of(tu, {m.cue.begin - 2, m.cue.begin - 1})).end;
    constexpr std::size_t kRecent = 8;
    for (std::size_t k = drafts_.size(), seen = 0; k-- > 0 && seen < kRecent; ++seen)
      if (const Attribution& d = drafts_[k].a; d.cue && d.cue->end == end && d.source)
        return d.source;
    return std::nullopt;
  }

  // "was announced", "have been blamed", "is expected": the subject is not the speaker.
  bool is_passive(const TaggedUnit& tu, TagSpan cue) const {
    if (cue.empty()) return false;
    bool be = false;
    for (std::uint32_t i = cue.begin; i < cue.end; ++i) {
      const auto w = tokens_[tu.slots[i].begin].text(s_);
      if (tu.tags[i] == 'a')
        be = w == "is" || w == "was" || w == "were" || w == "are" || w == "been" || w == "be" ||
             w == "being" || w == "Is" || w == "Was";
      else if (tu.tags[i] == 'V' || tu.tags[i] == 'K')
        return be && (w.ends_with("ed") || w == "told" || w == "said" || w == "thought" ||
                      w == "known" || w == "shown" || w == "seen" || w == "found" || w == "sought");
    }
    return false;
  }

  AttributionKind kind_of(const TaggedUnit& tu, const TagMatch& m, RuleId id) const {
    if (id == RuleId::according_front || id == RuleId::according_back)
      return AttributionKind::according_to;
    if (id == RuleId::split_quote || id == RuleId::colon_block) return AttributionKind::direct;
    const std::string_view c =
        std::string_view(tu.tags).substr(m.content.begin, m.content.end - m.content.begin);
    if (c == "Q") return AttributionKind::direct;
    return c.find('Q') == std::string_view::npos ? AttributionKind::indirect
                                                 : AttributionKind::mixed;
  }

  std::string_view original_text(ByteSpan b) const {
    return norm_.original().substr(b.begin, b.end - b.begin);
  }

  // A paragraph that is only a quotation, right after a paragraph whose last attribution is a
  // direct quote, continues that speaker's quote (it has no cue of its own).
  void add_continuing_quotes(const std::vector<TokenRange>& units) {
    std::optional<ByteSpan> speaker;  // source of the last direct quote, while it may continue
    std::size_t d = 0;
    std::vector<std::uint32_t> by_start(drafts_.size());
    for (std::uint32_t i = 0; i < drafts_.size(); ++i) by_start[i] = i;
    std::sort(by_start.begin(), by_start.end(), [&](auto x, auto y) {
      return drafts_[x].a.content.front().begin < drafts_[y].a.content.front().begin;
    });
    for (const TokenRange& unit : units) {
      const std::uint32_t ub =
          static_cast<std::uint32_t>(norm_.to_original(tokens_[unit.begin].begin));
      const std::uint32_t ue =
          static_cast<std::uint32_t>(norm_.to_original(tokens_[unit.end - 1].end));
      bool unit_has = false;
      for (; d < by_start.size() && drafts_[by_start[d]].a.content.front().begin < ue; ++d) {
        const Attribution& a = drafts_[by_start[d]].a;
        if (a.content.front().begin < ub) continue;
        unit_has = true;
        if (!drafts_[by_start[d]].parent_local)
          speaker = a.kind == AttributionKind::direct ? a.source : std::nullopt;
      }
      if (unit_has || !tokens_[unit.begin].paragraph_start) continue;
      const std::uint32_t close = quote_close_[unit.begin];
      const bool only_quote =
          close != std::numeric_limits<std::uint32_t>::max() &&
          (close + 1 == unit.end ||
           (close + 2 == unit.end && tokens_[unit.end - 1].kind == TokenKind::punct));
      if (!only_quote || !speaker) {
        speaker.reset();
        continue;
      }
      Draft c;
      c.local = static_cast<std::uint32_t>(drafts_.size());
      c.a.kind = AttributionKind::direct;
      c.a.content = fragments_of({unit.begin, close + 1});
      c.a.source = speaker;
      c.a.rule = "continuing_quote";
      c.a.confidence = 0.7;
      drafts_.push_back(std::move(c));
    }
  }

  // A top-level quotation that no attribution covers is still reported speech: PolNeAR
  // annotates nearly every one. It is listed without cue or source, at low confidence.
  void add_bare_quotes() {
    // Content extents sorted by start, with the running maximum of their ends, so "does any
    // attribution overlap [b, e)?" is one binary search.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
    for (const Draft& d : drafts_)
      spans.emplace_back(d.a.content.front().begin, d.a.content.back().end);
    std::sort(spans.begin(), spans.end());
    std::vector<std::uint32_t> max_end(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i)
      max_end[i] = std::max(spans[i].second, i ? max_end[i - 1] : 0u);
    // Top-level attributions with a source, by content start: the candidates for a speaker.
    std::vector<std::pair<std::uint32_t, ByteSpan>> speakers;
    for (const Draft& d : drafts_)
      if (d.a.source && !d.parent_local)
        speakers.emplace_back(d.a.content.front().begin, *d.a.source);
    std::sort(speakers.begin(), speakers.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });

    for (const Quotation& q : quotes_) {
      if (q.depth != 0 || q.close - q.open < kMinBareQuoteTokens) continue;
      const ByteSpan b = bytes_of({q.open, q.close + 1});
      const auto it = std::lower_bound(spans.begin(), spans.end(), std::pair(b.end, 0u));
      const auto before = static_cast<std::size_t>(it - spans.begin());
      if (before > 0 && max_end[before - 1] > b.begin) continue;
      Draft c;
      c.local = static_cast<std::uint32_t>(drafts_.size());
      c.a.kind = AttributionKind::direct;
      c.a.content = fragments_of({q.open, q.close + 1});
      c.a.rule = "bare_quote";
      c.a.confidence = 0.3;
      // The speaker a reader assumes: the last one quoted within the two paragraphs before.
      auto sp = std::lower_bound(speakers.begin(), speakers.end(), b.begin,
                                 [](const auto& x, std::uint32_t v) { return x.first < v; });
      if (sp != speakers.begin() && paragraphs_between(std::prev(sp)->first, b.begin) == 0)
        c.a.source = std::prev(sp)->second;
      drafts_.push_back(std::move(c));
    }
  }

  // How many paragraph breaks lie between two byte offsets of the original text.
  std::size_t paragraphs_between(std::uint32_t from, std::uint32_t to) const {
    const auto text = norm_.original().substr(from, to - from);
    std::size_t breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n' && (i == 0 || text[i - 1] != '\n')) ++breaks;
    return breaks;
  }

  // Whether a verb of saying follows "seem" or "appear": "appeared to suggest", "seemed to
  // urge the opposite tactic" are the subject's words, only hedged.
  bool says_after(ByteSpan cue) const {
    const std::string_view text = norm_.original();
    std::string_view rest = text.substr(
        cue.begin, std::min<std::size_t>(cue.end - cue.begin + 40, text.size() - cue.begin));
    for (std::string_view verb : {"seem", "appear"})
      if (const auto k = rest.find(verb); k != std::string_view::npos) {
        rest.remove_prefix(k);
        break;
      }
    const auto to = rest.find(" to ");
    if (to == std::string_view::npos || rest.find(' ') != to) return false;
    rest.remove_prefix(to + 4);
    const std::string next = ascii::lowered(rest.substr(0, rest.find_first_of(" ,.;:\n")));
    // Acts of speech too rare as cues to be in the lexicon.
    for (std::string_view act : {"welcome", "mock", "implore", "contradict"})
      if (next == act) return true;
    const LexEntry* e = lookup_word(next);
    return e && (e->tag == tag::cue || e->tag == tag::tell) && e->lemma != "seem" &&
           e->lemma != "appear";
  }

  std::vector<Attribution> finish() {
    // Only now, so that a gerund cue and a continued quotation have still taken the subject
    // as their speaker ("Clinton appeared …, telling the crowd, “…”").
    for (Draft& d : drafts_) {
      Attribution& a = d.a;
      if (!a.source || (a.cue_lemma != "seem" && a.cue_lemma != "appear") || says_after(*a.cue))
        continue;
      a.judged = a.source;
      a.content.insert(a.content.begin(), *a.source);
      a.source.reset();
      a.source_apposition.reset();
    }
    std::vector<std::uint32_t> order(drafts_.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    auto key = [&](std::uint32_t i) {
      const Attribution& a = drafts_[i].a;
      return std::tuple(a.content.front().begin, a.cue ? a.cue->begin : 0u, a.content.front().end,
                        i);
    };
    std::sort(order.begin(), order.end(), [&](auto x, auto y) { return key(x) < key(y); });
    std::vector<std::uint32_t> id_of(drafts_.size());
    for (std::uint32_t rank = 0; rank < order.size(); ++rank) id_of[order[rank]] = rank + 1;
    std::vector<Attribution> out;
    out.reserve(order.size());
    for (std::uint32_t i : order) {
      Attribution a = std::move(drafts_[i].a);
      a.id = id_of[i];
      if (drafts_[i].parent_local) a.parent = id_of[*drafts_[i].parent_local];
      out.push_back(std::move(a));
    }
    return out;
  }

  NormalizedText norm_;
  const std::string& s_;
  std::vector<Token> tokens_;
  std::vector<Quotation> quotes_;
  std::vector<std::uint32_t> quote_close_;
  std::vector<Draft> drafts_;
  TaggedUnit tagged_;      // reused for every unit
  TokenRange extra_slot_;  // a quotation beyond the unit (colon_block)
};
}  // namespace

std::string_view kind_name(AttributionKind k) {
  switch (k) {
    case AttributionKind::direct:
      return "direct";
    case AttributionKind::indirect:
      return "indirect";
    case AttributionKind::mixed:
      return "mixed";
    case AttributionKind::according_to:
      return "according_to";
  }
  return "indirect";
}

std::vector<Attribution> extract_attributions(std::string_view text) {
  if (text.empty()) return {};
  return Extractor(text).run();
}

}  // namespace whosaid
