using System.ComponentModel;
using System.Text.Json;
using Loyalty.ServiceDefaults;
using Loyalty.ServiceDefaults.Input;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.BuildingBlocks.Auditing;

/// <summary>
/// GET /api/audit/{service}: the service's audit trail for admins, newest first. Read only: there is no operation that
/// changes or removes an entry, and the table itself refuses to.
/// </summary>
public static class AuditApi
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapAuditApi<TContext>(this IEndpointRouteBuilder app, string service)
        where TContext : DbContext
    {
        app.MapGroup($"/api/audit/{service}").WithTags("Audit").RequireAuthorization(Policies.Admin)
            .MapGet("/", (string? entity, string? actor, DateTimeOffset? from, DateTimeOffset? to, int? page,
                    int? pageSize, HttpContext http, CancellationToken cancellationToken) =>
                ReadAsync(entity, actor, from, to, page, pageSize,
                    http.RequestServices.GetRequiredService<TContext>(), cancellationToken))
            .WithSummary($"The {service} service's audit trail, newest first: who changed what, when, from where, and "
                + "the change itself (personal data masked). Filter by entity, actor (subject) and time.");
        return app;
    }

    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> ReadAsync(
        string? entity,
        string? actor,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        DbContext db,
        CancellationToken cancellationToken)
    {
        var paging = PageQuery.Read(page, pageSize, MaxPageSize, out var errors);
        if (from > to)
        {
            errors["to"] = ["to must not be before from."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<AuditEntry>().AsNoTracking();
        query = entity is null ? query : query.Where(e => e.Entity == entity);
        query = actor is null ? query : query.Where(e => e.ActorSubject == actor);
        query = from is null ? query : query.Where(e => e.OccurredAt >= from.Value.ToUniversalTime());
        query = to is null ? query : query.Where(e => e.OccurredAt < to.Value.ToUniversalTime());
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.Id).Skip(paging.Offset).Take(paging.Size)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AuditPage(
            paging.Page, paging.Size, total, entries.Select(AuditEntryResponse.From).ToList()));
    }
}

/// <summary>One page of a service's audit trail, newest first.</summary>
public sealed record AuditPage(
    [property: Description("This page's number, from 1.")] int Page,
    [property: Description("Entries per page.")] int PageSize,
    [property: Description("Entries that match the filters.")] int Total,
    [property: Description("This page's entries, newest first.")] IReadOnlyList<AuditEntryResponse> Items);

/// <summary>One recorded change.</summary>
public sealed record AuditEntryResponse(
    [property: Description("The entry's number, in the order they were recorded.")] long Id,
    [property: Description("When the change was made (UTC).")] DateTimeOffset OccurredAt,
    [property: Description("Who made it: the token's subject, or \"system\" for a job or an event.")]
    string ActorSubject,
    [property: Description("The roles of the token, comma-separated.")] string? ActorRoles,
    [property: Description("The OAuth client the token was issued to (partner systems).")] string? ClientId,
    [property: Description("What kind of thing was changed (\"EarningPolicy\", \"MarketingCampaign\").")]
    string Entity,
    [property: Description("Which one: its id.")] string EntityId,
    [property: Description("What was done (\"changed\", \"activated\", \"imported\").")] string Action,
    [property: Description("The request's X-Correlation-Id, to find it in logs and traces.")] string? CorrelationId,
    [property: Description("The caller's address as the gateway saw it.")] string? ClientIp,
    [property: Description("The entity before the change (JSON, personal data masked); null for a creation.")]
    JsonElement? Before,
    [property: Description("The entity after the change (JSON, personal data masked); null for a removal.")]
    JsonElement? After)
{
    public static AuditEntryResponse From(AuditEntry entry) => new(
        entry.Id, entry.OccurredAt, entry.ActorSubject, entry.ActorRoles, entry.ClientId, entry.Entity, entry.EntityId,
        entry.Action, entry.CorrelationId, entry.ClientIp, Parse(entry.Before), Parse(entry.After));

    private static JsonElement? Parse(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
