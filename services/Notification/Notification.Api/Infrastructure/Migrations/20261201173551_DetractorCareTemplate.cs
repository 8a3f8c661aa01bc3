using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DetractorCareTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for our short survey: {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for our short survey: {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for our short survey: {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for our short survey: {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.InsertData(
                table: "templates",
                columns: new[] { "Channel", "Code", "Language", "Body", "Subject", "UpdatedAt" },
                values: new object[,]
                {
                    { "Email", "detractor-care", "en", "Hello {{memberName}}, we are sorry your visit fell short. An advisor from {{store}} will call you soon to listen and put it right.", "We hear you", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "detractor-care", "zh-CN", "{{memberName}}您好，很抱歉这次没能让您满意。{{store}}的顾问会尽快与您联系，听听您的意见并为您妥善处理。", "我们很重视您的反馈", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "detractor-care", "en", "Hello {{memberName}}, we are sorry your visit fell short. An advisor from {{store}} will call you soon to listen and put it right.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "detractor-care", "zh-CN", "{{memberName}}您好，很抱歉这次没能让您满意。{{store}}的顾问会尽快与您联系，听听您的意见并为您妥善处理。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "detractor-care", "en", "Hello {{memberName}}, we are sorry your visit fell short. An advisor from {{store}} will call you soon to listen and put it right.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "detractor-care", "zh-CN", "{{memberName}}您好，很抱歉这次没能让您满意。{{store}}的顾问会尽快与您联系，听听您的意见并为您妥善处理。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "detractor-care", "en", "Hello {{memberName}}, we are sorry your visit fell short. An advisor from {{store}} will call you soon to listen and put it right.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "detractor-care", "zh-CN", "{{memberName}}您好，很抱歉这次没能让您满意。{{store}}的顾问会尽快与您联系，听听您的意见并为您妥善处理。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "detractor-care", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "detractor-care", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "detractor-care", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "detractor-care", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "detractor-care", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "detractor-care", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "detractor-care", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "detractor-care", "zh-CN" });

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).");

            migrationBuilder.UpdateData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "survey-invitation", "en" },
                column: "Body",
                value: "Hello {{memberName}}, thank you for visiting {{store}}! Please take a minute for \"{{surveyName}}\": {{link}} (valid until {{expiresOn}}).");
        }
    }
}
