// Person speakers: a name to the full name the text gives, its title, gender and side; see
// speaker_resolver.hpp.
#include <algorithm>

#include "engine/speaker_resolver.hpp"

namespace whosaid::speakers_detail {

void Resolver::mark_campaigners(std::vector<Speaker>& speakers) const {
  // A profession does not keep anyone from running: "retired neurosurgeon Ben Carson".
  const auto may_run = [](const Speaker& s) {
    return s.kind == SpeakerKind::person && s.side == "unknown";
  };
  if (std::none_of(speakers.begin(), speakers.end(), may_run)) return;
  std::unordered_set<std::string> running;
  for (std::string_view noun : {"campaign", "candidacy"})
    for (auto at = text_.find(noun); at != std::string_view::npos;
         at = text_.find(noun, at + noun.size())) {
      std::string_view before = text_.substr(0, at);
      if (!before.ends_with(' ')) continue;
      before.remove_suffix(1);
      for (std::string_view race : {" presidential", " Senate", " congressional", " reelection"})
        if (before.ends_with(race)) before.remove_suffix(race.size());  // "Bush's presidential"
      for (std::string_view link : {" is", " was"})                     // "Carson is campaigning"
        if (before.ends_with(link) && text_.substr(at + noun.size()).starts_with("ing"))
          before.remove_suffix(link.size());
      const std::string_view word = without_possessive(last_word_of(before));
      if (word.size() < 2 || !ascii::is_upper(word[0]) || !ascii::is_lower(word.back())) continue;
      const NameMention* full = full_name_for(word, static_cast<std::uint32_t>(at));
      running.insert(full ? full->name : std::string(word));
    }
  for (Speaker& s : speakers)
    if (may_run(s) && running.contains(s.name)) s.title = "candidate";
}

void Resolver::settle_from_later_appositions(std::vector<Speaker>& speakers) const {
  for (Speaker& s : speakers) {
    if (s.kind != SpeakerKind::person || s.side != "unknown") continue;
    const auto space = s.name.rfind(' ');
    if (space == std::string::npos) continue;
    const std::string_view surname = std::string_view(s.name).substr(space + 1);
    const std::string_view given = std::string_view(s.name).substr(0, s.name.find(' '));
    std::size_t tried = 0;
    for (auto k = text_.find(surname); k != std::string_view::npos && tried < 20;
         k = text_.find(surname, k + 1)) {
      const auto end = static_cast<std::uint32_t>(k + surname.size());
      if (k > 0 && ascii::is_alpha(text_[k - 1])) continue;
      if (end < text_.size() && ascii::is_alpha(text_[end])) continue;
      // Another given name makes another person of the family: "Curt Schilling, an ESPN
      // analyst," says nothing of his son Grant Schilling.
      if (k > 1 && text_[k - 1] == ' ') {
        const std::string_view lead = text_.substr(0, k - 1);
        const auto gap = lead.find_last_of(" \n\t");
        const std::string_view before = lead.substr(gap == std::string_view::npos ? 0 : gap + 1);
        // (Not "Mr." nor "Curt B.", nor the end of a clause: "Reached by POLITICO, Hammond".)
        if (!before.empty() && ascii::is_upper(before[0]) && ascii::is_alpha(before.back()) &&
            before != given && !is_role_word(before))
          continue;
      }
      ++tried;
      // Past a suffix: "Adm. Harry B. Harris Jr., who leads …".
      std::uint32_t after = end;
      for (std::string_view suffix : {" Jr.", " Sr.", " III"})
        if (text_.substr(after).starts_with(suffix)) after += suffix.size();
      std::string apposition = apposition_after(after);
      std::string side = apposition.empty() ? "unknown" : side_of_affiliation(apposition, g_);
      // Or a relative clause that ties the person to a body: ", who leads the United States
      // Pacific Command,".
      if (apposition.empty() && text_.substr(after).starts_with(", who ")) {
        const std::string_view rel = text_.substr(after + 6, 160);
        apposition = std::string(rel.substr(0, rel.find_first_of(",.;\n")));
        side = side_of_relative_tie(apposition, g_, false);
        apposition = "who " + apposition;
        // A side job is no employer: "Cuban, who is also a host on the TV show".
        if (side == "media") side = "unknown";
      }
      if (side != "unknown") {
        s.side = side;
        if (s.affiliation.empty() || s.affiliation == s.title) s.affiliation = apposition;
        break;
      }
    }
  }
}

std::uint32_t Resolver::person_of(const NameMention& m) {
  return person(m.name, "", m.title, m.begin, m.said);
}

bool Resolver::foreign_surname_elsewhere(std::string_view known, std::string_view part) const {
  // A surname written first ("Lee Jae-myung", "Xi Jinping") is also an English one ("Governor
  // Lee"): it names the gazetteer's person only in a text that names the country.
  if (!known.starts_with(part) || known.size() == part.size() || known[part.size()] != ' ')
    return false;
  const auto side = g_.person_side(known);
  if (!side) return false;
  const std::string_view country = *side;
  const std::string_view stem = country.ends_with("Korea") ? std::string_view("Korea")
                                : country == "China"       ? std::string_view("Chin")
                                                           : country.substr(0, 4);
  return text_.find(stem) == std::string_view::npos;
}

std::uint32_t Resolver::person(std::string name, std::string affiliation, std::string title,
                               std::uint32_t at, Gender said) {
  const Gender titled = said != Gender::unknown || title.empty() ? said : gender_of_title(title);
  if (name.find(' ') == std::string::npos) {
    if (const NameMention* full = full_name_for(name, at, titled)) {
      name = full->name;
      if (title.empty()) title = full->title;
    } else if (auto known = g_.person_by_part(name);
               known && gender_compatible(titled, name_gender(*known, "")) &&
               !foreign_surname_elsewhere(*known, name)) {
      name = *known;  // "Putin" in an article that never writes "Vladimir Putin"
    } else if (const NameMention* typo = misspelled_surname(name, at)) {
      name = typo->name;  // "Wines believes" two lines after "Leslie Wimes"
      if (title.empty()) title = typo->title;
    }
  } else if (const auto space = name.find(' ');
             name.find(' ', space + 1) == std::string::npos &&
             word_set<kSurnameParticles>().contains(std::string_view(name).substr(0, space))) {
    // A surname with its particle ("Mr. Van Voorhis") is the full name that ends in it.
    if (const NameMention* full = longer_name_ending_in(name, at, titled)) {
      name = full->name;
      if (title.empty()) title = full->title;
    }
  }
  // The title the text gives the name elsewhere, when none came with it: "Tenney" after a
  // headline's "Claudia Tenney" and the lede's "Assemblywoman Claudia Tenney".
  if (title.empty() && name.find(' ') != std::string::npos)
    if (const auto it = index().titled_by_name.find(name); it != index().titled_by_name.end())
      title = index().names[it->second.front()].title;
  if (const auto it = person_key_.find(name); it != person_key_.end()) {
    Speaker& s = speakers_[it->second];
    if (gender_[it->second] == Gender::unknown)
      gender_[it->second] = titled != Gender::unknown ? titled : name_gender(name, title);
    // New facts about a known person may settle a side that was unknown.
    if (s.title.empty()) s.title = title;
    if (affiliation.empty()) affiliation = title;
    if (s.affiliation.empty() && !affiliation.empty()) {
      s.affiliation = affiliation;
      if (s.side == "unknown") s.side = person_side(name, s.affiliation, title);
    }
    return it->second;
  }
  // A surname may also name a speaker seen before under the full name: "Hill" for Fiona
  // Hill, "von der Leyen" for Ursula von der Leyen.
  const auto last_space = name.rfind(' ');
  const std::string last = last_space == std::string::npos ? name : name.substr(last_space + 1);
  if (const auto it = person_by_part_.find(last); it != person_by_part_.end()) {
    const std::string& known = speakers_[it->second].name;
    if ((last_space == std::string::npos || known.ends_with(" " + name)) &&
        gender_compatible(titled, gender_[it->second]))
      return it->second;
  }
  if (affiliation.empty()) affiliation = title;
  const std::string side = person_side(name, affiliation, title);
  const auto idx = add(name, SpeakerKind::person, affiliation, side);
  speakers_[idx].title = title;
  gender_[idx] = titled != Gender::unknown ? titled : name_gender(name, title);
  person_key_[name] = idx;
  for (auto part : split(name, ' ')) person_by_part_.try_emplace(std::string(part), idx);
  if (side == "unknown")
    if (const auto employer = employer_in_title(title, name, at)) derived(*employer, idx);
  return idx;
}

std::optional<std::uint32_t> Resolver::employer_in_title(const std::string& title,
                                                         const std::string& name,
                                                         std::uint32_t at) {
  const auto space = title.find(' ');
  if (space == std::string::npos || !ascii::is_upper(title[0]) ||
      !word_set<kStaffRoles>().contains(lower(std::string_view(title).substr(space + 1))))
    return std::nullopt;
  const NameMention* full = full_name_for(std::string_view(title).substr(0, space), at);
  if (!full || full->name == name) return std::nullopt;
  return person_of(*full);
}

std::string Resolver::person_side(const std::string& name, const std::string& affiliation,
                                  const std::string& title) const {
  // US party-and-state shorthand after a name: "(R-Tex.)", "(D-Mo.)".
  for (const std::string* t : {&affiliation, &title})
    if (t->find("(R-") != std::string::npos || t->find("(D-") != std::string::npos ||
        t->find("(I-") != std::string::npos)
      return "US";
  // A prominent person speaks for their side whatever a clause about them names ("Hillary
  // Clinton, who served as secretary of state when … to intervene in Libya").
  if (auto s = g_.person_side(name)) return *s;
  // With a middle name or initial the gazetteer leaves out: "Hillary Rodham Clinton".
  if (const auto first = name.find(' '), last = name.rfind(' '); first != last)
    if (auto s = g_.person_side(name.substr(0, first) + name.substr(last))) return *s;
  // A column the title in front names is the job now; an apposition may tell an older one:
  // "Washington Post columnist Michael Gerson, a speechwriter in George W. Bush's White House".
  // (A title taken from the apposition is no other job: "a veteran newspaper editor who
  // teaches journalism at the University of Idaho".)
  const std::string titled = title.empty() || affiliation.find(title) != std::string::npos
                                 ? std::string("unknown")
                                 : side_of_affiliation(title, g_);
  if (titled == "media") return titled;
  if (!affiliation.empty()) {
    const std::string s = side_of_affiliation(affiliation, g_);
    if (s != "unknown") return s;
  }
  if (titled != "unknown") return titled;
  // A bare surname all known holders of which share a side ("Clinton").
  if (name.find(' ') == std::string::npos)
    if (auto s = g_.side_by_part(name)) {
      const auto known = g_.person_by_part(name);
      if (!known || !foreign_surname_elsewhere(*known, name)) return *s;
    }
  // A fuller form of a known name: "Joseph R. Biden" for "Joe Biden" (same surname, same
  // initial, and a middle name or initial; "Ana Costa" is no "Antonio Costa").
  if (const auto space = name.rfind(' '); space != std::string::npos && name.find(' ') < space)
    if (const auto known = g_.person_by_part(name.substr(space + 1));
        known && known->front() == name.front())
      if (auto s = g_.person_side(*known)) return *s;
  const NameIndex& idx = index();
  if (idx.us_party.contains(name)) return "US";
  // A tie to a person of this text: "Stein spokeswoman" speaks for Jill Stein's side.
  const auto text_person_side = [&](std::string_view w) -> std::optional<std::string> {
    const auto it = person_by_part_.find(w);
    if (it == person_by_part_.end()) return std::nullopt;
    const Speaker& p = speakers_[it->second];
    if (p.name == name || p.side == "unknown") return std::nullopt;
    return p.side;
  };
  // (Not for a private person tied to them: "a Sanders supporter from Hemet" speaks for
  // herself.)
  // Nor for whom a relative clause says they once voted or worked ("65, who caucused for
  // Bernie Sanders"): side_of_affiliation weighs those ties.
  for (const std::string* t : {&affiliation, &title})
    if (!t->empty())
      if (auto s = side_of_name_word(before_relative_clause(*t), text_person_side);
          s && !is_private_role(lower(head_noun_of(*t))))
        return *s;
  // A clause alone ties them to a person of this text only by a tie: "who owns a Long Island
  // auto repair shop and donated $2,400 to Ayotte" (not "who has known Trump since the 1970s").
  if (affiliation.starts_with("who ")) {
    std::string buffer;
    for (const std::string_view part : clause_verbs(std::string_view(affiliation).substr(4)))
      for (const bool past : {false, true})
        // (Whom a reporter covered is no one they speak for.)
        if (const auto object = relative_tie_object(part, past, buffer);
            object && !object->starts_with("covered "))
          if (auto s = side_of_name_word(*object, text_person_side)) return *s;
  }
  // The side of an owner the text names: "his senior climate adviser" after Obama, "Delgado's
  // spokesman" after "Sen. Maria Delgado (D-Ariz.)", who never speaks.
  const auto owner_side = [&](const NameMention& owner) -> std::optional<std::string> {
    if (idx.us_party.contains(owner.name)) return "US";
    if (auto s = g_.person_side(owner.name)) return s;
    if (auto s = side_of_person_named(owner.name, g_)) return s;
    if (auto s = text_person_side(owner.parts.back())) return s;
    if (std::string s = side_of_affiliation(owner.title, g_); s != "unknown") return s;
    return std::nullopt;
  };
  const auto named_owner_side = [&](std::string_view t) -> std::optional<std::string> {
    if (t.find("'s ") == std::string_view::npos &&
        t.find("\xE2\x80\x99s ") == std::string_view::npos)
      return std::nullopt;
    for (auto w : split(t, ' ')) {
      const std::string_view owner = without_possessive(w);
      if (owner.size() == w.size() || owner.size() < 3 || !ascii::is_upper(owner[0])) continue;
      const auto held = idx.full_by_part.find(fold_apostrophes(owner));
      if (held == idx.full_by_part.end() || held->second.empty()) return std::nullopt;
      const NameMention& full = idx.names[held->second.front()];
      if (full.name == name) return std::nullopt;
      return owner_side(full);
    }
    return std::nullopt;
  };
  for (const std::string* t : {&affiliation, &title})
    if (auto s = named_owner_side(*t)) return *s;
  // Titles given to the name elsewhere in the text, the first few: the first side one of
  // them gives.
  const auto other_titles = [&](const auto& side_of_title) -> std::optional<std::string> {
    if (const auto it = idx.titled_by_name.find(name); it != idx.titled_by_name.end())
      for (std::size_t k = 0; k < it->second.size() && k < kMaxTitlesTried; ++k)
        if (auto s = side_of_title(idx.names[it->second[k]].title)) return s;
    return std::nullopt;
  };
  // "Chinese Foreign Minister Qin Gang".
  if (auto s = other_titles([&](const std::string& t) -> std::optional<std::string> {
        std::string side = side_of_affiliation(t, g_);
        if (side == "unknown") return std::nullopt;
        return side;
      }))
    return *s;
  // "The finance minister, Lou Jiwei," after "The Chinese finance minister jabbed back".
  for (const std::string* t : {&affiliation, &title})
    if (auto s = side_of_role_named_before(*t)) return *s;
  if (auto s = other_titles([&](const std::string& t) { return side_of_role_named_before(t); }))
    return *s;
  // An aide speaks for whom they serve: "Obama's senior climate adviser", "his top aide".
  if (auto s = other_titles([&](const std::string& t) -> std::optional<std::string> {
        auto s = side_of_name_word(t, text_person_side);
        if (s && is_private_role(lower(head_noun_of(t)))) return std::nullopt;
        return s;
      }))
    return *s;
  if (const auto it = idx.owner_by_name.find(name); it != idx.owner_by_name.end())
    if (auto s = owner_side(idx.names[it->second])) return *s;
  // What a sentence says the person is: "Jamal Simmons is a Democratic consultant and a CNN
  // contributor".
  if (const auto space = name.rfind(' '); space != std::string::npos)
    if (const auto held = idx.full_by_part.find(std::string_view(name).substr(space + 1));
        held != idx.full_by_part.end()) {
      std::size_t looked = 0;
      bool only_holder = true;
      std::uint32_t first_at = static_cast<std::uint32_t>(text_.size());
      for (const std::uint32_t i : held->second) {
        if (++looked > kMaxTitlesTried * 4) break;
        const NameMention& m = idx.names[i];
        if (m.name != name) {
          only_holder = false;
          continue;
        }
        first_at = std::min(first_at, m.begin);
        if (const std::string d = described_as(m.end); !d.empty())
          if (std::string s = side_of_affiliation(d, g_); s != "unknown") return s;
      }
      // Or the surname alone, when no one else bears it: "Khan, a Muslim, was elected as
      // mayor of London" after "Sadiq Khan".
      const std::string_view surname = std::string_view(name).substr(space + 1);
      // Only near the full name, so that a long text is not read once per person: the
      // sentence that says what the person is follows the introduction.
      const std::uint32_t window_end =
          static_cast<std::uint32_t>(std::min<std::size_t>(text_.size(), first_at + 20000));
      // "President Obama" may be another holder, though a one-word name; a bare "Khan" is
      // no evidence either way.
      for (auto it = first_name_from(first_at);
           only_holder && it != idx.names.end() && it->begin < window_end; ++it)
        if (it->parts.size() == 1 && it->parts.front() == surname &&
            (!it->title.empty() || it->said != Gender::unknown))
          only_holder = false;
      if (only_holder && first_at < window_end)
        if (auto s = described_by_surname(surname, first_at, window_end)) return *s;
    }
  return "unknown";
}

std::optional<std::string> Resolver::described_by_surname(std::string_view surname,
                                                          std::uint32_t from,
                                                          std::uint32_t to) const {
  std::size_t looked = 0;
  const std::string_view window = text_.substr(0, to);
  for (auto at = window.find(surname, from); at != std::string_view::npos && ++looked <= 20;
       at = window.find(surname, at + surname.size())) {
    const std::size_t end = at + surname.size();
    // The surname alone: no capitalized word just before it.
    if (at >= 1 && text_[at - 1] != '\n' && text_[at - 1] != ' ') continue;
    if (at >= 2 && text_[at - 1] == ' ' && text_[at - 2] != '.' && text_[at - 2] != '"') {
      const auto word = text_.find_last_of(" \n", at - 2);
      if (ascii::is_upper(text_[word == std::string_view::npos ? 0 : word + 1])) continue;
    }
    if (end >= text_.size() || (text_[end] != ' ' && text_[end] != ',')) continue;
    if (const std::string d = described_as(static_cast<std::uint32_t>(end)); !d.empty())
      if (std::string s = side_of_affiliation(d, g_); s != "unknown") return s;
  }
  return std::nullopt;
}

std::string Resolver::described_as(std::uint32_t name_end) const {
  std::string_view rest = text_.substr(name_end, 200);
  // The description starts at the article after " is " or " was ".
  const auto article_at = [](std::string_view copula) { return copula.find(' ', 1) + 1; };
  bool copula = false;
  // An apposition may come first: "Sadiq Khan, a Muslim, was elected as mayor of London".
  if (rest.starts_with(", "))
    if (const auto comma = rest.find_first_of(",.;:\n", 2);
        comma != std::string_view::npos && comma < 60 && rest[comma] == ',')
      for (std::string_view is : {" was elected ", " became "})
        if (rest.substr(comma + 1).starts_with(is)) {
          rest.remove_prefix(comma + 1);
          break;
        }
  for (std::string_view is : {" is a ", " is an ", " was a ", " was an ", " is the ", " was the "})
    if (rest.starts_with(is)) {
      rest.remove_prefix(article_at(is));
      copula = true;
      break;
    }
  // An office won is what the person is: "was elected as mayor of London", "became the
  // state's treasurer".
  for (std::string_view is : {" was elected as ", " was elected ", " became "})
    if (!copula && rest.starts_with(is)) {
      rest.remove_prefix(is.size());
      for (std::string_view article : {"a ", "an ", "the "})
        if (rest.starts_with(article)) rest.remove_prefix(article.size());
      copula = true;
    }
  // Or a relative clause inside the apposition: "Morton Blackwell, the conservative icon who
  // founded the Leadership Institute and is a longtime Republican National Committeeman,".
  if (!copula && rest.starts_with(", ")) {
    const std::string_view apposition = rest.substr(2, rest.find_first_of(",.;:\n", 2) - 2);
    if (const auto who = apposition.find(" who "); who != std::string_view::npos)
      for (std::string_view is : {" is a ", " is an ", " was a ", " was an "})
        if (const auto at = apposition.find(is, who); at != std::string_view::npos) {
          rest = apposition.substr(at + article_at(is));
          copula = true;
          break;
        }
  }
  if (!copula) return {};
  // Up to the end of the clause: "a Democratic consultant and a CNN contributor who …".
  std::size_t end = rest.find_first_of(".;:\n");
  if (end == std::string_view::npos) end = rest.size();
  if (const auto who = rest.find(" who "); who < end) end = who;
  return std::string(trim(rest.substr(0, end)));
}

std::optional<std::string> Resolver::side_of_role_named_before(std::string_view title) const {
  // Asked again for each candidate of each role look-up: the text is searched once a title.
  const auto [cached, fresh] = role_side_.try_emplace(std::string(title));
  if (fresh) cached->second = search_role_side(title);
  return cached->second;
}

std::optional<std::string> Resolver::search_role_side(std::string_view title) const {
  for (std::string_view article : {"The ", "the ", "A ", "a ", "An ", "an "})
    if (title.starts_with(article)) title.remove_prefix(article.size());
  if (title.empty() || title.find(' ') == std::string_view::npos ||
      !is_role_word(last_word_of(title)))
    return std::nullopt;
  for (const char c : title)
    if (!ascii::is_lower(c) && c != ' ') return std::nullopt;
  for (auto at = text_.find(title); at != std::string_view::npos;
       at = text_.find(title, at + title.size())) {
    if (at < 2 || text_[at - 1] != ' ') continue;
    std::string_view before = text_.substr(0, at - 1);
    before = without_possessive(before.substr(before.find_last_of(" \n") + 1));
    if (before.empty() || !ascii::is_upper(before.front())) continue;
    if (auto s = g_.side_of(before)) return s;
  }
  return std::nullopt;
}

const NameMention* Resolver::full_name_for(std::string_view part, std::uint32_t at,
                                           Gender want) const {
  const NameIndex& idx = index();
  const std::string folded = fold_apostrophes(part);
  return main_holder(idx, folded, full_name_in(idx, folded, at, want), at, want);
}

const NameMention* Resolver::main_holder(const NameIndex& x, const std::string& folded,
                                         const NameMention* hit, std::uint32_t at,
                                         Gender want) const {
  if (!hit) return hit;
  // A prominent holder of the surname whom the text introduces first is who the bare
  // surname means, whoever stands nearer: "Trump says" after "Ivanka Trump, the nominee's
  // eldest daughter". An article that opens on "Liz Cheney, the daughter of former Vice
  // President Dick Cheney" means her by "Cheney".
  const auto& holders = x.full_by_part.at(folded);
  for (const std::uint32_t i : holders)
    if (gender_compatible(want, x.own_gender[i])) {
      const NameMention& first = x.names[i];
      if (first.name == hit->name) return hit;  // the usual case: no hash look-up
      const auto known = g_.person_by_part(folded);
      if (known && *known == first.name) return &first;
      // So is one the bare surname already stood for before the other was named: "Sen. Chris
      // Murphy … Murphy sent … a teacher's aide, Anne Marie Murphy, … Murphy said". Not a
      // run of capitals that only looks like a name: "Beneath Clinton".
      // (The look-ups are bounded: a long text names a surname's holders thousands of times.)
      if (!surname_used_before_other(x.names, first, *hit, folded, at)) return hit;
      constexpr std::size_t kHoldersLooked = 64;
      const auto looked = holders.begin() + std::min(holders.size(), kHoldersLooked);
      const bool named = gender_of_given_name(first.parts.front()) != Gender::unknown ||
                         std::any_of(holders.begin(), looked, [&](std::uint32_t k) {
                           return x.names[k].name == first.name && !x.names[k].title.empty();
                         });
      return named ? &first : hit;
    }
  return hit;
}

bool Resolver::surname_used_before_other(const std::vector<NameMention>& names,
                                         const NameMention& first, const NameMention& other,
                                         std::string_view part, std::uint32_t at) const {
  constexpr std::size_t kNamesLooked = 400;
  const NameMention* const end = names.data() + names.size();
  const NameMention* const stop =
      &first + 1 + std::min(kNamesLooked, static_cast<std::size_t>(end - &first - 1));
  bool used = false;
  for (const NameMention* m = &first + 1; m != stop && m->begin < other.begin && !used; ++m) {
    if (m->name == other.name) break;  // where the text first names the other in full
    used = m->parts.size() == 1 && m->parts.front() == part;
  }
  if (!used) return false;
  // Unless the surname was just given with the other's title: "President Bill Clinton …
  // President Clinton … Clinton testified" is Bill, though "Clinton" was Hillary before.
  constexpr std::uint32_t kJustBefore = 400;
  const NameMention* m = std::lower_bound(
      &first + 1, end, at, [](const NameMention& n, std::uint32_t v) { return n.begin < v; });
  while (m != &first + 1) {
    --m;
    if (m->begin + kJustBefore < at) break;
    if (m->parts.size() != 1 || m->parts.front() != part || m->title.empty()) continue;
    const std::string title = lower(last_word_of(m->title));
    return !contains_any_word(lower(other.title), title) ||
           contains_any_word(lower(first.title), title);
  }
  return true;
}

bool Resolver::one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i + 1) == b.substr(i);
}

