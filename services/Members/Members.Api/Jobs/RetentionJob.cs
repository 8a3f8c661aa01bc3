using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Members.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Members.Api.Jobs;

/// <summary>Looks every Privacy:Retention:CheckInterval whether today's <see cref="ApplyRetentionPolicy"/> is due.</summary>
public sealed class RetentionJob(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<PrivacyOptions> options,
    ILogger<RetentionJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.Retention.CheckInterval;

    protected override Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ApplyRetentionPolicy>().RunIfDueAsync(cancellationToken);
}
