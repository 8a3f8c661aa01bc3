using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loyalty.Points.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model needs no live database.</summary>
internal sealed class PointsDbContextFactory : IDesignTimeDbContextFactory<PointsDbContext>
{
    public PointsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PointsDbContext>().UseNpgsql("Host=localhost;Database=pointsdb").Options);
}
