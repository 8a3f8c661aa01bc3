using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Loyalty.DemoChain;

/// <summary>How big a demo to load, and whether to load it over data that is not the demo's.</summary>
/// <param name="Members">Members of the chain (3,000 by default).</param>
/// <param name="Seed">The purchase process's seed: the same seed gives the same chain, phones and order ids.</param>
public sealed record DemoChainOptions(int Members = 3_000, int Seed = DemoChainGenerator.DefaultSeed)
{
    /// <summary>Load only into a platform without members, or with the demo's own (the launcher's default).</summary>
    public bool OnlyIfEmpty { get; init; } = true;

    /// <summary>Send every step again even when the completion marker is there (tests of idempotence).</summary>
    public bool IgnoreCompletionMarker { get; init; }

    /// <summary>Requests in flight at once: modest, the platform shares two cores with everything else.</summary>
    public int Concurrency { get; init; } = 4;
}

/// <summary>How a load ended.</summary>
public abstract record DemoChainOutcome
{
    private DemoChainOutcome()
    {
    }

    /// <summary>Loaded (or completed): what the platform was sent.</summary>
    public sealed record Loaded(int Members, int Purchases, int Consents, IReadOnlyList<Guid> Campaigns)
        : DemoChainOutcome;

    /// <summary>The completion marker was there: nothing was sent.</summary>
    public sealed record AlreadyLoaded : DemoChainOutcome;

    /// <summary>The platform holds members that are not the demo's: nothing was sent.</summary>
    public sealed record NotEmpty(int Members) : DemoChainOutcome;
}

/// <summary>
/// Loads the demo chain through the gateway, only with the platform's public APIs, so every event and projection is
/// real: staff accounts, the member import (join dates in the past year), consents, the purchase history (dated when it
/// happened), segments and models, coupon templates, finished campaigns with holdouts and their results, a running
/// journey, and last the completion marker. Each step is idempotent (phones, order ids, user names, template and
/// campaign names, run keys), so a load that stopped half-way completes when run again.
/// </summary>
public sealed class DemoChainLoader(Uri gateway, DemoChainOptions options, Action<string> report, TimeProvider time)
{
    private readonly DemoSteps _steps = new(options.Concurrency, report);

