using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Campaign.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RepeatingSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastRunKey",
                table: "campaigns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RecurEveryDays",
                table: "campaigns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Schedule",
                table: "campaigns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ScheduleTime",
                table: "campaigns",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "YearlyDate",
                table: "campaigns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastRunKey",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "RecurEveryDays",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "Schedule",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "ScheduleTime",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "YearlyDate",
                table: "campaigns");
        }
    }
}
