using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Infrastructure;
using Loyalty.Feedback.Api.Infrastructure.Sql;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Staff work a follow-up: assign who calls, or record how a call went (NotReached keeps it open and counts the
/// attempt; any other outcome closes it; a closed task takes no outcome). Front desk only at its own stores.
/// </summary>
public sealed class WorkFollowUp(FeedbackDbContext db, IAuditTrail audit, TimeProvider timeProvider)
{
    public Task<WorkFollowUpOutcome> AssignAsync(Guid id, string? assignedTo, Func<string, bool> actsFor,
        CancellationToken cancellationToken) =>
        WorkAsync(id, actsFor, task =>
        {
            task.Assign(assignedTo);
            return true;
        }, cancellationToken);

    public Task<WorkFollowUpOutcome> RecordAsync(Guid id, FollowUpOutcome outcome, string? note,
        Func<string, bool> actsFor, CancellationToken cancellationToken) =>
        WorkAsync(id, actsFor, task => task.Record(outcome, note, timeProvider.GetUtcNow()), cancellationToken);

    private Task<WorkFollowUpOutcome> WorkAsync(Guid id, Func<string, bool> actsFor, Func<FollowUpTask, bool> work,
        CancellationToken cancellationToken) =>
        db.RunAsync<WorkFollowUpOutcome>(
            async ct =>
            {
                if (await db.LockFollowUpAsync(id, ct) is not { } task || !actsFor(task.StoreId))
                {
                    return new WorkFollowUpOutcome.NotFound();
                }

                if (!work(task))
                {
                    return new WorkFollowUpOutcome.Closed();
                }

                audit.Record(task, AuditActions.Changed);
                return new WorkFollowUpOutcome.Done(task);
            },
            cancellationToken);
}

/// <summary>How working a follow-up ended.</summary>
public abstract record WorkFollowUpOutcome
{
    private WorkFollowUpOutcome()
    {
    }

    public sealed record Done(FollowUpTask Task) : WorkFollowUpOutcome;

    public sealed record Closed : WorkFollowUpOutcome;

    public sealed record NotFound : WorkFollowUpOutcome;
}
