using Loyalty.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Notification.Api.Infrastructure;

/// <summary>The Notification service's own database. Its domain tables arrive with its feature issue; the outbox and inbox are here from the start.</summary>
public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}
