using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ActionBonuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReferralBonus",
                table: "earning_policy",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReviewBonus",
                table: "earning_policy",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SocialShareBonus",
                table: "earning_policy",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "SocialShareMonthlyCap",
                table: "earning_policy",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SurveyBonus",
                table: "earning_policy",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "earning_policy",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "ReferralBonus", "ReviewBonus", "SocialShareBonus", "SocialShareMonthlyCap", "SurveyBonus" },
                values: new object[] { 200L, 50L, 20L, 4, 30L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReferralBonus",
                table: "earning_policy");

            migrationBuilder.DropColumn(
                name: "ReviewBonus",
                table: "earning_policy");

            migrationBuilder.DropColumn(
                name: "SocialShareBonus",
                table: "earning_policy");

            migrationBuilder.DropColumn(
                name: "SocialShareMonthlyCap",
                table: "earning_policy");

            migrationBuilder.DropColumn(
                name: "SurveyBonus",
                table: "earning_policy");
        }
    }
}
