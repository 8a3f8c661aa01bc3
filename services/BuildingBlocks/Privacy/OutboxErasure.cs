using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Privacy;

/// <summary>
/// Published outbox rows keep the event's JSON, which may name the member (MemberRegistered's phone, a message's
/// variables). An erasure deletes the published ones about her; unpublished ones still go out (their effects are the
/// books'), and the consumers' erased-members check keeps them from bringing her data back.
/// </summary>
public static class OutboxErasure
{
    /// <summary>Deletes this service's published events whose memberId is hers; the number deleted.</summary>
    public static Task<int> DeletePublishedEventsAboutAsync(
        this DbContext db,
        Guid memberId,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            DELETE FROM outbox_messages
            WHERE "PublishedAt" IS NOT NULL AND "Payload"->>'memberId' = {memberId.ToString()}
            """, cancellationToken);
}
