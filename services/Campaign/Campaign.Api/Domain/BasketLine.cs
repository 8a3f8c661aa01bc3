namespace Loyalty.Campaign.Api.Domain;

/// <summary>One line of the basket at checkout: its item category and amount in CNY.</summary>
public sealed record BasketLine(string Category, decimal Amount);
