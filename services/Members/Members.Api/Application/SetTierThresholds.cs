using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Tiers;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// An admin replaces the tier thresholds; they apply from the next purchase (upgrades) and the next anniversary
/// (downgrades).
/// </summary>
public sealed class SetTierThresholds(MembersDbContext db, IAuditTrail audit)
{
    public abstract record Outcome
    {
        public sealed record Set : Outcome;

        public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    }

    /// <param name="thresholds">
    /// As received: each a tier and the spend from which it applies, either may be missing.
    /// </param>
    public async Task<Outcome> HandleAsync(
        IReadOnlyList<(Tier? Tier, decimal? MinRollingSpend)> thresholds, CancellationToken cancellationToken)
    {
        var (byTier, errors) = TierRules.ValidateThresholds(thresholds);
        if (byTier is null)
        {
            return new Outcome.Invalid(errors);
        }

        return await db.RunAsync<Outcome>(async ct =>
        {
            foreach (var stored in await db.TierThresholds.ToListAsync(ct))
            {
                stored.MoveTo(byTier[stored.Tier]);
                audit.Record(stored, AuditActions.Changed);
            }

            return new Outcome.Set();
        }, cancellationToken);
    }
}
