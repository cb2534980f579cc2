#pragma once
// A thread that must not wait for the database marks itself for a while (an io thread answering a
// request from memory: kept pages, the session cache). A transaction begun there throws
// WouldWait instead of waiting, and the caller hands the request to a worker (docs/adr/0024).

namespace kenes::db {

// Not a std::exception: no `catch (const std::exception&)` on the way may take it for a failure.
struct WouldWait {};

class NoDatabaseHere {
 public:
  NoDatabaseHere();
  ~NoDatabaseHere();
  NoDatabaseHere(const NoDatabaseHere&) = delete;
  NoDatabaseHere& operator=(const NoDatabaseHere&) = delete;

 private:
  bool outer_;
};

// Throws WouldWait on a thread inside a NoDatabaseHere; every backend calls it first.
void CheckMayWait();

}  // namespace kenes::db
