// The subcommands. Each builds its own options, parses `args` (everything after the command
// name) and returns an exit code; usage errors throw boost::program_options::error.
#pragma once

#include <string>
#include <vector>

namespace whosaid::cli {

int run_extract(const std::vector<std::string>& args);
int run_eval(const std::vector<std::string>& args);
int run_speakers(const std::vector<std::string>& args);
int run_conflicts(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_index(const std::vector<std::string>& args);
int run_audit(const std::vector<std::string>& args);

}  // namespace whosaid::cli
