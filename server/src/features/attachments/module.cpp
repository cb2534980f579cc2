#include "features/attachments/module.hpp"

#include "features/attachments/attachment_http.hpp"
#include "features/attachments/attachment_repository.hpp"
#include "features/attachments/attachment_service.hpp"
#include "platform/files/store_sweep.hpp"

namespace kenes::attachments {

void RegisterModule(ModuleContext& ctx, const std::shared_ptr<appeals::AppealService>& appeals) {
  auto attachments = std::make_shared<AttachmentService>(
      ctx.db, ctx.clock, appeals, std::make_shared<files::FileStore>(ctx.config.files.dir));
  RegisterAttachmentRoutes(ctx.routes, attachments);
  ctx.store_owners.Add([](db::Tx& tx, std::unordered_set<std::string>& names) {
    AttachmentRepository().StoredNames(tx, names);
  });
}

}  // namespace kenes::attachments
