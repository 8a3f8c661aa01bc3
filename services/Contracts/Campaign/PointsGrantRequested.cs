namespace Loyalty.Contracts.Campaign;

/// <summary>
/// Another service asks Points to grant bonus points. RequestId is the idempotency key: the same request grants once.
/// </summary>
public sealed record PointsGrantRequested(
    Guid RequestId,
    Guid MemberId,
    long Points,
    string Reason,
    string SourceService,
    string SourceRef) : IntegrationEvent;
