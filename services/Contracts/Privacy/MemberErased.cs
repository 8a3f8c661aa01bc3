namespace Loyalty.Contracts.Privacy;

/// <summary>One service has erased a member's personal data for RequestId (Members shows the progress to staff).</summary>
public sealed record MemberErased(
    Guid RequestId,
    Guid MemberId,
    string Service,
    DateTimeOffset ErasedAt) : IntegrationEvent;
