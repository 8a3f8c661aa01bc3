using Loyalty.Contracts;
using Loyalty.Contracts.Feedback;
using Loyalty.ServiceDefaults;

namespace Loyalty.Segmentation.Api.Domain.Segments;

/// <summary>
/// An operator's rule: every criterion given must hold (AND); a list matches any of its entries (OR). Ages in whole
/// years on the clinic calendar; spend in CNY net of refunds; points the current balance; R/F/M scores 1–5; CLV and
/// P(alive) the predictions of the fit in use (members without one do not match such a bound, and with no accepted
/// fit such a rule is not evaluated at all: <see cref="RulePredictions"/>); NPS the member's latest answer to "would you
/// recommend us" (0–10) and its group (members who never answered do not match an NPS criterion).
/// </summary>
public sealed record RuleCriteria : IRequestExample<RuleCriteria>
{
    public static RuleCriteria Example { get; } =
        new() { MinAge = 25, MaxAge = 40, Genders = [Gender.Female], Tags = ["laser"], MinSpend = 2_000m };

    /// <summary>Youngest age, in whole years on the clinic calendar.</summary>
    public int? MinAge { get; init; }

    /// <summary>Oldest age, in whole years on the clinic calendar.</summary>
    public int? MaxAge { get; init; }

    /// <summary>Any of these genders.</summary>
    public IReadOnlyList<Gender>? Genders { get; init; }

    /// <summary>Any of these interest tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Any of these tiers.</summary>
    public IReadOnlyList<Tier>? Tiers { get; init; }

    /// <summary>Any of these home stores.</summary>
    public IReadOnlyList<string>? Stores { get; init; }

    /// <summary>Least spend in CNY, net of refunds.</summary>
    public decimal? MinSpend { get; init; }

    /// <summary>Most spend in CNY, net of refunds.</summary>
    public decimal? MaxSpend { get; init; }

    /// <summary>Least current points balance.</summary>
    public long? MinPoints { get; init; }

    /// <summary>Most current points balance.</summary>
    public long? MaxPoints { get; init; }

    /// <summary>Least R score (1–5).</summary>
    public int? MinRecencyScore { get; init; }

    /// <summary>Most R score (1–5).</summary>
    public int? MaxRecencyScore { get; init; }

    /// <summary>Least F score (1–5).</summary>
    public int? MinFrequencyScore { get; init; }

    /// <summary>Most F score (1–5).</summary>
    public int? MaxFrequencyScore { get; init; }

    /// <summary>Least M score (1–5).</summary>
    public int? MinMonetaryScore { get; init; }

    /// <summary>Most M score (1–5).</summary>
    public int? MaxMonetaryScore { get; init; }

    /// <summary>Least predicted 12-month CLV in CNY (members without a prediction do not match).</summary>
    public decimal? MinClv { get; init; }

    /// <summary>Most predicted 12-month CLV in CNY (members without a prediction do not match).</summary>
    public decimal? MaxClv { get; init; }

    /// <summary>Least P(alive), 0–1, from the fit in use (members without a prediction do not match).</summary>
    public double? MinProbabilityAlive { get; init; }

    /// <summary>Most P(alive), 0–1, from the fit in use (members without a prediction do not match).</summary>
    public double? MaxProbabilityAlive { get; init; }

    /// <summary>The group of the member's latest NPS answer: Promoter (9–10), Passive (7–8), Detractor (0–6).</summary>
    public NpsGroup? NpsGroup { get; init; }

    /// <summary>Least latest NPS answer (0–10; members who never answered do not match).</summary>
    public int? MinNps { get; init; }

    /// <summary>Most latest NPS answer (0–10; members who never answered do not match).</summary>
    public int? MaxNps { get; init; }
}
