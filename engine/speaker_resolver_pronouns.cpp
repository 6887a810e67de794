// Pronouns and the subjects before them: "he", "they", "it" to the antecedent a reader would
// pick; see speaker_resolver.hpp.
#include "engine/speaker_resolver.hpp"

namespace whosaid::speakers_detail {
namespace {
// Words that open a subordinate clause put before a sentence's main clause.
constexpr std::string_view kSubordinators[] = {
    "Given", "Because", "Although", "Though", "While", "When",    "After",   "Before",
    "If",    "Since",   "Once",     "Unless", "Until", "Whether", "Whatever"};

// The subordinator that opens the sentence at `sentence`, or empty.
std::string_view subordinator_at(std::string_view text, std::uint32_t sentence) {
  const std::string_view opening = text.substr(sentence, 12);
  const std::string_view first = opening.substr(0, opening.find(' '));
  return word_set<kSubordinators>().contains(first) ? first : std::string_view();
}

// Whether the closing quotation marks ending at `k` close a sentence: ".” The" or "!'' He"
// (a capital after them; '," he said' and '!" he said' go on with the same sentence).
bool closes_quoted_sentence(std::string_view text, std::uint32_t k, std::uint32_t floor) {
  if (k + 1 >= text.size() || text[k] != ' ' || !ascii::is_upper(text[k + 1])) return false;
  std::uint32_t q = k;
  while (q > floor) {
    if (text[q - 1] == '"' || text[q - 1] == '\'')
      --q;
    else if (q >= floor + 3 && (text.substr(q - 3, 3) == "”" || text.substr(q - 3, 3) == "’"))
      q -= 3;
    else
      break;
  }
  return q < k && q > floor && (text[q - 1] == '.' || text[q - 1] == '!' || text[q - 1] == '?');
}
}  // namespace

std::uint32_t Resolver::sentence_start(std::uint32_t at, std::uint32_t look_back) const {
  const std::uint32_t floor = at > look_back ? at - look_back : 0;
  for (std::uint32_t k = at; k > floor; --k) {
    const char c = text_[k - 1];
    if (c == '\n') return k;
    if ((c != '.' && c != '!' && c != '?') || k >= at || text_[k] != ' ') continue;
    if (c == '.') {
      std::uint32_t w = k - 1;
      while (w > floor && text_[w - 1] != ' ' && text_[w - 1] != '\n') --w;
      if (is_abbreviation(text_.substr(w, k - w))) continue;
    }
    return k + 1;
  }
  return floor;
}

std::uint32_t Resolver::sentence_start_past_quotation(std::uint32_t at) const {
  const std::uint32_t start = sentence_start(at);
  for (std::uint32_t k = at; k > start + 1; --k) {
    // (Only a quotation mark's last byte before a space can close one: most bytes are no call.)
    const char q = text_[k - 2];
    if (text_[k - 1] != ' ' || (q != '"' && q != '\'' && q != '\x9D' && q != '\x99')) continue;
    if (closes_quoted_sentence(text_, k - 1, start)) return k;
  }
  return start;
}

std::string_view Resolver::addressee_after(std::uint32_t at) const {
  static constexpr std::string_view kTellVerbs[] = {"told",       "asked",   "assured",  "reminded",
                                                    "warned",     "urged",   "informed", "thanked",
                                                    "replied to", "answered"};
  std::string_view rest = text_.substr(at, 80);
  const auto space = rest.find(' ');
  if (space == std::string_view::npos) return {};
  rest.remove_prefix(space + 1);
  for (std::string_view verb : kTellVerbs) {
    if (!rest.starts_with(verb) || rest.size() <= verb.size() + 1 || rest[verb.size()] != ' ')
      continue;
    // The capitalized words after the verb; the last is the surname ("Mr. Trump", "Sean
    // Hannity").
    std::string_view surname;
    for (std::string_view w : split(rest.substr(verb.size() + 1), ' ')) {
      // A comma, a line's end or a sentence's period ends the name ("Rubio. He said"), where
      // an honorific's or an initial's does not ("Mr. Trump", "John F. Kennedy").
      const bool last = w.find_first_of(",;:\n") != std::string_view::npos ||
                        (w.ends_with('.') && w.size() > 2 && !is_honorific(w));
      w = w.substr(0, w.find('\n'));
      while (!w.empty() && !ascii::is_alpha(w.back())) w.remove_suffix(1);
      if (w.empty() || !ascii::is_upper(w[0])) break;
      surname = without_possessive(w);
      if (surname.size() != w.size() || last) break;
    }
    return surname;
  }
  return {};
}

bool Resolver::names_addressee(const NameMention& m) const {
  return !addressee_.empty() && !m.parts.empty() && m.parts.back() == addressee_;
}

bool Resolver::antecedent_fits(std::size_t i, Gender g) const {
  const NameIndex& idx = index();
  if (!gender_compatible(g, idx.gender[i])) return false;
  const NameMention& m = idx.names[i];
  if (names_addressee(m)) return false;
  // A preposition's object is no subject, unless it is the topic put in front: "As for Trump,
  // he said he's not worried" (not "was for Trump").
  if (!after_words(m.begin, "as for") && after_preposition(m.begin)) return false;
  // Nor is a run of capitals after an article that no given name opens: it names a thing,
  // "those of you not yet on the Trump Train", "the Lewisburg Green Dragons" (where "the
  // Sanders campaign" and "the Marco Rubio campaign" still stand for their person).
  if (m.title.empty() && m.parts.size() >= 2 && idx.gender[i] == Gender::unknown &&
      after_article(m.begin))
    return false;
  // A body the name finder took for a person: "a newly built Trump National Golf Club".
  if (idx.gender[i] == Gender::unknown && names_body_or_thing(m)) return false;
  if (idx.gender[i] != Gender::unknown || !m.title.empty() || person_key_.contains(m.name))
    return true;
  if (g_.person_side(m.name).has_value()) return true;
  return m.parts.size() >= 2 && plain_name(m);
}

bool Resolver::after_preposition(std::uint32_t at, bool past_title) const {
  std::uint32_t end = at;
  for (int words = 0; words < 4; ++words) {
    while (end > 0 && text_[end - 1] == ' ') --end;
    std::uint32_t begin = end;
    while (begin > 0 && ascii::is_alpha(text_[begin - 1])) --begin;
    if (end == begin) return false;
    const std::string_view word = text_.substr(begin, end - begin);
    // Past a title's words, capitalized or not: "about Democratic presidential candidate
    // Hillary Clinton" (a word the lexicon knows is no title's).
    if (!past_title) return is_preposition(lower(word));
    // One opening the sentence is capitalized: "At Boca West, where …, Jay DiPietro said".
    // (Prepositions are short: longer words are not looked up.)
    if (ascii::is_upper(word.front()) && word.size() <= 7 && sentence_start(begin) == begin &&
        is_preposition(lower(word)))
      return true;
    if (!ascii::is_upper(word.front())) {
      const std::string l = lower(word);
      if (is_preposition(l)) return true;
      if (lookup_word(l) || (!is_role_word(l) && !l.ends_with("al"))) return false;
    }
    end = begin;
  }
  return false;
}

bool Resolver::after_words(std::uint32_t at, std::string_view words) const {
  const std::size_t n = words.size() + 1;
  if (at < n || text_[at - 1] != ' ' || text_.substr(at - n + 1, n - 2) != words.substr(1) ||
      ascii::to_lower(text_[at - n]) != words.front())
    return false;
  return at == n || !ascii::is_alpha(text_[at - n - 1]);
}

bool Resolver::pronoun_between(std::uint32_t from, std::uint32_t to, Gender g) const {
  const std::string_view words[] = {g == Gender::female ? "she" : "he",
                                    g == Gender::female ? "She" : "He"};
  if (to <= from) return false;
  const std::string_view span = text_.substr(from, to - from);
  for (std::string_view w : words)
    for (std::size_t k = span.find(w); k != std::string_view::npos; k = span.find(w, k + 1)) {
      const std::size_t at = from + k;
      const bool left = at == 0 || !ascii::is_alpha(text_[at - 1]);
      const bool right = at + w.size() >= text_.size() || !ascii::is_alpha(text_[at + w.size()]);
      if (left && right && !inside_content(static_cast<std::uint32_t>(at))) return true;
    }
  return false;
}

bool Resolver::subject_after_clause(std::uint32_t sentence, const NameMention& m) const {
  if (subordinator_at(text_, sentence).empty()) return false;
  // The name opens the main clause, right after the comma that ends the first (a title may
  // come between), and owns nothing: "Given that he could rise, Trump's life …" is no subject.
  const std::string_view clause = text_.substr(sentence, m.begin - sentence);
  const auto comma = clause.find(", ");
  if (comma == std::string_view::npos || opens_possessive(text_.substr(m.end, 4))) return false;
  for (const auto w : split(clause.substr(comma + 2), ' '))
    if (!w.empty() && !ascii::is_upper(w[0])) return false;
  return true;
}

FrontedRole Resolver::role_in_fronted_clause(std::uint32_t sentence, const NameMention& m,
                                             std::uint32_t at) const {
  const std::string_view first = subordinator_at(text_, sentence);
  if (first.empty()) return FrontedRole::none;
  // The clause ends at the sentence's first comma, after the name and before the pronoun.
  // (Looked for only up to the pronoun: a text without commas is not read to its end.)
  const std::size_t found = text_.substr(sentence, at - sentence).find(", ");
  if (found == std::string_view::npos || sentence + found < m.end) return FrontedRole::none;
  // A lower-case word between the opener and the name: the clause's subject came before it.
  // Unless the name opens a clause of its own: "When the moderator pointed out that Trump
  // hadn't answered, he said" is Trump.
  const std::uint32_t from = sentence + static_cast<std::uint32_t>(first.size());
  std::string_view last_lower;
  for (const auto w : split(text_.substr(from, m.begin - from), ' '))
    if (!w.empty() && ascii::is_lower(w[0])) last_lower = w;
  if (last_lower.empty()) return FrontedRole::none;
  return last_lower == "that" ? FrontedRole::reported_subject : FrontedRole::object;
}

std::optional<std::size_t> Resolver::main_subject_after(std::size_t i,
                                                        std::uint32_t sentence) const {
  if (subordinator_at(text_, sentence).empty()) return std::nullopt;
  const auto& names = index().names;
  const std::size_t comma = text_.find(", ", names[i].end);
  if (comma == std::string_view::npos) return std::nullopt;
  std::size_t j = i + 1;
  while (j < names.size() && names[j].begin < comma) ++j;
  if (j == names.size() || sentence_start(names[j].begin) != sentence) return std::nullopt;
  // Only titles between the comma and the name: "…, Indiana Gov. Mike Pence has".
  const auto capitals_only = [&](std::size_t from, std::size_t to) {
    for (const auto w : split(text_.substr(from, to - from), ' '))
      if (!w.empty() && !ascii::is_upper(w[0])) return false;
    return true;
  };
  if (!capitals_only(comma + 2, names[j].begin)) return std::nullopt;
  if (owner_of_apposed_name(j)) return j + 1;
  if (possessor(j)) return std::nullopt;
  return j;
}

bool Resolver::possessor(std::size_t i) const {
  const NameMention& m = index().names[i];
  // (A name's run may end with its possessive: "Kyle Moss's".)
  const std::string_view run = text_.substr(m.begin, m.end - m.begin);
  return opens_possessive(text_.substr(m.end, 4)) || run.ends_with("'s") ||
         run.ends_with("\xE2\x80\x99s");
}

bool Resolver::owner_of_apposed_name(std::size_t i) const {
  const auto& names = index().names;
  // From the possessor to the name: "'s running mate — Indiana Gov. ".
  constexpr std::uint32_t kAppositionGap = 48;
  if (i + 1 >= names.size() || names[i + 1].begin > names[i].end + kAppositionGap || !possessor(i))
    return false;
  const std::string_view gap = text_.substr(names[i].end, names[i + 1].begin - names[i].end);
  return gap.find(", ") != std::string_view::npos || gap.find(" - ") != std::string_view::npos ||
         gap.find("\xE2\x80\x94") != std::string_view::npos;
}

bool Resolver::opens_coordinated_clause(std::uint32_t at) const {
  const std::string_view before = text_.substr(0, at);
  if (before.ends_with("; ")) return true;
  for (std::string_view conj : {", but ", ", and ", ", yet ", ", so "})
    if (before.ends_with(conj)) return true;
  return false;
}

bool Resolver::parenthetical_at(std::uint32_t at) const {
  if (!text_.substr(0, at).ends_with(", ")) return false;
  std::size_t k = at;
  while (k < text_.size() && ascii::is_alpha(text_[k])) ++k;  // the pronoun
  if (k >= text_.size() || text_[k] != ' ') return false;
  std::size_t e = ++k;
  while (e < text_.size() && ascii::is_alpha(text_[e])) ++e;  // the cue
  return e > k && e < text_.size() && text_[e] == ',';
}

std::optional<std::uint32_t> Resolver::subject_after_fronted_clause(Gender g, std::uint32_t at) {
  // A pronoun opening a clause put before its sentence's subject stands for that subject:
  // "Even as he accused the Justice Department …, Giuliani wouldn't speculate".
  static constexpr std::string_view kOpeners[] = {"As ",       "Even as ",     "While ", "Though ",
                                                  "Although ", "Even though ", "When ",  "After ",
                                                  "Before ",   "Since "};
  const std::uint32_t start = sentence_start(at);
  const std::string_view lead = text_.substr(start, at - start);
  if (g == Gender::unknown || !word_set<kOpeners>().contains(lead)) return std::nullopt;
  const std::string_view rest = text_.substr(at, 240);
  const auto comma = rest.find(", ");
  if (comma == std::string_view::npos ||
      rest.substr(0, comma).find_first_of(".;\"") != std::string_view::npos)
    return std::nullopt;
  const std::uint32_t after = at + static_cast<std::uint32_t>(comma) + 2;
  const auto it = first_name_from(after);
  if (it == index().names.end()) return std::nullopt;
  // The name opens the main clause, after a title at most: "…, Mayor Rudy Giuliani said".
  const std::string_view between = text_.substr(after, it->begin - after);
  if (between.size() > 40) return std::nullopt;
  for (auto w : split(between, ' '))
    if (!w.empty() && !ascii::is_upper(w[0])) return std::nullopt;
  const auto i = static_cast<std::size_t>(it - index().names.begin());
  if (!gender_compatible(g, index().gender[i])) return std::nullopt;
  return person_of(*it);
}

std::optional<std::uint32_t> Resolver::person_for_pronoun(Gender g, std::uint32_t at) {
  const NameIndex& idx = index();
  const auto& names = idx.names;
  // "he told Hannity" is not Hannity.
  const auto addressed = [&](std::uint32_t s) {
    return !addressee_.empty() && last_word_of(speakers_[s].name) == addressee_;
  };
  // Inside reported speech ("Flynn said Trump was right when he said …") the pronoun is
  // the reported clause's own subject: the nearest compatible person named in it.
  // Unless it opens a clause coordinated with the report, whose subject is the reporter's:
  // "He agreed that Trump may struggle, but he said that will change." So is one put in
  // as an aside: "Ms. Warren, she said, ''exposes him''".
  // So is the subject of the reported clause when the reporter is no name the look-back
  // below could find: "the senator insisted she hadn't discussed that".
  const auto opens_report = [&] {
    // Only a "he" or "she" itself; not "his wife", nor a description ("the front-runner").
    const std::string_view word = text_.substr(at, 4);
    if (g == Gender::unknown || !(word.starts_with("he ") || word.starts_with("she ")))
      return false;
    for (const ByteSpan& c : *parent_content_) {
      std::uint32_t b = c.begin;
      if (text_.substr(b, 5) == "that ") b += 5;
      if (b == at) return true;
    }
    return false;
  };
  if (const auto named = subject_after_fronted_clause(g, at)) return named;
  if (parent_content_ && parent_speaker_ &&
      (opens_coordinated_clause(at) || parenthetical_at(at) || opens_report()) &&
      speakers_[*parent_speaker_].kind == SpeakerKind::person &&
      gender_compatible(g, gender_[*parent_speaker_]))
    return parent_speaker_;
  if (parent_content_)
    for (const ByteSpan& c : *parent_content_) {
      if (at < c.begin || at >= c.end) continue;
      auto it = first_name_from(at);
      while (it != names.begin()) {
        const NameMention& m = *--it;
        if (m.begin < c.begin) break;
        const auto i = static_cast<std::size_t>(it - names.begin());
        // A possessor ("a gun in Scott's hand") is not the clause's subject, nor is a name
        // after an article, which modifies a noun ("the Trump meeting").
        if (opens_possessive(text_.substr(m.end, 4)) || after_article(m.begin)) continue;
        if (!inside_content(m.begin) && antecedent_fits(i, g)) return person_of(m);
      }
    }
  const std::uint32_t start = sentence_start_past_quotation(at);
  // The names of this sentence start here; the look-back below goes the other way from it.
  const auto sentence_names = first_name_from(start);
  // A participle put before the pronoun's clause has the pronoun for its subject: "Asked about
  // her vote if Clinton faces Trump, she replied" (the names in it are objects).
  const std::uint32_t main_clause = participle_opening_end(start, at);
  for (auto it = sentence_names; it != names.end() && it->end <= at; ++it) {
    const auto i = static_cast<std::size_t>(it - names.begin());
    if (it->begin < main_clause) continue;
    // Names in a clause put before the main one: its objects are not the pronoun's, the
    // subject of what it reports may be ("When the moderator pointed out that Trump …, he").
    const FrontedRole fronted = role_in_fronted_clause(start, *it, at);
    if (fronted == FrontedRole::object) continue;
    if ((inside_content(it->begin) && fronted != FrontedRole::reported_subject) ||
        !antecedent_fits(i, g) || owner_of_apposed_name(i))
      continue;
    // "He said he …": an earlier pronoun is the subject; follow the chain instead.
    if (!pronoun_between(start, it->begin, g)) return person_of(*it);
    break;
  }
  std::optional<std::uint32_t> quoted;
  std::uint32_t quoted_at = 0;
  for (auto r = recent_persons_.rbegin(); r != recent_persons_.rend(); ++r)
    if (gender_compatible(g, gender_[r->first]) && (pronoun_chain_ == 0 || r->second < at) &&
        !addressed(r->first)) {
      quoted = r->first;
      quoted_at = r->second;
      break;
    }
  const std::uint32_t floor = at > kPronounLookBack ? at - kPronounLookBack : 0;
  const bool narrated = !inside_quotation(at);
  auto back = sentence_names;
  std::optional<std::size_t> nearest, nearest_sure;
  while (back != names.begin()) {
    const NameMention& m = *--back;
    const auto i = static_cast<std::size_t>(back - names.begin());
    if (m.begin < floor || (quoted && m.begin <= quoted_at)) break;
    // A name the quotation itself speaks of ("Obama had will.i.am," he said) is no antecedent.
    if (inside_content(m.begin) || !antecedent_fits(i, g)) continue;
    // Nor is one an earlier quotation speaks of, seen from the narrative ("“I've met Mr.
    // Trump …” He noted that …"), though it may still open a sentence after the woman below.
    const bool quoted_word = narrated && inside_quotation(m.begin);
    if (!nearest && !quoted_word) nearest = i;
    // A "she" takes the nearest woman over an earlier subject whose gender nothing says
    // ("… Pat Kennedy is the greatest … a message from … Wendy Sherman … she wrote").
    // Not a possessor ("Ivanka Trump's statement"), nor over the speaker just quoted.
    if (g != Gender::unknown && idx.gender[i] == g && !nearest_sure && !quoted_word &&
        !opens_possessive(text_.substr(m.end, 4)))
      nearest_sure = i;
    // (The quoted speaker's mention and the name the index holds for it may start apart:
    // "Conservative economist Aparna Mathur".)
    constexpr std::uint32_t kSameMention = 200;
    if (nearest_sure && idx.gender[i] == Gender::unknown &&
        !(quoted && quoted_at + kSameMention > m.begin && m.begin + kSameMention > quoted_at)) {
      const std::uint32_t opens = sentence_start(m.begin);
      if (i == 0 || names[i - 1].end <= opens) return person_of(names[*nearest_sure]);
      continue;
    }
    if (quoted_word) continue;
    // A subject: the first name of its sentence, with no pronoun of the same gender before
    // it ("The difference, he told me, is … Mr. Trump": the subject is "he").
    const std::uint32_t opens = sentence_start(m.begin);
    // The quoted speaker opened this sentence, though not as a name the index knows
    // ("Obama said after meeting with … Putin"): a name after a preposition there is no
    // subject. (An addressee may answer: "Tapper asked Trump".) Nor is a name after an
    // article, which modifies a noun: "Wimes believes that the Clinton campaign took …".
    if (quoted && quoted_at >= opens && quoted_at < m.begin &&
        (after_preposition(m.begin, true) || after_article(m.begin)))
      break;
    // (A preposition's object before it is no subject: "Although it was far from the last
    // word about Democratic candidate Hillary Clinton's email scandal, Attorney General
    // Loretta Lynch took the last step".)
    // Nor is a name in a clause the sentence ends with: "The Republican vice presidential
    // nominee was speaking …, hours after Trump unleashed a flurry of tweets. The Indiana
    // governor said …".
    // (Or the subject of the main clause after one put before it: "When Mayor Tom Ridley tried
    // to defend the budget, Councilwoman Rosa Amador objected.")
    const auto first_of_sentence = [&] {
      return static_cast<std::size_t>(first_name_from(opens) - names.begin());
    };
    if (((i == 0 || names[i - 1].end <= opens || only_objects_before(i, opens)) &&
         !opens_trailing_clause(opens, m.begin)) ||
        main_subject_after(first_of_sentence(), opens) == i) {
      // A pronoun in a clause put before the subject looks ahead to it: "Given that he is in
      // his last months, Mr. Obama may …".
      if (pronoun_between(opens, m.begin, g) && !subject_after_clause(opens, m)) {
        // A sentence the same pronoun opens, with no speaker quoted since, is about the same
        // person: follow the chain back ("One voter, Guadalupe Potocacetpl, showed up … He had
        // protested Trump … with Sanders. '…,' he said").
        if (pronoun_chain_ < 3 && !(quoted && quoted_at >= opens) &&
            pronoun_between(opens, opens + 4, g)) {
          ++pronoun_chain_;
          const auto chained = person_for_pronoun(g, opens);
          --pronoun_chain_;
          if (chained) return chained;
        }
        break;
      }
      if (const auto main = main_subject_after(i, opens); main && antecedent_fits(*main, g))
        return person_of(names[*main]);
      return person_of(m);
    }
  }
  if (quoted) return quoted;
  if (nearest) return person_of(names[*nearest]);
  if (!last_person_ || (gender_compatible(g, gender_[*last_person_]) && !addressed(*last_person_)))
    return last_person_;
  // No subject of the pronoun's gender: a reader settles for the nearest such person named
  // as an object ("the very words of Abraham Lincoln … He concluded"), not for the last
  // speaker, who is of the other.
  for (auto b = sentence_names; b != names.begin();) {
    const NameMention& m = *--b;
    if (m.begin < floor) break;
    const auto i = static_cast<std::size_t>(b - names.begin());
    if (!inside_content(m.begin) && gender_compatible(g, idx.gender[i]) &&
        (idx.gender[i] == g || (m.parts.size() >= 2 && plain_name(m))) && !names_addressee(m))
      return person_of(m);
  }
  return std::nullopt;
}

std::uint32_t Resolver::participle_opening_end(std::uint32_t sentence, std::uint32_t at) const {
  static constexpr std::string_view kOpeningParticiples[] = {
      "Asked",     "Pressed",    "Questioned", "Challenged", "Told",
      "Speaking",  "Responding", "Reacting",   "Referring",  "Pointing",
      "Answering", "Addressing", "Commenting", "Confronted", "Writing"};
  const std::string_view opening = text_.substr(sentence, at - sentence);
  if (!word_set<kOpeningParticiples>().contains(opening.substr(0, opening.find(' '))))
    return sentence;
  const std::size_t comma = opening.rfind(", ");
  // The pronoun opens the main clause, right after the participle's comma.
  if (comma == std::string_view::npos || sentence + comma + 2 != at) return sentence;
  return at;
}

bool Resolver::opens_trailing_clause(std::uint32_t opens, std::uint32_t name) const {
  static constexpr std::string_view kClauseOpeners[] = {"after", "before", "while",    "because",
                                                        "since", "until",  "although", "though"};
  // The last lower-case word before the name (and its title), past the sentence's first word.
  // ("when" is left out: "there are times when Santilli plays …" is about Santilli.)
  std::string_view before = text_.substr(opens, name - opens);
  while (!before.empty()) {
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    const auto space = before.rfind(' ');
    if (space == std::string_view::npos) return false;
    const std::string_view w = before.substr(space + 1);
    if (w.empty() || !ascii::is_upper(w[0])) return word_set<kClauseOpeners>().contains(w);
    // A fronted phrase ends at its comma, and the subject follows: "Since Thursday, Mr. Khan".
    if (w.back() == ',') return false;
    before = before.substr(0, space);
  }
  return false;
}

bool Resolver::only_objects_before(std::size_t i, std::uint32_t opens) const {
  const auto& names = index().names;
  for (std::size_t j = i; j > 0 && names[j - 1].begin >= opens;) {
    const NameMention& m = names[--j];
    if (!after_preposition(m.begin, true) && !owner_of_apposed_name(j)) return false;
  }
  return true;
}

std::optional<std::uint32_t> Resolver::body_before(std::uint32_t at) {
  const std::string_view phrase = phrase_before(at);
  // Only a body or a country: anything else ("a study", "brain cancer") says nothing of who.
  const bool body = !phrase.empty() && phrase.size() <= 80 &&
                    (g_.side_in(phrase) || has_capitalized_org_word(phrase) ||
                     mentions_any<kOrgWords>(lower(phrase)));
  if (!body) return nearest_name_before(at);
  return classify_and_link(phrase, "", static_cast<std::uint32_t>(phrase.data() - text_.data()));
}

std::optional<std::uint32_t> Resolver::person_or_group_before(std::uint32_t at) {
  std::string_view phrase = phrase_before(at);
  // Two people named together take a plural verb: "Govs. Jeb Bush and Chris Christie, who say".
  if (const auto both = phrase.find(" and ");
      both != std::string_view::npos && both + 5 < phrase.size() &&
      ascii::is_upper(phrase[both + 5]) && plural_verb_after(at)) {
    std::string_view named = phrase;
    // Past a lower-case lead-in: "particularly", "including", "both".
    while (!named.empty() && ascii::is_lower(named[0]) && named.find(' ') < named.find(" and "))
      named.remove_prefix(named.find(' ') + 1);
    if (!named.empty() && ascii::is_upper(named[0]))
      return classify_and_link(named, "", static_cast<std::uint32_t>(named.data() - text_.data()));
  }
  // Past a place after the group: "nervous Democrats on Capitol Hill, who".
  for (std::string_view place : {" on ", " in ", " at ", " from "})
    if (const auto k = phrase.rfind(place); k != std::string_view::npos &&
                                            k + place.size() < phrase.size() &&
                                            ascii::is_upper(phrase[k + place.size()]))
      phrase = phrase.substr(0, k);
  // Past any place after a group: "political opponents on the left, who".
  for (std::string_view place : {" on the ", " in the ", " at the ", " from the "})
    if (const auto k = phrase.rfind(place);
        k != std::string_view::npos &&
        word_set<kGroupNouns>().contains(lower(last_word_of(phrase.substr(0, k)))))
      phrase = phrase.substr(0, k);
  // People someone has, named by the owner: "Mr. Trump's adult children, who believed".
  static constexpr std::string_view kOwnedPeople[] = {
      "children", "sons",    "daughters", "relatives", "aides",     "advisers",
      "advisors", "friends", "allies",    "lawyers",   "attorneys", "supporters"};
  if (word_set<kOwnedPeople>().contains(last_word_of(phrase))) {
    const Pieces words = split(phrase, ' ');
    std::size_t owner = words.size();  // the last word in the possessive
    for (std::size_t k = 0; k + 1 < words.size(); ++k)
      if (without_possessive(words[k]).size() < words[k].size()) owner = k;
    // Back over the owner's capitalized words: "Mr. Trump", "Hillary Clinton".
    std::size_t first = owner;
    while (first > 0 && first < words.size() && !words[first - 1].empty() &&
           ascii::is_upper(words[first - 1][0]))
      --first;
    if (first < words.size() && !words[first].empty() && ascii::is_upper(words[first][0])) {
      const std::string_view owned = phrase.substr(words[first].data() - phrase.data());
      return classify_and_link(owned, "", static_cast<std::uint32_t>(owned.data() - text_.data()));
    }
  }
  if (phrase.empty() || !word_set<kGroupNouns>().contains(lower(last_word_of(phrase)))) {
    // A party member named by their state is who the description names: "a partial reversal
    // for the Wisconsin Republican, who had pledged".
    if ((phrase.starts_with("the ") || phrase.starts_with("The ")) &&
        names_party_member(lower(last_word_of(phrase))))
      return classify_and_link(phrase, "",
                               static_cast<std::uint32_t>(phrase.data() - text_.data()));
    return head_name_before(at);
  }
  auto space = phrase.rfind(' ');
  // The group's own words: capitals and "and" before the plural ("both Democrats and
  // Republicans" → "Democrats and Republicans").
  while (space != std::string_view::npos) {
    const auto prev = phrase.rfind(' ', space - 1);
    const std::string_view w =
        phrase.substr(prev == std::string_view::npos ? 0 : prev + 1,
                      space - (prev == std::string_view::npos ? 0 : prev + 1));
    if (w.empty() || (!ascii::is_upper(w[0]) && w != "and")) break;
    space = prev;
  }
  if (space != std::string_view::npos) phrase = phrase.substr(space + 1);
  if (phrase.starts_with("and ")) phrase.remove_prefix(4);
  return classify_and_link(phrase, "", static_cast<std::uint32_t>(phrase.data() - text_.data()));
}

bool Resolver::plural_verb_after(std::uint32_t at) const {
  std::size_t k = text_.find(' ', at);
  if (k == std::string_view::npos) return false;
  ++k;
  std::size_t e = k;
  while (e < text_.size() && ascii::is_alpha(text_[e])) ++e;
  static constexpr std::string_view kPlural[] = {
      "say",  "believe", "argue", "have",  "are",   "were", "contend", "insist",  "claim",
      "want", "think",   "fear",  "worry", "agree", "warn", "accuse",  "complain"};
  return std::ranges::find(kPlural, text_.substr(k, e - k)) != std::end(kPlural);
}

std::optional<std::uint32_t> Resolver::body_for_it(std::uint32_t at, bool* other_subject) {
  std::uint32_t start = sentence_start(at);
  if (start >= at && at >= 2) start = sentence_start(at - 2);
  const std::string_view sentence = text_.substr(start, at - start);
  // Word by word up to the subject's verb: a capitalized run (with the "of", "for", "and",
  // "on" inside names), then lower-case words ("The Kazakh government").
  std::size_t k = sentence.starts_with("The ") ? 4 : 0;
  // A sentence that opens with anything else ("In a blog post, Twitter said", "But") has
  // its subject further in: no help.
  if (k == 0) {
    std::size_t e = 0;
    while (e < sentence.size() && ascii::is_alpha(sentence[e])) ++e;
    if (e == 0 || lookup_word(lower(sentence.substr(0, e)))) {
      // After a phrase put in front ("In cases of abortion, it said"), "it" is still the
      // last sentence's subject: "Trump's campaign backtracked, putting out a statement."
      if (sentence.ends_with(", ") && start >= 2 && start < at &&
          sentence.find_first_of(",;", 0) == sentence.size() - 2)
        return body_for_it(start, other_subject);
      return std::nullopt;
    }
  }
  std::size_t run_end = 0, end = 0, words = 0;
  bool lower_seen = false;
  while (k < sentence.size() && words < 7) {
    std::size_t e = k;
    while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',') ++e;
    const std::string_view w = sentence.substr(k, e - k);
    if (w.empty()) break;
    const bool inner = (w == "of" || w == "for" || w == "and" || w == "on") && run_end > 0;
    if (ascii::is_upper(w[0]) && !lower_seen) {
      run_end = end = e;
    } else if (!inner) {
      const std::string lw = lower(w);
      const LexEntry* lex = lookup_word(lw);
      // Right after the name, a word in -s is its verb: "The FBI needs to stay out … unless
      // it wants".
      const bool third_person =
          !lower_seen && run_end > 0 && lw.size() > 3 && lw.ends_with('s') && !lw.ends_with("ss");
      const bool verbish = (lex && lex->tag != tag::word && lex->tag != tag::determiner) ||
                           (lw.size() > 3 && (lw.ends_with("ed") || lw.ends_with("ly"))) ||
                           !ascii::is_lower(w[0]) || third_person;
      if (verbish || words >= 4) break;
      lower_seen = true;
      end = e;
    }
    ++words;
    if (e >= sentence.size() || sentence[e] == ',') break;
    k = e + 1;
  }
  if (end == 0 || words >= 7) return std::nullopt;  // nothing, or a title-case headline
  // "The Commission on Presidential Debates", not "the Council on Friday".
  const std::string_view phrase = without_time(sentence.substr(0, end));
  const std::string_view bare = strip_determiner(phrase);
  if (!lower_seen) {
    // A people or a party's members are a "they": "The Russians", "Republicans".
    if (bare.ends_with("ans")) *other_subject = true;
    if (*other_subject) return std::nullopt;
    // A lone word read as a surname is the body "it" stands for: "Twitter said in a
    // statement that it condemns …".
    if (bare.find(' ') == std::string_view::npos && !g_.side_of(bare) &&
        gender_of_given_name(bare) == Gender::unknown && named_inside_sentence(bare, at))
      if (const auto idx = classify_and_link(phrase, "", start); idx && as_body(*idx)) return idx;
    if (!g_.is_country(bare) && !has_capitalized_org_word(bare) && !g_.side_of(bare))
      return std::nullopt;  // an unknown name says nothing
    return classify_and_link(phrase, "", start);
  }
  // A body named by its common noun: "The report", "The Kazakh government", "The group".
  const std::string head = lower(last_word_of(bare));
  if (word_set<kWorkNouns>().contains(head) || mentions_any<kOrgWords>(head) ||
      word_set<kBodyHeads>().contains(head))
    return classify_and_link(phrase, "", start);
  *other_subject = true;
  return std::nullopt;
}

