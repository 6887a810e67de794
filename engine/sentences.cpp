// Sentence splitting and unit building; see sentences.hpp.
#include "engine/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "engine/ascii.hpp"

namespace whosaid {
namespace {

// Words that, capitalized after an abbreviation's period, show that a new sentence began.
constexpr std::string_view kSentenceStarters[] = {
    "The",  "He",  "She", "It",  "They",  "We",    "I",       "But", "And",  "In",    "A",  "This",
    "That", "His", "Her", "Its", "Their", "There", "However", "As",  "Some", "While", "On", "At"};

bool is_upper_start(std::string_view w) {
  return !w.empty() && (ascii::is_upper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80);
}

bool starts_sentence(std::string_view s, const Token& t) {
  if (t.kind == TokenKind::quote || t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::punct) return s[t.begin] == '(' || s[t.begin] == '[';
  return is_upper_start(t.text(s));
}

bool is_terminal(std::string_view s, const Token& t) {
  if (t.kind != TokenKind::punct) return false;
  const char c = s[t.begin];
  return c == '.' || c == '!' || c == '?';
}

bool is_closer(std::string_view s, const Token& t) {
  if (t.kind == TokenKind::quote) return !t.space_before;
  return t.kind == TokenKind::punct && (s[t.begin] == ')' || s[t.begin] == ']');
}
}  // namespace

std::vector<TokenRange> split_sentences(std::string_view s, const std::vector<Token>& tokens) {
  std::vector<TokenRange> out;
  const auto n = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t start = 0;
  auto cut = [&](std::uint32_t end) {
    if (end > start) out.push_back({start, end});
    start = end;
  };
  for (std::uint32_t k = 0; k < n; ++k) {
    if (tokens[k].paragraph_start && k > start) cut(k);
    const Token& t = tokens[k];
    std::uint32_t end = k + 1;
    bool terminal = is_terminal(s, t);
    if (!terminal && t.kind == TokenKind::word && t.end - t.begin > 1 && s[t.end - 1] == '.') {
      // An abbreviation that ends a sentence: "... the U.S. The talks ..."
      if (end < n && !tokens[end].paragraph_start && tokens[end].kind == TokenKind::word) {
        const auto next = tokens[end].text(s);
        for (auto w : kSentenceStarters) terminal = terminal || next == w;
      }
    }
    if (!terminal) continue;
    while (end < n && !tokens[end].paragraph_start &&
           (is_closer(s, tokens[end]) || is_terminal(s, tokens[end])))
      ++end;
    if (end >= n || tokens[end].paragraph_start || starts_sentence(s, tokens[end])) {
      cut(end);
      k = end - 1;
    }
  }
  cut(n);
  return out;
}

std::vector<TokenRange> attribution_units(const std::vector<TokenRange>& sentences,
                                          const std::vector<Quotation>& quotes,
                                          const std::vector<Token>& tokens,
                                          std::uint32_t max_tokens) {
  constexpr std::uint32_t kShortCue = 12;  // tokens in "Mr. Rubio, the senator, said."
  std::vector<TokenRange> merged;
  std::size_t q = 0;
  std::uint32_t reach = 0;  // furthest closing mark of a top-level quotation seen so far
  // Whether that quotation opened its sentence: only then is a short sentence after it its
  // cue ("“… .” Sun said."); after a quotation ending an indirect clause ("said he holds
  // them “very dear.” He said …") the next sentence is a new one.
  bool quote_led = false;
  for (const TokenRange& sentence : sentences) {
    const bool after_quote = !merged.empty() && quote_led && reach + 1 == sentence.begin &&
                             !tokens[sentence.begin].paragraph_start &&
                             sentence.end - sentence.begin <= kShortCue;
    if (!merged.empty() && (reach >= sentence.begin || after_quote))
      merged.back().end = sentence.end;
    else
      merged.push_back(sentence);
    for (; q < quotes.size() && quotes[q].open < sentence.end; ++q)
      if (quotes[q].depth == 0 && quotes[q].close > reach) {
        reach = quotes[q].close;
        quote_led = quotes[q].open == sentence.begin;
      }
  }
  std::vector<TokenRange> out;
  out.reserve(merged.size());
  for (const TokenRange& u : merged) {
    for (std::uint32_t b = u.begin; b < u.end; b += max_tokens)
      out.push_back({b, std::min(u.end, b + max_tokens)});
  }
  return out;
}

}  // namespace whosaid
