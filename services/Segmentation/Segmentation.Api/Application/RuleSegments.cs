using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Segments;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Operators' rule segments. The preview counts the members the rule's filter selects; saving fills the segment
/// with the same filter in the same kind of query (and publishes SegmentEntered for each member), so the saved size
/// is the previewed count when nothing changed in between. Deleting publishes SegmentLeft for each member.
/// Both writes hold the scoring lock exclusively, so event handlers do not change memberships meanwhile.
/// </summary>
public sealed class RuleSegments(SegmentationDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public Task<int> PreviewAsync(RuleCriteria criteria, CancellationToken cancellationToken) =>
        MembersMeeting(RuleSegmentRules.Normalize(criteria)).CountAsync(cancellationToken);

    /// <summary>The saved segment and its size; null when the code is taken.</summary>
    public Task<(RuleSegment Segment, int Size)?> CreateAsync(
        string slug, string name, RuleCriteria criteria, CancellationToken cancellationToken) =>
        db.RunAsync<(RuleSegment, int)?>(
            async ct =>
            {
                var segment = RuleSegment.Define(slug, name, criteria, timeProvider.GetUtcNow());
                await SegmentationLocks.TakeScoringExclusiveAsync(db, ct);
                if (await db.RuleSegments.AnyAsync(s => s.Code == segment.Code, ct))
                {
                    return null;
                }

                db.RuleSegments.Add(segment);
                audit.Record(segment, AuditActions.Created);
                await db.SaveChangesAsync(ct);
                var members = await MembersMeeting(segment.Criteria).Select(m => m.Id).ToListAsync(ct);
                await MembershipWriter.ApplyAsync(
                    db, members.Select(id => (id, segment.Definition)).ToList(), [], timeProvider.GetUtcNow(), ct);
                return (segment, members.Count);
            },
            cancellationToken);

    /// <summary>False when there is no such segment.</summary>
    public Task<bool> DeleteAsync(string code, CancellationToken cancellationToken) =>
        db.RunAsync(
            async ct =>
            {
                await SegmentationLocks.TakeScoringExclusiveAsync(db, ct);
                var segment = await db.RuleSegments.FirstOrDefaultAsync(s => s.Code == code, ct);
                if (segment is null)
                {
                    return false;
                }

                var members = await db.Memberships.AsNoTracking().Where(m => m.SegmentCode == code)
                    .Select(m => m.MemberId).ToListAsync(ct);
                await MembershipWriter.ApplyAsync(
                    db, [], members.Select(id => (id, segment.Definition)).ToList(), timeProvider.GetUtcNow(), ct);
                db.RuleSegments.Remove(segment);
                audit.Record(segment, AuditActions.Deleted);
                return true;
            },
            cancellationToken);

    private IQueryable<SegmentMember> MembersMeeting(RuleCriteria criteria) =>
        RuleFilter.Apply(db.Members.AsNoTracking(), criteria, ClinicTime.Today(timeProvider));
}
