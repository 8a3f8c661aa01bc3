namespace Loyalty.Contracts.Points;

/// <summary>The Points service opened a member's points account (in reaction to MemberRegistered).</summary>
public sealed record PointsAccountOpened(Guid MemberId, DateTimeOffset OpenedAt) : IntegrationEvent;
