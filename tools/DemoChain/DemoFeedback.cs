using System.Text.Json;

namespace Loyalty.DemoChain;

/// <summary>
/// The surveys of the demo: the after-treatment survey sent to the active, new and dormant members, answered by a
/// share of them as themselves (their own development tokens) with scores that differ by clinic and advisor (静安 clearly the best,
/// each clinic's first advisor better than its last), and part of the detractors' care follow-ups closed by their
/// clinic's front desk with an outcome and a note. Every score is drawn from the member's own stream, so the same
/// seed gives the same answers.
/// </summary>
internal sealed class DemoFeedback(
    GatewayClient api, string admin, DemoChainPlan plan, IReadOnlyDictionary<int, Guid> ids, DemoSteps steps,
    Action<string> report)
{
    public const string Survey = "after-treatment";

    /// <summary>Who is asked: the recent buyers and the new members, and the dormant ones (why did they drift?).</summary>
    public static readonly IReadOnlyList<string> Segments = ["lifecycle-active", "lifecycle-new", "lifecycle-dormant"];

    /// <summary>How much a clinic lifts (or lowers) its members' scores on the 0-10 scale.</summary>
    private static readonly Dictionary<string, double> StoreLift = new()
    {
        ["SH-JINGAN-01"] = 1.8, ["SH-XUHUI-02"] = 0.1, ["HZ-XIHU-01"] = -0.4, ["SZ-SIP-01"] = -1.2,
    };

    private static readonly string[] Complaints =
    [
        "等候时间太长了", "效果没有达到预期", "顾问推销太多", "价格比说好的贵", "术后回访不及时",
    ];

    private static readonly string[] Praise = ["医生很专业，效果很好", "环境舒适，服务周到", "顾问很耐心"];

    private static readonly (string Outcome, double Share, string Note)[] Outcomes =
    [
        ("Reached", 0.40, "已电话回访，会员表示理解"),
        ("Resolved", 0.35, "已安排免费复诊，会员满意"),
        ("NotReached", 0.15, "电话未接通，明天再试"),
        ("Complaint", 0.10, "会员正式投诉，已转店长处理"),
    ];

    private readonly Dictionary<Guid, int> _indexOf = ids.ToDictionary(p => p.Value, p => p.Key);

    private readonly Dictionary<int, DemoPurchase> _lastPurchase = plan.Purchases
        .GroupBy(p => p.MemberIndex).ToDictionary(g => g.Key, g => g.MaxBy(p => p.PaidAt)!);

    /// <summary>Whether Points takes the advisor on a purchase (issue 17): its OpenAPI document names it.</summary>
    public static async Task<bool> PointsTakesAdvisorAsync(
        GatewayClient api, string admin, CancellationToken cancellationToken) =>
        await api.GetAsync(admin, "/openapi/points/v1.json", cancellationToken) is { } document
        && document.GetRawText().Contains("\"advisorId\"", StringComparison.Ordinal);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await api.GetAsync(admin, "/api/feedback/surveys", cancellationToken) is null)
        {
            report("surveys: this platform has no Feedback service; no surveys sent");
            return;
        }

        const string openInvitations = "/api/feedback/invitations?status=Open";
        var expected = await TotalAsync(openInvitations, cancellationToken);
        foreach (var segment in Segments)
        {
            var sent = await api.SendJsonAsync(admin, HttpMethod.Post, $"/api/feedback/surveys/{Survey}/sends",
                new { segmentCode = segment }, cancellationToken);
            expected += Count(sent, "invited");
            report($"survey \"{Survey}\" sent to {segment}: {Count(sent, "invited")} invited, "
                + $"{Count(sent, "skipped")} skipped");
        }

        // The service sends what it scheduled a moment later: every invitation is out before the members answer.
        var open = await ListAsync(openInvitations, expected, cancellationToken);
        var answering = open.Where(i => _indexOf.ContainsKey(IdOf(i, "memberId")) && Answers(i)).ToList();
        await steps.ForEachAsync(answering, "survey answers", AnswerAsync, cancellationToken);

        // A detractor's follow-up opens with her answer.
        var followUps = await ListAsync("/api/feedback/follow-ups?status=Open", 0, cancellationToken);
        // Two in three get an outcome; one already tried (a note) is left for the desk, so a rerun adds nothing.
        var closing = followUps.Where(f => _indexOf.TryGetValue(IdOf(f, "memberId"), out var index)
            && Text(f, "note") is null && FollowUpStreamOf(index).NextDouble() < 0.67).ToList();
        await steps.ForEachAsync(closing, "follow-up outcomes", CloseAsync, cancellationToken);
        report($"surveys: {answering.Count:N0} of {open.Count:N0} open invitations answered, "
            + $"{closing.Count:N0} of {followUps.Count:N0} follow-ups given an outcome");
    }

    /// <summary>Whether she answers: more of 静安's members do.</summary>
    private bool Answers(JsonElement invitation)
    {
        var random = StreamOf(_indexOf[IdOf(invitation, "memberId")]);
        return random.NextDouble() < (Text(invitation, "storeId") == "SH-JINGAN-01" ? 0.75 : 0.55);
    }

    private async Task AnswerAsync(JsonElement invitation, CancellationToken cancellationToken)
    {
        var index = _indexOf[IdOf(invitation, "memberId")];
        var random = StreamOf(index);
        random.NextDouble(); // the draw that decided she answers
        var store = Text(invitation, "storeId") ?? plan.Members[index].HomeStoreId;
        var storeLift = StoreLift.GetValueOrDefault(store);
        var advisorLift = AdvisorLift(_lastPurchase.GetValueOrDefault(index));
        var nps = Scale(7.0 + storeLift + advisorLift + (Noise(random) * 1.8), 0, 10);
        var answers = new Dictionary<string, object>
        {
            ["nps"] = nps,
            ["treatment"] = Scale(1.2 + (nps * 0.36) + (Noise(random) * 0.5), 1, 5),
            ["clinic"] = Scale(1.5 + (nps * 0.3) + (storeLift * 0.3) + (Noise(random) * 0.5), 1, 5),
            ["advisor"] = Scale(1.5 + (nps * 0.3) + (advisorLift * 0.8) + (Noise(random) * 0.5), 1, 5),
        };
        if (nps <= 6)
        {
            answers["comment"] = Complaints[random.Next(Complaints.Length)];
        }
        else if (nps >= 9 && random.NextDouble() < 0.5)
        {
            answers["comment"] = Praise[random.Next(Praise.Length)];
        }

        // 409: answered by an earlier load.
        await api.SendJsonAsync(await api.MemberAsync(ids[index]), HttpMethod.Post,
            $"/api/feedback/invitations/{IdOf(invitation, "id")}/answers", new { answers }, cancellationToken);
    }

    private async Task CloseAsync(JsonElement followUp, CancellationToken cancellationToken)
    {
        var random = FollowUpStreamOf(_indexOf[IdOf(followUp, "memberId")]);
        random.NextDouble(); // the draw that decided it is closed
        var draw = random.NextDouble();
        var outcome = Outcomes.SkipWhile(o => (draw -= o.Share) >= 0).FirstOrDefault(Outcomes[^1]);
        var till = await api.TillAsync(Text(followUp, "storeId") ?? DemoCatalog.Clinics[0].StoreId);
        await api.SendJsonAsync(till, HttpMethod.Post, $"/api/feedback/follow-ups/{IdOf(followUp, "id")}/outcome",
            new { outcome = outcome.Outcome, note = outcome.Note }, cancellationToken);
    }

    private async Task<int> TotalAsync(string path, CancellationToken cancellationToken) =>
        Count(await api.GetAsync(admin, path + "&page=1&pageSize=1", cancellationToken), "total");

    /// <summary>Every item of a paged list once it holds at least <paramref name="atLeast"/>, waiting at most two
    /// minutes.</summary>
    private async Task<List<JsonElement>> ListAsync(string path, int atLeast, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 40 && await TotalAsync(path, cancellationToken) < atLeast; round++)
        {
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        }

        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var found = (await api.GetAsync(admin, $"{path}&page={page}&pageSize=200", cancellationToken))!.Value
                .GetProperty("items");
            items.AddRange(found.EnumerateArray().Select(e => e.Clone()));
            if (found.GetArrayLength() < 200)
            {
                return items;
            }
        }
    }

    /// <summary>Each clinic's first advisor lifts the scores, its last lowers them.</summary>
    private static double AdvisorLift(DemoPurchase? purchase)
    {
        if (purchase?.AdvisorId is not { } advisor
            || !DemoCatalog.Advisors.TryGetValue(purchase.StoreId, out var advisors))
        {
            return 0;
        }

        var position = Array.IndexOf(advisors, advisor);
        return position == 0 ? 0.8 : position == advisors.Length - 1 ? -0.9 : 0;
    }

    /// <summary>The member's own stream for her answers, apart from the purchase process's.</summary>
    private Random StreamOf(int index) => new(unchecked((plan.Seed * 15_485_863) + index));

    private Random FollowUpStreamOf(int index) => new(unchecked((plan.Seed * 32_452_843) + index));

    /// <summary>About standard normal: the sum of four uniforms, centred and scaled.</summary>
    private static double Noise(Random random) =>
        (random.NextDouble() + random.NextDouble() + random.NextDouble() + random.NextDouble() - 2) * Math.Sqrt(3);

    private static int Scale(double value, int min, int max) => (int)Math.Clamp(Math.Round(value), min, max);

    private static int Count(JsonElement? answer, string field) =>
        answer is { ValueKind: JsonValueKind.Object } a && a.TryGetProperty(field, out var n) ? n.GetInt32() : 0;

    private static Guid IdOf(JsonElement item, string field) => item.GetProperty(field).GetGuid();

    private static string? Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
