namespace Loyalty.Members.Api.Infrastructure.Sql;

/// <summary>What a new purchase needs to know of the member's earlier ones, read in one round trip.</summary>
/// <param name="AlreadyRecorded">This purchase is among them (a redelivered or republished event).</param>
/// <param name="Purchases">How many there are (0: this is the first purchase).</param>
/// <param name="RollingSpend">What they add up to in the rolling window, refunds taken off.</param>
public sealed record PurchaseHistory(bool AlreadyRecorded, int Purchases, decimal RollingSpend);
