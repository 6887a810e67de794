// Quote pairing: marks, nesting, apostrophes, paragraphs, and unbalanced input.
#include "engine/quotes.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/normalize.hpp"

using namespace whosaid;

// Each quotation as its text in the normalized copy, prefixed by its depth.
static std::vector<std::string> quoted(const std::string& original) {
  const NormalizedText n(original);
  const auto tokens = tokenize(n.text());
  std::vector<std::string> out;
  for (const auto& q : find_quotations(n, tokens)) {
    const auto b = tokens[q.open].begin, e = tokens[q.close].end;
    out.push_back(std::to_string(q.depth) + ":" + n.text().substr(b, e - b));
  }
  return out;
}

TEST_CASE("all pairs of marks") {
  CHECK(quoted("“a” \"b\" ‘c’ «d» „e“") ==
        std::vector<std::string>{"0:\"a\"", "0:\"b\"", "0:'c'", "0:\"d\"", "0:\"e\""});
  CHECK(quoted("He said ''maybe'' twice.") == std::vector<std::string>{"0:\"maybe\""});
}

TEST_CASE("nested quotation inside a quotation") {
  CHECK(quoted("“They called it ‘the comeback of the decade,’ and cheered.”") ==
        std::vector<std::string>{"0:\"They called it 'the comeback of the decade,' and cheered.\"",
                                 "1:'the comeback of the decade,'"});
}

TEST_CASE("a single-quoted span inside a double quotation that never closes is top level") {
  CHECK(quoted("He said “this opens ‘a nested one’ and never closes.\n\nNext paragraph.") ==
        std::vector<std::string>{"0:'a nested one'"});
}

TEST_CASE("apostrophes are never quote marks") {
  CHECK(quoted("Russia’s war, don’t worry, the ’90s, the countries’ leaders.").empty());
  CHECK(quoted("“Russia’s war isn’t over,” he said.") ==
        std::vector<std::string>{"0:\"Russia's war isn't over,\""});
}

TEST_CASE("a quotation runs over paragraphs when the next one reopens it") {
  const std::string text = "“First paragraph of the speech.\n\n“Second paragraph,” he said.";
  const NormalizedText n(text);
  const auto tokens = tokenize(n.text());
  const auto q = find_quotations(n, tokens);
  REQUIRE(q.size() == 1);
  CHECK(q[0].reopen.size() == 1);
  CHECK(n.text().substr(tokens[q[0].close].begin - 10, 11) == "paragraph,\"");
}

TEST_CASE("an unbalanced mark never swallows the next paragraph") {
  CHECK(quoted("He said “this never closes.\n\nA new paragraph with “a quote” here.") ==
        std::vector<std::string>{"0:\"a quote\""});
  std::string many;
  for (int i = 0; i < 10000; ++i) many += "“word ";
  CHECK(quoted(many).empty());
}
