using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Engine.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Loyalty.IntegrationTests.Segmentation;

/// <summary>
/// Fits a marketer can trust (issue 22), on real PostgreSQL with the default thresholds: every attempt is stored with
/// its verdict, only an accepted fit's predictions are written (and carry its id), a refused attempt leaves the
/// previous accepted fit in use, and rules on CLV or P(alive) refuse to run on no accepted fit.
/// </summary>
public class ModelFitTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    // 1 March 2026, 01:00 in Shanghai: before the nightly time.
    private static readonly DateTimeOffset Before2am = new DateTimeOffset(2026, 3, 1, 1, 0, 0, Shanghai).ToUniversalTime();

    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public async Task A_boundary_fit_is_refused_and_the_previous_fit_stays_in_use_with_its_predictions_unchanged()
    {
        var clock = new FakeTimeProvider(Before2am);
        await using var host = await SegmentationHost.StartAsync(clock);
        var members = Enumerable.Range(0, 800).Select(_ => Guid.CreateVersion7()).ToList();
        await DrawnHistories.StoreAsync(host, DrawnHistories.Draw(DrawnStory.BgNbd, members, Today, 78, seed: 22));

        var first = Assert.IsType<RefitNowOutcome.Refitted>(await RefitAsync(host));
        Assert.True(first.Fit.Accepted, first.Fit.Refusal);
        Assert.Null(first.Fit.Refusal);
        Assert.All(first.Fit.Report.PurchaseModels, m => Assert.All(m.Fit.Parameters, p =>
            Assert.InRange(p.Value, p.Lower95, p.Upper95)));
        Assert.Equal(first.Fit.Id, first.Recompute.PredictedFrom);
        var before = await PredictionsAsync(host);
        Assert.All(before, p => Assert.Equal(first.Fit.Id, p.PredictedFromFitId));
        Assert.All(before, p => Assert.InRange(p.ProbabilityAlive!.Value, 0, 1));

        // A rule segment on CLV, saved while the fit is in use, says where its predictions come from.
        var rule = new RuleCriteria { MinClv = 1m };
        var saved = await host.WithScopeAsync((services, _) => services.GetRequiredService<RuleSegments>()
            .CreateAsync("valuable", "Valuable", rule, CancellationToken.None));
        Assert.Equal(first.Fit.Id, Assert.IsType<RuleOutcome.Saved>(saved).PredictionsFrom);
        var valuable = await RuleMembersAsync(host, "rule-valuable");
        Assert.NotEmpty(valuable);

        // The same members now all bought twice, a week apart, and never again. The estimates run off to the
        // boundary, the attempt is refused, and nothing is recomputed from it.
        await host.WithScopeAsync((_, db) => db.Purchases.ExecuteDeleteAsync());
        await DrawnHistories.StoreAsync(host, DrawnHistories.Draw(DrawnStory.TwiceAWeekApart, members, Today, 78, seed: 23));
        using var client = ClientAs(host, "admin"); // refits (operations) and reads (staff-or-marketing)
        using var refit = await client.PostAsync("/api/segments/models/refit", null);
        Assert.Equal(HttpStatusCode.OK, refit.StatusCode);
        var answer = await refit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(answer.GetProperty("accepted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("recompute").ValueKind);
        var bgNbd = answer.GetProperty("fit").GetProperty("purchaseModels").EnumerateArray()
            .Single(m => m.GetProperty("model").GetString() == "bg-nbd");
        Assert.False(bgNbd.GetProperty("usable").GetBoolean());
        Assert.Equal(nameof(FitRefusalReason.OnBoundary),
            bgNbd.GetProperty("refusal").GetProperty("reason").GetString());
        Assert.Contains("bg-nbd", answer.GetProperty("refusal").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await PredictionsAsync(host));

        // The fit in use is still the first; the refused attempt is beside it, and first in the history.
        var latest = await client.GetFromJsonAsync<JsonElement>("/api/segments/models/latest");
        Assert.Equal(first.Fit.Id, latest.GetProperty("inUse").GetProperty("id").GetInt64());
        Assert.True(latest.GetProperty("inUse").GetProperty("accepted").GetBoolean());
        var refused = latest.GetProperty("latestAttempt");
        Assert.False(refused.GetProperty("accepted").GetBoolean());
        var history = await client.GetFromJsonAsync<JsonElement[]>("/api/segments/models?limit=5");
        Assert.Equal([refused.GetProperty("id").GetInt64(), first.Fit.Id],
            history!.Select(f => f.GetProperty("id").GetInt64()));

        // A recompute predicts from the fit in use, never from the refused attempt.
        var recompute = await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<FullRecompute>().RecomputeAsync(CancellationToken.None));
        Assert.Equal(first.Fit.Id, recompute.PredictedFrom);
        Assert.All(await PredictionsAsync(host), p => Assert.Equal(first.Fit.Id, p.PredictedFromFitId));

        // Were no fit accepted (as the fits from before issue 22 are, after the migration), the nightly run leaves
        // the CLV segment's members where they are and says why.
        await host.WithScopeAsync((_, db) => db.ModelFits.ExecuteUpdateAsync(s => s.SetProperty(f => f.Accepted, false)));
        valuable = await RuleMembersAsync(host, "rule-valuable");
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 2, 0, 0, Shanghai).ToUniversalTime());
        await host.EventuallyAsync(db => db.JobRuns.AnyAsync(r => r.RunDate == Today), "the nightly run of 1 March");
        var line = await host.QueryAsync(db => db.JobRuns.Select(r => r.Outcome).SingleAsync());
        Assert.Contains("models refit refused", line, StringComparison.Ordinal);
        Assert.Contains("left as they were (no accepted fit): rule-valuable", line, StringComparison.Ordinal);
        Assert.Equal(valuable, await RuleMembersAsync(host, "rule-valuable"));
        Assert.All(await PredictionsAsync(host), p => Assert.Null(p.ProbabilityAlive));
        var rules = await client.GetFromJsonAsync<JsonElement>("/api/segments/rules/rule-valuable");
        Assert.True(rules.GetProperty("usesPredictions").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rules.GetProperty("predictionsFrom").ValueKind);
    }

    [Fact]
    public async Task Too_few_repeat_buyers_is_refused_with_that_reason_and_a_rule_on_clv_is_not_evaluated()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Before2am));
        // 700 members who bought once, 40 who came back: fewer than the 100 repeat buyers a fit needs.
        await DrawnHistories.StoreAsync(host, DrawnHistories.Draw(DrawnStory.OnceEach, 700, Today, 78, seed: 1));
        await DrawnHistories.StoreAsync(host, DrawnHistories.Draw(DrawnStory.BgNbd, 40, Today, 78, seed: 2));

        var refused = Assert.IsType<RefitNowOutcome.Refused>(await RefitAsync(host));
        Assert.False(refused.Fit.Accepted);
        Assert.Null(refused.Fit.ChosenModel);
        Assert.All(refused.Fit.Report.PurchaseModels,
            m => Assert.Equal(FitRefusalReason.TooFewRepeatBuyers, m.Refusal?.Reason));
        Assert.Equal(FitRefusalReason.TooFewRepeatBuyers, refused.Fit.Report.Spend.Fit.Refusal?.Reason);
        Assert.Contains("100", refused.Fit.Refusal, StringComparison.Ordinal); // the threshold, named

        var recompute = await host.WithScopeAsync((services, _) =>
            services.GetRequiredService<FullRecompute>().RecomputeAsync(CancellationToken.None));
        Assert.False(recompute.Predicted);
        Assert.All(await PredictionsAsync(host), p => Assert.Equal((null, null), (p.ProbabilityAlive, p.Clv)));

        using var client = ClientAs(host, "marketing");
        var latest = await client.GetFromJsonAsync<JsonElement>("/api/segments/models/latest");
        Assert.Equal(JsonValueKind.Null, latest.GetProperty("inUse").ValueKind);
        Assert.Equal(nameof(FitRefusalReason.TooFewRepeatBuyers), latest.GetProperty("latestAttempt")
            .GetProperty("gammaGamma").GetProperty("refusal").GetProperty("reason").GetString());

        foreach (var (path, body) in new (string, object)[]
            {
                ("/api/segments/rules/preview", new { minClv = 500 }),
                ("/api/segments/rules/preview", new { maxProbabilityAlive = 0.3 }),
                ("/api/segments/rules", new { slug = "valuable", name = "Valuable", criteria = new { minClv = 500 } }),
            })
        {
            using var response = await client.PostAsJsonAsync(path, body);
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("no model fit has been accepted", problem.GetProperty("detail").GetString(),
                StringComparison.Ordinal);
        }

        Assert.False(await host.QueryAsync(db => db.RuleSegments.AnyAsync()));
        using var plain = await client.PostAsJsonAsync("/api/segments/rules/preview", new { minSpend = 0 });
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False((await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("usesPredictions").GetBoolean());
        using var outOfRange = await client.PostAsJsonAsync("/api/segments/rules/preview",
            new { minProbabilityAlive = 1.5 });
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.True((await outOfRange.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("criteria.minProbabilityAlive", out _));
    }

    [Fact]
    public async Task The_service_keeps_the_model_the_data_was_drawn_from_and_says_why()
    {
        await using var host = await SegmentationHost.StartAsync(new FakeTimeProvider(Before2am));
        await DrawnHistories.StoreAsync(host, DrawnHistories.Draw(DrawnStory.ParetoNbd, 2000, Today, 78, seed: 22));

        var fit = Assert.IsType<RefitNowOutcome.Refitted>(await RefitAsync(host)).Fit;
        Assert.Equal("pareto-nbd", fit.ChosenModel);
        var chosen = fit.Chosen!;
        Assert.All(fit.Report.PurchaseModels.Where(m => m.Usable), m =>
            Assert.True(chosen.HeldOut.MeanAbsoluteError <= m.HeldOut.MeanAbsoluteError));
        Assert.StartsWith("smallest held-out mean absolute error", fit.Choice, StringComparison.Ordinal);
        Assert.Contains("bg-nbd", fit.Choice, StringComparison.Ordinal);
        Assert.Equal(8, chosen.HeldOut.ByFrequency.Count);
        Assert.Equal(chosen.HeldOut.Customers, chosen.HeldOut.ByFrequency.Sum(g => g.Customers));
    }

    private static Task<RefitNowOutcome> RefitAsync(SegmentationHost host) =>
        host.WithScopeAsync((services, _) =>
            services.GetRequiredService<RefitModelsNow>().HandleAsync(CancellationToken.None));

    private static Task<List<(Guid Id, double? ProbabilityAlive, decimal? Clv, long? PredictedFromFitId)>>
        PredictionsAsync(SegmentationHost host) =>
        host.QueryAsync(async db => (await db.Members.AsNoTracking().OrderBy(m => m.Id)
                .Select(m => new { m.Id, m.ProbabilityAlive, m.Clv, m.PredictedFromFitId }).ToListAsync())
            .Select(m => (m.Id, m.ProbabilityAlive, m.Clv, m.PredictedFromFitId)).ToList());

    private static Task<List<Guid>> RuleMembersAsync(SegmentationHost host, string code) =>
        host.QueryAsync(db => db.Memberships.Where(m => m.SegmentCode == code).Select(m => m.MemberId)
            .OrderBy(id => id).ToListAsync());

    private static HttpClient ClientAs(SegmentationHost host, string role)
    {
        var client = host.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", TestTokens.Issue($"{role}-1", role, TimeSpan.FromMinutes(10)));
        return client;
    }
}
