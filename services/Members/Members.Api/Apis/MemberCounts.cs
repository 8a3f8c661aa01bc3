using Loyalty.Contracts;

namespace Loyalty.Members.Api.Apis;

/// <summary>How many members the chain or one home store has.</summary>
/// <param name="StoreId">The home store counted; null for the whole chain.</param>
/// <param name="Total">Every member.</param>
/// <param name="ByTier">Members per tier, every tier listed (zeros included), lowest first.</param>
/// <param name="NewLast30Days">Members registered (or imported with a join time) in the last 30 days.</param>
/// <param name="AsOf">When the figures were read (UTC).</param>
public sealed record MemberCounts(
    string? StoreId, int Total, IReadOnlyList<TierCount> ByTier, int NewLast30Days, DateTimeOffset AsOf)
{
    public static readonly TimeSpan NewMemberWindow = TimeSpan.FromDays(30);
}

/// <summary>Members in one tier.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Members">Members in it now.</param>
public sealed record TierCount(Tier Tier, int Members);
