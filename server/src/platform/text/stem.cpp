#include "platform/text/stem.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "platform/text/fold.hpp"
#include "platform/text/utf8.hpp"

namespace kenes::text {
namespace {

// Words are handled as code points (DecodeUtf8, EncodeUtf8): suffix rules count letters, and
// Cyrillic letters are two bytes each, so byte lengths would silently halve every minimum below.
// Ill-formed input decodes to U+FFFD, which is not a word character: a separator, never a crash.
bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

bool IsWordChar(char32_t c) {
  if ((c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) {
    return true;
  }
  // Latin-1 and Latin Extended letters (names such as «Müller»), minus × and ÷.
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  // Cyrillic with the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І), minus the thousands sign and the
  // combining titlo marks 0483–0489, which are not letters.
  return IsCyrillic(c) && !(c >= 0x0482 && c <= 0x0489);
}

// ---- Russian ------------------------------------------------------------------------------------

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps its working buffer inside the object, so two threads sharing one would
// corrupt each other's results; one per thread costs a few hundred bytes and no locking.
sb_stemmer* RussianStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("russian", "UTF_8"));
  return stemmer.get();
}

// ---- Kazakh -------------------------------------------------------------------------------------

// «у» is left out on purpose: in Kazakh it behaves as a consonant before suffixes («су» → «суы»,
// «тау» → «тауы», like «жол» → «жолы»), so a stem ending in it takes the after-consonant forms.
bool IsVowel(char32_t c) {
  switch (c) {
    case U'а':
    case U'ә':
    case U'е':
    case U'ё':
    case U'и':
    case U'о':
    case U'ө':
    case U'ұ':
    case U'ү':
    case U'ы':
    case U'і':
    case U'э':
    case U'ю':
    case U'я':
      return true;
    default:
      return false;
  }
}

// Which letter must precede a suffix. Single letters such as -м, -н, -а are far more often the end
// of a root than an ending, so they are only stripped where Kazakh grammar can put them.
enum class After {
  kAny,
  kVowel,  // -м, -ң, -мыз, -ңыз, accusative -ны: forms used after a vowel («қалам»)
  kVowelNotYI,  // -сы/-сі: after a vowel but not ы/і, see the table
  kVoiceless,  // -т.../-қ.../-к.../-п... variants: only after a voiceless consonant («мектептер»)
  kConsonant,  // -ым, -ың, -ы, -ымыз, -ыңыз: possessive forms used after a consonant («жолым»)
  kPoss3,  // -н, -на, -нда: case forms used after the 3rd-person possessive -ы/-і («үйінде»)
  kPoss12,  // -а/-е: dative only after the 1st/2nd-person possessive -м/-ң («үйіме», «қалаңа»)
};

struct Suffix {
  std::u32string_view text;
  After after;
};

using enum After;

// Inflectional endings only. Derivational suffixes (-лық/-лік/-дық/-дік/-тық/-тік, -шы/-ші, ...)
// are deliberately absent: «жол» and «жолдық», «таза» and «тазалық» are different words, and a
// search for one should not return the other. Vowel harmony and voicing variants are all listed
// rather than derived, since the list is short and a table is easier to audit.
// clang-format off
constexpr Suffix kSuffixes[] = {
    // Plural. The т-, қ-, к- and п- variants of every class follow voiceless consonants only,
    // which keeps «ғимараты», «бюджеті» (its building, budget) from losing the root's «т».
    {U"лар", kAny}, {U"лер", kAny}, {U"дар", kAny}, {U"дер", kAny}, {U"тар", kVoiceless},
    {U"тер", kVoiceless},
    // Possessive: 1st, 2nd, 3rd person singular; 1st plural; 2nd polite. -сы/-сі is refused after
    // ы/і so that the many roots in -ыс/-іс keep their «с»: «жұмысы» is «жұмыс» + -ы, not
    // «жұмы» + -сы (the price: «жалақысы» does not meet «жалақы»).
    {U"ым", kConsonant}, {U"ім", kConsonant}, {U"м", kVowel},
    {U"ың", kConsonant}, {U"ің", kConsonant}, {U"ң", kVowel},
    {U"ы", kConsonant}, {U"і", kConsonant}, {U"сы", kVowelNotYI}, {U"сі", kVowelNotYI},
    {U"ымыз", kConsonant}, {U"іміз", kConsonant}, {U"мыз", kVowel}, {U"міз", kVowel},
    {U"ыңыз", kConsonant}, {U"іңіз", kConsonant}, {U"ңыз", kVowel}, {U"ңіз", kVowel},
    // Genitive.
    {U"ның", kAny}, {U"нің", kAny}, {U"дың", kAny}, {U"дің", kAny}, {U"тың", kVoiceless},
    {U"тің", kVoiceless},
    // Dative.
    {U"ға", kAny}, {U"ге", kAny}, {U"қа", kVoiceless}, {U"ке", kVoiceless}, {U"на", kPoss3}, {U"не", kPoss3},
    {U"а", kPoss12}, {U"е", kPoss12},
    // Accusative. -ны/-ні follow vowels only (consonants take -ды/-ты), which keeps «ауданы» (its
    // district) from being read as «ауда» + -ны.
    {U"ны", kVowel}, {U"ні", kVowel}, {U"ды", kAny}, {U"ді", kAny}, {U"ты", kVoiceless}, {U"ті", kVoiceless},
    {U"н", kPoss3},
    // Locative.
    {U"да", kAny}, {U"де", kAny}, {U"та", kVoiceless}, {U"те", kVoiceless}, {U"нда", kPoss3}, {U"нде", kPoss3},
    // Ablative.
    {U"дан", kAny}, {U"ден", kAny}, {U"тан", kVoiceless}, {U"тен", kVoiceless}, {U"нан", kAny},
    {U"нен", kAny},
    // Instrumental.
    {U"мен", kAny}, {U"бен", kAny}, {U"пен", kVoiceless},
    // Past participle («бұзылған», «жөнделген»): the commonest verb form in complaints. The
    // 3rd-person past («бұзылды») is already covered by the accusative -ды/-ді/-ты/-ті.
    {U"ған", kAny}, {U"ген", kAny}, {U"қан", kVoiceless}, {U"кен", kVoiceless},
};
// clang-format on

bool Precedes(After after, std::u32string_view stem) {
  char32_t last = stem.back();
  switch (after) {
    case kAny:
      return true;
    case kVowel:
      return IsVowel(last);
    case kVowelNotYI:
      return IsVowel(last) && last != U'ы' && last != U'і';
    case kVoiceless:
      return std::u32string_view(U"кқпстфхһцчшщ").find(last) != std::u32string_view::npos;
    case kConsonant:
      return !IsVowel(last);
    case kPoss3:
      return last == U'ы' || last == U'і';
    case kPoss12:
      return last == U'м' || last == U'ң';
  }
  return false;
}

// Common roots of two letters. Kazakh has many one-syllable roots, and without these «үйлер» and
// «үй», «суы» and «су» would never meet. A general two-letter floor was tried and cut real words:
// «аудан» (district) → «ау» by the ablative -дан, «әкім» → «әк» by the possessive -ім.
constexpr std::u32string_view kShortRoots[] = {
    U"үй", U"су", U"ел", U"ет", U"ас", U"ат", U"ай", U"ақ", U"ой",
    U"ұл", U"із", U"ән", U"ту", U"ми", U"от", U"ер", U"ем", U"ал",
};

// Roots in -н that a vowel-initial ending makes ambiguous: «ауданы» reads as «аудан» + -ы and as
// «ауда» + -ны, and only a dictionary can tell. Stripping never cuts into these. They are the
// ones that matter most for appeals; other roots in -н keep the problem.
constexpr std::u32string_view kWholeRoots[] = {U"аудан", U"мекен", U"тұрғын", U"орын"};

// What may remain after a suffix is cut. Three letters is the floor because so many two-syllable
// roots end in something that looks like a case ending: «ана», «ене», «дене», «сана» (-на/-не),
// «бақа» (-қа), «әке» (-ке); at three letters these stay whole. Below that only the known short
// roots above; a stem must also keep a vowel («у» counts), so consonant clusters of Russian
// abbreviations are left alone.
bool StemOk(std::u32string_view stem) {
  bool has_vowel = false;
  for (char32_t c : stem) has_vowel = has_vowel || IsVowel(c) || c == U'у';
  if (!has_vowel) return false;
  if (stem.size() >= 3) return true;
  for (std::u32string_view root : kShortRoots) {
    if (stem == root) return true;
  }
  return false;
}

// Kazakh spells the devoiced form at the end of a word and the voiced one before a vowel:
// «жарық»/«жарығы», «кітап»/«кітабы», «тілек»/«тілегі». Native words never end in ғ, г or б, so
// mapping them back at the very end merges the two without touching any native bare form.
char32_t Devoice(char32_t c) {
  switch (c) {
    case U'ғ':
      return U'қ';
    case U'г':
      return U'к';
    case U'б':
      return U'п';
    default:
      return c;
  }
}

}  // namespace

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::u32string cps = DecodeUtf8(text);
  size_t start = 0;
  for (size_t i = 0; i <= cps.size(); ++i) {
    if (i < cps.size() && IsWordChar(cps[i])) continue;
    if (i - start >= 2) {
      words.push_back(Fold(EncodeUtf8(std::u32string_view(cps).substr(start, i - start))));
    }
    start = i + 1;
  }
  return words;
}

