// English word stems (Snowball, via libstemmer), so that "supplier", "supplies" and
// "supplied" meet as one key term when claims are compared.
#pragma once

#include <string>
#include <string_view>

namespace whosaid {

// The Snowball English stem of a lower-case word. Thread-safe (one stemmer per thread).
std::string stem(std::string_view lower_word);

}  // namespace whosaid
