#include "platform/text/mask_personal.hpp"

#include <array>
#include <vector>

#include "platform/text/utf8.hpp"

namespace kenes::text {
namespace {

enum class Kind { kWord, kNumber, kSpace, kOther };

struct Token {
  Kind kind = Kind::kOther;
  std::u32string text;
  bool masked = false;
};

bool IsLetter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0x0400 && c <= 0x04FF);
}
bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == 0xA0; }

std::vector<Token> Tokenize(const std::u32string& s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    Token t;
    size_t j = i + 1;
    if (IsLetter(s[i])) {
      t.kind = Kind::kWord;
      // A hyphen inside a word keeps it one («Нур-Султан», «12-үй» is a number then a word).
      while (j < s.size() &&
             (IsLetter(s[j]) || (s[j] == U'-' && j + 1 < s.size() && IsLetter(s[j + 1])))) {
        ++j;
      }
    } else if (IsDigit(s[i])) {
      t.kind = Kind::kNumber;
      while (j < s.size() && IsDigit(s[j])) ++j;
    } else if (IsSpace(s[i])) {
      t.kind = Kind::kSpace;
      while (j < s.size() && IsSpace(s[j])) ++j;
    }
    t.text = s.substr(i, j - i);
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

std::u32string Lower(std::u32string w) {
  for (auto& c : w) c = ToLower(c);
  return w;
}

// Capitalised: an upper-case first letter and a lower-case one after it (not «ЖКХ», not «А»).
bool IsCapitalised(const Token& t) {
  if (t.kind != Kind::kWord || t.text.size() < 2) return false;
  return ToLower(t.text[0]) != t.text[0] && ToUpper(t.text[1]) != t.text[1];
}

bool IsInitial(const Token& t) {
  return t.kind == Kind::kWord && t.text.size() == 1 && ToLower(t.text[0]) != t.text[0];
}

bool OneOf(const std::u32string& lower, std::initializer_list<std::u32string_view> words) {
  for (auto w : words) {
    if (lower == w) return true;
  }
  return false;
}

// Words after which an address part follows: «ул. Абая», «дом 12», «кв. 5», «мкр. Самал 2».
bool IsPrefixMarker(const Token& t) {
  if (t.kind != Kind::kWord) return false;
  return OneOf(Lower(t.text),
               {U"ул",  U"улица",      U"пр",      U"проспект", U"пр-т",  U"пер",      U"переулок",
                U"мкр", U"микрорайон", U"д",       U"дом",      U"кв",    U"квартира", U"корпус",
                U"к",   U"б-р",        U"бульвар", U"шоссе",    U"тупик", U"үй",       U"пәтер"});
}

// Kazakh puts the kind after the name: «Абай көшесі 12», «Достық даңғылы», «Самал шағын ауданы».
bool IsPostfixMarker(const Token& t) {
  if (t.kind != Kind::kWord) return false;
  return OneOf(Lower(t.text), {U"көшесі", U"даңғылы", U"ауданы", U"тұйығы", U"бульвары"});
}

void MaskDigitRuns(std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Kind::kNumber) continue;
    size_t digits = 0, last = i, j = i;
    auto is_sep = [](const Token& x) {
      return x.kind == Kind::kSpace ||
             (x.kind == Kind::kOther && (x.text == U"-" || x.text == U"(" || x.text == U")"));
    };
    while (j < t.size() && (t[j].kind == Kind::kNumber || is_sep(t[j]))) {
      if (t[j].kind == Kind::kNumber) {
        digits += t[j].text.size();
        last = j;
      }
      ++j;
    }
    if (digits >= 7) {
      size_t first = i;
      if (i > 0 && t[i - 1].kind == Kind::kOther && t[i - 1].text == U"+") first = i - 1;
      for (size_t k = first; k <= last; ++k) t[k].masked = true;
    }
    i = last;
  }
}

