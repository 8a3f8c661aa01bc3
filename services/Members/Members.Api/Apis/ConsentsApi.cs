using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Members.Api.Application;
using Loyalty.Members.Api.Domain.Consents;
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
        api.MapGet("/me/consents", GetOwnConsents)
            .WithSummary("The calling member's current consent per channel and purpose.");
        api.MapGet("/{id:guid}/consents", GetConsents)
            .WithSummary("Current consent per channel and purpose: members see only their own.");
        api.MapGet("/me/consents/history", GetOwnConsentHistory)
            .WithSummary("Every consent decision of the calling member, newest first: the evidence.");
        api.MapGet("/{id:guid}/consents/history", GetConsentHistory)
            .WithSummary("Every consent decision of a member with time, channel, purpose, granted and source, newest "
                + "first: the evidence PIPL asks for (staff of her home store, admins, the member herself).");
        api.MapPut("/me/consents", ChangeOwnConsents).WithSummary("The calling member grants or withdraws consent.");
        api.MapPut("/{id:guid}/consents", ChangeConsents)
            .WithSummary("Grant or withdraw consent per channel and purpose; each change is kept with its time and "
                + "source and published (MemberConsentChanged).");
        return app;
    }

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult>> GetOwnConsents(
        ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken) =>
        user.MemberId() is { } own ? await GetConsents(own, user, db, cancellationToken) : TypedResults.NotFound();

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult, ValidationProblem>>
        ChangeOwnConsents(
            ConsentChangeRequest request,
            ClaimsPrincipal user,
            ChangeConsent change,
            CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await ChangeConsents(own, request, user, change, cancellationToken)
            : TypedResults.NotFound();

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

        return TypedResults.Ok(ConsentResponse.ForAll(await db.LatestConsentsAsync(id, cancellationToken)));
    }

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult>> GetOwnConsentHistory(
        ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken) =>
        user.MemberId() is { } own
            ? await GetConsentHistory(own, user, db, cancellationToken)
            : TypedResults.NotFound();

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult>> GetConsentHistory(
        Guid id, ClaimsPrincipal user, MembersDbContext db, CancellationToken cancellationToken)
    {
        var store = await db.Members.Where(m => m.Id == id).Select(m => m.HomeStoreId)
            .FirstOrDefaultAsync(cancellationToken);
        if (store is null)
        {
            return TypedResults.NotFound();
        }

        if (user.MemberId() != id && !(user.IsStaffOrAdmin() && StoreScope.MayRead(user, store)))
        {
            return TypedResults.Forbid();
        }

        var history = await db.Consents.AsNoTracking().Where(r => r.MemberId == id).OrderByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(history.Select(ConsentResponse.From).ToArray());
    }

    public static async Task<Results<Ok<ConsentResponse[]>, NotFound, ForbidHttpResult, ValidationProblem>>
        ChangeConsents(
            Guid id,
            ConsentChangeRequest request,
            ClaimsPrincipal user,
            ChangeConsent change,
            CancellationToken cancellationToken)
    {
        if (!user.MaySee(id))
        {
            return TypedResults.Forbid();
        }

        var byTheMember = user.MemberId() is not null;
        return await change.HandleAsync(id, request, byTheMember, cancellationToken) switch
        {
            ChangeConsent.Outcome.Changed(var latest) => TypedResults.Ok(ConsentResponse.ForAll(latest)),
            ChangeConsent.Outcome.Invalid(var errors) => TypedResults.ValidationProblem(errors),
            ChangeConsent.Outcome.NotFound => TypedResults.NotFound(),
            var other => throw new UnreachableException($"Unmapped outcome {other}"),
        };
    }
}
