// See source_check.hpp. The lists are short on purpose: a weak cue keeps its source when
// the head noun is any capitalized word, a pronoun, or a noun for people or bodies.
#include "engine/source_check.hpp"

#include "engine/ascii.hpp"
#include "engine/lexicon.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

// Cues that also describe things, not only speakers or thinkers.
constexpr std::string_view kWeakCues[] = {
    "seem",   "appear", "assume", "aim",    "highlight", "worry",      "feel",   "plan", "continue",
    "expect", "want",   "hope",   "signal", "reflect",   "underscore", "stress", "call", "pledge"};

constexpr std::string_view kSpeakingPronouns[] = {"he",  "she",  "they", "i",     "we",
                                                  "who", "both", "many", "some",  "most",
                                                  "few", "all",  "one",  "others"};

// Also a page's own labels before a headline or at the foot of a story: "Breaking: …",
// "Contributing: Nicole Gaudiano.", "Twitter: @Milbank.", "News Guide: …".
constexpr std::string_view kNoteLabels[] = {
    "correction", "update",   "clarification", "note",       "related",      "watch",     "read",
    "video",      "photos",   "editor's",      "editor’s",   "contributing", "breaking",  "byline",
    "twitter",    "facebook", "instagram",     "email",      "wow",          "exclusive", "photo",
    "opinion",    "analysis", "commentary",    "transcript", "boom",         "live",      "updated",
    "news",       "follow",   "contact"};

// Head nouns of people and bodies (singular and plural).
constexpr std::string_view kAnimateNouns[] = {"official",
                                              "officials",
                                              "leader",
                                              "leaders",
                                              "president",
                                              "minister",
                                              "spokesman",
                                              "spokeswoman",
                                              "spokesperson",
                                              "aide",
                                              "aides",
                                              "adviser",
                                              "advisers",
                                              "advisor",
                                              "advisors",
                                              "analyst",
                                              "analysts",
                                              "expert",
                                              "experts",
                                              "economist",
                                              "economists",
                                              "critic",
                                              "critics",
                                              "lawmaker",
                                              "lawmakers",
                                              "senator",
                                              "senators",
                                              "candidate",
                                              "candidates",
                                              "nominee",
                                              "voter",
                                              "voters",
                                              "supporter",
                                              "supporters",
                                              "people",
                                              "person",
                                              "man",
                                              "woman",
                                              "men",
                                              "women",
                                              "residents",
                                              "citizens",
                                              "americans",
                                              "republicans",
                                              "democrats",
                                              "government",
                                              "administration",
                                              "campaign",
                                              "company",
                                              "companies",
                                              "party",
                                              "committee",
                                              "agency",
                                              "department",
                                              "ministry",
                                              "council",
                                              "court",
                                              "group",
                                              "groups",
                                              "organization",
                                              "union",
                                              "bank",
                                              "banks",
                                              "fund",
                                              "investors",
                                              "firm",
                                              "firms",
                                              "officers",
                                              "police",
                                              "authorities",
                                              "diplomat",
                                              "diplomats",
                                              "family",
                                              "families",
                                              "parents",
                                              "students",
                                              "workers",
                                              "members",
                                              "member",
                                              "staff",
                                              "team",
                                              "side",
                                              "sides",
                                              "country",
                                              "countries",
                                              "nation",
                                              "nations",
                                              "state",
                                              "states",
                                              "city",
                                              "governor",
                                              "mayor",
                                              "judge",
                                              "director",
                                              "chairman",
                                              "chief",
                                              "executive",
                                              "executives",
                                              "host",
                                              "reporter",
                                              "reporters",
                                              "author",
                                              "writer",
                                              "scientist",
                                              "scientists",
                                              "researchers",
                                              "professor",
                                              "doctor",
                                              "doctors",
                                              "activists",
                                              "protesters",
                                              "demonstrators",
                                              "voter",
                                              "public",
                                              "majority",
                                              "most",
                                              "many",
                                              "some",
                                              "others",
                                              "everyone",
                                              "nobody",
                                              "secretary",
                                              "ambassador",
                                              "prosecutors",
                                              "investigators",
                                              "military",
                                              "army",
                                              "regime",
                                              "opposition",
                                              "alliance",
                                              "congress",
                                              "senate",
                                              "house",
                                              "kremlin",
                                              "white",
                                              "bloc",
                                              "enemies",
                                              "allies",
                                              "it",
                                              "mate",
                                              "wife",
                                              "husband",
                                              "son",
                                              "daughter"};

