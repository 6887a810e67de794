// The first step of resolving a source: what kind of mention it is (pronoun, person, description,
// organization, country, group, anonymous) and which speaker it links to; see speaker_resolver.hpp.
#include "engine/speaker_resolver.hpp"

namespace whosaid::speakers_detail {
namespace {
// Whether an anonymous speaker's name is one person's: "the woman", "a local official",
// "a spokeswoman for Fenwick" (not "the lawsuit" nor "officials").
bool one_unnamed_person(std::string_view name) {
  const std::string_view bare = strip_determiner(name);
  const std::string head = lower(head_noun_of(bare));
  if (head == "woman" || head == "man") return true;
  if (head.ends_with('s') || head == "people") return false;
  // A bare role ("the campaign manager", "a reporter") is too often a description of someone
  // the text names, which the pronoun then means.
  return word_set<kAnonymousNouns>().contains(head);
}
}  // namespace

std::optional<std::uint32_t> Resolver::resolve(const Attribution& a, const Attribution* parent) {
  if (!a.source) return std::nullopt;
  const ByteSpan span = *a.source;
  const std::string_view mention = text_.substr(span.begin, span.end - span.begin);
  std::string_view extra;
  if (a.source_apposition)
    extra = text_.substr(a.source_apposition->begin,
                         a.source_apposition->end - a.source_apposition->begin);
  content_ = &a.content;
  parent_content_ = parent ? &parent->content : nullptr;
  parent_speaker_ = std::nullopt;
  if (parent)
    if (const auto it = speaker_by_attribution_.find(parent->id);
        it != speaker_by_attribution_.end())
      parent_speaker_ = it->second;
  // One mention is one speaker: a quotation continued in the next paragraph or a gerund cue
  // ("…,” she said, mentioning …") shares its source with the attribution resolved before,
  // whose content the reading saw (a name inside that quotation is no antecedent).
  std::optional<std::uint32_t> idx;
  for (auto r = recent_sources_.rbegin(); r != recent_sources_.rend() && !idx; ++r)
    if (r->mention == span) idx = r->speaker;
  if (!idx) idx = classify_and_link(mention, extra, span.begin);
  content_ = parent_content_ = nullptr;
  if (idx) {
    speaker_by_attribution_[a.id] = *idx;
    Speaker& s = speakers_[*idx];
    // A byline: "Julie Hirschfeld Davis reported from Midway Atoll" names a reporter.
    if (s.kind == SpeakerKind::person && s.side == "unknown" && a.cue &&
        text_.substr(a.cue->begin, a.cue->end - a.cue->begin).starts_with("reported from"))
      s.side = "media";
    // Two attributions may share one mention ("…," he said, "…" and what follows); they are
    // resolved one after the other, so only the last few mentions are compared (a speaker of
    // a long text has many).
    const auto recent = s.mentions.end() - std::min<std::ptrdiff_t>(4, std::ssize(s.mentions));
    if (std::find(recent, s.mentions.end(), span) == s.mentions.end()) s.mentions.push_back(span);
    ++s.attributions;
    remember(*idx);
    recent_sources_.push_back({span, *idx});
    if (recent_sources_.size() > 32) recent_sources_.erase(recent_sources_.begin());
    // The narrator is never a "he" or "she" of the text: "If, as I've suggested, he …".
    // Nor is someone another speaker reports ("“… that she continuously says …,” she said",
    // "McClenney said Clinton does not show …. “…,” she said"): the one who speaks next is
    // whoever spoke last in the narrative.
    if (s.kind == SpeakerKind::anonymous && gender_[*idx] == Gender::unknown)
      gender_[*idx] = gender_of_title(s.name);  // "the woman"
    // Nor is someone a relative clause describes by what they say or have said ("particularly
    // Govs. Jeb Bush and Chris Christie, who say …", "the nominee, who has called global
    // warming a hoax"): the sentence's subject stays the one a "he" next means. One who said
    // something then ("Sen. Dianne Feinstein, who said none of the emails …") is news.
    if ((s.kind == SpeakerKind::person || one_unnamed_person(s.name)) && idx != narrator_ &&
        !parent && !(word_set<kRelatives>().contains(lower(mention)) && describing_cue(a))) {
      recent_persons_.push_back({*idx, span.begin});
      if (recent_persons_.size() > 16) recent_persons_.erase(recent_persons_.begin());
    }
  }
  return idx;
}

void Resolver::read_subject(const Attribution& a, const Attribution* parent) {
  Attribution subject = a;
  subject.source = a.judged;
  if (const auto idx = resolve(subject, parent)) {
    Speaker& s = speakers_[*idx];
    --s.attributions;
    if (!s.mentions.empty() && s.mentions.back() == *a.judged) s.mentions.pop_back();
    speaker_by_attribution_.erase(a.id);
  }
}

bool Resolver::describing_cue(const Attribution& a) const {
  if (!a.cue) return false;
  const std::string_view cue = text_.substr(a.cue->begin, a.cue->end - a.cue->begin);
  const std::string_view verb = cue.substr(0, cue.find(' '));
  return !(verb.ends_with("ed") || verb == "said" || verb == "told" || verb == "wrote" ||
           verb == "spoke");
}

bool Resolver::names_body_alone(std::string_view phrase) const {
  if (phrase.empty() || !ascii::is_upper(phrase[0])) return false;
  const auto words = split(phrase, ' ');
  const bool capitals = std::all_of(words.begin(), words.end(), [](std::string_view w) {
    return !w.empty() &&
           (ascii::is_upper(w[0]) || w == "of" || w == "the" || w == "for" || w == "and");
  });
  return capitals && words.size() <= 5 && !name_alone(phrase) && !g_.is_place(phrase);
}

std::optional<std::uint32_t> Resolver::classify_and_link(std::string_view mention,
                                                         std::string_view extra, std::uint32_t at) {
  // Head and apposition: "Yun Sun, director of the China Program at the Stimson Center,".
  std::string_view head = trim(mention), apposition = trim(extra);
  bool body_named = false;
  if (const auto comma = head.find(", "); comma != std::string_view::npos) {
    apposition = trim(head.substr(comma + 1));
    head = trim(head.substr(0, comma));
    // A description in front of the name: "The state's campaign chairman, Phil Lovas,",
    // "A Democrat, Mr. Justice,", "Nevada's governor, Brian Sandoval, a Republican,". The
    // name is who speaks; the description is the title.
    const std::string_view name = trim(apposition.substr(0, apposition.find(", ")));
    const auto possessive = [](std::string_view h) {
      for (std::string_view mark : {"'s ", "\xE2\x80\x99s "})
        if (const auto k = h.find(mark); k != std::string_view::npos &&
                                         k + mark.size() < h.size() &&
                                         ascii::is_lower(h[k + mark.size()]))
          return true;
      return false;
    };
    // A description names a role or a party ("A Democrat, Mr. Justice,"): "the election,
    // Minyon Moore, a senior adviser," is a clause's end, and the words after the name
    // describe her.
    const bool described =
        (strip_determiner(head).size() < head.size() || possessive(head) ||
         head.starts_with("One ") || head.starts_with("one ") ||  // "One Republican hopeful"
         head.starts_with("his ") || head.starts_with("her ") || head.starts_with("their ") ||
         head.starts_with("His ") || head.starts_with("Her ") || head.starts_with("Their ")) &&
        names_person(head_noun_of(head));
    // The name may carry its own title after a description: "The chairman of the Joint
    // Chiefs of Staff, Gen. Joseph F. Dunford Jr.,".
    const auto titled_name = [&](std::string_view n) {
      std::string title, full;
      if (!described || n.empty() || !ascii::is_upper(n[0]) ||
          !split_title_and_name(n, g_, &title, &full) || title.empty() ||
          full.find(' ') == std::string::npos || has_capitalized_org_word(full) || g_.side_of(full))
        return false;
      // "Sen. Anne Porter of Maine" keeps the place in its title: "Sen. of Maine".
      const auto names_rank = [](std::string_view w) { return is_honorific(w) || is_role_word(w); };
      return names_rank(last_word_of(title)) ||
             names_rank(std::string_view(title).substr(0, title.find(' ')));
    };
    if (auto idx = kin_named_apart(head, name, at)) return idx;
    if ((name_alone(name) || titled_name(name)) && !name_alone(head) && !head.empty() &&
        (ascii::is_lower(head[0]) || described)) {
      // Lower-case words without an article are the end of a clause, not a description
      // ("… elections procedures, Chris Herren, chief of the voting section,"): what
      // follows the name describes the person then.
      const std::string_view rest =
          trim(apposition.substr(std::min(apposition.size(), name.size() + 1)));
      apposition = described || rest.empty() ? head : rest;
      head = name;
    } else if ((head.starts_with("One of ") || head.starts_with("one of ") ||
                strip_determiner(head).size() < head.size()) &&
               names_body_alone(name)) {
      // A body named after its description: "One of them, UnitedHealth Group,", "The group,
      // Sandy Hook Promise,".
      apposition = head;
      head = name;
      body_named = true;
    }
  }
  // "said Patrick Murray of Christie, who opted to suspend his campaign": the clause is
  // about the known person spoken of.
  if (const auto of = head.rfind(" of "); of != std::string_view::npos && !apposition.empty() &&
                                          spoken_of_known_person(head.substr(of + 4), g_))
    apposition = {};
  head = without_occasion(without_time(head));
  // A document stands for its issuer; one named by a single word that no full name of the
  // text holds is a body ("an analysis … by Crowdpac"), where a surname would have been
  // introduced in full.
  if (const std::string_view issuer = issuer_of_document(head); issuer.size() < head.size()) {
    head = issuer;
    body_named = head.find(' ') == std::string_view::npos && !index().full_by_part.contains(head);
  }
  head = without_contraction(head);
  // "Obama himself": the emphasis is no part of the name.
  for (std::string_view self : {" himself", " herself", " themselves", " itself"})
    if (head.ends_with(self) && head.size() > self.size()) head.remove_suffix(self.size());
  // Nor is an adverb the source's span ends on after a name: "But Rubio only briefly
  // explained" (not "The only").
  for (std::string_view adverb : {" only", " also", " still", " alone", " too"})
    if (head.ends_with(adverb) && head.size() > adverb.size()) {
      const std::string_view last = last_word_of(head.substr(0, head.size() - adverb.size()));
      if (!last.empty() && ascii::is_upper(last[0]) && !lookup_word(lower(last)))
        head.remove_suffix(adverb.size());
    }
  // An age in front is no part of the name: "17-year-old Jared Potts".
  if (const auto dash = head.find("-year-old ");
      dash != std::string_view::npos && dash > 0 && ascii::is_digit(head[0]) &&
      dash + 10 < head.size() && ascii::is_upper(head[dash + 10]))
    head.remove_prefix(dash + 10);
  if (const std::string_view named = name_in_headline(head); !named.empty()) head = named;
  const std::string head_lower = lower(head);

  // Pronouns and relatives.
  if (word_set<kPersonPronouns>().contains(head_lower)) {
    const Gender g = gender_of_pronoun(head_lower);
    addressee_ = addressee_after(at);
    auto idx = person_for_pronoun(g, at);
    addressee_ = {};
    if (idx && g != Gender::unknown && gender_[*idx] == Gender::unknown) gender_[*idx] = g;
    return idx;
  }
  if (word_set<kPluralPronouns>().contains(head_lower)) {
    if (auto idx = parent_as_subject(at)) return idx;
    if (auto idx = plural_subject_before(at)) return idx;
    if (auto idx = named_pair_before(at)) return idx;
    if (last_plural_) return last_plural_;
    // One person is never a "they": unresolved, it stays as written.
    if (last_any_ && speakers_[*last_any_].kind != SpeakerKind::person) return last_any_;
    return find_or_add("other:they", std::string(head), SpeakerKind::group, "", "unknown");
  }
  // "It" stands for a body or a work, never a person: unresolved, it stays as written.
  if (word_set<kThingPronouns>().contains(head_lower)) {
    bool other_subject = false;
    if (auto idx = body_for_it(at, &other_subject)) return idx;
    return last_thing_ && !other_subject
               ? *last_thing_
               : find_or_add("other:it", "it", SpeakerKind::anonymous, "", "unknown");
  }
  // "I" and "we" as a source are the narrator: quoted speakers' own words are inside quotes.
  if (head_lower == "i" || head_lower == "me") {
    // In a transcript the paragraph's label speaks: "WALLACE: … I want to ask you".
    if (const std::string label = transcript_label(at); !label.empty())
      return classify_and_link(label, "", at);
    if (auto idx = interviewee_at(at)) return idx;
    if (const std::string& name = named_author(); !name.empty())
      return classify_and_link(name, "", at);
    return author();
  }
  // An interview's labels: "A:" is the interviewee, "Q:" the interviewer writing.
  if (head == "A" || head == "Q") {
    if (auto idx = interviewee_at(at + 2)) return idx;
    if (!interviewee_->empty()) return author();
  }
  if (head_lower == "we" || head_lower == "us") {
    if (auto idx = interviewee_at(at)) return idx;
    return find_or_add("narrator:we", "the authors", SpeakerKind::group, "", "media");
  }
  if (word_set<kSelfPronouns>().contains(head_lower)) return last_any_;
  if (head_lower == "which") return body_before(at);
  if (word_set<kRelatives>().contains(head_lower)) return person_or_group_before(at);
  // "his advisers", "her campaign": the people or body of the person the pronoun names.
  if (head_lower.starts_with("his ") || head_lower.starts_with("her ") ||
      head_lower.starts_with("their "))
    if (auto idx = possessed(head, at)) return idx;
  // Some of them speak for the same side: "many of her aides", "one of his senior aides".
  for (std::string_view some : {"one of ", "some of ", "many of ", "several of ", "two of "})
    if (head_lower.starts_with(some)) {
      const std::string_view rest = head.substr(some.size());
      const std::string_view rest_lower = std::string_view(head_lower).substr(some.size());
      if (!rest_lower.starts_with("his ") && !rest_lower.starts_with("her ") &&
          !rest_lower.starts_with("their "))
        break;
      const auto o = possessed(rest, at);
      if (!o) break;
      const std::string side = speakers_[*o].side;
      return derived(
          *o,
          find_or_add("owned:" + head_lower, std::string(head),
                      some == "one of " ? SpeakerKind::anonymous : SpeakerKind::group, "", side));
    }
  // "Mr. Franklin, whose organization does not endorse …": the relative's owner's body.
  if (const std::string_view before = text_.substr(0, at);
      before.ends_with(" whose ") && !head.empty() && head.find(' ') == std::string_view::npos &&
      ascii::is_lower(head.front())) {
    // Only a name owns it there: "Iran, whose leaders", "Trump, whose attorneys" (a noun
    // before "whose" is left as written).
    const std::string_view lead = text_.substr(0, at - 7);  // up to the space before "whose"
    std::string_view owner = last_word_of(lead.substr(0, lead.size() - lead.ends_with(',')));
    owner = without_possessive(owner);
    if (!owner.empty() && ascii::is_upper(owner.front())) {
      const auto o = g_.side_of(owner)
                         ? classify_and_link(
                               owner, "", static_cast<std::uint32_t>(owner.data() - text_.data()))
                         : person_or_group_before(at - 7);
      if (o) return owned(*o, head);
    }
  }
  // In an interview's answer "my staff" is the interviewee's.
  if (head_lower.starts_with("my "))
    if (const auto o = interviewee_at(at)) return owned(*o, head.substr(3));

  const std::string_view bare = strip_determiner(head);
  const std::string bare_lower = lower(bare);
  const auto words = split(bare_lower, ' ');
  // The head noun: the last word before a prepositional phrase or relative clause
  // ("Protesters in Tbilisi", "sources familiar with the talks").
  std::string_view last_word;
  for (auto w : words) {
    if (!last_word.empty() &&
        (w == "in" || w == "of" || w == "at" || w == "from" || w == "by" || w == "with" ||
         w == "for" || w == "on" || w == "familiar" || w == "close" || w == "who" || w == "that"))
      break;
    last_word = w;
  }

  // A party member named by place: "the Wisconsin Republican" (see kPartyMembers).
  if (words.size() >= 2 && bare.size() < head.size() && !head_lower.starts_with("a ") &&
      !head_lower.starts_with("an "))
    for (const auto& r : kPartyMembers)
      if (words.back() == r.role) {
        const auto side = g_.side_in(head);
        const char party = party_of(head_lower);
        // The side is the party's country; the person may have no side yet ("Rep. Lena Ortiz"
        // gets the home side only at the end), and the party and titles are checked instead.
        if (auto hit =
                salient_person_for_role(kPoliticianTitles, head_lower, std::nullopt, at, party))
          return hit;
        if (auto hit = person_with_role(r.titles, head_lower, side, at, party)) return hit;
      }
  // One member, unnamed: "a South Carolina Democrat", "one Iowa Republican" (not the party).
  if (!words.empty() && names_party_member(words.back()) &&
      (head_lower.starts_with("a ") || head_lower.starts_with("an ") ||
       head_lower.starts_with("one ")))
    return find_or_add("anon:" + head_lower, std::string(head), SpeakerKind::anonymous,
                       std::string(apposition), side_of_affiliation(head, g_));
  // So is an office holder named by place, when the text has just spoken of them: "Rubio
  // offered the crowd … The Florida senator sought to calm his supporters".
  static constexpr std::string_view kPlacedOffices[] = {"senator", "governor", "congressman",
                                                        "congresswoman", "lawmaker"};
  if (words.size() == 2 && bare.size() < head.size() && ascii::is_upper(bare[0]) &&
      word_set<kPlacedOffices>().contains(words.back()))
    if (const auto side = g_.side_in(head))
      if (auto hit = salient_person_for_role(kPoliticianTitles, head_lower, side, at, 0))
        return hit;

  // A person the text names in full, with an article and lower-case modifiers in front: "The
  // more moderate Kasich", "A defiant Trump".
  if (bare.size() < head.size() && words.size() >= 2 && words.size() <= 4) {
    const std::string_view surname = last_word_of(bare);
    // Modifiers, not a role or a preposition: "A spokeswoman for Fiorina" is someone else.
    const bool modifiers_lower = std::all_of(words.begin(), words.end() - 1, [&](auto w) {
      return ascii::is_lower(bare[static_cast<std::size_t>(w.data() - bare_lower.data())]) &&
             !is_role_word(w) && !is_preposition(w);
    });
    if (modifiers_lower && surname.size() > 2 && ascii::is_upper(surname[0]) &&
        full_name_for(surname, at))
      return person(std::string(surname), std::string(apposition), "", at);
  }

  // A named person's people: "Trump's supporters", "Clinton’s team" speak for that person's
  // side, as "his advisers" do.
  if (auto idx = possessor_people(bare, at)) return idx;

  // A newspaper by its name after "The": "The Charlotte Observer", "The Baltimore Sun". A
  // person's name takes no article, so the head word cannot be a surname here.
  if (words.size() == 1 && head.starts_with("The ") && word_set<kOneWordPapers>().contains(bare))
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), "media");
  // An outlet the text named in full, by the last word of its name: "the Post" after "The
  // Washington Post".
  if (words.size() == 1 && bare.size() < head.size() && ascii::is_upper(bare[0]) &&
      ends_newspaper_name(words.front())) {
    // Back over other outlets named since: "the St. Louis Post-Dispatch … BFM TV … The
    // Post-Dispatch".
    std::string_view before = text_.substr(at > kOutletLookBack ? at - kOutletLookBack : 0,
                                           std::min<std::uint32_t>(at, kOutletLookBack));
    for (int tries = 0; tries < 4; ++tries) {
      const auto outlet = g_.last_outlet_in(
          before, [](std::string_view w) { return ends_newspaper_name(lower(w)); });
      if (!outlet) break;
      if (outlet->size() > bare.size() && outlet->ends_with(bare) &&
          (*outlet)[outlet->size() - bare.size() - 1] == ' ') {
        const auto side = g_.side_of(*outlet);
        return find_or_add("org:" + lower(*outlet), std::string(*outlet), SpeakerKind::organization,
                           std::string(apposition), side ? *side : "media");
      }
      before = before.substr(0, static_cast<std::size_t>(outlet->data() - before.data()));
    }
  }
  if (bare.size() < head.size() && words.size() >= 2 && !g_.side_of(bare) &&
      ends_newspaper_name(words.back()) &&
      std::all_of(words.begin(), words.end(), [&](std::string_view w) {
        return ascii::is_upper(bare[static_cast<std::size_t>(w.data() - bare_lower.data())]);
      }))
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), "media");
  // So is one after an owner or a lower-case modifier, which a person's name would not take
  // either: "Sanders's hometown Burlington Free Press", "conservative Washington Times".
  if (words.size() >= 3 && ends_newspaper_name(words.back())) {
    std::size_t run = words.size();
    while (
        run > 0 &&
        ascii::is_upper(bare[static_cast<std::size_t>(words[run - 1].data() - bare_lower.data())]))
      --run;
    // Not after a function word: "Paul Krugman of the New York Times" is Krugman, "Both The
    // New York Times and the Wall Street Journal" both.
    const auto function_word = [](std::string_view w) {
      const LexEntry* e = lookup_word(w);
      return e && (e->tag == tag::preposition || e->tag == tag::determiner || e->tag == tag::conj ||
                   e->tag == tag::cue || e->tag == tag::tell);
    };
    if (run > 0 && words.size() - run >= 2 && !function_word(words[run - 1])) {
      const std::string_view paper =
          bare.substr(static_cast<std::size_t>(words[run].data() - bare_lower.data()));
      const auto side = g_.side_of(paper);
      if (!side || *side == "media")
        return find_or_add("org:" + lower(paper), std::string(paper), SpeakerKind::organization,
                           std::string(apposition), "media");
    }
  }

  // "The bloc" in a text about the European Union is the Union.
  if (last_word == "bloc" && words.size() <= 2 &&
      (text_.find("E.U.") != std::string_view::npos ||
       text_.find("European Union") != std::string_view::npos ||
       text_.find("EU ") != std::string_view::npos))
    return find_or_add("country:EU", country_name("EU"), SpeakerKind::country, "", "EU");

  // The surname of someone the text names, though also a place or a role: "Mark Cuban …
  // Cuban said", "Billie Jean King … King says".
  if (words.size() == 1 && ascii::is_upper(bare[0]) && (g_.side_of(bare) || is_role_word(bare)) &&
      full_name_for(bare, at))
    return person(std::string(bare), std::string(apposition), "", at);
  // A people by its plural demonym: "Americans", "Israelis" (not "the Philippines").
  if (words.size() == 1 && bare.size() > 4 && bare.ends_with('s') &&
      (bare.ends_with("ans") || bare.ends_with("is")) &&
      g_.is_country(bare.substr(0, bare.size() - 1)))
    return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                       std::string(apposition), *g_.side_of(bare.substr(0, bare.size() - 1)));
  // A country, its capital or demonym as the actor: one speaker per country.
  if (g_.is_country(bare)) {
    const std::string side = *g_.side_of(bare);
    return find_or_add("country:" + side, country_name(side), SpeakerKind::country, "", side);
  }

  // A people by its plural demonym: "many Mexicans", "Ukrainians".
  if (const auto sp = bare.rfind(' '); last_word.size() > 4 && last_word.ends_with('s')) {
    const std::string_view tail = bare.substr(sp == std::string_view::npos ? 0 : sp + 1);
    // A country's people, not an outlet's readers: "Economists" is no "The Economist".
    if (ascii::is_upper(tail[0]) && tail.size() == last_word.size() &&
        g_.is_country(tail.substr(0, tail.size() - 1)))
      if (const auto side = g_.side_of(tail.substr(0, tail.size() - 1)))
        return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                           std::string(apposition), *side);
  }

  // Part of a body speaks as a group on its side: "many in GOP", "some in the Clinton
  // campaign", "others within the party".
  if (const auto in = head_lower.find(" in"); in != std::string::npos && in < 8)
    for (std::string_view part :
         {"many in ", "some in ", "others in ", "few in ", "most in ", "several in ", "those in ",
          "many within ", "some within ", "others within "})
      if (head_lower.starts_with(part) && head.size() > part.size())
        return find_or_add("group:" + head_lower, std::string(head), SpeakerKind::group,
                           std::string(apposition),
                           side_of_affiliation(head.substr(part.size()), g_));

  // A share of a group speaks as that group: "Half of Vermont Democrats", "Only 52 percent
  // of registered voters", "78 percent of voters in a recent CBS News poll" (the poll's
  // respondents, not its sponsor).
  if (const auto of = bare_lower.find(" of ");
      of != std::string::npos && names_share(std::string_view(bare_lower).substr(0, of))) {
    std::string_view people = bare.substr(of + 4);
    if (const auto in = people.find(" in "); in != std::string_view::npos)
      people = people.substr(0, in);
    const std::string noun(last_word_of(lower(people)));
    if (names_people(noun))
      return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                         std::string(apposition), group_side(people, noun));
  }

  // Staff of someone the text names speak for them, as "Clinton's attorneys" would:
  // "Attorneys for Clinton", "lawyers for Mr. Trump" (supporters and friends speak for
  // themselves).
  if (const auto for_at = bare.find(" for "); for_at != std::string_view::npos) {
    const std::string staff = lower(bare.substr(0, for_at));
    const std::string_view owner = bare.substr(for_at + 5);
    const std::string_view noun = last_word_of(staff);
    if (speaks_for_owner(noun) && noun != "allies" && !owner.empty() && ascii::is_upper(owner[0]))
      if (const auto o = classify_and_link(owner, "", at + static_cast<std::uint32_t>(for_at + 5));
          o && speakers_[*o].kind == SpeakerKind::person)
        return owned(*o, staff);
  }

  // A group: "analysts", "U.S. officials", "the two presidents".
  if (word_set<kGroupNouns>().contains(last_word))
    return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                       std::string(apposition), group_side(head, last_word));

  // "The newspaper", "the network", "the agency": the outlet the text named last. So is one
  // with a word on its leaning or reach: "the conservative-leaning newspaper".
  static constexpr std::string_view kOutletModifiers[] = {
      "news",     "state",     "conservative", "liberal", "progressive", "influential",
      "business", "financial", "local",        "online",  "satirical",   "national"};
  if (bare.size() < head.size() && words.size() <= 2 && ascii::is_lower(bare[0]) &&
      word_set<kOutletNouns>().contains(last_word) &&
      (words.size() == 1 ? last_word != "agency"
                         : word_set<kOutletModifiers>().contains(words.front()) ||
                               (last_word != "agency" && words.front().ends_with("-leaning"))))
    if (auto idx = outlet_before(at)) return idx;

  // A definite noun for a work or document the text met before.
  const bool definite = head.starts_with("the ") || head.starts_with("The ");
  if (definite && apposition.empty()) {
    // "The results show", "the findings suggest": the study or poll that spoke last.
    if (last_work_ && words.size() == 1 && (last_word == "results" || last_word == "findings"))
      return *last_work_;
    // A document someone just issued: "The statement added", "the release said".
    if ((words.size() == 1 || (words.size() == 2 && words.front() == "press")) &&
        word_set<kIssuedNouns>().contains(last_word))
      if (auto idx = issuer_of(last_word, at)) return idx;
  }
  // A work named by its head noun, not its author: "a 2014 study by Justin Levitt".
  if (word_set<kWorkNouns>().contains(last_word)) {
    // "The study found" after "according to a recent Reuters survey": the work of that
    // kind named last.
    const auto kind_of = [](std::string_view noun) {
      return word_set<kResearchNouns>().contains(noun) ? std::string_view("research") : noun;
    };
    if (last_work_ && definite && words.size() <= 2 && ascii::is_lower(bare.front()) &&
        apposition.empty() && kind_of(last_word) == kind_of(last_work_noun_))
      return *last_work_;
    // A headline's "Poll:" is the poll its story names first: "A Bloomberg poll shows".
    if (!last_work_ && words.size() == 1 && bare.size() == head.size() && at < kHeadZone)
      if (const std::string_view named = work_named_after(at + bare.size(), last_word);
          !named.empty())
        return classify_and_link(named, "",
                                 static_cast<std::uint32_t>(named.data() - text_.data()));
    // A work speaks for who made it, not for where it looked: "an ORC poll of South
    // Carolina", "a Washington Post-ABC News poll"; nor for what it studied: "a Huffington
    // Post review of Federal Election Commission filings", "an analysis of FEC data by
    // Crowdpac", "a report for Oxfam on Germany's energy policies by E3G" (the "of" or "on"
    // object goes, up to a "by").
    std::string authored(bare);
    const auto of = std::min(bare.find(" of "), bare.find(" on "));  // or what it is about
    if (of != std::string_view::npos &&
        of >= static_cast<std::size_t>(last_word.data() - bare_lower.data())) {
      const auto by = bare.find(" by ", of);
      authored = std::string(bare.substr(0, of)) +
                 std::string(by == std::string_view::npos ? std::string_view() : bare.substr(by));
    }
    std::string side = side_of_affiliation(places_dropped(sponsors_apart(authored), g_, true), g_);
    // Research nobody is said to have made or paid for is a pollster's or a scholar's: "The
    // 50-state poll finds", "a Suffolk poll"; not "an analysis … by Crowdpac".
    if (side == "unknown" && kind_of(last_word) == "research" &&
        authored.find(" by ") == std::string::npos)
      side = "independent";
    last_work_noun_ = last_word;
    return last_work_ = find_or_add("org:" + bare_lower, std::string(bare),
                                    SpeakerKind::organization, std::string(apposition), side);
  }

  // People near someone speak for that person's side: "Those close to him", "a source close
  // to Mr. Putin".
  if (const auto close = head.find(kCloseTo); close != std::string_view::npos)
    if (auto idx = close_to(head, close, at)) return idx;
  // Someone described by their tie to a named person or body: "a spokeswoman for Hillary
  // Clinton", "an adviser to Mr. Trump", "aides of the president". Anonymous, on that side.
  for (std::string_view link : {" for ", " to ", " of "}) {
    const auto cut = head.find(link);
    if (cut == std::string_view::npos) continue;
    const std::string_view before = head.substr(0, cut), after = head.substr(cut + link.size());
    const bool described =
        !before.empty() && (before.starts_with("a ") || before.starts_with("an ") ||
                            before.starts_with("A ") || before.starts_with("An "));
    // Several of them, without an article: "advisers to Mr. Obama", "allies of Mr. Putin".
    const bool several = !before.empty() && before.find(' ') == std::string_view::npos &&
                         word_set<kEntourageNouns>().contains(lower(before));
    if ((!described && !several) || after.empty() || !ascii::is_upper(strip_determiner(after)[0]))
      continue;
    // "advisers to Mr. Obama" are "Barack Obama's advisers", as "his advisers" are.
    if (several && !has_capitalized_org_word(after) && !g_.side_of(strip_determiner(after)))
      if (const auto o = classify_and_link(
              after, "", at + static_cast<std::uint32_t>(after.data() - head.data()));
          o && speakers_[*o].kind == SpeakerKind::person)
        return owned(*o, before);
    const std::string side = side_of_affiliation(after, g_);
    return find_or_add((several ? "group:" : "anon:") + head_lower, std::string(head),
                       several ? SpeakerKind::group : SpeakerKind::anonymous,
                       std::string(apposition), side);
  }

  // Several named speakers at once: "Hillary Clinton and Donald Trump".
  if (const auto cut = head.find(" and ");
      cut != std::string_view::npos && cut + 5 < head.size() &&
      ascii::is_upper(strip_determiner(head.substr(cut + 5)).front()) &&
      !has_capitalized_org_word(head)) {
    // One person with two roles after one article: "the Florida senator and Republican
    // presidential candidate" is who the first role names.
    if (strip_determiner(head).size() < head.size() &&
        is_role_word(last_word_of(head.substr(0, cut))) && is_role_word(last_word_of(head)))
      return classify_and_link(head.substr(0, cut), apposition, at);
    // So is a person named after two roles: "lobbyist and GOP strategist Charlie Black".
    const std::string_view first_roles = head.substr(0, cut);
    if (std::all_of(first_roles.begin(), first_roles.end(),
                    [](char c) { return ascii::is_lower(c) || c == ' ' || c == '-'; }) &&
        names_person(last_word_of(first_roles)))
      if (std::string title, name; split_title_and_name(head.substr(cut + 5), g_, &title, &name) &&
                                   !title.empty() && name.find(' ') != std::string::npos)
        return person(name, std::string(apposition), std::string(first_roles) + " and " + title,
                      at);
    const std::string side_a = side_of_member(head.substr(0, cut)),
                      side_b = side_of_member(head.substr(cut + 5));
    // One whose side the text does not give speaks with the other ("Trump and Lewandowski"),
    // but not for an outlet: a pundit's guest is no newsroom's voice.
    const std::string side = side_a == side_b                           ? side_a
                             : side_a == "unknown" && side_b != "media" ? side_b
                             : side_b == "unknown" && side_a != "media" ? side_a
                                                                        : "unknown";
    return find_or_add("group:" + bare_lower, std::string(bare), SpeakerKind::group,
                       std::string(apposition), side);
  }

  // An acronym is a body: "the NAACP", "NATO".
  // A station's call sign is one too: "KING-TV".
  if (words.size() == 1 && bare.size() >= 3 && ascii::is_upper(bare.back()) && is_acronym(bare)) {
    // Unless it is a known surname in capitals, as transcripts label speakers ("PENCE:").
    const std::string surname = title_cased(bare);
    // A transcript's label ("WALLACE:") is a person even when the text never names them.
    const bool in_text =
        bare.data() >= text_.data() && bare.data() + bare.size() < text_.data() + text_.size();
    const bool label = in_text && bare.data()[bare.size()] == ':';
    // A known body ("FBI", "CNN") is no surname: asking the text's names costs building them.
    if (label || (!g_.side_of(bare) && (g_.person_by_part(surname) || full_name_for(surname, at))))
      return person(surname, std::string(apposition), "", at);
    std::string side = side_of_affiliation(bare, g_);
    if (side == "unknown") side = side_of_affiliation(spelled_out(bare, at), g_);
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), side);
  }
  // A capital inside one word joins two into a brand: "WikiLeaks", "BuzzFeed", "PolitiFact".
  if (words.size() == 1 && is_brand_name(bare))
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), side_of_affiliation(bare, g_));
  // A person named in the phrase, with the title in front of the name.
  std::string title, name;
  // A parenthetical after the name ("Ted Cruz (R-Tex.)") describes the person.
  std::string_view named = head, paren;
  if (const auto open = head.find(" ("); open != std::string_view::npos && head.ends_with(")")) {
    named = head.substr(0, open);
    paren = head.substr(open + 1);
  }
  // A name counts when what stands before it is a title (ending in a role, an honorific or
  // a demonym) or nothing: "the Commission on Presidential Debates" is not a person.
  const auto title_fits = [&](const std::string& t) {
    if (t.empty()) return true;
    // Where the person works, after a full name: "Stephen Vladeck of the University of
    // Texas" (not "Three-quarters of the board").
    if ((t.starts_with("of ") || t.starts_with("at ") || t.starts_with("from ")) &&
        (name.find(' ') != std::string::npos || gender_of_title(named) != Gender::unknown))
      return true;
    const auto last = last_word_of(t);
    // "the Federal Bureau of Prisons", "the Council of the Great City Schools"
    if (last == "of" || last == "for" || last == "the") return false;
    return is_role_word(last) || is_honorific(last) || g_.side_of(last).has_value() ||
           (!last.empty() && ascii::is_upper(last[0]) && !has_capitalized_org_word(t));
  };
  // A plain noun in front of a full name describes the person: "9/11 widow Terry Strada",
  // "Holt's liberal NBC News colleague Matt Lauer".
  const auto described = [&](const std::string& t, const std::string& n) {
    const auto last = last_word_of(t);
    return n.find(' ') != std::string::npos && !last.empty() && ascii::is_lower(last[0]) &&
           std::count(t.begin(), t.end(), ' ') < 6 && !lookup_word(last) &&
           !word_set<kGroupNouns>().contains(last) &&
           // "a projection by the consulting firm Oxford Economics" is a work's source
           t.find(" by ") == std::string::npos && t.find(" from ") == std::string::npos;
  };
  // A name that ends in an outlet's head is the outlet's: "BFM TV", "Yahoo News" (but Emily
  // Post is a person).
  const auto outlet_by_head = [](std::string_view n) {
    // (Heads are capitalized words of a few letters: no need to lower longer ones.)
    const std::string_view last = last_word_of(n);
    if (last.size() < 2 || last.size() > 10 || !ascii::is_upper(last[0])) return false;
    const std::string lowered = lower(last);
    return lowered != "post" && word_set<kOutletHeads>().contains(lowered);
  };
  // A name takes no article unless a title stands between: "The Great Debate Debate" and
  // "The Walking Dead" are no one, where "The Rev. Al Sharpton" is.
  const bool article_before_name = named.starts_with("The ") || named.starts_with("the ");
  if (!body_named && split_title_and_name(named, g_, &title, &name) &&
      (title_fits(title) || described(title, name)) && !has_capitalized_org_word(name) &&
      !g_.side_of(name) && !(article_before_name && named.substr(4) == name) &&
      !outlet_by_head(name)) {
    // What a newsroom noun introduces is the outlet, not a person: "The Portuguese
    // newspaper Correio da Manha".
    // ("the website" alone may be anyone's site, so it is only a title here.)
    if (const std::string_view noun = last_word_of(title);
        word_set<kOutletNouns>().contains(noun) || noun == "site" || noun == "website")
      return find_or_add("org:" + lower(name), name, SpeakerKind::organization,
                         std::string(apposition), side_of_affiliation(title, g_));
    if (!paren.empty())
      title = title.empty() ? std::string(paren) : title + " " + std::string(paren);
    // A relative clause tells what the person did, the title what they are: "Police
    // Commissioner Richard Ross, who spent the morning in the streets".
    const bool clause = (apposition.starts_with("who ") || apposition.starts_with("whose ")) &&
                        side_of_affiliation(apposition, g_) == "unknown";
    std::string affiliation(
        apposition.empty() || (clause && !title.empty()) ? std::string_view(title) : apposition);
    // An honorific alone leaves no title; it still tells the gender.
    return person(name, affiliation, title, at,
                  title.empty() ? gender_of_title(named) : Gender::unknown);
  }

  // An indefinite singular official: anonymous, with the side its description gives.
  const bool indefinite = head_lower.starts_with("a ") || head_lower.starts_with("an ");
  // "One lawmaker", "another senator": some holder of the role, not the one the text named.
  const bool some_one =
      indefinite || head_lower.starts_with("one ") || head_lower.starts_with("another ");
  if ((some_one || last_word == "sources") && word_set<kAnonymousNouns>().contains(last_word)) {
    // Whose aide or insider they are: "one Clinton aide", "a source close to Mr. Cruz".
    auto side = g_.side_in(head);
    if (!side) side = side_of_person_named(before_relative_clause(head), g_);
    return find_or_add("anon:" + head_lower, std::string(head), SpeakerKind::anonymous,
                       std::string(apposition), side ? *side : "unknown");
  }

  // A person named by the body they serve is no body: "one party activist", "the Iowa
  // Republican Party chairman".
  const bool serving =
      words.size() >= 2 && !last_word.empty() &&
      ascii::is_lower(bare[static_cast<std::size_t>(last_word.data() - bare_lower.data())]) &&
      !word_set<kOrgWords>().contains(last_word) && is_person_role(last_word);
  // A body whose name has an organization word: "The Committee for a Responsible Federal
  // Budget", "the Stimson Center".
  if (!serving && has_capitalized_org_word(bare) && !g_.is_country(bare)) {
    const std::string side = side_of_affiliation(bare, g_);
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), side);
  }

  // A description the text gave someone in an apposition is that person: "Clinton, the
  // former secretary of state, is …" before "the former secretary of state talked". A
  // one-word role is left to the roles below, which weigh who is salient. Asked only once a
  // titled holder is not found, as it reads the names of the text.
  const bool apposable = head_lower.starts_with("the ") && bare.size() < head.size() &&
                         words.size() >= 2 && words.size() <= 7 && !last_word.ends_with('s') &&
                         !word_set<kOrgWords>().contains(last_word);
  // A description by role: "the Chinese leader", "the spokesperson".
  for (const auto& r : kRoles)
    if (last_word == r.role) {
      const auto side = g_.side_in(head);
      if (some_one && words.size() <= 4)
        return find_or_add("anon:" + head_lower, std::string(head), SpeakerKind::anonymous,
                           std::string(apposition), side ? *side : "unknown");
      const char party = party_of(head_lower);
      if (r.titles.starts_with("spokes") && head_lower == "the " + std::string(last_word))
        if (auto hit = agent_named_before(r.titles, at)) return hit;
      if (auto hit = person_with_role(r.titles, head_lower, side, at, party)) return hit;
      // A subhead before the lede names its person only after ("Senator from Texas says
      // he cannot …" over "Sen. Ted Cruz (R-Tex) is endorsing …").
      if (at < kHeadZone)
        if (auto hit = person_with_role(r.titles, head_lower, side, at + kHeadZone, party))
          return hit;
      // A definite description with no titled holder in the text ("Sanders said … The
      // senator said") is anaphoric: the person a "he" or "she" there would stand for, when
      // nothing the text says of that person contradicts the role or the side.
      if (apposable)
        if (auto hit = person_in_apposition(bare, at)) return hit;
      if (!indefinite)
        if (auto hit = salient_person_for_role(r.titles, head_lower, side, at, party)) {
          // The description is all the text says of the person: "Reid … The minority
          // leader said" makes Reid an official.
          Speaker& p = speakers_[*hit];
          if (p.affiliation.empty() && p.title.empty()) {
            p.affiliation = std::string(bare);
            only_described_.insert(*hit);
          }
          return hit;
        }
      return find_or_add("desc:" + bare_lower, std::string(bare), SpeakerKind::person,
                         std::string(apposition), side ? *side : "unknown");
    }
  // Any other role, definite or bare, is the person the text gives that title: "The judge"
  // after "U.S. District Judge Richard Leon", a headline's "Pastor" over "Pastor Kevin
  // Swanson". Not "one aide", "another supporter", nor a plural; and in the body only with
  // an article, as a bare capitalized word there is a name ("Spicer").
  if ((bare.size() < head.size() || at < kHeadZone) && !indefinite &&
      !head_lower.starts_with("one ") && !head_lower.starts_with("another ") && words.size() <= 3 &&
      !last_word.ends_with('s') && names_person(last_word) &&
      !word_set<kOrgWords>().contains(last_word) &&
      (index().title_heads.contains(std::string(last_word)) ||
       index().title_heads.contains(std::string(abbreviated(last_word))))) {
    const auto side = g_.side_in(head);
    if (auto hit = person_with_role(last_word, head_lower, side, at, 0, true)) return hit;
    if (at < kHeadZone)
      if (auto hit = person_with_role(last_word, head_lower, side, at + kHeadZone, 0, true))
        return hit;
  }
  // A definite description by the word the text put before someone's full name: "the
  // mega donor" after "Top Republican Party donor Sheldon Adelson".
  if (bare.size() < head.size() && head_lower.starts_with("the ") && words.size() <= 3 &&
      !last_word.ends_with('s') && ascii::is_lower(bare[0]) &&
      !word_set<kOrgWords>().contains(last_word) && !word_set<kGroupNouns>().contains(last_word))
    if (auto hit = person_introduced_as(last_word, at)) return hit;
  if (apposable && ascii::is_lower(bare[0]) && !word_set<kGroupNouns>().contains(last_word) &&
      names_person(last_word))
    if (auto hit = person_in_apposition(bare, at)) return hit;
  // A named body: "the Kremlin", "Xinhua", "the New York Times".
  if (auto side = g_.side_of(bare)) {
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), *side);
  }
  // A named body after a description of it: "China's state news agency Xinhua".
  const auto bare_words = split(bare, ' ');
  for (std::size_t n = std::min<std::size_t>(3, bare_words.size()); n >= 1; --n) {
    const auto tail = bare.substr(
        static_cast<std::size_t>(bare_words[bare_words.size() - n].data() - bare.data()));
    if (tail.size() == bare.size() || g_.is_country(tail)) continue;
    if (auto side = g_.side_of(tail)) {
      const std::string_view description = bare.substr(0, bare.size() - tail.size());
      // A writer in a paper: "wrote Ben Jacobs in The Guardian" is Jacobs, for the paper.
      if (*side == "media" && description.ends_with(" in ") &&
          name_alone(description.substr(0, description.size() - 4)))
        return person(std::string(description.substr(0, description.size() - 4)),
                      std::string(bare.substr(description.size() - 3)), "", at);
      // The description's country wins for state media ("Russian state media" is not "media").
      const auto described = g_.side_in(description);
      const bool state = mentions_any<kStateWords>(lower(description));
      return find_or_add("org:" + lower(tail), std::string(tail), SpeakerKind::organization,
                         std::string(apposition),
                         *side == "media" && described && state ? *described : *side);
    }
  }
  // "The commission", "the campaign": the body the text named before with that word.
  // A modifier must be in the name too: "the budget office", not "the appeals court" for
  // the Supreme Court.
  if (bare.size() < head.size() && words.size() <= 2 && ascii::is_lower(bare[0]) &&
      (word_set<kOrgWords>().contains(last_word) || word_set<kBodyHeads>().contains(last_word))) {
    if (auto idx = named_body_before(last_word, at)) {
      const std::string name = lower(speakers_[*idx].name);
      if (words.size() == 1 || contains_any_word(name, words.front())) return idx;
    }
    // Only the definite noun looks back: "A company called Sansun USA" is a new one.
    if (words.size() == 1 && lower(head.substr(0, 4)) == "the ") {
      if (auto idx = company_named_before(last_word, at)) return idx;
      if (auto idx = body_just_quoted(last_word, at)) return idx;
      if (last_word == "agency" || last_word == "bureau")
        if (auto idx = agency_named_before(at)) return idx;
    }
  }
  // A board or a legislature is a body only as the head noun ("the board of elections", not
  // "a school board member").
  const bool board = bare_lower.ends_with("board") || bare_lower.ends_with("board of elections") ||
                     bare_lower.ends_with("legislature");
  if ((!serving && (board || mentions_any<kOrgWords>(bare_lower))) ||
      mentions_any<kIndependentWords>(bare_lower) || names_the_press(bare_lower)) {
    std::string side = side_of_affiliation(bare, g_);
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), side);
  }

  // An outlet by the head of its name: "Yahoo News", "the Tampa Bay Times".
  if (words.size() >= 2 && ascii::is_upper(bare[0]) &&
      word_set<kOutletHeads>().contains(words.back()))
    return find_or_add("org:" + bare_lower, std::string(bare), SpeakerKind::organization,
                       std::string(apposition), "media");
  // A single capitalized word: a surname or given name ("Sun", "Lukin", "Want").
  if (words.size() == 1 && !bare.empty() && ascii::is_upper(bare[0]) && !body_named)
    return person(std::string(bare), std::string(apposition), "", at);

  // Anything else is an unnamed source described as written, on the side of what the
  // description names ("a narrator in the Clinton ad").
  // Only the cheap look-ups: this is the most frequent case.
  // A relative clause tells what the source did, not whom it speaks for: "one of two
  // witnesses who … feared retribution from the congressman", "three intelligence sources who
  // spoke to Fox News".
  const std::string_view before_who = before_relative_clause(head);
  std::string side = "unknown";
  const bool own = is_private_role(last_word);
  // The body a person serves tells their side as an affiliation does: "president and CEO of
  // Washington Restaurant Association" is a private body's.
  if (serving)
    side = side_of_affiliation(before_who, g_);
  else if (const auto s = g_.side_in(before_who, !own))
    side = *s;
  else if (const auto p = own ? std::nullopt : side_of_person_named(before_who, g_))
    side = *p;
  else if (is_listed_or_plural<kMediaWords>(last_word) ||
           is_listed_or_plural<kMediaWords>(last_two_words_of(bare_lower)))
    side = "media";  // "this reporter", "columnists", "several fact checkers", "one news account"
  // A proper name that a description introduced is a body's: "The group, Sandy Hook Promise,".
  return find_or_add("other:" + bare_lower, std::string(bare),
                     body_named ? SpeakerKind::organization : SpeakerKind::anonymous,
                     std::string(apposition), side);
}

