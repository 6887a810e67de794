// Claims of a whole batch, for the commands that compare documents (`conflicts`, `diff`):
// every document is extracted and resolved (in parallel), and its claims are appended in
// input order, so results do not depend on the thread count.
#pragma once

#include <string>
#include <vector>

#include "cli/document_batch.hpp"
#include "engine/claims.hpp"
#include "engine/utf8.hpp"

namespace whosaid::cli {

struct ClaimBatch {
  std::vector<Claim> claims;
  std::vector<std::string> docs;  // each document's id, by claim.doc
  std::size_t failed = 0;         // documents that could not be read
};

ClaimBatch collect_claims(const DocumentOptions& options, const Gazetteer& gazetteer,
                          OffsetUnit unit);

}  // namespace whosaid::cli
