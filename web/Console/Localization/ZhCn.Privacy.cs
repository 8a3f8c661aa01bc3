namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Privacy = new()
    {
        ["Data requests"] = "数据权利请求",
        ["Data request"] = "数据权利请求详情",
        ["Data rights"] = "数据权利",
        ["data-request|Export"] = "数据副本",
        ["data-request|Erasure"] = "删除个人数据",
        ["data-request|Collecting"] = "收集中",
        ["data-request|Ready"] = "可下载",
        ["data-request|Downloaded"] = "已下载",
        ["data-request|Expired"] = "已过期",
        ["data-request|AwaitingConfirmation"] = "待确认",
        ["data-request|Erasing"] = "删除中",
        ["data-request|Erased"] = "已删除",
        ["data-request|Declined"] = "已拒绝",
        ["requested-by|member"] = "会员本人",
        ["member-app"] = "会员小程序",
        ["requested-by|retention-policy"] = "保存期限策略",
        ["staff {0}"] = "员工 {0}",
        ["service|members"] = "会员",
        ["service|points"] = "积分",
        ["service|segmentation"] = "分群",
        ["service|campaign"] = "营销活动",
        ["service|notification"] = "消息",
        ["service|feedback"] = "满意度",
        ["service|identity"] = "登录账号",
        ["Requested by"] = "申请人",
        ["Services"] = "各服务",
        ["Services done"] = "已完成服务",
        ["Done at"] = "完成时间",
        ["Waiting"] = "等待中",
        ["Decided"] = "处理时间",
        ["Archive valid until"] = "文件有效期至",
        ["Downloaded"] = "已下载",
        ["No data requests."] = "暂无数据权利请求。",
        ["No data request has this id."] = "没有此编号的数据权利请求。",
        ["Confirming erases her personal data in every service; the books keep their figures under "
            + "her id."] =
            "确认后，各服务将删除她的个人数据；账务数据以她的编号保留。",
        ["Confirm the erasure"] = "确认删除",
        ["Decline"] = "拒绝",
        ["The chain's data-protection staff (admins) confirm or decline erasures."] =
            "删除请求由连锁机构的数据保护专员（管理员）确认或拒绝。",
        ["The archive can be downloaded once, for her; the download is recorded in the audit trail."] =
            "文件仅可代她下载一次，下载将记入审计日志。",
        ["Download the archive"] = "下载数据文件",
        ["The archive is downloading."] = "数据文件正在下载。",
        ["The archive was already downloaded or has expired."] = "数据文件已下载过或已过期。",
        ["Her data requests"] = "她的数据权利请求",
        ["Reason (what she asked, and how)"] = "原因（她的请求内容和方式）",
        ["Ask for a copy of her data"] = "代她申请数据副本",
        ["Ask for her erasure"] = "代她申请删除数据",
        ["Consent history"] = "授权变更记录",
        ["No consent change yet."] = "暂无授权变更。",
    };
}
