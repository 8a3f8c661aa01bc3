using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Tiers;

namespace Loyalty.Members.Api.Apis;

/// <param name="FromTier">The tier before.</param>
/// <param name="ToTier">The tier after.</param>
/// <param name="Reason">Why: an upgrade on a purchase, the anniversary review, or an import.</param>
/// <param name="RollingSpend">CNY spent over the 12 months before the change.</param>
/// <param name="ChangedAt">When it changed (UTC).</param>
public sealed record TierChangeResponse(
    Tier FromTier, Tier ToTier, string Reason, decimal RollingSpend, DateTimeOffset ChangedAt)
{
    public static TierChangeResponse From(TierChange change) =>
        new(change.FromTier, change.ToTier, change.Reason, change.RollingSpend, change.ChangedAt);
}
