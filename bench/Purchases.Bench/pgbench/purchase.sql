-- One purchase as POST /api/purchases writes it (Points.Api/Apis/PurchasesApi.cs RecordPurchase, PointsPosting.Grant),
-- minus HTTP, JSON, EF Core and the gateway: the idempotency look-up, then in one transaction the account row lock,
-- the earning policy, and the batch SaveChanges sends (purchase with its lines as jsonb, PurchaseRecorded and
-- PointsEarned outbox rows, ledger entry, lot, account balance). Base rule only: 1 point per whole CNY.
-- Not included: the outbox dispatcher's later UPDATE of "PublishedAt", and what consumers write in other databases.
-- Run with -M extended (or prepared) so :variables are bound as parameters; -D members=N. pgbench replaces a colon
-- followed by a letter even inside quotes, hence 'purchase:' || 'PGB-' below.
\set member random(1, :members)
\set cents random(1000, 499999)
\set points :cents / 100
\set order random(1, 9000000000000000000)
SELECT "Id" FROM purchases WHERE "ExternalOrderId" = 'PGB-' || :client_id::text || '-' || :order::text LIMIT 1;
BEGIN;
SELECT "Balance" AS balance, "Tier", "BirthDate" FROM accounts WHERE "MemberId" = md5(:member::text)::uuid FOR UPDATE \gset
SELECT * FROM earning_policy LIMIT 2;
INSERT INTO purchases ("Id", "ExternalOrderId", "MemberId", "StoreId", "Amount", "Items", "PaidAt", "RecordedAt", "PointsEarned", "PointsReversed", "RefundedAmount")
VALUES (gen_random_uuid(), 'PGB-' || :client_id::text || '-' || :order::text, md5(:member::text)::uuid, 'SH-JINGAN-01', round(:cents / 100.0, 2),
        jsonb_build_array(jsonb_build_object('sku', 'HA-1ML', 'category', 'injectables', 'quantity', 1, 'amount', round(:cents / 100.0, 2))),
        now() - interval '1 minute', now(), :points::bigint, 0, 0);
INSERT INTO outbox_messages ("Id", "EventType", "Payload", "OccurredAt", "CreatedAt", "TraceParent", "CorrelationId", "Attempts")
VALUES (gen_random_uuid(), 'Loyalty.Contracts.Points.PurchaseRecorded',
        jsonb_build_object('purchaseId', gen_random_uuid(), 'externalOrderId', 'PGB-' || :client_id::text || '-' || :order::text,
            'memberId', md5(:member::text)::uuid, 'storeId', 'SH-JINGAN-01', 'amount', round(:cents / 100.0, 2),
            'items', jsonb_build_array(jsonb_build_object('sku', 'HA-1ML', 'category', 'injectables', 'quantity', 1, 'amount', round(:cents / 100.0, 2))),
            'paidAt', now() - interval '1 minute', 'eventId', gen_random_uuid(), 'occurredAt', now(), 'schemaVersion', 1),
        now(), now(), '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01', md5(random()::text), 0);
INSERT INTO ledger_entries ("Id", "MemberId", "Points", "Reason", "SourceRef", "BalanceAfter", "CreatedAt", "ExpiresAt")
VALUES (gen_random_uuid(), md5(:member::text)::uuid, :points::bigint, 'purchase-base', 'purchase:' || 'PGB-' || :client_id::text || '-' || :order::text,
        :balance::bigint + :points::bigint, now(), now() + interval '12 months');
INSERT INTO lots ("Id", "MemberId", "Remaining", "ExpiresAt", "ExpiryAnnounced")
VALUES (gen_random_uuid(), md5(:member::text)::uuid, :points::bigint, now() + interval '12 months', false);
INSERT INTO outbox_messages ("Id", "EventType", "Payload", "OccurredAt", "CreatedAt", "TraceParent", "CorrelationId", "Attempts")
VALUES (gen_random_uuid(), 'Loyalty.Contracts.Points.PointsEarned',
        jsonb_build_object('memberId', md5(:member::text)::uuid, 'ledgerEntryId', gen_random_uuid(), 'points', :points::bigint,
            'ruleCode', 'purchase-base', 'sourceRef', 'purchase:' || 'PGB-' || :client_id::text || '-' || :order::text,
            'expiresAt', now() + interval '12 months', 'balanceAfter', :balance::bigint + :points::bigint,
            'eventId', gen_random_uuid(), 'occurredAt', now(), 'schemaVersion', 1),
        now(), now(), '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01', md5(random()::text), 0);
UPDATE accounts SET "Balance" = :balance::bigint + :points::bigint WHERE "MemberId" = md5(:member::text)::uuid;
END;
