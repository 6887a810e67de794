// The shared document driver; see document_batch.hpp.
#include "cli/document_batch.hpp"

#include <algorithm>
#include <atomic>
#include <boost/program_options.hpp>
#include <iostream>
#include <optional>
#include <thread>

namespace whosaid::cli {
namespace po = boost::program_options;

void DocumentOptions::add_to(po::options_description& visible, po::options_description& hidden) {
  visible.add_options()("input", po::value(&input)->default_value(input),
                        "text | jsonl ({\"id\",\"text\",…} per line)")(
      "sides", po::value(&sides),
      "JSON {\"Side\": [\"alias\", …]} adding to or overriding the built-in sides")(
      "threads,j", po::value(&threads)->default_value(threads),
      "worker threads (output order is fixed)");
  hidden.add_options()("path", po::value(&paths));
}

void DocumentOptions::validate() {
  if (input != "text" && input != "jsonl") throw po::error("--input must be text or jsonl");
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
}

Gazetteer DocumentOptions::gazetteer() const {
  Gazetteer g = builtin_gazetteer();
  if (!sides.empty())
    if (const auto err = g.load_sides_file(sides)) throw po::error("--sides " + err->message);
  return g;
}

bool parse_command_line(const std::vector<std::string>& args, po::options_description& visible,
                        DocumentOptions& documents, const char* help_epilogue) {
  po::options_description hidden;
  documents.add_to(visible, hidden);
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
  if (vm.count("help")) {
    std::cout << visible << '\n' << help_epilogue;
    return false;
  }
  po::notify(vm);
  documents.validate();
  return true;
}

std::size_t process_documents(const DocumentOptions& options, const Renderer& render,
                              const Sink& sink) {
  return process_documents_as<std::string>(
      options, {}, render, [&](const Document& doc, std::string& out) { sink(doc, out); });
}

}  // namespace whosaid::cli
