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

}  // namespace kenes::appeals
