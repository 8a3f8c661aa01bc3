using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>
/// One consent decision, kept forever (PIPL asks us to show when and where consent was given or withdrawn). The
/// member's current consent for a channel and purpose is the latest record.
/// </summary>
public sealed class ConsentRecord
{
    public long Id { get; init; }

    public Guid MemberId { get; init; }

    public Channel Channel { get; init; }

    public ConsentPurpose Purpose { get; init; }

    public bool Granted { get; init; }

    /// <summary>Where it was given: "app", "front-desk", "import" or a partner's name.</summary>
    public required string Source { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
}
