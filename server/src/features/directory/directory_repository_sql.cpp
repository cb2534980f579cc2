// The directory's SQL in one file (475 lines): its column lists and row mappers serve every table
// here, and deputies join okrugs and commissions; split it by table when it grows further.
#include "features/directory/directory_repository.hpp"

namespace kenes::directory {
namespace {

constexpr const char* kTerritoryCols =
    "id, parent_id, level, name_kk, name_ru, kato_code, valid_from, valid_to";
constexpr const char* kMaslikhatCols =
    "id, territory_id, parent_id, level, name_kk, name_ru, convocation_number, convocation_start, "
    "convocation_end, chair_deputy_id, address_kk, address_ru, phones, email, working_hours_kk, "
    "working_hours_ru, social_links, operator_name_kk, operator_name_ru, bin";
constexpr const char* kOkrugCols =
    "id, maslikhat_id, number, name_kk, name_ru, center_kk, center_ru";
constexpr const char* kDeputyCols =
    "id, maslikhat_id, okrug_id, user_id, full_name_kk, full_name_ru, mandate_type, party_kk, "
    "party_ru, convocation, bio_kk, bio_ru, photo_file, photo_mime, email, phone, private_phone, "
    "social_links, published, updated_at";
constexpr const char* kCommissionCols =
    "id, maslikhat_id, kind, name_kk, name_ru, remit_kk, remit_ru, period_from, period_to";

std::string Sql(const char* head, const char* cols, const char* tail) {
  return std::string(head) + cols + tail;
}

Territory ToTerritory(const db::Row& r) {
  return Territory{r.Int("id"),         r.OptInt("parent_id"), r.Str("level"),
                   r.Str("name_kk"),    r.Str("name_ru"),      r.OptStr("kato_code"),
                   r.Str("valid_from"), r.OptStr("valid_to")};
}

Maslikhat ToMaslikhat(const db::Row& r) {
  Maslikhat m;
  m.id = r.Int("id");
  m.territory_id = r.Int("territory_id");
  m.parent_id = r.OptInt("parent_id");
  m.level = r.Str("level");
  m.name_kk = r.Str("name_kk");
  m.name_ru = r.Str("name_ru");
  m.convocation_number = static_cast<int>(r.Int("convocation_number"));
  m.convocation_start = r.OptStr("convocation_start");
  m.convocation_end = r.OptStr("convocation_end");
  m.chair_deputy_id = r.OptInt("chair_deputy_id");
  m.address_kk = r.Str("address_kk");
  m.address_ru = r.Str("address_ru");
  m.phones_json = r.Str("phones");
  m.email = r.Str("email");
  m.working_hours_kk = r.Str("working_hours_kk");
  m.working_hours_ru = r.Str("working_hours_ru");
  m.social_links_json = r.Str("social_links");
  m.operator_name_kk = r.Str("operator_name_kk");
  m.operator_name_ru = r.Str("operator_name_ru");
  m.bin = r.Str("bin");
  return m;
}

Okrug ToOkrug(const db::Row& r) {
  return Okrug{r.Int("id"),       r.Int("maslikhat_id"), static_cast<int>(r.Int("number")),
               r.Str("name_kk"),  r.Str("name_ru"),      r.Str("center_kk"),
               r.Str("center_ru")};
}

Deputy ToDeputy(const db::Row& r) {
  Deputy d;
  d.id = r.Int("id");
  d.maslikhat_id = r.Int("maslikhat_id");
  d.okrug_id = r.OptInt("okrug_id");
  d.user_id = r.OptInt("user_id");
  d.full_name_kk = r.Str("full_name_kk");
  d.full_name_ru = r.Str("full_name_ru");
  d.mandate_type = r.Str("mandate_type");
  d.party_kk = r.Str("party_kk");
  d.party_ru = r.Str("party_ru");
  d.convocation = static_cast<int>(r.Int("convocation"));
  d.bio_kk = r.Str("bio_kk");
  d.bio_ru = r.Str("bio_ru");
  d.photo_file = r.OptStr("photo_file");
  d.photo_mime = r.OptStr("photo_mime");
  d.email = r.Str("email");
  d.phone = r.Str("phone");
  d.private_phone = r.Str("private_phone");
  d.social_links_json = r.Str("social_links");
  d.published = r.Bool("published");
  d.updated_at = r.Str("updated_at");
  return d;
}

Commission ToCommission(const db::Row& r) {
  Commission c;
  c.id = r.Int("id");
  c.maslikhat_id = r.Int("maslikhat_id");
  c.kind = r.Str("kind");
  c.name_kk = r.Str("name_kk");
  c.name_ru = r.Str("name_ru");
  c.remit_kk = r.Str("remit_kk");
  c.remit_ru = r.Str("remit_ru");
  c.period_from = r.OptStr("period_from");
  c.period_to = r.OptStr("period_to");
  return c;
}

template <class T, class F>
std::vector<T> Map(const db::Rows& rows, F f) {
  std::vector<T> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(f(r));
  return out;
}

}  // namespace

std::vector<Territory> DirectoryRepository::ListTerritories(db::Tx& tx,
                                                            std::optional<int64_t> parent_id,
                                                            const std::string& level) {
  return Map<Territory>(
      tx.Query(Sql("SELECT ", kTerritoryCols,
                   " FROM territories WHERE (CAST($1 AS BIGINT) IS NULL OR parent_id = $1) AND "
                   "($2 = '' OR level = $2) AND valid_to IS NULL ORDER BY name_ru LIMIT 1000"),
               {parent_id, level}),
      ToTerritory);
}

std::optional<Territory> DirectoryRepository::FindTerritory(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(Sql("SELECT ", kTerritoryCols, " FROM territories WHERE id = $1"), {id});
  if (!row) return std::nullopt;
  return ToTerritory(*row);
}

int64_t DirectoryRepository::CreateTerritory(db::Tx& tx, const Territory& t) {
  int64_t id = tx.QueryOne(
                     "INSERT INTO territories (parent_id, level, name_kk, name_ru, kato_code, "
                     "valid_from) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                     {t.parent_id, t.level, t.name_kk, t.name_ru, t.kato_code, t.valid_from})
                   ->Int("id");
  tx.Exec(
      "INSERT INTO territory_versions (territory_id, parent_id, name_kk, name_ru, valid_from) "
      "VALUES ($1, $2, $3, $4, $5)",
      {id, t.parent_id, t.name_kk, t.name_ru, t.valid_from});
  return id;
}

void DirectoryRepository::UpdateTerritory(db::Tx& tx, const Territory& t) {
  tx.Exec(
      "UPDATE territory_versions SET valid_to = $2 WHERE territory_id = $1 AND valid_to IS NULL",
      {t.id, t.valid_from});
  tx.Exec(
      "INSERT INTO territory_versions (territory_id, parent_id, name_kk, name_ru, valid_from) "
      "VALUES ($1, $2, $3, $4, $5)",
      {t.id, t.parent_id, t.name_kk, t.name_ru, t.valid_from});
  tx.Exec(
      "UPDATE territories SET parent_id = $2, level = $3, name_kk = $4, name_ru = $5, kato_code = "
      "$6, valid_from = $7, valid_to = $8 WHERE id = $1",
      {t.id, t.parent_id, t.level, t.name_kk, t.name_ru, t.kato_code, t.valid_from, t.valid_to});
}

std::vector<TerritoryVersion> DirectoryRepository::History(db::Tx& tx, int64_t territory_id) {
  return Map<TerritoryVersion>(
      tx.Query("SELECT parent_id, name_kk, name_ru, valid_from, valid_to FROM territory_versions "
               "WHERE territory_id = $1 ORDER BY id",
               {territory_id}),
      [](const db::Row& r) {
        return TerritoryVersion{r.OptInt("parent_id"), r.Str("name_kk"), r.Str("name_ru"),
                                r.Str("valid_from"), r.OptStr("valid_to")};
      });
}

std::vector<Maslikhat> DirectoryRepository::ListMaslikhats(db::Tx& tx) {
  return Map<Maslikhat>(
      tx.Query(Sql("SELECT ", kMaslikhatCols, " FROM maslikhats ORDER BY level, name_ru")),
      ToMaslikhat);
}

std::optional<Maslikhat> DirectoryRepository::FindMaslikhat(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(Sql("SELECT ", kMaslikhatCols, " FROM maslikhats WHERE id = $1"), {id});
  if (!row) return std::nullopt;
  return ToMaslikhat(*row);
}

int64_t DirectoryRepository::CreateMaslikhat(db::Tx& tx, const Maslikhat& m,
                                             const std::string& now) {
  return tx
      .QueryOne(
          "INSERT INTO maslikhats (territory_id, parent_id, level, name_kk, name_ru, "
          "convocation_number, convocation_start, convocation_end, address_kk, address_ru, phones, "
          "email, working_hours_kk, working_hours_ru, social_links, created_at, operator_name_kk, "
          "operator_name_ru, bin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
          "$14, $15, $16, $17, $18, $19) RETURNING id",
          {m.territory_id, m.parent_id, m.level, m.name_kk, m.name_ru, m.convocation_number,
           m.convocation_start, m.convocation_end, m.address_kk, m.address_ru, m.phones_json,
           m.email, m.working_hours_kk, m.working_hours_ru, m.social_links_json, now,
           m.operator_name_kk, m.operator_name_ru, m.bin})
      ->Int("id");
}

void DirectoryRepository::UpdateMaslikhat(db::Tx& tx, const Maslikhat& m) {
  tx.Exec(
      "UPDATE maslikhats SET name_kk = $2, name_ru = $3, convocation_number = $4, "
      "convocation_start = $5, convocation_end = $6, chair_deputy_id = $7, address_kk = $8, "
      "address_ru = $9, phones = $10, email = $11, working_hours_kk = $12, working_hours_ru = $13, "
      "social_links = $14, parent_id = $15, operator_name_kk = $16, operator_name_ru = $17, "
      "bin = $18 WHERE id = $1",
      {m.id, m.name_kk, m.name_ru, m.convocation_number, m.convocation_start, m.convocation_end,
       m.chair_deputy_id, m.address_kk, m.address_ru, m.phones_json, m.email, m.working_hours_kk,
       m.working_hours_ru, m.social_links_json, m.parent_id, m.operator_name_kk, m.operator_name_ru,
       m.bin});
}

std::vector<Okrug> DirectoryRepository::ListOkrugs(db::Tx& tx, int64_t maslikhat_id) {
  return Map<Okrug>(
      tx.Query(Sql("SELECT ", kOkrugCols, " FROM okrugs WHERE maslikhat_id = $1 ORDER BY number"),
               {maslikhat_id}),
      ToOkrug);
}

std::optional<Okrug> DirectoryRepository::FindOkrug(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(Sql("SELECT ", kOkrugCols, " FROM okrugs WHERE id = $1"), {id});
  if (!row) return std::nullopt;
  return ToOkrug(*row);
}

std::optional<Okrug> DirectoryRepository::FindOkrugByNumber(db::Tx& tx, int64_t maslikhat_id,
                                                            int number) {
  auto row = tx.QueryOne(
      Sql("SELECT ", kOkrugCols, " FROM okrugs WHERE maslikhat_id = $1 AND number = $2"),
      {maslikhat_id, number});
  if (!row) return std::nullopt;
  return ToOkrug(*row);
}

int64_t DirectoryRepository::CreateOkrug(db::Tx& tx, const Okrug& o) {
  return tx
      .QueryOne(
          "INSERT INTO okrugs (maslikhat_id, number, name_kk, name_ru, center_kk, center_ru) "
          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          {o.maslikhat_id, o.number, o.name_kk, o.name_ru, o.center_kk, o.center_ru})
      ->Int("id");
}

void DirectoryRepository::UpdateOkrug(db::Tx& tx, const Okrug& o) {
  tx.Exec(
      "UPDATE okrugs SET number = $2, name_kk = $3, name_ru = $4, center_kk = $5, center_ru = $6 "
      "WHERE id = $1",
      {o.id, o.number, o.name_kk, o.name_ru, o.center_kk, o.center_ru});
}

bool DirectoryRepository::DeleteOkrug(db::Tx& tx, int64_t id) {
  tx.Exec("DELETE FROM okrug_coverage WHERE okrug_id = $1", {id});
  return tx.Exec("DELETE FROM okrugs WHERE id = $1", {id}) > 0;
}

bool DirectoryRepository::OkrugHasDeputies(db::Tx& tx, int64_t id) {
  return tx.QueryOne("SELECT id FROM deputies WHERE okrug_id = $1 LIMIT 1", {id}).has_value();
}

std::vector<CoverageRow> DirectoryRepository::ListCoverage(db::Tx& tx, int64_t okrug_id) {
  return Map<CoverageRow>(
      tx.Query("SELECT id, okrug_id, settlement_kk, settlement_ru, street_kk, street_ru, houses "
               "FROM okrug_coverage WHERE okrug_id = $1 ORDER BY settlement_ru, street_ru, id",
               {okrug_id}),
      [](const db::Row& r) {
        return CoverageRow{
            r.Int("id"),        r.Int("okrug_id"),  r.Str("settlement_kk"), r.Str("settlement_ru"),
            r.Str("street_kk"), r.Str("street_ru"), r.Str("houses")};
      });
}

int64_t DirectoryRepository::AddCoverage(db::Tx& tx, const CoverageRow& row,
                                         const CoverageKeys& k) {
  return tx
      .QueryOne(
          "INSERT INTO okrug_coverage (okrug_id, settlement_kk, settlement_ru, street_kk, "
          "street_ru, houses, settlement_key_kk, settlement_key_ru, street_key_kk, street_key_ru) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
          {row.okrug_id, row.settlement_kk, row.settlement_ru, row.street_kk, row.street_ru,
           row.houses, k.settlement_kk, k.settlement_ru, k.street_kk, k.street_ru})
      ->Int("id");
}

bool DirectoryRepository::DeleteCoverage(db::Tx& tx, int64_t okrug_id, int64_t row_id) {
  return tx.Exec("DELETE FROM okrug_coverage WHERE id = $1 AND okrug_id = $2", {row_id, okrug_id}) >
         0;
}

std::vector<CoverageCandidate> DirectoryRepository::Candidates(db::Tx& tx,
                                                               const std::string& settlement_key,
                                                               const std::string& street_key) {
  // Two index probes (Russian and Kazakh keys), each for this street and the whole settlement.
  return Map<CoverageCandidate>(
      tx.Query("SELECT c.okrug_id, o.maslikhat_id, c.houses, CASE WHEN c.street_key_ru = '' THEN 0 "
               "ELSE 1 END AS street_level FROM okrug_coverage c JOIN okrugs o ON o.id = "
               "c.okrug_id WHERE c.settlement_key_ru = $1 AND c.street_key_ru IN ($2, '') UNION "
               "SELECT c.okrug_id, o.maslikhat_id, c.houses, CASE WHEN c.street_key_kk = '' THEN 0 "
               "ELSE 1 END AS street_level FROM okrug_coverage c JOIN okrugs o ON o.id = "
               "c.okrug_id WHERE c.settlement_key_kk = $1 AND c.street_key_kk IN ($2, '')",
               {settlement_key, street_key}),
      [](const db::Row& r) {
        return CoverageCandidate{r.Int("okrug_id"), r.Int("maslikhat_id"), r.Str("houses"),
                                 r.Int("street_level") != 0};
      });
}

std::vector<int64_t> DirectoryRepository::MaslikhatsOfSettlement(db::Tx& tx,
                                                                 const std::string& key) {
  return Map<int64_t>(
      tx.Query("SELECT DISTINCT o.maslikhat_id FROM okrug_coverage c JOIN okrugs o ON o.id = "
               "c.okrug_id WHERE c.settlement_key_ru = $1 OR c.settlement_key_kk = $1",
               {key}),
      [](const db::Row& r) { return r.Int("maslikhat_id"); });
}

std::vector<NamePair> DirectoryRepository::Settlements(db::Tx& tx, const std::string& prefix,
                                                       int limit) {
  std::string like = prefix + "%";
  return Map<NamePair>(
      tx.Query("SELECT settlement_key_ru AS k, MIN(settlement_kk) AS kk, MIN(settlement_ru) AS ru "
               "FROM okrug_coverage WHERE settlement_key_ru LIKE $1 OR settlement_key_kk LIKE $1 "
               "GROUP BY settlement_key_ru ORDER BY settlement_key_ru LIMIT $2",
               {like, limit}),
      [](const db::Row& r) {
        return NamePair{r.Str("k"), r.Str("kk"), r.Str("ru")};
      });
}

std::vector<NamePair> DirectoryRepository::Streets(db::Tx& tx, const std::string& settlement_key,
                                                   const std::string& prefix, int limit) {
  std::string like = prefix + "%";
  return Map<NamePair>(
      tx.Query("SELECT street_key_ru AS k, MIN(street_kk) AS kk, MIN(street_ru) AS ru FROM "
               "okrug_coverage WHERE (settlement_key_ru = $1 OR settlement_key_kk = $1) AND "
               "street_key_ru <> '' AND (street_key_ru LIKE $2 OR street_key_kk LIKE $2) GROUP BY "
               "street_key_ru ORDER BY street_key_ru LIMIT $3",
               {settlement_key, like, limit}),
      [](const db::Row& r) {
        return NamePair{r.Str("k"), r.Str("kk"), r.Str("ru")};
      });
}

std::vector<Deputy> DirectoryRepository::ListDeputies(db::Tx& tx,
                                                      std::optional<int64_t> maslikhat_id,
                                                      const std::string& name_key, int64_t after_id,
                                                      int limit, bool include_unpublished) {
  std::string like = "%" + name_key + "%";
  return Map<Deputy>(
      tx.Query(Sql("SELECT ", kDeputyCols,
                   " FROM deputies WHERE id > $1 AND (CAST($2 AS BIGINT) IS NULL OR maslikhat_id "
                   "= $2) AND ($3 = '' OR name_key LIKE $4) AND (published = 1 OR $5 = 1) ORDER BY "
                   "id LIMIT $6"),
               {after_id, maslikhat_id, name_key, like, include_unpublished ? 1 : 0, limit}),
      ToDeputy);
}

std::vector<Deputy> DirectoryRepository::DeputiesOfOkrug(db::Tx& tx, int64_t okrug_id) {
  return Map<Deputy>(tx.Query(Sql("SELECT ", kDeputyCols,
                                  " FROM deputies WHERE okrug_id = $1 AND published = 1 ORDER BY "
                                  "id"),
                              {okrug_id}),
                     ToDeputy);
}

std::vector<Deputy> DirectoryRepository::DeputiesOfMaslikhat(db::Tx& tx, int64_t maslikhat_id) {
  return Map<Deputy>(tx.Query(Sql("SELECT ", kDeputyCols,
                                  " FROM deputies WHERE maslikhat_id = $1 AND published = 1 ORDER "
                                  "BY full_name_ru"),
                              {maslikhat_id}),
                     ToDeputy);
}

std::optional<Deputy> DirectoryRepository::FindDeputy(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(Sql("SELECT ", kDeputyCols, " FROM deputies WHERE id = $1"), {id});
  if (!row) return std::nullopt;
  return ToDeputy(*row);
}

std::optional<Deputy> DirectoryRepository::FindDeputyByUser(db::Tx& tx, int64_t user_id) {
  auto row = tx.QueryOne(Sql("SELECT ", kDeputyCols, " FROM deputies WHERE user_id = $1 LIMIT 1"),
                         {user_id});
  if (!row) return std::nullopt;
  return ToDeputy(*row);
}

int64_t DirectoryRepository::CreateDeputy(db::Tx& tx, const Deputy& d,
                                          const std::string& name_key) {
  return tx
      .QueryOne(
          "INSERT INTO deputies (maslikhat_id, okrug_id, user_id, full_name_kk, full_name_ru, "
          "name_key, mandate_type, party_kk, party_ru, convocation, bio_kk, bio_ru, email, phone, "
          "private_phone, social_links, published, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
          "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
          {d.maslikhat_id, d.okrug_id, d.user_id, d.full_name_kk, d.full_name_ru, name_key,
           d.mandate_type, d.party_kk, d.party_ru, d.convocation, d.bio_kk, d.bio_ru, d.email,
           d.phone, d.private_phone, d.social_links_json, d.published, d.updated_at})
      ->Int("id");
}

void DirectoryRepository::UpdateDeputy(db::Tx& tx, const Deputy& d, const std::string& name_key) {
  tx.Exec(
      "UPDATE deputies SET okrug_id = $2, user_id = $3, full_name_kk = $4, full_name_ru = $5, "
      "name_key = $6, mandate_type = $7, party_kk = $8, party_ru = $9, convocation = $10, bio_kk = "
      "$11, bio_ru = $12, email = $13, phone = $14, private_phone = $15, social_links = $16, "
      "published = $17, updated_at = $18, photo_file = $19, photo_mime = $20 WHERE id = $1",
      {d.id,           d.okrug_id,    d.user_id,       d.full_name_kk,
       d.full_name_ru, name_key,      d.mandate_type,  d.party_kk,
       d.party_ru,     d.convocation, d.bio_kk,        d.bio_ru,
       d.email,        d.phone,       d.private_phone, d.social_links_json,
       d.published,    d.updated_at,  d.photo_file,    d.photo_mime});
}

std::vector<DeputyCommission> DirectoryRepository::CommissionsOfDeputy(db::Tx& tx,
                                                                       int64_t deputy_id) {
  return Map<DeputyCommission>(
      tx.Query("SELECT c.id, c.name_kk, c.name_ru, m.role FROM commission_members m JOIN "
               "commissions c ON c.id = m.commission_id WHERE m.deputy_id = $1 ORDER BY c.name_ru",
               {deputy_id}),
      [](const db::Row& r) {
        return DeputyCommission{r.Int("id"), r.Str("name_kk"), r.Str("name_ru"), r.Str("role")};
      });
}

std::vector<Commission> DirectoryRepository::ListCommissions(db::Tx& tx, int64_t maslikhat_id) {
  auto list = Map<Commission>(
      tx.Query(Sql("SELECT ", kCommissionCols,
                   " FROM commissions WHERE maslikhat_id = $1 ORDER BY kind, name_ru"),
               {maslikhat_id}),
      ToCommission);
  for (auto& c : list) {
    c.members = Map<CommissionMember>(
        tx.Query("SELECT deputy_id, role FROM commission_members WHERE commission_id = $1 ORDER "
                 "BY role, deputy_id",
                 {c.id}),
        [](const db::Row& r) {
          return CommissionMember{r.Int("deputy_id"), r.Str("role")};
        });
  }
  return list;
}

std::optional<Commission> DirectoryRepository::FindCommission(db::Tx& tx, int64_t id) {
  auto row = tx.QueryOne(Sql("SELECT ", kCommissionCols, " FROM commissions WHERE id = $1"), {id});
  if (!row) return std::nullopt;
  Commission c = ToCommission(*row);
  c.members = Map<CommissionMember>(
      tx.Query("SELECT deputy_id, role FROM commission_members WHERE commission_id = $1 ORDER BY "
               "role, deputy_id",
               {id}),
      [](const db::Row& r) {
        return CommissionMember{r.Int("deputy_id"), r.Str("role")};
      });
  return c;
}

int64_t DirectoryRepository::CreateCommission(db::Tx& tx, const Commission& c) {
  return tx
      .QueryOne(
          "INSERT INTO commissions (maslikhat_id, kind, name_kk, name_ru, remit_kk, remit_ru, "
          "period_from, period_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
          {c.maslikhat_id, c.kind, c.name_kk, c.name_ru, c.remit_kk, c.remit_ru, c.period_from,
           c.period_to})
      ->Int("id");
}

void DirectoryRepository::UpdateCommission(db::Tx& tx, const Commission& c) {
  tx.Exec(
      "UPDATE commissions SET kind = $2, name_kk = $3, name_ru = $4, remit_kk = $5, remit_ru = $6, "
      "period_from = $7, period_to = $8 WHERE id = $1",
      {c.id, c.kind, c.name_kk, c.name_ru, c.remit_kk, c.remit_ru, c.period_from, c.period_to});
}

void DirectoryRepository::SetMembers(db::Tx& tx, int64_t commission_id,
                                     const std::vector<CommissionMember>& members) {
  tx.Exec("DELETE FROM commission_members WHERE commission_id = $1", {commission_id});
  for (const auto& m : members) {
    tx.Exec("INSERT INTO commission_members (commission_id, deputy_id, role) VALUES ($1, $2, $3)",
            {commission_id, m.deputy_id, m.role});
  }
}

void DirectoryRepository::PhotoFiles(db::Tx& tx, std::unordered_set<std::string>& names) {
  for (const auto& r : tx.Query("SELECT photo_file FROM deputies WHERE photo_file IS NOT NULL")) {
    names.insert(r.Str("photo_file"));
  }
}

}  // namespace kenes::directory
