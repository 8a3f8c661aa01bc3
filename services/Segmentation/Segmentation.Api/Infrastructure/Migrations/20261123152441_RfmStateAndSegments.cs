using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Loyalty.Segmentation.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RfmStateAndSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    Job = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RunDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => new { x.Job, x.RunDate });
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IsRegistered = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    HomeStoreId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    TierAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ProfileAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PointsBalance = table.Column<long>(type: "bigint", nullable: false),
                    PointsBalanceAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Purchases = table.Column<int>(type: "integer", nullable: false),
                    Spend = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    FirstPurchaseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastPurchaseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScoredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecencyDays = table.Column<int>(type: "integer", nullable: true),
                    R = table.Column<int>(type: "integer", nullable: true),
                    F = table.Column<int>(type: "integer", nullable: true),
                    M = table.Column<int>(type: "integer", nullable: true),
                    Group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Layer = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IsVip = table.Column<bool>(type: "boolean", nullable: false),
                    IsPotentialChurn = table.Column<bool>(type: "boolean", nullable: false),
                    ProbabilityAlive = table.Column<double>(type: "double precision", nullable: true),
                    ExpectedPurchases = table.Column<double>(type: "double precision", nullable: true),
                    ExpectedSpend = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    Clv = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    PredictedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "model_fits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    FittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CalibrationEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    TimeUnit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Customers = table.Column<int>(type: "integer", nullable: false),
                    R = table.Column<double>(type: "double precision", nullable: false),
                    Alpha = table.Column<double>(type: "double precision", nullable: false),
                    A = table.Column<double>(type: "double precision", nullable: false),
                    B = table.Column<double>(type: "double precision", nullable: false),
                    BgNbdLogLikelihood = table.Column<double>(type: "double precision", nullable: false),
                    BgNbdConverged = table.Column<bool>(type: "boolean", nullable: false),
                    BgNbdIterations = table.Column<int>(type: "integer", nullable: false),
                    ReturningCustomers = table.Column<int>(type: "integer", nullable: false),
                    P = table.Column<double>(type: "double precision", nullable: true),
                    Q = table.Column<double>(type: "double precision", nullable: true),
                    V = table.Column<double>(type: "double precision", nullable: true),
                    GammaGammaLogLikelihood = table.Column<double>(type: "double precision", nullable: true),
                    GammaGammaConverged = table.Column<bool>(type: "boolean", nullable: true),
                    GammaGammaIterations = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_model_fits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "purchases",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    RefundedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_purchases", x => x.PurchaseId);
                });

            migrationBuilder.CreateTable(
                name: "rule_segments",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_segments", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "segment_memberships",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    SegmentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_segment_memberships", x => new { x.SegmentCode, x.MemberId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_Spend",
                table: "members",
                column: "Spend",
                filter: "\"Purchases\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_members_Tags",
                table: "members",
                column: "Tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_purchases_MemberId",
                table: "purchases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_segment_memberships_MemberId",
                table: "segment_memberships",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "model_fits");

            migrationBuilder.DropTable(
                name: "purchases");

            migrationBuilder.DropTable(
                name: "rule_segments");

            migrationBuilder.DropTable(
                name: "segment_memberships");
        }
    }
}
