// The only place that spells the iterator and context types of the tag grammars, so that
// declaration, definition and instantiation cannot disagree (an undefined parse_rule at link
// time otherwise).
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "grammar/tag_match.hpp"

namespace whosaid::grammar {
namespace x3 = boost::spirit::x3;

struct match_tag;  // key of the TagMatch that semantic actions write into
using iterator_type = const char*;
using context_type = decltype(x3::make_context<match_tag>(std::declval<TagMatch&>()));

}  // namespace whosaid::grammar
