// The document driver's template body (see document_batch.hpp): batches of documents are
// rendered by a pool of threads and sunk in input order, so results never depend on the
// thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <iostream>
#include <optional>
#include <thread>

namespace whosaid::cli {
namespace batch_detail {

template <class Result>
struct Job {
  Document doc;
  Result output{};
  std::optional<InputError> error;
};

template <class Result>
void run_batch(std::vector<Job<Result>>& jobs, unsigned threads,
               const std::function<Result(const Document&)>& render) {
  const auto one = [&](Job<Result>& job) {
    if (auto err = check_text(job.doc))
      job.error = std::move(err);
    else
      job.output = render(job.doc);
  };
  if (threads <= 1 || jobs.size() <= 1) {
    for (auto& j : jobs) one(j);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::min<std::size_t>(threads, jobs.size()); ++t)
    pool.emplace_back([&] {
      for (std::size_t i; (i = next++) < jobs.size();) one(jobs[i]);
    });
  for (auto& th : pool) th.join();
}

}  // namespace batch_detail

template <class Result>
std::size_t process_documents_as(const DocumentOptions& options,
                                 const std::function<bool(const Document&)>& wanted,
                                 const std::function<Result(const Document&)>& render,
                                 const std::function<void(const Document&, Result&)>& sink,
                                 bool overlap) {
  using Jobs = std::vector<batch_detail::Job<Result>>;
  std::size_t failed = 0;
  Jobs batch, rendering;
  std::thread renderer;  // renders `rendering` while the calling thread sinks
  const std::size_t batch_size = overlap               ? 64 * std::max(1u, options.threads)
                                 : options.threads > 1 ? 64 * options.threads
                                                       : 1;
  const auto sink_all = [&](Jobs& jobs) {
    for (auto& j : jobs) {
      if (j.error) {
        ++failed;
        std::cerr << "whosaid: " << j.error->describe() << " (skipped)\n";
      } else {
        sink(j.doc, j.output);
      }
    }
    jobs.clear();
  };
  // Waits for the batch being rendered, starts rendering `batch`, then sinks the finished one.
  const auto hand_over = [&] {
    Jobs finished;
    if (renderer.joinable()) {
      renderer.join();
      finished = std::move(rendering);
    }
    rendering = std::move(batch);
    batch.clear();
    renderer = std::thread(
        [&, threads = options.threads] { batch_detail::run_batch(rendering, threads, render); });
    sink_all(finished);
  };
  // Renders and sinks everything read so far, in order.
  const auto drain = [&] {
    if (renderer.joinable()) {
      renderer.join();
      sink_all(rendering);
    }
    batch_detail::run_batch(batch, options.threads, render);
    sink_all(batch);
  };
  read_documents(
      options.paths, options.mode(),
      [&](Document&& d) {
        if (wanted && !wanted(d)) return;
        batch.push_back(batch_detail::Job<Result>{std::move(d), {}, std::nullopt});
        if (batch.size() < batch_size) return;
        if (overlap)
          hand_over();
        else
          drain();
      },
      [&](InputError&& e) {
        drain();  // keep stderr in input order with stdout
        ++failed;
        std::cerr << "whosaid: " << e.describe() << " (skipped)\n";
      });
  drain();
  return failed;
}

}  // namespace whosaid::cli
