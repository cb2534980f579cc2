#include "platform/db/would_wait.hpp"

namespace kenes::db {
namespace {

thread_local bool no_database_here = false;

}  // namespace

NoDatabaseHere::NoDatabaseHere() : outer_(no_database_here) { no_database_here = true; }
NoDatabaseHere::~NoDatabaseHere() { no_database_here = outer_; }

void CheckMayWait() {
  if (no_database_here) throw WouldWait{};
}

}  // namespace kenes::db
