using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Points.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PurchaseAdvisorAndSurveyBonus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdvisorId",
                table: "purchases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_survey_bonus_once",
                table: "ledger_entries",
                columns: new[] { "MemberId", "SourceRef" },
                unique: true,
                filter: "\"Reason\" = 'survey-bonus'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_survey_bonus_once",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "AdvisorId",
                table: "purchases");
        }
    }
}
