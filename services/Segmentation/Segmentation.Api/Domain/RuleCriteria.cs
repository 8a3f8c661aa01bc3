using Loyalty.Contracts;

namespace Loyalty.Segmentation.Api.Domain;

/// <summary>
/// An operator's rule: every criterion given must hold (AND); a list matches any of its entries (OR). Ages in whole
/// years on the clinic calendar; spend in CNY net of refunds; points the current balance; R/F/M scores 1–5; CLV the
/// latest prediction (members without one do not match a CLV bound).
/// </summary>
public sealed record RuleCriteria
{
    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    public IReadOnlyList<Gender>? Genders { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<Tier>? Tiers { get; init; }

    public IReadOnlyList<string>? Stores { get; init; }

    public decimal? MinSpend { get; init; }

    public decimal? MaxSpend { get; init; }

    public long? MinPoints { get; init; }

    public long? MaxPoints { get; init; }

    public int? MinRecencyScore { get; init; }

    public int? MaxRecencyScore { get; init; }

    public int? MinFrequencyScore { get; init; }

    public int? MaxFrequencyScore { get; init; }

    public int? MinMonetaryScore { get; init; }

    public int? MaxMonetaryScore { get; init; }

    public decimal? MinClv { get; init; }

    public decimal? MaxClv { get; init; }
}
