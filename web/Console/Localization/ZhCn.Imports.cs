namespace Loyalty.Console.Localization;

public static partial class ZhCn
{
    private static readonly Dictionary<string, string> Imports = new()
    {
        ["Import members"] = "导入会员",
        ["A CSV file with the header:"] = "CSV 文件，表头为：",
        ["The first five columns are required. Bad lines are reported by line and do not stop the others; phones " +
         "already registered are counted, not created again."] =
            "前五列必填。有问题的行会按行号列出，不影响其他行导入；" +
            "已注册的手机号只计数，不会重复创建。",
        ["Choose a CSV file"] = "选择 CSV 文件",
        ["No file chosen"] = "未选择文件",
        ["Import"] = "开始导入",
        ["Sample file"] = "下载示例文件",
        ["The file is larger than 20 MB."] = "文件超过 20 MB。",
        ["Running"] = "导入中",
        ["Finished"] = "已完成",
        ["Importing…"] = "正在导入…",
        ["This platform imports in one request: the figures show when it is done."] =
            "当前平台一次性导入，完成后显示结果。",
        ["{0} of {1} lines"] = "已处理 {0} / {1} 行",
        ["Lines"] = "总行数",
        ["import|Created"] = "新建会员",
        ["Already members"] = "已是会员",
        ["Not imported"] = "未导入",
        ["Lines not imported ({0})"] = "未导入的行（{0}）",
        ["Line"] = "行号",
        ["Field"] = "字段",
        ["Problem"] = "问题",
        ["column:phone"] = "手机号",
        ["column:name"] = "姓名",
        ["column:gender"] = "性别",
        ["column:birthDate"] = "出生日期",
        ["column:homeStoreId"] = "所属门店",
        ["column:skinType"] = "肤质",
        ["column:interestTags"] = "兴趣标签",
        ["column:tier"] = "会员等级",
        ["column:registeredAt"] = "注册时间",
    };
}
