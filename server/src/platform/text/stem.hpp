#pragma once
// Search terms for Russian and Kazakh text: words are split, folded, and reduced to stems, so that
// «дорога», «дороги», «дорогу» or «жолдар», «жолдың», «жолға» find each other.
// Russian uses the Snowball stemmer (libstemmer); Kazakh uses our own suffix stemmer (below).

#include <string>
#include <string_view>
#include <vector>

namespace kenes::text {

// Words of a text: letters and digits (Latin, Russian and Kazakh Cyrillic), folded as Fold()
// does (lower case, «ё»→«е»). Words shorter than 2 code points are dropped.
std::vector<std::string> Words(std::string_view text);

// Snowball Russian stem of one folded word (words without Cyrillic letters are returned as is).
std::string RussianStem(std::string_view word);

// Kazakh stem of one folded word: repeatedly strips the longest known inflectional suffix
// (plural, possessive, case, some verb endings) while at least 3 code points of stem remain.
std::string KazakhStem(std::string_view word);

// The index terms of a text: for each word its Russian stem and, when different, its Kazakh stem;
// de-duplicated, in first-seen order.
std::vector<std::string> IndexTerms(std::string_view text);

// For a query: per word, the alternatives any of which may match an indexed term.
std::vector<std::vector<std::string>> QueryTerms(std::string_view query);

}  // namespace kenes::text