std::string RussianStem(std::string_view word) {
  std::u32string cps = DecodeUtf8(word);
  bool cyrillic = false;
  for (char32_t c : cps) cyrillic = cyrillic || IsCyrillic(c);
  sb_stemmer* stemmer = cyrillic ? RussianStemmer() : nullptr;
  if (stemmer == nullptr) return std::string(word);
  const sb_symbol* stem = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory: the word still matches itself
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer)));
}

// Known limits, all of which cost recall, not correctness, since index and query are stemmed alike:
// vowel-dropping roots do not meet their forms («орын»/«орны», «ауыз»/«аузы»); roots in -н outside
// kWholeRoots lose the «н» before a vowel ending («қазаны» → «қаза»); roots in -ы/-і do not meet
// their -сы/-сі form («жалақы»/«жалақысы»); only the past tense and participle of verbs are
// handled; vowel harmony is not checked, so Russian words may lose a letter («проблемы» →
// «пробле»), which is harmless because their Snowball stem is indexed too.
std::string KazakhStem(std::string_view word) {
  std::u32string stem = DecodeUtf8(word);
  // Each pass removes the longest suffix whose remainder is still a plausible stem, so stacked
  // endings peel off from the outside in: «жолдарымыз» → «жолдар» → «жол».
  for (bool stripped = true; stripped;) {
    stripped = false;
    size_t floor = 0;
    for (std::u32string_view root : kWholeRoots) {
      if (std::u32string_view(stem).starts_with(root)) floor = std::max(floor, root.size());
    }
    size_t best = 0;
    for (const Suffix& s : kSuffixes) {
      if (s.text.size() <= best || s.text.size() >= stem.size()) continue;
      std::u32string_view rest(stem.data(), stem.size() - s.text.size());
      if (rest.size() < floor || !std::u32string_view(stem).ends_with(s.text)) continue;
      if (!StemOk(rest) || !Precedes(s.after, rest)) continue;
      best = s.text.size();
    }
    if (best > 0) {
      stem.resize(stem.size() - best);
      stripped = true;
    }
  }
  if (stem.size() >= 2) stem.back() = Devoice(stem.back());
  return EncodeUtf8(stem);
}

std::vector<std::string> IndexTerms(std::string_view text) {
  std::vector<std::string> terms;
  std::unordered_set<std::string> seen;
  auto add = [&](std::string term) {
    if (seen.insert(term).second) terms.push_back(std::move(term));
  };
  for (const std::string& word : Words(text)) {
    std::string russian = RussianStem(word);
    std::string kazakh = KazakhStem(word);
    bool same = kazakh == russian;
    add(std::move(russian));
    if (!same) add(std::move(kazakh));
  }
  return terms;
}

std::vector<std::vector<std::string>> QueryTerms(std::string_view query) {
  std::vector<std::vector<std::string>> terms;
  for (const std::string& word : Words(query)) {
    std::vector<std::string> alternatives{RussianStem(word)};
    std::string kazakh = KazakhStem(word);
    if (kazakh != alternatives.front()) alternatives.push_back(std::move(kazakh));
    terms.push_back(std::move(alternatives));
  }
  return terms;
}

}  // namespace kenes::text
