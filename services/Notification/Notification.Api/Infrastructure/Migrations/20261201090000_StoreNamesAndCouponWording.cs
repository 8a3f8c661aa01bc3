using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Loyalty.Notification.Api.Infrastructure.Migrations
{
    /// <summary>
    /// The shipped templates name the store in every message and word coupons by what they give ({{couponBenefit}}:
    /// 8折 for 20 % off, 满200元减80元, a gift by name) instead of "{{couponValue}}元". Only rows still holding the
    /// text shipped before are changed, so a template an admin edited keeps the admin's text.
    /// </summary>
    [DbContext(typeof(NotificationDbContext))]
    [Migration("20261201090000_StoreNamesAndCouponWording")]
    public partial class StoreNamesAndCouponWording : Migration
    {
        private static readonly (string Code, string Language, string Before, string After)[] Bodies =
        [
            ("wake-up-coupon", "zh-CN",
                "{{memberName}}您好，好久不见！{{store}}为您准备了一张满{{threshold}}元减{{couponValue}}元的优惠券，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。",
                "{{memberName}}您好，好久不见！{{store}}为您准备了一张{{couponBenefit}}，券码{{couponCode}}，{{expiryDate}}前有效，期待您的光临。"),
            ("wake-up-coupon", "en",
                "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponValue}} CNY off when you spend {{threshold}} CNY, code {{couponCode}}, valid until {{expiryDate}}.",
                "Hello {{memberName}}, we miss you! {{store}} has a coupon for you: {{couponBenefit}}, code {{couponCode}}, valid until {{expiryDate}}."),
            ("coupon-issued", "zh-CN",
                "{{memberName}}您好，您获得一张{{couponValue}}元优惠券，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。",
                "{{memberName}}您好，您获得一张{{couponBenefit}}，券码{{couponCode}}，{{expiryDate}}前在{{store}}使用有效。"),
            ("coupon-issued", "en",
                "Hello {{memberName}}, you have a {{couponValue}} CNY coupon, code {{couponCode}}, valid at {{store}} until {{expiryDate}}.",
                "Hello {{memberName}}, you have a coupon for {{couponBenefit}}, code {{couponCode}}, valid at {{store}} until {{expiryDate}}."),
            ("points-expired", "zh-CN",
                "{{memberName}}您好，您有{{points}}积分已到期。",
                "{{memberName}}您好，您有{{points}}积分已到期，如有疑问请联系{{store}}。"),
            ("points-expired", "en",
                "Hello {{memberName}}, {{points}} of your points have expired.",
                "Hello {{memberName}}, {{points}} of your points have expired. Questions? Ask us at {{store}}."),
            ("tier-changed", "zh-CN",
                "{{memberName}}您好，您的会员等级已变更为{{tier}}。",
                "{{memberName}}您好，您的会员等级已变更为{{tier}}，{{store}}期待您的光临。"),
            ("tier-changed", "en",
                "Hello {{memberName}}, your membership tier is now {{tier}}.",
                "Hello {{memberName}}, your membership tier is now {{tier}}. We look forward to seeing you at {{store}}."),
            ("birthday-gift", "zh-CN",
                "{{memberName}}生日快乐！{{store}}为您送上{{couponValue}}元生日礼券，{{expiryDate}}前有效。",
                "{{memberName}}生日快乐！{{store}}为您送上生日礼物：一张{{couponBenefit}}，{{expiryDate}}前有效。"),
            ("birthday-gift", "en",
                "Happy birthday, {{memberName}}! {{store}} gives you a {{couponValue}} CNY birthday coupon, valid until {{expiryDate}}.",
                "Happy birthday, {{memberName}}! {{store}} gives you a birthday coupon for {{couponBenefit}}, valid until {{expiryDate}}."),
            ("growth-task-completed", "zh-CN",
                "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}。",
                "{{memberName}}您好，您已完成任务「{{taskName}}」，获得{{reward}}，欢迎到{{store}}使用。"),
            ("growth-task-completed", "en",
                "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}.",
                "Hello {{memberName}}, you completed \"{{taskName}}\" and earned {{reward}}. See you at {{store}}."),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Replace(migrationBuilder, after: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Replace(migrationBuilder, after: false);

        private static void Replace(MigrationBuilder migrationBuilder, bool after)
        {
            foreach (var (code, language, before, changed) in Bodies)
            {
                var (from, to) = after ? (before, changed) : (changed, before);
                migrationBuilder.Sql(
                    $"""UPDATE templates SET "Body" = {Literal(to)} WHERE "Code" = {Literal(code)} AND "Language" = {Literal(language)} AND "Body" = {Literal(from)}""");
            }
        }

        private static string Literal(string text) => "'" + text.Replace("'", "''", System.StringComparison.Ordinal) + "'";
    }
}
