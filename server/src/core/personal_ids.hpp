#pragma once
// Contact details and identifiers of a person, checked and normalised the same way by every
// feature (accounts, appeals on behalf, directory imports). Pure functions, no I/O.

#include <optional>
#include <string>
#include <string_view>

namespace kenes {

// "  Ivan@Example.KZ " -> "ivan@example.kz"; nullopt when not an address.
std::optional<std::string> NormalizeEmail(std::string_view raw);
// "8 (701) 123-45-67" -> "+77011234567"; nullopt when not a Kazakhstan mobile/landline number.
std::optional<std::string> NormalizePhone(std::string_view raw);
// 12 digits with a valid check digit (reference/domain-kz.md §6), and not a placeholder.
bool IsValidIin(std::string_view iin);
// "000000000000", "111111111111"…: typed to get past a form; some pass the checksum.
bool IsPlaceholderIin(std::string_view iin);
std::string MaskIin(std::string_view iin);
// A business identification number (BIN) of a legal entity: 12 digits, the fifth 4, 5 or 6 (the
// kind of entity), the same check digit as the IIN's, not all one digit.
bool IsValidBin(std::string_view bin);  // "12********34"

}  // namespace kenes
