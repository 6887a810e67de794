// Names listed after a plural title share it ("Democratic presidential candidates Hillary
// Clinton and Bernie Sanders", "Sens. Ted Cruz and Marco Rubio"): the title is often the only
// description a candidate or an official gets in an article.
#pragma once

#include <string_view>
#include <vector>

#include "engine/gazetteer.hpp"
#include "engine/names.hpp"

namespace whosaid {

// Gives each untitled name of such a list the title in the singular ("Democratic presidential
// candidate", "Sen."). `names` is in text order, as find_person_names returns it.
void share_list_titles(std::string_view text, const Gazetteer& g, std::vector<NameMention>& names);

}  // namespace whosaid
