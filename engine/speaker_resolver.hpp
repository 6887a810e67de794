// The resolver of one document's source mentions, shared by the speaker_resolver_*.cpp files
// that define its parts. Each source mention is first classified from its own words (pronoun,
// person, description, organization, country, group, anonymous), then linked to an earlier
// speaker: a surname to the full name the text gives (anywhere in it), a pronoun to the last
// compatible speaker, a description to the person whose title fits, a country's names (China,
// Beijing) to one speaker.
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/ascii.hpp"
#include "engine/gender.hpp"
#include "engine/lexicon.hpp"
#include "engine/names.hpp"
#include "engine/speaker_sides.hpp"
#include "engine/speaker_words.hpp"
#include "engine/speakers.hpp"
#include "engine/split.hpp"
#include "engine/tokenize.hpp"
#include "engine/word_set.hpp"

namespace whosaid::speakers_detail {

// How many titled mentions of one name (or, times ten, of any name) a look-up tries.
constexpr std::size_t kMaxTitlesTried = 5;
// How far back a description looks for the word it repeats before a name, in bytes.
constexpr std::uint32_t kIntroducedLookBack = 20000;
// The most bytes between two names of one list: ", and ", or a "(D-Va.)" and a separator.
constexpr std::uint32_t kListGap = 20;
// How far before a possessive description its owner may be named ("his top aide, X").
constexpr std::uint32_t kOwnerReach = 400;
// How many words a description before a name may have ("his senior climate adviser").
constexpr std::size_t kDescriptionWords = 6;
// A full name this close before a bare surname is the one it stands for, however rare.
constexpr std::uint32_t kNearFullName = 1000;
// How far back "the Post" looks for the outlet named in full, in bytes: an article's length,
// so that a corpus pasted as one text is not searched from its start for every mention.
constexpr std::uint32_t kOutletLookBack = 20000;
// How far back a sentence start and a pronoun's antecedent are looked for, in bytes.
constexpr std::uint32_t kSentenceLookBack = 1500;
constexpr std::uint32_t kPronounLookBack = 2000;
// The headline, subhead and lede of a text: where a description may come before its name.
constexpr std::uint32_t kHeadZone = 400;

// What a name is in a subordinate clause put before its sentence's main clause.
enum class FrontedRole { none, object, reported_subject };

class Resolver {
 public:
  Resolver(std::string_view text, const Gazetteer& g) : text_(text), g_(g) {}

  // `parent`: the attribution whose content holds this one, if any.
  std::optional<std::uint32_t> resolve(const Attribution& a, const Attribution* parent);

  // The subject of the writer's judgement (`Attribution::judged`): read like a source, so
  // that a later "he" or "they" may mean it, but no one's attribution.
  void read_subject(const Attribution& a, const Attribution* parent);

  // People the text gives a campaign ("Kasich's campaign", "the Carson campaign", "Sanders
  // campaigned"): candidates, whom the home side takes as it takes office holders, though the
  // text may never call them so. The surname is whose the text says it is there, so a
  // candidate's kin keep their own side. The text is read once, and only when someone could
  // take the title.
  void mark_campaigners(std::vector<Speaker>& speakers) const;

  // A person whose mentions as a source said nothing of a side may be described where the
  // text names them otherwise: "Dean, a former Democratic National Committee chairman, …"
  // before "Dean, a medical doctor, then appeared". The first apposition after the surname
  // that gives a side settles it.
  // Runs on the taken speakers once the home side is given, so that these private people's
  // sides do not sway it.
  void settle_from_later_appositions(std::vector<Speaker>& speakers) const;
  std::vector<Speaker> take() { return std::move(speakers_); }

  // The direct quotations of the document: a name inside one is the quoted speaker's word, no
  // antecedent for a pronoun of the narrative ("“I've met Mr. Trump …” He noted that …").
  void set_quotations(const std::vector<Attribution>& attributions);

  // Speakers that belong to another ("Barack Obama's advisers") with their owner, as indices.
  const std::vector<std::pair<std::uint32_t, std::uint32_t>>& owners() const { return owners_; }

