using Loyalty.BuildingBlocks.Messaging;
using Loyalty.Contracts.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Privacy;

/// <summary>
/// How a service answers the two privacy requests inside its consumer's transaction (docs/privacy.md): one export part
/// per request, and an erasure done once per member that answers every request for it.
/// </summary>
public static class PrivacyRequestAnswers
{
    /// <summary>Stages the service's part (<see cref="DataExportJson"/>) of the export <paramref name="request"/> asks.</summary>
    public static void AddExportPart<TPart>(
        this IIntegrationEventOutbox outbox,
        MemberDataExportRequested request,
        string service,
        TPart part,
        DateTimeOffset now) =>
        outbox.Add(new MemberDataExportPartProduced(
            request.RequestId, request.MemberId, service, DataExportJson.Serialize(part), now)
        {
            OccurredAt = now,
        });

    /// <summary>
    /// Erases the member once: the first request runs <paramref name="erase"/> (the service's own removals), records
    /// her in erased_members and deletes her published events; every request, a repeat too, is answered with
    /// MemberErased at the first erasure's time.
    /// </summary>
    public static async Task EraseOnceAsync(
        this DbContext db,
        IIntegrationEventOutbox outbox,
        MemberErasureRequested request,
        string service,
        DateTimeOffset now,
        Func<CancellationToken, Task> erase,
        CancellationToken cancellationToken)
    {
        var earlier = await db.Set<ErasedMember>().FindAsync([request.MemberId], cancellationToken);
        if (earlier is null)
        {
            await erase(cancellationToken);
            db.Add(new ErasedMember { MemberId = request.MemberId, RequestId = request.RequestId, ErasedAt = now });
            await db.DeletePublishedEventsAboutAsync(request.MemberId, cancellationToken);
        }

        outbox.Add(new MemberErased(request.RequestId, request.MemberId, service, earlier?.ErasedAt ?? now)
        {
            OccurredAt = now,
        });
    }
}
