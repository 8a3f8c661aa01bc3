namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Segments = new()
    {
        ["New rule segment"] = "新建规则分群",
        ["Segment"] = "分群",
        ["Code"] = "编码",
        ["Lifecycle"] = "生命周期",
        ["RFM"] = "RFM 分层",
        ["Rule"] = "规则",
        ["Delete"] = "删除",
        ["Delete rule segment"] = "删除规则分群",
        ["Delete {0}? Its members leave it."] = "确定删除“{0}”吗？其中的会员将移出该分群。",
        ["Segment deleted."] = "分群已删除。",
        ["Sizes are live: purchases and refunds move members at once, the nightly run rescores everyone."] =
            "人数实时更新：消费和退款会立即调整会员所在分群，每晚统一重新评分。",

        // RFM groups as Segmentation names them
        ["Champions"] = "重要价值客户",
        ["Loyal"] = "忠诚客户",
        ["Potential loyalist"] = "潜力忠诚客户",
        ["New customers"] = "新客户",
        ["Promising"] = "有潜力客户",
        ["Need attention"] = "需要关注",
        ["About to sleep"] = "即将沉睡",
        ["At risk"] = "流失风险",
        ["Can't lose"] = "不能流失",
        ["Hibernating"] = "休眠客户",
        ["Lost"] = "已流失",

        // Lifecycle layers, genders and tiers as the APIs name them
        ["New member"] = "新客",
        ["Active member"] = "活跃",
        ["Dormant member"] = "沉睡",
        ["Female"] = "女",
        ["Male"] = "男",
        ["Undisclosed"] = "未透露",
        ["Standard"] = "普通会员",
        ["Silver"] = "银卡",
        ["Gold"] = "金卡",
        ["Diamond"] = "钻石卡",

        // The rule builder
        ["Segment name"] = "分群名称",
        ["What staff see, e.g. Laser, women 25–40"] = "员工看到的名称，例如：激光 女 25-40 岁",
        ["Lowercase letters, digits and single dashes, e.g. laser-women"] =
            "小写字母、数字和单个短横线，例如 laser-women",
        ["Members who meet every condition"] = "同时满足以下所有条件的会员",
        ["Members now"] = "当前人数",
        ["The size updates as you edit; it is the size the segment gets when saved."] =
            "编辑条件时人数自动更新，即保存后分群的人数。",
        ["Save segment"] = "保存分群",
        ["Segment saved with {0} members."] = "分群已保存，共 {0} 位会员。",
        ["Field"] = "字段",
        ["Condition"] = "条件",
        ["Interest tags (comma separated)"] = "兴趣标签（用逗号分隔）",
        ["Any of"] = "任一",
        ["Min"] = "最小值",
        ["Max"] = "最大值",
        ["Max (1–5)"] = "最大值（1–5）",
        ["Remove condition"] = "删除条件",
        ["Add condition"] = "添加条件",
        ["At least"] = "不少于",
        ["At most"] = "不超过",
        ["Min (1–5)"] = "最小值（1–5）",
        ["Rows per page:"] = "每页行数：",
        ["Unlayered member"] = "未分层",
        ["minAge must not be above maxAge."] = "最小年龄不能大于最大年龄。",
        ["minSpend must not be above maxSpend."] = "最低消费不能高于最高消费。",
        ["minPoints must not be above maxPoints."] = "最少积分不能多于最多积分。",
        ["minRecencyScore must not be above maxRecencyScore."] = "R 分最小值不能大于最大值。",
        ["minFrequencyScore must not be above maxFrequencyScore."] = "F 分最小值不能大于最大值。",
        ["minMonetaryScore must not be above maxMonetaryScore."] = "M 分最小值不能大于最大值。",
        ["minClv must not be above maxClv."] = "客户价值最小值不能大于最大值。",
        ["Age"] = "年龄",
        ["Gender"] = "性别",
        ["Interest tag"] = "兴趣标签",
        ["Tier"] = "会员等级",
        ["Home store"] = "所属门店",
        ["Spend (net of refunds)"] = "消费金额（扣除退款）",
        ["Points balance"] = "积分余额",
        ["R score (recency)"] = "R 分（最近消费）",
        ["F score (frequency)"] = "F 分（消费频次）",
        ["M score (monetary)"] = "M 分（消费金额）",
        ["Predicted 12-month CLV"] = "预测 12 个月客户价值",
        ["at least"] = "不少于",
        ["at most"] = "不超过",
        ["between"] = "介于",
        ["is any of"] = "属于任一",

        // The API's messages for rules (Segmentation's RuleSegmentRules)
        ["A rule needs at least one criterion."] = "规则至少需要一个条件。",
        ["Age (0 to 150) out of range."] = "年龄需在 0 到 150 之间。",
        ["Spend (0 or more) out of range."] = "消费金额不能为负数。",
        ["Points (0 or more) out of range."] = "积分不能为负数。",
        ["Score (1 to 5) out of range."] = "评分需在 1 到 5 之间。",
        ["Tags must not be empty."] = "标签不能为空。",
        ["Store ids must not be empty."] = "门店编号不能为空。",
        ["Name is required, at most 100 characters."] = "请填写名称，最多 100 个字符。",
        ["Slug must be lowercase kebab-case (a-z, 0-9, single dashes), 1 to 50 characters."] =
            "编码只能包含小写字母、数字和单个短横线，1 到 50 个字符。",
        ["A rule segment with this slug already exists."] = "已有使用此编码的规则分群。",

        // A segment's members
        ["This segment does not exist (any more)."] = "该分群不存在（或已删除）。",
        ["Export CSV"] = "导出 CSV",
        ["Saved"] = "保存于",
        ["Member"] = "会员",
        ["Layer"] = "生命周期",
        ["Spend"] = "消费金额",
        ["Predicted CLV"] = "预测客户价值",
        ["In segment since"] = "进入分群时间",
        [" and "] = "，且 ",
        ["The CSV is downloading."] = "CSV 正在下载。",
        ["This platform cannot export segments yet: its Segmentation service needs the update that adds the CSV " +
         "export."] =
            "当前平台暂不支持导出分群：分群服务需要升级到包含 CSV 导出的版本。",
    };
}
