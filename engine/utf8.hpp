// UTF-8 validation and offset conversion. whosaid keeps byte offsets internally and converts
// them once, at output, to the unit the user asked for (code points, UTF-16 units or bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// Why a text was refused: the byte offset of the first offending byte and a short reason.
struct TextError {
  std::size_t offset = 0;
  std::string reason;
};

// Returns nullopt when `text` is well-formed UTF-8 without NUL bytes (NUL marks binary data),
// otherwise the first problem found.
std::optional<TextError> check_utf8(std::string_view text);

enum class OffsetUnit { codepoint, byte, utf16 };

// Parses "codepoint" | "byte" | "utf16"; nullopt for anything else.
std::optional<OffsetUnit> parse_offset_unit(std::string_view name);

// Converts byte offsets of one valid UTF-8 text into another unit. Builds a checkpoint every
// 64 bytes so each conversion scans at most that many bytes; memory is 1/16 of the text.
class OffsetConverter {
 public:
  OffsetConverter(std::string_view text, OffsetUnit unit);
  // `byte_offset` must lie on a character boundary and be <= text.size().
  std::size_t convert(std::size_t byte_offset) const;

 private:
  std::string_view text_;
  OffsetUnit unit_;
  std::vector<std::uint32_t> checkpoints_;  // units before byte k * kStride
};

}  // namespace whosaid