const NameMention* Resolver::misspelled_surname(std::string_view word, std::uint32_t at) const {
  if (word.size() < 5 || !ascii::is_upper(word[0])) return nullptr;
  const auto& names = index().names;
  auto it = std::upper_bound(names.begin(), names.end(), at,
                             [](std::uint32_t v, const NameMention& m) { return v < m.end; });
  const NameMention* found = nullptr;
  const std::string word_lower = ascii::lowered(word);
  std::string last_lower;  // reused across candidates
  while (it != names.begin()) {
    const NameMention& m = *--it;
    if (at - m.end > kNearFullName) break;
    if (m.parts.size() < 2) continue;
    const std::string_view last = m.parts.back();
    // "The Khans" are Ghazala and Khizr Khan together, no misspelling of either.
    if (last[0] != word[0] || (word.size() == last.size() + 1 && word.back() == 's')) continue;
    ascii::to_lower(last, last_lower);
    if (!one_edit_apart(last_lower, word_lower)) continue;
    if (found && found->name != m.name) return nullptr;
    found = &m;
  }
  return found;
}

const NameMention* Resolver::longer_name_ending_in(const std::string& surname, std::uint32_t at,
                                                   Gender want) const {
  const NameIndex& idx = index();
  const auto it = idx.full_by_part.find(
      fold_apostrophes(std::string_view(surname).substr(surname.rfind(' ') + 1)));
  if (it == idx.full_by_part.end()) return nullptr;
  const std::string low = ascii::lowered(surname);
  const NameMention* found = nullptr;
  for (const std::uint32_t i : it->second) {
    const NameMention& m = idx.names[i];
    if (m.name.size() <= surname.size() || !gender_compatible(want, idx.own_gender[i]) ||
        m.name[m.name.size() - surname.size() - 1] != ' ' ||
        ascii::lowered(std::string_view(m.name).substr(m.name.size() - surname.size())) != low)
      continue;
    if (found && m.begin > at) break;
    found = &m;
  }
  return found;
}

