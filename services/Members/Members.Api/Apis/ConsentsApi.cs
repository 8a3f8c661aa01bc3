using System.Security.Claims;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Members.Api.Domain;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Apis;

public static class ConsentsApi
{
    public static IEndpointRouteBuilder MapConsentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/members").WithTags("Consent").RequireAuthorization(Policies.Authenticated);
        api.MapGet("/me/consents", GetOwnConsents).WithSummary("The calling member's current consent per channel and purpose.");
        api.MapGet("/{id:guid}/consents", GetConsents).WithSummary("Current consent per channel and purpose: members see only their own.");
        api.MapPut("/me/consents", ChangeOwnConsents).WithSummary("The calling member grants or withdraws consent.");
        api.MapPut("/{id:guid}/consents", ChangeConsents)
            .WithSummary("Grant or withdraw consent per channel and purpose; each change is kept with its time and source and published (MemberConsentChanged).");
        return app;
    }

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult>> GetOwnConsents(
        ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken) =>
        user.MemberId() is { } own ? await GetConsents(own, user, db, cancellationToken) : TypedResults.NotFound();

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult, ValidationProblem>> ChangeOwnConsents(
        ConsentChangeRequest request, ClaimsPrincipal user, MembersDbContext db, IIntegrationEventOutbox outbox, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        user.MemberId() is { } own ? await ChangeConsents(own, request, user, db, outbox, timeProvider, cancellationToken) : TypedResults.NotFound();

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult>> GetConsents(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        if (!await db.Members.AnyAsync(m => m.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(Current(await LatestAsync(db, id, cancellationToken)));
    }

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult, ValidationProblem>> ChangeConsents(
        Guid id,
        ConsentChangeRequest request,
        ClaimsPrincipal user,
        MembersDbContext db,
        IIntegrationEventOutbox outbox,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var (choices, source, errors) = ConsentRules.Validate(request, user.MemberId() is null ? "front-desk" : "app");
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The member row is the lock: two changes at once cannot both think they are the first decision.
        var locked = await db.Members.FromSql($"""SELECT * FROM members WHERE "Id" = {id} FOR UPDATE""").AnyAsync(cancellationToken);
        if (!locked)
        {
            return TypedResults.NotFound();
        }

        var latest = await LatestAsync(db, id, cancellationToken);
        var changes = ConsentRules.Changes(id, latest, choices, source, timeProvider.GetUtcNow()).ToList();
        foreach (var (record, changed) in changes)
        {
            db.Consents.Add(record);
            outbox.Add(changed);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // What was just recorded wins over what was there: no need to read it all back.
        return TypedResults.Ok(Current([.. changes.Select(c => c.Record), .. latest]));
    }

    private static async Task<List<ConsentRecord>> LatestAsync(MembersDbContext db, Guid memberId, CancellationToken cancellationToken) =>
        (await db.Consents.AsNoTracking().Where(r => r.MemberId == memberId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken))
            .DistinctBy(r => (r.Channel, r.Purpose))
            .ToList();

    private static ConsentResponse[] Current(List<ConsentRecord> latest) =>
        ConsentRules.All
            .Select(pair => latest.FirstOrDefault(r => r.Channel == pair.Channel && r.Purpose == pair.Purpose) is { } r
                ? new ConsentResponse(r.Channel, r.Purpose, r.Granted, r.Source, r.ChangedAt)
                : new ConsentResponse(pair.Channel, pair.Purpose, false, null, null))
            .ToArray();
}
