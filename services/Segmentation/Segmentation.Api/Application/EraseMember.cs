using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Contracts.Privacy;
using Loyalty.Segmentation.Api.Infrastructure;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Erases what Segmentation keeps of a member: the profile copy (gender, birth date, tags, her NPS answer) is
/// cleared and she leaves every segment, each with its SegmentLeft, and enters none again; her purchases, scores and
/// predictions stay under her id, which names nobody once the rest is gone. Runs in the consumer's inbox transaction;
/// a second request for an erased member changes nothing but answers again.
/// </summary>
public sealed class EraseMember(
    SegmentationDbContext db,
    MemberRecompute recompute,
    IIntegrationEventOutbox outbox,
    TimeProvider timeProvider)
{
    public async Task HandleAsync(MemberErasureRequested request, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var erasedAt = await db.EraseOnceAsync(request, now, async ct =>
        {
            await recompute.ChangeAsync(request.MemberId, member => member.Erase(), ct);
        }, cancellationToken);

        outbox.Add(new MemberErased(request.RequestId, request.MemberId, ExportMemberData.Service, erasedAt)
        {
            OccurredAt = now,
        });
    }
}
