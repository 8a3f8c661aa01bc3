using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SurveyInvitationTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "templates",
                columns: new[] { "Channel", "Code", "Language", "Body", "Subject", "UpdatedAt" },
                values: new object[,]
                {
                    { "Email", "survey-invitation", "en", "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).", "How was your visit?", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "survey-invitation", "zh-CN", "{{memberName}}您好，感谢您光临{{store}}！邀请您花一分钟完成「{{surveyName}}」：{{link}}（{{expiresOn}}前有效）。", "邀请您评价本次服务", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "survey-invitation", "en", "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "survey-invitation", "zh-CN", "{{memberName}}您好，感谢您光临{{store}}！邀请您花一分钟完成「{{surveyName}}」：{{link}}（{{expiresOn}}前有效）。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "survey-invitation", "en", "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "survey-invitation", "zh-CN", "{{memberName}}您好，感谢您光临{{store}}！邀请您花一分钟完成「{{surveyName}}」：{{link}}（{{expiresOn}}前有效）。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "survey-invitation", "en", "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "survey-invitation", "zh-CN", "{{memberName}}您好，感谢您光临{{store}}！邀请您花一分钟完成「{{surveyName}}」：{{link}}（{{expiresOn}}前有效）。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "survey-invitation", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "survey-invitation", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "survey-invitation", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "survey-invitation", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "survey-invitation", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "survey-invitation", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "survey-invitation", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "survey-invitation", "zh-CN" });
        }
    }
}
