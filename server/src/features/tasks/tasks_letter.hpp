#pragma once
// The printable letter of a staff task: the notice a person with neither an account nor an e-mail
// gets by post, in the task's language (kk, ru, en), in words and local dates («15 сәуір 2026 ж.»,
// «15.04.2026»), never codes or ISO dates. Pure: the service reads the names it needs.

#include <string>
#include <string_view>
#include <vector>

#include "features/tasks/tasks.hpp"
#include "platform/docs/pdf.hpp"

namespace kenes::tasks {

// "2026-04-15" as a letter is dated: «15 сәуір 2026 ж.» (kk), «15.04.2026» (ru), «15 April 2026»
// (en); anything that is not a date stays as it is.
std::string LetterDate(std::string_view iso_date, std::string_view language);

struct LetterFacts {
  std::string maslikhat{};  // the sender, in the letter's language where the directory has it
  std::string official{};   // the staff member who prints and signs it
  std::string today{};      // local date, YYYY-MM-DD
};

// The letter's title and lines, top to bottom.
std::string LetterTitle(std::string_view language);
std::vector<docs::PdfLine> LetterLines(const Task& task, const LetterFacts& facts);

}  // namespace kenes::tasks
