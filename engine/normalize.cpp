// Folding rules for the normalized copy; see normalize.hpp for why it exists.
#include "engine/normalize.hpp"

#include <algorithm>
#include <array>

namespace whosaid {
namespace {

struct Fold {
  std::string_view from;  // UTF-8 of the original character(s)
  std::string_view to;
  QuoteShape shape;
};

// Em dashes become spaced hyphens so "war—and" tokenizes like "war - and".
constexpr std::array kFolds{
    Fold{"\xE2\x80\x9C", "\"", QuoteShape::opening},    // “
    Fold{"\xE2\x80\x9D", "\"", QuoteShape::closing},    // ”
    Fold{"\xE2\x80\x9E", "\"", QuoteShape::opening},    // „
    Fold{"\xE2\x80\x9F", "\"", QuoteShape::opening},    // ‟
    Fold{"\xC2\xAB", "\"", QuoteShape::opening},        // «
    Fold{"\xC2\xBB", "\"", QuoteShape::closing},        // »
    Fold{"\xE2\x80\x98", "'", QuoteShape::opening},     // ‘
    Fold{"\xE2\x80\x99", "'", QuoteShape::closing},     // ’
    Fold{"\xE2\x80\x9A", "'", QuoteShape::opening},     // ‚
    Fold{"\xE2\x80\x9B", "'", QuoteShape::opening},     // ‛
    Fold{"\xE2\x80\xB9", "'", QuoteShape::opening},     // ‹
    Fold{"\xE2\x80\xBA", "'", QuoteShape::closing},     // ›
    Fold{"\xE2\x80\x93", "-", QuoteShape::straight},    // – en dash
    Fold{"\xE2\x80\x94", " - ", QuoteShape::straight},  // — em dash
    Fold{"\xE2\x80\x95", " - ", QuoteShape::straight},  // ― horizontal bar
    Fold{"\xE2\x80\x90", "-", QuoteShape::straight},    // ‐ hyphen
    Fold{"\xE2\x80\x91", "-", QuoteShape::straight},    // ‑ non-breaking hyphen
    Fold{"\xE2\x88\x92", "-", QuoteShape::straight},    // − minus
    Fold{"\xE2\x80\xA6", "...", QuoteShape::straight},  // … ellipsis
    Fold{"\xC2\xA0", " ", QuoteShape::straight},        // NBSP
    Fold{"\xE2\x80\x89", " ", QuoteShape::straight},    // thin space
    Fold{"\xE2\x80\xAF", " ", QuoteShape::straight},    // narrow NBSP
    Fold{"\xE2\x80\x8B", "", QuoteShape::straight},     // zero-width space
    Fold{"\xC2\xAD", "", QuoteShape::straight},         // soft hyphen
    Fold{"\xEF\xBB\xBF", "", QuoteShape::straight},     // BOM
    Fold{"``", "\"", QuoteShape::opening},              // TeX/NYT-style double quotes
    Fold{"''", "\"", QuoteShape::straight},
    Fold{"\r\n", "\n", QuoteShape::straight},
    Fold{"\r", "\n", QuoteShape::straight},
};

// The bytes a fold can start with: every other byte is copied without a look at kFolds,
// which is most of the text.
constexpr auto kFoldStarts = [] {
  std::array<bool, 256> starts{};
  for (const auto& f : kFolds) starts[static_cast<unsigned char>(f.from[0])] = true;
  return starts;
}();

const Fold* fold_at(std::string_view rest) {
  if (rest.empty()) return nullptr;
  for (const auto& f : kFolds)
    if (f.from[0] == rest[0] && rest.starts_with(f.from)) return &f;
  return nullptr;
}
}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_(original) {
  text_.reserve(original.size());
  segments_.push_back({0, 0, false});
  std::size_t run_start = 0;
  std::size_t i = 0;
  while (i < original.size()) {
    if (!kFoldStarts[static_cast<unsigned char>(original[i])]) {
      ++i;
      continue;
    }
    const Fold* f = fold_at(original.substr(i));
    if (!f) {
      ++i;
      continue;
    }
    copy(original.substr(run_start, i - run_start), run_start);
    fold(f->to, i, f->from.size());
    i += f->from.size();
    run_start = i;
  }
  copy(original.substr(run_start), run_start);
}

void NormalizedText::copy(std::string_view bytes, std::size_t original_offset) {
  if (bytes.empty()) return;
  const auto here = static_cast<std::uint32_t>(text_.size());
  const Segment& last = segments_.back();
  // Extend the current segment when it already maps this run with the same delta.
  if (last.folded || last.original + (here - last.normalized) != original_offset)
    segments_.push_back({here, static_cast<std::uint32_t>(original_offset), false});
  text_.append(bytes);
}

void NormalizedText::fold(std::string_view replacement, std::size_t original_offset,
                          std::size_t original_len) {
  const auto here = static_cast<std::uint32_t>(text_.size());
  segments_.push_back({here, static_cast<std::uint32_t>(original_offset), true});
  text_.append(replacement);
  // The next byte starts a new segment at the end of the folded character.
  segments_.push_back({static_cast<std::uint32_t>(text_.size()),
                       static_cast<std::uint32_t>(original_offset + original_len), false});
}

std::size_t NormalizedText::to_original(std::size_t normalized_offset) const {
  if (normalized_offset >= text_.size()) return original_.size();
  auto it = std::upper_bound(segments_.begin(), segments_.end(), normalized_offset,
                             [](std::size_t v, const Segment& s) { return v < s.normalized; });
  --it;
  if (it->folded) return it->original;
  return it->original + (normalized_offset - it->normalized);
}

QuoteShape NormalizedText::quote_shape(std::size_t normalized_offset) const {
  const std::size_t o = to_original(normalized_offset);
  const Fold* f = fold_at(original_.substr(o));
  return f ? f->shape : QuoteShape::straight;
}

}  // namespace whosaid
