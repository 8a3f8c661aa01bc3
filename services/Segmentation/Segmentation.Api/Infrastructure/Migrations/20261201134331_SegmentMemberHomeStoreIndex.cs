using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Segmentation.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SegmentMemberHomeStoreIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_members_HomeStoreId",
                table: "members",
                column: "HomeStoreId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_members_HomeStoreId",
                table: "members");
        }
    }
}