 private:
  // The person names of the whole text with the look-ups the resolver needs, built on first
  // use (many documents never need them); every look-up is a hash or a binary search, so a
  // very long document stays linear.
  struct NameIndex {
    std::vector<NameMention> names;                                                 // in text order
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> full_by_part;  // multi-word
    std::vector<Gender> own_gender;  // what each name's own words say (mention_gender)
    std::unordered_map<std::string_view, std::uint32_t> full_count;  // multi-word mentions by name
    // Multi-word names met only at a sentence's start with nothing to tell a gender, whose
    // first word may be no name at all: "Young Sanders supporters", "Understated Perez".
    std::unordered_set<std::string_view> only_opening;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> titled_by_name;
    std::vector<std::uint32_t> titled;  // names with a title, in text order
    std::vector<Gender> gender;         // of each name
    std::unordered_map<std::string, Gender> gender_by_name;
    std::unordered_set<std::string_view> us_party;  // names followed by "(R-La.)", "(D)"
    // Full names the text introduces as someone's kin: "Mr. Bush's father, George Bush".
    std::unordered_set<std::string_view> kin_named;
    // The last words of all titles, lower-cased: "judge" for "U.S. District Judge".
    std::unordered_set<std::string> title_heads;
    // Whose description a name's is: "his top aide, Tad Devine" → the "he" named before.
    std::unordered_map<std::string_view, std::uint32_t> owner_by_name;
    // Surnames after "Mr." or "Mrs.": how many of each gender ("Mr. Obama" ×12).
    std::unordered_map<std::string_view, std::array<std::uint32_t, 3>> said_of_part;
  };
  std::optional<std::uint32_t> classify_and_link(std::string_view mention, std::string_view extra,
                                                 std::uint32_t at);

  // In a title-case headline every word is capitalized, so a run of capitals there is no
  // name: who speaks is the last name inside it that the body gives in full or the gazetteer
  // knows ("Conservative Icon Morton Blackwell Endorses Ted Cruz", "9 (More) Offensive Things
  // Donald Trump Has Said"). Empty when `head` is not such a run or holds no such name.
  std::string_view name_in_headline(std::string_view head) const;
  // The words the text spells `acronym` out with ("… Party (SVP)", "… Party, or SVP,"), or
  // empty: an acronym's side is its full name's.
  std::string_view spelled_out(std::string_view acronym, std::uint32_t at) const;

  // The side of one member of a coordinated source: a country or body it names, or the
  // person it names ("Trump and Clinton" are both US).
  std::string side_of_member(std::string_view member) const;

  // Whether a phrase is a person's name and nothing else: "Phil Lovas", "Mr. Justice"; not
  // "state's campaign chairman" nor "Gov. Pence" (a title).
  bool name_alone(std::string_view phrase) const;

  // Whether a phrase is a body's proper name and nothing else: "UnitedHealth Group", "Sandy
  // Hook Promise"; not a person's name, a place or a description.
  bool names_body_alone(std::string_view phrase) const;

  // Whether an attribution's cue describes its speaker rather than reports an utterance:
  // a present or perfect tense ("who say", "who has called"), not a past ("who said").
  bool describing_cue(const Attribution& a) const;

  // Kin whose given name follows after a comma: "his wife, Jane," (Jane Sanders),
  // "Ostrander's daughter, Ruth,". Nullopt unless `kin` is an owner and a kin noun.
  std::optional<std::uint32_t> kin_named_apart(std::string_view kin, std::string_view name,
                                               std::uint32_t at);

  // A person by name: a short name ("Sun", "Xi") links to the full name the text gives.
  std::uint32_t person_of(const NameMention& m);

  // `said`: the gender the mention's own words give ("Mr.", "Mrs."), which a title may omit.
  std::uint32_t person(std::string name, std::string affiliation, std::string title,
                       std::uint32_t at, Gender said = Gender::unknown);

