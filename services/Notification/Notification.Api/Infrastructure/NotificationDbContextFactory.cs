using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Notification.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class NotificationDbContextFactory : DesignTimeDbContextFactory<NotificationDbContext>;
