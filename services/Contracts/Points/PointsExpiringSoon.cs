namespace Loyalty.Contracts.Points;

/// <summary>
/// Points that will expire within the reminder window (30 days by default); the earliest expiry is given.
/// </summary>
public sealed record PointsExpiringSoon(
    Guid MemberId,
    long Points,
    DateTimeOffset ExpiresAt) : IntegrationEvent;
