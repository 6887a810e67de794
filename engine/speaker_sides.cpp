// Side rules of speaker resolution; see speaker_sides.hpp.
#include "engine/speaker_sides.hpp"

#include <unordered_map>

#include "engine/lexicon.hpp"

namespace whosaid::speakers_detail {

namespace {
// Whether a lower-case description holds a newsroom word that is a newsroom job, not a
// host of an event: "the Cleveland 2016 Host Committee", "the host city".
bool names_newsroom_job(std::string_view l) {
  if (!mentions_any<kMediaWords>(l)) return false;
  for (std::string_view event : {"host committee", "host city", "host country", "host nation"})
    if (l.find(event) != std::string_view::npos) return false;
  return true;
}
}  // namespace

std::optional<std::string> side_of_person_named(std::string_view phrase, const Gazetteer& g) {
  return side_of_name_word(phrase, [&](std::string_view w) -> std::optional<std::string> {
    auto side = g.side_by_part(w);
    // Working with a host is no newsroom job: "who used Mr. Ailes as a consultant".
    if (!side || *side == "media") return std::nullopt;
    const std::size_t at = static_cast<std::size_t>(w.data() - phrase.data());
    // A surname the gazetteer writes first ("Lee Jae-myung") is a given name when another
    // name follows, unless the two are the known person: "an analysis by Lee Epstein".
    const auto known = g.person_by_part(w);
    if (const std::size_t after = at + w.size();
        known && known->starts_with(w) && after + 1 < phrase.size() && phrase[after] == ' ' &&
        ascii::is_upper(phrase[after + 1])) {
      const std::string_view rest = phrase.substr(after + 1);
      std::string_view next = rest.substr(0, rest.find_first_of(" ,;."));
      next = without_possessive(next);
      std::string full(w);
      full.append(1, ' ').append(next);
      if (!g.person_side(full)) return std::nullopt;
    }
    // A given name in front must make the known person: "Ivana Trump's brief" is not Donald
    // Trump's side.
    if (at < 2 || phrase[at - 1] != ' ') return side;
    const std::size_t b = phrase.rfind(' ', at - 2);
    const std::string_view before =
        phrase.substr(b == std::string_view::npos ? 0 : b + 1,
                      at - 1 - (b == std::string_view::npos ? 0 : b + 1));
    if (before.size() < 2 || !ascii::is_upper(before[0]) || before.back() == '.' ||
        is_role_word(before) || lookup_word(lower(before)) || g.side_of(before))
      return side;  // "The Clinton campaign", "President Trump", "Republican Trump"
    std::string full(before);
    full.append(1, ' ').append(w);
    if (g.person_side(full)) return side;
    return std::nullopt;
  });
}

bool names_private_body(std::string_view phrase, std::string_view phrase_lower,
                        const Gazetteer& g) {
  if (const auto at = phrase.find(" Campaign"); at != std::string_view::npos) {
    const std::string_view before = last_word_of(phrase.substr(0, at));
    if (before.size() < 3 || !g.side_by_part(before)) return true;
  }
  return mentions_any<kPrivateBodies>(phrase_lower);
}

bool names_private_body(std::string_view phrase, const Gazetteer& g) {
  return names_private_body(phrase, lower(phrase), g);
}

std::string_view named_body(std::string_view affiliation) {
  std::size_t at = std::string_view::npos;
  for (std::string_view link : {" of ", " for ", " at "})
    if (const auto k = affiliation.find(link); k != std::string_view::npos && k < at)
      at = k + link.size();
  if (at == std::string_view::npos) return {};
  std::string_view rest = affiliation.substr(at);
  if (rest.starts_with("the ")) rest.remove_prefix(4);
  std::size_t end = 0;
  for (const std::string_view w : split(rest, ' ')) {
    const bool joins =
        w == "of" || w == "the" || w == "for" || w == "and" || w == "on" || w == "to" || w == "&";
    if (w.empty() || (!joins && !ascii::is_upper(w[0]) && !ascii::is_digit(w[0]))) break;
    end = static_cast<std::size_t>(w.data() - rest.data()) + w.size();
    if (w.back() == ',' || w.back() == ')') break;
  }
  std::string_view body = rest.substr(0, end);
  while (!body.empty() && !ascii::is_alnum(body.back()) && body.back() != '.')
    body.remove_suffix(1);
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view joiner : {" of", " the", " for", " and", " on", " to", " &"})
      if (body.ends_with(joiner)) body.remove_suffix(joiner.size()), trimmed = true;
  }
  return body;
}

