using Loyalty.Contracts;
using Loyalty.Contracts.Members;
using Loyalty.Contracts.Points;
using Loyalty.IntegrationTests.Messaging;
using Loyalty.IntegrationTests.Support;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>What Segmentation takes from Members' and Points' events, and what it refuses.</summary>
public class MemberEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_member_registered_with_interest_tags_is_in_a_matching_rule_segment_at_once()
    {
        var clock = new FakeTimeProvider(Now);
        await using var host = await SegmentationHost.StartAsync(clock);
        await host.WithScopeAsync((services, _) => services.GetRequiredService<RuleSegments>()
            .CreateAsync("laser-fans", "Laser fans", new RuleCriteria { Tags = ["laser"] }, CancellationToken.None));
        var (fan, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        await host.PublishAsync(Registered(fan, ["anti-aging", "Laser"]));
        await host.PublishAsync(Registered(other, ["hydration"]));

        await host.EventuallyAsync(async db => await db.Members.CountAsync(m => m.IsRegistered) == 2,
            "both registrations consumed");
        Assert.Equal(
            [fan],
            await host.QueryAsync(db =>
                db.Memberships.Where(m => m.SegmentCode == "rule-laser-fans").Select(m => m.MemberId).ToListAsync()));
    }

    [Fact]
    public async Task A_purchase_with_a_negative_amount_goes_to_the_error_queue_without_a_member_row()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        var member = Guid.CreateVersion7();
        var purchase = new PurchaseRecorded(
            Guid.NewGuid(), "POS-1", member, "SH-01", -500m,
            [new PurchaseItem("HA-1ML", "injectables", 1, -500m)], Now.AddMinutes(-5))
        {
            OccurredAt = Now,
        };

        await host.PublishAsync(purchase);

        await Eventually.HoldsAsync(
            async () => await host.Rabbit.QueueDepthAsync(host.VirtualHost,
                "segmentation-purchase-recorded_error") == 1,
            TimeSpan.FromSeconds(15), "the purchase is in segmentation-purchase-recorded_error");
        Assert.False(await host.QueryAsync(db => db.Members.AnyAsync(m => m.Id == member)));
    }

    [Fact]
    public async Task A_registration_with_a_store_longer_than_its_column_goes_to_the_error_queue_at_once_without_a_member_row()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        var member = Guid.CreateVersion7();

        await host.PublishAsync(Registered(member, ["laser"]) with { HomeStoreId = new string('S', 33) });

        await Eventually.HoldsAsync(
            async () => await host.Rabbit.QueueDepthAsync(host.VirtualHost,
                "segmentation-member-registered_error") == 1,
            TimeSpan.FromSeconds(15), "the registration is in segmentation-member-registered_error");
        await using var errors = await RawQueue.OpenAsync(host.VirtualHost, "segmentation-member-registered_error");
        var (_, headers) = await errors.NextAsync(TimeSpan.FromSeconds(5));
        Assert.Contains("homeStoreId", RawQueue.Text(headers["MT-Fault-Message"]), StringComparison.Ordinal);
        Assert.True(!headers.TryGetValue("MT-Fault-RetryCount", out var retries)
            || RawQueue.Text(retries) == "0", "not retried");
        Assert.False(await host.QueryAsync(db => db.Members.AnyAsync(m => m.Id == member)));
    }

    private static MemberRegistered Registered(Guid memberId, string[] tags) =>
        new(memberId, "13800000000", "会员", Gender.Female, new DateOnly(1990, 1, 1), "SH-01", "ABCDEFGH", null,
            Tier.Standard, Now, "Oily", tags)
        {
            OccurredAt = Now,
        };
}
