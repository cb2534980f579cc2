# libFuzzer targets (server/fuzz/*_fuzz.cpp), built with `-DKENES_FUZZ=ON` in build-fuzz/ by
# tools/fuzz.sh. Only the parsers' source files are compiled (with ASan, UBSan and the fuzzer's
# coverage), not all of kenes_core, so the fuzz build stays small. Needs clang (Debian clang-14 and
# libclang-rt-14-dev).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "KENES_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++-14")
endif()

set(KENES_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                   -fno-omit-frame-pointer)

# What the targets link: text, HTTP and image parsing, the address matcher, and for the directory CSV
# importers the SQLite backend, the migrations and the directory feature they check rows against.
set(KENES_FUZZ_SOURCES
  server/src/core/clock.cpp
  server/src/core/error.cpp
  server/src/core/personal_ids.cpp
  server/src/core/role.cpp
  server/src/core/roles.cpp
  server/src/platform/http/api.cpp
  server/src/platform/http/client_address.cpp
  server/src/platform/http/compress.cpp
  server/src/platform/http/csrf.cpp
  server/src/platform/http/http.cpp
  server/src/platform/http/router.cpp
  server/src/platform/http/schema.cpp
  server/src/platform/http/json_writer.cpp
  server/src/platform/text/csv.cpp
  server/src/platform/text/fold.cpp
  server/src/platform/text/stem.cpp
  server/src/platform/text/utf8.cpp
  server/src/platform/text/xlsx_read.cpp
  server/src/platform/files/image.cpp
  server/src/platform/audit/audit.cpp
  server/src/platform/crypto/crypto.cpp
  server/src/platform/db/migrations.cpp
  server/src/platform/db/value_row.cpp
  server/src/platform/db/sqlite/sqlite_database.cpp
  server/src/platform/db/would_wait.cpp
  server/src/features/directory/address.cpp
  server/src/features/directory/directory.cpp
  server/src/features/directory/directory_import.cpp
  server/src/features/directory/directory_policy.cpp
  server/src/features/directory/directory_repository_sql.cpp
  server/src/features/directory/directory_service.cpp
  ${KENES_MIGRATIONS_CPP})

add_library(kenes_fuzz_core STATIC ${KENES_FUZZ_SOURCES})
target_include_directories(kenes_fuzz_core PUBLIC server/src)
target_include_directories(kenes_fuzz_core PRIVATE ${STEMMER_INCLUDE_DIR})
target_compile_options(kenes_fuzz_core PUBLIC ${KENES_SANITIZE} PRIVATE -fsanitize=fuzzer-no-link)
target_link_options(kenes_fuzz_core PUBLIC ${KENES_SANITIZE})
target_link_libraries(kenes_fuzz_core PUBLIC
  nlohmann_json::nlohmann_json PkgConfig::SQLITE3 PkgConfig::SODIUM ZLIB::ZLIB Threads::Threads
  ${STEMMER_LIBRARY})

file(GLOB KENES_FUZZ_TARGETS CONFIGURE_DEPENDS server/fuzz/*_fuzz.cpp)
foreach(src IN LISTS KENES_FUZZ_TARGETS)
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  target_link_libraries(${name} PRIVATE kenes_fuzz_core)
endforeach()
