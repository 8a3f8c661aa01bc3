using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SignInCodeTemplate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "templates",
                columns: new[] { "Channel", "Code", "Language", "Body", "Subject", "UpdatedAt" },
                values: new object[,]
                {
                    { "Email", "sign-in-code", "en", "{{store}}: your sign-in code is {{code}}. It is valid for 5 minutes. Never share it.", "Your sign-in code", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "sign-in-code", "zh-CN", "【{{store}}】您的登录验证码是{{code}}，5分钟内有效。请勿告诉他人。", "登录验证码", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "sign-in-code", "en", "{{store}}: your sign-in code is {{code}}. It is valid for 5 minutes. Never share it.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "sign-in-code", "zh-CN", "【{{store}}】您的登录验证码是{{code}}，5分钟内有效。请勿告诉他人。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "sign-in-code", "en", "{{store}}: your sign-in code is {{code}}. It is valid for 5 minutes. Never share it.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "sign-in-code", "zh-CN", "【{{store}}】您的登录验证码是{{code}}，5分钟内有效。请勿告诉他人。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "sign-in-code", "en", "{{store}}: your sign-in code is {{code}}. It is valid for 5 minutes. Never share it.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "sign-in-code", "zh-CN", "【{{store}}】您的登录验证码是{{code}}，5分钟内有效。请勿告诉他人。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "sign-in-code", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Email", "sign-in-code", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "sign-in-code", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Push", "sign-in-code", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "sign-in-code", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "Sms", "sign-in-code", "zh-CN" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "sign-in-code", "en" });

            migrationBuilder.DeleteData(
                table: "templates",
                keyColumns: new[] { "Channel", "Code", "Language" },
                keyValues: new object[] { "WeChat", "sign-in-code", "zh-CN" });
        }
    }
}
