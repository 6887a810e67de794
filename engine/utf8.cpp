// UTF-8 checks and offset conversion: simdjson validates a whole text at SIMD speed; only a
// text it refuses is walked with ICU's U8_NEXT to name the first bad byte.
#include "engine/utf8.hpp"

#include <simdjson.h>
#include <unicode/utf8.h>

#include <cstring>

namespace whosaid {
namespace {
constexpr std::size_t kStride = 64;

std::size_t count_range(std::string_view text, std::size_t from, std::size_t to, OffsetUnit unit) {
  if (unit == OffsetUnit::byte) return to - from;
  // Code points: every byte that is not a continuation byte. UTF-16 units: the same, plus one
  // more for each 4-byte lead (a surrogate pair). Branch-free, so the loop vectorizes.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0;
  if (unit == OffsetUnit::codepoint) {
    for (std::size_t i = from; i < to; ++i) n += (p[i] & 0xC0) != 0x80;
  } else {
    for (std::size_t i = from; i < to; ++i) n += ((p[i] & 0xC0) != 0x80) + (p[i] >= 0xF0);
  }
  return n;
}
}  // namespace

std::optional<TextError> check_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  if (text.size() > 0x7fffffffu) return TextError{0, "text larger than 2 GiB"};
  // The common case, a valid text without NUL, needs no position.
  if (simdjson::validate_utf8(text.data(), text.size()) &&
      std::memchr(text.data(), 0, text.size()) == nullptr)
    return std::nullopt;
  std::int32_t i = 0;
  while (i < length) {
    // ASCII fast path: most news text is ASCII.
    if (s[i] < 0x80) {
      if (s[i] == 0) return TextError{static_cast<std::size_t>(i), "NUL byte (binary data?)"};
      ++i;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return TextError{static_cast<std::size_t>(start), "invalid UTF-8 sequence"};
  }
  return std::nullopt;
}

std::optional<OffsetUnit> parse_offset_unit(std::string_view name) {
  if (name == "codepoint") return OffsetUnit::codepoint;
  if (name == "byte") return OffsetUnit::byte;
  if (name == "utf16") return OffsetUnit::utf16;
  return std::nullopt;
}

OffsetConverter::OffsetConverter(std::string_view text, OffsetUnit unit)
    : text_(text), unit_(unit) {
  if (unit_ == OffsetUnit::byte) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint32_t units = 0;
  for (std::size_t k = 0; k * kStride <= text.size(); ++k) {
    checkpoints_.push_back(units);
    const std::size_t end = std::min(text.size(), (k + 1) * kStride);
    units += static_cast<std::uint32_t>(count_range(text, k * kStride, end, unit_));
  }
}

std::size_t OffsetConverter::convert(std::size_t byte_offset) const {
  if (unit_ == OffsetUnit::byte) return byte_offset;
  const std::size_t k = byte_offset / kStride;
  return checkpoints_[k] + count_range(text_, k * kStride, byte_offset, unit_);
}

}  // namespace whosaid
