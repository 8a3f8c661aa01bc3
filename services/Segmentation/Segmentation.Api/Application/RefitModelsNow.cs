using Loyalty.Segmentation.Api.Domain.Models;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// An operator refits the purchase models now; when the attempt is accepted every member is predicted from it, when
/// it is refused the previous accepted fit stays in use and nothing is recomputed.
/// </summary>
public sealed class RefitModelsNow(ModelRefit refit, FullRecompute recompute)
{
    public async Task<RefitNowOutcome> HandleAsync(CancellationToken cancellationToken)
    {
        var (fit, skipped) = await refit.RefitAsync(cancellationToken);
        return fit.Accepted
            ? new RefitNowOutcome.Refitted(fit, skipped, await recompute.RecomputeAsync(cancellationToken))
            : new RefitNowOutcome.Refused(fit, skipped);
    }
}

public abstract record RefitNowOutcome
{
    /// <summary>The accepted fit, how many members it left out, and the recompute that predicted from it.</summary>
    public sealed record Refitted(ModelFit Fit, int Skipped, RecomputeOutcome Recompute) : RefitNowOutcome;

    /// <summary>The refused attempt (its reason in <see cref="ModelFit.Refusal"/>) and the members left out.</summary>
    public sealed record Refused(ModelFit Fit, int Skipped) : RefitNowOutcome;
}