std::string_view Resolver::spelled_out(std::string_view acronym, std::uint32_t at) const {
  const auto [cached, fresh] = spelled_out_.try_emplace(std::string(acronym));
  if (!fresh) return cached->second;
  // Where the text spells the acronym out: "the Swiss People's Party (SVP)", "the
  // conservative nationalist Swiss People’s Party, or SVP,". Looked for in the 20 KB before
  // the mention (a text spells an acronym out where it first uses it): a book-length text is
  // not read once per acronym.
  constexpr std::size_t kLookBack = 20000;
  const std::size_t window = at > kLookBack ? at - kLookBack : 0;
  for (const std::string& mark :
       {" (" + std::string(acronym) + ")", ", or " + std::string(acronym) + ","}) {
    const auto found = text_.substr(window, at - window + 200).find(mark);
    if (found == std::string_view::npos) continue;
    const std::size_t k = window + found;
    // Back to the clause's start: a comma, a stop or the line's start.
    const std::size_t from = k > 120 ? k - 120 : 0;
    const std::size_t stop = text_.substr(from, k - from).find_last_of(",.\n");
    const std::size_t begin = stop == std::string_view::npos ? from : from + stop + 1;
    return cached->second = trim(text_.substr(begin, k - begin));
  }
  return {};
}

