using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Campaign.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CouponPurchaseLinkAndCappedRetry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalOrderId",
                table: "purchases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_purchases_MemberId_ExternalOrderId",
                table: "purchases",
                columns: new[] { "MemberId", "ExternalOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_deliveries_capped",
                table: "campaign_deliveries",
                columns: new[] { "CampaignId", "MemberId" },
                filter: "\"Outcome\" = 'FrequencyCapped'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_purchases_MemberId_ExternalOrderId",
                table: "purchases");

            migrationBuilder.DropIndex(
                name: "IX_campaign_deliveries_capped",
                table: "campaign_deliveries");

            migrationBuilder.DropColumn(
                name: "ExternalOrderId",
                table: "purchases");
        }
    }
}
