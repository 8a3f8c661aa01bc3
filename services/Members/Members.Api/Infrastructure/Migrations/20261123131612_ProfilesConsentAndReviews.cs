using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Loyalty.Members.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ProfilesConsentAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextTierReviewOn",
                table: "members",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Members registered before reviews existed: their first review is their first anniversary.
            migrationBuilder.Sql("""UPDATE members SET "NextTierReviewOn" = (("RegisteredAt" AT TIME ZONE 'Asia/Shanghai') + interval '1 year')::date""");

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consent_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_InterestTags",
                table: "members",
                column: "InterestTags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_members_NextTierReviewOn",
                table: "members",
                column: "NextTierReviewOn");

            migrationBuilder.CreateIndex(
                name: "IX_consent_records_MemberId_Id",
                table: "consent_records",
                columns: new[] { "MemberId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropIndex(
                name: "IX_members_InterestTags",
                table: "members");

            migrationBuilder.DropIndex(
                name: "IX_members_NextTierReviewOn",
                table: "members");

            migrationBuilder.DropColumn(
                name: "NextTierReviewOn",
                table: "members");
        }
    }
}
