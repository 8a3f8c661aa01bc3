using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loyalty.Segmentation.Api.Apis;

public static class SegmentsApi
{
    private const int MaxFitHistory = 100;

    public static IEndpointRouteBuilder MapSegmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/segments").WithTags("Segments").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/", ListSegments).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("Every segment (lifecycle layers and flags, RFM groups, rule segments) with its member count; "
                + "storeId counts only the members of that home store.");
        api.MapGet("/{code}/members", GetSegmentMembers).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("A segment's members, paged (page from 1, pageSize up to 100); storeId: one home store's.");
        api.MapGet("/{code}/members.csv", ExportSegmentMembers).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("A segment's members as CSV, streamed (member id and the scores Segmentation holds; no "
                + "phone or name); storeId: one home store's.")
            .Produces(StatusCodes.Status200OK, contentType: SegmentMemberCsv.ContentType);
        api.MapGet("/members/me", GetOwnScores)
            .WithSummary("The calling member's scores, layer, predictions and segments.");
        api.MapGet("/members/{memberId:guid}", GetMemberScores)
            .WithSummary("A member's scores, layer, predictions and segments: members see only their own.");
        api.MapPost("/recompute", Recompute).RequireAuthorization(Policies.Operations)
            .WithSummary("Rescore every member now (as the nightly run does) and publish the segment changes.");
        api.MapPost("/models/refit", Refit).RequireAuthorization(Policies.Operations)
            .WithSummary("Refit BG/NBD, MBG/NBD, Pareto/NBD and Gamma-Gamma on the purchase histories now, check each "
                + "on the held-out period, and keep the best usable model; accepted, every member is predicted "
                + "from it, refused (the reasons in the answer), the previous accepted fit stays in use.");
        api.MapGet("/models/latest", LatestFit).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("The model fit in use (parameters with standard errors and 95 % intervals per model, the "
                + "held-out comparison, the chosen model and why), and the newest attempt when it was refused.");
        api.MapGet("/models", FitHistory).RequireAuthorization(Policies.StaffOrMarketing)
            .WithSummary("Every fit attempt, newest first (limit 1 to 100, default 20), accepted or refused with "
                + "the reasons.");
        return app;
    }

    /// <param name="storeId" example="SH-JINGAN-01">Count only the members whose home store this is.</param>
    public static async Task<Results<Ok<List<SegmentSummary>>, ValidationProblem>> ListSegments(
        string? storeId, SegmentationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var store = StoreQuery.Read(storeId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var counts = await MembershipsAt(db, store).GroupBy(m => m.SegmentCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Code, c => c.Count, cancellationToken);
        var rules = await db.RuleSegments.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var segments = BuiltInSegments.All.Concat(rules.Select(r => r.Definition))
            .Select(s => new SegmentSummary(s.Code, s.Name, s.Kind, counts.GetValueOrDefault(s.Code))).ToList();
        return TypedResults.Ok(segments);
    }

    /// <param name="code" example="lifecycle-dormant">The segment's code (GET /api/segments lists them).</param>
    /// <param name="storeId" example="SH-JINGAN-01">Only the members whose home store this is.</param>
    public static async Task<Results<Ok<SegmentMemberPage>, NotFound, ValidationProblem>> GetSegmentMembers(
        string code, int? page, int? pageSize, string? storeId, SegmentationDbContext db,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);
        var store = StoreQuery.Read(storeId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await SegmentExistsAsync(code, db, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var members = MembershipsAt(db, store).AsNoTracking().Where(m => m.SegmentCode == code);
        var total = await members.CountAsync(cancellationToken);
        var rows = await members.OrderBy(m => m.MemberId).Skip(paging.Offset).Take(paging.Size)
            .Join(db.Members, s => s.MemberId, m => m.Id, (s, m) => new { s.EnteredAt, Member = m })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(r => new SegmentMemberEntry(
                r.Member.Id, r.EnteredAt, r.Member.Layer?.ToString(), r.Member.R, r.Member.F, r.Member.M,
                r.Member.Spend, r.Member.Clv))
            .ToList();
        return TypedResults.Ok(new SegmentMemberPage(code, paging.Page, paging.Size, total, entries));
    }

    /// <param name="code" example="lifecycle-dormant">The segment's code (GET /api/segments lists them).</param>
    /// <param name="storeId" example="SH-JINGAN-01">Only the members whose home store this is.</param>
    public static async Task<Results<PushStreamHttpResult, NotFound, ValidationProblem>> ExportSegmentMembers(
        string code, string? storeId, SegmentationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var store = StoreQuery.Read(storeId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!await SegmentExistsAsync(code, db, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // Rows go out as they are read: a segment of 100,000 members is never held in memory.
        var rows = MembershipsAt(db, store).AsNoTracking().Where(s => s.SegmentCode == code)
            .OrderBy(s => s.MemberId)
            .Join(db.Members.AsNoTracking(), s => s.MemberId, m => m.Id, (s, m) => new { s.EnteredAt, Member = m })
            .Select(r => SegmentMemberCsv.Line(r.Member, r.EnteredAt))
            .AsAsyncEnumerable();
        return TypedResults.Stream(
            stream => SegmentMemberCsv.WriteAsync(stream, rows, cancellationToken),
            SegmentMemberCsv.ContentType,
            fileDownloadName: $"{code}-members.csv");
    }

    public static async Task<Results<Ok<MemberSegmentsResponse>, NotFound, ForbidHttpResult>> GetOwnScores(
        ClaimsPrincipal user,
        SegmentationDbContext db,
        IOptions<SegmentationOptions> options,
        CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await GetMemberScores(own, user, db, options, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<MemberSegmentsResponse>, NotFound, ForbidHttpResult>> GetMemberScores(
        Guid memberId,
        ClaimsPrincipal user,
        SegmentationDbContext db,
        IOptions<SegmentationOptions> options,
        CancellationToken cancellationToken)
    {
        if (!user.MaySee(memberId))
        {
            return TypedResults.Forbid();
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        var segments = await db.Memberships.Where(m => m.MemberId == memberId).OrderBy(m => m.SegmentCode)
            .Select(m => m.SegmentCode).ToListAsync(cancellationToken);
        return TypedResults.Ok(MemberSegmentsResponse.From(member, segments, options.Value.PredictionHorizonDays));
    }

    public static async Task<Ok<RecomputeOutcome>> Recompute(
        FullRecompute recompute, CancellationToken cancellationToken) =>
        TypedResults.Ok(await recompute.RecomputeAsync(cancellationToken));

    public static async Task<Ok<RefitResponse>> Refit(RefitModelsNow refit, CancellationToken cancellationToken) =>
        await refit.HandleAsync(cancellationToken) switch
        {
            RefitNowOutcome.Refitted done => TypedResults.Ok(new RefitResponse(done.Fit, done.Skipped, done.Recompute)),
            RefitNowOutcome.Refused refused => TypedResults.Ok(new RefitResponse(refused.Fit, refused.Skipped, null)),
            _ => throw new UnreachableException(),
        };

    /// <returns>404 before the first attempt.</returns>
    public static async Task<Results<Ok<LatestModelsResponse>, NotFound>> LatestFit(
        SegmentationDbContext db, CancellationToken cancellationToken)
    {
        var newest = await db.ModelFits.AsNoTracking().OrderByDescending(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (newest is null)
        {
            return TypedResults.NotFound();
        }

        var inUse = newest.Accepted ? newest : await db.ModelFits.InUseAsync(cancellationToken);
        return TypedResults.Ok(new LatestModelsResponse(
            inUse is null ? null : ModelFitResponse.From(inUse),
            newest.Accepted ? null : ModelFitResponse.From(newest)));
    }

    /// <param name="limit" example="20">How many attempts, newest first (1 to 100; default 20).</param>
    public static async Task<Results<Ok<List<ModelFitResponse>>, ValidationProblem>> FitHistory(
        int? limit, SegmentationDbContext db, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxFitHistory)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be 1 to {MaxFitHistory}."],
            });
        }

        var fits = await db.ModelFits.AsNoTracking().OrderByDescending(f => f.Id).Take(limit ?? 20)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(fits.Select(ModelFitResponse.From).ToList());
    }

    private static async Task<bool> SegmentExistsAsync(
        string code, SegmentationDbContext db, CancellationToken cancellationToken) =>
        BuiltInSegments.Find(code) is not null
        || await db.RuleSegments.AnyAsync(r => r.Code == code, cancellationToken);

    /// <summary>Every membership, or those of the members whose home store is <paramref name="store"/>.</summary>
    private static IQueryable<SegmentMembership> MembershipsAt(SegmentationDbContext db, string? store) =>
        store is null
            ? db.Memberships
            : db.Memberships.Where(s => db.Members.Any(m => m.Id == s.MemberId && m.HomeStoreId == store));
}
