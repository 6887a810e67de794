// Document-level behaviour of extraction: offsets in the original text through normalization,
// determinism, and kinds.
#include "engine/attribution.hpp"

#include <doctest/doctest.h>

#include "tests/dump.hpp"

using namespace whosaid;

TEST_CASE("spans are byte offsets into the original / not the normalized copy") {
  const std::string text = "Intro — with a dash.\r\n“Russia’s war,” said Wang Yi.";
  const auto a = extract_attributions(text);
  REQUIRE(a.size() == 1);
  REQUIRE(a[0].source);
  CHECK(text.substr(a[0].source->begin, a[0].source->end - a[0].source->begin) == "Wang Yi");
  CHECK(text.substr(a[0].content[0].begin, a[0].content[0].end - a[0].content[0].begin) ==
        "“Russia’s war,”");
}

TEST_CASE("the same text gives the same attributions / ids in content order") {
  const std::string text =
      "Analysts say the visit matters. “It is a test,” Lukin said. China denies it, officials say.";
  const auto a = extract_attributions(text);
  const auto b = extract_attributions(text);
  CHECK(test::dump(text) ==
        "indirect{Analysts|say|the visit matters}; post_cue{Lukin|said|“It is a test,”}; "
        "trailing_cue{officials|say|China denies it}; indirect{China|denies|it}^3");
  REQUIRE(a.size() == 4);
  REQUIRE(b.size() == a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].id == i + 1);
    CHECK(a[i].content == b[i].content);
    CHECK(a[i].rule == b[i].rule);
  }
  CHECK(a[0].content[0].begin < a[1].content[0].begin);
}

TEST_CASE("multi-paragraph quote is one attribution with a fragment per paragraph") {
  const std::string text = "“The first part of it.\n\n“The second part,” Blinken said.";
  const auto a = extract_attributions(text);
  REQUIRE(a.size() == 1);
  CHECK(a[0].kind == AttributionKind::direct);
  CHECK(a[0].content.size() == 2);
  CHECK(text.substr(a[0].content[1].begin, a[0].content[1].end - a[0].content[1].begin) ==
        "“The second part,”");
}

TEST_CASE("the Yun Sun slip: a stray period before the apposition still yields AFP as via") {
  const std::string text =
      "“China will pursue close alignment,” Yun Sun said. , director of the China Program at "
      "the Stimson Center, told AFP.";
  const auto a = extract_attributions(text);
  REQUIRE(a.size() == 1);
  REQUIRE(a[0].via);
  CHECK(text.substr(a[0].via->begin, 3) == "AFP");
  CHECK(text.substr(a[0].source->begin, a[0].source->end - a[0].source->begin) == "Yun Sun");
}

TEST_CASE("a noun that is also a cue / with its own verb after it / reports nothing") {
  CHECK(test::dump("The strong jobs report has cleared the way for the Fed.") == "");
  CHECK(test::dump("A new Pew Research report compares a variety of web samples.") == "");
  CHECK(test::dump("Jobs report gives Democrats a lift.") == "");
  CHECK(test::dump("It has more clout than the Silk Road plan advanced by the minister.") == "");
  CHECK(test::dump("Analysts report that sales fell.") ==
        "indirect{Analysts|report|that sales fell}");
  // A clause whose subject moved out keeps its cue: "a media they say has treated him unfairly".
  CHECK(test::dump("It is a press that they say has treated him unfairly.") ==
        "indirect{they|say|has treated him unfairly}");
}

TEST_CASE("advice is no speech / but the writer's own hedge is") {
  CHECK(test::dump("The Senate should not confirm a replacement before the election.") == "");
  CHECK(test::dump("I should say that my father studied at MIT.") ==
        "indirect{I|should say|that my father studied at MIT}");
}

TEST_CASE("a supposition of anyone at all is no one's view") {
  CHECK(test::dump("One might think the senator would fill the stadium.") == "");
  CHECK(test::dump("One of the aides would think the senator could fill the stadium.") ==
        "indirect{One of the aides|would think|the senator could fill the stadium}");
}
