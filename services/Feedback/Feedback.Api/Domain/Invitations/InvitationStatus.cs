namespace Loyalty.Feedback.Api.Domain.Invitations;

/// <summary>
/// Where an invitation is: Scheduled (to go out at DueAt), Sent (its link works until ExpiresAt), Answered,
/// Skipped (never sent: <see cref="SkipReason"/>), Cancelled (the purchase it followed was refunded in full before it
/// went out, or the member's data was erased before she answered).
/// Members see Sent as Open or Expired.
/// </summary>
public enum InvitationStatus
{
    Scheduled,
    Sent,
    Answered,
    Skipped,
    Cancelled,
}

/// <summary>Why an invitation was not sent.</summary>
public enum SkipReason
{
    /// <summary>She was invited less than minDaysBetweenInvitations before.</summary>
    TooSoon,

    /// <summary>No consent for the channel and the Feedback purpose.</summary>
    NoConsent,

    /// <summary>The survey it names does not exist (settings and requests are checked, so this is a safeguard).</summary>
    NoSurvey,
}

/// <summary>Why she was invited.</summary>
public enum InvitationSource
{
    Purchase,
    Campaign,
    Operator,
}
