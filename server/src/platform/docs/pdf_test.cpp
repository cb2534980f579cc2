#include "platform/docs/pdf.hpp"

#include <gtest/gtest.h>

namespace kenes::docs {

TEST(Pdf, RendersKazakhAndRussianIntoAPdf) {
  std::string pdf = RenderPdf("Талон", {{"Өтініш талоны / Талон обращения", 14, true},
                                        {"Нөмірі / Номер: 2-2026-00017"},
                                        {std::string(400, 'x') + " ұзын жол / длинная строка"}});
  EXPECT_EQ(pdf.rfind("%PDF-", 0), 0u);
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  EXPECT_GT(pdf.size(), 2000u);  // the font subset is embedded
}

}  // namespace kenes::docs
