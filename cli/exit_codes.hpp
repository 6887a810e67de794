// The one place whosaid's exit codes are defined (documented in README.md).
#pragma once

namespace whosaid::cli {

enum ExitCode : int {
  ok = 0,           // every document processed (or, for eval, every floor met)
  some_failed = 1,  // some documents could not be read; the rest were processed
  usage_error = 2,  // bad command line: unknown option, missing argument
  fatal_error = 3,  // nothing could be done: unreadable gold folder, I/O failure
};

}  // namespace whosaid::cli
