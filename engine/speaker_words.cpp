// Text helpers of speaker resolution; see speaker_words.hpp.
#include "engine/speaker_words.hpp"

#include <algorithm>

#include "engine/lexicon.hpp"
#include "engine/names.hpp"
#include "engine/split.hpp"

namespace whosaid::speakers_detail {

bool ends_newspaper_name(std::string_view lower_word) {
  // The last part of a compound: "Sun-Times", "Post-Dispatch", "Star-Tribune".
  if (const auto hyphen = lower_word.rfind('-'); hyphen != std::string_view::npos && hyphen >= 3)
    lower_word.remove_prefix(hyphen + 1);
  return word_set<kOutletHeads>().contains(lower_word) ||
         word_set<kNewspaperHeads>().contains(lower_word);
}

bool has_capitalized_org_word(std::string_view phrase) {
  static const WordSet words(kCapitalizedOrgWords);
  for (auto w : split(phrase, ' ')) {
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    if (words.contains(w)) return true;
  }
  return false;
}

std::string lower(std::string_view s) {
  return ascii::lowered(s);
}

bool contains_any_word(std::string_view text_lower, std::string_view word) {
  std::size_t at = 0;
  while ((at = text_lower.find(word, at)) != std::string_view::npos) {
    const bool left = at == 0 || !ascii::is_alpha(text_lower[at - 1]);
    const std::size_t e = at + word.size();
    // A plural counts ("analysts"), a longer word does not ("pollster" is no "poll").
    const auto ends = [&](std::size_t k) {
      return k >= text_lower.size() || !ascii::is_alpha(text_lower[k]);
    };
    const bool right = ends(e) || (text_lower[e] == 's' && ends(e + 1));
    if (left && right) return true;
    ++at;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string_view without_time(std::string_view s) {
  for (std::string_view t :
       {" this week", " last week", " this month", " last month", " today", " yesterday",
        " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday",
        " on Sunday", " earlier", " later", " also", " again", " too", " at the time"})
    if (s.size() > t.size() && s.ends_with(t)) return s.substr(0, s.size() - t.size());
  return s;
}

std::string_view without_contraction(std::string_view s) {
  static constexpr std::string_view kCurly = "\xE2\x80\x99";  // U+2019
  std::size_t mark = s.rfind('\'');
  std::size_t width = 1;
  if (const auto curly = s.rfind(kCurly);
      curly != std::string_view::npos && (mark == std::string_view::npos || curly > mark)) {
    mark = curly;
    width = kCurly.size();
  }
  if (mark == std::string_view::npos) return s;
  const std::string_view aux = s.substr(mark + width), rest = s.substr(0, mark);
  if (aux != "ll" && aux != "d" && aux != "s" && aux != "re" && aux != "ve" && aux != "m") return s;
  const std::string l = lower(rest);
  const bool pronoun = word_set<kPersonPronouns>().contains(l) ||
                       word_set<kPluralPronouns>().contains(l) ||
                       word_set<kSelfPronouns>().contains(l) || l == "who" || l == "which";
  return pronoun ? rest : s;
}

std::string_view after_possessive(std::string_view s) {
  std::size_t cut = 0;
  for (std::string_view mark : {"'s ", "\xE2\x80\x99s "})
    if (const auto k = s.rfind(mark); k != std::string_view::npos)
      cut = std::max(cut, k + mark.size());
  return s.substr(cut);
}

std::string_view last_word_of(std::string_view s) {
  const auto space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

bool is_brand_name(std::string_view word) {
  static constexpr std::string_view kSurnamePrefixes[] = {"Mc",     "Mac",  "De", "Di",  "Da",
                                                          "Du",     "La",   "Le", "Van", "Von",
                                                          "Vander", "Fitz", "St", "Del", "Della"};
  for (std::size_t i = 2; i < word.size(); ++i)
    if (ascii::is_upper(word[i]) && ascii::is_lower(word[i - 1]))
      return !word_set<kSurnamePrefixes>().contains(word.substr(0, i));
  return false;
}

bool is_acronym(std::string_view word) {
  return word.size() >= 2 && std::any_of(word.begin(), word.end(), ascii::is_upper) &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return ascii::is_upper(c) || c == '.' || c == '-' || c == '&'; });
}

bool names_public_body(std::string_view text_lower) {
  return mentions_any<kGovernmentBodies>(text_lower) || mentions_any<kPublicBodyWords>(text_lower);
}

std::string_view last_two_words_of(std::string_view s) {
  const auto space = s.rfind(' ');
  if (space == std::string_view::npos || space == 0) return s;
  const auto before = s.rfind(' ', space - 1);
  return before == std::string_view::npos ? s : s.substr(before + 1);
}

std::string_view without_occasion(std::string_view s) {
  static constexpr std::string_view kOccasions[] = {
      "interview", "statement", "email", "letter",  "tweet",      "post",     "speech",
      "op-ed",     "memo",      "video", "remarks", "appearance", "briefing", "conversation"};
  if (s.empty() || !ascii::is_upper(s.front()) || !word_set<kOccasions>().contains(last_word_of(s)))
    return s;
  for (std::string_view in : {" in a ", " in an ", " in his ", " in her ", " in their "})
    if (const auto k = s.rfind(in); k != std::string_view::npos && k > 0) return s.substr(0, k);
  return s;
}

std::string_view issuer_of_document(std::string_view s) {
  static constexpr std::string_view kDocuments[] = {
      "statement", "report", "study",   "analysis",  "tweet",      "post",   "memo",
      "letter",    "email",  "release", "poll",      "survey",     "review", "readout",
      "filing",    "video",  "op-ed",   "editorial", "transcript", "blog"};
  static constexpr std::string_view kOpeners[] = {"a",   "an",    "the", "his", "her",
                                                  "its", "their", "A",   "An",  "The"};
  // (Most sources open otherwise or hold neither link: they are not split.)
  const std::string_view opener = s.substr(0, s.find(' '));
  if (opener.size() > 5 || std::ranges::find(kOpeners, opener) == std::end(kOpeners) ||
      (s.find(" from ") == std::string_view::npos && s.find(" by ") == std::string_view::npos))
    return s;
  const Pieces words = split(s, ' ');
  if (words.size() < 4) return s;
  // The document is the first or second word after the opener: "a written statement".
  std::size_t doc = 1;
  while (doc < 3 && doc < words.size() && !word_set<kDocuments>().contains(words[doc])) ++doc;
  if (doc == 3 || doc >= words.size()) return s;
  for (std::string_view link : {" from ", " by "}) {
    const auto k = s.rfind(link);
    if (k == std::string_view::npos || k < static_cast<std::size_t>(words[doc].data() - s.data()))
      continue;
    std::string_view issuer = s.substr(k + link.size());
    // What the document is about is no part of its issuer: "An analysis by Politifact of
    // presidential elections".
    if (const auto of = issuer.find(" of ");
        of != std::string_view::npos && of + 4 < issuer.size() && ascii::is_lower(issuer[of + 4]))
      issuer = issuer.substr(0, of);
    const std::string_view named = issuer.starts_with("the ") ? issuer.substr(4) : issuer;
    if (!named.empty() && ascii::is_upper(named.front())) return issuer;
  }
  return s;
}

std::string title_cased(std::string_view s) {
  std::string out;
  bool word_start = true;
  for (char c : s) {
    out += word_start ? c : ascii::to_lower(c);
    word_start = c == ' ' || c == '-';
  }
  return out;
}

bool is_preposition(std::string_view lower_word) {
  const LexEntry* e = lookup_word(lower_word);
  return e && e->tag == tag::preposition;
}

std::string sponsors_apart(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 1; i + 1 < out.size(); ++i)
    if ((out[i] == '-' || out[i] == '/') && ascii::is_alnum(out[i - 1]) &&
        ascii::is_upper(out[i + 1]))
      out[i] = ' ';
  return out;
}

bool speaks_for_owner(std::string_view plural) {
  if (plural == "supporters" || plural == "friends") return false;
  return word_set<kEntourageNouns>().contains(plural) || plural == "loyalists" ||
         plural == "surrogates";
}

bool names_people(std::string_view plural) {
  if (word_set<kGroupNouns>().contains(plural)) return true;
  for (std::string_view suffix : {"ers", "ors", "ists", "ans", "als", "ents", "ites"})
    if (plural.ends_with(suffix)) return true;
  return false;
}

bool title_fits(std::string_view title, std::string_view titles, std::string_view description) {
  static constexpr std::string_view kRanks[] = {"vice ",      "vice-",   "deputy ",
                                                "assistant ", "former ", "ex-"};
  for (auto t : split(titles, '|')) {
    const auto k = title.find(t);
    if (k == std::string_view::npos || !contains_any_word(title, t)) continue;
    bool ranked = false;
    for (std::string_view rank : kRanks)
      ranked = ranked || (k >= rank.size() && title.substr(k - rank.size(), rank.size()) == rank &&
                          description.find(rank) == std::string_view::npos);
    if (!ranked) return true;
  }
  return false;
}

std::string_view abbreviated(std::string_view rank) {
  static constexpr std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"general", "gen."},        {"governor", "gov."}, {"senator", "sen."},
      {"representative", "rep."}, {"admiral", "adm."},  {"colonel", "col."},
      {"lieutenant", "lt."},      {"sergeant", "sgt."}, {"captain", "capt."},
      {"professor", "prof."},     {"reverend", "rev."}, {"superintendent", "supt."}};
  for (const auto& [word, abbreviation] : kAbbreviations)
    if (rank == word) return abbreviation;
  return {};
}

