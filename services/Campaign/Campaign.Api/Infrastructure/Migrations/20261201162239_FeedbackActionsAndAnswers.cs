using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Campaign.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class FeedbackActionsAndAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FollowUpDueInDays",
                table: "campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpReason",
                table: "campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SurveyCode",
                table: "campaigns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "survey_answers",
                columns: table => new
                {
                    AnswerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    Nps = table.Column<int>(type: "integer", nullable: true),
                    TreatmentSatisfaction = table.Column<int>(type: "integer", nullable: true),
                    ClinicSatisfaction = table.Column<int>(type: "integer", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_answers", x => x.AnswerId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_survey_answers_MemberId_AnsweredAt",
                table: "survey_answers",
                columns: new[] { "MemberId", "AnsweredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_answers");

            migrationBuilder.DropColumn(
                name: "FollowUpDueInDays",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "FollowUpReason",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "SurveyCode",
                table: "campaigns");
        }
    }
}
