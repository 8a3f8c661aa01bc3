namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Campaigns = new()
    {
        // The list
        ["New campaign"] = "新建活动",
        ["All"] = "全部",
        ["Campaign"] = "活动",
        ["Status"] = "状态",
        ["Trigger"] = "触发方式",
        ["Audience"] = "目标人群",
        ["Budget"] = "预算",
        ["Holdout"] = "对照组",
        ["Created"] = "创建时间",
        ["No campaigns yet: start one from a journey template or from scratch."] =
            "还没有营销活动：可以从旅程模板或空白开始创建。",
        ["campaign|Draft"] = "草稿",
        ["campaign|Active"] = "进行中",
        ["campaign|Paused"] = "已暂停",
        ["campaign|Ended"] = "已结束",

        // Triggers, schedules and actions
        ["On a schedule"] = "定时执行",
        ["When a member enters a segment"] = "会员进入分群时",
        ["When points are about to expire"] = "积分即将到期时",
        ["After the first purchase"] = "首次消费后",
        ["When a member moves up a tier"] = "会员升级时",
        ["Enters {0}"] = "进入 {0} 时",
        ["Every {0} days from {1}"] = "自 {1} 起每 {0} 天",
        ["Every year on {0}"] = "每年{0}",
        ["Birthday month (1st of each month)"] = "生日月（每月 1 日）",
        ["Once at {0}"] = "{0} 执行一次",
        ["Once, run by hand"] = "手动执行一次",
        ["Double 11"] = "双十一",
        ["Double 12"] = "双十二",
        ["Christmas"] = "圣诞节",
        ["Spring Festival"] = "春节",
        ["Members the trigger fires for"] = "触发条件命中的会员",
        ["All members"] = "全部会员",
        ["Coupon"] = "优惠券",
        ["{0} bonus points"] = "赠送 {0} 积分",
        ["Message {0} by {1}"] = "通过{1}发送消息 {0}",
        ["Growth task: {0}"] = "成长任务：{0}",
        ["Second purchase"] = "再次消费",
        ["Invite friends"] = "邀请好友",
        ["SMS"] = "短信",
        ["WeChat"] = "微信",
        ["Email"] = "邮件",
        ["Push"] = "App 推送",

        // Journey templates
        ["From a journey template"] = "从旅程模板创建",
        ["From scratch"] = "从空白创建",
        ["Create “{0}”"] = "创建“{0}”",
        ["Budget (optional)"] = "预算（可选）",
        ["Split new 20 % / active 50 % / dormant 30 %"] = "按新客 20% / 活跃 50% / 沉睡 30% 分配",
        ["Holdout share (%)"] = "对照组比例（%）",
        ["The template's own: {0} %"] = "模板默认：{0}%",
        ["Create draft campaign"] = "创建草稿活动",
        ["It starts as a draft: activate it on the next page."] =
            "活动创建后为草稿状态，请在下一页启动。",
        ["Dormant wake-up"] = "沉睡会员唤醒",
        ["Birthday month"] = "生日月礼遇",
        ["Expiring points reminder"] = "积分到期提醒",
        ["New-member growth tasks"] = "新会员成长任务",
        ["When a member turns dormant: a 200 minus 80 CNY coupon valid 3 days and a wake-up message; 10 % held out."] =
            "会员进入沉睡层时发放满 200 减 80 专属券（3 天有效）并发送唤醒短信，" +
            "留 10% 对照组。",
        ["On the 1st of each month, members born that month get 200 bonus points, a 100 CNY gift coupon (valid 30 " +
         "days) and a birthday message."] =
            "每月 1 日，当月生日的会员获得 200 积分、100 元生日礼券（30 天有效）" +
            "和生日祝福消息。",
        ["A reminder message when a member's points are about to expire."] =
            "会员积分即将到期时发送提醒消息。",
        ["The first purchase starts a task: buy again within 3 days to earn a 50 CNY coupon (valid 30 days)."] =
            "首次消费后开启任务：3 天内再次消费即得 50 元券（30 天有效）。",

        // From scratch
        ["Name and trigger"] = "名称与触发方式",
        ["Campaign name"] = "活动名称",
        ["Segment that fires it"] = "触发分群",
        ["Every member"] = "全部会员",
        ["Target segments (members of any)"] = "目标分群（属于任一即可）",
        ["{0} members"] = "{0} 人",
        ["Each member the trigger fires for, while the campaign is active."] =
            "活动进行期间，每位命中触发条件的会员。",
        ["When it may fire"] = "生效时间",
        ["Starts on (optional)"] = "开始日期（可选）",
        ["Ends after (optional)"] = "结束日期（可选）",
        ["Budget and holdout"] = "预算与对照组",
        ["Split by lifecycle segment"] = "按生命周期分配预算",
        ["Together {0} % (must be 100 %)"] = "合计 {0}%（须为 100%）",
        ["Members kept out as the control group, to measure uplift (0–50 %)."] =
            "留作对照组的会员比例，用于衡量活动提升效果（0–50%）。",
        ["Frequency cap: the platform reaches a member with at most one campaign action a day, across campaigns; a " +
         "capped delivery is retried later."] =
            "频次限制：所有活动合计，每位会员每天最多触达一次；" +
            "因频次限制未触达的会员稍后会自动重试。",
        ["Please correct the fields marked in red."] = "请修改标红的字段。",
        ["Schedule and frequency"] = "排期与频次",
        ["Frequency"] = "频次",
        ["Once"] = "仅一次",
        ["Every few days"] = "每隔几天",
        ["Every year on a date or festival"] = "每年固定日期或节日",
        ["Every how many days"] = "间隔天数",
        ["7 is weekly"] = "7 天即每周一次",
        ["Festival"] = "节日",
        ["Or a date each year (MM-dd)"] = "或每年的固定日期（MM-dd）",
        ["Run on (pick on the calendar)"] = "执行日期（在日历中选择）",
        ["First run on"] = "首次执行日期",
        ["No date: it runs when you press Run now."] = "不选日期：点击“立即执行”时执行。",
        ["Time (clinic time)"] = "时间（门店当地时间）",
        ["Next run"] = "下次执行",
        ["Marked: 618, Double 11, Double 12, Christmas and Spring Festival."] =
            "已标注：618、双十一、双十二、圣诞节和春节。",
        ["Previous month"] = "上个月",
        ["Next month"] = "下个月",
        ["Mon"] = "一",
        ["Tue"] = "二",
        ["Wed"] = "三",
        ["Thu"] = "四",
        ["Fri"] = "五",
        ["Sat"] = "六",
        ["Sun"] = "日",
        ["Actions"] = "活动权益",
        ["No coupon templates yet: create them under Catalogue and rules."] =
            "还没有优惠券模板：请在“目录与规则”中创建。",
        ["Bonus points"] = "赠送积分",
        ["Message template"] = "消息模板",
        ["Channel"] = "渠道",
        ["Growth task"] = "成长任务",
        ["Days to complete"] = "完成期限（天）",
        ["Steps needed"] = "所需次数",
        ["Reward coupon"] = "奖励优惠券",
        ["Reward points"] = "奖励积分",
        ["{0} off {1}"] = "满 {1} 减 {0}",
        ["{0} off"] = "立减 {0}",
        ["{0} % off"] = "{0}% 折扣",
        ["Gift"] = "赠品",

        // The API's messages for campaigns (CampaignDefinition.Validate, CampaignsApi)
        ["name is required (at most 128 characters)."] = "请填写活动名称（最多 128 个字符）。",
        ["A SegmentEntered campaign names the segment code that fires it (e.g. lifecycle-dormant)."] =
            "请选择触发活动的分群。",
        ["A scheduled campaign targets allMembers or at least one segment code."] =
            "定时活动需选择全部会员或至少一个目标分群。",
        ["A campaign does something: a coupon (couponTemplateId), bonusPoints, a message (messageTemplate) or a " +
         "growth task (growthTask)."] =
            "活动至少需要一项权益：优惠券、赠送积分、消息或成长任务。",
        ["A recurring campaign gives its first run (runAt) and recurEveryDays (1 to 366; 7 is weekly)."] =
            "周期活动需选择首次执行日期，间隔为 1 到 366 天（7 天即每周）。",
        ["yearlyDate is MM-dd (e.g. 11-11) or one of 618, double-11, double-12, christmas, spring-festival."] =
            "每年日期格式为 MM-dd（例如 11-11），或选择 618、双十一、双十二、圣诞节、" +
            "春节。",
        ["growthTaskDays is 1 to 366."] = "完成期限为 1 到 366 天。",
        ["growthTaskTarget is 1 to 100 (purchases after the start, or friends who register)."] =
            "所需次数为 1 到 100。",
        ["A growth task rewards a coupon (rewardCouponTemplateId) and/or points (rewardPoints)."] =
            "成长任务需设置奖励优惠券或奖励积分。",
        ["rewardPoints is 0 to 1,000,000."] = "奖励积分为 0 到 1,000,000。",
        ["bonusPoints is 0 to 1,000,000."] = "赠送积分为 0 到 1,000,000。",
        ["holdoutPercent is 0 to 50."] = "对照组比例为 0 到 50%。",
        ["budget is more than 0 CNY (leave it out for none)."] = "预算须大于 0 元（不设预算请留空）。",
        ["budgetSplit gives each segment code a percentage; they add up to 100."] =
            "各分群预算比例合计须为 100%。",
        ["endsAt is after startsAt."] = "结束日期须晚于开始日期。",
        ["An ended campaign cannot start again."] = "已结束的活动不能重新启动。",
        ["Only an active scheduled campaign runs over its audience."] =
            "只有进行中的定时活动可以立即执行。",

        // Results
        ["This campaign does not exist."] = "该活动不存在。",
        ["Activate"] = "启动活动",
        ["Resume"] = "恢复活动",
        ["Run now"] = "立即执行",
        ["Pause"] = "暂停",
        ["End"] = "结束活动",
        ["End campaign"] = "结束活动",
        ["An ended campaign cannot start again. End it?"] = "活动结束后不能重新启动，确定结束吗？",
        ["Campaign is now Active."] = "活动已启动。",
        ["Campaign is now Paused."] = "活动已暂停。",
        ["Campaign is now Ended."] = "活动已结束。",
        ["Run done: {0} treated, {1} held out, {2} capped, {3} over budget, {4} reached before."] =
            "执行完成：触达 {0} 人，对照组 {1} 人，频次限制 {2} 人，超出预算 {3} 人，" +
            "此前已触达 {4} 人。",
        ["Settings"] = "活动设置",
        ["Fires"] = "生效时间",
        ["at once"] = "立即",
        ["no end"] = "长期",
        ["Last run"] = "上次执行",
        ["Results"] = "活动效果",
        ["Budget spent"] = "预算使用",
        ["No budget: the campaign spends without a cap."] = "未设预算：活动花费不设上限。",
        ["Reached (treated)"] = "触达人数",
        ["Held out"] = "对照组人数",
        ["Coupons issued / redeemed"] = "发券 / 核销",
        ["Coupon redemption rate"] = "核销率",
        ["Participation rate"] = "参与率",
        ["Repurchase: treated / holdout"] = "复购率：活动组 / 对照组",
        ["Dormant woken: treated / holdout"] = "沉睡唤醒率：活动组 / 对照组",
        ["Average order value"] = "客单价",
        ["Revenue from treated"] = "活动组营收",
        ["Incremental revenue"] = "增量营收",
        ["Cost"] = "成本",
        ["ROI"] = "投资回报率",
        ["Treated"] = "活动组",
        ["Repurchase"] = "复购率",
        ["Dormant woken"] = "沉睡唤醒率",
        ["Tier upgrade"] = "升级率",
        ["Repurchase uplift against the holdout (95 % interval)"] =
            "相对对照组的复购提升（95% 置信区间）",
        ["Uplift {0} percentage points (95 % interval {1} to {2})"] =
            "提升 {0} 个百分点（95% 置信区间 {1} 至 {2}）",
        ["The campaign raised repurchase: the whole interval is above zero."] =
            "活动显著提升了复购：整个置信区间都大于零。",
        ["The campaign lowered repurchase: the whole interval is below zero."] =
            "活动降低了复购：整个置信区间都小于零。",
        ["Not yet distinguishable from no effect: the interval includes zero."] =
            "尚不能确定有效果：置信区间包含零。",
        ["No uplift yet: it needs treated and held-out members reached in the date range."] =
            "暂无提升数据：需要在所选日期内同时有活动组和对照组会员。",
        ["Deliveries"] = "触达记录",
        ["Run"] = "执行批次",
        ["Frequency capped"] = "频次限制",
        ["Budget exhausted"] = "预算用尽",
        ["Limit reached"] = "达到领取上限",
        ["Nobody reached yet. A triggered campaign reaches members as their trigger fires while it is active."] =
            "暂无触达。触发式活动在进行期间，会员命中触发条件时即被触达。",
        ["The list of each delivery needs the Campaign service's update that adds it; the counts above are live."] =
            "逐条触达明细需要营销服务升级后才能查看；上方统计为实时数据。",
        ["Outcome"] = "结果",
        ["Budget share"] = "预算分组",
        ["Coupon Active"] = "未使用",
        ["Coupon Redeemed"] = "已核销",
        ["Coupon Expired"] = "已过期",
        ["Reached at"] = "触达时间",
    };
}
