using Loyalty.Contracts;
using Loyalty.Members.Api.Domain;

namespace Loyalty.Members.Api.Apis;

public sealed record TierChangeResponse(Tier FromTier, Tier ToTier, string Reason, decimal RollingSpend, DateTimeOffset ChangedAt)
{
    public static TierChangeResponse From(TierChange change) => new(change.FromTier, change.ToTier, change.Reason, change.RollingSpend, change.ChangedAt);
}
