// brat standoff reading; see brat.hpp.
#include "engine/brat.hpp"

#include <charconv>
#include <unordered_map>

#include "engine/split.hpp"

namespace whosaid {
namespace {

bool parse_u32(std::string_view s, std::uint32_t* v) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), *v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

struct Entity {
  std::string label;
  std::vector<CodepointSpan> spans;
};
}  // namespace

std::vector<SpanAttribution> read_brat(std::string_view ann, std::vector<std::string>* errors) {
  std::unordered_map<std::string, Entity> entities;
  std::vector<std::vector<std::pair<std::string, std::string>>> events;
  std::size_t line_no = 0;
  for (std::string_view line : split(ann, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const auto fields = split(line, '\t');
    auto fail = [&](std::string_view why) {
      if (errors) errors->push_back("line " + std::to_string(line_no) + ": " + std::string(why));
    };
    if (fields.size() < 2) {
      fail("expected tab-separated fields");
      continue;
    }
    if (line[0] == 'T') {
      const auto sp = fields[1].find(' ');
      if (sp == std::string_view::npos) {
        fail("T line without offsets");
        continue;
      }
      Entity e{std::string(fields[1].substr(0, sp)), {}};
      bool ok = true;
      for (auto frag : split(fields[1].substr(sp + 1), ';')) {
        const auto nums = split(frag, ' ');
        CodepointSpan s;
        if (nums.size() != 2 || !parse_u32(nums[0], &s.begin) || !parse_u32(nums[1], &s.end) ||
            s.end < s.begin) {
          ok = false;
          break;
        }
        e.spans.push_back(s);
      }
      if (!ok) {
        fail("bad offsets");
        continue;
      }
      entities.emplace(std::string(fields[0]), std::move(e));
    } else if (line[0] == 'E') {
      std::vector<std::pair<std::string, std::string>> args;
      for (auto arg : split(fields[1], ' ')) {
        const auto colon = arg.find(':');
        if (colon == std::string_view::npos) continue;
        args.emplace_back(std::string(arg.substr(0, colon)), std::string(arg.substr(colon + 1)));
      }
      if (args.empty() ||
          (args[0].first != "Attribution" && args[0].first != "Attribution-no-source"))
        continue;
      events.push_back(std::move(args));
    }
  }
  std::vector<SpanAttribution> out;
  for (const auto& args : events) {
    SpanAttribution a;
    for (const auto& [role, id] : args) {
      const auto it = entities.find(id);
      if (it == entities.end()) continue;
      if (role == "Content")
        a.content = it->second.spans;
      else if (role == "Cue")
        a.cue = it->second.spans;
      else if (role == "Source")
        a.source = it->second.spans;
    }
    if (!a.content.empty()) out.push_back(std::move(a));
  }
  return out;
}

}  // namespace whosaid
