using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => new { x.MemberId, x.Channel, x.Purpose });
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProtectedPhone = table.Column<string>(type: "text", nullable: false),
                    HomeStoreId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.MemberId);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TemplateCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDuplicate = table.Column<bool>(type: "boolean", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "text", nullable: true),
                    ProtectedRecipient = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SuppressionReason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CountedAgainstCap = table.Column<bool>(type: "boolean", nullable: false),
                    Provider = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ProviderMessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "templates",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_templates", x => new { x.Code, x.Channel, x.Language });
                });

            migrationBuilder.InsertData(
                table: "templates",
                columns: new[] { "Channel", "Code", "Language", "Body", "Subject", "UpdatedAt" },
                values: new object[,]
                {
                    { "Email", "birthday-gift", "en", "Happy birthday, {{memberName}}! {{store}} gives you a {{couponValue}} CNY birthday coupon, valid until {{expiryDate}}.", "Happy birthday", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "birthday-gift", "zh-CN", "{{memberName}}生日快乐！{{store}}为您送上{{couponValue}}元生日礼券，{{expiryDate}}前有效。", "生日快乐", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "birthday-gift", "en", "Happy birthday, {{memberName}}! {{store}} gives you a {{couponValue}} CNY birthday coupon, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "birthday-gift", "zh-CN", "{{memberName}}生日快乐！{{store}}为您送上{{couponValue}}元生日礼券，{{expiryDate}}前有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "birthday-gift", "en", "Happy birthday, {{memberName}}! {{store}} gives you a {{couponValue}} CNY birthday coupon, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "birthday-gift", "zh-CN", "{{memberName}}生日快乐！{{store}}为您送上{{couponValue}}元生日礼券，{{expiryDate}}前有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "birthday-gift", "en", "Happy birthday, {{memberName}}! {{store}} gives you a {{couponValue}} CNY birthday coupon, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "birthday-gift", "zh-CN", "{{memberName}}生日快乐！{{store}}为您送上{{couponValue}}元生日礼券，{{expiryDate}}前有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "coupon-issued", "en", "Hello {{memberName}}, you have a {{couponValue}} CNY coupon, code {{couponCode}}, valid at {{store}} until {{expiryDate}}.", "A coupon for you", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "coupon-issued", "zh-CN", "{{memberName}}您好，您获得一张{{couponValue}}元优惠券，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。", "您获得了一张优惠券", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "coupon-issued", "en", "Hello {{memberName}}, you have a {{couponValue}} CNY coupon, code {{couponCode}}, valid at {{store}} until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "coupon-issued", "zh-CN", "{{memberName}}您好，您获得一张{{couponValue}}元优惠券，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "coupon-issued", "en", "Hello {{memberName}}, you have a {{couponValue}} CNY coupon, code {{couponCode}}, valid at {{store}} until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "coupon-issued", "zh-CN", "{{memberName}}您好，您获得一张{{couponValue}}元优惠券，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "coupon-issued", "en", "Hello {{memberName}}, you have a {{couponValue}} CNY coupon, code {{couponCode}}, valid at {{store}} until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "coupon-issued", "zh-CN", "{{memberName}}您好，您获得一张{{couponValue}}元优惠券，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "growth-task-completed", "en", "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}.", "Task completed", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "growth-task-completed", "zh-CN", "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}。", "任务完成", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "growth-task-completed", "en", "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "growth-task-completed", "zh-CN", "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "growth-task-completed", "en", "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "growth-task-completed", "zh-CN", "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "growth-task-completed", "en", "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "growth-task-completed", "zh-CN", "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "points-expired", "en", "Hello {{memberName}}, {{points}} of your points have expired.", "Points expired", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "points-expired", "zh-CN", "{{memberName}}您好，您有{{points}}积分已到期。", "积分已到期", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "points-expired", "en", "Hello {{memberName}}, {{points}} of your points have expired.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "points-expired", "zh-CN", "{{memberName}}您好，您有{{points}}积分已到期。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "points-expired", "en", "Hello {{memberName}}, {{points}} of your points have expired.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "points-expired", "zh-CN", "{{memberName}}您好，您有{{points}}积分已到期。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "points-expired", "en", "Hello {{memberName}}, {{points}} of your points have expired.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "points-expired", "zh-CN", "{{memberName}}您好，您有{{points}}积分已到期。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "points-expiring", "en", "Hello {{memberName}}, {{points}} of your points expire on {{expiryDate}}. Use them at {{store}}.", "Your points expire soon", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "points-expiring", "zh-CN", "{{memberName}}您好，您有{{points}}积分将于{{expiryDate}}到期，欢迎到{{store}}使用。", "积分即将到期", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "points-expiring", "en", "Hello {{memberName}}, {{points}} of your points expire on {{expiryDate}}. Use them at {{store}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "points-expiring", "zh-CN", "{{memberName}}您好，您有{{points}}积分将于{{expiryDate}}到期，欢迎到{{store}}使用。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "points-expiring", "en", "Hello {{memberName}}, {{points}} of your points expire on {{expiryDate}}. Use them at {{store}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "points-expiring", "zh-CN", "{{memberName}}您好，您有{{points}}积分将于{{expiryDate}}到期，欢迎到{{store}}使用。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "points-expiring", "en", "Hello {{memberName}}, {{points}} of your points expire on {{expiryDate}}. Use them at {{store}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "points-expiring", "zh-CN", "{{memberName}}您好，您有{{points}}积分将于{{expiryDate}}到期，欢迎到{{store}}使用。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "tier-changed", "en", "Hello {{memberName}}, your membership tier is now {{tier}}.", "Your membership tier changed", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "tier-changed", "zh-CN", "{{memberName}}您好，您的会员等级已变更为{{tier}}。", "会员等级变更", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "tier-changed", "en", "Hello {{memberName}}, your membership tier is now {{tier}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "tier-changed", "zh-CN", "{{memberName}}您好，您的会员等级已变更为{{tier}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "tier-changed", "en", "Hello {{memberName}}, your membership tier is now {{tier}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "tier-changed", "zh-CN", "{{memberName}}您好，您的会员等级已变更为{{tier}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "tier-changed", "en", "Hello {{memberName}}, your membership tier is now {{tier}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "tier-changed", "zh-CN", "{{memberName}}您好，您的会员等级已变更为{{tier}}。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "wake-up-coupon", "en", "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponValue}} CNY off when you spend {{threshold}} CNY, code {{couponCode}}, valid until {{expiryDate}}.", "We miss you: a coupon for you", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Email", "wake-up-coupon", "zh-CN", "{{memberName}}您好，好久不见！{{store}}为您准备了一张满{{threshold}}元减{{couponValue}}元的优惠券，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。", "好久不见，送您一张优惠券", new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "wake-up-coupon", "en", "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponValue}} CNY off when you spend {{threshold}} CNY, code {{couponCode}}, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Push", "wake-up-coupon", "zh-CN", "{{memberName}}您好，好久不见！{{store}}为您准备了一张满{{threshold}}元减{{couponValue}}元的优惠券，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "wake-up-coupon", "en", "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponValue}} CNY off when you spend {{threshold}} CNY, code {{couponCode}}, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "Sms", "wake-up-coupon", "zh-CN", "{{memberName}}您好，好久不见！{{store}}为您准备了一张满{{threshold}}元减{{couponValue}}元的优惠券，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "wake-up-coupon", "en", "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponValue}} CNY off when you spend {{threshold}} CNY, code {{couponCode}}, valid until {{expiryDate}}.", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { "WeChat", "wake-up-coupon", "zh-CN", "{{memberName}}您好，好久不见！{{store}}为您准备了一张满{{threshold}}元减{{couponValue}}元的优惠券，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。", null, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_messages_DueAt_Id",
                table: "messages",
                columns: new[] { "DueAt", "Id" },
                filter: "\"Status\" IN ('Queued', 'Deferred')");

            migrationBuilder.CreateIndex(
                name: "IX_messages_MemberId_DedupeKey",
                table: "messages",
                columns: new[] { "MemberId", "DedupeKey" },
                unique: true,
                filter: "NOT \"IsDuplicate\"");

            migrationBuilder.CreateIndex(
                name: "IX_messages_MemberId_Id",
                table: "messages",
                columns: new[] { "MemberId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_messages_RequestId",
                table: "messages",
                column: "RequestId",
                unique: true,
                filter: "NOT \"IsDuplicate\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "templates");
        }
    }
}
