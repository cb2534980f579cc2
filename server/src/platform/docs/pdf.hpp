#pragma once
// Small printable documents (talons, receipts) as PDF with an embedded font that has every Kazakh
// and Russian letter (DejaVu Sans, Debian's fonts-dejavu-core).

#include <string>
#include <vector>

namespace kenes::docs {

struct PdfLine {
  std::string text;  // UTF-8
  float size = 11;
  bool bold = false;
};

// A5 pages of lines, top to bottom; long lines are wrapped, a full page goes on to the next. Throws
// if the font is missing.
std::string RenderPdf(const std::string& title, const std::vector<PdfLine>& lines);

}  // namespace kenes::docs
