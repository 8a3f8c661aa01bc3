using Loyalty.Contracts.Privacy;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Members.Privacy;

/// <summary>
/// The retention policy on the real schema with a moved clock: members inactive for InactiveMemberYears are erased
/// as a confirmed erasure by "retention-policy", once per clinic day and by one replica only.
/// </summary>
public class RetentionPolicyTests
{
    [Fact]
    public async Task Members_inactive_past_the_policy_are_erased_once_and_active_ones_are_kept()
    {
        await using var members = await MembersPrivacyHarness.StartAsync();
        var inactive = await members.RegisteredAsync("13900139000", "钱芳");
        var buyer = await members.RegisteredAsync("13900139001", "孙丽");
        Assert.StartsWith("2026-03-10: 0 inactive members erased", await members.ApplyRetentionAsync());

        // Four years on the buyer buys; a year and a few days later only the other has had no activity for 5 years.
        members.Clock.Advance(TimeSpan.FromDays(4 * 365));
        await using (var db = members.Db())
        {
            db.Purchases.Add(MemberPurchase.Record(Guid.NewGuid(), buyer.Id, 880m, members.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var late = await members.RegisteredAsync("13900139002", "周婷");
        members.Clock.Advance(TimeSpan.FromDays(370));
        Assert.EndsWith("1 inactive members erased (no activity for 5 years), 0 archives expired",
            await members.ApplyRetentionAsync());
        Assert.EndsWith("already done", await members.ApplyRetentionAsync());

        Assert.Equal(Member.ErasedName, (await members.MemberAsync(inactive.Id)).Name);
        Assert.Equal("孙丽", (await members.MemberAsync(buyer.Id)).Name);
        Assert.Equal("周婷", (await members.MemberAsync(late.Id)).Name);
        await using var check = members.Db();
        var request = await check.DataRequests.SingleAsync();
        Assert.Equal(
            (inactive.Id, DataRequestKind.Erasure, DataRequestStatus.Erasing, DataRequest.RetentionPolicy,
                (ErasureGround?)ErasureGround.RetentionPolicy),
            (request.MemberId, request.Kind, request.Status, request.RequestedBy, request.Ground));
        Assert.Contains("\"RetentionPolicy\"", Assert.Single(await members.StagedAsync<MemberErasureRequested>()));
    }

    [Fact]
    public async Task While_one_replica_holds_the_job_another_does_nothing()
    {
        await using var members = await MembersPrivacyHarness.StartAsync();
        await members.RegisteredAsync("13900139003", "吴琳");
        members.Clock.Advance(TimeSpan.FromDays(6 * 365));

        await using (var replica = members.Db())
        {
            await using var transaction = await replica.Database.BeginTransactionAsync();
            Assert.True(await replica.TryTakeRetentionJobAsync(CancellationToken.None));
            Assert.Equal("another replica is running it", await members.ApplyRetentionAsync());
        }

        Assert.Contains("1 inactive members erased", await members.ApplyRetentionAsync());
    }
}
