// Sentence boundaries over tokens, and the units the grammars run on: sentences merged so
// that no top-level quotation crosses a unit boundary (a quotation may hold several
// sentences, or run over paragraphs).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/quotes.hpp"
#include "engine/tokenize.hpp"

namespace whosaid {

struct TokenRange {
  std::uint32_t begin = 0;  // token indexes, half-open
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

// Splits at . ! ? (and the closing quotes or brackets after them) when the next token starts
// a sentence, and at every paragraph start. Abbreviation periods are inside word tokens, so
// "Mr. Xi" never splits; "the U.S. The" does, because a function word follows.
std::vector<TokenRange> split_sentences(std::string_view normalized,
                                        const std::vector<Token>& tokens);

// Merges sentences that a top-level quotation spans, and a short sentence that follows a
// sentence-final quotation in the same paragraph ("“…?” Clinton said."); then cuts any unit
// longer than `max_tokens` so that the grammars' work stays linear on pathological input.
std::vector<TokenRange> attribution_units(const std::vector<TokenRange>& sentences,
                                          const std::vector<Quotation>& quotes,
                                          const std::vector<Token>& tokens,
                                          std::uint32_t max_tokens = 400);

}  // namespace whosaid
