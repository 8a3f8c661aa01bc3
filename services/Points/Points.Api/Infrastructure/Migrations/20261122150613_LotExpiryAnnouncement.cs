using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class LotExpiryAnnouncement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ExpiryAnnounced",
                table: "lots",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpiryAnnounced",
                table: "lots");
        }
    }
}
