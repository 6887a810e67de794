// One positive and at least one negative case per reported-speech rule, on whole sentences
// (so the tokenizer, tagger and grammar are exercised together), plus tag-level checks that
// pin each rule's extent.
#include <doctest/doctest.h>

#include <vector>

#include "grammar/tag_match.hpp"
#include "tests/dump.hpp"

using whosaid::test::dump;
namespace g = whosaid::grammar;

struct Case {
  const char* text;
  const char* expected;
};

static void check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(dump(c.text) == c.expected);
  }
}

TEST_CASE("post_cue: quote / then speaker and cue") {
  check({
      {"“Russia is not a power that can be eliminated,” Sun said.",
       "post_cue{Sun|said|“Russia is not a power that can be eliminated,”}"},
      {"“We don’t know how difficult it will be,” he told AFP.",
       "post_cue{he|told|“We don’t know how difficult it will be,”}"},
      {"\"Subpoenas are not optional,\" the chairman has said.",
       "post_cue{the chairman|has said|\"Subpoenas are not optional,\"}"},
  });
  // Negative: a quotation that closed its sentence with a period, then a capitalized speaker
  // whose cue reports something of its own: a new sentence, not the quotation's cue.
  check({{"“We will win.” He said the party was ready.",
          "bare_quote{-|-|“We will win.”}; indirect{He|said|the party was ready}"}});
  check({{"“We will win.” Sun said.", "post_cue{Sun|said|“We will win.”}"}});
  // Nor is a short sentence after a quotation that ended an indirect clause.
  check({{"Sun said he held them “very dear.” He said he was tired.",
          "indirect{Sun|said|he held them “very dear.”}; indirect{He|said|he was tired}"}});
  // Negative: a quoted title followed by an ordinary verb is no attribution.
  CHECK(dump("“The Comeback Kid” rebuilt his company in 1996.") ==
        "bare_quote{-|-|“The Comeback Kid”}");
}

TEST_CASE("inverted_cue: quote / cue / then speaker with apposition") {
  check({
      {"“Putin will seek support,” said Hal Brands, professor of global affairs at Johns Hopkins.",
       "inverted_cue{Hal Brands, professor of global affairs at Johns Hopkins|said|“Putin will "
       "seek support,”}"},
      {"“We need the money,” said Joseph, who has four children.",
       "inverted_cue{Joseph, who has four children|said|“We need the money,”}"},
  });
  CHECK(dump("“Fine,” then the meeting ended.") == "bare_quote{-|-|“Fine,”}");
  // A month before "of" and a capital opens a name.
  check({{"“We can pay now,” said Ann Pell, a vice president at the March of Dimes.",
          "inverted_cue{Ann Pell, a vice president at the March of Dimes|said|“We can pay "
          "now,”}"}});
  // After a comma a preposition goes on with the apposition only to a place.
  check({{"“We are tired,” said Mona Lamberson, 59, of North Philadelphia.",
          "inverted_cue{Mona Lamberson, 59, of North Philadelphia|said|“We are tired,”}"},
         {"“It was a rebuke,” said Steven Aftergood, director of a project at the Federation of "
          "American Scientists, about Comey’s statement.",
          "inverted_cue{Steven Aftergood, director of a project at the Federation of American "
          "Scientists|said|“It was a rebuke,”}"},
         {"“It is over,” said James Lewis, an expert at the Center, via email.",
          "inverted_cue{James Lewis, an expert at the Center|said|“It is over,”}"}});
}

TEST_CASE("split_quote: one attribution / two content fragments") {
  check({{"“We will win,” the minister said, “and we will win soon.”",
          "split_quote{the minister|said|“We will win,” + “and we will win soon.”}"}});
  // Negative: two quotes joined by a non-cue are not one split quote.
  CHECK(dump("“Yes,” and then “no.”").find("split_quote") == std::string::npos);
}

TEST_CASE("colon_cue and cue_quote: cue before the quotation") {
  check({
      {"Blinken said: “I made it clear.”", "colon_cue{Blinken|said|“I made it clear.”}"},
      {"Gingrich said, “Donald Trump is like a pirate.”",
       "cue_quote{Gingrich|said|“Donald Trump is like a pirate.”}"},
  });
  CHECK(dump("The menu: soup and bread.") == "");
}

