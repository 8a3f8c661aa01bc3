using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loyalty.BuildingBlocks.Auditing;

public sealed class AuditTrail<TContext>(
    TContext dbContext, IHttpContextAccessor httpContextAccessor, TimeProvider timeProvider)
    : IAuditTrail
    where TContext : DbContext
{
    /// <summary>The actor of work that no caller asked for: a job, an event.</summary>
    public const string System = "system";

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 16,
    };

    public void Record(object entity, string action)
    {
        var entry = dbContext.Entry(entity);
        var key = entry.Metadata.FindPrimaryKey()?.Properties ?? [];
        var entityId = string.Join("/", key.Select(p => entry.Property(p.Name).CurrentValue));
        var before = entry.State is EntityState.Added or EntityState.Detached ? null : Values(entry.OriginalValues);
        var after = entry.State is EntityState.Deleted ? null : Values(entry.CurrentValues);
        Stage(entry.Metadata.ClrType.Name, entityId, action, before, after);
    }

    public void Record(string entity, string entityId, string action, object? before, object? after) =>
        Stage(entity, entityId, action, before, after);

    private void Stage(string entity, string entityId, string action, object? before, object? after)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        dbContext.Set<AuditEntry>().Add(new AuditEntry
        {
            OccurredAt = timeProvider.GetUtcNow(),
            ActorSubject = user?.FindFirstValue("sub") ?? System,
            ActorRoles = user?.FindAll("role").Select(c => c.Value).ToList() is { Count: > 0 } roles
                ? string.Join(",", roles)
                : null,
            ClientId = user?.FindFirstValue("client_id"),
            Entity = entity,
            EntityId = entityId,
            Action = action,
            // The correlation middleware has set the header (the gateway's id, or one it made).
            CorrelationId = http?.Request.Headers[CorrelationIds.HeaderName].ToString() is { Length: > 0 } header
                ? header
                : Activity.Current?.GetBaggageItem(CorrelationIds.BaggageKey),
            ClientIp = http is null ? null : ClientAddress.Of(http),
            Before = Json(before),
            After = Json(after),
        });
    }

    private static Dictionary<string, object?> Values(PropertyValues values) =>
        values.Properties.ToDictionary(p => p.Name, p => values[p]);

    private static string? Json(object? snapshot) =>
        snapshot is null
            ? null
            : PersonalDataMask.Apply(JsonSerializer.SerializeToNode(snapshot, snapshot.GetType(), SnapshotJson))
                ?.ToJsonString();
}

public static class AuditTrail
{
    /// <summary>
    /// A trail for work outside any request (a command-line tool, a benchmark, a test driving a use case directly):
    /// its entries name the actor "system".
    /// </summary>
    public static IAuditTrail WithoutRequest<TContext>(TContext dbContext, TimeProvider timeProvider)
        where TContext : DbContext =>
        new AuditTrail<TContext>(dbContext, new HttpContextAccessor(), timeProvider);
}
