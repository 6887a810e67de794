// See diff_output.hpp. Columns are wrapped by code points (news text is mostly one column per
// code point); JSON is written by hand like the rest of the output layer.
#include "engine/diff_output.hpp"

#include <cstdio>

#include "engine/json_string.hpp"

namespace whosaid {
namespace {

// Splits `s` into lines of at most `width` code points, breaking at spaces where it can.
std::vector<std::string> wrap(std::string_view s, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t cols = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t e = s.find(' ', i);
    if (e == std::string_view::npos) e = s.size();
    const std::string_view word = s.substr(i, e - i);
    std::size_t wcols = 0;
    for (char c : word) wcols += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (cols > 0 && cols + 1 + wcols > width) {
      lines.push_back(std::move(line));
      line.clear();
      cols = 0;
    }
    if (cols > 0) {
      line += ' ';
      ++cols;
    }
    line += word;
    cols += wcols;
    i = e + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

std::size_t columns(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string cell(const DiffSide& side, std::optional<std::size_t> i) {
  if (!i) return "";
  const Statement& st = (*side.statements)[*i];
  std::string s;
  if (!st.speaker.empty()) s = "[" + st.speaker + "] ";
  return s + st.text;
}

void append_statement(std::string& out, const DiffSide& side, std::size_t i) {
  const Statement& st = (*side.statements)[i];
  out += "{\"doc\":";
  append_json_string(out, side.name);
  out += ",\"start\":" + std::to_string(side.start[i]) + ",\"end\":" + std::to_string(side.end[i]);
  out += ",\"text\":";
  append_json_string(out, st.text);
  out += ",\"speaker\":";
  append_json_string_or_null(out, st.speaker);
  out += ",\"side\":";
  append_json_string_or_null(out, st.side);
  out += '}';
}

}  // namespace

void write_diff_text(std::ostream& out, const DiffSide& a, const DiffSide& b,
                     const std::vector<DiffEntry>& entries, std::size_t width) {
  const std::size_t col = (width - 3) / 2;
  std::size_t counts[5] = {};
  for (const auto& e : entries) ++counts[static_cast<int>(e.kind)];
  out << "A: " << a.name << "\nB: " << b.name << "\n";
  out << counts[0] << " matched, " << counts[1] << " re-attributed, " << counts[2]
      << " conflicting, " << counts[3] << " only in A, " << counts[4] << " only in B\n";
  for (const DiffEntry& e : entries) {
    std::string head = "-- " + std::string(diff_kind_name(e.kind));
    if (e.a && e.b) head += " (" + two_decimals(e.similarity) + ")";
    if (!e.reason.empty()) {
      head += ": " + e.reason;
      for (const auto& w : e.evidence) head += " «" + w + "»";
    }
    out << "\n" << head << "\n";
    const auto left = wrap(cell(a, e.a), col), right = wrap(cell(b, e.b), col);
    for (std::size_t k = 0; k < std::max(left.size(), right.size()); ++k) {
      const std::string l = k < left.size() ? left[k] : "";
      out << l << std::string(col - std::min(col, columns(l)), ' ') << " | "
          << (k < right.size() ? right[k] : "") << "\n";
    }
  }
}

void write_diff_jsonl(std::ostream& out, const DiffSide& a, const DiffSide& b,
                      const std::vector<DiffEntry>& entries) {
  std::string line;
  for (const DiffEntry& e : entries) {
    line = "{\"kind\":";
    append_json_string(line, diff_kind_name(e.kind));
    line += ",\"similarity\":" + two_decimals(e.similarity) + ",\"reason\":";
    append_json_string_or_null(line, e.reason);
    line += ",\"evidence\":";
    append_json_string_array(line, e.evidence);
    line += ",\"a\":";
    if (e.a)
      append_statement(line, a, *e.a);
    else
      line += "null";
    line += ",\"b\":";
    if (e.b)
      append_statement(line, b, *e.b);
    else
      line += "null";
    line += "}\n";
    out << line;
  }
}

}  // namespace whosaid
