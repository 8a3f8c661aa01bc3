using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PurchasesAndLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                table: "accounts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "accounts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Accounts opened before tiers reached Points are Standard until a MemberTierChanged says otherwise.
                defaultValue: "Standard");

            migrationBuilder.CreateTable(
                name: "earning_policy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    BaseRatePerCny = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    StandardMultiplier = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    SilverMultiplier = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    GoldMultiplier = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    DiamondMultiplier = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    BirthdayMultiplier = table.Column<decimal>(type: "numeric(8,4)", precision: 8, scale: 4, nullable: false),
                    LotLifetimeMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earning_policy", x => x.Id);
                    table.CheckConstraint("ck_earning_policy_singleton", "\"Id\" = 1");
                });

            migrationBuilder.CreateTable(
                name: "ledger_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Points = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SourceRef = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    BalanceAfter = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Remaining = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lots", x => x.Id);
                    table.CheckConstraint("ck_lots_remaining_not_negative", "\"Remaining\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "purchases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalOrderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    StoreId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Items = table.Column<string>(type: "jsonb", nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PointsEarned = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_purchases", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "earning_policy",
                columns: new[] { "Id", "BaseRatePerCny", "BirthdayMultiplier", "DiamondMultiplier", "GoldMultiplier", "LotLifetimeMonths", "SilverMultiplier", "StandardMultiplier" },
                values: new object[] { 1, 1m, 2m, 2.0m, 1.5m, 12, 1.2m, 1.0m });

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts",
                sql: "\"Balance\" >= 0");

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_MemberId_Sequence",
                table: "ledger_entries",
                columns: new[] { "MemberId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_SourceRef",
                table: "ledger_entries",
                column: "SourceRef");

            migrationBuilder.CreateIndex(
                name: "IX_lots_MemberId_ExpiresAt",
                table: "lots",
                columns: new[] { "MemberId", "ExpiresAt" },
                filter: "\"Remaining\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_purchases_ExternalOrderId",
                table: "purchases",
                column: "ExternalOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_purchases_MemberId_PaidAt",
                table: "purchases",
                columns: new[] { "MemberId", "PaidAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "earning_policy");

            migrationBuilder.DropTable(
                name: "ledger_entries");

            migrationBuilder.DropTable(
                name: "lots");

            migrationBuilder.DropTable(
                name: "purchases");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_balance_not_negative",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "accounts");
        }
    }
}
