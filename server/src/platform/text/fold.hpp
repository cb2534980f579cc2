#pragma once
// Case folding for comparing what people typed: lower-case Latin, Russian and Kazakh Cyrillic,
// «ё» as «е», runs of whitespace as one space, trimmed. (Address keys in features/directory fold
// further; this is the plain form for matching subjects and names.)

#include <string>
#include <string_view>

namespace kenes::text {

std::string Fold(std::string_view s);

// Length in code points (what people count as characters) of valid UTF-8.
size_t CodePoints(std::string_view s);

}  // namespace kenes::text