std::string_view Resolver::subject_sentence_before(std::uint32_t at,
                                                   std::initializer_list<std::string_view> openers,
                                                   std::uint32_t* start) const {
  *start = sentence_start(at);
  if (*start >= at && at >= 2) *start = sentence_start(at - 2);
  if (*start >= at) return {};
  std::string_view sentence = text_.substr(*start, at - *start);
  // A conjunction is no part of the subject after it.
  if (const std::string_view opener = sentence.substr(0, sentence.find(' '));
      opener.size() < sentence.size() && (word_set<kSubordinators>().contains(opener) ||
                                          std::ranges::find(openers, opener) != openers.end())) {
    sentence.remove_prefix(opener.size() + 1);
    *start += static_cast<std::uint32_t>(opener.size() + 1);
  }
  return sentence;
}

std::optional<std::uint32_t> Resolver::plural_subject_before(std::uint32_t at) {
  std::uint32_t start = 0;
  const std::string_view sentence =
      subject_sentence_before(at, {"But", "And", "Yet", "Whereas"}, &start);
  std::size_t end = 0, words = 0;
  for (std::size_t k = 0; k < sentence.size() && words <= 6;) {
    std::size_t e = k;
    while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',') ++e;
    const LexEntry* lex = lookup_word(lower(sentence.substr(k, e - k)));
    if (lex && (lex->tag == tag::aux || lex->tag == tag::cue || lex->tag == tag::tell)) break;
    end = e;
    ++words;
    // An example list after the subject is no part of it: "Proponents, including the
    // United States Conference of Mayors, have urged … although they say".
    if (e < sentence.size() && sentence[e] == ',' &&
        (sentence.substr(e).starts_with(", including ") ||
         sentence.substr(e).starts_with(", such as ")))
      break;
    if (e >= sentence.size() || sentence[e] == ',') return std::nullopt;
    k = e + 1;
  }
  const std::string_view phrase = sentence.substr(0, end);
  // The head noun stands before a place or body after it: "Some Democrats in Congress".
  std::string_view head = phrase;
  for (std::string_view prep : {" in ", " on ", " at ", " from "})
    if (const auto k = head.find(prep); k != std::string_view::npos) head = head.substr(0, k);
  const std::string_view last = last_word_of(head);
  // The sentence's first word is capitalized whatever it is: "Proponents", "Millennials"
  // (people, not "Things were bad"); so are parties and peoples ("Some Democrats").
  const bool lower_case =
      ascii::is_lower(last[0]) ||
      (last.size() > 1 && ascii::is_lower(last[1]) &&
       (last.size() == head.size() ? names_people(lower(last))
                                   : word_set<kGroupNouns>().contains(lower(last))));
  if (words == 0 || words > 6 || last.size() < 4 || !lower_case || !last.ends_with('s') ||
      last.ends_with("ss"))
    return std::nullopt;
  return classify_and_link(phrase, "", start);
}

