// Turns one unit of tokens into the tag string the grammars read: one character per slot,
// where a slot is a token, a multiword cue ("according to") or a whole quotation ('Q').
#pragma once

#include <string>
#include <vector>

#include "engine/quotes.hpp"
#include "engine/sentences.hpp"
#include "engine/tokenize.hpp"

namespace whosaid {

struct TaggedUnit {
  std::string tags;
  std::vector<TokenRange> slots;         // slots[i]: the tokens behind tags[i]
  std::vector<std::string_view> lemmas;  // slots[i]'s cue lemma, empty for non-cues
};

// `quote_close[k]` is the closing token of the top-level quotation opening at token k, or
// UINT32_MAX; see quotation_index().
// Fills `out` (cleared first; pass the same object for every unit to reuse its buffers).
void tag_unit(std::string_view normalized, const std::vector<Token>& tokens,
              const std::vector<std::uint32_t>& quote_close, TokenRange unit, TaggedUnit& out);

// Indexes top-level quotations by their opening token, for tag_unit.
std::vector<std::uint32_t> quotation_index(const std::vector<Quotation>& quotes,
                                           std::size_t tokens);

}  // namespace whosaid
