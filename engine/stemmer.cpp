// A Snowball stemmer keeps state between calls, so each thread owns one.
#include "engine/stemmer.hpp"

#include <libstemmer.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace whosaid {
namespace {
struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};
}  // namespace

std::string stem(std::string_view lower_word) {
  // News text repeats its words: each thread keeps the stems it made (a bounded memo).
  thread_local std::unordered_map<std::string, std::string> memo;
  if (const auto it = memo.find(std::string(lower_word)); it != memo.end()) return it->second;
  if (memo.size() > 50000) memo.clear();
  thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", nullptr));
  if (!stemmer) throw std::runtime_error("libstemmer: no English stemmer");
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lower_word.data()),
                      static_cast<int>(lower_word.size()));
  if (!out) throw std::bad_alloc();
  std::string s(reinterpret_cast<const char*>(out),
                static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
  memo.emplace(lower_word, s);
  return s;
}

}  // namespace whosaid
