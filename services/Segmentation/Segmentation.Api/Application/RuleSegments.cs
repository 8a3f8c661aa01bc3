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
/// Both writes hold the scoring lock exclusively, so event handlers do not change memberships meanwhile. A rule on
/// CLV or P(alive) is neither previewed nor saved while no model fit has been accepted (<see cref="RulePredictions"/>).
/// </summary>
public sealed class RuleSegments(SegmentationDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public async Task<RuleOutcome> PreviewAsync(RuleCriteria criteria, CancellationToken cancellationToken)
    {
        var normalized = RuleSegmentRules.Normalize(criteria);
        var (evaluable, fit) = await PredictionsFromAsync(normalized, cancellationToken);
        return evaluable
            ? new RuleOutcome.Counted(await MembersMeeting(normalized).CountAsync(cancellationToken), fit)
            : new RuleOutcome.Unpredicted();
    }

    /// <summary>The saved segment and its size, or why not.</summary>
    public Task<RuleOutcome> CreateAsync(
        string slug, string name, RuleCriteria criteria, CancellationToken cancellationToken) =>
        db.RunAsync<RuleOutcome>(
            async ct =>
            {
                var segment = RuleSegment.Define(slug, name, criteria, timeProvider.GetUtcNow());
                await SegmentationLocks.TakeScoringExclusiveAsync(db, ct);
                if (await db.RuleSegments.AnyAsync(s => s.Code == segment.Code, ct))
                {
                    return new RuleOutcome.CodeTaken();
                }

                var (evaluable, fit) = await PredictionsFromAsync(segment.Criteria, ct);
                if (!evaluable)
                {
                    return new RuleOutcome.Unpredicted();
                }

                db.RuleSegments.Add(segment);
                audit.Record(segment, AuditActions.Created);
                await db.SaveChangesAsync(ct);
                var members = await MembersMeeting(segment.Criteria).Select(m => m.Id).ToListAsync(ct);
                await MembershipWriter.ApplyAsync(
                    db, members.Select(id => (id, segment.Definition)).ToList(), [], timeProvider.GetUtcNow(), ct);
                return new RuleOutcome.Saved(segment, members.Count, fit);
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

    /// <summary>
    /// Whether the rule may be evaluated now, and the fit its predictions come from: a rule without CLV or P(alive)
    /// always (no fit); one with them only on the accepted fit in use.
    /// </summary>
    private async Task<(bool Evaluable, long? Fit)> PredictionsFromAsync(
        RuleCriteria criteria, CancellationToken cancellationToken)
    {
        if (!RulePredictions.Uses(criteria))
        {
            return (true, null);
        }

        var fit = await db.ModelFits.InUseAsync(cancellationToken);
        return (fit is not null, fit?.Id);
    }

    private IQueryable<SegmentMember> MembersMeeting(RuleCriteria criteria) =>
        RuleFilter.Apply(db.Members.AsNoTracking(), criteria, ClinicTime.Today(timeProvider));
}

/// <summary>How a rule's preview or save ended.</summary>
public abstract record RuleOutcome
{
    /// <summary>The members the rule selects now; PredictionsFrom the fit its CLV / P(alive) come from.</summary>
    public sealed record Counted(int Members, long? PredictionsFrom) : RuleOutcome;

    /// <summary>The saved segment and its size.</summary>
    public sealed record Saved(RuleSegment Segment, int Size, long? PredictionsFrom) : RuleOutcome;

    /// <summary>A rule segment with this code already exists.</summary>
    public sealed record CodeTaken : RuleOutcome;

    /// <summary>The rule uses CLV or P(alive) and no model fit has been accepted.</summary>
    public sealed record Unpredicted : RuleOutcome;
}
