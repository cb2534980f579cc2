#pragma once
// Address matching for "find my deputy": what a person types ("ул. Абая", «Абай көшесі», "12а")
// against okrug coverage rows (settlement, street, house range). Pure functions, no I/O.

#include <optional>
#include <string>
#include <string_view>

namespace kenes::directory {

// A comparison key for a settlement or street name typed in Kazakh or Russian:
// lower-case; «ё»→«е»; Kazakh letters folded to their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н,
// ө→о, ұ→у, ү→у, һ→х, і→и); type words and abbreviations removed wherever they stand
// (ул., улица, пр., пр-т, проспект, пер., переулок, б-р, бульвар, мкр., микрорайон, ш., шоссе,
// пл., площадь, г., город, с., село, пос., посёлок, п., аул, көш., көшесі, даң., даңғылы,
// шағын ауданы, ы/і possessive endings of those words); punctuation to spaces; spaces collapsed.
// "ул. Абая" and «Абай көшесі» do not share a key (different word forms); both map to "абая" /
// "абаи" respectively — coverage rows therefore store a key for their Russian AND Kazakh names.
std::string NameKey(std::string_view typed);

// A house number: "12", "12А", "12 а", "12/1" (building 1 of 12: number 12, suffix "/1").
struct HouseNumber {
  int number = 0;
  std::string suffix;  // upper-case Cyrillic or Latin letter(s), or "/N"; "" for none
};
std::optional<HouseNumber> ParseHouse(std::string_view typed);

enum class Parity { kAll, kOdd, kEven };
std::optional<Parity> ParseParity(std::string_view s);  // "all" | "odd" | "even"
std::string_view ParityName(Parity p);

// A coverage range of houses on one street. Both ends are inclusive; an empty `from` means
// "from the first house", an empty `to` means "to the last". Letters order after the bare number:
// 12 < 12А < 12Б < 13. Parity applies to the number part.
struct HouseRange {
  std::optional<HouseNumber> from;
  std::optional<HouseNumber> to;
  Parity parity = Parity::kAll;
};
bool InRange(const HouseNumber& house, const HouseRange& range);

// Parses the CSV/UI form of a range: "" or "all" (whole street), "1-99 odd", "2-48 even",
// "12А-20", "15-" (15 to the end), "-40 even", "7" (a single house). Also accepts the Russian
// words нечётные/нечетные/четные/чётные and Kazakh тақ/жұп for parity.
std::optional<HouseRange> ParseRange(std::string_view text);
std::string FormatRange(const HouseRange& range);  // canonical: "1-99 odd", "12А-20", "all"

}  // namespace kenes::directory
