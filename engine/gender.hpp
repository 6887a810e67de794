// Grammatical gender of a person mention, so that "she" is never resolved to a man: from
// honorifics and gendered titles ("Mr.", "Ms.", "spokeswoman") and from common given names.
// Unknown is the usual answer and is compatible with both pronouns.
#pragma once

#include <string_view>

namespace whosaid {

enum class Gender : unsigned char { unknown, male, female };

// From the words of a title or description: "Mrs.", "Congresswoman", "first lady".
Gender gender_of_title(std::string_view title);
// From a given name: "Hillary" → female, "Barack" → male; unknown when not listed.
Gender gender_of_given_name(std::string_view name);
// "he"/"him" → male, "she"/"her" → female (any case).
Gender gender_of_pronoun(std::string_view pronoun);

inline bool gender_compatible(Gender a, Gender b) {
  return a == Gender::unknown || b == Gender::unknown || a == b;
}

}  // namespace whosaid
