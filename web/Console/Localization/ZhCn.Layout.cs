namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Layout = new()
    {
        ["Loyalty console"] = "会员运营平台",
        ["Dashboard"] = "看板",
        ["Members"] = "会员",
        ["Front desk"] = "前台",
        ["Segments"] = "分群",
        ["Campaigns"] = "营销活动",
        ["Catalogue and rules"] = "目录与规则",
        ["Messages"] = "消息",
        ["Imports"] = "导入",
        ["Admin"] = "管理",
        ["Sign in"] = "登录",
        ["Sign out"] = "退出登录",
        ["Signing in…"] = "正在登录…",
        ["Loading…"] = "加载中…",
        ["Save"] = "保存",
        ["Cancel"] = "取消",
        ["Search"] = "搜索",
        ["Refresh"] = "刷新",
        ["Store"] = "门店",
        ["All stores"] = "全部门店",
        ["From"] = "开始日期",
        ["To"] = "结束日期",
        ["Nothing here yet."] = "暂无数据。",
        ["This account may not open this page."] = "此账号无权打开此页面。",
        ["The platform answered with an error:"] = "平台返回错误：",
        ["Page not found."] = "页面不存在。",
    };
}