std::optional<std::uint32_t> Resolver::named_pair_before(std::uint32_t at) {
  std::uint32_t start = 0;
  const std::string_view sentence = subject_sentence_before(at, {"As", "But"}, &start);
  // Capitalized words around one "and", up to the first lower-case word, which is the verb:
  // "As Gary Johnson and Bill Weld stumped across New England, they …".
  std::size_t end = 0, ands = 0, words = 0;
  for (std::size_t k = 0; k < sentence.size() && words <= 8;) {
    std::size_t e = k;
    while (e < sentence.size() && sentence[e] != ' ' && sentence[e] != ',') ++e;
    const std::string_view w = sentence.substr(k, e - k);
    if (w == "and") {
      ++ands;
    } else if (w.empty() || !ascii::is_upper(w[0])) {
      break;
    } else {
      end = e;
    }
    ++words;
    if (e >= sentence.size() || sentence[e] == ',') return std::nullopt;
    k = e + 1;
  }
  const std::string_view phrase = sentence.substr(0, end);
  const auto k = phrase.find(" and ");
  if (ands != 1 || k == std::string_view::npos || k + 5 >= phrase.size() || words > 8)
    return std::nullopt;
  const auto idx = classify_and_link(phrase, "", start);
  if (!idx || speakers_[*idx].kind != SpeakerKind::group) return std::nullopt;
  return idx;
}

