#include "platform/docs/pdf.hpp"

#include <hpdf.h>

#include <stdexcept>
#include <string>
#include <utility>

namespace kenes::docs {
namespace {

constexpr const char* kRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// libharu is C: an exception must not unwind through it, so errors are recorded and checked.
void OnError(HPDF_STATUS error, HPDF_STATUS, void* user) {
  auto* first = static_cast<HPDF_STATUS*>(user);
  if (*first == 0) *first = error;
}

// libharu 2.3 puts into the embedded font subset the glyph of each character it draws, but not the
// glyphs a composite glyph is built from. DejaVu Sans Bold builds Cyrillic «е» and «ё» from the
// Latin «e» (and the diaeresis), so a Russian heading without a Latin «e» lost those letters.
// Measuring every letter and mark that glyphs are composed of marks them as used, so they are
// embedded whatever the text (about 75 KB more for both fonts, compressed).
const std::string& ComponentGlyphs() {
  static const std::string kText = [] {
    std::string out;
    auto append = [&](char32_t cp) {
      if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
      } else {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
    };
    // Basic Latin, Latin-1, spacing modifiers, combining marks, Cyrillic (all below U+0800).
    constexpr std::pair<char32_t, char32_t> kRanges[] = {
        {0x21, 0x7E}, {0xA1, 0xFF}, {0x2B0, 0x2FF}, {0x300, 0x36F}, {0x400, 0x4FF}};
    for (auto [first, last] : kRanges) {
      for (char32_t cp = first; cp <= last; ++cp) append(cp);
    }
    return out;
  }();
  return kText;
}

// Splits on spaces so each piece fits the width (libharu measures in the font's units).
std::vector<std::string> Wrap(HPDF_Page page, const std::string& text, float width) {
  std::vector<std::string> out;
  std::string line, word;
  auto fits = [&](const std::string& s) { return HPDF_Page_TextWidth(page, s.c_str()) <= width; };
  auto flush_word = [&] {
    if (word.empty()) return;
    std::string candidate = line.empty() ? word : line + " " + word;
    if (fits(candidate) || line.empty()) {
      line = candidate;
    } else {
      out.push_back(line);
      line = word;
    }
    word.clear();
  };
  for (char c : text) {
    if (c == ' ') {
      flush_word();
    } else {
      word.push_back(c);
    }
  }
  flush_word();
  if (!line.empty()) out.push_back(line);
  return out;
}

}  // namespace

std::string RenderPdf(const std::string& title, const std::vector<PdfLine>& lines) {
  HPDF_STATUS error = 0;
  HPDF_Doc pdf = HPDF_New(OnError, &error);
  if (!pdf) throw std::runtime_error("pdf: cannot create document");
  std::string out;
  {
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_SetCurrentEncoder(pdf, "UTF-8");
    const char* regular = HPDF_LoadTTFontFromFile(pdf, kRegular, HPDF_TRUE);
    const char* bold = HPDF_LoadTTFontFromFile(pdf, kBold, HPDF_TRUE);
    if (!regular || !bold) {
      HPDF_Free(pdf);
      throw std::runtime_error("pdf: font missing (install fonts-dejavu-core)");
    }
    HPDF_Font font = HPDF_GetFont(pdf, regular, "UTF-8");
    HPDF_Font font_bold = HPDF_GetFont(pdf, bold, "UTF-8");
    for (HPDF_Font f : {font, font_bold}) {
      const auto& all = ComponentGlyphs();
      HPDF_Font_TextWidth(f, reinterpret_cast<const HPDF_BYTE*>(all.data()),
                          static_cast<HPDF_UINT>(all.size()));
    }
    HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, title.c_str());
    HPDF_Page page = HPDF_AddPage(pdf);
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A5, HPDF_PAGE_PORTRAIT);
    const float margin = 36;
    const float width = HPDF_Page_GetWidth(page) - 2 * margin;
    const float top = HPDF_Page_GetHeight(page) - margin;
    float y = top;
    for (const auto& line : lines) {
      HPDF_Page_SetFontAndSize(page, line.bold ? font_bold : font, line.size);
      for (const auto& piece : Wrap(page, line.text, width)) {
        y -= line.size * 1.4f;
        if (y < margin) {  // a long document (a person's data export) goes on to the next page
          page = HPDF_AddPage(pdf);
          HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A5, HPDF_PAGE_PORTRAIT);
          HPDF_Page_SetFontAndSize(page, line.bold ? font_bold : font, line.size);
          y = top - line.size * 1.4f;
        }
        HPDF_Page_BeginText(page);
        HPDF_Page_TextOut(page, margin, y, piece.c_str());
        HPDF_Page_EndText(page);
      }
      if (line.text.empty()) y -= line.size * 0.6f;
    }
    HPDF_SaveToStream(pdf);
    HPDF_ResetStream(pdf);
    for (;;) {
      HPDF_BYTE buf[8192];
      HPDF_UINT32 size = sizeof buf;
      HPDF_ReadFromStream(pdf, buf, &size);
      if (size == 0) break;
      out.append(reinterpret_cast<const char*>(buf), size);
    }
  }
  HPDF_Free(pdf);
  if (error != 0) throw std::runtime_error("pdf: libharu error " + std::to_string(error));
  return out;
}

}  // namespace kenes::docs
