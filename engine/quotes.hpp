// Pairs quote marks into quotations. Apostrophes inside words never reach here (the tokenizer
// keeps them in the word); an unbalanced mark is dropped at its paragraph's end, so it never
// swallows the rest of the document; a quotation left open at a paragraph's end continues
// only when the next paragraph opens with a quote mark (the newspaper convention).
#pragma once

#include <cstdint>
#include <vector>

#include "engine/normalize.hpp"
#include "engine/tokenize.hpp"

namespace whosaid {

struct Quotation {
  std::uint32_t open = 0;   // token index of the opening mark
  std::uint32_t close = 0;  // token index of the closing mark
  std::uint8_t depth = 0;   // 0 for a top-level quotation, 1 inside another
  bool single = false;      // delimited by single marks
  // Token indexes where a continuation paragraph re-opens the quotation (its opening mark).
  std::vector<std::uint32_t> reopen;
};

// Quotations sorted by opening token. Linear in the number of tokens.
std::vector<Quotation> find_quotations(const NormalizedText& text,
                                       const std::vector<Token>& tokens);

}  // namespace whosaid
