namespace Loyalty.BuildingBlocks.Copies;

/// <summary>
/// The rule for every copy a service keeps of another service's data (a member's tier, contact, consent, balance,
/// segment membership): the owner's time decides. Events arrive out of order (retries, replicas, redeliveries), so a
/// copy takes a value only when the event says it at or after the moment the copy already holds; an older event
/// changes nothing. At the same moment the later-handled event wins, which for a redelivery is the same value.
/// </summary>
public static class LatestWins
{
    /// <summary>
    /// True when a value stated at <paramref name="incoming"/> replaces one stated at <paramref name="held"/>.
    /// </summary>
    public static bool Replaces(DateTimeOffset incoming, DateTimeOffset held) => incoming >= held;
}
