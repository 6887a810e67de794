// Whether a subject can be the source of a weak cue. Verbs of appearance and intention
// ("seems", "would assume", "highlighted", "aimed") take any subject in news text ("the
// city can appear", "the euro crisis highlighted"), so with them the grammar's subject is a
// source only when it can speak or hold a view: a name, a pronoun, a person or a body.
#pragma once

#include <string_view>

namespace whosaid {

// `cue_lemma` as the lexicon gives it; `first_word` and `head_word` the source phrase's first
// word and its head noun (the last word before a preposition), as written. True for every
// source of a speech verb ("said", "told") except a gerund or "you".
bool plausible_source(std::string_view cue_lemma, std::string_view first_word,
                      std::string_view head_word);

// Whether a capitalized word is a name's possessive ("Britain's"), not a pronoun with a
// clitic ("He's"): alone before a verb cue it owns the noun after the cue ("Britain's
// emotionally charged uprising"); it speaks only before a noun of speech ("Trump's denial").
bool possessive_of_name(std::string_view word);

}  // namespace whosaid
