// `whosaid eval`: scores extraction (or a predictions file) against brat gold annotations laid
// out as PolNeAR is (DIR/text/NAME.txt, DIR/attributions/NAME_<annotator>.ann), and checks
// optional floors so that CI fails on a regression.
#include <unicode/utf8.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "engine/attribution.hpp"
#include "engine/eval.hpp"
#include "engine/utf8.hpp"

namespace whosaid::cli {
namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  return std::move(s).str();
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  std::int32_t i = 0;
  const auto n = static_cast<std::int32_t>(s.size());
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, n, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::vector<SpanAttribution> predict(const std::string& text) {
  const OffsetConverter conv(text, OffsetUnit::codepoint);
  auto cp = [&](const ByteSpan& b) {
    return CodepointSpan{static_cast<std::uint32_t>(conv.convert(b.begin)),
                         static_cast<std::uint32_t>(conv.convert(b.end))};
  };
  std::vector<SpanAttribution> out;
  for (const Attribution& a : extract_attributions(text)) {
    SpanAttribution s;
    for (const auto& f : a.content) s.content.push_back(cp(f));
    if (a.cue) s.cue.push_back(cp(*a.cue));
    if (a.source) s.source.push_back(cp(*a.source));
    out.push_back(std::move(s));
  }
  return out;
}

// Predictions from `whosaid extract` JSON Lines (code-point offsets), keyed by file stem.
std::map<std::string, std::vector<SpanAttribution>> read_predictions(const fs::path& file) {
  std::map<std::string, std::vector<SpanAttribution>> out;
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  std::string line;
  std::size_t n = 0;
  auto span = [](const nlohmann::json& j) {
    return CodepointSpan{j.at("start").get<std::uint32_t>(), j.at("end").get<std::uint32_t>()};
  };
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      SpanAttribution a;
      for (const auto& f : j.at("content").at("spans"))
        a.content.push_back({f.at(0).get<std::uint32_t>(), f.at(1).get<std::uint32_t>()});
      if (!j.at("cue").is_null()) a.cue.push_back(span(j["cue"]));
      if (!j.at("source").is_null()) a.source.push_back(span(j["source"]));
      out[fs::path(j.at("doc").get<std::string>()).stem().string()].push_back(std::move(a));
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(file.string() + ":" + std::to_string(n) + ": " + e.what());
    }
  }
  return out;
}
}  // namespace

int run_eval(const std::vector<std::string>& args) {
  std::string gold, pred;
  std::vector<std::string> floors;
  po::options_description opts("whosaid eval --gold DIR [options]");
  opts.add_options()("help,h", "show this help")(
      "gold", po::value(&gold), "folder with text/*.txt and attributions/*.ann (brat)")(
      "pred", po::value(&pred), "score this extract JSON Lines file (codepoint offsets) instead")(
      "floor", po::value(&floors)->composing(),
      "NAME=VALUE: exit 1 when a figure is below VALUE (content_partial_f1, attribution_f1, "
      "source_exact_f1, cue_exact_f1, content_exact_f1, direct_recall); repeatable");
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(opts).run(), vm);
  if (vm.count("help")) {
    std::cout << opts
              << "\nThe first annotator's .ann (in sort order) is the gold for each text.\n";
    return ok;
  }
  po::notify(vm);
  if (gold.empty()) throw po::error("--gold DIR is required");
  std::vector<std::pair<std::string, double>> checks;
  for (const auto& f : floors) {
    const auto eq = f.find('=');
    if (eq == std::string::npos) throw po::error("--floor takes NAME=VALUE, got '" + f + "'");
    checks.emplace_back(f.substr(0, eq), std::stod(f.substr(eq + 1)));
    if (figure(EvalReport{}, checks.back().first) < 0)
      throw po::error("--floor: unknown figure '" + checks.back().first + "'");
  }

  const fs::path text_dir = fs::path(gold) / "text", ann_dir = fs::path(gold) / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir)) {
    std::cerr << "whosaid eval: " << gold << " has no text/ and attributions/ folders\n";
    return fatal_error;
  }
  std::vector<fs::path> texts, anns;
  for (const auto& e : fs::directory_iterator(text_dir))
    if (e.path().extension() == ".txt") texts.push_back(e.path());
  for (const auto& e : fs::directory_iterator(ann_dir))
    if (e.path().extension() == ".ann") anns.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  std::map<std::string, std::vector<SpanAttribution>> predictions;
  if (!pred.empty()) predictions = read_predictions(pred);

  EvalReport total;
  for (const auto& t : texts) {
    const std::string stem = t.stem().string();
    // NAME_<annotator>.ann: the first in sort order.
    const auto it = std::find_if(anns.begin(), anns.end(), [&](const fs::path& a) {
      const std::string n = a.stem().string();
      return n == stem || (n.size() > stem.size() && n.starts_with(stem) && n[stem.size()] == '_');
    });
    if (it == anns.end()) continue;
    EvalDocument doc;
    const std::string text = slurp(t);
    doc.text = decode(text);
    std::vector<std::string> errors;
    doc.gold = read_brat(slurp(*it), &errors);
    for (const auto& e : errors) std::cerr << "whosaid eval: " << it->string() << ": " << e << "\n";
    doc.predicted = pred.empty() ? predict(text) : predictions[stem];
    total.add(evaluate(doc));
  }
  std::cout << format_report(total);
  int rc = ok;
  for (const auto& [name, min] : checks) {
    const double v = figure(total, name);
    if (v + 1e-9 < min) {
      std::cerr << "whosaid eval: " << name << " = " << v << " is below the floor " << min << "\n";
      rc = some_failed;
    }
  }
  return rc;
}

}  // namespace whosaid::cli