  // The person whose staff a title names: "Gowdy spokesman" before "Jamal Ware" is Trey
  // Gowdy's, when the text names him in full; the spokesman speaks for his side.
  std::optional<std::uint32_t> employer_in_title(const std::string& title, const std::string& name,
                                                 std::uint32_t at);
  std::string person_side(const std::string& name, const std::string& affiliation,
                          const std::string& title) const;

  // The side of a bare role ("the finance minister") that the text gives elsewhere with a
  // country: "the Chinese finance minister", "China's finance minister".
  std::optional<std::string> side_of_role_named_before(std::string_view title) const;
  std::optional<std::string> search_role_side(std::string_view title) const;

  // The full name containing `part` that the text gives. When the text gives several ("Ted
  // Cruz", "Heidi Cruz"), the one named just before `at` wins when it is the only one named
  // there; otherwise the first introduced: news style names a second holder of a surname in
  // full each time, while the article's main holder is the one the bare surname means. Null
  // when the text never gives one (the name stays as written).
  const NameMention* full_name_for(std::string_view part, std::uint32_t at,
                                   Gender want = Gender::unknown) const;
  // Of the full names holding the surname `folded`, the one a bare surname at `at` means
  // when `hit` is the one named nearest (see full_name_for).
  const NameMention* main_holder(const NameIndex& x, const std::string& folded,
                                 const NameMention* hit, std::uint32_t at, Gender want) const;
  // Whether the surname `part` alone names someone between `first` (a full name) and the
  // first time the text names `other`, who shares the surname, and was not given with the
  // other's title just before `at`.
  bool surname_used_before_other(const std::vector<NameMention>& names, const NameMention& first,
                                 const NameMention& other, std::string_view part,
                                 std::uint32_t at) const;

  // Whether two words differ by one letter changed, added or dropped (compare them in one
  // case: "McLenney" drops the "C" of "McClenney").
  static bool one_edit_apart(std::string_view a, std::string_view b);

  // The full name named shortly before `at` whose surname `word` misspells by one letter
  // ("Wines" for "Leslie Wimes", "McLenney" for "Tyresha McClenney"): same first letter,
  // five letters or more, and only one such name. A surname the text gives as is never
  // comes here.
  const NameMention* misspelled_surname(std::string_view word, std::uint32_t at) const;

  // The text's full name that ends in a particle surname ("de Blasio"), nearest before
  // `at` or else the first; the particle's case follows the sentence ("De Blasio said").
  const NameMention* longer_name_ending_in(const std::string& surname, std::uint32_t at,
                                           Gender want) const;

  // Whether the text's "Mr. X" / "Mrs. X" mostly mean someone of the other gender than the
  // only full holder it gives: "the first lady, Michelle Obama" once, "Mr. Obama" a dozen
  // times. A bare "Obama" then is not Michelle.
  static bool other_gender_prevails(const NameIndex& idx, const std::string& part,
                                    const NameMention& holder);

  // What a mention's own words say of its gender: its title, else its given name.
  static Gender mention_gender(const NameMention& m);

  // The first holder in `list` that `fits`, looking at a bounded number of them.
  template <class Fits>
  static const NameMention* first_fitting(const NameIndex& idx,
                                          const std::vector<std::uint32_t>& list, Fits fits);

  // `want`: the gender the short mention's own title gives ("Mr. Obama" is never Michelle
  // Obama); holders of another gender are passed over.
  static const NameMention* full_name_in(const NameIndex& idx, const std::string& part,
                                         std::uint32_t at, Gender want = Gender::unknown);

  // The gender a person's name or title tells: from the title, the given name, or what the
  // text says of the same name elsewhere ("Mr. Clarke" makes "Tom Clarke" male).
  Gender name_gender(const std::string& name, const std::string& title) const;

