// Document input; see inputs.hpp.
#include "cli/inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace whosaid::cli {
namespace fs = std::filesystem;
namespace {

void read_stream(std::istream& in, const std::string& name, InputMode mode,
                 const std::function<void(Document&&)>& on_document,
                 const std::function<void(InputError&&)>& on_error) {
  if (mode == InputMode::text) {
    Document d;
    d.id = name;
    d.origin = name;
    d.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      on_error({name, "read error"});
      return;
    }
    on_document(std::move(d));
    return;
  }
  std::string line;
  std::size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    auto r = parse_jsonl_record(line, name + ":" + std::to_string(line_no));
    if (auto* d = std::get_if<Document>(&r))
      on_document(std::move(*d));
    else
      on_error(std::move(std::get<InputError>(r)));
  }
  if (in.bad()) on_error({name, "read error after line " + std::to_string(line_no)});
}

void read_path(const fs::path& p, InputMode mode,
               const std::function<void(Document&&)>& on_document,
               const std::function<void(InputError&&)>& on_error) {
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    on_error({p.string(), "cannot open"});
    return;
  }
  read_stream(in, p.string(), mode, on_document, on_error);
}
}  // namespace

void read_documents(const std::vector<std::string>& paths, InputMode mode,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(InputError&&)>& on_error) {
  if (paths.empty() || (paths.size() == 1 && paths[0] == "-")) {
    read_stream(std::cin, "<stdin>", mode, on_document, on_error);
    return;
  }
  for (const std::string& arg : paths) {
    if (arg == "-") {
      read_stream(std::cin, "<stdin>", mode, on_document, on_error);
      continue;
    }
    std::error_code ec;
    const fs::path p(arg);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> files;
      for (fs::recursive_directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec)) files.push_back(it->path());
      if (ec) on_error({arg, "cannot list folder: " + ec.message()});
      std::sort(files.begin(), files.end());
      for (const auto& f : files) read_path(f, mode, on_document, on_error);
    } else if (fs::exists(p, ec)) {
      read_path(p, mode, on_document, on_error);
    } else {
      on_error({arg, "no such file or folder"});
    }
  }
}

}  // namespace whosaid::cli