    public async Task<DemoChainOutcome> LoadAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var api = new GatewayClient(gateway, time);
        var admin = await api.AdminAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), DemoCampaigns.Shanghai).DateTime);
        var plan = DemoChainGenerator.Generate(options.Members, today, options.Seed);
        if (!options.IgnoreCompletionMarker
            && await api.GetAsync(admin, $"/api/purchases/{plan.CompletionOrderId}", cancellationToken) is not null)
        {
            report("the demo chain is already loaded (its last purchase exists); nothing to add");
            return new DemoChainOutcome.AlreadyLoaded();
        }

        if (options.OnlyIfEmpty && await OtherMembersAsync(api, admin, plan, cancellationToken) is > 0 and var others)
        {
            report($"the platform already has {others:N0} members that are not the demo's; not loading the demo");
            return new DemoChainOutcome.NotEmpty(others);
        }

        report($"loading {plan.Members.Count:N0} members and {plan.Purchases.Count:N0} purchases "
            + $"(seed {plan.Seed}) through {gateway}");
        await CreateStaffAsync(api, admin, cancellationToken);
        var ids = await ImportMembersAsync(api, admin, plan, cancellationToken);
        var consents = await GiveConsentsAsync(api, plan, ids, cancellationToken);
        var withAdvisors = await DemoFeedback.PointsTakesAdvisorAsync(api, admin, cancellationToken);
        await RecordHistoryAsync(api, plan, ids, withAdvisors, cancellationToken);
        var segments = await DemoSegments.PrepareAsync(api, admin, report, cancellationToken);
        var campaigns = await new DemoCampaigns(api, admin, plan, ids, _steps, report, time)
            .RunAsync(segments, cancellationToken);
        await new DemoFeedback(api, admin, plan, ids, _steps, report).RunAsync(cancellationToken);

        var first = plan.Members[0];
        await RecordAsync(api, new DemoPurchase(plan.CompletionOrderId, first.Index, first.HomeStoreId, time.GetUtcNow(),
            [DemoChainGenerator.Line(DemoCatalog.Menu[^1], new Random(plan.Seed))]), ids, cancellationToken);
        report($"demo chain loaded in {clock.Elapsed.TotalMinutes:F1} min: {ids.Count:N0} members, "
            + $"{plan.Purchases.Count:N0} purchases, {consents:N0} consents, {campaigns.Count} campaigns");
        return new DemoChainOutcome.Loaded(ids.Count, plan.Purchases.Count, consents, campaigns);
    }

    /// <summary>Members the platform holds that the demo did not register (0 when it is empty or the demo's).</summary>
    private static async Task<int> OtherMembersAsync(
        GatewayClient api, string admin, DemoChainPlan plan, CancellationToken cancellationToken)
    {
        var all = await api.GetAsync(admin, "/api/members?page=1&pageSize=1", cancellationToken);
        var total = all!.Value.GetProperty("totalMembers").GetInt32();
        var demo = await api.GetAsync(
            admin, $"/api/members?phone={plan.Members[0].Phone}&page=1&pageSize=1", cancellationToken);
        return total > 0 && demo!.Value.GetProperty("totalMembers").GetInt32() == 0 ? total : 0;
    }

    private async Task CreateStaffAsync(GatewayClient api, string admin, CancellationToken cancellationToken)
    {
        foreach (var account in DemoAccounts.All)
        {
            // 409: the user name is taken, i.e. an earlier load made it.
            await api.SendJsonAsync(admin, HttpMethod.Post, "/api/identity/staff", new
            {
                userName = account.UserName, displayName = account.DisplayName, password = account.Password,
                roles = account.Roles, storeIds = account.StoreIds,
            }, cancellationToken);
        }

        report($"staff accounts: {string.Join(", ", DemoAccounts.All.Select(a => a.UserName))}");
    }

    /// <summary>One CSV import (join dates in the past year), then the members' ids read back page by page.</summary>
    private async Task<Dictionary<int, Guid>> ImportMembersAsync(
        GatewayClient api, string admin, DemoChainPlan plan, CancellationToken cancellationToken)
    {
        var imported = (await api.PostCsvAsync(admin, "/api/members/imports", ImportFile(plan), cancellationToken))!
            .Value;
        if (imported.GetProperty("failed").GetInt32() > 0)
        {
            throw new InvalidOperationException($"The member import refused rows: {imported.GetProperty("errors")}");
        }

        report($"members imported: {imported.GetProperty("created").GetInt32():N0} created, "
            + $"{imported.GetProperty("alreadyMembers").GetInt32():N0} already members");
        var byPhone = plan.Members.ToDictionary(m => m.Phone, m => m.Index);
        var ids = new Dictionary<int, Guid>();
        for (var page = 1; ids.Count < byPhone.Count; page++)
        {
            var found = (await api.GetAsync(admin, $"/api/members?page={page}&pageSize=100", cancellationToken))!
                .Value.GetProperty("members");
            if (found.GetArrayLength() == 0)
            {
                throw new InvalidOperationException(
                    $"{byPhone.Count - ids.Count} imported members are missing from the member list.");
            }

            foreach (var member in found.EnumerateArray())
            {
                // An erased member has no phone any more (docs/privacy.md): she is none of the demo's.
                if (member.GetProperty("phone").GetString() is { } phone && byPhone.TryGetValue(phone, out var index))
                {
                    ids[index] = member.GetProperty("id").GetGuid();
                }
            }
        }

        return ids;
    }

    private static string ImportFile(DemoChainPlan plan)
    {
        var csv = new StringBuilder("phone,name,gender,birthDate,homeStoreId,skinType,interestTags,registeredAt\n");
        foreach (var m in plan.Members)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{m.Phone},{m.Name},{m.Gender},{m.BirthDate:yyyy-MM-dd},{m.HomeStoreId},{m.SkinType},"
                + $"{string.Join(';', m.InterestTags)},{m.RegisteredAt:yyyy-MM-ddTHH:mm:sszzz}\n");
        }

        return csv.ToString();
    }

    /// <summary>Consents as each member gave them at her clinic, in the app or the mini-program.</summary>
    private async Task<int> GiveConsentsAsync(
        GatewayClient api, DemoChainPlan plan, Dictionary<int, Guid> ids, CancellationToken cancellationToken)
    {
        var giving = plan.Members.Where(m => m.Consents.Count > 0).ToList();
        await _steps.ForEachAsync(giving, "consents", async (member, ct) =>
            await api.SendJsonAsync(await api.TillAsync(member.HomeStoreId), HttpMethod.Put,
                $"/api/members/{ids[member.Index]}/consents",
                new
                {
                    consents = member.Consents
                        .Select(c => new { channel = c.Channel, purpose = c.Purpose, granted = true }),
                    source = member.ConsentSource,
                }, ct, notYet: true), cancellationToken);
        return giving.Sum(m => m.Consents.Count);
    }

    /// <summary>
    /// The year's purchases, oldest first, each from its clinic's till and dated when it was paid, with the advisor
    /// when Points takes one.
    /// </summary>
    private Task RecordHistoryAsync(
        GatewayClient api, DemoChainPlan plan, Dictionary<int, Guid> ids, bool withAdvisors,
        CancellationToken cancellationToken) =>
        _steps.ForEachAsync(plan.Purchases, "purchases", (purchase, ct) => RecordAsync(
            api, withAdvisors ? purchase : purchase with { AdvisorId = null }, ids, ct), cancellationToken);

    /// <summary>Records one purchase; a 404 (Points has not opened the new member's account yet) is retried.</summary>
    internal static async Task RecordAsync(
        GatewayClient api, DemoPurchase purchase, IReadOnlyDictionary<int, Guid> ids,
        CancellationToken cancellationToken, IReadOnlyList<string>? couponCodes = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["externalOrderId"] = purchase.ExternalOrderId, ["memberId"] = ids[purchase.MemberIndex],
            ["storeId"] = purchase.StoreId, ["amount"] = purchase.Amount, ["items"] = purchase.Items,
            ["paidAt"] = purchase.PaidAt, ["couponCodes"] = couponCodes ?? [],
        };
        if (purchase.AdvisorId is { Length: > 0 } advisor)
        {
            body["advisorId"] = advisor;
        }

        await api.SendJsonAsync(await api.TillAsync(purchase.StoreId), HttpMethod.Post, "/api/purchases", body,
            cancellationToken, notYet: true);
    }
}