std::string_view Resolver::name_in_headline(std::string_view head) const {
  if (head.data() < text_.data() || head.data() + head.size() > text_.data() + text_.size() ||
      head.find(' ') == std::string_view::npos || !ascii::is_upper(head[0]))
    return {};
  const auto begin = static_cast<std::uint32_t>(head.data() - text_.data());
  if (begin >= kHeadZone || !in_title_case_paragraph(text_, begin)) return {};
  const auto& names = index().names;
  auto it = first_name_from(begin);
  std::string_view found;
  for (; it != names.end() && it->end <= begin + head.size(); ++it)
    found = text_.substr(it->begin, it->end - it->begin);
  if (found.empty() || found.size() == head.size() || head.find(" and ") != std::string_view::npos)
    return {};
  // Unless the name only qualifies a noun: "Trump Supporter", "Trump’s Son", "Former
  // Clinton Pollster Douglas Schoen" name someone else.
  const std::string_view after =
      head.substr(static_cast<std::size_t>(found.data() + found.size() - head.data()));
  if (opens_possessive(after)) return {};
  if (after.starts_with(' ')) {
    const std::string_view next = after.substr(1, after.find(' ', 1) - 1);
    if (names_person(next) || word_set<kOrgWords>().contains(lower(next))) return {};
  }
  return found;
}

