// `whosaid extract`: every attribution in the given documents, as JSON Lines, text or brat.
// Documents are processed in batches across threads and written in input order, so the
// output is byte-identical at any thread count.
#include <algorithm>
#include <atomic>
#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "engine/attribution.hpp"
#include "engine/gazetteer.hpp"
#include "engine/output.hpp"
#include "engine/speakers.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;
namespace {

struct Job {
  Document doc;
  std::string output;  // rendered attributions
  std::optional<InputError> error;
};

std::string safe_name(std::string_view id) {
  std::string s(id);
  for (auto& c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) c = '_';
  return s.empty() ? "doc" : s;
}

void render(Job& job, OutputFormat format, OffsetUnit unit, const Gazetteer& gazetteer) {
  if (auto err = check_text(job.doc)) {
    job.error = std::move(err);
    return;
  }
  const auto attrs = extract_attributions(job.doc.text);
  const auto speakers = resolve_speakers(job.doc.text, attrs, gazetteer);
  std::ostringstream out;
  switch (format) {
    case OutputFormat::jsonl:
      write_jsonl(out, job.doc, attrs, &speakers, unit);
      break;
    case OutputFormat::text:
      write_text(out, job.doc, attrs, &speakers, unit);
      break;
    case OutputFormat::brat:
      write_brat(out, job.doc, attrs);
      break;
  }
  job.output = std::move(out).str();
}

void run_batch(std::vector<Job>& jobs, unsigned threads, OutputFormat format, OffsetUnit unit,
               const Gazetteer& gazetteer) {
  if (threads <= 1 || jobs.size() <= 1) {
    for (auto& j : jobs) render(j, format, unit, gazetteer);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<std::size_t>(threads, jobs.size()); ++t)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next++) < jobs.size();) render(jobs[i], format, unit, gazetteer);
    });
  for (auto& th : pool) th.join();
}
}  // namespace

int run_extract(const std::vector<std::string>& args) {
  std::string input = "text", format = "jsonl", offsets = "codepoint", brat_dir, sides;
  unsigned threads = 1;
  std::vector<std::string> paths;
  po::options_description opts("whosaid extract [options] [PATH...|-]");
  opts.add_options()("help,h", "show this help")("input", po::value(&input)->default_value(input),
                                                 "text | jsonl ({\"id\",\"text\",…} per line)")(
      "format", po::value(&format)->default_value(format), "jsonl | text | brat")(
      "offsets", po::value(&offsets)->default_value(offsets), "codepoint | byte | utf16")(
      "brat-dir", po::value(&brat_dir), "with --format brat: write NAME.txt and NAME.ann here")(
      "threads,j", po::value(&threads)->default_value(threads),
      "worker threads (output order is fixed)");
  po::options_description hidden;
  hidden.add_options()("path", po::value(&paths));
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
  if (vm.count("help")) {
    std::cout << opts
              << "\nReads files, folders (recursively) or standard input and writes one "
                 "attribution per line.\nExit codes: 0 all documents processed, 1 some "
                 "failed (reported on stderr), 2 usage error.\n";
    return ok;
  }
  po::notify(vm);
  if (input != "text" && input != "jsonl") throw po::error("--input must be text or jsonl");
  OutputFormat fmt;
  if (format == "jsonl")
    fmt = OutputFormat::jsonl;
  else if (format == "text")
    fmt = OutputFormat::text;
  else if (format == "brat")
    fmt = OutputFormat::brat;
  else
    throw po::error("--format must be jsonl, text or brat");
  if (fmt == OutputFormat::brat && brat_dir.empty())
    throw po::error("--format brat needs --brat-dir DIR (one .ann beside each .txt)");
  const auto unit = parse_offset_unit(offsets);
  if (!unit) throw po::error("--offsets must be codepoint, byte or utf16");
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  Gazetteer gazetteer = builtin_gazetteer();
  if (!sides.empty()) {
    if (const auto err = gazetteer.load_sides_file(sides)) {
      std::cerr << "whosaid extract: --sides " << err->message << "\n";
      return usage_error;
    }
  }

  std::size_t failed = 0;
  std::vector<Job> batch;
  const std::size_t batch_size = threads > 1 ? 64 * threads : 1;
  auto flush = [&] {
    run_batch(batch, threads, fmt, *unit, gazetteer);
    for (auto& j : batch) {
      if (j.error) {
        ++failed;
        std::cerr << "whosaid: " << j.error->describe() << " (skipped)\n";
        continue;
      }
      if (fmt == OutputFormat::brat) {
        const auto base = std::filesystem::path(brat_dir) / safe_name(j.doc.id);
        std::ofstream(base.string() + ".txt", std::ios::binary) << j.doc.text;
        std::ofstream(base.string() + ".ann", std::ios::binary) << j.output;
      } else {
        std::cout << j.output;
      }
    }
    batch.clear();
  };
  if (fmt == OutputFormat::brat) std::filesystem::create_directories(brat_dir);
  read_documents(
      paths, input == "jsonl" ? InputMode::jsonl : InputMode::text,
      [&](Document&& d) {
        batch.push_back(Job{std::move(d), {}, std::nullopt});
        if (batch.size() >= batch_size) flush();
      },
      [&](InputError&& e) {
        flush();  // keep stderr in input order with stdout
        ++failed;
        std::cerr << "whosaid: " << e.describe() << " (skipped)\n";
      });
  flush();
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "whosaid: cannot write output\n";
    return fatal_error;
  }
  return failed ? some_failed : ok;
}

}  // namespace whosaid::cli
