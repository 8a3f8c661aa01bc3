using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Loyalty.Members.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class TiersAndPurchases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_purchases",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    RefundedAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_purchases", x => x.PurchaseId);
                });

            migrationBuilder.CreateTable(
                name: "tier_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromTier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ToTier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RollingSpend = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tier_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tier_thresholds",
                columns: table => new
                {
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MinRollingSpend = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tier_thresholds", x => x.Tier);
                });

            migrationBuilder.InsertData(
                table: "tier_thresholds",
                columns: new[] { "Tier", "MinRollingSpend" },
                values: new object[,]
                {
                    { "Diamond", 50000m },
                    { "Gold", 20000m },
                    { "Silver", 5000m },
                    { "Standard", 0m }
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_purchases_MemberId_PaidAt",
                table: "member_purchases",
                columns: new[] { "MemberId", "PaidAt" });

            migrationBuilder.CreateIndex(
                name: "IX_tier_history_MemberId_Id",
                table: "tier_history",
                columns: new[] { "MemberId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_purchases");

            migrationBuilder.DropTable(
                name: "tier_history");

            migrationBuilder.DropTable(
                name: "tier_thresholds");
        }
    }
}
