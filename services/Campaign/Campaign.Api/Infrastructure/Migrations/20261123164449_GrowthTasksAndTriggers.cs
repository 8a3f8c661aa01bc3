using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Campaign.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class GrowthTasksAndTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GrowthTask",
                table: "campaigns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GrowthTaskDays",
                table: "campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "GrowthTaskTarget",
                table: "campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "RewardCouponTemplateId",
                table: "campaigns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RewardPoints",
                table: "campaigns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "growth_task_steps",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepRef = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_growth_task_steps", x => new { x.TaskId, x.StepRef });
                });

            migrationBuilder.CreateTable(
                name: "growth_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    RunKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RewardCouponTemplateId = table.Column<Guid>(type: "uuid", nullable: true),
                    RewardPoints = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RewardCouponId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_growth_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_growth_tasks_CampaignId_MemberId_RunKey",
                table: "growth_tasks",
                columns: new[] { "CampaignId", "MemberId", "RunKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_growth_tasks_MemberId_Kind",
                table: "growth_tasks",
                columns: new[] { "MemberId", "Kind" },
                filter: "\"CompletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "growth_task_steps");

            migrationBuilder.DropTable(
                name: "growth_tasks");

            migrationBuilder.DropColumn(
                name: "GrowthTask",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "GrowthTaskDays",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "GrowthTaskTarget",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "RewardCouponTemplateId",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "RewardPoints",
                table: "campaigns");
        }
    }
}
