namespace Loyalty.BuildingBlocks.Privacy;

/// <summary>
/// A member whose personal data this service erased. Consumers check it before keeping anything personal from a
/// later or redelivered event (MemberRegistered, MemberProfileUpdated, a message to send), so an erasure sticks.
/// </summary>
public sealed class ErasedMember
{
    public Guid MemberId { get; init; }

    public Guid RequestId { get; init; }

    public DateTimeOffset ErasedAt { get; init; }
}
