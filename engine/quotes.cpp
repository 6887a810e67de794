// Quote pairing; see quotes.hpp for the conventions it follows.
#include "engine/quotes.hpp"

#include <algorithm>
#include <optional>

namespace whosaid {
namespace {

bool is_open_punct(char c) {
  return c == '(' || c == '[' || c == '-' || c == '/' || c == '{';
}

struct Flank {
  bool can_open = false;
  bool can_close = false;
};

Flank flank_of(const NormalizedText& text, const std::vector<Token>& tokens, std::size_t k) {
  const Token& t = tokens[k];
  const std::string& s = text.text();
  const bool left_free = t.space_before || k == 0 || t.paragraph_start ||
                         is_open_punct(s[t.begin - 1]) || tokens[k - 1].kind == TokenKind::quote;
  const bool right_free = t.space_after || t.end >= s.size() ||
                          (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::punct) ||
                          (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::quote);
  Flank f;
  switch (text.quote_shape(t.begin)) {
    case QuoteShape::opening:
      f.can_open = true;
      f.can_close = !left_free && right_free;  // „German“ closes with “
      break;
    case QuoteShape::closing:
      f.can_close = true;
      // ’ also opens in texts that use it for both ("’Tis", „…’): only when left-free.
      f.can_open = left_free && !right_free && s[t.begin] == '"';
      break;
    case QuoteShape::straight:
      f.can_open = left_free && !t.space_after;
      f.can_close = !t.space_before || right_free;
      if (f.can_open && f.can_close && left_free && !right_free) f.can_close = false;
      break;
  }
  return f;
}

bool next_paragraph_opens_with_quote(const std::vector<Token>& tokens, std::size_t from,
                                     const NormalizedText& text, char mark, std::size_t* where) {
  for (std::size_t k = from; k < tokens.size(); ++k) {
    if (!tokens[k].paragraph_start) continue;
    *where = k;
    return tokens[k].kind == TokenKind::quote && text.text()[tokens[k].begin] == mark;
  }
  return false;
}
}  // namespace

std::vector<Quotation> find_quotations(const NormalizedText& text,
                                       const std::vector<Token>& tokens) {
  std::vector<Quotation> out;
  std::optional<Quotation> dbl;  // open double quotation
  std::optional<Quotation> sgl;  // open single quotation (top level or inside dbl)
  const std::string& s = text.text();

  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.paragraph_start && k > 0) {
      sgl.reset();
      if (dbl) {
        std::size_t where = 0;
        // Continued: the new paragraph's opening mark re-opens the same quotation.
        if (next_paragraph_opens_with_quote(tokens, k, text, '"', &where) && where == k) {
          dbl->reopen.push_back(static_cast<std::uint32_t>(k));
          continue;
        }
        dbl.reset();
      }
    }
    if (t.kind != TokenKind::quote) continue;
    const Flank f = flank_of(text, tokens, k);
    const auto idx = static_cast<std::uint32_t>(k);
    if (s[t.begin] == '"') {
      if (dbl && f.can_close && (!f.can_open || text.quote_shape(t.begin) == QuoteShape::opening)) {
        dbl->close = idx;
        out.push_back(std::move(*dbl));
        dbl.reset();
        sgl.reset();
      } else if (f.can_open) {
        dbl = Quotation{idx, idx, 0, false, {}};  // a stray earlier opener is dropped
        sgl.reset();
      }
      continue;
    }
    // Single marks: inside a double quotation they nest; at top level they quote too.
    if (sgl && f.can_close) {
      sgl->close = idx;
      sgl->depth = dbl ? 1 : 0;
      out.push_back(*sgl);
      sgl.reset();
    } else if (f.can_open && !f.can_close) {
      sgl = Quotation{idx, idx, 0, true, {}};
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Quotation& a, const Quotation& b) { return a.open < b.open; });
  // Depth from the final spans: a quotation inside the current top-level one is nested, any
  // other starts a new top-level one (also a single-quoted span whose enclosing double
  // quotation never closed). One that straddles the top-level one is bogus (apostrophes misread).
  std::vector<Quotation> kept;
  kept.reserve(out.size());
  std::optional<std::uint32_t> outer_close;
  for (auto& q : out) {
    if (outer_close && q.open > *outer_close) outer_close.reset();
    if (outer_close) {
      if (q.close > *outer_close) continue;
      q.depth = 1;
    } else {
      outer_close = q.close;
      q.depth = 0;
    }
    kept.push_back(std::move(q));
  }
  return kept;
}

}  // namespace whosaid
