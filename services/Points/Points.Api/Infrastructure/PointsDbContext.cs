using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Messaging;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.BuildingBlocks.Privacy;
using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Catalog;
using Loyalty.Points.Api.Domain.Earning;
using Loyalty.Points.Api.Domain.Purchases;
using Loyalty.Points.Api.Domain.Redemptions;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Points.Api.Infrastructure;

public sealed class PointsDbContext(DbContextOptions<PointsDbContext> options) : DbContext(options)
{
    public DbSet<PointsAccount> Accounts => Set<PointsAccount>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<PointsLot> Lots => Set<PointsLot>();

    public DbSet<EarningPolicy> EarningPolicies => Set<EarningPolicy>();

    public DbSet<CatalogItem> Catalog => Set<CatalogItem>();

    public DbSet<Redemption> Redemptions => Set<Redemption>();

    public DbSet<Refund> Refunds => Set<Refund>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        RowLockInterceptor.UseRowLocks(optionsBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PointsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAudit();
        modelBuilder.AddErasedMembers();
    }
}
