// Speaker resolution: the hand-written test set in fixtures/speakers (≥ 40 attributions
// covering every construction of the speakers issue) must come out ≥ 95% right, and a few
// properties are pinned one by one.
#include "engine/speakers.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/attribution.hpp"
#include "engine/demonyms.hpp"
#include "engine/gazetteer.hpp"
#include "engine/gender.hpp"
#include "engine/names.hpp"
#include "engine/world_countries.hpp"
#include "tests/files.hpp"
#include "tests/speaker_check.hpp"

using namespace whosaid;
namespace fs = std::filesystem;

namespace {}  // namespace

TEST_CASE("speaker test set: at least 95% of the attributions get the right speaker") {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(WHOSAID_FIXTURES_DIR) / "speakers"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 10);
  int total = 0, right = 0;
  for (const auto& f : files) {
    const std::string all = test::slurp(f);
    const auto cut = all.find("\n---\n");
    REQUIRE(cut != std::string::npos);
    const auto score = test::check_speakers(all.substr(0, cut + 1),
                                            test::parse_speaker_expectations(all.substr(cut + 5)));
    for (const auto& m : score.misses) MESSAGE(f.filename().string() << ": " << m);
    right += score.right;
    total += score.total;
  }
  MESSAGE("speakers right: " << right << " of " << total);
  CHECK(total >= 40);
  CHECK(right * 100 >= total * 95);
}

TEST_CASE("seed articles: every hand-listed speaker / affiliation and side") {
  int total = 0, right = 0;
  for (const auto& e : fs::directory_iterator(fs::path(WHOSAID_FIXTURES_DIR) / "seeds")) {
    if (e.path().extension() != ".txt") continue;
    auto expected_path = e.path();
    expected_path.replace_extension(".speakers.tsv");
    const auto score = test::check_speakers(
        test::slurp(e.path()), test::parse_speaker_expectations(test::slurp(expected_path)));
    for (const auto& m : score.misses) MESSAGE(e.path().filename().string() << ": " << m);
    right += score.right;
    total += score.total;
  }
  MESSAGE("seed speakers right: " << right << " of " << total);
  CHECK(total == 38);
  CHECK(right == total);
}

TEST_CASE("--sides: a user's file overrides and extends the built-in sides") {
  Gazetteer g = builtin_gazetteer();
  REQUIRE_FALSE(
      g.load_sides_json(R"({"Quad": ["Quad", "the Quad"], "Russia": ["Wagner"]})", "s.json"));
  CHECK(g.side_of("the Quad") == std::optional<std::string>("Quad"));
  CHECK(g.side_in("a Wagner commander") == std::optional<std::string>("Russia"));
  REQUIRE_FALSE(g.load_sides_json(R"({"Moscow-side": ["Moscow"]})", "s.json"));
  CHECK(g.side_of("Moscow") == std::optional<std::string>("Moscow-side"));
}

TEST_CASE("gazetteer: an alias with a capital inside matches whatever its inner case") {
  const Gazetteer& g = builtin_gazetteer();
  CHECK(g.side_of("PolitiFact") == std::optional<std::string>("media"));
  CHECK(g.side_of("Politifact") == std::optional<std::string>("media"));
  CHECK(g.side_of("Buzzfeed") == std::optional<std::string>("media"));
  // Only such aliases: other case variants stay unknown.
  CHECK_FALSE(g.side_of("Kremlinx").has_value());
  CHECK_FALSE(g.side_of("cnn").has_value());
}

TEST_CASE("gazetteer: anchors with common surnames are known by their full names only") {
  Gazetteer g = builtin_gazetteer();
  CHECK(g.person_side("Megyn Kelly") == std::optional<std::string>("media"));
  CHECK_FALSE(g.person_by_part("Kelly").has_value());
  CHECK(g.person_by_part("Hannity") == std::optional<std::string>("Sean Hannity"));
  // A user's own entry for the same person is reached by surname too.
  REQUIRE_FALSE(g.load_sides_json(R"({"media": ["Megyn Kelly"]})", "s.json"));
  CHECK(g.person_by_part("Kelly") == std::optional<std::string>("Megyn Kelly"));
}