std::string_view Resolver::phrase_before(std::uint32_t at) const {
  std::uint32_t end = at;
  // Past spaces, commas and the quotation marks of a quoted phrase: ‘"some people" who’.
  for (bool more = true; more;) {
    more = false;
    while (end > 0 && (text_[end - 1] == ' ' || text_[end - 1] == ',' || text_[end - 1] == '"'))
      --end, more = true;
    if (end >= 3 && text_.substr(end - 3, 2) == "\xE2\x80" &&
        (text_[end - 1] == '\x9D' || text_[end - 1] == '\x99'))
      end -= 3, more = true;
  }
  // A speaker phrase is short: its start is looked for only this far back.
  const std::uint32_t start = sentence_start(end, 200);
  std::string_view phrase = text_.substr(start, end - start);
  for (std::string_view cut : {" of ", " for ", " from ", " by ", " to ", ", "}) {
    const auto k = phrase.rfind(cut);
    if (k != std::string_view::npos) phrase = phrase.substr(k + cut.size());
  }
  return phrase;
}

std::optional<std::uint32_t> Resolver::head_name_before(std::uint32_t at) {
  const auto& names = index().names;
  auto it = std::upper_bound(names.begin(), names.end(), at,
                             [](std::uint32_t v, const NameMention& m) { return v < m.end; });
  if (it - names.begin() >= 2) {
    const NameMention& last = *std::prev(it);
    const NameMention& head = *std::prev(it, 2);
    std::string_view lead = text_.substr(0, last.begin);
    if (lead.ends_with(" the ")) lead.remove_suffix(4);
    const std::string_view gap = text_.substr(head.end, last.begin - head.end);
    const std::string_view tail = text_.substr(last.end, at - last.end);
    // "Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who": the
    // relative clause is the apposition's head's, not the place's or body's in it.
    const bool object = lead.ends_with(" in ") || lead.ends_with(" of ") ||
                        lead.ends_with(" at ") || lead.ends_with(" from ") ||
                        lead.ends_with(" for ");
    if (object && head.end <= last.begin && gap.starts_with(", ") &&
        gap.find_first_of(",.;\n", 2) == std::string_view::npos &&
        tail.find_first_not_of(", ") == std::string_view::npos)
      return person_of(head);
  }
  return nearest_name_before(at);
}

std::optional<std::uint32_t> Resolver::nearest_name_before(std::uint32_t at, std::uint32_t within) {
  const auto& names = index().names;  // in text order, so their ends increase
  auto it = std::upper_bound(names.begin(), names.end(), at,
                             [](std::uint32_t v, const NameMention& m) { return v < m.end; });
  if (it == names.begin() || at - std::prev(it)->end >= within) return last_any_;
  const NameMention& best = *std::prev(it);
  return person_of(best);
}

}  // namespace whosaid::speakers_detail
