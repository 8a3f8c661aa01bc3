using Loyalty.BuildingBlocks.Scheduling;
using Loyalty.Campaign.Api.Application;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Jobs;

/// <summary>Runs <see cref="ExpireCoupons"/> every Campaigns:CouponExpiryInterval.</summary>
public sealed class CouponExpiryJob(
    IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<CampaignJobOptions> options,
    ILogger<CouponExpiryJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.CouponExpiryInterval;

    protected override async Task<string> RunOnceAsync(
        IServiceProvider services, CancellationToken cancellationToken) =>
        $"{await services.GetRequiredService<ExpireCoupons>().ExpireDueAsync(cancellationToken)} coupons expired";
}
