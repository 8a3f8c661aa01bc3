namespace Loyalty.Console.Components.Pages.FrontDesk;

/// <summary>One line of a basket or purchase as the desk types it (anything may still be missing).</summary>
public sealed class DeskLine
{
    public static readonly IReadOnlyList<string> Categories = ["injectables", "laser", "skincare", "body"];

    public string Category { get; set; } = Categories[0];

    /// <summary>The SKU the API needs on a purchase line; left empty, the category stands for it.</summary>
    public string? Sku { get; set; }

    public int Quantity { get; set; } = 1;

    public decimal? Amount { get; set; }

    public string SkuOrCategory => string.IsNullOrWhiteSpace(Sku) ? Category.ToUpperInvariant() : Sku.Trim();
}
