#include "features/tasks/tasks_letter.hpp"

#include "platform/i18n/i18n.hpp"

namespace kenes::tasks {
namespace {

const std::string& Label(std::string_view language, std::string_view label) {
  return i18n::Text(language, "tasks.letter." + std::string(label));
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

std::string LetterDate(std::string_view iso, std::string_view language) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !IsDigits(iso.substr(0, 4)) ||
      !IsDigits(iso.substr(5, 2)) || !IsDigits(iso.substr(8, 2))) {
    return std::string(iso);
  }
  const int month = (iso[5] - '0') * 10 + (iso[6] - '0');
  if (month < 1 || month > 12) return std::string(iso);
  const std::string year(iso.substr(0, 4));
  std::string day(iso.substr(8, 2));
  if (i18n::Language(language) == "ru")
    return day + "." + std::string(iso.substr(5, 2)) + "." + year;
  if (day[0] == '0') day.erase(0, 1);
  return i18n::Format(
      language, "common.date_long",
      {{"day", day},
       {"month", i18n::Text(language, "common.month_of_date." + std::to_string(month))},
       {"year", year}});
}

std::string LetterTitle(std::string_view language) { return Label(language, "title"); }

std::vector<docs::PdfLine> LetterLines(const Task& task, const LetterFacts& facts) {
  const NewTask& w = task.what;
  std::vector<docs::PdfLine> lines = {{facts.maslikhat, 12, true},
                                      {LetterDate(facts.today, w.language), 11, false},
                                      {"", 11, false},
                                      {Label(w.language, "to") + ": " + w.person_name, 11, false}};
  if (!w.address.empty())
    lines.push_back({Label(w.language, "address") + ": " + w.address, 11, false});
  lines.push_back({"", 11, false});
  lines.push_back({Label(w.language, "title"), 14, true});
  // The notice's own lines (it was written for e-mail: blank lines between its parts).
  size_t start = 0;
  while (start <= w.message.size()) {
    size_t end = w.message.find('\n', start);
    if (end == std::string::npos) end = w.message.size();
    lines.push_back({w.message.substr(start, end - start), 11, false});
    start = end + 1;
  }
  lines.push_back({"", 11, false});
  if (!facts.official.empty()) {
    lines.push_back({Label(w.language, "official") + ": " + facts.official, 11, false});
  }
  return lines;
}

}  // namespace kenes::tasks