  // Where the sentence holding `at` starts: after the last . ! ? that ends a word which is no
  // abbreviation, or after a line break; a bounded look-back.
  std::uint32_t sentence_start(std::uint32_t at, std::uint32_t look_back = kSentenceLookBack) const;
  // The same, where a quotation that ends with its sentence's stop also ends the sentence
  // ("… president.'' After all, he says"). Only the pronoun's own sentence is read this way:
  // the looks further back were tuned to the plain stops.
  std::uint32_t sentence_start_past_quotation(std::uint32_t at) const;
  // Where the main clause starts when a participle opens the sentence and the pronoun at `at`
  // opens the main clause ("Asked about …, she replied"); else `sentence`.
  std::uint32_t participle_opening_end(std::uint32_t sentence, std::uint32_t at) const;

  // Whether name i of the index may be what a "he" or "she" of gender g stands for: its
  // gender fits, and it is known to be a person (a gender, a title, an initial, or a speaker
  // already) rather than any capitalized run ("Pacific Ocean", "Presidential Debates").
  bool antecedent_fits(std::size_t i, Gender g) const;
  // The surname a tell verb right after the pronoun at `at` addresses: "he told Hannity",
  // "she assured Mr. Trump"; empty when none.
  std::string_view addressee_after(std::uint32_t at) const;
  // Whether `m` names the addressee of the pronoun being resolved (see addressee_).
  bool names_addressee(const NameMention& m) const;
  // Whether every name of the sentence (opening at `opens`) before names[i] follows a
  // preposition, so that names[i] may be its subject.
  bool only_objects_before(std::size_t i, std::uint32_t opens) const;
  // Whether a subordinating word opens a clause mid-sentence right before the name at `name`
  // (past its title): "…, hours after Trump unleashed …".
  bool opens_trailing_clause(std::uint32_t opens, std::uint32_t name) const;

  // Whether the word before `at` is a preposition (the lexicon's): the name there is an object
  // ("Campaigning against Mitt Romney in 2012, he …"), which a reader does not take a pronoun to
  // mean. With `past_title`, capitalized words in between are skipped: "after meeting with
  // Russian President Vladimir Putin".
  bool after_preposition(std::uint32_t at, bool past_title = false) const;
  // Whether "the" stands right before `at`: a name there modifies a noun ("the Trump
  // meeting") and is no subject.
  bool after_article(std::uint32_t at) const { return after_words(at, "the"); }
  // Whether the lower-case words `words` (their first letter may be a capital) stand right
  // before `at`, a space apart, as whole words: "As for" before "Trump".
  bool after_words(std::uint32_t at, std::string_view words) const;

  // A run of capitals with no place, body or thing word in it: "Tom Clarke", not "New York",
  // "Pacific Ocean" or "WASHINGTON".
  bool plain_name(const NameMention& m) const;
  // Whether a run of capitals holds a body's or a thing's word: "Trump National Golf Club".
  static bool names_body_or_thing(const NameMention& m);

  // Whether a "he"/"she" of gender g stands in [from, to), outside the quoted content.
  bool pronoun_between(std::uint32_t from, std::uint32_t to, Gender g) const;

  // The first "<Sponsor> <noun>" after `from` in the text's opening ("a Bloomberg poll"), as
  // a view from its first capitalized word; empty when the noun comes without a name.
  std::string_view work_named_after(std::uint32_t from, std::string_view noun) const;

  // Whether a noun names a person or their party: a role word ("governor"), a word with a
  // person suffix ("blogger", "committeeman", "executives"), or a party ("Democrat").
  bool names_person(std::string_view noun) const;

  // The side of a group by its words: its head noun ("analysts" are independent), else the
  // country or body it names ("U.S. officials").
  std::string group_side(std::string_view phrase, std::string_view head_noun) const;

  // The speaker of the enclosing content when a "they" at `at` opens it: "Half of Vermont
  // Democrats said they want …", "78 percent of voters in a recent CBS News poll said they
  // think …". Only a plural speaker: one person is no "they".
  std::optional<std::uint32_t> parent_as_subject(std::uint32_t at) const;
  bool inside_content(std::uint32_t pos) const;
  bool inside_quotation(std::uint32_t pos) const;

