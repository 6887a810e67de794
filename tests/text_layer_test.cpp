// The text layer: UTF-8 checks, offset units, normalization with its map back to the
// original, tokens and sentences.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/normalize.hpp"
#include "engine/sentences.hpp"
#include "engine/tokenize.hpp"
#include "engine/utf8.hpp"

using namespace whosaid;

TEST_CASE("check_utf8 names the first bad byte") {
  CHECK_FALSE(check_utf8("plain ascii, “curly”, Домой").has_value());
  const auto bad =
      check_utf8(std::string("abc\xff"
                             "def"));
  REQUIRE(bad);
  CHECK(bad->offset == 3);
  const auto truncated = check_utf8(std::string("ab\xE2\x80"));
  REQUIRE(truncated);
  CHECK(truncated->offset == 2);
  const auto nul = check_utf8(std::string("ab\0cd", 5));
  REQUIRE(nul);
  CHECK(nul->offset == 2);
  CHECK(nul->reason.find("NUL") != std::string::npos);
}

TEST_CASE("offsets convert to code points and UTF-16 units") {
  const std::string t = "a“b”😀c";  // 😀 is 4 bytes, 1 code point, 2 UTF-16 units
  const OffsetConverter cp(t, OffsetUnit::codepoint), u16(t, OffsetUnit::utf16),
      b(t, OffsetUnit::byte);
  CHECK(cp.convert(t.size()) == 6);
  CHECK(u16.convert(t.size()) == 7);
  CHECK(b.convert(4) == 4);
  CHECK(cp.convert(4) == 2);  // after a“
  std::string long_text(1000, 'x');
  long_text += "é";
  CHECK(OffsetConverter(long_text, OffsetUnit::codepoint).convert(long_text.size()) == 1001);
  CHECK(parse_offset_unit("utf16") == OffsetUnit::utf16);
  CHECK_FALSE(parse_offset_unit("chars").has_value());
}

TEST_CASE("normalization folds typography and maps back to original bytes") {
  const std::string original = "“Yes—no,”\xC2\xA0she said.\r\n";
  const NormalizedText n(original);
  CHECK(n.text() == "\"Yes - no,\" she said.\n");
  // The closing quote in the normalized text maps to the original ” (3 bytes).
  const auto close = n.text().find("\" she");
  CHECK(original.substr(n.to_original(close), 3) == "”");
  CHECK(n.quote_shape(0) == QuoteShape::opening);
  CHECK(n.quote_shape(close) == QuoteShape::closing);
  // "she" keeps its bytes: its normalized start maps to its original start.
  CHECK(original.substr(n.to_original(n.text().find("she")), 3) == "she");
  CHECK(n.to_original(n.text().size()) == original.size());
}

TEST_CASE("a fold of equal length still maps every byte to the character's start") {
  const std::string original = "a—b";  // — is 3 bytes and folds to " - ", also 3 bytes
  const NormalizedText n(original);
  REQUIRE(n.text() == "a - b");
  for (std::size_t i = 1; i <= 3; ++i) CHECK(n.to_original(i) == 1);
  CHECK(n.to_original(4) == 4);  // "b"
}

static std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.emplace_back(t.text(s));
  return out;
}

TEST_CASE("tokens keep apostrophes / hyphens / abbreviations and initials") {
  CHECK(words("Russia's don't China-Russia '90s") ==
        std::vector<std::string>{"Russia's", "don't", "China-Russia", "'90s"});
  CHECK(words("Mr. Xi met U.S. and D.C. officials at 9 a.m. on Jan. 5.") ==
        std::vector<std::string>{"Mr.", "Xi", "met", "U.S.", "and", "D.C.", "officials", "at", "9",
                                 "a.m.", "on", "Jan.", "5", "."});
  CHECK(words("$1,000.50 and 3.5%") ==
        std::vector<std::string>{"$", "1,000.50", "and", "3.5", "%"});
  CHECK(words("\"Hi,\" she said") ==
        std::vector<std::string>{"\"", "Hi", ",", "\"", "she", "said"});
  // A slash joins digits: "9/11", but "Bush/Cheney" stays three tokens; and two sponsors in
  // capitals: "CNN/ORC", "USA TODAY/Suffolk".
  CHECK(words("9/11 widow and Bush/Cheney") ==
        std::vector<std::string>{"9/11", "widow", "and", "Bush", "/", "Cheney"});
  CHECK(words("a CNN/ORC poll and USA TODAY/Suffolk") ==
        std::vector<std::string>{"a", "CNN/ORC", "poll", "and", "USA", "TODAY/Suffolk"});
  // A name in -s takes a bare apostrophe as its possessive before a lower-case word, and
  // before a capital when no single quotation opened before it in the paragraph; before
  // anything else, or after another word, the apostrophe stays a quote mark.
  CHECK(words("Sanders' campaign") == std::vector<std::string>{"Sanders'", "campaign"});
  CHECK(words("Reuters' Luciana Lopez") ==
        std::vector<std::string>{"Reuters'", "Luciana", "Lopez"});
  CHECK(words("'Sanders' Campaign") == std::vector<std::string>{"'", "Sanders", "'", "Campaign"});
  CHECK(words("He said 'so it goes, Sanders' Monday") ==
        std::vector<std::string>{"He", "said", "'", "so", "it", "goes", ",", "Sanders", "'",
                                 "Monday"});
  CHECK(words("'Sanders'.") == std::vector<std::string>{"'", "Sanders", "'", "."});
  CHECK(words("'news' said") == std::vector<std::string>{"'", "news", "'", "said"});
  // A web domain is one word with its ending; a period before any other word still ends one.
  CHECK(words("GunBroker.com said. Factcheck.org.") ==
        std::vector<std::string>{"GunBroker.com", "said", ".", "Factcheck.org", "."});
  CHECK(words("It ended.Common sense") ==
        std::vector<std::string>{"It", "ended", ".", "Common", "sense"});
}

static std::vector<std::string> sentences(std::string_view s) {
  const auto tokens = tokenize(s);
  std::vector<std::string> out;
  for (const auto& r : split_sentences(s, tokens))
    out.emplace_back(
        s.substr(tokens[r.begin].begin, tokens[r.end - 1].end - tokens[r.begin].begin));
  return out;
}

TEST_CASE("sentences survive abbreviations and initials") {
  CHECK(sentences("Mr. Xi met Gen. Smith in Washington, D.C., on Jan. 5. They talked.") ==
        std::vector<std::string>{"Mr. Xi met Gen. Smith in Washington, D.C., on Jan. 5.",
                                 "They talked."});
  CHECK(sentences("Pressure came from the U.S. The talks failed.") ==
        std::vector<std::string>{"Pressure came from the U.S.", "The talks failed."});
  CHECK(sentences("It starts at 9 a.m. and ends late. \"Good,\" he said.") ==
        std::vector<std::string>{"It starts at 9 a.m. and ends late.", "\"Good,\" he said."});
  CHECK(sentences("First line\nSecond line") ==
        std::vector<std::string>{"First line", "Second line"});
  CHECK(sentences("He said \"Stop.\" Then he left.") ==
        std::vector<std::string>{"He said \"Stop.\"", "Then he left."});
}