std::string Resolver::side_of_member(std::string_view member) const {
  if (auto s = g_.side_in(member)) return *s;
  std::string title, name;
  // A body or role, not a name: "The Clinton campaign" (and DNC).
  if (!split_title_and_name(member, g_, &title, &name)) return side_of_affiliation(member, g_);
  // What the text says at the full name: its title, and a short apposition after it
  // ("Charles E. Grassley, Republican of Iowa, and …").
  std::string apposition;
  if (name.find(' ') == std::string::npos)
    if (const NameMention* full = full_name_for(name, 0)) {
      name = full->name;
      if (!full->title.empty()) title = full->title;
      const std::string_view after = text_.substr(full->end, 80);
      if (after.starts_with(", ")) {
        const std::string_view rest = after.substr(2);
        apposition = rest.substr(0, std::min(rest.find(','), rest.find('.')));
      }
    }
  if (const auto it = person_key_.find(name);
      it != person_key_.end() && speakers_[it->second].side != "unknown")
    return speakers_[it->second].side;
  if (auto known = g_.person_by_part(name.substr(name.rfind(' ') + 1)))
    if (auto s = g_.person_side(*known)) return *s;
  return person_side(name, apposition, title);
}

bool Resolver::name_alone(std::string_view phrase) const {
  std::string title, name;
  if (phrase.empty() || !ascii::is_upper(phrase[0]) ||
      !split_title_and_name(phrase, g_, &title, &name) || !title.empty() ||
      has_capitalized_org_word(name) || g_.side_of(name))
    return false;
  return name.find(' ') != std::string::npos || name.size() < phrase.size();
}

