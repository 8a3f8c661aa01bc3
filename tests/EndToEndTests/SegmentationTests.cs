using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.IntegrationTests.Support;

namespace Loyalty.EndToEndTests;

/// <summary>Members → Points → Segmentation through the gateway: purchases
/// become RFM scores and segment counts; admins define rule segments.</summary>
[Collection(StackCollection.Name)]
public class SegmentationTests(StackFixture stack)
{
    [Fact]
    public async Task Purchases_through_Points_become_scores_and_segment_counts_and_a_rule_segment_is_previewed_and_saved_at_that_size()
    {
        using var staff = await stack.ClientAsync("staff");
        using var admin = await stack.ClientAsync("admin");
        var store = $"E2E-SEG-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var (buyer, newcomer) = (await RegisterAtAsync(staff, store), await RegisterAtAsync(staff, store));
        var paidAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var orders = new List<string>();
        foreach (var (memberId, amount) in new[] { (buyer, 800m), (buyer, 1200m), (newcomer, 300m) })
        {
            orders.Add($"POS-{Guid.NewGuid():N}");
            (await staff.PostAsJsonAsync("/api/purchases", new
            {
                externalOrderId = orders[^1], memberId, storeId = store, amount,
                items = new[] { new { sku = "HA-1ML", category = "injectables", quantity = 1, amount } }, paidAt,
            })).EnsureSuccessStatusCode();
        }

        // Segmentation hears of both purchases and scores the buyer at once.
        JsonElement scores = default;
        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await staff.GetAsync($"/api/segments/members/{buyer}");
                scores = response.IsSuccessStatusCode
                    ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
                return response.IsSuccessStatusCode && scores.GetProperty("purchases").GetInt32() == 2
                    && scores.GetProperty("registered").GetBoolean();
            },
            StackFixture.EventTimeout,
            "Segmentation scored the buyer's two purchases");
        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await staff.GetAsync($"/api/segments/members/{newcomer}");
                return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>())
                    .GetProperty("purchases").GetInt32() == 1;
            },
            StackFixture.EventTimeout,
            "Segmentation scored the newcomer's purchase");
        Assert.Equal(2000m, scores.GetProperty("spend").GetDecimal());
        // 1 when the clinic day turned since the purchase
        Assert.InRange(scores.GetProperty("recencyDays").GetInt32(), 0, 1);
        Assert.All(new[] { "r", "f", "m" }, s => Assert.InRange(scores.GetProperty(s).GetInt32(), 1, 5));
        Assert.StartsWith("rfm-", scores.GetProperty("rfmGroup").GetString(), StringComparison.Ordinal);

        // A partial refund of the first purchase nets out of the buyer's spend.
        (await staff.PostAsJsonAsync($"/api/purchases/{orders[0]}/refunds",
            new { amount = 300m, requestId = Guid.NewGuid() })).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(
            async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/segments/members/{buyer}"))
                .GetProperty("spend").GetDecimal() == 1700m,
            StackFixture.EventTimeout,
            "Segmentation netted the refund out of the buyer's spend");

        // The member reads their own scores; another member may not.
        using var own = await stack.ClientAsync("member", buyer);
        Assert.Equal(buyer,
            (await own.GetFromJsonAsync<JsonElement>("/api/segments/members/me")).GetProperty("memberId").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await own.GetAsync($"/api/segments/members/{newcomer}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await own.GetAsync("/api/segments")).StatusCode);

        // An admin recompute (what the nightly job does) and a model refit. On this stack's few members the fit is
        // refused (too few customers, docs/segmentation.md) unless earlier tests (the demo chain) gave it a base:
        // either way the answer says so, and predictions exist exactly when a fit was accepted.
        (await admin.PostAsync("/api/segments/recompute", null)).EnsureSuccessStatusCode();
        JsonElement refitted;
        using (var refit = await admin.PostAsync("/api/segments/models/refit", null))
        {
            Assert.Equal(HttpStatusCode.OK, refit.StatusCode);
            refitted = await refit.Content.ReadFromJsonAsync<JsonElement>();
            var fit = refitted.GetProperty("fit");
            Assert.Equal("Weeks", fit.GetProperty("timeUnit").GetString());
            Assert.True(fit.GetProperty("customers").GetInt32() >= 1);
        }

        scores = await staff.GetFromJsonAsync<JsonElement>($"/api/segments/members/{buyer}");
        var latest = await admin.GetFromJsonAsync<JsonElement>("/api/segments/models/latest");
        if (refitted.GetProperty("accepted").GetBoolean())
        {
            Assert.InRange(scores.GetProperty("predictions").GetProperty("probabilityAlive").GetDouble(), 0, 1);
            Assert.Equal(refitted.GetProperty("fit").GetProperty("id").GetInt64(),
                latest.GetProperty("inUse").GetProperty("id").GetInt64());
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(refitted.GetProperty("refusal").GetString()));
            Assert.Equal(refitted.GetProperty("fit").GetProperty("id").GetInt64(),
                latest.GetProperty("latestAttempt").GetProperty("id").GetInt64());
            if (latest.GetProperty("inUse").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(JsonValueKind.Null, scores.GetProperty("predictions").ValueKind);
            }
        }
        var segments = (await staff.GetFromJsonAsync<JsonElement[]>("/api/segments"))!;
        var counts = segments.ToDictionary(s => s.GetProperty("code").GetString()!,
            s => s.GetProperty("members").GetInt32());
        Assert.Contains("lifecycle-dormant", counts.Keys);
        Assert.All(scores.GetProperty("segments").EnumerateArray(), s => Assert.True(counts[s.GetString()!] >= 1));
        var group = scores.GetProperty("rfmGroup").GetString()!;
        var page = await staff.GetFromJsonAsync<JsonElement>($"/api/segments/{group}/members?page=1&pageSize=100");
        Assert.Equal(counts[group], page.GetProperty("totalMembers").GetInt32());

        // The dashboard's store filter: this store's counts are exactly its two members' segments.
        var newcomerScores = await staff.GetFromJsonAsync<JsonElement>($"/api/segments/members/{newcomer}");
        var expected = scores.GetProperty("segments").EnumerateArray()
            .Concat(newcomerScores.GetProperty("segments").EnumerateArray())
            .GroupBy(s => s.GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var atStore = (await staff.GetFromJsonAsync<JsonElement[]>(
                $"/api/segments?storeId={store.ToLowerInvariant()}"))!
            .ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("members").GetInt32());
        Assert.Equal(counts.Keys.Order(), atStore.Keys.Order());
        Assert.All(atStore, c => Assert.Equal(expected.GetValueOrDefault(c.Key), c.Value));
        var storePage = await staff.GetFromJsonAsync<JsonElement>(
            $"/api/segments/{group}/members?storeId={store}&pageSize=100");
        Assert.Equal(expected[group], storePage.GetProperty("totalMembers").GetInt32());
        using (var badStore = await staff.GetAsync("/api/segments?storeId=x"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badStore.StatusCode);
            Assert.True((await badStore.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
                .TryGetProperty("storeId", out _));
        }

        // The buyer's RFM group as CSV for this store: a header, then one line per member, scores as above.
        using var csv = await staff.GetAsync($"/api/segments/{group}/members.csv?storeId={store}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.DoesNotContain("phone", header);
        Assert.DoesNotContain("name", header);
        Assert.Equal(expected[group], lines.Length - 1);
        var buyerLine = lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))
            .Single(l => l["memberId"] == buyer.ToString());
        Assert.Equal((store, group), (buyerLine["homeStoreId"], buyerLine["rfmGroup"]));
        Assert.Equal((1700m, scores.GetProperty("r").GetInt32()), (
            decimal.Parse(buyerLine["spend"], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(buyerLine["r"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/api/segments/no-such/members.csv")).StatusCode);

        // Rule segment: the preview's count is the saved segment's size; bad input is a 400 naming the field.
        var rule = new { stores = new[] { store }, minSpend = 0 };
        using var badPreview = await admin.PostAsJsonAsync("/api/segments/rules/preview",
            new { minAge = 50, maxAge = 20 });
        Assert.Equal(HttpStatusCode.BadRequest, badPreview.StatusCode);
        Assert.True((await badPreview.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")
            .TryGetProperty("criteria.minAge", out _));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await staff.PostAsJsonAsync("/api/segments/rules/preview", rule)).StatusCode);

        var preview = (await (await admin.PostAsJsonAsync("/api/segments/rules/preview", rule))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").GetInt32();
        Assert.Equal(2, preview);
        var slug = $"store-{Guid.NewGuid():N}"[..20];
        using var created = await admin.PostAsJsonAsync("/api/segments/rules",
            new { slug, name = "E2E store members", criteria = rule });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(preview,
            (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("members").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/segments/rules",
            new { slug, name = "again", criteria = rule })).StatusCode);
        var saved = await staff.GetFromJsonAsync<JsonElement>($"/api/segments/rules/rule-{slug}");
        Assert.Equal(preview, saved.GetProperty("members").GetInt32());
        segments = (await staff.GetFromJsonAsync<JsonElement[]>("/api/segments"))!;
        Assert.Equal(preview, segments.Single(s => s.GetProperty("code").GetString() == $"rule-{slug}")
            .GetProperty("members").GetInt32());
        Assert.Contains($"rule-{slug}", (await staff.GetFromJsonAsync<JsonElement>($"/api/segments/members/{newcomer}"))
            .GetProperty("segments").EnumerateArray().Select(s => s.GetString()));

        // Deleting it: the members leave (SegmentLeft each), and it is gone.
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.DeleteAsync($"/api/segments/rules/rule-{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/segments/rules/rule-{slug}")).StatusCode);
        Assert.Equal(2L, await stack.QueryAsync<long>("segmentationdb",
            """SELECT count(*) FROM outbox_messages WHERE "EventType" = """ +
            """'Loyalty.Contracts.Segmentation.SegmentLeft' AND "Payload"->>'segmentCode' = @c""",
            ("c", $"rule-{slug}")));
    }

    private static async Task<Guid> RegisterAtAsync(HttpClient staff, string store)
    {
        using var response = await staff.PostAsJsonAsync("/api/members", new
        {
            phone = Registrations.NewPhone(), name = "王丽", gender = "Female",
            birthDate = "1990-05-20", homeStoreId = store,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var memberId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => (await staff.GetAsync($"/api/points/accounts/{memberId}"))
            .IsSuccessStatusCode, StackFixture.EventTimeout, "Points opened the account");
        return memberId;
    }
}
