using Loyalty.Segmentation.Engine.Numerics;

namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// What every purchase-count model shares: the data checks, BFGS from θ = 1 on the log parameters, the assessment,
/// and predictions computed once per distinct (x, tₓ, T) and spread to the customers.
/// </summary>
internal abstract class LikelihoodPurchaseModel : IPurchaseModel
{
    public abstract PurchaseModel Model { get; }

    /// <summary>The parameters' names, in the order of the log-parameter vector.</summary>
    protected abstract IReadOnlyList<string> Names { get; }

    /// <summary>Where the mean log-likelihood's gradient counts as zero.</summary>
    protected virtual double GradientTolerance => 1e-10;

    public PurchaseModelFit Fit(SummaryColumns customers, FitThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var repeatBuyers = 0;
        foreach (var x in customers.Frequency)
        {
            repeatBuyers += x > 0 ? 1 : 0;
        }

        var n = customers.Count;
        if (FitAssessment.TooFew(n, repeatBuyers, thresholds) is { } tooFew)
        {
            return new PurchaseModelFit(Model, [], double.NaN, n, repeatBuyers, false, 0, double.NaN, tooFew);
        }

        var likelihood = NegativeMeanLogLikelihood(customers.Triples);
        var result = Bfgs.Minimize(likelihood, new double[Names.Count], GradientTolerance);
        var (estimates, refusal) = FitAssessment.Assess(
            Names, point => MeanHessian(customers.Triples, likelihood, point), result, n, thresholds);
        return new PurchaseModelFit(
            Model, estimates, -result.Value * n, n, repeatBuyers, result.Converged, result.Iterations,
            result.GradientNorm, refusal);
    }

    public void Predict(
        PurchaseModelFit fit,
        SummaryColumns customers,
        double horizon,
        Span<double> probabilityAlive,
        Span<double> expectedPurchases)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentOutOfRangeException.ThrowIfNegative(horizon);
        if (fit.Model != Model || fit.Parameters.Count != Names.Count)
        {
            throw new ArgumentException($"The fit is not a {Model.Name()} fit with estimates.", nameof(fit));
        }

        if (probabilityAlive.Length != customers.Count || expectedPurchases.Length != customers.Count)
        {
            throw new ArgumentException("The destinations must have one element per customer.");
        }

        var values = fit.Parameters.Select(p => p.Value).ToArray();
        var triples = customers.Triples;
        var (alive, expected) = PerTriple(values, triples, horizon);
        var tripleOf = triples.TripleOf;
        for (var i = 0; i < tripleOf.Length; i++)
        {
            probabilityAlive[i] = alive[tripleOf[i]];
            expectedPurchases[i] = expected[tripleOf[i]];
        }
    }

    /// <summary>The mean negative log-likelihood over the base and its gradient, in the log parameters.</summary>
    protected abstract GradientFunction NegativeMeanLogLikelihood(CustomerTriples triples);

    /// <summary>The mean negative log-likelihood's Hessian at a point: by differences of its gradient.</summary>
    protected virtual double[,] MeanHessian(CustomerTriples triples, GradientFunction likelihood, double[] point) =>
        ObservedInformation.Hessian(likelihood, point, 1);

    /// <summary>P(alive) and the expected purchases in the horizon, per triple.</summary>
    protected abstract (double[] Alive, double[] Expected) PerTriple(
        double[] parameters, CustomerTriples triples, double horizon);
}

/// <summary>BG/NBD (Fader, Hardie &amp; Lee 2005), parameters r, alpha, a, b.</summary>
internal sealed class BgNbdPurchaseModel : LikelihoodPurchaseModel
{
    public override PurchaseModel Model => PurchaseModel.BgNbd;

    protected override IReadOnlyList<string> Names { get; } = ["r", "alpha", "a", "b"];

    protected override GradientFunction NegativeMeanLogLikelihood(CustomerTriples triples) =>
        new BgNbdLikelihood(triples).NegativeMean;

    protected override (double[] Alive, double[] Expected) PerTriple(
        double[] parameters, CustomerTriples triples, double horizon) =>
        BgNbdModel.PerTriple(new(parameters[0], parameters[1], parameters[2], parameters[3]), triples, horizon);
}

/// <summary>
/// MBG/NBD (Batislam, Denizel &amp; Filiztekin 2007; lifetimes' ModifiedBetaGeoFitter): BG/NBD where a customer may
/// also drop out right after the first purchase. Parameters r, alpha, a, b.
/// </summary>
internal sealed class MbgNbdPurchaseModel : LikelihoodPurchaseModel
{
    public override PurchaseModel Model => PurchaseModel.MbgNbd;

    protected override IReadOnlyList<string> Names { get; } = ["r", "alpha", "a", "b"];

    protected override GradientFunction NegativeMeanLogLikelihood(CustomerTriples triples) =>
        new BgNbdLikelihood(triples, modified: true).NegativeMean;

    protected override (double[] Alive, double[] Expected) PerTriple(
        double[] parameters, CustomerTriples triples, double horizon) =>
        BgNbdModel.PerTriple(
            new(parameters[0], parameters[1], parameters[2], parameters[3]), triples, horizon, modified: true);
}

/// <summary>Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987), parameters r, alpha, s, beta.</summary>
internal sealed class ParetoNbdPurchaseModel : LikelihoodPurchaseModel
{
    public override PurchaseModel Model => PurchaseModel.ParetoNbd;

    protected override IReadOnlyList<string> Names { get; } = ["r", "alpha", "s", "beta"];

    // The gradient is by central differences (accurate to ~1e-9), so zero is 1e-8 here.
    protected override double GradientTolerance => 1e-8;

    protected override GradientFunction NegativeMeanLogLikelihood(CustomerTriples triples) =>
        ObservedInformation.WithNumericalGradient(new ParetoNbdLikelihood(triples).NegativeMean);

    // the gradient is itself a difference quotient: the curvature from the values, not from differencing it
    protected override double[,] MeanHessian(CustomerTriples triples, GradientFunction likelihood, double[] point) =>
        ObservedInformation.HessianFromValues(new ParetoNbdLikelihood(triples).NegativeMean, point, 1);

    protected override (double[] Alive, double[] Expected) PerTriple(
        double[] parameters, CustomerTriples triples, double horizon) =>
        ParetoNbdLikelihood.PerTriple(parameters, triples, horizon);
}
