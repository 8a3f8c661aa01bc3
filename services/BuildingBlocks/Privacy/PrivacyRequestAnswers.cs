using Loyalty.Contracts.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Privacy;

/// <summary>
/// The once-per-member part of answering <see cref="MemberErasureRequested"/> in a consumer's transaction
/// (docs/privacy.md). The service constructs its own MemberErased (the event flow table is read from the code that
/// constructs events).
/// </summary>
public static class PrivacyRequestAnswers
{
    /// <summary>
    /// Erases the member once: the first request runs <paramref name="erase"/> (the service's own removals), records
    /// her in erased_members and deletes her published events; a repeat changes nothing. Returns when she was erased
    /// (now, or the first request's time), for the MemberErased that answers every request.
    /// </summary>
    public static async Task<DateTimeOffset> EraseOnceAsync(
        this DbContext db,
        MemberErasureRequested request,
        DateTimeOffset now,
        Func<CancellationToken, Task> erase,
        CancellationToken cancellationToken)
    {
        if (await db.Set<ErasedMember>().FindAsync([request.MemberId], cancellationToken) is { } earlier)
        {
            return earlier.ErasedAt;
        }

        await erase(cancellationToken);
        db.Add(new ErasedMember { MemberId = request.MemberId, RequestId = request.RequestId, ErasedAt = now });
        await db.DeletePublishedEventsAboutAsync(request.MemberId, cancellationToken);
        return now;
    }
}
