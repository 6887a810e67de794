// Reading documents from the command line's paths: files, folders (recursively, in sorted
// order) or standard input; as whole texts or JSON Lines records. Streams: one document (or
// one record) in memory at a time, so a 100 MB JSON Lines file needs no 100 MB buffer.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/document.hpp"

namespace whosaid::cli {

enum class InputMode { text, jsonl };

// Calls `on_document` for each document and `on_error` for each that cannot be read (the
// error names the file, the line for JSON Lines, and what is wrong). "-" or an empty `paths`
// reads standard input.
void read_documents(const std::vector<std::string>& paths, InputMode mode,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(InputError&&)>& on_error);

}  // namespace whosaid::cli