bool Resolver::names_person(std::string_view noun) const {
  const std::string l = lower(noun);
  static constexpr std::string_view kPeopleNouns[] = {
      "friend", "colleague", "aide",   "wife",  "husband", "son",   "daughter", "brother",
      "sister", "mother",    "father", "widow", "cousin",  "chief", "head",     "spouse",
      "boss",   "deputy",    "ally",   "rival", "friends", "aides", "allies",   "sons"};
  if (is_role_word(l) || g_.side_of(noun) || word_set<kPeopleNouns>().contains(l)) return true;
  for (std::string_view suffix : {"er", "or", "ist", "man", "woman", "ive", "ant", "ent"})
    if (l.ends_with(suffix) ||
        (l.ends_with('s') && std::string_view(l).substr(0, l.size() - 1).ends_with(suffix)) ||
        l.ends_with("men"))
      return true;
  return false;
}

std::string Resolver::group_side(std::string_view phrase, std::string_view head_noun) const {
  if (word_set<kIndependentGroups>().contains(head_noun)) return "independent";
  // The press's own: "Fact-checkers", "reporters at the debate" (a state outlet's keep its
  // state: "Chinese state media journalists").
  static constexpr std::string_view kPressGroups[] = {
      "reporters",  "journalists",    "fact-checkers", "factcheckers", "pundits",
      "columnists", "correspondents", "editors",       "commentators", "broadcasters"};
  if (word_set<kPressGroups>().contains(head_noun))
    return g_.side_in(phrase, false).value_or("media");
  // Where private people are does not say whom they speak for: "Protesters in Tbilisi".
  if (auto s = g_.side_in(without_locations(phrase, g_), !is_private_role(head_noun))) return *s;
  // A public figure's circle speaks for their side: "Clinton allies", "Trump loyalists", "people
  // in Clinton's orbit".
  static constexpr std::string_view kOrbits[] = {"orbit", "camp", "circle", "inner"};
  const bool circle = speaks_for_owner(head_noun);
  // (An orbit is a possessive's: "Clinton's orbit".)
  if (!circle && phrase.find("'s ") == std::string_view::npos &&
      phrase.find("\xE2\x80\x99s ") == std::string_view::npos)
    return "unknown";
  const auto words = split(phrase, ' ');
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = without_possessive(words[i]);
    const bool orbit = w.size() < words[i].size() && i + 1 < words.size() &&
                       word_set<kOrbits>().contains(words[i + 1]);
    if ((!circle && !orbit) || w.size() < 3 || !ascii::is_upper(w[0])) continue;
    if (auto s = g_.side_by_part(w)) return *s;
    if (const auto it = person_by_part_.find(w);
        it != person_by_part_.end() && speakers_[it->second].side != "unknown")
      return speakers_[it->second].side;
  }
  return "unknown";
}

