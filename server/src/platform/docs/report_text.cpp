#include "platform/docs/report_text.hpp"

#include "platform/docs/markdown.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::docs {
namespace {

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

std::string PlainLine(std::string line) {
  size_t i = 0;
  while (i < line.size() && line[i] == '#') ++i;
  if (i > 0 && i < line.size() && line[i] == ' ') line.erase(0, i + 1);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
    line = "• " + line.substr(2);
  std::string out;
  for (size_t k = 0; k < line.size(); ++k) {
    // Emphasis marks read as noise on paper.
    if ((line[k] == '*' || line[k] == '_') && (k + 1 < line.size() && line[k + 1] == line[k])) {
      ++k;
      continue;
    }
    out += line[k];
  }
  return out;
}

}  // namespace

std::string DateInWords(std::string_view iso, std::string_view language) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-' || !IsDigits(iso.substr(0, 4)) ||
      !IsDigits(iso.substr(5, 2)) || !IsDigits(iso.substr(8, 2))) {
    return std::string(iso);
  }
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (month < 1 || month > 12) return std::string(iso);
  std::string day(iso.substr(8, 2));
  if (day[0] == '0') day.erase(0, 1);
  return i18n::Format(
      language, "common.date_long",
      {{"day", day},
       {"month", i18n::Text(language, "common.month_of_date." + std::to_string(month))},
       {"year", std::string(iso.substr(0, 4))}});
}

// Raw HTML never survives the renderer, so every "<hN>" in its output is a Markdown heading.
std::string RenderReportMarkdown(std::string_view markdown) {
  std::string html = RenderMarkdown(markdown);
  for (char level = '5'; level >= '1'; --level) {
    const char lower = static_cast<char>(level + 1);
    for (const char* form : {"<h", "</h"}) {
      const std::string from = std::string(form) + level + ">";
      const std::string to = std::string(form) + lower + ">";
      for (size_t at = html.find(from); at != std::string::npos;
           at = html.find(from, at + to.size())) {
        html.replace(at, from.size(), to);
      }
    }
  }
  return html;
}

void AppendPlainLines(std::vector<PdfLine>& lines, std::string_view markdown) {
  size_t start = 0;
  while (start <= markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    lines.push_back({PlainLine(std::string(markdown.substr(start, end - start)))});
    start = end + 1;
  }
}

}  // namespace kenes::docs
