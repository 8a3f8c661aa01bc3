namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Rewards = new()
    {
        ["No coupons yet."] = "暂无优惠券。",
        ["{0} off a spend of {1}"] = "满 {1} 减 {0}",
        ["{0} off"] = "立减 {0}",
        ["{0}% off"] = "{0}% 折扣",
        ["Gift: {0}"] = "赠品：{0}",
        ["Valid until {0}"] = "有效期至 {0}",
        ["coupon|Active"] = "可使用",
        ["coupon|Redeemed"] = "已使用",
        ["coupon|Expired"] = "已过期",
        ["No tasks right now."] = "暂无任务。",
        ["{0} of {1}"] = "{0} / {1}",
        ["until {0}"] = "截至 {0}",
        ["task|InProgress"] = "进行中",
        ["task|Completed"] = "已完成",
        ["task|Expired"] = "已过期",
        ["Reward: {0} points"] = "奖励：{0} 积分",
        ["Your points"] = "我的积分",
        ["Redeemed for {0} points. Your balance is {1}."] = "兑换成功，消耗 {0} 积分，当前余额 {1}。",
        ["Nothing to redeem right now."] = "暂无可兑换的商品。",
        ["{0} points"] = "{0} 积分",
        ["{0} left"] = "剩余 {0}",
        ["Redeem"] = "兑换",
        ["No messages yet."] = "暂无消息。",
    };
}
