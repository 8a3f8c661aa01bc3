using Loyalty.Contracts;

namespace Loyalty.Feedback.Api.Domain.Invitations;

/// <summary>
/// One member asked (or to be asked) one survey: what it is about (the purchase's store, treatment category and
/// advisor, or the campaign), when it goes out, its personal link (only the token's SHA-256 is kept) and whether it
/// was answered.
/// </summary>
public sealed class SurveyInvitation
{
    private SurveyInvitation()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public string SurveyCode { get; private set; } = "";

    /// <summary>The version asked: the survey's latest when the invitation went out.</summary>
    public int? SurveyVersion { get; private set; }

    public InvitationSource Source { get; private set; }

    public string? StoreId { get; private set; }

    public string? TreatmentCategory { get; private set; }

    public string? AdvisorId { get; private set; }

    public Guid? PurchaseId { get; private set; }

    public Guid? CampaignId { get; private set; }

    /// <summary>The request it answers (SurveyInvitationRequested, a segment send), so a repeat invites once.</summary>
    public Guid? RequestId { get; private set; }

    public Channel Channel { get; private set; }

    public InvitationStatus Status { get; private set; }

    public SkipReason? SkipReason { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public byte[]? TokenHash { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static SurveyInvitation Schedule(InvitationRequest request, Channel channel, DateTimeOffset dueAt,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MemberId = request.MemberId,
        SurveyCode = request.SurveyCode,
        Source = request.Source,
        StoreId = request.StoreId,
        TreatmentCategory = request.TreatmentCategory,
        AdvisorId = request.AdvisorId,
        PurchaseId = request.PurchaseId,
        CampaignId = request.CampaignId,
        RequestId = request.RequestId,
        Channel = channel,
        Status = InvitationStatus.Scheduled,
        DueAt = dueAt,
        CreatedAt = now,
    };

    public void Skip(SkipReason reason) => (Status, SkipReason) = (InvitationStatus.Skipped, reason);

    /// <summary>Goes out now with the version asked and the link's hash; the link works until expiresAt.</summary>
    public void Send(int surveyVersion, byte[] tokenHash, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if (Status != InvitationStatus.Scheduled)
        {
            throw new InvalidOperationException($"Invitation {Id} is {Status}, not scheduled.");
        }

        (Status, SurveyVersion, TokenHash, SentAt, ExpiresAt) =
            (InvitationStatus.Sent, surveyVersion, tokenHash, now, expiresAt);
    }

    /// <summary>A refunded purchase's invitation that has not gone out yet is not sent.</summary>
    public bool CancelIfScheduled()
    {
        if (Status != InvitationStatus.Scheduled)
        {
            return false;
        }

        Status = InvitationStatus.Cancelled;
        return true;
    }

    /// <summary>
    /// Her personal data was erased: an invitation not yet answered is cancelled, whether it went out or not, so its
    /// link stops working (a withdrawn link answers as gone).
    /// </summary>
    public bool Withdraw()
    {
        if (Status is not (InvitationStatus.Scheduled or InvitationStatus.Sent))
        {
            return false;
        }

        Status = InvitationStatus.Cancelled;
        return true;
    }

    public bool IsExpired(DateTimeOffset now) => Status == InvitationStatus.Sent && now >= ExpiresAt;

    /// <summary>Whether she may answer now: sent, not answered, not expired.</summary>
    public AnswerRefusal? RefusesAnswer(DateTimeOffset now) => Status switch
    {
        InvitationStatus.Answered => AnswerRefusal.AlreadyAnswered,
        InvitationStatus.Sent when now >= ExpiresAt => AnswerRefusal.Expired,
        InvitationStatus.Sent => null,
        InvitationStatus.Cancelled when SentAt is not null => AnswerRefusal.Expired,
        _ => AnswerRefusal.NotSent,
    };

    public void Answered(DateTimeOffset now) => (Status, AnsweredAt) = (InvitationStatus.Answered, now);

    /// <summary>What members see: Open until it expires, Expired after, or Answered.</summary>
    public string MemberStatus(DateTimeOffset now) => Status switch
    {
        InvitationStatus.Answered => "Answered",
        InvitationStatus.Sent when now >= ExpiresAt => "Expired",
        InvitationStatus.Sent => "Open",
        _ => Status.ToString(),
    };
}

/// <summary>Why an answer is refused.</summary>
public enum AnswerRefusal
{
    AlreadyAnswered,
    Expired,
    NotSent,
}

/// <summary>Who is to be invited to what, and what it is about.</summary>
public sealed record InvitationRequest(
    Guid MemberId,
    string SurveyCode,
    InvitationSource Source,
    string? StoreId = null,
    string? TreatmentCategory = null,
    string? AdvisorId = null,
    Guid? PurchaseId = null,
    Guid? CampaignId = null,
    Guid? RequestId = null);
