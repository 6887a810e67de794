// The one translation unit that compiles the tag grammars, and the engine's entry point.
#include <array>

#include "grammar/tag_rules_def.hpp"

namespace whosaid::grammar {

BOOST_SPIRIT_INSTANTIATE(split_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(post_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(inverted_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(headline_colon_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(according_front_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(cue_quote_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(colon_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(colon_block_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(tell_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(indirect_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(trailing_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(according_back_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(gerund_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(noun_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(coordinated_cue_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(passive_agent_type, iterator_type, context_type)

namespace {
// clang-format off
// The `first` sets follow from each rule's first element (see tag_rules_def.hpp); speaker
// phrases start with one of "PWNDw#", or an adverb before a number ("nearly 60 percent").
constexpr std::array<RuleInfo, kRuleCount> kRules{{
    {RuleId::split_quote,     "split_quote",     Anchor::anywhere,            0.95, "Q",     "VK"},
    {RuleId::post_cue,        "post_cue",        Anchor::anywhere,            0.95, "Q",     "VK"},
    {RuleId::inverted_cue,    "inverted_cue",    Anchor::anywhere,            0.9,  "Q",     "VK"},
    {RuleId::headline_colon,  "headline_colon",  Anchor::span_start,          0.5,  "N",     ":"},
    {RuleId::according_front, "according_front", Anchor::span_start_or_comma, 0.85, "G",     "G"},
    {RuleId::cue_quote,       "cue_quote",       Anchor::phrase_start,        0.9,  "PWNDw#r", "VK"},
    {RuleId::colon_cue,       "colon_cue",       Anchor::phrase_start,        0.85, "PWNDw#r", "VK"},
    {RuleId::colon_block,     "colon_block",     Anchor::phrase_start,        0.85, "PWNDw#r", "VK"},
    {RuleId::tell_cue,        "tell_cue",        Anchor::phrase_start,        0.8,  "PWNDw#r", "K"},
    {RuleId::indirect,        "indirect",        Anchor::phrase_start,        0.75, "PWNDw#pr", "VK"},
    {RuleId::trailing_cue,    "trailing_cue",    Anchor::span_start,          0.8,  "",      "VK"},
    {RuleId::according_back,  "according_back",  Anchor::span_start,          0.85, "",      "G"},
    {RuleId::gerund_cue,      "gerund_cue",      Anchor::anywhere,            0.7,  ",",     "v"},
    {RuleId::noun_cue,        "noun_cue",        Anchor::anywhere,            0.6,  "N",     "n"},
    {RuleId::coordinated_cue, "coordinated_cue", Anchor::phrase_start,        0.65, "PWNDw#r", "VK"},
    {RuleId::passive_agent,   "passive_agent",   Anchor::phrase_start,        0.7,  "PWNDw#r", "b"},
}};
// clang-format on

template <typename Rule>
std::optional<TagMatch> run(const Rule& rule, std::string_view tags, std::size_t start) {
  TagMatch m;
  m.base = tags.data();
  iterator_type first = tags.data() + start;
  const iterator_type last = tags.data() + tags.size();
  const auto ctx = x3::make_context<match_tag>(m);
  if (!rule.parse(first, last, ctx, x3::unused, x3::unused)) return std::nullopt;
  m.end = static_cast<std::uint32_t>(first - tags.data());
  return m;
}
}  // namespace

const RuleInfo& rule_info(RuleId id) {
  return kRules[static_cast<std::size_t>(id)];
}

std::optional<TagMatch> parse_at(RuleId id, std::string_view tags, std::size_t start) {
  switch (id) {
    case RuleId::split_quote:
      return run(split_quote, tags, start);
    case RuleId::post_cue:
      return run(post_cue, tags, start);
    case RuleId::inverted_cue:
      return run(inverted_cue, tags, start);
    case RuleId::headline_colon:
      return run(headline_colon, tags, start);
    case RuleId::according_front:
      return run(according_front, tags, start);
    case RuleId::cue_quote:
      return run(cue_quote, tags, start);
    case RuleId::colon_block:
      return run(colon_block, tags, start);
    case RuleId::colon_cue:
      return run(colon_cue, tags, start);
    case RuleId::tell_cue:
      return run(tell_cue, tags, start);
    case RuleId::indirect:
      return run(indirect, tags, start);
    case RuleId::trailing_cue:
      return run(trailing_cue, tags, start);
    case RuleId::according_back:
      return run(according_back, tags, start);
    case RuleId::gerund_cue:
      return run(gerund_cue, tags, start);
    case RuleId::noun_cue:
      return run(noun_cue, tags, start);
    case RuleId::coordinated_cue:
      return run(coordinated_cue, tags, start);
    case RuleId::passive_agent:
      return run(passive_agent, tags, start);
  }
  return std::nullopt;
}

}  // namespace whosaid::grammar
