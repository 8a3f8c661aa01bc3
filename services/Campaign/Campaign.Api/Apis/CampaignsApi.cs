using Loyalty.Campaign.Api.Application;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Loyalty.Campaign.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Apis;

public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns").RequireAuthorization(Policies.Admin);
        api.MapPost("/", Create).WithSummary("Create a campaign (Draft): target, trigger or schedule, actions, holdout, budget and its split.");
        api.MapGet("/", async (CampaignDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Campaigns.AsNoTracking().OrderByDescending(c => c.CreatedAt).ToListAsync(ct))
                    .Select(MarketingCampaignResponse.From).ToList()))
            .WithSummary("All campaigns, newest first.");
        api.MapGet("/{id:guid}", Get).WithSummary("A campaign with its budget shares (cap and spent).");
        api.MapPost("/{id:guid}/activate", (Guid id, CampaignDbContext db, CancellationToken ct) => ChangeStatus(id, CampaignStatus.Active, db, ct))
            .WithSummary("Start (or resume) a campaign: triggers fire, a one-off runs at runAt, a repeating one at each occurrence.");
        api.MapPost("/{id:guid}/pause", (Guid id, CampaignDbContext db, CancellationToken ct) => ChangeStatus(id, CampaignStatus.Paused, db, ct)).WithSummary("Pause a campaign.");
        api.MapPost("/{id:guid}/end", (Guid id, CampaignDbContext db, CancellationToken ct) => ChangeStatus(id, CampaignStatus.Ended, db, ct)).WithSummary("End a campaign for good.");
        api.MapPost("/{id:guid}/runs", Run).WithSummary("Run an active scheduled campaign over its audience now; the same runKey never reaches a member twice.");
        api.MapGet("/{id:guid}/deliveries", Deliveries).WithSummary("Members reached per run key and outcome (treated, holdout, frequency-capped, budget-exhausted, limit-reached).");
        return app;
    }

    public static async Task<Results<Created<CampaignResponse>, ValidationProblem>> Create(CampaignRequest request, CampaignDbContext db, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (request.CouponTemplateId is { } templateId && !await db.CouponTemplates.AnyAsync(t => t.Id == templateId, cancellationToken))
        {
            errors["couponTemplateId"] = ["No such coupon template."];
        }

        if (request.GrowthTask is not null && request.RewardCouponTemplateId is { } rewardId && !await db.CouponTemplates.AnyAsync(t => t.Id == rewardId, cancellationToken))
        {
            errors["rewardCouponTemplateId"] = ["No such coupon template."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = timeProvider.GetUtcNow();
        var campaign = new MarketingCampaign
        {
            Id = Guid.CreateVersion7(now), Name = request.Name!.Trim(), Status = CampaignStatus.Draft, Trigger = request.Trigger, TriggerSegment = request.TriggerSegment?.Trim(),
            AllMembers = request.AllMembers, TargetSegments = request.TargetSegments?.Select(s => s.Trim()).Distinct().ToList() ?? [],
            RunAt = request.RunAt?.ToUniversalTime(), StartsAt = request.StartsAt?.ToUniversalTime(), EndsAt = request.EndsAt?.ToUniversalTime(),
            CouponTemplateId = request.CouponTemplateId, BonusPoints = request.BonusPoints, MessageTemplate = request.MessageTemplate?.Trim(),
            MessageChannel = request.MessageChannel ?? Contracts.Channel.Sms, HoldoutPercent = request.HoldoutPercent, Budget = request.Budget, CreatedAt = now,
            Schedule = request.Schedule, RecurEveryDays = request.Schedule == ScheduleKind.Recurring ? request.RecurEveryDays : 0,
            YearlyDate = request.Schedule == ScheduleKind.Yearly ? CampaignSchedule.NormalizeYearlyDate(request.YearlyDate) : null,
            ScheduleTime = request.Schedule is ScheduleKind.Yearly or ScheduleKind.BirthdayMonth ? request.ScheduleTime ?? CampaignSchedule.DefaultTime : null,
            GrowthTask = request.GrowthTask, GrowthTaskDays = request.GrowthTask is null ? 0 : request.GrowthTaskDays, GrowthTaskTarget = request.GrowthTask is null ? 0 : request.GrowthTaskTarget,
            RewardCouponTemplateId = request.GrowthTask is null ? null : request.RewardCouponTemplateId, RewardPoints = request.GrowthTask is null ? 0 : request.RewardPoints,
        };
        db.Campaigns.Add(campaign);
        var shares = request.Budget is { } budget ? BudgetSplit.Shares(campaign.Id, budget, request.BudgetSplit ?? BudgetSplit.Default) : [];
        db.BudgetShares.AddRange(shares);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/campaigns/{campaign.Id}", new CampaignResponse(campaign, shares));
    }

    public static async Task<Results<Ok<CampaignResponse>, NotFound>> Get(Guid id, CampaignDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new CampaignResponse(campaign, await db.BudgetShares.AsNoTracking().Where(s => s.CampaignId == id).OrderBy(s => s.ShareKey).ToListAsync(cancellationToken)));
    }

    public static async Task<Results<Ok<MarketingCampaignResponse>, NotFound, ProblemHttpResult>> ChangeStatus(
        Guid id, CampaignStatus status, CampaignDbContext db, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        if (campaign.Status == CampaignStatus.Ended && status != CampaignStatus.Ended)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An ended campaign cannot start again.");
        }

        campaign.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MarketingCampaignResponse.From(campaign));
    }

    public static async Task<Results<Ok<ExecutionResult>, NotFound, ProblemHttpResult, ValidationProblem>> Run(
        Guid id, RunRequest? request, CampaignDbContext db, RunCampaign runner, CancellationToken cancellationToken)
    {
        var runKey = string.IsNullOrWhiteSpace(request?.RunKey) ? RunCampaign.OneOffRunKey : request.RunKey.Trim();
        if (runKey.Length > 64)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["runKey"] = ["runKey is at most 64 characters."] });
        }

        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        if (campaign.Status != CampaignStatus.Active || campaign.Trigger != CampaignTrigger.Schedule)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only an active scheduled campaign runs over its audience.");
        }

        return TypedResults.Ok(await runner.RunAsync(id, runKey, cancellationToken));
    }

    public static async Task<Ok<Dictionary<string, Dictionary<string, int>>>> Deliveries(Guid id, CampaignDbContext db, CancellationToken cancellationToken)
    {
        var counts = await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == id).GroupBy(d => new { d.RunKey, d.Outcome })
            .Select(g => new { g.Key.RunKey, g.Key.Outcome, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(counts.GroupBy(c => c.RunKey).ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Outcome.ToString(), c => c.Count)));
    }
}