TEST_CASE("gazetteer: every country ICU names is a side / ambiguous names excepted") {
  const Gazetteer& g = builtin_gazetteer();
  CHECK(g.side_of("Myanmar") == std::optional<std::string>("Myanmar"));
  CHECK(g.side_of("Burma") == std::optional<std::string>("Myanmar"));
  CHECK(g.is_country("Chile"));
  CHECK(g.side_of("United States") == std::optional<std::string>("US"));  // built-in wins
  CHECK_FALSE(g.is_country("Jordan"));                                    // a given name as often
  CHECK(g.side_of("Georgia") == std::optional<std::string>("US"));        // the state, as before
}

TEST_CASE("gazetteer: demonyms and capitals speak for the country ICU names") {
  const Gazetteer& g = builtin_gazetteer();
  CHECK(g.side_of("Indonesian") == std::optional<std::string>("Indonesia"));
  CHECK(g.side_of("Kabul") == std::optional<std::string>("Afghanistan"));
  CHECK(g.side_of("Jordanian") == std::optional<std::string>("Jordan"));
  CHECK_FALSE(g.side_of("Georgian").has_value());  // the US state's people as often
  // Each table side is the name ICU gives the country, so name and demonym are one side.
  std::vector<std::string> icu;
  for (const CountryNames& c : world_countries()) icu.push_back(c.side);
  for (const char* ambiguous : {"Jordan", "Niger", "Chad", "Georgia"}) icu.push_back(ambiguous);
  for (const DemonymEntry& e : kMoreCountries) {
    CAPTURE(e.side);
    CHECK(std::find(icu.begin(), icu.end(), e.side) != icu.end());
  }
}

TEST_CASE("--sides: a bad file is refused with the file and the problem") {
  Gazetteer g = builtin_gazetteer();
  auto e = g.load_sides_json("{\"US\": [\"x\",", "bad.json");
  REQUIRE(e);
  CHECK(e->message.starts_with("bad.json: not valid JSON (byte "));
  e = g.load_sides_json("[1, 2]", "list.json");
  REQUIRE(e);
  CHECK(e->message == "list.json: expected an object {\"Side\": [\"alias\", …]}");
  e = g.load_sides_json(R"({"US": "Washington"})", "flat.json");
  REQUIRE(e);
  CHECK(e->message == "flat.json: side \"US\": expected a list of names");
  e = g.load_sides_json(R"({"US": ["", 3]})", "empty.json");
  REQUIRE(e);
  CHECK(e->message == "empty.json: side \"US\": every alias must be a non-empty string");
  e = g.load_sides_file("/nonexistent/sides.json");
  REQUIRE(e);
  CHECK(e->message == "/nonexistent/sides.json: cannot open");
}

TEST_CASE("resolution rules one by one") {
  const auto one = [](const std::string& text, const std::string& mention) {
    return test::check_speakers(text, {{mention, "", "", "", ""}});
  };
  // A description finds the titled person ("the Russian president"), a typo stays as written.
  auto s = test::check_speakers(
      "Russian President Vladimir Putin spoke first. The Russian president said the talks were "
      "useful. Later, Putn said he was tired.",
      test::parse_speaker_expectations("The Russian president\tVladimir Putin\tRussia\tperson\n"
                                       "Putn\tPutn\tunknown\tperson\n"));
  CHECK(s.right == 2);
  // No speaker at all for a text without attributions; an empty expectation list scores 0/0.
  CHECK(one("Nothing was said.", "Nobody").total == 1);
  CHECK(one("Nothing was said.", "Nobody").right == 0);
}

TEST_CASE("gender: a description's own words / given names") {
  CHECK(gender_of_title("Congresswoman") == Gender::female);
  CHECK(gender_of_title("a businessman from Queens") == Gender::male);
  // AP style calls women "spokesman" and "chairman" too.
  CHECK(gender_of_title("Trump spokesman") == Gender::unknown);
  CHECK(gender_of_title("the party chairman") == Gender::unknown);
  // Words past a preposition are someone else's.
  CHECK(gender_of_title("an aide to Mrs. Clinton") == Gender::unknown);
  CHECK(gender_of_title("the widow of Mr. Scalia") == Gender::female);
  CHECK(gender_of_given_name("Hope") == Gender::female);
  CHECK(gender_of_given_name("Jean") == Gender::unknown);
}

TEST_CASE("names: the last words of an agency's name are no person's") {
  const Gazetteer& g = builtin_gazetteer();
  const auto names = find_person_names(
      "Agents of Immigration and Customs Enforcement took 121 people into custody, the "
      "Department of Homeland Security said. Secretary Jeh Johnson announced it.",
      g);
  REQUIRE(names.size() == 1);
  CHECK(names[0].name == "Jeh Johnson");
}