TEST_CASE("indirect: speaker / cue / clause / auxiliaries and 'that'") {
  check({
      {"Qin Gang said China was deeply concerned about the war.",
       "indirect{Qin Gang|said|China was deeply concerned about the war}"},
      {"Experts have also said that the plan is a ploy.",
       "indirect{Experts|have also said|that the plan is a ploy}"},
      {"Chinese President Xi Jinping has warned Putin not to use nuclear weapons.",
       "indirect{Chinese President Xi Jinping|has warned|Putin not to use nuclear weapons}"},
      // A date between speaker and cue stays out of the source.
      {"Sanders on Tuesday said the loopholes would close.",
       "indirect{Sanders|said|the loopholes would close}"},
      {"Rep. Brad Sherman last month joked that God did it.",
       "indirect{Rep. Brad Sherman|joked|that God did it}"},
      {"Sen. Bernie Sanders on Wednesday morning also called for action.",
       "indirect{Sen. Bernie Sanders|also called for|action}"},
      {"Sanders in the past has criticized the president.",
       "indirect{Sanders|has criticized|the president}"},
      {"Obama in recent weeks has said the deal is fair.",
       "indirect{Obama|has said|the deal is fair}"},
      // An adverb before a count opens the speaker phrase.
      {"The poll is out, and nearly 60 percent of Republicans said they back the plan.",
       "indirect{nearly 60 percent of Republicans|said|they back the plan}"},
      // A work before the cue-like word is its subject, not a compound's first half.
      {"The survey shows that he has slipped to third.",
       "indirect{The survey|shows|that he has slipped to third}"},
      // A year after a determiner modifies the work; "that" after "of" is a determiner.
      {"The 2013 report found that the party had lost touch.",
       "indirect{The 2013 report|found|that the party had lost touch}"},
      {"One of the authors of that 2013 report, Ari Fleischer, said the test had come.",
       "indirect{One of the authors of that 2013 report, Ari Fleischer,|said|the test had "
       "come}"},
  });
  // A day's programme is no cue: "the Sunday morning shows"; a poll on a day still shows.
  CHECK(dump("Making the rounds on the Sunday morning shows, he smiled.") == "");
  CHECK(dump("Polls on Sunday show that Clinton leads.") ==
        "indirect{Polls|show|that Clinton leads}");
  // A name's possessive alone owns the noun after a verb cue; before a noun of speech it
  // speaks.
  CHECK(dump("For Clinton, Britain's emotionally charged uprising is a warning.") == "");
  CHECK(dump("Britain's denial that it knew angered Paris.").find("noun_cue{Britain|denial") !=
        std::string::npos);
  // A bare form after "had" is a noun ("had reason to"); a participle still cues.
  CHECK(dump("President Obama had reason to bask in the sun.") == "");
  CHECK(dump("President Obama had reasoned that it would work.") ==
        "indirect{President Obama|had reasoned|that it would work}");
  // A phrase ending on "mere" has lost its noun: no speaker.
  CHECK(dump("At times the mere mention of her name could make him fume.") == "");
  // People let into a country are no speakers; people confessing to a body are.
  CHECK(dump("A number of refugees from Iraq admitted to the United States are Christian.") == "");
  CHECK(dump("Officials admitted to the Senate that the program failed.") ==
        "indirect{Officials|admitted to the Senate|that the program failed}");
  // An inverted cue has no auxiliary: its subject came before the quotation.
  CHECK(dump("It is not the first time that this “reporter” has revealed her bias on Twitter.") ==
        "");
  // A year's remark is no speaker's cue.
  CHECK(dump("Maybe he has changed his mind about that 2012 remark.") == "");
  // One breaker word is no date: "as promised" makes no speaker of what comes before.
  CHECK(
      dump("He proposed dropping carried interest as promised, but it stayed.").find("{dropping") ==
      std::string::npos);
  // A count after "the past" makes it no date: the research is still the subject.
  CHECK(dump("Research in the past two years shows that pay matters.") ==
        "indirect{Research in the past two years|shows|that pay matters}");
  // ... but a date with no cue after it makes nothing a speaker.
  CHECK(dump("Sanders on Tuesday visited four towns.") == "");
  // Negative: a noun that looks like a cue ("a public show"), an infinitive, a passive.
  CHECK(dump("It was a public show of solidarity.") == "");
  CHECK(dump("She hosts one of the talk shows that air at noon.") == "");
  CHECK(dump("He went to the Senate to talk about supplements.") == "");
  CHECK(dump("China's continued support for Russia is a problem.") == "");
  CHECK(dump("The candidate's response came in her own series of tweets about the debate.") == "");
  // After a possessive and a modifier the cue-like word is a noun: "Clinton's tax plan".
  CHECK(dump("Mrs. Clinton's tax plan would raise $1.1 trillion over the next decade.")
            .find("plan") == std::string::npos);
  // A multiword cue's first word after a determiner is a noun: "These calls for".
  CHECK(dump("These calls for more troops have come from the Senate.") == "");
  // "speak" and "talk" without what was said are an act, not a report.
  CHECK(dump("Bill Clinton spoke with voters outside the polling place.") == "");
  CHECK(dump("Clinton spoke briefly before taking questions.") == "");
  // Voting without what it was for is an act, not a stance.
  CHECK(dump("Millions in Burma voted peacefully in the first free elections.") == "");
  CHECK(dump("They voted on the bill in November.") == "");
  CHECK(dump("Sanders had voted against the auto industry bailout.") ==
        "indirect{Sanders|had voted|against the auto industry bailout}");
  CHECK(dump("The council voted 6-1 for the resolution.") ==
        "indirect{The council|voted|6-1 for the resolution}");
  // Seeking an office is running for it; seeking to act is a stance.
  CHECK(dump("As Mrs. Clinton seeks the White House, the funding has become an issue.") == "");
  CHECK(dump("He seeks a second term.") == "");
  CHECK(dump("He will seek to block the bill.") == "indirect{He|will seek|to block the bill}");
  CHECK(dump("She seeks white working-class voters in Ohio.") ==
        "indirect{She|seeks|white working-class voters in Ohio}");
  // An "of" after a noun is no topic ("an episode of its podcast").
  CHECK(dump("The Huffington Post spoke with Teachout on the latest episode of its podcast.") ==
        "");
  // Also when the cue takes the verb's phrase in, and for an anonymous source's terms.
  CHECK(dump("Biden will also speak to WDBJ in Roanoke, Virginia, on Monday.") == "");
  CHECK(dump("Trump spoke for 77 minutes, a virtual eternity as far as conventions go.") == "");
  CHECK(dump("Some of them spoke on condition of anonymity because they were not authorized.") ==
        "");
  // Those terms between a speaker and the cue are an aside: the speaker still speaks.
  CHECK(dump("An Israeli official, speaking on the condition of anonymity to discuss the "
             "schedule, said the meeting was off.") ==
        "indirect{An Israeli official|said|the meeting was off}");
  // ... and with it they report.
  CHECK(dump("Karadsheh spoke about how the consulate had been looted.") ==
        "indirect{Karadsheh|spoke|about how the consulate had been looted}");
  CHECK(dump("Mr. Obama spoke emotionally of his flights across the Mall.") ==
        "indirect{Mr. Obama|spoke|emotionally of his flights across the Mall}");
  // A bare cue word after "a" is a noun: no singular subject takes it as its verb.
  CHECK(dump("Some lawmakers named China as a possible suspect, but the report cited a memo.")
            .find("{a possible|suspect") == std::string::npos);
  CHECK(dump("A spokesman said the hack was serious.") ==
        "indirect{A spokesman|said|the hack was serious}");
  // A name with a past-tense verb and its object is a clause, not a speaker.
  CHECK(dump("Grayson's name became toxic after POLITICO published a story detailing four "
             "domestic-abuse police reports Lolita Grayson filed against him.") == "");
  CHECK(dump("Trump tweaked his now-familiar campaign promise Saturday when he announced his "
             "running mate.") == "indirect{he|announced|his running mate}");
  CHECK(dump("Sen. Warren reported that the bill had stalled.") ==
        "indirect{Sen. Warren|reported|that the bill had stalled}");
  // What is found is a conclusion only when it is no thing come upon.
  CHECK(dump("He found himself in trouble two weeks ago.") == "");
  CHECK(dump("Mr. Rubio could still find a way to the nomination.") == "");
  CHECK(dump("Sanders found a receptive audience in Iowa.") == "");
  CHECK(dump("Roger Ailes helped found Fox News in 1996.") == "");
  CHECK(dump("The full text can be found here.") == "");
  CHECK(dump("The survey found that voters trust Clinton.") ==
        "indirect{The survey|found|that voters trust Clinton}");
  CHECK(dump("A random survey found Trump the winner of the debate.") ==
        "indirect{A random survey|found|Trump the winner of the debate}");
  // A particle or an idiom can take the speech out of a cue verb.
  CHECK(dump("Donald Trump backed out of the conference.") == "");
  CHECK(dump("The firms called off the deal after the ruling.") == "");
  CHECK(dump("The defections begged the question of whether he was up to the job.") == "");
  CHECK(dump("Last year, health care spending shot back up by 5.3 percent.") == "");
  // ... and one can put it in: a retort shot or fired back is speech.
  CHECK(dump("Sanders shot back, “Secretary Clinton called them out.”") ==
        "cue_quote{Sanders|shot back|“Secretary Clinton called them out.”}");
  CHECK(dump("Clinton fired back that the people of New York voted for her twice.") ==
        "indirect{Clinton|fired back|that the people of New York voted for her twice}");
  CHECK(dump("Trump backed away from a suggestion that he might pay.") ==
        "indirect{Trump|backed|away from a suggestion that he might pay}");
  CHECK(dump("Here they aren't admitted until they are vetted for months.") == "");
  CHECK(dump("Every year a new influx of refugees finds its way to the city.") == "");
  CHECK(dump("He has admitted that he was wrong.") ==
        "indirect{He|has admitted|that he was wrong}");
  // What is held or given is no speech, nor is a cue with only a reflexive after it.
  CHECK(dump("The nearby free-trade zone still boasts just the one small supermarket.") == "");
  CHECK(dump("Ohio boasted only one paid staffer before the election.") == "");
  CHECK(dump("The campaign stop offered a glimpse of the figure he would like to be.") == "");
  CHECK(dump("Jeb Bush and his brother offered the waving, smiling feel of a reunion tour.") == "");
  CHECK(dump("As they skated, that bond quickly revealed itself.") == "");
  CHECK(dump("Mr. Trump boasted about a plan to spend a million dollars.") ==
        "indirect{Mr. Trump|boasted|about a plan to spend a million dollars}");
  CHECK(dump("Rubio offered his thoughts on the ruling.") ==
        "indirect{Rubio|offered|his thoughts on the ruling}");
  // Plural nouns of speech after a modifier, and notes that are taken, are no cues.
  CHECK(dump("His numerous sexist remarks are turning people away.") == "");
  CHECK(dump("The filibuster earned him a couple of cursory mentions on the list.") == "");
  CHECK(dump("I take notes about what she should be doing.") == "");
  CHECK(dump("Whenever asked about her weaknesses, they shifted topics.") == "");
  CHECK(dump("Sen. Warren called for an inquiry.") ==
        "indirect{Sen. Warren|called for|an inquiry}");
  // What is maintained is kept, not said, unless it is a clause.
  CHECK(dump("Clinton maintains a commanding lead over Sanders.") == "");
  CHECK(dump("Mrs. Clinton has maintained that the server was secure.") ==
        "indirect{Mrs. Clinton|has maintained|that the server was secure}");
  // A plan or advice without its clause is a noun or an object.
  CHECK(dump("Centerview advised on three of those deals.") == "");
  CHECK(dump("Obama's Gitmo plan leaves everyone unhappy.") == "");
  CHECK(dump("She plans to vote for Sanders.") == "indirect{She|plans|to vote for Sanders}");
  // A describing participle opening a body's name is no verb; a speech verb there inverts.
  CHECK(dump("Planned Parenthood said the bill would fail.") ==
        "indirect{Planned Parenthood|said|the bill would fail}");
  CHECK(dump("Continued Stone: \"It is a real problem.\"") ==
        "bare_quote{-|-|\"It is a real problem.\"}");
  // A modal opening a sentence before an inflected verb is a surname; before a bare verb not.
  CHECK(dump("Will believes Christie has an opening.") ==
        "indirect{Will|believes|Christie has an opening}");
  CHECK(dump("Will Trump say the race is over?") == "");
  // A state of mind inside a report is what was reported, not a second attribution.
  CHECK(dump("Carson said he plans to preview a strategy.") ==
        "indirect{Carson|said|he plans to preview a strategy}");
  CHECK(dump("Trump told CNN on Monday that he believed Fields had lied.") ==
        "tell_cue{Trump|told|that he believed Fields had lied}");
  CHECK(dump("Part of it is that Republicans think the Fed went too far.") ==
        "indirect{Republicans|think|the Fed went too far}");
  // A verb in a condition or an embedded question reports nothing; the report around it does.
  CHECK(dump("Trump is not without recourse if he thinks Curiel erred.") == "");
  CHECK(dump("She was asked whether she wanted Cruz to campaign for her.") ==
        "indirect{-|was asked|whether she wanted Cruz to campaign for her}");
  CHECK(dump("He outlined how he thinks the campaign could close the gap.") == "");
  CHECK(dump("Explain why he wants to be its standard-bearer.") == "");
  CHECK(dump("He offers voters what they want most.") == "");
  CHECK(dump("It depends on what people think of Obama.") == "");
  CHECK(dump("It is building a port in what it hopes will become a hub.") ==
        "indirect{it|hopes|will become a hub}");
  // ... but words said stay said, and a stated reason is no question.
  CHECK(dump("He waited until Haley said she was backing Rubio.") ==
        "indirect{Haley|said|she was backing Rubio}");
  CHECK(dump("Trump was pressed on why he had said it was an honor.") ==
        "indirect{he|had said|it was an honor}");
  CHECK(dump("That is why critics say the law failed.") == "indirect{critics|say|the law failed}");
  CHECK(dump("That's why Rubio's team thinks the strategy can win.") ==
        "indirect{Rubio's team|thinks|the strategy can win}");
  CHECK(dump("The column asks why voters want change.") ==
        "indirect{The column|asks|why voters want change}");
  CHECK(dump("If Obama says the deal is good, Republicans balk.") == "");
  CHECK(dump("Sims said Haley was backing Rubio.") ==
        "indirect{Sims|said|Haley was backing Rubio}");
  // A cue word after an infinitive is its object, or a bare infinitive after "see": no speech.
  CHECK(dump("Prager goes on to list reasons why Trump would win.") == "");
  CHECK(dump("Attendees used markers to write notes to the boxer.") == "");
  CHECK(dump("Symms went to see Ayotte speak last week.") == "");
  // ... while an object after "to" leaves the cue a verb.
  CHECK(dump("Those close to him say he will run.") ==
        "indirect{Those close to him|say|he will run}");
  CHECK(dump("Sources privy to negotiations say it is over.") ==
        "indirect{Sources privy to negotiations|say|it is over}");
  // A bare participle after a noun charges or names it: no speech.
  CHECK(dump("The man accused of buying the guns pleaded guilty.") == "");
  CHECK(dump("A group of exiles called Ginbot 7, founded in 2008, took up arms.") == "");
  CHECK(dump("Streaming revealed new interest in older titles thought to be past their prime.") ==
        "indirect{Streaming|revealed|new interest in older titles thought to be past their "
        "prime}");
  // ... while a named subject calls someone something, and "is accused of" stays a cue.
  CHECK(dump("Trump called Clinton, his rival, a liar.") ==
        "indirect{Trump|called|Clinton, his rival, a liar}");
  CHECK(dump("The group is accused of killing nine people.") ==
        "indirect{-|is accused|of killing nine people}");
  // The second noun of a compound: "phone calls" is no speaker and cue.
  CHECK(dump("The PAC will hammer her with negative ads, mailers and phone calls.") == "");
  // A plural after a participle or adjective is a noun: no cue.
  CHECK(dump("Clinton cited disparaging remarks Trump had made.").find("{disparaging") ==
        std::string::npos);
  CHECK(dump("Trump's early-morning tweets targeted a former beauty queen.") == "");
  CHECK(dump("There are less tangible but no less important reasons to release the returns.") ==
        "");
  CHECK(dump("He accused the U.S. of shifting blame onto China.") ==
        "indirect{He|accused|the U.S. of shifting blame onto China}");
  CHECK(dump("A curfew was announced that starts at midnight.") ==
        "indirect{-|was announced|that starts at midnight}");
  // A place after the verb is no reported clause; a topic or an infinitive is.
  CHECK(dump("Potent chemicals found in refrigerants are banned.") == "");
  CHECK(dump("She appeared at a Senate hearing last year.") == "");
  // Appearing on a show or with someone is being seen; "appeared to" reports how one looked.
  CHECK(dump("Obama previously appeared with Clinton last month in Charlotte.") == "");
  CHECK(dump("Gingrich appeared on Fox News Channel's Hannity show.") == "");
  CHECK(dump("Sanders appeared to concede the race.") ==
        "indirect{Sanders|appeared|to concede the race}");
  // Without a verb of saying after it, "seem" or "appear" is the writer's judgement: its
  // subject is part of what is judged, no source.
  CHECK(dump("Sanders appears to have a slight lead.") ==
        "indirect{-|appears|Sanders + to have a slight lead}");
  CHECK(dump("The Trump team appeared paralyzed.") ==
        "indirect{-|appeared|The Trump team + paralyzed}");
  CHECK(dump("She appeared to imply that Trump could win.") ==
        "indirect{She|appeared to imply|that Trump could win}");
  CHECK(dump("Rubio seemed to urge the opposite tactic.") ==
        "indirect{Rubio|seemed|to urge the opposite tactic}");
  CHECK(dump("She spoke about her ties to black churches.") ==
        "indirect{She|spoke|about her ties to black churches}");
  CHECK(dump("Trump plans to visit Ohio.") == "indirect{Trump|plans|to visit Ohio}");
  // "continue" reports speech only when what continues is speech.
  CHECK(dump("Republicans in Congress will continue their legislative attacks.") == "");
  CHECK(dump("Sanders continues to trail Clinton by 300 delegates.") == "");
  CHECK(dump("Trump continued to deny the report.") ==
        "indirect{Trump|continued|to deny the report}");
  CHECK(dump("She continued that an official had told her so.")
            .starts_with("indirect{She|continued|that an official had told her so}"));
  // "add" reports speech unless it adds to a sum or a list, or is passive.
  CHECK(dump("Clinton won Georgia, adding to her delegate lead.") == "");
  CHECK(dump("The economy added 255,000 jobs in July.") == "");
  CHECK(dump("Those promises add up to more than $8.5 million.") == "");
  CHECK(dump("A new scene might be added to the film.") == "");
  CHECK(dump("He added that the plan would fail.") ==
        "indirect{He|added|that the plan would fail}");
  // After "a", a noun-like cue is the noun even behind a year or a plural-looking modifier;
  // a past tense is never that noun.
  CHECK(dump("A news report published on Wednesday said Carter used a personal account.")
            .starts_with("indirect{A news report published|said|"));
  CHECK(dump("A 2009 report by the center found that a tax would help.") ==
        "indirect{A 2009 report by the center|found|that a tax would help}");
}

