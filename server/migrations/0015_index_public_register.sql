-- The public register lists answered appeals whose applicants agreed to publish them, in id order.
-- Without an index it walked every appeal to find a page of them (issue 8, finding 3); this
-- partial index holds only the publishable ones, so a page is a short index range.
CREATE INDEX appeals_public_register ON appeals (id)
  WHERE public_consent = 1 AND anonymous = 0 AND status IN ('answered', 'closed');
