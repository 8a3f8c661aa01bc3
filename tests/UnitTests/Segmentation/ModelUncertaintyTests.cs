using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Numerics;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>
/// How certain each fit is (issue 22): standard errors from the observed information against the published values,
/// MBG/NBD and Pareto/NBD against their published CDNOW estimates, and the refusals.
/// </summary>
public class ModelUncertaintyTests
{
    private static readonly SummaryColumns CdnowSummary = SummaryColumns.From(Cdnow.Summary());

    [Fact]
    public void BG_NBD_standard_errors_and_intervals_on_CDNOW_are_what_lifetimes_prints()
    {
        // lifetimes' docs/Quickstart.md (CamDavidsonPilon/lifetimes, commit 4f2833f), `bgf.summary` for the same file:
        //            coef  se(coef)  lower 95% bound  upper 95% bound
        // r      0.242593  0.012557         0.217981         0.267205
        // alpha  4.413532  0.378221         3.672218         5.154846
        // a      0.792886  0.185719         0.428877         1.156895
        // b      2.425752  0.705345         1.043276         3.808229
        var fit = PurchaseModels.For(PurchaseModel.BgNbd).Fit(CdnowSummary, FitThresholds.Default);

        Assert.True(fit.Sound, fit.Refusal?.Detail);
        AssertEstimates(fit.Parameters, 3,
            ("r", 0.242593, 0.012557, 0.217981, 0.267205),
            ("alpha", 4.413532, 0.378221, 3.672218, 5.154846),
            ("a", 0.792886, 0.185719, 0.428877, 1.156895),
            ("b", 2.425752, 0.705345, 1.043276, 3.808229));
        Assert.Equal(-9582.4, Math.Round(fit.LogLikelihood, 1));
        Assert.Equal((2_357, 946), (fit.Customers, fit.RepeatBuyers));
        Assert.Equal(fit.Parameters[1].Value, fit["alpha"]);
    }

