using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Loyalty.BuildingBlocks.Auditing;

public static class AuditExtensions
{
    /// <summary>
    /// The audit trail over the service's DbContext (whose model calls <see cref="AuditModelBuilderExtensions.AddAudit"/>):
    /// a scoped <see cref="IAuditTrail"/> that reads the actor from the current request.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditTrail, AuditTrail<TContext>>();
        return builder;
    }
}
