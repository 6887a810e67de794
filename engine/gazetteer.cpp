// The built-in tables of the gazetteer and the --sides loader; see gazetteer.hpp.
#include "engine/gazetteer.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/ascii.hpp"
#include "engine/demonyms.hpp"
#include "engine/split.hpp"
#include "engine/world_countries.hpp"

namespace whosaid {
namespace {

struct Entry {
  std::string_view side;
  std::string_view aliases;  // '|'-separated: names, demonyms, capitals
};

// Countries: every alias here is an actor that is the country itself (or its demonym).
constexpr Entry kCountries[] = {
    {"US",
     "United States|United States of "
     "America|U.S.|US|USA|U.S.A.|America|American|Americans|Washington"},
    {"China", "China|Chinese|Beijing|PRC|People's Republic of China|Sino"},
    {"Russia", "Russia|Russian|Russians|Moscow|Russian Federation"},
    {"Ukraine", "Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev"},
    {"EU",
     "European Union|EU|E.U.|Brussels|European Commission|European Council|European|Europeans"},
    {"UK", "United Kingdom|UK|U.K.|Britain|British|London|Great Britain"},
    {"France", "France|French|Paris|Elysee|Élysée"},
    {"Germany", "Germany|German|Berlin"},
    {"Japan", "Japan|Japanese|Tokyo"},
    {"India", "India|Indian|New Delhi"},
    {"Iran", "Iran|Iranian|Tehran"},
    {"Israel", "Israel|Israeli|Jerusalem"},
    {"North Korea", "North Korea|North Korean|Pyongyang|DPRK"},
    {"South Korea", "South Korea|South Korean|Seoul"},
    {"Taiwan", "Taiwan|Taiwanese|Taipei"},
    {"Turkey", "Turkey|Turkish|Ankara|Türkiye"},
    {"Saudi Arabia", "Saudi Arabia|Saudi|Riyadh"},
    {"Pakistan", "Pakistan|Pakistani|Islamabad"},
    {"Belarus", "Belarus|Belarusian|Minsk"},
    {"Poland", "Poland|Polish|Warsaw"},
    {"Italy", "Italy|Italian|Rome"},
    {"Spain", "Spain|Spanish|Madrid"},
    {"Canada", "Canada|Canadian|Ottawa"},
    {"Australia", "Australia|Australian|Canberra"},
    {"Syria", "Syria|Syrian|Damascus"},
    {"Vietnam", "Vietnam|Vietnamese|Hanoi"},
    {"Philippines", "Philippines|Philippine|Filipino|Manila"},
    {"Uzbekistan", "Uzbekistan|Uzbek|Tashkent"},
    {"Kazakhstan", "Kazakhstan|Kazakh|Astana"},
    {"Hungary", "Hungary|Hungarian|Budapest"},
    {"Brazil", "Brazil|Brazilian|Brasilia|Brasília"},
    {"South Africa", "South Africa|South African|Pretoria"},
    {"Mexico", "Mexico|Mexican|Mexico City"},
    {"Egypt", "Egypt|Egyptian|Cairo"},
    {"Qatar", "Qatar|Qatari|Doha"},
    {"NATO", "NATO|North Atlantic Treaty Organization"},
    {"UN", "United Nations|UN|U.N.|Security Council"},
};

// Bodies and state media: they speak for a side but are not the country itself.
constexpr Entry kBodies[] = {
    {"US",
     "Justice Department|Department of Justice|Homeland Security|Capitol "
     "Hill|Supreme Court|Federal Reserve|Centers for Disease Control|NYPD|Congressional Budget "
     "Office|CBO|Government "
     "Accountability Office|GAO|Census Bureau|Internal Revenue "
     "Service|IRS|White House|State Department|Department of State|Pentagon|Defense Department|"
     "Department of Defense|Treasury|Treasury Department|Congress|Senate|Broadcasting Board of "
     "Governors|House of "
     "Representatives|CIA|FBI|National Security Council|Biden administration|Trump "
     "administration|Obama administration|"
     // Federal agencies by their initials, with and without periods (newspapers differ).
     "C.I.A.|F.B.I.|I.R.S.|FAA|F.A.A.|EPA|E.P.A.|FEC|F.E.C.|FCC|F.C.C.|FDA|F.D.A.|CDC|"
     "C.D.C.|NSA|N.S.A.|TSA|T.S.A.|DEA|D.E.A.|FEMA|ATF|A.T.F.|Securities and Exchange "
     "Commission|Federal Election Commission|Environmental Protection Agency|Federal Aviation "
     "Administration|Food and Drug Administration|National Security Agency|FDIC|F.D.I.C.|Federal "
     "Deposit Insurance Corporation|NIH|National Institutes of Health|ICE|Immigration and Customs "
     "Enforcement|GSA|General Services Administration|DHS|NASA|"
     "FTC|F.T.C.|Federal Trade Commission|DOJ|HUD|USDA|NOAA|OMB|Office of Management and "
     "Budget|NLRB|National Labor Relations Board|CBP|Customs and Border Protection|USCIS|NTSB|"
     "OSHA|SEC|S.E.C.|DNI|ODNI|Joint Chiefs|Joint Chiefs of Staff|"
     // The other cabinet departments, both ways round, and the agencies news names most.
     "Labor Department|Department of Labor|Commerce Department|Department of Commerce|Energy "
     "Department|Department of Energy|Education Department|Department of Education|Agriculture "
     "Department|Department of Agriculture|Interior Department|Department of the Interior|"
     "Transportation Department|Department of Transportation|Department of Veterans Affairs|"
     "Veterans Affairs Department|Department of Health and Human Services|Health and Human "
     "Services|HHS|Department of Housing and Urban Development|Department of Homeland "
     "Security|Bureau of Labor Statistics|Social Security Administration|Border Patrol|Secret "
     "Service|Coast Guard|Fed"},
    {"China",
     "Zhongnanhai|Communist Party|Chinese Communist Party|CCP|PLA|People's Liberation Army|"
     "National People's Congress|Politburo|State Council"},
    {"Russia", "Kremlin|Duma|State Duma|Federation Council"},
    {"Ukraine", "Verkhovna Rada"},
    {"South Korea", "Blue House"},
    {"UK", "Downing Street|Whitehall|Foreign Office"},
    // The UN's own agencies speak for it.
    {"UN",
     "IAEA|International Atomic Energy Agency|UNICEF|UNESCO|UNHCR|U.N. refugee agency|World "
     "Health Organization|World Food Programme|World Food Program|Human Rights Council"},
    // International bodies speak for themselves, as the UN and NATO do.
    {"IMF", "IMF|International Monetary Fund"},
    {"World Bank", "World Bank"},
    {"WTO", "WTO|World Trade Organization"},
};

// Parties: they speak for their country's side but are no part of its government.
constexpr Entry kParties[] = {
    {"US",
     "Republican|Republicans|Democrat|Democrats|Democratic|GOP|Democratic Party|Republican "
     "Party|DNC|RNC|Green Party|Libertarian Party|Libertarian"},
};

// State media: outlets that speak for their state.
constexpr Entry kStateMedia[] = {
    {"US", "Voice of America|VOA|Radio Free Europe|Radio Liberty|Radio Free Asia"},
    {"China", "Xinhua|People's Daily|Global Times|CCTV|CGTN|China Daily"},
    {"Russia", "TASS|RIA Novosti|RIA|Interfax|RT|Sputnik|Rossiya|Kremlin-controlled media"},
    {"Ukraine", "Ukrinform"},
    {"North Korea", "KCNA|Korean Central News Agency|Rodong Sinmun"},
    {"South Korea", "Yonhap"},
    {"Japan", "Kyodo|NHK"},
    {"Iran", "IRNA|Tasnim"},
    {"Turkey", "Anadolu|Anadolu Agency"},
};

// American Indian nations and bodies: "Indian" there names no India ("Oneida Indian Nation
// leader", "the Bureau of Indian Affairs"). Longer than the demonym, so they win.
constexpr std::string_view kAmericanIndian =
    "Indian Nation|Indian Nations|Indian Tribe|Indian tribe|Indian tribes|Indian Affairs|"
    "Indian Country|Indian Health Service|Indian reservation|Indian Reservation|American Indian|"
    "American Indians|Indian Community";

// US states: places, like countries, but no country a pronoun could stand for.
constexpr std::string_view kUsStates =
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New "
    "Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West "
    "Virginia|Wisconsin|Wyoming";

// Provinces and states of other federations, which speak for their country as US states do
// for theirs: "the Business Council of British Columbia" is no British body. Names that are
// also common surnames ("Wales", "Victoria") and disputed lands are left out.
constexpr Entry kRegions[] = {
    {"Canada",
     "British Columbia|Alberta|Saskatchewan|Manitoba|Ontario|Quebec|Nova Scotia|New "
     "Brunswick|Prince Edward Island|Newfoundland"},
    {"Australia", "New South Wales|Queensland|Tasmania|Western Australia|South Australia"},
    {"UK", "Scotland|Northern Ireland|England"},
    {"US", "New England"},  // longer than "England", so it wins
    {"Germany", "Bavaria|Saxony|Thuringia|Hesse|North Rhine-Westphalia|Lower Saxony|Brandenburg"},
    {"China", "Guangdong|Sichuan|Zhejiang|Jiangsu|Shandong|Hubei|Henan|Fujian|Yunnan|Xinjiang"},
};

// Aides known by name: the chairs, managers and chief strategists of recent presidential
// campaigns. They speak for their side like the people below, but are someone's aide,
// so a description ("Obama's former campaign strategist") may still mean them. Not "Miller",
// "Stone", "Cohen" (too common alone) nor "Podesta" (also a lobbying firm's name).
constexpr Entry kAides[] = {
    {"US",
     "Paul Manafort|Corey Lewandowski|Steve Bannon|Brad Parscale|Bill Stepien|Susie Wiles|"
     "Robby Mook|Jennifer Palmieri|Huma Abedin|Joel Benenson|Jeff Weaver|Tad Devine|David "
     "Axelrod|David Plouffe|Jim Messina|Jen O'Malley Dillon"},
};

// Prominent officials of the main sides (heads of state and government, foreign and defence
// ministers, spokespeople, top diplomats; US candidates and party leaders; media figures), so
// a person the article names without a demonym still gets a side. Full names only; a surname
// reaches them through the document's own text.
constexpr Entry kPeople[] = {
    {"US",
     "Joe Biden|Donald Trump|Barack Obama|Kamala Harris|Antony Blinken|Marco Rubio|Jake "
     "Sullivan|Lloyd Austin|Pete Hegseth|Janet Yellen|Mike Pompeo|Nancy Pelosi|Mike Pence|"
     "J.D. Vance|JD Vance|Karine Jean-Pierre|Matthew Miller|John Kirby|Ned Price|Nicholas "
     "Burns|Gina Raimondo|Rex Tillerson|Hillary Clinton|John Kerry|Bill Clinton|George W. "
     "Bush|George H.W. Bush|Jimmy Carter|Ronald Reagan|Dick Cheney|Condoleezza Rice|Colin "
     "Powell|Madeleine Albright|Mitch McConnell|Chuck Schumer|Paul Ryan|Kevin McCarthy|Mike "
     "Johnson|Lindsey Graham|Ted Cruz|Bernie Sanders|Elizabeth Warren|John McCain|Mitt Romney|"
     "Tim Kaine|Loretta Lynch|Merrick Garland|James Comey|Christopher Wray|Josh Earnest|"
     "Jen Psaki|Sean Spicer|Kellyanne Conway|Jeh Johnson|Ash Carter|Samantha Power|Susan Rice|"
     "Nikki Haley|Linda Thomas-Greenfield|"
     // Major-party presidential and vice-presidential candidates since 2000 (with the
     // main third-party nominees), congressional leaders, White House chiefs of staff and
     // party chairs. Surnames that are common words or other people's ("Castro", "Scott",
     // "Bloomberg", "Walsh") are left out, since a surname alone reaches the full name.
     "Al Gore|Joe Lieberman|John Edwards|Bill Richardson|Chris Dodd|Dennis Kucinich|Mike "
     "Huckabee|Ron Paul|Rand "
     "Paul|Rudy Giuliani|Sarah Palin|Rick Santorum|Newt Gingrich|Rick Perry|Michele Bachmann|"
     "Jon Huntsman|Tim Pawlenty|John Kasich|Ben Carson|Jeb Bush|Chris Christie|Carly Fiorina|"
     "Scott Walker|Bobby Jindal|George Pataki|Jim Gilmore|Martin O'Malley|Lincoln Chafee|"
     "Gary Johnson|Jill Stein|Evan McMullin|Pete Buttigieg|Amy Klobuchar|Tulsi Gabbard|"
     "Andrew Yang|Cory Booker|Beto O'Rourke|Kirsten Gillibrand|Jay Inslee|John "
     "Hickenlooper|Ron DeSantis|Vivek Ramaswamy|Doug Burgum|Asa Hutchinson|Tim Walz|Harry "
     "Reid|John Boehner|Eric Cantor|Steny Hoyer|Steve Scalise|Hakeem "
     "Jeffries|Dick Durbin|John Thune|Rahm Emanuel|Denis McDonough|Reince Priebus|Mark "
     "Meadows|Ron Klain|Donna Brazile|Tom Perez|Ronna McDaniel"},
    {"China",
     "Xi Jinping|Li Qiang|Li Keqiang|Wang Yi|Qin Gang|Yang Jiechi|Li Zhanshu|Zhao Leji|"
     "Wang Huning|Han Zheng|Ding Xuexiang|Wang Wenbin|Mao Ning|Lin Jian|Zhao Lijian|Hua "
     "Chunying|Wang Yang|Li Shangfu|Dong Jun|Wei Fenghe|Xie Feng|Qin Gang|Liu He|He "
     "Lifeng|Wang Qishan|Zhang Hanhui|Cui Tiankai"},
    {"Russia",
     "Vladimir Putin|Dmitry Medvedev|Mikhail Mishustin|Sergey Lavrov|Sergei Lavrov|"
     "Dmitry Peskov|Maria Zakharova|Sergei Shoigu|Sergey Shoigu|Andrei Belousov|Andrey "
     "Belousov|Yuri Ushakov|Valentina Matviyenko|Vyacheslav Volodin|Andrey Denisov|"
     "Andrei Denisov|Nikolai Patrushev|Sergei Ryabkov|Vassily Nebenzia"},
    {"Ukraine",
     "Volodymyr Zelensky|Volodymyr Zelenskyy|Dmytro Kuleba|Andriy Sybiha|Andriy "
     "Yermak|Denys Shmyhal|Oleksii Reznikov|Rustem Umerov"},
    {"EU", "Ursula von der Leyen|Josep Borrell|Charles Michel|Kaja Kallas|Antonio Costa"},
    {"UK",
     "Rishi Sunak|Keir Starmer|Boris Johnson|David Cameron|David Lammy|Liz Truss|Theresa May"},
    {"France",
     "Emmanuel Macron|Catherine Colonna|Stéphane Séjourné|Jean-Noël Barrot|François "
     "Hollande|Manuel Valls|Laurent Fabius"},
    {"Spain", "Mariano Rajoy"},
    {"Italy", "Matteo Renzi|Giorgia Meloni|Mario Draghi"},
    {"Canada", "Justin Trudeau"},
    {"Mexico",
     "Enrique Peña Nieto|Andrés Manuel López Obrador|Claudia Sheinbaum|Vicente Fox|Felipe "
     "Calderón"},
    {"Germany", "Olaf Scholz|Annalena Baerbock|Angela Merkel|Friedrich Merz"},
    {"North Korea", "Kim Jong Un|Kim Jong-un|Kim Yo Jong|Choe Son Hui"},
    {"South Korea", "Yoon Suk Yeol|Yoon Suk-yeol|Lee Jae-myung|Moon Jae-in|Park Jin|Cho Tae-yul"},
    {"Japan", "Fumio Kishida|Shigeru Ishiba|Yoko Kamikawa|Takeshi Iwaya"},
    {"Iran",
     "Ali Khamenei|Ebrahim Raisi|Masoud Pezeshkian|Hossein Amir-Abdollahian|Abbas Araghchi"},
    {"Israel", "Benjamin Netanyahu|Yoav Gallant|Israel Katz|Isaac Herzog"},
    {"India", "Narendra Modi|Subrahmanyam Jaishankar|S. Jaishankar"},
    {"Turkey", "Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Hakan Fidan"},
    {"NATO", "Jens Stoltenberg|Mark Rutte"},
    {"UN", "Antonio Guterres|António Guterres|Ban Ki-moon"},
    // Hosts, anchors, columnists and media chiefs known by name alone, so "Hannity said"
    // speaks for the media even where the article gives no show. Surnames shared with
    // politicians or common as given names ("Cuomo", "Levin", "Kelly") are left out, and
    // so are late-night hosts, named mostly in their shows' titles ("The Late Show with
    // Stephen Colbert"), where a pronoun should not find them.
    {"media",
     "Sean Hannity|Rush Limbaugh|Rachel Maddow|Bill O'Reilly|Glenn Beck|Tucker Carlson|Wolf "
     "Blitzer|George Stephanopoulos|Joe Scarborough|Laura Ingraham|Ann Coulter|Matt Drudge|Lou "
     "Dobbs|Jake Tapper|Bill Maher|Don Lemon|Greta Van Susteren|Bret Baier|Brian "
     "Kilmeade|Steve Doocy|Neil Cavuto|Lawrence O'Donnell|Arianna Huffington|Rupert Murdoch|"
     "Roger Ailes|Jeff Zucker|Mark Halperin|Charles Krauthammer|Bill Kristol|Erick Erickson|"
     "Hugh Hewitt|Erin Burnett|Savannah Guthrie|Matt Lauer|Maggie Haberman|Bob Woodward|Carl "
     "Bernstein"},
};

// Anchors, hosts and columnists whose surnames are common or shared with politicians
// ("Kelly", "Cuomo", "Wallace", "King"): known by their full names only, so the surname alone
// reaches them through the article's own full name, never through this table.
constexpr std::string_view kMediaByFullName =
    "Megyn Kelly|Chris Cuomo|Mark Levin|Chris Wallace|Chris Matthews|Anderson Cooper|Lester "
    "Holt|Chuck Todd|Brian Williams|Kate Bolduan|Dana Bash|John King|Andrea Mitchell|Katy "
    "Tur|Brit Hume|Howard Kurtz|Shepard Smith|Jorge Ramos|Charlie Rose|Gayle King|Scott "
    "Pelley|David Muir|Diane Sawyer|Jim Acosta|Candy Crowley|Bob Schieffer|John Dickerson|"
    "Judy Woodruff|Gwen Ifill|Martha Raddatz|Major Garrett|Ezra Klein|Nate Silver|Thomas "
    "Friedman|Thomas L. Friedman|Maureen Dowd|David Brooks|George Will|George F. Will|Peggy "
    "Noonan|Kathleen Parker|Dana Milbank|Chris Cillizza|Ruth Marcus|Eugene Robinson|Jennifer "
    "Rubin|Frank Bruni|Charles M. Blow|Nicholas Kristof|Ross Douthat|Gail Collins|Michael "
    "Savage|Alex Jones|Mika Brzezinski|Dana Perino|Greg Gutfeld|Jeanine Pirro|Eric Bolling|"
    "Chris Hayes|Joy Reid|Mark Shields|David Gregory|Katie Couric|Tom Brokaw|Dan Rather|Chris "
    "Stirewalt|Glenn Greenwald|Matt Taibbi|Andrew Sullivan|Jonah Goldberg|Rich Lowry|Ben "
    "Shapiro|Jonathan Karl|Jeff Zeleny|Hallie Jackson|Robert Costa|Philip Rucker|David "
    "Fahrenthold|Glenn Kessler|Michael Barbaro|Jonathan Martin|Matt Boyle|Matthew Boyle|"
    "Milo Yiannopoulos|Joel Pollak|Alex Marlow|Larry Kudlow|Jim Cramer|Maria Bartiromo|"
    "Stuart Varney|Andrew Napolitano|Kirsten Powers|Juan Williams|Geraldo "
    "Rivera|Bill Hemmer|Martha MacCallum|Harris Faulkner|Jake Sherman|John "
    "Harwood|Joe Klein|E.J. Dionne|David Ignatius|Paul Krugman|Fareed Zakaria|Van Jones|"
    "Michael Smerconish|Brooke Baldwin|Alisyn Camerota|Poppy Harlow|Ali Velshi|Stephanie Ruhle|"
    "Nicolle Wallace|Mike Allen|Jim VandeHei|John Heilemann";

// Polling firms: independent researchers, like the universities that run the other polls.
// ("Rasmussen" alone is also a NATO secretary-general, "Harris" a vice president.)
constexpr std::string_view kPollsters =
    "Gallup|Ipsos|YouGov|SurveyUSA|Morning Consult|Public Policy Polling|Rasmussen Reports|"
    "Marist|Quinnipiac|Monmouth|Zogby";

// Outlets that speak for themselves.
constexpr std::string_view kMedia =
    "AFP|Agence France-Presse|Reuters|AP|Associated Press|Bloomberg|CNN|BBC|NBC|ABC|CBS|"
    "Fox News|MSNBC|NPR|Politico|Axios|The Guardian|Guardian|New York Times|"
    "The New York Times|Washington Post|The Washington Post|Wall Street Journal|"
    "The Wall Street Journal|Financial Times|The Financial Times|The Economist|Al Jazeera|"
    "South China Morning Post|Nikkei|Le Monde|Der Spiegel|The Times|Newsweek|The Atlantic|"
    "National Review|USA Today|USA TODAY|Huffington Post|The Huffington Post|Breitbart|Vox|Slate|"
    "Daily Caller|The Daily Beast|Daily Beast|Los Angeles Times|Chicago Tribune|Boston Globe|"
    "Washington Examiner|Fox|PolitiFact|FactCheck.org|Snopes|Zero Hedge|Drudge Report|"
    "Mediaite|Salon|BuzzFeed|BuzzFeed News|Yahoo News|Univision|Telemundo|C-SPAN|PBS|"
    "Rasmussen Reports|POLITICO|CNBC|Fox Business|Fox Business Network|The Hill|Roll Call|"
    "New York Post|New York Daily News|Miami Herald|Des Moines Register|Mother Jones|"
    "New Hampshire Union Leader|The New Hampshire Union Leader|Union Leader|"
    "The New Yorker|New Yorker|New Republic|The New Republic|Weekly Standard|"
    "The Weekly Standard|The Blaze|TheBlaze|BlazeTV|Daily Kos|Talking Points Memo|"
    "Washington Times|The Washington Times|Newsmax|The Intercept|ProPublica|Business Insider|"
    "RedState|Hot Air|Breitbart News|Western Journal|CBS News|ABC News|NBC News|CNNMoney|"
    "Telegraph|The Telegraph|Daily Mail|Sky News|Chicago Sun-Times|Houston Chronicle|"
    "Dallas Morning News|Arizona Republic|Tampa Bay Times|Philadelphia Inquirer|"
    "San Francisco Chronicle|Seattle Times|Denver Post|Detroit News|Detroit Free Press|"
    "Miami New Times|Politico Magazine|Vanity Fair|Rolling Stone|GQ|Hollywood Reporter|"
    "The Hollywood Reporter|Bloomberg News|Bloomberg Politics|Fox News Channel|MSNBC.com|"
    "CNN.com|NPR.org|Associated Press-GfK|AP-GfK|Gawker|HuffPost|National Journal|"
    "Christian Science Monitor|The Christian Science Monitor|Sirius XM|SiriusXM|Infowars|"
    "The Drudge Report|Real Clear Politics|RealClearPolitics|FiveThirtyEight|Morning Consult|"
    "The Washington Free Beacon|Washington Free Beacon|Free Beacon|National Public Radio|"
    "Public Broadcasting Service|Le Figaro|El Pais|El País|The Globe and Mail|Toronto Star|"
    "Haaretz|Jerusalem Post|The Jerusalem Post|Times of Israel|The Times of Israel|"
    "Forbes|Fortune|TMZ|Variety|Townhall|The Federalist|Newsday|Vice News|Bustle|Quartz|"
    "Asahi Shimbun|Yomiuri Shimbun|Hindustan Times|The Hindu|Times of India|"
    "Sydney Morning Herald|Plain Dealer|The Plain Dealer|The Nation|ESPN|HBO|Comedy Central|"
    "The Daily Show|Commentary magazine|Reason magazine|BFMTV|BFM TV|France 24|TF1|Le Parisien|"
    "Ouest-France|Libération|ITV|ITV News|Bild|Die Welt|Deutsche Welle|ANSA|EFE|"
    "Al Arabiya|CBC News|Globe and Mail|Reforma|La Jornada|La Stampa|Corriere della Sera|"
    "La Repubblica|Il Sole 24 Ore|Il Messaggero|Il Fatto Quotidiano|El Mundo|La Vanguardia|"
    "El Universal|Clarín|La Nación|Folha de S.Paulo|O Globo|Süddeutsche Zeitung|"
    "Frankfurter Allgemeine Zeitung|Die Zeit|Der Standard|Neue Zürcher Zeitung|Le Temps|"
    "Le Point|L'Express|Kommersant|Vedomosti|Novaya Gazeta|Asharq Al-Awsat|"
    "The Straits Times|Straits Times|Korea Herald|JoongAng Ilbo|Chosun Ilbo";

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '\'' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string_view strip_the(std::string_view s) {
  if (s.starts_with("the ") || s.starts_with("The ")) s.remove_prefix(4);
  return s;
}
}  // namespace

Gazetteer::Gazetteer() {
  for (const auto& e : kCountries)
    for (auto a : split(e.aliases, '|')) add(a, e.side, true);
  for (const auto& e : kMoreCountries)
    for (auto a : split(e.aliases, '|')) add(a, e.side, true);
  for (const auto& e : kBodies)
    for (auto a : split(e.aliases, '|')) {
      add(a, e.side, false);
      government_.emplace(a, true);
    }
  for (const auto& e : kParties)
    for (auto a : split(e.aliases, '|')) add(a, e.side, false);
  for (auto a : split(kAmericanIndian, '|')) add(a, "US", false);
  for (auto a : split(kUsStates, '|')) {
    add(a, "US", false);
    place_.emplace(a, true);
  }
  for (const auto& e : kRegions)
    for (auto a : split(e.aliases, '|')) {
      add(a, e.side, false);
      place_.emplace(a, true);
    }
  for (auto a : split(kMedia, '|')) {
    add(a, "media", false);
    outlet_.emplace(strip_the(a), true);
  }
  // After the outlets: a pollster that also publishes ("Morning Consult", "Rasmussen Reports")
  // is quoted for its polls, which are research, so it keeps its outlet name but not the side.
  for (auto a : split(kPollsters, '|')) add(a, "independent", false);
  for (const auto& e : kStateMedia)
    for (auto a : split(e.aliases, '|')) {
      add(a, e.side, false);
      outlet_.emplace(strip_the(a), true);
    }
  // The rest of the world: a country the tables above leave out speaks for itself.
  for (const CountryNames& c : world_countries())
    for (const std::string& a : c.aliases)
      if (!side_.contains(a)) add(a, c.side, true);
  for (const auto& e : kPeople)
    for (auto a : split(e.aliases, '|')) person_side_[std::string(a)] = std::string(e.side);
  for (const auto& e : kAides)
    for (auto a : split(e.aliases, '|')) {
      person_side_[std::string(a)] = std::string(e.side);
      aide_.emplace(std::string(a), true);
    }
  for (auto a : split(kMediaByFullName, '|')) {
    person_side_[std::string(a)] = "media";
    full_name_only_.emplace(std::string(a), true);
  }
  index_person_parts();
}

void Gazetteer::index_person_parts() {
  person_part_.clear();
  part_side_.clear();
  // Two spellings of one person ("Sergey Lavrov", "Sergei Lavrov") share a surname and a
  // side; they count as one. Names are visited in sorted order so that the result does not
  // depend on hash order.
  std::vector<const std::string*> names;
  for (const auto& [name, side] : person_side_)
    if (!full_name_only_.contains(name)) names.push_back(&name);
  std::sort(names.begin(), names.end(), [](auto* a, auto* b) { return *a < *b; });
  for (const std::string* name : names) {
    const std::string& side = person_side_.at(*name);
    // The surname only: last in most names, first in Chinese and Korean ones ("Xi Jinping").
    // A given name alone ("Charles") names nobody in particular.
    const auto words = split(*name, ' ');
    Pieces parts{words.back()};
    if (words.size() > 1 && (side == "China" || side == "North Korea" || side == "South Korea" ||
                             side == "Taiwan" || side == "Vietnam"))
      parts.push_back(words.front());
    for (auto w : parts) {
      if (auto [at, first] = part_side_.try_emplace(std::string(w), side);
          !first && at->second != side)
        at->second.clear();
      auto [it, fresh] = person_part_.try_emplace(std::string(w), *name);
      if (fresh || it->second.empty() || it->second == *name) continue;
      // Spellings also share the initial: "Hillary Clinton" and "Bill Clinton" are two people,
      // and "Clinton" alone then means neither.
      const bool same_person = person_side_.at(it->second) == side &&
                               it->second.front() == name->front() &&
                               split(it->second, ' ').back() == split(*name, ' ').back();
      if (!same_person) it->second.clear();
    }
  }
}

std::optional<std::string> Gazetteer::person_by_part(std::string_view part) const {
  const auto it = person_part_.find(part);
  if (it == person_part_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

std::optional<std::string> Gazetteer::side_by_part(std::string_view part) const {
  const auto it = part_side_.find(part);
  if (it == part_side_.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

bool Gazetteer::is_aide(std::string_view full_name) const {
  return aide_.find(full_name) != aide_.end();
}

std::optional<std::string> Gazetteer::person_side(std::string_view full_name) const {
  const auto it = person_side_.find(full_name);
  if (it == person_side_.end()) return std::nullopt;
  return it->second;
}

void Gazetteer::add(std::string_view alias, std::string_view side, bool country) {
  const std::string key(strip_the(alias));
  side_[key] = std::string(side);
  country_[key] = country;
  // An alias with a capital inside ("PolitiFact", "BuzzFeed") is also written with only its
  // first capital ("Politifact"): that spelling is one more alias, so look-ups stay one hash.
  if (key.size() > 3 && key.find(' ') == std::string::npos && ascii::is_upper(key[0]) &&
      std::any_of(key.begin() + 1, key.end(), [](char c) { return ascii::is_lower(c); }) &&
      std::any_of(key.begin() + 1, key.end(), [](char c) { return ascii::is_upper(c); })) {
    std::string plain = key.substr(0, 1) + ascii::lowered(std::string_view(key).substr(1));
    side_[plain] = std::string(side);
    country_[std::move(plain)] = country;
  }
  longest_words_ = std::max<std::size_t>(longest_words_, split(key, ' ').size());
}

std::optional<std::string> Gazetteer::side_of(std::string_view phrase) const {
  const auto it = side_.find(strip_the(phrase));
  if (it == side_.end()) return std::nullopt;
  return it->second;
}

bool Gazetteer::is_country(std::string_view phrase) const {
  const auto it = country_.find(strip_the(phrase));
  return it != country_.end() && it->second;
}

namespace {
// The words of a phrase or text as views into it, split at spaces and line breaks, with
// surrounding punctuation and a possessive "'s" dropped: what aliases are matched against.
Pieces alias_words(std::string_view text) {
  Pieces words;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    // A slash joins two sponsors' names: "USA TODAY/Suffolk".
    if (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '/') continue;
    std::string_view w = text.substr(b, i - b);
    b = i + 1;
    while (!w.empty() && !is_word_char(w.back())) w.remove_suffix(1);
    while (!w.empty() && !is_word_char(w.front())) w.remove_prefix(1);
    if (w.ends_with("'s") || w.ends_with("’s")) w.remove_suffix(w.ends_with("'s") ? 2 : 4);
    if (!w.empty()) words.push_back(w);
  }
  return words;
}

// words[i, i + n) joined by single spaces into `key`, a buffer reused across look-ups.
void join_words(std::string& key, const Pieces& words, std::size_t i, std::size_t n) {
  key.assign(words[i]);
  for (std::size_t k = 1; k < n; ++k) key.append(1, ' ').append(words[i + k]);
}

// The text from the start of words[first] to the end of words[last].
std::string_view words_span(const Pieces& words, std::size_t first, std::size_t last) {
  const char* b = words[first].data();
  return {b, static_cast<std::size_t>(words[last].data() + words[last].size() - b)};
}
}  // namespace

std::optional<std::string_view> Gazetteer::last_outlet_in(
    std::string_view text, const std::function<bool(std::string_view)>& is_head) const {
  const Pieces words = alias_words(text);
  // From the end, the longest alias ending at each word.
  std::string key;
  for (std::size_t end = words.size(); end > 0; --end) {
    const auto capital = [&](std::size_t i) {
      return !words[i].empty() && ascii::is_upper(words[i][0]);
    };
    if (!capital(end - 1)) continue;
    // A newspaper by its name's last word, behind the capitals of its town: "Orlando Sentinel".
    if (end >= 2 && capital(end - 2) && words[end - 2] != "The" && is_head(words[end - 1])) {
      std::size_t first = end - 2;
      while (first > 0 && capital(first - 1) && words[first - 1] != "The") --first;
      return words_span(words, first, end - 1);
    }
    for (std::size_t n = std::min(longest_words_, end); n >= 1; --n) {
      join_words(key, words, end - n, n);
      if (outlet_.contains(key)) return words_span(words, end - n, end - 1);
    }
  }
  return std::nullopt;
}

bool Gazetteer::is_place(std::string_view phrase) const {
  return is_country(phrase) || place_.contains(strip_the(phrase));
}

std::optional<std::string> Gazetteer::government_opening(std::string_view phrase) const {
  // Runs for every affiliation: the phrase's first words as views, no word list.
  phrase = strip_the(phrase);
  if (phrase.empty() || !ascii::is_upper(phrase[0])) return std::nullopt;
  std::optional<std::string> found;
  std::size_t end = 0;
  for (std::size_t n = 1; n <= longest_words_ && end < phrase.size(); ++n) {
    end = std::min(phrase.find(' ', end + 1), phrase.size());
    std::string_view key = phrase.substr(0, end);
    while (!key.empty() && !is_word_char(key.back())) key.remove_suffix(1);
    if (key.ends_with("'s") || key.ends_with("’s")) key.remove_suffix(key.ends_with("'s") ? 2 : 4);
    if (government_.contains(key)) found = side_.find(key)->second;  // the longest wins
  }
  return found;
}

std::optional<std::string> Gazetteer::side_in(std::string_view phrase, bool countries) const {
  // Views into the phrase and one key buffer: this runs for every source and affiliation.
  const Pieces words = alias_words(phrase);
  // Longest alias first, leftmost among equals.
  std::string key;
  for (std::size_t n = std::min(longest_words_, words.size()); n >= 1; --n) {
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
      join_words(key, words, i, n);
      if (const auto it = side_.find(key);
          it != side_.end() && (countries || !country_.find(key)->second))
        return it->second;
    }
  }
  return std::nullopt;
}

std::optional<SidesError> Gazetteer::load_sides_json(std::string_view text,
                                                     const std::string& origin) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    return SidesError{origin + ": not valid JSON (byte " + std::to_string(e.byte) + ")"};
  }
  if (!j.is_object()) return SidesError{origin + ": expected an object {\"Side\": [\"alias\", …]}"};
  for (const auto& [side, aliases] : j.items()) {
    if (side.empty()) return SidesError{origin + ": a side has an empty name"};
    if (!aliases.is_array())
      return SidesError{origin + ": side \"" + side + "\": expected a list of names"};
    for (const auto& a : aliases) {
      if (!a.is_string() || a.get<std::string>().empty())
        return SidesError{origin + ": side \"" + side +
                          "\": every alias must be a non-empty string"};
      add(a.get<std::string>(), side, false);
      person_side_[a.get<std::string>()] = side;
      // A user's own name is theirs by surname too.
      full_name_only_.erase(a.get<std::string>());
    }
  }
  index_person_parts();
  return std::nullopt;
}

std::optional<SidesError> Gazetteer::load_sides_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return SidesError{path + ": cannot open"};
  std::ostringstream s;
  s << in.rdbuf();
  return load_sides_json(s.str(), path);
}

const Gazetteer& builtin_gazetteer() {
  static const Gazetteer g;
  return g;
}

}  // namespace whosaid
