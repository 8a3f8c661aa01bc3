using Loyalty.BuildingBlocks.Statistics;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// The KPI report's feedback block: the survey answers of treated and of held-out members, given after they were
/// reached and before the campaign's end (or now); docs/kpis.md.
/// </summary>
/// <param name="Treated">The treated members' answers.</param>
/// <param name="Holdout">The held-out members' answers.</param>
public sealed record FeedbackKpis(FeedbackScore Treated, FeedbackScore Holdout)
{
    public static FeedbackKpis None { get; } = new(FeedbackScore.None, FeedbackScore.None);
}

/// <summary>One group's survey answers: NPS with its 95 % interval, and the mean satisfaction scores.</summary>
/// <param name="Answers">Survey answers counted.</param>
/// <param name="Nps">Net Promoter Score, −100 to 100, of the answers with an NPS question; null without one.</param>
/// <param name="NpsLower95">Lower end of the NPS's 95 % interval.</param>
/// <param name="NpsUpper95">Upper end of the NPS's 95 % interval.</param>
/// <param name="TreatmentSatisfaction">Mean treatment satisfaction (1–5) of the answers that gave one.</param>
/// <param name="ClinicSatisfaction">Mean clinic satisfaction (1–5) of the answers that gave one.</param>
public sealed record FeedbackScore(
    int Answers,
    double? Nps,
    double? NpsLower95,
    double? NpsUpper95,
    double? TreatmentSatisfaction,
    double? ClinicSatisfaction)
{
    public static FeedbackScore None { get; } = new(0, null, null, null, null, null);

    public static FeedbackScore Of(
        int answers, NetPromoterScore nps, double? treatmentSatisfaction, double? clinicSatisfaction) => new(
        answers, Round(nps.Score), Round(nps.Lower95), Round(nps.Upper95), Round(treatmentSatisfaction),
        Round(clinicSatisfaction));

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;
}
