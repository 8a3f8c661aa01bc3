using Loyalty.BuildingBlocks.Auditing;
using Loyalty.IntegrationTests.Support;
using Loyalty.Points.Api.Application;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Points;

/// <summary>The earning policy's one row is replaced whole by an admin's change, on the real Points schema.</summary>
public class EarningPolicyChangeTests
{
    [Fact]
    public async Task A_changed_policy_is_stored_whole_and_an_invalid_one_changes_nothing()
    {
        await using var database = new TestDatabase("it_policy");
        var options = new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql(database.ConnectionString).Options;
        await using (var setup = new PointsDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var changed =
            new EarningPolicy { BaseRatePerCny = 2m, GoldMultiplier = 1.8m, ReviewBonus = 0, LotLifetimeMonths = 24 };
        await using (var db = new PointsDbContext(options))
        {
            var outcome = await ChangeEarningPolicyIn(db).HandleAsync(changed, CancellationToken.None);
            Assert.Equal(24, Assert.IsType<ChangeEarningPolicyOutcome.Changed>(outcome).Policy.LotLifetimeMonths);
        }

        await using (var db = new PointsDbContext(options))
        {
            var invalid = new EarningPolicy { LotLifetimeMonths = 0 };
            Assert.IsType<ChangeEarningPolicyOutcome.Invalid>(
                await ChangeEarningPolicyIn(db).HandleAsync(invalid, CancellationToken.None));
        }

        await using (var db = new PointsDbContext(options))
        {
            var stored = await db.EarningPolicies.AsNoTracking().SingleAsync();
            Assert.Equal(
                (2m, 1.8m, 0L, 24, 1.2m, 200L),
                (stored.BaseRatePerCny, stored.GoldMultiplier, stored.ReviewBonus, stored.LotLifetimeMonths,
                    stored.SilverMultiplier, stored.ReferralBonus));
        }
    }

    private static ChangeEarningPolicy ChangeEarningPolicyIn(PointsDbContext db) =>
        new(db, AuditTrail.WithoutRequest(db, TimeProvider.System));
}
