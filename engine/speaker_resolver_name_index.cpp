// The index of a text's person names the resolver looks names up in, built once per document;
// see speaker_resolver.hpp.
#include "engine/speaker_resolver.hpp"

namespace whosaid::speakers_detail {

namespace {
// Whether `word` also stands lower-cased as a whole word within a window around `at`
// ("young voters" near "Young Sanders"): then its capital only opened a sentence.
bool written_lower_near(std::string_view text, std::string_view word, std::uint32_t at) {
  constexpr std::uint32_t kWindow = 20000;
  if (word.empty() || !ascii::is_upper(word.front())) return false;
  std::string lower_word(word);
  lower_word[0] = ascii::to_lower(lower_word[0]);
  const std::uint32_t from = at > kWindow ? at - kWindow : 0;
  const std::string_view near = text.substr(from, 2 * kWindow);
  for (std::size_t k = near.find(lower_word); k != std::string_view::npos;
       k = near.find(lower_word, k + 1)) {
    const std::size_t e = k + lower_word.size();
    if ((k == 0 || !ascii::is_alpha(near[k - 1])) &&
        (e >= near.size() || !ascii::is_alpha(near[e])))
      return true;
  }
  return false;
}

// Whether a capitalized word has the shape of a participle or an adjective, not of a given
// name: "Understated Perez raises political profile" opens a headline. Short words are left
// alone ("Ted", "Reed", "Sterling").
bool adjective_shaped(std::string_view word) {
  if (word.size() < 7 || gender_of_given_name(word) != Gender::unknown) return false;
  for (const std::string_view end : {"ed", "ing", "ous", "ive", "ful", "less"})
    if (word.ends_with(end)) return true;
  return false;
}
}  // namespace

const Resolver::NameIndex& Resolver::index() const {
  if (!index_) {
    index_.emplace();
    build_index(*index_);
  }
  return *index_;
}

std::vector<NameMention>::const_iterator Resolver::first_name_from(std::uint32_t at) const {
  const auto& names = index().names;
  return std::lower_bound(names.begin(), names.end(), at,
                          [](const NameMention& m, std::uint32_t v) { return m.begin < v; });
}

void Resolver::build_index(NameIndex& x) const {
  x.names = find_person_names(text_, g_);
  add_short_mentions(x.names);
  std::vector<std::pair<std::uint32_t, Gender>> owned;  // "his aide, X": X and his gender
  for (std::uint32_t i = 0; i < x.names.size(); ++i) {
    NameMention& m = x.names[i];
    if (m.title.empty() && m.parts.size() >= 2) {
      m.title = apposition_after(m.end);
      Gender owner = Gender::unknown;
      if (m.title.empty()) m.title = description_before(m.begin, &owner);
      if (owner != Gender::unknown) owned.emplace_back(i, owner);
    }
  }
  x.own_gender.resize(x.names.size());
  std::unordered_map<std::string_view, Gender> of_given;  // given name -> gender, looked up once
  for (std::size_t i = 0; i < x.names.size(); ++i) {
    const NameMention& m = x.names[i];
    Gender g = m.said != Gender::unknown ? m.said
               : m.title.empty()         ? Gender::unknown
                                         : gender_of_title(m.title);
    if (g == Gender::unknown && m.parts.size() >= 2) {
      const auto [it, fresh] = of_given.try_emplace(m.parts.front(), Gender::unknown);
      if (fresh) it->second = gender_of_given_name(m.parts.front());
      g = it->second;
    }
    x.own_gender[i] = g;
  }
  for (std::uint32_t i = 0; i < x.names.size(); ++i) {
    const NameMention& m = x.names[i];
    // A building or a firm named after someone is not that someone's full name: "Trump
    // Tower" gives "Mr. Trump" no name.
    if (m.parts.size() >= 2 && !word_set<kBuildingWords>().contains(m.parts.back())) {
      for (const auto& p : m.parts) x.full_by_part[p].push_back(i);
      ++x.full_count[m.name];
      if (kin_before(m.begin)) x.kin_named.insert(m.name);
    }
    if (m.parts.size() == 1 && m.said != Gender::unknown)
      ++x.said_of_part[m.parts.front()][static_cast<std::size_t>(m.said)];
  }
  {
    std::unordered_set<std::string_view> elsewhere;
    for (std::uint32_t i = 0; i < x.names.size(); ++i) {
      const NameMention& m = x.names[i];
      if (m.parts.size() < 2) continue;
      const bool opens = m.begin == 0 || text_[m.begin - 1] == '\n' ||
                         (m.begin >= 2 && text_[m.begin - 1] == ' ' &&
                          (text_[m.begin - 2] == '.' || text_[m.begin - 2] == '"'));
      if (opens && x.own_gender[i] == Gender::unknown && !elsewhere.contains(m.name) &&
          (x.only_opening.contains(m.name) || adjective_shaped(m.parts.front()) ||
           written_lower_near(text_, m.parts.front(), m.begin)))
        x.only_opening.insert(m.name);
      else {
        elsewhere.insert(m.name);
        x.only_opening.erase(m.name);
      }
    }
  }
  // A bare surname stands for the full name the text gives for it.
  for (NameMention& m : x.names)
    if (m.name.empty()) {
      const Gender g = mention_gender(m);
      const NameMention* full =
          main_holder(x, m.parts.front(), full_name_in(x, m.parts.front(), m.begin, g), m.begin, g);
      m.name = full ? full->name : m.parts.front();
    }
  for (std::uint32_t i = 0; i < x.names.size(); ++i) {
    const NameMention& m = x.names[i];
    if (!m.title.empty()) {
      x.titled_by_name[m.name].push_back(i);
      // A title on a surname alone is also the full name's: "Ohio Gov. Kasich" titles John
      // Kasich. The mention keeps its own name, which pronouns are matched against.
      if (m.parts.size() == 1)
        if (const NameMention* full = full_name_in(x, m.name, m.begin, mention_gender(m));
            full && full->parts.back() == m.name)
          x.titled_by_name[full->name].push_back(i);
      x.titled.push_back(i);
      x.title_heads.insert(lower(last_word_of(m.title)));
    }
    // "(R-Tex.)", "(D)", and USA Today's ", R-N.H.,".
    const std::string_view after = text_.substr(m.end, 5);
    const std::string_view paren = after.substr(0, 4);
    if (paren == " (R-" || paren == " (D-" || paren == " (I-" || paren == " (R)" ||
        paren == " (D)" ||
        (after.size() == 5 && after.starts_with(", ") && (after[2] == 'R' || after[2] == 'D') &&
         after[3] == '-' && ascii::is_upper(after[4])))
      x.us_party.insert(m.name);
  }
  // Genders: what a mention's title or given name says, then spread to the other mentions
  // of the same name and surname ("Mr. Clarke" makes "Tom Clarke" male).
  x.gender.resize(x.names.size());
  std::unordered_map<std::string, Gender> by_surname;
  // Whose mentions gave the surname its gender: the one name, or empty for several.
  std::unordered_map<std::string_view, std::string_view> surname_holder;
  for (std::size_t i = 0; i < x.names.size(); ++i) {
    const NameMention& m = x.names[i];
    const Gender g = x.own_gender[i];
    x.gender[i] = g;
    if (g == Gender::unknown) continue;
    note_gender(x.gender_by_name, m.name, g);
    note_gender(by_surname, m.parts.back(), g);
    if (const auto [it, fresh] = surname_holder.try_emplace(m.parts.back(), m.name);
        !fresh && it->second != m.name)
      it->second = {};
  }
  for (std::size_t i = 0; i < x.names.size(); ++i) {
    const NameMention& m = x.names[i];
    if (const auto it = x.gender_by_name.find(m.name); it != x.gender_by_name.end()) {
      // A name the text gives both genders ("Mr. Clinton", "Mrs. Clinton") keeps each
      // mention's own.
      x.gender[i] = it->second == Gender::unknown ? x.own_gender[i] : it->second;
    } else if (const auto s = by_surname.find(m.parts.back());
               m.parts.size() == 1 && s != by_surname.end() &&
               (m.name.find(' ') == std::string::npos ||
                surname_holder.at(m.parts.back()) == m.name)) {
      // Only a bare surname takes a holder's gender: "Rakeyia Scott" is not her husband
      // Keith Lamont Scott's "he". Nor does a bare surname that stands for another holder:
      // "Fiorina" for Carly Fiorina is not her husband Frank's "he".
      x.gender[i] = s->second;
      x.gender_by_name.emplace(m.name, s->second);
    }
  }
  // "He summoned his senior climate adviser, Brian Deese": the owner is the last name
  // before of the possessive's gender.
  for (const auto& [i, want] : owned)
    for (std::uint32_t j = i; j-- > 0 && x.names[j].end + kOwnerReach > x.names[i].begin;)
      if (x.gender[j] == want && x.names[j].name != x.names[i].name) {
        x.owner_by_name.try_emplace(x.names[i].name, j);
        break;
      }
}

bool Resolver::kin_before(std::uint32_t at) const {
  std::string_view before = text_.substr(0, at);
  if (!before.ends_with(' ')) return false;
  before.remove_suffix(1);
  if (before.ends_with(',')) before.remove_suffix(1);
  return word_set<kKinNouns>().contains(last_word_of(before));
}

void Resolver::note_gender(std::unordered_map<std::string, Gender>& map, const std::string& key,
                           Gender g) {
  const auto [it, fresh] = map.try_emplace(key, g);
  if (!fresh && it->second != g) it->second = Gender::unknown;
}

void Resolver::add_short_mentions(std::vector<NameMention>& names) const {
  // Views into `names`, which stays in place until the merge below.
  std::unordered_set<std::string_view> parts, judged;
  for (const auto& m : names)
    if (m.parts.size() >= 2 && judged.insert(m.name).second && plain_name(m))
      for (const auto& p : m.parts) parts.insert(p);
  if (parts.empty()) return;
  // Which (first letter, length) pairs the parts have: most capitalized words of a text
  // ("The", "But", "Washington") are then passed over without hashing.
  std::array<std::uint64_t, 26> shapes{};
  for (std::string_view p : parts)
    if (!p.empty() && ascii::is_upper(p[0]))
      shapes[static_cast<std::size_t>(p[0] - 'A')] |= std::uint64_t{1}
                                                      << std::min<std::size_t>(p.size(), 63);
  std::vector<NameMention> shorts;
  std::size_t next = 0;  // the first found name not yet passed
  const std::size_t n = text_.size();
  for (std::size_t i = 0; i < n;) {
    while (i < n && !(text_[i] >= 'A' && text_[i] <= 'Z')) ++i;  // the common case: a tight loop
    if (i >= n) break;
    if (i > 0 && (ascii::is_alnum(text_[i - 1]) || text_[i - 1] == '-' || text_[i - 1] == '\'' ||
                  text_[i - 1] == '.')) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < text_.size() && (ascii::is_alnum(text_[e]) || text_[e] == '-')) ++e;
    while (next < names.size() && names[next].end <= i) ++next;
    const bool inside = next < names.size() && names[next].begin <= i;
    // The word holds letters, digits and hyphens only, so it needs no apostrophe folding.
    const bool shaped =
        (shapes[static_cast<std::size_t>(text_[i] - 'A')] >> std::min<std::size_t>(e - i, 63)) & 1;
    if (const auto word = text_.substr(i, e - i);
        shaped && !inside && e - i >= 2 && parts.contains(word)) {
      NameMention m;
      m.begin = static_cast<std::uint32_t>(i);
      m.end = static_cast<std::uint32_t>(e);
      m.parts.emplace_back(word);
      shorts.push_back(std::move(m));
    }
    i = e;
  }
  if (shorts.empty()) return;
  std::vector<NameMention> merged;
  merged.reserve(names.size() + shorts.size());
  std::merge(std::make_move_iterator(names.begin()), std::make_move_iterator(names.end()),
             std::make_move_iterator(shorts.begin()), std::make_move_iterator(shorts.end()),
             std::back_inserter(merged),
             [](const NameMention& a, const NameMention& b) { return a.begin < b.begin; });
  names = std::move(merged);
}

}  // namespace whosaid::speakers_detail