TEST_CASE("indirect: an adverbial insertion is skipped / an interview frame gives the via") {
  check(
      {{"US Secretary of State Antony Blinken, after talks with Xi in Beijing last month, "
        "alleged Beijing was a supplier.",
        "indirect{US Secretary of State Antony Blinken|alleged|Beijing was a supplier}"}});
  check({{"Hunter, meanwhile, said he backs Trump.", "indirect{Hunter|said|he backs Trump}"}});
  // After an apposition too, the name stays in the source.
  check({{"Brian Murphy, the county GOP chairman, for example, said he was undecided.",
          "indirect{Brian Murphy, the county GOP chairman|said|he was undecided}"}});
  // A sentence adverb or a participle in front frames the subject and is no part of it.
  check({{"Moreover, Dana Whitcomb, a pollster, noted that turnout was low.",
          "indirect{Dana Whitcomb, a pollster,|noted|that turnout was low}"},
         {"Reached by phone, Dale Ferris, the county chairman, said he was undecided.",
          "indirect{Dale Ferris, the county chairman,|said|he was undecided}"}});
  // Negative: a capitalized -ed name before no preposition is still the speaker.
  check({{"Alfred Ned said he was undecided.", "indirect{Alfred Ned|said|he was undecided}"}});
  const std::string text =
      "In an interview with Xinhua, China’s state-run news agency, Putin emphasized the ties.";
  const auto a = whosaid::extract_attributions(text);
  REQUIRE(a.size() == 1);
  REQUIRE(a[0].via);
  CHECK(text.substr(a[0].via->begin, a[0].via->end - a[0].via->begin) == "Xinhua");
  // Negative: a frame naming no outlet gives no via.
  const auto b =
      whosaid::extract_attributions("In a meeting with donors, Putin emphasized the ties.");
  REQUIRE(b.size() == 1);
  CHECK_FALSE(b[0].via.has_value());
}

