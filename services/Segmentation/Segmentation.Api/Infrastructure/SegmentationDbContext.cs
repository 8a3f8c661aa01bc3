using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Segmentation.Api.Infrastructure;

/// <summary>The Segmentation service's own database. Its domain tables arrive with its feature issue; the outbox and inbox are here from the start.</summary>
public sealed class SegmentationDbContext(DbContextOptions<SegmentationDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
