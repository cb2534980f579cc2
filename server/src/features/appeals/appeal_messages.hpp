#pragma once
// Texts of appeal notifications in kk, ru and en (the server-side catalog).

#include <string>

#include "features/appeals/appeal.hpp"

namespace kenes::appeals {

struct Notice {
  std::string subject;
  std::string body;
};

// event: registered, forward, extend, answer.
Notice NoticeFor(const Appeal& appeal, const std::string& event);

struct TalonText {
  std::string title, number, registered, received, channel, subject, due, maslikhat, note;
};
// Labels of the printed talon in the appeal's language.
TalonText TalonLabels(const std::string& language);

}  // namespace kenes::appeals
