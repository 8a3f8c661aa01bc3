using System.Text.Json.Serialization;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Api.Domain.Models;

/// <summary>What one fit attempt found: each purchase-count model, and Gamma-Gamma (stored as JSON).</summary>
/// <param name="PurchaseModels">BG/NBD, MBG/NBD and Pareto/NBD: fit, verdict and held-out comparison.</param>
/// <param name="Spend">Gamma-Gamma's fit and verdict.</param>
public sealed record FitReport(IReadOnlyList<PurchaseModelReport> PurchaseModels, SpendFitReport Spend);

/// <summary>One purchase-count model in a fit attempt.</summary>
/// <param name="Model">Its name: bg-nbd, mbg-nbd or pareto-nbd.</param>
/// <param name="Fit">Its fit on the whole history.</param>
/// <param name="HeldOut">Its fit on the history before the held-out period, and its predictions there.</param>
/// <param name="Refusal">Why it may not be used (the full fit's, the calibration fit's or the held-out error's
/// reason); null when usable.</param>
public sealed record PurchaseModelReport(
    string Model, ModelEstimates Fit, HeldOutReport HeldOut, FitRefusal? Refusal)
{
    [JsonIgnore]
    public bool Usable => Refusal is null;
}

/// <summary>A fit's estimates and the optimiser's state.</summary>
/// <param name="Parameters">Each parameter with its standard error and 95 % interval (r, alpha, a, b; Pareto/NBD
/// r, alpha, s, beta; Gamma-Gamma p, q, v); empty when the fit was refused before optimising.</param>
/// <param name="LogLikelihood">The log-likelihood at the optimum.</param>
/// <param name="Customers">Customers it was fitted on.</param>
/// <param name="Converged">Whether the optimiser converged.</param>
/// <param name="Iterations">The optimiser's iterations.</param>
/// <param name="GradientNorm">The gradient's norm at the optimum.</param>
/// <param name="Refusal">Why this fit may not be used; null when sound.</param>
public sealed record ModelEstimates(
    IReadOnlyList<ParameterEstimate> Parameters, double LogLikelihood, int Customers, bool Converged,
    int Iterations, double GradientNorm, FitRefusal? Refusal)
{
    public static ModelEstimates From(PurchaseModelFit fit) => new(
        fit.Parameters, fit.LogLikelihood, fit.Customers, fit.Converged, fit.Iterations, fit.GradientNorm,
        fit.Refusal);

    public static ModelEstimates From(SpendModelFit fit) => new(
        fit.Parameters, fit.LogLikelihood, fit.Customers, fit.Converged, fit.Iterations, fit.GradientNorm,
        fit.Refusal);

    /// <summary>The engine's fit back, to predict from.</summary>
    public PurchaseModelFit ToPurchaseFit(PurchaseModel model, int repeatBuyers) => new(
        model, Parameters, LogLikelihood, Customers, repeatBuyers, Converged, Iterations, GradientNorm, Refusal);

    public double this[string name] => Parameters.Single(p => p.Name == name).Value;
}

/// <summary>A model's predictions for the held-out period against what the members did.</summary>
/// <param name="CalibrationFit">The fit on the history before the held-out period.</param>
/// <param name="Customers">Members who had bought before the held-out period.</param>
/// <param name="Duration">The held-out period's length, in weeks.</param>
/// <param name="ActualTotal">Purchases they made in it.</param>
/// <param name="PredictedTotal">Purchases the model predicted for it.</param>
/// <param name="MeanAbsoluteError">Mean |predicted − actual| per member.</param>
/// <param name="RelativeTotalError">|predicted − actual| / actual of the totals.</param>
/// <param name="ByFrequency">Per calibration frequency 0 … 6 and 7 or more: members, mean actual and mean
/// predicted purchases in the held-out period.</param>
public sealed record HeldOutReport(
    ModelEstimates CalibrationFit, int Customers, double Duration, double ActualTotal, double PredictedTotal,
    double MeanAbsoluteError, double RelativeTotalError, IReadOnlyList<FrequencyGroupComparison> ByFrequency)
{
    public static HeldOutReport From(HeldOutComparison c) => new(
        ModelEstimates.From(c.CalibrationFit), c.Customers, c.Duration, c.ActualTotal, c.PredictedTotal,
        c.MeanAbsoluteError, c.RelativeTotalError, c.ByFrequency);
}

/// <summary>Gamma-Gamma's fit in an attempt (on the members with a repeat purchase).</summary>
/// <param name="Fit">Its estimates and verdict.</param>
public sealed record SpendFitReport(ModelEstimates Fit)
{
    public GammaGammaParameters ToParameters() => new(Fit["p"], Fit["q"], Fit["v"]);
}
