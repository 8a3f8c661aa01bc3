namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    // The model report (Segments → Models)
    private static readonly Dictionary<string, string> Models = new()
    {
        ["Models"] = "模型",
        ["Each refit fits BG/NBD, MBG/NBD and Pareto/NBD, checks each on the last weeks' purchases, and keeps the best usable model; a refused fit is never used for predictions."] =
            "每次重新拟合都会拟合 BG/NBD、MBG/NBD 和 Pareto/NBD，用最近几周的实际消费逐一检验，保留最好的可用模型；被拒绝的拟合绝不用于预测。",
        ["The models have not been fitted yet."] = "模型尚未拟合。",
        ["In use: fit {0} of {1}, on {2} members ({3} returning)."] = "使用中：第 {0} 次拟合（{1}），基于 {2} 位会员（{3} 位复购）。",
        ["No fit has been accepted: members have no P(alive) or CLV, and rule segments on them are not evaluated."] =
            "尚无被接受的拟合：会员没有存活概率和 CLV，基于它们的规则分群不会计算。",
        ["The newest attempt (fit {0} of {1}) was refused:"] = "最近一次拟合（第 {0} 次，{1}）被拒绝：",
        ["Fit {0}: each model"] = "第 {0} 次拟合：各模型",
        ["chosen"] = "已选用",
        ["usable"] = "可用",
        ["refused"] = "已拒绝",
        ["accepted"] = "已接受",
        ["Held-out mean absolute error"] = "留出期平均绝对误差",
        ["total"] = "总数",
        ["spend per purchase"] = "每次消费金额",
        ["Held-out period: the last {0} weeks, actual against predicted purchases per member"] =
            "留出期（最近 {0} 周）：每位会员实际与预测的消费次数",
        ["By repeat purchases before the period (7 = 7 or more)."] = "按留出期之前的复购次数分组（7 表示 7 次及以上）。",
        ["Actual"] = "实际",
        ["Predicted"] = "预测",
        ["Fit history"] = "拟合历史",
        ["Fit"] = "拟合",
        ["Fitted at"] = "拟合时间",
        ["Verdict"] = "结论",
        ["Why"] = "原因",
        ["Parameter"] = "参数",
        ["Estimate"] = "估计值",
        ["Std. error"] = "标准误",
        ["95 % interval"] = "95% 区间",
        ["log-likelihood"] = "对数似然",
        ["converged"] = "收敛",
        ["yes"] = "是",
        ["no"] = "否",
        ["reason|TooFewCustomers"] = "会员太少",
        ["reason|TooFewRepeatBuyers"] = "复购会员太少",
        ["reason|NotConverged"] = "未收敛",
        ["reason|OnBoundary"] = "估计落在边界上",
        ["reason|HessianNotPositiveDefinite"] = "海森矩阵非正定",
        ["reason|HeldOutErrorTooLarge"] = "留出期误差过大",
    };
}
