using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Refunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PointsReversed",
                table: "purchases",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<decimal>(
                name: "RefundedAmount",
                table: "purchases",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalOrderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    CompletesRefund = table.Column<bool>(type: "boolean", nullable: false),
                    PointsDue = table.Column<long>(type: "bigint", nullable: false),
                    PointsTakenBack = table.Column<long>(type: "bigint", nullable: false),
                    ShortfallPoints = table.Column<long>(type: "bigint", nullable: false),
                    RefundedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refunds", x => x.Id);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_purchases_refund_within_amount",
                table: "purchases",
                sql: "\"RefundedAmount\" <= \"Amount\"");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_PurchaseId",
                table: "refunds",
                column: "PurchaseId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_RequestId",
                table: "refunds",
                column: "RequestId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropCheckConstraint(
                name: "ck_purchases_refund_within_amount",
                table: "purchases");

            migrationBuilder.DropColumn(
                name: "PointsReversed",
                table: "purchases");

            migrationBuilder.DropColumn(
                name: "RefundedAmount",
                table: "purchases");
        }
    }
}
