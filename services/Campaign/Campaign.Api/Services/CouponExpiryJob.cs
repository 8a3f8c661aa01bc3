using Loyalty.BuildingBlocks.Scheduling;
using Microsoft.Extensions.Options;

namespace Loyalty.Campaign.Api.Services;

/// <summary>Runs <see cref="CouponExpiry"/> every Campaigns:CouponExpiryInterval.</summary>
public sealed class CouponExpiryJob(IServiceScopeFactory scopeFactory, TimeProvider timeProvider, IOptions<CampaignOptions> options, ILogger<CouponExpiryJob> logger)
    : PeriodicJob(scopeFactory, timeProvider, logger)
{
    protected override TimeSpan Interval => options.Value.CouponExpiryInterval;

    protected override async Task<string> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        $"{await services.GetRequiredService<CouponExpiry>().ExpireDueAsync(cancellationToken)} coupons expired";
}
