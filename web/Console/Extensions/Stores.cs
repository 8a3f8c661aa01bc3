using Loyalty.Console.Localization;

namespace Loyalty.Console.Extensions;

/// <summary>
/// A clinic as the console names it (Console:Stores): its store id in the APIs, its names in both languages.
/// </summary>
public sealed record Store(string Id, string Chinese, string English)
{
    public string Name => Text.IsChinese ? Chinese : English;
}

/// <summary>The chain's clinics, for store pickers and filters (until clinics are data of their own).</summary>
public sealed class Stores(IConfiguration configuration)
{
    public IReadOnlyList<Store> All { get; } =
        configuration.GetSection("Console:Stores").Get<List<Store>>() ?? [];

    public string NameOf(string? storeId) =>
        All.FirstOrDefault(s => s.Id == storeId)?.Name ?? storeId ?? "";
}
