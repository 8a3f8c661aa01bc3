using Loyalty.BuildingBlocks.Time;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Infrastructure;
using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// Fits BG/NBD and Gamma-Gamma on every member's purchase history up to today (weeks; purchases net of refunds,
/// same-day purchases as one) and stores the parameters with the log-likelihood and convergence. Gamma-Gamma needs
/// members with a repeat purchase: with fewer than <see cref="MinReturningCustomers"/> its parameters stay null.
/// Members whose data the models cannot take are left out and counted (<see cref="ModelInputs"/>).
/// </summary>
public sealed class ModelRefit(SegmentationDbContext db, TimeProvider timeProvider, ModelInputs inputs)
{
    public const int MinCustomers = 2;
    public const int MinReturningCustomers = 2;

    /// <summary>
    /// The new fit (saved), or none when fewer than <see cref="MinCustomers"/> usable members have bought anything;
    /// with the number of members left out.
    /// </summary>
    public async Task<RefitOutcome> RefitAsync(CancellationToken cancellationToken)
    {
        var today = ClinicTime.Today(timeProvider);
        var (summaries, skipped) = await inputs.LoadAsync(today, cancellationToken);
        if (summaries.Count < MinCustomers)
        {
            return new RefitOutcome(null, skipped);
        }

        var bg = BgNbdModel.Fit(summaries);
        var returning = summaries.Count(s => s.Frequency > 0);
        var gg = returning >= MinReturningCustomers ? GammaGammaModel.Fit(summaries) : null;
        var fit = new ModelFit
        {
            FittedAt = timeProvider.GetUtcNow(),
            CalibrationEnd = today,
            TimeUnit = PredictionCalculator.Unit.ToString(),
            Customers = bg.Customers,
            R = bg.Parameters.R,
            Alpha = bg.Parameters.Alpha,
            A = bg.Parameters.A,
            B = bg.Parameters.B,
            BgNbdLogLikelihood = bg.LogLikelihood,
            BgNbdConverged = bg.Converged,
            BgNbdIterations = bg.Iterations,
            ReturningCustomers = returning,
            P = gg?.Parameters.P,
            Q = gg?.Parameters.Q,
            V = gg?.Parameters.V,
            GammaGammaLogLikelihood = gg?.LogLikelihood,
            GammaGammaConverged = gg?.Converged,
            GammaGammaIterations = gg?.Iterations,
        };
        db.ModelFits.Add(fit);
        await db.SaveChangesAsync(cancellationToken);
        return new RefitOutcome(fit, skipped);
    }
}

/// <summary>A refit's new fit (null when there were too few members) and how many members it left out.</summary>
public sealed record RefitOutcome(ModelFit? Fit, int Skipped);
