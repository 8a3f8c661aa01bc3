using Loyalty.Feedback.Api.Application;

namespace Loyalty.Feedback.Api.Apis;

/// <summary>Feedback results of a period.</summary>
/// <param name="Overall">Every answer and invitation the filters take.</param>
/// <param name="Groups">By the groupBy key (store, category or advisor), when asked.</param>
/// <param name="Trend">By week (Monday) or month, when asked.</param>
/// <param name="FollowUps">The follow-up tasks opened in the period.</param>
public sealed record ResultsResponse(
    ScoreResponse Overall,
    IReadOnlyList<GroupScoreResponse> Groups,
    IReadOnlyList<PeriodScoreResponse> Trend,
    FollowUpFigures FollowUps)
{
    public static ResultsResponse From(FeedbackResults results) => new(
        ScoreResponse.From(results.Overall),
        [.. results.Groups.Select(g => GroupScoreResponse.From(g.Key, g.Score))],
        [.. results.Trend.Select(t => PeriodScoreResponse.From(t.PeriodStart, t.Score))],
        results.FollowUps);
}

/// <summary>One set of answers' figures.</summary>
/// <param name="Answers">Answers.</param>
/// <param name="Invitations">Invitations sent.</param>
/// <param name="ResponseRate">Answers ÷ invitations sent; null with none sent.</param>
/// <param name="Promoters">NPS answers 9–10.</param>
/// <param name="Passives">NPS answers 7–8.</param>
/// <param name="Detractors">NPS answers 0–6.</param>
/// <param name="Nps">100 × (promoters − detractors) ÷ NPS answers; null with none.</param>
/// <param name="NpsLower95">Lower end of its 95 % interval.</param>
/// <param name="NpsUpper95">Upper end of its 95 % interval.</param>
/// <param name="TreatmentSatisfaction">Mean treatment satisfaction (1–5).</param>
/// <param name="ClinicSatisfaction">Mean clinic satisfaction (1–5).</param>
/// <param name="AdvisorSatisfaction">Mean advisor satisfaction (1–5).</param>
public record ScoreResponse(
    int Answers,
    int Invitations,
    double? ResponseRate,
    int Promoters,
    int Passives,
    int Detractors,
    double? Nps,
    double? NpsLower95,
    double? NpsUpper95,
    double? TreatmentSatisfaction,
    double? ClinicSatisfaction,
    double? AdvisorSatisfaction)
{
    public static ScoreResponse From(FeedbackScore score) => new(
        score.Answers, score.Invitations, score.ResponseRate, score.Nps.Promoters, score.Nps.Passives,
        score.Nps.Detractors, Round(score.Nps.Score), Round(score.Nps.Lower95), Round(score.Nps.Upper95),
        score.TreatmentSatisfaction, score.ClinicSatisfaction, score.AdvisorSatisfaction);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>A group's figures: the key and the score's fields.</summary>
public sealed record GroupScoreResponse : ScoreResponse
{
    private GroupScoreResponse(string key, ScoreResponse score)
        : base(score) => Key = key;

    /// <summary>The store, category or advisor ("" for answers without one).</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public string Key { get; }

    public static GroupScoreResponse From(string key, FeedbackScore score) => new(key, ScoreResponse.From(score));
}

/// <summary>A period's figures: its start and the score's fields.</summary>
public sealed record PeriodScoreResponse : ScoreResponse
{
    private PeriodScoreResponse(DateOnly periodStart, ScoreResponse score)
        : base(score) => PeriodStart = periodStart;

    /// <summary>The week's Monday or the month's first day.</summary>
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    public DateOnly PeriodStart { get; }

    public static PeriodScoreResponse From(DateOnly start, FeedbackScore score) =>
        new(start, ScoreResponse.From(score));
}
