namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["Message outbox"] = "消息发送记录",
        ["Rows per page:"] = "每页行数：",
        ["{first_item}-{last_item} of {all_items}"] = "第 {first_item}-{last_item} 条，共 {all_items} 条",
        ["Status"] = "状态",
        ["Member (phone or id)"] = "会员（手机号或 ID）",
        ["No member has this phone."] = "没有使用此手机号的会员。",
        ["This platform does not filter the outbox by template or date, nor count it by status, yet."] =
            "当前平台暂不支持按模板、日期筛选和按状态统计。",
        ["All"] = "全部",
        ["Queued"] = "排队中",
        ["Deferred"] = "延迟发送",
        ["Sent"] = "已发送",
        ["Delivered"] = "已送达",
        ["Failed"] = "失败",
        ["Suppressed"] = "已拦截",
        ["No consent"] = "会员未授权接收",
        ["Frequency cap"] = "超出频次上限",
        ["Duplicate"] = "重复消息",
        ["Unknown member"] = "会员不存在",
        ["Marketing"] = "营销",
        ["Transactional"] = "通知",
        ["Sign-in code"] = "登录验证码",
        ["Requested"] = "请求时间",
        ["Reason"] = "原因",
        ["Template"] = "模板",
        ["Purpose"] = "用途",
        ["Sent at"] = "发送时间",
        ["No messages match."] = "没有符合条件的消息。",
        ["Message"] = "消息",
        ["Message {0}"] = "消息 #{0}",
        ["There is no such message."] = "没有这条消息。",
        ["Member"] = "会员",
        ["Campaign"] = "营销活动",
        ["None (transactional)"] = "无（通知类消息）",
        ["Due at"] = "计划发送时间",
        ["Attempts"] = "尝试次数",
        ["Provider"] = "服务商",
        ["Last error"] = "最近错误",
        ["Request id"] = "请求 ID",
        ["Dedupe key"] = "去重键",
    };
}
