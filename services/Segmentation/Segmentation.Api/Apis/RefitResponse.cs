using Loyalty.Segmentation.Api.Application;
using Loyalty.Segmentation.Api.Domain.Models;

namespace Loyalty.Segmentation.Api.Apis;

/// <summary>
/// A refit: the attempt, accepted or refused and why, how many members it left out (data the models cannot take), and
/// the recompute that predicted from it (none when refused: the previous accepted fit stays in use).
/// </summary>
/// <param name="Accepted">Whether predictions are now written from this fit.</param>
/// <param name="Refusal">Why it was refused; null when accepted.</param>
/// <param name="Fit">The attempt: every model's estimates, verdict and held-out comparison.</param>
/// <param name="Skipped">Members the fit left out because the models cannot take their data.</param>
/// <param name="Recompute">The recompute of every member that predicted from it; null when refused.</param>
public sealed record RefitResponse(
    bool Accepted, string? Refusal, ModelFitResponse Fit, int Skipped, RecomputeOutcome? Recompute)
{
    public RefitResponse(ModelFit fit, int skipped, RecomputeOutcome? recompute)
        : this(fit.Accepted, fit.Refusal, ModelFitResponse.From(fit), skipped, recompute)
    {
    }
}

/// <summary>The fit predictions come from, and the newest attempt when it was refused.</summary>
/// <param name="InUse">The latest accepted fit; null when none has been accepted (no predictions).</param>
/// <param name="LatestAttempt">The newest attempt when it was refused (null when it is the fit in use).</param>
public sealed record LatestModelsResponse(ModelFitResponse? InUse, ModelFitResponse? LatestAttempt);

/// <summary>
/// One attempt to fit the purchase models on the members' histories up to a clinic day, accepted or refused. Recency,
/// T and the held-out duration are in timeUnit (weeks); spend in CNY. Numbers the fit could not give (a standard
/// error where the Hessian is singular, a relative error when nothing was bought) are null.
/// </summary>
/// <param name="Id">The attempt's number (later attempts have higher numbers).</param>
/// <param name="FittedAt">When it was fitted (UTC).</param>
/// <param name="CalibrationEnd">The last clinic day of the histories it was fitted on.</param>
/// <param name="TimeUnit">The unit of recency, T and durations: weeks.</param>
/// <param name="Customers">Members with purchases it was fitted on.</param>
/// <param name="ReturningCustomers">Members with a repeat purchase, on whom Gamma-Gamma is fitted.</param>
/// <param name="Accepted">Whether predictions are written from it.</param>
/// <param name="Refusal">Why it was refused: each model's reason; null when accepted.</param>
/// <param name="ChosenModel">The purchase model used (bg-nbd, mbg-nbd, pareto-nbd); null when none was usable.</param>
/// <param name="Choice">Why that model: its held-out error against the others'.</param>
/// <param name="HeldOutWeeks">The held-out period: the last this many weeks before calibrationEnd.</param>
/// <param name="PurchaseModels">Each purchase-count model's fit, verdict and held-out comparison.</param>
/// <param name="GammaGamma">Gamma-Gamma's fit (spend per purchase) and verdict.</param>
public sealed record ModelFitResponse(
    long Id, DateTimeOffset FittedAt, DateOnly CalibrationEnd, string TimeUnit, int Customers,
    int ReturningCustomers, bool Accepted, string? Refusal, string? ChosenModel, string? Choice, int HeldOutWeeks,
    IReadOnlyList<PurchaseModelResponse> PurchaseModels, EstimatesResponse GammaGamma)
{
    public static ModelFitResponse From(ModelFit f) => new(
        f.Id, f.FittedAt, f.CalibrationEnd, f.TimeUnit, f.Customers, f.ReturningCustomers, f.Accepted, f.Refusal,
        f.ChosenModel, f.Choice, f.HeldOutWeeks,
        f.Report.PurchaseModels.Select(PurchaseModelResponse.From).ToList(), EstimatesResponse.From(f.Report.Spend.Fit));
}

/// <summary>One purchase-count model in an attempt.</summary>
/// <param name="Model">bg-nbd, mbg-nbd or pareto-nbd.</param>
/// <param name="Usable">Whether it could be used: both fits sound and the held-out error within tolerance.</param>
/// <param name="Refusal">Why not; null when usable.</param>
/// <param name="Fit">Its fit on the whole history.</param>
/// <param name="HeldOut">Its fit before the held-out period and its predictions for it against what happened.</param>
public sealed record PurchaseModelResponse(
    string Model, bool Usable, RefusalResponse? Refusal, EstimatesResponse Fit, HeldOutResponse HeldOut)
{
    public static PurchaseModelResponse From(PurchaseModelReport r) => new(
        r.Model, r.Usable, RefusalResponse.From(r.Refusal), EstimatesResponse.From(r.Fit),
        HeldOutResponse.From(r.HeldOut));
}

