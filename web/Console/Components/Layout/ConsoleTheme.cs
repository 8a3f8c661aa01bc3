using MudBlazor;

namespace Loyalty.Console.Components.Layout;

/// <summary>
/// The console's look: a calm rose for a medical-aesthetics brand, system fonts (nothing fetched from outside).
/// </summary>
public static class ConsoleTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b0416b",
            Secondary = "#4a6fa5",
            AppbarBackground = "#8e2f55",
            Background = "#faf7f8",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["-apple-system", "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", "sans-serif"],
            },
        },
    };
}
