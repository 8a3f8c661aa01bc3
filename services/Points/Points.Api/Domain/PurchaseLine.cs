namespace Loyalty.Points.Api.Domain;

/// <summary>One item of a purchase. Category: injectables, laser, skincare, body (open for more).</summary>
public sealed record PurchaseLine(string Sku, string Category, int Quantity, decimal Amount);
