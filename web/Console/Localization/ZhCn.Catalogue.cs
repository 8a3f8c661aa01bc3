namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Catalogue = new()
    {
        ["Coupon templates"] = "优惠券模板",
        ["Points catalogue"] = "积分商城",
        ["Earning policy"] = "积分规则",
        ["Tier thresholds"] = "等级门槛",
        ["Notification templates"] = "消息模板",

        // Coupon templates
        ["New coupon template"] = "新建优惠券模板",
        ["Name"] = "名称",
        ["e.g. 200 off 80"] = "例如：满 200 减 80",
        ["Kind"] = "类型",
        ["Amount off"] = "满减券",
        ["Percentage off"] = "折扣券",
        ["Free item"] = "赠品券",
        ["Percent off"] = "折扣比例（%）",
        ["Gift worth (¥)"] = "赠品价值（¥）",
        ["Amount off (¥)"] = "减免金额（¥）",
        ["Minimum spend (¥)"] = "使用门槛（¥）",
        ["0 for none"] = "0 表示无门槛",
        ["Largest discount (¥)"] = "最高优惠（¥）",
        ["Gift or treatment"] = "赠品或项目",
        ["Days from issue"] = "领取后有效天数",
        ["Fixed dates"] = "固定日期",
        ["Valid from"] = "生效日期",
        ["Valid until (last day)"] = "截止日期（含当天）",
        ["Valid for (days)"] = "有效天数",
        ["Per member limit"] = "每人限领",
        ["Empty for no limit"] = "留空表示不限",
        ["Stores"] = "适用门店",
        ["None chosen: every store"] = "不选即全部门店",
        ["Item categories"] = "适用品类",
        ["Comma-separated, e.g. laser, skincare; empty for every category"] =
            "用逗号分隔，如 激光, 护肤；留空即全部品类",
        ["Create template"] = "创建模板",
        ["Benefit"] = "优惠内容",
        ["Validity"] = "有效期",
        ["Face value"] = "单张成本",
        ["Created on"] = "创建日期",
        ["No limit"] = "不限",
        ["All categories"] = "全部品类",
        ["{0}% off, at most {1}"] = "{0}% 折扣，最高优惠 {1}",
        ["Free {0} (worth {1})"] = "赠送{0}（价值 {1}）",
        ["{0} off"] = "立减 {0}",
        [" on {0} or more"] = "（满 {0} 可用）",
        ["{0} days from issue"] = "领取后 {0} 天内有效",

        // Points catalogue
        ["New catalogue item"] = "新增兑换商品",
        ["Edit {0}"] = "编辑：{0}",
        ["Coupon"] = "优惠券",
        ["Gift"] = "礼品",
        ["Treatment"] = "护理项目",
        ["Cost (points)"] = "所需积分",
        ["Stock"] = "库存",
        ["Empty for unlimited"] = "留空表示不限量",
        ["Coupon template issued"] = "兑换发放的优惠券",
        ["Redeemable now"] = "上架可兑换",
        ["Add item"] = "添加商品",
        ["Edit"] = "编辑",
        ["Unlimited"] = "不限量",
        ["Out of stock"] = "已兑完",
        ["Items taken off the catalogue (not redeemable) are not listed by the platform."] =
            "已下架（不可兑换）的商品平台不再列出。",

        // Earning policy
        ["Changes apply to purchases and actions recorded from now on."] =
            "修改后对此后记录的消费和行为生效。",
        ["Front desk and admins read the earning policy; this account may not."] =
            "积分规则仅前台和管理员可查看，此账号无权查看。",
        ["Points per ¥1 paid"] = "每消费 ¥1 得积分",
        ["Standard tier multiplier"] = "普通会员倍率",
        ["Silver tier multiplier"] = "银卡倍率",
        ["Gold tier multiplier"] = "金卡倍率",
        ["Diamond tier multiplier"] = "钻石卡倍率",
        ["Birthday month multiplier"] = "生日月倍率",
        ["Review bonus (points)"] = "评价奖励（积分）",
        ["Social share bonus (points)"] = "社交分享奖励（积分）",
        ["Rewarded shares per month"] = "每月奖励分享次数上限",
        ["Survey bonus (points)"] = "问卷奖励（积分）",
        ["Referral bonus (points)"] = "推荐奖励（积分）",
        ["Points expire after (months)"] = "积分有效期（月）",
        ["Saved."] = "已保存。",

        // Tier thresholds
        ["A tier applies from this much spend over the last 12 months. Upgrades follow the next purchase; downgrades " +
         "the next anniversary."] =
            "按近 12 个月累计消费确定等级：达到门槛后下一笔消费即升级，" +
            "降级在下一个会员周年日执行。",
        ["Standard"] = "普通会员",
        ["Silver"] = "银卡",
        ["Gold"] = "金卡",
        ["Diamond"] = "钻石卡",

        // Notification templates
        ["Channel"] = "渠道",
        ["SMS"] = "短信",
        ["WeChat"] = "微信",
        ["Email"] = "邮件",
        ["Push"] = "App 推送",
        ["New template"] = "新建模板",
        ["Templates"] = "模板",
        ["{0} versions"] = "{0} 个版本",
        ["* No text for this channel and language yet: the platform falls back to its default."] =
            "* 该渠道和语言还没有文案：平台将使用默认文案。",
        ["Choose a template to read or edit it."] = "请在左侧选择一个模板查看或编辑。",
        ["Template code"] = "模板编码",
        ["Lowercase letters, digits and dashes"] = "小写字母、数字和连字符",
        ["Language"] = "语言",
        ["Chinese"] = "中文",
        ["English"] = "英文",
        ["Subject"] = "邮件主题",
        ["Text"] = "正文",
        ["Placeholders in double braces, e.g. {{memberName}}"] = "变量用双花括号，如 {{memberName}}",
        ["Sample values for the preview"] = "预览用的示例值",
        ["Preview: {0} · {1}"] = "预览：{0} · {1}",
        ["Save template"] = "保存模板",
        ["Marketing operators edit and preview templates."] = "模板由市场运营人员编辑和预览。",
    };
}
