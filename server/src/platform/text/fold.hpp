#pragma once
// Case folding for comparing what people typed: lower-case Latin, Russian and Kazakh Cyrillic,
// «ё» as «е», runs of whitespace as one space, trimmed. (Address keys in features/directory fold
// further; this is the plain form for matching subjects and names.)

#include <string>
#include <string_view>

#include "platform/text/utf8.hpp"  // CodePoints, which callers of this header use

namespace kenes::text {

// Ill-formed UTF-8 (validated away upstream) folds to U+FFFD, one per maximal subpart.
std::string Fold(std::string_view s);

}  // namespace kenes::text
