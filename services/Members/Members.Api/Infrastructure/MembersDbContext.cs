using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Consents;
using Loyalty.Members.Api.Domain.Copies;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Domain.Members;
using Loyalty.Members.Api.Domain.Privacy;
using Loyalty.Members.Api.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Infrastructure;

public sealed class MembersDbContext(DbContextOptions<MembersDbContext> options) : DbContext(options)
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<TierThreshold> TierThresholds => Set<TierThreshold>();

    public DbSet<MemberPurchase> Purchases => Set<MemberPurchase>();

    public DbSet<TierChange> TierHistory => Set<TierChange>();

    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();

    public DbSet<MemberImportJob> ImportJobs => Set<MemberImportJob>();

    public DbSet<DataRequest> DataRequests => Set<DataRequest>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MembersDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
    }
}
