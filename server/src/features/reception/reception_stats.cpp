#include "features/reception/reception_stats.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <tuple>

#include "features/calendar/calendar_service.hpp"
#include "features/reception/reception_policy.hpp"
#include "platform/docs/xlsx.hpp"
#include "platform/i18n/i18n.hpp"

namespace kenes::reception {

std::optional<int> ParseMonth(std::string_view s) {
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = std::stoi(std::string(s.substr(5, 2)));
  if (year < 2000 || month < 1 || month > 12) return std::nullopt;
  return year * 12 + month - 1;
}

std::string FormatMonth(int month) {
  std::array<char, 16> buf{};
  std::snprintf(buf.data(), buf.size(), "%04d-%02d", month / 12, month % 12 + 1);
  return buf.data();
}

std::string MonthName(int month, const std::string& language) {
  return i18n::Text(language, "common.month." + std::to_string(month % 12 + 1)) + " " +
         std::to_string(month / 12);
}

Result<StatsReport> ReceptionStatsService::Stats(const Actor& actor, int64_t maslikhat_id,
                                                 const StatsQuery& q) {
  if (!actor.IsAuthenticated()) return Error::Unauthenticated();
  // Who may see what: the maslikhat's staff every host; its deputy their own sessions.
  std::optional<int64_t> only_deputy;
  if (!ReceptionPolicy::MaySeeAllStats(actor, maslikhat_id)) {
    std::optional<directory::Deputy> d;
    if (ReceptionPolicy::ActsAsDeputy(actor)) d = directory_->DeputyOfUser(*actor.user_id);
    if (!d || !ReceptionPolicy::MaySeeOwnStats(actor, maslikhat_id, d->maslikhat_id))
      return Error::NotFound();
    only_deputy = d->id;
  }

  const int64_t now = clock_.NowMs();
  const CivilDate today = calendar::LocalDate(now);
  const int this_month = today.year * 12 + today.month - 1;
  const auto from = q.from ? ParseMonth(*q.from) : std::optional<int>(this_month - 11);
  const auto to = q.to ? ParseMonth(*q.to) : std::optional<int>(this_month);
  std::map<std::string, std::string> bad;
  if (!from) bad["from"] = "invalid";
  if (!to) bad["to"] = "invalid";
  if (from && to && *to < *from) bad["to"] = "before_start";
  if (from && to && *to - *from >= kMaxStatsMonths) bad["to"] = "too_long";
  if (!bad.empty()) return Error::InvalidFields(bad);

  StatsReport report;
  report.maslikhat_id = maslikhat_id;
  report.from = FormatMonth(*from);
  report.to = FormatMonth(*to);
  const std::string from_day = report.from + "-01";
  const std::string to_day = report.to + "-31";  // days are text: "-31" closes any month
  const std::string today_text = today.ToString();

  struct Read {
    std::vector<StatsSession> sessions;
    std::vector<StatsBooking> bookings;
    std::vector<catalog::Category> categories;
  };
  auto read = db_.Read([&](db::Tx& tx) -> Result<Read> {
    return Read{repo_.Sessions(tx, maslikhat_id, from_day, to_day, only_deputy),
                repo_.Bookings(tx, maslikhat_id, from_day, to_day, only_deputy),
                catalog::CatalogService::CategoriesIn(tx)};
  });
  if (!read.ok()) return read.take_error();

  // Rows by host and month; a host is a deputy, or an official by the name they were given.
  using Key = std::tuple<int64_t, std::string, std::string>;  // deputy (0: none), name, month
  std::map<Key, StatsRow> rows;
  std::map<int64_t, Key> row_of_session;
  for (const auto& s : read->sessions) {
    if (s.status == SessionStatus::kCancelled) continue;
    const std::string month = s.day.substr(0, 7);
    Key key{s.deputy_id.value_or(0), s.deputy_id ? std::string() : s.host_name, month};
    auto [it, fresh] = rows.try_emplace(key);
    if (fresh) {
      it->second.deputy_id = s.deputy_id;
      it->second.host_name_kk = it->second.host_name_ru = s.host_name;
      it->second.month = month;
    }
    if (s.day <= today_text) ++it->second.sessions;
    row_of_session.emplace(s.id, key);
  }
  std::vector<int64_t> appeal_ids;
  for (const auto& b : read->bookings) {
    if (b.status == BookingStatus::kCheckedIn && b.appeal_id) appeal_ids.push_back(*b.appeal_id);
  }
  std::map<int64_t, std::string> category_of;
  if (!appeal_ids.empty()) {
    auto found = appeals_->CategoriesOf(appeal_ids);
    if (!found.ok()) return found.take_error();
    category_of = std::move(*found);
  }
  for (const auto& b : read->bookings) {
    auto at = row_of_session.find(b.session_id);
    if (at == row_of_session.end()) continue;
    StatsRow& row = rows[at->second];
    const bool kept = b.status == BookingStatus::kBooked || b.status == BookingStatus::kCheckedIn ||
                      b.status == BookingStatus::kNoShow;
    if (kept && !b.walk_in) ++row.bookings;
    if (b.status == BookingStatus::kNoShow) ++row.no_shows;
    if (b.status != BookingStatus::kCheckedIn) continue;
    ++row.visits;
    // The matter's category: the visit's own, else its appeal's, else none ("").
    std::string category = b.category.value_or("");
    if (b.appeal_id) {
      ++row.appeals;
      auto c = category_of.find(*b.appeal_id);
      if (category.empty() && c != category_of.end()) category = c->second;
    }
    ++row.categories[category];
  }

  // Deputies by their names in the directory.
  std::map<int64_t, std::optional<directory::Deputy>> deputies;
  for (auto& [key, row] : rows) {
    if (!row.deputy_id) continue;
    auto [it, fresh] = deputies.try_emplace(*row.deputy_id);
    if (fresh) it->second = directory_->PublishedDeputy(*row.deputy_id);
    if (it->second) {
      row.host_name_kk = it->second->full_name_kk;
      row.host_name_ru = it->second->full_name_ru;
    }
    report.rows.push_back(row);
  }
  for (auto& [key, row] : rows)
    if (!row.deputy_id) report.rows.push_back(std::move(row));
  std::stable_sort(report.rows.begin(), report.rows.end(),
                   [](const StatsRow& a, const StatsRow& b) {
                     return std::tie(a.host_name_ru, a.month) < std::tie(b.host_name_ru, b.month);
                   });
  report.categories = std::move(read->categories);
  return report;
}

namespace {

struct Words {
  std::string sheet;
  std::vector<std::string> header;
  std::string total;
  std::string no_category;
};

Words WordsOf(const std::string& language) {
  auto t = [&language](std::string_view word) -> const std::string& {
    return i18n::Text(language, "reception.stats." + std::string(word));
  };
  return {
      t("sheet"),
      {t("host"), t("month"), t("held"), t("bookings"), t("visits"), t("no_shows"), t("appeals")},
      t("total"),
      t("no_category")};
}

}  // namespace

std::string StatsXlsx(const StatsReport& report, const std::string& language) {
  const Words words = WordsOf(language);
  // The categories that occur, in the taxonomy's order; an unknown key by itself; none last.
  std::set<std::string> used;
  for (const auto& r : report.rows)
    for (const auto& [key, n] : r.categories) used.insert(key);
  std::vector<std::pair<std::string, std::string>> columns;  // key → words
  for (const auto& c : report.categories) {
    if (!used.erase(c.key)) continue;
    columns.emplace_back(c.key, language == "kk"   ? c.name_kk
                                : language == "ru" ? c.name_ru
                                                   : c.name_en);
  }
  const bool none = used.erase("") > 0;
  for (const auto& key : used) columns.emplace_back(key, key);
  if (none) columns.emplace_back("", words.no_category);

  docs::XlsxSheet sheet;
  sheet.name = words.sheet;
  sheet.header = words.header;
  for (const auto& [key, name] : columns) sheet.header.push_back(name);
  sheet.col_widths = {{0, 32}, {1, 16}, {2, 12}, {3, 12}, {4, 12}, {5, 12}, {6, 14}};
  for (size_t i = 0; i < columns.size(); ++i) sheet.col_widths.emplace_back(7 + i, 16);

  StatsRow total;
  std::vector<int> by_category(columns.size(), 0);
  for (const auto& r : report.rows) {
    std::vector<std::string> cells = {language == "kk" ? r.host_name_kk : r.host_name_ru,
                                      MonthName(*ParseMonth(r.month), language),
                                      std::to_string(r.sessions),
                                      std::to_string(r.bookings),
                                      std::to_string(r.visits),
                                      std::to_string(r.no_shows),
                                      std::to_string(r.appeals)};
    total.sessions += r.sessions;
    total.bookings += r.bookings;
    total.visits += r.visits;
    total.no_shows += r.no_shows;
    total.appeals += r.appeals;
    for (size_t i = 0; i < columns.size(); ++i) {
      auto it = r.categories.find(columns[i].first);
      const int n = it == r.categories.end() ? 0 : it->second;
      by_category[i] += n;
      cells.push_back(std::to_string(n));
    }
    sheet.rows.push_back(std::move(cells));
  }
  std::vector<std::string> last = {words.total,
                                   "",
                                   std::to_string(total.sessions),
                                   std::to_string(total.bookings),
                                   std::to_string(total.visits),
                                   std::to_string(total.no_shows),
                                   std::to_string(total.appeals)};
  for (const int n : by_category) last.push_back(std::to_string(n));
  sheet.rows.push_back(std::move(last));
  return docs::RenderXlsx(sheet);
}

}  // namespace kenes::reception
