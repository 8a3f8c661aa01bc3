using Loyalty.Segmentation.Api.Domain.Models;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>The fit predictions come from: the latest accepted attempt (refused ones are never used).</summary>
public static class FitsInUse
{
    public static Task<ModelFit?> InUseAsync(this IQueryable<ModelFit> fits, CancellationToken cancellationToken) =>
        fits.AsNoTracking().Where(f => f.Accepted).OrderByDescending(f => f.Id).FirstOrDefaultAsync(cancellationToken);
}
