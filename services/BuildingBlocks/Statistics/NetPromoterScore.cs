namespace Loyalty.BuildingBlocks.Statistics;

/// <summary>
/// Net Promoter Score of a set of 0–10 answers: 100 × (promoters − detractors) / answers, in points from −100 to 100,
/// with a 95 % interval (docs/kpis.md). Each answer scores +1 (9–10), 0 (7–8) or −1 (0–6); NPS is 100 × their mean,
/// and its standard error is 100 × √(variance / n) with variance = p₊ + p₋ − (p₊ − p₋)² (the variance of that score).
/// The interval is NPS ± 1.96 standard errors, clipped to [−100, 100]. With no answers there is no score.
/// </summary>
public sealed record NetPromoterScore(int Promoters, int Passives, int Detractors)
{
    /// <summary>The lowest score that counts as a promoter, and the highest that counts as a detractor.</summary>
    public const int LowestPromoter = 9, HighestDetractor = 6;

    private const double Z95 = 1.96;

    public int Answers => Promoters + Passives + Detractors;

    public double? Score => Answers == 0 ? null : 100.0 * (Promoters - Detractors) / Answers;

    public double? Lower95 => Score is { } score ? Math.Max(-100, score - Margin95) : null;

    public double? Upper95 => Score is { } score ? Math.Min(100, score + Margin95) : null;

    private double Margin95
    {
        get
        {
            double promoters = (double)Promoters / Answers, detractors = (double)Detractors / Answers;
            var variance = promoters + detractors - Math.Pow(promoters - detractors, 2);
            return Z95 * 100 * Math.Sqrt(variance / Answers);
        }
    }

    /// <summary>Counts the answers (each 0–10) into the three groups.</summary>
    public static NetPromoterScore Of(IEnumerable<int> answers)
    {
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var answer in answers)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(answer);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(answer, 10);
            _ = answer >= LowestPromoter ? promoters++ : answer <= HighestDetractor ? detractors++ : passives++;
        }

        return new NetPromoterScore(promoters, passives, detractors);
    }

    /// <summary>Which group a 0–10 answer puts the member in.</summary>
    public static Contracts.Feedback.NpsGroup GroupOf(int answer) => answer switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(answer), answer, "An NPS answer is 0 to 10."),
        >= LowestPromoter => Contracts.Feedback.NpsGroup.Promoter,
        <= HighestDetractor => Contracts.Feedback.NpsGroup.Detractor,
        _ => Contracts.Feedback.NpsGroup.Passive,
    };
}
