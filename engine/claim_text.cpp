// See claim_text.hpp. Words are read straight from UTF-8 (ASCII letters and digits, any
// non-ASCII letter, apostrophes and hyphens inside words); the word lists below are keyed by
// Snowball stems computed once, so "supplies" finds "supply".
#include "engine/claim_text.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "engine/ascii.hpp"
#include "engine/stemmer.hpp"
#include "engine/word_set.hpp"

namespace whosaid {
namespace {

constexpr std::string_view kStopwords[] = {
    "a",       "an",     "the",      "and",       "or",        "but",     "if",     "then",
    "of",      "to",     "in",       "on",        "at",        "by",      "for",    "with",
    "from",    "into",   "onto",     "over",      "under",     "about",   "as",     "than",
    "that",    "this",   "these",    "those",     "it",        "its",     "it's",   "they",
    "them",    "their",  "he",       "him",       "his",       "she",     "her",    "we",
    "us",      "our",    "you",      "your",      "i",         "me",      "my",     "who",
    "whom",    "which",  "what",     "when",      "where",     "why",     "how",    "is",
    "are",     "was",    "were",     "be",        "been",      "being",   "has",    "have",
    "had",     "do",     "does",     "did",       "will",      "shall",   "can",    "also",
    "said",    "says",   "say",      "saying",    "told",      "tell",    "stated", "added",
    "very",    "more",   "most",     "much",      "many",      "some",    "any",    "all",
    "each",    "every",  "other",    "such",      "only",      "just",    "so",     "too",
    "there",   "here",   "up",       "out",       "after",     "before",  "while",  "since",
    "because", "though", "although", "both",      "either",    "own",     "same",   "again",
    "further", "once",   "yet",      "still",     "even",      "ever",    "per",    "via",
    "mr",      "mrs",    "ms",       "dr",        "one",       "two",     "new",    "year",
    "years",   "week",   "weeks",    "month",     "months",    "day",     "days",   "time",
    "last",    "next",   "first",    "according", "including", "despite", "among",  "between",
    "would",   "could",  "should",   "may",       "might",     "must",    "not",    "no",
    "never",   "none",   "nor",      "neither",   "without",   "nothing", "nobody"};

constexpr std::string_view kModals[] = {"may", "might", "could", "would", "should", "must"};
// "without" is left out: "X would struggle without China's support" negates nothing X says.
constexpr std::string_view kNegators[] = {"not",    "never",   "no",      "none",
                                          "nobody", "nothing", "neither", "nor"};

// Broad concepts: words that name the same kind of act, so "participation in the war" meets
// "a top supplier to the assault". The first word of each list names the concept.
constexpr std::string_view kConcepts[] = {
    "support:support,supply,supplier,provide,aid,assist,assistance,help,back,arm,equip,deliver,"
    "participate,participation,contribute,fund,finance,sell,export,component",
    "war:war,invasion,invade,assault,conflict,offensive,attack,fight,fighting,battle,"
    "military,weapon,weapons,troops,strike",
    "sanction:sanction,sanctions,penalty,restriction,embargo,punish",
    "peace:peace,ceasefire,truce,negotiation,negotiate,talks,settlement,dialogue,diplomacy",
    "trade:trade,commerce,economic,economy,import,tariff,market",
    "threat:threat,threaten,danger,dangerous,risk,warn", "deny:deny,denial,reject,refute,dismiss",
    "accuse:accuse,accusation,allege,allegation,blame,charge",
    // Diplomatic vocabulary: readouts of one meeting say the same thing in different words.
    "cooperation:cooperation,cooperate,partnership,partner,ties,relations,relationship,"
    "collaboration,collaborate,alliance,friendship,coordination,coordinate",
    "deepen:deepen,strengthen,enhance,boost,advance,promote,intensify,bolster,broaden,expand",
    "meet:meet,meeting,visit,summit,call,conversation,phone,held",
    "resume:resume,restore,reopen,reestablish,revive,renew",
    "stability:stability,stable,security,secure,order,calm",
    "sovereignty:sovereignty,territorial,integrity,independence,interference,interfere",
    "energy:energy,oil,gas,pipeline,fuel,power", "invite:invite,invitation,host",
    "consensus:consensus,accord,understanding,common,shared,joint",
    "development:development,develop,prosperity,investment,invest,infrastructure",
    "climate:climate,environment,emission,emissions,carbon,warming",
    "rights:rights,freedom,freedoms,democracy,democratic",
    "nuclear:nuclear,atomic,warhead,missile,missiles,denuclearization",
    "humanitarian:humanitarian,civilian,civilians,refugee,refugees,relief",
    "respect:respect,core,interests,concern,concerns,sensitivities"};

// Opposite predicates: each line is "positive|negative" words of one pole pair.
constexpr std::string_view kPoles[] = {
    "support|oppose,opposition",
    "increase,rise,grow,growth,expand,raise|decrease,fall,shrink,decline,reduce,cut,lower",
    "legitimate,legal,lawful|illegitimate,illegal,unlawful",
    "accept,approve|reject,refuse",
    "strengthen,strong|weaken,weak",
    "win,victory|lose,loss,defeat",
    "agree,agreement|disagree,disagreement",
    "allow,permit|ban,prohibit,forbid",
    "true,accurate|false,untrue,inaccurate",
    "improve,better|worsen,worse",
    "success,succeed,successful|failure,fail,failed"};

struct Tables {
  std::unordered_map<std::string, std::string> concept_of;  // stem -> concept
  std::unordered_map<std::string, std::string> pole_of;     // stem -> "increase+" / "…-"
  Tables() {
    for (std::string_view spec : kConcepts) {
      const auto colon = spec.find(':');
      const std::string name(spec.substr(0, colon));
      std::string_view rest = spec.substr(colon + 1);
      while (!rest.empty()) {
        const auto comma = rest.find(',');
        concept_of.emplace(stem(rest.substr(0, comma)), name);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      }
    }
    for (std::string_view spec : kPoles) {
      const auto bar = spec.find('|');
      std::string_view pos = spec.substr(0, bar), neg = spec.substr(bar + 1);
      const std::string name(pos.substr(0, pos.find(',')));
      for (auto [list, sign] : {std::pair{pos, '+'}, std::pair{neg, '-'}}) {
        while (!list.empty()) {
          const auto comma = list.find(',');
          pole_of.emplace(stem(list.substr(0, comma)), name + sign);
          list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        }
      }
    }
  }
};
const Tables& tables() {
  static const Tables t;
  return t;
}

struct Word {
  std::string_view text;  // as written, possessive stripped
  std::size_t begin = 0;  // byte offset in the claim text
  bool capitalized = false;
  bool number = false;
};

bool is_apostrophe_at(std::string_view s, std::size_t i) {
  return s[i] == '\'' || s.substr(i, 3) == "\xE2\x80\x99";
}

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const bool starts = ascii::is_alnum(static_cast<char>(c)) || (c >= 0xC3 && c != 0xE2);
    if (!starts) {
      ++i;
      continue;
    }
    const std::size_t b = i;
    while (i < s.size()) {
      const auto d = static_cast<unsigned char>(s[i]);
      if (ascii::is_alnum(static_cast<char>(d)) || (d >= 0x80 && d != 0xE2)) {
        ++i;
      } else if ((d == '-' || d == '.' || d == ',') && i + 1 < s.size() && ascii::is_digit(s[b]) &&
                 ascii::is_digit(s[i + 1])) {
        ++i;  // 1,000 / 2.5
      } else if (is_apostrophe_at(s, i) && i + 1 < s.size()) {
        const std::size_t n = s[i] == '\'' ? 1 : 3;
        if (i + n < s.size() && ascii::is_alpha(s[i + n]))
          i += n;
        else
          break;
      } else {
        break;
      }
    }
    std::string_view w = s.substr(b, i - b);
    for (std::string_view p : {"'s", "\xE2\x80\x99s"})
      if (w.size() > p.size() && w.ends_with(p)) w.remove_suffix(p.size());
    Word word{w, b, ascii::is_upper(w.front()), ascii::is_digit(w.front())};
    out.push_back(word);
  }
  return out;
}