bool Resolver::other_gender_prevails(const NameIndex& idx, const std::string& part,
                                     const NameMention& holder) {
  const Gender g = mention_gender(holder);
  if (g == Gender::unknown) return false;
  const auto it = idx.said_of_part.find(part);
  if (it == idx.said_of_part.end()) return false;
  const Gender other = g == Gender::male ? Gender::female : Gender::male;
  const auto held = idx.full_count.find(holder.name);
  return it->second[static_cast<std::size_t>(other)] >
         (held == idx.full_count.end() ? 0 : held->second);
}

Gender Resolver::mention_gender(const NameMention& m) {
  if (m.said != Gender::unknown) return m.said;
  const Gender g = m.title.empty() ? Gender::unknown : gender_of_title(m.title);
  if (g != Gender::unknown || m.parts.size() < 2) return g;
  return gender_of_given_name(m.parts.front());
}

template <class Fits>
const NameMention* Resolver::first_fitting(const NameIndex& idx,
                                           const std::vector<std::uint32_t>& list, Fits fits) {
  for (std::size_t k = 0; k < list.size() && k < 64; ++k)
    if (fits(list[k])) return &idx.names[list[k]];
  return nullptr;
}

const NameMention* Resolver::full_name_in(const NameIndex& idx, const std::string& part,
                                          std::uint32_t at, Gender want) {
  const auto it = idx.full_by_part.find(part);
  if (it == idx.full_by_part.end()) return nullptr;
  const auto& list = it->second;  // in text order
  // A full name met inside a sentence, or with a gender, beats one only met opening a
  // sentence: "Bernie Sanders", not "Young Sanders supporters" (see only_opening).
  const auto known = [&](std::uint32_t i) { return !idx.only_opening.contains(idx.names[i].name); };
  bool any_known = false;
  if (list.size() > 1)
    for (const std::uint32_t i : list)
      if (gender_compatible(want, idx.own_gender[i]) && known(i)) {
        any_known = true;
        break;
      }
  const auto fits = [&](std::uint32_t i) {
    return gender_compatible(want, idx.own_gender[i]) && (!any_known || known(i));
  };
  auto after =
      std::upper_bound(list.begin(), list.end(), at,
                       [&](std::uint32_t v, std::uint32_t i) { return v < idx.names[i].begin; });
  const NameMention* near = nullptr;
  for (auto b = after; b != list.begin();) {
    const NameMention& m = idx.names[*--b];
    if (m.end > at || !fits(*b)) continue;
    if (at - m.end >= kNearFullName) break;
    if (near && near->name != m.name) return first_fitting(idx, list, fits);  // two nearby
    near = &m;
  }
  const NameMention* first = first_fitting(idx, list, fits);
  if (!first) return nullptr;
  if (want == Gender::unknown && other_gender_prevails(idx, part, near ? *near : *first))
    return nullptr;
  if (!near || near->name == first->name) return first;
  // The nearby holder loses to a first-introduced one the article names far more often
  // ("Chelsea Clinton" near a bare "Clinton" in an article about Hillary Clinton), or when
  // the text brought the nearby one in as kin ("Mr. Bush's father, George Bush").
  if (idx.kin_named.contains(near->name) && !idx.kin_named.contains(first->name)) return first;
  return idx.full_count.at(first->name) >= 3 * idx.full_count.at(near->name) ? first : near;
}

Gender Resolver::name_gender(const std::string& name, const std::string& title) const {
  if (const Gender g = gender_of_title(title); g != Gender::unknown) return g;
  const NameIndex& idx = index();
  if (const auto it = idx.gender_by_name.find(name); it != idx.gender_by_name.end())
    return it->second;
  const auto space = name.find(' ');
  if (space == std::string::npos) return Gender::unknown;
  return gender_of_given_name(std::string_view(name).substr(0, space));
}

bool Resolver::names_body_or_thing(const NameMention& m) {
  return has_capitalized_org_word(m.name) ||
         std::any_of(m.parts.begin(), m.parts.end(),
                     [](const auto& p) { return word_set<kThingWords>().contains(p); });
}

bool Resolver::plain_name(const NameMention& m) const {
  if (names_body_or_thing(m) || g_.side_of(m.name)) return false;
  for (const auto& p : m.parts) {
    if (g_.side_of(p).has_value()) return false;
    if (p.size() > 1 && ascii::is_upper(p[1])) return false;
  }
  return true;
}

}  // namespace whosaid::speakers_detail
