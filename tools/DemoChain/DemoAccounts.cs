namespace Loyalty.DemoChain;

/// <summary>A staff account of the demo chain, created through the Identity admin API.</summary>
public sealed record DemoAccount(
    string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> StoreIds);

/// <summary>
/// The demo's staff accounts. Their passwords are fixed and printed on purpose: they exist only in the local demo
/// (the launcher runs in Development); a real installation makes its first admin with deploy/create-admin.sh.
/// </summary>
public static class DemoAccounts
{
    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("demo.admin", "演示管理员", "demo-admin-passphrase", ["admin"], []),
        new("demo.marketing", "市场部 陈思", "demo-marketing-passphrase", ["marketing"], []),
        new("demo.jingan", "静安店前台 王芳", "demo-frontdesk-passphrase", ["staff"], ["SH-JINGAN-01"]),
        new("demo.xihu", "西湖店前台 李娜", "demo-frontdesk-passphrase", ["staff"], ["HZ-XIHU-01"]),
    ];

    /// <summary>The lines the launcher prints: who can sign in, with what.</summary>
    public static IEnumerable<string> Describe() => All.Select(a =>
        $"{a.UserName,-16} {a.Password,-28} {string.Join(",", a.Roles)}"
        + (a.StoreIds.Count > 0 ? $" ({string.Join(",", a.StoreIds)})" : ""));
}
