// The normalized working copy that every later stage reads: typographic quotes, dashes, odd
// spaces and line ends folded to ASCII, with a map back to the original bytes so that every
// span whosaid reports points into the text the user gave it (sentencepiece's approach).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// How the original spelled a quote mark that normalization folded to '"' or '\''.
enum class QuoteShape : std::uint8_t { straight, opening, closing };

class NormalizedText {
 public:
  // `original` must be valid UTF-8 and outlive this object.
  explicit NormalizedText(std::string_view original);

  const std::string& text() const { return text_; }
  std::string_view original() const { return original_; }

  // Byte offset in the original for a byte offset in the normalized text. An offset inside a
  // folded character maps to that character's start; text().size() maps to original().size().
  std::size_t to_original(std::size_t normalized_offset) const;

  // For a quote mark at `normalized_offset`: whether the original glyph opened or closed.
  QuoteShape quote_shape(std::size_t normalized_offset) const;

 private:
  struct Segment {
    std::uint32_t normalized;  // where the segment starts in text_
    std::uint32_t original;    // where it starts in original_
    bool folded;               // a replaced character: all its bytes map to the character's start
  };
  void copy(std::string_view bytes, std::size_t original_offset);
  void fold(std::string_view replacement, std::size_t original_offset, std::size_t original_len);

  std::string_view original_;
  std::string text_;
  std::vector<Segment> segments_;  // sorted by `normalized`; one per edit
};

}  // namespace whosaid
