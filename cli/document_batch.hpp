// What every document command shares: the input options (--input, --sides, --threads), and
// a driver that reads documents, renders each (in parallel batches) and writes the results in
// input order, so output is byte-identical at any thread count; a bad document is reported on
// stderr and skipped.
#pragma once

#include <boost/program_options/options_description.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "engine/document.hpp"
#include "engine/gazetteer.hpp"

namespace whosaid::cli {

struct DocumentOptions {
  std::string input = "text";
  std::string sides;  // --sides FILE, or empty
  unsigned threads = 1;
  std::vector<std::string> paths;

  // Adds --input, --sides and --threads to `visible`, and the positional PATHs to `hidden`.
  void add_to(boost::program_options::options_description& visible,
              boost::program_options::options_description& hidden);
  // Checks the values after parsing; throws boost::program_options::error on a bad one.
  void validate();
  InputMode mode() const { return input == "jsonl" ? InputMode::jsonl : InputMode::text; }
  // The built-in gazetteer extended by --sides. Throws boost::program_options::error naming
  // the file and the problem when it cannot be used.
  Gazetteer gazetteer() const;
};

// Renders one valid document into the text to write for it.
using Renderer = std::function<std::string(const Document&)>;
// Writes one rendered document (to stdout, or to files).
using Sink = std::function<void(const Document&, const std::string&)>;

// Reads every document, renders and sinks it in input order. Returns how many documents
// failed (each reported on stderr as "whosaid: FILE[:LINE]: problem (skipped)").
std::size_t process_documents(const DocumentOptions& options, const Renderer& render,
                              const Sink& sink);

// The same driver for any rendered type. `wanted`, when set, is asked on the reading thread
// before a document is rendered (`whosaid index` skips documents it already holds). With
// `overlap`, a batch is rendered while the one before it is sunk, for sinks that cost as much
// as rendering (the index's SQL); `sink` and `wanted` still run on the calling thread only.
template <class Result>
std::size_t process_documents_as(const DocumentOptions& options,
                                 const std::function<bool(const Document&)>& wanted,
                                 const std::function<Result(const Document&)>& render,
                                 const std::function<void(const Document&, Result&)>& sink,
                                 bool overlap = false);

// Parses `args` with `visible` + the document options, handling --help. Returns false when
// help was printed (the command should exit 0).
bool parse_command_line(const std::vector<std::string>& args,
                        boost::program_options::options_description& visible,
                        DocumentOptions& documents, const char* help_epilogue);

}  // namespace whosaid::cli

#include "cli/document_batch_impl.hpp"
