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

    /// <summary>
    /// A campaign asks for a call while this one is still open: one call covers both, so the task takes the campaign
    /// (its reason added, the earlier due date kept) rather than the store calling her twice.
    /// </summary>
    public void Join(Guid? campaignId, string reason, DateOnly dueOn)
    {
        CampaignId ??= campaignId;
        var joined = Reason.Contains(reason, StringComparison.Ordinal) ? Reason : $"{Reason} · {reason}";
        Reason = joined.Length > MaxReasonLength ? joined[..MaxReasonLength] : joined;
        DueOn = dueOn < DueOn ? dueOn : DueOn;
    }

    /// <summary>What an operator's own words about an erased member become.</summary>
    public const string ErasedReason = "（会员资料已注销）";

    /// <summary>
    /// Her personal data was erased: the desk's note goes, and so does the reason when an operator wrote it (an
    /// answer's or a campaign's reason names only scores and the campaign). Status and outcome stay for the figures.
    /// </summary>
    public void ForgetNotes()
    {
        Note = null;
        if (Source == FollowUpSource.Operator)
        {
            Reason = ErasedReason;
        }
    }

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
