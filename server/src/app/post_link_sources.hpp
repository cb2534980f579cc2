#pragma once
// The look-ups posts use to check and name what a post is about (features/posts/post_links.hpp):
// events and sittings by their services' public reads, topics from the category catalogue. Made
// here, at the composition root, because sittings already depends on posts.

#include <memory>

#include "features/catalog/catalog_service.hpp"
#include "features/events/events_service.hpp"
#include "features/posts/post_links.hpp"
#include "features/sittings/sittings_service.hpp"

namespace kenes {

posts::LinkSources PostLinkSources(const std::shared_ptr<events::EventService>& events,
                                   const std::shared_ptr<sittings::SittingsService>& sittings,
                                   const std::shared_ptr<catalog::CatalogService>& catalog);

}  // namespace kenes
