using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// For `dotnet ef migrations add` (docs/development.md): builds a service's DbContext for Npgsql without a host
/// or a live database. A service declares one:
/// `internal sealed class XDbContextFactory : DesignTimeDbContextFactory&lt;XDbContext&gt;;`
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(
            typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost").Options)!;
}
