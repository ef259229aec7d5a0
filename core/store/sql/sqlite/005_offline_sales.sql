-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: sales a counter made offline, on its leased seats, live in its outbox (kind 'sale')
-- until the server has them and they are copied back. This view lists their tickets not yet in
-- the local copy, so that seat maps and the CPF and meia limits count them.

CREATE VIEW offline_tickets AS
SELECT json_extract(o.payload, '$.order.screening_id') AS screening_id,
       json_extract(t.value, '$.seat_id') AS seat_id,
       json_extract(t.value, '$.ticket_type_id') AS ticket_type_id,
       json_extract(t.value, '$.meia') AS is_meia,
       json_extract(o.payload, '$.order.cpf') AS customer_cpf,
       o.state AS upload_state
  FROM outbox o, json_each(o.payload, '$.tickets') t
 WHERE o.kind = 'sale' AND o.state IN ('pending', 'done')
   AND NOT EXISTS (SELECT 1 FROM tickets c
                    WHERE c.screening_id = json_extract(o.payload, '$.order.screening_id')
                      AND c.seat_id = json_extract(t.value, '$.seat_id')
                      AND c.status <> 'cancelled');
