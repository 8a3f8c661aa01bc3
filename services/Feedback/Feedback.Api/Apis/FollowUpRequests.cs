using Loyalty.Feedback.Api.Domain.FollowUps;
using Loyalty.ServiceDefaults;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>A follow-up an operator opens.</summary>
/// <param name="MemberId">The member to call (the task goes to her home store).</param>
/// <param name="Reason">Why (up to 500 characters).</param>
/// <param name="DueOn">The clinic date it is due; default followUpDueDays from today.</param>
/// <param name="AssignedTo">Who calls (a staff member's user name), if decided.</param>
/// <param name="Note">A note for whoever calls (up to 2000 characters).</param>
public sealed record FollowUpRequest(
    Guid MemberId, string Reason, DateOnly? DueOn = null, string? AssignedTo = null, string? Note = null)
    : IRequestExample<FollowUpRequest>
{
    public static FollowUpRequest Example { get; } =
        new(Guid.Parse("0196a1d2-0000-7000-8000-000000000001"), "Asked about her laser course results");

    public Dictionary<string, string[]> Problems()
    {
        var errors = Fields.Missing(("reason", Reason));
        if (MemberId == Guid.Empty)
        {
            errors["memberId"] = ["memberId is required."];
        }

        if (Reason is not null && string.IsNullOrWhiteSpace(Reason))
        {
            errors["reason"] = ["Say why she is to be called."];
        }

        return errors;
    }
}

/// <summary>Who calls her.</summary>
/// <param name="AssignedTo">A staff member's user name (up to 64 characters); "" to unassign.</param>
public sealed record AssigneeRequest(string AssignedTo) : IRequestExample<AssigneeRequest>
{
    public static AssigneeRequest Example { get; } = new("desk.li");

    public Dictionary<string, string[]> Missing() => Fields.Missing(("assignedTo", AssignedTo));

    /// <summary>The assignee, or null for "nobody".</summary>
    public string? Assignee => AssignedTo.Trim() is { Length: > 0 } name ? name : null;
}

/// <summary>How the call went.</summary>
/// <param name="Outcome">Reached, NotReached (stays open), Resolved or Complaint.</param>
/// <param name="Note">What was said (up to 2000 characters).</param>
public sealed record OutcomeRequest(FollowUpOutcome? Outcome, string? Note = null) : IRequestExample<OutcomeRequest>
{
    public static OutcomeRequest Example { get; } = new(FollowUpOutcome.Reached, "Happy with the second session");

    public Dictionary<string, string[]> Missing() => Fields.Missing(("outcome", Outcome));
}

/// <summary>A follow-up task.</summary>
/// <param name="Id">The task's id.</param>
/// <param name="MemberId">The member to call.</param>
/// <param name="StoreId">The store that calls (her home store).</param>
/// <param name="Reason">Why.</param>
/// <param name="Source">Detractor, LowSatisfaction, Campaign or Operator.</param>
/// <param name="InvitationId">The answered invitation that opened it.</param>
/// <param name="CampaignId">The campaign that asked for it.</param>
/// <param name="DueOn">The clinic date it is due.</param>
/// <param name="Overdue">Open and past its due date.</param>
/// <param name="AssignedTo">Who calls.</param>
/// <param name="Status">Open or Closed.</param>
/// <param name="Outcome">The last call's outcome.</param>
/// <param name="Note">The note.</param>
/// <param name="NotReachedAttempts">Calls that did not reach her.</param>
/// <param name="CreatedAt">When it was opened.</param>
/// <param name="ClosedAt">When it was closed.</param>
public sealed record FollowUpResponse(
    Guid Id,
    Guid MemberId,
    string StoreId,
    string Reason,
    FollowUpSource Source,
    Guid? InvitationId,
    Guid? CampaignId,
    DateOnly DueOn,
    bool Overdue,
    string? AssignedTo,
    FollowUpStatus Status,
    FollowUpOutcome? Outcome,
    string? Note,
    int NotReachedAttempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt)
{
    public static FollowUpResponse From(FollowUpTask t, DateOnly today) => new(
        t.Id, t.MemberId, t.StoreId, t.Reason, t.Source, t.InvitationId, t.CampaignId, t.DueOn, t.IsOverdue(today),
        t.AssignedTo, t.Status, t.Outcome, t.Note, t.NotReachedAttempts, t.CreatedAt, t.ClosedAt);
}
