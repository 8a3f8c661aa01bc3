using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Staff or an operator opens a follow-up for a member at her home store (due followUpDueDays clinic days later
/// unless they say); front desk only at a store it acts for. The endpoint has checked the reason. A member whose data
/// was erased is unknown here.
/// </summary>
public sealed class CreateFollowUp(FeedbackDbContext db, OpenFollowUp followUps, IAuditTrail audit,
    TimeProvider timeProvider)
{
    public Task<CreateFollowUpOutcome> HandleAsync(Guid memberId, string reason, DateOnly? dueOn, string? assignedTo,
        string? note, Func<string, bool> actsFor, CancellationToken cancellationToken) =>
        db.RunAsync<CreateFollowUpOutcome>(
            async ct =>
            {
                await db.LockMemberAsync(memberId, ct);
                var homeStore = await db.Members.Where(m => m.MemberId == memberId).Select(m => m.HomeStoreId)
                    .FirstOrDefaultAsync(ct);
                if (homeStore is null || await db.IsErasedAsync(memberId, ct))
                {
                    return new CreateFollowUpOutcome.UnknownMember();
                }

                if (!actsFor(homeStore))
                {
                    return new CreateFollowUpOutcome.OtherStore();
                }

                var now = timeProvider.GetUtcNow();
                var settings = await db.SettingsAsync(timeProvider, ct);
                var task = followUps.Open(new FollowUpOpening(memberId, homeStore, reason, FollowUpSource.Operator,
                    dueOn ?? settings.FollowUpDueOn(now), AssignedTo: assignedTo, Note: note), now);
                audit.Record(task, AuditActions.Created);
                return new CreateFollowUpOutcome.Created(task);
            },
            cancellationToken);
}

/// <summary>How opening a follow-up ended.</summary>
public abstract record CreateFollowUpOutcome
{
    private CreateFollowUpOutcome()
    {
    }

    public sealed record Created(FollowUpTask Task) : CreateFollowUpOutcome;

    public sealed record UnknownMember : CreateFollowUpOutcome;

    public sealed record OtherStore : CreateFollowUpOutcome;
}