  // The antecedent a reader picks for "he" or "she" at `at`: a compatible person named
  // earlier in the same sentence outside the quotation (the leftmost: the subject); else the
  // subject of a sentence written since the last compatible person quoted; else that person;
  // else the nearest compatible person named before.
  // The subject a pronoun in a clause fronted before it stands for, if any.
  std::optional<std::uint32_t> subject_after_fronted_clause(Gender g, std::uint32_t at);
  std::optional<std::uint32_t> person_for_pronoun(Gender g, std::uint32_t at);

  // "…, which": the noun phrase before the comma ("members of the Saudi government, which
  // denied"), from its last "of"/"for"/"from", resolved like a source of its own.
  std::optional<std::uint32_t> body_before(std::uint32_t at);

  // "…, who": a group the phrase before names ("Democrats and Republicans, who have
  // questioned"), else the nearest name.
  std::optional<std::uint32_t> person_or_group_before(std::uint32_t at);
  // What a copular sentence calls the person whose name ends at `name_end` ("… is a Democratic
  // consultant"), or empty.
  std::string described_as(std::uint32_t name_end) const;
  // What a sentence says the bearer of `surname` is, read after the surname alone within
  // bytes [from, to).
  std::optional<std::string> described_by_surname(std::string_view surname, std::uint32_t from,
                                                  std::uint32_t to) const;
  // Whether the word after the relative at `at` is a verb in its plural form ("who say").
  bool plural_verb_after(std::uint32_t at) const;

  // What an "it" at `at` stands for: the body or country that opens its sentence as its
  // subject ("The United Nations Security Council on Friday condemned … what it called", "The
  // report also said … It said"), or the previous sentence's when "It" opens its own.
  // `other_subject` is set when a subject that is no body opens it ("The Missouri bill …. It
  // appeared", "The Russians … as it claims"): the "it" is that, not the last body.
  std::optional<std::uint32_t> body_for_it(std::uint32_t at, bool* other_subject);

  // The news outlet named last in the text before `at`, within a few paragraphs.
  std::optional<std::uint32_t> outlet_before(std::uint32_t at);

  // The body a definite description at `at` refers back to: the last name before it that
  // holds the noun ("the Commission on Presidential Debates" for "the commission") or that
  // the noun follows ("the Trump campaign", "Clinton's campaign" for "the campaign").
  std::optional<std::uint32_t> named_body_before(std::string_view noun, std::uint32_t at);

  // The speaker label that opens the paragraph holding `at` ("WALLACE:", "MR. PENCE:"), in
  // title case so that it resolves like a surname; empty when the paragraph has none.
  std::string transcript_label(std::uint32_t at) const;

  // In a question-and-answer interview ("Q: … A: …" paragraphs), whether `at` lies in an
  // answer, and the person the text names first, whom the questions are put to ("Q&A with
  // Vice President Joe Biden"): that person is the answer's "I". Empty otherwise.
  std::string_view interviewee_answering(std::uint32_t at);
  // That interviewee as a speaker, when `at` lies in an answer.
  std::optional<std::uint32_t> interviewee_at(std::uint32_t at);
  // The writer of the text, who speaks as "I" outside quotations.
  std::uint32_t author();
  // The writer the text names up front, as a reader would take it: the person a headline
  // opens with ("Ann Coulter: And Then There Was the One", "Kasich: ‘We Are Going …’" over a
  // transcript), or the "author" an editor's note presents ("excerpts from bestselling author
  // Dinesh D’Souza’s new book"). Empty when there is none; looked for once.
  const std::string& named_author();

  // "United Nations peacekeepers are not prepared …, though they find": the plural noun
  // phrase that opens the sentence holding a "they" at `at`, up to its first verb.
  // A "They" that opens its sentence looks at the previous one ("Voting rights advocates have
  // expressed deep concern. They cite …").
  std::optional<std::uint32_t> plural_subject_before(std::uint32_t at);
  // The sentence a subject before `at` is looked for in: this one, or the one before when `at`
  // opens it; from its start (set in `*start`) to `at`, less an opening subordinator or one of
  // `openers` ("While many World Bank watchers expect …, they say"). Empty if none.
  std::string_view subject_sentence_before(std::uint32_t at,
                                           std::initializer_list<std::string_view> openers,
                                           std::uint32_t* start) const;
  // Two named people as the subject of this sentence or the one before ("As Gary Johnson and
  // Bill Weld stumped …"): the group a "they" stands for.
  std::optional<std::uint32_t> named_pair_before(std::uint32_t at);

