#pragma once
// Word search over a table of stems (term, owner id) that a feature keeps beside its rows: the
// registry of acts and the published posts share how a query's words become conditions and how a
// row's terms are replaced, so that a rare word drives every such search the same way.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.hpp"

namespace kenes::db {

// "$n" for the value just appended to `params`.
std::string Bind(Params& params, Value v);

// "$a, $b, …" for the words, appended to `params`.
std::string BindList(Params& params, const std::vector<std::string>& words);

// The terms table (`term`, `owner_column`) of the rows of `owner_table` (primary key `id`).
struct TermTable {
  std::string_view terms;         // e.g. "post_terms"
  std::string_view owner_column;  // e.g. "post_id"
  std::string_view owner_table;   // e.g. "posts"
};

// Appends to `where` one condition per query word (each a list of alternative stems, as
// text::QueryTerms gives them): every word must match. The rarest word, when it is rare enough,
// drives the query as a short list of ids; the others (and a common one) are checked per row
// walked in the list's order, an index probe each, which finds a page of dense matches early. A
// word drives when its matches, counted up to √(limit × rows), are fewer (measured on the acts:
// a common word as the driver read every match before the first page).
void AppendTermConditions(Tx& tx, const TermTable& table,
                          const std::vector<std::vector<std::string>>& words, int64_t limit,
                          Params& params, std::string& where);

// Replaces the row's terms (text::IndexTerms of its texts).
void ReplaceTerms(Tx& tx, const TermTable& table, int64_t owner_id,
                  const std::vector<std::string>& terms);

}  // namespace kenes::db