bool names_share(std::string_view words) {
  static constexpr std::string_view kShares[] = {
      "half",    "third", "thirds", "quarter", "quarters", "majority", "minority",
      "percent", "most",  "share",  "two",     "three",    "four",     "five",
      "six",     "seven", "eight",  "nine",    "ten",      "fraction", "plurality"};
  for (auto w : split(words, ' ')) {
    if (word_set<kShares>().contains(w)) return true;
    if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
          return ascii::is_digit(c) || c == '%' || c == '.';
        }))
      return true;
  }
  return false;
}

std::string_view head_noun_of(std::string_view description) {
  // "One of the university's top executives": the noun after the share.
  for (std::string_view share :
       {"One of ", "one of ", "Some of ", "some of ", "Many of ", "many of ", "Two of ", "two of "})
    if (description.starts_with(share)) description.remove_prefix(share.size());
  for (std::string_view prep : {" of ", " for ", " at ", " in ", " with ", " from "})
    if (const auto k = description.find(prep); k != std::string_view::npos)
      description = description.substr(0, k);
  // A participle after the noun ends it, as a preposition does: "a Lebanese man visiting
  // Nice", not "a leading expert" (a lower-case noun follows the modifier).
  for (std::size_t k = description.find("ing "); k != std::string_view::npos;
       k = description.find("ing ", k + 1)) {
    const std::size_t b = description.rfind(' ', k);
    const std::size_t next = k + 4;
    if (b == std::string_view::npos || k - b < 4 || !ascii::is_lower(description[b + 1]) ||
        next >= description.size())
      continue;
    const std::string_view after = description.substr(next);
    const std::string_view word = after.substr(0, after.find(' '));
    if (ascii::is_upper(word.front()) || word == "the" || word == "a" || word == "his" ||
        word == "her" || word == "their") {
      description = description.substr(0, b);
      break;
    }
  }
  return last_word_of(description);
}

std::string_view strip_determiner(std::string_view s) {
  for (std::string_view d : {"the ", "The ", "a ", "A ", "an ", "An "})
    if (s.starts_with(d)) {
      s.remove_prefix(d.size());
      // A no-break space arrives as two spaces: "A\u00a0Bloomberg poll".
      while (s.starts_with(' ')) s.remove_prefix(1);
      return s;
    }
  return s;
}

bool opens_possessive(std::string_view s) {
  return s.starts_with("'s") || s.starts_with("\xE2\x80\x99s");
}

}  // namespace whosaid::speakers_detail
