// Address matching in one file (444 lines): the key folding, house-number grammar and range tests
// are one algorithm whose parts are only meaningful together (address.hpp says what it does).
#include "features/directory/address.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <utility>
#include <vector>

#include "platform/text/utf8.hpp"

namespace kenes::directory {
namespace {

// Text is handled as code points through the server's one UTF-8 codec (platform/text/utf8.hpp):
// ill-formed input decodes to U+FFFD, which is neither a letter nor a digit, so garbage ends a
// word or fails a house number but never stops the scan.
using text::DecodeUtf8;
using text::EncodeUtf8;
using text::ToLower;
using text::ToUpper;

// ---------------------------------------------------------------------------------------------
// Letters.

// Kazakh letters (upper, lower) and the Russian lower-case letter people type instead of them.
struct KazakhFold {
  char32_t upper;
  char32_t lower;
  char32_t russian;
};
constexpr std::array<KazakhFold, 9> kKazakh = {{
    {U'Ә', U'ә', U'а'},
    {U'Ғ', U'ғ', U'г'},
    {U'Қ', U'қ', U'к'},
    {U'Ң', U'ң', U'н'},
    {U'Ө', U'ө', U'о'},
    {U'Ұ', U'ұ', U'у'},
    {U'Ү', U'ү', U'у'},
    {U'Һ', U'һ', U'х'},
    {U'І', U'і', U'и'},
}};

bool IsKazakh(char32_t cp) {
  return std::any_of(kKazakh.begin(), kKazakh.end(),
                     [cp](const KazakhFold& k) { return cp == k.upper || cp == k.lower; });
}

bool IsAsciiDigit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }
bool IsLatin(char32_t cp) { return (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z'); }
bool IsRussian(char32_t cp) { return (cp >= U'А' && cp <= U'я') || cp == U'Ё' || cp == U'ё'; }
bool IsLetter(char32_t cp) { return IsLatin(cp) || IsRussian(cp) || IsKazakh(cp); }

// Letters outside the folding table (Latin-1/Extended-A/B, the rest of Cyrillic) are kept as they
// are rather than becoming separators, so a name in Kazakh Latin script is not cut into pieces.
bool IsWordChar(char32_t cp) {
  if (IsLetter(cp) || (cp >= U'0' && cp <= U'9')) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return cp >= 0x400 && cp <= 0x4FF;
}

// The key alphabet: Russian lower case without «ё» and «й». «й» folds to «и» because the header's
// contract ("Абай көшесі" → "абаи") asks for it: Kazakh spellings and transliterations disagree
// on it (Абай / Абаи, Райымбек / Раимбек), so the key ignores the difference.
char32_t FoldLetter(char32_t cp) {
  cp = ToLower(cp);
  if (cp == U'ё') return U'е';
  if (cp == U'й') return U'и';
  for (const KazakhFold& k : kKazakh) {
    if (cp == k.lower) return k.russian;
  }
  return cp;
}

// ---------------------------------------------------------------------------------------------
// NameKey.

// Type words in their written form; folded once so the table reads naturally.
constexpr std::string_view kTypeWords[] = {
    "ул",      "улица",      "пр",      "пр-т",   "просп",  "проспект", "пер",        "переулок",
    "б-р",     "бул",        "бульвар", "мкр",    "мкрн",   "мкр-н",    "микрорайон", "ш",
    "шоссе",   "пл",         "площадь", "г",      "город",  "с",        "село",       "пос",
    "посёлок", "п",          "пгт",     "аул",    "тупик",  "туп",      "проезд",     "пр-д",
    "наб",     "набережная", "көш",     "көше",   "көшесі", "даң",      "даңғыл",     "даңғылы",
    "ауыл",    "ауылы",      "қала",    "қаласы", "кент",   "кенті",    "тұйық",      "тұйығы",
    "алаң",    "алаңы",
};

// Two-word type phrases («шағын ауданы» is "micro-district").
constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kTypePhrases = {{
    {"шағын", "ауданы"},
    {"шағын", "аудан"},
}};

std::string FoldWord(std::string_view word) {
  std::u32string cps = DecodeUtf8(word);
  for (char32_t& cp : cps) cp = FoldLetter(cp);
  return EncodeUtf8(cps);
}

const std::set<std::string>& TypeWords() {
  static const std::set<std::string>* const kWords = [] {
    auto* set = new std::set<std::string>;
    for (std::string_view w : kTypeWords) set->insert(FoldWord(w));
    return set;
  }();
  return *kWords;
}

// Splits folded text into raw tokens. A dot ends its token and stays attached, so "ул.абая"
// gives "ул." and "абая"; hyphens stay inside tokens so "пр-т" and "б-р" can be recognised.
std::vector<std::string> RawTokens(std::u32string_view text) {
  std::vector<std::string> tokens;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (char32_t cp : text) {
    if (IsWordChar(cp) || cp == U'-') {
      text::AppendUtf8(current, FoldLetter(cp));
    } else if (cp == U'.') {
      current.push_back('.');
      flush();
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

// Keeps the words of one raw token unless the whole token is a type word. Hyphenated names become
// separate words whose parts are never checked: «Жана-С» keeps its «с», only a lone «с.» is «село».
void AddWords(std::string token, std::vector<std::string>* words) {
  while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.pop_back();
  while (!token.empty() && token.front() == '-') token.erase(0, 1);
  if (token.empty() || TypeWords().count(token) > 0) return;
  size_t start = 0;
  while (start <= token.size()) {
    size_t end = token.find('-', start);
    if (end == std::string::npos) end = token.size();
    if (end > start) words->push_back(token.substr(start, end - start));
    start = end + 1;
  }
}

std::vector<std::string> DropTypePhrases(const std::vector<std::string>& words) {
  static const std::vector<std::pair<std::string, std::string>>* const kPhrases = [] {
    auto* v = new std::vector<std::pair<std::string, std::string>>;
    for (const auto& [a, b] : kTypePhrases) v->emplace_back(FoldWord(a), FoldWord(b));
    return v;
  }();
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size(); ++i) {
    const bool phrase =
        i + 1 < words.size() && std::any_of(kPhrases->begin(), kPhrases->end(), [&](const auto& p) {
          return words[i] == p.first && words[i + 1] == p.second;
        });
    if (phrase) {
      ++i;
    } else {
      out.push_back(words[i]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// House numbers.

// Latin capitals that look like Cyrillic ones: a keyboard left in English still means «12А».
char32_t CyrillicLookAlike(char32_t cp) {
  static constexpr std::array<std::pair<char32_t, char32_t>, 12> kLookAlikes = {{
      {U'A', U'А'},
      {U'B', U'В'},
      {U'C', U'С'},
      {U'E', U'Е'},
      {U'K', U'К'},
      {U'M', U'М'},
      {U'H', U'Н'},
      {U'O', U'О'},
      {U'P', U'Р'},
      {U'T', U'Т'},
      {U'X', U'Х'},
      {U'Y', U'У'},
  }};
  for (const auto& [latin, cyrillic] : kLookAlikes) {
    if (cp == latin) return cyrillic;
  }
  return cp;
}

bool IsSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == 0xA0; }

class Cursor {
 public:
  explicit Cursor(std::u32string cps) : cps_(std::move(cps)) {}
  bool Done() const { return pos_ >= cps_.size(); }
  char32_t Peek() const { return Done() ? 0 : cps_[pos_]; }
  void Next() { ++pos_; }
  void SkipSpaces() {
    while (!Done() && IsSpace(Peek())) Next();
  }
  // Consumes `word` (compared case-insensitively) if it is next and not followed by a letter.
  bool Word(std::u32string_view word) {
    if (cps_.size() - pos_ < word.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (ToLower(cps_[pos_ + i]) != word[i]) return false;
    }
    const size_t after = pos_ + word.size();
    if (after < cps_.size() && IsLetter(cps_[after])) return false;
    pos_ = after;
    return true;
  }
  // Reads up to `max_digits` ASCII digits; nullopt if there are none or too many.
  std::optional<int> Digits(int max_digits) {
    int value = 0;
    int count = 0;
    while (!Done() && IsAsciiDigit(Peek())) {
      if (++count > max_digits) return std::nullopt;
      value = value * 10 + static_cast<int>(Peek() - U'0');
      Next();
    }
    if (count == 0) return std::nullopt;
    return value;
  }

 private:
  std::u32string cps_;
  size_t pos_ = 0;
};

// Skips "д.", "дом", "үй", "№" before the number.
void SkipHousePrefix(Cursor* c) {
  c->SkipSpaces();
  if (c->Word(U"дом") || c->Word(U"д") || c->Word(U"үй") || c->Word(U"уй")) {
    if (c->Peek() == U'.') c->Next();
    c->SkipSpaces();
  }
  if (c->Peek() == U'№') {
    c->Next();
    c->SkipSpaces();
  }
}

constexpr int kMaxHouse = 99999;
constexpr int kMaxSuffixLetters = 2;

std::optional<std::string> ParseSuffix(Cursor* c) {
  c->SkipSpaces();
  std::string suffix;
  if (c->Peek() == U'/') {
    c->Next();
    c->SkipSpaces();
    const std::optional<int> building = c->Digits(4);
    if (!building) return std::nullopt;
    suffix = "/" + std::to_string(*building);
  } else {
    const bool hyphen = c->Peek() == U'-';
    if (hyphen) c->Next();
    for (int n = 0; !c->Done() && IsLetter(c->Peek()); ++n) {
      if (n == kMaxSuffixLetters) return std::nullopt;
      text::AppendUtf8(suffix, CyrillicLookAlike(ToUpper(c->Peek())));
      c->Next();
    }
    if (hyphen && suffix.empty()) return std::nullopt;
  }
  c->SkipSpaces();
  if (!c->Done()) return std::nullopt;
  return suffix;
}

// «Ё» sorts between «Е» and «Ж» as in the alphabet, not before «А» as in Unicode.
int LetterRank(char32_t cp) {
  if (cp == U'Ё') return 2 * static_cast<int>(U'Е') + 1;
  return 2 * static_cast<int>(cp);
}

// "/12" → 12; a hand-made suffix without digits orders as 0.
int BuildingOf(std::string_view suffix) {
  int n = 0;
  std::from_chars(suffix.data() + 1, suffix.data() + suffix.size(), n);
  return n;
}

// Orders suffixes: none < letters (alphabetical) < "/N" (by N).
int CompareSuffix(std::string_view a, std::string_view b) {
  const auto kind = [](std::string_view s) { return s.empty() ? 0 : s[0] == '/' ? 2 : 1; };
  if (kind(a) != kind(b)) return kind(a) < kind(b) ? -1 : 1;
  if (kind(a) == 2) {
    const int na = BuildingOf(a);
    const int nb = BuildingOf(b);
    return na == nb ? 0 : na < nb ? -1 : 1;
  }
  const std::u32string ca = DecodeUtf8(a);
  const std::u32string cb = DecodeUtf8(b);
  for (size_t i = 0; i < ca.size() && i < cb.size(); ++i) {
    if (LetterRank(ca[i]) != LetterRank(cb[i]))
      return LetterRank(ca[i]) < LetterRank(cb[i]) ? -1 : 1;
  }
  return ca.size() == cb.size() ? 0 : ca.size() < cb.size() ? -1 : 1;
}

int Compare(const HouseNumber& a, const HouseNumber& b) {
  if (a.number != b.number) return a.number < b.number ? -1 : 1;
  return CompareSuffix(a.suffix, b.suffix);
}

std::string FormatHouse(const HouseNumber& h) { return std::to_string(h.number) + h.suffix; }

// ---------------------------------------------------------------------------------------------
// Ranges.

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<Parity> ParseParityWord(std::string_view word) {
  const std::string folded = FoldWord(word);
  if (auto p = ParseParity(folded)) return p;
  for (std::string_view odd : {"нечетные", "нечетная", "нечет", "так"}) {
    if (folded == FoldWord(odd)) return Parity::kOdd;
  }
  for (std::string_view even : {"четные", "четная", "чет", "жұп"}) {
    if (folded == FoldWord(even)) return Parity::kEven;
  }
  return std::nullopt;
}

// Dashes people paste from Word become the ASCII hyphen the range syntax uses.
std::string NormaliseDashes(std::string_view text) {
  std::string out(text);
  for (std::string_view dash : {"\u2013", "\u2014", "\u2212"}) {
    for (size_t at = out.find(dash); at != std::string::npos; at = out.find(dash, at)) {
      out.replace(at, dash.size(), "-");
    }
  }
  return out;
}

// Splits "12-а-20" at the hyphen that leaves a valid house (or nothing) on both sides; house
// numbers may contain hyphens themselves ("12-а"), so the first hyphen is not always the one.
std::optional<HouseRange> ParseBounds(std::string_view text) {
  for (size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
    const std::string_view left = Trim(text.substr(0, at));
    const std::string_view right = Trim(text.substr(at + 1));
    if (left.empty() && right.empty()) continue;
    HouseRange range;
    if (!left.empty() && !(range.from = ParseHouse(left))) continue;
    if (!right.empty() && !(range.to = ParseHouse(right))) continue;
    return range;
  }
  const std::optional<HouseNumber> single = ParseHouse(text);
  if (!single) return std::nullopt;
  return HouseRange{single, single, Parity::kAll};
}

}  // namespace

std::string NameKey(std::string_view typed) {
  std::vector<std::string> words;
  for (std::string& token : RawTokens(DecodeUtf8(typed))) AddWords(std::move(token), &words);
  std::string key;
  for (const std::string& word : DropTypePhrases(words)) {
    if (!key.empty()) key.push_back(' ');
    key += word;
  }
  return key;
}

std::optional<HouseNumber> ParseHouse(std::string_view typed) {
  Cursor c(DecodeUtf8(typed));
  SkipHousePrefix(&c);
  const std::optional<int> number = c.Digits(5);
  if (!number || *number < 1 || *number > kMaxHouse) return std::nullopt;
  std::optional<std::string> suffix = ParseSuffix(&c);
  if (!suffix) return std::nullopt;
  return HouseNumber{*number, std::move(*suffix)};
}

std::optional<Parity> ParseParity(std::string_view s) {
  if (s == "all") return Parity::kAll;
  if (s == "odd") return Parity::kOdd;
  if (s == "even") return Parity::kEven;
  return std::nullopt;
}

std::string_view ParityName(Parity p) {
  switch (p) {
    case Parity::kOdd:
      return "odd";
    case Parity::kEven:
      return "even";
    case Parity::kAll:
      break;
  }
  return "all";
}

bool InRange(const HouseNumber& house, const HouseRange& range) {
  if (range.parity == Parity::kOdd && house.number % 2 == 0) return false;
  if (range.parity == Parity::kEven && house.number % 2 != 0) return false;
  if (range.from && Compare(house, *range.from) < 0) return false;
  if (range.to && Compare(house, *range.to) > 0) return false;
  return true;
}

std::optional<HouseRange> ParseRange(std::string_view text) {
  const std::string normalised = NormaliseDashes(text);
  std::string_view rest = Trim(normalised);
  Parity parity = Parity::kAll;
  const size_t last_space = rest.find_last_of(" \t");
  const std::string_view last_word =
      last_space == std::string_view::npos ? rest : rest.substr(last_space + 1);
  if (std::optional<Parity> p = ParseParityWord(last_word)) {
    parity = *p;
    rest = Trim(rest.substr(0, rest.size() - last_word.size()));
  }
  if (rest.empty() || rest == "all") return HouseRange{std::nullopt, std::nullopt, parity};
  std::optional<HouseRange> range = ParseBounds(rest);
  if (!range) return std::nullopt;
  if (range->from && range->to && Compare(*range->from, *range->to) > 0) return std::nullopt;
  range->parity = parity;
  return range;
}

std::string FormatRange(const HouseRange& range) {
  std::string bounds;
  if (range.from && range.to && Compare(*range.from, *range.to) == 0) {
    bounds = FormatHouse(*range.from);
  } else if (range.from || range.to) {
    if (range.from) bounds = FormatHouse(*range.from);
    bounds += "-";
    if (range.to) bounds += FormatHouse(*range.to);
  }
  if (range.parity == Parity::kAll) return bounds.empty() ? "all" : bounds;
  const std::string_view parity = ParityName(range.parity);
  return bounds.empty() ? std::string(parity) : bounds + " " + std::string(parity);
}

}  // namespace kenes::directory
