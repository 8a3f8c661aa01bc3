using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Segmentation.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class SegmentationDbContextFactory : DesignTimeDbContextFactory<SegmentationDbContext>;
