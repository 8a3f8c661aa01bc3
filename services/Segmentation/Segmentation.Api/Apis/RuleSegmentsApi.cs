using System.Diagnostics;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Apis;

public static class RuleSegmentsApi
{
    public static IEndpointRouteBuilder MapRuleSegmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/segments/rules").WithTags("Rule segments").RequireAuthorization(Policies.StaffOrMarketing);
        api.MapPost("/preview", Preview).RequireAuthorization(Policies.Marketing)
            .WithSummary("How many members a rule selects now (the size the segment gets when saved).");
        api.MapPost("/", Create).RequireAuthorization(Policies.Marketing)
            .WithSummary("Save a rule segment (code \"rule-\" + slug); its members enter it at once (SegmentEntered).");
        api.MapGet("/", List).WithSummary("The rule segments with their sizes.");
        api.MapGet("/{code}", Get).WithSummary("One rule segment with its size.");
        api.MapDelete("/{code}", Delete).RequireAuthorization(Policies.Marketing)
            .WithSummary("Delete a rule segment; its members leave it (SegmentLeft).");
        return app;
    }

    public static async Task<Results<Ok<RulePreviewResponse>, ValidationProblem, ProblemHttpResult>> Preview(
        RuleCriteria? criteria, RuleSegments segments, CancellationToken cancellationToken)
    {
        var errors = RuleSegmentRules.ValidateCriteria(criteria);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await segments.PreviewAsync(criteria!, cancellationToken) switch
        {
            RuleOutcome.Counted counted => TypedResults.Ok(new RulePreviewResponse(
                counted.Members, RulePredictions.Uses(criteria!), counted.PredictionsFrom)),
            RuleOutcome.Unpredicted => NoAcceptedFit(),
            _ => throw new UnreachableException(),
        };
    }

    public static async Task<Results<Created<RuleSegmentResponse>, ValidationProblem, ProblemHttpResult>> Create(
        RuleSegmentRequest request, RuleSegments segments, CancellationToken cancellationToken)
    {
        var errors = RuleSegmentRules.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await segments.CreateAsync(request.Slug!, request.Name!, request.Criteria!, cancellationToken) switch
        {
            RuleOutcome.Saved saved => TypedResults.Created(
                $"/api/segments/rules/{saved.Segment.Code}",
                RuleSegmentResponse.From(saved.Segment, saved.Size, saved.PredictionsFrom)),
            RuleOutcome.CodeTaken => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "A rule segment with this slug already exists.",
                extensions: new Dictionary<string, object?> { ["field"] = "slug" }),
            RuleOutcome.Unpredicted => NoAcceptedFit(),
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>409: the rule needs predictions and there is no accepted fit to take them from.</summary>
    private static ProblemHttpResult NoAcceptedFit() => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "No accepted model fit: a rule on CLV or P(alive) cannot be evaluated.",
        detail: RulePredictions.NoAcceptedFit,
        extensions: new Dictionary<string, object?> { ["field"] = "criteria" });

    public static async Task<Ok<List<RuleSegmentResponse>>> List(
        SegmentationDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.RuleSegments.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var codes = rules.Select(r => r.Code).ToList();
        var counts = await db.Memberships.Where(m => codes.Contains(m.SegmentCode)).GroupBy(m => m.SegmentCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Code, c => c.Count, cancellationToken);
        var fit = (await db.ModelFits.InUseAsync(cancellationToken))?.Id;
        return TypedResults.Ok(
            rules.Select(r => RuleSegmentResponse.From(r, counts.GetValueOrDefault(r.Code), fit)).ToList());
    }

    public static async Task<Results<Ok<RuleSegmentResponse>, NotFound>> Get(
        string code, SegmentationDbContext db, CancellationToken cancellationToken)
    {
        var rule = await db.RuleSegments.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        return rule is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(RuleSegmentResponse.From(
                rule, await db.Memberships.CountAsync(m => m.SegmentCode == code, cancellationToken),
                (await db.ModelFits.InUseAsync(cancellationToken))?.Id));
    }

    public static async Task<Results<NoContent, NotFound>> Delete(
        string code, RuleSegments segments, CancellationToken cancellationToken) =>
        await segments.DeleteAsync(code, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