TEST_CASE("cue phrases: a frequency adverb before the verb / a relative clause after its phrase") {
  // "seldom" is no speaker: it belongs to the cue.
  check({{"Mr. Trump seldom says that he misses his brother.",
          "indirect{Mr. Trump|seldom says|that he misses his brother}"}});
  // A phrase after the verb that a relative clause follows is what was said.
  check({{"He vowed to form a task force, which would include the military.",
          "indirect{He|vowed|to form a task force, which would include the military}"}});
  // "most" grades an adverb before a cue, and "likely" before a plural noun is an adjective.
  CHECK(
      dump("He declined to criticize Duke, and most recently defended the image.").find("{most|") ==
      std::string::npos);
  check({{"Most likely voters said it was over.", "indirect{Most likely voters|said|it was over}"},
         {"Trump will likely say it was over.", "indirect{Trump|will likely say|it was over}"}});
  // Negative: a phrase with no relative clause after it stays with the cue.
  check({{"He said in a statement, that it was over.",
          "indirect{He|said in a statement|that it was over}"}});
  // A date may close the phrase before "that"; not before a comma, which may open an aside.
  check({{"Kerry said in a statement on Sunday that the vote was a step forward.",
          "indirect{Kerry|said in a statement on Sunday|that the vote was a step forward}"},
         {"She wrote in The Washington Times last week that the deal was bad.",
          "indirect{She|wrote in The Washington Times last week|that the deal was bad}"},
         {"Clinton said on Twitter on Monday, in reference to her child, that she was thrilled.",
          "indirect{Clinton|said|on Twitter on Monday, in reference to her child, that she was "
          "thrilled}"}});
}

