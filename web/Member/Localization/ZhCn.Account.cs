namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Account = new()
    {
        ["Sign in"] = "登录",
        ["Sign out"] = "退出登录",
        ["Sign in with your mobile number and the code we send to it by SMS."] = "使用手机号和短信验证码登录。",
        ["Mobile number"] = "手机号",
        ["Send code"] = "获取验证码",
        ["Send again"] = "重新发送",
        ["Code"] = "验证码",
        ["If this number is a member's, a code is on its way."] = "如该号码为会员手机号，验证码已发送。",
        ["Enter an 11-digit mobile number."] = "请输入 11 位手机号。",
        ["Too many codes asked for; wait a minute and try again."] = "获取验证码过于频繁，请一分钟后再试。",
        ["The code could not be sent; try again in a moment."] = "验证码发送失败，请稍后再试。",
        ["Signing in failed; try again in a moment."] = "登录失败，请稍后再试。",
        ["Too many wrong codes: this number is locked for 15 minutes."] = "验证码错误次数过多，该号码已锁定 15 分钟。",
        ["Too many attempts; wait a while and try again."] = "尝试次数过多，请稍后再试。",
        ["The code is wrong or has expired; ask for a new one."] = "验证码错误或已过期，请重新获取。",
        ["Choose how the clinic may contact you. You can change this at any time."] =
            "选择诊所可以通过哪些方式联系您，随时可以更改。",
        ["purpose|Marketing"] = "优惠与活动",
        ["purpose|Transactional"] = "服务通知",
        ["purpose|Feedback"] = "满意度回访",
        ["purpose-hint|Marketing"] = "新品、节日优惠和专属活动。",
        ["purpose-hint|Transactional"] = "预约、积分和优惠券到账等服务消息。",
        ["purpose-hint|Feedback"] = "治疗后的满意度问卷和回访电话。",
        ["changed {0}"] = "{0} 更新",
    };
}
