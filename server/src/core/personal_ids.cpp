#include "core/personal_ids.hpp"

#include <array>
#include <cctype>

namespace kenes {

std::optional<std::string> NormalizeEmail(std::string_view raw) {
  std::string s;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) {
    return std::nullopt;
  }
  auto dot = s.rfind('.');
  if (dot == std::string::npos || dot < at + 2 || dot + 2 > s.size()) return std::nullopt;
  if (s.size() > 254) return std::nullopt;
  for (unsigned char c : s) {
    if (c < 0x21 || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\') {
      return std::nullopt;
    }
  }
  return s;
}

std::optional<std::string> NormalizePhone(std::string_view raw) {
  std::string digits;
  bool plus = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
    } else if (c == '+' && digits.empty() && !plus) {
      plus = true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return std::nullopt;
    }
  }
  if (digits.size() == 11 && digits[0] == '8' && !plus) digits[0] = '7';
  if (digits.size() != 11 || digits[0] != '7') return std::nullopt;
  return "+" + digits;
}

bool IsPlaceholderIin(std::string_view iin) {
  return !iin.empty() && iin.find_first_not_of(iin.front()) == std::string_view::npos;
}

namespace {

// The check digit of IINs and BINs (reference/domain-kz.md §6): weights 1..11, and when that
// gives 10, weights 3..11,1,2; a second 10 means no valid number has these first 11 digits.
bool HasValidCheckDigit(std::string_view id) {
  if (id.size() != 12) return false;
  std::array<int, 12> d{};
  for (size_t i = 0; i < 12; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return false;
    d[i] = id[i] - '0';
  }
  int sum = 0;
  for (int i = 0; i < 11; ++i) sum += d[i] * (i + 1);
  int c = sum % 11;
  if (c == 10) {
    static constexpr int kW2[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (int i = 0; i < 11; ++i) sum += d[i] * kW2[i];
    c = sum % 11;
    if (c == 10) return false;
  }
  return c == d[11];
}

}  // namespace

bool IsValidIin(std::string_view iin) { return !IsPlaceholderIin(iin) && HasValidCheckDigit(iin); }

bool IsValidBin(std::string_view bin) {
  // The fifth digit is the kind of entity: 4 resident, 5 non-resident legal entity, 6 joint
  // individual entrepreneurship; a state body's apparatus is a resident legal entity (4).
  if (bin.size() != 12 || IsPlaceholderIin(bin)) return false;
  if (bin[4] != '4' && bin[4] != '5' && bin[4] != '6') return false;
  return HasValidCheckDigit(bin);
}

std::string MaskIin(std::string_view iin) {
  if (iin.size() < 4) return std::string(iin.size(), '*');
  return std::string(iin.substr(0, 2)) + std::string(iin.size() - 4, '*') +
         std::string(iin.substr(iin.size() - 2));
}

}  // namespace kenes
