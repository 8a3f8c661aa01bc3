namespace Loyalty.Contracts.Feedback;

/// <summary>
/// A member answered a survey invitation (once per invitation). The scores are those the survey asked; a question it
/// did not ask, or one she skipped, is null. Nps is 0–10 with its NpsGroup; the satisfaction scores are 1–5 about the
/// treatment, the clinic and the advisor. StoreId, TreatmentCategory and AdvisorId say what the invitation was about
/// (the purchase it followed; the member's home store for a campaign's or an operator's invitation); CampaignId the
/// campaign that invited her, if one did. Free-text answers stay in the Feedback service.
/// </summary>
public sealed record SurveyAnswered(
    Guid AnswerId,
    Guid InvitationId,
    Guid MemberId,
    string SurveyCode,
    int SurveyVersion,
    string? StoreId,
    string? TreatmentCategory,
    string? AdvisorId,
    Guid? CampaignId,
    int? Nps,
    NpsGroup? NpsGroup,
    int? TreatmentSatisfaction,
    int? ClinicSatisfaction,
    int? AdvisorSatisfaction,
    DateTimeOffset AnsweredAt) : IntegrationEvent;
