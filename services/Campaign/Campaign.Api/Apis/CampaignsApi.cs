using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns").RequireAuthorization(Policies.Marketing);
        api.MapPost("/", Create)
            .WithSummary(
                "Create a campaign (Draft): target, trigger or schedule, actions, holdout, budget and its split.");
        api.MapGet("/", async (CampaignDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Campaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(ct))
                    .Select(MarketingCampaignResponse.From).ToList()))
            .WithSummary("All campaigns, newest first.");
        api.MapGet("/{id:guid}", Get).WithSummary("A campaign with its budget shares (cap and spent).");
        api.MapPost("/{id:guid}/activate", (Guid id, ChangeCampaignStatus change, CancellationToken ct) =>
                ChangeStatus(id, CampaignStatus.Active, change, ct))
            .WithSummary(
                "Start (or resume) a campaign: triggers fire, a one-off runs at runAt, a repeating one at each "
                + "occurrence.");
        api.MapPost("/{id:guid}/pause", (Guid id, ChangeCampaignStatus change, CancellationToken ct) =>
                ChangeStatus(id, CampaignStatus.Paused, change, ct))
            .WithSummary("Pause a campaign.");
        api.MapPost("/{id:guid}/end", (Guid id, ChangeCampaignStatus change, CancellationToken ct) =>
                ChangeStatus(id, CampaignStatus.Ended, change, ct))
            .WithSummary("End a campaign for good.");
        api.MapPost("/{id:guid}/runs", Run)
            .WithSummary(
                "Run an active scheduled campaign over its audience now; the same runKey never reaches a member "
                + "twice.");
        api.MapGet("/{id:guid}/deliveries", Deliveries)
            .WithSummary(
                "Members reached per run key and outcome (treated, holdout, frequency-capped, budget-exhausted, "
                + "limit-reached).");
        api.MapGet("/{id:guid}/deliveries/members", DeliveryList)
            .WithSummary("A campaign's deliveries, newest first, paged (page from 1, pageSize up to 200): member, run "
                + "key, outcome, budget share, cost and the coupon's status; filter by outcome and runKey.");
        return app;
    }

    public static async Task<Results<Created<CampaignResponse>, ValidationProblem>> Create(
        CampaignRequest request, CreateCampaign create, CancellationToken cancellationToken) =>
        Created(await create.HandleAsync(request.ToDefinition(), cancellationToken));

    /// <summary>The answer to a campaign created from a request or a journey.</summary>
    public static Results<Created<CampaignResponse>, ValidationProblem> Created(
        CreateCampaignOutcome outcome) => outcome switch
    {
        CreateCampaignOutcome.Created created => TypedResults.Created(
            $"/api/campaigns/{created.Campaign.Id}", new CampaignResponse(created.Campaign, created.Shares)),
        CreateCampaignOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
        var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
    };

    public static async Task<Results<Ok<CampaignResponse>, NotFound>> Get(
        Guid id, CampaignDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        var shares = await db.BudgetShares.AsNoTracking().Where(s => s.CampaignId == id).OrderBy(s => s.ShareKey)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CampaignResponse(campaign, shares));
    }

    public static async Task<Results<Ok<MarketingCampaignResponse>, NotFound, ProblemHttpResult>> ChangeStatus(
        Guid id, CampaignStatus status, ChangeCampaignStatus change, CancellationToken cancellationToken) =>
        await change.HandleAsync(id, status, cancellationToken) switch
        {
            ChangeCampaignStatusOutcome.Changed changed => TypedResults.Ok(
                MarketingCampaignResponse.From(changed.Campaign)),
            ChangeCampaignStatusOutcome.NotFound => TypedResults.NotFound(),
            ChangeCampaignStatusOutcome.Ended => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "An ended campaign cannot start again."),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };

    public static async Task<Results<Ok<ExecutionResult>, NotFound, ProblemHttpResult, ValidationProblem>> Run(
        Guid id, RunRequest? request, RunCampaign run, CancellationToken cancellationToken) =>
        await run.HandleAsync(id, request?.RunKey, cancellationToken) switch
        {
            RunOutcome.Ran ran => TypedResults.Ok(ran.Result),
            RunOutcome.NotFound => TypedResults.NotFound(),
            RunOutcome.NotRunnable => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Only an active scheduled campaign runs over its audience."),
            RunOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };

    public static async Task<Ok<Dictionary<string, Dictionary<string, int>>>> Deliveries(
        Guid id, CampaignDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == id)
            .GroupBy(d => new { d.RunKey, d.Outcome })
            .Select(g => new { g.Key.RunKey, g.Key.Outcome, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(counts.GroupBy(c => c.RunKey)
            .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Outcome.ToString(), c => c.Count)));
    }

    /// <param name="id">The campaign.</param>
    /// <param name="outcome" example="Treated">Treated, Holdout, FrequencyCapped, BudgetExhausted or LimitReached.
    /// </param>
    /// <param name="runKey" example="once">Only this run's deliveries.</param>
    public static async Task<Results<Ok<DeliveryPage>, NotFound, ValidationProblem>> DeliveryList(
        Guid id, string? outcome, string? runKey, int? page, int? pageSize, CampaignDbContext db,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 200, out var errors);
        var wanted = EnumQuery.Read<DeliveryOutcome>(outcome, "outcome", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.CampaignId == id);
        if (wanted is { } o)
        {
            deliveries = deliveries.Where(d => d.Outcome == o);
        }

        if (runKey is not null)
        {
            deliveries = deliveries.Where(d => d.RunKey == runKey);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var rows = await deliveries.OrderByDescending(d => d.At).ThenBy(d => d.MemberId).ThenBy(d => d.RunKey)
            .Skip(paging.Offset).Take(paging.Size)
            .GroupJoin(db.Coupons, d => d.CouponId, c => (Guid?)c.Id, (d, coupons) => new { d, coupons })
            .SelectMany(x => x.coupons.DefaultIfEmpty(), (x, c) => DeliveryEntry.From(x.d, c == null ? null : c.Status))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new DeliveryPage(paging.Page, paging.Size, total, rows));
    }
}
