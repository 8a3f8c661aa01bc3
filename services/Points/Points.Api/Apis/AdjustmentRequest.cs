namespace Loyalty.Points.Api.Apis;

/// <summary>Points to add (positive) or deduct (negative) for each listed member, with the reason shown in their ledger.</summary>
public sealed record AdjustmentRequest(IReadOnlyList<Guid>? MemberIds, long? Points, string? Reason);