TEST_CASE("speaker phrases: a parenthetical after the name / a dash inside an apposition") {
  // X3 reads '-' inside a char_ set string as a range; these pin that the dash tag is literal.
  check({{"Sen. Ted Cruz (R-Tex.) said the bill would fail.",
          "indirect{Sen. Ted Cruz (R-Tex.)|said|the bill would fail}"},
         // A comma may follow the parenthesis.
         {"Sen. Jack Reed (D-R.I.), said the plan was flawed.",
          "indirect{Sen. Jack Reed (D-R.I.),|said|the plan was flawed}"}});
  CHECK(dump("Sen. Ted Cruz (R-Tex.) the bill.") == "");
  check(
      {{"Schiff, 56, who has served on the committee for a decade, told reporters it was clear.",
        "indirect{Schiff, 56, who has served on the committee for a decade,|told|reporters it was "
        "clear}"}});
  // "it" after the addressee opens the reported clause; only who/which open a relative, so
  // "reporters it was clear" is no speaker at the end of a trailing cue.
  CHECK(dump("Schiff, a Democrat, told reporters it was clear.").find("trailing_cue") ==
        std::string::npos);
  // "but" opens a new clause, never an insertion inside a speaker phrase.
  check(
      {{"Many leaders share these fears, but the Coalition, which represents them, wants to "
        "stay out.",
        "indirect{the Coalition, which represents them,|wants|to stay out}"}});
  CHECK(dump("Schiff, a Democrat, told reporters it was clear.")
            .starts_with("indirect{Schiff, a Democrat,|told|"));
  // The age alone is never the speaker.
  CHECK(dump("Schiff, 56, who has served on the committee for a decade, told reporters it was "
             "clear.")
            .find("indirect{56") == std::string::npos);
  // A cue verb's -ing form between a determiner and a noun modifies it: the apposition goes on.
  check({{"Sexton, a creative writing professor, said he holds his roots dear.",
          "indirect{Sexton, a creative writing professor,|said|he holds his roots dear}"}});
  // Before a word the lexicon knows it stays the verb of a reduced relative, which no
  // apposition holds; an anonymous source's terms are the one aside an apposition may hold.
  CHECK(dump("Jones, a spokesman speaking for the family, said it was over.")
            .find("indirect{Jones, a spokesman speaking") == std::string::npos);
  CHECK(dump("Jones, a spokesman speaking on condition of anonymity, said it was over.") ==
        "indirect{Jones, a spokesman speaking on condition of anonymity,|said|it was over}");
  check({{"“It is over,” said Jane Roe, an expert - and a critic - of the plan.",
          "inverted_cue{Jane Roe, an expert - and a critic - of the plan|said|“It is over,”}"}});
  // An apposition may end in a relative clause of its own.
  check({{"Marcy Delano, a retired teacher who lives in Dayton, said she had not decided.",
          "indirect{Marcy Delano, a retired teacher who lives in Dayton,|said|she had not "
          "decided}"}});
  // A place or body named in two parts stays with the speaker in front of it.
  check({{"Stacy Baker of Columbia, South Carolina says Cruz can win.",
          "indirect{Stacy Baker of Columbia, South Carolina|says|Cruz can win}"},
         {"Brad DeLong of the University of California, Berkeley suggests it works.",
          "indirect{Brad DeLong of the University of California, Berkeley|suggests|it works}"}});
  // ... but not after a phrase that is no name: the topic is not the speaker.
  CHECK(dump("On the subject of Israel, Trump added that it was wrong.") ==
        "indirect{Trump|added|that it was wrong}");
  // A modal's negation is no part of the speaker.
  CHECK(dump("Comey cannot say that it was wrong.") ==
        "indirect{Comey|cannot say|that it was wrong}");
}