  // The noun phrase that a relative at `at` follows, from its last "of"/"for"/"from"/"by".
  std::string_view phrase_before(std::uint32_t at) const;

  // "Trump's supporters" → "Donald Trump's supporters", when the owner is a person and the
  // rest a plural of people, a team or one role ("Obama's former campaign strategist").
  std::optional<std::uint32_t> possessor_people(std::string_view bare, std::uint32_t at);

  // "Those close to him" → "Those close to Terry McAuliffe", on his side. `close` is where
  // kCloseTo starts in `head`.
  std::optional<std::uint32_t> close_to(std::string_view head, std::size_t close, std::uint32_t at);

  // "his advisers" → "Barack Obama's advisers", on his side; "her campaign" likewise.
  std::optional<std::uint32_t> possessed(std::string_view head, std::uint32_t at);

  // What belongs to a speaker and speaks for them: "Barack Obama's advisers", on his side.
  std::uint32_t owned(std::uint32_t owner, std::string_view rest);
  std::optional<std::uint32_t> nearest_name_before(std::uint32_t at, std::uint32_t within = 200);
  // Whether `part`, the first word of the gazetteer's `known`, is a surname written first that
  // this text, naming no such country, uses for someone else.
  bool foreign_surname_elsewhere(std::string_view known, std::string_view part) const;
  // Whether `m` is the subject of the main clause after a subordinate clause that opens the
  // sentence at `sentence`: "Given that he is in his last months, Mr. Obama may …".
  bool subject_after_clause(std::uint32_t sentence, const NameMention& m) const;
  // What `m` is in a subordinate clause that opens the sentence at `sentence` and ends before
  // `at`: not in one; an object ("Though the senator did not mention Marco Rubio by name,
  // he …", "When asked about Trump, she …"); or the subject of what it reports ("When the
  // moderator pointed out that Trump hadn't answered, he …").
  FrontedRole role_in_fronted_clause(std::uint32_t sentence, const NameMention& m,
                                     std::uint32_t at) const;
  // When names[i] stands in a subordinate clause that opens the sentence at `sentence`, the
  // name that opens the main clause after it: "While Donald Trump has yet to endorse Ryan,
  // Trump's running mate — Indiana Gov. Mike Pence — has …" gives Pence.
  std::optional<std::size_t> main_subject_after(std::size_t i, std::uint32_t sentence) const;
  // Whether names[i] owns a noun that the next name stands for: "Sanders's campaign manager,
  // Jeff Weaver," and "Trump's running mate — Indiana Gov. Mike Pence —" are Weaver and Pence.
  bool owner_of_apposed_name(std::size_t i) const;
  // Whether names[i] is followed by a possessive "'s" (inside its run or after it).
  bool possessor(std::size_t i) const;
  // Whether the pronoun at `at` opens an aside between commas: "Ms. Warren, she said,".
  bool parenthetical_at(std::uint32_t at) const;
  // Whether the word at `at` opens a main clause joined by ", but", ", and", ", yet", ", so"
  // or a semicolon.
  bool opens_coordinated_clause(std::uint32_t at) const;
  // The same for a relative "who", which skips a name inside the apposition before it.
  std::optional<std::uint32_t> head_name_before(std::uint32_t at);

  // The latest person (a speaker so far, or a titled name in the text) whose title fits.
  std::optional<std::uint32_t> person_with_role(std::string_view titles,
                                                std::string_view description,
                                                const std::optional<std::string>& side,
                                                std::uint32_t at, char party = 0,
                                                bool head_only = false);

