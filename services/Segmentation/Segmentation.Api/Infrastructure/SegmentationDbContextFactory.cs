using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loyalty.Segmentation.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model needs no live database.</summary>
internal sealed class SegmentationDbContextFactory : IDesignTimeDbContextFactory<SegmentationDbContext>
{
    public SegmentationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SegmentationDbContext>().UseNpgsql("Host=localhost;Database=segmentationdb").Options);
}
