using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OutboxFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_messages_RequestedAt",
                table: "messages",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_messages_Status_Id",
                table: "messages",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_messages_RequestedAt",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "IX_messages_Status_Id",
                table: "messages");
        }
    }
}
