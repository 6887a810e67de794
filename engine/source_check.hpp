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

}  // namespace whosaid
