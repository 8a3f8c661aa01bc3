using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Contracts.Feedback;
using Loyalty.IntegrationTests.Support;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// Segmentation keeps each member's latest NPS answer from Feedback's SurveyAnswered (latest by when she answered,
/// whatever order the events come in), and rule segments select by it.
/// </summary>
public class LatestNpsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_latest_answer_wins_whatever_the_order_and_npsGroup_and_nps_rules_select_by_it()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        var (changed, detractor, unscored) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await host.WithScopeAsync((services, _) => services.GetRequiredService<RuleSegments>().CreateAsync(
            "promoters", "Promoters", new RuleCriteria { NpsGroup = NpsGroup.Promoter }, CancellationToken.None));

        // Her later answer (a promoter's 9) arrives first, her earlier detractor's 3 after it: the 9 stays.
        await host.PublishAsync(Answered(changed, 9, Now.AddDays(-1)));
        await host.EventuallyAsync(db => db.Members.AnyAsync(m => m.Id == changed && m.LatestNps == 9), "the 9 kept");
        await host.PublishAsync(Answered(changed, 3, Now.AddDays(-5)));
        await host.PublishAsync(Answered(detractor, 8, Now.AddDays(-5)));
        await host.PublishAsync(Answered(detractor, 2, Now.AddDays(-2)));
        await host.PublishAsync(Answered(unscored, null, Now.AddDays(-1))); // a survey without the NPS question

        await host.EventuallyAsync(
            async db => await db.Set<Loyalty.BuildingBlocks.Messaging.InboxMessage>().CountAsync() == 5,
            "every answer consumed");
        var kept = await host.QueryAsync(db => db.Members.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.LatestNps, m.LatestNpsGroup, m.LatestNpsAt }).ToListAsync());
        Assert.Equal(
            [
                new { Id = changed, LatestNps = (int?)9, LatestNpsGroup = (NpsGroup?)NpsGroup.Promoter,
                    LatestNpsAt = (DateTimeOffset?)Now.AddDays(-1) },
                new { Id = detractor, LatestNps = (int?)2, LatestNpsGroup = (NpsGroup?)NpsGroup.Detractor,
                    LatestNpsAt = (DateTimeOffset?)Now.AddDays(-2) },
            ],
            kept.Where(m => m.Id != unscored).OrderBy(m => m.Id == changed ? 0 : 1));
        Assert.DoesNotContain(kept, m => m.Id == unscored && m.LatestNps != null);
        Assert.Equal(
            [changed],
            await host.QueryAsync(db =>
                db.Memberships.Where(m => m.SegmentCode == "rule-promoters").Select(m => m.MemberId).ToListAsync()));

        var rules = await host.WithScopeAsync(async (services, _) =>
        {
            var segments = services.GetRequiredService<RuleSegments>();
            return (
                Detractors: (await segments.PreviewAsync(
                    new RuleCriteria { NpsGroup = NpsGroup.Detractor }, CancellationToken.None)).Members(),
                AtLeastThree: (await segments.PreviewAsync(new RuleCriteria { MinNps = 3 }, CancellationToken.None))
                    .Members(),
                UpToTwo: (await segments.PreviewAsync(new RuleCriteria { MaxNps = 2 }, CancellationToken.None))
                    .Members());
        });
        Assert.Equal((1, 1, 1), rules); // the member who never gave a score matches no NPS criterion

        using var client = host.Factory.CreateClient(); // staff read a member's scores (MaySee)
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Issue("staff-1", "staff", TimeSpan.FromMinutes(5)));
        var scores = await client.GetFromJsonAsync<JsonElement>($"/api/segments/members/{detractor}");
        var latest = scores.GetProperty("latestNps");
        Assert.Equal(
            (2, "Detractor", Now.AddDays(-2)),
            (latest.GetProperty("score").GetInt32(), latest.GetProperty("group").GetString(),
                latest.GetProperty("answeredAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A_rule_with_an_nps_out_of_range_or_an_unknown_group_is_refused_naming_the_field()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Now));
        using var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Issue("marketing-1", "marketing", TimeSpan.FromMinutes(5)));

        var range = await client.PostAsJsonAsync("/api/segments/rules/preview", new { minNps = 11 });
        var group = await client.PostAsJsonAsync("/api/segments/rules/preview", new { npsGroup = "Neutral" });
        var valid =
            await client.PostAsJsonAsync("/api/segments/rules/preview", new { npsGroup = "Passive", maxNps = 8 });

        Assert.Equal(400, (int)range.StatusCode);
        Assert.True((await range.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("criteria.minNps", out _));
        Assert.Equal(400, (int)group.StatusCode);
        Assert.Contains("npsGroup", await group.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)valid.StatusCode);
    }

    private static SurveyAnswered Answered(Guid memberId, int? nps, DateTimeOffset answeredAt) => new(
        Guid.NewGuid(), Guid.NewGuid(), memberId, "after-treatment", 1, "SH-JINGAN-01", "laser", null, null, nps,
        nps is { } score ? Loyalty.BuildingBlocks.Statistics.NetPromoterScore.GroupOf(score) : null, 4, null, null,
        answeredAt)
    {
        OccurredAt = answeredAt,
    };
}
