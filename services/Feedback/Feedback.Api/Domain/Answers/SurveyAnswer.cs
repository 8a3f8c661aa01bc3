using Loyalty.BuildingBlocks.Statistics;
using Loyalty.Contracts.Feedback;
using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;

namespace Loyalty.Feedback.Api.Domain.Answers;

/// <summary>
/// A member's answer to one invitation (one per invitation), with the version she was asked and what the invitation
/// was about, so results can be read by store, treatment category and advisor.
/// </summary>
public sealed class SurveyAnswer
{
    private SurveyAnswer()
    {
    }

    public Guid Id { get; private set; }

    public Guid InvitationId { get; private set; }

    public Guid MemberId { get; private set; }

    public string SurveyCode { get; private set; } = "";

    public int SurveyVersion { get; private set; }

    public string? StoreId { get; private set; }

    public string? TreatmentCategory { get; private set; }

    public string? AdvisorId { get; private set; }

    public Guid? CampaignId { get; private set; }

    public int? Nps { get; private set; }

    public int? TreatmentSatisfaction { get; private set; }

    public int? ClinicSatisfaction { get; private set; }

    public int? AdvisorSatisfaction { get; private set; }

    /// <summary>Every answer by question key (scores as numbers' text, choices as the option's key, text).</summary>
    public Dictionary<string, string> Values { get; private set; } = [];

    public DateTimeOffset AnsweredAt { get; private set; }

    public static SurveyAnswer Record(SurveyInvitation invitation, string? storeId, SurveyAnswers answers,
        DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        InvitationId = invitation.Id,
        MemberId = invitation.MemberId,
        SurveyCode = invitation.SurveyCode,
        SurveyVersion = invitation.SurveyVersion!.Value,
        StoreId = storeId,
        TreatmentCategory = invitation.TreatmentCategory,
        AdvisorId = invitation.AdvisorId,
        CampaignId = invitation.CampaignId,
        Nps = answers.Nps,
        TreatmentSatisfaction = answers.TreatmentSatisfaction,
        ClinicSatisfaction = answers.ClinicSatisfaction,
        AdvisorSatisfaction = answers.AdvisorSatisfaction,
        Values = new Dictionary<string, string>(answers.Values),
        AnsweredAt = now,
    };

    /// <summary>
    /// Her personal data was erased: the free-text answers (<paramref name="textKeys"/>, the version's Text questions)
    /// go; the scores and choices stay for the NPS and satisfaction figures.
    /// </summary>
    public void ForgetText(IReadOnlySet<string> textKeys) =>
        Values = Values.Where(v => !textKeys.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);

    public NpsGroup? NpsGroup => Nps is { } score ? NetPromoterScore.GroupOf(score) : null;

    public SurveyAnswered ToEvent() => new(
        Id, InvitationId, MemberId, SurveyCode, SurveyVersion, StoreId, TreatmentCategory, AdvisorId, CampaignId,
        Nps, NpsGroup, TreatmentSatisfaction, ClinicSatisfaction, AdvisorSatisfaction, AnsweredAt)
    {
        OccurredAt = AnsweredAt,
    };
}