double scale_of(std::string_view w) {
  if (w == "trillion") return 1e12;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "million" || w == "mn") return 1e6;
  if (w == "thousand") return 1e3;
  return 0;
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::vector<std::string> ClaimText::topic() const {
  std::vector<std::string> out;
  out.reserve(terms.size() + entities.size() + concepts.size());
  for (const auto& e : entities) out.push_back("e:" + e);
  for (const auto& c : concepts) out.push_back("c:" + c);
  for (const auto& t : terms) out.push_back("t:" + t);
  std::sort(out.begin(), out.end());
  return out;
}

ClaimText analyze_claim_text(std::string_view text, const Gazetteer& g) {
  const Tables& tab = tables();
  ClaimText ct;
  const auto words = words_of(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const std::string lower = ascii::lowered(w.text);
    if (w.number) {
      std::string digits;
      for (char c : w.text)
        if (c != ',') digits += c;
      char* end = nullptr;
      double value = std::strtod(digits.c_str(), &end);
      std::string unit;
      std::size_t last = i;
      if (w.begin > 0 && std::string_view("$\xE2\x82\xAC\xC2\xA3").find(text[w.begin - 1]) !=
                             std::string_view::npos)
        unit = text[w.begin - 1] == '$' ? "$" : "currency";
      if (i + 1 < words.size()) {
        const std::string next = ascii::lowered(words[i + 1].text);
        if (const double sc = scale_of(next); sc > 0) {
          value *= sc;
          last = i + 1;
        }
      }
      const std::size_t after = w.begin + w.text.size();
      if (after < text.size() && text[after] == '%') unit = "percent";
      if (unit.empty() && last + 1 < words.size()) {
        const std::string next = ascii::lowered(words[last + 1].text);
        if (next == "percent" || next == "per")
          unit = "percent";
        else if (!word_set<kStopwords>().contains(next) && !words[last + 1].number)
          unit = stem(next);
      }
      // A bare four-digit number between 1900 and 2100 is a year, not a quantity.
      const bool year = unit.empty() && w.text.size() == 4 && value >= 1900 && value <= 2100;
      if (!year && !unit.empty()) {
        const std::size_t stop = words[last].begin + words[last].text.size();
        std::size_t from = w.begin;
        if (from > 0 && unit == "$") --from;
        ct.numbers.push_back({value, unit, std::string(text.substr(from, stop - from))});
      }
      continue;
    }
    // Negation: "not", "never", "no evidence", and "n't" contractions.
    if (word_set<kNegators>().contains(lower)) {
      std::string neg = lower;
      if (lower == "no" && i + 1 < words.size() && !words[i + 1].capitalized) {
        neg += ' ';
        neg += words[i + 1].text;  // lower-case already: it is not capitalized
      }
      ct.negators.push_back(std::move(neg));
      continue;
    }
    if (lower.ends_with("n't") || lower.ends_with("n\xE2\x80\x99t")) {
      ct.negators.push_back(lower);
      continue;
    }
    if (ct.modality.empty() && word_set<kModals>().contains(lower)) ct.modality = lower;
    if (word_set<kStopwords>().contains(lower)) continue;
    if (w.capitalized) {
      // The longest run of up to three capitalized words that names a side or a person.
      bool named = false;
      for (std::size_t n = 3; n >= 1 && !named; --n) {
        if (i + n > words.size()) continue;
        bool caps = true;
        for (std::size_t k = i; k < i + n; ++k) caps = caps && words[k].capitalized;
        if (!caps) continue;
        const std::string_view span =
            text.substr(w.begin, words[i + n - 1].begin + words[i + n - 1].text.size() - w.begin);
        if (auto side = g.side_of(span)) {
          ct.entities.push_back(*side);
          i += n - 1;
          named = true;
        } else if (auto person = g.person_by_part(words[i + n - 1].text); person && n <= 2) {
          ct.entities.push_back(*person);
          i += n - 1;
          named = true;
        }
      }
      if (named) continue;
    }
    if (lower.size() < 2) continue;
    std::string s = stem(lower);
    if (auto c = tab.concept_of.find(s); c != tab.concept_of.end())
      ct.concepts.push_back(c->second);
    if (auto p = tab.pole_of.find(s); p != tab.pole_of.end()) ct.poles.push_back(p->second);
    ct.terms.push_back(std::move(s));
  }
  sort_unique(ct.terms);
  sort_unique(ct.entities);
  sort_unique(ct.concepts);
  sort_unique(ct.poles);
  return ct;
}

bool opposite_poles(const ClaimText& x, const ClaimText& y, std::vector<std::string>& evidence) {
  for (const auto& p : x.poles)
    for (const auto& q : y.poles)
      if (p.substr(0, p.size() - 1) == q.substr(0, q.size() - 1) && p.back() != q.back()) {
        evidence = {p, q};
        return true;
      }
  return false;
}

bool numbers_differ(const ClaimText& x, const ClaimText& y, std::vector<std::string>& evidence) {
  for (const Quantity& p : x.numbers)
    for (const Quantity& q : y.numbers) {
      if (p.unit != q.unit) continue;
      const double big = std::max(std::abs(p.value), std::abs(q.value));
      if (big > 0 && std::abs(p.value - q.value) / big > 0.02) {
        evidence = {p.written, q.written};
        return true;
      }
      return false;
    }
  return false;
}

double topic_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b,
                     std::vector<std::string>* shared) {
  if (a.empty() || b.empty()) return 0;
  std::size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      if (shared) shared->push_back(*i);
      ++i, ++j;
    }
  }
  return static_cast<double>(n) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace whosaid
