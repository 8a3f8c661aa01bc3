using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Points.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class PointsDbContextFactory : DesignTimeDbContextFactory<PointsDbContext>;
