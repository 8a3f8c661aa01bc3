using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain.Consents;

/// <summary>
/// One consent decision, kept forever (PIPL asks us to show when and where consent was given or withdrawn). The
/// member's current consent for a channel and purpose is the latest record.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    public long Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Channel Channel { get; private set; }

    public ConsentPurpose Purpose { get; private set; }

    public bool Granted { get; private set; }

    /// <summary>Where it was given: "app", "front-desk", "import" or a partner's name.</summary>
    public string Source { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public static ConsentRecord Decide(
        Guid memberId,
        Channel channel,
        ConsentPurpose purpose,
        bool granted,
        string source,
        DateTimeOffset changedAt) =>
        new()
        {
            MemberId = memberId,
            Channel = channel,
            Purpose = purpose,
            Granted = granted,
            Source = source,
            ChangedAt = changedAt,
        };

    /// <summary>The current decision per channel and purpose, from a member's records newest first.</summary>
    public static List<ConsentRecord> LatestOf(IEnumerable<ConsentRecord> newestFirst) =>
        newestFirst.DistinctBy(r => (r.Channel, r.Purpose)).ToList();
}