// Whether a body's whole name is one the gazetteer holds and no place's: "International
// Atomic Energy Agency" (not "Indiana" of "the Indiana state firefighters union").
bool listed_body(std::string_view body, const Gazetteer& g) {
  return body.find(' ') != std::string_view::npos && g.side_of(body) && !g.is_place(body);
}

bool ends_in_place(std::string_view body, const Gazetteer& g) {
  if (body.find(' ') == std::string_view::npos || g.side_of(body) || !g.side_of(last_word_of(body)))
    return false;
  const std::string l = lower(body);
  if (names_public_body(l) || mentions_any<kStateWords>(l)) return false;
  // A state's own name: "the Republic of Korea", "the Kingdom of Saudi Arabia".
  static constexpr std::string_view kStateForms[] = {
      "republic",     "kingdom",    "commonwealth",  "emirate", "emirates",
      "principality", "federation", "confederation", "union",   "sultanate",
      "territory",    "province",   "islands"};
  const std::string_view rest = body.substr(0, body.rfind(' '));
  return !g.side_in(rest) && !mentions_any<kStateForms>(lower(rest));
}

bool is_private_role(std::string_view head_lower) {
  return is_listed_or_plural<kPrivateRoles>(head_lower);
}

std::string places_dropped(std::string_view text, const Gazetteer& g, bool after_of) {
  std::string out;
  const auto words = split(text, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w.find("-based") != std::string_view::npos) continue;
    if ((w == "in" || w == "from" || (after_of && w == "of")) && i + 1 < words.size()) {
      // The longest run of up to three words after the preposition that is a place.
      std::size_t take = 0;
      std::string run;
      for (std::size_t n = 1; n <= 3 && i + n < words.size(); ++n) {
        std::string_view next = words[i + n];
        while (!next.empty() && !ascii::is_alnum(next.back())) next.remove_suffix(1);
        if (n > 1) run += ' ';
        run += next;
        if (g.is_place(run)) take = n;
        if (next.size() != words[i + n].size()) break;  // punctuation ends the name
      }
      // A region described: "from the southwestern Chinese province of Sichuan", "in the
      // Mexican state of Oaxaca".
      if (take == 0 && i + 2 < words.size() && words[i + 1] == "the") {
        static constexpr std::string_view kRegions[] = {
            "province", "state", "region", "city", "town", "village", "county", "district"};
        for (std::size_t n = 2; n <= 4 && i + n < words.size(); ++n)
          if (word_set<kRegions>().contains(words[i + n])) {
            std::size_t end = i + n;
            if (end + 2 < words.size() && words[end + 1] == "of" && !words[end + 2].empty() &&
                ascii::is_upper(words[end + 2][0]))
              end += 2;
            take = end - i;
            break;
          }
      }
      // A town the gazetteer does not know, then its state or country: "from Brownsville,
      // Texas", "in Santa Catarina, Mexico".
      if (take == 0)
        for (std::size_t n = 1; n <= 3 && i + n + 1 < words.size(); ++n) {
          const std::string_view town = words[i + n];
          if (town.empty() || !ascii::is_upper(town[0])) break;
          if (!town.ends_with(',')) continue;
          std::string place;
          for (std::size_t m = 1; m <= 2 && i + n + m < words.size(); ++m) {
            std::string_view next = words[i + n + m];
            while (!next.empty() && !ascii::is_alnum(next.back())) next.remove_suffix(1);
            if (m > 1) place += ' ';
            place += next;
            if (g.is_place(place)) take = n + m;
          }
          break;
        }
      if (take > 0) {
        i += take;
        continue;
      }
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string without_locations(std::string_view affiliation, const Gazetteer& g) {
  // Most affiliations place nobody: answer those without lower-casing or word lists.
  if (affiliation.find(" in ") == std::string_view::npos &&
      affiliation.find(" from ") == std::string_view::npos &&
      affiliation.find("-based") == std::string_view::npos)
    return std::string(affiliation);
  const std::string l = lower(affiliation);
  if ((mentions_any<kOfficialRoles>(l) || mentions_any<kGovernmentBodies>(l)) &&
      !mentions_any<kPrivateBodies>(l))
    return std::string(affiliation);
  return places_dropped(affiliation, g, false);
}

std::string us_states_dropped(std::string_view text, const Gazetteer& g) {
  std::string out;
  const auto words = split(text, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t take = 0;
    for (std::size_t n = 1; n <= 2 && i + n <= words.size(); ++n) {
      const auto run =
          text.substr(static_cast<std::size_t>(words[i].data() - text.data()),
                      static_cast<std::size_t>(words[i + n - 1].data() - words[i].data()) +
                          words[i + n - 1].size());
      if (g.is_place(run) && !g.is_country(run)) take = n;
    }
    if (take > 0) {
      i += take - 1;
      continue;
    }
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

bool names_broadcaster(std::string_view phrase) {
  for (auto w : split(phrase, ' ')) {
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    w = without_possessive(w);
    for (std::string_view band : {"-TV", "-FM", "-AM"})
      if (w.ends_with(band)) w.remove_suffix(band.size());
    const auto upper = [](std::string_view s) {
      return !s.empty() &&
             std::all_of(s.begin(), s.end(), [](char c) { return ascii::is_upper(c); });
    };
    // US stations: four capitals from K or W.
    if (w.size() == 4 && (w[0] == 'K' || w[0] == 'W') && upper(w)) return true;
    // A network's local affiliate by channel: "FOX13", "NBC4".
    for (std::string_view net : {"FOX", "NBC", "ABC", "CBS", "Fox"})
      if (w.size() > net.size() && w.size() <= net.size() + 2 && w.starts_with(net) &&
          std::all_of(w.begin() + static_cast<std::ptrdiff_t>(net.size()), w.end(),
                      [](char c) { return ascii::is_digit(c); }))
        return true;
  }
  return false;
}

bool names_newspaper(std::string_view phrase) {
  for (std::size_t at = phrase.find("the "); at != std::string_view::npos;
       at = phrase.find("the ", at + 4)) {
    if (at > 0 && phrase[at - 1] != ' ') continue;
    // The capitalized words after the article, two at least.
    std::size_t b = at + 4, words = 0;
    std::string_view last;
    while (b < phrase.size() && ascii::is_upper(phrase[b])) {
      std::size_t e = b;
      while (e < phrase.size() && phrase[e] != ' ' && phrase[e] != ',') ++e;
      last = phrase.substr(b, e - b);
      ++words;
      if (e >= phrase.size() || phrase[e] != ' ') break;
      b = e + 1;
    }
    if (words >= 2 && ends_newspaper_name(lower(last))) return true;
  }
  return false;
}

namespace {
// The side of a gazetteer person whose possessive opens a description: "Obama's" in "President
// Obama's special envoy".
std::optional<std::string> side_of_possessor(std::string_view phrase, const Gazetteer& g) {
  if (phrase.find("'s ") == std::string_view::npos &&
      phrase.find("\xE2\x80\x99s ") == std::string_view::npos)
    return std::nullopt;  // most descriptions hold no possessive: no need to split them
  const auto words = split(phrase, ' ');
  for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
    const std::string_view w = words[i];
    const std::string_view base = without_possessive(w);
    if (base.size() == w.size() || base.size() < 3 || !ascii::is_upper(base[0])) continue;
    return g.side_by_part(base);
  }
  return std::nullopt;
}

// An envoy speaks for the state that sends them, not the one they are posted to: the
// affiliation without the posting ("Chinese Ambassador to the United States" is China's,
// "then ambassador to Israel" and "U.N. Ambassador" say nothing of the side).
std::string without_posting(std::string_view affiliation) {
  std::string out(affiliation);
  if (out.find("mbassador") == std::string::npos && out.find("nvoy") == std::string::npos)
    return out;
  for (std::string_view role : {"mbassador", "nvoy"}) {
    const auto at = out.find(role);
    if (at == std::string::npos || at == 0) continue;
    const auto end = at + role.size();
    if (out.compare(end, 4, " to ") == 0) {
      const auto stop = out.find_first_of(",;(", end);
      out.erase(end, stop == std::string::npos ? std::string::npos : stop - end);
    }
    for (std::string_view body : {"U.N. ", "UN ", "United Nations "}) {
      const auto from = at - 1;  // the role's capital or lower-case initial
      if (from >= body.size() && out.compare(from - body.size(), body.size(), body) == 0) {
        out.erase(from - body.size(), body.size());
        break;
      }
    }
  }
  return out;
}

// Whether the description names research or scholarship (see kIndependentWords), where a
// center or foundation that serves a faith, patients, shoppers or a sport studies nothing:
// "the Louisville Islamic Center", "Orlando Regional Medical Center", "the National Golf
// Foundation".
bool names_research(std::string_view lower_affiliation) {
  if (!mentions_any<kIndependentWords>(lower_affiliation)) return false;
  static constexpr std::string_view kServing[] = {
      "islamic",   "jewish",   "muslim",   "community", "medical",  "convention",
      "trade",     "shopping", "health",   "detention", "cultural", "golf",
      "treatment", "crisis",   "recovery", "care",      "wellness", "fitness"};
  std::string rest;
  for (std::string_view noun : {" center", " centre", " foundation"})
    for (std::size_t at = lower_affiliation.find(noun); at != std::string_view::npos;
         at = lower_affiliation.find(noun, at + 1)) {
      const std::string_view before = last_word_of(lower_affiliation.substr(0, at));
      if (!word_set<kServing>().contains(before)) continue;
      if (rest.empty()) rest = lower_affiliation;
      rest.replace(at + 1, noun.size() - 1, noun.size() - 1, ' ');
    }
  return rest.empty() || mentions_any<kIndependentWords>(rest);
}

// Whether a party word qualifies an expert's role: "a Democratic pollster", "Republican
// economist" work for their party, where "professor of Democratic politics" does not. So do
// political consultants, who work for campaigns.
bool partisan_expert(std::string_view lower_affiliation) {
  if (lower_affiliation.find("political consult") != std::string_view::npos ||
      lower_affiliation.find("political-consult") != std::string_view::npos)
    return true;
  for (std::string_view party : {"democratic ", "republican ", "gop ", "democrat "})
    for (std::size_t at = lower_affiliation.find(party); at != std::string_view::npos;
         at = lower_affiliation.find(party, at + 1)) {
      if (at > 0 && ascii::is_alpha(lower_affiliation[at - 1])) continue;
      // The role is the next word or two: "Republican pollster", "Republican consulting firm".
      const std::string_view rest = lower_affiliation.substr(at + party.size());
      const auto one = rest.find(' ');
      const auto two = one == std::string_view::npos ? one : rest.find(' ', one + 1);
      if (mentions_any<kIndependentWords>(rest.substr(0, one)) ||
          mentions_any<kIndependentWords>(rest.substr(0, two)))
        return true;
    }
  return false;
}
}  // namespace

namespace {
std::string side_of_affiliation_uncached(std::string_view affiliation, const Gazetteer& g);
}  // namespace

std::optional<std::string_view> relative_tie_object(std::string_view rel, bool past,
                                                    std::string& buffer) {
  for (std::string_view adverb : {"now ", "also ", "currently "})
    if (rel.starts_with(adverb)) rel.remove_prefix(adverb.size());
  // An adverb inside the tie leaves it a tie: "works directly for RT", "served briefly as".
  if (const auto sp = rel.find(' '); sp != std::string_view::npos) {
    const auto sp2 = rel.find(' ', sp + 1);
    const std::string_view second = rel.substr(sp + 1, sp2 - sp - 1);
    if (sp2 != std::string_view::npos && second.size() > 4 && second.ends_with("ly")) {
      buffer = std::string(rel.substr(0, sp)) + std::string(rel.substr(sp2));
      rel = buffer;
    }
  }
  // A pluperfect tie is the tie: "who had headed East Germany's foreign intelligence", "who
  // had backed Sen. Marco Rubio".
  if (rel.starts_with("had ") && !rel.starts_with("had been ")) rel.remove_prefix(4);
  // Longer ties first: "is now a fellow" before "is co-director of".
  static constexpr std::string_view kPresentTies[] = {
      "is now ",    "is a ",     "is an ",       "is the ",    "is at ",      "is with ",
      "works for ", "works at ", "works on ",    "teaches ",   "heads ",      "runs ",
      "leads ",     "directs ",  "chairs ",      "serves as ", "advises ",    "supports ",
      "supported ", "backed ",   "has donated ", "donated ",   "represents ", "is "};
  static constexpr std::string_view kPastTies[] = {"was a ",
                                                   "was an ",
                                                   "worked for ",
                                                   "worked at ",
                                                   "worked in ",
                                                   "served as ",
                                                   "served in ",
                                                   "headed ",
                                                   "advised ",
                                                   "represented ",
                                                   "ran ",
                                                   "has worked for ",
                                                   "has served as ",
                                                   "had been ",
                                                   "used to work for ",
                                                   "used to work at ",
                                                   "used to work on ",
                                                   "used to work in ",
                                                   "covered ",
                                                   "was "};
  const auto tied = [&](const auto& ties) -> std::optional<std::string_view> {
    for (std::string_view tie : ties)
      if (rel.starts_with(tie)) return rel.substr(tie == "covered " ? 0 : tie.size());
    return std::nullopt;
  };
  return past ? tied(kPastTies) : tied(kPresentTies);
}

Pieces clause_verbs(std::string_view rel) {
  Pieces parts{rel};
  for (auto at = rel.find(" and "); at != std::string_view::npos; at = rel.find(" and ", at + 5))
    parts.push_back(rel.substr(at + 5));
  return parts;
}

std::string side_of_relative_tie(std::string_view rel, const Gazetteer& g, bool past) {
  std::string buffer;
  const auto object = relative_tie_object(rel, past, buffer);
  if (!object) return "unknown";
  // Who covered a beat is the press's: "who covered the White House for 40 years".
  if (object->starts_with("covered ")) return "media";
  return side_of_affiliation(*object, g);
}

// Each mention of a person asks again for the side of the same few descriptions: the answer,
// a function of the text and the gazetteer alone, is kept per thread. The cache is emptied
// when it grows, so a long batch does not hold every description it met.
std::string side_of_affiliation(std::string_view affiliation, const Gazetteer& g) {
  struct Cache {
    const Gazetteer* gazetteer = nullptr;
    std::unordered_map<std::string, std::string> sides;
  };
  thread_local Cache cache;
  if (cache.gazetteer != &g || cache.sides.size() > 4096) {
    cache.sides.clear();
    cache.gazetteer = &g;
  }
  const auto [it, fresh] = cache.sides.try_emplace(std::string(affiliation));
  if (fresh) it->second = side_of_affiliation_uncached(affiliation, g);
  return it->second;
}

namespace {
// A body's topic is no part of whom it serves: "the Project on Government Secrecy at the
// Federation of American Scientists" is no government's. The words from " on " to the next
// link or comma go.
std::string without_topics(std::string_view lower_phrase) {
  std::string out;
  for (std::size_t k = 0;;) {
    const std::size_t on = lower_phrase.find(" on ", k);
    out.append(lower_phrase.substr(k, on - k));
    if (on == std::string_view::npos) return out;
    std::size_t next = lower_phrase.size();
    for (std::string_view link : {" at ", " of ", " for ", ", "})
      next = std::min(next, lower_phrase.find(link, on + 4));
    k = next;
  }
}

std::string side_of_affiliation_uncached(std::string_view affiliation, const Gazetteer& g) {
  // A relative clause describes the body, not whom the person speaks for: "president of the
  // United Federation of Teachers, which represents New York City educators".
  for (std::string_view rel : {", which ", ", who ", ", whose ", " which ", " \xE2\x80\x94 which "})
    if (const auto k = affiliation.find(rel); k != std::string_view::npos)
      affiliation = affiliation.substr(0, k);
  // A relative clause that says where the person works now or whom they back speaks first
  // ("a former Treasury official who is now a senior fellow at the Center for Global
  // Development", "a pollster who supported Texas Sen. Ted Cruz"); then the role before it,
  // over anything else the clause names ("a former Clinton aide who accompanied McConnell to
  // Burma" is the aide's side, not Burma's); a past job only when that role says nothing
  // ("a businessman who served as Trump's adviser", but "a fellow at the Peterson Institute
  // who worked for the Clinton administration" is the fellow's). Nothing else in the clause
  // speaks: "a former aide to the governor who traveled with him to Brazil".
  // What an apposition says someone said is no tie: "Juanita Broaddrick, who said Clinton
  // raped her", "who has said he will not vote".
  for (std::string_view speech : {"who said ", "who says ", "who has said ", "who had said "})
    if (affiliation.starts_with(speech)) return "unknown";
  // A clause alone ("who recalled meeting Trump") ties the person to a state only as a clause
  // after a role would; what it says they do may still make them the press's or an expert
  // ("who writes about the credit industry … as an expert witness").
  if (affiliation.starts_with("who ")) {
    const std::string_view rel = affiliation.substr(4);
    for (const std::string_view part : clause_verbs(rel))
      for (const bool past : {false, true})
        if (std::string s = side_of_relative_tie(part, g, past); s != "unknown") return s;
    std::string s = side_of_affiliation(rel, g);
    return s == "independent" || s == "media" ? s : "unknown";
  }
  if (const auto k = affiliation.find(" who "); k != std::string_view::npos && k > 0) {
    const std::string_view rel = affiliation.substr(k + 5);
    if (std::string s = side_of_relative_tie(rel, g, false); s != "unknown") return s;
    if (std::string s = side_of_affiliation(affiliation.substr(0, k), g); s != "unknown") return s;
    // What else the clause tells is what the person did, not whom they speak for.
    return side_of_relative_tie(rel, g, true);
  }
  // A second apposition describes the last noun: it speaks only when the first part says
  // nothing ("the foreign minister of France, a permanent member of the Security Council" is
  // France; "director of the House Majority PAC, a Democratic super PAC" is the US).
  for (std::string_view rel : {", a ", ", an ", ", one of "})
    if (const auto k = affiliation.find(rel); k != std::string_view::npos && k > 0) {
      if (std::string s = side_of_affiliation(affiliation.substr(0, k), g); s != "unknown")
        return s;
      break;
    }
  const std::string posted = without_posting(affiliation);
  const std::string located = without_locations(posted, g);
  affiliation = located;
  const std::string l = lower(affiliation);
  // A private person: only a party or a body the description names says whom they back ("a
  // Donald Trump supporter", "a Syrian refugee" speak for themselves).
  if (is_private_role(lower(head_noun_of(affiliation)))) {
    // What such a person does is no employer: "a Sanders volunteer who goes to colleges".
    if (names_research(before_relative_clause(l))) return "independent";
    return g.side_in(affiliation, false).value_or("unknown");
  }
  // A candidate's team is the campaign: "Team Trump", "Team Clinton".
  if (l.starts_with("team "))
    if (auto s = side_of_person_named(affiliation.substr(5), g)) return *s;
  // A party's own staff speak for its side, whatever their job ("Republican National
  // Committee Research Director").
  if (mentions_any<kPartyBodies>(l) && affiliation.find(" Campaign") == std::string_view::npos) {
    if (auto s = g.side_in(affiliation)) return *s;
    if (auto s = side_of_person_named(affiliation, g)) return *s;  // "Obama's campaigns"
  }
  // A reporter's beat is no employer: "Post White House bureau chief", "chief White House
  // correspondent for CNN" are the press's, while a state outlet they work for keeps its
  // state ("RT correspondent", "Xinhua reporter").
  if (names_press_role(l) && !mentions_any<kStateWords>(l)) {
    const auto outlet = g.last_outlet_in(
        affiliation, [](std::string_view w) { return ends_newspaper_name(lower(w)); });
    return outlet ? g.side_of(*outlet).value_or("media") : "media";
  }
  // A government's own research office is no think tank: "State Department Refugee
  // Processing Center".
  if (auto s = g.government_opening(affiliation)) return *s;
  // A known person's possessive names the employer: "President Obama's special envoy to the
  // global coalition".
  if (const auto s = side_of_possessor(affiliation, g)) return *s;
  const bool private_body =
      (names_private_body(affiliation, l, g) &&
       !mentions_any<kGovernmentBodies>(without_topics(l))) ||
      (ends_in_place(named_body(affiliation), g) && !mentions_any<kStateRoles>(l) && !party_of(l));
  const auto named = g.side_in(affiliation);
  // A country's press as a whole is no state's voice unless it is the state's own: "Turkish
  // media", "the U.S. media", but not "Chinese state media".
  if (names_the_press(l) && !mentions_any<kStateWords>(l) &&
      l.find("-controlled") == std::string::npos)
    return "media";
  // Someone of an outlet the text named before: "the paper's Robert Costa".
  if (const std::string_view owner = without_possessive(l);
      owner.size() < l.size() && word_set<kOutletNouns>().contains(last_word_of(owner)))
    return "media";
  // An analyst an outlet employs is its voice: "one of the baseball analysts on ESPN".
  if (names_research(l) && !partisan_expert(l)) return named == "media" ? "media" : "independent";
  // A newsroom is media unless it is the state's ("China's state news agency") or a named
  // body's; a country's paper is not its government's voice ("a Portuguese newspaper").
  if (const auto& s = named) {
    if (*s == "media") return *s;  // "chairman of Fox Networks Group"
    if (names_newsroom_job(l) && !mentions_any<kStateWords>(l))
      return g.side_in(affiliation, false).value_or("media");
    // A place says where a private body is, and a demonym whom it gathers, not whom it
    // serves: "Virginia AFL-CIO President", "the Turkish American Federation". (A body the
    // gazetteer holds is its own side: "the International Atomic Energy Agency".)
    if (private_body && !listed_body(named_body(affiliation), g)) return "unknown";
    // A state or city says where someone works, not that they serve it, unless their role or
    // body is a state's: "director of New York Communities for Change", "a Florida developer".
    // And a state after an outlet is its edition: "POLITICO New York".
    if (*s == "US" && !mentions_any<kOfficialRoles>(l) && !mentions_any<kGovernmentBodies>(l)) {
      const auto rest = g.side_in(us_states_dropped(affiliation, g));
      if (!rest) return "unknown";
      if (*rest == "media") return "media";
    }
    return *s;
  }
  if (names_newsroom_job(l)) return "media";
  // Nor does the person a private body is named for: "counsel for the Trump Organization".
  if (private_body) return "unknown";
  // A tie to a known person: "Clinton campaign manager", "a spokeswoman for Hillary Clinton".
  if (auto s = side_of_person_named(affiliation, g)) return *s;
  if (names_broadcaster(affiliation) || names_newspaper(affiliation)) return "media";
  // A pollster answers to no side unless a body, party or person above says whom they poll
  // for ("a former Clinton White House pollster", "Bloomberg's pollster").
  if (contains_any_word(l, "pollster") || contains_any_word(l, "polling firm"))
    return "independent";
  return "unknown";
}

}  // namespace

char party_of(std::string_view text_lower) {
  const bool d = contains_any_word(text_lower, "democratic") ||
                 contains_any_word(text_lower, "democrat") ||
                 text_lower.find("(d-") != std::string_view::npos;
  const bool r = contains_any_word(text_lower, "republican") ||
                 contains_any_word(text_lower, "gop") ||
                 text_lower.find("(r-") != std::string_view::npos;
  const bool l = contains_any_word(text_lower, "libertarian");
  const bool g = text_lower.find("green party") != std::string_view::npos;
  if (d + r + l + g != 1) return 0;
  return d ? 'D' : r ? 'R' : l ? 'L' : 'G';
}

std::string country_name(std::string_view side) {
  if (side == "US") return "United States";
  if (side == "UK") return "United Kingdom";
  if (side == "EU") return "European Union";
  if (side == "UN") return "United Nations";
  return std::string(side);
}

}  // namespace whosaid::speakers_detail
