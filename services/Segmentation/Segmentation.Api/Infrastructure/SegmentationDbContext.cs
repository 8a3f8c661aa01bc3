using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Segmentation.Api.Domain.Copies;
using Loyalty.Segmentation.Api.Domain.Models;
using Loyalty.Segmentation.Api.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Infrastructure;

/// <summary>
/// The Segmentation service's own database: members' RFM state and predictions, memberships, rule segments, model fits.
/// </summary>
public sealed class SegmentationDbContext(DbContextOptions<SegmentationDbContext> options) : DbContext(options)
{
    public DbSet<SegmentMember> Members => Set<SegmentMember>();

    public DbSet<MemberPurchase> Purchases => Set<MemberPurchase>();

    public DbSet<SegmentMembership> Memberships => Set<SegmentMembership>();

    public DbSet<RuleSegment> RuleSegments => Set<RuleSegment>();

    public DbSet<ModelFit> ModelFits => Set<ModelFit>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SegmentationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
    }
}
