#include "features/directory/directory_http.hpp"

namespace kenes::directory {

void RegisterDirectoryRoutes(http::Routes& routes, const DirectoryDeps& deps) {
  RegisterTerritoryRoutes(routes, deps);
  RegisterMaslikhatRoutes(routes, deps);
  RegisterOkrugRoutes(routes, deps);
  RegisterDeputyRoutes(routes, deps);
  RegisterCommissionRoutes(routes, deps);
  RegisterAddressRoutes(routes, deps);
  RegisterImportRoutes(routes, deps);
}

}  // namespace kenes::directory