    [Fact]
    public void Gamma_Gamma_standard_errors_agree_with_the_curvature_of_the_log_likelihood_itself()
    {
        // lifetimes' documentation prints the Gamma-Gamma estimates for this file (p 6.25, q 3.74, v 15.45) but not its
        // summary, so the reference here is independent arithmetic: the Hessian of the total log-likelihood by second
        // differences of GammaGammaModel.LogLikelihood per customer (no gradient code involved), inverted, in θ.
        var customers = SummaryColumns.From(Cdnow.SummaryWithSpend());
        var fit = GammaGammaModel.FitAssessed(customers, FitThresholds.Default);

        Assert.True(fit.Sound, fit.Refusal?.Detail);
        Assert.Equal((6.25, 3.74, 15.45), (Math.Round(fit["p"], 2), Math.Round(fit["q"], 2), Math.Round(fit["v"], 2)));
        var returning = Enumerable.Range(0, customers.Count).Where(i => customers.Frequency[i] > 0).ToList();
        double LogLikelihood(double[] theta) => returning.Sum(i => GammaGammaModel.LogLikelihood(
            new GammaGammaParameters(theta[0], theta[1], theta[2]), customers.Frequency[i], customers.MonetaryValue![i]));
        var optimum = fit.Parameters.Select(p => p.Value).ToArray();
        var negativeHessian = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var (hi, hj) = (optimum[i] * 1e-4, optimum[j] * 1e-4);
                double At(int di, int dj)
                {
                    var theta = (double[])optimum.Clone();
                    theta[i] += di * hi;
                    theta[j] += dj * hj;
                    return LogLikelihood(theta);
                }

                negativeHessian[i, j] = -(At(1, 1) - At(1, -1) - At(-1, 1) + At(-1, -1)) / (4 * hi * hj);
            }
        }

        var covariance = ObservedInformation.InverseIfPositiveDefinite(negativeHessian)!;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(Significant(Math.Sqrt(covariance[i, i]), 3), Significant(fit.Parameters[i].StandardError, 3));
        }

        Assert.Equal(946, fit.Customers);
    }

    [Fact]
    public void Pareto_NBD_reproduces_Fader_Hardie_and_Lee_2005_on_CDNOW()
    {
        // Fader, Hardie & Lee (2005), "A Note on Implementing the Pareto/NBD Model in MATLAB" (brucehardie.com note 008):
        // r = 0.5533, α = 10.5802, s = 0.6061, β = 11.6562, LL = −9594.98 on the 2,357 CDNOW sample customers.
        // Standard errors: CLVTools' tests/testthat/test_correctness_pnbd_nocovstaticcov.R (bachmannpatrick/CLVTools)
        // asserts r 0.0476264, α 0.8427222, s 0.1872594, β 6.2105448 for its CDNOW fit: 3 significant figures.
        var fit = PurchaseModels.For(PurchaseModel.ParetoNbd).Fit(CdnowSummary, FitThresholds.Default);

        Assert.True(fit.Sound, fit.Refusal?.Detail);
        Assert.Equal(
            (Significant(0.5533, 3), Significant(10.5802, 3), Significant(0.6061, 3), Significant(11.6562, 3)),
            (Significant(fit["r"], 3), Significant(fit["alpha"], 3), Significant(fit["s"], 3),
                Significant(fit["beta"], 3)));
        Assert.InRange(fit.LogLikelihood, -9594.99, -9594.96);
        double[] clvTools = [0.0476264, 0.8427222, 0.1872594, 6.2105448];
        Assert.Equal(
            clvTools.Select(se => Significant(se, 3)), fit.Parameters.Select(p => Significant(p.StandardError, 3)));

        // BTYD's walkthrough (as lifetimes' test_conditional_expectation_returns_same_value_as_R_BTYD quotes it): a
        // customer with x = 26, tₓ = 30.86, T = 31 is expected to buy 25.46 times in the next 52 weeks.
        var one = new SummaryColumns([26], [30.86], [31]);
        var (alive, expected) = (new double[1], new double[1]);
        PurchaseModels.For(PurchaseModel.ParetoNbd).Predict(fit, one, 52, alive, expected);
        Assert.Equal(25.46, expected[0], 0.05);
        Assert.InRange(alive[0], 0.9, 1);
    }

    [Fact]
    public void MBG_NBD_reproduces_the_published_CDNOW_estimates()
    {
        // Batislam, Denizel & Filiztekin (2007)'s MBG/NBD on CDNOW as BTYDplus (mplatzer/BTYDplus) estimates it and
        // lifetimes' test_params_out_is_close_to_BTYDplus asserts: r 0.525, α 6.183, a 0.891, b 1.614.
        var fit = PurchaseModels.For(PurchaseModel.MbgNbd).Fit(CdnowSummary, FitThresholds.Default);

        Assert.True(fit.Sound, fit.Refusal?.Detail);
        Assert.Equal((0.525, 6.183, 0.891, 1.614),
            (Math.Round(fit["r"], 3), Math.Round(fit["alpha"], 3), Math.Round(fit["a"], 3), Math.Round(fit["b"], 3)));
        Assert.All(fit.Parameters, p => Assert.InRange(p.StandardError, 1e-3 * p.Value, 0.5 * p.Value));

        // Hardie's MBG/NBD spreadsheet (lifetimes' test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet):
        // x = 2, tₓ = 30.43, T = 38.86 → 1.226 purchases in the next 39 weeks. A customer with no repeat purchase may
        // have left too (P(alive) < 1), unlike BG/NBD.
        var customers = new SummaryColumns([2, 0], [30.43, 0], [38.86, 38.86]);
        var (alive, expected) = (new double[2], new double[2]);
        PurchaseModels.For(PurchaseModel.MbgNbd).Predict(fit, customers, 39, alive, expected);
        Assert.Equal(1.226, expected[0], 0.05);
        Assert.InRange(alive[1], 0.1, 0.99);
    }

    [Fact]
    public void The_models_likelihood_gradients_match_finite_differences()
    {
        var triples = CdnowSummary.Triples;
        double[] at = [Math.Log(0.5), Math.Log(6), Math.Log(0.9), Math.Log(1.6)];
        var mbg = new BgNbdLikelihood(triples, modified: true);
        var gradient = new double[4];
        mbg.NegativeMean(at, gradient);
        var numeric = new double[4];
        ObservedInformation.WithNumericalGradient(p => mbg.NegativeMean(p, new double[4]))(at, numeric);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(numeric[i], gradient[i], 1e-7);
        }
    }

    [Fact]
    public void A_fit_whose_optimum_runs_to_the_boundary_is_refused_with_the_parameter_named()
    {
        // Everyone buys every two weeks and nobody stops: no heterogeneity in the rate (r, α → ∞ with r/α = 0.5) and no
        // drop-out (a → 0). BFGS "converges" out there; the fit must say it is meaningless.
        var (x, tx, t) = (new int[1_000], new double[1_000], new double[1_000]);
        for (var i = 0; i < x.Length; i++)
        {
            t[i] = 20 + (i % 20);
            x[i] = ((int)t[i] / 2) - (i % 3);
            tx[i] = 2 * x[i];
        }

        var regular = new SummaryColumns(x, tx, t);
        foreach (var model in PurchaseModels.All)
        {
            var fit = model.Fit(regular, FitThresholds.Default);

            Assert.False(fit.Sound);
            Assert.Equal(FitRefusalReason.OnBoundary, fit.Refusal!.Reason);
            Assert.Contains("BoundaryLogLimit", fit.Refusal.Detail, StringComparison.Ordinal);
            Assert.Equal(4, fit.Parameters.Count);
        }

        // Gamma-Gamma on identical spends: no spread between customers, q and v run off together.
        var spend = new SummaryColumns(x, tx, t, Enumerable.Repeat(300d, x.Length).ToArray());
        var gammaGamma = GammaGammaModel.FitAssessed(spend, FitThresholds.Default);
        Assert.Equal(FitRefusalReason.OnBoundary, gammaGamma.Refusal?.Reason);
    }

    [Fact]
    public void Too_few_repeat_buyers_is_refused_with_that_reason_before_any_optimisation()
    {
        // CDNOW's 2,357 customers, of whom only the first 60 repeat buyers are kept as such.
        var rows = Cdnow.Summary();
        var kept = 0;
        var few = SummaryColumns.From(rows.Select(r => r.Frequency > 0 && ++kept > 60
            ? r with { Frequency = 0, Recency = 0 }
            : r).ToList());

        var fit = PurchaseModels.For(PurchaseModel.BgNbd).Fit(few, FitThresholds.Default);

        Assert.Equal(FitRefusalReason.TooFewRepeatBuyers, fit.Refusal?.Reason);
        Assert.Equal("60 customers with a repeat purchase are fewer than the 100 a fit needs (MinRepeatBuyers).",
            fit.Refusal!.Detail);
        Assert.Equal((0, 0, 60), (fit.Parameters.Count, fit.Iterations, fit.RepeatBuyers));
        var spend = GammaGammaModel.FitAssessed(
            SummaryColumns.From(rows.Take(200).Select(r => r with { MonetaryValue = 20 }).ToList()),
            FitThresholds.Default);
        Assert.Equal(FitRefusalReason.TooFewRepeatBuyers, spend.Refusal?.Reason);

        var small = SummaryColumns.From(rows.Take(499).ToList());
        Assert.Equal(FitRefusalReason.TooFewCustomers,
            PurchaseModels.For(PurchaseModel.ParetoNbd).Fit(small, FitThresholds.Default).Refusal?.Reason);
        Assert.True(PurchaseModels.For(PurchaseModel.BgNbd)
            .Fit(small, FitThresholds.Default with { MinCustomers = 100 }).Sound);
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_has_no_inverse()
    {
        Assert.Null(ObservedInformation.InverseIfPositiveDefinite(new double[,] { { 1, 2 }, { 2, 1 } }));
        Assert.Null(ObservedInformation.InverseIfPositiveDefinite(new double[,] { { 1, 1 }, { 1, 1 } }));
        var inverse = ObservedInformation.InverseIfPositiveDefinite(new double[,] { { 4, 2 }, { 2, 3 } })!;
        Assert.Equal(0.375, inverse[0, 0], 1e-12);
        Assert.Equal(-0.25, inverse[0, 1], 1e-12);
        Assert.Equal(0.5, inverse[1, 1], 1e-12);
    }

    [Fact]
    public void Validate_on_CDNOW_gives_the_literatures_calibration_and_holdout_comparison()
    {
        // CDNOW sample, calibration to 1997-09-30, observation to 1998-06-30 (weeks 40–78), purchase days per customer,
        // weeks of seven days. The actual means and group sizes are those of the BTYD walkthrough's conditional
        // expectation table (McCarthy & Wadsworth 2014, the figure Fader, Hardie & Lee 2005 draw as Figure 5):
        // actual 0.2367116 0.6970387 1.392523 1.560000 2.532258 2.947368 3.862069 6.359375,
        // customers 1411 439 214 100 62 38 29 64. BG/NBD's expected per group follows from r = 0.243, α = 4.414,
        // a = 0.793, b = 2.426; Pareto/NBD's (0.138 0.600 1.196 1.714 2.399 2.907 3.819 6.403, with the note's
        // estimates) is the walkthrough's Pareto/NBD comparison.
        using var reader = new StreamReader(Cdnow.PathOf("CDNOW_sample.txt"));
        var split = CalibrationHoldoutBuilder.Build(
            TransactionReader.Read(reader), new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeUnit.Weeks);

        Assert.Equal((2_357, 39d, 1_882), (split.Ids.Count, split.Duration, split.HeldOutPurchases.Sum()));
        var bg = HeldOutValidation.Compare(PurchaseModels.For(PurchaseModel.BgNbd), split, FitThresholds.Default);
        Assert.True(bg.CalibrationFit.Sound, bg.CalibrationFit.Refusal?.Detail);
        Assert.Equal([1411, 439, 214, 100, 62, 38, 29, 64], bg.ByFrequency.Select(g => g.Customers));
        Assert.Equal([0.2367116, 0.6970387, 1.392523, 1.560000, 2.532258, 2.947368, 3.862069, 6.359375],
            bg.ByFrequency.Select(g => Significant(g.Actual, 7)));
        Assert.Equal([0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157],
            bg.ByFrequency.Select(g => Math.Round(g.Predicted, 3)));
        Assert.Equal([false, false, false, false, false, false, false, true], bg.ByFrequency.Select(g => g.OrMore));
        Assert.Equal(1_882, bg.ActualTotal);
        Assert.Equal(1_653.4, Math.Round(bg.PredictedTotal, 1));
        Assert.Equal(0.7855, Math.Round(bg.MeanAbsoluteError, 4));

        var pareto = HeldOutValidation.Compare(
            PurchaseModels.For(PurchaseModel.ParetoNbd), split, FitThresholds.Default);
        // quoted to 3 decimals from rounded estimates: within 0.002
        double[] published = [0.138, 0.600, 1.196, 1.714, 2.399, 2.907, 3.819, 6.403];
        Assert.All(pareto.ByFrequency, g => Assert.Equal(published[g.Frequency], g.Predicted, 0.002));

        var strict = HeldOutValidation.Compare(PurchaseModels.For(PurchaseModel.BgNbd), split,
            FitThresholds.Default with { MaxHeldOutRelativeError = 0.1 });
        Assert.Equal(FitRefusalReason.HeldOutErrorTooLarge, strict.CalibrationFit.Refusal?.Reason);
        Assert.Equal(
            "Predicted 1653.4 held-out purchases against 1882 actual, a relative error of 12.1 %, beyond 10 % " +
            "(MaxHeldOutRelativeError).",
            strict.CalibrationFit.Refusal!.Detail);
    }

    [Fact]
    public void A_refused_calibration_fit_gives_a_comparison_without_predictions()
    {
        using var reader = new StreamReader(Cdnow.PathOf("CDNOW_sample.txt"));
        var split = CalibrationHoldoutBuilder.Build(
            TransactionReader.Read(reader), new DateOnly(1997, 9, 30), new DateOnly(1998, 6, 30), TimeUnit.Weeks);

        var comparison = HeldOutValidation.Compare(PurchaseModels.For(PurchaseModel.MbgNbd), split,
            FitThresholds.Default with { MinCustomers = 5_000 });

        Assert.Equal(FitRefusalReason.TooFewCustomers, comparison.CalibrationFit.Refusal?.Reason);
        Assert.True(double.IsNaN(comparison.PredictedTotal));
        Assert.Equal(1_882, comparison.ActualTotal);
        Assert.Throws<ArgumentException>(() => CalibrationHoldoutBuilder.Build(
            [], new DateOnly(1997, 9, 30), new DateOnly(1997, 9, 30), TimeUnit.Weeks));
    }

    private static void AssertEstimates(
        IReadOnlyList<ParameterEstimate> actual,
        int figures,
        params (string Name, double Value, double Se, double Lower, double Upper)[] expected)
    {
        Assert.Equal(expected.Select(e => e.Name), actual.Select(a => a.Name));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(
                (Significant(e.Value, figures), Significant(e.Se, figures), Significant(e.Lower, figures),
                    Significant(e.Upper, figures)),
                (Significant(a.Value, figures), Significant(a.StandardError, figures), Significant(a.Lower95, figures),
                    Significant(a.Upper95, figures)));
        }
    }

    private static double Significant(double value, int figures)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, figures - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        return Math.Round(value * scale) / scale;
    }
}
