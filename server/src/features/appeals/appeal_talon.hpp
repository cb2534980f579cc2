#pragma once
// The talon: the document a person gets when an appeal is accepted (APPK Art. 64). It is written
// in the appeal's language in words, never codes: dates as 07.12.2026, times on the local clock,
// the addressee and the official who accepted it by name.

#include <string>
#include <vector>

#include "features/appeals/appeal.hpp"
#include "features/directory/directory_service.hpp"
#include "platform/docs/pdf.hpp"

namespace kenes::appeals {

// Names the directory and the accounts know, in the appeal's language.
struct TalonNames {
  std::string maslikhat;      // the maslikhat the appeal belongs to
  std::string addressee;      // the deputy's full name, the commission's or the maslikhat's name;
                              // empty when not found (the talon then names the kind)
  std::string accepted_by;    // the official who registered it (full name); empty when filed online
  std::string accepted_as{};  // their position (AppealPolicy::RegistersAs), "" when unknown
};

// "Иванова Ольга Петровна" -> "Иванова О. П.": the surname and initials an official signs with.
std::string ShortName(std::string_view full_name);

// The names for an appeal of the maslikhat `m` (nullptr when it could not be read).
TalonNames TalonNamesFor(const Appeal& appeal, const directory::MaslikhatView* m,
                         std::string accepted_by);
// The lines of the talon, top to bottom.
std::vector<docs::PdfLine> TalonLines(const Appeal& appeal, const TalonNames& names);
// The talon as a one-page PDF.
std::string RenderTalon(const Appeal& appeal, const TalonNames& names);

}  // namespace kenes::appeals
