namespace Loyalty.Campaign.Api.Domain.Coupons;

/// <summary>One line of the basket at checkout: its item category and amount in CNY.</summary>
/// <param name="Category">The item's category, e.g. laser.</param>
/// <param name="Amount">The line's amount in CNY (0 or more).</param>
public sealed record BasketLine(string Category, decimal Amount);
