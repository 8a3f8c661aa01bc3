namespace Loyalty.Console.Api;

// Segmentation's model report (GET /api/segments/models/latest, GET /api/segments/models), as the console reads it.

/// <summary>The fit predictions come from, and the newest attempt when it was refused.</summary>
public sealed record LatestModels(ModelFitView? InUse, ModelFitView? LatestAttempt);

/// <summary>One fit attempt, accepted or refused.</summary>
public sealed record ModelFitView(
    long Id, DateTimeOffset FittedAt, DateOnly CalibrationEnd, int Customers, int ReturningCustomers, bool Accepted,
    string? Refusal, string? ChosenModel, string? Choice, int HeldOutWeeks,
    IReadOnlyList<PurchaseModelView> PurchaseModels, EstimatesView GammaGamma);

/// <summary>A purchase-count model in an attempt: its fit, verdict and held-out comparison.</summary>
public sealed record PurchaseModelView(
    string Model, bool Usable, RefusalView? Refusal, EstimatesView Fit, HeldOutView HeldOut);

/// <summary>A fit's parameters with their uncertainty.</summary>
public sealed record EstimatesView(
    IReadOnlyList<ParameterView> Parameters, double? LogLikelihood, int Customers, bool Converged, int Iterations,
    RefusalView? Refusal);

public sealed record ParameterView(string Name, double? Value, double? StandardError, double? Lower95, double? Upper95);

public sealed record RefusalView(string Reason, string Detail);

/// <summary>Predicted against actual purchases in the held-out period.</summary>
public sealed record HeldOutView(
    int Customers, double Duration, double ActualTotal, double? PredictedTotal, double? MeanAbsoluteError,
    double? RelativeTotalError, IReadOnlyList<FrequencyGroupView> ByFrequency);

public sealed record FrequencyGroupView(int Frequency, bool OrMore, int Customers, double? Actual, double? Predicted);