std::optional<std::uint32_t> Resolver::parent_as_subject(std::uint32_t at) const {
  if (!parent_content_ || !parent_speaker_ ||
      speakers_[*parent_speaker_].kind == SpeakerKind::person)
    return std::nullopt;
  for (const ByteSpan& c : *parent_content_) {
    if (at < c.begin || at >= c.end) continue;
    std::string_view before = text_.substr(c.begin, at - c.begin);
    if (before.starts_with("that ")) before.remove_prefix(5);
    if (trim(before).empty()) return parent_speaker_;
  }
  return std::nullopt;
}

void Resolver::set_quotations(const std::vector<Attribution>& attributions) {
  quotations_.clear();
  for (const Attribution& a : attributions)
    if (a.kind == AttributionKind::direct)
      quotations_.insert(quotations_.end(), a.content.begin(), a.content.end());
  std::sort(quotations_.begin(), quotations_.end(),
            [](const ByteSpan& x, const ByteSpan& y) { return x.begin < y.begin; });
  std::size_t kept = 0;
  for (const ByteSpan& q : quotations_)
    if (kept > 0 && q.begin <= quotations_[kept - 1].end)
      quotations_[kept - 1].end = std::max(quotations_[kept - 1].end, q.end);
    else
      quotations_[kept++] = q;
  quotations_.resize(kept);
}