TEST_CASE("mixed: indirect content with a quotation inside") {
  const auto attrs =
      whosaid::extract_attributions("Qin Gang said China was “deeply concerned” about the war.");
  REQUIRE(attrs.size() == 1);
  CHECK(attrs[0].kind == whosaid::AttributionKind::mixed);
}

TEST_CASE("colon_block: a cue and colon ending a paragraph introduce the next paragraph's quote") {
  check({{"Gingrich told Fox News:\n\n“In many ways, Donald Trump is like a pirate.”\n",
          "colon_block{Gingrich|told|“In many ways, Donald Trump is like a pirate.”}"}});
  // Negative: no quotation opens the next paragraph, so nothing is attributed to Gingrich.
  CHECK(dump("Gingrich said:\n\nThe vote is on Tuesday.\n") == "");
}

TEST_CASE("tell_cue: addressee kept out of the content / outlets become via") {
  check({{"Yang Jiechi told Ambassador Andrey Denisov that the order must be fair.",
          "tell_cue{Yang Jiechi|told|that the order must be fair}"}});
  const auto a = whosaid::extract_attributions("“It is over,” he told Reuters.");
  REQUIRE(a.size() == 1);
  REQUIRE(a[0].via.has_value());
  CHECK(a[0].via->end - a[0].via->begin == 7);
  // A date after the addressee belongs to neither the via nor the content.
  const std::string told = "Hunter told Politico on Wednesday that he backs Trump.";
  const auto t = whosaid::extract_attributions(told);
  REQUIRE(t.size() == 1);
  REQUIRE(t[0].via.has_value());
  CHECK(told.substr(t[0].via->begin, t[0].via->end - t[0].via->begin) == "Politico");
  CHECK(dump(told) == "tell_cue{Hunter|told|that he backs Trump}");
  // Negative: "told" with no clause after it is not a tell_cue.
  CHECK(dump("She told him.").find("tell_cue") == std::string::npos);
}

