using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Time;
using Loyalty.Segmentation.Api.Domain;
using Loyalty.Segmentation.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loyalty.Segmentation.Api.Services;

/// <summary>
/// Operators' rule segments. The preview counts the members the rule's filter selects; saving fills the segment
/// with the same filter in the same kind of query (and publishes SegmentEntered for each member), so the saved size
/// is the previewed count when nothing changed in between. Deleting publishes SegmentLeft for each member.
/// Both writes hold the scoring lock exclusively, so event handlers do not change memberships meanwhile.
/// </summary>
public sealed class RuleSegments(SegmentationDbContext db, TimeProvider timeProvider)
{
    public Task<int> PreviewAsync(RuleCriteria criteria, CancellationToken cancellationToken) =>
        RuleFilter.Apply(db.Members.AsNoTracking(), RuleSegmentRules.Normalize(criteria), ClinicTime.Today(timeProvider)).CountAsync(cancellationToken);

    /// <summary>The saved segment and its size; null when the code is taken.</summary>
    public async Task<(RuleSegment Segment, int Size)?> CreateAsync(string slug, string name, RuleCriteria criteria, CancellationToken cancellationToken)
    {
        var segment = new RuleSegment
        {
            Code = RuleSegment.CodePrefix + slug,
            Name = name.Trim(),
            Criteria = RuleSegmentRules.Normalize(criteria),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SegmentationLocks.TakeScoringExclusiveAsync(db, cancellationToken);
        if (await db.RuleSegments.AnyAsync(s => s.Code == segment.Code, cancellationToken))
        {
            return null;
        }

        db.RuleSegments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        var members = await RuleFilter.Apply(db.Members.AsNoTracking(), segment.Criteria, ClinicTime.Today(timeProvider)).Select(m => m.Id).ToListAsync(cancellationToken);
        await MembershipWriter.ApplyAsync(
            db, members.Select(id => (id, segment.Definition)).ToList(), [], timeProvider.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (segment, members.Count);
    }

    /// <summary>False when there is no such segment.</summary>
    public async Task<bool> DeleteAsync(string code, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SegmentationLocks.TakeScoringExclusiveAsync(db, cancellationToken);
        var segment = await db.RuleSegments.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (segment is null)
        {
            return false;
        }

        var members = await db.Memberships.AsNoTracking().Where(m => m.SegmentCode == code).Select(m => m.MemberId).ToListAsync(cancellationToken);
        await MembershipWriter.ApplyAsync(
            db, [], members.Select(id => (id, segment.Definition)).ToList(), timeProvider.GetUtcNow(), cancellationToken);
        db.RuleSegments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