bool Resolver::inside_quotation(std::uint32_t pos) const {
  const auto it = std::upper_bound(quotations_.begin(), quotations_.end(), pos,
                                   [](std::uint32_t v, const ByteSpan& q) { return v < q.begin; });
  return it != quotations_.begin() && pos < std::prev(it)->end;
}

bool Resolver::inside_content(std::uint32_t pos) const {
  if (!content_) return false;
  for (const ByteSpan& c : *content_)
    if (pos >= c.begin && pos < c.end) return true;
  return false;
}

std::string Resolver::transcript_label(std::uint32_t at) const {
  const auto nl = text_.rfind('\n', at);
  std::size_t k = nl == std::string_view::npos ? 0 : nl + 1;
  while (k < at && (text_[k] == '"' || text_[k] == ' ')) ++k;
  const std::size_t begin = k;
  std::size_t letters = 0;
  while (k < at &&
         (ascii::is_upper(text_[k]) || text_[k] == ' ' || text_[k] == '.' || text_[k] == '-')) {
    letters += ascii::is_upper(text_[k]) ? 1 : 0;
    ++k;
  }
  if (k >= at || text_[k] != ':' || letters < 2 || k - begin > 40) return {};
  return title_cased(text_.substr(begin, k - begin));
}

namespace {

// The Q&A label that opens a paragraph: 'Q' or 'A' before a colon or a period ("Q: …",
// "A. …"), or a 'Q' run into the question ("QWhat would have happened?"); else 0.
char qa_label(std::string_view paragraph) {
  if (paragraph.size() < 3 || (paragraph[0] != 'Q' && paragraph[0] != 'A')) return 0;
  if (paragraph[1] == ':' || (paragraph[1] == '.' && paragraph[2] == ' ')) return paragraph[0];
  if (paragraph[0] == 'Q' && ascii::is_upper(paragraph[1]) && ascii::is_lower(paragraph[2]))
    return 'Q';
  return 0;
}

}  // namespace

