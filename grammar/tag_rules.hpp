// Declarations of the reported-speech rules (one per construction). Definitions live in
// tag_rules_def.hpp and are compiled once, in tag_rules.cpp.
#pragma once

#include "grammar/config.hpp"

namespace whosaid::grammar {

// clang-format off
using split_quote_type     = x3::rule<class split_quote_class>;
using post_cue_type        = x3::rule<class post_cue_class>;
using inverted_cue_type    = x3::rule<class inverted_cue_class>;
using headline_colon_type  = x3::rule<class headline_colon_class>;
using according_front_type = x3::rule<class according_front_class>;
using cue_quote_type       = x3::rule<class cue_quote_class>;
using colon_cue_type       = x3::rule<class colon_cue_class>;
using colon_block_type     = x3::rule<class colon_block_class>;
using tell_cue_type        = x3::rule<class tell_cue_class>;
using indirect_type        = x3::rule<class indirect_class>;
using trailing_cue_type    = x3::rule<class trailing_cue_class>;
using according_back_type  = x3::rule<class according_back_class>;
using gerund_cue_type      = x3::rule<class gerund_cue_class>;
using noun_cue_type        = x3::rule<class noun_cue_class>;
using coordinated_cue_type = x3::rule<class coordinated_cue_class>;
using passive_agent_type   = x3::rule<class passive_agent_class>;

BOOST_SPIRIT_DECLARE(split_quote_type, post_cue_type, inverted_cue_type, headline_colon_type,
                     according_front_type, cue_quote_type, colon_cue_type, colon_block_type,
                     tell_cue_type,
                     indirect_type, trailing_cue_type, according_back_type, gerund_cue_type,
                     noun_cue_type, coordinated_cue_type, passive_agent_type)
// clang-format on

}  // namespace whosaid::grammar
