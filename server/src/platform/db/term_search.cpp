#include "platform/db/term_search.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace kenes::db {
namespace {

void Append(std::string& out, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) out += part;
}

// How many rows carry one of these terms, counted up to cap + 1 (an index range).
int64_t CountMatches(Tx& tx, const TermTable& table, const std::vector<std::string>& alternatives,
                     int64_t cap) {
  Params params;
  std::string sql = "SELECT COUNT(*) AS n FROM (SELECT 1 FROM " + std::string(table.terms) +
                    " WHERE term IN (" + BindList(params, alternatives) + ")";
  sql += " LIMIT " + Bind(params, cap + 1) + ") AS limited";
  return tx.QueryOne(sql, params)->Int("n");
}

}  // namespace

std::string Bind(Params& params, Value v) {
  params.push_back(std::move(v));
  return "$" + std::to_string(params.size());
}

std::string BindList(Params& params, const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + Bind(params, w);
  return out;
}

void AppendTermConditions(Tx& tx, const TermTable& table,
                          const std::vector<std::vector<std::string>>& words, int64_t limit,
                          Params& params, std::string& where) {
  if (words.empty()) return;
  const std::string terms(table.terms);
  const std::string owner(table.owner_column);
  const std::string rows(table.owner_table);
  const int64_t total = tx.QueryOne("SELECT COALESCE(MAX(id), 0) AS n FROM " + rows)->Int("n");
  const auto cap = std::min<int64_t>(
      5000,
      static_cast<int64_t>(std::sqrt(static_cast<double>(total) * static_cast<double>(limit))));
  size_t driver = words.size();
  int64_t fewest = cap + 1;
  for (size_t w = 0; w < words.size(); ++w) {
    const int64_t n = CountMatches(tx, table, words[w], cap);
    if (n < fewest) {
      fewest = n;
      driver = w;
    }
  }
  for (size_t w = 0; w < words.size(); ++w) {
    const std::string alternatives = BindList(params, words[w]);
    if (w == driver) {
      Append(where, {" AND ", rows, ".id IN (SELECT ", owner, " FROM ", terms, " WHERE term IN (",
                     alternatives, "))"});
    } else {
      Append(where, {" AND EXISTS (SELECT 1 FROM ", terms, " t WHERE t.", owner, " = ", rows,
                     ".id AND t.term IN (", alternatives, "))"});
    }
  }
}

void ReplaceTerms(Tx& tx, const TermTable& table, int64_t owner_id,
                  const std::vector<std::string>& terms) {
  const std::string name(table.terms);
  const std::string owner(table.owner_column);
  tx.Exec("DELETE FROM " + name + " WHERE " + owner + " = $1", {owner_id});
  // One multi-row statement per chunk: a long text has a few thousand distinct stems.
  constexpr size_t kChunk = 200;
  for (size_t start = 0; start < terms.size(); start += kChunk) {
    const size_t end = std::min(terms.size(), start + kChunk);
    Params params = {owner_id};
    std::string sql;
    Append(sql, {"INSERT INTO ", name, " (term, ", owner, ") VALUES "});
    for (size_t i = start; i < end; ++i) {
      Append(sql, {i > start ? ", (" : "(", Bind(params, terms[i]), ", $1)"});
    }
    Append(sql, {" ON CONFLICT (term, ", owner, ") DO NOTHING"});
    tx.Exec(sql, params);
  }
}

}  // namespace kenes::db
