namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>
/// What is being paid for at checkout. Lines are optional: without them the whole amount counts for every category.
/// </summary>
public sealed record Basket(string StoreId, decimal Amount, IReadOnlyList<BasketLine> Lines);
