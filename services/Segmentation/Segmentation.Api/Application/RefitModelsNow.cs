using Loyalty.Segmentation.Api.Domain.Models;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>An admin refits the purchase models now, then every member is predicted from the new fit.</summary>
public sealed class RefitModelsNow(ModelRefit refit, FullRecompute recompute)
{
    public async Task<RefitNowOutcome> HandleAsync(CancellationToken cancellationToken)
    {
        var (fit, skipped) = await refit.RefitAsync(cancellationToken);
        return fit is null
            ? new RefitNowOutcome.TooFewMembers(skipped)
            : new RefitNowOutcome.Refitted(fit, skipped, await recompute.RecomputeAsync(cancellationToken));
    }
}

public abstract record RefitNowOutcome
{
    /// <summary>The new fit, how many members it left out, and the recompute that predicted from it.</summary>
    public sealed record Refitted(ModelFit Fit, int Skipped, RecomputeOutcome Recompute) : RefitNowOutcome;

    /// <summary>Fewer than <see cref="ModelRefit.MinCustomers"/> usable members have bought anything.</summary>
    public sealed record TooFewMembers(int Skipped) : RefitNowOutcome;
}
