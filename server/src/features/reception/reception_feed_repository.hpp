#pragma once
// What the feeds, the reminders and the cancel links read and write: `reception_cancel_links`
// and `reception_bookings.reminded_at`.

#include <optional>
#include <string>
#include <vector>

#include "features/reception/reception.hpp"
#include "platform/db/database.hpp"

namespace kenes::reception {

class ReceptionFeedRepository {
 public:
  void AddCancelLink(db::Tx& tx, int64_t booking_id, const std::string& token_hash,
                     const std::string& now);
  std::optional<int64_t> BookingOfLink(db::Tx& tx, const std::string& token_hash);
  // Bookings still holding a place (booked) in scheduled sessions on `day`, with an e-mail and
  // not yet reminded.
  std::vector<int64_t> DueReminders(db::Tx& tx, const std::string& day);
  // Marks the reminder sent; false when another run did it first.
  bool MarkReminded(db::Tx& tx, int64_t booking_id, const std::string& now);
  std::optional<std::pair<std::string, std::string>> MaslikhatNames(db::Tx& tx,
                                                                    int64_t maslikhat_id);
};

}  // namespace kenes::reception
