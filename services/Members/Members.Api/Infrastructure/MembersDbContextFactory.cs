using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Loyalty.Members.Api.Infrastructure;

/// <summary>For `dotnet ef migrations add`: the model needs no live database.</summary>
internal sealed class MembersDbContextFactory : IDesignTimeDbContextFactory<MembersDbContext>
{
    public MembersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MembersDbContext>().UseNpgsql("Host=localhost;Database=membersdb").Options);
}
