namespace Loyalty.Feedback.Api.Domain.Invitations;

/// <summary>
/// Whether a member may be invited at <c>dueAt</c>: not when another invitation of hers (scheduled, sent or answered)
/// is due within minDaysBetweenInvitations of it; not without consent for the channel and Feedback.
/// </summary>
public static class InvitationRules
{
    public static SkipReason? Refuses(
        DateTimeOffset dueAt,
        IEnumerable<DateTimeOffset> othersDueAt,
        int minDaysBetweenInvitations,
        bool consented)
    {
        var window = TimeSpan.FromDays(minDaysBetweenInvitations);
        if (othersDueAt.Any(other => (other - dueAt).Duration() < window))
        {
            return SkipReason.TooSoon;
        }

        return consented ? null : SkipReason.NoConsent;
    }

    /// <summary>The statuses that count as "she was (or will be) invited".</summary>
    public static IReadOnlyList<InvitationStatus> Counting { get; } =
        [InvitationStatus.Scheduled, InvitationStatus.Sent, InvitationStatus.Answered];
}
