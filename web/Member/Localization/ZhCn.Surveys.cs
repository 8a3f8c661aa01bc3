namespace Loyalty.Member.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Surveys = new()
    {
        ["No surveys for you right now."] = "暂无待填写的问卷。",
        ["Answer"] = "去填写",
        ["survey|Open"] = "待填写",
        ["survey|Answered"] = "已填写",
        ["survey|Expired"] = "已过期",
        ["Not at all likely"] = "完全不可能",
        ["Extremely likely"] = "非常可能",
        ["Very unhappy"] = "非常不满意",
        ["Very happy"] = "非常满意",
        ["Send answers"] = "提交",
        ["Please answer this question."] = "请回答此题。",
        ["Thank you for your answers."] = "感谢您的反馈！",
        ["This survey has already been answered."] = "该问卷已填写过。",
        ["This survey has expired."] = "该问卷已过期。",
        ["This survey has expired or has already been answered."] = "该问卷已过期或已填写。",
        ["This survey link is not known."] = "问卷链接无效。",
    };
}
