namespace Loyalty.Segmentation.Engine.Summaries;

/// <summary>One purchase (net of refunds) on a calendar day.</summary>
public sealed record Transaction(string CustomerId, DateOnly Date, decimal Amount);
