namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>A tier change heard from Members (MemberTierChanged), for the tier upgrade rate.</summary>
public sealed class TierChange
{
    public Guid EventId { get; init; }

    public Guid MemberId { get; init; }

    public bool Upgrade { get; init; }

    public DateTimeOffset At { get; init; }
}
