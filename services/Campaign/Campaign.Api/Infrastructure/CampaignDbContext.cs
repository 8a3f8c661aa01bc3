using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Campaign.Api.Domain.Campaigns;
using Loyalty.Campaign.Api.Domain.Copies;
using Loyalty.Campaign.Api.Domain.CouponTemplates;
using Loyalty.Campaign.Api.Domain.Coupons;
using Loyalty.Campaign.Api.Domain.GrowthTasks;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Infrastructure;

/// <summary>
/// The Campaign service's own database: coupon templates and coupons, campaigns with their budgets and deliveries, and
/// its copy of members and segments.
/// </summary>
public sealed class CampaignDbContext(DbContextOptions<CampaignDbContext> options) : DbContext(options)
{
    public DbSet<CouponTemplate> CouponTemplates => Set<CouponTemplate>();

    public DbSet<Coupon> Coupons => Set<Coupon>();

    public DbSet<MarketingCampaign> Campaigns => Set<MarketingCampaign>();

    public DbSet<BudgetShare> BudgetShares => Set<BudgetShare>();

    public DbSet<CampaignDelivery> Deliveries => Set<CampaignDelivery>();

    public DbSet<MemberContact> MemberContacts => Set<MemberContact>();

    public DbSet<KnownMember> Members => Set<KnownMember>();

    public DbSet<SegmentMembership> Segments => Set<SegmentMembership>();

    public DbSet<MemberPurchase> Purchases => Set<MemberPurchase>();

    public DbSet<TierChange> TierChanges => Set<TierChange>();

    public DbSet<PointsBalance> PointsBalances => Set<PointsBalance>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<GrowthTask> GrowthTasks => Set<GrowthTask>();

    public DbSet<GrowthTaskStep> GrowthTaskSteps => Set<GrowthTaskStep>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CampaignDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
    }
}
