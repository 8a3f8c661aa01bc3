using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests.Campaign;

/// <summary>An admin's scheduled campaign over a rule segment, through
/// the gateway: run, run again (nothing twice), pause, KPIs.</summary>
[Collection(StackCollection.Name)]
public class ScheduledCampaignTests(StackFixture stack)
{
    [Fact]
    public async Task A_segment_campaign_run_twice_issues_once_a_paused_one_does_not_run_and_the_kpis_count_the_reach()
    {
        using var admin = await stack.ClientAsync("admin");
        var segment = $"rule-e2e-{Guid.NewGuid():N}"[..24];
        var members = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var events = new List<Guid>();
        foreach (var member in members)
        {
            var eventId = Guid.NewGuid();
            events.Add(eventId);
            Assert.True(await stack.Rabbit.PublishAsync(StackFixture.VirtualHost,
                "loyalty.segment-entered", JsonSerializer.Serialize(new
            {
                messageId = eventId,
                messageType = new[] { "urn:message:Loyalty.Contracts.Segmentation:SegmentEntered" },
                message = new { eventId, occurredAt = DateTimeOffset.UtcNow, schemaVersion = 1, memberId = member,
                    segmentCode = segment, segmentName = "E2E", kind = "Rule" },
            }), "application/vnd.masstransit+json"));
        }

        await Eventually.HoldsAsync(
            async () => await stack.QueryAsync<long>("campaigndb",
                """SELECT count(*) FROM inbox_messages WHERE "EventId" = ANY(@ids)""", ("ids", events.ToArray())) == 3,
            StackFixture.EventTimeout, "the segment memberships arrived");

        var template = await CampaignApi.WakeUpTemplateAsync(admin);
        using var created = await admin.PostAsJsonAsync("/api/campaigns", new
        {
            name = "双11 会员专享", trigger = "Schedule", targetSegments = new[] { segment },
            couponTemplateId = template, bonusPoints = 100,
            messageTemplate = "coupon-issued", holdoutPercent = 0, budget = 10_000,
            budgetSplit = new Dictionary<string, int> { ["lifecycle-new"] = 100 },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaignId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("campaign")
            .GetProperty("id").GetGuid();

        // still a draft
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PostAsJsonAsync($"/api/campaigns/{campaignId}/runs", new { })).StatusCode);
        (await admin.PostAsync($"/api/campaigns/{campaignId}/activate", null)).EnsureSuccessStatusCode();
        var first = await (await admin.PostAsJsonAsync($"/api/campaigns/{campaignId}/runs", new { }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await admin.PostAsJsonAsync($"/api/campaigns/{campaignId}/runs", new { }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((3, 0), (first.GetProperty("treated").GetInt32(), first.GetProperty("alreadyDone").GetInt32()));
        Assert.Equal((0, 3), (again.GetProperty("treated").GetInt32(), again.GetProperty("alreadyDone").GetInt32()));
        using var staff = await stack.ClientAsync("staff");
        foreach (var member in members)
        {
            Assert.Single((await CampaignApi.CouponsOfAsync(staff, member)).EnumerateArray());
        }

        // Each member: the 80 CNY coupon plus 100 points at 0.1 CNY = 90 CNY of the budget.
        var share = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}"))
            .GetProperty("budgetShares").EnumerateArray().ToArray());
        Assert.Equal(270m, share.GetProperty("spent").GetDecimal());

        // The results page's delivery list: each member once, treated, 90 CNY reserved, the coupon still unused (Active).
        var deliveries = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/campaigns/{campaignId}/deliveries/members?page=1&pageSize=2");
        Assert.Equal((3, 2), (deliveries.GetProperty("total").GetInt32(),
            deliveries.GetProperty("items").GetArrayLength()));
        var lastPage = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/campaigns/{campaignId}/deliveries/members?page=2&pageSize=2&outcome=treated&runKey=once");
        var listed = deliveries.GetProperty("items").EnumerateArray().Concat(lastPage.GetProperty("items")
            .EnumerateArray()).ToArray();
        Assert.Equal(members.Order(), listed.Select(d => d.GetProperty("memberId").GetGuid()).Order());
        Assert.All(listed, d => Assert.Equal(("Treated", "once", 90m, "Active"), (
            d.GetProperty("outcome").GetString(), d.GetProperty("runKey").GetString(),
            d.GetProperty("cost").GetDecimal(), d.GetProperty("couponStatus").GetString())));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(
            $"/api/campaigns/{campaignId}/deliveries/members?outcome=Holdout")).GetProperty("total").GetInt32());
        using (var badOutcome = await admin.GetAsync($"/api/campaigns/{campaignId}/deliveries/members?outcome=x"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badOutcome.StatusCode);
            Assert.True((await badOutcome.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty("outcome", out _));
        }

        (await admin.PostAsync($"/api/campaigns/{campaignId}/pause", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/campaigns/{campaignId}/runs",
            new { runKey = "second-wave" })).StatusCode);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var kpis = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/campaigns/{campaignId}/kpis?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        Assert.Equal((3, 0, 3), (kpis.GetProperty("reach").GetInt32(), kpis.GetProperty("couponsRedeemed").GetInt32(),
            kpis.GetProperty("couponsIssued").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await admin.GetAsync($"/api/campaigns/kpis?from={today:yyyy-MM-dd}")).StatusCode);
        // These members are not registered, so no home store holds them.
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>(
                $"/api/campaigns/{campaignId}/kpis?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"
                + "&storeId=SH-JINGAN-01"))
            .GetProperty("reach").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(
            $"/api/campaigns/{campaignId}/kpis?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).StatusCode);
    }
}
