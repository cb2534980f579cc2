#include "features/drafts/drafts.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "features/calendar/calendar_service.hpp"

namespace kenes::drafts {
namespace {

template <class E, size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& names,
                       std::string_view s) {
  for (const auto& [value, name] : names) {
    if (name == s) return value;
  }
  return std::nullopt;
}

constexpr std::array<std::pair<AuthorType, std::string_view>, 3> kAuthorTypes{{
    {AuthorType::kCitizen, "citizen"},
    {AuthorType::kExpert, "expert"},
    {AuthorType::kOrganisation, "organisation"},
}};
constexpr std::array<std::pair<Decision, std::string_view>, 3> kDecisions{{
    {Decision::kAccepted, "accepted"},
    {Decision::kPartly, "partly"},
    {Decision::kRejected, "rejected"},
}};
constexpr std::array<std::pair<State, std::string_view>, 4> kStates{{
    {State::kUpcoming, "upcoming"},
    {State::kOpen, "open"},
    {State::kClosed, "closed"},
    {State::kWithdrawn, "withdrawn"},
}};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "1.", "2)", "3.1.", "4.2)" followed by a space; "Статья 4", "5-бап", "§ 6".
bool StartsClause(std::string_view line) {
  if (StartsWith(line, "Статья ") || StartsWith(line, "§")) return true;
  size_t i = 0;
  while (i < line.size() && IsDigit(line[i])) {
    while (i < line.size() && IsDigit(line[i])) ++i;
    if (i < line.size() && line[i] == '.' && i + 1 < line.size() && IsDigit(line[i + 1])) ++i;
  }
  if (i == 0 || i >= line.size()) return false;
  if (StartsWith(line.substr(i), "-бап")) return true;
  return (line[i] == '.' || line[i] == ')') && i + 1 < line.size() && line[i + 1] == ' ';
}

}  // namespace

std::string_view AuthorTypeName(AuthorType t) {
  return kAuthorTypes.at(static_cast<size_t>(t)).second;
}
std::optional<AuthorType> ParseAuthorType(std::string_view name) {
  return Parse(kAuthorTypes, name);
}
std::string_view DecisionName(Decision d) { return kDecisions.at(static_cast<size_t>(d)).second; }
std::optional<Decision> ParseDecision(std::string_view name) { return Parse(kDecisions, name); }
std::string_view StateName(State s) { return kStates.at(static_cast<size_t>(s)).second; }
std::optional<State> ParseState(std::string_view name) { return Parse(kStates, name); }

std::vector<std::string> SplitParagraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const auto t = Trim(current);
    if (!t.empty()) out.emplace_back(t);
    current.clear();
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const auto trimmed = Trim(line);
    if (trimmed.empty()) {
      flush();
    } else {
      if (StartsClause(trimmed)) flush();
      if (!current.empty()) current += '\n';
      current += trimmed;
    }
    start = end + 1;
  }
  flush();
  return out;
}

State StateOn(const std::string& today, const std::string& opens_on, const std::string& closes_on) {
  if (today < opens_on) return State::kUpcoming;
  if (today > closes_on) return State::kClosed;
  return State::kOpen;
}

State StateOf(const Discussion& d, const std::string& today) {
  if (d.withdrawn_at) return State::kWithdrawn;
  return StateOn(today, d.opens_on, d.closes_on);
}

int64_t ClosingMs(const std::string& closes_on) {
  const auto day = calendar::CivilDate::Parse(closes_on);
  if (!day) return 0;
  return (day->DaysSinceEpoch() + 1) * 86'400'000 -
         int64_t{calendar::kLocalUtcOffsetMinutes} * 60'000;
}

int DaysLeft(const std::string& today, const std::string& opens_on, const std::string& closes_on) {
  if (StateOn(today, opens_on, closes_on) != State::kOpen) return 0;
  const auto t = calendar::CivilDate::Parse(today);
  const auto c = calendar::CivilDate::Parse(closes_on);
  if (!t || !c) return 0;
  return static_cast<int>(c->DaysSinceEpoch() - t->DaysSinceEpoch()) + 1;
}

const std::string& TextIn(const Paragraph& p, std::string_view language) {
  const std::string& wanted = language == "kk" ? p.text_kk : p.text_ru;
  const std::string& other = language == "kk" ? p.text_ru : p.text_kk;
  return wanted.empty() ? other : wanted;
}

}  // namespace kenes::drafts
