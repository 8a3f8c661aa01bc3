using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.IntegrationTests.Messaging;

/// <summary>A service database in miniature: one table of handler
/// effects, plus the real outbox and inbox tables.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Delivery>().ToTable("deliveries");
        modelBuilder.AddOutboxAndInbox();
    }
}
