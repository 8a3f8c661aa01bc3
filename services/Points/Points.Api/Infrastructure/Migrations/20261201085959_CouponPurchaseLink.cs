using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CouponPurchaseLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "CouponCodes",
                table: "purchases",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'"); // purchases recorded before: no coupons named
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CouponCodes",
                table: "purchases");
        }
    }
}
