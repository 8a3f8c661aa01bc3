using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Campaign.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_purchases_PaidAt",
                table: "purchases",
                column: "PaidAt");

            migrationBuilder.CreateIndex(
                name: "IX_members_RegisteredAt",
                table: "members",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_coupons_IssuedAt",
                table: "coupons",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_CampaignId_At",
                table: "campaign_deliveries",
                columns: new[] { "CampaignId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_purchases_PaidAt",
                table: "purchases");

            migrationBuilder.DropIndex(
                name: "IX_members_RegisteredAt",
                table: "members");

            migrationBuilder.DropIndex(
                name: "IX_coupons_IssuedAt",
                table: "coupons");

            migrationBuilder.DropIndex(
                name: "IX_campaign_deliveries_CampaignId_At",
                table: "campaign_deliveries");
        }
    }
}
