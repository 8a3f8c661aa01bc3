namespace Loyalty.Segmentation.Api.Domain.Scoring;

/// <summary>
/// What scoring one member needs of the rest of the base (the other members with a purchase): how many there are,
/// their total spend, how many are strictly worse than the member on each of R, F and M, and the two spends at
/// ranks k−1 and k from the top (k = ⌈n/10⌉ over the whole base), for the VIP threshold. Top spends are descending.
/// </summary>
public sealed record PopulationStats(
    int Others, decimal OthersSpend, int WorseRecency, int FewerPurchases, int LowerSpend, IReadOnlyList<decimal> TopSpends);
