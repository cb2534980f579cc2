// kenes: serve | migrate | seed --demo | backup | restore | migrate-db | table-digests | bench-data
//        | rotate-iin-key
#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/app.hpp"
#include "app/config_loader.hpp"
#include "app/iin_protection.hpp"
#include "app/migrate_db_command.hpp"
#include "app/seed.hpp"
#include "app/shipped_calendars.hpp"
#include "platform/crypto/crypto.hpp"
#include "platform/db/backup.hpp"
#include "platform/db/migrate_db.hpp"
#include "platform/db/migrations.hpp"
#include "platform/db/statistics.hpp"
#include "platform/log/log.hpp"

int main(int argc, char** argv) {
  CLI::App cli{"Kenes: the platform of maslikhat deputies and their voters"};
  cli.require_subcommand(1);
  std::string config_path = "kenes.toml";
  std::map<std::string, std::string> overrides;
  auto add_common = [&](CLI::App* sub) {
    sub->add_option("--config", config_path, "configuration file (default kenes.toml)");
    sub->add_option_function<std::string>(
        "--database-url", [&](const std::string& v) { overrides["database.url"] = v; },
        "sqlite:PATH or postgresql://...");
  };
  auto* serve = cli.add_subcommand("serve", "serve HTTP until SIGTERM");
  add_common(serve);
  serve->add_option_function<std::string>(
      "--host", [&](const std::string& v) { overrides["http.host"] = v; }, "listen address");
  serve->add_option_function<std::string>(
      "--port", [&](const std::string& v) { overrides["http.port"] = v; }, "listen port");
  serve->add_option_function<std::string>(
      "--web-root", [&](const std::string& v) { overrides["http.web_root"] = v; },
      "built web app directory");
  serve->add_option_function<std::string>(
      "--smtp-url", [&](const std::string& v) { overrides["mail.smtp_url"] = v; },
      "smtp://host:port for outgoing mail");
  serve->add_option_function<std::string>(
      "--node-name", [&](const std::string& v) { overrides["http.node_name"] = v; },
      "name sent as X-Kenes-Node on every response");
  auto* migrate = cli.add_subcommand("migrate", "apply pending database migrations");
  add_common(migrate);
  auto* seed = cli.add_subcommand("seed", "load data");
  add_common(seed);
  bool demo = false;
  seed->add_flag("--demo", demo, "demo maslikhat with accounts")->required();
  auto* backup = cli.add_subcommand("backup", "copy the database to a file while Kenes serves");
  add_common(backup);
  std::string backup_file;
  backup->add_option("--to", backup_file, "the backup file")->required();
  auto* restore = cli.add_subcommand("restore", "load a backup into an empty database");
  add_common(restore);
  std::string restore_file;
  restore->add_option("--from", restore_file, "a file made by kenes backup")->required();
  auto* migrate_db =
      cli.add_subcommand("migrate-db", "copy a SQLite database into an empty PostgreSQL one");
  std::string migrate_from;
  std::string migrate_to;
  migrate_db->add_option("--from", migrate_from, "sqlite:PATH")->required();
  migrate_db->add_option("--to", migrate_to, "postgresql://... (empty)")->required();
  auto* digests =
      cli.add_subcommand("table-digests", "print each table's row count and content digest");
  add_common(digests);
  auto* bench_data = cli.add_subcommand("bench-data", "generate benchmark data");
  add_common(bench_data);
  int bench_count = 1000000;
  std::string bench_kind;
  bench_data
      ->add_option("kind", bench_kind, "what to generate: appeals, acts, citizens, digest, posts")
      ->required();
  bench_data->add_option("--count", bench_count, "how many");
  auto* rotate = cli.add_subcommand(
      "rotate-iin-key", "re-seal every stored IIN with a new key (servers stopped; restartable)");
  add_common(rotate);
  std::string new_key_file;
  rotate->add_option("--new-key-file", new_key_file, "a file holding the new key (64 hex digits)")
      ->required();
  CLI11_PARSE(cli, argc, argv);

  bool explicit_config = false;
  for (auto* sub : {serve, migrate, seed, bench_data, rotate}) {
    if (sub->parsed() && sub->count("--config") > 0) explicit_config = true;
  }
  auto config = kenes::LoadConfig(config_path, explicit_config, overrides);
  if (!config.ok()) {
    std::fprintf(stderr, "kenes: %s\n", config.error().message.c_str());
    return 2;
  }
  try {
    kenes::crypto::Init();
    if (serve->parsed()) {
      kenes::App app(*config);
      app.Start();
      std::printf("kenes: listening on http://%s:%d\n", config->http.host.c_str(), app.port());
      std::fflush(stdout);
      app.Run(true);
      kenes::log::Info("stopped");
      return 0;
    }
    if (migrate_db->parsed()) return kenes::RunMigrateDb(migrate_from, migrate_to);
    if (digests->parsed()) {
      auto db = kenes::OpenConfiguredDatabase(*config);
      for (const auto& t : kenes::db::DigestDatabase(*db)) {
        std::printf("%s %lld %s\n", t.table.c_str(), static_cast<long long>(t.rows),
                    t.digest.c_str());
      }
      return 0;
    }
    // Before anything opens the database: a restore target must stay empty until it is loaded.
    if (backup->parsed() || restore->parsed()) {
      auto done = backup->parsed() ? kenes::db::Backup(config->database.url, backup_file)
                                   : kenes::db::Restore(restore_file, config->database.url);
      if (!done.ok()) {
        std::fprintf(stderr, "kenes: %s\n", done.error().message.c_str());
        return 1;
      }
      std::printf("%s\n", backup->parsed() ? "backup written" : "backup restored");
      return 0;
    }
    auto db = kenes::OpenConfiguredDatabase(*config);
    auto report = kenes::db::Migrate(*db, kenes::db::EmbeddedMigrations());
    if (!report.ok()) {
      std::fprintf(stderr, "kenes: %s\n", report.error().message.c_str());
      return 1;
    }
    kenes::SystemClock clock;
    auto calendars = kenes::LoadShippedCalendars(*db, clock);
    if (!calendars.ok()) {
      std::fprintf(stderr, "kenes: %s\n", calendars.error().message.c_str());
      return 1;
    }
    for (int year : *calendars) std::printf("production calendar %d loaded\n", year);
    if (rotate->parsed()) {
      // Before ProtectIins: after an interrupted rotation the current key no longer opens all.
      const auto done = kenes::RotateIinKey(*config, *db, new_key_file);
      std::printf(
          "IIN key rotated: %lld re-sealed now, %lld already under the new key.\n"
          "Now set privacy.iin_key to the new key (iin_key under [privacy] in kenes.toml, or "
          "KENES_PRIVACY_IIN_KEY) on every node and start Kenes; the old key is refused from "
          "now on. Keep the old key as long as you keep backups made before now: they need it.\n",
          static_cast<long long>(done.resealed), static_cast<long long>(done.already));
      return 0;
    }
    kenes::ProtectIins(*config, *db);
    if (bench_data->parsed()) {
      const int rc = kenes::BenchData(*config, *db, bench_kind, bench_count);
      if (rc == 0) kenes::db::RefreshStatistics(*db);
      return rc;
    }
    if (migrate->parsed()) {
      for (const auto& name : report->applied) std::printf("applied %s\n", name.c_str());
      std::printf("database is up to date\n");
      return 0;
    }
    return kenes::SeedDemo(*config, *db);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "kenes: %s\n", e.what());
    return 1;
  }
}
