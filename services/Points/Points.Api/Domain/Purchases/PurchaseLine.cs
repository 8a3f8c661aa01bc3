namespace Loyalty.Points.Api.Domain.Purchases;

/// <summary>One item of a purchase. Category: injectables, laser, skincare, body (open for more).</summary>
/// <param name="Sku">The item's SKU (at most 64 characters).</param>
/// <param name="Category">The item's category: injectables, laser, skincare, body, ...</param>
/// <param name="Quantity">How many (at least 1).</param>
/// <param name="Amount">The line's amount in CNY (0 or more, at most 2 decimals).</param>
public sealed record PurchaseLine(string Sku, string Category, int Quantity, decimal Amount);
