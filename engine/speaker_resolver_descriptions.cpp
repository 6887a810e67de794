// Descriptions to the entity they name: "the Russian president", "his top aide", "the paper",
// "the survey"; see speaker_resolver.hpp.
#include "engine/speaker_resolver.hpp"
#include "engine/tokenize.hpp"

namespace whosaid::speakers_detail {

std::string_view Resolver::work_named_after(std::uint32_t from, std::string_view noun) const {
  const std::string_view zone = text_.substr(from, 3 * kHeadZone);
  for (std::size_t k = zone.find(noun); k != std::string_view::npos; k = zone.find(noun, k + 1)) {
    const std::size_t end = k + noun.size();
    if (k < 2 || zone[k - 1] != ' ' || (end < zone.size() && ascii::is_alpha(zone[end]))) continue;
    // Back over the capitalized words before the noun, and the few plain words a poll's
    // name carries: "a new Washington Post-ABC News national poll".
    static constexpr std::string_view kPlain[] = {"national", "nationwide", "tracking", "opinion",
                                                  "exit",     "online",     "state",    "new",
                                                  "latest",   "recent"};
    std::size_t begin = k, named = k;
    while (begin >= 2 && zone[begin - 1] == ' ') {
      std::size_t w = begin - 1;
      while (w > 0 && zone[w - 1] != ' ' && zone[w - 1] != '\n') --w;
      const std::string_view word = zone.substr(w, begin - 1 - w);
      if (word.empty()) break;
      if (ascii::is_upper(word[0]))
        named = w;
      else if (!word_set<kPlain>().contains(word))
        break;
      begin = w;
    }
    // From where the phrase's speaker key starts: the words after its article.
    if (named < k) return zone.substr(begin, end - begin);
  }
  return {};
}

std::optional<std::uint32_t> Resolver::outlet_before(std::uint32_t at) {
  constexpr std::uint32_t kLookBack = 1500;
  const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
  const auto outlet = g_.last_outlet_in(text_.substr(floor, at - floor), [](std::string_view w) {
    return ends_newspaper_name(lower(w));
  });
  if (!outlet) return std::nullopt;
  // Named as an organization directly: a look-up by name might take "CNN:" for a label.
  const auto side = g_.side_of(*outlet);
  return find_or_add("org:" + lower(*outlet), std::string(*outlet), SpeakerKind::organization, "",
                     side ? *side : "media");
}

std::optional<std::uint32_t> Resolver::named_body_before(std::string_view noun, std::uint32_t at) {
  constexpr std::uint32_t kLookBack = 3000;
  const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
  const std::string_view window = text_.substr(floor, at - floor);
  const auto is_word_char = [](char c) {
    return ascii::is_alnum(c) || c == '\'' || c == '.' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  const auto capitalized_at = [&](std::size_t b) {
    return b < window.size() && ascii::is_upper(window[b]);
  };
  for (std::size_t k = window.size(); k > 0;) {
    // Case-blind search backwards for the noun as a whole word, in place: a lowered copy of
    // the window and rfind cost 0.5% of all extraction in instructions.
    std::size_t hit = std::string_view::npos;
    for (std::size_t i = k; i-- > 0;) {
      if (i + noun.size() > window.size()) continue;
      if (ascii::to_lower(window[i]) != noun[0]) continue;
      bool same = true;
      for (std::size_t j = 1; j < noun.size() && same; ++j)
        same = ascii::to_lower(window[i + j]) == noun[j];
      if (!same) continue;
      const std::size_t e = i + noun.size();
      if ((i > 0 && is_word_char(window[i - 1])) ||
          (e < window.size() && ascii::is_alpha(window[e])))
        continue;
      hit = i;
      break;
    }
    if (hit == std::string_view::npos) return std::nullopt;
    k = hit;
    // The capitalized words before it, with "of"/"for"/"on" inside names.
    std::size_t b = hit;
    while (b > 0) {
      std::size_t pb = b - 1;
      while (pb > 0 && window[pb - 1] == ' ') --pb;
      if (pb == 0 || window[pb] != ' ') break;
      std::size_t wb = pb;
      while (wb > 0 && is_word_char(window[wb - 1])) --wb;
      if (wb == pb || !capitalized_at(wb) || lookup_word(lower(window.substr(wb, pb - wb))))
        break;  // "The", "Yesterday" open the sentence, not the name
      b = wb;
    }
    std::size_t e = hit + noun.size();
    if (capitalized_at(hit)) {
      // The name may go on after the noun, through "of", "for" or "on" when a capital
      // follows: "Commission on Presidential Debates".
      for (std::size_t n = e; n + 1 < window.size() && window[n] == ' ';) {
        const std::size_t wb = n + 1;
        std::size_t we = wb;
        while (we < window.size() && is_word_char(window[we])) ++we;
        const std::string_view w = window.substr(wb, we - wb);
        n = we;
        if (w == "of" || w == "for" || w == "on") continue;
        if (!capitalized_at(wb)) break;
        e = we;
      }
      while (e > hit && !ascii::is_alnum(window[e - 1])) --e;
    } else if (b == hit) {
      continue;  // a common noun with no name before it: "the campaign" again
    }
    const std::string_view name = window.substr(b, e - b);
    if (name.find(' ') == std::string_view::npos) continue;  // "Network" opening a sentence
    return classify_and_link(name, "", floor + static_cast<std::uint32_t>(b));
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Resolver::possessor_people(std::string_view bare, std::uint32_t at) {
  // Some of them speak for the same side: "one of Mr. Obama's climate advisers".
  for (std::string_view some : {"one of ", "some of ", "many of ", "several of ", "two of ",
                                "One of ", "Some of ", "Many of ", "Several of ", "Two of "})
    if (bare.starts_with(some)) {
      const auto o = possessor_people(bare.substr(some.size()), at);
      if (!o) return std::nullopt;
      const Speaker owner = speakers_[*o];
      return derived(*o, find_or_add("owned:" + lower(bare), std::string(bare),
                                     some.starts_with("one") || some.starts_with("One")
                                         ? SpeakerKind::anonymous
                                         : SpeakerKind::group,
                                     "", owner.side));
    }
  std::size_t mark = bare.find("'s ");
  std::size_t width = 3;
  if (mark == std::string_view::npos) {
    mark = bare.find("\xE2\x80\x99s ");
    width = 5;
  }
  // A name ending in "s" may take the apostrophe alone: "Sanders’ campaign".
  for (const std::string_view bare_mark :
       {std::string_view("s' "), std::string_view("s\xE2\x80\x99 ")})
    if (mark == std::string_view::npos)
      if (const auto k = bare.find(bare_mark); k != std::string_view::npos) {
        mark = k + 1;
        width = bare_mark.size() - 1;
      }
  if (mark == std::string_view::npos || mark == 0) return std::nullopt;
  const std::string_view owner = bare.substr(0, mark);
  // The owner may be a description of someone the text named: "the former vice president's
  // spokeswoman" is Gore's, not Gore. Only a role ends it ("the party's nominee" is no one's
  // agent) and only staff follow it.
  if (!ascii::is_upper(bare[0])) {
    static constexpr std::string_view kAgents[] = {
        "spokeswoman", "spokesman", "spokesperson",   "aide",   "adviser",  "advisor",
        "lawyer",      "attorney",  "representative", "office", "campaign", "staff"};
    const std::string rest_lower = lower(bare.substr(mark + width));
    const std::string_view agent = last_word_of(rest_lower);
    if (!is_role_word(last_word_of(owner)) || owner.find(' ') == std::string_view::npos ||
        !(is_listed_or_plural<kAgents>(agent) || speaks_for_owner(agent)))
      return std::nullopt;
    const auto o = classify_and_link("the " + std::string(owner), "", at);
    if (!o || speakers_[*o].kind != SpeakerKind::person) return std::nullopt;
    return owned(*o, bare.substr(mark + width));
  }
  std::string_view rest = bare.substr(mark + width);
  // The people, not where they are: "Clinton's biggest boosters in New Hampshire".
  for (std::string_view place : {" in ", " from ", " on ", " at "})
    if (const auto k = rest.find(place); k != std::string_view::npos &&
                                         k + place.size() < rest.size() &&
                                         ascii::is_upper(rest[k + place.size()]))
      rest = rest.substr(0, k);
  const std::string rest_lower = lower(rest);
  const std::string_view last = last_word_of(rest_lower);
  const bool people = word_set<kGroupNouns>().contains(last) ||
                      word_set<kEntourageNouns>().contains(last) || last == "team" ||
                      last == "camp" || is_role_word(last) ||
                      // A body that is the owner's own: "Burr's office", "Cruz's campaign".
                      last == "office" || last == "campaign";
  const bool own_words = word_set<kOwnWordsNouns>().contains(last);
  if (rest.empty() || !ascii::is_lower(rest[0]) || !(people || own_words) ||
      has_capitalized_org_word(owner) || g_.side_of(owner))
    return std::nullopt;
  const auto o = classify_and_link(owner, "", at);
  if (!o || speakers_[*o].kind != SpeakerKind::person) return std::nullopt;
  if (own_words) return o;
  // One aide, just after someone the text named who has no title of their own: "David
  // Axelrod on Wednesday called … Obama's former campaign strategist said" is Axelrod. Not
  // kin, who are new people ("Trump's daughter"), nor a prominent person who is nobody's aide.
  if (head_noun_of(rest_lower) == last && is_role_word(last) && !last.ends_with('s') &&
      !word_set<kKinNouns>().contains(last))
    if (auto hit = salient_person_for_role(last, rest_lower, std::nullopt, at);
        hit && *hit != *o &&
        (!g_.person_side(speakers_[*hit].name) || g_.is_aide(speakers_[*hit].name)) &&
        !index().titled_by_name.contains(speakers_[*hit].name)) {
      Speaker& aide = speakers_[*hit];
      if (aide.affiliation.empty()) aide.affiliation = std::string(bare);
      if (aide.side == "unknown") aide.side = speakers_[*o].side;
      return hit;
    }
  return owned(*o, rest);
}

std::optional<std::uint32_t> Resolver::close_to(std::string_view head, std::size_t close,
                                                std::uint32_t at) {
  const std::size_t owner_at = close + kCloseTo.size();
  const std::string_view after = head.substr(owner_at);
  const std::string after_lower = lower(after);
  std::optional<std::uint32_t> owner;
  if (after_lower == "him" || after_lower == "her")
    owner = person_for_pronoun(after_lower == "him" ? Gender::male : Gender::female, at);
  else if (after_lower == "them")
    owner = last_plural_;
  else if (!after.empty() && ascii::is_upper(after[0]))
    owner = classify_and_link(after, "", at + static_cast<std::uint32_t>(owner_at));
  if (!owner) return std::nullopt;
  const Speaker o = speakers_[*owner];  // a copy: adding a speaker may reallocate
  const std::string name = std::string(head.substr(0, owner_at)) + o.name;
  const std::string first = lower(head.substr(0, head.find(' ')));
  const SpeakerKind kind =
      first == "a" || first == "an" || first == "one" ? SpeakerKind::anonymous : SpeakerKind::group;
  return derived(*owner, find_or_add("close:" + lower(name), name, kind, "", o.side));
}

std::optional<std::uint32_t> Resolver::possessed(std::string_view head, std::uint32_t at) {
  const auto space = head.find(' ');
  const std::string owner_word = lower(head.substr(0, space));
  const std::string_view rest = head.substr(space + 1);
  std::optional<std::uint32_t> owner;
  if (owner_word == "their") {
    // The plural subject of the sentence, else the last group: "Scott's relatives, including
    // his wife, watched the videos, according to their attorneys".
    owner = plural_subject_before(at);
    if (!owner) owner = last_plural_;
  } else {
    owner = person_for_pronoun(owner_word == "his" ? Gender::male : Gender::female, at);
  }
  // Anyone else named in full is that person, whoever the owner is: "his friend Mahamat Saleh
  // Oumar", "his campaign manager Jeff Weaver".
  if (std::string title, name; split_title_and_name(rest, g_, &title, &name) && !title.empty() &&
                               ascii::is_lower(title[0]) && name.find(' ') != std::string::npos &&
                               !has_capitalized_org_word(name) && !g_.side_of(name))
    // Kin and friends speak for themselves: only staff carry the owner in their affiliation.
    return person(
        name,
        owner && is_role_word(last_word_of(title)) ? speakers_[*owner].name + "'s " + title : title,
        title, at);
  if (!owner) return std::nullopt;
  // Kin the text names is that person, of the family's surname: "his wife Michelle".
  if (const auto sp = rest.find(' '); sp != std::string_view::npos && sp + 1 < rest.size() &&
                                      ascii::is_upper(rest[sp + 1]) &&
                                      word_set<kKinNouns>().contains(lower(rest.substr(0, sp)))) {
    const Speaker& o = speakers_[*owner];
    std::string name(rest.substr(sp + 1));
    if (name.find(' ') == std::string::npos && o.kind == SpeakerKind::person &&
        o.name.find(' ') != std::string::npos)
      name += o.name.substr(o.name.rfind(' '));
    return person(name, std::string(rest.substr(0, sp)), "", at);
  }
  return owned(*owner, rest);
}

std::optional<std::uint32_t> Resolver::kin_named_apart(std::string_view kin, std::string_view name,
                                                       std::uint32_t at) {
  // A given name alone: "Jane", not "Ms. Sanders" nor a word or a place.
  if (name.empty() || name.find(' ') != std::string_view::npos || !ascii::is_upper(name[0]) ||
      lookup_word(lower(name)) || g_.side_of(name))
    return std::nullopt;
  const auto space = kin.rfind(' ');
  if (space == std::string_view::npos || kin.find(' ') != space ||
      !word_set<kKinNouns>().contains(lower(kin.substr(space + 1))))
    return std::nullopt;
  const std::string_view owner = kin.substr(0, space);
  // "his wife, Jane," is "his wife Jane".
  if (owner == "his" || owner == "her" || owner == "His" || owner == "Her")
    return possessed(std::string(kin) + " " + std::string(name), at);
  // "Ostrander's daughter, Ruth," is of the family's surname.
  const std::string_view bare = without_possessive(owner);
  if (bare.size() == owner.size() || bare.empty() || !ascii::is_upper(bare[0])) return std::nullopt;
  const NameMention* full = full_name_for(bare, at);
  if (!full || full->name.find(' ') == std::string::npos) return std::nullopt;
  return person(std::string(name) + full->name.substr(full->name.rfind(' ')),
                std::string(kin.substr(space + 1)), "", at);
}

std::optional<std::uint32_t> Resolver::person_with_role(std::string_view titles,
                                                        std::string_view description,
                                                        const std::optional<std::string>& side,
                                                        std::uint32_t at, char party,
                                                        bool head_only) {
  // The role is what follows a possessive: "the Republican presidential nominee's eldest
  // daughter" is a daughter, not the nominee. With `head_only`, the role must be the title's
  // last word: "the state" is no "Secretary of State".
  const auto fits = [&](std::string_view title_lower) {
    const std::string_view role = after_possessive(title_lower);
    if (!head_only) return title_fits(role, titles, description);
    const std::string_view head = last_word_of(role);
    return (head == titles || head == abbreviated(titles)) &&
           !role.ends_with(" of " + std::string(titles));
  };
  // The titled names before `at`, latest first, looking back a bounded number of them.
  const NameIndex& idx = index();
  auto end =
      std::upper_bound(idx.titled.begin(), idx.titled.end(), at,
                       [&](std::uint32_t v, std::uint32_t i) { return v < idx.names[i].begin; });
  for (std::size_t tried = 0; end != idx.titled.begin() && tried < kMaxTitlesTried * 10; ++tried) {
    const NameMention& m = idx.names[*--end];
    const std::string title = lower(m.title);
    // "King Solomon Missionary Baptist Church" is no king's name.
    if (!fits(title) || has_capitalized_org_word(m.name)) continue;
    if (side && person_side(m.name, "", m.title) != *side) continue;
    // "The Democratic presidential nominee" is not the Republican one.
    if (const char p = party_of(title); party && p && p != party) continue;
    return person_of(latest_of_list(m, at));
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Resolver::agency_named_before(std::uint32_t at) {
  static constexpr std::string_view kAgencies[] = {"FBI",
                                                   "F.B.I.",
                                                   "CIA",
                                                   "C.I.A.",
                                                   "NSA",
                                                   "N.S.A.",
                                                   "IRS",
                                                   "I.R.S.",
                                                   "EPA",
                                                   "E.P.A.",
                                                   "FDA",
                                                   "CDC",
                                                   "FEMA",
                                                   "TSA",
                                                   "DEA",
                                                   "ATF",
                                                   "State Department",
                                                   "Justice Department",
                                                   "Pentagon",
                                                   "Secret Service"};
  constexpr std::uint32_t kLookBack = 3000;
  const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
  const std::string_view window = text_.substr(floor, at - floor);
  std::size_t best = std::string_view::npos;
  std::string_view found;
  for (const std::string_view a : kAgencies)
    // Forward, as a capital is rare enough for the search to skip most of the window.
    for (auto k = window.find(a); k != std::string_view::npos; k = window.find(a, k + 1)) {
      // A whole word: "FBI's" counts, "FBIX" does not.
      const std::size_t e = k + a.size();
      if ((k > 0 && ascii::is_alpha(window[k - 1])) ||
          (e < window.size() && ascii::is_alpha(window[e])))
        continue;
      if (best == std::string_view::npos || k > best) best = k, found = a;
    }
  if (found.empty()) return std::nullopt;
  return classify_and_link(found, "", floor + static_cast<std::uint32_t>(best));
}

std::optional<std::uint32_t> Resolver::person_introduced_as(std::string_view noun,
                                                            std::uint32_t at) {
  // Nouns that put a firm before its name: "retail giant Amazon", "carmaker General Motors".
  static constexpr std::string_view kFirmNouns[] = {
      "giant",   "maker",     "carmaker", "automaker",   "retailer",     "manufacturer",
      "carrier", "provider",  "producer", "operator",    "developer",    "lender",
      "insurer", "publisher", "supplier", "distributor", "conglomerate", "broadcaster"};
  if (word_set<kFirmNouns>().contains(noun)) return std::nullopt;
  // Most texts never put the noun before a capital: the names need not be walked. The look
  // is bounded as the walk is: a long text must not be searched from its start each time.
  bool before_capital = false;
  const std::uint32_t from = at > kIntroducedLookBack ? at - kIntroducedLookBack : 0;
  const std::string_view seen = text_.substr(from, at - from);
  for (auto k = seen.find(noun); k != std::string_view::npos && !before_capital;
       k = seen.find(noun, k + 1))
    before_capital = k + noun.size() + 1 < seen.size() && seen[k + noun.size()] == ' ' &&
                     ascii::is_upper(seen[k + noun.size() + 1]);
  if (!before_capital) return std::nullopt;
  const NameIndex& idx = index();
  auto b = std::upper_bound(idx.names.begin(), idx.names.end(), at,
                            [](std::uint32_t v, const NameMention& n) { return v < n.begin; });
  for (std::size_t tried = 0; b != idx.names.begin() && tried < kMaxTitlesTried * 10; ++tried) {
    const NameMention& m = *--b;
    // A person by the noun or by the name: not "energy giant Exxon Mobil".
    const auto i = static_cast<std::size_t>(b - idx.names.begin());
    if (m.parts.size() < 2 || m.begin < noun.size() + 1 ||
        (idx.gender[i] == Gender::unknown && !names_person(noun)))
      continue;
    const std::uint32_t word_at = m.begin - static_cast<std::uint32_t>(noun.size()) - 1;
    if (text_[m.begin - 1] == ' ' && text_.substr(word_at, noun.size()) == noun &&
        (word_at == 0 || !ascii::is_alpha(text_[word_at - 1])))
      return person_of(m);
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Resolver::person_in_apposition(std::string_view bare,
                                                            std::uint32_t at) {
  // The names before `at`, latest first, each checked for ", the …" right after it: only
  // where a name ends, so the text itself is not read.
  const NameIndex& idx = index();
  auto b = std::upper_bound(idx.names.begin(), idx.names.end(), at,
                            [](std::uint32_t v, const NameMention& n) { return v < n.begin; });
  while (b != idx.names.begin()) {
    const NameMention& m = *--b;
    if (m.end + kIntroducedLookBack < at) break;
    std::string_view rest = text_.substr(m.end, 8 + bare.size());
    if (!rest.starts_with(", ")) continue;
    rest.remove_prefix(2);
    bool article = false;
    for (const std::string_view a : {"the ", "a ", "an "})
      if (rest.starts_with(a)) {
        rest.remove_prefix(a.size());
        article = true;
        break;
      }
    // The description is the whole apposition: not "Cruz, the senator from Texas".
    if (!article || rest.size() <= bare.size()) continue;
    if (const char after = rest[bare.size()]; after != ',' && after != '.' && after != ';')
      continue;
    bool same = true;
    for (std::size_t i = 0; i < bare.size() && same; ++i)
      same = ascii::to_lower(rest[i]) == ascii::to_lower(bare[i]);
    if (same) return person_of(m);
  }
  return std::nullopt;
}

const NameMention& Resolver::latest_of_list(const NameMention& m, std::uint32_t at) const {
  const NameIndex& idx = index();
  std::unordered_set<std::string_view> listed;
  std::uint32_t next_begin = m.begin;
  for (std::size_t k = static_cast<std::size_t>(&m - idx.names.data()); k-- > 0;) {
    const NameMention& o = idx.names[k];
    if (o.title != m.title || o.end + kListGap < next_begin) break;
    listed.insert(o.name);
    next_begin = o.begin;
  }
  if (listed.empty()) return m;
  listed.insert(m.name);
  auto b = std::upper_bound(idx.names.begin(), idx.names.end(), at,
                            [](std::uint32_t v, const NameMention& n) { return v < n.begin; });
  for (std::size_t tried = 0; b != idx.names.begin() && tried < kMaxTitlesTried * 10; ++tried)
    if (const NameMention& o = *--b; listed.contains(o.name)) return o;
  return m;
}

std::optional<std::uint32_t> Resolver::salient_person_for_role(
    std::string_view titles, std::string_view description, const std::optional<std::string>& side,
    std::uint32_t at, char party) {
  const auto hit = person_for_pronoun(Gender::unknown, at);
  if (!hit) return std::nullopt;
  Speaker& s = speakers_[*hit];
  if (s.kind != SpeakerKind::person) return std::nullopt;
  // A person the text has not described takes the description's side ("Bush went after
  // Trump … the former Florida governor said"), unless the same sentence names that person
  // before it, when the description is someone else ("In an interview with hosts Joe
  // Scarborough and Mika Brzezinski, the Democratic candidate said").
  const auto named_earlier_in_sentence = [&] {
    const std::uint32_t from = sentence_start(at);
    return text_.substr(from, at - from).find(last_word_of(s.name)) != std::string_view::npos;
  };
  const bool undescribed =
      s.side == "unknown" && (s.affiliation.empty() || only_described_.contains(*hit)) &&
      s.title.empty() && !description.starts_with("one ") &&
      std::count(description.begin(), description.end(), ' ') < 5 && !named_earlier_in_sentence();
  if (side && s.side != *side && !undescribed) return std::nullopt;
  const NameIndex& idx = index();
  // A party in the description ("The Democratic nominee") must not be the other one the
  // text gives the person, in the affiliation or a title.
  char given = party ? party_of(lower(s.affiliation)) : 0;
  // Any title the text gives this person (the first few) must be one the role stands for.
  if (const auto it = idx.titled_by_name.find(s.name); it != idx.titled_by_name.end())
    for (std::size_t k = 0; k < it->second.size() && k < kMaxTitlesTried; ++k) {
      const std::string t = lower(idx.names[it->second[k]].title);
      if (party && !given) given = party_of(t);
      // A standing in a race or a gift is no office: "front-runner Donald Trump" is "the
      // mogul", "Republican Party donor Sheldon Adelson" is "the gambling tycoon".
      static constexpr std::string_view kNoOffice[] = {"front-runner", "frontrunner", "hopeful",
                                                       "donor",        "megadonor",   "mega-donor"};
      const auto last = last_word_of(t);
      // Any office holder may run: "Sen. Bernie Sanders … the candidate says".
      if (!title_fits(t, titles, description) && is_role_word(last) &&
          !word_set<kNoOffice>().contains(last) && !titles.starts_with("candidate|"))
        return std::nullopt;
    }
  if (given && given != party) return std::nullopt;
  if (side && undescribed) s.side = *side;
  return hit;
}

std::optional<std::uint32_t> Resolver::body_just_quoted(std::string_view noun, std::uint32_t at) {
  if (!last_any_ || !word_set<kGenericBodies>().contains(noun)) return std::nullopt;
  if (Speaker& s = speakers_[*last_any_]; s.side == "unknown" && as_body(*last_any_))
    return last_any_;
  // Or the last private body or think tank that spoke, past the people quoted since: "The
  // Trayvon Martin Foundation … telling Fox 35 … the group said".
  // (A company is no group: "the company" there is one the text has not quoted.)
  if (noun == "company" || noun == "firm" || noun == "corporation") return std::nullopt;
  constexpr std::uint32_t kReach = 2000;
  static constexpr std::string_view kDocuments[] = {"statement", "report", "study",  "readout",
                                                    "release",   "poll",   "survey", "letter"};
  for (auto it = recent_sources_.rbegin(); it != recent_sources_.rend(); ++it) {
    if (it->mention.begin + kReach < at) break;
    const Speaker& s = speakers_[it->speaker];
    if (s.kind == SpeakerKind::organization && (s.side == "unknown" || s.side == "independent") &&
        !s.name.empty() && ascii::is_upper(s.name[0]) &&
        !word_set<kDocuments>().contains(lower(last_word_of(s.name))))
      return it->speaker;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Resolver::agent_named_before(std::string_view roles,
                                                          std::uint32_t at) const {
  constexpr std::uint32_t kReach = 3000;
  const auto each = split(roles, '|');
  for (auto it = recent_sources_.rbegin(); it != recent_sources_.rend(); ++it) {
    if (it->mention.begin + kReach < at) break;
    const Speaker& s = speakers_[it->speaker];
    if (s.kind != SpeakerKind::anonymous && s.kind != SpeakerKind::person) continue;
    const std::string l =
        lower(s.kind == SpeakerKind::person ? s.title + " " + s.affiliation : s.name);
    if (std::none_of(each.begin(), each.end(),
                     [&](std::string_view r) { return contains_any_word(l, r); }))
      continue;
    return s.kind == SpeakerKind::anonymous ? std::optional(it->speaker) : std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::uint32_t> Resolver::issuer_of(std::string_view noun, std::uint32_t at) {
  constexpr std::uint32_t kLookBack = 1500;
  const std::uint32_t floor = at > kLookBack ? at - kLookBack : 0;
  const std::string_view window = text_.substr(floor, at - floor);
  // The document as the text introduced it: "said in a statement", "issued a statement",
  // "released a joint statement", "contended in its letter" (not "CBS News reports that the
  // letter …").
  std::size_t k = window.size();
  std::string_view verb;
  std::size_t verb_at = 0;
  std::uint32_t p = 0;  // where the document was named, in the text
  bool named = false;   // whether the text named the document at all before
  for (;;) {
    k = k == 0 ? std::string_view::npos : window.rfind(noun, k - 1);
    // Never named before: the document of whoever just spoke. Named only as a thing someone
    // reports on: no one's.
    if (k == std::string_view::npos) return named ? std::nullopt : body_that_just_spoke(at);
    const std::size_t e = k + noun.size();
    if ((k > 0 && ascii::is_alpha(window[k - 1])) ||
        (e < window.size() && ascii::is_alpha(window[e])))
      continue;
    named = true;
    // A source already: "the release said … the release added".
    p = floor + static_cast<std::uint32_t>(k);
    for (auto it = recent_sources_.rbegin(); it != recent_sources_.rend(); ++it)
      if (it->mention.begin <= p && p < it->mention.end) return it->speaker;
    const Pieces before = split(window.substr(k > 40 ? k - 40 : 0, k - (k > 40 ? k - 40 : 0)), ' ');
    std::size_t w = before.size();
    while (w > 0 && before[w - 1].empty()) --w;
    // An adjective or two between the article and the noun: "a written statement".
    static constexpr std::string_view kArticles[] = {"a", "an", "its", "his", "her", "their"};
    for (int skipped = 0; w > 0 && skipped < 2 && !word_set<kArticles>().contains(before[w - 1]);
         ++skipped)
      --w;
    if (w < 2 || !word_set<kArticles>().contains(before[w - 1])) continue;
    verb = before[w - 2];
    verb_at = static_cast<std::size_t>(verb.data() - text_.data());
    break;
  }
  // ("out" for "put out a statement".)
  static constexpr std::string_view kIssuing[] = {"issued",   "released", "sent",     "posted",
                                                  "wrote",    "out",      "provided", "gave",
                                                  "e-mailed", "emailed"};
  if (verb == "in" || verb == "In") {
    // The sentence's source, before the document or after it ("In a statement, the museum
    // said").
    const std::size_t stop = text_.find_last_of(".!?\n", p);
    const std::uint32_t from =
        stop == std::string_view::npos ? 0 : static_cast<std::uint32_t>(stop);
    const std::size_t next = text_.find_first_of(".!?\n", p);
    const std::uint32_t to = std::min<std::uint32_t>(
        at, next == std::string_view::npos ? at : static_cast<std::uint32_t>(next));
    for (auto it = recent_sources_.rbegin(); it != recent_sources_.rend(); ++it)
      if (it->mention.end > from && it->mention.begin < to) return it->speaker;
    return std::nullopt;
  }
  // Whoever issued it as the subject right before the verb: a source ("the Holocaust Museum
  // issued a statement"), or else the verb's own subject (below: "The Times said Cook
  // provided a written statement" is Cook's, not the Times').
  if (!word_set<kIssuing>().contains(verb)) return std::nullopt;
  for (auto it = recent_sources_.rbegin(); it != recent_sources_.rend(); ++it)
    if (it->mention.end + 1 == verb_at || it->mention.end + 2 == verb_at) return it->speaker;
  if (verb == "out") {  // "sent out", "put out"
    const std::size_t space = text_.rfind(' ', verb_at - 1);
    if (space == std::string_view::npos || space == 0) return std::nullopt;
    verb_at = text_.rfind(' ', space - 1) + 1;
  }
  return subject_of_verb(verb_at);
}

std::optional<std::uint32_t> Resolver::subject_of_verb(std::size_t verb_at) {
  if (verb_at < 2) return std::nullopt;
  const std::uint32_t end = static_cast<std::uint32_t>(verb_at - 1);
  std::uint32_t start = sentence_start(end, 120);
  // After an opening phrase: "In Washington, President Obama released".
  if (const std::size_t comma = text_.rfind(", ", end);
      comma != std::string_view::npos && comma >= start)
    start = static_cast<std::uint32_t>(comma + 2);
  const Pieces words = split(text_.substr(start, end - start), ' ');
  // The subject a reader takes without parsing the clause: the words back from the verb, past
  // its auxiliaries ("has released"), up to a verb of saying or a conjunction ("The Times said
  // Cook provided").
  std::size_t last = words.size();
  while (last > 0) {
    const LexEntry* e = lookup_word(lower(words[last - 1]));
    if (!e || e->tag != tag::aux) break;
    --last;
  }
  std::size_t first = last;
  while (first > 0) {
    const LexEntry* e = lookup_word(lower(words[first - 1]));
    if (e && (e->tag == tag::aux || e->tag == tag::cue || e->tag == tag::tell ||
              e->tag == tag::that || e->tag == tag::relative || e->tag == tag::conj))
      break;
    // A dash or a bracket closes an aside whose subject lies before it ("A coalition of 40
    // groups - including … Easter Seals - sent a letter").
    if (!words[first - 1].empty() && !ascii::is_alpha(words[first - 1].front()))
      return std::nullopt;
    --first;
  }
  if (first == last || last - first > 5) return std::nullopt;
  const std::string_view head = words[first];
  const std::string_view tail = words[last - 1];
  const std::string_view phrase(head.data(),
                                static_cast<std::size_t>(tail.data() + tail.size() - head.data()));
  // Only a phrase that names someone ("Cook", "Clinton's campaign", "President Obama").
  if (phrase.empty() || !ascii::is_upper(phrase.front()) ||
      phrase.find_first_of(".;:\"") != std::string_view::npos)
    return std::nullopt;
  return classify_and_link(phrase, "", static_cast<std::uint32_t>(phrase.data() - text_.data()));
}

std::optional<std::uint32_t> Resolver::body_that_just_spoke(std::uint32_t at) const {
  constexpr std::uint32_t kNear = 400;
  if (recent_sources_.empty()) return std::nullopt;
  const SourceSeen& last = recent_sources_.back();
  if (last.mention.begin + kNear < at || speakers_[last.speaker].kind != SpeakerKind::organization)
    return std::nullopt;
  return last.speaker;
}

std::optional<std::uint32_t> Resolver::company_named_before(std::string_view noun,
                                                            std::uint32_t at) {
  if (noun != "company" && noun != "firm" && noun != "corporation") return std::nullopt;
  std::uint32_t from = sentence_start(at);
  if (from >= 2) from = sentence_start(from - 2);
  const std::string_view span = text_.substr(from, at - from);
  std::string_view best;
  std::size_t run_begin = 0, run_end = 0;
  bool in_run = false;
  const auto close_run = [&] {
    if (!in_run) return;
    in_run = false;
    const std::string_view run = span.substr(run_begin, run_end - run_begin);
    // A sentence's first word is capitalized whatever it is.
    const bool opens = run_begin == 0 || span.substr(0, run_begin).ends_with(". ") ||
                       span.substr(0, run_begin).ends_with("\n");
    const auto space = run.find(' ');
    const std::string_view first = run.substr(0, space);
    if (opens && space == std::string_view::npos) return;
    if (lookup_word(lower(first)) || gender_of_given_name(first) != Gender::unknown ||
        is_honorific(first) || is_role_word(first))
      return;
    // A newsroom may be "the company"; a country or its bodies are not.
    if (g_.is_place(run)) return;
    if (const auto side = g_.side_in(run); side && *side != "media") return;
    // Words a quotation speaks of are not the narrative's ("… with Zimmerman," the company
    // wrote); nor are places ("Bergen County land records").
    if (inside_content(static_cast<std::uint32_t>(from + run_begin))) return;
    if (word_set<kPlaceHeads>().contains(last_word_of(run))) return;
    best = run;
  };
  for (std::size_t k = 0; k < span.size();) {
    std::size_t e = k;
    while (e < span.size() && span[e] != ' ' && span[e] != '\n') ++e;
    std::string_view w = span.substr(k, e - k);
    bool stops = false;
    while (!w.empty() &&
           (w.back() == ',' || w.back() == ';' || w.back() == ':' || w.back() == '"' ||
            w.back() == '\'' || static_cast<unsigned char>(w.back()) >= 0x80 ||
            (w.back() == '.' && !is_abbreviation(w)))) {
      w.remove_suffix(1);  // punctuation, and the bytes of a curly quotation mark
      stops = true;
    }
    if (!w.empty() && ascii::is_upper(w.front())) {
      if (!in_run) run_begin = k;
      in_run = true;
      run_end = k + w.size();
    } else {
      close_run();
    }
    if (stops) close_run();
    k = e + 1;
  }
  close_run();
  if (best.empty()) return std::nullopt;
  // A surname of a person the text names is no firm: "Weiner's future … the company".
  const NameIndex& idx = index();
  if (const auto it =
          idx.full_by_part.find(fold_apostrophes(without_possessive(last_word_of(best))));
      it != idx.full_by_part.end())
    for (const std::uint32_t i : it->second)
      if (idx.gender[i] != Gender::unknown) return std::nullopt;
  best = without_possessive(best);
  // A lone name already speaking ("Twitter said …"), taken for a surname, is that body.
  if (const auto it = person_key_.find(std::string(best));
      it != person_key_.end() && as_body(it->second))
    return it->second;
  return find_or_add("org:" + lower(best), std::string(best), SpeakerKind::organization, "",
                     "unknown");
}

bool Resolver::named_inside_sentence(std::string_view word, std::uint32_t at) const {
  const std::uint32_t from = at > kOutletLookBack ? at - kOutletLookBack : 0;
  const std::string_view near = text_.substr(from, 2 * kOutletLookBack);
  for (std::size_t k = near.find(word); k != std::string_view::npos; k = near.find(word, k + 1))
    if (k >= 2 && near[k - 1] == ' ' && ascii::is_lower(near[k - 2])) return true;
  return false;
}

namespace {
// Words that count people before "of": "one of", "two of".
constexpr std::string_view kCounts[] = {"one", "two", "three", "both", "each", "some"};

// Whether a phrase opens with a bare role, up to two lower-case modifiers before it:
// "co-founder of the Breakthrough Institute", "senior fellow at Brookings".
bool role_opens(std::string_view phrase) {
  std::size_t at = 0;
  for (int words = 0; words < 3 && at < phrase.size(); ++words) {
    if (!ascii::is_lower(phrase[at])) return false;
    const std::size_t end = std::min(phrase.find_first_of(" ,.;", at), phrase.size());
    std::string_view word = phrase.substr(at, end - at);
    if (const auto dash = word.rfind('-'); dash != std::string_view::npos)
      word.remove_prefix(dash + 1);  // "co-founder"
    // "of" joins a title ("secretary of state") but heads none ("diagnosis of the nation's"),
    // save after a count: "one of the most aggressive reporters".
    if (word == "of") return words == 1 && word_set<kCounts>().contains(phrase.substr(0, at - 1));
    if (is_role_word(word)) return is_person_role(word);
    if (end >= phrase.size() || phrase[end] != ' ') return false;
    at = end + 1;
  }
  return false;
}

// Whether a phrase is a named owner's role: "Trump's campaign manager", "Mr. Trump's former
// campaign manager". The owner is up to three capitalized words, the last possessive.
bool owner_role_opens(std::string_view phrase) {
  std::size_t at = 0;
  for (int words = 0; words < 3 && at < phrase.size(); ++words) {
    if (!ascii::is_upper(phrase[at])) return false;
    const std::size_t end = std::min(phrase.find(' ', at), phrase.size());
    const std::string_view word = phrase.substr(at, end - at);
    if (end >= phrase.size()) return false;
    if (without_possessive(word).size() < word.size()) return role_opens(phrase.substr(end + 1));
    at = end + 1;
  }
  return false;
}
}  // namespace

std::string Resolver::apposition_after(std::uint32_t end) const {
  const std::string_view rest = text_.substr(end, 160);
  std::size_t k = 0;
  for (std::string_view open : {", a ", ", an ", ", the "})
    if (rest.starts_with(open)) k = 2;
  if (k == 0 && rest.starts_with(", ") && role_opens(rest.substr(2))) k = 2;
  if (k == 0 && rest.starts_with(", ") && owner_role_opens(rest.substr(2))) k = 2;
  // Set off by a dash: "Ayotte - the first-term senator from New Hampshire who …".
  for (std::string_view dash : {" - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", "\xE2\x80\x94"})
    if (k == 0 && rest.starts_with(dash))
      for (std::string_view article : {"a ", "an ", "the "})
        if (rest.substr(dash.size()).starts_with(article)) k = dash.size();
  if (k == 0) return {};
  constexpr std::string_view kStops = ",.;()\n\"";
  std::size_t stop = rest.find_first_of(kStops, k);
  // An abbreviation's period is no end: "a former aide to Sen. Ted Cruz". Past one, a
  // missing closing comma is a finite verb's place: "…to Sen. Ted Cruz was one of the first".
  bool past_abbreviation = false;
  while (stop != std::string_view::npos && rest[stop] == '.') {
    const auto space = rest.rfind(' ', stop);
    if (space == std::string_view::npos || space < k ||
        !is_abbreviation(rest.substr(space + 1, stop - space)))
      break;
    past_abbreviation = true;
    stop = rest.find_first_of(kStops, stop + 1);
  }
  if (stop == std::string_view::npos) return {};
  std::string_view apposition = rest.substr(k, stop - k);
  if (past_abbreviation)
    for (std::string_view verb : {" was ", " is ", " has ", " had ", " will ", " said "})
      if (const auto c = apposition.find(verb); c != std::string_view::npos)
        apposition = apposition.substr(0, c);
  for (std::string_view cut :
       {" who ", " whose ", " which ", " that ", " - ", " -- ", " \xE2\x80\x94", "\xE2\x80\x94"})
    if (const auto c = apposition.find(cut); c != std::string_view::npos)
      apposition = apposition.substr(0, c);
  // A clause is no description: "Donald Trump, the answer is no".
  if (has_verb(apposition)) return {};
  return std::string(apposition);
}

std::string Resolver::description_before(std::uint32_t begin, Gender* owner) const {
  if (begin < 4 || text_.substr(begin - 2, 2) != ", ") return {};
  const std::uint32_t from = begin > 80 ? begin - 80 : 0;
  std::string_view phrase = text_.substr(from, begin - 2 - from);
  if (const auto k = phrase.find_last_of(",.;:\n\"("); k != std::string_view::npos)
    phrase = phrase.substr(k + 1);
  phrase = trim(phrase);
  if (phrase.empty() || !is_role_word(last_word_of(phrase))) return {};
  // The role is a goal, not the head: "In her quest for the nomination for president, X".
  if (phrase.ends_with(" for " + std::string(last_word_of(phrase)))) return {};
  static constexpr std::string_view kOpeners[] = {"The", "A", "An", "One", "the", "a", "an", "one"};
  // A possessive pronoun is the owner's, not this person's: it would tell the owner's
  // gender ("His campaign manager, Jeff Weaver" → "campaign manager").
  static constexpr std::string_view kPronouns[] = {"His", "Her", "Their", "his", "her", "their"};
  // The noun phrase opens at an article or possessive within the last few words, after
  // any clause: "he summoned his senior climate adviser, Brian Deese".
  const Pieces words = split(phrase, ' ');
  std::size_t k = words.size() > kDescriptionWords ? words.size() - kDescriptionWords : 0;
  for (; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (!word_set<kOpeners>().contains(w) && !word_set<kPronouns>().contains(w) &&
        !w.ends_with("'s") && !w.ends_with("\xE2\x80\x99s"))
      continue;
    const std::string_view np = phrase.substr(static_cast<std::size_t>(w.data() - phrase.data()));
    // Not a clause, nor a coordination: "the president and the first lady, Michelle Obama".
    if (!has_verb(np) && np.find(" and ") == np.npos && np.find(" or ") == np.npos) break;
  }
  if (k == words.size()) return {};
  const std::string_view first = words[k];
  phrase.remove_prefix(static_cast<std::size_t>(first.data() - phrase.data()));
  const bool pronoun = word_set<kPronouns>().contains(first);
  if (pronoun) phrase.remove_prefix(std::min(phrase.size(), first.size() + 1));
  if (pronoun && owner)
    *owner = first[1] == 'i' ? Gender::male : first[1] == 'e' ? Gender::female : Gender::unknown;
  return std::string(phrase);
}

}  // namespace whosaid::speakers_detail
