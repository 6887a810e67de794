// Definitions of the reported-speech rules over the tag string. Tags (engine/lexicon.hpp):
//   Q quotation  V cue verb  K cue verb with addressee  v gerund cue  G "according to"
//   n cue noun ("denial", "accusation")
//   a auxiliary  r adverb  t "that"  N capitalized word  P pronoun  W who/which  D determiner
//   p preposition  b "by" before a passive cue's agent  c and/or/but  x breaker  w other word
//   # number, punctuation as itself.
// Every rule marks its parts with raw[...][mark<&TagMatch::part>]; the engine turns the tag
// spans back into token and byte spans.
#pragma once

#include "grammar/tag_rules.hpp"

namespace whosaid::grammar {
namespace detail {

using x3::char_;
using x3::eoi;
using x3::lit;
using x3::raw;
using x3::repeat;

// Semantic action: stores the matched range as one part of the TagMatch in the context.
template <TagSpan TagMatch::*Part>
struct mark_fn {
  template <typename Context>
  void operator()(Context& ctx) const {
    TagMatch& m = x3::get<match_tag>(ctx);
    const auto& range = x3::_attr(ctx);
    m.*Part = TagSpan{static_cast<std::uint32_t>(range.begin() - m.base),
                      static_cast<std::uint32_t>(range.end() - m.base)};
  }
};
template <TagSpan TagMatch::*Part>
inline constexpr mark_fn<Part> mark{};

constexpr auto source = mark<&TagMatch::source>;
constexpr auto cue = mark<&TagMatch::cue>;
constexpr auto content = mark<&TagMatch::content>;
constexpr auto content2 = mark<&TagMatch::content2>;
constexpr auto via = mark<&TagMatch::via>;
constexpr auto apposition = mark<&TagMatch::apposition>;

// ---- building blocks -------------------------------------------------------------------

/// quote ::= 'Q'   (a whole quotation, marks included)
const auto quote = lit('Q');

/// sentence_end ::= &( '.' | '!' | '?' | end )
const auto sentence_end = &(char_(".!?") | eoi);

/// clause_end ::= sentence_end | &( ',' 'r'? ( 'v' | 'G' ) )    also before ", adding …"
const auto clause_end = sentence_end | &(',' >> -lit('r') >> char_("vG"));

/// cue_verb ::= ('a' | 'r')* ('V' | 'K')      e.g. has also said
const auto cue_verb = *char_("ar") >> char_("VK");

/// cue_phrase ::= cue_verb ( 'p' ('D'|'w'|'N'|'#'|'p'){1,6}
///                           ( &( 't' | ':' | ',' ) | 'x'{1,2} &'t' ) !( ',' 'W' ) )?
/// e.g. said in a statement (that) / stated in a reading to parliament that / said in a
/// statement on Monday that / wrote in The Washington Times last week that (time words are
/// breakers, 'x'; only "that" may follow them, as a comma after a date may open an aside)
/// (A phrase a relative clause follows is what was said: "vowed to form a task force, which
/// would include the military".)
const auto cue_phrase = cue_verb >> -('p' >> repeat(1, 6)[char_("DwN#p")] >>
                                      (&char_("t:,") | (repeat(1, 2)[lit('x')] >> &lit('t'))) >>
                                      !(',' >> lit('W')));

/// inverted_phrase ::= ('a' | 'r')* 'V' ( 'p' ('D'|'w'|'N'|'#'|'p'){1,6} &( 't' | ':' | ',' ) )?
/// A cue before its speaker ("…,” said Sun): never a 'K' verb, whose next phrase is the
/// addressee ("…, told The Huffington Post.").
const auto inverted_phrase = *char_("ar") >> 'V' >>
                             -('p' >> repeat(1, 6)[char_("DwN#p")] >> &char_("t:,"));

/// np ::= 'P' | 'W' | ( 'r' &'#' )? first ( word | 'c' &name_start ){0,12}
/// A speaker phrase without commas: he / a U.S. official / Yun Sun / the Chinese foreign
/// ministry spokesperson / director of the China Program at the Stimson Center / nearly 60
/// percent of Republicans
const auto np_first = char_("NDw#") | (lit('r') >> &lit('#') >> '#');
// A preposition and a time word ("on Tuesday") end the phrase: they date the cue.
const auto np_word = !(lit('p') >> 'x') >> char_("NDw#p");
const auto np = char_("PW") | (np_first >> repeat(0, 12)[np_word | ('c' >> &char_("NDw"))]);

/// appositive ::= first ( item | ',' !cue_verb ( &('p' 'N'+ !'w') | !'p' &item ) )*
/// e.g. an expert on China-Russia ties / 59, of North Philadelphia
// Note: '-' inside a char_ set string is a range ("a-z"), so the dash tag stands apart.
const auto appos_item = char_("NDw#pcr()~") | char_('-');
// After a comma a preposition goes on only to a place ("Mona Lamberson, 59, of North
// Philadelphia"); otherwise it opens a phrase of the cue's ("…, about Comey's statement").
const auto appos_place = lit('p') >> +lit('N') >> !lit('w');
const auto appositive = char_("NDw#") >>
                        *(appos_item |
                          (',' >> !cue_verb >> (&appos_place | (!lit('p') >> &appos_item))));

/// inner_relative ::= 'W' ( !( ',' cue_verb ) !terminal !quote any )+   who served as …
const auto inner_relative = 'W' >> +(!(',' >> cue_verb) >> !char_(".!?;Q") >> char_);

/// parenthetical ::= '(' ( 'N' | 'w' | 'D' | '#' | '-' | '~' | ',' | '.' )+ ')'   e.g. (R-Tex.)
const auto parenthetical = '(' >> +(char_("NwD#~,.") | char_('-')) >> ')';

/// insertion ::= ( 'x' | 'p' | 'r' ) ( !( ',' cue_verb ) !terminal !quote any )*
/// An adverbial between the speaker and the cue; not part of the source.
/// e.g. Blinken, after talks with Xi in Beijing last month, alleged …
///      Hunter, meanwhile, told …
const auto insertion = char_("xpr") >> *(!(',' >> cue_verb) >> !char_(".!?;Q") >> char_);

/// speaker ::= np ( parenthetical ( ',' &cue_verb )? )? ( ',' ( appositive ',' &'W' )?
///             ( appositive inner_relative? | inner_relative ) ( ',' &cue_verb |
///             &( ',' insertion ',' cue_verb ) ) )?
/// the phrase before a cue verb; e.g. Schiff, 56, who has served on the committee, told /
/// Marcy Delano, a retired teacher who lives in Dayton, said / Brian Murphy, the chairman of
/// the county GOP, for example, said (the insertion is left to marked_speaker) / Gov. John
/// Kasich (R-OH), said
const auto speaker = np >> -(parenthetical >> -(',' >> &cue_verb)) >>
                     -(',' >> -(appositive >> ',' >> &lit('W')) >>
                       ((appositive >> -inner_relative) | inner_relative) >>
                       ((',' >> &cue_verb) | &(',' >> insertion >> ',' >> cue_verb)));

/// marked_speaker ::= speaker ( ',' insertion ',' )? ( 'p' 'x'+ | 'x' 'x'+ )?
///                    (marks the source)
/// e.g. Sanders on Tuesday said …, Sanders last week said …, Sanders on Wednesday morning
///      called …  (the date is not the source). One 'x' alone is no date: "as promised".
const auto date = (lit('p') >> +lit('x')) | (lit('x') >> +lit('x'));
const auto marked_speaker = raw[speaker][source] >> -(',' >> insertion >> ',' >> &cue_verb) >>
                            -(date >> &cue_verb);

/// interview_frame ::= 'p' 'D'? 'w' 'p' np ( ',' appositive )* ','   (marks the via)
/// e.g. In an interview with Xinhua, China’s state-run news agency, …
const auto interview_frame = 'p' >> -lit('D') >> 'w' >> 'p' >> raw[np][via] >>
                             *(',' >> char_("NDw#") >> *appos_item >> &lit(',')) >> ',';

/// relative ::= ','? 'W' ( !terminal any )*     e.g. , who has four children
const auto relative = -lit(',') >> 'W' >> *(!char_(".!?;") >> char_);

/// speaker_tail ::= np ( ',' appositive )* relative?   a speaker that ends its sentence
const auto speaker_tail = np >> *(',' >> appositive) >> -relative;

/// speaker_front ::= np ( ',' front_appositive &',' )*   a speaker followed by ", clause"
/// e.g. According to Lorella Praeli, Clinton's Latino vote director, the campaign …
/// The apposition takes no comma of its own: X3 does not backtrack into a kleene, and the
/// full appositive would run on through ", the campaign …" and fail the whole apposition.
/// It ends in a common noun ("director", "website") and holds no number, so that the clause
/// is not taken for it: "According to an FBI summary, Cheryl Mills, a top Clinton aide, sent
/// …", "According to a recent poll, Trump garnered 30% of the votes, leading …".
/// A place may follow that noun: "a former tax aide now teaching at New York University".
const auto front_appositive = &char_("NDw") >> +(*(char_("NDpcr()~") | char_('-')) >> lit('w')) >>
                              -(lit('p') >> -lit('D') >> +lit('N')) >> &lit(',');
const auto speaker_front = np >> *(',' >> front_appositive >> &lit(','));

/// clause ::= ( !stop any )+    the reported content up to the sentence end, a gerund cue
/// (", adding …") or a trailing "according to"
const auto clause_stop = char_(".!?") | (',' >> -lit('r') >> char_("vG"));
const auto clause = +(!clause_stop >> char_);

/// addressee ::= 'D'? ('N' | 'w'){1,4}      AFP / reporters / the BBC
const auto addressee = -lit('D') >> repeat(1, 4)[char_("Nw")];

/// according_tail ::= ',' 'G' np      "…, according to state media"
const auto according_tail = ',' >> lit('G') >> raw[np][via];

}  // namespace detail

// ---- the constructions -------------------------------------------------------------------

using namespace detail;

const split_quote_type split_quote = "split_quote";
const post_cue_type post_cue = "post_cue";
const inverted_cue_type inverted_cue = "inverted_cue";
const headline_colon_type headline_colon = "headline_colon";
const according_front_type according_front = "according_front";
const cue_quote_type cue_quote = "cue_quote";
const colon_cue_type colon_cue = "colon_cue";
const colon_block_type colon_block = "colon_block";
const tell_cue_type tell_cue = "tell_cue";
const indirect_type indirect = "indirect";
const trailing_cue_type trailing_cue = "trailing_cue";
const according_back_type according_back = "according_back";
const gerund_cue_type gerund_cue = "gerund_cue";
const noun_cue_type noun_cue = "noun_cue";

/// split_quote ::= quote ','? ( speaker cue_phrase | inverted_phrase np ) ',' quote
/// e.g. “We will win,” the minister said, “and soon.”
const auto split_quote_def = raw[quote][content] >> -lit(',') >>
                             ((marked_speaker >> raw[cue_phrase][cue]) |
                              (raw[inverted_phrase][cue] >> raw[np][source])) >>
                             ',' >> raw[quote][content2];

/// told_tail ::= '.'? ',' appositive 'K' addressee   (a stray period before the apposition)
/// e.g. … Yun Sun said. , director of the China Program …, told AFP.
const auto told_tail = -lit('.') >> ',' >> raw[appositive][apposition] >> -lit(',') >>
                       *char_("ar") >> 'K' >> raw[addressee][via];

/// post_cue ::= quote ','? speaker cue_phrase addressee? ( according_tail | told_tail )?
/// e.g. “Russia is not a geopolitical power that can be eliminated,” Sun said.
///      “We don’t know …,” he told AFP.
const auto post_cue_def = raw[quote][content] >> -lit(',') >> marked_speaker
                          >> raw[cue_phrase][cue] >> -raw[addressee][via] >>
                          -(according_tail | told_tail);

/// inverted_cue ::= quote ','? inverted_phrase speaker_tail
/// e.g. “As Russia’s position deteriorates, …,” said Hal Brands, professor of global affairs
const auto inverted_cue_def = raw[quote][content] >>
                              -lit(',') >> raw[inverted_phrase][cue] >> raw[speaker_tail][source];

/// headline_colon ::= 'N'{1,4} ':' !tally clause       (only at a unit start)
/// e.g. Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.
/// A tally is no statement: "Clinton: 2,316." counts delegates.
const auto tally = +char_("#,") >> (char_(".!?") | eoi);
const auto headline_colon_def =
    raw[repeat(1, 4)[lit('N')]][source] >> raw[lit(':')][cue] >> !tally >> raw[clause][content];

/// according_front ::= 'G' speaker_front ',' clause
/// e.g. According to exit polls, Mitt Romney had a ten-point lead
const auto according_front_def =
    raw[lit('G')][cue] >> raw[speaker_front][source] >> ',' >> raw[clause][content];

/// cue_quote ::= speaker cue_phrase ','? quote sentence_end
/// e.g. Gingrich said, “In many ways, Donald Trump is like a pirate.”
///      Li had said “we fully understand the need …”
const auto cue_quote_def = marked_speaker >> raw[cue_phrase][cue] >>
                           -lit(',') >> raw[quote][content] >> sentence_end;

/// colon_cue ::= speaker cue_phrase ':' clause
/// e.g. Blinken said: “I made it clear …” / The ministry said: China will respond.
const auto colon_cue_def = marked_speaker >> raw[cue_phrase][cue] >> ':' >> raw[clause][content];

/// colon_block ::= speaker cue_phrase addressee? ':' end     (the engine takes the next paragraph's
/// quote) e.g. Gingrich told Fox News:¶“In many ways, Donald Trump is like a pirate.”
const auto colon_block_def =
    marked_speaker >> raw[cue_phrase][cue] >> -raw[addressee][via] >> ':' >> eoi;

/// tell_cue ::= speaker ('a'|'r')* 'K' addressee ('p' 'x'+)? ','? clause
/// e.g. Yang Jiechi told Russia’s Ambassador to China Andrey Denisov that Xi and Putin …
///      Hunter told Politico on Wednesday that …   (the date is no part of the via)
const auto tell_cue_def = marked_speaker >> raw[*char_("ar") >> 'K'][cue] >>
                          raw[addressee >> *(!(lit('p') >> 'x') >> char_("pNDw"))][via] >>
                          -(lit('p') >> +lit('x')) >> -lit(',') >> raw['t' >> clause][content];

/// indirect ::= interview_frame? speaker cue_phrase ','? clause
/// e.g. Qin Gang said China was “deeply concerned” about the war
///      The U.S. says China is, however, considering sending direct military aid.
const auto indirect_def = -interview_frame >> marked_speaker >> raw[cue_phrase][cue] >> -lit(',') >>
                          !lit(':') >> raw[clause][content];

/// trailing_cue ::= head ',' ( speaker cue_phrase | !'a' inverted_phrase speaker_tail )
///                  sentence_end
/// e.g. China is considering sending direct military aid, the U.S. says.
/// An unquoted head inverts only a bare verb ("…, says the report"): after an auxiliary
/// ("Some Democrats, such as Mr. Durbin, have criticized the bill.") the phrase before the
/// comma is the verb's subject.
const auto trailing_inverted = !lit('a') >> inverted_phrase;
const auto trailing_tail = ',' >> ((marked_speaker >> raw[cue_phrase][cue]) |
                                   (raw[trailing_inverted][cue] >> raw[speaker_tail][source])) >>
                           clause_end;
const auto trailing_head =
    +(!(',' >> ((speaker >> cue_phrase) | (trailing_inverted >> speaker_tail)) >> clause_end) >>
      !char_(".!?") >> char_);
const auto trailing_cue_def = raw[trailing_head][content] >> trailing_tail;

/// according_back ::= head ',' 'G' speaker_tail sentence_end
/// e.g. Clinton beats Trump by 46 percent to 42 percent, according to the poll.
const auto according_head = +(!(',' >> lit('G')) >> !char_(".!?") >> char_);
const auto according_back_def = raw[according_head][content] >> ',' >> raw[lit('G')][cue] >>
                                raw[speaker_tail][source] >> sentence_end;

/// gerund_cue ::= ',' 'r'? 'v' clause      (the speaker is the enclosing sentence's)
/// e.g. China has strongly denied these accusations, stating that it has the right …
const auto gerund_cue_def = ',' >> raw[-lit('r') >> 'v'][cue] >> raw[clause][content];

/// noun_cue ::= 'N'{1,4} 'n' ( 'p' | 't' ) phrase      (the engine checks the possessive 's)
/// phrase ::= ( !( ',' | ';' | terminal ) any )+
/// e.g. Despite Xi Jinping’s denial of China’s participation in the war in Ukraine, …
const coordinated_cue_type coordinated_cue = "coordinated_cue";
const auto noun_phrase_content = +(!char_(",;.!?") >> char_);
const auto noun_cue_def = raw[repeat(1, 4)[lit('N')]][source] >> raw[lit('n')][cue] >>
                          char_("pt") >> raw[noun_phrase_content][content];

/// coordinated_cue ::= speaker first_vp 'c' cue_phrase ( addressee &'t' )? ','? clause
/// first_vp ::= ( !'c' !',' !terminal !quote !cue_verb any ){1,12}
/// The cue is the second of two coordinated verb phrases, which share the speaker.
/// e.g. Secretary of State Antony Blinken visited Beijing last month and warned Chinese
///      officials that further action would be taken
const auto first_vp = repeat(1, 12)[!char_("c,.!?;:Q") >> !cue_verb >> char_];
const auto coordinated_cue_def = marked_speaker >> first_vp >> 'c' >> raw[cue_phrase][cue] >>
                                 -(raw[addressee][via] >> &lit('t')) >> -lit(',') >>
                                 !lit(':') >> raw[clause][content];

/// passive_agent ::= speaker date? cue_verb 'b' agent     (the subject is what was said)
/// agent ::= ( 'N' | 'D' | 'w' | '#' ) ( 'N' | 'D' | 'w' | '#' | 'p' | 'c' &('N' | 'D') ){0,8}
/// e.g. The meeting was first reported by Politico.
///      … – a fact later confirmed by the department.
/// (the engine ends the agent at its first preposition other than "of": "echoed by a number
/// of tax experts", "declared by President Nixon in the 1970s").
const passive_agent_type passive_agent = "passive_agent";
const auto agent = np_first >> repeat(0, 8)[char_("NDw#p") | ('c' >> &char_("ND"))];
const auto passive_agent_def =
    raw[speaker][content] >>
    -(date >> &cue_verb) >> raw[cue_verb >> 'b'][cue] >> raw[agent][source];

BOOST_SPIRIT_DEFINE(split_quote, post_cue, inverted_cue, headline_colon, according_front, cue_quote,
                    colon_cue, colon_block, tell_cue, indirect, trailing_cue, according_back,
                    gerund_cue, noun_cue, coordinated_cue, passive_agent)

}  // namespace whosaid::grammar
