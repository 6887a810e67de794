// whosaid's entry point: dispatches to a subcommand and maps every failure to an exit code.
// Results go to stdout, diagnostics to stderr.
#include <boost/program_options/errors.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

namespace {
constexpr const char* kUsage =
    "usage: whosaid <command> [options]\n"
    "commands:\n"
    "  extract   list every attribution (who said what) in news text\n"
    "  speakers  list each document's speakers, their sides and mentions\n"
    "  conflicts flag conflicting claims by different sides\n"
    "  diff      compare two readouts of the same event\n"
    "  index     store attributions, speakers and claims in a SQLite index\n"
    "  audit     every quote of a speaker, side or topic, from an index or documents\n"
    "  eval      score extraction against brat gold annotations (PolNeAR)\n"
    "Run 'whosaid <command> --help' for a command's options.\n";
}

int main(int argc, char** argv) {
  using namespace whosaid::cli;
  if (argc < 2) {
    std::cerr << kUsage;
    return usage_error;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  try {
    if (command == "extract") return run_extract(args);
    if (command == "eval") return run_eval(args);
    if (command == "speakers") return run_speakers(args);
    if (command == "conflicts") return run_conflicts(args);
    if (command == "diff") return run_diff(args);
    if (command == "index") return run_index(args);
    if (command == "audit") return run_audit(args);
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return ok;
    }
    std::cerr << "whosaid: unknown command '" << command << "'\n" << kUsage;
    return usage_error;
  } catch (const boost::program_options::error& e) {
    std::cerr << "whosaid " << command << ": " << e.what() << "\n";
    return usage_error;
  } catch (const std::exception& e) {
    std::cerr << "whosaid " << command << ": " << e.what() << "\n";
    return fatal_error;
  }
}
