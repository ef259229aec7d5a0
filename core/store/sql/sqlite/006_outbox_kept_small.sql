-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: the outbox is read on every seat-map refresh (offline_tickets): an index for the
-- sales in it, and the link deletes entries the server confirmed more than two days ago.

CREATE INDEX outbox_by_kind ON outbox (kind, state);
