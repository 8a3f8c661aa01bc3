namespace Loyalty.Contracts.Points;

/// <summary>One line of a purchase. Category is one of injectables, laser, skincare, body (open for more).</summary>
public sealed record PurchaseItem(string Sku, string Category, int Quantity, decimal Amount);
