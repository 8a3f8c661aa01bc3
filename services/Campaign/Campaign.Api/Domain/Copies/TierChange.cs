namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// A tier change heard from Members (MemberTierChanged), for the tier upgrade rate; kept as it was heard.
/// </summary>
public sealed class TierChange
{
    private TierChange()
    {
    }

    public Guid EventId { get; private set; }

    public Guid MemberId { get; private set; }

    public bool Upgrade { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static TierChange Heard(Guid eventId, Guid memberId, bool upgrade, DateTimeOffset at) =>
        new() { EventId = eventId, MemberId = memberId, Upgrade = upgrade, At = at.ToUniversalTime() };
}
