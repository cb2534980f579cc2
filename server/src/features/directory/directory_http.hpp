#pragma once

#include <memory>

#include "core/config.hpp"
#include "features/directory/directory_import.hpp"
#include "features/directory/directory_service.hpp"
#include "features/directory/find_deputy_service.hpp"
#include "platform/files/file_store.hpp"
#include "platform/http/api.hpp"

namespace kenes::directory {

struct DirectoryDeps {
  std::shared_ptr<DirectoryService> service;
  std::shared_ptr<FindDeputyService> find;
  std::shared_ptr<DirectoryImport> imports;
  std::shared_ptr<files::FileStore> store;
  const Config* config = nullptr;
};

// Every directory route; one file per resource (territory_http.cpp, maslikhat_http.cpp, ...).
void RegisterDirectoryRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterTerritoryRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterMaslikhatRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterOkrugRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterDeputyRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterCommissionRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterAddressRoutes(http::Routes& routes, const DirectoryDeps& deps);
void RegisterImportRoutes(http::Routes& routes, const DirectoryDeps& deps);

}  // namespace kenes::directory
