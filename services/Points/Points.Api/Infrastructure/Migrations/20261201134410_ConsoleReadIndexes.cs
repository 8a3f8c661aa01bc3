using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ConsoleReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_purchases_PaidAt",
                table: "purchases",
                column: "PaidAt");

            migrationBuilder.CreateIndex(
                name: "IX_purchases_StoreId_PaidAt",
                table: "purchases",
                columns: new[] { "StoreId", "PaidAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lots_ExpiresAt",
                table: "lots",
                column: "ExpiresAt",
                filter: "\"Remaining\" > 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_purchases_PaidAt",
                table: "purchases");

            migrationBuilder.DropIndex(
                name: "IX_purchases_StoreId_PaidAt",
                table: "purchases");

            migrationBuilder.DropIndex(
                name: "IX_lots_ExpiresAt",
                table: "lots");
        }
    }
}
