namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Admin = new()
    {
        ["Staff accounts"] = "员工账号",
        ["Partner clients"] = "合作方接入",
        ["Audit trail"] = "操作审计",

        // Staff accounts
        ["New staff account"] = "新建员工账号",
        ["Access of {0}"] = "修改 {0} 的权限",
        ["User name"] = "登录名",
        ["Letters, digits and . _ - @"] = "字母、数字及 . _ - @",
        ["Display name"] = "姓名",
        ["Password"] = "密码",
        ["At least 12 characters"] = "至少 12 个字符",
        ["Roles"] = "角色",
        ["Marketing operator"] = "市场运营",
        ["Operations"] = "运维",
        ["Administrator"] = "管理员",
        ["Front desk acts for these stores"] = "前台账号可操作的门店",
        ["Their stores"] = "所属门店",
        ["Create account"] = "创建账号",
        ["Account {0} created."] = "账号 {0} 已创建。",
        ["account|Active"] = "正常",
        ["Disabled"] = "已停用",
        ["Change access"] = "修改权限",
        ["Enable"] = "启用",
        ["Disable"] = "停用",

        // Partner clients
        ["Register a partner system"] = "接入合作方系统",
        ["Who it is"] = "系统名称",
        ["e.g. Booking system"] = "例如：预约系统",
        ["What it may do"] = "授权范围",
        ["Read members (loyalty.members.read)"] = "读取会员（loyalty.members.read）",
        ["Record purchases (loyalty.purchases.write)"] = "录入消费（loyalty.purchases.write）",
        ["Read KPIs (loyalty.kpis.read)"] = "读取经营指标（loyalty.kpis.read）",
        ["client|Register"] = "注册",
        ["Store the secret now: it is shown this once and cannot be read again."] =
            "请立即保存密钥：仅显示这一次，之后无法再次查看。",
        ["Revoke"] = "吊销",
        ["Revoke a partner client"] = "吊销合作方接入",
        ["{0} will get no new token. Its current tokens stay valid until they expire."] =
            "{0} 将无法再获取新令牌，已签发的令牌在到期前仍然有效。",

        // Audit trail
        ["Service"] = "服务",
        ["Points"] = "积分",
        ["Accounts and access"] = "账号与权限",
        ["Entity"] = "对象类型",
        ["e.g. EarningPolicy"] = "例如 EarningPolicy",
        ["Who (subject)"] = "操作人（账号 ID）",
        ["When"] = "时间",
        ["Which"] = "对象 ID",
        ["Action"] = "操作",
        ["Who"] = "操作人",
        ["From address"] = "来源地址",
        ["Before"] = "修改前",
        ["After"] = "修改后",
        ["Correlation id"] = "关联 ID",
        ["No entries match."] = "没有符合条件的记录。",
    };
}
