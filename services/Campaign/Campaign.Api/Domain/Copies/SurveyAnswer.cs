namespace Loyalty.Campaign.Api.Domain.Copies;

/// <summary>
/// A survey answer heard from Feedback (SurveyAnswered), for the KPI report's feedback block: the NPS answer (0–10)
/// and the treatment and clinic satisfaction (1–5), each null when the survey did not ask or she skipped it. Kept as
/// it was heard, once per answer.
/// </summary>
public sealed class SurveyAnswer
{
    private SurveyAnswer()
    {
    }

    public Guid AnswerId { get; private set; }

    public Guid MemberId { get; private set; }

    /// <summary>The campaign whose survey action invited her, if one did.</summary>
    public Guid? CampaignId { get; private set; }

    public int? Nps { get; private set; }

    public int? TreatmentSatisfaction { get; private set; }

    public int? ClinicSatisfaction { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public static SurveyAnswer Heard(
        Guid answerId, Guid memberId, Guid? campaignId, int? nps, int? treatmentSatisfaction, int? clinicSatisfaction,
        DateTimeOffset answeredAt) => new()
    {
        AnswerId = answerId, MemberId = memberId, CampaignId = campaignId, Nps = nps,
        TreatmentSatisfaction = treatmentSatisfaction, ClinicSatisfaction = clinicSatisfaction,
        AnsweredAt = answeredAt.ToUniversalTime(),
    };
}