  // The person the text last named in full right after `noun`, before `at`: "the mega
  // donor" after "Top Republican Party donor Sheldon Adelson", "the magnate" after "casino
  // magnate Sheldon Adelson".
  std::optional<std::uint32_t> person_introduced_as(std::string_view noun, std::uint32_t at);
  // The federal agency the text named last before `at`, for "the agency" or "the bureau"
  // whose name lacks the noun: the FBI, the CIA, the State Department.
  std::optional<std::uint32_t> agency_named_before(std::uint32_t at);
  // "The spokesman" after "the prime minister's spokesman" or "a spokesman for Cameron": that
  // unnamed agent, the last source one of `roles` ('|'-separated) named, unless a person of
  // that role spoke since.
  std::optional<std::uint32_t> agent_named_before(std::string_view roles, std::uint32_t at) const;
  // The person whose apposition before `at` is the same description: "the former secretary
  // of state talked" after "Clinton, the former secretary of state, is". `bare` is the
  // description without its article.
  std::optional<std::uint32_t> person_in_apposition(std::string_view bare, std::uint32_t at);
  // Of the names a plural title lists ("hosts Joe Scarborough and Mika Brzezinski"), the one
  // the text names last before `at`; `m` is the list's last name that fits.
  const NameMention& latest_of_list(const NameMention& m, std::uint32_t at) const;
  std::optional<std::uint32_t> salient_person_for_role(std::string_view titles,
                                                       std::string_view description,
                                                       const std::optional<std::string>& side,
                                                       std::uint32_t at, char party = 0);

  // "Twitter said … The company said": the speaker just before, when it is a body of no
  // state whose name lacks the noun. A lone capitalized word read as a surname ("Twitter")
  // with nothing to say it is a person is that body. "The group" and "the organization" may
  // also reach past people quoted since to the last private body or think tank that spoke.
  std::optional<std::uint32_t> body_just_quoted(std::string_view noun, std::uint32_t at);
  // "The statement added" after "Powell's office said in a statement" or "the museum issued
  // a statement": the source that issued the document the text last introduced, within a
  // few paragraphs. Failing a source there, a name or a body that is the issuing verb's
  // subject ("President Obama released a statement", "Clinton's campaign sent out an email").
  std::optional<std::uint32_t> issuer_of(std::string_view noun, std::uint32_t at);
  std::optional<std::uint32_t> subject_of_verb(std::size_t verb_at);
  // Without one, a body that spoke just before: "the Republican Party of Wyoming announced
  // she wasn't coming. “…,” the release said."
  std::optional<std::uint32_t> body_that_just_spoke(std::uint32_t at) const;

  // "… a drop in the oil giant Exxon Mobil. The company reported …": the firm this sentence
  // or the one before named in passing, as the last run of capitals there that is no person,
  // place or side. Only for "the company", "the firm", "the corporation".
  std::optional<std::uint32_t> company_named_before(std::string_view noun, std::uint32_t at);

  // Whether the text gives a capitalized word after a lower-case one ("said Twitter"), as a
  // name and not only as the first word of a sentence ("Regardless").
  // Looked for near `at` only, as "the Post" is: a corpus pasted as one text would otherwise
  // be searched whole for every "it".
  bool named_inside_sentence(std::string_view word, std::uint32_t at) const;

  // Whether a speaker is a body, or could be one and now is: a lone capitalized word taken for
  // a surname, with no title, description or gender to say it is a person.
  bool as_body(std::uint32_t idx);

  // Records that `idx` speaks for `owner`: a side the owner gets later is theirs too.
  std::uint32_t derived(std::uint32_t owner, std::uint32_t idx);
  std::uint32_t find_or_add(const std::string& key, std::string name, SpeakerKind kind,
                            std::string affiliation, std::string side);
  std::uint32_t add(std::string name, SpeakerKind kind, std::string affiliation, std::string side);
  void remember(std::uint32_t idx);
  std::string_view text_;
  const Gazetteer& g_;
  std::optional<std::uint32_t> narrator_;    // "the author", once an "I" speaks
  std::optional<std::string> interviewee_;   // set once the text is checked for Q&A form
  std::optional<std::string> named_author_;  // set once the text is checked for a named writer
  const NameIndex& index() const;
  // The first name of the text that begins at or after byte `at`.
  std::vector<NameMention>::const_iterator first_name_from(std::uint32_t at) const;

