using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Cli;

/// <summary>
/// The JSON objects the fit and validate verbs print, in a fixed field order: each parameter by name, then the fit's
/// figures, then the uncertainty and the verdict. Values that are not finite (no estimate, no standard error) are null.
/// </summary>
internal static class FitJson
{
    public static Dictionary<string, object?> Of(PurchaseModelFit fit)
    {
        var json = new Dictionary<string, object?> { ["model"] = fit.Model.Name() };
        foreach (var name in ParameterNames(fit.Model))
        {
            json[name] = Number(fit.Parameters.FirstOrDefault(p => p.Name == name)?.Value);
        }

        json["logLikelihood"] = Number(fit.LogLikelihood);
        json["customers"] = fit.Customers;
        json["repeatBuyers"] = fit.RepeatBuyers;
        return Assessed(json, fit.Converged, fit.Iterations, fit.GradientNorm, fit.Parameters, fit.Refusal);
    }

    public static Dictionary<string, object?> Of(SpendModelFit fit)
    {
        var json = new Dictionary<string, object?>();
        foreach (var name in (string[])["p", "q", "v"])
        {
            json[name] = Number(fit.Parameters.FirstOrDefault(p => p.Name == name)?.Value);
        }

        json["customers"] = fit.Customers;
        json["logLikelihood"] = Number(fit.LogLikelihood);
        return Assessed(json, fit.Converged, fit.Iterations, fit.GradientNorm, fit.Parameters, fit.Refusal);
    }

    public static Dictionary<string, object?> Of(HeldOutComparison comparison) => new()
    {
        ["model"] = comparison.Model.Name(),
        ["customers"] = comparison.Customers,
        ["duration"] = comparison.Duration,
        ["actualTotal"] = comparison.ActualTotal,
        ["predictedTotal"] = Number(comparison.PredictedTotal),
        ["meanAbsoluteError"] = Number(comparison.MeanAbsoluteError),
        ["relativeTotalError"] = Number(comparison.RelativeTotalError),
        ["byFrequency"] = comparison.ByFrequency.Select(g => new Dictionary<string, object?>
        {
            ["frequency"] = g.Frequency,
            ["orMore"] = g.OrMore,
            ["customers"] = g.Customers,
            ["actual"] = Number(g.Actual),
            ["predicted"] = Number(g.Predicted),
        }).ToList(),
        ["fit"] = Of(comparison.CalibrationFit),
    };

    private static string[] ParameterNames(PurchaseModel model) =>
        model == PurchaseModel.ParetoNbd ? ["r", "alpha", "s", "beta"] : ["r", "alpha", "a", "b"];

    private static Dictionary<string, object?> Assessed(
        Dictionary<string, object?> json,
        bool converged,
        int iterations,
        double gradientNorm,
        IReadOnlyList<ParameterEstimate> parameters,
        FitRefusal? refusal)
    {
        json["converged"] = converged;
        json["iterations"] = iterations;
        json["gradientNorm"] = Number(gradientNorm);
        json["standardErrors"] = parameters.ToDictionary(p => p.Name, p => Number(p.StandardError));
        json["lower95"] = parameters.ToDictionary(p => p.Name, p => Number(p.Lower95));
        json["upper95"] = parameters.ToDictionary(p => p.Name, p => Number(p.Upper95));
        json["sound"] = refusal is null;
        json["refusal"] = refusal is null
            ? null
            : new Dictionary<string, object?> { ["reason"] = refusal.Reason.ToString(), ["detail"] = refusal.Detail };
        return json;
    }

    private static double? Number(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
