using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Apis;

/// <summary>
/// A member's data rights (PIPL arts. 45, 47): her requests for her data or its erasure, the staff queue, the
/// admins' decisions, and the archive (docs/privacy.md). Marketing gets none of these.
/// </summary>
public static class DataRequestsApi
{
    public static IEndpointRouteBuilder MapDataRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Data requests").RequireAuthorization(Policies.Authenticated);

        api.MapPost("/me/data-requests", RequestOwn)
            .WithSummary("The calling member asks for her data (Export) or its erasure (Erasure); one open per kind.");
        api.MapGet("/me/data-requests", ListOwn).WithSummary("The calling member's data requests, newest first.");
        api.MapGet("/me/data-requests/{id:guid}/archive", DownloadOwn)
            .WithSummary("The calling member's archive, once: again, or after Privacy:ArchiveValidHours, 410.");
        api.MapPost("/{memberId:guid}/data-requests", RequestOnBehalf).RequireAuthorization(Policies.Staff)
            .WithSummary("Staff of her home store (or an admin) ask on a member's behalf.");
        api.MapGet("/{memberId:guid}/data-requests", ListOfMember).RequireAuthorization(Policies.Staff)
            .WithSummary("A member's data requests, newest first (staff of her home store, admins).");
        api.MapGet("/data-requests", Queue).RequireAuthorization(Policies.Staff)
            .WithSummary("The queue of data requests, newest first, by status and kind (front desk: their stores' "
                + "members), paged (page from 1, pageSize up to 100).");
        api.MapGet("/data-requests/{id:guid}", GetOne).RequireAuthorization(Policies.Staff)
            .WithSummary("One data request with each service's progress.");
        api.MapPost("/data-requests/{id:guid}/confirm", Confirm).RequireAuthorization(Policies.Admin)
            .WithSummary("Confirm an erasure with a reason: her data is erased in every service.");
        api.MapPost("/data-requests/{id:guid}/decline", Decline).RequireAuthorization(Policies.Admin)
            .WithSummary("Decline an erasure with a reason.");
        api.MapGet("/data-requests/{id:guid}/archive", DownloadOnBehalf).RequireAuthorization(Policies.Admin)
            .WithSummary("An admin downloads the archive on her behalf, once (audited).");
        return app;
    }

    public static async Task<Results<Accepted<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>>
        RequestOwn(
            DataRequestCreation creation,
            ClaimsPrincipal user,
            RequestMemberData requestData,
            CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await RequestAsync(own, creation, DataRequest.ByTheMember, requestData, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Accepted<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>>
        RequestOnBehalf(
            Guid memberId,
            DataRequestCreation creation,
            ClaimsPrincipal user,
            MembersDbContext db,
            RequestMemberData requestData,
            CancellationToken cancellationToken)
    {
        if (await HomeStoreAsync(db, memberId, cancellationToken) is not { } store)
        {
            return TypedResults.NotFound();
        }

        return StoreScope.Refuses(user, store, "memberId") is { } refused
            ? refused
            : await RequestAsync(memberId, creation, StaffId(user), requestData, cancellationToken);
    }

    public static async Task<Results<Ok<DataRequestResponse[]>, NotFound>> ListOwn(
        ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken) =>
        user.MemberId() is { } own && await HomeStoreAsync(db, own, cancellationToken) is not null
            ? TypedResults.Ok(await RequestsOfAsync(db, own, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<DataRequestResponse[]>, NotFound, ProblemHttpResult>> ListOfMember(
        Guid memberId, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken) =>
        await HomeStoreAsync(db, memberId, cancellationToken) switch
        {
            null => TypedResults.NotFound(),
            var store when StoreScope.RefusesReading(user, store, "memberId") is { } refused => refused,
            _ => TypedResults.Ok(await RequestsOfAsync(db, memberId, cancellationToken)),
        };

    public static async Task<Results<Ok<DataRequestResponse[]>, ValidationProblem>> Queue(
        string? status,
        string? kind,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        MembersDbContext db,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, maxSize: 100, out var errors);
        var wantedStatus = EnumQuery.Read<DataRequestStatus>(status, "status", errors);
        var wantedKind = EnumQuery.Read<DataRequestKind>(kind, "kind", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var requests = db.DataRequests.AsNoTracking().Include(r => r.Services).AsQueryable();
        if (StoreScope.ReadableStores(user) is { } stores)
        {
            requests = requests.Where(r =>
                db.Members.Any(m => m.Id == r.MemberId && stores.Contains(m.HomeStoreId)));
        }

        if (wantedStatus is { } s)
        {
            requests = requests.Where(r => r.Status == s);
        }

        if (wantedKind is { } k)
        {
            requests = requests.Where(r => r.Kind == k);
        }

        var found = await requests.OrderByDescending(r => r.RequestedAt).Skip(paging.Offset).Take(paging.Size)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(found.Select(DataRequestResponse.From).ToArray());
    }

    public static async Task<Results<Ok<DataRequestResponse>, NotFound, ProblemHttpResult>> GetOne(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        var request = await db.DataRequests.AsNoTracking().Include(r => r.Services)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return TypedResults.NotFound();
        }

        var store = await HomeStoreAsync(db, request.MemberId, cancellationToken);
        return StoreScope.RefusesReading(user, store, "id") is { } refused
            ? refused
            : TypedResults.Ok(DataRequestResponse.From(request));
    }

    public static async Task<Results<Ok<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Confirm(
        Guid id, ErasureDecision decision, ClaimsPrincipal user, ConfirmErasure confirm, CancellationToken ct) =>
        Decided(await confirm.HandleAsync(id, StaffId(user), decision.Reason, ct));

    public static async Task<Results<Ok<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Decline(
        Guid id, ErasureDecision decision, ClaimsPrincipal user, DeclineErasure decline, CancellationToken ct) =>
        Decided(await decline.HandleAsync(id, StaffId(user), decision.Reason, ct));

    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> DownloadOwn(
        Guid id, ClaimsPrincipal user, DownloadArchive download, CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? Archive(await download.HandleAsync(id, own, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> DownloadOnBehalf(
        Guid id, DownloadArchive download, CancellationToken cancellationToken) =>
        Archive(await download.HandleAsync(id, memberId: null, cancellationToken));

    private static async Task<Results<Accepted<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>>
        RequestAsync(
            Guid memberId,
            DataRequestCreation creation,
            string requestedBy,
            RequestMemberData requestData,
            CancellationToken cancellationToken)
    {
        if (creation.Kind is not { } kind)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["kind"] = ["kind is Export or Erasure."] });
        }

        return await requestData.HandleAsync(memberId, kind, requestedBy, creation.Reason, cancellationToken) switch
        {
            RequestMemberData.Outcome.Requested(var request) => TypedResults.Accepted(
                $"/api/members/data-requests/{request.Id}", DataRequestResponse.From(request)),
            RequestMemberData.Outcome.AlreadyOpen(var open) => Conflict(
                $"An {open.Kind} request of this member is still open ({open.Status}).", "kind"),
            RequestMemberData.Outcome.Erased => Conflict("This member's data has been erased.", "memberId"),
            RequestMemberData.Outcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            RequestMemberData.Outcome.NotFound => TypedResults.NotFound(),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }

    private static Results<Ok<DataRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult> Decided(
        DecisionOutcome outcome) => outcome switch
        {
            DecisionOutcome.Decided(var request) => TypedResults.Ok(DataRequestResponse.From(request)),
            DecisionOutcome.Refused(var why) => Conflict(why, "id"),
            DecisionOutcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            DecisionOutcome.NotFound => TypedResults.NotFound(),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };

    private static Results<FileContentHttpResult, NotFound, ProblemHttpResult> Archive(
        DownloadArchive.Outcome outcome) => outcome switch
        {
            DownloadArchive.Outcome.Archive(var json, var request) => TypedResults.File(
                Encoding.UTF8.GetBytes(json), "application/json", $"member-data-{request.Id}.json"),
            DownloadArchive.Outcome.NotReady => Conflict("The archive is not ready yet.", "id"),
            DownloadArchive.Outcome.Gone(var status) => TypedResults.Problem(
                statusCode: StatusCodes.Status410Gone,
                title: status == DataRequestStatus.Downloaded
                    ? "The archive was downloaded already; ask again for a new one."
                    : "The archive has expired; ask again for a new one.",
                extensions: new Dictionary<string, object?> { ["field"] = "id" }),
            DownloadArchive.Outcome.NotFound => TypedResults.NotFound(),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };

    private static ProblemHttpResult Conflict(string title, string field) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: title,
        extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>The staff user who asks or decides (the token's subject).</summary>
    private static string StaffId(ClaimsPrincipal user) => user.FindFirstValue("sub") ?? "staff";

    private static Task<string?> HomeStoreAsync(MembersDbContext db, Guid memberId, CancellationToken ct) =>
        db.Members.Where(m => m.Id == memberId).Select(m => m.HomeStoreId).FirstOrDefaultAsync(ct);

    private static async Task<DataRequestResponse[]> RequestsOfAsync(
        MembersDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        (await db.DataRequests.AsNoTracking().Include(r => r.Services).Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken))
        .Select(DataRequestResponse.From).ToArray();
}