TEST_CASE("trailing_cue: clause first / speaker and cue at the end") {
  check({{"China is considering sending direct military aid, the U.S. says.",
          "trailing_cue{the U.S.|says|China is considering sending direct military aid}"}});
  CHECK(dump("China is considering sending aid, the U.S. embassy.") == "");
  // After "told" comes the addressee, never the speaker.
  CHECK(dump("The labels hurt us, told The Huffington Post.") == "");
  // A name and its apposition is the subject of the verb after it, not a reported clause.
  CHECK(dump("Ivanka Trump, the nominee's eldest daughter, noted the rule in an interview.")
            .find("trailing_cue") == std::string::npos);
  // After an auxiliary the verb's subject stands before the comma: no inversion.
  CHECK(dump("Some Democrats, such as Senator Dick Durbin, have criticized the bill.")
            .find("trailing_cue") == std::string::npos);
  // A clause that opens on a name and apposition is still reported.
  check({{"Trump, the nominee, is wrong, the senator said.",
          "trailing_cue{the senator|said|Trump, the nominee, is wrong}"}});
  // A cue ending on a preposition takes its object after it, no speaker.
  CHECK(dump("On CNN Tuesday, his wife, Jane, called for an open primary process.")
            .find("trailing_cue") == std::string::npos);
  check({{"The plan is dead, wrote the senator.",
          "trailing_cue{the senator|wrote|The plan is dead}"}});
  check({{"Debates are not likely to alter the race, noted the analyst.",
          "trailing_cue{the analyst|noted|Debates are not likely to alter the race}"}});
  // Only verbs of saying invert: after any other the phrase after it is its object.
  CHECK(dump("Grayson, a Democrat who was first elected in 2008, criticized his opponents for "
             "their silence.")
            .find("trailing_cue") == std::string::npos);
  CHECK(dump("Frank Pavone, director of Priests for Life, criticized the draft platform.")
            .find("trailing_cue") == std::string::npos);
}

TEST_CASE("according_to: in front of or after its clause") {
  check({
      {"According to exit polls, Romney had a ten-point lead.",
       "according_front{exit polls|According to|Romney had a ten-point lead}"},
      {"Clinton beats Trump by 46 percent, according to the poll.",
       "according_back{the poll|according to|Clinton beats Trump by 46 percent}"},
      // The source's apposition is the source's, not the clause's.
      {"According to Lorella Praeli, Clinton's Latino vote director, the campaign is investing.",
       "according_front{Lorella Praeli, Clinton's Latino vote director|According to|the campaign "
       "is investing}"},
      // A name, or a clause with a number, after the source is the clause's.
      {"According to an FBI summary, Cheryl Mills, a top Clinton aide, sent the email.",
       "according_front{an FBI summary|According to|Cheryl Mills, a top Clinton aide, sent the "
       "email}"},
      {"According to the poll, Trump garnered 30% of the votes, leading the field.",
       "according_front{the poll|According to|Trump garnered 30% of the votes, leading the field}"},
  });
  CHECK(dump("He went according to plan") == "");
}

TEST_CASE("gerund_cue: the speaker of the sentence speaks again") {
  check({{"China has strongly denied these accusations, stating that it has the right to trade.",
          "indirect{China|has strongly denied|these accusations}; "
          "gerund_cue{China|stating|that it has the right to trade}"}});
  // The speaker whose cue stands right before it, even one nested in another report.
  CHECK(dump("Comey cannot say that “from his perspective,” Lewandowski added, saying it is "
             "“up to the prosecutor.”") ==
        "indirect{Comey|cannot say|that “from his perspective,” Lewandowski added}; "
        "post_cue{Lewandowski|added|“from his perspective,”}^1; "
        "gerund_cue{Lewandowski|saying|it is “up to the prosecutor.”}");
  CHECK(dump("Speaking softly is wise.") == "");
}

TEST_CASE("noun_cue: a possessive holder / a noun of speech / its claim") {
  check({{"Despite Xi Jinping’s denial of China’s participation in the war, talks went on.",
          "noun_cue{Xi Jinping|denial|China’s participation in the war}"},
         {"Ukraine rejected Moscow's accusation that Kyiv shelled the plant.",
          "indirect{Ukraine|rejected|Moscow's accusation that Kyiv shelled the plant}; "
          "noun_cue{Moscow|accusation|Kyiv shelled the plant}^1"}});
  // Negative: without a possessive the noun names no holder.
  CHECK(dump("The Xi denial of involvement was brief.") == "");
  CHECK(dump("The denial of service attack hit the bank.") == "");
}

TEST_CASE("coordinated_cue: the cue is the second of two verb phrases sharing the speaker") {
  check({{"Secretary of State Antony Blinken visited Beijing last month and warned Chinese "
          "officials that further action would be taken.",
          "coordinated_cue{Secretary of State Antony Blinken|warned|that further action would "
          "be taken}"},
         {"The minister arrived on Monday and said the talks were useful.",
          "coordinated_cue{The minister|said|the talks were useful}"}});
  // Negative: no cue in the second phrase; no past-tense verb to end the speaker at.
  CHECK(dump("He went to the store and bought milk.") == "");
  CHECK(dump("The senators met in private and agreed on a bill.") == "");
}

TEST_CASE("headline_colon: 'Source: content' headlines") {
  // The headline's "If He Wants" is a condition inside what Gingrich said: no second report.
  check({{"Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\nBody text.",
          "headline_colon{Gingrich|:|Trump Must Decide If He Wants a Two-Pirate Ticket}"},
         {"Gingrich: Trump Says He Wants a Two-Pirate Ticket.\n\nBody text.",
          "headline_colon{Gingrich|:|Trump Says He Wants a Two-Pirate Ticket}; "
          "indirect{Trump|Says|He Wants a Two-Pirate Ticket}^1"}});
  // Negative: a colon inside running text is not a headline cue.
  CHECK(dump("The ingredients were these: Flour and Water.") == "");
  // Negative: a tally after a name counts, it does not speak.
  CHECK(dump("THE TOTAL.\n\nClinton: 2,316.\n\nSanders: 46.\n") == "");
  // Positive: a number inside a statement still leaves it one.
  check({{"Sanders: 46 Delegates Are Not Enough.\n",
          "headline_colon{Sanders|:|46 Delegates Are Not Enough}"}});
}

