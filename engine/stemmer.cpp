// A Snowball stemmer keeps state between calls, so each thread owns one.
#include "engine/stemmer.hpp"

#include <libstemmer.h>

#include <memory>
#include <stdexcept>

namespace whosaid {
namespace {
struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
}  // namespace

std::string stem(std::string_view lower_word) {
  thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", nullptr));
  if (!stemmer) throw std::runtime_error("libstemmer: no English stemmer");
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (!out) throw std::bad_alloc();
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace whosaid
