// Document-wide sides; see speaker_home_side.hpp.
#include "engine/speaker_home_side.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_set>

#include "engine/gender.hpp"
#include "engine/lexicon.hpp"
#include "engine/names.hpp"
#include "engine/speaker_sides.hpp"
#include "engine/speaker_words.hpp"
#include "engine/split.hpp"

namespace whosaid::speakers_detail {
namespace {
constexpr std::string_view kOfficialGroups[] = {
    "police",      "lawmakers", "senators", "officials",     "prosecutors",    "investigators",
    "authorities", "aides",     "officers", "party leaders", "party officials"};

// A word of capitals and digits with both: "L2", "3M", "G4S" (not "2016", not "NAACP").
bool is_letters_and_digits(std::string_view w) {
  return w.size() >= 2 && std::any_of(w.begin(), w.end(), ascii::is_upper) &&
         std::any_of(w.begin(), w.end(), ascii::is_digit) &&
         std::all_of(w.begin(), w.end(),
                     [](char c) { return ascii::is_upper(c) || ascii::is_digit(c); });
}

// Whether a capitalized name after a role is a private body's rather than a person's, a
// place's or a state's: "president of Rock the Vote", "president of Judicial Watch" (where
// "spokesman for Ted Cruz", "director of the Congressional Budget Office" stay). A single word
// is a body only when it is initials or a brand ("NAACP", "MoveOn"); otherwise "Sanders" is as
// likely. `surnames` are the last words of the document's people.
bool names_unlisted_body(std::string_view body, const Gazetteer& g,
                         const std::unordered_set<std::string_view>& surnames) {
  // A possessive names someone's thing: "for Michele Bachmann’s campaign".
  if (body.empty() || !ascii::is_upper(body[0]) || (g.side_in(body) && !ends_in_place(body, g)) ||
      without_possessive(body).size() != body.size())
    return false;
  if (mentions_any<kGovernmentBodies>(lower(body))) return false;
  // A title in front of a name is singular ("for President Obama"), where a body may name
  // whom it gathers ("Students For Life of America").
  const auto words = split(body, ' ');
  for (const std::string_view w : words)
    if ((ascii::is_upper(w[0]) && is_person_role(w) && !w.ends_with('s')) || is_honorific(w) ||
        surnames.contains(without_possessive(w)))
      return false;
  // A person's name has no "the" or "of" inside: "Rock the Vote" is no Rock.
  const bool joined = std::any_of(words.begin(), words.end(),
                                  [](std::string_view w) { return ascii::is_lower(w[0]); });
  if (!joined && gender_of_given_name(words.front()) != Gender::unknown) return false;
  if (words.size() > 1) return true;
  return is_acronym(words.front()) || is_brand_name(words.front());
}

// Whether a role is held in a body that is no state's: "president of the United Federation of
// Teachers", "spokeswoman for the EB-5 Investment Coalition".
bool serves_private_body(std::string_view affiliation, const Gazetteer& g,
                         const std::unordered_set<std::string_view>& surnames) {
  const std::string l = lower(affiliation);
  // A body named by its possessive that is no state's, place's or known person's: "Facebook's
  // vice president of public policy in Europe" (not "Obama's envoy", "the Pentagon's").
  if (const std::string_view first = affiliation.substr(0, affiliation.find(' '));
      first.size() < affiliation.size()) {
    const std::string_view owner = without_possessive(first);
    if (owner.size() < first.size() && owner.size() > 1 && ascii::is_upper(owner[0]) &&
        !g.side_of(owner) && !surnames.contains(owner) && !g.side_by_part(owner) &&
        !is_role_word(owner) && gender_of_given_name(owner) == Gender::unknown)
      return true;
  }
  // A company's officers: "CrowdTangle chief executive", "co-founder of Upworthy". The
  // phrases are looked for only after "chief", which few affiliations hold.
  static constexpr std::string_view kFounders[] = {"ceo", "founder", "co-founder", "cofounder"};
  static constexpr std::string_view kChiefOfficers[] = {
      "chief executive", "chief operating officer", "chief financial officer",
      "chief technology officer"};
  const bool officer = mentions_any<kFounders>(l) ||
                       (l.find("chief ") != std::string::npos && mentions_any<kChiefOfficers>(l));
  if (officer && !names_public_body(l) && !mentions_any<kStateRoles>(l)) return true;
  // A state's role is the state's wherever it is held: "the mayor of Fort Pierce".
  if (!mentions_any<kStateRoles>(l) && !l.starts_with("del. ") &&
      !mentions_any<kPublicBodyWords>(l.substr(0, l.find(", "))) &&
      names_unlisted_body(named_body(affiliation), g, surnames))
    return true;
  // The body in front of the role: "Virginia AFL-CIO President".
  if (const std::string_view role = last_word_of(affiliation); is_role_word(role)) {
    const std::string_view body = affiliation.substr(0, affiliation.size() - role.size());
    if (names_private_body(body, g)) return true;
    // A name of capitalized words that is no state's, a party's or a person's: "Judicial
    // Watch President" (not "Rules Committee Chairman", "McGinty campaign spokesman").
    const std::string_view name = trim(body);
    const auto words = split(name, ' ');
    if (words.size() >= 2 &&
        std::all_of(words.begin(), words.end(),
                    [](std::string_view w) { return !w.empty() && ascii::is_upper(w[0]); }) &&
        !mentions_any<kStateRoles>(l) && !mentions_any<kPublicBodyWords>(l) &&
        names_unlisted_body(name, g, surnames))
      return true;
    // Initials the gazetteer does not hold for a state body are a union's, a firm's or a
    // lobby's: "NEA President", "AIPAC spokesman" (where "FBI Director" is the state's).
    // So are capitals with digits, a firm's brand: "L2 president", "3M spokesman".
    if (const std::string_view initials = trim(body);
        initials.size() <= 8 && (is_acronym(initials) || is_letters_and_digits(initials)) &&
        initials != "PAC" && !g.side_of(initials))
      return true;
  }
  for (std::string_view link : {" of ", " for "}) {
    const auto at = affiliation.find(link);
    if (at == std::string_view::npos) continue;
    std::string_view body = affiliation.substr(at + link.size());
    body = body.substr(0, body.find(", "));
    if (names_private_body(body, g)) return true;
  }
  return false;
}

// Whether a description places someone on, or names, an electoral campaign: "a spokeswoman
// for Gore’s 2000 presidential campaign", "one former campaign staffer", "people close to
// the campaign". A campaign's staff speak for its candidate's country, as the candidate does.
// Not a campaign's subject ("campaign finance records") nor an event ("attended a campaign
// event"): the word must be followed by a staff noun or end the description. Nor a body's
// name ("the Human Rights Campaign"): a capital is read only where the description opens.
bool on_a_campaign(std::string_view d) {
  const std::string l = lower(d);
  static constexpr std::string_view kStaff[] = {
      "staffer",   "aide",        "manager",      "chairman", "chair",   "official",
      "spokesman", "spokeswoman", "spokesperson", "adviser",  "advisor", "strategist",
      "director",  "worker",      "operative",    "staff",    "team"};
  for (std::size_t at = l.find("campaign"); at != std::string_view::npos;
       at = l.find("campaign", at + 8)) {
    if (at > 0 && (ascii::is_alpha(l[at - 1]) || d[at] == 'C')) continue;
    std::string_view rest = l.substr(at + 8);
    if (rest.starts_with('s')) rest.remove_prefix(1);
    if (rest.empty() || rest.front() == ',' || rest.front() == ';') return true;
    if (rest.front() != ' ') continue;
    rest.remove_prefix(1);
    const std::string_view next = rest.substr(0, rest.find_first_of(" ,;"));
    if (is_listed_or_plural<kStaff>(next)) return true;
  }
  return false;
}

// The country of the places a text names most (countries, capitals, US states), for a text
// whose speakers name none: "the Labor Secretary" in a story from New York and Washington.
// Known leaders and the two American parties count as places. Looked up word by word and by
// pairs of capitalized words ("New York").
std::map<std::string, std::uint32_t> place_weight(std::string_view text, const Gazetteer& g) {
  std::map<std::string, std::uint32_t> weight;
  const auto words = split(text, ' ');
  // Punctuation around a word goes, but initials keep their last period: "U.S." is no "U.S".
  const auto bare = [](std::string_view w) {
    const std::string_view whole = w;
    while (!w.empty() && !ascii::is_alnum(w.back())) w.remove_suffix(1);
    if (w.find('.') != std::string_view::npos && w.size() < whole.size() && whole[w.size()] == '.')
      w = whole.substr(0, w.size() + 1);
    while (!w.empty() && !ascii::is_alnum(w.front())) w.remove_prefix(1);
    return w;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = bare(words[i]);
    if (w.empty() || !ascii::is_upper(w[0])) continue;
    if (i + 1 < words.size() && w.size() == words[i].size()) {
      const std::string_view next = bare(words[i + 1]);
      if (!next.empty() && ascii::is_upper(next[0])) {
        const std::string pair = std::string(w) + " " + std::string(next);
        if (g.is_place(pair)) {
          ++weight[*g.side_of(pair)];
          ++i;
          continue;
        }
        // So do the leaders the gazetteer knows: "Hillary Clinton", "Xi Jinping".
        if (auto side = g.person_side(pair); side && *side != "media" && !g.is_aide(pair)) {
          ++weight[*side];
          ++i;
          continue;
        }
      }
    }
    if (g.is_place(w)) ++weight[*g.side_of(w)];
    // The two American parties place a story as its places do: a piece on "Republicans who
    // suggest Hillary Clinton might be preferable" is from the US though it never says so.
    else if (w == "Republican" || w == "Republicans" || w == "Democrat" || w == "Democrats" ||
             w == "GOP")
      ++weight["US"];
  }
  return weight;
}
// The person an agent speaks for, when that person is one of the document's speakers: "A
// representative for Mr. Pinchuk", "a spokeswoman for Clinton". Only such agents' own words
// name no body; their side is their principal's, not the side of the officials around them.
std::optional<std::uint32_t> principal_of(const Speaker& agent,
                                          const std::vector<Speaker>& speakers) {
  static constexpr std::string_view kAgents[] = {"representative for ", "spokesman for ",
                                                 "spokeswoman for ", "spokesperson for "};
  // (Looked for as written: the agent's noun follows an article, in lower case.)
  if (agent.kind != SpeakerKind::anonymous || agent.name.find(" for ") == std::string::npos)
    return std::nullopt;
  const std::string& l = agent.name;
  std::size_t at = std::string::npos;
  for (const std::string_view a : kAgents)
    if (const auto k = l.find(a); k != std::string::npos) {
      at = k + a.size();
      break;
    }
  if (at == std::string::npos) return std::nullopt;
  std::string_view who = std::string_view(agent.name).substr(at);
  who = who.substr(0, who.find_first_of(",;("));
  if (const auto space = who.find(' ');
      space != std::string_view::npos && is_honorific(who.substr(0, space)))
    who.remove_prefix(space + 1);
  if (who.empty() || !ascii::is_upper(who[0]) || who.find(' ') != who.rfind(' '))
    return std::nullopt;
  for (std::uint32_t i = 0; i < speakers.size(); ++i)
    if (speakers[i].kind == SpeakerKind::person &&
        (speakers[i].name == who || last_word_of(speakers[i].name) == who))
      return i;
  return std::nullopt;
}
}  // namespace

void agents_take_principal_side(std::vector<Speaker>& speakers) {
  for (Speaker& s : speakers)
    if (const auto p = principal_of(s, speakers)) s.side = speakers[*p].side;
}

void assign_home_side(std::vector<Speaker>& speakers, const Gazetteer& g, std::string_view text) {
  // Speakers, not their attributions, are counted: one witness quoted ten times does not make
  // a story from Nice Lebanese, nor does a candidate quoted at length one from Jerusalem
  // American.
  std::map<std::string, std::uint32_t> weight;
  for (const Speaker& s : speakers)
    if (s.side != "unknown" && s.side != "independent" && s.side != "media") ++weight[s.side];
  // The side that holds more than half the weight, or none.
  const auto dominant = [](const std::map<std::string, std::uint32_t>& w) {
    std::string home;
    std::uint32_t best = 0, total = 0;
    for (const auto& [side, n] : w) {
      total += n;
      if (n > best) best = n, home = side;
    }
    return best * 2 > total ? home : std::string();
  };
  std::string home = dominant(weight);
  bool from_places = false;
  if (home.empty()) {
    // The places the text names decide when its speakers do not: a story from France quoting
    // French, American and Lebanese voices is about France. Only worth reading the text for
    // when someone would take the side.
    const bool officials = std::any_of(speakers.begin(), speakers.end(), [](const Speaker& s) {
      if (s.side != "unknown" || s.kind == SpeakerKind::group) return false;
      const std::string l = lower(s.title + " " + s.affiliation + " " + s.name);
      // Or a state body: "the government denied his party the victory" in Addis Ababa.
      return mentions_any<kStateRoles>(l) ||
             (s.kind == SpeakerKind::organization && mentions_any<kGovernmentBodies>(l));
    });
    if (officials) home = dominant(place_weight(text, g));
    from_places = weight.empty();
  }
  if (home.empty()) return;
  const bool country = g.is_country(home);
  std::unordered_set<std::string_view> surnames;
  for (const Speaker& s : speakers)
    if (s.kind == SpeakerKind::person) surnames.insert(last_word_of(s.name));
  for (Speaker& s : speakers) {
    if (s.side != "unknown" || s.kind == SpeakerKind::country) continue;
    // What an unnamed source's relative clause names is no role of theirs: "one of two
    // witnesses who … feared retribution from the congressman".
    const std::string l =
        lower(s.title + " " + s.affiliation + " " + std::string(before_relative_clause(s.name)));
    // A role inside a named body that is no state's: "president of the United Federation of
    // Teachers" heads a union, "spokeswoman for the EB-5 Investment Coalition" speaks for one.
    if (s.kind == SpeakerKind::person && serves_private_body(s.affiliation, g, surnames)) continue;
    // Nor does past service in the forces make anyone a state's: "a Navy veteran", "a
    // veteran of 22 years in the Marine Corps".
    if (const std::string_view d = s.affiliation.empty() ? s.title : s.affiliation;
        s.kind != SpeakerKind::group && d.find("veteran") != std::string_view::npos &&
        head_noun_of(lower(before_relative_clause(d))) == "veteran")
      continue;
    // Groups only when all of one service: "the two presidents" may be two sides.
    const bool official =
        s.kind == SpeakerKind::group ? mentions_any<kOfficialGroups>(l)
        : from_places ? mentions_any<kStateRoles>(l) || (s.kind == SpeakerKind::organization &&
                                                         mentions_any<kGovernmentBodies>(l))
        : s.kind == SpeakerKind::organization
            ? mentions_any<kGovernmentBodies>(l) || lower(s.name).starts_with("federal ") ||
                  // "The administration", "the Scott administration": a government's.
                  last_word_of(l) == "administration"
            // Whom a relative clause says someone may choose is no race of theirs: "62, who
            // hasn't decided which candidate she will caucus with".
            : mentions_any<kOfficialRoles>(l) ||
                  (country && mentions_any<kElectoralRoles>(before_relative_clause(l))) ||
                  // A judge of a high court: "Justice Scalia" (not "a criminal justice expert").
                  s.title == "Justice" || s.title.ends_with("Court Justice") ||
                  s.title.ends_with("Chief Justice") || s.title.ends_with("Associate Justice");
    // A candidate's campaign, its staff and those close to it: as the candidate's country.
    if (official || (country && (on_a_campaign(before_relative_clause(s.name)) ||
                                 on_a_campaign(before_relative_clause(s.affiliation)))))
      s.side = home;
  }
}

namespace {

// "Monica Crowley wrote in The Washington Times", "columnist Ai Jun wrote in the Global Times
// piece": who writes in an outlet with no other side writes for it, and a state outlet's
// writer for its state.
// Where a cue says the words were written, the text after it: "points out in a column on
// Yahoo News" gives "Yahoo News", as "wrote in" does.
// The piece is named within a few words of the cue's end, not in a later clause.
std::optional<std::string_view> written_piece_outlet(std::string_view after_cue_start,
                                                     std::size_t cue_size) {
  static constexpr std::string_view kPieces[] = {
      " in a column ",    " in an op-ed ",   " in an essay ", " in an editorial ",
      " in a blog post ", " in an article ", " in a piece "};
  // Every piece opens with " in a": one look for it spares the rest in most texts.
  if (after_cue_start.substr(0, cue_size + 25).find(" in a") == std::string_view::npos)
    return std::nullopt;
  for (const std::string_view piece : kPieces) {
    const std::size_t k = after_cue_start.find(piece);
    if (k == std::string_view::npos || k > cue_size + 20) continue;
    std::string_view rest = after_cue_start.substr(k + piece.size());
    for (const std::string_view link : {"on ", "in ", "for ", "at "})
      if (rest.starts_with(link)) return rest.substr(link.size());
  }
  return std::nullopt;
}

void written_in_outlet(Speaker& s, const Attribution& a, std::string_view text,
                       const Gazetteer& g) {
  if (s.kind != SpeakerKind::person || (s.side != "unknown" && s.side != "media") || !a.cue) return;
  // After the verb, in the cue ("wrote in The Washington Times that …") or after it.
  std::string_view after = text.substr(a.cue->begin, a.cue->end - a.cue->begin + 80);
  if (const auto outlet = written_piece_outlet(after, a.cue->end - a.cue->begin)) {
    after = *outlet;
  } else {
    if (a.cue_lemma != "write") return;
    const std::size_t verb = after.starts_with("wr") ? 0 : after.find(" wr");
    if (verb == std::string_view::npos) return;
    after.remove_prefix(verb + 1);
    after.remove_prefix(std::min(after.size(), after.find(' ')));
    if (after.starts_with(" in "))
      after.remove_prefix(4);
    else if (after.starts_with(" for "))
      after.remove_prefix(5);
    else
      return;
  }
  for (std::string_view article : {"the ", "The "})
    if (after.starts_with(article)) after.remove_prefix(article.size());
  const std::string_view outlet = after.substr(0, after.find_first_of(",.:;\n"));
  if (outlet.empty() || !ascii::is_upper(outlet.front())) return;
  const std::string side = side_of_affiliation(outlet, g);
  if (side == "media" || (s.side == "media" && g.is_country(side))) s.side = side;
}

}  // namespace

void mark_media_people(SpeakerResolution& r, const std::vector<Attribution>& attributions,
                       std::string_view text, const Gazetteer& g) {
  const auto unknown_person = [&](std::uint32_t idx) {
    return r.speakers[idx].kind == SpeakerKind::person && r.speakers[idx].side == "unknown";
  };
  for (std::size_t i = 0; i < attributions.size(); ++i) {
    if (!r.speaker_of[i] || !attributions[i].source) continue;
    written_in_outlet(r.speakers[*r.speaker_of[i]], attributions[i], text, g);
    if (!unknown_person(*r.speaker_of[i])) continue;
    const std::string_view after = text.substr(attributions[i].source->end, 80);
    for (const std::string_view writing : {", writing for ", ", writing in ", ", writing at "}) {
      if (!after.starts_with(writing)) continue;
      const std::string_view rest = after.substr(2);
      const std::string_view clause = rest.substr(0, rest.find_first_of(",:;\n"));
      if (side_of_affiliation(clause, g) != "media") break;
      Speaker& s = r.speakers[*r.speaker_of[i]];
      s.side = "media";
      if (s.affiliation.empty()) s.affiliation = std::string(clause);
      break;
    }
  }
  // Hosts, read once from the text: the capitalized words before "'s radio show". A host is
  // known by a full name, so the text is read only when such a person lacks a side.
  bool any_unknown = false;
  for (std::uint32_t idx = 0; idx < r.speakers.size(); ++idx)
    any_unknown |= unknown_person(idx) && r.speakers[idx].name.find(' ') != std::string::npos;
  if (!any_unknown) return;
  std::unordered_set<std::string_view> hosts;
  for (const std::string_view show : {"show", "podcast", "radio program"})
    for (std::size_t k = text.find(show); k != std::string_view::npos; k = text.find(show, k + 1)) {
      if (k + show.size() < text.size() && ascii::is_alpha(text[k + show.size()])) continue;
      std::string_view before = text.substr(0, k);
      for (const std::string_view kind : {"radio ", "talk ", "TV ", "television "})
        if (before.ends_with(kind)) before.remove_suffix(kind.size());
      if (before.ends_with("'s "))
        before.remove_suffix(3);
      else if (before.ends_with("\xE2\x80\x99s "))
        before.remove_suffix(5);
      else
        continue;
      // Back over up to four capitalized words: the host's name.
      std::size_t b = before.size();
      for (int words = 0; words < 4 && b > 0; ++words) {
        std::size_t w = before.find_last_of(" \n", b - 1);
        w = w == std::string_view::npos ? 0 : w + 1;
        if (w >= b || !ascii::is_upper(before[w])) break;
        hosts.insert(before.substr(w));
        if (w == 0 || before[w - 1] != ' ') break;
        b = w - 1;
      }
    }
  for (std::uint32_t idx = 0; idx < r.speakers.size(); ++idx)
    if (unknown_person(idx) && hosts.contains(r.speakers[idx].name)) r.speakers[idx].side = "media";
}

}  // namespace whosaid::speakers_detail
