namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Dashboard = new()
    {
        ["Date range"] = "日期范围",
        ["Updated"] = "更新于",
        ["Purchases"] = "消费笔数",
        ["Revenue"] = "营收",
        ["net of refunds"] = "已扣除退款",
        ["Average order value"] = "客单价",
        ["Points liability"] = "积分负债",
        ["Campaign participation"] = "活动参与率",
        ["30-day repurchase rate"] = "30天复购率",
        ["New members' first-30-day repurchase"] = "新会员首30天复购率",
        ["Dormant wake-up rate"] = "沉睡唤醒率",
        ["Coupon redemption rate"] = "券核销率",
        ["{0} new in 30 days"] = "近30天新增 {0}",
        ["{0} buyers a day on average"] = "日均消费会员 {0}",
        ["{0} of {1} buyers"] = "{1} 位消费会员中 {0} 位",
        ["{0} new members"] = "新会员 {0} 位",
        ["{0} of {1} coupons"] = "{1} 张券中 {0} 张",
        ["worth {0}; {1} expiring in 30 days"] = "价值 {0}；30天内到期 {1}",
        ["Purchases and revenue per day"] = "每日消费与营收",
        ["Revenue (¥)"] = "营收（¥）",
        ["Average order value (¥)"] = "客单价（¥）",
        ["Members by lifecycle layer"] = "会员生命周期分层",
        ["Members by tier"] = "会员等级分布",
        ["Silver"] = "银卡",
        ["Gold"] = "金卡",
        ["Platinum"] = "铂金卡",
        ["Diamond"] = "钻石卡",
        ["Standard"] = "普通会员",
    };
}
