// See claim_batch.hpp. The document driver renders documents in parallel; the claims each
// render builds wait in a table until the sink, called in input order, appends them.
#include "cli/claim_batch.hpp"

#include <mutex>
#include <unordered_map>

#include "engine/attribution.hpp"
#include "engine/speakers.hpp"

namespace whosaid::cli {

ClaimBatch collect_claims(const DocumentOptions& options, const Gazetteer& gazetteer,
                          OffsetUnit unit) {
  ClaimBatch batch;
  std::mutex mutex;
  std::unordered_map<const Document*, std::vector<Claim>> pending;
  const auto render = [&](const Document& doc) {
    const auto attrs = extract_attributions(doc.text);
    const auto speakers = resolve_speakers(doc.text, attrs, gazetteer);
    std::vector<Claim> claims;
    append_claims(0, doc.text, attrs, speakers, gazetteer, claims);
    const OffsetConverter conv(doc.text, unit);
    for (Claim& c : claims) {
      c.start = conv.convert(c.span.begin);
      c.end = conv.convert(c.span.end);
    }
    const std::lock_guard lock(mutex);
    pending[&doc] = std::move(claims);
    return std::string();
  };
  const auto sink = [&](const Document& doc, const std::string&) {
    std::vector<Claim> claims;
    {
      const std::lock_guard lock(mutex);
      auto it = pending.find(&doc);
      claims = std::move(it->second);
      pending.erase(it);
    }
    const auto index = static_cast<std::uint32_t>(batch.docs.size());
    const std::size_t offset = batch.claims.size();
    for (Claim& c : claims) {
      c.doc = index;
      if (c.answers) *c.answers += offset;
      batch.claims.push_back(std::move(c));
    }
    batch.docs.push_back(doc.id);
  };
  batch.failed = process_documents(options, render, sink);
  return batch;
}

}  // namespace whosaid::cli