/// <summary>A fit's parameters with their uncertainty, and the optimiser's state.</summary>
/// <param name="Parameters">Each parameter with its standard error and Wald 95 % interval; empty when the fit was
/// refused before optimising.</param>
/// <param name="LogLikelihood">The log-likelihood at the optimum.</param>
/// <param name="Customers">Customers it was fitted on.</param>
/// <param name="Converged">Whether the optimiser converged.</param>
/// <param name="Iterations">The optimiser's iterations.</param>
/// <param name="GradientNorm">The gradient's norm at the optimum.</param>
/// <param name="Refusal">Why this fit may not be used; null when sound.</param>
public sealed record EstimatesResponse(
    IReadOnlyList<ParameterResponse> Parameters, double? LogLikelihood, int Customers, bool Converged,
    int Iterations, double? GradientNorm, RefusalResponse? Refusal)
{
    public static EstimatesResponse From(ModelEstimates e) => new(
        e.Parameters.Select(p => new ParameterResponse(
            p.Name, Finite(p.Value), Finite(p.StandardError), Finite(p.Lower95), Finite(p.Upper95))).ToList(),
        Finite(e.LogLikelihood), e.Customers, e.Converged, e.Iterations, Finite(e.GradientNorm),
        RefusalResponse.From(e.Refusal));

    /// <summary>JSON has no NaN or ∞: a number the fit could not give is null.</summary>
    internal static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>One parameter's estimate, standard error (observed information) and Wald 95 % interval.</summary>
/// <param name="Name">r, alpha, a, b (BG/NBD, MBG/NBD); r, alpha, s, beta (Pareto/NBD); p, q, v (Gamma-Gamma).</param>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Its standard error; null where the Hessian could not be inverted.</param>
/// <param name="Lower95">The 95 % interval's lower bound (value − 1.96 se).</param>
/// <param name="Upper95">The 95 % interval's upper bound (value + 1.96 se).</param>
public sealed record ParameterResponse(
    string Name, double? Value, double? StandardError, double? Lower95, double? Upper95);

/// <summary>Why a fit may not be used.</summary>
/// <param name="Reason">TooFewCustomers, TooFewRepeatBuyers, NotConverged, OnBoundary, HessianNotPositiveDefinite
/// or HeldOutErrorTooLarge.</param>
/// <param name="Detail">One sentence naming the parameter or count and the threshold.</param>
public sealed record RefusalResponse(string Reason, string Detail)
{
    public static RefusalResponse? From(Engine.Models.FitRefusal? refusal) =>
        refusal is null ? null : new(refusal.Reason.ToString(), refusal.Detail);
}

/// <summary>A model's predictions for the held-out period against what the members did.</summary>
/// <param name="CalibrationFit">Its fit on the history before the held-out period.</param>
/// <param name="Customers">Members who had bought before the held-out period.</param>
/// <param name="Duration">The held-out period's length, in weeks.</param>
/// <param name="ActualTotal">Purchases they made in it.</param>
/// <param name="PredictedTotal">Purchases the model predicted; null when the calibration fit was refused.</param>
/// <param name="MeanAbsoluteError">Mean |predicted − actual| per member; null when not predicted.</param>
/// <param name="RelativeTotalError">|predicted − actual| / actual of the totals; null when not predicted or nothing
/// was bought.</param>
/// <param name="ByFrequency">Per calibration frequency 0 … 6 and 7 or more: members, mean actual and mean predicted
/// purchases in the held-out period.</param>
public sealed record HeldOutResponse(
    EstimatesResponse CalibrationFit, int Customers, double Duration, double ActualTotal, double? PredictedTotal,
    double? MeanAbsoluteError, double? RelativeTotalError, IReadOnlyList<FrequencyGroupResponse> ByFrequency)
{
    public static HeldOutResponse From(HeldOutReport h) => new(
        EstimatesResponse.From(h.CalibrationFit), h.Customers, h.Duration, h.ActualTotal,
        EstimatesResponse.Finite(h.PredictedTotal), EstimatesResponse.Finite(h.MeanAbsoluteError),
        EstimatesResponse.Finite(h.RelativeTotalError),
        h.ByFrequency.Select(g => new FrequencyGroupResponse(
            g.Frequency, g.OrMore, g.Customers, EstimatesResponse.Finite(g.Actual),
            EstimatesResponse.Finite(g.Predicted))).ToList());
}

/// <summary>One calibration-frequency group of the held-out comparison.</summary>
/// <param name="Frequency">Repeat purchases before the held-out period (0 … 7).</param>
/// <param name="OrMore">True for the last group: this many or more.</param>
/// <param name="Customers">Members in the group.</param>
/// <param name="Actual">Their mean purchases in the held-out period; null for an empty group.</param>
/// <param name="Predicted">The model's mean prediction for them; null when not predicted.</param>
public sealed record FrequencyGroupResponse(
    int Frequency, bool OrMore, int Customers, double? Actual, double? Predicted);
