-- Scratch copy of the Points tables one purchase writes, for pgbench only (database bench_pgbench, recreated each run).
-- Columns, checks and indexes as services/Points/Points.Api/Infrastructure/Migrations leave them; the tables a
-- purchase does not touch (inbox, catalog, redemptions, refunds) are left out.
CREATE TABLE accounts (
    "MemberId" uuid PRIMARY KEY,
    "Balance" bigint NOT NULL CONSTRAINT ck_accounts_balance_not_negative CHECK ("Balance" >= 0),
    "OpenedAt" timestamptz NOT NULL,
    "BirthDate" date,
    "Tier" varchar(16) NOT NULL DEFAULT 'Standard');

CREATE TABLE earning_policy (
    "Id" integer PRIMARY KEY CONSTRAINT ck_earning_policy_singleton CHECK ("Id" = 1),
    "BaseRatePerCny" numeric(8,4) NOT NULL,
    "StandardMultiplier" numeric(8,4) NOT NULL,
    "SilverMultiplier" numeric(8,4) NOT NULL,
    "GoldMultiplier" numeric(8,4) NOT NULL,
    "DiamondMultiplier" numeric(8,4) NOT NULL,
    "BirthdayMultiplier" numeric(8,4) NOT NULL,
    "LotLifetimeMonths" integer NOT NULL);
INSERT INTO earning_policy VALUES (1, 1, 1.0, 1.2, 1.5, 2.0, 2, 12);

CREATE TABLE purchases (
    "Id" uuid PRIMARY KEY,
    "ExternalOrderId" varchar(64) NOT NULL,
    "MemberId" uuid NOT NULL,
    "StoreId" varchar(32) NOT NULL,
    "Amount" numeric(12,2) NOT NULL,
    "Items" jsonb NOT NULL,
    "PaidAt" timestamptz NOT NULL,
    "RecordedAt" timestamptz NOT NULL,
    "PointsEarned" bigint NOT NULL,
    "PointsReversed" bigint NOT NULL DEFAULT 0,
    "RefundedAmount" numeric(12,2) NOT NULL DEFAULT 0,
    CONSTRAINT ck_purchases_refund_within_amount CHECK ("RefundedAmount" <= "Amount"));
CREATE UNIQUE INDEX "IX_purchases_ExternalOrderId" ON purchases ("ExternalOrderId");
CREATE INDEX "IX_purchases_MemberId_PaidAt" ON purchases ("MemberId", "PaidAt");

CREATE TABLE ledger_entries (
    "Id" uuid PRIMARY KEY,
    "Sequence" bigint GENERATED ALWAYS AS IDENTITY,
    "MemberId" uuid NOT NULL,
    "Points" bigint NOT NULL,
    "Reason" varchar(64) NOT NULL,
    "SourceRef" varchar(128) NOT NULL,
    "BalanceAfter" bigint NOT NULL,
    "CreatedAt" timestamptz NOT NULL,
    "ExpiresAt" timestamptz);
CREATE INDEX "IX_ledger_entries_MemberId_Sequence" ON ledger_entries ("MemberId", "Sequence");
CREATE INDEX "IX_ledger_entries_SourceRef" ON ledger_entries ("SourceRef");

CREATE TABLE lots (
    "Id" uuid PRIMARY KEY,
    "MemberId" uuid NOT NULL,
    "Remaining" bigint NOT NULL CONSTRAINT ck_lots_remaining_not_negative CHECK ("Remaining" >= 0),
    "ExpiresAt" timestamptz NOT NULL,
    "ExpiryAnnounced" boolean NOT NULL DEFAULT false);
CREATE INDEX "IX_lots_MemberId_ExpiresAt" ON lots ("MemberId", "ExpiresAt") WHERE "Remaining" > 0;

CREATE TABLE outbox_messages (
    "Id" uuid PRIMARY KEY,
    "Sequence" bigint GENERATED ALWAYS AS IDENTITY,
    "EventType" varchar(256) NOT NULL,
    "Payload" jsonb NOT NULL,
    "OccurredAt" timestamptz NOT NULL,
    "CreatedAt" timestamptz NOT NULL,
    "TraceParent" varchar(128),
    "CorrelationId" varchar(128),
    "PublishedAt" timestamptz,
    "Attempts" integer NOT NULL DEFAULT 0,
    "NextAttemptAt" timestamptz,
    "LastError" text);
CREATE INDEX ix_outbox_messages_pending ON outbox_messages ("Sequence") WHERE "PublishedAt" IS NULL;

-- Members 1..:members, with the ids the script derives from the same numbers (md5(n)::uuid).
INSERT INTO accounts ("MemberId", "Balance", "OpenedAt", "BirthDate")
SELECT md5(n::text)::uuid, 0, now(), DATE '1990-01-01' FROM generate_series(1, @members) AS n;