  // The description after a full name: "Jorge G. Castañeda, a former Mexican foreign
  // minister who …" gives "a former Mexican foreign minister". Empty when none follows.
  std::string apposition_after(std::uint32_t end) const;

  // The description a name stands in apposition to: "His campaign manager, Jeff Weaver,",
  // "Nevada's governor, Brian Sandoval,". Empty unless it opens with an article or a
  // possessive and ends in a role word.
  std::string description_before(std::uint32_t begin, Gender* owner = nullptr) const;

  // Whether a phrase holds a verb of saying or an auxiliary: then it is a clause.
  static bool has_verb(std::string_view phrase);
  void build_index(NameIndex& x) const;

  // Whether a kin noun stands right before `at`, with or without a comma: "his father, George
  // Bush", "her husband Frank".
  bool kin_before(std::uint32_t at) const;

  // The first gender noted for a key sticks; a contradiction makes it unknown for good.
  static void note_gender(std::unordered_map<std::string, Gender>& map, const std::string& key,
                          Gender g);

  // Adds a mention (name still empty) for every capitalized word that is a word of a full name
  // the text gives, outside the names already found: "Trump" after "Donald Trump". Keeps
  // `names` in text order.
  void add_short_mentions(std::vector<NameMention>& names) const;
  mutable std::optional<NameIndex> index_;

  // Sides of bare roles found elsewhere in the text, by title (side_of_role_named_before).
  mutable std::unordered_map<std::string, std::optional<std::string>> role_side_;
  // spelled_out's answers: each asks the whole text twice.
  mutable std::unordered_map<std::string, std::string_view> spelled_out_;
  std::vector<Speaker> speakers_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> owners_;  // (derived, owner) indices

  // People whose affiliation is only a description the text used for them ("the minority
  // leader"), which a later description with a side may still complete.
  std::unordered_set<std::uint32_t> only_described_;
  std::map<std::string, std::uint32_t> person_key_;                   // full name -> speaker
  std::map<std::string, std::uint32_t, std::less<>> person_by_part_;  // a name's word -> speaker
  std::map<std::string, std::uint32_t> other_key_;                    // kind:description -> speaker
  std::optional<std::uint32_t> last_person_, last_plural_, last_thing_, last_any_;
  std::optional<std::uint32_t> last_work_;  // the last study, poll or report that spoke
  std::string last_work_noun_;              // its head noun: "survey"

  // The latest person speakers with where each was mentioned, oldest first.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> recent_persons_;
  // The latest source mentions and the speaker each was resolved to, oldest first: who
  // issued "the statement" a later source names.
  struct SourceSeen {
    ByteSpan mention;
    std::uint32_t speaker;
  };
  std::vector<SourceSeen> recent_sources_;
  // How many sentence-opening pronouns person_for_pronoun has followed back ("He had
  // protested … " he said): a bound on the chain.
  int pronoun_chain_ = 0;
  // The surname of the person a pronoun's own cue addresses ("he told Hannity"), who is no
  // antecedent of that pronoun; empty otherwise.
  std::string_view addressee_;
  std::vector<Gender> gender_;                      // of each speaker
  const std::vector<ByteSpan>* content_ = nullptr;  // the content of the attribution resolved
  const std::vector<ByteSpan>* parent_content_ = nullptr;  // the content it is nested in
  std::optional<std::uint32_t> parent_speaker_;            // who speaks that content
  std::unordered_map<std::uint32_t, std::uint32_t> speaker_by_attribution_;  // by id
  std::vector<ByteSpan> quotations_;  // direct contents, by start, overlaps merged
};

}  // namespace whosaid::speakers_detail
