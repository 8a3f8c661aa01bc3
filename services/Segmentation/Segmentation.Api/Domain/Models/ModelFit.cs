namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>
/// One attempt to fit the purchase models on the members' histories up to a clinic day, accepted or refused. Every
/// purchase-count model is fitted and checked on a held-out period (<see cref="Report"/>); the usable one with the
/// smallest held-out error is <see cref="ChosenModel"/>, and the attempt is accepted when there is one and
/// Gamma-Gamma is sound too. Only an accepted attempt's predictions are written; a refused one leaves the previous
/// accepted fit in use. Recency, T and the horizon are in <see cref="TimeUnit"/> (weeks); spend in CNY.
/// </summary>
public sealed class ModelFit
{
    public long Id { get; init; }

    public DateTimeOffset FittedAt { get; init; }

    public DateOnly CalibrationEnd { get; init; }

    public required string TimeUnit { get; init; }

    public int Customers { get; init; }

    /// <summary>Customers with a repeat purchase, on whom Gamma-Gamma is fitted.</summary>
    public int ReturningCustomers { get; init; }

    /// <summary>Whether predictions are written from this fit.</summary>
    public bool Accepted { get; init; }

    /// <summary>Why the attempt was refused (null when accepted): each model's reason.</summary>
    public string? Refusal { get; init; }

    /// <summary>The purchase model whose predictions are used ("bg-nbd", …); null when none was usable.</summary>
    public string? ChosenModel { get; init; }

    /// <summary>Why that model: its held-out error against the others'.</summary>
    public string? Choice { get; init; }

    /// <summary>The length of the held-out period, in weeks before <see cref="CalibrationEnd"/>.</summary>
    public int HeldOutWeeks { get; init; }

    /// <summary>Every model's fit, uncertainty, verdict and held-out comparison, and Gamma-Gamma's.</summary>
    public required FitReport Report { get; init; }

    /// <summary>The chosen model's fit (null when none was chosen).</summary>
    public PurchaseModelReport? Chosen =>
        Report.PurchaseModels.FirstOrDefault(m => m.Model == ChosenModel);
}
