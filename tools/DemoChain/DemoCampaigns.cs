using System.Text.Json;

namespace Loyalty.DemoChain;

/// <summary>A coupon template of the demo, found again by its name.</summary>
internal sealed record DemoTemplate(
    string Name, string Kind, decimal Value, decimal Threshold, decimal? MaxDiscount, string[] Categories);

/// <summary>A finished campaign of the demo: one lifecycle layer, a coupon, a holdout.</summary>
internal sealed record DemoCampaign(
    string Name, string Segment, DemoTemplate Template, int HoldoutPercent, long BonusPoints, string? Message);

/// <summary>A campaign the platform already has, as its list shows it.</summary>
internal sealed record KnownCampaign(Guid Id, string Name, string Status, string? Schedule);

/// <summary>
/// The campaigns: coupon templates, three campaigns over disjoint lifecycle layers (the frequency window lets one
/// action reach a member per day) run with a holdout, the members' answers (a share of those with the coupon
/// redeem it with a purchase, fewer of the others buy anyway, so the uplift is real), then ended; and the birthday
/// journey, left running.
/// </summary>
internal sealed class DemoCampaigns(
    GatewayClient api, string admin, DemoChainPlan plan, IReadOnlyDictionary<int, Guid> ids, DemoSteps steps,
    Action<string> report, TimeProvider time)
{
    public const string RunKey = "demo";

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly DemoTemplate ActiveCoupon = new("满 1000 减 200", "AmountOff", 200m, 1_000m, null, []);
    private static readonly DemoTemplate DormantCoupon = new("回归礼 满 500 减 150", "AmountOff", 150m, 500m, null, []);
    private static readonly DemoTemplate LaserCoupon =
        new("激光项目 8 折 (最高减 500)", "PercentOff", 20m, 0m, 500m, ["laser"]);

    public static readonly IReadOnlyList<DemoCampaign> Campaigns =
    [
        new("双十一 活跃会员回馈 满1000减200", "lifecycle-active", ActiveCoupon, 10, 0, null),
        new("沉睡会员唤醒 满500减150", "lifecycle-dormant", DormantCoupon, 20, 0, "wake-up-coupon"),
        new("新会员 激光体验 8 折", "lifecycle-new", LaserCoupon, 10, 100, null),
    ];

    private const string Journey = "birthday-month";

    /// <param name="segments">The segments' sizes in Segmentation.</param>
    public async Task<IReadOnlyList<Guid>> RunAsync(
        IReadOnlyDictionary<string, int> segments, CancellationToken cancellationToken)
    {
        var existing = await CampaignsByNameAsync(cancellationToken);
        var running = new List<Guid>();
        var all = new List<Guid>();
        foreach (var campaign in Campaigns)
        {
            if (existing.TryGetValue(campaign.Name, out var known) && known.Status == "Ended")
            {
                all.Add(known.Id);
                continue;
            }

            var id = known?.Id ?? await CreateAsync(campaign, cancellationToken);
            if (known is null or { Status: "Draft" })
            {
                await api.SendJsonAsync(
                    admin, HttpMethod.Post, $"/api/campaigns/{id}/activate", null, cancellationToken);
            }

            var ran = await RunOverAudienceAsync(id, segments.GetValueOrDefault(campaign.Segment), cancellationToken);
            report($"campaign \"{campaign.Name}\": {ran.GetProperty("treated").GetInt32():N0} treated, "
                + $"{ran.GetProperty("holdout").GetInt32():N0} held out");
            running.Add(id);
            all.Add(id);
        }

        if (running.Count > 0)
        {
            await AnswerAsync(running, cancellationToken);
            foreach (var id in running)
            {
                await api.SendJsonAsync(admin, HttpMethod.Post, $"/api/campaigns/{id}/end", null, cancellationToken);
            }
        }

        all.Add(await StartJourneyAsync(existing.Values, cancellationToken));
        return all;
    }

    private async Task<Dictionary<string, KnownCampaign>> CampaignsByNameAsync(CancellationToken cancellationToken) =>
        (await api.GetAsync(admin, "/api/campaigns", cancellationToken))!.Value.EnumerateArray()
        .Select(c => new KnownCampaign(c.GetProperty("id").GetGuid(), c.GetProperty("name").GetString()!,
            c.GetProperty("status").GetString()!, c.TryGetProperty("schedule", out var s) ? s.ToString() : null))
        .DistinctBy(c => c.Name)
        .ToDictionary(c => c.Name);

    private async Task<Guid> CreateAsync(DemoCampaign campaign, CancellationToken cancellationToken)
    {
        var template = await TemplateIdAsync(campaign.Template, cancellationToken);
        var created = await api.SendJsonAsync(admin, HttpMethod.Post, "/api/campaigns", new
        {
            name = campaign.Name, targetSegments = new[] { campaign.Segment }, couponTemplateId = template,
            bonusPoints = campaign.BonusPoints, messageTemplate = campaign.Message,
            holdoutPercent = campaign.HoldoutPercent, budget = 2_000_000m,
        }, cancellationToken);
        return created!.Value.GetProperty("campaign").GetProperty("id").GetGuid();
    }

    private async Task<Guid> TemplateIdAsync(DemoTemplate template, CancellationToken cancellationToken)
    {
        var templates = (await api.GetAsync(admin, "/api/coupons/templates", cancellationToken))!.Value;
        foreach (var known in templates.EnumerateArray())
        {
            if (known.GetProperty("name").GetString() == template.Name)
            {
                return known.GetProperty("id").GetGuid();
            }
        }

        var created = await api.SendJsonAsync(admin, HttpMethod.Post, "/api/coupons/templates", new
        {
            name = template.Name, kind = template.Kind, value = template.Value, threshold = template.Threshold,
            maxDiscount = template.MaxDiscount, validDays = 30, perMemberLimit = 1, categories = template.Categories,
        }, cancellationToken);
        return created!.Value.GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Runs the campaign once (run key "demo"). Campaign learns the layers from Segmentation's events; while it has
    /// not yet heard of anyone in a layer that Segmentation says has members, the run reaches nobody and is tried
    /// again (the key still reaches each member once).
    /// </summary>
    private async Task<JsonElement> RunOverAudienceAsync(Guid id, int audience, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ran = (await api.SendJsonAsync(
                admin, HttpMethod.Post, $"/api/campaigns/{id}/runs", new { runKey = RunKey }, cancellationToken))!.Value;
            var reached = ran.GetProperty("treated").GetInt32() + ran.GetProperty("holdout").GetInt32()
                + ran.GetProperty("alreadyDone").GetInt32() + ran.GetProperty("frequencyCapped").GetInt32();
            if (reached > 0 || audience == 0 || attempt == 12)
            {
                return ran;
            }

            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
        }
    }

    /// <summary>
    /// The members' answers, dated now (inside the 30 days after the campaigns reached them): a member with one of
    /// these campaigns' coupons comes back with it at <see cref="DemoChainPlan.CouponResponseRate"/>, redeeming it
    /// at her clinic; the others come anyway at <see cref="DemoChainPlan.BaselineResponseRate"/>.
    /// </summary>
    private async Task AnswerAsync(IReadOnlyList<Guid> campaigns, CancellationToken cancellationToken)
    {
        var answering = plan.Members.Where(m => m.ResponseDraw < DemoChainPlan.CouponResponseRate).ToList();
        await steps.ForEachAsync(answering, "campaign answers", async (member, ct) =>
        {
            var till = await api.TillAsync(member.HomeStoreId);
            var coupons = (await api.GetAsync(till, $"/api/coupons/members/{ids[member.Index]}", ct))!.Value;
            var code = coupons.EnumerateArray()
                .Where(c => c.TryGetProperty("campaignId", out var campaign)
                    && campaign.ValueKind == JsonValueKind.String && campaigns.Contains(campaign.GetGuid())
                    && c.GetProperty("status").GetString() == "Active")
                .Select(c => c.GetProperty("code").GetString()).FirstOrDefault();
            if (code is null && member.ResponseDraw >= DemoChainPlan.BaselineResponseRate)
            {
                return;
            }

            var orderId = plan.ResponseOrderId(member);
            var basket = DemoChainGenerator.Line(member.CampaignOffer, new Random(plan.Seed + member.Index));
            var discount = 0m;
            if (code is not null)
            {
                var redeemed = await api.SendJsonAsync(till, HttpMethod.Post, "/api/coupons/redeem", new
                {
                    code, storeId = member.HomeStoreId, amount = basket.Amount, externalOrderId = orderId,
                    items = new[] { new { category = basket.Category, amount = basket.Amount } },
                    memberId = ids[member.Index],
                }, ct);
                // 409: refused (the reason is in the answer); she pays in full.
                discount = redeemed?.GetProperty("discount").GetDecimal() ?? 0m;
                code = redeemed is null ? null : code;
            }

            var paid = basket with { Amount = basket.Amount - discount };
            await DemoChainLoader.RecordAsync(api, new DemoPurchase(
                    orderId, member.Index, member.HomeStoreId, time.GetUtcNow(), [paid]), ids, ct,
                code is null ? null : [code]);
        }, cancellationToken);
    }

    /// <summary>
    /// The birthday-month journey, activated and left running (it serves this month's birthdays at once).
    /// </summary>
    private async Task<Guid> StartJourneyAsync(
        IEnumerable<KnownCampaign> existing, CancellationToken cancellationToken)
    {
        var journey = existing.FirstOrDefault(c => c.Schedule == "BirthdayMonth");
        var id = journey?.Id
            ?? (await api.SendJsonAsync(admin, HttpMethod.Post, $"/api/campaigns/journeys/{Journey}", null,
                cancellationToken))!.Value.GetProperty("campaign").GetProperty("id").GetGuid();
        if (journey is null or { Status: "Draft" })
        {
            await api.SendJsonAsync(admin, HttpMethod.Post, $"/api/campaigns/{id}/activate", null, cancellationToken);
        }

        report("journey \"birthday-month\" running");
        return id;
    }
}
