#include "platform/docs/ics.hpp"

#include <gtest/gtest.h>

namespace kenes::docs::ics {
namespace {

TEST(Ics, EscapesCommasSemicolonsBackslashesAndNewlines) {
  EXPECT_EQ(Escape("Маслихат, каб. 101; вход\\двор\nэтаж 2\r\nлифт"),
            "Маслихат\\, каб. 101\\; вход\\\\двор\\nэтаж 2\\nлифт");
  EXPECT_EQ(Escape("Приём"), "Приём");
}

TEST(Ics, FoldsAt75OctetsWithoutSplittingACyrillicLetter) {
  // 9 ASCII octets then Cyrillic letters of 2 octets each.
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) line += "Ә";
  const std::string folded = Fold(line);
  ASSERT_GE(folded.size(), 2u);
  EXPECT_EQ(folded.substr(folded.size() - 2), "\r\n");
  size_t start = 0;
  std::string unfolded;
  bool first = true;
  while (start < folded.size()) {
    const size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    const std::string part = folded.substr(start, end - start);
    EXPECT_LE(part.size(), 75u) << part;
    if (!first) {
      ASSERT_EQ(part.front(), ' ');
      // A continuation never starts inside a character.
      EXPECT_NE(static_cast<unsigned char>(part[1]) & 0xC0, 0x80);
    }
    unfolded += first ? part : part.substr(1);
    first = false;
    start = end + 2;
  }
  EXPECT_EQ(unfolded, line);
  EXPECT_EQ(Fold("SHORT"), "SHORT\r\n");
}

TEST(Ics, AnEventCarriesLocalTimesAStableUidAndItsStatus) {
  Event e{.uid = "reception-session-7@kenes",
          .day = "2026-12-02",
          .start = "10:00",
          .end = "10:20",
          .stamp_ms = 1795000000000,
          .summary = "Личный приём: Бекова Айгуль",
          .location = "Маслихат, каб. 101",
          .description = "",
          .url = "https://kenes.example/deputies/1",
          .cancelled = true,
          .sequence = 0};
  const std::string cal = Calendar("Приём", {e});
  EXPECT_EQ(cal.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(cal.find("TZOFFSETTO:+0500\r\n"), std::string::npos);
  EXPECT_NE(cal.find("UID:reception-session-7@kenes\r\n"), std::string::npos);
  EXPECT_NE(cal.find("DTSTART;TZID=Asia/Almaty:20261202T100000\r\n"), std::string::npos);
  EXPECT_NE(cal.find("DTEND;TZID=Asia/Almaty:20261202T102000\r\n"), std::string::npos);
  const size_t stamp = cal.find("DTSTAMP:2026");
  ASSERT_NE(stamp, std::string::npos);
  EXPECT_EQ(cal.substr(stamp + 23, 3), "Z\r\n");  // DTSTAMP:YYYYMMDDTHHMMSSZ
  EXPECT_NE(cal.find("LOCATION:Маслихат\\, каб. 101\r\n"), std::string::npos);
  EXPECT_NE(cal.find("STATUS:CANCELLED\r\n"), std::string::npos);
  EXPECT_EQ(cal.substr(cal.size() - 15), "END:VCALENDAR\r\n");
  // Every line ends in CRLF: no bare LF.
  for (size_t i = 0; i < cal.size(); ++i) {
    if (cal[i] == '\n') {
      EXPECT_EQ(cal[i - 1], '\r');
    }
  }
}

}  // namespace
}  // namespace kenes::docs::ics