// From a prefix marker: its dot, then capitalised words and numbers (with '/', '-' and spaces
// between) up to anything else; a comma ends the part.
void MaskAddresses(std::vector<Token>& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (IsPrefixMarker(t[i])) {
      size_t j = i + 1;
      if (j < t.size() && t[j].kind == Kind::kOther && t[j].text == U".") ++j;
      bool any = false;
      while (j < t.size()) {
        const Token& x = t[j];
        const bool part = x.kind == Kind::kNumber || IsCapitalised(x) ||
                          (any && x.kind == Kind::kWord && x.text.size() == 1) ||
                          (x.kind == Kind::kOther && (x.text == U"/" || x.text == U"-"));
        if (part) {
          t[j].masked = true;
          any = true;
        } else if (x.kind != Kind::kSpace) {
          break;
        }
        ++j;
      }
    } else if (IsPostfixMarker(t[i])) {
      // The name before it, and the number after it.
      size_t k = i;
      while (k > 0 && (t[k - 1].kind == Kind::kSpace || IsCapitalised(t[k - 1]) ||
                       t[k - 1].kind == Kind::kNumber)) {
        --k;
        if (t[k].kind != Kind::kSpace) t[k].masked = true;
      }
      size_t j = i + 1;
      while (j < t.size() && (t[j].kind == Kind::kSpace || t[j].kind == Kind::kNumber ||
                              (t[j].kind == Kind::kOther && t[j].text == U","))) {
        if (t[j].kind == Kind::kNumber) t[j].masked = true;
        ++j;
      }
    }
  }
}

// A capitalised word opening a sentence says nothing about names: it starts the text, or follows
// '.', '!', '?' or a line break.
bool StartsSentence(const std::vector<Token>& t, size_t i) {
  while (i > 0 && t[i - 1].kind == Kind::kSpace) --i;
  if (i == 0) return true;
  const auto& p = t[i - 1].text;
  return p == U"." || p == U"!" || p == U"?" || p == U"\n";
}

// 2–4 capitalised words in a row, or one followed by initials («Иванов И. И.»). A sentence's first
// word joins them only in a pair («Сейткали Айгерим просит»), not in longer runs («Заявитель
// Иванов Иван Иванович»).
void MaskNames(std::vector<Token>& t) {
  auto next_word = [&t](size_t i) -> size_t {  // the token after one space
    if (i + 2 < t.size() && t[i + 1].kind == Kind::kSpace && t[i + 1].text.size() == 1) {
      return i + 2;
    }
    return t.size();
  };
  auto initial_at = [&t](size_t k) {
    return k + 1 < t.size() && IsInitial(t[k]) && t[k + 1].text == U".";
  };
  for (size_t i = 0; i < t.size(); ++i) {
    if (!IsCapitalised(t[i]) || t[i].masked || IsPrefixMarker(t[i])) continue;
    std::vector<size_t> run = {i};
    size_t j = next_word(i);
    while (run.size() < 4 && j < t.size() && IsCapitalised(t[j]) && !IsPostfixMarker(t[j]) &&
           !t[j].masked) {
      run.push_back(j);
      j = next_word(j);
    }
    const size_t after = next_word(run.back());
    const bool initials = after < t.size() && initial_at(after);
    if (StartsSentence(t, i) && run.size() >= 2 && (run.size() >= 3 || initials)) {
      run.erase(run.begin());
    }
    if (run.size() < 2 && !initials) continue;
    for (size_t k = run.front(); k <= run.back(); ++k) {
      if (t[k].kind == Kind::kWord) t[k].masked = true;
    }
    size_t k = after;
    while (initials && k < t.size() && initial_at(k)) {
      t[k].masked = true;
      t[k + 1].masked = true;
      k += 2;
      if (k + 1 < t.size() && t[k].kind == Kind::kSpace && initial_at(k + 1)) ++k;
    }
    i = run.back();
  }
}

}  // namespace

std::string MaskPersonalData(std::string_view text) {
  std::vector<Token> tokens = Tokenize(DecodeUtf8(text));
  MaskDigitRuns(tokens);
  MaskAddresses(tokens);
  MaskNames(tokens);
  // A masked stretch (with the spaces and separators inside it) becomes one "***".
  std::u32string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].masked) {
      out += tokens[i].text;
      continue;
    }
    size_t j = i;
    size_t last = i;
    while (j < tokens.size() && (tokens[j].masked || tokens[j].kind == Kind::kSpace ||
                                 (tokens[j].kind == Kind::kOther && tokens[j].text != U","))) {
      if (tokens[j].masked) last = j;
      ++j;
    }
    out += U"***";
    i = last;
  }
  return EncodeUtf8(out);
}

}  // namespace kenes::text
