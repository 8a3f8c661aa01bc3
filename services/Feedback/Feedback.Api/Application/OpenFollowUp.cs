using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.Feedback.Api.Infrastructure;

namespace Loyalty.Feedback.Api.Application;

/// <summary>
/// Opens a follow-up task inside the caller's transaction: an answer that needs one, a campaign's request, an
/// operator's task. The caller has found the store (her home store, else the invitation's).
/// </summary>
public sealed class OpenFollowUp(FeedbackDbContext db)
{
    public FollowUpTask Open(FollowUpOpening opening, DateTimeOffset now)
    {
        var task = FollowUpTask.Open(opening, now);
        db.FollowUps.Add(task);
        return task;
    }
}
