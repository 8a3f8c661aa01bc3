namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Privacy = new()
    {
        ["My data"] = "我的数据",
        ["Under China's personal information law you may have a copy of your data, or have it erased."] =
            "根据《个人信息保护法》，您可以获取个人数据副本，也可以要求删除个人数据。",
        ["A copy of my data"] = "获取我的数据副本",
        ["Asked for on {0}."] = "{0} 提交申请。",
        ["{0} of {1} parts collected; this takes a few minutes."] = "已收集 {0}/{1} 部分，需要几分钟。",
        ["Refresh"] = "刷新",
        ["The file can be downloaded once, until {0}. Keep it safe: it holds all your data."] =
            "文件仅可下载一次，{0} 前有效。文件包含您的全部数据，请妥善保管。",
        ["Download my data"] = "下载我的数据",
        ["One file of all the club holds about you (JSON, with a summary)."] =
            "会员中心保存的您的全部数据，汇总为一个文件（JSON 格式，附可读摘要）。",
        ["Ask for a copy of my data"] = "申请数据副本",
        ["archive|gone"] = "该文件已下载过或已过期，不能再次下载。如需新的副本，请重新申请。",
        ["archive|not-ready"] = "文件尚未准备好，请稍后再试。",
        ["archive|failed"] = "下载失败，请稍后再试。",
        ["data-request|Collecting"] = "正在收集",
        ["data-request|Ready"] = "可以下载",
        ["data-request|Downloaded"] = "已下载",
        ["data-request|Expired"] = "已过期",
        ["data-request|AwaitingConfirmation"] = "等待工作人员确认",
        ["data-request|Erasing"] = "正在删除",
        ["data-request|Erased"] = "已删除",
        ["data-request|Declined"] = "已拒绝",
        ["erasure-hint|AwaitingConfirmation"] = "诊所的数据保护专员确认后，各部分将删除您的数据。",
        ["erasure-hint|Erasing"] = "各部分正在删除您的数据。",
        ["erasure-hint|Erased"] = "您的数据已删除。",
        ["Erase my data"] = "删除我的数据",
        ["Your profile and contact details are removed from every part of the club."] =
            "您的资料和联系方式将从会员中心的各部分删除。",
        ["Read what erasure means"] = "了解删除的内容",
        ["My consent history"] = "我的授权记录",
        ["Every consent you gave or withdrew, kept as the record the law asks for."] =
            "您每一次授权和撤回授权的记录，依法保存作为凭证。",
        ["No consent given or withdrawn yet."] = "暂无授权记录。",
        ["Given"] = "同意",
        ["Withdrawn"] = "撤回",
        ["source|member-app"] = "会员小程序",
        ["source|front-desk"] = "前台",
        ["source|import"] = "导入",
        ["source|app"] = "会员 App",
        ["source|wechat-mini"] = "微信小程序",
        ["source|unknown"] = "未知",
        ["Sent: once the clinic's data-protection staff confirm it, your data is erased everywhere."] =
            "已提交：诊所的数据保护专员确认后，会员中心各部分将删除您的数据。",
        ["Back to my data"] = "返回我的数据",
        ["What is removed"] = "将删除的内容",
        ["Your name, mobile number, birth date, skin type and interests."] = "您的姓名、手机号、生日、肤质和兴趣标签。",
        ["Your sign-in: you can no longer sign in with this number."] = "您的登录账号：此号码将不能再登录。",
        ["Your place in segments and campaigns; unused coupons stop working."] = "您在分群和营销活动中的记录；未使用的优惠券将失效。",
        ["The messages' texts and your contact details; nothing more is sent to you."] =
            "消息内容和您的联系方式；之后不再向您发送任何消息。",
        ["What you wrote in surveys, and the notes of follow-up calls."] = "您在问卷中填写的文字和回访记录。",
        ["What the chain keeps, and why"] = "连锁机构保留的内容及原因",
        ["Purchases, refunds and points totals, under a number that names nobody: the books the law requires."] =
            "消费金额、退款和积分合计，以不再指向您的编号保存：这是法律要求的账务记录。",
        ["Survey scores and campaign figures, nameless: the statistics stay right."] =
            "不含姓名的问卷评分和活动数据：保证统计准确。",
        ["Your consent record and this request, as evidence your choices were respected."] =
            "您的授权记录和本次申请记录，作为尊重您选择的凭证。",
        ["Your points and coupons are lost. You may join again with the same number, as a new member."] =
            "您的积分和优惠券将作废。之后可以用同一号码重新注册为新会员。",
        ["I want my data erased"] = "我要删除我的数据",
        ["Are you sure?"] = "确定删除吗？",
        ["Once the clinic's staff confirm it, erasure cannot be undone."] = "工作人员确认后，删除不可撤销。",
        ["Yes, erase my data"] = "确定，删除我的数据",
    };
}
