using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Campaign.Api.Infrastructure;

/// <summary>The Campaign service's own database. Its domain tables arrive with its feature issue; the outbox and inbox are here from the start.</summary>
public sealed class CampaignDbContext(DbContextOptions<CampaignDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