TEST_CASE("nested attribution points to its parent") {
  const char* text =
      "Russia stated in a reading to parliament that Li had said “we fully understand the need”.";
  CHECK(dump(text) ==
        "indirect{Russia|stated in a reading to parliament|that Li had said “we fully understand "
        "the need”}; cue_quote{Li|had said|“we fully understand the need”}^1");
  // A report in a clause put before the main clause ends at its comma: the main clause's
  // subject and cue report on their own.
  CHECK(dump("Though he did not mention Rubio or Kasich by name, he made it clear that they "
             "should drop out.") ==
        "indirect{he|did not mention|Rubio or Kasich by name}; indirect{he|made it clear|that "
        "they should drop out}");
  CHECK(dump("So when Patriot signaled that it would make a deal, Mr. Barrett said, “we were "
             "floored.”") ==
        "indirect{Patriot|signaled|that it would make a deal}; cue_quote{Mr. Barrett|said|“we "
        "were floored.”}");
  // Negative: not a clause whose content is the main one, nor an aside in the report.
  CHECK(dump("As Politico revealed, the RNC agreed to share its file.") ==
        "indirect{Politico|revealed|the RNC agreed to share its file}; indirect{the RNC|agreed|to "
        "share its file}^1");
  CHECK(dump("When Ms. Friedan said that, she said, the audience laughed.") ==
        "indirect{Ms. Friedan|said|that, she said, the audience laughed}; "
        "indirect{she|said|the audience laughed}^1");
}

TEST_CASE("continuing_quote: a quote-only paragraph after an attributed quote") {
  const char* text =
      "“Such demands are an embargo,” Lukin said.\n\n“If China submits, it will lose trade.”\n";
  CHECK(dump(text) ==
        "post_cue{Lukin|said|“Such demands are an embargo,”}; "
        "continuing_quote{Lukin|-|“If China submits, it will lose trade.”}");
  // Negative: after an unattributed paragraph, a quote paragraph has no inherited speaker.
  CHECK(dump("The weather was fine.\n\n“If China submits, it will lose trade.”\n") ==
        "bare_quote{-|-|“If China submits, it will lose trade.”}");
}

TEST_CASE("passive_agent: the subject was said / by its agent") {
  check({{"The meeting was first reported by Politico.",
          "passive_agent{Politico|was first reported by|The meeting}"},
         {"It was a calculation made by the campaign - a fact later confirmed by the department.",
          "passive_agent{the department|later confirmed by|a fact}"},
         {"His views were echoed by a number of tax experts I spoke to.",
          "passive_agent{a number of tax experts|were echoed by|His views}"},
         {"The plan was rejected by the White House on Tuesday.",
          "passive_agent{the White House|was rejected by|The plan}"}});
  // Negative: "by" names a means, or the verb's agent does not speak; the subject of a passive
  // is never its speaker.
  check({{"Gao said by telephone that it was a free society.",
          "indirect{Gao|said by telephone|that it was a free society}"},
         {"The plan was backed by Mr. Kerry.", "indirect{-|was backed|by Mr. Kerry}"},
         {"The claim was criticized by libertarians.",
          "indirect{-|was criticized|by libertarians}"}});
}

TEST_CASE("rules at tag level") {
  // Each rule on its canonical tag string, with the extent it must report.
  struct TagCase {
    g::RuleId id;
    const char* tags;
    bool matches;
  };
  const TagCase cases[] = {
      {g::RuleId::post_cue, "Q,NV.", true},           {g::RuleId::post_cue, "QwV.", true},
      {g::RuleId::post_cue, "Q,V.", false},           {g::RuleId::inverted_cue, "Q,VNN,Dwp.", true},
      {g::RuleId::inverted_cue, "Q,NN", false},       {g::RuleId::split_quote, "Q,DwV,Q", true},
      {g::RuleId::split_quote, "Q,DwV.Q", false},     {g::RuleId::colon_cue, "NV:Q", true},
      {g::RuleId::colon_cue, "NV,Q", false},          {g::RuleId::indirect, "NNVNaww.", true},
      {g::RuleId::indirect, "NNaww.", false},         {g::RuleId::trailing_cue, "Naww,DNV.", true},
      {g::RuleId::trailing_cue, "Naww,DN.", false},   {g::RuleId::according_back, "Nww,GDw.", true},
      {g::RuleId::trailing_cue, "Naww,KDNN.", false}, {g::RuleId::inverted_cue, "Q,KN.", false},
      {g::RuleId::according_front, "Gww,Naw.", true}, {g::RuleId::according_front, "Gww.", false},
      {g::RuleId::tell_cue, "NKNtNaw.", true},        {g::RuleId::tell_cue, "NKN.", false},
      {g::RuleId::gerund_cue, ",vtPaw", true},        {g::RuleId::gerund_cue, ",wtPaw", false},
      {g::RuleId::cue_quote, "NV,Q", true},           {g::RuleId::cue_quote, "NV,Qww", false},
      {g::RuleId::headline_colon, "N:NwN", true},     {g::RuleId::headline_colon, "w:NwN", false},
      {g::RuleId::headline_colon, "N:#,#.", false},   {g::RuleId::headline_colon, "N:#N.", true},
      {g::RuleId::passive_agent, "DwaVbN.", true},    {g::RuleId::passive_agent, "DwaVpN.", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.tags);
    CAPTURE(g::rule_info(c.id).name);
    CHECK(g::parse_at(c.id, c.tags, 0).has_value() == c.matches);
  }
  const auto m = g::parse_at(g::RuleId::post_cue, "Q,NNaV.", 0);
  REQUIRE(m);
  CHECK(m->content.begin == 0);
  CHECK(m->content.end == 1);
  CHECK(m->source.begin == 2);
  CHECK(m->source.end == 4);
  CHECK(m->cue.begin == 4);
  CHECK(m->cue.end == 6);
}