std::string_view Resolver::interviewee_answering(std::uint32_t at) {
  if (!interviewee_) {
    interviewee_.emplace();
    std::size_t answers = 0, questions = 0, first_label = text_.size();
    for (std::size_t k = 0; k < text_.size();) {
      const std::size_t nl = std::min(text_.find('\n', k), text_.size());
      if (const char c = qa_label(text_.substr(k, nl - k))) {
        ++(c == 'A' ? answers : questions);
        first_label = std::min(first_label, k);
      }
      k = nl + 1;
    }
    // The person the questions are put to is named in full before them.
    if (answers >= 2 && questions >= 2)
      for (const NameMention& m : index().names) {
        if (m.begin >= first_label) break;
        if (m.parts.size() >= 2 && !m.name.empty()) {
          *interviewee_ = m.name;
          break;
        }
      }
  }
  if (interviewee_->empty()) return {};
  // The label of the paragraph holding `at`, else of the last labelled one before it: an
  // answer may run over several paragraphs.
  for (std::size_t end = at, paragraphs = 0; paragraphs < 100; ++paragraphs) {
    const auto nl = end == 0 ? std::string_view::npos : text_.rfind('\n', end - 1);
    const std::size_t begin = nl == std::string_view::npos ? 0 : nl + 1;
    if (const char c =
            qa_label(text_.substr(begin, std::min<std::size_t>(3, text_.size() - begin))))
      return c == 'A' ? std::string_view(*interviewee_) : std::string_view();
    if (begin == 0) return {};
    end = begin - 1;
  }
  return {};
}

std::optional<std::uint32_t> Resolver::interviewee_at(std::uint32_t at) {
  const std::string_view person = interviewee_answering(at);
  if (person.empty()) return std::nullopt;
  return classify_and_link(person, "", at);
}

const std::string& Resolver::named_author() {
  if (named_author_) return *named_author_;
  named_author_.emplace();
  const NameIndex& idx = index();
  // The person a headline opens with: one to three capitalized words before its colon, of
  // whom the text gives a full name ("Kasich" is John Kasich; "Exclusive" is no one).
  const std::string_view headline = text_.substr(0, text_.find('\n'));
  if (const auto colon = headline.find(": "); colon != std::string_view::npos && colon <= 40) {
    const std::string_view who = headline.substr(0, colon);
    const auto words = split(who, ' ');
    const bool capitals =
        words.size() <= 3 && std::all_of(words.begin(), words.end(), [](auto w) {
          return !w.empty() && ascii::is_upper(w[0]) && std::all_of(w.begin(), w.end(), [](char c) {
            return ascii::is_alpha(c) || c == '.' || c == '-' || c == '\'' ||
                   static_cast<unsigned char>(c) >= 0x80;
          });
        });
    if (capitals)
      if (const NameMention* m =
              full_name_for(words.back(), static_cast<std::uint32_t>(text_.size()));
          m && m->parts.size() >= 2 && (words.size() == 1 || m->name.ends_with(who)))
        return *named_author_ = m->name;
  }
  // The "author" an editor's note presents, in the text's first paragraphs.
  constexpr std::uint32_t kNoteZone = 1500;
  for (const NameMention& m : idx.names) {
    if (m.begin >= kNoteZone) break;
    if (m.parts.size() >= 2 && text_.substr(0, m.begin).ends_with("author "))
      return *named_author_ = m.name;
  }
  return *named_author_;
}

std::uint32_t Resolver::author() {
  return *(narrator_ = find_or_add("narrator:i", "the author", SpeakerKind::person, "", "media"));
}

std::uint32_t Resolver::owned(std::uint32_t owner, std::string_view rest) {
  const Speaker o = speakers_[owner];  // a copy: adding a speaker may reallocate
  const std::string rest_lower = lower(rest);
  const auto words = split(rest_lower, ' ');
  const std::string_view last = words.empty() ? std::string_view() : words.back();
  SpeakerKind kind = SpeakerKind::anonymous;
  if (word_set<kGroupNouns>().contains(last) || word_set<kEntourageNouns>().contains(last) ||
      last == "team")
    kind = SpeakerKind::group;
  else if (mentions_any<kOrgWords>(last) ||
           (!is_role_word(last) && mentions_any<kOrgWords>(rest_lower)))
    kind = SpeakerKind::organization;  // not "his campaign strategist", one person
  // A plural owner takes the apostrophe alone: "Scott's relatives' attorneys".
  const bool plural_owner = o.kind != SpeakerKind::person && o.name.ends_with('s');
  const std::string name = o.name + (plural_owner ? "' " : "'s ") + std::string(rest);
  if (word_set<kKinNouns>().contains(last))
    return find_or_add("owned:" + lower(name), name, kind, "", "unknown");
  return derived(owner, find_or_add("owned:" + lower(name), name, kind, "", o.side));
}

bool Resolver::as_body(std::uint32_t idx) {
  Speaker& s = speakers_[idx];
  if (s.kind == SpeakerKind::organization) return true;
  if (s.kind != SpeakerKind::person || s.name.find(' ') != std::string::npos || !s.title.empty() ||
      !s.affiliation.empty() || gender_[idx] != Gender::unknown)
    return false;
  s.kind = SpeakerKind::organization;
  return true;
}

std::uint32_t Resolver::derived(std::uint32_t owner, std::uint32_t idx) {
  if (owner != idx) owners_.emplace_back(idx, owner);
  return idx;
}

std::uint32_t Resolver::find_or_add(const std::string& key, std::string name, SpeakerKind kind,
                                    std::string affiliation, std::string side) {
  if (const auto it = other_key_.find(key); it != other_key_.end()) return it->second;
  const auto idx = add(std::move(name), kind, std::move(affiliation), std::move(side));
  other_key_[key] = idx;
  return idx;
}

std::uint32_t Resolver::add(std::string name, SpeakerKind kind, std::string affiliation,
                            std::string side) {
  Speaker s;
  s.id = static_cast<std::uint32_t>(speakers_.size() + 1);
  // A no-break space arrives as two spaces ("75 percent of\u00a0Democrats"): a name has one.
  for (auto k = name.find("  "); k != std::string::npos; k = name.find("  ", k)) name.erase(k, 1);
  s.name = std::move(name);
  s.kind = kind;
  s.affiliation = std::string(trim(affiliation));
  s.side = std::move(side);
  speakers_.push_back(std::move(s));
  gender_.push_back(Gender::unknown);
  return static_cast<std::uint32_t>(speakers_.size() - 1);
}

void Resolver::remember(std::uint32_t idx) {
  last_any_ = idx;
  switch (speakers_[idx].kind) {
    case SpeakerKind::person:
      if (idx != narrator_) last_person_ = idx;
      break;
    case SpeakerKind::anonymous: {
      // Only a single unnamed person ("a U.S. official") is a "he" or "she" later.
      const std::string& n = speakers_[idx].name;
      if (n.starts_with("a ") || n.starts_with("an ") || n.starts_with("A ") ||
          n.starts_with("An "))
        last_person_ = idx;
      break;
    }
    case SpeakerKind::group:
      last_plural_ = idx;
      break;
    case SpeakerKind::organization:
    case SpeakerKind::country:
      last_thing_ = idx;
      // "They" often stands for a government or body, seldom for a newspaper: "The Hill
      // reported. … You know what they say".
      if (speakers_[idx].side != "media") last_plural_ = idx;
      break;
  }
}

bool Resolver::has_verb(std::string_view phrase) {
  char buf[24];
  for (auto w : split(phrase, ' ')) {
    if (w.size() > sizeof buf) continue;
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = ascii::to_lower(w[i]);
    if (const LexEntry* e = lookup_word(std::string_view(buf, w.size()));
        e && (e->tag == tag::aux || e->tag == tag::cue || e->tag == tag::tell))
      return true;
  }
  return false;
}

}  // namespace whosaid::speakers_detail
