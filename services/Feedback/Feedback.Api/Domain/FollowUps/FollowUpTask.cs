namespace Loyalty.Feedback.Api.Domain.FollowUps;

/// <summary>
/// A care follow-up (回访) for a member at her home store: why, due when, who calls, and how it ended. NotReached keeps
/// it open for another try and counts the attempt; any other outcome closes it.
/// </summary>
public sealed class FollowUpTask
{
    public const int MaxReasonLength = 500, MaxNoteLength = 2000, MaxAssigneeLength = 64;

    private FollowUpTask()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public string StoreId { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public FollowUpSource Source { get; private set; }

    public Guid? InvitationId { get; private set; }

    public Guid? CampaignId { get; private set; }

    /// <summary>The FollowUpRequested it answers, so a repeated request opens one task.</summary>
    public Guid? RequestId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? AssignedTo { get; private set; }

    public FollowUpStatus Status { get; private set; }

    public FollowUpOutcome? Outcome { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Calls that did not reach her.</summary>
    public int NotReachedAttempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static FollowUpTask Open(FollowUpOpening opening, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberId = opening.MemberId,
        StoreId = opening.StoreId,
        Reason = opening.Reason,
        Source = opening.Source,
        InvitationId = opening.InvitationId,
        CampaignId = opening.CampaignId,
        RequestId = opening.RequestId,
        DueOn = opening.DueOn,
        AssignedTo = opening.AssignedTo,
        Note = opening.Note,
        Status = FollowUpStatus.Open,
        CreatedAt = now,
    };

    public bool IsOverdue(DateOnly today) => Status == FollowUpStatus.Open && DueOn < today;

    public void Assign(string? assignedTo) => AssignedTo = assignedTo;

    /// <summary>False when it is closed already.</summary>
    public bool Record(FollowUpOutcome outcome, string? note, DateTimeOffset now)
    {
        if (Status == FollowUpStatus.Closed)
        {
            return false;
        }

        (Outcome, Note) = (outcome, note ?? Note);
        if (outcome == FollowUpOutcome.NotReached)
        {
            NotReachedAttempts++;
        }
        else
        {
            (Status, ClosedAt) = (FollowUpStatus.Closed, now);
        }

        return true;
    }
}

public enum FollowUpStatus
{
    Open,
    Closed,
}

public enum FollowUpOutcome
{
    Reached,
    NotReached,
    Resolved,
    Complaint,
}

/// <summary>What opened the task.</summary>
public enum FollowUpSource
{
    Detractor,
    LowSatisfaction,
    Campaign,
    Operator,
}

/// <summary>A task to open: for whom, where, why, due when.</summary>
public sealed record FollowUpOpening(
    Guid MemberId,
    string StoreId,
    string Reason,
    FollowUpSource Source,
    DateOnly DueOn,
    Guid? InvitationId = null,
    Guid? CampaignId = null,
    Guid? RequestId = null,
    string? AssignedTo = null,
    string? Note = null);
