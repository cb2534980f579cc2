#pragma once
// Configuration values (no I/O): loaded by app/config_loader from kenes.toml, KENES_* environment
// variables and flags, in that order of precedence (flags win).

#include <string>

namespace kenes {

struct Config {
  struct Http {
    std::string host = "127.0.0.1";
    int port = 8080;
    int io_threads = 0;
    int worker_threads = 0;
    int max_body_bytes = 6 << 20;  // photos; JSON bodies are capped at 1 MiB
    int max_connections = 10000;
    int read_timeout_ms = 30000;
    int idle_timeout_ms = 75000;
    int shutdown_grace_ms = 10000;
    std::string web_root = "web/dist";
    bool behind_tls = false;
    // Proxies whose X-Forwarded-For is believed ("127.0.0.1, 10.0.0.5"); empty: the socket's peer
    // is the client. Set it behind nginx, or every user shares the proxy's address and its limits.
    std::string trusted_proxies;
    // /metrics answers loopback clients, and others only with "Authorization: Bearer <token>".
    std::string metrics_token;
    int max_inflight_per_client = 16;  // API requests of one address at once; more get 429
    int max_heavy_per_client = 2;      // PDFs, exports, imports, register scans at once
    int max_heavy_total = 0;           // of all clients; 0: twice the cores
    bool access_log = true;
    std::string public_url = "http://127.0.0.1:8080";  // for links in e-mails
    // Sent as X-Kenes-Node on every response, so a person behind a balancer sees which node
    // answered. Letters, digits, '.', '-', '_' only (it goes into a header); empty: no header.
    std::string node_name;
    // Live events (GET /api/v1/me/events): a quiet stream sends a comment this often, and one
    // person may keep this many streams open on a node (tabs, devices).
    int event_keepalive_ms = 25000;
    int event_streams_per_user = 16;
  } http;
  struct Database {
    std::string url = "sqlite:./var/kenes.db";
    int pool_size = 8;
    bool auto_migrate = true;
  } database;
  struct Mail {
    std::string smtp_url;  // empty: write .eml files to outbox_dir
    std::string from = "Kenes <no-reply@kenes.local>";
    std::string user;
    std::string password;
    std::string outbox_dir = "./var/mail";
  } mail;
  struct Security {
    int session_idle_minutes = 120;
    int session_absolute_hours = 12;
    // Signed-in requests reuse a session's actor this long without reading the database (SQLite
    // only: PostgreSQL nodes may be several and share no memory; docs/adr/0007). 0: off.
    int session_cache_ms = 5000;
    int login_max_failures_account = 5;
    int login_max_failures_ip = 20;
    int login_window_minutes = 15;
    std::string consent_version = "2026-12-07";
  } security;
  struct Privacy {
    // Appeals are kept this many years after the year of registration, then anonymised
    // (docs/personal-data.md: the record-keeping rules' term for appeals of individuals).
    int appeal_retention_years = 5;
    // The audit log keeps the client's address this many days, then drops it.
    int audit_ip_days = 180;
    // 64 hex digits (32 bytes) that encrypt stored IINs (docs/adr/0018-iin-encryption.md). Empty:
    // a development key is made once in files.dir/iin.key; production sets it from a secret.
    std::string iin_key;
    // The operator of personal data named in the consent text where a maslikhat names none of its
    // own (docs/personal-data.md "Consent"): the apparatus that runs this installation. Empty
    // name: installation.name; empty BIN: the text names none (a warning at every start).
    std::string operator_name;
    std::string operator_bin;
  } privacy;
  struct Subscriptions {
    // Digests go out at this local hour (UTC+5): every day, and the weekly one on weekly_day
    // (1 = Monday … 7 = Sunday).
    int digest_hour = 8;
    int weekly_day = 1;
    // Signs the one-click unsubscribe links in mails (at least 32 characters). Empty: a development
    // key made once in files.dir/unsubscribe.key; production sets it from a secret.
    std::string unsubscribe_key;
  } subscriptions;
  struct Appeals {
    int feedback_ask_days = 14;  // "was it solved?" asked again this long after the answer
  } appeals;
  struct Files {
    std::string dir = "./var/files";
    int max_photo_bytes = 5 << 20;
  } files;
  struct Log {
    std::string level = "info";
  } log;
  std::string installation_name = "Kenes";
};

}  // namespace kenes
