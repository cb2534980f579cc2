#pragma once
// Masks what identifies a person in a free text before it is published (the public register of
// appeals, issue 11): names, street addresses, phone numbers and IINs become "***". A heuristic
// for Russian and Kazakh texts, erring towards masking; staff review every entry before it goes
// public and can correct it (docs/public-register.md).

#include <string>
#include <string_view>

namespace kenes::text {

// - a phone, an IIN or any run of 7 digits or more (spaces, '-', '(', ')', '+' between them);
// - a name: 2 or 3 capitalised words in a row («Иванов Иван Иванович», «Сейткали Айгерим»), or a
//   capitalised word followed by initials («Иванов И. И.»);
// - an address: what follows a street, house or flat word («ул. Абая 12, кв. 5» →
//   «ул. ***, кв. ***»), and what precedes a Kazakh one («Абай көшесі 12» → «*** көшесі ***»).
// The words that say what was masked (ул., кв., көшесі) stay, so the text still reads.
std::string MaskPersonalData(std::string_view text);

}  // namespace kenes::text
