namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Home = new()
    {
        ["Hello, {0}"] = "{0}，您好",
        ["Points"] = "积分",
        ["Tier"] = "等级",
        ["Spend {0} more in 12 months to reach {1}."] = "近 12 个月再消费 {0} 即可升级为{1}。",
        ["You are at the highest tier."] = "您已是最高等级。",
        ["Spent in the last 12 months: {0}"] = "近 12 个月消费：{0}",
        ["Growth tasks"] = "成长任务",
        ["Surveys"] = "问卷",
        ["Privacy and consent"] = "隐私与授权",
        ["Invite a friend"] = "邀请好友",
        ["Your friend gives this code when she joins."] = "好友入会时填写此邀请码。",
        ["Your membership is being set up; try again in a moment."] = "会员资料正在开通，请稍后再试。",
        ["My referral code"] = "我的邀请码",
        ["Share it: a friend who joins with it and buys a treatment earns you points."] =
            "分享给好友：好友用它入会并完成首次消费，您即可获得积分。",
        ["Language"] = "语言",
    };
}
