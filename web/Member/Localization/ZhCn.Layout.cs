namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Layout = new()
    {
        ["Member club"] = "会员中心",
        ["tab|Home"] = "首页",
        ["Coupons"] = "优惠券",
        ["Rewards"] = "积分商城",
        ["Messages"] = "消息",
        ["Me"] = "我的",
        ["Back"] = "返回",
        ["Page not found."] = "页面不存在。",
        ["Something went wrong"] = "出错了",
        ["Please try again in a moment."] = "请稍后再试。",
        ["Back to the home page"] = "返回首页",
        ["Save"] = "保存",
        ["Saved."] = "已保存。",
        ["Sms"] = "短信",
        ["WeChat"] = "微信",
        ["Email"] = "邮件",
        ["Push"] = "推送",
        ["Standard"] = "普通会员",
        ["Silver"] = "银卡",
        ["Gold"] = "金卡",
        ["Diamond"] = "钻石卡",
    };
}