// "she'll" → "she", "it's" → "it".
std::string_view without_clitic(std::string_view w) {
  for (std::string_view c : {"'ll", "'s", "'d", "\xE2\x80\x99ll", "\xE2\x80\x99s",
                             "\xE2\x80\x99"
                             "d"})
    if (w.ends_with(c)) return w.substr(0, w.size() - c.size());
  return w;
}

// Plural agent nouns: "environmentalists", "regulars", "investors", "Georgians".
bool agentive_plural(std::string_view w) {
  for (std::string_view e : {"ists", "ers", "ors", "ians", "ars", "ees"})
    if (w.size() > e.size() + 2 && w.ends_with(e)) return true;
  return false;
}

}  // namespace

bool plausible_source(std::string_view cue_lemma, std::string_view first_word,
                      std::string_view head_word) {
  // A gerund ("Having said that") or "you" is never a reported speaker.
  const std::string first = ascii::lowered(first_word);
  if (first == "having" || first == "you" || first == "you're") return false;
  // The object of a relative clause ("Everything Trump says is a lie") or a copula's
  // ("that's something most business leaders would disagree with") is no speaker.
  if (first == "everything" || first == "anything" || first == "nothing" || first == "something" ||
      first == "whatever")
    return false;
  if (const std::string_view bare = without_clitic(first); bare.size() < first.size())
    for (std::string_view pronoun : {"that", "it", "there", "here", "what"})
      if (bare == pronoun) return false;
  // A phrase that ends on an article has lost its noun: "Following a swiftly called meeting".
  // So has one that ends on a word that only goes before a noun: "the mere mention of her
  // name could make him fume".
  for (std::string_view article : {"a", "an", "the", "A", "An", "The", "mere", "very", "sheer"})
    if (head_word == article) return false;
  // Labels of a newspaper's own notes: "Correction: October 2, …".
  if ((cue_lemma == ":" || cue_lemma.empty()) && word_set<kNoteLabels>().contains(first))
    return false;
  if (!word_set<kWeakCues>().contains(cue_lemma)) return true;
  if (head_word.empty() || ascii::is_upper(head_word.front())) return true;
  // A capitalized first word counts unless it is only capitalized for opening the sentence.
  const LexEntry* e = lookup_word(first);
  if (ascii::is_upper(first_word.front()) && !(e && e->tag == tag::determiner)) return true;
  const std::string head = ascii::lowered(without_clitic(head_word));
  // "As improbable as it may seem": the dummy "it" of a verb of appearance says nothing.
  // Nor do places: "the city can appear".
  if ((cue_lemma == "seem" || cue_lemma == "appear") &&
      (head == "it" || head == "city" || head == "state" || head == "country" || head == "nation"))
    return false;
  // What a thing shows is no one's statement: "experts say it underscores the regime's
  // determination". A body may still plan, want or hope ("it hopes to reap benefits").
  if (head == "it" && (cue_lemma == "underscore" || cue_lemma == "highlight" ||
                       cue_lemma == "reflect" || cue_lemma == "signal" || cue_lemma == "assume"))
    return false;
  return word_set<kSpeakingPronouns>().contains(head) || word_set<kAnimateNouns>().contains(head) ||
         agentive_plural(head);
}

bool possessive_of_name(std::string_view word) {
  // Only "'s": "He'll", "She'd" are clitics. Looked at before any copy, as most sources are
  // no possessive.
  if (word.size() <= 3 || !ascii::is_upper(word.front()) ||
      !(word.ends_with("'s") || word.ends_with("\xE2\x80\x99s")))
    return false;
  const std::string w = ascii::lowered(word);
  const std::string_view bare = without_clitic(w);
  return !word_set<kSpeakingPronouns>().contains(bare) && bare != "it" && bare != "that" &&
         bare != "there" && bare != "here" && bare != "what";
}

}  // namespace whosaid
