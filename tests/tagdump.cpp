// Developer tool: prints each candidate unit of standard input with its tag string, one tag
// under each token's first character, to see why a grammar rule did or did not fire.
#include <iostream>
#include <iterator>
#include <string>

#include "engine/normalize.hpp"
#include "engine/prefilter.hpp"
#include "engine/quotes.hpp"
#include "engine/sentences.hpp"
#include "engine/tagger.hpp"

int main() {
  using namespace whosaid;
  const std::string text{std::istreambuf_iterator<char>(std::cin), {}};
  const NormalizedText norm(text);
  const std::string& s = norm.text();
  const auto tokens = tokenize(s);
  const auto quotes = find_quotations(norm, tokens);
  const auto close = quotation_index(quotes, tokens.size());
  TaggedUnit tu;
  for (const TokenRange& unit : attribution_units(split_sentences(s, tokens), quotes, tokens)) {
    const auto b = tokens[unit.begin].begin, e = tokens[unit.end - 1].end;
    const bool candidate = prefilter().candidate(std::string_view(s).substr(b, e - b));
    tag_unit(s, tokens, close, unit, tu);
    std::cout << (candidate ? "* " : "  ") << tu.tags << "\n";
    for (std::size_t i = 0; i < tu.tags.size(); ++i) {
      const auto tb = tokens[tu.slots[i].begin].begin, te = tokens[tu.slots[i].end - 1].end;
      std::cout << "    " << tu.tags[i] << "  " << s.substr(tb, std::min<std::size_t>(te - tb, 60))
                << "\n";
    }
  }
}
