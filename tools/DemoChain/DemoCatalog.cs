namespace Loyalty.DemoChain;

/// <summary>One of the demo chain's clinics.</summary>
public sealed record Clinic(string StoreId, string City, string Name, double Share);

/// <summary>A treatment or product on a clinic's menu, at its list price in CNY.</summary>
public sealed record Treatment(string Sku, string Category, string Name, decimal ListPrice, double Share);

/// <summary>The demo chain's clinics and menu: what the generator draws from.</summary>
public static class DemoCatalog
{
    /// <summary>
    /// Four clinics in three cities, the console's store list (web/Console, Console:Stores); Share is the part of the
    /// members who call it home.
    /// </summary>
    public static readonly IReadOnlyList<Clinic> Clinics =
    [
        new("SH-JINGAN-01", "上海", "上海静安店", 0.35),
        new("SH-XUHUI-02", "上海", "上海徐汇店", 0.25),
        new("HZ-XIHU-01", "杭州", "杭州西湖店", 0.25),
        new("SZ-SIP-01", "苏州", "苏州园区店", 0.15),
    ];

    /// <summary>
    /// The menu, by category as the platform's rules name them; Share is how often a basket line is this treatment
    /// (skin care often and cheap, injectables rarely and dear).
    /// </summary>
    public static readonly IReadOnlyList<Treatment> Menu =
    [
        new("HA-1ML", "injectables", "玻尿酸 1ml", 4_980m, 0.08),
        new("BOTOX-50U", "injectables", "肉毒素 50u", 3_280m, 0.08),
        new("COLLAGEN-1ML", "injectables", "胶原蛋白 1ml", 6_800m, 0.04),
        new("IPL-FACE", "laser", "光子嫩肤", 1_880m, 0.14),
        new("PICO-FACE", "laser", "皮秒祛斑", 2_680m, 0.10),
        new("HAIR-REMOVAL", "laser", "激光脱毛", 980m, 0.08),
        new("THERMAGE-FLX", "laser", "热玛吉", 12_800m, 0.03),
        new("HYDRAFACIAL", "skincare", "小气泡清洁", 380m, 0.20),
        new("PEEL-AHA", "skincare", "果酸焕肤", 880m, 0.13),
        new("SERUM-REPAIR", "skincare", "修护精华 (产品)", 620m, 0.12),
    ];

    /// <summary>
    /// What members come back for when a campaign's coupon reaches them: laser treatments above 1,000 CNY.
    /// </summary>
    public static readonly IReadOnlyList<Treatment> CampaignOffers =
        [.. Menu.Where(t => t.Category == "laser" && t.ListPrice >= 1_000m)];

    public static readonly IReadOnlyList<string> InterestTags =
        ["anti-aging", "laser", "hydration", "whitening", "acne", "injectables", "body-contouring"];

    public static readonly IReadOnlyList<string> SkinTypes = ["Normal", "Dry", "Oily", "Combination", "Sensitive"];

    public static readonly IReadOnlyList<string> Surnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    public static readonly IReadOnlyList<string> GivenNames =
        ["丽", "娜", "静", "敏", "婷", "雪", "颖", "琳", "欣", "怡", "佳", "悦", "晨", "思", "雨", "梦", "露", "瑶", "倩", "洁",
            "伟", "磊", "强", "杰", "涛"];

    /// <summary>
    /// The advisors (顾问) of each clinic by the id the till sends (advisorId): a few names per store.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Advisors = new Dictionary<string, string[]>
    {
        ["SH-JINGAN-01"] = ["jingan.zhou", "jingan.lin", "jingan.xu"],
        ["SH-XUHUI-02"] = ["xuhui.chen", "xuhui.he"],
        ["HZ-XIHU-01"] = ["xihu.wang", "xihu.gao", "xihu.luo"],
        ["SZ-SIP-01"] = ["sip.sun", "sip.ma"],
    };

    /// <summary>The advisor of a visit: the clinic's advisors take turns (a member sees several over her visits).
    /// </summary>
    public static string AdvisorOf(string storeId, int turn) =>
        Advisors.TryGetValue(storeId, out var advisors) ? advisors[turn % advisors.Length] : "";
}
